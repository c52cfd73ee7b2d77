import Foundation
import Testing
@testable import PolicySite

/// A build after a change, with the cache of the build before, must write
/// exactly what a clean build of the changed site writes.
@Suite struct IncrementalBuildTests {
    static func site() -> [String: String] {
        var files = ReproducibleOutputTests.manyDocuments(6)
        files["Content/interpretations/i0.zh.md"] = interpretation("解读零", policy: "p0", body: "科技创新解读。\n\n## 要点\n\n重点内容。")
        files["Content/interpretations/i0.en.md"] = interpretation("Reading zero", policy: "p0", body: "Innovation explained.")
        files["Content/glossary/terms.yaml"] = """
            - id: innovation
              term: { zh: 科技创新, en: Science and technology innovation }
              definition: { zh: 以科技为核心的创新。, en: Innovation driven by science. }
            """
        files["Content/static/files/a.txt"] = "附件一"
        return files
    }

    /// Builds `root` with its cache, then applies `change` and builds again;
    /// gives that second build and a clean build of the changed site.
    static func rebuild(_ root: String, after change: (String) throws -> Void) throws -> (BuildResult, clean: [String: Data], incremental: [String: Data]) {
        let first = Build(options: BuildOptions(root: root)).run()
        #expect(first.succeeded, "\(first.diagnostics)")
        try change(root)
        let second = Build(options: BuildOptions(root: root)).run()
        #expect(second.succeeded, "\(second.diagnostics)")
        var clean = BuildOptions(root: root)
        clean.output = root + "/Clean"
        clean.cacheFolder = nil
        #expect(Build(options: clean).run().succeeded)
        return (second, OutputTree.read(root + "/Clean"), OutputTree.read(root + "/Output"))
    }

    static func write(_ text: String, _ path: String, in root: String) throws {
        let url = URL(fileURLWithPath: root + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    static func append(_ text: String, _ path: String, in root: String) throws {
        let old = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
        try write(old + text, path, in: root)
    }

    @Test func changedTextRebuildsOnlyThatDocumentAndTheSearchIndex() throws {
        let root = try TestSite.makeFolder(Self.site())
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (result, clean, incremental) = try Self.rebuild(root) {
            try Self.append("\n新增段落：量子通信试验。\n", "Content/policies/p3.zh.md", in: $0)
        }
        #expect(result.reusedDocuments == 13)
        #expect(incremental == clean)
        #expect(String(decoding: incremental["policies/p3/index.html"]!, as: UTF8.self).contains("量子通信试验"))
        let shards = incremental.filter { $0.key.hasPrefix("search/index/s") }.values.map { String(decoding: $0, as: UTF8.self) }
        #expect(shards.contains { $0.contains("\"量子\"") })
        let metadata = result.files.filter { $0.path.contains("search/index/d/") }
        #expect(!metadata.isEmpty && metadata.allSatisfy(\.isKept), "the metadata files hold no text")
    }

    /// A search index of many shards: one document with enough distinct
    /// words for 128, two runs of 64 (`SearchFootprint`).
    @Test func anAddedParagraphRemakesOnlyTheShardsWhereTheDocumentsTokensChanged() throws {
        var files = ReproducibleOutputTests.manyDocuments(2)
        let words = (0..<70_000).map { "w\($0)" }.joined(separator: " ")
        files["Content/policies/big.en.md"] = policy("Big", body: words)
        let root = try TestSite.makeFolder(files)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (result, clean, incremental) = try Self.rebuild(root) {
            try Self.append("\nQuantum.\n", "Content/policies/big.en.md", in: $0)
        }
        #expect(incremental == clean)
        let shards = result.files.filter { $0.path.hasPrefix("en/search/index/s") }
        #expect(shards.count == 128)
        let made = shards.filter { !$0.isKept }
        #expect(!made.isEmpty && made.count <= 64, "\(made.count) shards made again")
    }

    @Test func aNewTitleRemakesOnlyTheMetadataFileThatListsIt() throws {
        let root = try TestSite.makeFolder(ReproducibleOutputTests.manyDocuments(70))
        defer { try? FileManager.default.removeItem(atPath: root) }
        let before = try String(contentsOfFile: root + "/Content/policies/p7.zh.md", encoding: .utf8)
        let (result, clean, incremental) = try Self.rebuild(root) {
            try Self.write(before.replacingOccurrences(of: "title: 政策7", with: "title: 新名称的政策"), "Content/policies/p7.zh.md", in: $0)
        }
        #expect(result.reusedDocuments > 0)
        #expect(incremental == clean)
        let metadata = result.files.filter { $0.path.contains("search/index/d/") }
        #expect(metadata.count == 4, "two files of 64 per language")
        let made = metadata.filter { !$0.isKept }.map(\.path)
        #expect(made.count == 1)
        #expect(made.allSatisfy { String(decoding: incremental[$0]!, as: UTF8.self).contains("新名称的政策") })
    }

    @Test func aNewSummaryRemakesTheListsToo() throws {
        let root = try TestSite.makeFolder(Self.site())
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (result, clean, incremental) = try Self.rebuild(root) {
            try Self.write(policy("政策三（修订）", published: "2021-01-13", body: "新的第一段。"), "Content/policies/p3.zh.md", in: $0)
        }
        // Kept from the cache, but the lists are made again.
        #expect(result.reusedDocuments == 13)
        #expect(incremental == clean)
        #expect(String(decoding: incremental["policies/index.html"]!, as: UTF8.self).contains("政策三（修订）"))
    }

    @Test func aRenamedPolicyRemakesThePagesThatNameIt() throws {
        let root = try TestSite.makeFolder(Self.site())
        defer { try? FileManager.default.removeItem(atPath: root) }
        let before = try String(contentsOfFile: root + "/Content/policies/p0.zh.md", encoding: .utf8)
        let (result, clean, incremental) = try Self.rebuild(root) {
            try Self.write(before.replacingOccurrences(of: "title: 政策0", with: "title: 新名称的政策"), "Content/policies/p0.zh.md", in: $0)
        }
        #expect(result.reusedDocuments > 0)
        #expect(incremental == clean)
        // The interpretation's page links its policy by title.
        #expect(String(decoding: incremental["interpretations/i0/index.html"]!, as: UTF8.self).contains("新名称的政策"))
    }

    @Test func newDatesAndTopicsReorderListsAndFacets() throws {
        // Fields every translation shares, changed in both.
        func both(published: String, extra: String = "") -> (String) throws -> Void {
            { root in
                try Self.write(policy("政策二", published: published, extra: extra), "Content/policies/p2.zh.md", in: root)
                try Self.write(policy("Policy 2", published: published, extra: extra), "Content/policies/p2.en.md", in: root)
            }
        }
        let changes = [
            both(published: "2023-06-01"),
            both(published: "2021-01-12", extra: "topics: [sci-tech]\n"),
            both(published: "2021-01-12", extra: "status: repealed\nexpires: 2022-01-01\n"),
        ]
        for change in changes {
            let root = try TestSite.makeFolder(Self.site())
            defer { try? FileManager.default.removeItem(atPath: root) }
            let (_, clean, incremental) = try Self.rebuild(root, after: change)
            #expect(incremental == clean)
        }
    }

    @Test func addedRemovedAndMovedFilesMatchACleanBuild() throws {
        let root = try TestSite.makeFolder(Self.site())
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (_, clean, incremental) = try Self.rebuild(root) {
            try FileManager.default.removeItem(atPath: $0 + "/Content/policies/p5.zh.md")
            try FileManager.default.removeItem(atPath: $0 + "/Content/static/files/a.txt")
            try Self.write(policy("新政策", published: "2022-05-01"), "Content/policies/new.zh.md", in: $0)
            try Self.write("附件二", "Content/static/files/b.txt", in: $0)
        }
        #expect(incremental == clean)
        #expect(incremental["policies/p5/index.html"] == nil)
        #expect(incremental["files/a.txt"] == nil)
        #expect(incremental["policies/new/index.html"] != nil)
    }

    @Test func glossaryTemplateAndSettingsChangesRemakeEveryPage() throws {
        let changes: [(String) throws -> Void] = [
            { try Self.write("- id: innovation\n  term: { zh: 第一动力, en: primary force }\n  definition: { zh: 新定义。, en: New. }\n",
                             "Content/glossary/terms.yaml", in: $0) },
            { try Self.write("home: 主页\n", "Templates/i18n/zh.yaml", in: $0) },
            { try Self.write(TestSite.siteYAML.replacingOccurrences(of: "测试站", with: "新站名"), "Content/site.yaml", in: $0) },
        ]
        for change in changes {
            let root = try TestSite.makeFolder(Self.site())
            defer { try? FileManager.default.removeItem(atPath: root) }
            let (result, clean, incremental) = try Self.rebuild(root, after: change)
            #expect(result.reusedDocuments == 0)
            #expect(incremental == clean)
        }
    }

    @Test func changedStaticFileIsCopiedAgain() throws {
        let root = try TestSite.makeFolder(Self.site())
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (_, clean, incremental) = try Self.rebuild(root) {
            try Self.write("附件一（修订版）", "Content/static/files/a.txt", in: $0)
        }
        #expect(incremental == clean)
        #expect(String(decoding: incremental["files/a.txt"]!, as: UTF8.self) == "附件一（修订版）")
    }

    /// An attachment's size is on the page that lists it, though no document changed.
    @Test func aChangedAttachmentRemakesThePagesThatListIt() throws {
        var files = Self.site()
        files["Content/policies/p1.zh.md"] = policy("政策1", published: "2021-01-11", extra: "attachments: [{ file: ../static/files/a.txt, title: 附件一 }]\n")
        let root = try TestSite.makeFolder(files)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (_, clean, incremental) = try Self.rebuild(root) {
            try Self.write(String(repeating: "附件", count: 2000), "Content/static/files/a.txt", in: $0)
        }
        #expect(incremental == clean)
        #expect(String(decoding: incremental["policies/p1/index.html"]!, as: UTF8.self).contains("（TXT，12 KB）"))
    }

    @Test func aPolicyThatExpiresRemakesItsInterpretationsPage() throws {
        let root = try TestSite.makeFolder(Self.site())
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (_, clean, incremental) = try Self.rebuild(root) {
            let body = String(repeating: "## 第0节\n\n科技创新是发展的第一动力。Science and technology innovation.\n\n", count: 8)
            for (language, title) in [("zh", "政策0"), ("en", "Policy 0")] {
                try Self.write(policy(title, published: "2021-01-10", extra: "status: expired\nexpires: 2022-12-31\n", body: body),
                               "Content/policies/p0.\(language).md", in: $0)
            }
        }
        #expect(incremental == clean)
        #expect(String(decoding: incremental["interpretations/i0/index.html"]!, as: UTF8.self).contains("本解读所依据的政策已于2022年12月31日失效"))
    }

    @Test func warningsOfUnchangedDocumentsAreStillReported() throws {
        var files = Self.site()
        files["Content/policies/p1.zh.md"] = policy("政策一", published: "2021-01-11", body: "## 空的一节\n\n## 第二节\n\n正文。")
        let root = try TestSite.makeFolder(files)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (result, _, _) = try Self.rebuild(root) {
            try Self.append("\n补充。\n", "Content/policies/p3.zh.md", in: $0)
        }
        #expect(result.reusedDocuments > 0)
        #expect(result.diagnostics.contains { $0.file == "Content/policies/p1.zh.md" && $0.severity == .warning })
    }

    @Test func aCacheThatCannotBeReadIsIgnored() throws {
        let root = try TestSite.makeFolder(Self.site())
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (result, clean, incremental) = try Self.rebuild(root) {
            try Self.write("policysite-cache\n\u{1}garbage", ".policysite-cache/build.cache", in: $0)
            try Self.append("\n补充。\n", "Content/policies/p3.zh.md", in: $0)
        }
        #expect(result.reusedDocuments == 0)
        #expect(incremental == clean)
    }

    /// The cache is written over its spare file and exchanged with the
    /// current one; a link planted as the spare is replaced, not written through.
    @Test func theCacheIsSavedThroughItsSpareFileOnly() throws {
        let root = try TestSite.makeFolder(Self.site())
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folder = root + "/.policysite-cache", spare = folder + "/" + CacheFile.fileName + ".previous"
        #expect(Build(options: BuildOptions(root: root)).run().succeeded)
        let outside = root + "-outside.txt"
        defer { try? FileManager.default.removeItem(atPath: outside) }
        try "untouched".write(toFile: outside, atomically: true, encoding: .utf8)
        try? FileManager.default.removeItem(atPath: spare)
        try FileManager.default.createSymbolicLink(atPath: spare, withDestinationPath: outside)
        for round in 0..<3 {
            try Self.append("\n第\(round)次补充。\n", "Content/policies/p3.zh.md", in: root)
            #expect(Build(options: BuildOptions(root: root)).run().reusedDocuments == 13, "round \(round)")
        }
        #expect(try String(contentsOfFile: outside, encoding: .utf8) == "untouched")
        #expect(CacheFile.read(from: folder) != nil)
        #expect(FileManager.default.fileExists(atPath: spare))
    }

    @Test func aCacheOfAnotherFormatVersionIsIgnored() throws {
        let root = try TestSite.makeFolder(Self.site())
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(Build(options: BuildOptions(root: root)).run().succeeded)
        let folder = root + "/.policysite-cache"
        var bytes = try #require(FileManager.default.contents(atPath: folder + "/" + CacheFile.fileName))
        #expect(CacheFile.read(from: folder) != nil)
        // The format version is the first value after the file's first line.
        let versionAt = try #require(bytes.firstIndex(of: UInt8(ascii: "\n"))) + 1
        #expect(UInt64(bytes[versionAt]) == CacheFile.formatVersion)
        bytes[versionAt] += 1
        try bytes.write(to: URL(fileURLWithPath: folder + "/" + CacheFile.fileName))
        #expect(CacheFile.read(from: folder) == nil)
        try Self.append("\n补充。\n", "Content/policies/p3.zh.md", in: root)
        #expect(Build(options: BuildOptions(root: root)).run().reusedDocuments == 0)
    }

    @Test func anOutputReplacedBetweenBuildsIsNotTrusted() throws {
        let root = try TestSite.makeFolder(Self.site())
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (result, clean, incremental) = try Self.rebuild(root) {
            try FileManager.default.removeItem(atPath: $0 + "/Output")
            try FileManager.default.createDirectory(atPath: $0 + "/Output", withIntermediateDirectories: true)
            try Self.append("\n补充。\n", "Content/policies/p3.zh.md", in: $0)
        }
        #expect(result.reusedDocuments == 0)
        #expect(incremental == clean)
    }

    @Test func anEditThatKeepsTheFileSizeAndTimeIsStillSeen() throws {
        let root = try TestSite.makeFolder(Self.site())
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = root + "/Content/policies/p3.zh.md"
        let (_, clean, incremental) = try Self.rebuild(root) { _ in
            var info = stat()
            stat(path, &info)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            // The same number of bytes written into the same file (inode),
            // and the old modification time put back.
            let handle = try #require(FileHandle(forWritingAtPath: path))
            try handle.write(contentsOf: Data(text.replacingOccurrences(of: "科技创新是发展", with: "量子通信是发展").utf8))
            try handle.close()
            var times = [info.st_atim, info.st_mtim]
            #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        }
        #expect(incremental == clean)
        #expect(String(decoding: incremental["policies/p3/index.html"]!, as: UTF8.self).contains("量子通信"))
    }

    @Test func aPageEditedByHandInOutputIsMadeAgain() throws {
        let root = try TestSite.makeFolder(Self.site())
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (_, clean, incremental) = try Self.rebuild(root) {
            try Self.write("<p>edited by hand</p>", "Output/policies/p1/index.html", in: $0)
            try Self.append("\n补充。\n", "Content/policies/p3.zh.md", in: $0)
        }
        #expect(incremental == clean)
    }

    /// The ways a person edits a page by hand and keeps its size: in place
    /// with the old time put back to the nanosecond (`touch -r`), and with
    /// `sed -i` (a new file) within the same second.
    @Test(arguments: [true, false])
    func aSameSizeEditInOutputNeverSurvivesARebuild(timePutBack: Bool) throws {
        let root = try TestSite.makeFolder(Self.site())
        defer { try? FileManager.default.removeItem(atPath: root) }
        let page = root + "/Output/policies/p1/index.html"
        func build(_ round: Int) throws {
            try Self.append("\n第\(round)次补充。\n", "Content/policies/p3.zh.md", in: root)
            #expect(Build(options: BuildOptions(root: root)).run().succeeded)
        }
        try build(0)
        try build(1)
        var info = stat()
        stat(page, &info)
        let text = try String(contentsOfFile: page, encoding: .utf8)
        let edited = Data(text.replacingOccurrences(of: "政策1", with: "政策X").utf8)
        #expect(edited.count == text.utf8.count && edited != Data(text.utf8))
        if timePutBack {
            let handle = try #require(FileHandle(forWritingAtPath: page))
            try handle.write(contentsOf: edited)
            try handle.close()
            var times = [info.st_atim, info.st_mtim]
            #expect(utimensat(AT_FDCWD, page, &times, 0) == 0)
        } else {
            try edited.write(to: URL(fileURLWithPath: page + ".sed"))
            #expect(rename(page + ".sed", page) == 0)
            var times = [info.st_atim, timespec(tv_sec: info.st_mtim.tv_sec, tv_nsec: 0)]
            #expect(utimensat(AT_FDCWD, page, &times, 0) == 0)
        }
        // The edited tree is the live one, then the previous one, then the staging one.
        for round in 2..<5 {
            try build(round)
            #expect(try String(contentsOfFile: page, encoding: .utf8) == text, "round \(round)")
        }
    }

    /// The stamps a build records are those its trees keep, so the next
    /// build trusts them and need not compare pages by content; also after
    /// a build that linked the live tree into a new staging tree.
    @Test func eachBuildTrustsTheTreesTheLastOneLeft() throws {
        let root = try TestSite.makeFolder(Self.site())
        defer { try? FileManager.default.removeItem(atPath: root) }
        // After the linked build the two trees share their unchanged pages, until each is written again.
        for round in 0..<9 {
            if round == 3 { try FileManager.default.removeItem(atPath: root + "/Output.previous") }
            try Self.append("\n第\(round)次补充。\n", "Content/policies/p\(round % 4).zh.md", in: root)
            #expect(Build(options: BuildOptions(root: root)).run().succeeded)
            let cache = try #require(CacheFile.read(from: root + "/.policysite-cache"))
            #expect(cache.live?.check(in: root + "/Output") == .intact, "round \(round)")
            if round > 0 { #expect(cache.previous?.check(in: root + "/Output.previous") == .intact, "round \(round)") }
        }
    }

    @Test func repeatedRebuildsStayIdenticalToCleanBuilds() throws {
        let root = try TestSite.makeFolder(Self.site())
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(Build(options: BuildOptions(root: root)).run().succeeded)
        for round in 0..<4 {
            try Self.append("\n第\(round)次补充：科技成果转化。\n", "Content/policies/p\(round % 2).zh.md", in: root)
            let result = Build(options: BuildOptions(root: root)).run()
            #expect(result.succeeded)
            #expect(result.reusedDocuments == 13, "round \(round)")
            var clean = BuildOptions(root: root)
            clean.output = root + "/Clean\(round)"
            clean.cacheFolder = nil
            #expect(Build(options: clean).run().succeeded)
            #expect(OutputTree.read(root + "/Output") == OutputTree.read(root + "/Clean\(round)"), "round \(round)")
        }
    }

    @Test func theTreeSwappedOutIsTheLastBuildUntouched() throws {
        let root = try TestSite.makeFolder(Self.site())
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(Build(options: BuildOptions(root: root)).run().succeeded)
        let first = OutputTree.read(root + "/Output")
        try Self.append("\n补充。\n", "Content/policies/p3.zh.md", in: root)
        // No previous tree yet: the staging tree starts as hard links to the live one.
        #expect(Build(options: BuildOptions(root: root)).run().reusedDocuments == 13)
        #expect(OutputTree.read(root + "/Output.previous") == first)
        #expect(OutputTree.read(root + "/Output") != first)
    }

    /// Two builds without a cache leave a previous tree nothing is known
    /// of; the next build with a cache uses it as its staging tree.
    @Test func aStagingTreeNothingIsKnownOfKeepsTheFilesThatAreRightAlready() throws {
        let root = try TestSite.makeFolder(Self.site())
        defer { try? FileManager.default.removeItem(atPath: root) }
        var uncached = BuildOptions(root: root)
        uncached.cacheFolder = nil
        #expect(Build(options: uncached).run().succeeded)
        #expect(Build(options: uncached).run().succeeded)
        // Dated back, so that a file written again shows it.
        let old = Date(timeIntervalSince1970: 1_000_000_000)
        let previous = root + "/Output.previous"
        for path in try FileManager.default.subpathsOfDirectory(atPath: previous) where !FileTree.isDirectory(previous + "/" + path) {
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: previous + "/" + path)
        }
        try Self.write("<p>stale</p>", "Output.previous/policies/p1/index.html", in: root)
        // What the site no longer has, deep and shallow, and a folder where a page goes.
        try Self.write("old", "Output.previous/policies/gone/deeper/index.html", in: root)
        try Self.write("old", "Output.previous/gone.txt", in: root)
        try FileManager.default.removeItem(atPath: previous + "/policies/p2/index.html")
        try Self.write("old", "Output.previous/policies/p2/index.html/inside.txt", in: root)
        #expect(Build(options: BuildOptions(root: root)).run().succeeded)
        func modified(_ path: String) throws -> Date? {
            try FileManager.default.attributesOfItem(atPath: root + "/Output/" + path)[.modificationDate] as? Date
        }
        #expect(try modified("policies/p4/index.html") == old, "a page that held the right bytes is not written again")
        #expect(try modified("policies/p1/index.html") != old)
        // The next rebuild keeps pages from the cache, and its staging tree
        // (the uncached builds' output) is still one nothing is known of.
        try Self.append("\n补充。\n", "Content/policies/p3.zh.md", in: root)
        // A page there of the right size but the wrong bytes is not kept.
        let wrong = previous + "/policies/p2/index.html"
        let size = try #require(FileManager.default.contents(atPath: wrong)).count
        try Data(repeating: UInt8(ascii: "x"), count: size).write(to: URL(fileURLWithPath: wrong))
        #expect(Build(options: BuildOptions(root: root)).run().reusedDocuments == 13)
        var clean = BuildOptions(root: root)
        clean.output = root + "/Clean"
        clean.cacheFolder = nil
        #expect(Build(options: clean).run().succeeded)
        #expect(OutputTree.read(root + "/Output") == OutputTree.read(root + "/Clean"))
    }

    @Test func aCacheAndOutputRestoredElsewhereAreUsed() throws {
        let root = try TestSite.makeFolder(Self.site())
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(Build(options: BuildOptions(root: root)).run().succeeded)
        // As a CI cache restore does: new files with the same times, in a fresh checkout.
        let restored = root + "/restored"
        let copy = Process()
        copy.executableURL = URL(fileURLWithPath: "/bin/sh")
        copy.arguments = ["-c", "mkdir '\(restored)' && cp -r --preserve=timestamps '\(root)/Output' '\(root)/.policysite-cache' '\(restored)/' && cp -r '\(root)/Content' '\(restored)/'"]
        try copy.run()
        copy.waitUntilExit()
        #expect(copy.terminationStatus == 0)
        try Self.append("\n补充：量子通信。\n", "Content/policies/p3.zh.md", in: restored)
        var options = BuildOptions(root: restored)
        options.output = restored + "/Output"
        let result = Build(options: options).run()
        #expect(result.reusedDocuments == 13)
        var clean = BuildOptions(root: restored)
        clean.output = restored + "/Clean"
        clean.cacheFolder = nil
        #expect(Build(options: clean).run().succeeded)
        #expect(OutputTree.read(restored + "/Output") == OutputTree.read(restored + "/Clean"))
    }

    @Test func aTreeListedOutOfOrderIsNotOneThisToolWrote() throws {
        func tree(_ paths: [String]) -> CacheReader {
            var writer = CacheWriter()
            writer.write(paths.count)
            for path in paths {
                writer.write(path)
                writer.write(UInt64(1))
                writer.write(FileStamp(device: 1, inode: 2, size: 3, modified: 4, changed: 5))
            }
            return CacheReader(writer.bytes)
        }
        var sorted = tree(["a/index.html", "b/index.html"])
        let manifest = try TreeManifest(from: &sorted)
        #expect(manifest.sortedPaths == ["a/index.html", "b/index.html"])
        var unsorted = tree(["b/index.html", "a/index.html"])
        #expect(throws: CacheReader.Malformed.self) { try TreeManifest(from: &unsorted) }
    }

    @Test func cacheRoundTripsARecord() throws {
        var frontMatter = FrontMatter()
        frontMatter.title = "标题"
        frontMatter.published = PlainDate("2021-03-04")
        frontMatter.menu = -2
        frontMatter.indexNo = "11370212MB2844566K/2021-00012"
        frontMatter.effective = PlainDate("2021-04-01")
        frontMatter.attachments = [Attachment(file: "files/a.pdf", title: "附件一")]
        frontMatter.video = Video(file: "v/a.mp4", captions: "v/a.zh.vtt")
        frontMatter.positions = ["title": SourcePosition(line: 2, column: 8)]
        var footprint = SearchFootprint(shardCount: 128)
        footprint.add(tokenHash: 7, shard: 70, weight: 3)
        let document = Document(id: DocumentID(.policy, "a"), language: Language("zh"), sourcePath: "Content/policies/a.zh.md",
                                frontMatter: frontMatter, firstParagraph: "第一段", glossaryTerms: ["x"])
        var record = DocumentRecord(
            document, sourceHash: 42, stamp: FileStamp(device: 1, inode: 2, size: 3, modified: 4, changed: 5),
            frontMatterDiagnostics: [.warning("a.md", SourcePosition(line: 1, column: 2), .plain("w", hint: "h"))], bodyDiagnostics: [])
        record.search = footprint
        var writer = CacheWriter()
        writer.write(record)
        var reader = CacheReader(writer.bytes)
        let back: DocumentRecord = try reader.read()
        #expect(reader.isAtEnd)
        #expect(back.frontMatter == frontMatter)
        #expect(back.frontMatterDiagnostics == record.frontMatterDiagnostics)
        #expect(back.search == footprint)
        #expect(back.factsHash == record.factsHash)
        var truncated = CacheReader(Array(writer.bytes.dropLast(3)))
        #expect(throws: CacheReader.Malformed.self) { try truncated.read() as DocumentRecord }
    }
}

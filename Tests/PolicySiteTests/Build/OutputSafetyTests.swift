import Foundation
import Testing
@testable import PolicySite

/// SPEC §9: one build per output folder at a time, `--output` never takes
/// over a folder the tool did not make, the cache is never published, and a
/// build that fails for want of disk leaves no half-written tree behind.
@Suite struct OutputSafetyTests {
    static let site = ["Content/pages/x.zh.md": "---\ntitle: x\n---\n\n正文\n"]

    @Test func twoBuildsAtOnceNeverMixTheirTrees() throws {
        let root = try TestSite.makeFolder(ReproducibleOutputTests.manyDocuments(300))
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(try CommandLineRunner.run(["build", "--root", root, "--output", root + "/Clean", "--no-cache"]).status == 0)
        let clean = OutputTree.read(root + "/Clean")
        for _ in 0..<2 {
            let results = ParallelMap.map([0, 1]) { _ in try? CommandLineRunner.run(["build", "--root", root]) }
            for result in results {
                #expect(result?.status == 0, "\(result?.stderr ?? "")")
            }
            #expect(OutputTree.read(root + "/Output") == clean)
        }
    }

    @Test func aSecondBuildWaitsForTheFirstAndSaysSo() throws {
        let root = try TestSite.makeFolder(Self.site)
        defer { try? FileManager.default.removeItem(atPath: root) }
        var held: BuildLock? = BuildLock(output: root + "/Output", cache: root + "/.policysite-cache") { _ in Issue.record("nothing holds it yet") }
        let waited = Shared<[String]>([]), finished = Shared(false)
        var options = BuildOptions(root: root)
        options.waiting = { folder in waited.update { $0.append(folder) } }
        Thread { [options] in
            let result = Build(options: options).run()
            finished.update { $0 = result.succeeded }
        }.start()
        Thread.sleep(forTimeInterval: 0.5)
        #expect(waited.value == [root + "/Output"])
        #expect(!FileManager.default.fileExists(atPath: root + "/Output"), "the second build did not wait")
        held = nil
        for _ in 0..<100 where !finished.value { Thread.sleep(forTimeInterval: 0.05) }
        #expect(finished.value)
        #expect(held == nil)
    }

    @Test func aFolderTheToolDidNotMakeIsRefusedAndKept() throws {
        let root = try TestSite.makeFolder(Self.site.merging([
            "mydocs/thesis.docx": "my thesis",
            "theirs.previous/notes.txt": "notes",
            ".git/HEAD": "ref: refs/heads/main\n",
        ]) { a, _ in a })
        defer { try? FileManager.default.removeItem(atPath: root) }
        for output in ["mydocs", ".git", ".git/out", "theirs", root + "/Content/static"] {
            let run = try CommandLineRunner.run(["build", "--root", root, "--output", output.hasPrefix("/") ? output : root + "/" + output])
            #expect(run.status == 1, "\(output)")
            #expect(run.stderr.contains("error[PS1801]:"), "\(output): \(run.stderr)")
        }
        #expect(try String(contentsOfFile: root + "/mydocs/thesis.docx", encoding: .utf8) == "my thesis")
        #expect(try String(contentsOfFile: root + "/theirs.previous/notes.txt", encoding: .utf8) == "notes")
        #expect(try String(contentsOfFile: root + "/.git/HEAD", encoding: .utf8) == "ref: refs/heads/main\n")
        #expect(!FileManager.default.fileExists(atPath: root + "/mydocs.staging"))

        // A new or empty folder is taken, marked, and taken again by the next build.
        try FileManager.default.createDirectory(atPath: root + "/empty", withIntermediateDirectories: true)
        for output in ["new/site", "new/site", "empty", "empty"] {
            let run = try CommandLineRunner.run(["build", "--root", root, "--output", root + "/" + output])
            #expect(run.status == 0, "\(output): \(run.stderr)")
            #expect(FileManager.default.fileExists(atPath: root + "/" + output + "/" + OutputTarget.markName))
        }
    }

    @Test func anOutputFromBeforeTheMarkIsStillTaken() throws {
        let root = try TestSite.makeFolder(Self.site.merging([
            "Output/sitemap.xml": "<urlset/>", "Output/assets/a11y.js": "", "Output/x/index.html": "old",
        ]) { a, _ in a })
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = Build(options: BuildOptions(root: root)).run()
        #expect(result.succeeded, "\(DiagnosticFormat.text.render(result.diagnostics))")
        #expect(FileManager.default.fileExists(atPath: root + "/Output/" + OutputTarget.markName))
    }

    @Test func theCacheIsNeverKeptWhereItWouldBePublished() throws {
        let root = try TestSite.makeFolder(Self.site)
        defer { try? FileManager.default.removeItem(atPath: root) }
        for cache in ["Content/static/cache", "Output/cache", "Content"] {
            var options = BuildOptions(root: root)
            options.cacheFolder = root + "/" + cache
            let result = Build(options: options).run()
            #expect(!result.succeeded, "\(cache)")
            #expect(result.diagnostics.first?.message.contains("is inside") == true, "\(cache)")
            #expect(!FileManager.default.fileExists(atPath: root + "/" + cache + "/build.cache"))
        }
        #expect(!FileManager.default.fileExists(atPath: root + "/Content/static/cache"))
    }

        /// A 1 MB tmpfs fills up; mounting one needs root, as CI has.
    @Test(.enabled(if: getuid() == 0)) func aFullDiskLeavesNoStagingTreeAndThePreviousSite() throws {
        let root = try TestSite.makeFolder(Self.site.merging(["Content/static/small.txt": "small"]) { a, _ in a })
        let disk = root + "-disk"
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        defer {
            _ = umount(disk)
            try? FileManager.default.removeItem(atPath: disk)
            try? FileManager.default.removeItem(atPath: root)
        }
        let mount = Process()
        mount.executableURL = URL(fileURLWithPath: "/bin/mount")
        mount.arguments = ["-t", "tmpfs", "-o", "size=1m", "tmpfs", disk]
        try mount.run()
        mount.waitUntilExit()
        try #require(mount.terminationStatus == 0)
        var options = BuildOptions(root: root)
        options.output = disk + "/Output"
        #expect(Build(options: options).run().succeeded)
        let before = OutputTree.read(disk + "/Output")
        try Data(count: 2_000_000).write(to: URL(fileURLWithPath: root + "/Content/static/big.bin"))
        let result = Build(options: options).run()
        #expect(!result.succeeded)
        #expect(result.diagnostics.contains { $0.message.contains("No space left on device") }, "\(result.diagnostics)")
        #expect(!FileManager.default.fileExists(atPath: disk + "/Output.staging"))
        #expect(OutputTree.read(disk + "/Output") == before)
    }
}

/// A value two threads of a test read and write.
final class Shared<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) { stored = value }

    var value: Value { lock.withLock { stored } }

    func update(_ change: (inout Value) -> Void) { lock.withLock { change(&stored) } }
}

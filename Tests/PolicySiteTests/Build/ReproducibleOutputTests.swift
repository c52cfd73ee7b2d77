import Foundation
import Testing

/// SPEC §9: the same input gives a byte-identical Output/, and a failed or
/// interrupted build leaves the previous one exactly as it was.
@Suite struct ReproducibleOutputTests {
    static func manyDocuments(_ count: Int) -> [String: String] {
        var files: [String: String] = [:]
        for i in 0..<count {
            let body = String(repeating: "## 第\(i)节\n\n科技创新是发展的第一动力。Science and technology innovation.\n\n", count: 8)
            files["Content/policies/p\(i).zh.md"] = policy("政策\(i)", published: "2021-01-\(10 + i % 18)", body: body)
            files["Content/policies/p\(i).en.md"] = policy("Policy \(i)", published: "2021-01-\(10 + i % 18)", body: body)
        }
        return files
    }

    @Test func sameInputSameBytesWhateverTheClockLocaleAndCores() throws {
        let root = try TestSite.makeFolder(Self.manyDocuments(40))
        let first = try CommandLineRunner.run(
            ["build", "--root", root, "--output", root + "/new/folder/A"],
            environment: ["TZ": "Asia/Shanghai", "LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8"])
        #expect(first.status == 0, "\(first.stderr)")
        let second = try CommandLineRunner.run(
            ["build", "--root", root, "--output", root + "/B"],
            environment: ["TZ": "America/Los_Angeles", "LANG": "C", "LC_ALL": "C"], launcher: ["taskset", "-c", "0"])
        #expect(second.status == 0, "\(second.stderr)")
        let a = OutputTree.read(root + "/new/folder/A"), b = OutputTree.read(root + "/B")
        #expect(a.count > 80)
        #expect(a == b)
    }

    @Test func aKilledBuildLeavesThePreviousOutput() throws {
        let root = try TestSite.makeFolder(Self.manyDocuments(600))
        #expect(try CommandLineRunner.run(["build", "--root", root]).status == 0)
        let before = OutputTree.read(root + "/Output")
        try policy("改过的标题", published: "2021-01-10").write(toFile: root + "/Content/policies/p0.zh.md", atomically: true, encoding: .utf8)
        var kills = 0
        for delay in [0.02, 0.08, 0.2] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CommandLineRunner.binary)
            process.arguments = ["build", "--root", root]
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            guard process.terminationReason == .uncaughtSignal else { continue }
            kills += 1
            #expect(OutputTree.read(root + "/Output") == before, "killed after \(delay) s")
        }
        #expect(kills > 0, "every build finished before it could be killed")
        let after = try CommandLineRunner.run(["build", "--root", root])
        #expect(after.status == 0)
        #expect(!FileManager.default.fileExists(atPath: root + "/Output.staging"))
        let rebuilt = OutputTree.read(root + "/Output")
        #expect(String(decoding: rebuilt["policies/p0/index.html"] ?? Data(), as: UTF8.self).contains("改过的标题"))
    }

    @Test func aSuccessfulBuildLeavesNoStaleFiles() throws {
        var files = Self.manyDocuments(2)
        let site = try TestSite.build(files)
        #expect(site.output("policies/p1/index.html") != nil)
        files.removeValue(forKey: "Content/policies/p1.zh.md")
        files.removeValue(forKey: "Content/policies/p1.en.md")
        try FileManager.default.removeItem(atPath: site.root + "/Content/policies/p1.zh.md")
        try FileManager.default.removeItem(atPath: site.root + "/Content/policies/p1.en.md")
        let result = try CommandLineRunner.run(["build", "--root", site.root])
        #expect(result.status == 0)
        #expect(site.output("policies/p1/index.html") == nil)
        #expect(site.output("policies/p0/index.html") != nil)
    }

    /// Rebuilds write into the tree the previous build swapped out: what it
    /// holds beyond the new site must go, also where a file becomes a folder.
    @Test func rebuildsOverThePreviousTreeEqualACleanBuild() throws {
        let root = try TestSite.makeFolder(Self.manyDocuments(3).merging([
            "Content/static/files/a/b.txt": "b", "Content/static/files/c.txt": "c",
        ]) { $1 })
        let fm = FileManager.default
        func build() throws { #expect(try CommandLineRunner.run(["build", "--root", root]).status == 0) }
        try build()
        try fm.removeItem(atPath: root + "/Content/policies/p1.zh.md")
        try fm.removeItem(atPath: root + "/Content/policies/p1.en.md")
        try build()
        #expect(fm.fileExists(atPath: root + "/Output.previous/policies/p1/index.html"), "the swapped-out tree is kept for reuse")
        try fm.removeItem(atPath: root + "/Content/static/files/a")
        try "now a file".write(toFile: root + "/Content/static/files/a", atomically: true, encoding: .utf8)
        try fm.removeItem(atPath: root + "/Content/static/files/c.txt")
        try fm.createDirectory(atPath: root + "/Content/static/files/c.txt", withIntermediateDirectories: true)
        try "inside".write(toFile: root + "/Content/static/files/c.txt/d.txt", atomically: true, encoding: .utf8)
        try build()
        #expect(try CommandLineRunner.run(["build", "--root", root, "--output", root + "/Clean"]).status == 0)
        #expect(OutputTree.read(root + "/Output") == OutputTree.read(root + "/Clean"))
        #expect(OutputTree.read(root + "/Output")["files/a"] == Data("now a file".utf8))
        #expect(!fm.fileExists(atPath: root + "/Output/policies/p1"))
    }

    /// The example site has every feature (glossary, data sets, topics,
    /// search, feeds): Swift seeds its hash tables anew in every process,
    /// so any output that follows a dictionary's order would differ here.
    @Test func theExampleSiteBuildsByteIdenticallyInTwoProcesses() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().path
        let root = try TestSite.makeFolder([:], siteYAML: nil)
        try FileManager.default.copyItem(atPath: repository + "/Content", toPath: root + "/Content")
        let first = try CommandLineRunner.run(["build", "--root", root, "--output", root + "/A"],
                                              environment: ["TZ": "Asia/Shanghai", "LANG": "zh_CN.UTF-8"])
        let second = try CommandLineRunner.run(["build", "--root", root, "--output", root + "/B"],
                                               environment: ["TZ": "UTC", "LANG": "C"], launcher: ["taskset", "-c", "0"])
        #expect(first.status == 0 && second.status == 0, "\(first.stderr)\(second.stderr)")
        let a = OutputTree.read(root + "/A")
        #expect(a.keys.contains("glossary/index.html") && a.keys.contains("indicators/national-innovation.json"))
        #expect(a == OutputTree.read(root + "/B"))
    }
}

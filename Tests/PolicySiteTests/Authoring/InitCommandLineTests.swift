import Foundation
import Testing

/// `init` through the built binary, as staff run it.
@Suite struct InitCommandLineTests {
    let cli = CommandLineTests()

    func newFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("policysite-init-\(UUID().uuidString)").path
    }

    @Test func initThenCheckStrictThenRefuseTheSameFolder() throws {
        let folder = newFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let made = try cli.run(["init", folder, "--title", "崂山区科技政策"])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.hasPrefix("已写入 12 个文件"))
        for step in ["cd \(folder)", "policysite serve", "Content/site.yaml", "policysite build", "git add . && git commit"] {
            #expect(made.stdout.contains(step), "\(step)")
        }
        let check = try cli.run(["check", "--strict", "--root", folder])
        #expect(check.status == 0)
        #expect(check.stderr.hasPrefix("0 个错误，0 个警告\n检查完毕"), "\(check.stderr)")

        let siteYAML = folder + "/Content/site.yaml"
        try Data("edited".utf8).write(to: URL(fileURLWithPath: siteYAML))
        let again = try cli.run(["init", folder])
        #expect(again.status == 1)
        #expect(again.stderr == "错误：\(folder) 里已经有网站（Content/），没有写入任何文件；请换一个空文件夹，例如 policysite init 新网站\n")
        #expect(try String(contentsOfFile: siteYAML, encoding: .utf8) == "edited")
        #expect(try cli.run(["init", folder + "/Content"]).status == 1, "the inside of a site is refused too")
    }

    @Test func anEnglishSiteBesideAClonesGitignore() throws {
        let folder = newFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("node_modules/\n".utf8).write(to: URL(fileURLWithPath: folder + "/.gitignore"))
        let made = try cli.run(["init", folder, "--languages", "en", "--base-url", "https://example.github.io/site"])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stderr.contains(".gitignore was already there and was left as it is"))
        #expect(made.stdout.hasPrefix("Wrote 8 files; the new site builds. Next:"))
        #expect(try String(contentsOfFile: folder + "/.gitignore", encoding: .utf8) == "node_modules/\n")
        #expect(try String(contentsOfFile: folder + "/Content/site.yaml", encoding: .utf8).contains("base_url: https://example.github.io/site/\n"))
        let build = try cli.run(["build", "--strict", "--root", folder])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder + "/Output/policies/innovation-vouchers/index.html"))
    }

    @Test func wrongOptionsAreUsageErrors() throws {
        let folder = newFolder()
        let french = try cli.run(["init", folder, "--languages", "zh,fr"])
        #expect(french.status == 2)
        #expect(french.stderr.contains("init 只有zh、en的示例文字，没有“fr”的"))
        #expect(try cli.run(["init", folder, "--base-url", "example.gov.cn"]).status == 2)
        #expect(!FileManager.default.fileExists(atPath: folder))

        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: folder))
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let onAFile = try cli.run(["init", folder, "--languages", "en"])
        #expect(onAFile.status == 1)
        #expect(onAFile.stderr.hasPrefix("error: cannot write \(folder)/"), "\(onAFile.stderr)")
    }
}

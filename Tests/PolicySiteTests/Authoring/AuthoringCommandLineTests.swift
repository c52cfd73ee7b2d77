import Foundation
import Testing

/// `new` and `import` through the built binary, as staff run them.
@Suite struct AuthoringCommandLineTests {
    let cli = CommandLineTests()

    @Test func newWritesAFileAndNeverOverwritesIt() throws {
        let root = try TestSite.makeFolder([:])
        let first = try cli.run(["new", "policy", "sci-plan", "--root", root])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "Content/policies/sci-plan.zh.md\n")
        let path = root + "/Content/policies/sci-plan.zh.md"
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.contains("issuer:"))

        try Data("edited".utf8).write(to: URL(fileURLWithPath: path))
        let again = try cli.run(["new", "policy", "sci-plan", "--root", root])
        #expect(again.status == 1)
        #expect(again.stderr.contains("错误：Content/policies/sci-plan.zh.md 已经存在"), "the site is Chinese first: \(again.stderr)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "edited")

        #expect(try cli.run(["new", "policy", "Sci Plan", "--root", root]).status == 2)
        #expect(try cli.run(["new", "policy", "x", "--lang", "fr", "--root", root]).status == 2)
    }

    @Test func importTheSeedThenBuild() throws {
        let root = try TestSite.makeFolder(["Content/policies/laoshan-sti-plan.zh.md": policy(PlainTextImporterTests.policyTitle)])
        let seed = root + "/seed.txt"
        try Data(SeedDocument.text.utf8).write(to: URL(fileURLWithPath: seed))
        let arguments = ["import", seed, "--slug", "seed-import", "--kind", "interpretation",
                         "--policy", "laoshan-sti-plan", "--root", root]
        let imported = try cli.run(arguments)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout == "Content/interpretations/seed-import.zh.md\nContent/glossary/seed-import.yaml\n")
        #expect(imported.stderr.contains("已读取 \(seed)，编码：UTF-8"))
        #expect(imported.stderr.contains("\(seed):21: 已删去（评论区）：参与评论"))

        let again = try cli.run(arguments)
        #expect(again.status == 1)
        #expect(again.stderr.contains("已经存在"))

        let build = try cli.run(["build", "--root", root])
        #expect(build.status == 0, "\(build.stderr)")
        let page = try String(contentsOfFile: root + "/Output/interpretations/seed-import/index.html", encoding: .utf8)
        #expect(page.contains("《\(PlainTextImporterTests.policyTitle)》政策解读"))
    }

    @Test func importSpeaksEnglishOnAnEnglishFirstSite() throws {
        let root = try TestSite.makeFolder([:], siteYAML: "title: Site\nbase_url: https://example.gov.cn/\nlanguages: [en, zh]\n")
        let text = root + "/notice.txt"
        try Data("Notice\nPublished: today\nShare to: WeChat\n分享到：微信\n".utf8).write(to: URL(fileURLWithPath: text))
        let imported = try cli.run(["import", text, "--slug", "notice", "--kind", "policy", "--lang", "en", "--root", root])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("\(text):4: dropped share buttons: 分享到：微信"))
        #expect(imported.stderr.contains("fill in before publishing: issuer in Content/policies/notice.en.md"))
        #expect(try cli.run(["import", root + "/none.txt", "--slug", "x", "--root", root]).stderr
                == "error: cannot read \(root)/none.txt\n")
    }
}

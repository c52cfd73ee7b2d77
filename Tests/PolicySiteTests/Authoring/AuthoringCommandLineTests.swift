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
        #expect(again.stderr.contains("Content/policies/sci-plan.zh.md already exists"))
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
        #expect(imported.stderr.contains("read \(seed) as UTF-8"))
        #expect(imported.stderr.contains("\(seed):21: dropped comment box: 参与评论"))

        let again = try cli.run(arguments)
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists"))

        let build = try cli.run(["build", "--root", root])
        #expect(build.status == 0, "\(build.stderr)")
        let page = try String(contentsOfFile: root + "/Output/interpretations/seed-import/index.html", encoding: .utf8)
        #expect(page.contains("《\(PlainTextImporterTests.policyTitle)》政策解读"))
    }
}

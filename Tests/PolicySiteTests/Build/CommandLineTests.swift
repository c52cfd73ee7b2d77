import Foundation
import PolicySite
import Testing

/// The `policysite` binary as CI and staff run it: output and exit status.
@Suite struct CommandLineTests {
    func run(_ arguments: [String]) throws -> CommandLineRunner.Result {
        try CommandLineRunner.run(arguments)
    }

    @Test func contentErrorsExitOneWithCompilerStyleLines() throws {
        let root = try TestSite.makeFolder(["Content/policies/a.zh.md": "---\ntitle: 甲\npublished: 2021-01-01\n---\n"])
        let result = try run(["build", "--root", root])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Content/policies/a.zh.md:1:1: error: the required field 'issuer' is missing"))
        #expect(result.stderr.contains("1 error, "))
        #expect(!FileManager.default.fileExists(atPath: root + "/Output"))
    }

    /// The package scripts read the version from PolicySiteVersion.swift, and
    /// `--version` must print it and nothing else (`policysite_<version>_<arch>.deb`).
    @Test func versionPrintsOnlyTheVersion() throws {
        let result = try run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == PolicySiteVersion.current + "\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func wrongUsageExitsTwo() throws {
        #expect(try run(["build", "--no-such-flag"]).status == 2)
        #expect(try run(["build", "--format", "xml"]).status == 2)
    }

    @Test func aGoodSiteBuildsWithStatusZero() throws {
        let root = try TestSite.makeFolder(["Content/pages/about.zh.md": "---\ntitle: 关于\n---\n\n文字\n",
                                            "Content/pages/about.en.md": "---\ntitle: About\n---\n\nText\n"])
        let result = try run(["build", "--root", root])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: root + "/Output/en/about/index.html"))
    }

    @Test func jsonAndGitHubFormats() throws {
        let root = try TestSite.makeFolder(["Content/policies/a.zh.md": "---\ntitle: 甲\npublished: 2021-01-01\n---\n"])
        let json = try run(["check", "--root", root, "--format", "json"])
        #expect(json.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["errors"] as? Int == 1)
        let github = try run(["check", "--root", root, "--format", "github"])
        #expect(github.stderr.contains("::error file=Content/policies/a.zh.md,line=1,col=1::the required field 'issuer' is missing"))
    }
}

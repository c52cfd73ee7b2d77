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
        let result = try run(["build", "--root", root, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Content/policies/a.zh.md:1:1: error[PS1202]: the required field 'issuer' is missing"))
        #expect(result.stderr.contains("1 error, "))
        #expect(!FileManager.default.fileExists(atPath: root + "/Output"))
    }

    /// SPEC §9: a Chinese site's staff read Chinese without setting
    /// anything; POLICYSITE_LANG and --lang choose otherwise, --lang first.
    @Test func messagesAreInTheSitesLanguageUnlessToldOtherwise() throws {
        let root = try TestSite.makeFolder([
            "Content/site.yaml": "title: 崂山\nbase_url: https://example.gov.cn/\nlanguages: [zh, en]\n",
            "Content/policies/a.zh.md": "---\ntitle: 甲\npublished: 2021-01-01\n---\n",
        ])
        let chinese = try run(["build", "--root", root])
        #expect(chinese.stderr.contains("Content/policies/a.zh.md:1:1: error[PS1202]: 缺少必填字段“issuer”\n    提示： 在前置信息中加上“issuer: …”"),
                "\(chinese.stderr)")
        #expect(chinese.stderr.contains("1 个错误，"))
        let english = try CommandLineRunner.run(["build", "--root", root], environment: ["POLICYSITE_LANG": "en_US.UTF-8"])
        #expect(english.stderr.contains("error[PS1202]: the required field 'issuer' is missing"), "\(english.stderr)")
        let flag = try CommandLineRunner.run(["build", "--root", root, "--lang", "zh"], environment: ["POLICYSITE_LANG": "en"])
        #expect(flag.stderr.contains("缺少必填字段"))
        let wrong = try run(["build", "--root", root, "--lang", "fr"])
        #expect(wrong.status == 2)
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

    /// swift-argument-parser's help is fixed text: every summary in Chinese, then English.
    @Test func commandHelpIsInChineseAndEnglish() throws {
        let help = try run(["--help"])
        #expect(help.stdout.contains("用 Content/ 生成中英双语的政策和解读网站。"))
        for chinese in ["生成网站到 Output/", "检查全部内容", "新建一个能直接生成的网站", "解释诊断代码"] {
            #expect(help.stdout.contains(chinese), "\(chinese)")
        }
    }

    @Test func jsonAndGitHubFormats() throws {
        let root = try TestSite.makeFolder(["Content/policies/a.zh.md": "---\ntitle: 甲\npublished: 2021-01-01\n---\n"])
        let json = try run(["check", "--root", root, "--format", "json", "--lang", "en"])
        #expect(json.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["errors"] as? Int == 1)
        let item = (object?["diagnostics"] as? [[String: Any]])?.first
        #expect(item?["code"] as? String == "PS1202")
        let github = try run(["check", "--root", root, "--format", "github", "--lang", "en"])
        #expect(github.stderr.contains("::error file=Content/policies/a.zh.md,line=1,col=1,title=PS1202::the required field 'issuer' is missing"))
    }
}

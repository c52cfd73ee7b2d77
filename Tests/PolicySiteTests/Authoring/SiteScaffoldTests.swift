import Foundation
import Testing
@testable import PolicySite

@Suite struct SiteScaffoldTests {
    static let today = PlainDate("2024-05-06")!

    func scaffold(_ languages: [String], title: String? = nil, publisher: String? = nil) throws -> SiteScaffold {
        try SiteScaffold(languages: languages, baseURL: "https://www.example.gov.cn/policy/", title: title,
                         publisher: publisher, today: Self.today)
    }

    @Test(arguments: [["zh", "en"], ["zh"], ["en"], ["en", "zh"]])
    func itBuildsStrictWithNoDiagnostics(languages: [String]) throws {
        let files = try scaffold(languages).files
        let site = try TestSite.build(files, siteYAML: nil) { $0.strict = true }
        #expect(site.result.succeeded)
        #expect(site.result.diagnostics.isEmpty, "\(site.report)")
        for (index, code) in languages.enumerated() {
            let prefix = index == 0 ? "" : code + "/"
            for page in ["policies/innovation-vouchers/", "interpretations/innovation-vouchers/", "about/",
                         "glossary/", "indicators/innovation-vouchers/"] {
                #expect(site.output(prefix + page + "index.html") != nil, "\(prefix + page)")
            }
            #expect(files["Content/policies/innovation-vouchers.\(code).md"]?.contains("published: 2024-05-06") == true)
        }
        let policy = try #require(site.output("policies/innovation-vouchers/index.html"))
        #expect(policy.contains("href=\"../../glossary/#innovation-voucher\""), "the term is used, and linked, in the text")
        let indicators = try #require(site.output("indicators/innovation-vouchers.json"))
        #expect(indicators.contains("\"baseline_year\": 2023") && indicators.contains("\"2024\": {"),
                "the plan period runs from last year, with this year's actual value")
    }

    @Test(arguments: [("zh", true), ("en", false)])
    func everySettingIsExplainedInTheFirstLanguage(first: String, chinese: Bool) throws {
        let languages = [first] + ["zh", "en"].filter { $0 != first }
        let yaml = try #require(try scaffold(languages).files["Content/site.yaml"])
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for setting in SiteConfigParser.fields {
            let index = try #require(lines.firstIndex { $0.hasPrefix(setting + ":") }, "\(setting)")
            let explained = lines[index - 1].hasPrefix("#") || lines[index + 1].trimmingCharacters(in: .whitespaces).hasPrefix("#")
            #expect(explained, "\(setting) has a comment beside it")
        }
        let comments = lines.filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
        #expect(!comments.isEmpty)
        for comment in comments {
            #expect(comment.unicodeScalars.contains { CJK.isWide($0) } == chinese || comment.contains("{ en: English, zh: 中文 }"), "\(comment)")
        }
    }

    @Test func theTitleAndPublisherNameTheFirstLanguage() throws {
        let files = try scaffold(["zh", "en"], title: "崂山区政策: \"解读\"", publisher: "崂山区*科技*创新委员会").files
        #expect(files["Content/site.yaml"]?.contains("title: { zh: \"崂山区政策: \\\"解读\\\"\", en: \"Science and Technology Policies\" }") == true)
        #expect(files["Content/policies/innovation-vouchers.zh.md"]?.contains("issuer: \"崂山区*科技*创新委员会\"") == true)
        #expect(files["Content/policies/innovation-vouchers.en.md"]?.contains("issuer: \"×× District Science and Technology Bureau\"") == true)
        let site = try TestSite.build(files, siteYAML: nil) { $0.strict = true }
        #expect(site.result.diagnostics.isEmpty, "\(site.report)")
        #expect(site.output("index.html")?.contains("崂山区政策: &quot;解读&quot;") == true)
        #expect(site.output("about/index.html")?.contains("本站发布崂山区*科技*创新委员会的政策原文") == true, "the name is text, not Markdown")
        #expect(try scaffold(["zh"], title: "").files["Content/site.yaml"]?.contains("title: { zh: \"科技政策发布与解读\" }") == true)
    }

    @Test func badOptionsAreRefused() {
        #expect(throws: AuthoringError.noExampleTexts(language: "fr", available: ["zh", "en"])) { try scaffold(["zh", "fr"]) }
        #expect(throws: AuthoringError.languageTwice("zh")) { try scaffold(["zh", "zh"]) }
        #expect(throws: AuthoringError.noLanguages) { try scaffold([]) }
        #expect(throws: AuthoringError.badBaseURL("www.example.gov.cn")) {
            try SiteScaffold(languages: ["zh"], baseURL: "www.example.gov.cn", today: Self.today)
        }
        #expect((try? SiteScaffold(languages: ["zh"], baseURL: "https://a.gov.cn/p", today: Self.today))?.baseURL == "https://a.gov.cn/p/")
    }

    @Test func aFolderWithASiteOrItsInsideIsRefused() {
        #expect(ExistingSite.found(in: ["README.md", ".git", ".gitignore"]) == nil)
        #expect(ExistingSite.found(in: []) == nil)
        #expect(ExistingSite.found(in: ["Content", "README.md"]) == "Content/")
        #expect(ExistingSite.found(in: ["site.yaml"]) == "site.yaml")
        #expect(ExistingSite.found(in: ["policies", "static"]) == "policies/")
    }

    /// The recipe init writes is the one the guide documents, so that a fix
    /// to one reaches the other.
    @Test func theWorkflowIsTheDocumentedRecipe() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let documented = try String(contentsOf: repository.appendingPathComponent("docs/ci/github-actions.yml"), encoding: .utf8)
        func recipe(_ text: String) throws -> String {
            let start = try #require(text.range(of: "\nname: site\n"))
            return String(text[start.lowerBound...])
                .replacing(#/POLICYSITE_VERSION: "[0-9.]+"/#, with: "POLICYSITE_VERSION: \"\(PolicySiteVersion.current)\"")
        }
        let written = try #require(try scaffold(["zh"]).files[".github/workflows/site.yml"])
        #expect(try recipe(written) == recipe(documented))
        #expect(written.contains("POLICYSITE_VERSION: \"\(PolicySiteVersion.current)\""))
    }
}

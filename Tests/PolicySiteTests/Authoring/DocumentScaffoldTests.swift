import Testing
@testable import PolicySite

@Suite struct DocumentScaffoldTests {
    static let today = PlainDate("2024-05-06")!

    @Test(arguments: DocumentKind.allCases, ["zh", "en"])
    func everyFieldOfTheKindIsThereAndExplained(kind: DocumentKind, language: String) throws {
        let scaffold = try DocumentScaffold(kind: kind, slug: "new-doc", language: language, today: Self.today)
        #expect(scaffold.path == "Content/\(kind.folder)/new-doc.\(language).md")
        let lines = scaffold.text.split(separator: "\n").map(String.init)
        let required = FrontMatterParser.required[kind]!
        for field in FrontMatterParser.fields[kind]! {
            let line = try #require(lines.first { $0.hasPrefix(field + ":") || $0.hasPrefix("# \(field):") }, "\(field)")
            #expect(line.hasPrefix(field + ":") == required.contains(field), "\(line)")
            #expect(line.contains(required.contains(field) ? (language == "zh" ? "# 必填：" : "# required: ")
                                                             : (language == "zh" ? "# 可选：" : "# optional: ")), "\(line)")
        }
        #expect(lines.contains { $0.hasPrefix("published: 2024-05-06 ") } == required.contains("published"))
        let comments = lines.filter { $0.hasPrefix("#") }.joined()
        #expect(comments.contains("说明") == (language == "zh"))
    }

    @Test func aBadSlugIsRefused() {
        #expect(throws: AuthoringError.badSlug("Sci_Tech")) {
            try DocumentScaffold(kind: .page, slug: "Sci_Tech", language: "zh", today: Self.today)
        }
    }

    @Test func theLanguageMustBeTheSites() {
        #expect(SiteLanguages.check("en", siteYAML: nil) == nil)
        #expect(SiteLanguages.check("fr", siteYAML: nil) == .badLanguage("fr", allowed: ["zh", "en"]))
        #expect(SiteLanguages.check("en", siteYAML: "languages: [zh]\n") == .badLanguage("en", allowed: ["zh"]))
        #expect(SiteLanguages.check("ug", siteYAML: "title: x\nlanguages: [zh, ug]\n") == nil)
    }

    @Test func leftAsItIsCheckNamesEachRequiredLine() throws {
        let scaffold = try DocumentScaffold(kind: .interpretation, slug: "a", language: "zh", today: Self.today)
        let site = try TestSite.build([scaffold.path: scaffold.text])
        #expect(!site.result.succeeded)
        for field in ["title", "policy", "agency"] {
            #expect(site.report.contains("error[PS1214]: '\(field)' is empty"), "\(site.report)")
        }
    }

    @Test(arguments: DocumentKind.allCases)
    func filledInItBuilds(kind: DocumentKind) throws {
        var files = ["Content/policies/plan.zh.md": policy("规划"), "Content/policies/plan.en.md": policy("Plan")]
        for language in ["zh", "en"] {
            let scaffold = try DocumentScaffold(kind: kind, slug: "new-doc", language: language, today: Self.today)
            var text = scaffold.text
            for (field, value) in ["title": "新文件", "issuer": "委员会", "policy": "plan", "agency": "委员会"] {
                text = text.replacingOccurrences(of: "\n\(field): ", with: "\n\(field): \(value) ")
            }
            files[scaffold.path] = text + "正文。\n"
        }
        let site = try TestSite.build(files)
        #expect(site.result.succeeded, "\(site.report)")
        #expect(site.warnings.isEmpty, "\(site.report)")
        #expect(site.output("\(kind == .page ? "" : kind.folder + "/")new-doc/index.html") != nil)
    }
}

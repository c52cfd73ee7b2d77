import Testing
@testable import PolicySite

@Suite struct ContentPathTests {
    let languages = [Language("zh"), Language("en")]

    @Test func languageComesFromTheSuffixElseTheDefault() {
        #expect(ContentPath.classify("Content/policies/plan.en.md", languages: languages)
                == .document(DocumentID(.policy, "plan"), Language("en")))
        #expect(ContentPath.classify("Content/pages/about.md", languages: languages)
                == .document(DocumentID(.page, "about"), Language("zh")))
        #expect(ContentPath.classify("Content/site.yaml", languages: languages) == .siteConfig)
        #expect(ContentPath.classify("Content/glossary/terms.yaml", languages: languages) == .glossary)
    }

    @Test func badNamesAndFoldersAreErrorsWithHints() throws {
        guard case .invalid(let unknown) = ContentPath.classify("Content/interpretation/a.zh.md", languages: languages) else {
            Issue.record("expected an error"); return
        }
        #expect(unknown.severity == .error)
        #expect(unknown.hint == "did you mean 'interpretations/'?")
        guard case .invalid(let french) = ContentPath.classify("Content/policies/plan.fr.md", languages: languages) else {
            Issue.record("expected an error"); return
        }
        #expect(french.message.contains("'fr'"))
        guard case .invalid(let slug) = ContentPath.classify("Content/policies/Plan_2021.md", languages: languages) else {
            Issue.record("expected an error"); return
        }
        #expect(slug.message.contains("slug"))
    }
}

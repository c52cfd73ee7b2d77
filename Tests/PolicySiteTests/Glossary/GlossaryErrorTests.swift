import Testing
@testable import PolicySite

/// Problems in glossary files, each reported at its line and column.
@Suite struct GlossaryErrorTests {
    static let zhOnly = """
        title: { zh: 测试站 }
        base_url: https://example.gov.cn/policy/
        languages: [zh]
        """

    static let page = "---\ntitle: 页\n---\n\n一二三四五六。\n"

    @Test func reportsEachProblemWhereItIs() throws {
        let site = try TestSite.build([
            "Content/pages/a.md": Self.page,
            "Content/glossary/a.yaml": """
                - id: first
                  zh:
                    term: 一
                    definition: 一。
                """,
            "Content/glossary/b.yaml": """
                - id: first
                  zh:
                    term: 二
                    definition: 二。
                - id: Bad_ID
                  zh:
                    term: 三
                    definition: 三。
                - id: no-term
                  zh:
                    definition: 四。
                - id: no-definition
                  zh:
                    term: 五
                - id: dangling
                  zh:
                    term: 六
                    definition: 六。
                  related: [first, frist]
                - id: blocks
                  zh:
                    term: 七
                    definition: "段一\\n\\n段二"
                - id: script-link
                  zh:
                    term: 八
                    definition: "[点此](javascript:alert(1))"
                - id: same-text
                  zh:
                    term: 一
                    definition: 重复。
                """,
        ], siteYAML: Self.zhOnly)
        #expect(!site.result.succeeded)
        let report = site.report
        let expected = [
            "Content/glossary/b.yaml:1:7: error[PS1403]: the glossary id 'first' is already used at Content/glossary/a.yaml:1:7",
            "Content/glossary/b.yaml:5:7: error[PS1402]: 'Bad_ID' is not a valid glossary id",
            "Content/glossary/b.yaml:10:3: error[PS1404]: the zh entry of 'no-term' has no 'term'",
            "Content/glossary/b.yaml:13:3: error[PS1404]: the zh entry of 'no-definition' has no 'definition'",
            "Content/glossary/b.yaml:19:20: error[PS1407]: 'related' names 'frist', which is no glossary id",
            "Content/glossary/b.yaml:23:17: error[PS1406]: in the zh definition of 'blocks': a definition must be one paragraph of text",
            "Content/glossary/b.yaml:27:17: error[PS1406]: in the zh definition of 'script-link': the link 'javascript:alert(1)' in a definition is not an absolute address",
            "Content/glossary/b.yaml:30:11: error[PS1405]: '一' is already a term or alias of the glossary term 'first' (Content/glossary/a.yaml:3)",
        ]
        for line in expected { #expect(report.contains(line), "missing: \(line)\n\(report)") }
        #expect(report.contains("hint: did you mean 'first'?"))
        #expect(site.errors.count == expected.count, "\(report)")
    }

    /// Every problem of an entry in one run, not one per run.
    @Test func aDefinitionReportsAllItsProblems() throws {
        let site = try TestSite.build([
            "Content/pages/a.md": Self.page,
            "Content/glossary/a.yaml": """
                - id: many
                  zh:
                    term: 一
                    definition: "段一 ![图](a.png) [链](../x.md)\\n\\n段二 ![图二](b.png) [好](https://www.gov.cn/)"
                - id: empty
                  zh:
                    aliases: [空]
                """,
        ], siteYAML: Self.zhOnly)
        #expect(site.errors.map(\.message) == [
            "in the zh definition of 'many': a definition cannot hold an image ('a.png')",
            "in the zh definition of 'many': a definition cannot hold an image ('b.png')",
            "in the zh definition of 'many': a definition must be one paragraph of text",
            "in the zh definition of 'many': the link '../x.md' in a definition is not an absolute address",
            "the zh entry of 'empty' has no 'definition'",
            "the zh entry of 'empty' has no 'term'",
        ])
    }

    @Test func aTermMissingInALanguageIsAMissingTranslation() throws {
        let files = [
            "Content/pages/a.zh.md": Self.page,
            "Content/pages/a.en.md": "---\ntitle: Page\n---\n\nOne.\n",
            "Content/glossary/terms.yaml": """
                - id: one
                  zh:
                    term: 一
                    definition: 一。
                  en:
                    term: one
                    definition: One.
                - id: two
                  zh:
                    term: 二
                    definition: 二。
                """,
        ]
        let site = try TestSite.build(files)
        #expect(site.result.succeeded, "\(site.report)")
        #expect(site.report.contains("Content/glossary/terms.yaml:8:7: warning[PS1604]: the glossary term 'two' has no en entry"))
        #expect(site.output("en/glossary/index.html")?.contains("id=\"two\"") == false)
        let strict = try TestSite.build(files) { $0.strict = true }
        #expect(!strict.result.succeeded)
    }
}

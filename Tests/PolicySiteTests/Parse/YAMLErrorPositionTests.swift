import Testing
@testable import PolicySite

/// A YAML mistake is reported at the line where it is, and named: not where
/// YAML gave up reading (SPEC §9: `path:line:column`).
@Suite struct YAMLErrorPositionTests {
    func errors(_ frontMatter: String) throws -> [String] {
        let site = try TestSite.build(["Content/policies/a.zh.md": "---\n\(frontMatter)---\n\n正文。\n"])
        return site.errors.map { "\($0.line):\($0.column) \($0.message)" }
    }

    static let fullWidth = "is followed by a full-width colon '：' (全角冒号), which YAML does not read as a colon"

    @Test func aFullWidthColonIsNamedOnItsOwnLineWhereverItIs() throws {
        #expect(try errors("title: 科技创新\nissuer: 委员会\npublished: 2021-03-01\ndoc_number：崂科发〔2021〕1号\n")
            == ["5:11 'doc_number' \(Self.fullWidth)"])
        #expect(try errors("doc_number：崂科发〔2021〕1号\ntitle: 科技创新\nissuer: 委员会\npublished: 2021-03-01\n")
            == ["2:11 'doc_number' \(Self.fullWidth)"])
        #expect(try errors("title：科技创新\n") == ["2:6 'title' \(Self.fullWidth)"])
        #expect(try errors("title: 科技创新\nissuer：委员会\npublished： 2021-03-01\n")
            == ["3:7 'issuer' \(Self.fullWidth)", "4:10 'published' \(Self.fullWidth)"])
    }

    @Test func theHintShowsTheLineAsItShouldBe() throws {
        let site = try TestSite.build(["Content/policies/a.zh.md": "---\ntitle: 科技\nissuer: 委员会\ndoc_number：  崂科发〔2021〕1号\npublished: 2021-03-01\n---\n\n正文。\n"])
        #expect(site.errors.first?.hint == "type the half-width colon ':' (半角冒号) and a space: doc_number: 崂科发〔2021〕1号")
    }

    @Test func aFullWidthColonInAGlossaryEntryToo() throws {
        let site = try TestSite.build([
            "Content/pages/a.zh.md": "---\ntitle: 页\n---\n\n正文。\n",
            "Content/glossary/terms.yaml": "- id: tech\n  zh:\n    term: 科技\n    definition：科学技术。\n- id: other\n  zh:\n    term: 其他\n    definition: 其他。\n",
        ])
        #expect(site.errors.map { "\($0.file):\($0.line):\($0.column) \($0.message)" }
            == ["Content/glossary/terms.yaml:4:15 'definition' \(Self.fullWidth)"])
    }

    @Test func anUnterminatedQuotedTextIsReportedWhereItOpens() throws {
        #expect(try errors("title: \"科技创新\nissuer: 委员会\npublished: 2021-03-01\n")
            == ["2:8 the text in quotes that starts here has no closing \""])
        #expect(try errors("title: 科技创新\nissuer: '委员会\npublished: 2021-03-01\n")
            == ["3:9 the text in quotes that starts here has no closing '"])
    }

    @Test func anUnclosedListIsReportedWhereItOpens() throws {
        #expect(try errors("title: 科技创新\nissuer: 委员会\ntopics: [sci-tech, planning\npublished: 2021-03-01\n")
            == ["4:9 YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence that starts here)"])
    }

    /// A colon inside a value is text, however it is typed.
    @Test func aFullWidthColonInAValueIsText() throws {
        let site = try TestSite.build(["Content/policies/a.zh.md": policy("通知：关于科技创新", extra: "doc_number: 崂科发：1号\n")])
        #expect(site.errors.isEmpty, "\(site.report)")
    }
}

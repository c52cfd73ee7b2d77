import Foundation
import Testing
@testable import PolicySite

/// Glossary terms linked in document bodies, and the glossary page (SPEC §6).
@Suite struct GlossaryLinkingTests {
    static let glossary = """
        - id: innovation
          zh:
            term: 科技创新
            definition: 创新的**总称**。
          en:
            term: innovation
            definition: He said "go" <script>alert(1)</script> & left.
          related: [platform]
        - id: achievements
          zh:
            term: 科技成果
            definition: 成果。
          en:
            term: achievements
            definition: Results.
        - id: transfer
          zh:
            term: 科技成果转化
            definition: 转化。
          en:
            term: technology transfer
            definition: Transfer.
        - id: platform
          zh:
            term: 科创平台
            aliases: [科技创新平台]
            definition: 平台。
          en:
            term: platform
            definition: A platform.
        - id: lab
          zh:
            term: 技术转移
            definition: 转移。
          en:
            term: R&D <lab>
            definition: A lab.
        - id: quantum
          zh:
            term: 量子
            definition: 量子。
          en:
            term: quantum
            definition: Quantum.
        """

    static func page(_ body: String, extra: String = "") -> String {
        "---\ntitle: 页\n\(extra)---\n\n\(body)\n"
    }

    static let files = [
        "Content/glossary/terms.yaml": glossary,
        "Content/pages/a.zh.md": page("""
            ## 科技创新

            [科技成果转化](https://example.com) `科创平台`

            推进科技成果转化和科技成果登记，建设科技创新平台，发展科技
            创新，再谈科技创新。技术转移。
            """),
        "Content/pages/a.en.md": page("""
            ## Innovation

            Innovation matters; INNOVATION again. Platforms are many; a platform is one. See R&amp;D &lt;lab&gt;.
            """),
        "Content/pages/off.zh.md": page("科技创新。", extra: "glossary: false\n"),
        "Content/pages/off.en.md": page("Innovation.", extra: "glossary: false\n"),
    ]

    /// The `#id` links to the glossary in a page, in order.
    func termLinks(_ html: String) -> [String] {
        html.components(separatedBy: "class=\"term-link\" href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test func longestMatchAliasesFirstOccurrenceAndSoftBreak() throws {
        let site = try TestSite.build(Self.files)
        #expect(site.result.succeeded, "\(site.report)")
        let html = try #require(site.output("a/index.html"))
        // 科技成果转化 before 科技成果; the alias 科技创新平台 for 科创平台
        // (not 科技创新 inside it); 科技创新 across the line break; each once.
        #expect(termLinks(html) == ["../glossary/#transfer", "../glossary/#achievements", "../glossary/#platform",
                                    "../glossary/#innovation", "../glossary/#lab"])
        #expect(html.contains("aria-describedby=\"term-tip-transfer\">科技成果转化</a><span class=\"term-tip\" id=\"term-tip-transfer\" role=\"tooltip\">转化。</span>"))
        #expect(html.contains(">科技创新平台</a>"))
        #expect(html.contains("发展<span class=\"term\"><a class=\"term-link\" href=\"../glossary/#innovation\" aria-describedby=\"term-tip-innovation\">科技创新</a>"))
        #expect(html.contains("role=\"tooltip\">创新的<strong>总称</strong>。</span>"))
        #expect(html.contains("，再谈科技创新。"))
    }

    @Test func noLinksInHeadingsLinksOrCode() throws {
        let site = try TestSite.build(Self.files)
        let html = try #require(site.output("a/index.html"))
        #expect(html.contains("<h2 id=\"科技创新\">科技创新</h2>"))
        #expect(html.contains("<a href=\"https://example.com\">科技成果转化</a> <code>科创平台</code>"))
        let english = try #require(site.output("en/a/index.html"))
        let heading = try #require(english.components(separatedBy: "\n").first { $0.hasPrefix("<h2") })
        #expect(!heading.contains("<a"))
        let glossaryPage = try #require(site.output("glossary/index.html"))
        #expect(!glossaryPage.contains("term-link"))
    }

    @Test func englishIgnoresCaseKeepsTheAuthorsAndMatchesWholeWords() throws {
        let site = try TestSite.build(Self.files)
        let html = try #require(site.output("en/a/index.html"))
        #expect(termLinks(html) == ["../glossary/#innovation", "../glossary/#platform", "../glossary/#lab"])
        #expect(html.contains("aria-describedby=\"term-tip-innovation\">Innovation</a>"))
        // `platform` is not linked inside `Platforms`, only as a word of its own.
        #expect(html.contains("Platforms are many; a <span class=\"term\"><a class=\"term-link\" href=\"../glossary/#platform\""))
    }

    @Test func glossaryFalseTurnsLinkingOff() throws {
        let site = try TestSite.build(Self.files)
        #expect(try #require(site.output("off/index.html")).contains("<p>科技创新。</p>"))
        #expect(try #require(site.output("en/off/index.html")).contains("<p>Innovation.</p>"))
    }

    @Test func termsDefinitionsAndTooltipsAreEscaped() throws {
        let site = try TestSite.build(Self.files)
        let page = try #require(site.output("en/a/index.html"))
        #expect(page.contains(">R&amp;D &lt;lab&gt;</a>"))
        #expect(ThemeScripts.others(in: page).isEmpty)
        #expect(page.contains("He said &quot;go&quot; <!-- raw HTML omitted -->alert(1)<!-- raw HTML omitted --> &amp; left."))
        let glossary = try #require(site.output("en/glossary/index.html"))
        #expect(glossary.contains("<dt id=\"lab\">R&amp;D &lt;lab&gt;</dt>"))
        #expect(ThemeScripts.others(in: glossary).isEmpty)
    }

    @Test func glossaryPageOrdersGroupsAndListsUsage() throws {
        let site = try TestSite.build(Self.files)
        let zh = try #require(site.output("glossary/index.html"))
        let terms = zh.components(separatedBy: "<dt id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        // 技术转移 (jì) under J, then K in pinyin order: kē chuàng < kē jì chéng guǒ < … < kē jì chuàng xīn; 量子 (liàng) under L.
        #expect(terms == ["lab", "platform", "achievements", "transfer", "innovation", "quantum"])
        #expect(zh.contains("<h2 id=\"letter-J\">J</h2>"))
        #expect(zh.contains("<p class=\"glossary-aliases\">又称：科技创新平台</p>"))
        #expect(zh.contains("<li><a href=\"#platform\">科创平台</a></li>"))
        #expect(zh.contains("<li><a href=\"../a/\">页</a></li>"))
        let en = try #require(site.output("en/glossary/index.html"))
        let english = en.components(separatedBy: "<dt id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(english == ["achievements", "innovation", "platform", "quantum", "lab", "transfer"])
        #expect(try #require(site.output("a/index.html")).contains("<a href=\"../glossary/\">关键词解释</a>"))
        #expect(try #require(site.output("en/index.html")).contains("<a href=\"glossary/\">Glossary</a>"))
    }

    @Test func glossaryPageListsTheFirstTenDocumentsAndCountsTheRest() throws {
        var files = ["Content/glossary/terms.yaml": Self.glossary]
        for n in 1...12 { files["Content/pages/p\(n).zh.md"] = Self.page("科技创新。") }
        let site = try TestSite.build(files)
        let page = try #require(site.output("glossary/index.html"))
        let entry = try #require(page.components(separatedBy: "<dt id=\"innovation\">").last?.components(separatedBy: "</dd>").first)
        #expect(entry.components(separatedBy: "<li><a href=\"../p").count - 1 == GlossaryPage.documentListLength)
        #expect(entry.contains("<li>另有 2 个文件</li>"))
    }

    @Test func unusedTermIsAWarning() throws {
        let site = try TestSite.build(Self.files)
        #expect(site.report.contains("Content/glossary/terms.yaml:38:7: warning[PS1408]: the glossary term 'quantum' appears in no document"))
        #expect(site.warnings.count == 1, "\(site.report)")
    }

    @Test func noGlossaryMeansNoPageAndNoNavigation() throws {
        let site = try TestSite.build(["Content/pages/a.zh.md": Self.page("科技创新。")])
        #expect(site.result.succeeded, "\(site.report)")
        #expect(site.output("glossary/index.html") == nil)
        #expect(try #require(site.output("index.html")).contains("glossary") == false)
    }

    /// cmark-gfm allows no custom inline node in a table cell: a term there
    /// stays plain text, and must not be lost.
    @Test func termsInTablesStayAsWritten() throws {
        let site = try TestSite.build(["Content/glossary/terms.yaml": Self.glossary,
                                       "Content/pages/t.zh.md": Self.page("| 项目 | 说明 |\n|---|---|\n| 甲 | 科技创新 |\n")])
        let page = try #require(site.output("t/index.html"))
        #expect(page.contains("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"表格 1\">"))
        #expect(page.contains("<td>科技创新</td>"))
    }
}

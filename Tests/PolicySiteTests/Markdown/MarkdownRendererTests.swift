import Testing
@testable import PolicySite

@Suite struct MarkdownRendererTests {
    let site = SiteConfig(
        title: LocalizedText(["zh": "站"]), baseURL: "https://example.gov.cn/", languages: [Language("zh"), Language("en")],
        publisher: LocalizedText([:]), topics: [], unsafeHTML: false)

    func render(_ markdown: String, unsafe: Bool = false) -> (RenderedMarkdown, [Diagnostic]) {
        var index = ContentIndex(site: site)
        index.documents = [.init(id: DocumentID(.policy, "plan"), language: Language("zh"))]
        index.staticAssets = ["files/plan.pdf"]
        let diagnostics = Diagnostics()
        let rendered = MarkdownRenderer(index: index, unsafeHTML: unsafe).render(
            .init(markdown: markdown[...], sourcePath: "Content/interpretations/a.zh.md", lineOffset: 4,
                  page: SitePath("interpretations/a/"), language: Language("zh")),
            diagnostics: diagnostics)
        return (rendered, diagnostics.all)
    }

    @Test func gfmExtensionsAndFootnotes() {
        let (out, _) = render("~~删除~~ www.example.com\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n\n- [x] 完成\n\n注[^1]\n\n[^1]: 脚注。\n")
        #expect(out.html.contains("<del>删除</del>"))
        #expect(out.html.contains("<a href=\"http://www.example.com\">"))
        #expect(out.html.contains("<td class=\"align-right\">2</td>"))
        #expect(out.html.contains("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Table 1\">\n<table>"))
        #expect(out.html.contains("type=\"checkbox\" checked=\"\" disabled=\"\""))
        #expect(out.html.contains("class=\"footnotes\""))
    }

    /// HTML5 made `align` obsolete, and the Nu checker reports it on every cell.
    @Test func columnAlignmentIsAClassNotTheObsoleteAttribute() {
        let (out, _) = render("| 左 | 中 | 右 | 无 |\n|:--|:-:|--:|---|\n| a | b | 1 | `<td align=\"right\">` |\n")
        #expect(out.html.contains("<th class=\"align-left\">左</th>\n<th class=\"align-center\">中</th>\n<th class=\"align-right\">右</th>\n<th>无</th>"))
        #expect(out.html.contains("<td class=\"align-left\">a</td>\n<td class=\"align-center\">b</td>\n<td class=\"align-right\">1</td>"))
        #expect(out.html.contains("<td><code>&lt;td align=&quot;right&quot;&gt;</code></td>"))
        #expect(!out.html.contains(" align=\""))
    }

    @Test func rawHTMLAndScriptLinksAreDropped() {
        let (out, _) = render("<script>alert(1)</script>\n\n[x](javascript:alert(1)) [y](JAVASCRIPT:alert(1)) [w](java&#9;script:alert(1)) [z](data:text/html,hi) <img src=x onerror=alert(1)>\n")
        #expect(!out.html.contains("<script"))
        #expect(!out.html.contains("onerror"))
        #expect(!out.html.lowercased().contains("javascript:"))
        #expect(!out.html.contains("data:text"))
        #expect(out.html.contains("x y w z"))
    }

    @Test func headingsGetIDsAndTheTOCSource() {
        let (out, _) = render("## 一、背景\n\n### 1. 任务\n\n## 一、背景\n")
        #expect(out.html.contains("<h2 id=\"一背景\">一、背景</h2>"))
        #expect(out.html.contains("<h3 id=\"1-任务\">1. 任务</h3>"))
        #expect(out.headings.map(\.id) == ["一背景", "1-任务", "一背景-1"])
    }

    @Test func chineseLineBreaksAreNotSpaces() {
        let (out, _) = render("科技\n创新与 AI\n技术\n")
        #expect(out.html.contains("科技创新与 AI\n技术"))
        #expect(out.firstParagraph == "科技创新与 AI 技术")
    }

    /// A break beside inline markup would show as a stray space in Chinese.
    @Test func chineseLinesJoinAcrossInlineMarkup() {
        let (out, _) = render("推动\n**创新**\n发展，[创新](https://www.gov.cn/)\n与`代码`\n*相连*\n~~旧~~\n新。AI\n**创新** 与\n![图](data:image/png;base64,AA)\n图\n")
        #expect(out.html.contains("推动<strong>创新</strong>发展，<a href=\"https://www.gov.cn/\">创新</a>与<code>代码</code><em>相连</em><del>旧</del>新。AI\n<strong>创新</strong> 与\n<img"))
        #expect(out.firstParagraph.hasPrefix("推动创新发展，创新与代码相连旧新。AI 创新 与"))
    }

    @Test func linksToContentFilesBecomePageURLs() {
        let (out, diagnostics) = render("[原文](../policies/plan.zh.md#一背景) [默认](../policies/plan.md) [PDF](../static/files/plan.pdf)\n")
        #expect(diagnostics.isEmpty)
        #expect(out.html.contains("href=\"../../policies/plan/#%E4%B8%80%E8%83%8C%E6%99%AF\""))
        #expect(out.html.contains("href=\"../../policies/plan/\">默认"))
        #expect(out.html.contains("href=\"../../files/plan.pdf\""))
    }

    @Test func brokenAndEscapingLinksAreErrorsAtTheirLine() {
        let (_, diagnostics) = render("第一段。\n\n见[原文](../policies/plam.zh.md)。\n\n[外](../../../etc/passwd)\n")
        #expect(diagnostics.count == 2)
        #expect(diagnostics[0].line == 7 && diagnostics[0].column == 2)
        #expect(diagnostics[0].hint == "did you mean 'plan.zh.md'?")
        #expect(diagnostics[1].line == 9)
        #expect(diagnostics[1].message.contains("outside Content/"))
    }
}

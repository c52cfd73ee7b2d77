import Foundation
import Testing
@testable import PolicySite

/// SPEC §4 and §5 rules a site relies on, end to end.
@Suite struct ContentRulesTests {
    @Test func summaryFallsBackToTheFirstParagraphAsPlainText() throws {
        let site = try TestSite.build([
            "Content/policies/a.zh.md": policy("甲", body: "## 背景\n\n本**规划**旨在\n推动[创新](https://example.com)。\n\n第二段。"),
            "Content/policies/b.zh.md": policy("乙", extra: "summary: 作者写的摘要。\n", body: "正文第一段。"),
        ])
        let list = try #require(site.output("policies/index.html"))
        #expect(list.contains("<p class=\"doc-item-summary\">本规划旨在推动创新。</p>"))
        #expect(list.contains("<p class=\"doc-item-summary\">作者写的摘要。</p>"))
        #expect(site.output("policies/a/index.html")?.contains("<meta name=\"description\" content=\"本规划旨在推动创新。\">") == true)
    }

    @Test func staticFilesAreCopiedAndLinkedByTheirContentPath() throws {
        let root = try TestSite.makeFolder([
            "Content/pages/a.zh.md": "---\ntitle: 甲\n---\n\n![标志](../static/img/logo.svg) [下载](../static/files/规划.pdf)\n",
            "Content/static/img/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            "Content/static/files/规划.pdf": "%PDF-1.4",
        ])
        let result = Build(options: BuildOptions(root: root)).run()
        #expect(result.succeeded, "\(DiagnosticFormat.text.render(result.diagnostics))")
        #expect(FileManager.default.contents(atPath: root + "/Output/img/logo.svg") == Data("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8))
        #expect(FileManager.default.fileExists(atPath: root + "/Output/files/规划.pdf"))
        let page = try String(contentsOfFile: root + "/Output/a/index.html", encoding: .utf8)
        #expect(page.contains("<img src=\"../img/logo.svg\" alt=\"标志\" />"))
        #expect(page.contains("href=\"../files/%E8%A7%84%E5%88%92.pdf\""))
    }

    /// The index is written after the pages (`SearchIndexJob`), so its
    /// folder is checked as a whole before anything is written.
    @Test func aStaticFileInsideTheSearchIndexIsAnError() throws {
        let site = try TestSite.build([
            "Content/pages/a.zh.md": "---\ntitle: 甲\n---\n\n正文。\n",
            "Content/static/en/search/index/s0.json": "{}",
        ])
        #expect(!site.result.succeeded)
        #expect(site.errors.contains { $0.file == "Content/static/en/search/index/s0.json" && $0.message.contains("search index") })
        #expect(site.output("a/index.html") == nil)
    }

    @Test func dataImagesStayButDataLinksGo() throws {
        let site = try TestSite.build(["Content/pages/a.zh.md":
            "---\ntitle: 甲\n---\n\n![点](data:image/png;base64,iVBORw0KGgo=) [链](data:image/png;base64,iVBORw0KGgo=)\n"])
        let page = try #require(site.output("a/index.html"))
        #expect(page.contains("<img src=\"data:image/png;base64,iVBORw0KGgo=\""))
        #expect(page.contains("</p>") && !page.contains("<a href=\"data:"))
    }

    @Test func checkWritesNothingAndBaseURLCanBeOverridden() throws {
        let root = try TestSite.makeFolder(["Content/pages/a.zh.md": "---\ntitle: 甲\n---\n\n正文。\n"])
        var check = BuildOptions(root: root)
        check.writeOutput = false
        #expect(Build(options: check).run().succeeded)
        #expect(!FileManager.default.fileExists(atPath: root + "/Output"))
        var staging = BuildOptions(root: root)
        staging.baseURL = "https://staging.example.org/site"
        #expect(Build(options: staging).run().succeeded)
        let page = try String(contentsOfFile: root + "/Output/a/index.html", encoding: .utf8)
        #expect(page.contains("<link rel=\"canonical\" href=\"https://staging.example.org/site/a/\">"))
    }

    @Test func policyMetadataShowsBasisExpiryAndMenuOrder() throws {
        let site = try TestSite.build([
            "Content/policies/base.zh.md": policy("上位法"),
            "Content/policies/a.zh.md": policy("甲", extra: """
                basis: [base, 《某省条例》]
                issued: 2021-02-01
                status: expired
                expires: 2023-12-31

                """),
            "Content/pages/z.zh.md": "---\ntitle: 最后\nmenu: 2\n---\n\n正文。\n",
            "Content/pages/y.zh.md": "---\ntitle: 最先\nmenu: 1\n---\n\n正文。\n",
        ])
        #expect(site.result.succeeded, "\(site.report)")
        let page = try #require(site.output("policies/a/index.html"))
        #expect(page.contains("<li><a href=\"../base/\">上位法</a></li>"))
        #expect(page.contains("<li>《某省条例》</li>"))
        #expect(page.contains("<dt>成文日期</dt><dd><time datetime=\"2021-02-01\">2021年2月1日</time></dd>"))
        #expect(page.contains("<dt>失效日期</dt><dd><time datetime=\"2023-12-31\">2023年12月31日</time></dd>"))
        let first = try #require(page.range(of: ">最先</a>")), last = try #require(page.range(of: ">最后</a>"))
        #expect(first.lowerBound < last.lowerBound)
    }

    @Test func unknownFieldsAreWarningsWithAHint() throws {
        let site = try TestSite.build(["Content/policies/a.zh.md": policy("甲", extra: "isuer: 错字\nagency: 某机关\n")])
        #expect(site.result.succeeded)
        #expect(site.warnings.contains { $0.line == 5 && $0.message.contains("'isuer'") && $0.hint == "did you mean 'issuer'?" })
        #expect(site.warnings.contains { $0.line == 6 && $0.hint == "'agency' belongs in interpretations, not policies" })
    }

    /// "for a interpretation", "not a alias": messages are read by people.
    @Test func messagesUseTheRightArticle() throws {
        let site = try TestSite.build([
            "Content/policies/p.zh.md": policy("甲"),
            "Content/interpretations/a.zh.md": interpretation("解读", policy: "p", extra: "issuer: 某机关\ninterpreter: [一, 二]\n"),
        ])
        #expect(site.warnings.map(\.message).contains("unknown field 'issuer' for an interpretation; it is ignored"))
        #expect(site.errors.map(\.message) == ["'interpreter' must be text, not a list"])
    }

    @Test func footnoteBackLinksSpeakThePageLanguage() throws {
        let site = try TestSite.build(["Content/pages/a.zh.md": "---\ntitle: 甲\n---\n\n正文[^1]。\n\n[^1]: 注释。\n",
                                       "Content/pages/a.en.md": "---\ntitle: A\n---\n\nText[^1].\n\n[^1]: Note.\n"])
        #expect(site.output("a/index.html")?.contains("class=\"footnote-backref\" data-footnote-backref aria-label=\"返回正文\"") == true)
        #expect(site.output("en/a/index.html")?.contains("aria-label=\"Back to the text\"") == true)
    }

    /// In `{ … }` a comma starts a new entry: SPEC §7's own first example
    /// had an English title with a comma, unquoted.
    @Test func aCommaInALanguageMapIsExplained() throws {
        let site = try TestSite.build(["Content/pages/a.zh.md": "---\ntitle: 甲\n---\n\n正文。\n"], siteYAML: """
            title: { zh: 测试站, en: Test Site, 2021–2025 }
            base_url: https://example.gov.cn/
            languages: [zh, en]
            """)
        #expect(site.errors.contains {
            $0.file == "Content/site.yaml" && $0.line == 1 && $0.message == "in 'title', the text after a comma was read as a new entry '2021–2025'"
                && $0.hint == "put the en text in quotes: en: \"…, 2021–2025\""
        }, "\(site.report)")
    }
}

import Foundation
import Testing
@testable import PolicySite

/// `sitemap.xml` declares for every page the translations the page itself
/// declares with `<link rel="alternate" hreflang>`: search engines are
/// told one thing (SPEC §8).
@Suite struct SitemapAgreementTests {
    /// 60 policies in Chinese, 55 in English: two pages of the list in
    /// each language, whose second pages hold different documents.
    static var files: [String: String] {
        var files: [String: String] = [:]
        for n in 1...60 {
            let date = String(format: "2021-%02d-%02d", n % 12 + 1, n % 28 + 1)
            files["Content/policies/p\(n).zh.md"] = policy("政策\(n)", published: date, extra: "topics: [sci-tech]\n")
            if n <= 55 { files["Content/policies/p\(n).en.md"] = policy("Policy \(n)", published: date, extra: "topics: [sci-tech]\n") }
        }
        files["Content/pages/about.zh.md"] = "---\ntitle: 关于\n---\n\n正文。\n"
        return files
    }

    /// hreflang → URL, without x-default, for a page that has a translation.
    static func declared(in html: String) -> [String: String] {
        var alternates: [String: String] = [:]
        let pattern = try! NSRegularExpression(pattern: #"<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">"#)
        for match in pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            let language = String(html[Range(match.range(at: 1), in: html)!])
            if language != "x-default" { alternates[language] = String(html[Range(match.range(at: 2), in: html)!]) }
        }
        return alternates.count > 1 ? alternates : [:]
    }

    @Test func everyPageDeclaresTheTranslationsTheSitemapGivesIt() throws {
        let site = try TestSite.build(Self.files)
        #expect(site.result.succeeded, "\(site.report)")
        let sitemap = try #require(site.output("sitemap.xml"))
        var listed: [String: [String: String]] = [:]
        for entry in sitemap.components(separatedBy: "<url>\n").dropFirst() {
            let loc = try #require(entry.components(separatedBy: "<loc>").dropFirst().first?.components(separatedBy: "</loc>").first)
            var alternates: [String: String] = [:]
            for link in entry.components(separatedBy: "<xhtml:link rel=\"alternate\" hreflang=\"").dropFirst() {
                let parts = link.components(separatedBy: "\"")
                alternates[parts[0]] = parts[2]
            }
            listed[loc] = alternates
        }
        let base = "https://example.gov.cn/policy/"
        let pages = OutputTree.read(site.root + "/Output").keys.filter { $0.hasSuffix("index.html") }.sorted()
        #expect(pages.contains("policies/page/2/index.html") && pages.contains("en/policies/page/2/index.html"))
        #expect(pages.contains("policies/topics/sci-tech/page/2/index.html"))
        for page in pages {
            let url = base + page.dropLast("index.html".count)
            let html = try #require(site.output(page))
            #expect(listed[url] == Self.declared(in: html), "\(page)")
        }
        #expect(listed.count == pages.count)
        #expect(listed[base + "policies/page/2/"] == [:])
        #expect(listed[base + "policies/"] == ["zh-CN": base + "policies/", "en": base + "en/policies/"])
    }
}

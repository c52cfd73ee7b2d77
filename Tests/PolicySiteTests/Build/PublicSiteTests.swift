import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import PolicySite

/// Feeds, sitemap and the policy lists by topic, year and status (SPEC §8).
@Suite struct PublicSiteTests {
    let files = [
        "Content/policies/a.zh.md": policy("甲政策", published: "2021-05-01", extra: "topics: [sci-tech]\n"),
        "Content/policies/a.en.md": policy("Policy A & <B>", published: "2021-05-01", extra: "topics: [sci-tech]\n"),
        "Content/policies/b.zh.md": policy("乙政策", published: "2022-01-01", extra: "status: expired\nexpires: 2023-12-31\n"),
        "Content/policies/c.zh.md": policy("丙政策", published: "2022-03-01", extra: "status: repealed\n"),
        "Content/interpretations/a-qa.zh.md": interpretation("甲解读", policy: "a", published: "2021-06-01"),
    ]

    func parses(_ xml: String) -> Bool {
        XMLParser(data: Data(xml.utf8)).parse()
    }

    @Test func atomFeedPerLanguageNewestFirst() throws {
        let site = try TestSite.build(files)
        let feed = try #require(site.output("feed.xml"))
        #expect(parses(feed))
        let titles = ["丙政策", "乙政策", "甲解读", "甲政策"].map { feed.range(of: "<title>\($0)</title>")!.lowerBound }
        #expect(titles == titles.sorted())
        #expect(feed.contains("<id>https://example.gov.cn/policy/policies/c/</id>"))
        #expect(feed.contains("<updated>2022-03-01T00:00:00Z</updated>\n<author>"))
        let en = try #require(site.output("en/feed.xml"))
        #expect(parses(en))
        #expect(en.contains("<title>Policy A &amp; &lt;B&gt;</title>"))
    }

    @Test func sitemapListsEveryPageWithAlternates() throws {
        let site = try TestSite.build(files)
        let sitemap = try #require(site.output("sitemap.xml"))
        #expect(parses(sitemap))
        #expect(sitemap.contains("""
            <url>
            <loc>https://example.gov.cn/policy/policies/a/</loc>
            <lastmod>2021-05-01</lastmod>
            <xhtml:link rel="alternate" hreflang="zh-CN" href="https://example.gov.cn/policy/policies/a/"/>
            <xhtml:link rel="alternate" hreflang="en" href="https://example.gov.cn/policy/en/policies/a/"/>
            </url>
            """))
        #expect(sitemap.contains("<loc>https://example.gov.cn/policy/policies/b/</loc>\n<lastmod>2022-01-01</lastmod>\n</url>"))
        #expect(sitemap.contains("<loc>https://example.gov.cn/policy/en/policies/</loc>"))
        #expect(!sitemap.contains("404"))
        #expect(site.output("robots.txt") == "User-agent: *\nAllow: /\n\nSitemap: https://example.gov.cn/policy/sitemap.xml\n")
        #expect(site.output("en/sitemap.xml") == nil)
    }

    @Test func policiesByTopicYearAndStatusWithCounts() throws {
        let site = try TestSite.build(files)
        let list = try #require(site.output("policies/index.html"))
        #expect(list.contains("<a href=\"topics/sci-tech/\">科技创新<span class=\"count\">（1）</span></a>"))
        #expect(list.contains("<a href=\"years/2022/\">2022年<span class=\"count\">（2）</span></a>"))
        #expect(list.contains("<a href=\"status/expired/\">已失效<span class=\"count\">（1）</span></a>"))
        let year = try #require(site.output("policies/years/2022/index.html"))
        #expect(year.contains("乙政策") && year.contains("丙政策") && !year.contains("甲政策"))
        #expect(year.contains("共 2 件"))
        let repealed = try #require(site.output("policies/status/repealed/index.html"))
        #expect(repealed.contains("丙政策") && !repealed.contains("乙政策"))
        #expect(site.output("en/policies/years/2021/index.html")?.contains("Policy A") == true)
        #expect(site.output("en/policies/years/2022/index.html") == nil)
    }

    @Test func expiredAndRepealedPoliciesAreMarkedWithTheDate() throws {
        let site = try TestSite.build(files)
        let list = try #require(site.output("policies/index.html"))
        #expect(list.contains("<span class=\"status status-expired\">已失效（2023年12月31日）</span>"))
        let page = try #require(site.output("policies/b/index.html"))
        #expect(page.contains("<p class=\"status-notice\" role=\"note\"><strong>已失效（2023年12月31日）</strong></p>"))
    }

    @Test func facetSlugsAreReserved() throws {
        var clash = files
        clash["Content/policies/years.zh.md"] = policy("年")
        let site = try TestSite.build(clash)
        #expect(site.errors.contains { $0.file == "Content/policies/years.zh.md" && $0.message.contains("'years' is taken") })
    }

    @Test func longListsArePaginated() throws {
        var many: [String: String] = [:]
        for i in 0..<120 {
            let day = String(format: "%02d", 1 + i % 28), month = String(format: "%02d", 1 + i / 28)
            many["Content/policies/p\(i).zh.md"] = policy("政策\(i)", published: "2020-\(month)-\(day)")
        }
        let site = try TestSite.build(many)
        #expect(site.result.succeeded, "\(site.report)")
        let first = try #require(site.output("policies/index.html"))
        #expect(first.contains("第 1 页，共 3 页"))
        #expect(first.contains("<a href=\"page/2/\" rel=\"next\">下一页</a>"))
        #expect(first.components(separatedBy: "class=\"doc-item\"").count - 1 == 50)
        let second = try #require(site.output("policies/page/2/index.html"))
        #expect(second.contains("<a href=\"../../\" rel=\"prev\">上一页</a>"))
        #expect(second.contains("<a href=\"./\" aria-current=\"page\" aria-label=\"（第 2 页）\">2</a>"))
        let third = try #require(site.output("policies/page/3/index.html"))
        #expect(third.components(separatedBy: "class=\"doc-item\"").count - 1 == 20)
        #expect(site.output("policies/years/2020/page/3/index.html") != nil)
        #expect(site.output("policies/page/4/index.html") == nil)
    }

    @Test func listPageFoldersAreReserved() throws {
        var clash = files
        clash["Content/interpretations/page.zh.md"] = interpretation("页", policy: "a")
        let site = try TestSite.build(clash)
        #expect(site.errors.contains { $0.file == "Content/interpretations/page.zh.md" && $0.message.contains("'page' is taken") })
    }
}

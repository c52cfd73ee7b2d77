import Testing
@testable import PolicySite

/// No page loads anything from another host (SPEC §5, §8): an embedded
/// resource with an absolute address is a warning naming the file, the
/// line and the host, and `--strict` fails on it.
@Suite struct ExternalResourceTests {
    func warnings(_ body: String, unsafeHTML: Bool = false) throws -> [Diagnostic] {
        let site = try TestSite.build(
            ["Content/pages/about.zh.md": "---\ntitle: 关于\n---\n\n" + body, "Content/static/p.png": "png"],
            siteYAML: TestSite.siteYAML + "\nmarkdown:\n  unsafe_html: \(unsafeHTML)\n")
        #expect(site.result.succeeded, "\(site.report)")
        return site.warnings.filter { $0.message.contains("another host") }
    }

    @Test func anImageFromAnotherHostIsAWarningAtItsLineNamingTheHost() throws {
        let found = try warnings("正文。\n\n图 ![统计](https://tracker.example/p.png) 与 ![](//cdn.example.com:8080/a.png)\n")
        #expect(found.map(\.file) == ["Content/pages/about.zh.md", "Content/pages/about.zh.md"])
        #expect(found.map(\.line) == [7, 7])
        #expect(found.map(\.column) == [3, 42])
        #expect(found.map(\.message) == [
            "the image loads 'https://tracker.example/p.png' from another host, tracker.example",
            "the image loads '//cdn.example.com:8080/a.png' from another host, cdn.example.com",
        ])
    }

    @Test func linksToOtherSitesAndTheSitesOwnFilesAreFine() throws {
        let found = try warnings("[国务院](https://www.gov.cn/) <https://www.gov.cn/zhengce/> ![图](../static/p.png) "
            + "![点](data:image/png;base64,iVBORw0KGgo=) [链](//www.gov.cn/)\n")
        #expect(found.isEmpty)
    }

    @Test func rawHTMLThatLoadsFromAnotherHostIsReportedAtTheAddress() throws {
        let body = """
            正文。

            <div>
            <iframe title="视频" src="https://video.example/embed/1"></iframe>
            <img alt="" srcset="../p.png 1x, HTTPS://Img.Example/p@2x.png 2x"><a href="https://www.gov.cn/">链接</a>
            </div>

            文字 <script src=//cdn.example/x.js></script>
            """
        let found = try warnings(body, unsafeHTML: true)
        #expect(found.map { "\($0.line):\($0.column) \($0.message)" } == [
            "8:25 the HTML here loads 'https://video.example/embed/1' from another host, video.example",
            "9:21 the HTML here loads 'HTTPS://Img.Example/p@2x.png' from another host, img.example",
            "12:16 the HTML here loads '//cdn.example/x.js' from another host, cdn.example",
        ])
    }

    /// Found with the fuzz target: each address's line and column were
    /// counted from the start of its HTML block, so a block of thousands of
    /// images took time in the square of its length.
    @Test(.timeLimit(.minutes(1)))
    func aBlockOfThousandsOfAddressesIsReportedQuickly() throws {
        let body = "<div>\n" + String(repeating: "<img src=\"https://a.example/p.png\">", count: 20_000)
            + "\n" + String(repeating: "<img src=\"https://b.example/p.png\">\n", count: 20_000) + "</div>\n"
        let found = try warnings(body, unsafeHTML: true)
        #expect(found.count == 40_000)
        #expect(found[19_999].line == 6 && found[19_999].column == 1 + 19_999 * 35 + 10)
        #expect(found.last?.line == 20_006 && found.last?.column == 11)
    }

    @Test func strictBuildsFailOnIt() throws {
        let site = try TestSite.build(
            ["Content/pages/about.zh.md": "---\ntitle: 关于\n---\n\n![](https://tracker.example/p.png)\n",
             "Content/pages/about.en.md": "---\ntitle: About\n---\n\nText.\n"]) { $0.strict = true }
        #expect(!site.result.succeeded)
        #expect(site.report.contains("Content/pages/about.zh.md:5:1: warning[PS1303]: the image loads 'https://tracker.example/p.png' from another host, tracker.example"))
    }

    @Test(arguments: [
        ("https://a.example/x", "a.example"), ("http://user@B.example:81/x", "b.example"), ("//c.example", "c.example"),
        (" \\\\d.example/x", "d.example"), ("/\\e.example/x", "e.example"), ("https://[::1]:8000/", "[::1]"),
    ])
    func hostsAreFoundAsBrowsersReadAddresses(_ url: String, _ host: String) {
        #expect(ExternalHost.of(url) == host)
    }

    @Test(arguments: ["p.png", "../static/p.png", "/p.png", "#top", "?q=1", "data:image/png;base64,AA", "mailto:a@b.cn"])
    func theSitesOwnAddressesHaveNoHost(_ url: String) {
        #expect(ExternalHost.of(url) == nil)
    }
}

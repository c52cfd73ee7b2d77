import Foundation
import Testing
@testable import PolicySite

/// Hostile content never reaches a page unescaped and never reads or writes
/// outside the site (SPEC §5, §9).
@Suite struct HostileInputTests {
    static let payload = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>&amp;"

    /// Nothing executable anywhere in the generated HTML.
    func expectInert(_ site: TestSite, sourceLocation: SourceLocation = #_sourceLocation) {
        let files = OutputTree.read(site.root + "/Output")
        #expect(!files.isEmpty, sourceLocation: sourceLocation)
        for (path, data) in files where path.hasSuffix(".html") {
            // The theme's scripts are the only ones a site has: the search
            // page's own and, on every page, the larger-text toggle.
            let html = String(decoding: data, as: UTF8.self).lowercased()
                .replacingOccurrences(of: "<script src=\"../assets/search.js\"></script>", with: "")
                .replacingOccurrences(of: "<script src=\"../../assets/search.js\"></script>", with: "")
            #expect(ThemeScripts.others(in: html).isEmpty, "\(path)", sourceLocation: sourceLocation)
            #expect(!html.contains("<img src=x"), "\(path)", sourceLocation: sourceLocation)
            #expect(!html.contains("javascript:"), "\(path)", sourceLocation: sourceLocation)
            #expect(!html.contains("\"'>"), "\(path)", sourceLocation: sourceLocation)
        }
    }

    @Test func frontMatterFieldsAreEscapedEverywhere() throws {
        let p = Self.payload.replacingOccurrences(of: "\"", with: "\\\"")
        let site = try TestSite.build([
            "Content/policies/x.zh.md": """
                ---
                title: "\(p)"
                summary: "\(p)"
                issuer: "\(p)"
                doc_number: "\(p)"
                published: 2021-01-01
                basis: ["\(p)"]
                ---

                正文
                """,
            "Content/interpretations/y.zh.md": """
                ---
                title: "\(p)"
                published: 2021-01-01
                policy: x
                agency: "\(p)"
                interpreter: "\(p)"
                phone: "\(p)"
                email: "a@b.c\\"><script>alert(3)</script>"
                ---

                正文
                """,
        ], siteYAML: """
            title: { zh: "\(p)", en: "\(p)" }
            base_url: https://example.gov.cn/
            languages: [zh, en]
            publisher: { zh: "\(p)" }
            topics:
              t: { zh: "\(p)" }
            """)
        #expect(site.result.succeeded, "\(site.report)")
        expectInert(site)
        let page = try #require(site.output("interpretations/y/index.html"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&gt;&lt;img src=x onerror=alert(2)&gt;&amp;amp;"))
    }

    @Test func markdownCannotInjectScript() throws {
        let body = """
            <script>alert(1)</script>
            <div onmouseover="alert(1)">x</div>

            [a](javascript:alert(1)) [b](vbscript:msgbox) [c](data:text/html;base64,PHNjcmlwdD4=)
            [d](jav&#x09;ascript:alert(1)) ![e](javascript:alert(1))
            <a href="javascript:alert(1)">f</a> <img src=x onerror=alert(1)>

            ```html
            <script>alert(1)</script>
            ```

            `<script>`
            """
        let site = try TestSite.build(["Content/pages/x.zh.md": "---\ntitle: x\n---\n\n\(body)\n"])
        #expect(site.result.succeeded, "\(site.report)")
        expectInert(site)
        let page = try #require(site.output("x/index.html"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "code blocks show the text")
    }

    @Test func rawHTMLIsKeptOnlyWhenTheSiteAllowsIt() throws {
        let files = ["Content/pages/x.zh.md": "---\ntitle: x\n---\n\n<figure>图</figure>\n\n[a](javascript:alert(1))\n"]
        let safe = try TestSite.build(files)
        #expect(safe.output("x/index.html")?.contains("<figure>") == false)
        let unsafe = try TestSite.build(files, siteYAML: TestSite.siteYAML + "\nmarkdown: { unsafe_html: true }\n")
        let page = try #require(unsafe.output("x/index.html"))
        #expect(page.contains("<figure>图</figure>"))
        #expect(!page.contains("javascript:"), "script links are dropped even with unsafe_html")
    }

    @Test func linksCannotLeaveTheSite() throws {
        let site = try TestSite.build([
            "Content/pages/x.zh.md": "---\ntitle: x\n---\n\n[a](../../../../etc/passwd) ![b](../../Package.swift) [c](%2e%2e/%2e%2e/%2e%2e/etc/passwd)\n",
        ])
        #expect(!site.result.succeeded)
        #expect(site.errors.filter { $0.message.contains("outside Content/") }.count == 3, "\(site.report)")
    }

    @Test func symlinksOutOfTheSiteAreNotFollowed() throws {
        let root = try TestSite.makeFolder(["Content/pages/x.zh.md": "---\ntitle: x\n---\n\n正文\n"])
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("policysite-secret-\(UUID().uuidString)").path
        try "TOP SECRET".write(toFile: secret, atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: root + "/Content/static", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root + "/Content/static/leak.txt", withDestinationPath: secret)
        try FileManager.default.createSymbolicLink(atPath: root + "/Content/pages/leak.zh.md", withDestinationPath: secret)
        let result = Build(options: BuildOptions(root: root)).run()
        #expect(!result.succeeded)
        #expect(result.diagnostics.filter { $0.message.contains("points outside Content/") }.count == 2)
        #expect(!FileManager.default.fileExists(atPath: root + "/Output"))
    }

    @Test func aSymlinkLeftInThePreviousTreeIsReplacedNotWrittenThrough() throws {
        let root = try TestSite.makeFolder(["Content/pages/x.zh.md": "---\ntitle: x\n---\n\n正文\n"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        var options = BuildOptions(root: root)
        options.cacheFolder = nil
        #expect(Build(options: options).run().succeeded)
        #expect(Build(options: options).run().succeeded)
        let outside = root + "-outside.txt"
        defer { try? FileManager.default.removeItem(atPath: outside) }
        try "untouched".write(toFile: outside, atomically: true, encoding: .utf8)
        let page = root + "/Output.previous/x/index.html"
        try FileManager.default.removeItem(atPath: page)
        try FileManager.default.createSymbolicLink(atPath: page, withDestinationPath: outside)
        #expect(Build(options: options).run().succeeded)
        #expect(try String(contentsOfFile: outside, encoding: .utf8) == "untouched")
        #expect(try String(contentsOfFile: root + "/Output/x/index.html", encoding: .utf8).contains("正文"))
    }

    @Test func hugeAndDeeplyNestedMarkdownFinishes() throws {
        let nested = String(repeating: "> ", count: 5_000) + "深\n\n" + String(repeating: "[", count: 50_000)
            + String(repeating: "*a ", count: 20_000) + "\n\n" + String(repeating: "- ", count: 3_000) + "x\n"
        let long = String(repeating: "科技创新是发展的第一动力。", count: 200_000)
        let site = try TestSite.build([
            "Content/pages/deep.zh.md": "---\ntitle: deep\n---\n\n\(nested)\n",
            "Content/pages/long.zh.md": "---\ntitle: long\n---\n\n\(long)\n",
        ])
        #expect(site.result.succeeded, "\(site.report)")
        #expect(site.output("long/index.html")?.utf8.count ?? 0 > 7_000_000)
    }

    /// Found with the fuzz target: a figure past Double's range made the chart's
    /// coordinates infinite, and turning one into an Int trapped the build.
    @Test func figuresTooLargeForADoubleAreErrorsAtTheirCell() throws {
        let huge = "1" + String(repeating: "0", count: 400)
        let site = try TestSite.build([
            "Content/indicators/main.yaml": "title: { zh: 指标, en: Indicators }\nbaseline_year: 2020\ntarget_year: 2025\n",
            "Content/indicators/main.csv": "id,name_zh,name_en,unit_zh,unit_en,baseline,target,attribute\nrd,研发,R&D,%,%,6.3,\(huge),expected\n",
        ])
        #expect(!site.result.succeeded)
        #expect(site.errors.map(\.file) == ["Content/indicators/main.csv"], "\(site.report)")
        #expect(site.errors.first?.line == 2 && site.errors.first?.message.contains("too large to be a figure") == true, "\(site.report)")
    }

    /// Found with the fuzz target: the difference of two figures near Double's
    /// limits is infinite, and the chart's coordinates were not numbers.
    @Test func figuresNearDoublesLimitsAreCharted() throws {
        let large = "1" + String(repeating: "0", count: 308)
        let site = try TestSite.build([
            "Content/indicators/main.yaml": "title: { zh: 指标, en: Indicators }\nbaseline_year: 2020\ntarget_year: 2025\n",
            "Content/indicators/main.csv": "id,name_zh,name_en,unit_zh,unit_en,baseline,target,attribute\nrd,研发,R&D,%,%,-\(large),\(large),expected\n",
        ])
        #expect(site.result.succeeded, "\(site.report)")
        let page = try #require(site.output("indicators/main/index.html"))
        let chart = try #require(page.range(of: "<svg class=\"indicator-chart\"").map { page[$0.lowerBound...] })
        #expect(chart.contains("<rect x=\"100\" y=\"7\" width=\"65\""), "the baseline's bar runs from the left edge to zero")
    }

    /// Found with the fuzz target: each repeat of a heading's text was numbered
    /// by trying -1, -2, … from the start, and each empty section's warning
    /// split the body again to find its line, so a page of a few thousand
    /// equal headings took seconds and ten times as many took minutes.
    @Test(.timeLimit(.minutes(1)))
    func manyEqualEmptySectionsFinish() throws {
        let site = try TestSite.build([
            "Content/pages/x.zh.md": "---\ntitle: x\n---\n\n" + String(repeating: "## 要点\n\n", count: 20_000),
        ])
        #expect(site.result.succeeded, "\(site.report)")
        #expect(site.warnings.map(\.line).max() == 40_003, "the last empty section's warning is at its line")
        let page = try #require(site.output("x/index.html"))
        #expect(page.contains("id=\"要点\"") && page.contains("id=\"要点-19999\""))
    }

    @Test func notUTF8FilesAreNamedWithTheFix() throws {
        let root = try TestSite.makeFolder([:])
        let gbk: [UInt8] = Array("---\ntitle: ".utf8) + [0xBF, 0xC6, 0xBC, 0xBC] + Array("\n---\n".utf8)
        try FileManager.default.createDirectory(atPath: root + "/Content/pages", withIntermediateDirectories: true)
        try Data(gbk).write(to: URL(fileURLWithPath: root + "/Content/pages/gbk.zh.md"))
        let result = Build(options: BuildOptions(root: root)).run()
        let report = DiagnosticFormat.text.render(result.diagnostics)
        #expect(report.contains("Content/pages/gbk.zh.md:2:8: error[PS1001]: this file is not UTF-8; it looks like GB18030"))
        #expect(report.contains("iconv -f GB18030 -t UTF-8"))

        let utf16: [UInt8] = [0xFF, 0xFE] + Array("---\ntitle: x\n---\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        try Data(utf16).write(to: URL(fileURLWithPath: root + "/Content/pages/gbk.zh.md"))
        let again = DiagnosticFormat.text.render(Build(options: BuildOptions(root: root)).run().diagnostics)
        #expect(again.contains("Content/pages/gbk.zh.md: error[PS1002]: this file is UTF-16"))
        #expect(again.contains("iconv -f UTF-16 -t UTF-8"))
    }

    @Test func theOutputFolderCannotBeTheSiteOrInsideIt() throws {
        let root = try TestSite.makeFolder(["Content/pages/x.zh.md": "---\ntitle: x\n---\n\n正文\n"])
        for output in [root, root + "/..", root + "/Content", root + "/Content/out", root + "/Templates/out"] {
            var options = BuildOptions(root: root)
            options.output = output
            let result = Build(options: options).run()
            #expect(!result.succeeded, "\(output)")
            #expect(result.diagnostics.contains { $0.message.contains("building would replace") }, "\(output)")
        }
        #expect(FileManager.default.fileExists(atPath: root + "/Content/pages/x.zh.md"))
        #expect(!FileManager.default.fileExists(atPath: root + "/Content.staging"))
    }
}

import Testing
@testable import PolicySite

/// A site's own Templates/ replaces the default theme file by file.
@Suite struct ThemeOverrideTests {
    let page = ["Content/pages/about.zh.md": "---\ntitle: 关于\n---\n\n<关于> & 更多\n"]

    @Test func aSiteTemplateReplacesOnlyThatTemplate() throws {
        var files = page
        files["Templates/layouts/page.mustache"] = "{{<base}}{{$main}}<h1 class=\"mine\">{{doc.title}}</h1>{{{doc.html}}}{{/main}}{{/base}}\n"
        files["Templates/i18n/zh.yaml"] = "home: 首页（自定义）\n"
        let site = try TestSite.build(files)
        #expect(site.result.succeeded, "\(site.report)")
        let html = try #require(site.output("about/index.html"))
        #expect(html.contains("<h1 class=\"mine\">关于</h1>"))
        #expect(html.contains("&lt;关于&gt; &amp; 更多"), "escaping is the same in a site's template")
        #expect(html.contains(">首页（自定义）</a>"))
        #expect(html.contains(">政策文件</a>"), "strings the site did not change come from the default table")
    }

    @Test func templateSyntaxErrorsPointAtTheirLine() throws {
        var files = page
        files["Templates/layouts/page.mustache"] = "{{#doc}}\n<h1>{{title}}</h1>\n{{/wrong}}\n"
        files["Templates/layouts/list.mustache"] = "{{#items}"
        let site = try TestSite.build(files)
        #expect(!site.result.succeeded)
        #expect(site.errors.contains { $0.file == "Templates/layouts/page.mustache" && $0.line == 3 }, "\(site.report)")
        #expect(site.errors.contains { $0.file == "Templates/layouts/list.mustache" && $0.line == 1 && $0.column < 12 }, "\(site.report)")
    }
}

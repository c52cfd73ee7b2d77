import Foundation
import Testing
@testable import PolicySite

/// End to end: a small site built into a temporary folder.
@Suite struct BilingualSiteTests {
    let files = [
        "Content/policies/plan.zh.md": policy("科技规划", extra: "doc_number: 测发〔2021〕1号\ntopics: [sci-tech]\n",
                                              body: "## 一、总则\n\n### 1. 目标\n\n内容。\n\n## 二、任务\n"),
        "Content/policies/plan.en.md": policy("S&T Plan", extra: "doc_number: Ce Fa [2021] No. 1\ntopics: [sci-tech]\n"),
        "Content/interpretations/plan-qa.zh.md": interpretation("规划解读", policy: "plan", extra: "phone: 0532-88999901（工作日）\n",
                                                               body: "详见[规划原文](../policies/plan.zh.md)。"),
        "Content/interpretations/plan-qa.en.md": interpretation("Plan explained", policy: "plan"),
        "Content/pages/about.zh.md": "---\ntitle: 关于\nmenu: 1\n---\n\n关于本站。\n",
        "Content/pages/draft-note.zh.md": "---\ntitle: 草稿\ndraft: true\n---\n\n未完成。\n",
    ]

    @Test func buildsBothLanguageTrees() throws {
        let site = try TestSite.build(files)
        #expect(site.result.succeeded, "\(site.report)")
        for path in ["index.html", "en/index.html", "policies/index.html", "en/policies/index.html",
                     "interpretations/index.html", "policies/plan/index.html", "en/policies/plan/index.html",
                     "interpretations/plan-qa/index.html", "about/index.html", "404.html", "en/404.html",
                     "assets/site.css"] {
            #expect(site.output(path) != nil, "missing \(path)")
        }
        let zh = try #require(site.output("policies/plan/index.html"))
        #expect(zh.contains("<html lang=\"zh-CN\">"))
        #expect(site.output("en/policies/plan/index.html")?.contains("<html lang=\"en\">") == true)
        #expect(zh.contains("<title>科技规划 - 测试站</title>"))
        #expect(zh.contains("测发〔2021〕1号"))
        #expect(site.output("en/policies/plan/index.html")?.contains("S&amp;T Plan") == true)
    }

    @Test func hreflangCanonicalAndSwitcher() throws {
        let site = try TestSite.build(files)
        let zh = try #require(site.output("policies/plan/index.html"))
        #expect(zh.contains("<link rel=\"canonical\" href=\"https://example.gov.cn/policy/policies/plan/\">"))
        #expect(zh.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.gov.cn/policy/en/policies/plan/\">"))
        #expect(zh.contains("<link rel=\"alternate\" hreflang=\"zh-CN\" href=\"https://example.gov.cn/policy/policies/plan/\">"))
        #expect(zh.contains("<a href=\"../../en/policies/plan/\" hreflang=\"en\" lang=\"en\">English</a>"))
        let en = try #require(site.output("en/policies/plan/index.html"))
        #expect(en.contains("<a href=\"../../../policies/plan/\" hreflang=\"zh-CN\" lang=\"zh-CN\">中文</a>"))
    }

    @Test func policyAndInterpretationLinkEachOther() throws {
        let site = try TestSite.build(files)
        let policyPage = try #require(site.output("policies/plan/index.html"))
        #expect(policyPage.contains("<a href=\"../../interpretations/plan-qa/\">规划解读</a>"))
        let interpretationPage = try #require(site.output("interpretations/plan-qa/index.html"))
        #expect(interpretationPage.contains("政策原文：</span><a href=\"../../policies/plan/\">科技规划</a>"))
        #expect(interpretationPage.contains("详见<a href=\"../../policies/plan/\">规划原文</a>"))
        #expect(interpretationPage.contains("<dt>电话</dt><dd><a href=\"tel:0532-88999901\">0532-88999901（工作日）</a></dd>"))
        let enPolicy = try #require(site.output("en/policies/plan/index.html"))
        #expect(enPolicy.contains("<a href=\"../../interpretations/plan-qa/\">Plan explained</a>"))
    }

    @Test func tableOfContentsLinksHeadingIDs() throws {
        let site = try TestSite.build(files)
        let page = try #require(site.output("policies/plan/index.html"))
        #expect(page.contains("<h2 id=\"一总则\">一、总则</h2>"))
        #expect(page.contains("<li><a href=\"#一总则\">一、总则</a>"))
        #expect(page.contains("<li><a href=\"#1-目标\">1. 目标</a></li>"))
    }

    @Test func listsAreNewestFirst() throws {
        var more = files
        more["Content/policies/old.zh.md"] = policy("旧政策", published: "2019-01-01")
        more["Content/policies/new.zh.md"] = policy("新政策", published: "2023-06-30")
        let site = try TestSite.build(more)
        let list = try #require(site.output("policies/index.html"))
        let order = ["新政策", "科技规划", "旧政策"].map { list.range(of: $0)!.lowerBound }
        #expect(order == order.sorted())
    }

    @Test func draftsAreLeftOutUnlessAskedFor() throws {
        let site = try TestSite.build(files)
        #expect(site.output("draft-note/index.html") == nil)
        let withDrafts = try TestSite.build(files) { $0.includeDrafts = true }
        #expect(withDrafts.output("draft-note/index.html") != nil)
    }

    @Test func missingTranslationIsReportedAndExplainedOnThePage() throws {
        let site = try TestSite.build(files)
        #expect(site.result.succeeded)
        #expect(site.warnings.contains { $0.file == "Content/pages/about.zh.md" && $0.message.contains("no en version") })
        let about = try #require(site.output("about/index.html"))
        #expect(about.contains("This page is not available in English"))
        #expect(about.contains("<a href=\"../en/\" hreflang=\"en\">"))
        #expect(!about.contains("hreflang=\"en\" href="))
        let strict = try TestSite.build(files) { $0.strict = true }
        #expect(!strict.result.succeeded)
    }

    @Test func invalidFrontMatterIsAnErrorAtItsLineAndColumn() throws {
        var broken = files
        broken["Content/policies/plan.zh.md"] = "---\ntitle: 科技规划\nissuer: 测试委员会\npublished: 2021-02-30\nstatus: active\n---\n\n正文\n"
        let site = try TestSite.build(broken)
        #expect(!site.result.succeeded)
        #expect(site.result.exitCode == 1)
        #expect(site.report.contains("Content/policies/plan.zh.md:4:12: error[PS1207]: 'published' is not a valid date: '2021-02-30'"))
        #expect(site.report.contains("Content/policies/plan.zh.md:5:9: error[PS1209]: 'active' is not a valid status"))
        #expect(site.report.contains("hint: use one of: effective, expired, repealed"))
    }

    @Test func referencesMustNameSomething() throws {
        var broken = files
        broken["Content/interpretations/plan-qa.zh.md"] = interpretation("规划解读", policy: "plann")
        broken["Content/interpretations/plan-qa.en.md"] = interpretation("Plan explained", policy: "plann")
        let site = try TestSite.build(broken)
        #expect(site.errors.contains { $0.line == 4 && $0.message == "'policy: plann' names no policy" && $0.hint == "did you mean 'plan'?" })
    }

    @Test func translationsMustAgreeOnLanguageNeutralFields() throws {
        var broken = files
        broken["Content/policies/plan.en.md"] = policy("S&T Plan", published: "2021-03-09", extra: "topics: [sci-tech]\n")
        let site = try TestSite.build(broken)
        #expect(site.errors.contains {
            $0.file == "Content/policies/plan.en.md" && $0.line == 4 && $0.message.contains("'published' is '2021-03-09' here but '2021-03-01'")
        })
    }

    @Test func aFailedBuildLeavesThePreviousOutput() throws {
        let site = try TestSite.build(files)
        let before = try #require(site.output("policies/plan/index.html"))
        try "---\ntitle: [broken\n---\n".write(toFile: site.root + "/Content/policies/plan.zh.md", atomically: true, encoding: .utf8)
        let again = Build(options: BuildOptions(root: site.root)).run()
        #expect(!again.succeeded)
        #expect(site.output("policies/plan/index.html") == before)
    }

    @Test func emptySectionsAndDocumentsAreWarnings() throws {
        let site = try TestSite.build([
            "Content/pages/a.zh.md": "---\ntitle: 甲\n---\n\n## 一、背景\n\n## 二、任务\n\n### 1. 目标\n\n内容。\n",
            "Content/pages/b.zh.md": "---\ntitle: 乙\n---\n",
        ])
        #expect(site.result.succeeded)
        #expect(site.warnings.contains { $0.file == "Content/pages/a.zh.md" && $0.line == 5 && $0.message == "the section '一、背景' has no text" })
        #expect(!site.warnings.contains { $0.message.contains("二、任务") })
        #expect(site.warnings.contains { $0.file == "Content/pages/b.zh.md" && $0.message.contains("no text") })
        let strict = try TestSite.build(["Content/pages/b.zh.md": "---\ntitle: 乙\n---\n"]) { $0.strict = true }
        #expect(!strict.result.succeeded)
    }

    @Test func anyNumberOfLanguagesWorks() throws {
        let one = try TestSite.build(["Content/policies/a.md": policy("甲")],
                                     siteYAML: "title: 单语\nbase_url: https://example.gov.cn/\nlanguages: [zh]\n")
        #expect(one.result.succeeded, "\(one.report)")
        #expect(one.output("policies/a/index.html")?.contains("<html lang=\"zh-CN\">") == true)
        let three = try TestSite.build([
            "Content/policies/a.md": policy("A"), "Content/policies/a.zh.md": policy("甲"), "Content/policies/a.fr.md": policy("Un"),
        ], siteYAML: "title: { en: Three, zh: 三, fr: Trois }\nbase_url: https://example.gov.cn/\nlanguages: [en, zh, fr]\n")
        #expect(three.result.succeeded, "\(three.report)")
        let page = try #require(three.output("fr/policies/a/index.html"))
        #expect(page.contains("<html lang=\"fr\">"))
        #expect(page.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.gov.cn/policies/a/\">"))
        #expect(page.contains(">中文</a>") && page.contains(">English</a>") && page.contains(">français</span>"))
    }

    @Test func emptyRequiredFieldsSayTheyAreRequired() throws {
        let site = try TestSite.build(["Content/policies/a.zh.md": "---\ntitle:\nissuer: 委员会\npublished: 2021-01-01\ndoc_number:\n---\n\n正文。\n"])
        #expect(site.errors.contains { $0.line == 2 && $0.message == "'title' is empty" && $0.hint == "write a value after 'title:'; it is required" })
        #expect(site.errors.contains { $0.line == 5 && $0.hint == "write a value after 'doc_number:' or remove the line" })
    }
}

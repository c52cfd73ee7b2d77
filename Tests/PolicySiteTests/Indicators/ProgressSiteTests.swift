import Foundation
import Testing
@testable import PolicySite

/// Progress against the plan end to end (SPEC §7): the data set's page, its
/// chart and downloads, the report page, the Markdown block's option, and
/// incremental builds.
@Suite struct ProgressSiteTests {
    static let yaml = """
        title: { zh: 主要指标, en: Main indicators }
        baseline_year: 2020
        target_year: 2025
        """
    /// One indicator of each status: `up` and `cap` behind (`cap` binding),
    /// `floor` achieved, `forest` on track, `doubling` without data.
    static let csv = """
        id,name_zh,name_en,unit_zh,unit_en,baseline,target,attribute,2021,2022
        up,专利,Patents,件,patents,6.3,12,expected,7.5,8.5
        cap,能耗降低,Energy intensity cut,%,%,,[13.5],binding,2.7,0.1
        floor,研发增长,R&D growth,%,%,,>7,expected,14.6,10.1
        forest,森林覆盖率,Forest cover,%,%,23.2,24.1,约束性,,23.8
        doubling,翻番,Doubling,倍,times,,翻一番,expected,,
        """
    static let files = ["Content/indicators/main.yaml": yaml, "Content/indicators/main.csv": csv]

    @Test func theDataSetPageStatesEachStatusInWordsWithTheExpectedValue() throws {
        let site = try TestSite.build(Self.files)
        #expect(site.result.succeeded, "\(site.report)")
        let zh = try #require(site.output("indicators/main/index.html"))
        #expect(zh.contains("<p class=\"indicator-progress-summary\">实施进展（截至2022年）：已实现1项，符合进度1项，滞后2项，暂无数据1项。</p>"))
        #expect(zh.contains("<th scope=\"col\" id=\"ind-main-expected\" class=\"num\">按进度应达到</th>"))
        #expect(zh.contains("<th scope=\"col\" id=\"ind-main-status\">进展</th>"))
        // E(2022) = 6.3 + 5.7 × 2/5 = 8.58, at the figures' one place.
        #expect(zh.contains("<td headers=\"ind-main-expected ind-main-row-up\" class=\"num\">8.6 <span class=\"indicator-year\">（2022年）</span></td>"))
        #expect(zh.contains("<td headers=\"ind-main-status ind-main-row-up\" class=\"indicator-status\">滞后</td>"))
        // A cumulative target: the pro-rata share, with the total it is compared with.
        #expect(zh.contains(">5.4 <span class=\"indicator-year\">（2021—2022年累计；实际累计2.8）</span></td>"))
        #expect(zh.contains("<td headers=\"ind-main-status ind-main-row-cap\" class=\"indicator-status\">滞后（约束性指标）</td>"))
        #expect(zh.contains("<td headers=\"ind-main-status ind-main-row-floor\" class=\"indicator-status\">已实现</td>"))
        #expect(zh.contains("<td headers=\"ind-main-status ind-main-row-forest\" class=\"indicator-status\">符合进度</td>"))
        #expect(zh.contains("<td headers=\"ind-main-status ind-main-row-doubling\" class=\"indicator-status\">暂无数据</td>"))
        // No path for a comparator target without a baseline: said, not left blank.
        #expect(zh.contains("<td headers=\"ind-main-expected ind-main-row-floor\" class=\"num\"><span aria-hidden=\"true\">—</span><span class=\"visually-hidden\">不适用</span></td>"))
        #expect(zh.contains("<a href=\"../progress/\">查看各组指标的实施进展报告</a>"))

        let en = try #require(site.output("en/indicators/main/index.html"))
        #expect(en.contains("Progress (data to 2022): 1 achieved, 1 on track, 2 behind, 1 no data."))
        #expect(en.contains(">Behind (binding)</td>"))
        #expect(en.contains(">On track</td>") && en.contains(">Achieved</td>") && en.contains(">No data</td>"))
        #expect(en.contains(">5.4 <span class=\"indicator-year\">(total 2021–2022; actual total 2.8)</span></td>"))
    }

    @Test func theChartDrawsTheStraightPathAndStatesItInWords() throws {
        let site = try TestSite.build(Self.files)
        let zh = try #require(site.output("indicators/main/index.html"))
        #expect(zh.contains("<desc id=\"ind-main-chart-up-desc\">2020年：6.3；2021年：7.5（按进度应为7.4）；2022年：8.5（按进度应为8.6）；2025年目标：12</desc>"))
        let chart = try #require(zh.components(separatedBy: "<svg").first { $0.contains("ind-main-chart-up-title") })
        // A dot per row, on one dashed line from baseline to target.
        #expect(chart.components(separatedBy: "<circle class=\"indicator-path-dot\"").count - 1 == 4)
        #expect(chart.contains("stroke-dasharray=\"5 3\""))
        // Bars of yearly figures cannot be read against a total's path.
        let cap = try #require(zh.components(separatedBy: "<svg").first { $0.contains("ind-main-chart-cap-title") })
        #expect(!cap.contains("indicator-path"))
        let en = try #require(site.output("en/indicators/main/index.html"))
        #expect(en.contains("2021: 7.5 (expected 7.4); 2022: 8.5 (expected 8.6); 2025 target: 12</desc>"))
    }

    @Test func theReportListsEverySetsCountsAndTheIndicatorsBehindBindingFirst() throws {
        let other = """
            id,name_zh,name_en,unit_zh,unit_en,baseline,target,attribute,2023
            late,就业,Jobs,万人,10k people,100,150,expected,110
            """
        let site = try TestSite.build(Self.files.merging([
            "Content/indicators/other.yaml": "title: { zh: 其他指标, en: Other indicators }\nbaseline_year: 2020\ntarget_year: 2025\n",
            "Content/indicators/other.csv": other,
        ]) { $1 })
        #expect(site.result.succeeded, "\(site.report)")
        let zh = try #require(site.output("indicators/progress/index.html"))
        #expect(zh.contains("<title>规划实施进展 - 测试站</title>"))
        #expect(zh.contains("<tr><th scope=\"row\"><a href=\"../main/\">主要指标</a></th><td>2020—2025年</td><td>2022年</td>"
            + "<td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">2</td><td class=\"num\">1</td><td class=\"num\">5</td></tr>"))
        #expect(zh.contains("<a href=\"../other/\">其他指标</a></th><td>2020—2025年</td><td>2023年</td>"))
        // Binding first across data sets; then each data set's in its order.
        let rows = zh.components(separatedBy: "<tbody>").last!.components(separatedBy: "<tr").dropFirst().map { String($0) }
        #expect(rows.map { $0.components(separatedBy: "#ind-").dropFirst().first?.components(separatedBy: "\"").first ?? "" }
                == ["main-row-cap", "main-row-up", "other-row-late"])
        #expect(rows[0].hasPrefix(" class=\"binding\"><th scope=\"row\"><a href=\"../main/#ind-main-row-cap\">能耗降低</a></th><td>主要指标</td>"
            + "<td><strong>约束性</strong></td><td>%</td><td class=\"num\">2.8 <span class=\"indicator-year\">（2021—2022年累计）</span></td>"
            + "<td class=\"num\">5.4</td><td class=\"num\">[13.5]</td></tr>"))
        #expect(rows[2].contains("<td class=\"num\">110 <span class=\"indicator-year\">（2023年）</span></td><td class=\"num\">130</td><td class=\"num\">150</td>"))
        // The anchors are the rows' headers on the data set's page.
        #expect(site.output("indicators/main/index.html")?.contains("<th scope=\"row\" id=\"ind-main-row-cap\"") == true)

        let en = try #require(site.output("en/indicators/progress/index.html"))
        #expect(en.contains("<h1>Plan progress report</h1>"))
        #expect(en.contains("<td><strong>binding</strong></td>"))
        #expect(en.contains("<link rel=\"alternate\" hreflang=\"zh-CN\" href=\"https://example.gov.cn/policy/indicators/progress/\">"))
    }

    @Test func theReportIsInTheMenuTheIndexAndTheSitemap() throws {
        let site = try TestSite.build(Self.files)
        let report = try #require(site.output("indicators/progress/index.html"))
        #expect(report.contains("<li><a href=\"../\">规划指标</a></li>\n<li><a href=\"./\" aria-current=\"page\">实施进展</a></li>"))
        #expect(site.output("index.html")?.contains("<li><a href=\"indicators/progress/\">实施进展</a></li>") == true)
        #expect(site.output("en/policies/index.html")?.contains("<li><a href=\"../indicators/progress/\">Progress</a></li>") == true)
        #expect(site.output("indicators/index.html")?.contains("<a href=\"progress/\">查看各组指标的实施进展报告</a>") == true)
        let sitemap = try #require(site.output("sitemap.xml"))
        #expect(sitemap.contains("<loc>https://example.gov.cn/policy/indicators/progress/</loc>"))
        #expect(sitemap.contains("<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://example.gov.cn/policy/en/indicators/progress/\"/>"))
    }

    @Test func aReportWithNothingBehindSaysSo() throws {
        let csv = "id,name_zh,name_en,unit_zh,unit_en,baseline,target,attribute,2021\nfloor,增长,Growth,%,%,,>7,expected,8\n"
        let site = try TestSite.build(["Content/indicators/main.yaml": Self.yaml, "Content/indicators/main.csv": csv])
        let zh = try #require(site.output("indicators/progress/index.html"))
        #expect(zh.contains("<p>没有滞后的指标。</p>"))
        #expect(!zh.contains("class=\"binding\""))
    }

    @Test func aSiteWithoutDataSetsHasNoReport() throws {
        let site = try TestSite.build(["Content/policies/plan.zh.md": policy("规划")])
        #expect(site.output("indicators/progress/index.html") == nil)
        #expect(site.output("index.html")?.contains("实施进展") == false)
    }

    @Test func aDocumentShowsTheProgressSummaryWithItsBlock() throws {
        let body = "```indicators main progress\nup\n```\n\n```indicators main\nup\n```\n"
        let site = try TestSite.build(Self.files.merging(["Content/policies/plan.zh.md": policy("规划", body: body)]) { $1 })
        #expect(site.result.succeeded, "\(site.report)")
        let page = try #require(site.output("policies/plan/index.html"))
        #expect(page.contains("<div class=\"indicator-embed\">\n<p class=\"indicator-progress-summary\">实施进展（截至2022年）：已实现1项，符合进度1项，滞后2项，暂无数据1项。</p>"))
        #expect(page.contains("<td headers=\"ind-main-1-status ind-main-1-row-up\" class=\"indicator-status\">滞后</td>"))
        // Without the option, the table as before.
        #expect(!page.contains("ind-main-2-status"))
        #expect(page.components(separatedBy: "indicator-progress-summary").count == 2)
    }

    @Test func anUnknownBlockOptionIsAnErrorAtTheBlock() throws {
        let site = try TestSite.build(Self.files.merging(["Content/policies/plan.zh.md": policy("规划", body: "```indicators main progres\n```\n")]) { $1 })
        #expect(site.errors.map { "\($0.file):\($0.line):\($0.column): \($0.message)" } == [
            "Content/policies/plan.zh.md:7:1: 'progres' is not an option of an indicators block",
        ])
        #expect(site.errors.first?.hint == "the one option is progress: ```indicators main progress")
    }

    @Test func aDataSetNamedProgressFailsTheBuildAtItsFile() throws {
        let site = try TestSite.build(["Content/indicators/progress.yaml": Self.yaml, "Content/indicators/progress.csv": Self.csv])
        #expect(!site.result.succeeded)
        #expect(site.errors.map { "\($0.file):\($0.line):\($0.column)" } == ["Content/indicators/progress.yaml:1:1"])
    }

    /// The report reads every data set: a new year's figures in one CSV,
    /// built over the last build with its cache, give what a clean build gives.
    @Test func aNewYearsFiguresRemakeTheReportAsACleanBuildWould() throws {
        var files = IncrementalBuildTests.site()
        files.merge(Self.files) { $1 }
        let root = try TestSite.makeFolder(files)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (_, clean, incremental) = try IncrementalBuildTests.rebuild(root) {
            // A 2023 column: the patents reach their target.
            let rows = Self.csv.split(separator: "\n").map { $0 + ($0.hasPrefix("id,") ? ",2023" : $0.hasPrefix("up,") ? ",12.5" : ",") }
            try IncrementalBuildTests.write(rows.joined(separator: "\n"), "Content/indicators/main.csv", in: $0)
        }
        #expect(incremental == clean)
        let report = String(decoding: try #require(incremental["indicators/progress/index.html"]), as: UTF8.self)
        #expect(!report.contains("#ind-main-row-up"), "achieved in 2023")
        #expect(report.contains("<td>2023年</td>"))
    }
}

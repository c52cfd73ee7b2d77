import Foundation
import Testing
@testable import PolicySite

/// Data sets end to end: pages, charts, downloads, Markdown blocks and front matter.
@Suite struct IndicatorSiteTests {
    static let yaml = """
        title: { zh: 主要指标, en: Main indicators }
        source: { zh: 某规划, en: Some plan }
        baseline_year: 2020
        target_year: 2025
        """
    static let csv = """
        id,group_zh,group_en,name_zh,name_en,unit_zh,unit_en,baseline,2021,2022,target,attribute
        rd,创新,Innovation,研发增长,R&D growth,%,%,"1,234.5",,-2,[3000],约束性
        doubling,创新,Innovation,翻番,Doubling,倍,times,,,,翻一番,expected
        share,,,占比,Share,%,%,7.8,,,>10,expected
        """
    static let files = [
        "Content/indicators/main.yaml": yaml,
        "Content/indicators/main.csv": csv,
    ]

    func build(_ extra: [String: String]) throws -> TestSite {
        try TestSite.build(Self.files.merging(extra) { $1 })
    }

    @Test func dataSetPagesInEveryLanguageWithTableAndCharts() throws {
        let site = try build([:])
        #expect(site.result.succeeded, "\(site.report)")
        let index = try #require(site.output("indicators/index.html"))
        #expect(index.contains("<a href=\"main/\">主要指标</a>"))
        #expect(site.output("en/indicators/index.html")?.contains("<a href=\"main/\">Main indicators</a>") == true)
        #expect(index.contains("<a href=\"./\" aria-current=\"page\">规划指标</a>"))
        #expect(site.output("index.html")?.contains("<a href=\"indicators/\">规划指标</a>") == true)

        let zh = try #require(site.output("indicators/main/index.html"))
        #expect(zh.contains("<div class=\"indicator-table\" role=\"region\" aria-labelledby=\"ind-main-caption\" tabindex=\"0\">"))
        // The page's heading is the data set's title; the caption says what the table holds.
        #expect(zh.contains("<h1>主要指标</h1>"))
        #expect(zh.contains("<caption id=\"ind-main-caption\">全部"))
        #expect(zh.contains("<th scope=\"col\" id=\"ind-main-baseline\" class=\"num\">2020年（基期）</th>"))
        #expect(zh.contains("<th scope=\"colgroup\" colspan=\"8\" id=\"ind-main-group-1\">创新</th>"))
        #expect(zh.contains("<th scope=\"row\" id=\"ind-main-row-rd\" headers=\"ind-main-name ind-main-group-1\">研发增长</th>"))
        #expect(zh.contains("<td headers=\"ind-main-baseline ind-main-row-rd ind-main-group-1\" class=\"num\">1,234.5</td>"))
        #expect(zh.contains("<td headers=\"ind-main-latest ind-main-row-rd ind-main-group-1\" class=\"num\">-2 <span class=\"indicator-year\">（2022年）</span></td>"))
        #expect(zh.contains(">[3,000]</td><td headers=\"ind-main-attribute ind-main-row-rd ind-main-group-1\">约束性</td>"))
        #expect(zh.contains("<td headers=\"ind-main-target ind-main-row-doubling ind-main-group-1\">翻一番</td>"))
        // A row without a group after grouped rows is bound to no group.
        #expect(zh.contains("<th scope=\"row\" id=\"ind-main-row-share\" headers=\"ind-main-name\">占比</th>"))
        #expect(zh.contains("[ ]内为规划期累计数。"))
        #expect(zh.contains("<strong>资料来源：</strong>某规划"))
        #expect(zh.contains("<a href=\"../main.csv\" download=\"main.csv\">"))
        #expect(zh.contains("<a href=\"../main.json\" download=\"main.json\">"))

        // Charts: numeric indicators only, with their figures stated in words.
        #expect(zh.contains("<desc id=\"ind-main-chart-rd-desc\">2020年：1,234.5；2022年：-2；2025年目标：[3,000]</desc>"))
        #expect(zh.contains("role=\"img\" aria-labelledby=\"ind-main-chart-rd-title ind-main-chart-rd-desc\""))
        #expect(!zh.contains("ind-main-chart-doubling"))
        #expect(zh.contains("fill=\"url(#ind-main-chart-rd-hatch)\""))

        let en = try #require(site.output("en/indicators/main/index.html"))
        #expect(en.contains(">Target 2025</th>"))
        #expect(en.contains(">binding</td>"))
        #expect(en.contains("-2 <span class=\"indicator-year\">(2022)</span>"))
        #expect(en.contains("<desc id=\"ind-main-chart-share-desc\">2020: 7.8; 2025 target: &gt;10</desc>"))
        #expect(site.output("en/indicators/main.csv") == nil)
    }

    @Test func spreadsheetExportsWithBOMAndCRLFAreRead() throws {
        let csv = "\u{FEFF}" + Self.csv.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n"
        let site = try TestSite.build(["Content/indicators/main.yaml": Self.yaml, "Content/indicators/main.csv": csv])
        #expect(site.result.succeeded, "\(site.report)")
        #expect(site.output("indicators/main.csv") == (try build([:])).output("indicators/main.csv"))
    }

    @Test func downloadsAreExactBytes() throws {
        let site = try build([:])
        let csv = try #require(FileManager.default.contents(atPath: site.root + "/Output/indicators/main.csv"))
        let expectedCSV = "\u{FEFF}id,group_zh,group_en,name_zh,name_en,unit_zh,unit_en,baseline,2021,2022,target,attribute,note_zh,note_en,"
            + "progress_status,expected\r\n"
            + "rd,创新,Innovation,研发增长,R&D growth,%,%,1234.5,,-2,[3000],binding,,,behind,1200.0\r\n"
            + "doubling,创新,Innovation,翻番,Doubling,倍,times,,,,翻一番,expected,,,no_data,\r\n"
            + "share,,,占比,Share,%,%,7.8,,,>10,expected,,,no_data,\r\n"
        #expect(Array(csv) == Array(expectedCSV.utf8))
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])

        let json = try #require(site.output("indicators/main.json"))
        let expectedJSON = """
            {
              "baseline_year": 2020,
              "id": "main",
              "indicators": [
                {
                  "actual": {
                    "2022": {
                      "comparator": null,
                      "cumulative": false,
                      "text": null,
                      "value": -2
                    }
                  },
                  "attribute": "binding",
                  "baseline": {
                    "comparator": null,
                    "cumulative": false,
                    "text": null,
                    "value": 1234.5
                  },
                  "group": {
                    "en": "Innovation",
                    "zh": "创新"
                  },
                  "id": "rd",
                  "name": {
                    "en": "R\\u0026D growth",
                    "zh": "研发增长"
                  },
                  "note": null,
                  "progress": {
                    "actual": -2.0,
                    "expected": 1200.0,
                    "status": "behind",
                    "year": 2022
                  },
                  "target": {
                    "comparator": null,
                    "cumulative": true,
                    "text": null,
                    "value": 3000
                  },
                  "unit": {
                    "en": "%",
                    "zh": "%"
                  }
                },
                {
                  "actual": {},
                  "attribute": "expected",
                  "baseline": null,
                  "group": {
                    "en": "Innovation",
                    "zh": "创新"
                  },
                  "id": "doubling",
                  "name": {
                    "en": "Doubling",
                    "zh": "翻番"
                  },
                  "note": null,
                  "progress": {
                    "actual": null,
                    "expected": null,
                    "status": "no_data",
                    "year": null
                  },
                  "target": {
                    "comparator": null,
                    "cumulative": false,
                    "text": "翻一番",
                    "value": null
                  },
                  "unit": {
                    "en": "times",
                    "zh": "倍"
                  }
                },
                {
                  "actual": {},
                  "attribute": "expected",
                  "baseline": {
                    "comparator": null,
                    "cumulative": false,
                    "text": null,
                    "value": 7.8
                  },
                  "group": null,
                  "id": "share",
                  "name": {
                    "en": "Share",
                    "zh": "占比"
                  },
                  "note": null,
                  "progress": {
                    "actual": null,
                    "expected": null,
                    "status": "no_data",
                    "year": null
                  },
                  "target": {
                    "comparator": "\\u003e",
                    "cumulative": false,
                    "text": null,
                    "value": 10
                  },
                  "unit": {
                    "en": "%",
                    "zh": "%"
                  }
                }
              ],
              "notes": null,
              "source": {
                "en": "Some plan",
                "zh": "某规划"
              },
              "target_year": 2025,
              "title": {
                "en": "Main indicators",
                "zh": "主要指标"
              },
              "years": [
                2021,
                2022
              ]
            }

            """
        #expect(json == expectedJSON)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let first = (decoded?["indicators"] as? [[String: Any]])?.first
        #expect((first?["baseline"] as? [String: Any])?["value"] as? Double == 1234.5)
        #expect((first?["name"] as? [String: Any])?["en"] as? String == "R&D growth")
    }

    @Test func fencedBlockShowsTheSetOrASelection() throws {
        let body = "前言。\n\n```indicators main\n```\n\n选列：\n\n```indicators main\nshare\nrd\n```\n"
        let site = try build(["Content/policies/plan.zh.md": policy("规划", body: body)])
        #expect(site.result.succeeded, "\(site.report)")
        let page = try #require(site.output("policies/plan/index.html"))
        #expect(!page.contains("<code"))
        #expect(page.contains("<th scope=\"row\" id=\"ind-main-1-row-doubling\""))
        let selection = try #require(page.range(of: "id=\"ind-main-2-name\"").map { String(page[$0.lowerBound...]) })
        #expect(!selection.contains("ind-main-2-row-doubling"))
        let share = try #require(selection.range(of: "ind-main-2-row-share\"")), rd = try #require(selection.range(of: "ind-main-2-row-rd\""))
        #expect(share.lowerBound < rd.lowerBound)
        #expect(page.contains("<p class=\"indicator-more\"><a href=\"../../indicators/main/\">查看主要指标的图表和数据下载</a></p>"))
    }

    @Test func unknownSetOrIndicatorInABlockIsAnErrorAtItsLine() throws {
        // Front matter takes lines 1–5, the blank line 6; the body starts on line 7.
        let body = "```indicators mian\n```\n\n```indicators main\nrd\nshaer\n```\n"
        let site = try build(["Content/policies/plan.zh.md": policy("规划", body: body)])
        #expect(!site.result.succeeded)
        #expect(site.errors.map { "\($0.file):\($0.line):\($0.column): \($0.message)" } == [
            "Content/policies/plan.zh.md:7:1: the indicators block names 'mian', which is no data set",
            "Content/policies/plan.zh.md:12:1: the data set 'main' has no indicator 'shaer'",
        ])
        #expect(site.errors.map(\.hint) == ["did you mean 'main'?", "did you mean 'share'?"])
    }

    @Test func frontMatterListShowsTablesAfterTheText() throws {
        let site = try build([
            "Content/policies/plan.zh.md": policy("规划", extra: "indicators: [main]\n", body: "正文结束。"),
            "Content/policies/plan.en.md": policy("Plan", extra: "indicators: [main]\n", body: "The end."),
        ])
        #expect(site.result.succeeded, "\(site.report)")
        let page = try #require(site.output("en/policies/plan/index.html"))
        let text = try #require(page.range(of: "The end.")), table = try #require(page.range(of: ">Main indicators</caption>"))
        #expect(text.lowerBound < table.lowerBound)
        #expect(page.contains("<h2 id=\"doc-indicators\">Indicators</h2>"))
        #expect(page.contains("<a href=\"../../indicators/main/\">Charts and downloads for “Main indicators”</a>"))
    }

    @Test func frontMatterNamingNoSetIsAnErrorAtTheField() throws {
        let site = try build(["Content/policies/plan.zh.md": policy("规划", extra: "indicators: [main, mian]\n")])
        #expect(site.errors.map { "\($0.line): \($0.message)" } == ["5: 'indicators' names 'mian', which is no data set"])
        #expect(site.errors.first?.file == "Content/policies/plan.zh.md")
    }

    @Test func aSiteWithoutDataSetsHasNoIndicatorSection() throws {
        let site = try TestSite.build(["Content/policies/plan.zh.md": policy("规划")])
        #expect(site.result.succeeded)
        #expect(site.output("indicators/index.html") == nil)
        #expect(site.output("index.html")?.contains("indicators/") == false)
    }

    @Test func everyValueIsEscapedInHTMLSVGAndJSON() throws {
        let yaml = #"""
            title: { zh: "<script>alert(1)</script>", en: "Tom & \"Jerry\" <b>" }
            source: "<script>src</script>"
            notes: "a < b & 'c'"
            baseline_year: 2020
            target_year: 2025
            """#
        let csv = #"""
            id,name_zh,name_en,unit_zh,unit_en,note_zh,note_en,baseline,target,attribute
            x,"<script>alert(""n"")</script>","A & ""B""",<i>u</i>,'u' & v,<b>note</b>,"n""&",1,2,expected
            """#
        let site = try TestSite.build([
            "Content/indicators/evil.yaml": yaml, "Content/indicators/evil.csv": csv,
            "Content/policies/plan.zh.md": policy("规划", body: "```indicators evil\n```\n"),
        ])
        #expect(site.result.succeeded, "\(site.report)")
        for path in ["indicators/evil/index.html", "en/indicators/evil/index.html", "indicators/index.html", "policies/plan/index.html"] {
            let html = try #require(site.output(path))
            #expect(ThemeScripts.others(in: html).isEmpty, "\(path)")
            #expect(!html.contains("<i>u</i>") && !html.contains("<b>note</b>") && !html.contains("<b>"), "\(path)")
        }
        let zh = try #require(site.output("indicators/evil/index.html"))
        #expect(try #require(site.output("policies/plan/index.html")).contains(">&lt;script&gt;alert(1)&lt;/script&gt;</caption>"))
        #expect(zh.contains("&lt;script&gt;alert(&quot;n&quot;)&lt;/script&gt;"))
        #expect(zh.contains("<title id=\"ind-evil-chart-x-title\">&lt;script&gt;alert(&quot;n&quot;)&lt;/script&gt;（&lt;i&gt;u&lt;/i&gt;）</title>"))
        let en = try #require(site.output("en/indicators/evil/index.html"))
        #expect(en.contains("<h1>Tom &amp; &quot;Jerry&quot; &lt;b&gt;</h1>"))
        #expect(en.contains("A &amp; &quot;B&quot;"))
        #expect(en.contains("&#39;u&#39; &amp; v"))
        #expect(en.contains("n&quot;&amp;"))
        let json = try #require(site.output("indicators/evil.json"))
        #expect(json.contains(#""zh": "\u003cscript\u003ealert(\"n\")\u003c/script\u003e""#))
        #expect(json.contains(#""en": "A \u0026 \"B\"""#))
        #expect(!json.contains("<"))
        let csvOut = try #require(site.output("indicators/evil.csv"))
        #expect(csvOut.contains(#""<script>alert(""n"")</script>","A & ""B"""#))
    }

    @Test func homePageShowsTheMainIndicators() throws {
        let site = try build([:])
        let home = try #require(site.output("index.html"))
        #expect(home.contains("<h2 id=\"main-indicators\">主要指标</h2>"))
        #expect(home.contains("<a href=\"indicators/\">全部规划指标</a>"))
        #expect(site.output("en/index.html")?.contains("<h2 id=\"main-indicators\">Main indicators</h2>") == true)
    }
}

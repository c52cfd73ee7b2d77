import Testing
@testable import PolicySite

/// Forgiving where the intent is clear, exact where it is not (issue 17.4).
@Suite struct ForgivingInputTests {
    @Test func datesAsChineseDocumentsWriteThemAreRead() {
        #expect(WrittenDate("2023年5月6日") == .date(PlainDate("2023-05-06")!))
        #expect(WrittenDate("2023 年 05 月 06 日") == .date(PlainDate("2023-05-06")!))
        #expect(WrittenDate("２０２３年５月６日") == .date(PlainDate("2023-05-06")!))
        #expect(WrittenDate("2023-05-06") == .date(PlainDate("2023-05-06")!))
    }

    @Test func otherClearDatesGetTheExactReplacement() {
        for written in ["2023/5/6", "2023.5.6", "2023-5-6", "2023/05/06 10:30", "２０２３／５／６"] {
            #expect(WrittenDate(written) == .correctable(PlainDate("2023-05-06")!), "\(written)")
        }
    }

    @Test func impossibleOrUnclearDatesAreInvalid() {
        for written in ["2023年2月30日", "2023/13/1", "5/6/2023", "2023年5月", "明年", "20230506"] {
            #expect(WrittenDate(written) == .invalid, "\(written)")
        }
    }

    @Test func aPolicyDatedInChineseBuildsAndShowsTheDay() throws {
        let site = try TestSite.build(["Content/policies/plan.zh.md": policy("规划", published: "2023年5月6日")])
        #expect(site.errors.isEmpty, "\(site.report)")
        #expect(site.output("policies/plan/index.html")?.contains("2023年5月6日") == true)
    }

    @Test func aSlashedDateIsOneErrorWithTheLineToWrite() throws {
        let site = try TestSite.build(["Content/policies/plan.zh.md": policy("规划", published: "2023/5/6")])
        #expect(site.errors.count == 1, "\(site.report)")
        let error = try #require(site.errors.first)
        #expect(error.code == .badDate && error.line == 4 && error.column == 12)
        #expect(error.hint == "write it as published: 2023-05-06")
        #expect(error.hint(in: .zh) == "写作 published: 2023-05-06")
    }

    /// `agnecy:` is one error at its line, not "agency missing" at line 1 and a warning.
    @Test func aMisspeltRequiredFieldIsOneErrorAtItsLine() throws {
        let site = try TestSite.build([
            "Content/policies/plan.zh.md": policy("规划"),
            "Content/interpretations/plan.zh.md": "---\ntitle: 解读\npublished: 2021-03-02\npolicy: plan\nagnecy: 测试委员会\n---\n\n正文。\n",
        ])
        let about = site.result.diagnostics.filter { $0.file == "Content/interpretations/plan.zh.md" }
        #expect(about.count == 1, "\(site.report)")
        #expect(about.first?.message == "unknown field 'agnecy', did you mean 'agency'?")
        #expect(about.first?.line == 5 && about.first?.severity == .error && about.first?.code == .unknownField)
    }

    /// A misspelt optional field stays a warning, with the suggestion.
    @Test func aMisspeltOptionalFieldIsAWarning() throws {
        let site = try TestSite.build(["Content/policies/plan.zh.md": policy("规划", extra: "sumary: 摘要\n")])
        #expect(site.errors.isEmpty, "\(site.report)")
        let warning = try #require(site.warnings.first { $0.code == .unknownField })
        #expect(warning.hint == "did you mean 'summary'?")
    }

    @Test func aFullWidthColonIsNamedAtItsLineWithTheCorrectedLine() throws {
        let site = try TestSite.build(["Content/policies/plan.zh.md": "---\ntitle: 规划\ndoc_number：崂科创发〔2021〕1号\nissuer: 测试委员会\npublished: 2021-03-01\n---\n\n正文。\n"])
        let error = try #require(site.errors.first)
        #expect(site.errors.count == 1, "\(site.report)")
        #expect(error.code == .fullWidthColon && error.line == 3)
        #expect(error.hint(in: .zh)?.contains("doc_number: 崂科创发〔2021〕1号") == true)
    }
}

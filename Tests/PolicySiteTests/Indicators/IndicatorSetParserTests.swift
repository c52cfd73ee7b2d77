import Testing
@testable import PolicySite

/// Reading data sets: every value form, and every error at its file, line and column.
@Suite struct IndicatorSetParserTests {
    static let yaml = """
        title: { zh: 主要指标, en: Main indicators }
        source: { zh: 某规划, en: Some plan }
        baseline_year: 2020
        target_year: 2025
        notes: { zh: "[ ]内为五年累计数。", en: "Figures in [ ] are five-year totals." }
        """

    let languages = [Language("zh"), Language("en")]

    func parse(yaml: String = yaml, csv: String) -> (IndicatorSet?, [Diagnostic]) {
        let diagnostics = Diagnostics()
        let set = IndicatorSetParser(languages: languages, diagnostics: diagnostics).parse(
            id: "main", yaml: SourceFile(path: "Content/indicators/main.yaml", text: yaml),
            csv: SourceFile(path: "Content/indicators/main.csv", text: csv))
        return (set, diagnostics.all.sorted())
    }

    func located(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.file.split(separator: "/").last!):\($0.line):\($0.column)" }
    }

    @Test func readsEveryValueFormInAnyColumnOrder() throws {
        let csv = """
            attribute,id,name_en,name_zh,unit_zh,unit_en,group_zh,group_en,baseline,2021,2022,target,note_zh,note_en
            预期性,rd,R&D growth,研发增长,%,%,创新,Innovation,,6.5,"7",>7,,
            binding,patents,"Patents per 10,000 people",专利,件,patents,创新,Innovation,"1,234.5",,-2,[3000],注释,A note
            Expected,gdp,GDP,地区生产总值,亿元,100 million yuan,,,≥ 100,"保持在
            合理区间",,翻一番,,
            """
        let (set, diagnostics) = parse(csv: csv)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let data = try #require(set)
        #expect(data.years == [2021, 2022])
        #expect(data.indicators.map(\.id) == ["rd", "patents", "gdp"])
        let rd = data.indicators[0], patents = data.indicators[1], gdp = data.indicators[2]
        #expect(rd.baseline == .empty)
        #expect(rd.target == .number(.init(literal: "7", comparator: .greater)))
        #expect(rd.actuals == [2021: .number(.init(literal: "6.5")), 2022: .number(.init(literal: "7"))])
        #expect(rd.attribute == .expected)
        #expect(rd.group?.values == ["zh": "创新", "en": "Innovation"])
        #expect(patents.name.values["en"] == "Patents per 10,000 people")
        #expect(patents.baseline == .number(.init(literal: "1234.5")))
        #expect(patents.target == .number(.init(literal: "3000", cumulative: true)))
        #expect(patents.attribute == .binding)
        #expect(patents.note?.values == ["zh": "注释", "en": "A note"])
        #expect(patents.latestActual?.year == 2022)
        #expect(gdp.baseline == .number(.init(literal: "100", comparator: .atLeast)))
        #expect(gdp.actuals[2021] == .text("保持在\n合理区间"))
        #expect(gdp.target == .text("翻一番"))
        #expect(gdp.group == nil)
        #expect(data.title.values["en"] == "Main indicators")
        #expect(data.baselineYear == 2020 && data.targetYear == 2025)
    }

    @Test func everyRowErrorNamesLineColumnAndHeader() {
        // Line 3 holds a quoted line break, so the rows after it start one line later.
        let csv = """
            id,name_zh,name_en,unit_zh,unit_en,baseline,target,attribute
            a,甲,A,%,%,12..5,10,expected
            b,乙,"B
            continued",%,%,1,2,mandatory
            a,丙,C,%,%,1,2,binding
            Bad_ID,丁,D,%,%,1,2,binding
            e,戊,E,%,%,1,2
            f,己,F,%,%,1,2,binding,extra
            g,庚,G,%,%,7%,2,binding
            """
        let (set, diagnostics) = parse(csv: csv)
        #expect(set == nil)
        #expect(located(diagnostics) == [
            "main.csv:2:6", "main.csv:3:8", "main.csv:5:1", "main.csv:6:1", "main.csv:7:8", "main.csv:8:9", "main.csv:9:6",
        ])
        let messages = diagnostics.map(\.message)
        #expect(messages[0] == "field 6 (baseline): '12..5' is not a value an indicator can have")
        #expect(messages[1] == "field 8 (attribute): 'mandatory' is not an attribute")
        #expect(messages[2] == "field 1 (id): the id 'a' is also used on line 2")
        #expect(messages[3] == "field 1 (id): 'Bad_ID' is not a valid indicator id")
        #expect(messages[4] == "field 8 (attribute) is missing: this row has 7 fields but the header row has 8")
        #expect(messages[5] == "field 9 is extra: this row has 9 fields but the header row has 8")
        #expect(messages[6].hasPrefix("field 6 (baseline): '7%'"))
        #expect(diagnostics.allSatisfy { $0.severity == .error && $0.hint != nil })
    }

    /// Read as words, they would be shown as written and left out of charts.
    @Test func spreadsheetArtefactsAreWarningsNotSilentText() throws {
        let csv = """
            id,name_zh,name_en,unit_zh,unit_en,baseline,2021,2022,target,attribute
            a,甲,A,%,%,1e5,NaN,-Infinity,#DIV/0!,expected
            b,乙,B,%,%,1.5E+07,翻一番,Inf,2,expected
            """
        let (set, diagnostics) = parse(csv: csv)
        #expect(set?.indicators.count == 2)
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
        #expect(diagnostics.map { "\($0.line):\($0.column) \($0.message)" } == [
            "2:6 field 6 (baseline): '1e5' is a number in a spreadsheet's scientific notation, which is read as text",
            "2:7 field 7 (2021): 'NaN' is what a program writes for a missing or impossible number, not text",
            "2:8 field 8 (2022): '-Infinity' is what a program writes for a missing or impossible number, not text",
            "2:9 field 9 (target): '#DIV/0!' is a spreadsheet formula's error, not text",
            "3:6 field 6 (baseline): '1.5E+07' is a number in a spreadsheet's scientific notation, which is read as text",
            "3:8 field 8 (2022): 'Inf' is what a program writes for a missing or impossible number, not text",
        ])
    }

    @Test func anUnclosedQuoteIsReportedAtItsRow() {
        let csv = "id,name_zh,name_en,unit_zh,unit_en,baseline,target,attribute\na,甲,A,%,%,1,2,expected\nb,\"乙,B,%,%,1,2,expected\nc,丙,C,%,%,1,2,expected\n"
        let (set, diagnostics) = parse(csv: csv)
        #expect(set == nil)
        #expect(located(diagnostics) == ["main.csv:3:3"])
        #expect(diagnostics.first?.message == "field 3 (name_en) is missing: this row has 2 fields but the header row has 8")
    }

    @Test func missingColumnsAreReportedOnLineOne() {
        let (set, diagnostics) = parse(csv: "id,name_zh,unit_zh,unit_en,target,attribute,colour\na,甲,%,%,1,expected,red\n")
        #expect(set == nil)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.message) == [
            "the column 'baseline' is missing from the header row",
            "the column 'name_en' is missing from the header row",
        ])
        #expect(errors.allSatisfy { $0.file == "Content/indicators/main.csv" && $0.line == 1 })
        let warning = diagnostics.first { $0.severity == .warning }
        #expect(warning?.line == 1 && warning?.column == 7)
        #expect(warning?.message == "field 7 (colour): unknown column, ignored")
    }

    @Test func missingYAMLFieldsAndCSVErrorsInOneRun() {
        let (set, diagnostics) = parse(yaml: "title: 指标\nbaseline_year: twenty\n", csv: "id,name_zh,name_en,unit_zh,unit_en,baseline,target,attribute\nx,甲,A,%,%,1,2,maybe\n")
        #expect(set == nil)
        #expect(diagnostics.map { "\($0.file):\($0.line):\($0.column): \($0.message)" } == [
            "Content/indicators/main.csv:2:8: field 8 (attribute): 'maybe' is not an attribute",
            "Content/indicators/main.yaml:1:1: the data set has no 'target_year'",
            "Content/indicators/main.yaml:2:16: 'baseline_year' must be a whole number",
        ])
    }

    @Test func aDescriptionWithoutRowsOrTheReverseIsAnError() {
        let diagnostics = Diagnostics()
        let sets = IndicatorSetParser(languages: languages, diagnostics: diagnostics).parseAll([
            SourceFile(path: "Content/indicators/lonely.yaml", text: Self.yaml),
            SourceFile(path: "Content/indicators/orphan.csv", text: "id\n"),
        ])
        #expect(sets.isEmpty)
        #expect(diagnostics.all.sorted().map { "\($0.file):\($0.line):\($0.column)" } == [
            "Content/indicators/lonely.yaml:1:1", "Content/indicators/orphan.csv:1:1",
        ])
        #expect(diagnostics.all.sorted()[0].message.contains("lonely.csv is missing"))
        #expect(diagnostics.all.sorted()[1].message.contains("orphan.yaml is missing"))
    }

    @Test func aDataSetCalledProgressIsAnErrorOnceAtItsDescription() {
        let diagnostics = Diagnostics()
        let sets = IndicatorSetParser(languages: languages, diagnostics: diagnostics).parseAll([
            SourceFile(path: "Content/indicators/progress.yaml", text: Self.yaml),
            SourceFile(path: "Content/indicators/progress.csv", text: "id,name_zh,name_en,unit_zh,unit_en,baseline,target,attribute\n"),
        ])
        #expect(sets.isEmpty)
        #expect(diagnostics.all.map { "\($0.file):\($0.line):\($0.column): \($0.message)" } == [
            "Content/indicators/progress.yaml:1:1: the data set id 'progress' is taken by the plan progress report, indicators/progress/",
        ])
    }
}

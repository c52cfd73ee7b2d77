import Testing
@testable import PolicySite

@Suite struct IndicatorValueParserTests {
    func parse(_ text: String) -> IndicatorValue? { try? IndicatorValueParser.parse(text).get() }

    @Test func emptyIsNoData() {
        #expect(parse("") == .empty)
        #expect(parse("   ") == .empty)
    }

    @Test func numbersWithSeparatorsAndSigns() {
        #expect(parse("6.3") == .number(.init(literal: "6.3")))
        #expect(parse("1,234,567.89") == .number(.init(literal: "1234567.89")))
        #expect(parse("-1,200") == .number(.init(literal: "-1200")))
        #expect(parse("−3") == .number(.init(literal: "-3")))
        #expect(parse("007") == .number(.init(literal: "7")))
        #expect(parse(" 12 ") == .number(.init(literal: "12")))
    }

    @Test(arguments: ["1e5", "1E5", "-2.5e-3", "−1e5", ".5E+2", "NaN", "nan", "Infinity", "-inf", "#N/A", "#value!"])
    func spreadsheetArtefactsAreNamed(_ text: String) {
        #expect(IndicatorValueParser.artefact(text) != nil)
    }

    @Test(arguments: ["翻一番", "e5", "1e", "1.2.3e4", "Information", "N/A", "nano", "1 e5"])
    func wordsAreNotArtefacts(_ text: String) {
        #expect(IndicatorValueParser.artefact(text) == nil)
    }

    @Test func comparatorsAreNormalised() {
        #expect(parse(">7") == .number(.init(literal: "7", comparator: .greater)))
        #expect(parse("≥ 60") == .number(.init(literal: "60", comparator: .atLeast)))
        #expect(parse(">=60") == .number(.init(literal: "60", comparator: .atLeast)))
        #expect(parse("<5.5") == .number(.init(literal: "5.5", comparator: .less)))
        #expect(parse("≤5.5") == .number(.init(literal: "5.5", comparator: .atMost)))
        #expect(parse("<=5.5") == .number(.init(literal: "5.5", comparator: .atMost)))
        #expect(parse("~1,000") == .number(.init(literal: "1000", comparator: .about)))
    }

    @Test func bracketsMarkPlanPeriodTotals() {
        #expect(parse("[3000]") == .number(.init(literal: "3000", cumulative: true)))
        #expect(parse("[>3,000]") == .number(.init(literal: "3000", comparator: .greater, cumulative: true)))
        #expect(parse(">[3000]") == .number(.init(literal: "3000", comparator: .greater, cumulative: true)))
    }

    @Test func wordsAreKeptAsWritten() {
        #expect(parse("翻一番") == .text("翻一番"))
        #expect(parse("保持在合理区间") == .text("保持在合理区间"))
        #expect(parse("about 5 per cent") == .text("about 5 per cent"))
    }

    @Test func anythingElseIsAnError() {
        for bad in ["12..5", "1,23", "12,3456", ",123", "7%", "-", "[12", "12]", "[]", ">", ">>7", "1.2.3", "5.", ".5", "1 000", "—"] {
            #expect(parse(bad) == nil, "'\(bad)' should be an error")
        }
    }

    @Test func figuresPastDoublesRangeAreErrors() {
        #expect(parse("1" + String(repeating: "0", count: 308)) == .number(.init(literal: "1" + String(repeating: "0", count: 308))))
        #expect(parse("1" + String(repeating: "0", count: 309)) == nil)
        #expect(parse("[-" + "1" + String(repeating: "0", count: 400) + "]") == nil)
    }

    @Test func displayGroupsThousandsAndKeepsMarks() {
        #expect(IndicatorFormat.display(.number(.init(literal: "-1234567.89"))) == "-1,234,567.89")
        #expect(IndicatorFormat.display(.number(.init(literal: "3000", comparator: .atLeast, cumulative: true))) == "[≥3,000]")
        #expect(IndicatorFormat.display(.number(.init(literal: "999"))) == "999")
        #expect(IndicatorFormat.plain(.number(.init(literal: "3000", cumulative: true))) == "[3000]")
        #expect(IndicatorFormat.display(.text("翻一番")) == "翻一番")
    }
}

import Testing
@testable import PolicySite

/// Every row of SPEC §7's progress table, on a plan from 2020 to 2025, with
/// the cells written as staff write them in the CSV.
@Suite struct IndicatorProgressTests {
    /// `actuals`: year to cell, as in the CSV.
    func progress(
        baseline: String, target: String, _ actuals: [Int: String], from baselineYear: Int = 2020, to targetYear: Int = 2025
    ) throws -> IndicatorProgress {
        func value(_ cell: String) throws -> IndicatorValue { try IndicatorValueParser.parse(cell).get() }
        let indicator = Indicator(
            id: "x", name: LocalizedText(["zh": "指标"]), unit: LocalizedText(["zh": "%"]), group: nil, note: nil,
            baseline: try value(baseline), target: try value(target),
            actuals: try actuals.mapValues(value).filter { $0.value != .empty }, attribute: .expected)
        return IndicatorProgress(indicator, baselineYear: baselineYear, targetYear: targetYear)
    }

    /// The figures as a page shows them: status, year, actual, expected.
    func row(_ p: IndicatorProgress) -> String {
        "\(p.status.rawValue) \(p.year.map(String.init) ?? "-") \(p.actual?.literal ?? "-") \(p.expected?.literal ?? "-")"
    }

    // Number T with a numeric baseline B: rising (T > B).

    @Test func risingTargetReachedIsAchieved() throws {
        #expect(row(try progress(baseline: "6.3", target: "12", [2021: "7.5", 2022: "12.4"])) == "achieved 2022 12.4 8.6")
    }

    @Test func risingTargetAtOrAboveThePathIsOnTrack() throws {
        // E(2022) = 6.3 + 5.7 × 2/5 = 8.58, shown and compared at one place: 8.6.
        #expect(row(try progress(baseline: "6.3", target: "12", [2021: "7.5", 2022: "8.6"])) == "on_track 2022 8.6 8.6")
        #expect(row(try progress(baseline: "6.3", target: "12", [2022: "9"])) == "on_track 2022 9.0 8.6")
    }

    @Test func risingTargetBelowThePathIsBehind() throws {
        #expect(row(try progress(baseline: "6.3", target: "12", [2021: "7.5", 2022: "8.5"])) == "behind 2022 8.5 8.6")
    }

    // Falling (T < B): an energy or emissions intensity brought down.

    @Test func fallingTargetReachedIsAchieved() throws {
        #expect(row(try progress(baseline: "100", target: "86.5", [2023: "86.5"])) == "achieved 2023 86.5 91.9")
    }

    @Test func fallingTargetAtOrBelowThePathIsOnTrack() throws {
        // E(2023) = 100 − 13.5 × 3/5 = 91.9.
        #expect(row(try progress(baseline: "100", target: "86.5", [2023: "91.9"])).hasPrefix("on_track"))
        #expect(row(try progress(baseline: "100", target: "86.5", [2023: "90"])).hasPrefix("on_track"))
    }

    @Test func fallingTargetAboveThePathIsBehind() throws {
        #expect(row(try progress(baseline: "100", target: "86.5", [2023: "92"])) == "behind 2023 92.0 91.9")
    }

    @Test func theComparatorGivesTheDirectionOverTheBaseline() throws {
        // A rate kept under 5.5 from 5.2: the target lies above the
        // baseline, but it is a ceiling.
        #expect(try progress(baseline: "5.2", target: "<5.5", [2022: "5.6"]).status == .behind)
        #expect(try progress(baseline: "5.2", target: "<5.5", [2022: "5.0"]).status == .achieved)
        #expect(try progress(baseline: "5.2", target: "<5.5", [2022: "5.5"]).status == .behind, "< is strict")
        #expect(try progress(baseline: "5.2", target: "≤5.5", [2022: "5.5"]).status == .achieved)
        // A floor: at least 60, from 55.
        #expect(row(try progress(baseline: "55", target: "≥60", [2023: "58"])) == "on_track 2023 58 58")
        #expect(try progress(baseline: "55", target: ">60", [2025: "60"]).status == .behind, "> is strict, and the plan is over")
    }

    @Test func aTargetEqualToItsBaselineIsALevelToHold() throws {
        #expect(try progress(baseline: "95", target: "95", [2023: "95"]).status == .achieved)
        #expect(try progress(baseline: "95", target: "95", [2023: "94"]).status == .behind)
    }

    @Test func aboutIsReadAsThePlainFigure() throws {
        #expect(row(try progress(baseline: "5", target: "~6", [2021: "5.1"])) == "behind 2021 5.1 5.2")
    }

    // Comparator target with no numeric baseline: met or not, no path.

    @Test func comparatorTargetWithoutBaselineIsMetOrNot() throws {
        #expect(row(try progress(baseline: "", target: ">7", [2021: "14.2", 2022: "10.1"])) == "achieved 2022 10.1 -")
        #expect(row(try progress(baseline: "", target: ">7", [2021: "14.2", 2022: "6.9"])) == "behind 2022 6.9 -")
        #expect(try progress(baseline: "", target: "<5", [2022: "4.9"]).status == .achieved)
        #expect(try progress(baseline: "", target: "<5", [2022: "5"]).status == .behind)
    }

    @Test func aPlainTargetWithoutBaselineHasNoDirection() throws {
        #expect(row(try progress(baseline: "", target: "12", [2022: "9"])) == "no_data 2022 9 -")
    }

    // Cumulative [T]: the total so far against T × (y − Y0)/(Y1 − Y0).

    @Test func cumulativeTotalReachingTheTargetIsAchieved() throws {
        let p = try progress(baseline: "", target: "[3000]", [2021: "800", 2022: "900", 2023: "1,400"])
        #expect(row(p) == "achieved 2023 3100 1800")
        #expect(p.totalFrom == 2021)
    }

    @Test func cumulativeTotalAtOrAboveTheShareIsOnTrack() throws {
        #expect(row(try progress(baseline: "", target: "[3000]", [2021: "600", 2022: "600"])) == "on_track 2022 1200 1200")
    }

    @Test func cumulativeTotalBelowTheShareIsBehind() throws {
        #expect(row(try progress(baseline: "", target: "[3000]", [2021: "500", 2022: "600"])) == "behind 2022 1100 1200")
    }

    @Test func aBracketedActualIsTheTotalToItsYear() throws {
        // 2022 reported as a running total, 2023 as that year's figure.
        #expect(row(try progress(baseline: "", target: "[3000]", [2021: "500", 2022: "[1300]", 2023: "600"])) == "on_track 2023 1900 1800")
    }

    @Test func theBaselineYearDoesNotCountTowardsAPlanPeriodTotal() throws {
        #expect(row(try progress(baseline: "[2500]", target: "[3000]", [2020: "700", 2021: "500"])) == "behind 2021 500 600")
        #expect(row(try progress(baseline: "", target: "[3000]", [2020: "700"])) == "no_data - - -")
    }

    @Test func aCeilingOnATotalIsKeptOnlyAtTheEnd() throws {
        #expect(row(try progress(baseline: "", target: "[≤100]", [2021: "15", 2022: "20"])) == "on_track 2022 35 40")
        #expect(try progress(baseline: "", target: "[≤100]", [2021: "30", 2022: "20"]).status == .behind)
        #expect(try progress(baseline: "", target: "[≤100]", (2021...2025).reduce(into: [:]) { $0[$1] = "20" }).status == .achieved)
    }

    // No data: no actual value, or a text baseline or target.

    @Test func noActualValueIsNoData() throws {
        #expect(row(try progress(baseline: "6.3", target: "12", [:])) == "no_data - - -")
        #expect(row(try progress(baseline: "6.3", target: "12", [2021: "有所提高"])) == "no_data - - -")
    }

    @Test func aTextTargetOrBaselineIsNoDataWithTheLatestFigure() throws {
        #expect(row(try progress(baseline: "", target: "翻一番", [2022: "3"])) == "no_data 2022 3 -")
        #expect(row(try progress(baseline: "基本建立", target: "80", [2022: "60"])) == "no_data 2022 60 -")
        #expect(row(try progress(baseline: "", target: "", [2022: "3"])) == "no_data 2022 3 -")
    }

    // The latest year with a number is "latest".

    @Test func theLatestYearWithANumberCounts() throws {
        // 2023 is empty and 2024 text: 2022 is the latest figure.
        #expect(row(try progress(baseline: "6.3", target: "12", [2021: "7.5", 2022: "8.6", 2023: "", 2024: "待公布"])) == "on_track 2022 8.6 8.6")
    }

    // Years at or outside the plan's ends.

    @Test func atTheBaselineYearThePathIsTheBaseline() throws {
        #expect(row(try progress(baseline: "6.3", target: "12", [2020: "6.3"])) == "on_track 2020 6.3 6.3")
        #expect(row(try progress(baseline: "6.3", target: "12", [2019: "6.0"])) == "behind 2019 6.0 6.3")
    }

    @Test func fromTheTargetYearOnWhatIsNotAchievedIsBehind() throws {
        #expect(try progress(baseline: "", target: "[>3000]", (2021...2025).reduce(into: [:]) { $0[$1] = "600" }).status == .behind)
        #expect(try progress(baseline: "", target: "[<100]", (2021...2025).reduce(into: [:]) { $0[$1] = "20" }).status == .behind)
    }

    @Test func pastTheTargetYearThePathIsTheTarget() throws {
        #expect(row(try progress(baseline: "6.3", target: "12", [2026: "11.9"])) == "behind 2026 11.9 12.0")
        #expect(row(try progress(baseline: "6.3", target: "12", [2026: "12"])) == "achieved 2026 12.0 12.0")
    }

    // Rounding and places.

    @Test func theExpectedValueHasTheIndicatorsPlacesAndRoundsHalfAwayFromZero() throws {
        // The places of the most precise figure (the actual's two).
        #expect(try progress(baseline: "1", target: "2", [2021: "1.12"]).expected?.literal == "1.20")
        // 1 + 1 × 1/8 = 1.125 → 1.13 (half away from zero, where binary would give 1.12).
        #expect(try progress(baseline: "1", target: "2", [2021: "1.10"], from: 2020, to: 2028).expected?.literal == "1.13")
        // Falling through zero: −0.125 → −0.13.
        #expect(try progress(baseline: "0", target: "-1", [2021: "-0.10"], from: 2020, to: 2028).expected?.literal == "-0.13")
        // Thirds: 6.3 + 5.7/3 = 8.2.
        #expect(try progress(baseline: "6.3", target: "12", [2021: "8.2"], from: 2020, to: 2023).status == .onTrack)
    }

    @Test func figuresPastExactRangeGiveNoStatusRatherThanAWrongOne() throws {
        let huge = "1" + String(repeating: "0", count: 300)
        let p = try progress(baseline: "-" + huge, target: huge, [2021: "0.5"])
        #expect(p.status == .onTrack)
        #expect(p.expected?.literal.count ?? 0 > 300)
        // A path from near −Double.max to near Double.max has no finite point.
        let limit = "1" + String(repeating: "0", count: 308)
        #expect(row(try progress(baseline: "-" + limit, target: limit, [2021: "5"])) == "no_data 2021 5 -")
        // Thousands of places make the other figures' units infinite: they
        // are left out rather than compared wrongly.
        let fine = "0." + String(repeating: "0", count: 400) + "1"
        #expect(try progress(baseline: "1", target: "2", [2021: fine]).status == .noData)
        // Years that differ by more than Int holds.
        let far = try progress(baseline: "1", target: "2", [2021: "1"], from: Int.min, to: Int.max)
        #expect(row(far) == "behind 2021 1 2")
    }

    @Test func decimalFiguresWriteEveryPlace() {
        #expect(DecimalFigure("-1234.5", decimals: 2)?.literal == "-1234.50")
        #expect(DecimalFigure("0.05", decimals: 2)?.literal == "0.05")
        #expect(DecimalFigure("-0.05", decimals: 3)?.literal == "-0.050")
        #expect(DecimalFigure("7", decimals: 0)?.literal == "7")
        #expect(DecimalFigure("1.25", decimals: 1) == nil)
        #expect(DecimalFigure.decimals(of: "12.345") == 3)
        #expect(DecimalFigure("1" + String(repeating: "0", count: 20), decimals: 0)?.literal == "1" + String(repeating: "0", count: 20))
    }

    @Test func aDataSetsSummaryCountsEachStatusAndListsTheIndicatorsBehind() throws {
        func indicator(_ id: String, _ attribute: IndicatorAttribute, actual: String) -> Indicator {
            Indicator(id: id, name: LocalizedText(["zh": id]), unit: LocalizedText(["zh": "%"]), group: nil, note: nil,
                      baseline: .number(.init(literal: "0")), target: .number(.init(literal: "10")),
                      actuals: actual.isEmpty ? [:] : [2022: .number(.init(literal: actual))], attribute: attribute)
        }
        let set = IndicatorSet(
            id: "s", title: LocalizedText(["zh": "s"]), source: nil, notes: nil, baselineYear: 2020, targetYear: 2025, years: [2022],
            indicators: [indicator("a", .expected, actual: "1"), indicator("b", .binding, actual: "2"),
                         indicator("c", .expected, actual: "4"), indicator("d", .binding, actual: "10"), indicator("e", .expected, actual: "")])
        let summary = ProgressSummary(set)
        #expect(IndicatorProgress.Status.allCases.map(summary.count) == [1, 1, 2, 1])
        #expect(summary.behind.map(\.indicator.id) == ["a", "b"])
        #expect(summary.latestYear == 2022)
    }
}

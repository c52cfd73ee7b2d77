/// One row of an indicator data set.
public struct Indicator: Sendable, Hashable {
    public var id: String
    public var name: LocalizedText
    public var unit: LocalizedText
    /// Indicators with the same group sit under one group heading.
    public var group: LocalizedText?
    public var note: LocalizedText?
    public var baseline: IndicatorValue
    public var target: IndicatorValue
    /// Actual values by year; years without data are absent.
    public var actuals: [Int: IndicatorValue]
    public var attribute: IndicatorAttribute

    /// The most recent year with an actual value, and that value.
    public var latestActual: (year: Int, value: IndicatorValue)? {
        actuals.filter { $0.value != .empty }.max { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Whether any figure is a plan-period total, which the table's legend explains.
    public var hasCumulativeValue: Bool {
        ([baseline, target] + Array(actuals.values)).contains { $0.number?.cumulative == true }
    }
}

/// A data set of plan indicators, 规划指标 (SPEC §7): `Content/indicators/<id>.yaml`
/// describes it and `<id>.csv` beside it holds its rows.
public struct IndicatorSet: Sendable, Hashable {
    /// The file name without extension, a slug; names the pages and downloads.
    public var id: String
    public var title: LocalizedText
    public var source: LocalizedText?
    public var notes: LocalizedText?
    public var baselineYear: Int
    public var targetYear: Int
    /// The years that have a column of actual values, in ascending order.
    public var years: [Int]
    /// In the CSV's row order.
    public var indicators: [Indicator]

    public func indicator(_ id: String) -> Indicator? { indicators.first { $0.id == id } }
}

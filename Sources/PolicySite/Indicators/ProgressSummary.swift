/// A data set's progress (SPEC §7): each indicator's, in the CSV's order,
/// and how many stand at each status.
struct ProgressSummary: Sendable {
    let set: IndicatorSet
    /// In the order of `set.indicators`.
    let progress: [IndicatorProgress]

    init(_ set: IndicatorSet) {
        self.set = set
        progress = set.indicators.map { IndicatorProgress($0, baselineYear: set.baselineYear, targetYear: set.targetYear) }
    }

    func count(_ status: IndicatorProgress.Status) -> Int { progress.count { $0.status == status } }

    /// The latest year any indicator has a figure for: what the data set's
    /// progress is as of.
    var latestYear: Int? { progress.compactMap(\.year).max() }

    /// The indicators behind their plan, in the CSV's order.
    var behind: [(indicator: Indicator, progress: IndicatorProgress)] {
        zip(set.indicators, progress).filter { $0.1.status == .behind }
    }
}

/// Where an indicator stands against its plan (SPEC §7, "Progress"), from
/// its figures and the plan's years alone: never from today's date, so the
/// same data gives the same pages on any day.
///
/// Every figure of the indicator is compared at the most decimal places
/// any of them is written with, and the expected value is rounded to those
/// places before the comparison, so that the status never contradicts the
/// figures a reader sees side by side.
struct IndicatorProgress: Sendable, Hashable {
    enum Status: String, Sendable, Hashable, CaseIterable {
        case achieved
        case onTrack = "on_track"
        case behind
        case noData = "no_data"
    }

    var status: Status
    /// The latest year with a figure (for a cumulative target, after the
    /// baseline year); nil when there is none.
    var year: Int?
    /// That year's figure; for a cumulative target, the total so far.
    var actual: DecimalFigure?
    /// Where the straight path stands in `year`; nil where there is no path
    /// (a comparator target without a numeric baseline, or no data).
    var expected: DecimalFigure?
    /// The path the expected value lies on, for the chart.
    var path: PlanPath?
    /// For a cumulative target, the first year the total counts: `actual`
    /// is the total from it to `year`.
    var totalFrom: Int?

    private enum Direction { case rising, falling }

    init(_ indicator: Indicator, baselineYear: Int, targetYear: Int) {
        status = .noData
        let figures = ([indicator.baseline, indicator.target] + indicator.actuals.values).compactMap(\.number)
        let decimals = figures.map { DecimalFigure.decimals(of: $0.literal) }.max() ?? 0
        func figure(_ number: IndicatorValue.Number) -> DecimalFigure? { DecimalFigure(number.literal, decimals: decimals) }
        let actuals: [(year: Int, figure: DecimalFigure, isTotal: Bool)] = indicator.actuals.keys.sorted().compactMap { year in
            guard let number = indicator.actuals[year]?.number, let value = figure(number) else { return nil }
            return (year, value, number.cumulative)
        }
        guard let target = indicator.target.number, let goal = figure(target) else {
            (year, actual) = (actuals.last?.year, actuals.last?.figure)
            return
        }

        if target.cumulative {
            // The plan period's years only; a `[ ]` figure is the total to
            // its year, and each plain figure after it adds its year.
            let counted = actuals.filter { $0.year > baselineYear }
            guard let last = counted.last else { return }
            var total = DecimalFigure(units: 0, decimals: decimals)
            for item in counted { total = item.isTotal ? item.figure : total + item.figure }
            (year, actual, totalFrom) = (last.year, total, baselineYear + 1)
            if case .text = indicator.baseline { return }
            let path = PlanPath(baselineYear: baselineYear, targetYear: targetYear,
                                start: DecimalFigure(units: 0, decimals: decimals), end: goal)
            guard let expected = path.expected(in: last.year) else { return }
            (self.path, self.expected) = (path, expected)
            let isOver = last.year >= targetYear
            if target.comparator == .less || target.comparator == .atMost {
                // A ceiling on a total (`[<100]`) is kept only once the period is over.
                status = isOver ? (Self.meets(total, target, goal, .falling) ? .achieved : .behind)
                    : total <= expected ? .onTrack : .behind
            } else {
                status = Self.meets(total, target, goal, .rising) ? .achieved : !isOver && total >= expected ? .onTrack : .behind
            }
            return
        }

        guard let last = actuals.last else { return }
        (year, actual) = (last.year, last.figure)
        if case .text = indicator.baseline { return }
        let baseline = indicator.baseline.number.flatMap(figure)
        // A plain target with no baseline to rise or fall from says neither
        // what "reached" means nor where the path runs.
        guard let direction = Self.direction(target, from: baseline, to: goal) else { return }
        if let baseline {
            let path = PlanPath(baselineYear: baselineYear, targetYear: targetYear, start: baseline, end: goal)
            guard let expected = path.expected(in: last.year) else { return }
            (self.path, self.expected) = (path, expected)
        }
        if Self.meets(last.figure, target, goal, direction) {
            status = .achieved
        } else if let expected, last.year < targetYear {
            status = (direction == .rising ? last.figure >= expected : last.figure <= expected) ? .onTrack : .behind
        } else {
            // Without a path, or once the plan period is over, a target not met is behind.
            status = .behind
        }
    }

    /// A comparator says which way the target lies (`>7`, `≤5`, also a
    /// ceiling above the baseline, such as an unemployment rate kept under
    /// 5.5 from 5.2); else the baseline does. A target equal to its
    /// baseline is a level to hold: at least it.
    private static func direction(_ target: IndicatorValue.Number, from baseline: DecimalFigure?, to goal: DecimalFigure) -> Direction? {
        switch target.comparator {
        case .greater, .atLeast: return .rising
        case .less, .atMost: return .falling
        case .about, nil:
            guard let baseline else { return nil }
            return goal < baseline ? .falling : .rising
        }
    }

    private static func meets(_ value: DecimalFigure, _ target: IndicatorValue.Number, _ goal: DecimalFigure, _ direction: Direction) -> Bool {
        switch target.comparator {
        case .greater: return value > goal
        case .atLeast: return value >= goal
        case .less: return value < goal
        case .atMost: return value <= goal
        case .about, nil: return direction == .rising ? value >= goal : value <= goal
        }
    }
}

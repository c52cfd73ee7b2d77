/// The straight line a plan implies from its baseline year to its target
/// year (SPEC §7, "Progress"): where an indicator would stand each year if
/// it moved evenly, E(y) = start + (end − start)·(y − Y0)/(Y1 − Y0). For a
/// level it runs from the baseline to the target; for a cumulative target,
/// from nothing to the total.
struct PlanPath: Sendable, Hashable {
    var baselineYear: Int
    var targetYear: Int
    var start: DecimalFigure
    var end: DecimalFigure

    /// Rounded half away from zero to the figures' places. Before the
    /// baseline year the path is at its start, after the target year at its
    /// end: a plan asks for nothing before it begins and for no more than
    /// its target after it ends. Nil when the figures are too large to
    /// give a finite point.
    func expected(in year: Int) -> DecimalFigure? {
        // In Double: years come from YAML and may be any Int, whose
        // difference could overflow.
        let span = Double(targetYear) - Double(baselineYear)
        let elapsed = min(max(Double(year) - Double(baselineYear), 0), span)
        let units = span > 0 ? start.units + (end.units - start.units) * elapsed / span : end.units
        guard units.isFinite else { return nil }
        return DecimalFigure(units: units.rounded(), decimals: start.decimals)
    }
}

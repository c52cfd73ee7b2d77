/// One indicator's baseline, actual years and target as horizontal bars on
/// one scale, drawn as inline SVG at build time (SPEC §7).
///
/// Drawn in `currentColor`, so it follows the page's text colour in print
/// and in forced-colours mode; the target bar is hatched and every bar is
/// labelled with its year and figure, so nothing is told by colour alone.
/// Where the plan implies a straight path from baseline to target (SPEC §7,
/// "Progress"), a dashed line joins a dot on each row at the path's value
/// for that year. The `<desc>` states every figure, expected ones too, for
/// screen readers.
struct IndicatorChart {
    let set: IndicatorSet
    let strings: IndicatorStrings
    let fallback: Language
    let idPrefix: String

    private struct Bar {
        enum Kind { case baseline, actual, target }
        var label: String
        var value: IndicatorValue.Number
        var kind: Kind
        /// The path's value in this bar's year.
        var expected: DecimalFigure?
    }

    // Layout in SVG user units: year labels, then bars, then figures. The
    // chart is drawn about as wide as it is shown on a phone, so its 13-unit
    // labels stay near 13 px there (site.css caps its width on wide screens).
    private static let labelWidth = 100.0
    private static let barWidth = 130.0
    private static let width = 320.0
    private static let rowHeight = 24.0

    /// Nil when the indicator has no numeric figure to draw.
    func svg(_ indicator: Indicator) -> String? {
        // The bars are each year's level: a cumulative target's path (of the
        // total so far) would not be comparable with them.
        let path = indicator.target.number?.cumulative == true ? nil
            : IndicatorProgress(indicator, baselineYear: set.baselineYear, targetYear: set.targetYear).path
        var bars: [Bar] = []
        if let number = indicator.baseline.number {
            bars.append(Bar(label: strings.year(set.baselineYear), value: number, kind: .baseline, expected: path?.start))
        }
        for year in indicator.actuals.keys.sorted() {
            if let number = indicator.actuals[year]?.number {
                bars.append(Bar(label: strings.year(year), value: number, kind: .actual, expected: path?.expected(in: year)))
            }
        }
        if let number = indicator.target.number {
            bars.append(Bar(label: strings("indicator_chart_target", ["year": String(set.targetYear)]), value: number, kind: .target,
                            expected: path?.end))
        }
        guard !bars.isEmpty else { return nil }

        let values = bars.map(\.value.value)
        let low = min(0, values.min()!), high = max(0, values.max()!)
        // Figures near Double's limits are halved first: their difference
        // would be infinite, and infinity over infinity is no coordinate.
        let scale = (high - low).isFinite ? 1.0 : 0.5
        let span = high > low ? high * scale - low * scale : 1
        func x(_ value: Double) -> Double { Self.labelWidth + (value * scale - low * scale) / span * Self.barWidth }
        let zero = x(0)

        let id = HTMLEscape.text(idPrefix)
        let name = indicator.name.text(in: strings.language, fallback: fallback)
        let unit = indicator.unit.text(in: strings.language, fallback: fallback)
        let title = unit.isEmpty ? name : strings("indicator_chart_title", ["name": name, "unit": unit])
        let description = bars.map { bar in
            let value = IndicatorFormat.display(.number(bar.value))
            // The baseline and target bars are the path's ends: their own figures say where it runs.
            guard let expected = bar.expected, bar.kind == .actual else {
                return strings("indicator_chart_figure", ["label": bar.label, "value": value])
            }
            return strings("indicator_chart_expected", ["label": bar.label, "value": value, "expected": IndicatorFormat.display(.number(expected.number))])
        }.joined(separator: strings("indicator_chart_separator"))
        let height = Double(bars.count) * Self.rowHeight + 8

        var out = "<svg class=\"indicator-chart\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\""
            + " viewBox=\"0 0 \(Self.number(Self.width)) \(Self.number(height))\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        out += "<title id=\"\(id)-title\">\(HTMLEscape.text(title))</title>\n"
        out += "<desc id=\"\(id)-desc\">\(HTMLEscape.text(description))</desc>\n"
        out += "<defs><pattern id=\"\(id)-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"currentColor\" stroke-width=\"2\"/></pattern></defs>\n"
        for (index, bar) in bars.enumerated() {
            let top = 4 + Double(index) * Self.rowHeight
            let end = x(bar.value.value)
            let left = min(zero, end), width = max(abs(end - zero), 1)
            let baseline = Self.number(top + 15)
            out += "<text x=\"\(Self.number(Self.labelWidth - 6))\" y=\"\(baseline)\" text-anchor=\"end\" fill=\"currentColor\" font-size=\"13\">\(HTMLEscape.text(bar.label))</text>"
            let fill = bar.kind == .target ? "url(#\(id)-hatch)" : "currentColor"
            out += "<rect x=\"\(Self.number(left))\" y=\"\(Self.number(top + 3))\" width=\"\(Self.number(width))\" height=\"16\" fill=\"\(fill)\" stroke=\"currentColor\"/>"
            // Past the path's dot too, which may lie beyond the bar.
            let labelX = max(zero, end, bar.expected.map { x($0.number.value) + 4 } ?? zero) + 6
            out += "<text x=\"\(Self.number(labelX))\" y=\"\(baseline)\" fill=\"currentColor\" font-size=\"13\">\(HTMLEscape.text(IndicatorFormat.display(.number(bar.value))))</text>\n"
        }
        out += "<line x1=\"\(Self.number(zero))\" y1=\"0\" x2=\"\(Self.number(zero))\" y2=\"\(Self.number(height))\" stroke=\"currentColor\"/>\n"
        let points = bars.enumerated().compactMap { index, bar in
            bar.expected.map { (x: x($0.number.value), y: 4 + Double(index) * Self.rowHeight + 11) }
        }
        if points.count > 1 {
            // Over solid bars too: a paper-coloured halo under the dashes,
            // and hollow dots, keep the path visible wherever it runs.
            let line = points.map { "\(Self.number($0.x)),\(Self.number($0.y))" }.joined(separator: " ")
            out += "<g class=\"indicator-path\" fill=\"none\">"
                + "<polyline class=\"indicator-path-halo\" points=\"\(line)\" stroke=\"#fff\" stroke-width=\"5\"/>"
                + "<polyline points=\"\(line)\" stroke=\"currentColor\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>"
            for point in points {
                out += "<circle class=\"indicator-path-dot\" cx=\"\(Self.number(point.x))\" cy=\"\(Self.number(point.y))\" r=\"3.5\" fill=\"#fff\" stroke=\"currentColor\" stroke-width=\"1.5\"/>"
            }
            out += "</g>\n"
        }
        out += "</svg>"
        return out
    }

    /// Coordinates with at most two decimals, written the same on every machine.
    static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100, fraction = abs(hundredths % 100)
        let sign = hundredths < 0 && whole == 0 ? "-" : ""
        if fraction == 0 { return sign + String(whole) }
        let digits = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction)
        return sign + String(whole) + "." + digits
    }
}

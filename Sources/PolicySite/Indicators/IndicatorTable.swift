/// A data set as an HTML table (SPEC §7): caption, group rows, units,
/// baseline, latest actual and target, attribute in words, and where asked
/// each indicator's progress (the expected value and the status in words);
/// every data cell bound to its row and column headers for screen readers.
///
/// Written in Swift rather than a template because the same table appears
/// inside Markdown, which is rendered before any template runs. Every text
/// from the data set goes through `HTMLEscape`.
struct IndicatorTable {
    let set: IndicatorSet
    let strings: IndicatorStrings
    let fallback: Language
    /// Makes the table's ids unique on its page, which may show several tables.
    let idPrefix: String
    /// Adds the expected value and the status (SPEC §7, "Progress").
    var showsProgress = false
    /// The caption; the data set's title when nil. The data set's own page,
    /// whose heading is that title, gives another.
    var caption: String?

    private var language: Language { strings.language }

    private func text(_ localized: LocalizedText) -> String {
        HTMLEscape.text(localized.text(in: language, fallback: fallback))
    }

    func html(_ indicators: [Indicator]) -> String {
        let p = HTMLEscape.text(idPrefix)
        let showLatest = !set.years.isEmpty
        var columns: [(id: String, label: String, numeric: Bool)] = [
            ("\(p)-name", strings("indicator_name"), false),
            ("\(p)-unit", strings("indicator_unit"), false),
            ("\(p)-baseline", strings("indicator_baseline", ["year": String(set.baselineYear)]), true),
        ]
        if showLatest { columns.append(("\(p)-latest", strings("indicator_latest"), true)) }
        if showsProgress { columns.append(("\(p)-expected", strings("indicator_expected"), true)) }
        columns.append(("\(p)-target", strings("indicator_target", ["year": String(set.targetYear)]), true))
        columns.append(("\(p)-attribute", strings("indicator_attribute"), false))
        if showsProgress { columns.append(("\(p)-status", strings("indicator_status"), false)) }

        // On a phone the table scrolls inside its box: a named region in the
        // tab order lets a keyboard scroll it too, and the hint (shown on
        // narrow screens) and the edge shadows (site.css) say that it does.
        var out = "<p class=\"scroll-hint\">\(HTMLEscape.text(strings("indicator_scroll_hint")))</p>\n"
            + "<div class=\"indicator-table\" role=\"region\" aria-labelledby=\"\(p)-caption\" tabindex=\"0\">\n"
            + "<table>\n<caption id=\"\(p)-caption\">\(caption.map(HTMLEscape.text) ?? text(set.title))</caption>\n<thead>\n<tr>"
        for column in columns {
            out += "<th scope=\"col\" id=\"\(column.id)\"\(column.numeric ? " class=\"num\"" : "")>\(HTMLEscape.text(column.label))</th>"
        }
        out += "</tr>\n</thead>\n<tbody>\n"
        var group: String?
        var groupID: String?
        var groupCount = 0
        for indicator in indicators {
            let name = indicator.group.map(text)
            if name != group {
                group = name
                if let name {
                    groupCount += 1
                    groupID = "\(p)-group-\(groupCount)"
                    out += "<tr class=\"group\"><th scope=\"colgroup\" colspan=\"\(columns.count)\" id=\"\(groupID!)\">\(name)</th></tr>\n"
                } else {
                    groupID = nil
                }
            }
            let rowID = "\(p)-row-\(indicator.id)"
            let groupHeader = groupID.map { " " + $0 } ?? ""
            func headers(_ column: Int) -> String { "\(columns[column].id) \(rowID)\(groupHeader)" }
            out += "<tr><th scope=\"row\" id=\"\(rowID)\" headers=\"\(columns[0].id)\(groupHeader)\">\(text(indicator.name))"
            if let note = indicator.note { out += "<span class=\"indicator-note\">\(text(note))</span>" }
            out += "</th>"
            out += "<td headers=\"\(headers(1))\">\(text(indicator.unit))</td>"
            out += cell(indicator.baseline, headers: headers(2))
            var column = 3
            if showLatest {
                if let latest = indicator.latestActual {
                    let year = HTMLEscape.text(strings("indicator_actual_year", ["year": String(latest.year)]))
                    out += cell(latest.value, headers: headers(column), suffix: " <span class=\"indicator-year\">\(year)</span>")
                } else {
                    out += cell(.empty, headers: headers(column))
                }
                column += 1
            }
            let progress = showsProgress ? IndicatorProgress(indicator, baselineYear: set.baselineYear, targetYear: set.targetYear) : nil
            if let progress {
                out += expectedCell(progress, headers: headers(column))
                column += 1
            }
            out += cell(indicator.target, headers: headers(column))
            out += "<td headers=\"\(headers(column + 1))\">\(HTMLEscape.text(strings.attribute(indicator.attribute)))</td>"
            if let progress {
                out += "<td headers=\"\(headers(column + 2))\" class=\"indicator-status\">"
                    + "\(HTMLEscape.text(strings.status(progress.status, of: indicator)))</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n"
        if indicators.contains(where: { $0.hasCumulativeValue }) {
            out += "<p class=\"indicator-legend\">\(HTMLEscape.text(strings("indicator_cumulative_legend")))</p>\n"
        }
        return out
    }

    /// Where the straight path stands in the latest year; for a cumulative
    /// target, with the total so far that it is compared with.
    private func expectedCell(_ progress: IndicatorProgress, headers: String) -> String {
        guard let expected = progress.expected, let year = progress.year else {
            return "<td headers=\"\(headers)\" class=\"num\"><span aria-hidden=\"true\">—</span>"
                + "<span class=\"visually-hidden\">\(HTMLEscape.text(strings("indicator_no_path")))</span></td>"
        }
        var note = strings("indicator_actual_year", ["year": String(year)])
        if let from = progress.totalFrom, let total = progress.actual {
            note = strings("indicator_expected_total",
                           ["from": String(from), "year": String(year), "actual": IndicatorFormat.display(.number(total.number))])
        }
        return cell(.number(expected.number), headers: headers, suffix: " <span class=\"indicator-year\">\(HTMLEscape.text(note))</span>")
    }

    private func cell(_ value: IndicatorValue, headers: String, suffix: String = "") -> String {
        switch value {
        case .empty:
            return "<td headers=\"\(headers)\" class=\"num\"><span aria-hidden=\"true\">—</span>"
                + "<span class=\"visually-hidden\">\(HTMLEscape.text(strings("indicator_no_data")))</span></td>"
        case .number:
            return "<td headers=\"\(headers)\" class=\"num\">\(HTMLEscape.text(IndicatorFormat.display(value)))\(suffix)</td>"
        case .text(let text):
            return "<td headers=\"\(headers)\">\(HTMLEscape.text(text))\(suffix)</td>"
        }
    }
}

/// A data set's normalised rows as files to download (SPEC §7, §8):
/// `<id>.csv` and `<id>.json`, the same bytes on every build, each row with
/// its progress against the plan.
struct IndicatorDownloads {
    let set: IndicatorSet
    /// The site's languages, in order: one name, unit, group and note column each.
    let languages: [Language]

    private var columns: [String] {
        ["id"] + ["group", "name", "unit"].flatMap { c in languages.map { "\(c)_\($0.code)" } }
            + ["baseline"] + set.years.map(String.init) + ["target", "attribute"] + languages.map { "note_\($0.code)" }
            // Last, so that readers of the columns before them keep working.
            + ["progress_status", "expected"]
    }

    private var progress: [IndicatorProgress] { ProgressSummary(set).progress }

    /// UTF-8 with a byte-order mark, which spreadsheet programs need to read
    /// Chinese correctly; RFC 4180 quoting and CRLF line ends.
    func csv() -> [UInt8] {
        var lines = [columns.map { CSVCell.figure($0).field }.joined(separator: ",")]
        for (indicator, progress) in zip(set.indicators, progress) {
            var cells: [CSVCell] = [.figure(indicator.id)]
            for language in languages { cells.append(.text(indicator.group?.values[language.code] ?? "")) }
            for language in languages { cells.append(.text(indicator.name.values[language.code] ?? "")) }
            for language in languages { cells.append(.text(indicator.unit.values[language.code] ?? "")) }
            cells.append(Self.cell(indicator.baseline))
            for year in set.years { cells.append(Self.cell(indicator.actuals[year] ?? .empty)) }
            cells.append(Self.cell(indicator.target))
            cells.append(.figure(indicator.attribute.rawValue))
            for language in languages { cells.append(.text(indicator.note?.values[language.code] ?? "")) }
            cells.append(.figure(progress.status.rawValue))
            cells.append(.figure(progress.expected?.literal ?? ""))
            lines.append(cells.map(\.field).joined(separator: ","))
        }
        return [0xEF, 0xBB, 0xBF] + Array(lines.map { $0 + "\r\n" }.joined().utf8)
    }

    /// Words such as 翻一番 are text a person wrote; a figure is not.
    private static func cell(_ value: IndicatorValue) -> CSVCell {
        if case .text(let text) = value { return .text(text) }
        return .figure(IndicatorFormat.plain(value))
    }

    /// Figures as JSON numbers, their marks as separate fields, so a program
    /// need not parse `[3,000]` or `>7`.
    func json() -> [UInt8] {
        func localized(_ text: LocalizedText?) -> JSONText {
            guard let text else { return .null }
            return .object(languages.sorted().compactMap { language in text.values[language.code].map { (language.code, .string($0)) } })
        }
        func value(_ value: IndicatorValue) -> JSONText {
            switch value {
            case .empty: return .null
            case .number(let number):
                return .object([
                    ("comparator", number.comparator.map { .string($0.rawValue) } ?? .null),
                    ("cumulative", .bool(number.cumulative)),
                    ("text", .null),
                    ("value", .number(number.literal)),
                ])
            case .text(let text):
                return .object([("comparator", .null), ("cumulative", .bool(false)), ("text", .string(text)), ("value", .null)])
            }
        }
        let indicators: [JSONText] = zip(set.indicators, progress).map { indicator, progress in
            .object([
                ("actual", .object(indicator.actuals.keys.sorted().map { (String($0), value(indicator.actuals[$0]!)) })),
                ("attribute", .string(indicator.attribute.rawValue)),
                ("baseline", value(indicator.baseline)),
                ("group", localized(indicator.group)),
                ("id", .string(indicator.id)),
                ("name", localized(indicator.name)),
                ("note", localized(indicator.note)),
                // `actual` is the total so far for a cumulative target.
                ("progress", .object([
                    ("actual", progress.actual.map { .number($0.literal) } ?? .null),
                    ("expected", progress.expected.map { .number($0.literal) } ?? .null),
                    ("status", .string(progress.status.rawValue)),
                    ("year", progress.year.map { .number(String($0)) } ?? .null),
                ])),
                ("target", value(indicator.target)),
                ("unit", localized(indicator.unit)),
            ])
        }
        let root = JSONText.object([
            ("baseline_year", .number(String(set.baselineYear))),
            ("id", .string(set.id)),
            ("indicators", .array(indicators)),
            ("notes", localized(set.notes)),
            ("source", localized(set.source)),
            ("target_year", .number(String(set.targetYear))),
            ("title", localized(set.title)),
            ("years", .array(set.years.map { .number(String($0)) })),
        ])
        return Array((root.rendered(indent: "") + "\n").utf8)
    }
}

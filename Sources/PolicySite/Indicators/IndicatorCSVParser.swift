import CSV

/// Reads a data set's rows (SPEC §7) with yaslab/CSV.swift.
///
/// The library returns each record's fields, however many there are, which
/// is what lets a row with too few or too many fields be reported. It does
/// not count lines; a record ends at exactly one line break and keeps the
/// line breaks inside its quoted fields, so the next record's line is this
/// one's plus one plus the breaks in its fields.
struct IndicatorCSVParser {
    let path: String
    let languages: [Language]
    let diagnostics: Diagnostics

    struct Rows {
        var years: [Int]
        var indicators: [Indicator]
    }

    private static let fixedColumns = ["id", "baseline", "target", "attribute"]
    private static let localizedColumns = ["name", "unit", "group", "note"]

    /// The rows, or nil after reporting every problem found in the file.
    func parse(_ text: String) -> Rows? {
        var errors = 0
        func error(_ line: Int, _ column: Int, _ said: Message) {
            diagnostics.report(.error(path, SourcePosition(line: line, column: column), said))
            errors += 1
        }

        guard let reader = try? CSVReader(string: text, hasHeaderRow: false), let header = reader.next(),
              header.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
        else {
            error(1, 1, .noHeaderRow(required: requiredColumns))
            return nil
        }
        let names = header.map { $0.trimmingCharacters(in: .whitespaces) }
        var columns: [String: Int] = [:]
        var years: [Int] = []
        for (index, name) in names.enumerated() {
            if let first = columns[name] {
                error(1, index + 1, .columnTwice(name, field: index + 1, first: first + 1))
                continue
            }
            columns[name] = index
            if let year = Self.year(name) {
                years.append(year)
            } else if !knownColumns.contains(name) {
                diagnostics.report(.warning(path, SourcePosition(line: 1, column: index + 1), .unknownColumn(
                    name, field: index + 1, known: knownColumns, suggestion: Suggestion.nearest(to: name, in: knownColumns))))
            }
        }
        for name in requiredColumns where columns[name] == nil {
            error(1, 1, .columnMissing(name, required: requiredColumns))
        }

        var indicators: [Indicator] = []
        var lines: [String: Int] = [:]
        var line = 1 + header.reduce(0) { $0 + $1.count { $0 == "\n" } }
        while let fields = reader.next() {
            line += 1
            let rowLine = line
            line += fields.reduce(0) { $0 + $1.count { $0 == "\n" } }
            if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) && fields.count <= 1 { continue }
            if fields.count != names.count {
                let column = min(fields.count, names.count) + 1
                error(rowLine, column, .fieldCount(fields.count, header: names.count, field: column,
                                                   missing: fields.count < names.count ? names[column - 1] : nil))
                continue
            }
            func field(_ name: String) -> String? {
                columns[name].map { fields[$0].trimmingCharacters(in: .whitespaces) }
            }
            func fieldError(_ name: String, _ said: Message) {
                let column = columns[name]! + 1
                error(rowLine, column, .inField(column, name, said))
            }
            func fieldWarning(_ name: String, _ said: Message) {
                let column = columns[name]! + 1
                diagnostics.report(.warning(path, SourcePosition(line: rowLine, column: column), .inField(column, name, said)))
            }
            /// Text to be read: one with an invisible character is a warning (SPEC §4).
            func checkText(_ name: String, _ text: String) {
                let found = InvisibleCharacters.stray(in: text)
                guard !found.isEmpty else { return }
                fieldWarning(name, .invisibleCharacters(in: Bilingual(zh: "文字", en: "the text"), found))
            }

            var ok = true
            guard let id = field("id") else { continue }
            if id.isEmpty {
                fieldError("id", .indicatorWithoutID)
                ok = false
            } else if !Slug.isValid(id) {
                fieldError("id", .indicatorIDNotASlug(id))
                ok = false
            } else if let first = lines[id] {
                fieldError("id", .indicatorIDRepeated(id, firstLine: first))
                ok = false
            } else {
                lines[id] = rowLine
            }

            func localized(_ column: String) -> LocalizedText? {
                var values: [String: String] = [:]
                for language in languages {
                    let name = "\(column)_\(language.code)"
                    if let text = field(name), !text.isEmpty {
                        checkText(name, text)
                        values[language.code] = text
                    }
                }
                return values.isEmpty ? nil : LocalizedText(values)
            }
            for language in languages {
                let name = "name_\(language.code)"
                if let text = field(name), text.isEmpty {
                    fieldError(name, .indicatorWithoutName)
                    ok = false
                }
            }
            func value(_ name: String) -> IndicatorValue {
                guard let raw = field(name) else { return .empty }
                switch IndicatorValueParser.parse(raw) {
                case .success(.text(let text)):
                    checkText(name, text)
                    if let artefact = IndicatorValueParser.artefact(text) { fieldWarning(name, artefact.said) }
                    return .text(text)
                case .success(let value): return value
                case .failure(let problem):
                    fieldError(name, problem.said)
                    ok = false
                    return .empty
                }
            }
            let baseline = value("baseline"), target = value("target")
            var actuals: [Int: IndicatorValue] = [:]
            for year in years {
                let value = value(String(year))
                if value != .empty { actuals[year] = value }
            }
            var attribute = IndicatorAttribute.expected
            if let raw = field("attribute") {
                if let parsed = IndicatorAttribute(parsing: raw) {
                    attribute = parsed
                } else {
                    fieldError("attribute", .badAttribute(raw))
                    ok = false
                }
            }
            guard ok else { continue }
            indicators.append(Indicator(
                id: id, name: localized("name") ?? LocalizedText([:]), unit: localized("unit") ?? LocalizedText([:]),
                group: localized("group"), note: localized("note"),
                baseline: baseline, target: target, actuals: actuals, attribute: attribute))
        }
        return errors == 0 ? Rows(years: years.sorted(), indicators: indicators) : nil
    }

    private var requiredColumns: [String] {
        ["id"] + languages.map { "name_\($0.code)" } + languages.map { "unit_\($0.code)" } + ["baseline", "target", "attribute"]
    }

    /// The site's languages' columns, and SPEC §7's `_zh` and `_en` ones on
    /// any site: a Chinese-only site's spreadsheet is often the bilingual
    /// table of a plan, and its `_en` columns are not a mistake to warn of.
    private var knownColumns: [String] {
        let codes = languages.map(\.code) + Self.specLanguages.filter { code in !languages.contains(Language(code)) }
        return Self.fixedColumns + Self.localizedColumns.flatMap { column in codes.map { "\(column)_\($0)" } }
    }

    private static let specLanguages = ["zh", "en"]

    /// A column of actual values is headed by a four-digit year.
    private static func year(_ name: String) -> Int? {
        guard name.count == 4, name.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(name)
    }
}

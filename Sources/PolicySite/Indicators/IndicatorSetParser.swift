import Yams

/// Pairs `Content/indicators/<id>.yaml` with `<id>.csv` and reads each pair
/// into an `IndicatorSet` (SPEC §7), reporting every problem in every file.
struct IndicatorSetParser {
    let languages: [Language]
    let diagnostics: Diagnostics

    static let fields = ["title", "source", "baseline_year", "target_year", "notes"]

    /// The data sets without errors, by id.
    func parseAll(_ sources: [SourceFile]) -> [String: IndicatorSet] {
        var pairs: [String: (yaml: SourceFile?, csv: SourceFile?)] = [:]
        for source in sources {
            let name = String(source.path.split(separator: "/").last ?? "")
            let isYAML = name.hasSuffix(".yaml")
            let id = String(name.dropLast(isYAML ? 5 : 4))
            guard Slug.isValid(id) else {
                diagnostics.report(.error(source.path, SourcePosition(line: 1, column: 1),
                                          "'\(id)' is not a valid data set id", hint: Slug.hint(for: id)))
                continue
            }
            if isYAML { pairs[id, default: (nil, nil)].yaml = source } else { pairs[id, default: (nil, nil)].csv = source }
        }
        var sets: [String: IndicatorSet] = [:]
        for (id, pair) in pairs.sorted(by: { $0.key < $1.key }) {
            // Its page would be the report's (SPEC §7); reported once, at
            // the description if there is one.
            if id == IndicatorCatalog.progressReportFolder, let file = pair.yaml ?? pair.csv {
                diagnostics.report(.error(file.path, SourcePosition(line: 1, column: 1),
                                          "the data set id '\(id)' is taken by the plan progress report, indicators/\(id)/",
                                          hint: "rename \(id).yaml and \(id).csv, e.g. to plan-\(id).yaml and plan-\(id).csv"))
                continue
            }
            switch (pair.yaml, pair.csv) {
            case (let yaml?, let csv?):
                if let set = parse(id: id, yaml: yaml, csv: csv) { sets[id] = set }
            case (let yaml?, nil):
                diagnostics.report(.error(yaml.path, SourcePosition(line: 1, column: 1),
                                          "the data set '\(id)' has no rows: Content/indicators/\(id).csv is missing",
                                          hint: "export the indicator table as \(id).csv next to this file"))
            case (nil, let csv?):
                diagnostics.report(.error(csv.path, SourcePosition(line: 1, column: 1),
                                          "the data set '\(id)' has no description: Content/indicators/\(id).yaml is missing",
                                          hint: "add \(id).yaml with title, baseline_year and target_year (SPEC §7)"))
            case (nil, nil):
                break
            }
        }
        return sets
    }

    func parse(id: String, yaml source: SourceFile, csv: SourceFile) -> IndicatorSet? {
        let description = describe(source)
        let rows = IndicatorCSVParser(path: csv.path, languages: languages, diagnostics: diagnostics).parse(csv.text)
        guard let description, let rows else { return nil }
        return IndicatorSet(
            id: id, title: description.title, source: description.source, notes: description.notes,
            baselineYear: description.baselineYear, targetYear: description.targetYear,
            years: rows.years, indicators: rows.indicators)
    }

    private struct Description {
        var title: LocalizedText
        var source: LocalizedText?
        var notes: LocalizedText?
        var baselineYear: Int
        var targetYear: Int
    }

    private func describe(_ source: SourceFile) -> Description? {
        let yaml = YAMLSource(path: source.path, lineOffset: 0, diagnostics: diagnostics)
        guard let root = yaml.parse(source.text) else {
            if source.text.allSatisfy(\.isWhitespace) {
                diagnostics.report(.error(source.path, SourcePosition(line: 1, column: 1), "this data set description is empty",
                                          hint: "give at least title, baseline_year and target_year (SPEC §7)"))
            }
            return nil
        }
        guard case .mapping(let map) = root else {
            yaml.error(root, "a data set description must be a map of fields (title:, baseline_year:, target_year: …)")
            return nil
        }
        yaml.checkKeys(map, known: Self.fields, context: "a data set description")
        var ok = true
        func require(_ key: String) -> Node? {
            if let node = map[key] { return node }
            diagnostics.report(.error(source.path, SourcePosition(line: 1, column: 1), "the data set has no '\(key)'",
                                      hint: "add '\(key):' (SPEC §7)"))
            ok = false
            return nil
        }
        let title = require("title").flatMap { yaml.localized($0, field: "title", languages: languages) }
        let baseline = require("baseline_year").flatMap { yaml.int($0, field: "baseline_year") }
        let target = require("target_year").flatMap { yaml.int($0, field: "target_year") }
        var sourceText: LocalizedText?
        if let node = map["source"] {
            sourceText = yaml.localized(node, field: "source", languages: languages)
            ok = ok && sourceText != nil
        }
        var notes: LocalizedText?
        if let node = map["notes"] {
            notes = yaml.localized(node, field: "notes", languages: languages)
            ok = ok && notes != nil
        }
        if let baseline, let target, let node = map["target_year"], target <= baseline {
            yaml.error(node, "target_year \(target) is not after baseline_year \(baseline)")
            ok = false
        }
        guard ok, let title, let baseline, let target else { return nil }
        return Description(title: title, source: sourceText, notes: notes, baselineYear: baseline, targetYear: target)
    }
}

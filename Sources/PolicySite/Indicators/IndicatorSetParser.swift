import Yams

/// Pairs `Content/indicators/<id>.yaml` with `<id>.csv` and reads each pair
/// into an `IndicatorSet` (SPEC §7), reporting every problem in every file.
struct IndicatorSetParser {
    let languages: [Language]
    let diagnostics: Diagnostics

    static let fields = ["title", "source", "baseline_year", "target_year", "notes"]

    /// The data sets without errors, by id. A file in `rejected` exists
    /// but could not be read, which was reported: its partner is not
    /// reported as missing one.
    func parseAll(_ sources: [SourceFile], rejected: Set<String> = []) -> [String: IndicatorSet] {
        var pairs: [String: (yaml: SourceFile?, csv: SourceFile?)] = [:]
        for source in sources {
            let name = String(source.path.split(separator: "/").last ?? "")
            let isYAML = name.hasSuffix(".yaml")
            let id = String(name.dropLast(isYAML ? 5 : 4))
            guard Slug.isValid(id) else {
                diagnostics.report(.error(source.path, SourcePosition(line: 1, column: 1), .dataSetIDNotASlug(id)))
                continue
            }
            if isYAML { pairs[id, default: (nil, nil)].yaml = source } else { pairs[id, default: (nil, nil)].csv = source }
        }
        var sets: [String: IndicatorSet] = [:]
        for (id, pair) in pairs.sorted(by: { $0.key < $1.key }) {
            // Its page would be the report's (SPEC §7); reported once, at
            // the description if there is one.
            if id == IndicatorCatalog.progressReportFolder, let file = pair.yaml ?? pair.csv {
                diagnostics.report(.error(file.path, SourcePosition(line: 1, column: 1), .dataSetIDReserved(id)))
                continue
            }
            switch (pair.yaml, pair.csv) {
            case (let yaml?, let csv?):
                if let set = parse(id: id, yaml: yaml, csv: csv) { sets[id] = set }
            case (let yaml?, nil) where !rejected.contains("Content/indicators/\(id).csv"):
                diagnostics.report(.error(yaml.path, SourcePosition(line: 1, column: 1), .dataSetWithoutRows(id)))
            case (nil, let csv?) where !rejected.contains("Content/indicators/\(id).yaml"):
                diagnostics.report(.error(csv.path, SourcePosition(line: 1, column: 1), .dataSetWithoutDescription(id)))
            default:
                break
            }
        }
        return sets
    }

    /// The ids of every data set with a file under `Content/indicators/`,
    /// read or not: one that failed is still named rightly elsewhere.
    static func ids(in paths: [String]) -> Set<String> {
        Set(paths.compactMap { path in
            guard path.hasPrefix("Content/indicators/") else { return nil }
            let name = path.dropFirst("Content/indicators/".count)
            if name.hasSuffix(".yaml") { return String(name.dropLast(5)) }
            if name.hasSuffix(".csv") { return String(name.dropLast(4)) }
            return nil
        })
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
                diagnostics.report(.error(source.path, SourcePosition(line: 1, column: 1), .emptyDataSetDescription))
            }
            return nil
        }
        guard case .mapping(let map) = root else {
            yaml.error(root, .dataSetDescriptionNotAMap)
            return nil
        }
        yaml.checkKeys(map, known: Self.fields, context: Bilingual(zh: "数据集说明", en: "a data set description"))
        var ok = true
        func require(_ key: String) -> Node? {
            if let node = map[key] { return node }
            diagnostics.report(.error(source.path, SourcePosition(line: 1, column: 1), .dataSetLacks(key)))
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
            yaml.error(node, .targetNotAfterBaseline(target: target, baseline: baseline))
            ok = false
        }
        guard ok, let title, let baseline, let target else { return nil }
        return Description(title: title, source: sourceText, notes: notes, baselineYear: baseline, targetYear: target)
    }
}

/// `doc_number：崂科发〔2021〕1号`: a field name followed by the full-width
/// colon (全角冒号) a Chinese input method types, the commonest slip in
/// front matter. YAML does not read it as a colon, and reports the mistake
/// somewhere else: on the next field's line, at the end of the front
/// matter, or not at all when it is the only field.
struct FullWidthColon: Equatable {
    /// 1-based, in the YAML text.
    var line: Int
    /// Of the colon, 1-based, in Unicode scalars.
    var column: Int
    var key: String
    /// The line as it should be, for the hint.
    var corrected: String

    /// Every line that starts (after its indentation and a list's `- `)
    /// with a field name and a full-width colon. Field names are ASCII, so
    /// in YAML that failed to parse such a line is never meant as text.
    static func all(in text: String) -> [FullWidthColon] {
        var found: [FullWidthColon] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line.drop { $0 == " " }
            if rest.hasPrefix("- ") { rest = rest.dropFirst(2).drop { $0 == " " } }
            let key = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
            guard let first = key.first, first.isLetter || first == "_" else { continue }
            let afterKey = rest[key.endIndex...].drop { $0 == " " }
            guard afterKey.first == "：" else { continue }
            let value = afterKey.dropFirst().drop { $0 == " " }
            let column = line[..<afterKey.startIndex].unicodeScalars.count + 1
            let corrected = line[..<key.endIndex] + ": " + value
            found.append(FullWidthColon(line: index + 1, column: column, key: String(key), corrected: String(corrected)))
        }
        return found
    }
}

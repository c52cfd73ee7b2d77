/// One field of a data set's CSV download (SPEC §7), as Excel and WPS will
/// read it: the public opens these files, so no cell may run as a formula.
enum CSVCell {
    /// Words a person wrote (names, units, groups, notes, values such as
    /// 翻一番): a spreadsheet would run one that starts like a formula.
    case text(String)
    /// What the build wrote itself (column names, ids, attributes) or a
    /// figure with its marks, negative ones included: these stay as they
    /// are, so that a spreadsheet reads `-2` as the number it is.
    case figure(String)

    /// The starts OWASP's CSV injection rule names: `=`, `+`, `-`, `@`
    /// begin a formula, and a spreadsheet skips a leading tab or carriage
    /// return to find one. A line feed too: reading the file turns an
    /// author's lone carriage return into one. Compared as Unicode scalars:
    /// `\r\n` is one Character, and would not equal `\r`.
    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\n"]

    /// The field as written into the file: a text cell that starts like a
    /// formula gets a leading `'`, which spreadsheets read as "this is
    /// text" and do not show; RFC 4180 quotes where a value needs them.
    var field: String {
        switch self {
        case .figure(let value):
            return Self.quoted(value)
        case .text(let value):
            guard let first = value.unicodeScalars.first, Self.formulaStarts.contains(first) else { return Self.quoted(value) }
            return Self.quoted("'" + value)
        }
    }

    private static func quoted(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

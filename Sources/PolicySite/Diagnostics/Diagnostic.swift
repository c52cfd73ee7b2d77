/// One problem found in the site, pointing at the place a person must edit.
///
/// Every stage reports into a `Diagnostics` collector instead of throwing on
/// the first problem, so one run shows everything that needs fixing.
public struct Diagnostic: Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable, Codable {
        case error
        case warning
    }

    public var severity: Severity
    /// Path relative to the site root, e.g. `Content/policies/plan.zh.md`.
    public var file: String
    /// 1-based; 0 when the problem concerns the file as a whole.
    public var line: Int
    /// 1-based, counted in Unicode scalars.
    public var column: Int
    /// Its code, message and hint in both languages.
    public var said: Message

    public init(_ severity: Severity, file: String, line: Int = 0, column: Int = 0, _ said: Message) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.said = said
    }

    public static func error(_ file: String, _ position: SourcePosition = .none, _ said: Message) -> Diagnostic {
        Diagnostic(.error, file: file, line: position.line, column: position.column, said)
    }

    public static func warning(_ file: String, _ position: SourcePosition = .none, _ said: Message) -> Diagnostic {
        Diagnostic(.warning, file: file, line: position.line, column: position.column, said)
    }

    public var code: DiagnosticCode { said.code }

    public func message(in language: MessageLanguage) -> String { said.text[language] }

    public func hint(in language: MessageLanguage) -> String? { said.hint?[language] }

    /// In English: what tests and programs that match on text read.
    public var message: String { said.text.en }

    public var hint: String? { said.hint?.en }
}

extension Diagnostic: Comparable {
    /// By file, then line and column, so the report reads like the files do.
    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.file, a.line, a.column, a.message) < (b.file, b.line, b.column, b.message)
    }
}

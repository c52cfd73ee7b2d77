/// What a diagnostic says: its code, its message and how to fix it, in both
/// languages. Made only by the catalogue (`Messages/`), never at the place
/// that finds the problem, so the texts of one area read side by side and
/// every one has its code.
public struct Message: Sendable, Hashable {
    public var code: DiagnosticCode
    public var text: Bilingual
    public var hint: Bilingual?

    init(_ code: DiagnosticCode, zh: String, en: String, hint: Bilingual? = nil) {
        self.code = code
        self.text = Bilingual(zh: zh, en: en)
        self.hint = hint
    }
}

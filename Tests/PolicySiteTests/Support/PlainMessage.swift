@testable import PolicySite

extension Message {
    /// A message for tests of the formats and reporters, not of a
    /// catalogue entry: the same text in both languages.
    static func plain(_ text: String, hint: String? = nil, code: DiagnosticCode = .yamlSyntax) -> Message {
        Message(code, zh: text, en: text, hint: hint.map { Bilingual(zh: $0, en: $0) })
    }
}

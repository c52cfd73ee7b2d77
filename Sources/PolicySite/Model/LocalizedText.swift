/// A value that differs per language: a map from language code to text.
public struct LocalizedText: Sendable, Hashable {
    public var values: [String: String]

    public init(_ values: [String: String]) { self.values = values }

    /// The text in `language`, else in the site's default language, so a
    /// page never shows a blank where a name belongs.
    public func text(in language: Language, fallback: Language) -> String {
        values[language.code] ?? values[fallback.code] ?? values.sorted { $0.key < $1.key }.first?.value ?? ""
    }
}

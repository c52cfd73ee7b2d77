/// A text the tool says, in both languages it speaks. Both are required,
/// so no message can exist in one language only.
public struct Bilingual: Sendable, Hashable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// Nothing, in both languages.
    public static let none = Bilingual(zh: "", en: "")

    /// Each language's text followed by the same language's of `rest`.
    public static func + (text: Bilingual, rest: Bilingual) -> Bilingual {
        Bilingual(zh: text.zh + rest.zh, en: text.en + rest.en)
    }

    public subscript(language: MessageLanguage) -> String {
        switch language {
        case .zh: return zh
        case .en: return en
        }
    }
}

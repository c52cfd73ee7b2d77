/// Slugs name documents, topics, glossary terms and data sets in URLs:
/// `[a-z0-9]+(-[a-z0-9]+)*` (SPEC §4), so they can never escape a folder.
public enum Slug {
    public static func isValid(_ text: String) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last,
              first != UInt8(ascii: "-"), last != UInt8(ascii: "-")
        else { return false }
        var previousDash = false
        for byte in text.utf8 {
            let dash = byte == UInt8(ascii: "-")
            let allowed = dash || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            if !allowed || (dash && previousDash) { return false }
            previousDash = dash
        }
        return true
    }

    /// The rule, led by the invisible character a text holds, if it holds
    /// one: the rule cannot show what is wrong with `tech​-transfer`.
    public static func hint(for text: String) -> String { Slug.rule(for: text).en }

    static func rule(for text: String) -> Bilingual {
        let rule = Bilingual(zh: "slug 只能用 a-z、0-9 和夹在它们之间的单个连字符，例如“sci-tech-plan”",
                             en: "a slug uses only a-z, 0-9 and single hyphens between them, e.g. 'sci-tech-plan'")
        guard let scalar = text.unicodeScalars.first(where: InvisibleCharacters.isInvisible) else { return rule }
        let named = InvisibleCharacters.described(scalar)
        return Bilingual(zh: "其中有 \(named)，这是常随粘贴的文字而来的不可见字符，请删除它；" + rule.zh,
                         en: "it holds \(named), an invisible character that usually comes with pasted text: delete it; " + rule.en)
    }
}

/// Stable `id`s for headings: the heading's own words, Chinese kept, so a
/// link to `#一文件出台背景` keeps working when other sections change.
struct HeadingIDs {
    /// Ids the page template uses itself, and the footnotes' prefixes.
    private var used: Set<String> = ["main", "toc", "content", "top", "site-nav", "language"]
    /// Per base, the number its last id was given. Ids are only ever added,
    /// so numbering goes on from there: starting again from 1 each time
    /// took seconds for a page of a few thousand headings with one text.
    private var lastNumber: [String: Int] = [:]

    /// A unique id for a heading with this text; repeats get `-1`, `-2`, ….
    mutating func next(for text: String) -> String {
        var base = Self.slug(text)
        // cmark-gfm's footnotes own every `fn-…` and `fnref-…` id. Numbering
        // such a base could never leave the prefix (it hung the build), so
        // the heading's id is moved out of their way once, before numbering.
        if base.hasPrefix("fn-") || base.hasPrefix("fnref-") { base = "h-" + base }
        var n = lastNumber[base] ?? 0
        var id = n == 0 ? base : "\(base)-\(n)"
        while used.contains(id) {
            n += 1
            id = "\(base)-\(n)"
        }
        used.insert(id)
        lastNumber[base] = n
        return id
    }

    /// Letters and digits of any script, lowercased; spaces and hyphens as
    /// single `-`; everything else dropped.
    static func slug(_ text: String) -> String {
        simpleSlug(text) ?? slugByCharacters(text)
    }

    /// `slug` by its definition, character by character.
    static func slugByCharacters(_ text: String) -> String {
        var slug = Slug()
        for ch in text.lowercased() {
            slug.take(kind(of: ch), separator: ch == " " || ch == "-" || ch == "_", ch.utf8)
        }
        return slug.text
    }

    /// `slug` scalar by scalar, for a text whose every scalar is a
    /// character of its own that lowercases on its own: printable ASCII and
    /// the Chinese blocks, nearly every heading. Breaking the text into
    /// characters and lowercasing it first were most of numbering headings.
    private static func simpleSlug(_ text: String) -> String? {
        var slug = Slug()
        for scalar in text.unicodeScalars {
            var value = scalar.value
            switch value {
            case 0x41...0x5A: value |= 0x20
            // Not U+302A–U+302F, tone marks that join the character before.
            case 0x20...0x7E, 0x3000...0x3029, 0x3030...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF20, 0xFF3B...0xFF5E: break
            default: return nil
            }
            slug.take(kinds[Int(value)], separator: value == 0x20 || value == 0x2D || value == 0x5F, UTF8.encode(Unicode.Scalar(value)!)!)
        }
        return slug.text
    }

    /// A slug as it is written, either way: words kept, a run of spaces
    /// and hyphens between them one `-`.
    private struct Slug {
        private var bytes: [UInt8] = []
        private var pendingDash = false

        mutating func take(_ kind: Kind, separator: Bool, _ utf8: some Sequence<UInt8>) {
            if kind == .word {
                if pendingDash && !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
                pendingDash = false
                bytes.append(contentsOf: utf8)
            } else if separator || kind == .space {
                pendingDash = true
            }
        }

        var text: String { bytes.isEmpty ? "section" : String(decoding: bytes, as: UTF8.self) }
    }

    private enum Kind: UInt8 {
        case other, word, space
    }

    /// `isLetter || isNumber`, else `isWhitespace`, of every one-scalar
    /// Character in the Basic Multilingual Plane, worked out once (a few
    /// milliseconds): the Unicode property lookups per character were half
    /// of numbering headings.
    private static let kinds: [Kind] = (0..<0x10000).map { value in
        guard let scalar = Unicode.Scalar(value) else { return .other }
        return kind(computing: Character(scalar))
    }

    private static func kind(of ch: Character) -> Kind {
        let scalars = ch.unicodeScalars
        if scalars.count == 1, let value = scalars.first?.value, value < 0x10000 { return kinds[Int(value)] }
        return kind(computing: ch)
    }

    private static func kind(computing ch: Character) -> Kind {
        ch.isLetter || ch.isNumber ? .word : ch.isWhitespace ? .space : .other
    }
}

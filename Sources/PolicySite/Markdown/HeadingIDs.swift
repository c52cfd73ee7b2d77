/// Stable `id`s for headings: the heading's own words, Chinese kept, so a
/// link to `#一文件出台背景` keeps working when other sections change.
struct HeadingIDs {
    /// Ids the page template uses itself, and the footnotes' prefixes.
    private var used: Set<String> = ["main", "toc", "content", "top", "site-nav", "language"]

    /// A unique id for a heading with this text; repeats get `-1`, `-2`, ….
    mutating func next(for text: String) -> String {
        let base = Self.slug(text)
        var id = base
        var n = 0
        while used.contains(id) || id.hasPrefix("fn-") || id.hasPrefix("fnref-") {
            n += 1
            id = "\(base)-\(n)"
        }
        used.insert(id)
        return id
    }

    /// Letters and digits of any script, lowercased; spaces and hyphens as
    /// single `-`; everything else dropped.
    static func slug(_ text: String) -> String {
        var out = ""
        var pendingDash = false
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.append(ch)
            } else if ch == " " || ch == "-" || ch == "_" || ch.isWhitespace {
                pendingDash = true
            }
        }
        return out.isEmpty ? "section" : out
    }
}

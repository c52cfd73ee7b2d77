/// Script tags in generated pages. Every page loads the theme's larger-text
/// toggle (assets/a11y.js; the 404 page holds it inline, as it may be shown
/// at any address) and the search page its search script; anything else
/// would be a hole.
enum ThemeScripts {
    /// The opening `<script` tags in `html` other than the larger-text
    /// toggle's: empty for a page whose only script is the theme's own.
    static func others(in html: String) -> [String] {
        let toggle = try! Regex(#"^<script (src="[a-z0-9./_-]*assets/a11y\.js" )?data-label="(大字版|larger text)">$"#)
        let lowered = html.lowercased()
        var tags: [String] = []
        var rest = lowered[...]
        while let start = rest.range(of: "<script") {
            let end = rest[start.upperBound...].firstIndex(of: ">") ?? rest.endIndex
            let tag = String(rest[start.lowerBound..<min(rest.index(after: end), rest.endIndex)])
            if (try? toggle.wholeMatch(in: tag)) == nil { tags.append(tag) }
            rest = rest[start.upperBound...]
        }
        return tags
    }
}

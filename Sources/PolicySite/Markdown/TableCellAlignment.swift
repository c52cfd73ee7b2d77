/// A table column's alignment (`|--:|`) as a class the theme styles.
///
/// cmark-gfm writes it as `align="right"` on every cell of the column, an
/// attribute HTML5 made obsolete: the Nu checker reports each such cell as
/// an error. Its `CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES` writes a style
/// attribute instead, which a site served with a Content-Security-Policy
/// that forbids inline styles would ignore; a class works everywhere.
///
/// The one edit made on cmark's HTML rather than its tree, like the
/// footnote label: the table extension allows nothing but cells in a row,
/// so a cell cannot be replaced by a block of ours. The strings replaced
/// are exactly what the extension writes; text in a page cannot produce
/// them, as cmark writes its `"` as `&quot;`.
enum TableCellAlignment {
    private static let replacements: [(String, String)] = ["th", "td"].flatMap { cell in
        ["left", "center", "right"].map { side in ("<\(cell) align=\"\(side)\">", "<\(cell) class=\"align-\(side)\">") }
    }

    static func classes(in html: String) -> String {
        replacements.reduce(html) { html, pair in LiteralReplacement.replacing(pair.0, with: pair.1, in: html) }
    }
}

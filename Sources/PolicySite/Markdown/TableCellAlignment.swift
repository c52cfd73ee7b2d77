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
    /// `<td align="right">` becomes `<td class="align-right">`: the side
    /// (left, center or right) that follows is kept as it is.
    static func classes(in html: String) -> String {
        ["th", "td"].reduce(html) { html, cell in
            LiteralReplacement.replacing("<\(cell) align=\"", with: "<\(cell) class=\"align-", in: html)
        }
    }
}

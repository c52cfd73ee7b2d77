import Foundation

/// A table column's alignment (`|--:|`) as a class the theme styles.
///
/// cmark-gfm writes it as `align="right"` on every cell of the column, an
/// attribute HTML5 made obsolete: the Nu checker reports each such cell as
/// an error. Its `CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES` writes a style
/// attribute instead, which a site served with a Content-Security-Policy
/// that forbids inline styles would ignore; a class works everywhere.
///
/// Like the footnote label, an edit of cmark's HTML rather than its tree:
/// the table extension allows nothing but cells in a row, so a cell cannot
/// be replaced by a block of ours. The strings replaced
/// are exactly what the extension writes; text in a page cannot produce
/// them, as cmark writes its `"` as `&quot;`.
enum TableCellAlignment {
    private static let attribute = Array(" align=\"".utf8)
    private static let replacement = Array(" class=\"align-".utf8)

    /// cmark's HTML with `<td align="right">` as `<td class="align-right">`
    /// (the side that follows is kept as it is), or nil when it has no
    /// aligned cell. Done on the bytes cmark wrote, before they become a
    /// String: making a String of a page's HTML again was a twentieth of
    /// parsing the benchmark corpus, whose every page has a table.
    static func classes(in html: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard let base = html.baseAddress else { return nil }
        var out: [UInt8] = []
        var copied = 0
        var at = 0
        // memchr jumps from tag to tag; `<td` or `<th` and the attribute follow.
        while at < html.count, let found = memchr(base + at, Int32(UInt8(ascii: "<")), html.count - at) {
            at = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
            let name = at + 2
            guard name + attribute.count <= html.count, html[at] == UInt8(ascii: "t"),
                  html[at + 1] == UInt8(ascii: "d") || html[at + 1] == UInt8(ascii: "h"),
                  attribute.indices.allSatisfy({ html[name + $0] == attribute[$0] }) else { continue }
            if out.isEmpty { out.reserveCapacity(html.count + html.count / 8) }
            out += html[copied..<name]
            out += replacement
            copied = name + attribute.count
            at = copied
        }
        guard copied > 0 else { return nil }
        out += html[copied...]
        return out
    }
}

import CMarkGFM
import Foundation

/// A glossary definition's inline Markdown as HTML, through cmark-gfm in
/// safe mode whatever `markdown.unsafe_html` says: raw HTML and script
/// links are dropped.
///
/// A definition is shown inside a sentence (beside a linked term) and on
/// the glossary page from another folder, so it must be one paragraph
/// (no block can sit inside a `<p>`), and its links must be absolute.
enum DefinitionRenderer {
    enum Outcome {
        case html(definition: String, tooltip: String)
        case problem(message: String, hint: String)
    }

    static func render(_ markdown: String) -> Outcome {
        let parsed = CMarkDocument(markdown, options: CMARK_OPT_DEFAULT)
        let document = parsed.root

        guard let paragraph = cmark_node_first_child(document), cmark_node_next(paragraph) == nil,
              cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH
        else {
            return .problem(message: "a definition must be one paragraph of text",
                            hint: "write it on one line, without headings, lists or blank lines")
        }
        var links: [OpaquePointer] = []
        let iterator = cmark_iter_new(paragraph)
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_IMAGE {
                cmark_iter_free(iterator)
                return .problem(message: "a definition cannot hold an image", hint: "describe it in words")
            }
            if type == CMARK_NODE_LINK { links.append(node) }
        }
        cmark_iter_free(iterator)
        for link in links {
            let url = cmark_node_get_url(link).map { String(cString: $0) } ?? ""
            guard ["https://", "http://", "mailto:"].contains(where: url.lowercased().hasPrefix) else {
                return .problem(message: "the link '\(url)' in a definition is not an absolute address",
                                hint: "definitions appear on many pages: write the full address, e.g. https://www.gov.cn/…")
            }
        }
        let definition = inlineHTML(paragraph, of: parsed)
        for link in links {
            while let child = cmark_node_first_child(link) { cmark_node_insert_before(link, child) }
            cmark_node_unlink(link)
            cmark_node_free(link)
        }
        return .html(definition: definition, tooltip: inlineHTML(paragraph, of: parsed))
    }

    /// The paragraph's content without its `<p>` tags.
    private static func inlineHTML(_ paragraph: OpaquePointer, of parsed: CMarkDocument) -> String {
        var html = parsed.html(paragraph)
        if html.hasPrefix("<p>") { html.removeFirst(3) }
        while html.hasSuffix("\n") { html.removeLast() }
        if html.hasSuffix("</p>") { html.removeLast(4) }
        return html
    }
}

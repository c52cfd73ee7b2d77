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
    enum Problem: Equatable {
        case notOneParagraph
        case image(url: String)
        case relativeLink(url: String)
    }

    enum Outcome {
        case html(definition: String, tooltip: String)
        /// Every problem of the definition, so that one run shows them all.
        case problems([Problem])
    }

    static func render(_ markdown: String) -> Outcome {
        let parsed = CMarkDocument(markdown, options: CMARK_OPT_DEFAULT)
        let document = parsed.root

        var problems: [Problem] = []
        let first = cmark_node_first_child(document)
        if first == nil || cmark_node_next(first) != nil || cmark_node_get_type(first) != CMARK_NODE_PARAGRAPH {
            problems.append(.notOneParagraph)
        }
        var links: [OpaquePointer] = []
        let iterator = cmark_iter_new(document)
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_IMAGE {
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                problems.append(.image(url: url))
            }
            if type == CMARK_NODE_LINK { links.append(node) }
        }
        cmark_iter_free(iterator)
        for link in links {
            let url = cmark_node_get_url(link).map { String(cString: $0) } ?? ""
            if !["https://", "http://", "mailto:"].contains(where: url.lowercased().hasPrefix) {
                problems.append(.relativeLink(url: url))
            }
        }
        guard problems.isEmpty, let paragraph = first else { return .problems(problems) }
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

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
        _ = CMarkLibrary.extensionsRegistered
        let options = CMARK_OPT_DEFAULT
        guard let parser = cmark_parser_new(options) else { fatalError("cmark-gfm could not allocate a parser") }
        defer { cmark_parser_free(parser) }
        for name in CMarkLibrary.extensionNames {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        markdown.utf8CString.withUnsafeBufferPointer { cmark_parser_feed(parser, $0.baseAddress, $0.count - 1) }
        CMarkLibrary.finishLock.lock()
        let document = cmark_parser_finish(parser)
        CMarkLibrary.finishLock.unlock()
        guard let document else { fatalError("cmark-gfm could not parse") }
        defer { cmark_node_free(document) }

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
        let extensions = cmark_parser_get_syntax_extensions(parser)
        let definition = inlineHTML(paragraph, options: options, extensions: extensions)
        for link in links {
            while let child = cmark_node_first_child(link) { cmark_node_insert_before(link, child) }
            cmark_node_unlink(link)
            cmark_node_free(link)
        }
        return .html(definition: definition, tooltip: inlineHTML(paragraph, options: options, extensions: extensions))
    }

    /// The paragraph's content without its `<p>` tags.
    private static func inlineHTML(_ paragraph: OpaquePointer, options: Int32, extensions: UnsafeMutablePointer<cmark_llist>?) -> String {
        guard let rendered = cmark_render_html(paragraph, options, extensions) else { return "" }
        defer { free(rendered) }
        var html = String(cString: rendered)
        if html.hasPrefix("<p>") { html.removeFirst(3) }
        while html.hasSuffix("\n") { html.removeLast() }
        if html.hasSuffix("</p>") { html.removeLast(4) }
        return html
    }
}

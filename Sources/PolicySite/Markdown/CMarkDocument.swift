import CMarkGFM
import Foundation

/// A Markdown text parsed by cmark-gfm with the GitHub extensions: its
/// syntax tree, and the parser whose extensions render it. Both are freed
/// with this value.
final class CMarkDocument {
    let root: OpaquePointer
    let options: Int32
    private let parser: OpaquePointer

    init(_ markdown: String, options: Int32) {
        _ = CMarkLibrary.extensionsRegistered
        guard let parser = cmark_parser_new(options) else { fatalError("cmark-gfm could not allocate a parser") }
        for name in CMarkLibrary.extensionNames {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        markdown.utf8CString.withUnsafeBufferPointer { buffer in
            cmark_parser_feed(parser, buffer.baseAddress, buffer.count - 1)
        }
        CMarkLibrary.finishLock.lock()
        let root = cmark_parser_finish(parser)
        CMarkLibrary.finishLock.unlock()
        guard let root else { fatalError("cmark-gfm could not parse") }
        self.parser = parser
        self.root = root
        self.options = options
    }

    deinit {
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    /// `node` (the whole document by default) as HTML.
    func html(_ node: OpaquePointer? = nil) -> String {
        guard let rendered = cmark_render_html(node ?? root, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}

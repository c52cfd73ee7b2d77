import CMarkGFM
import Foundation

/// A Markdown text parsed by cmark-gfm with the GitHub extensions: its
/// syntax tree, and the parser whose extensions render it. Both are freed
/// with this value.
final class CMarkDocument {
    let root: OpaquePointer
    let options: Int32
    private let parser: OpaquePointer

    init(_ markdown: some StringProtocol, options: Int32) {
        _ = CMarkLibrary.extensionsRegistered
        guard let parser = cmark_parser_new(options) else { fatalError("cmark-gfm could not allocate a parser") }
        for name in CMarkLibrary.extensionNames {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        // Fed from the text's own UTF-8 where it is contiguous (a native
        // String or a slice of one), else from a copy.
        let fed: Void? = markdown.utf8.withContiguousStorageIfAvailable { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        if fed == nil {
            String(markdown).utf8CString.withUnsafeBufferPointer { cmark_parser_feed(parser, $0.baseAddress, $0.count - 1) }
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

    /// `node` (the whole document by default) as HTML; `rewrite` may edit
    /// the bytes cmark wrote before they are made a String (nil: no edit).
    func html(_ node: OpaquePointer? = nil, rewrite: ((UnsafeBufferPointer<UInt8>) -> [UInt8]?)? = nil) -> String {
        guard let rendered = cmark_render_html(node ?? root, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(rendered) }
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(rendered).assumingMemoryBound(to: UInt8.self), count: strlen(rendered))
        guard let rewrite, let edited = rewrite(bytes) else { return String(cString: rendered) }
        return String(decoding: edited, as: UTF8.self)
    }
}

import CMarkGFM
import Foundation

/// Markdown to HTML through cmark-gfm (SPEC §5): GitHub extensions and
/// footnotes, raw HTML and script links dropped, heading ids, links between
/// content files made into page URLs.
///
/// All edits are made on cmark's syntax tree, never on the HTML string, but
/// for the one label cmark writes itself in English (footnote back links)
/// and the obsolete attribute it gives aligned table cells.
struct MarkdownRenderer: Sendable {
    let index: ContentIndex
    let unsafeHTML: Bool
    /// The data sets that ```` ```indicators ID ```` blocks show.
    var indicators = IndicatorCatalog()

    struct Input {
        let markdown: Substring
        var sourcePath: String
        /// Lines before the Markdown in its file (the front matter).
        var lineOffset: Int
        /// Where the page will be, to make links relative to it.
        var page: SitePath
        var language: Language
        /// Links glossary terms in the page's language; nil where the
        /// page has `glossary: false` or the site no terms.
        var terms: TermLinker?
        /// A graphic interpretation (图解), whose images are its content:
        /// an image without a text alternative is an error there, not a warning.
        var imagesAreContent = false
        /// The lines of `markdown`, for diagnostics' positions.
        let lines: SourceLines

        init(markdown: Substring, sourcePath: String, lineOffset: Int, page: SitePath, language: Language, terms: TermLinker? = nil) {
            self.markdown = markdown
            self.sourcePath = sourcePath
            self.lineOffset = lineOffset
            self.page = page
            self.language = language
            self.terms = terms
            self.lines = SourceLines(markdown)
        }
    }

    private var options: Int32 { CMARK_OPT_FOOTNOTES | (unsafeHTML ? CMARK_OPT_UNSAFE : 0) }

    func render(_ input: Input, diagnostics: Diagnostics) -> RenderedMarkdown {
        for line in InvisibleCharacters.lines(in: input.markdown) {
            diagnostics.report(.warning(input.sourcePath, SourcePosition(line: line.line + input.lineOffset, column: line.column),
                                        .invisibleCharacters(in: Bilingual(zh: "这一行", en: "this line"), line.scalars)))
        }
        let parsed = CMarkDocument(input.markdown, options: options)
        let document = parsed.root

        let nodes = collect(document)
        joinChineseLines(nodes.softBreaks)
        for link in nodes.links { rewrite(link, input: input, diagnostics: diagnostics) }
        for html in nodes.rawHTML { reportExternalResources(inRawHTML: html, input: input, diagnostics: diagnostics) }
        for (occurrence, block) in nodes.indicatorBlocks.enumerated() {
            replaceIndicatorBlock(block, occurrence: occurrence + 1, input: input, diagnostics: diagnostics)
        }
        let firstParagraph = nodes.firstParagraph.map { plainText($0) } ?? ""
        let text = plainText(document, separatingBlocks: true)
        reportEmptySections(document, headings: nodes.headings, input: input, diagnostics: diagnostics)
        let headings = number(nodes.headings, in: parsed)
        // After headings became custom blocks and the summary was read, so
        // that neither holds a term link; before tables are wrapped in
        // custom blocks, whose text the linker leaves alone.
        let glossaryTerms = input.terms?.link(document, page: input.page) ?? []
        wrapTables(nodes.tables, input: input)
        var alignment: ((UnsafeBufferPointer<UInt8>) -> [UInt8]?)?
        if !nodes.tables.isEmpty { alignment = { TableCellAlignment.classes(in: $0) } }
        let html = localizeFootnotes(parsed.html(rewrite: alignment), input.language)

        return RenderedMarkdown(html: html, headings: headings,
                                firstParagraph: firstParagraph, text: text, glossaryTerms: glossaryTerms)
    }

    private struct Nodes {
        var headings: [OpaquePointer] = []
        var links: [OpaquePointer] = []
        var softBreaks: [OpaquePointer] = []
        var indicatorBlocks: [OpaquePointer] = []
        var tables: [OpaquePointer] = []
        /// Only where `unsafe_html` lets it through.
        var rawHTML: [OpaquePointer] = []
        var firstParagraph: OpaquePointer?
    }

    /// Walks once and collects what will be edited; editing during the walk
    /// would invalidate cmark's iterator.
    private func collect(_ document: OpaquePointer) -> Nodes {
        var nodes = Nodes()
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING: nodes.headings.append(node)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE: nodes.links.append(node)
            case CMARK_NODE_SOFTBREAK: nodes.softBreaks.append(node)
            case CMARK_NODE_HTML_BLOCK where unsafeHTML, CMARK_NODE_HTML_INLINE where unsafeHTML: nodes.rawHTML.append(node)
            case CMARK_NODE_CODE_BLOCK where fenceInfo(node).split(separator: " ").first == "indicators":
                nodes.indicatorBlocks.append(node)
            case CMARK_NODE_PARAGRAPH where nodes.firstParagraph == nil:
                if cmark_node_parent(node).map(cmark_node_get_type) == CMARK_NODE_DOCUMENT {
                    nodes.firstParagraph = node
                }
            default:
                if let name = cmark_node_get_type_string(node), strcmp(name, "table") == 0 { nodes.tables.append(node) }
            }
        }
        return nodes
    }

    /// A line break inside a Chinese sentence is not a space: drop it, so
    /// "科技\n创新" reads 科技创新 on the page; also where the text on
    /// either side is inside emphasis, a link or code (`\n**创新**`).
    private func joinChineseLines(_ breaks: [OpaquePointer]) {
        for node in breaks {
            guard let before = edgeScalar(cmark_node_previous(node), last: true),
                  let after = edgeScalar(cmark_node_next(node), last: false),
                  CJK.isWide(before), CJK.isWide(after) else { continue }
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }

    /// The first or last character a reader sees of an inline node: its
    /// text, or the text inside emphasis, strikethrough, a link or code.
    /// Nil for anything else (an image, raw HTML), where a break stays.
    private func edgeScalar(_ node: OpaquePointer?, last: Bool) -> Unicode.Scalar? {
        guard let node else { return nil }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
            guard let literal = cmark_node_get_literal(node) else { return nil }
            let scalars = String(cString: literal).unicodeScalars
            return last ? scalars.last : scalars.first
        case CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK:
            return edgeScalar(last ? cmark_node_last_child(node) : cmark_node_first_child(node), last: last)
        default:
            guard let name = cmark_node_get_type_string(node), strcmp(name, "strikethrough") == 0 else { return nil }
            return edgeScalar(last ? cmark_node_last_child(node) : cmark_node_first_child(node), last: last)
        }
    }

    private func rewrite(_ node: OpaquePointer, input: Input, diagnostics: Diagnostics) {
        let isImage = cmark_node_get_type(node) == CMARK_NODE_IMAGE
        let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        guard URLSafety.isAllowed(url, isImage: isImage) else {
            unwrap(node)
            return
        }
        if isImage, plainText(node).allSatisfy(\.isWhitespace) {
            // GB/T 37668 and WCAG 1.1.1: a screen reader says nothing, or the file name, for an image without one.
            let said = Message.imageWithoutAlt(isContent: input.imagesAreContent)
            let at = position(of: node, in: input)
            diagnostics.report(input.imagesAreContent ? .error(input.sourcePath, at, said) : .warning(input.sourcePath, at, said))
        }
        if isImage, let host = ExternalHost.of(url) {
            reportExternal(url, host: host, image: true, at: position(of: node, in: input), input: input, diagnostics: diagnostics)
        }
        guard URLSafety.isRelativePath(url) else { return }
        switch index.resolve(url, from: input.sourcePath, page: input.page) {
        case .url(let resolved):
            cmark_node_set_url(node, resolved)
        case .problem(let said):
            diagnostics.report(.error(input.sourcePath, position(of: node, in: input), said))
        }
    }

    /// Raw HTML that would load something from another host, at the line
    /// and column of the address.
    private func reportExternalResources(inRawHTML node: OpaquePointer, input: Input, diagnostics: Diagnostics) {
        guard let literal = cmark_node_get_literal(node) else { return }
        let html = String(cString: literal)
        let start = position(of: node, in: input)
        // Counted on from one address to the next (they come in order):
        // counting from the start of the HTML for each took time in the
        // square of its length for a block of thousands of images.
        let bytes = Array(html.utf8)
        var counted = 0, lines = 0, scalars = 0
        for address in RawHTMLResources.addresses(in: html) {
            guard let host = ExternalHost.of(address.url) else { continue }
            while counted < address.offset {
                if bytes[counted] == UInt8(ascii: "\n") {
                    lines += 1
                    scalars = 0
                } else if bytes[counted] & 0xC0 != 0x80 {
                    scalars += 1
                }
                counted += 1
            }
            let column = lines == 0 ? start.column + scalars : scalars + 1
            reportExternal(address.url, host: host, image: false,
                           at: SourcePosition(line: start.line + lines, column: column), input: input, diagnostics: diagnostics)
        }
    }

    /// SPEC §5: a warning, which `--strict` makes fail the build.
    private func reportExternal(
        _ url: String, host: String, image: Bool, at position: SourcePosition, input: Input, diagnostics: Diagnostics
    ) {
        diagnostics.report(.warning(input.sourcePath, position, .externalResource(url, host: host, image: image)))
    }

    /// Where a node starts in the file. cmark counts columns in bytes;
    /// people and editors count characters.
    func position(of node: OpaquePointer, in input: Input) -> SourcePosition {
        let line = Int(cmark_node_get_start_line(node))
        let byteColumn = Int(cmark_node_get_start_column(node))
        guard let text = input.lines.line(line) else { return SourcePosition(line: line + input.lineOffset, column: byteColumn) }
        let prefix = text.utf8.prefix(max(byteColumn - 1, 0))
        let column = String(decoding: prefix, as: UTF8.self).unicodeScalars.count + 1
        return SourcePosition(line: line + input.lineOffset, column: column)
    }

    private func fenceInfo(_ node: OpaquePointer) -> String {
        cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
    }

    /// ```` ```indicators ID ```` becomes the data set's table (SPEC §5, §7).
    private func replaceIndicatorBlock(_ node: OpaquePointer, occurrence: Int, input: Input, diagnostics: Diagnostics) {
        let body = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
        let result = indicators.block(info: fenceInfo(node), body: body, language: input.language, page: input.page,
                                      occurrence: occurrence)
        let start = position(of: node, in: input)
        for problem in result.problems {
            diagnostics.report(.error(input.sourcePath, SourcePosition(line: start.line + problem.lineInBlock, column: problem.lineInBlock == 0 ? start.column : 1),
                                      problem.said))
        }
        guard let html = result.html, let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else {
            cmark_node_unlink(node)
            cmark_node_free(node)
            return
        }
        cmark_node_set_on_enter(block, html)
        cmark_node_set_on_exit(block, "")
        cmark_node_replace(node, block)
        cmark_node_free(node)
    }

    /// Replaces a link by its text; an image by its description.
    private func unwrap(_ node: OpaquePointer) {
        while let child = cmark_node_first_child(node) {
            cmark_node_insert_before(node, child)
        }
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    /// Gives every heading an id. A heading becomes a custom block that
    /// writes its own tag, since cmark's HTML has no heading ids.
    private func number(_ nodes: [OpaquePointer], in parsed: CMarkDocument) -> [RenderedMarkdown.Heading] {
        var ids = HeadingIDs()
        var headings: [RenderedMarkdown.Heading] = []
        for node in nodes {
            let level = Int(cmark_node_get_heading_level(node))
            let text = plainText(node)
            let id = ids.next(for: text)
            headings.append(.init(level: level, text: text, id: id))
            guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            cmark_node_set_on_enter(block, "<h\(level) id=\"\(id)\">" + innerHTML(of: node, level: level, in: parsed) + "</h\(level)>")
            cmark_node_set_on_exit(block, "")
            cmark_node_replace(node, block)
            cmark_node_free(node)
        }
        return headings
    }

    /// A wide table scrolls inside a box of its own on a phone; the box is a
    /// named region that takes keyboard focus, so it can be scrolled without
    /// a pointer (WCAG 2.1.1), and the table keeps its table semantics.
    private func wrapTables(_ tables: [OpaquePointer], input: Input) {
        for (number, table) in tables.enumerated() {
            guard let box = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            let label = HTMLEscape.text(tableLabel(input.language, number + 1))
            cmark_node_set_on_enter(box, "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"\(label)\">")
            cmark_node_set_on_exit(box, "</div>")
            cmark_node_insert_before(table, box)
            cmark_node_append_child(box, table)
        }
    }

    /// cmark-gfm writes the footnotes' back links with a fixed English label;
    /// screen readers should hear the page's language.
    private func localizeFootnotes(_ html: String, _ language: Language) -> String {
        let english = "aria-label=\"Back to content\""
        guard let label = indicators.theme?.text("footnote_back", language) else { return html }
        return LiteralReplacement.replacing(english, with: "aria-label=\"\(HTMLEscape.text(label))\"", in: html)
    }

    private func tableLabel(_ language: Language, _ number: Int) -> String {
        indicators.theme?.text("table_label", language, ["number": String(number)]) ?? "Table \(number)"
    }

    /// A document with no text, or a heading followed directly by another of
    /// the same or a higher level, is most likely text lost in copying.
    private func reportEmptySections(_ document: OpaquePointer, headings: [OpaquePointer], input: Input, diagnostics: Diagnostics) {
        if cmark_node_first_child(document) == nil {
            diagnostics.report(.warning(input.sourcePath, SourcePosition(line: input.lineOffset, column: 1), .emptyDocument))
            return
        }
        for heading in headings where cmark_node_parent(heading) == document {
            let level = cmark_node_get_heading_level(heading)
            let next = cmark_node_next(heading)
            let empty = next.map { cmark_node_get_type($0) == CMARK_NODE_HEADING && cmark_node_get_heading_level($0) <= level } ?? true
            guard empty else { continue }
            diagnostics.report(.warning(input.sourcePath, position(of: heading, in: input), .emptySection(plainText(heading))))
        }
    }

    /// A heading's content as cmark renders it, without the `<hN>` tags
    /// around it: the custom block that replaces the heading writes those.
    private func innerHTML(of heading: OpaquePointer, level: Int, in parsed: CMarkDocument) -> String {
        var html = parsed.html(heading)
        let open = "<h\(level)>", close = "</h\(level)>\n"
        if html.hasPrefix(open) { html.removeFirst(open.count) }
        if html.hasSuffix(close) { html.removeLast(close.count) }
        return html
    }

    /// The text a reader sees, without markup; with `separatingBlocks`,
    /// paragraphs, headings, items and cells end with a line break.
    private func plainText(_ node: OpaquePointer, separatingBlocks: Bool = false) -> String {
        // Bytes, made into text once: a String made from each node's text
        // and appended was a tenth of parsing.
        var text: [UInt8] = []
        func append(_ literal: UnsafePointer<CChar>) {
            literal.withMemoryRebound(to: UInt8.self, capacity: 0) { text.append(contentsOf: UnsafeBufferPointer(start: $0, count: strlen(literal))) }
        }
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let child = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(child)
            if separatingBlocks, type == CMARK_NODE_CODE_BLOCK, let literal = cmark_node_get_literal(child) {
                append(literal)
            }
            if event == CMARK_EVENT_EXIT || type == CMARK_NODE_CODE_BLOCK {
                let isBlock = Int32(type.rawValue) & CMARK_NODE_TYPE_MASK == CMARK_NODE_TYPE_BLOCK
                if separatingBlocks, isBlock, !text.isEmpty, text.last != UInt8(ascii: "\n") { text.append(UInt8(ascii: "\n")) }
                continue
            }
            switch type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(child) { append(literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text.append(UInt8(ascii: " "))
            default: break
            }
        }
        // Only spaces from line breaks can lead or trail.
        var trimmed = text[...]
        while trimmed.first == UInt8(ascii: " ") { trimmed.removeFirst() }
        while trimmed.last == UInt8(ascii: " ") { trimmed.removeLast() }
        return String(decoding: trimmed, as: UTF8.self)
    }
}

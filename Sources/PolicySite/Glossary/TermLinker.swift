import CMarkGFM
import Foundation

/// Links the first occurrence on a page of each glossary term, editing
/// cmark's syntax tree before it is rendered (SPEC §6).
///
/// How the definition reaches every reader, without JavaScript:
///
///     <span class="term"><a class="term-link" href="../../glossary/#id"
///       aria-describedby="term-tip-id">科技创新</a><span class="term-tip"
///       id="term-tip-id" role="tooltip">definition</span></span>
///
/// - Pointer and keyboard: the stylesheet shows the tooltip beside the term
///   on hover and on focus (and keeps it while the pointer is over it).
/// - Screen readers: `aria-describedby` reads the definition when the link
///   is focused, although the tooltip is not displayed.
/// - Phones have no hover: the link leads to the term's glossary entry,
///   which holds the same definition with its aliases and related terms.
/// - Print: tooltips are not printed and the term reads as ordinary text,
///   so the printed sentence is the author's.
/// Everything is a `<span>` or `<a>`, valid inside the `<p>` that holds the
/// term; a `title` attribute would reach neither keyboards nor phones.
struct TermLinker: Sendable {
    let glossary: Glossary
    let language: Language
    /// This language's glossary page.
    let glossaryPage: SitePath
    private let matcher: TermMatcher

    /// Nil when no term has an entry in this language.
    init?(glossary: Glossary, language: Language, glossaryPage: SitePath) {
        guard let matcher = glossary.matcher(for: language) else { return nil }
        self.glossary = glossary
        self.language = language
        self.glossaryPage = glossaryPage
        self.matcher = matcher
    }

    /// Links terms in the tree under `document`, for a page at `page`, and
    /// returns the ids of the terms linked.
    func link(_ document: OpaquePointer, page: SitePath) -> [String] {
        let glossaryURL = page.relativeURL(to: glossaryPage)
        var linked: Set<Int> = []
        for run in textRuns(document) {
            let node = merge(run)
            guard let literal = cmark_node_get_literal(node) else { continue }
            // The bytes as cmark holds them: a String made of them first only added a copy.
            let bytes = literal.withMemoryRebound(to: UInt8.self, capacity: 0) { Array(UnsafeBufferPointer(start: $0, count: strlen(literal))) }
            // A term already linked is still matched, so that a shorter
            // term inside it (科技创新 in 科技创新平台) is not linked instead.
            let matches = matcher.matches(in: bytes).filter { linked.insert($0.term).inserted }
            if !matches.isEmpty { split(node, bytes: bytes, at: matches, glossaryURL: glossaryURL) }
        }
        return linked.map { glossary.terms[$0].id }.sorted()
    }

    /// Runs of adjacent text nodes where a term may be linked. cmark splits
    /// text at some punctuation, and joining Chinese lines leaves the two
    /// lines' texts side by side; a term may span them.
    private func textRuns(_ document: OpaquePointer) -> [[OpaquePointer]] {
        var runs: [[OpaquePointer]] = []
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                  cmark_node_get_type(node) == CMARK_NODE_TEXT, !isText(cmark_node_previous(node)), mayLink(node)
            else { continue }
            var run = [node]
            while let next = cmark_node_next(run.last!), isText(next) { run.append(next) }
            runs.append(run)
        }
        return runs
    }

    private func isText(_ node: OpaquePointer?) -> Bool {
        node.map { cmark_node_get_type($0) == CMARK_NODE_TEXT } ?? false
    }

    /// Not inside a heading (by now a custom block), a link or an image.
    /// Code is never a text node. Not in a table cell either: cmark-gfm's
    /// table extension refuses custom inline nodes there, and the text
    /// would be lost.
    private func mayLink(_ node: OpaquePointer) -> Bool {
        var parent = cmark_node_parent(node)
        while let current = parent {
            switch cmark_node_get_type(current) {
            case CMARK_NODE_HEADING, CMARK_NODE_LINK, CMARK_NODE_IMAGE, CMARK_NODE_CUSTOM_INLINE, CMARK_NODE_CUSTOM_BLOCK:
                return false
            default:
                if let name = cmark_node_get_type_string(current), strcmp(name, "table_cell") == 0 { return false }
                parent = cmark_node_parent(current)
            }
        }
        return true
    }

    /// Makes a run one text node; the HTML is the same.
    private func merge(_ run: [OpaquePointer]) -> OpaquePointer {
        guard run.count > 1 else { return run[0] }
        let text = run.map { cmark_node_get_literal($0).map { String(cString: $0) } ?? "" }.joined()
        cmark_node_set_literal(run[0], text)
        for node in run.dropFirst() {
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
        return run[0]
    }

    /// Replaces the matched stretches of a text node by links. The link is
    /// a custom inline node, which cmark's safe mode passes through: every
    /// part of it is escaped here, the term's own text is a child text node
    /// that cmark escapes, and the tooltip is HTML cmark made in safe mode.
    private func split(_ node: OpaquePointer, bytes: [UInt8], at matches: [TermMatcher.Match], glossaryURL: String) {
        var cursor = 0
        for match in matches {
            if match.start > cursor { cmark_node_insert_before(node, textNode(bytes[cursor..<match.start])) }
            let term = glossary.terms[match.term]
            let tip = HTMLEscape.text("term-tip-" + term.id)
            let href = HTMLEscape.text(glossaryURL + "#" + term.id)
            guard let link = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { continue }
            cmark_node_set_on_enter(link, "<span class=\"term\"><a class=\"term-link\" href=\"\(href)\" aria-describedby=\"\(tip)\">")
            cmark_node_set_on_exit(link, "</a><span class=\"term-tip\" id=\"\(tip)\" role=\"tooltip\">"
                + (term.entries[language]?.tooltipHTML ?? "") + "</span></span>")
            cmark_node_append_child(link, textNode(bytes[match.start..<match.end]))
            cmark_node_insert_before(node, link)
            cursor = match.end
        }
        if cursor < bytes.count {
            cmark_node_set_literal(node, String(decoding: bytes[cursor...], as: UTF8.self))
        } else {
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }

    private func textNode(_ bytes: ArraySlice<UInt8>) -> OpaquePointer {
        let node = cmark_node_new(CMARK_NODE_TEXT)!
        cmark_node_set_literal(node, String(decoding: bytes, as: UTF8.self))
        return node
    }
}

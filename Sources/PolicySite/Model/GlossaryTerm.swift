/// One keyword of the glossary (关键词解释, SPEC §6), in every language
/// that has an entry for it.
public struct GlossaryTerm: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var term: String
        /// Other forms that also link to the entry, e.g. a plural.
        public var aliases: [String]
        /// Inline HTML from the definition's Markdown, for the glossary page.
        public var definitionHTML: String
        /// The same without its links, for the definition shown beside a
        /// linked term: a tooltip holds no controls of its own.
        public var tooltipHTML: String
    }

    /// A slug, unique across the glossary: the entry's anchor on the glossary page.
    public var id: String
    public var entries: [Language: Entry]
    /// Ids of other terms, in the order written.
    public var related: [String]
    public var sourcePath: String
    /// Where the term's `id` is written, for diagnostics about the term.
    public var position: SourcePosition
}

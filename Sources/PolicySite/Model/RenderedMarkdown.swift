/// A Markdown body after cmark-gfm: its HTML and what the page needs besides.
public struct RenderedMarkdown: Sendable, Hashable {
    public struct Heading: Sendable, Hashable {
        public var level: Int
        public var text: String
        public var id: String
    }

    public var html: String
    /// The `##` and `###` headings, in order, for the table of contents.
    public var headings: [Heading]
    /// Plain text of the first paragraph: the summary when none is given.
    public var firstParagraph: String
    /// All the text, blocks on lines of their own: what search indexes.
    public var text: String
    /// Ids of the glossary terms linked in the body, sorted.
    public var glossaryTerms: [String]

    public init(html: String, headings: [Heading], firstParagraph: String, text: String, glossaryTerms: [String] = []) {
        self.html = html
        self.headings = headings
        self.firstParagraph = firstParagraph
        self.text = text
        self.glossaryTerms = glossaryTerms
    }
}

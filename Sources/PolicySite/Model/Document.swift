/// One language version of a policy, interpretation or page, parsed and
/// with its body rendered to HTML.
public struct Document: Sendable {
    public var id: DocumentID
    public var language: Language
    /// Relative to the site root, e.g. `Content/policies/plan.zh.md`.
    public var sourcePath: String
    public var frontMatter: FrontMatter
    public var body: RenderedMarkdown

    public var kind: DocumentKind { id.kind }
    public var slug: String { id.slug }
    public var title: String { frontMatter.title }

    /// The summary shown in lists and feeds: the author's, else the first paragraph.
    public var summary: String { frontMatter.summary ?? body.firstParagraph }
}

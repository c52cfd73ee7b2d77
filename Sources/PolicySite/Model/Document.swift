/// One language version of a policy, interpretation or page, parsed and
/// with its body rendered to HTML.
///
/// A value that is never changed once made, kept in one shared object:
/// lists, groups, sorts and page jobs copy documents all the time, and a
/// copy of the fields one by one retained a dozen strings and arrays each
/// time (a sixth of a rebuild's time).
public struct Document: Sendable {
    private final class Storage: Sendable {
        let id: DocumentID
        let language: Language
        let sourcePath: String
        let frontMatter: FrontMatter
        let body: RenderedMarkdown

        init(id: DocumentID, language: Language, sourcePath: String, frontMatter: FrontMatter, body: RenderedMarkdown) {
            self.id = id
            self.language = language
            self.sourcePath = sourcePath
            self.frontMatter = frontMatter
            self.body = body
        }
    }

    private let storage: Storage

    public init(id: DocumentID, language: Language, sourcePath: String, frontMatter: FrontMatter, body: RenderedMarkdown) {
        storage = Storage(id: id, language: language, sourcePath: sourcePath, frontMatter: frontMatter, body: body)
    }

    public var id: DocumentID { storage.id }
    public var language: Language { storage.language }
    /// Relative to the site root, e.g. `Content/policies/plan.zh.md`.
    public var sourcePath: String { storage.sourcePath }
    /// Lent, not copied: reading one field of a front matter through a
    /// getter copied all of its fields (a tenth of the link stage).
    public var frontMatter: FrontMatter {
        _read { yield storage.frontMatter }
    }
    public var body: RenderedMarkdown {
        _read { yield storage.body }
    }

    public var kind: DocumentKind { id.kind }
    public var slug: String { id.slug }
    public var title: String { frontMatter.title }

    /// The summary shown in lists and feeds: the author's, else the first paragraph.
    public var summary: String { frontMatter.summary ?? body.firstParagraph }
}

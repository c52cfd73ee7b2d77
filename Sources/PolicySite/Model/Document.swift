/// One language version of a policy, interpretation or page: everything
/// about it that pages other than its own may show — its front matter, its
/// summary and the glossary terms its body links. Its body is not here
/// (`DocumentBody`, by source path in `LinkedSite.bodies`), so no list, feed
/// or fingerprint can come to depend on a body that a rebuild did not render.
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
        let firstParagraph: String
        let glossaryTerms: [String]
        let factsHash: UInt64

        init(id: DocumentID, language: Language, sourcePath: String, frontMatter: FrontMatter,
             firstParagraph: String, glossaryTerms: [String], factsHash: UInt64) {
            self.id = id
            self.language = language
            self.sourcePath = sourcePath
            self.frontMatter = frontMatter
            self.firstParagraph = firstParagraph
            self.glossaryTerms = glossaryTerms
            self.factsHash = factsHash
        }
    }

    private let storage: Storage

    /// `factsHash`: `Document.factsHash` of these facts, when already known (from the build cache).
    public init(id: DocumentID, language: Language, sourcePath: String, frontMatter: FrontMatter,
                firstParagraph: String, glossaryTerms: [String], factsHash: UInt64? = nil) {
        storage = Storage(id: id, language: language, sourcePath: sourcePath, frontMatter: frontMatter,
                          firstParagraph: firstParagraph, glossaryTerms: glossaryTerms,
                          factsHash: factsHash ?? Self.factsHash(frontMatter, firstParagraph: firstParagraph, glossaryTerms: glossaryTerms))
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
    /// Plain text of the body's first paragraph: the summary when none is given.
    public var firstParagraph: String { storage.firstParagraph }
    /// Ids of the glossary terms the body links, sorted.
    public var glossaryTerms: [String] { storage.glossaryTerms }
    /// All of the above as one hash: while no document's changes, pages
    /// other than the changed documents' own stay as they are.
    public var factsHash: UInt64 { storage.factsHash }

    public var kind: DocumentKind { id.kind }
    public var slug: String { id.slug }
    public var title: String { frontMatter.title }

    /// The summary shown in lists and feeds: the author's, else the first paragraph.
    public var summary: String { frontMatter.summary ?? firstParagraph }

    /// The hash of a document's facts: its front matter's content, first
    /// paragraph and glossary terms, exactly what this type holds.
    static func factsHash(_ frontMatter: FrontMatter, firstParagraph: String, glossaryTerms: [String]) -> UInt64 {
        var writer = CacheWriter()
        frontMatter.writeContent(to: &writer)
        writer.write(firstParagraph)
        writer.write(glossaryTerms)
        return ContentHash.of(writer.bytes)
    }
}

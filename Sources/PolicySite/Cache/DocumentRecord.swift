/// What the cache remembers of one content file from the last good build:
/// enough to stand in for parsing it again while it and everything it was
/// parsed against stay the same.
struct DocumentRecord: Sendable {
    /// What a record holds besides its search shards, never changed once
    /// made, in one shared object: a rebuild copies every record a few
    /// times, and copying a front matter field by field was a tenth of it.
    private final class Content: Sendable {
        let sourceHash: UInt64
        let stamp: FileStamp?
        let frontMatter: FrontMatter
        let frontMatterDiagnostics: [Diagnostic]
        let bodyDiagnostics: [Diagnostic]
        let firstParagraph: String
        let glossaryTerms: [String]
        let factsHash: UInt64

        init(sourceHash: UInt64, stamp: FileStamp?, frontMatter: FrontMatter, frontMatterDiagnostics: [Diagnostic],
             bodyDiagnostics: [Diagnostic], firstParagraph: String, glossaryTerms: [String], factsHash: UInt64) {
            self.sourceHash = sourceHash
            self.stamp = stamp
            self.frontMatter = frontMatter
            self.frontMatterDiagnostics = frontMatterDiagnostics
            self.bodyDiagnostics = bodyDiagnostics
            self.firstParagraph = firstParagraph
            self.glossaryTerms = glossaryTerms
            self.factsHash = factsHash
        }
    }

    private let content: Content

    /// `ContentHash` of the file's decoded text.
    var sourceHash: UInt64 { content.sourceHash }
    /// The file as the load stage found it: while it is the same, the file
    /// need not be read to know its hash.
    var stamp: FileStamp? { content.stamp }
    /// Lent, not copied (see `Document.frontMatter`).
    var frontMatter: FrontMatter {
        _read { yield content.frontMatter }
    }
    /// What the front matter and the Markdown body reported.
    var frontMatterDiagnostics: [Diagnostic] { content.frontMatterDiagnostics }
    var bodyDiagnostics: [Diagnostic] { content.bodyDiagnostics }
    /// The body's parts that other pages show (lists, feeds, the glossary
    /// page); empty for a draft left out of the build.
    var firstParagraph: String { content.firstParagraph }
    var glossaryTerms: [String] { content.glossaryTerms }
    /// What other pages read of this document, as one hash: when no
    /// document's facts change, only the changed documents' own pages and
    /// the search index need making again.
    var factsHash: UInt64 { content.factsHash }
    /// Where the document is in the search index, so that a change can
    /// take it out of exactly the shards it was in.
    var search: SearchFootprint {
        didSet { encoded = nil }
    }
    /// The bytes the record was read from, while it is unchanged: a
    /// rebuild writes nearly every record back as it read it.
    private(set) var encoded: ArraySlice<UInt8>?

    /// The record of a parsed document, its facts as the document holds them.
    init(_ document: Document, sourceHash: UInt64, stamp: FileStamp?, frontMatterDiagnostics: [Diagnostic], bodyDiagnostics: [Diagnostic]) {
        content = Content(sourceHash: sourceHash, stamp: stamp, frontMatter: document.frontMatter, frontMatterDiagnostics: frontMatterDiagnostics,
                          bodyDiagnostics: bodyDiagnostics, firstParagraph: document.firstParagraph, glossaryTerms: document.glossaryTerms,
                          factsHash: document.factsHash)
        search = SearchFootprint(shardCount: 0)
    }

    /// The record of a draft left out of the build: its front matter only.
    init(draft frontMatter: FrontMatter, sourceHash: UInt64, stamp: FileStamp?, frontMatterDiagnostics: [Diagnostic]) {
        content = Content(sourceHash: sourceHash, stamp: stamp, frontMatter: frontMatter, frontMatterDiagnostics: frontMatterDiagnostics,
                          bodyDiagnostics: [], firstParagraph: "", glossaryTerms: [],
                          factsHash: Document.factsHash(frontMatter, firstParagraph: "", glossaryTerms: []))
        search = SearchFootprint(shardCount: 0)
    }

    /// A record as the cache file holds it, with the bytes it was read from.
    init(sourceHash: UInt64, stamp: FileStamp?, frontMatter: FrontMatter, frontMatterDiagnostics: [Diagnostic], bodyDiagnostics: [Diagnostic],
         firstParagraph: String, glossaryTerms: [String], factsHash: UInt64, search: SearchFootprint, encoded: ArraySlice<UInt8>) {
        content = Content(sourceHash: sourceHash, stamp: stamp, frontMatter: frontMatter, frontMatterDiagnostics: frontMatterDiagnostics,
                          bodyDiagnostics: bodyDiagnostics, firstParagraph: firstParagraph, glossaryTerms: glossaryTerms,
                          factsHash: factsHash)
        self.search = search
        self.encoded = encoded
    }
}

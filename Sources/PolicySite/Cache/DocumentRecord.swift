/// What the cache remembers of one content file from the last good build:
/// enough to stand in for parsing it again while it and everything it was
/// parsed against stay the same.
struct DocumentRecord: Sendable, CacheCodable {
    /// `ContentHash` of the file's decoded text.
    var sourceHash: UInt64
    /// The file as the load stage found it: while it is the same, the file
    /// need not be read to know its hash.
    var stamp: FileStamp?
    var frontMatter: FrontMatter
    /// What the front matter and the Markdown body reported.
    var frontMatterDiagnostics: [Diagnostic]
    var bodyDiagnostics: [Diagnostic]
    /// The body's parts that other pages show (lists, feeds, the glossary
    /// page); empty for a draft left out of the build.
    var firstParagraph: String
    var glossaryTerms: [String]
    /// The search shards the document's tokens are in, one bit per shard,
    /// so a change can take it out of exactly those.
    var searchShards: [UInt64]
    /// What other pages read of this document, as one hash: when no
    /// document's facts change, only the changed documents' own pages and
    /// the search index need making again.
    let factsHash: UInt64

    init(sourceHash: UInt64, stamp: FileStamp?, frontMatter: FrontMatter, frontMatterDiagnostics: [Diagnostic], bodyDiagnostics: [Diagnostic],
         firstParagraph: String, glossaryTerms: [String], searchShards: [UInt64] = []) {
        self.sourceHash = sourceHash
        self.stamp = stamp
        self.frontMatter = frontMatter
        self.frontMatterDiagnostics = frontMatterDiagnostics
        self.bodyDiagnostics = bodyDiagnostics
        self.firstParagraph = firstParagraph
        self.glossaryTerms = glossaryTerms
        self.searchShards = searchShards
        var writer = CacheWriter()
        frontMatter.writeContent(to: &writer)
        writer.write(firstParagraph)
        writer.write(glossaryTerms)
        factsHash = ContentHash.of(writer.bytes)
    }

    func write(to writer: inout CacheWriter) {
        writer.write(sourceHash)
        writer.write(stamp)
        writer.write(frontMatter)
        writer.write(frontMatterDiagnostics)
        writer.write(bodyDiagnostics)
        writer.write(firstParagraph)
        writer.write(glossaryTerms)
        writer.write(searchShards.count)
        for word in searchShards { writer.writeFixed(word) }
        writer.write(factsHash)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        sourceHash = try reader.read()
        stamp = try reader.read()
        frontMatter = try reader.read()
        frontMatterDiagnostics = try reader.read()
        bodyDiagnostics = try reader.read()
        firstParagraph = try reader.read()
        glossaryTerms = try reader.read()
        let count: Int = try reader.read()
        guard count >= 0, count <= 4096 else { throw CacheReader.Malformed() }
        searchShards = []
        for _ in 0..<count { searchShards.append(try reader.readFixed()) }
        factsHash = try reader.read()
    }
}

/// How the build cache file stores a `DocumentRecord`.
extension DocumentRecord: CacheCodable {
    func write(to writer: inout CacheWriter) {
        if let encoded { return writer.append(encoded) }
        writer.write(sourceHash)
        writer.write(stamp)
        writer.write(frontMatter)
        writer.write(frontMatterDiagnostics)
        writer.write(bodyDiagnostics)
        writer.write(firstParagraph)
        writer.write(glossaryTerms)
        writer.write(search)
        writer.write(factsHash)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        let start = reader.offset
        let sourceHash: UInt64 = try reader.read()
        let stamp: FileStamp? = try reader.read()
        let frontMatter: FrontMatter = try reader.read()
        let frontMatterDiagnostics: [Diagnostic] = try reader.read()
        let bodyDiagnostics: [Diagnostic] = try reader.read()
        let firstParagraph: String = try reader.read()
        let glossaryTerms: [String] = try reader.read()
        let search: SearchFootprint = try reader.read()
        let factsHash: UInt64 = try reader.read()
        self.init(sourceHash: sourceHash, stamp: stamp, frontMatter: frontMatter, frontMatterDiagnostics: frontMatterDiagnostics,
                  bodyDiagnostics: bodyDiagnostics, firstParagraph: firstParagraph, glossaryTerms: glossaryTerms,
                  factsHash: factsHash, search: search, encoded: reader.bytes(since: start))
    }
}

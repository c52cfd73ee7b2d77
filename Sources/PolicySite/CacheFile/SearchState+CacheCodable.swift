/// How the build cache file stores a `SearchState`.
extension SearchState: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(shardCount)
        writer.write(documentCount)
        writer.write(estimatedBytes)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init(shardCount: try reader.read(), documentCount: try reader.read(), estimatedBytes: try reader.read())
    }
}

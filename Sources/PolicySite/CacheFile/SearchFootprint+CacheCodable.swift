/// How the build cache file stores a `SearchFootprint`.
extension SearchFootprint: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(shards.count)
        for word in shards { writer.writeFixed(word) }
        for word in hashes { writer.writeFixed(word) }
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        let count: Int = try reader.read()
        guard count >= 0, count <= 64 else { throw CacheReader.Malformed() }
        var shards: [UInt64] = [], hashes: [UInt64] = []
        shards.reserveCapacity(count)
        hashes.reserveCapacity(count)
        for _ in 0..<count { shards.append(try reader.readFixed()) }
        for _ in 0..<count { hashes.append(try reader.readFixed()) }
        self.init(shards: shards, hashes: hashes)
    }
}

/// How the build cache file stores a `TreeManifest`.
extension TreeManifest: CacheCodable {
    func write(to writer: inout CacheWriter) {
        if let encoded { return writer.append(encoded) }
        writer.write(files.count)
        for path in sortedPaths {
            let state = files[path]!
            writer.write(path)
            writer.write(state.hash)
            writer.write(state.stamp)
        }
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        let start = reader.offset
        let (files, order) = try reader.readSortedTable { (reader: inout CacheReader) throws(CacheReader.Malformed) in
            FileState(hash: try reader.read(), stamp: try reader.read())
        }
        self.init(files: files, sortedPaths: order, encoded: reader.bytes(since: start))
    }
}

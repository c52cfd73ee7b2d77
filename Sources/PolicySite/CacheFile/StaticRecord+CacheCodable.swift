/// How the build cache file stores a `StaticRecord`.
extension StaticRecord: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(stamp)
        writer.write(hash)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        stamp = try reader.read()
        hash = try reader.read()
    }
}

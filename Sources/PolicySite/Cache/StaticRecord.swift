/// What the last build read of a file of `Content/static/`: while its stamp
/// is the same, its hash is, and a staging tree that holds a file of that
/// hash holds it already.
struct StaticRecord: Sendable, Hashable {
    var stamp: FileStamp
    /// `StreamedFile.hash` of its bytes.
    var hash: UInt64

    init(stamp: FileStamp, hash: UInt64) {
        self.stamp = stamp
        self.hash = hash
    }
}

/// A text file of the site, decoded: UTF-8 without BOM, LF line ends.
public struct SourceFile: Sendable, Hashable {
    /// Relative to the site root, with `/` separators.
    public var path: String
    public var text: String
    /// As the load stage found it; nil for text made in memory.
    public var stamp: FileStamp?
    /// Set instead of `text` for a file left unread because its stamp is
    /// the build cache's: the hash of its text then.
    public var unreadHash: UInt64?

    public init(path: String, text: String, stamp: FileStamp? = nil, unreadHash: UInt64? = nil) {
        self.path = path
        self.text = text
        self.stamp = stamp
        self.unreadHash = unreadHash
    }

    /// `ContentHash` of the text.
    var contentHash: UInt64 { unreadHash ?? ContentHash.of(text) }
}

/// One file of the generated site, by its path under the output folder.
public struct OutputFile: Sendable {
    public enum Content: Sendable {
        case bytes([UInt8])
        /// A file copied as it is, read only when the site is written; its
        /// stamp as the load stage found it.
        case copy(from: String, stamp: FileStamp)
        /// Text made only when the file is written, and dropped once it is:
        /// a large site's pages need not all be in memory at once.
        case generated(@Sendable () -> String)
        /// A document's page, made only when it is written, with the
        /// fingerprint of what it was made from (`PageFingerprint`), which
        /// the writer hands back for the build cache.
        case page(@Sendable () -> RenderedPage)
        /// The same as the file at this path in the output folder now: a
        /// page whose inputs did not change since the last build.
        case unchanged
    }

    public var path: String
    public var content: Content

    public init(path: String, content: Content) {
        self.path = path
        self.content = content
    }

    /// A file of `Content/static/`, copied to its place in the output.
    public init(_ asset: StaticAsset) {
        self.init(path: asset.outputPath, content: .copy(from: asset.sourcePath, stamp: asset.stamp))
    }

    public init(path: String, text: String) {
        self.init(path: path, content: .bytes(Array(text.utf8)))
    }

    /// A file of `Content/static/` in the place of the output's mark (`OutputTarget`).
    var isStaticMark: Bool {
        if path == OutputTarget.markName, case .copy = content { return true }
        return false
    }

    /// Whether the file is kept as the last build wrote it.
    public var isKept: Bool {
        if case .unchanged = content { return true }
        return false
    }
}

/// A document's page as the writer gets it.
public struct RenderedPage: Sendable {
    public var text: String
    public var fingerprint: UInt64
}

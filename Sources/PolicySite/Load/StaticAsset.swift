/// A file under `Content/static/`, copied as it is to the output root.
public struct StaticAsset: Sendable, Hashable {
    /// Where it lands, relative to the output root: `static/logo.svg` → `logo.svg`.
    public var outputPath: String
    /// Absolute path of the source file, read only when the site is written.
    public var sourcePath: String
    /// As the load stage found it: while it stays the same, so do the bytes.
    public var stamp: FileStamp
}

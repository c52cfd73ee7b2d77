/// Everything read from disk for one build: the only stage that reads files
/// (besides copying static assets at the end) hands this to the pure stages.
public struct LoadedSite: Sendable {
    /// Every text file under `Content/` except `static/`, sorted by path.
    public var sources: [SourceFile]
    public var staticAssets: [StaticAsset]
    /// The site's own `Templates/` files by path inside it (`layouts/base.mustache`).
    public var themeOverrides: [String: [UInt8]]
}

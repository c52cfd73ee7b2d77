/// Everything read from disk for one build: the only stage that reads files
/// (besides copying static assets at the end) hands this to the pure stages.
public struct LoadedSite: Sendable {
    /// Every text file under `Content/` except `static/`, sorted by path.
    public var sources: [SourceFile]
    public var staticAssets: [StaticAsset]
    /// The site's own `Templates/` files by path inside it (`layouts/base.mustache`).
    public var themeOverrides: [String: [UInt8]]
    /// The folder that holds `Content/`.
    var root = ""
    /// Files under `Content/` that exist but could not be read as text:
    /// reported once by the load stage, and so not reported again as
    /// missing by the stages after it (SPEC §9, one mistake one error).
    var rejected: Set<String> = []

    /// A site made in memory rather than read from a folder (`InMemoryBuild`),
    /// with no static files: they are only ever copied.
    public init(sources: [SourceFile], themeOverrides: [String: [UInt8]] = [:]) {
        self.sources = sources.sorted { $0.path < $1.path }
        self.staticAssets = []
        self.themeOverrides = themeOverrides
    }

    init(sources: [SourceFile], staticAssets: [StaticAsset], themeOverrides: [String: [UInt8]], root: String,
         rejected: Set<String>) {
        self.sources = sources
        self.staticAssets = staticAssets
        self.themeOverrides = themeOverrides
        self.root = root
        self.rejected = rejected
    }

    /// A source's text, read now if the load stage left it unread because
    /// the build cache knew it: needed only when its document is parsed
    /// after all. Empty if it can no longer be read as UTF-8.
    func text(of source: SourceFile) -> String {
        Self.text(of: source, root: root)
    }

    static func text(of source: SourceFile, root: String) -> String {
        guard source.unreadHash != nil else { return source.text }
        guard let bytes = try? FileTree.read(root + "/" + source.path), case .success(let text) = TextDecoding.decode(bytes) else {
            return ""
        }
        return text
    }
}

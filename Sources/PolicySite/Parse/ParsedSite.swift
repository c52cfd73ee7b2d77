/// The parse stage's result: settings and every document in this build,
/// with its front matter checked and its Markdown rendered.
public struct ParsedSite: Sendable {
    public var config: SiteConfig
    /// Sorted by id, then language.
    public var documents: [Document]
    /// Each document's body, by its source path.
    public var bodies: [String: DocumentBody]
    /// Keyword glossaries (SPEC §6), already used to link terms in the bodies.
    public var glossary: Glossary
    /// Static files, for the write stage to copy.
    public var staticAssets: [StaticAsset]
    /// Indicator data sets without errors, sorted by id.
    public var indicatorSets: [IndicatorSet]
    /// Documents with a version whose file exists but could not be read or
    /// parsed: their errors are reported, and nothing that names them is.
    var failedVersions: Set<ContentIndex.Key> = []

    /// Whether some version of the document failed: then it exists.
    func failed(_ id: DocumentID) -> Bool { failedVersions.contains { $0.id == id } }
}

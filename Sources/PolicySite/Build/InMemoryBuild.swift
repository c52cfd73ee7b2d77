/// What a build does between loading and writing, on a site held in
/// memory: parse → link → plan → render every page, and each language's
/// search index, with no cache and nothing read or written, as
/// `policysite check` runs it. For callers that make a site's text
/// themselves, such as the fuzz target in `Fuzz/`, which feeds it untrusted
/// text far faster than through files.
public struct InMemoryBuild: Sendable {
    public let theme: Theme
    public var includeDrafts = false

    public init(theme: Theme) {
        self.theme = theme
    }

    /// Every file of the site with its bytes made, also when the site has
    /// errors, as `Build` renders before it checks them; nil when
    /// `Content/site.yaml` is missing or cannot be read.
    public func run(_ source: LoadedSite, diagnostics: Diagnostics) -> [OutputFile]? {
        let reusable = ReusableParse(source, includeDrafts: includeDrafts, baseURL: nil, cache: nil)
        guard let (parsed, memo) = SiteParser(includeDrafts: includeDrafts)
            .parse(source, theme: theme, diagnostics: diagnostics, reusing: reusable)
        else { return nil }
        let site = SiteLinker().link(parsed, diagnostics: diagnostics)
        let files = SiteRenderer().render(site, theme: theme, plan: .everything(over: nil),
                                          sourceHashes: memo.records.mapValues(\.sourceHash))
        OutputCollisions(site: site, theme: theme).report(files, into: diagnostics)
        let search = site.config.languages.flatMap { SearchIndex(site: site, theme: theme).build($0).files }
        return (files + search).map { file in
            switch file.content {
            case .generated(let make): OutputFile(path: file.path, text: make())
            case .page(let make): OutputFile(path: file.path, text: make().text)
            default: file
            }
        }
    }
}

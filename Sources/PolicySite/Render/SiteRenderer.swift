/// The render stage: every page of every language, feeds, the sitemap and
/// the theme's assets.
public struct SiteRenderer: Sendable {
    /// Documents shown in each column of the home page.
    static let homeListLength = 10

    public init() {}

    /// `documentPage` makes each document's page file (by default, renders
    /// it). The search index is not among the files: `SearchIndexJob`
    /// builds it, or a rebuild patches the last one.
    func render(
        _ site: LinkedSite, theme: Theme,
        documentPage: ((PageBuilder, Document, DocumentGroup) -> OutputFile)? = nil
    ) -> [OutputFile] {
        let config = site.config
        let pages = PageBuilder(site: site, theme: theme)
        let glossaryPage = GlossaryPage(site: site, theme: theme, layout: pages.layout)
        let glossaryUsage = GlossaryUsage(site.groups.values.flatMap { $0.versions.values })
        var files: [OutputFile] = theme.assets.keys.sorted().map { OutputFile(path: $0, content: .bytes(theme.assets[$0]!)) }
        // Independent pieces of work, run on every core; their files keep
        // this order whatever finishes first.
        var jobs: [@Sendable () -> [OutputFile]] = []
        for language in config.languages {
            jobs.append { [pages.home(language)] + pages.lists(language) + [pages.notFound(language), pages.search(language)] }
            if !site.glossary.isEmpty { jobs.append { [glossaryPage.file(language, usage: glossaryUsage)] } }
            jobs.append { [AtomFeed(site: site, theme: theme).render(language)] }
        }
        jobs.append { IndicatorPages(site: site, theme: theme, layout: pages.layout).render() }
        files += ParallelMap.map(jobs) { $0() }.flatMap { $0 }
        let documents = site.groups.values.sorted { $0.id < $1.id }.flatMap { group in
            config.languages.compactMap { group.versions[$0] }.map { (group, $0) }
        }
        files += documents.map { group, document in
            documentPage?(pages, document, group) ?? pages.document(document, in: group)
        }
        files += Sitemap(config: config).render(sitemapEntries(files, site: site))
        return files
    }

    /// Every page, with its versions found by its path without the language prefix.
    private func sitemapEntries(_ files: [OutputFile], site: LinkedSite) -> [Sitemap.Entry] {
        let config = site.config
        var entries: [String: Sitemap.Entry] = [:]
        for file in files where file.path.hasSuffix("index.html") {
            let page = String(file.path.dropLast("index.html".count))
            var language = config.defaultLanguage
            var neutral = page
            for other in config.languages.dropFirst() where page.hasPrefix(other.code + "/") {
                language = other
                neutral = String(page.dropFirst(other.code.count + 1))
            }
            entries[neutral, default: Sitemap.Entry(versions: [:], lastModified: nil)].versions[language] = SitePath(page)
        }
        for group in site.groups.values {
            let dates = group.versions.values.compactMap(\.frontMatter.published)
            guard let any = group.versions.values.first, let date = dates.max() else { continue }
            let page = SitePath.document(group.id, any.language, in: config).path
            let neutral = String(page.dropFirst(SitePath.prefix(for: any.language, in: config).count))
            entries[neutral]?.lastModified = date
        }
        return entries.keys.sorted().map { entries[$0]! }
    }
}

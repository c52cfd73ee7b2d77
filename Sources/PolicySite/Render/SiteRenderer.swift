/// The render stage: every page of every language, feeds, the sitemap and
/// the theme's assets.
public struct SiteRenderer: Sendable {
    /// Documents shown in each column of the home page.
    static let homeListLength = 10

    public init() {}

    /// Every file of the site as `plan` says: made, or kept from the last
    /// build (`.unchanged`); static files copied. The search index is among
    /// them only when the plan patches it: otherwise `SearchIndexJob`
    /// builds it, and the writer asks for its files last.
    /// `sourceHashes`: each content file's hash, by path, for page fingerprints.
    func render(_ site: LinkedSite, theme: Theme, plan: BuildPlan, sourceHashes: [String: UInt64]) -> [OutputFile] {
        var search: [OutputFile] = []
        if case .patched(let patch) = plan.search { search = patch.files }
        let statics = site.staticAssets.map(OutputFile.init)
        func page(_ pages: PageBuilder, _ document: Document, _ group: DocumentGroup) -> OutputFile {
            pages.document(document, in: group, sourceHash: sourceHashes[document.sourcePath] ?? 0)
        }
        switch plan.pages {
        case .all:
            return render(site, theme: theme, documentPage: page) + search + statics
        case .changed(let kept):
            let pages = render(site, theme: theme) { pages, document, group in
                let path = SitePath.document(document.id, document.language, in: site.config).outputFile
                return kept[path] != nil ? OutputFile(path: path, content: .unchanged) : page(pages, document, group)
            }
            return pages + search + statics
        case .documents(let changed):
            // Every file of the last build, the changed documents' pages and the patched shards made again.
            var made: [String: OutputFile] = [:]
            let pages = PageBuilder(site: site, theme: theme)
            for group in site.groups.values {
                for document in group.versions.values where changed.contains(document.sourcePath) {
                    let file = page(pages, document, group)
                    made[file.path] = file
                }
            }
            for file in search + statics where !file.isKept { made[file.path] = file }
            // The output's mark is the writer's.
            return (plan.live?.sortedPaths ?? []).filter { $0 != OutputTarget.markName }
                .map { made[$0] ?? OutputFile(path: $0, content: .unchanged) }
        }
    }

    /// `documentPage` makes each document's page file. The search index is
    /// not among the files.
    func render(
        _ site: LinkedSite, theme: Theme,
        documentPage: (PageBuilder, Document, DocumentGroup) -> OutputFile
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
            documentPage(pages, document, group)
        }
        files += Sitemap(config: config).render(sitemapEntries(files, site: site))
        return files
    }

    /// Every page, with its versions found by its path without the language
    /// prefix: the translations the pages themselves declare; and every attachment.
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
            let key = ListPages.isLaterPage(neutral) ? page : neutral
            entries[key, default: Sitemap.Entry(versions: [:], lastModified: nil)].versions[language] = SitePath(page)
        }
        for group in site.groups.values {
            let dates = group.versions.values.compactMap(\.frontMatter.published)
            guard let any = group.versions.values.first, let date = dates.max() else { continue }
            let page = SitePath.document(group.id, any.language, in: config).path
            let neutral = String(page.dropFirst(SitePath.prefix(for: any.language, in: config).count))
            entries[neutral]?.lastModified = date
        }
        // Attachments (SPEC §4): search engines index PDFs too. One URL for
        // every language, as the file is one.
        for group in site.groups.values {
            for document in group.versions.values {
                for attachment in document.frontMatter.attachments {
                    var entry = entries[attachment.file] ?? Sitemap.Entry(versions: [config.defaultLanguage: SitePath(attachment.file)], lastModified: nil)
                    entry.lastModified = [entry.lastModified, document.frontMatter.published].compactMap { $0 }.max()
                    entries[attachment.file] = entry
                }
            }
        }
        return entries.keys.sorted().map { entries[$0]! }
    }
}

/// The render stage when the build cache and the last output can stand in
/// for most of the work. Two cases:
///
/// - Only documents' text changed, nothing that other pages show of them
///   (`textOnly`): every page stays as the last build wrote it except the
///   changed documents' own, and the search shards their words are in; the
///   search index's metadata files hold no text and stay too.
/// - Front matter or summaries changed, but not the settings, theme,
///   glossary, data or the set of files (`factsChanged`): lists, feeds and
///   the other site-wide pages are made again; a document's page only when
///   its fingerprint (`PageFingerprints`) changed.
///
/// Each gives nil when it cannot be sure, and every page is made.
struct IncrementalRender {
    let site: LinkedSite
    let theme: Theme
    let memo: ParseMemo
    let cache: BuildCache
    /// What the last build wrote to the output folder; each file kept from
    /// it is checked against its hash when it is read.
    let live: TreeManifest
    let output: String
    let fingerprints: PageFingerprints

    struct Result {
        /// Every file of the site, static files included.
        var files: [OutputFile]
        var search: [Language: SearchState]
        /// `memo.records` with each document's search shards filled in.
        var records: [String: DocumentRecord]
    }

    func textOnly() -> Result? {
        // The files made again; every other file of the last build is kept.
        var made: [String: OutputFile] = [:]
        fingerprints.recordAll(cache.pages)
        let pages = PageBuilder(site: site, theme: theme)
        for document in changedDocuments {
            guard let group = site.group(document.id) else { return nil }
            let page = pages.document(document, in: group, fingerprints: fingerprints)
            made[page.path] = page
        }
        guard var result = patchedSearch() else { return nil }
        for file in result.files where !file.isKept { made[file.path] = file }
        for asset in site.staticAssets { made[asset.outputPath] = OutputFile(asset) }
        // Only documents' text changed, so the site has the same files.
        guard made.keys.allSatisfy({ live.files[$0] != nil }) else { return nil }
        result.files = live.sortedPaths.map { made[$0] ?? OutputFile(path: $0, content: .unchanged) }
        return result
    }

    /// Every document page's fingerprint, by output path. The body does not
    /// count, so they hold before and after hollow documents are parsed.
    func pageFingerprints() -> [String: UInt64] {
        let pages = PageBuilder(site: site, theme: theme)
        var fingerprints: [String: UInt64] = [:]
        for group in site.groups.values {
            for document in group.versions.values {
                let path = SitePath.document(document.id, document.language, in: site.config).outputFile
                fingerprints[path] = pages.fingerprint(document, in: group, fingerprints: self.fingerprints)
            }
        }
        return fingerprints
    }

    /// Documents taken from the cache whose pages `factsChanged` must make
    /// again: they must be parsed after all.
    func documentsNeedingBodies(_ now: [String: UInt64]) -> Set<String> {
        var paths: Set<String> = []
        for group in site.groups.values {
            for document in group.versions.values where memo.reused.contains(document.sourcePath) {
                let path = SitePath.document(document.id, document.language, in: site.config).outputFile
                if now[path] != cache.pages[path] { paths.insert(document.sourcePath) }
            }
        }
        return paths
    }

    /// `now`: `pageFingerprints()`. Call once `documentsNeedingBodies` is empty.
    func factsChanged(_ now: [String: UInt64]) -> Result? {
        let config = site.config
        guard Self.searchOrder(site, theme: theme) == cache.searchOrder else { return nil }
        var hollow = false
        let rendered = SiteRenderer().render(site, theme: theme) { pages, document, group in
            let path = SitePath.document(document.id, document.language, in: config).outputFile
            if let fingerprint = now[path], fingerprint == cache.pages[path], live.files[path] != nil {
                fingerprints.record(fingerprint, for: path)
                return OutputFile(path: path, content: .unchanged)
            }
            if memo.reused.contains(document.sourcePath) { hollow = true }
            return pages.document(document, in: group, fingerprints: fingerprints)
        }
        guard !hollow, var result = patchedSearch() else { return nil }
        result.files = rendered + result.files
            + site.staticAssets.map(OutputFile.init)
        return result
    }

    /// Per language, the hash of the documents' order in the search index:
    /// while it stays, each document keeps its number there.
    static func searchOrder(_ site: LinkedSite, theme: Theme) -> [String: UInt64] {
        var orders: [String: UInt64] = [:]
        let index = SearchIndex(site: site, theme: theme)
        for language in site.config.languages {
            var hash = ContentHash()
            for document in index.documents(language) { hash.add(document.sourcePath) }
            orders[language.code] = hash.value
        }
        return orders
    }

    /// In id and language order; found without sorting every id, as there are few.
    private var changedDocuments: [Document] {
        site.groups.values.flatMap { group in
            site.config.languages.compactMap { group.versions[$0] }.filter { !memo.reused.contains($0.sourcePath) }
        }.sorted { ($0.id, $0.language) < ($1.id, $1.language) }
    }

    /// The search index files: the changed documents' patched in, every
    /// other file kept.
    private func patchedSearch() -> Result? {
        // A document taken from the cache has its record, search shards included.
        var records = memo.records
        let index = SearchIndex(site: site, theme: theme)
        var files: [String: OutputFile] = [:]
        var search: [Language: SearchState] = [:]
        for language in site.config.languages {
            guard let state = cache.search[language.code] else { return nil }
            let documents = index.documents(language)
            let base = index.folder(language).path + "index/"
            let chunks = SearchIndex.chunks(documentCount: documents.count).map { "d/\($0).json" }
            for path in ["manifest.json"] + (0..<state.shardCount).map({ "s\($0).json" }) + chunks {
                guard live.files[base + path] != nil else { return nil }
                files[base + path] = OutputFile(path: base + path, content: .unchanged)
            }
            var changed: [Int: SearchFootprint] = [:]
            var retitled: Set<Int> = []
            for (number, document) in documents.enumerated() where !memo.reused.contains(document.sourcePath) {
                let old = cache.documents[document.sourcePath]
                changed[number] = old?.search ?? SearchFootprint(shardCount: 0)
                if old.map({ SearchIndex.entryChanged(from: $0.frontMatter, to: document.frontMatter) }) ?? true { retitled.insert(number) }
            }
            search[language] = state
            if changed.isEmpty { continue }
            guard let patch = SearchIndexPatch(index: index, liveOutput: output, live: live).patch(language, changed: changed, retitled: retitled, state: state)
            else { return nil }
            for file in patch.files { files[file.path] = file }
            for (number, footprint) in patch.footprints { records[documents[number].sourcePath]?.search = footprint }
            search[language] = patch.state
        }
        return Result(files: files.values.sorted { $0.path < $1.path }, search: search, records: records)
    }
}

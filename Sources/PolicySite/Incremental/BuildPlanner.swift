/// Decides what a build makes and what it keeps (`BuildPlan`), from the
/// last build as found (`PreviousBuild`) and this one's keys (`ParseMemo`):
///
/// - Only documents' text changed, nothing that other pages show of them:
///   every page stays as the last build wrote it except the changed
///   documents' own, and the search shards their words are in.
/// - Front matter or summaries changed, but not the settings, theme,
///   glossary, data or the set of files: lists, feeds and the other
///   site-wide pages are made again; a document's page only when its
///   fingerprint (`PageFingerprint`) changed.
/// - Anything else, or anything it cannot be sure of: every page is made.
struct BuildPlanner {
    let previous: PreviousBuild?
    let memo: ParseMemo
    let site: LinkedSite
    let theme: Theme
    let output: String

    func plan() -> BuildPlan {
        guard let previous, let live = previous.live, !memo.reused.isEmpty else { return .everything(over: previous) }
        let cache = previous.cache
        if memo.siteFacts == cache.siteFacts, let plan = textOnly(previous, live: live) { return plan }
        if memo.parseEnvironment == cache.parseEnvironment, memo.linkTargets == cache.linkTargets,
           let plan = factsChanged(previous, live: live) {
            return plan
        }
        return .everything(over: previous)
    }

    private func textOnly(_ previous: PreviousBuild, live: TreeManifest) -> BuildPlan? {
        let changed = site.groups.values.flatMap(\.versions.values).filter { !memo.reused.contains($0.sourcePath) }
        guard let search = patchedSearch(previous, live: live) else { return nil }
        // Only documents' text changed, so the site has the same files.
        let made = changed.map { SitePath.document($0.id, $0.language, in: site.config).outputFile }
            + search.files.map(\.path) + site.staticAssets.map(\.outputPath)
        guard made.allSatisfy({ live.files[$0] != nil }) else { return nil }
        var kept = previous.cache.pages
        for path in made { kept[path] = nil }
        return BuildPlan(pages: .documents(Set(changed.map(\.sourcePath))), search: .patched(search), live: live,
                         previous: previous.previous, statics: previous.cache.statics, keptFingerprints: kept)
    }

    private func factsChanged(_ previous: PreviousBuild, live: TreeManifest) -> BuildPlan? {
        guard SearchIndex.order(site, theme: theme) == previous.cache.searchOrder,
              let search = patchedSearch(previous, live: live) else { return nil }
        let pages = PageBuilder(site: site, theme: theme)
        var kept: [String: UInt64] = [:]
        for group in site.groups.values {
            for document in group.versions.values {
                let path = SitePath.document(document.id, document.language, in: site.config).outputFile
                let now = pages.fingerprint(document, in: group, sourceHash: memo.records[document.sourcePath]?.sourceHash ?? 0)
                if now == previous.cache.pages[path], live.files[path] != nil { kept[path] = now }
            }
        }
        return BuildPlan(pages: .changed(kept: kept), search: .patched(search), live: live,
                         previous: previous.previous, statics: previous.cache.statics, keptFingerprints: kept)
    }

    /// The search index files: the changed documents' patched in, every
    /// other file kept. Nil when the index must be made whole.
    private func patchedSearch(_ previous: PreviousBuild, live: TreeManifest) -> SearchPatch? {
        let index = SearchIndex(site: site, theme: theme)
        var patch = SearchPatch(files: [], states: [:], footprints: [:])
        for language in site.config.languages {
            guard let state = previous.cache.search[language.code] else { return nil }
            let documents = index.documents(language)
            let base = index.folder(language).path + "index/"
            let chunks = SearchIndex.chunks(documentCount: documents.count).map { "d/\($0).json" }
            var files: [String: OutputFile] = [:]
            for path in ["manifest.json"] + (0..<state.shardCount).map({ "s\($0).json" }) + chunks {
                guard live.files[base + path] != nil else { return nil }
                files[base + path] = OutputFile(path: base + path, content: .unchanged)
            }
            var changed: [Int: SearchFootprint] = [:]
            var retitled: Set<Int> = []
            for (number, document) in documents.enumerated() where !memo.reused.contains(document.sourcePath) {
                let old = previous.cache.documents[document.sourcePath]
                changed[number] = old?.search ?? SearchFootprint(shardCount: 0)
                if old.map({ SearchIndex.entryChanged(from: $0.frontMatter, to: document.frontMatter) }) ?? true { retitled.insert(number) }
            }
            patch.states[language] = state
            if !changed.isEmpty {
                guard let made = SearchIndexPatch(index: index, liveOutput: output, live: live)
                    .patch(language, changed: changed, retitled: retitled, state: state) else { return nil }
                for file in made.files { files[file.path] = file }
                for (number, footprint) in made.footprints { patch.footprints[documents[number].sourcePath] = footprint }
                patch.states[language] = made.state
            }
            patch.files += files.values.sorted { $0.path < $1.path }
        }
        return patch
    }
}

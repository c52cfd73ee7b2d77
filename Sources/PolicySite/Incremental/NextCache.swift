/// What the next build will know of this one (`BuildCache`), from this
/// build's keys, its plan and what the writer left.
struct NextCache {
    let memo: ParseMemo
    let plan: BuildPlan
    let written: OutputWriter.Written
    let searchJob: SearchIndexJob?
    let site: LinkedSite
    let theme: Theme

    /// `last`: the cache this build read, whose layout the new one follows.
    func cache(after last: BuildCache?, outputKey: String) -> BuildCache {
        var records = memo.records
        var search: [String: SearchState] = [:]
        switch plan.search {
        case .patched(let patch):
            for (language, state) in patch.states { search[language.code] = state }
            for (path, footprint) in patch.footprints { records[path]?.search = footprint }
        case .build:
            for (language, index) in searchJob?.wait() ?? [] {
                search[language.code] = index.state
                for (number, document) in SearchIndex(site: site, theme: theme).documents(language).enumerated() {
                    records[document.sourcePath]?.search = index.footprints[number]
                }
            }
        }
        return BuildCache(
            tool: last?.tool ?? BuildCache.hashedTool, parseEnvironment: memo.parseEnvironment, linkTargets: memo.linkTargets,
            documents: records, siteFacts: memo.siteFacts, output: outputKey, live: written.live, previous: written.previous,
            search: search, searchOrder: SearchIndex.order(site, theme: theme),
            pages: plan.keptFingerprints.merging(written.fingerprints) { $1 }, statics: staticRecords(),
            documentOrder: memo.order, pageOrder: last?.pageOrder, sectionLengths: last?.sectionLengths)
    }

    /// Each static file's stamp as listed and hash as written.
    private func staticRecords() -> [String: StaticRecord] {
        var records: [String: StaticRecord] = [:]
        for asset in site.staticAssets {
            if let state = written.live.files[asset.outputPath] { records[asset.outputPath] = StaticRecord(stamp: asset.stamp, hash: state.hash) }
        }
        return records
    }
}

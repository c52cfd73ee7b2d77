/// The render stage when only documents' text changed since the last build
/// and nothing that other pages show of them: every page stays as the last
/// build wrote it except the changed documents' own pages and the search
/// index shards their words are in.
struct ChangedDocumentPages {
    let site: LinkedSite
    let theme: Theme
    let memo: ParseMemo
    let cache: BuildCache
    /// What the last build wrote to the output folder; each file kept from
    /// it is checked against its hash when it is read.
    let live: TreeManifest
    let output: String

    struct Result {
        var files: [OutputFile]
        var search: [Language: SearchState]
        /// `memo.records` with each document's search shards filled in.
        var records: [String: DocumentRecord]
    }

    /// Nil when the search index cannot be patched: then every page is made.
    func render() -> Result? {
        var records = memo.records
        for path in memo.reused { records[path]?.searchShards = cache.documents[path]?.searchShards ?? [] }
        var files: [String: OutputFile] = [:]
        for path in live.files.keys { files[path] = OutputFile(path: path, content: .unchanged) }
        for asset in site.staticAssets { files[asset.outputPath] = OutputFile(path: asset.outputPath, content: .copy(from: asset.sourcePath)) }

        let pages = PageBuilder(site: site, theme: theme)
        let index = SearchIndex(site: site, theme: theme)
        var search: [Language: SearchState] = [:]
        for language in site.config.languages {
            let documents = index.documents(language)
            var changed: [Int: [UInt64]] = [:]
            for (number, document) in documents.enumerated() where !memo.reused.contains(document.sourcePath) {
                guard let group = site.group(document.id) else { return nil }
                let page = pages.document(document, in: group)
                guard files[page.path] != nil else { return nil }
                files[page.path] = page
                changed[number] = cache.documents[document.sourcePath]?.searchShards ?? []
            }
            guard let state = cache.search[language.code] else { return nil }
            if changed.isEmpty {
                search[language] = state
                continue
            }
            guard let patch = SearchIndexPatch(index: index, liveOutput: output, live: live).patch(language, changed: changed, state: state)
            else { return nil }
            for file in patch.files { files[file.path] = file }
            for (number, shards) in patch.shardsByDocument { records[documents[number].sourcePath]?.searchShards = shards }
            search[language] = patch.state
        }
        return Result(files: files.keys.sorted().map { files[$0]! }, search: search, records: records)
    }
}

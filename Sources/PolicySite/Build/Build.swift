/// One run of the pipeline: load → parse → link → render → write.
///
/// Every stage reports into one `Diagnostics`; the build stops before
/// writing if any stage found an error, leaving the last good site as it was.
public struct Build: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    public func run() -> BuildResult {
        run(keepingPages: true)
    }

    /// `keepingPages`: pages may be kept from the last build's output. A
    /// build that finds that output changed under it starts again without.
    private func run(keepingPages: Bool) -> BuildResult {
        let diagnostics = Diagnostics()
        var timings = StageTimings()
        let loaded = timings.measure("load") { SiteLoader(root: options.root).load(into: diagnostics) }
        // The theme first: tables of indicators inside Markdown need its words.
        let theme = timings.measure("load") { ThemeLoader().load(overrides: loaded.themeOverrides, diagnostics: diagnostics) }
        let cache = options.writeOutput ? timings.measure("cacheread") { options.cacheFolder.flatMap(BuildCache.read) } : nil
        let parser = SiteParser(includeDrafts: options.includeDrafts, baseURL: options.baseURL)
        let first = timings.measure("parse") { parser.parse(loaded, theme: theme, diagnostics: diagnostics, reusing: cache) }
        guard var (parsed, memo) = first, let theme else { return failed(diagnostics, timings) }

        // Only documents' text changed, and nothing other pages show of them:
        // the last build's pages stay, but for those documents' own.
        // Inside the site, by its path there: a CI runner may check the site out elsewhere.
        let outputKey = options.outputFolder.hasPrefix(options.root + "/")
            ? String(options.outputFolder.dropFirst(options.root.count + 1)) : options.outputFolder
        let sameOutput = cache?.output == outputKey
        let live = sameOutput && keepingPages ? cache?.live : nil
        let onlyTextChanged = !memo.reused.isEmpty && live != nil && memo.siteFacts == cache?.siteFacts
        let linked = timings.measure("link") { SiteLinker().link(parsed, diagnostics: diagnostics) }
        var changed: ChangedDocumentPages.Result?
        if onlyTextChanged, let cache, let live {
            changed = timings.measure("render") {
                ChangedDocumentPages(site: linked, theme: theme, memo: memo, cache: cache, live: live, output: options.outputFolder).render()
            }
        }
        var files: [OutputFile]
        var records = memo.records
        var search: [String: SearchState] = [:]
        if let changed {
            files = changed.files
            records = changed.records
            for (language, state) in changed.search { search[language.code] = state }
        } else {
            var site = linked
            if !memo.reused.isEmpty {
                // Every page is made: the documents taken from the cache need their bodies.
                guard let again = timings.measure("parse", { parser.parse(loaded, theme: theme, diagnostics: diagnostics, reusing: nil) })
                else { return failed(diagnostics, timings) }
                (parsed, memo) = again
                records = memo.records
                site = timings.measure("link") { SiteLinker().link(parsed, diagnostics: Diagnostics()) }
            }
            let rendered = timings.measure("render") { SiteRenderer().renderWithSearch(site, theme: theme) }
            files = rendered.files + site.staticAssets.map { OutputFile(path: $0.outputPath, content: .copy(from: $0.sourcePath)) }
            for (language, summary) in rendered.search {
                search[language.code] = summary.state
                for (number, document) in SearchIndex(site: site, theme: theme).documents(language).enumerated() {
                    records[document.sourcePath]?.searchShards = summary.shardsByDocument[number]
                }
            }
        }
        reportCollisions(files, diagnostics: diagnostics)

        let all = diagnostics.all
        if all.contains(where: { $0.severity == .error || options.strict }) { return failed(diagnostics, timings) }
        if options.writeOutput {
            if let problem = OutputWriter.unsafeTarget(options.outputFolder, root: options.root) {
                diagnostics.report(.error(
                    options.outputFolder, .none, problem,
                    hint: "write the site to its own folder, e.g. --output Output (the default)"))
                return failed(diagnostics, timings)
            }
            let writer = OutputWriter(output: options.outputFolder)
            let previous = sameOutput ? timings.measure("verifyprev") { cache?.previous?.verified(in: writer.previous) } : nil
            let known = OutputWriter.KnownTrees(live: live, previous: previous)
            let trees: OutputWriter.KnownTrees
            do {
                trees = try timings.measure("write") { () throws(OutputWriter.Failure) in
                    try writer.write(files, known: known)
                }
            } catch .liveTreeChanged where keepingPages {
                return run(keepingPages: false)
            } catch {
                diagnostics.report(.error(options.outputFolder, .none, error.description,
                                          hint: "check that the folder is writable and the disk is not full"))
                return failed(diagnostics, timings)
            }
            if let folder = options.cacheFolder {
                let next = BuildCache(parseEnvironment: memo.parseEnvironment, linkTargets: memo.linkTargets, documents: records,
                                      siteFacts: memo.siteFacts, output: outputKey,
                                      live: trees.live, previous: trees.previous, search: search)
                // The cache only saves time: a build that cannot keep one still succeeded.
                try? timings.measure("cachewrite") { try next.write(to: folder) }
            }
        }
        var result = BuildResult(diagnostics: all, files: files, succeeded: true, timings: timings)
        result.reusedDocuments = changed == nil ? 0 : memo.reused.count
        return result
    }

    private func failed(_ diagnostics: Diagnostics, _ timings: StageTimings) -> BuildResult {
        BuildResult(diagnostics: diagnostics.all, files: [], succeeded: false, timings: timings)
    }

    /// A static file may not take the place of a generated page.
    private func reportCollisions(_ files: [OutputFile], diagnostics: Diagnostics) {
        var seen: Set<String> = []
        for file in files where !seen.insert(file.path).inserted {
            diagnostics.report(.error(
                "Content/static/" + file.path, .none, "this file would replace the generated \(file.path)",
                hint: "rename or move it inside Content/static/"))
        }
    }
}

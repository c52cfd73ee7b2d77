/// One run of the pipeline: load → parse → link → plan → render → write →
/// save (docs/architecture.md).
///
/// Every stage reports into one `Diagnostics`; the build stops before
/// writing if any stage found an error, leaving the last good site as it
/// was. The build cache is read before the stages and saved after them:
/// what it lets a rebuild skip is decided once, by the plan.
public struct Build: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    public func run() -> BuildResult {
        guard options.writeOutput else { return runStages() }
        let target = OutputTarget(output: options.outputFolder, root: options.root)
        if let problem = target.problem() ?? options.cacheFolder.flatMap(target.cacheProblem) {
            let diagnostic = Diagnostic.error(options.outputFolder, .none, problem)
            return BuildResult(diagnostics: [diagnostic], files: [], succeeded: false, timings: StageTimings())
        }
        // Held until the build has swapped its tree in and saved its cache.
        let lock = BuildLock(output: options.outputFolder, cache: options.cacheFolder) { options.waiting?($0) }
        return withExtendedLifetime(lock) { runStages() }
    }

    private func runStages() -> BuildResult {
        let diagnostics = Diagnostics()
        var timings = StageTimings()
        // Read while the site's files are listed; first needed to tell which of them to read.
        let reading = options.writeOutput ? options.cacheFolder.map { folder in BackgroundValue { CacheFile.read(from: folder) } } : nil
        let loaded = timings.measure("load") { SiteLoader(root: options.root).load(into: diagnostics, unchangedIn: reading) }
        let cache = timings.measure("cache") { reading?.value }
        if reading != nil, cache == nil { BuildCache.hashToolMeanwhile() }
        // The last build's trees are checked against the disk while the site is parsed.
        let previous = cache.map { cache in
            BackgroundValue { PreviousBuild(cache: cache, output: options.outputFolder, outputKey: options.outputKey) }
        }
        guard let theme = timings.measure("load", { ThemeLoader().load(overrides: loaded.themeOverrides, diagnostics: diagnostics) }),
              let (parsed, memo) = timings.measure("parse", {
                  SiteParser(includeDrafts: options.includeDrafts, baseURL: options.baseURL)
                      .parse(loaded, theme: theme, diagnostics: diagnostics,
                             reusing: ReusableParse(loaded, includeDrafts: options.includeDrafts, baseURL: options.baseURL, cache: cache))
              })
        else { return failed(diagnostics, timings) }
        let site = timings.measure("link") { SiteLinker().link(parsed, diagnostics: diagnostics) }
        let plan = timings.measure("plan") {
            options.writeOutput ? BuildPlanner(previous: previous?.value, memo: memo, site: site, theme: theme, output: options.outputFolder).plan()
                : .everything(over: nil)
        }
        // Started now, the index is built while pages are rendered and written; `check` writes no index.
        let searchJob = options.writeOutput && plan.search.isBuilt ? SearchIndexJob(site: site, theme: theme) : nil
        let files = timings.measure("render") {
            SiteRenderer().render(site, theme: theme, plan: plan, sourceHashes: memo.records.mapValues(\.sourceHash))
        }
        OutputCollisions(site: site, theme: theme).report(files, into: diagnostics)
        if diagnostics.all.contains(where: { $0.severity == .error || options.strict }) { return failed(diagnostics, timings) }
        var result = BuildResult(diagnostics: diagnostics.all, files: files, succeeded: true, timings: timings)
        result.reusedDocuments = plan.pages.isAll ? 0 : memo.reused.count
        guard options.writeOutput else { return result }

        guard let written = timings.measure("write", { write(files, plan: plan, searchJob: searchJob, diagnostics: diagnostics) })
        else { return failed(diagnostics, timings) }
        result.files += searchJob?.wait().flatMap(\.index.files) ?? []
        if let folder = options.cacheFolder {
            let next = timings.measure("cache") {
                NextCache(memo: memo, plan: plan, written: written, searchJob: searchJob, site: site, theme: theme)
                    .cache(after: cache, outputKey: options.outputKey)
            }
            // The cache only saves time: a build that cannot keep one still succeeded.
            try? timings.measure("cache") { try CacheFile.write(next, to: folder) }
        }
        result.timings = timings
        // The build's values are still held: a command that exits here frees none of them. (The
        // files' text is not: no page needs it once parsed, and it is as large as the site's Markdown.)
        withExtendedLifetime((cache, parsed, memo, site, plan, written)) { options.whenBuilt?(result) }
        return result
    }

    /// The write stage; nil, with the reason reported, when it failed.
    private func write(_ files: [OutputFile], plan: BuildPlan, searchJob: SearchIndexJob?,
                       diagnostics: Diagnostics) -> OutputWriter.Written? {
        let known = OutputWriter.KnownTrees(live: plan.live, previous: plan.previous, statics: plan.statics)
        do {
            return try OutputWriter(output: options.outputFolder)
                .write(files, later: { searchJob?.wait().flatMap(\.index.files) ?? [] }, known: known)
        } catch .cannotRead(let path, let reason) {
            let shown = path.hasPrefix(options.root + "/") ? String(path.dropFirst(options.root.count + 1)) : path
            diagnostics.report(FileProblem.unreadable(path: shown, reason: reason).diagnostic)
        } catch .liveTreeChanged(let path) {
            diagnostics.report(.error(path, .none, .outputEdited))
        } catch {
            diagnostics.report(.error(options.outputFolder, .none, .writeFailed(error.description)))
        }
        return nil
    }

    private func failed(_ diagnostics: Diagnostics, _ timings: StageTimings) -> BuildResult {
        BuildResult(diagnostics: diagnostics.all, files: [], succeeded: false, timings: timings)
    }
}

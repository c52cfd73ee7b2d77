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
        guard options.writeOutput else { return run(keepingPages: true) }
        let target = OutputTarget(output: options.outputFolder, root: options.root)
        if let problem = target.problem() ?? options.cacheFolder.flatMap(target.cacheProblem) {
            let diagnostic = Diagnostic.error(options.outputFolder, .none, problem.message, hint: problem.hint)
            return BuildResult(diagnostics: [diagnostic], files: [], succeeded: false, timings: StageTimings())
        }
        // Held until the build has swapped its tree in and saved its cache.
        let lock = BuildLock(output: options.outputFolder, cache: options.cacheFolder) { options.waiting?($0) }
        return withExtendedLifetime(lock) { run(keepingPages: true) }
    }

    /// `keepingPages`: pages may be kept from the last build's output. A
    /// build that finds that output changed under it starts again without.
    private func run(keepingPages: Bool) -> BuildResult {
        let diagnostics = Diagnostics()
        var timings = StageTimings()
        // Read while the site's files are listed; first needed to tell which of them to read.
        let reading = options.writeOutput ? options.cacheFolder.map { folder in BackgroundValue { CacheFile.read(from: folder) } } : nil
        var cached: [String: DocumentRecord]?
        // Optional so that it can go before rendering: the files' text is as
        // large as the site's Markdown, and no page needs it once parsed.
        // Its time counts the wait for the cache, if the cache took longer than the listing.
        var source: LoadedSite? = timings.measure("load") {
            SiteLoader(root: options.root).load(into: diagnostics) { path in
                // Files the cache hashed and that have not been touched since are not read.
                if cached == nil { cached = reading?.value?.documents ?? [:] }
                return cached![path].flatMap { record in record.stamp.map { ($0, record.sourceHash) } }
            }
        }
        let cache = timings.measure("cache") { reading?.value }
        // Inside the site, by its path there: a CI runner may check the site out elsewhere.
        let outputKey = options.outputFolder.hasPrefix(options.root + "/")
            ? String(options.outputFolder.dropFirst(options.root.count + 1)) : options.outputFolder
        // The last build's previous tree is checked against the disk while the site is parsed.
        let previousTree = cache?.output == outputKey ? cache?.previous : nil
        let checkingPrevious = previousTree.map { tree in
            BackgroundValue { tree.verified(in: OutputWriter(output: options.outputFolder).previous) }
        }
        // The theme first: tables of indicators inside Markdown need its words.
        let theme = timings.measure("load") { ThemeLoader().load(overrides: source!.themeOverrides, diagnostics: diagnostics) }
        let parser = SiteParser(includeDrafts: options.includeDrafts, baseURL: options.baseURL)
        let first = timings.measure("parse") { parser.parse(source!, theme: theme, diagnostics: diagnostics, reusing: cache) }
        guard var (parsed, memo) = first, let theme else { return failed(diagnostics, timings) }

        let live = cache?.output == outputKey && keepingPages ? cache?.live : nil
        let fingerprints = PageFingerprints(sources: memo.records.mapValues(\.sourceHash))
        var linked = timings.measure("link") { SiteLinker().link(parsed, diagnostics: diagnostics) }
        var incremental: IncrementalRender.Result?
        if let cache, let live, !memo.reused.isEmpty {
            func render() -> IncrementalRender {
                IncrementalRender(site: linked, theme: theme, memo: memo, cache: cache, live: live,
                                  output: options.outputFolder, fingerprints: fingerprints)
            }
            if memo.siteFacts == cache.siteFacts {
                incremental = timings.measure("render") { render().textOnly() }
            } else if memo.parseEnvironment == cache.parseEnvironment, memo.linkTargets == cache.linkTargets {
                let now = timings.measure("render") { render().pageFingerprints() }
                let needed = render().documentsNeedingBodies(now)
                if !needed.isEmpty, let again = timings.measure("parse", {
                    parser.parse(source!, theme: theme, diagnostics: diagnostics, reusing: cache, fullBodies: needed)
                }) {
                    (parsed, memo) = again
                    linked = timings.measure("link") { SiteLinker().link(parsed, diagnostics: Diagnostics()) }
                }
                incremental = timings.measure("render") { render().factsChanged(now) }
            }
        }
        var files: [OutputFile]
        var records = memo.records
        var search: [String: SearchState] = [:]
        var searchJob: SearchIndexJob?
        if let incremental {
            files = incremental.files
            records = incremental.records
            for (language, state) in incremental.search { search[language.code] = state }
        } else {
            if !memo.reused.isEmpty {
                // Every page is made: the documents taken from the cache need their bodies.
                guard let again = timings.measure("parse", { parser.parse(source!, theme: theme, diagnostics: diagnostics, reusing: nil) })
                else { return failed(diagnostics, timings) }
                (parsed, memo) = again
                records = memo.records
                linked = timings.measure("link") { SiteLinker().link(parsed, diagnostics: Diagnostics()) }
            }
            source = nil
            let site = linked
            // Started now, it is built while pages are rendered and written; `check` writes no index.
            searchJob = options.writeOutput ? SearchIndexJob(site: site, theme: theme) : nil
            let rendered = timings.measure("render") {
                SiteRenderer().render(site, theme: theme) { pages, document, group in
                    pages.document(document, in: group, fingerprints: fingerprints)
                }
            }
            files = rendered + site.staticAssets.map(OutputFile.init)
        }
        reportCollisions(files, diagnostics: diagnostics)
        if incremental == nil { reportSearchCollisions(linked, theme: theme, diagnostics: diagnostics) }

        let all = diagnostics.all
        if all.contains(where: { $0.severity == .error || options.strict }) { return failed(diagnostics, timings) }
        // What the write stage makes, for `BuildResult.leftovers`.
        var written: [Any] = []
        if options.writeOutput {
            let writer = OutputWriter(output: options.outputFolder)
            let previous = timings.measure("cache") { checkingPrevious?.value }
            let known = OutputWriter.KnownTrees(live: live, previous: previous, statics: cache?.statics ?? [:])
            let trees: OutputWriter.KnownTrees
            do {
                trees = try timings.measure("write") { () throws(OutputWriter.Failure) in
                    try writer.write(files, later: { searchJob?.wait().flatMap(\.index.files) ?? [] }, known: known)
                }
            } catch .liveTreeChanged where keepingPages {
                return run(keepingPages: false)
            } catch .cannotRead(let path, let reason) {
                let shown = path.hasPrefix(options.root + "/") ? String(path.dropFirst(options.root.count + 1)) : path
                diagnostics.report(FileProblem.unreadable(path: shown, reason: reason).diagnostic)
                return failed(diagnostics, timings)
            } catch {
                diagnostics.report(.error(options.outputFolder, .none, error.description,
                                          hint: "check that the folder is writable and the disk is not full"))
                return failed(diagnostics, timings)
            }
            if let searchJob {
                for (language, index) in searchJob.wait() {
                    files += index.files
                    search[language.code] = index.state
                    for (number, document) in SearchIndex(site: linked, theme: theme).documents(language).enumerated() {
                        records[document.sourcePath]?.search = index.footprints[number]
                    }
                }
            }
            if let folder = options.cacheFolder {
                let next = BuildCache(tool: cache?.tool ?? BuildCache.hashedTool, parseEnvironment: memo.parseEnvironment, linkTargets: memo.linkTargets, documents: records,
                                      siteFacts: memo.siteFacts, output: outputKey,
                                      live: trees.live, previous: trees.previous, search: search,
                                      searchOrder: IncrementalRender.searchOrder(linked, theme: theme), pages: fingerprints.all,
                                      statics: Self.staticRecords(linked.staticAssets, in: trees.live),
                                      documentOrder: memo.order, pageOrder: cache?.pageOrder, sectionLengths: cache?.sectionLengths)
                // The cache only saves time: a build that cannot keep one still succeeded.
                try? timings.measure("cache") { try CacheFile.write(next, to: folder) }
                written.append(next)
            }
            written.append(trees)
        }
        var result = BuildResult(diagnostics: all, files: files, succeeded: true, timings: timings)
        result.reusedDocuments = incremental == nil ? 0 : memo.reused.count
        if options.keepsLeftovers {
            result.leftovers = .init(written + [cache as Any, source as Any, parsed, memo, linked, records, fingerprints,
                                                search, incremental as Any, searchJob as Any])
        }
        return result
    }

    /// Each static file's stamp as listed and hash as written.
    private static func staticRecords(_ assets: [StaticAsset], in tree: TreeManifest?) -> [String: StaticRecord] {
        var records: [String: StaticRecord] = [:]
        for asset in assets {
            if let state = tree?.files[asset.outputPath] { records[asset.outputPath] = StaticRecord(stamp: asset.stamp, hash: state.hash) }
        }
        return records
    }

    private func failed(_ diagnostics: Diagnostics, _ timings: StageTimings) -> BuildResult {
        BuildResult(diagnostics: diagnostics.all, files: [], succeeded: false, timings: timings)
    }

    /// The search index's files are not known before they are written
    /// (`SearchIndexJob`): its folders are the generator's alone.
    private func reportSearchCollisions(_ site: LinkedSite, theme: Theme, diagnostics: Diagnostics) {
        let folders = site.config.languages.map { SearchIndex(site: site, theme: theme).folder($0).path + "index/" }
        for asset in site.staticAssets where folders.contains(where: asset.outputPath.hasPrefix) {
            diagnostics.report(.error(
                "Content/static/" + asset.outputPath, .none, "this file would be inside the generated search index",
                hint: "rename or move it inside Content/static/"))
        }
    }

    /// A static file may not take the place of a generated page, nor of the output's mark.
    private func reportCollisions(_ files: [OutputFile], diagnostics: Diagnostics) {
        var seen: Set<String> = []
        for file in files where !seen.insert(file.path).inserted || file.isStaticMark {
            diagnostics.report(.error(
                "Content/static/" + file.path, .none, "this file would replace the generated \(file.path)",
                hint: "rename or move it inside Content/static/"))
        }
    }
}

import Foundation

/// The parse stage: site.yaml, then every content file's front matter, then
/// every Markdown body (in parallel, once the set of link targets is known).
public struct SiteParser: Sendable {
    public var includeDrafts: Bool
    /// Overrides site.yaml's `base_url` (`--base-url`), e.g. for a staging host.
    public var baseURL: String?

    public init(includeDrafts: Bool = false, baseURL: String? = nil) {
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
    }

    /// `theme` gives the words of indicator tables shown inside Markdown.
    public func parse(_ loaded: LoadedSite, theme: Theme? = nil, diagnostics: Diagnostics) -> ParsedSite? {
        parse(loaded, theme: theme, diagnostics: diagnostics,
              reusing: ReusableParse(loaded, includeDrafts: includeDrafts, baseURL: baseURL, cache: nil))?.site
    }

    /// Parses the site, taking each unchanged document from the last build
    /// (`reusable`) instead of parsing it again: its facts come from its
    /// record, and its body is deferred, rendered only if something asks
    /// for it (`DocumentBody`).
    func parse(
        _ loaded: LoadedSite, theme: Theme?, diagnostics: Diagnostics, reusing reusable: ReusableParse
    ) -> (site: ParsedSite, memo: ParseMemo)? {
        let siteSource = loaded.sources.first { $0.path == SiteConfigParser.path }
        guard var config = SiteConfigParser.parse(siteSource, diagnostics: diagnostics) else { return nil }
        if let baseURL {
            guard let normalized = SiteConfigParser.normalizedBaseURL(baseURL) else {
                diagnostics.report(.error("--base-url", .none, .baseURLOption(baseURL)))
                return nil
            }
            config.baseURL = normalized
        }

        var index = ContentIndex(site: config)
        index.sourcePaths = Set(loaded.sources.map(\.path))
        index.staticAssets = Set(loaded.staticAssets.map(\.outputPath))

        /// A class: a site's worth of them is passed between stages, and a
        /// copy of so many fields was a twentieth of a rebuild.
        final class Pending: Sendable {
            let source: SourceFile
            let id: DocumentID
            let language: Language
            let frontMatter: FrontMatter
            /// Nil when the cache's record stands in for the file: it is
            /// split only if its body must be rendered after all.
            let body: Substring?
            let bodyLineOffset: Int
            let sourceHash: UInt64
            let frontMatterDiagnostics: [Diagnostic]
            /// The cache's record, when the file is the one it describes.
            let record: DocumentRecord?

            init(source: SourceFile, id: DocumentID, language: Language, frontMatter: FrontMatter, body: Substring?,
                 bodyLineOffset: Int, sourceHash: UInt64, frontMatterDiagnostics: [Diagnostic], record: DocumentRecord?) {
                self.source = source
                self.id = id
                self.language = language
                self.frontMatter = frontMatter
                self.body = body
                self.bodyLineOffset = bodyLineOffset
                self.sourceHash = sourceHash
                self.frontMatterDiagnostics = frontMatterDiagnostics
                self.record = record
            }
        }
        var seen: [ContentIndex.Key: String] = [:]
        var documentSources: [(source: SourceFile, id: DocumentID, language: Language)] = []
        var indicatorSources: [SourceFile] = []
        var glossarySources: [SourceFile] = []
        for source in loaded.sources {
            switch ContentPath.classify(source.path, languages: config.languages) {
            case .siteConfig:
                continue
            case .indicators:
                indicatorSources.append(source)
            case .glossary:
                glossarySources.append(source)
            case .invalid(let diagnostic):
                diagnostics.report(diagnostic)
            case .document(let id, let language):
                let key = ContentIndex.Key(id: id, language: language)
                if let other = seen[key] {
                    diagnostics.report(.error(source.path, .none, .twoFilesOneDocument(
                        other: other, language: language.code, document: "\(id)", defaultLanguage: config.defaultLanguage.code)))
                    continue
                }
                seen[key] = source.path
                documentSources.append((source, id, language))
            }
        }

        // Front matter on every core: YAML parsing is a large part of a big site's parse.
        // Each file's diagnostics are collected apart, for the cache to replay.
        let settings = config
        let parsedDocuments: [Pending?] = ParallelMap.map(documentSources) { source, id, language in
            let sourceHash = source.contentHash
            let record = reusable.record(for: source.path, sourceHash: sourceHash)
            if let record {
                diagnostics.report(record.frontMatterDiagnostics)
                return Pending(source: source, id: id, language: language, frontMatter: record.frontMatter,
                               body: nil, bodyLineOffset: 0, sourceHash: sourceHash,
                               frontMatterDiagnostics: record.frontMatterDiagnostics, record: record)
            }
            let local = Diagnostics()
            defer { diagnostics.report(local.all) }
            var source = source
            source.text = loaded.text(of: source)
            guard let parts = FrontMatterSplitter.split(source, diagnostics: local) else { return nil }
            guard let frontMatter = FrontMatterParser(site: settings, diagnostics: local).parse(parts.yaml, of: source, kind: id.kind)
            else { return nil }
            return Pending(source: source, id: id, language: language, frontMatter: frontMatter,
                           body: parts.body, bodyLineOffset: parts.bodyLineOffset, sourceHash: sourceHash,
                           frontMatterDiagnostics: local.all, record: nil)
        }
        // Documents whose file exists but was rejected, by the load stage
        // or here: reported there, they still count as existing for links
        // and references (SPEC §9, one mistake one error).
        let rejectedDocuments = loaded.rejected.compactMap { path -> ContentIndex.Key? in
            guard case .document(let id, let language) = ContentPath.classify(path, languages: config.languages) else { return nil }
            return ContentIndex.Key(id: id, language: language)
        }
        index.failed = Set(rejectedDocuments + zip(documentSources, parsedDocuments).compactMap { source, parsed in
            parsed == nil ? ContentIndex.Key(id: source.id, language: source.language) : nil
        })
        var pending: [Pending] = []
        var records: [String: DocumentRecord] = [:]
        // What a link may point at, hashed in path order as it is learnt.
        var linkTargets = ContentHash()
        for item in parsedDocuments.compactMap({ $0 }) {
            let key = ContentIndex.Key(id: item.id, language: item.language)
            let isDraft = item.frontMatter.draft && !includeDrafts
            linkTargets.add(item.source.path)
            linkTargets.add(isDraft ? 1 : 0)
            if isDraft {
                index.drafts.insert(key)
                records[item.source.path] = DocumentRecord(
                    draft: item.frontMatter, sourceHash: item.sourceHash, stamp: item.source.stamp, frontMatterDiagnostics: item.frontMatterDiagnostics)
                continue
            }
            index.documents.insert(key)
            pending.append(item)
        }

        // Before the Markdown, whose ```indicators blocks show the data sets.
        var indicators = IndicatorCatalog(
            sets: IndicatorSetParser(languages: config.languages, diagnostics: diagnostics)
                .parseAll(indicatorSources, rejected: loaded.rejected),
            config: config, theme: theme)
        indicators.failed = IndicatorSetParser.ids(in: indicatorSources.map(\.path) + loaded.rejected)
            .subtracting(indicators.sets.keys)
        for item in pending {
            for id in item.frontMatter.indicators where indicators.sets[id] == nil && !indicators.failed.contains(id) {
                diagnostics.report(.error(item.source.path, item.frontMatter.position(of: "indicators"),
                                          .unknownDataSet(id, suggestion: Suggestion.nearest(to: id, in: indicators.sets.keys.sorted()))))
            }
        }
        let staticSizes = Dictionary(loaded.staticAssets.map { ($0.outputPath, $0.stamp.size) }) { first, _ in first }
        for item in pending {
            for (place, file) in item.frontMatter.staticFiles where staticSizes[file] == nil {
                diagnostics.report(.error(item.source.path, item.frontMatter.position(of: place), .missingStaticFile(file)))
            }
        }
        let glossary = GlossaryLoader(languages: config.languages, diagnostics: diagnostics).load(glossarySources)
        var termLinkers: [Language: TermLinker] = [:]
        for language in config.languages {
            termLinkers[language] = TermLinker(glossary: glossary, language: language, glossaryPage: .section("glossary", language, in: config))
        }
        let renderer = MarkdownRenderer(index: index, unsafeHTML: config.unsafeHTML, indicators: indicators)
        let site = config, linkers = termLinkers
        for source in loaded.sources { linkTargets.add(source.path) }
        linkTargets.add(0)
        for key in index.failed.sorted(by: { ($0.id, $0.language) < ($1.id, $1.language) }) { linkTargets.add("\(key.id).\(key.language.code)") }
        linkTargets.add(0)
        for asset in loaded.staticAssets { linkTargets.add(asset.outputPath) }
        let bodiesReusable = reusable.linkTargets == linkTargets.value
        let root = loaded.root
        /// The body's HTML and what rendering it reported.
        @Sendable func renderBody(_ item: Pending) -> (RenderedMarkdown, [Diagnostic]) {
            var source = item.source
            if item.body == nil { source.text = LoadedSite.text(of: source, root: root) }
            // What splitting a file reports is in its record already.
            let parts: (body: Substring, bodyLineOffset: Int) = item.body.map { ($0, item.bodyLineOffset) }
                ?? FrontMatterSplitter.split(source, diagnostics: Diagnostics()).map { ($0.body, $0.bodyLineOffset) }
                ?? ("", 0)
            let local = Diagnostics()
            var input = MarkdownRenderer.Input(
                markdown: parts.body, sourcePath: item.source.path, lineOffset: parts.bodyLineOffset,
                page: .document(item.id, item.language, in: site), language: item.language,
                terms: item.frontMatter.glossary ? linkers[item.language] : nil)
            input.imagesAreContent = item.id.kind == .interpretation && item.frontMatter.form == .graphic
            let body = renderer.render(input, diagnostics: local)
            return (body, local.all)
        }
        let parsed: [(document: Document, body: DocumentBody, record: DocumentRecord, reused: Bool)] = ParallelMap.map(pending) { item in
            if bodiesReusable, let record = item.record {
                // The cache vouches for the body's facts and what it reported; its HTML is made only if asked for.
                diagnostics.report(record.bodyDiagnostics)
                let document = Document(id: item.id, language: item.language, sourcePath: item.source.path, frontMatter: item.frontMatter,
                                        firstParagraph: record.firstParagraph, glossaryTerms: record.glossaryTerms, factsHash: record.factsHash)
                return (document, .deferred(DeferredBody { renderBody(item).0 }), record, true)
            }
            let (body, bodyDiagnostics) = renderBody(item)
            diagnostics.report(bodyDiagnostics)
            let document = Document(id: item.id, language: item.language, sourcePath: item.source.path, frontMatter: item.frontMatter,
                                    firstParagraph: body.firstParagraph, glossaryTerms: body.glossaryTerms)
            let record = DocumentRecord(document, sourceHash: item.sourceHash, stamp: item.source.stamp,
                                        frontMatterDiagnostics: item.frontMatterDiagnostics, bodyDiagnostics: bodyDiagnostics)
            return (document, .rendered(body), record, false)
        }
        // What the cache keeps is made on another core while the parsed site
        // is put together here: one after the other, a core stood idle.
        let draftRecords = records, environment = reusable.environment, targets = linkTargets.value, parsedItems = pending
        let paths = documentSources.map(\.source.path)
        let memo = BackgroundValue {
            var records = draftRecords
            records.reserveCapacity(draftRecords.count + parsed.count)
            for item in parsed { records[item.document.sourcePath] = item.record }
            var attachedFiles = ContentHash()
            for item in parsedItems {
                for (_, file) in item.frontMatter.staticFiles {
                    attachedFiles.add(file)
                    attachedFiles.add(UInt64(staticSizes[file] ?? 0))
                }
            }
            return ParseMemo(parseEnvironment: environment, linkTargets: targets, attachedFiles: attachedFiles.value,
                             records: records, order: paths,
                             reused: Set(parsed.lazy.filter(\.reused).map(\.document.sourcePath)))
        }
        // Sorting places by keys taken out once: moving or even reading the
        // parsed values in the comparison copied them every time.
        let keys = parsed.map { ($0.document.id, $0.document.language) }
        let parsedSite = ParsedSite(
            config: config,
            documents: keys.indices.sorted { keys[$0] < keys[$1] }.map { parsed[$0].document },
            bodies: Dictionary(uniqueKeysWithValues: parsed.map { ($0.document.sourcePath, $0.body) }),
            glossary: glossary,
            staticAssets: loaded.staticAssets,
            indicatorSets: indicators.sortedSets,
            failedVersions: index.failed)
        return (parsedSite, memo.value)
    }
}

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
        let siteSource = loaded.sources.first { $0.path == SiteConfigParser.path }
        guard var config = SiteConfigParser.parse(siteSource, diagnostics: diagnostics) else { return nil }
        if let baseURL {
            guard let normalized = SiteConfigParser.normalizedBaseURL(baseURL) else {
                diagnostics.report(.error("--base-url", .none, "'\(baseURL)' is not an absolute http or https address"))
                return nil
            }
            config.baseURL = normalized
        }

        var index = ContentIndex(site: config)
        index.sourcePaths = Set(loaded.sources.map(\.path))
        index.staticAssets = Set(loaded.staticAssets.map(\.outputPath))

        struct Pending: Sendable {
            var source: SourceFile
            var id: DocumentID
            var language: Language
            var frontMatter: FrontMatter
            var body: String
            var bodyLineOffset: Int
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
                    diagnostics.report(.error(
                        source.path, .none, "this file and \(other) are both the \(language.code) version of \(id)",
                        hint: "a file without a language suffix is in the default language (\(config.defaultLanguage.code)); keep one of the two"))
                    continue
                }
                seen[key] = source.path
                documentSources.append((source, id, language))
            }
        }

        // Front matter on every core: YAML parsing is a large part of a big site's parse.
        let frontMatterParser = FrontMatterParser(site: config, diagnostics: diagnostics)
        let parsedDocuments: [Pending?] = ParallelMap.map(documentSources) { source, id, language in
            guard let parts = FrontMatterSplitter.split(source, diagnostics: diagnostics),
                  let frontMatter = frontMatterParser.parse(parts.yaml, of: source, kind: id.kind)
            else { return nil }
            return Pending(source: source, id: id, language: language, frontMatter: frontMatter,
                           body: parts.body, bodyLineOffset: parts.bodyLineOffset)
        }
        var pending: [Pending] = []
        for item in parsedDocuments.compactMap({ $0 }) {
            let key = ContentIndex.Key(id: item.id, language: item.language)
            if item.frontMatter.draft && !includeDrafts {
                index.drafts.insert(key)
                continue
            }
            index.documents.insert(key)
            pending.append(item)
        }

        // Before the Markdown, whose ```indicators blocks show the data sets.
        let indicators = IndicatorCatalog(
            sets: IndicatorSetParser(languages: config.languages, diagnostics: diagnostics).parseAll(indicatorSources),
            config: config, theme: theme)
        for item in pending {
            for id in item.frontMatter.indicators where indicators.sets[id] == nil {
                diagnostics.report(.error(
                    item.source.path, item.frontMatter.position(of: "indicators"), "'indicators' names '\(id)', which is no data set",
                    hint: Suggestion.nearest(to: id, in: indicators.sets.keys.sorted()).map { "did you mean '\($0)'?" }
                        ?? "data sets are Content/indicators/<id>.yaml with <id>.csv beside it"))
            }
        }
        let glossary = GlossaryLoader(languages: config.languages, diagnostics: diagnostics).load(glossarySources)
        var termLinkers: [Language: TermLinker] = [:]
        for language in config.languages {
            termLinkers[language] = TermLinker(glossary: glossary, language: language, glossaryPage: .section("glossary", language, in: config))
        }
        let renderer = MarkdownRenderer(index: index, unsafeHTML: config.unsafeHTML, indicators: indicators)
        let site = config, linkers = termLinkers
        let documents = ParallelMap.map(pending) { item in
            let body = renderer.render(
                .init(markdown: item.body, sourcePath: item.source.path, lineOffset: item.bodyLineOffset,
                      page: .document(item.id, item.language, in: site), language: item.language,
                      terms: item.frontMatter.glossary ? linkers[item.language] : nil),
                diagnostics: diagnostics)
            return Document(id: item.id, language: item.language, sourcePath: item.source.path,
                            frontMatter: item.frontMatter, body: body)
        }
        return ParsedSite(
            config: config,
            documents: documents.sorted { ($0.id, $0.language) < ($1.id, $1.language) },
            glossary: glossary,
            staticAssets: loaded.staticAssets,
            indicatorSets: indicators.sortedSets)
    }
}

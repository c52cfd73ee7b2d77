/// The link stage's result: documents grouped with their translations and
/// related to each other, ready to render.
public struct LinkedSite: Sendable {
    public let config: SiteConfig
    public let groups: [DocumentID: DocumentGroup]
    /// Interpretation slugs of each policy slug, newest first.
    public let interpretationsByPolicy: [String: [String]]
    public let glossary: Glossary
    public let staticAssets: [StaticAsset]
    /// Sorted by id.
    public let indicatorSets: [IndicatorSet]

    /// Every list, feed and index asks for these: sorted once.
    private let ordered: [DocumentKind: [Language: [Document]]]

    public init(
        config: SiteConfig, groups: [DocumentID: DocumentGroup], interpretationsByPolicy: [String: [String]],
        glossary: Glossary, staticAssets: [StaticAsset], indicatorSets: [IndicatorSet]
    ) {
        self.config = config
        self.groups = groups
        self.interpretationsByPolicy = interpretationsByPolicy
        self.glossary = glossary
        self.staticAssets = staticAssets
        self.indicatorSets = indicatorSets
        var ordered: [DocumentKind: [Language: [Document]]] = [:]
        for kind in DocumentKind.allCases {
            let ofKind = groups.values.filter { $0.id.kind == kind }
            for language in config.languages {
                // Sorting places, not documents: moving large values about was a tenth of a rebuild.
                let documents = ofKind.compactMap { $0.versions[language] }
                let order = documents.indices.sorted { Self.newestFirst(documents[$0], documents[$1]) }
                ordered[kind, default: [:]][language] = order.map { documents[$0] }
            }
        }
        self.ordered = ordered
    }

    public func group(_ id: DocumentID) -> DocumentGroup? { groups[id] }

    /// Documents of a kind in a language, newest first (then by slug, so
    /// equal dates keep one order on every build).
    public func documents(_ kind: DocumentKind, in language: Language) -> [Document] {
        ordered[kind]?[language] ?? []
    }

    static func newestFirst(_ a: Document, _ b: Document) -> Bool {
        let da = a.frontMatter.published, db = b.frontMatter.published
        if da != db { return (da ?? PlainDate("0001-01-01")!) > (db ?? PlainDate("0001-01-01")!) }
        return a.slug < b.slug
    }
}

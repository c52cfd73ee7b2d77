/// The link stage's result: documents grouped with their translations and
/// related to each other, ready to render.
public struct LinkedSite: Sendable {
    public let config: SiteConfig
    public let groups: [DocumentID: DocumentGroup]
    /// Interpretation slugs of each policy slug, newest first.
    public let interpretationsByPolicy: [String: [String]]
    public let glossary: Glossary
    public let staticAssets: [StaticAsset]
    /// Each static file's size in bytes, by output path: pages list attachments with it.
    public let staticSizes: [String: Int]
    /// Each document's body, by its source path: only its own page and the
    /// search index read it (`body(of:)`).
    public let bodies: [String: DocumentBody]
    /// Sorted by id.
    public let indicatorSets: [IndicatorSet]

    /// Every list, feed and index asks for these: sorted once.
    private let ordered: [DocumentKind: [Language: [Document]]]

    public init(
        config: SiteConfig, groups: [DocumentID: DocumentGroup], interpretationsByPolicy: [String: [String]],
        glossary: Glossary, staticAssets: [StaticAsset], bodies: [String: DocumentBody], indicatorSets: [IndicatorSet]
    ) {
        self.config = config
        self.groups = groups
        self.interpretationsByPolicy = interpretationsByPolicy
        self.glossary = glossary
        self.staticAssets = staticAssets
        staticSizes = Dictionary(staticAssets.map { ($0.outputPath, $0.stamp.size) }) { first, _ in first }
        self.bodies = bodies
        self.indicatorSets = indicatorSets
        var ordered: [DocumentKind: [Language: [Document]]] = [:]
        for kind in DocumentKind.allCases {
            let ofKind = groups.values.filter { $0.id.kind == kind }
            for language in config.languages {
                ordered[kind, default: [:]][language] = Self.newestFirst(ofKind.compactMap { $0.versions[language] })
            }
        }
        self.ordered = ordered
    }

    public func group(_ id: DocumentID) -> DocumentGroup? { groups[id] }

    /// The document's body, rendered now if it was deferred.
    public func body(of document: Document) -> RenderedMarkdown {
        bodies[document.sourcePath]?.rendered ?? RenderedMarkdown(html: "", headings: [], firstParagraph: "", text: "")
    }

    /// Documents of a kind in a language, newest first (then by slug, so
    /// equal dates keep one order on every build).
    public func documents(_ kind: DocumentKind, in language: Language) -> [Document] {
        ordered[kind]?[language] ?? []
    }

    static func newestFirst(_ a: Document, _ b: Document) -> Bool {
        newestFirst(Order(a), Order(b))
    }

    /// What `newestFirst` compares, taken out of a document once: sorting
    /// positions by these moves no document, where sorting documents copied
    /// each one's every field many times.
    struct Order {
        var published: PlainDate?
        var slug: String

        init(_ document: Document) {
            published = document.frontMatter.published
            slug = document.slug
        }
    }

    private static let undated = PlainDate("0001-01-01")!

    static func newestFirst(_ a: Order, _ b: Order) -> Bool {
        if a.published != b.published { return (a.published ?? undated) > (b.published ?? undated) }
        return a.slug < b.slug
    }

    /// `documents` newest first, each copied once.
    static func newestFirst(_ documents: [Document]) -> [Document] {
        let order = documents.map(Order.init)
        return order.indices.sorted { newestFirst(order[$0], order[$1]) }.map { documents[$0] }
    }
}

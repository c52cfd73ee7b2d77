/// The link stage's result: documents grouped with their translations and
/// related to each other, ready to render.
public struct LinkedSite: Sendable {
    public var config: SiteConfig
    public var groups: [DocumentID: DocumentGroup]
    /// Interpretation slugs of each policy slug, newest first.
    public var interpretationsByPolicy: [String: [String]]
    public var glossary: Glossary
    public var staticAssets: [StaticAsset]

    public func group(_ id: DocumentID) -> DocumentGroup? { groups[id] }

    /// Documents of a kind in a language, newest first (then by title and
    /// slug, so equal dates keep one order on every build).
    public func documents(_ kind: DocumentKind, in language: Language) -> [Document] {
        groups.values.filter { $0.id.kind == kind }.compactMap { $0.versions[language] }.sorted(by: Self.newestFirst)
    }

    static func newestFirst(_ a: Document, _ b: Document) -> Bool {
        let da = a.frontMatter.published, db = b.frontMatter.published
        if da != db { return (da ?? PlainDate("0001-01-01")!) > (db ?? PlainDate("0001-01-01")!) }
        return a.slug < b.slug
    }
}

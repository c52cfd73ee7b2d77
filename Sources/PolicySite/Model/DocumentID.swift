/// One document across its translations: its folder and slug.
public struct DocumentID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var kind: DocumentKind
    public var slug: String

    public init(_ kind: DocumentKind, _ slug: String) {
        self.kind = kind
        self.slug = slug
    }

    public var description: String { "\(kind.folder)/\(slug)" }

    public static func < (a: DocumentID, b: DocumentID) -> Bool { (a.kind, a.slug) < (b.kind, b.slug) }
}

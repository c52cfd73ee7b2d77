/// The three kinds of Markdown content, each in its own folder.
public enum DocumentKind: String, Sendable, Hashable, CaseIterable, Comparable {
    case policy
    case interpretation
    case page

    /// The folder under `Content/`, which is also the URL section.
    public var folder: String {
        switch self {
        case .policy: return "policies"
        case .interpretation: return "interpretations"
        case .page: return "pages"
        }
    }

    public init?(folder: String) {
        guard let kind = Self.allCases.first(where: { $0.folder == folder }) else { return nil }
        self = kind
    }

    public static func < (a: DocumentKind, b: DocumentKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

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

    /// "a policy", "an interpretation": for messages.
    public var withArticle: String {
        switch self {
        case .policy: return "a policy"
        case .interpretation: return "an interpretation"
        case .page: return "a page"
        }
    }

    public init?(folder: String) {
        switch folder {
        case "policies": self = .policy
        case "interpretations": self = .interpretation
        case "pages": self = .page
        default: return nil
        }
    }

    /// The order of `allCases`, without making that array: documents are
    /// sorted by kind on every build.
    private var rank: Int {
        switch self {
        case .policy: return 0
        case .interpretation: return 1
        case .page: return 2
        }
    }

    public static func < (a: DocumentKind, b: DocumentKind) -> Bool {
        a.rank < b.rank
    }
}

/// A content file's front matter, validated and typed (SPEC §4).
public struct FrontMatter: Sendable, Hashable {
    public var title: String = ""
    public var summary: String?
    public var draft = false
    public var issuer: String?
    public var docNumber: String?
    public var issued: PlainDate?
    public var published: PlainDate?
    public var status: PolicyStatus = .effective
    public var expires: PlainDate?
    public var topics: [String] = []
    public var basis: [String] = []
    public var policy: String?
    public var agency: String?
    public var interpreter: String?
    public var phone: String?
    public var email: String?
    public var form: InterpretationForm = .text
    public var indicators: [String] = []
    public var glossary = true
    public var menu: Int?

    /// Where each field's value sits in the file, so later stages (a
    /// `policy` that names nothing, say) can point at the right line.
    public var positions: [String: SourcePosition] = [:]

    public init() {}

    public func position(of field: String) -> SourcePosition { positions[field] ?? .none }

    /// The fields that must agree between translations (SPEC §3), as text
    /// for comparison and for the message that shows the disagreement.
    public var languageNeutralValues: [(field: String, value: String)] {
        [
            ("issued", issued?.description ?? ""),
            ("published", published?.description ?? ""),
            ("expires", expires?.description ?? ""),
            ("status", status.rawValue),
            ("policy", policy ?? ""),
            ("topics", topics.joined(separator: ", ")),
            ("indicators", indicators.joined(separator: ", ")),
            ("draft", draft ? "true" : "false"),
        ]
    }
}

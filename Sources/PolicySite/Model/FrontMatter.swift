/// A content file's front matter, validated and typed (SPEC §4).
public struct FrontMatter: Sendable, Hashable {
    public var title: String = ""
    public var summary: String?
    public var draft = false
    public var issuer: String?
    public var docNumber: String?
    /// 索引号, shown as written.
    public var indexNo: String?
    /// 统一登记号 of a normative document (规范性文件).
    public var registrationNo: String?
    public var issued: PlainDate?
    public var published: PlainDate?
    public var status: PolicyStatus = .effective
    public var expires: PlainDate?
    /// 施行日期.
    public var effective: PlainDate?
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
    public var attachments: [Attachment] = []
    public var video: Video?

    /// Where each field's value sits in the file, so later stages (a
    /// `policy` that names nothing, say) can point at the right line.
    public var positions: [String: SourcePosition] = [:]

    public init() {}

    public func position(of field: String) -> SourcePosition { positions[field] ?? .none }

    /// The files of `Content/static/` the page shows (by output path), each
    /// with the key of its position: they must exist, and the page changes
    /// with their sizes.
    public var staticFiles: [(place: String, file: String)] {
        var files = attachments.enumerated().map { ("attachments.\($0.offset)", $0.element.file) }
        if let video {
            files += [("video.file", video.file), ("video.captions", video.captions)]
            if let poster = video.poster { files.append(("video.poster", poster)) }
        }
        return files
    }

    /// The fields that must agree between translations (SPEC §3), as text
    /// for comparison and for the message that shows the disagreement.
    public var languageNeutralValues: [(field: String, value: String)] {
        [
            ("issued", issued?.description ?? ""),
            ("published", published?.description ?? ""),
            ("expires", expires?.description ?? ""),
            ("effective", effective?.description ?? ""),
            ("index_no", indexNo ?? ""),
            ("registration_no", registrationNo ?? ""),
            ("status", status.rawValue),
            ("policy", policy ?? ""),
            ("topics", topics.joined(separator: ", ")),
            ("indicators", indicators.joined(separator: ", ")),
            ("draft", draft ? "true" : "false"),
        ]
    }
}

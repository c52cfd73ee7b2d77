/// 附件: a file published with a document (front matter `attachments:`),
/// listed on its page with its title, type and size (SPEC §4).
public struct Attachment: Sendable, Hashable {
    /// Where the file is in the output, as under `Content/static/`:
    /// `../static/files/plan.pdf` written in a policy is `files/plan.pdf`.
    public var file: String
    public var title: String

    public init(file: String, title: String) {
        self.file = file
        self.title = title
    }

}

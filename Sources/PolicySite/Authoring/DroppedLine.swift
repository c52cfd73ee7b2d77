/// A line `import` left out, reported so staff can check nothing of the
/// document went with it.
public struct DroppedLine: Sendable, Equatable {
    /// What the line was; `ImportMessage` words each in the user's language.
    public enum Reason: Sendable, Equatable, CaseIterable {
        case sourceNotice, copyrightNotice, editorCredit, pageNavigation, shareButtons, commentBox
        case fontSizeButtons, pageCounter, printButton, closeButton, qrCode
        /// A 发布时间 line, whose date became `published`.
        case publicationDate
    }

    public let line: Int
    public let text: String
    public let reason: Reason
}

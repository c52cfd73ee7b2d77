/// A line `import` left out as web-page debris, reported so staff can
/// check nothing of the document went with it.
public struct DroppedLine: Sendable, Equatable {
    public let line: Int
    public let text: String
    public let reason: String
}

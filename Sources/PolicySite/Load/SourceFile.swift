/// A text file of the site, decoded: UTF-8 without BOM, LF line ends.
public struct SourceFile: Sendable, Hashable {
    /// Relative to the site root, with `/` separators.
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}

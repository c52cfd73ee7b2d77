/// One file of the generated site, by its path under the output folder.
public struct OutputFile: Sendable, Hashable {
    public enum Content: Sendable, Hashable {
        case bytes([UInt8])
        /// A file copied as it is, read only when the site is written.
        case copy(from: String)
    }

    public var path: String
    public var content: Content

    public init(path: String, content: Content) {
        self.path = path
        self.content = content
    }

    public init(path: String, text: String) {
        self.init(path: path, content: .bytes(Array(text.utf8)))
    }
}

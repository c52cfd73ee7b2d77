/// A 1-based line and column in a file; `.none` means the file as a whole.
public struct SourcePosition: Sendable, Hashable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static let none = SourcePosition(line: 0, column: 0)

    /// Shifts a position inside an embedded block (the front matter's YAML,
    /// the Markdown body) to where it sits in the whole file.
    public func offset(byLines lines: Int) -> SourcePosition {
        line == 0 ? self : SourcePosition(line: line + lines, column: column)
    }
}

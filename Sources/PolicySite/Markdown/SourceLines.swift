/// Where the lines of a Markdown body start, found once, when the first
/// diagnostic needs its line: splitting the body again for each one took
/// time in the square of its length for a body with thousands of them.
final class SourceLines {
    private let text: Substring
    private lazy var starts: [Substring.Index] = {
        var starts = [text.startIndex]
        var index = text.utf8.startIndex
        while let newline = text.utf8[index...].firstIndex(of: UInt8(ascii: "\n")) {
            index = text.utf8.index(after: newline)
            starts.append(index)
        }
        return starts
    }()

    init(_ text: Substring) {
        self.text = text
    }

    /// Line `number`, counted from 1, without its line break; nil past the last.
    func line(_ number: Int) -> Substring? {
        guard number >= 1, number <= starts.count else { return nil }
        let end = number < starts.count ? text.utf8.index(before: starts[number]) : text.endIndex
        return text[starts[number - 1]..<end]
    }
}

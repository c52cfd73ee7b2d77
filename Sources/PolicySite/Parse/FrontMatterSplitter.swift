/// Separates a content file's YAML front matter from its Markdown body.
struct FrontMatterSplitter {
    struct Parts {
        var yaml: String
        /// The Markdown after the closing `---`: a view into the file's text,
        /// not a copy, which would double the memory a large site's bodies take.
        var body: Substring
        /// Lines before the body in the file, to report body positions.
        var bodyLineOffset: Int
    }

    /// The parts, or nil after reporting what is wrong with the file's shape.
    static func split(_ source: SourceFile, diagnostics: Diagnostics) -> Parts? {
        if source.text.allSatisfy(\.isWhitespace) {
            diagnostics.report(.error(source.path, .none, .emptyFile))
            return nil
        }
        // Only the front matter is split into lines: bodies can be megabytes.
        let text = source.text
        var lineStart = text.startIndex
        var lineNumber = 0
        var yamlStart: String.Index?
        while lineStart < text.endIndex {
            let lineEnd = text[lineStart...].firstIndex(of: "\n") ?? text.endIndex
            lineNumber += 1
            let line = text[lineStart..<lineEnd]
            let next = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
            if lineNumber == 1 {
                guard isDelimiter(line) else {
                    diagnostics.report(.error(source.path, SourcePosition(line: 1, column: 1), .noFrontMatter))
                    return nil
                }
                yamlStart = next
            } else if isDelimiter(line), let yamlStart {
                return Parts(yaml: String(text[yamlStart..<lineStart]), body: text[next...], bodyLineOffset: lineNumber)
            }
            lineStart = next
        }
        diagnostics.report(.error(source.path, SourcePosition(line: 1, column: 1), .frontMatterNeverEnds))
        return nil
    }

    private static func isDelimiter(_ line: Substring) -> Bool {
        line.utf8.count >= 3 && line.hasPrefix("---") && line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
    }
}

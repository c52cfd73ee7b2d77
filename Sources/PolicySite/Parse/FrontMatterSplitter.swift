/// Separates a content file's YAML front matter from its Markdown body.
struct FrontMatterSplitter {
    struct Parts {
        var yaml: String
        /// The Markdown after the closing `---`.
        var body: String
        /// Lines before the body in the file, to report body positions.
        var bodyLineOffset: Int
    }

    /// The parts, or nil after reporting what is wrong with the file's shape.
    static func split(_ source: SourceFile, diagnostics: Diagnostics) -> Parts? {
        let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false)
        if source.text.allSatisfy(\.isWhitespace) {
            diagnostics.report(.error(
                source.path, .none, "this file is empty",
                hint: "write front matter (---, title: …, ---) and the text, or delete the file"))
            return nil
        }
        guard lines.first.map(isDelimiter) == true else {
            diagnostics.report(.error(
                source.path, SourcePosition(line: 1, column: 1), "this file has no front matter",
                hint: "start the file with a line '---', then fields such as 'title: …', then another '---' line"))
            return nil
        }
        guard let close = lines.indices.dropFirst().first(where: { isDelimiter(lines[$0]) }) else {
            diagnostics.report(.error(
                source.path, SourcePosition(line: 1, column: 1), "the front matter that starts here never ends",
                hint: "add a line '---' after the last field"))
            return nil
        }
        return Parts(
            yaml: lines[1..<close].joined(separator: "\n"),
            body: lines[(close + 1)...].joined(separator: "\n"),
            bodyLineOffset: close + 1)
    }

    private static func isDelimiter(_ line: Substring) -> Bool {
        line.utf8.count >= 3 && line.hasPrefix("---") && line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
    }
}

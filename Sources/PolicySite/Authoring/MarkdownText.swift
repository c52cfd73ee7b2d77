/// Plain text made safe to put into Markdown: characters that would start
/// emphasis, links, raw HTML or code are escaped, so that what staff pasted
/// is shown exactly as written.
enum MarkdownText {
    /// Text for an ATX heading, where only inline syntax has a meaning.
    static func inline(_ text: String) -> String {
        var out = ""
        for c in text {
            if syntax.contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    /// Text that starts a paragraph or a list item.
    static func escaped(_ text: String) -> String {
        var out = inline(text)
        // At the start of a paragraph these would make a heading, quote,
        // list or rule; a number followed by . or ) would make a list.
        if let first = out.first, lineStart.contains(first) {
            out.insert("\\", at: out.startIndex)
        } else if let end = out.firstIndex(where: { !$0.isASCII || !$0.isNumber }), end != out.startIndex,
                  out[end] == "." || out[end] == ")" {
            out.insert("\\", at: end)
        }
        return out
    }

    private static let syntax: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "~", "|"]
    private static let lineStart: Set<Character> = ["#", "-", "+", "="]
}

/// Escaping for HTML and SVG written by Swift code rather than by Mustache:
/// every text from a data set passes through here.
enum HTMLEscape {
    /// Safe in element content and in double-quoted attribute values.
    static func text(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}

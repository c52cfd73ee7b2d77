/// Why `new` or `import` wrote nothing, worded for the person who ran it.
public enum AuthoringError: Error, Equatable, CustomStringConvertible {
    case badSlug(String)
    case badLanguage(String, allowed: [String])
    case fileExists(String)
    /// The first line is a heading or a sentence, so it cannot be the title.
    case noTitle(firstLine: String)
    case emptyDocument
    case unreadable(path: String)
    case notText(path: String)

    public var description: String {
        switch self {
        case .badSlug(let slug):
            return "'\(InvisibleCharacters.escaped(slug))' is not a valid slug: \(Slug.hint(for: slug))"
        case .badLanguage(let code, let allowed):
            return "'\(code)' is not a language of this site; use one of: \(allowed.joined(separator: ", "))"
        case .fileExists(let path):
            return "\(path) already exists; it was left as it is (delete or rename it first, or choose another slug)"
        case .noTitle(let line):
            return "the first line '\(line)' does not look like a title (it is numbered, a sentence or too long); give the title with --title \"…\""
        case .emptyDocument:
            return "the document has no text (or only web-page debris)"
        case .unreadable(let path):
            return "cannot read \(path)"
        case .notText(let path):
            return "\(path) is neither UTF-8 nor GB18030 text; save it from Word or Notepad as 'Plain text, UTF-8' and try again"
        }
    }
}

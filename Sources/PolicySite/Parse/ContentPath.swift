/// What a file under `Content/` is, from its path alone (SPEC §1 and §3).
enum ContentPath: Equatable {
    case siteConfig
    case document(DocumentID, Language)
    case glossary
    case indicators
    /// Not part of the site; `problem` says why and how to fix it.
    case invalid(Diagnostic)

    static let folders = ["policies", "interpretations", "pages", "glossary", "indicators", "static"]

    static func classify(_ path: String, languages: [Language]) -> ContentPath {
        // Split as bytes: splitting by Characters was a tenth of a rebuild's parse.
        let parts = path.utf8.split(separator: UInt8(ascii: "/")).map { Substring($0) }
        guard parts.count >= 2, parts[0] == "Content" else { return .invalid(.error(path, .none, "not a content file")) }
        if parts.count == 2 {
            if parts[1] == "site.yaml" { return .siteConfig }
            return .invalid(.warning(
                path, .none, "this file is not part of the site and is ignored",
                hint: "content goes in one of the folders \(folders.joined(separator: ", "))"))
        }
        let folder = String(parts[1])
        let name = parts[parts.count - 1]
        switch folder {
        case "glossary" where parts.count == 3 && name.hasSuffix(".yaml"):
            return .glossary
        case "indicators" where parts.count == 3 && (name.hasSuffix(".yaml") || name.hasSuffix(".csv")):
            return .indicators
        case "glossary", "indicators":
            return .invalid(.error(
                path, .none, "\(folder)/ holds only \(folder == "glossary" ? ".yaml files" : "<id>.yaml and <id>.csv files") directly inside it",
                hint: "move or rename the file"))
        default:
            break
        }
        guard let kind = DocumentKind(folder: folder) else {
            let hint = Suggestion.nearest(to: folder, in: folders).map { "did you mean '\($0)/'?" }
                ?? "content goes in one of the folders \(folders.joined(separator: ", "))"
            return .invalid(.error(path, .none, "'\(folder)/' is not a content folder", hint: hint))
        }
        guard parts.count == 3 else {
            return .invalid(.error(path, .none, "documents sit directly in \(folder)/, not in subfolders",
                                   hint: "move the file to Content/\(folder)/"))
        }
        guard name.hasSuffix(".md") else {
            return .invalid(.error(path, .none, "only Markdown files (.md) belong in \(folder)/",
                                   hint: "put files published as they are (PDF, images) in Content/static/"))
        }
        let stem = name.dropLast(3)
        var slug = String(stem)
        var language = languages[0]
        if let dot = stem.lastIndex(of: ".") {
            slug = String(stem[..<dot])
            let code = String(stem[stem.index(after: dot)...])
            guard languages.contains(Language(code)) else {
                return .invalid(.error(
                    path, .none, "'\(code)' is not one of the site's languages",
                    hint: "name the file <slug>.<language>.md with a language from site.yaml: "
                        + languages.map(\.code).joined(separator: ", ")))
            }
            language = Language(code)
        }
        guard Slug.isValid(slug) else {
            return .invalid(.error(path, .none, "'\(slug)' is not a valid slug for a file name", hint: Slug.hint(for: slug)))
        }
        return .document(DocumentID(kind, slug), language)
    }
}

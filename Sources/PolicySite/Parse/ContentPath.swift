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
        guard parts.count >= 2, parts[0] == "Content" else { return .invalid(.error(path, .none, .strayFile(folders: folders))) }
        if parts.count == 2 {
            if parts[1] == "site.yaml" { return .siteConfig }
            return .invalid(.warning(path, .none, .strayFile(folders: folders)))
        }
        let folder = String(parts[1])
        let name = parts[parts.count - 1]
        switch folder {
        case "glossary" where parts.count == 3 && name.hasSuffix(".yaml"):
            return .glossary
        case "indicators" where parts.count == 3 && (name.hasSuffix(".yaml") || name.hasSuffix(".csv")):
            return .indicators
        case "glossary", "indicators":
            return .invalid(.error(path, .none, .dataFolderHoldsOnly(folder)))
        default:
            break
        }
        guard let kind = DocumentKind(folder: folder) else {
            let suggestion = Suggestion.nearest(to: folder, in: folders)
            return .invalid(.error(path, .none, .notAContentFolder(folder, suggestion: suggestion, folders: folders)))
        }
        guard parts.count == 3 else {
            return .invalid(.error(path, .none, .documentInSubfolder(folder)))
        }
        guard name.hasSuffix(".md") else {
            return .invalid(.error(path, .none, .onlyMarkdown(folder)))
        }
        let stem = name.dropLast(3)
        var slug = String(stem)
        var language = languages[0]
        if let dot = stem.lastIndex(of: ".") {
            slug = String(stem[..<dot])
            let code = String(stem[stem.index(after: dot)...])
            guard languages.contains(Language(code)) else {
                return .invalid(.error(path, .none, .fileLanguage(code, languages: languages.map(\.code))))
            }
            language = Language(code)
        }
        guard Slug.isValid(slug) else {
            return .invalid(.error(path, .none, .fileSlug(slug)))
        }
        return .document(DocumentID(kind, slug), language)
    }

    /// The path components that `relative`, written in the file at
    /// `sourcePath`, leads to (`../static/a.pdf` from
    /// `Content/policies/p.zh.md`: `Content`, `static`, `a.pdf`), as a link
    /// or a front-matter file is read (SPEC §4, §5); nil when it climbs
    /// above the site's root.
    static func resolving(_ relative: String, from sourcePath: String) -> [String]? {
        var parts = sourcePath.split(separator: "/").dropLast().map(String.init)
        for component in relative.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..": guard parts.popLast() != nil else { return nil }
            default: parts.append(String(component))
            }
        }
        return parts
    }
}

import Foundation

/// What a Markdown link may point at: the documents in this build and the
/// static files, by their paths under `Content/` (SPEC §5).
struct ContentIndex: Sendable {
    struct Key: Hashable, Sendable {
        var id: DocumentID
        var language: Language
    }

    let site: SiteConfig
    /// Documents in this build (drafts left out unless `--drafts`).
    var documents: Set<Key> = []
    /// Documents left out of this build because they are drafts.
    var drafts: Set<Key> = []
    /// Every text file under `Content/`, to tell "not published" from "missing".
    var sourcePaths: Set<String> = []
    /// Output paths of `Content/static/` files.
    var staticAssets: Set<String> = []

    enum Target: Equatable {
        /// A URL relative to the linking page.
        case url(String)
        case problem(message: String, hint: String?)
    }

    /// Resolves a relative link written in the file at `sourcePath`, for the page at `page`.
    func resolve(_ url: String, from sourcePath: String, page: SitePath) -> Target {
        var rest = Substring(url)
        var suffix = ""
        if let mark = rest.firstIndex(where: { $0 == "#" || $0 == "?" }) {
            suffix = String(rest[mark...])
            rest = rest[..<mark]
        }
        let decoded = String(rest).removingPercentEncoding ?? String(rest)
        var parts = sourcePath.split(separator: "/").dropLast().map(String.init)
        for component in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                if parts.popLast() == nil { parts = [".."] }
            default: parts.append(String(component))
            }
        }
        guard parts.first == "Content", parts.count >= 2, !parts.contains("..") else {
            return .problem(message: "the link '\(url)' leads outside Content/",
                            hint: "link to files inside Content/, e.g. ../policies/plan.zh.md, or put the file in Content/static/")
        }
        let path = parts.joined(separator: "/")

        if parts[1] == "static" {
            let output = parts.dropFirst(2).joined(separator: "/")
            guard staticAssets.contains(output) else {
                return .problem(message: "the link '\(url)' points at \(path), which does not exist",
                                hint: "check the file name, or add the file to Content/static/")
            }
            return .url(page.relativeURL(to: SitePath(output)) + suffix)
        }

        if path.hasSuffix(".md"), case .document(let id, let language) = ContentPath.classify(path, languages: site.languages) {
            let key = Key(id: id, language: language)
            if documents.contains(key) {
                return .url(page.relativeURL(to: .document(id, language, in: site)) + suffix)
            }
            if drafts.contains(key) {
                return .problem(message: "the link '\(url)' points at a draft, which is not published",
                                hint: "publish that document (remove 'draft: true') or remove the link; --drafts builds drafts too")
            }
        }
        if sourcePaths.contains(path) {
            return .problem(message: "the link '\(url)' points at \(path), which is not a published page",
                            hint: "link to a policy, interpretation or page (.md), or put files to download in Content/static/")
        }
        let folder = parts.dropLast().joined(separator: "/") + "/"
        let siblings = documents.map { "Content/\($0.id.kind.folder)/\($0.id.slug).\($0.language.code).md" }
            .filter { $0.hasPrefix(folder) }.map { String($0.dropFirst(folder.count)) }
        let nearest = Suggestion.nearest(to: parts.last ?? "", in: siblings.sorted())
        return .problem(message: "the link '\(url)' points at \(path), which does not exist",
                        hint: nearest.map { "did you mean '\($0)'?" } ?? "check the path; it is relative to this file's folder")
    }
}

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
    /// Documents whose file has errors, reported there: a link to one is
    /// not another error, and leads where the page will be once fixed.
    var failed: Set<Key> = []
    /// Every text file under `Content/`, to tell "not published" from "missing".
    var sourcePaths: Set<String> = []
    /// Output paths of `Content/static/` files.
    var staticAssets: Set<String> = []

    enum Target: Equatable {
        /// A URL relative to the linking page.
        case url(String)
        case problem(Message)
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
        guard let parts = ContentPath.resolving(decoded, from: sourcePath), parts.first == "Content", parts.count >= 2 else {
            return .problem(.linkLeavesContent(url))
        }
        let path = parts.joined(separator: "/")

        if parts[1] == "static" {
            let output = parts.dropFirst(2).joined(separator: "/")
            guard staticAssets.contains(output) else {
                return .problem(.linkToMissingStatic(url, path: path))
            }
            return .url(page.relativeURL(to: SitePath(output)) + suffix)
        }

        if path.hasSuffix(".md"), case .document(let id, let language) = ContentPath.classify(path, languages: site.languages) {
            let key = Key(id: id, language: language)
            if documents.contains(key) || failed.contains(key) {
                return .url(page.relativeURL(to: .document(id, language, in: site)) + suffix)
            }
            if drafts.contains(key) {
                return .problem(.linkToDraft(url))
            }
        }
        if sourcePaths.contains(path) {
            return .problem(.linkToUnpublished(url, path: path))
        }
        let folder = parts.dropLast().joined(separator: "/") + "/"
        let siblings = documents.map { "Content/\($0.id.kind.folder)/\($0.id.slug).\($0.language.code).md" }
            .filter { $0.hasPrefix(folder) }.map { String($0.dropFirst(folder.count)) }
        let nearest = Suggestion.nearest(to: parts.last ?? "", in: siblings.sorted())
        return .problem(.linkToMissingFile(url, path: path, suggestion: nearest))
    }
}

/// A location in the output tree, relative to its root: `""` for the home
/// page, `en/policies/plan/` for a page (served from its `index.html`),
/// `indicators/main.csv` for a file.
///
/// Pages link to each other by relative URLs, so the same output works
/// under any deploy prefix, from any static server and from `file://`.
public struct SitePath: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let path: String

    public init(_ path: String) { self.path = path }

    public static let root = SitePath("")

    public var description: String { path }

    public var isPage: Bool { path.isEmpty || path.hasSuffix("/") }

    /// The file to write: `en/policies/plan/index.html`.
    public var outputFile: String { isPage ? path + "index.html" : path }

    /// `en/` for English on a zh-first site, `""` for the default language.
    public static func prefix(for language: Language, in site: SiteConfig) -> String {
        language == site.defaultLanguage ? "" : language.code + "/"
    }

    public static func home(_ language: Language, in site: SiteConfig) -> SitePath {
        SitePath(prefix(for: language, in: site))
    }

    public static func section(_ name: String, _ language: Language, in site: SiteConfig) -> SitePath {
        SitePath(prefix(for: language, in: site) + name + "/")
    }

    public static func document(_ id: DocumentID, _ language: Language, in site: SiteConfig) -> SitePath {
        switch id.kind {
        case .page: return SitePath(prefix(for: language, in: site) + id.slug + "/")
        default: return SitePath(prefix(for: language, in: site) + id.kind.folder + "/" + id.slug + "/")
        }
    }

    /// The URL that leads from the page at `self` to `target`.
    public func relativeURL(to target: SitePath) -> String {
        // Nearly every path is ASCII, where a Character is a byte: splitting
        // bytes skips grapheme breaking, which made this a thirtieth of a
        // large build. Other paths compare as Strings do.
        guard path.utf8.allSatisfy({ $0 < 0x80 }), target.path.utf8.allSatisfy({ $0 < 0x80 }) else {
            return relativeURLComparingCharacters(to: target)
        }
        let slash = UInt8(ascii: "/")
        let fromDirs = Array(path.utf8).split(separator: slash).dropLast(isPage ? 0 : 1)
        let toParts = Array(target.path.utf8).split(separator: slash)
        let shared = zip(fromDirs, toParts).prefix { $0 == $1 }.count
        var url: [UInt8] = []
        for _ in shared..<fromDirs.count { url += "../".utf8 }
        for (i, part) in toParts.dropFirst(shared).enumerated() {
            if i > 0 { url.append(slash) }
            url += part
        }
        if target.isPage && toParts.count > shared { url.append(slash) }
        return url.isEmpty ? "./" : String(decoding: url, as: UTF8.self)
    }

    private func relativeURLComparingCharacters(to target: SitePath) -> String {
        let fromDirs = path.split(separator: "/").dropLast(isPage ? 0 : 1)
        var toParts = target.path.split(separator: "/")
        let shared = zip(fromDirs, toParts).prefix { $0 == $1 }.count
        let ups = String(repeating: "../", count: fromDirs.count - shared)
        toParts.removeFirst(shared)
        let rest = toParts.joined(separator: "/") + (target.isPage && !toParts.isEmpty ? "/" : "")
        let url = ups + rest
        return url.isEmpty ? "./" : url
    }

    /// The absolute URL under the site's base URL, for canonical links,
    /// hreflang alternates, feeds and the sitemap.
    public func absoluteURL(base: String) -> String { base + path }

    public static func < (a: SitePath, b: SitePath) -> Bool { a.path < b.path }
}

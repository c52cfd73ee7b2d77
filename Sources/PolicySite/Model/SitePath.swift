import Foundation

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

    public var isPage: Bool { path.isEmpty || path.utf8.last == UInt8(ascii: "/") }

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
        // Nearly every path is ASCII, where a Character is a byte: the URL is
        // made from the bytes in place, in one allocation (splitting copies
        // of them was a thirtieth of a large build). Other paths compare as
        // Strings do.
        var from = path, to = target.path
        let fromIsPage = isPage, toIsPage = target.isPage
        let url: String? = from.withUTF8 { f in
            to.withUTF8 { t in
                guard f.allSatisfy({ $0 < 0x80 }), t.allSatisfy({ $0 < 0x80 }) else { return nil }
                return Self.relativeURL(from: f, isPage: fromIsPage, to: t, isPage: toIsPage)
            }
        }
        return url ?? relativeURLComparingCharacters(to: target)
    }

    /// The next part of a path between slashes, from `index` on; empty parts are skipped, as `split` skips them.
    private static func nextPart(of bytes: UnsafeBufferPointer<UInt8>, from index: inout Int) -> Range<Int>? {
        let slash = UInt8(ascii: "/")
        while index < bytes.count, bytes[index] == slash { index += 1 }
        guard index < bytes.count else { return nil }
        let start = index
        while index < bytes.count, bytes[index] != slash { index += 1 }
        return start..<index
    }

    private static func relativeURL(from f: UnsafeBufferPointer<UInt8>, isPage fromIsPage: Bool,
                                    to t: UnsafeBufferPointer<UInt8>, isPage toIsPage: Bool) -> String {
        var count = 0, index = 0
        while nextPart(of: f, from: &index) != nil { count += 1 }
        let fromDirs = fromIsPage ? count : max(count - 1, 0)
        // The parts both paths begin with.
        var shared = 0, fi = 0, ti = 0
        while shared < fromDirs, let a = nextPart(of: f, from: &fi) {
            let before = ti
            guard let b = nextPart(of: t, from: &ti), a.count == b.count,
                  memcmp(f.baseAddress! + a.lowerBound, t.baseAddress! + b.lowerBound, a.count) == 0 else {
                ti = before
                break
            }
            shared += 1
        }
        let rest = t.count - ti
        let ups = fromDirs - shared
        return String(unsafeUninitializedCapacity: max(ups * 3 + rest + 1, 2)) { buffer in
            var length = 0
            func put(_ byte: UInt8) {
                buffer[length] = byte
                length += 1
            }
            for _ in 0..<ups {
                put(UInt8(ascii: "."))
                put(UInt8(ascii: "."))
                put(UInt8(ascii: "/"))
            }
            var parts = 0
            while let part = nextPart(of: t, from: &ti) {
                if parts > 0 { put(UInt8(ascii: "/")) }
                for i in part { put(t[i]) }
                parts += 1
            }
            if toIsPage && parts > 0 { put(UInt8(ascii: "/")) }
            if length == 0 {
                put(UInt8(ascii: "."))
                put(UInt8(ascii: "/"))
            }
            return length
        }
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

/// The host an embedded resource (an image, a script, a frame) would be
/// loaded from, when that is not the site itself (SPEC §5, §8): a page
/// loads nothing from another host, which could track its readers, change
/// what they see, or vanish.
enum ExternalHost {
    /// Nil for the site's own files: a relative path, a fragment, a
    /// `data:` image. Browsers skip surrounding whitespace and read `\` as
    /// `/` in web addresses, so `\\cdn.example/x` and ` //cdn.example/x`
    /// load from cdn.example as `//cdn.example/x` does.
    static func of(_ url: String) -> String? {
        var rest = Substring(url).drop { $0.isWhitespace || $0.isASCII && ($0.asciiValue ?? 0) < 0x20 }
        switch URLSafety.scheme(of: String(rest)) {
        case "http", "https":
            rest = rest[rest.index(after: rest.firstIndex(of: ":")!)...]
        case nil:
            guard rest.prefix(2).allSatisfy({ $0 == "/" || $0 == "\\" }), rest.count >= 2 else { return nil }
        default:
            return nil
        }
        let authority = rest.drop { $0 == "/" || $0 == "\\" }.prefix { !"/\\?#".contains($0) }
        var host = authority.split(separator: "@", omittingEmptySubsequences: false).last ?? ""
        if host.hasPrefix("["), let end = host.firstIndex(of: "]") { host = host[...end] } else { host = host.prefix { $0 != ":" } }
        return host.isEmpty ? url : host.lowercased()
    }
}

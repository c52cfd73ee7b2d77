/// Which link and image URLs may reach a page (SPEC §5).
enum URLSafety {
    /// Browsers ignore whitespace and control characters inside a scheme
    /// (`java\tscript:`), so they are removed before the check.
    static func scheme(of url: String) -> String? {
        let cleaned = url.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }
        var scheme = ""
        for scalar in cleaned {
            if scalar == ":" { return scheme.isEmpty ? nil : scheme.lowercased() }
            guard scalar.isASCII, (scalar.properties.isAlphabetic || "+-.".unicodeScalars.contains(scalar)
                                   || ("0"..."9").contains(scalar)) else { return nil }
            scheme.unicodeScalars.append(scalar)
        }
        return nil
    }

    static func isAllowed(_ url: String, isImage: Bool) -> Bool {
        switch scheme(of: url) {
        case "javascript", "vbscript", "file":
            return false
        case "data":
            let lower = url.lowercased()
            return isImage && ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
                .contains { lower.hasPrefix($0) }
        default:
            return true
        }
    }

    /// A path inside the site (no scheme, not absolute, not only a fragment).
    static func isRelativePath(_ url: String) -> Bool {
        guard let first = url.first, scheme(of: url) == nil else { return false }
        return first != "/" && first != "#" && first != "?"
    }
}

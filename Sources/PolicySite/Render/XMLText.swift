/// Escaping for text and attribute values in XML (feeds, sitemap): the
/// HTML escapes, which XML reads the same, without the control characters
/// XML 1.0 forbids even when escaped.
enum XMLText {
    static func escape(_ text: String) -> String {
        let allowed = text.unicodeScalars.allSatisfy(isAllowed)
            ? text : String(String.UnicodeScalarView(text.unicodeScalars.filter(isAllowed)))
        return HTMLEscape.text(allowed)
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0..<0x20, 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }
}

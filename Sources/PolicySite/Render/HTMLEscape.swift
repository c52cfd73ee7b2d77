/// Escaping for HTML and SVG: what Swift code writes, and what templates
/// write through `{{ }}` (see `ThemeLoader`).
enum HTMLEscape {
    /// Safe in element content and in double- or single-quoted attribute values.
    /// Most text (Chinese above all) holds none of the five characters, and
    /// is returned as it is without copying.
    static func text(_ text: String) -> String {
        // Over the contiguous bytes: iterating the UTF-8 view was slower
        // than the rest of escaping for every `{{ }}` of every page.
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard bytes.contains(where: needsEscape) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "&"): out += "&amp;".utf8
                case UInt8(ascii: "<"): out += "&lt;".utf8
                case UInt8(ascii: ">"): out += "&gt;".utf8
                case UInt8(ascii: "\""): out += "&quot;".utf8
                case UInt8(ascii: "'"): out += "&#39;".utf8
                default: out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        } ?? text
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}

/// A JSON value written by hand so that the bytes are fixed: keys in the
/// order given (callers sort them), numbers exactly as the data set wrote
/// them, two-space indentation, and `<`, `>`, `&` escaped so the text is
/// safe even if a browser is tricked into reading it as HTML.
indirect enum JSONText {
    case object([(String, JSONText)])
    case array([JSONText])
    case string(String)
    /// A number literal that is already valid JSON, e.g. `-1234.5`.
    case number(String)
    case bool(Bool)
    case null

    func rendered(indent: String) -> String {
        let inner = indent + "  "
        switch self {
        case .object(let members):
            if members.isEmpty { return "{}" }
            let body = members.map { inner + Self.quoted($0.0) + ": " + $0.1.rendered(indent: inner) }
            return "{\n" + body.joined(separator: ",\n") + "\n" + indent + "}"
        case .array(let items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { inner + $0.rendered(indent: inner) }.joined(separator: ",\n") + "\n" + indent + "]"
        case .string(let text): return Self.quoted(text)
        case .number(let literal): return literal
        case .bool(let value): return value ? "true" : "false"
        case .null: return "null"
        }
    }

    /// Works on UTF-8 bytes, copying the stretches between escapes whole: a
    /// loop over Unicode scalars was a tenth of a large build when search
    /// wrote every document's text through here, and it still writes every
    /// token of the index.
    static func quoted(_ text: String) -> String {
        var text = text
        let needsLook = Self.needsLook
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            out.append(UInt8(ascii: "\""))
            var copied = 0
            var i = 0
            func escape(_ escaped: String, length: Int) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
                out += escaped.utf8
                i += length
                copied = i
            }
            while i < bytes.count {
                // Most bytes need nothing: one table lookup each.
                while i < bytes.count, !needsLook[Int(bytes[i])] { i += 1 }
                guard i < bytes.count else { break }
                switch bytes[i] {
                case UInt8(ascii: "\""): escape("\\\"", length: 1)
                case UInt8(ascii: "\\"): escape("\\\\", length: 1)
                case UInt8(ascii: "\n"): escape("\\n", length: 1)
                case UInt8(ascii: "\r"): escape("\\r", length: 1)
                case UInt8(ascii: "\t"): escape("\\t", length: 1)
                case let byte where byte < 0x20 || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&"):
                    escape(unicodeEscape(UInt32(byte)), length: 1)
                // U+2028 and U+2029 (E2 80 A8/A9) end lines in JavaScript.
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    escape(unicodeEscape(0x2000 | UInt32(bytes[i + 2] - 0x80)), length: 3)
                default:
                    i += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            out.append(UInt8(ascii: "\""))
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Bytes that `quoted` must look at: those it escapes, and the first
    /// byte of U+2028 and U+2029.
    private static let needsLook: [Bool] = (0...255).map { byte in
        byte < 0x20 || byte == 0xE2 || "\"\\<>&".utf8.contains(UInt8(byte))
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = Array("0123456789abcdef".utf8)
        return "\\u" + String(decoding: [12, 8, 4, 0].map { hex[Int((value >> UInt32($0)) & 0xF)] }, as: UTF8.self)
    }
}

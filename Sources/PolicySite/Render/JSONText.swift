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

    /// Works on UTF-8 bytes: search writes every document's text through
    /// here, and a loop over Unicode scalars was a tenth of a large build.
    static func quoted(_ text: String) -> String {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        out.reserveCapacity(text.utf8.count + 16)
        let hex = Array("0123456789abcdef".utf8)
        func unicodeEscape(_ value: UInt32) {
            out += Array("\\u".utf8)
            for shift in [12, 8, 4, 0] { out.append(hex[Int((value >> UInt32(shift)) & 0xF)]) }
        }
        var bytes = text.utf8.makeIterator()
        var pending: [UInt8] = []
        while let byte = pending.isEmpty ? bytes.next() : pending.removeFirst() {
            switch byte {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: "\n"): out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\r"): out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case UInt8(ascii: "\t"): out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0..<0x20, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"):
                unicodeEscape(UInt32(byte))
            case 0xE2:
                // U+2028 and U+2029 (E2 80 A8/A9) end lines in JavaScript.
                guard let second = bytes.next() else { out.append(byte); continue }
                guard second == 0x80, let third = bytes.next() else { out.append(byte); pending = [second]; continue }
                if third == 0xA8 || third == 0xA9 {
                    unicodeEscape(0x2000 | UInt32(third - 0x80))
                } else {
                    out += [byte, second, third]
                }
            default:
                out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }
}

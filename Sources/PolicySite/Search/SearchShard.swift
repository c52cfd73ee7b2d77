/// One shard file of the search index, `{"token":[doc,weight,doc,weight,…],…}`,
/// each document number written as the difference from the one before.
enum SearchShard {
    /// An entry's postings are `[doc, weight, doc, weight, …]` with absolute
    /// document numbers, ascending.
    typealias Entry = (token: String, postings: [Int32])

    /// `entries` sorted by token. Written as bytes: millions of numbers
    /// made Strings one by one were a twentieth of a large build.
    static func json(_ entries: [Entry]) -> [UInt8] {
        var json: [UInt8] = [UInt8(ascii: "{")]
        for (i, entry) in entries.enumerated() {
            if i > 0 { json.append(UInt8(ascii: ",")) }
            json += JSONText.quoted(entry.token).utf8
            json += ":[".utf8
            var previous: Int32 = 0
            let list = entry.postings
            for j in stride(from: 0, to: list.count, by: 2) {
                if j > 0 { json.append(UInt8(ascii: ",")) }
                append(list[j] - previous, to: &json)
                json.append(UInt8(ascii: ","))
                append(list[j + 1], to: &json)
                previous = list[j]
            }
            json.append(UInt8(ascii: "]"))
        }
        json += "}\n".utf8
        return json
    }

    /// `number` in decimal, as `"\(number)"` writes it.
    private static func append(_ number: Int32, to out: inout [UInt8]) {
        if number < 0 { out.append(UInt8(ascii: "-")) }
        appendDigits(number.magnitude, to: &out)
    }

    private static func appendDigits(_ value: UInt32, to out: inout [UInt8]) {
        if value >= 10 { appendDigits(value / 10, to: &out) }
        out.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    /// Reads back what `json` wrote; nil for anything else.
    static func entries(_ bytes: [UInt8]) -> [Entry]? {
        var parser = Parser(bytes: bytes)
        return parser.entries()
    }

    private struct Parser {
        let bytes: [UInt8]
        var offset = 0

        mutating func entries() -> [Entry]? {
            guard take(UInt8(ascii: "{")) else { return nil }
            var entries: [Entry] = []
            if take(UInt8(ascii: "}")) { return entries }
            repeat {
                guard let token = string(), take(UInt8(ascii: ":")), take(UInt8(ascii: "[")) else { return nil }
                var postings: [Int32] = []
                var previous: Int32 = 0
                if !take(UInt8(ascii: "]")) {
                    repeat {
                        guard let delta = number(), take(UInt8(ascii: ",")), let weight = number() else { return nil }
                        previous += delta
                        postings.append(previous)
                        postings.append(weight)
                    } while take(UInt8(ascii: ","))
                    guard take(UInt8(ascii: "]")) else { return nil }
                }
                entries.append((token, postings))
            } while take(UInt8(ascii: ","))
            guard take(UInt8(ascii: "}")) else { return nil }
            return entries
        }

        private mutating func take(_ byte: UInt8) -> Bool {
            guard offset < bytes.count, bytes[offset] == byte else { return false }
            offset += 1
            return true
        }

        private mutating func number() -> Int32? {
            var value: Int32 = 0
            let start = offset
            while offset < bytes.count, bytes[offset] >= 0x30, bytes[offset] <= 0x39 {
                let (next, overflow) = value.multipliedReportingOverflow(by: 10)
                guard !overflow else { return nil }
                value = next + Int32(bytes[offset] - 0x30)
                offset += 1
            }
            return offset > start ? value : nil
        }

        /// A JSON string as `JSONText.quoted` writes it.
        private mutating func string() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            var out: [UInt8] = []
            while offset < bytes.count {
                let byte = bytes[offset]
                offset += 1
                switch byte {
                case UInt8(ascii: "\""):
                    return String(validating: out, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard offset < bytes.count else { return nil }
                    let escaped = bytes[offset]
                    offset += 1
                    switch escaped {
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "u"):
                        guard offset + 4 <= bytes.count,
                              let value = UInt32(String(decoding: bytes[offset..<offset + 4], as: UTF8.self), radix: 16),
                              let scalar = Unicode.Scalar(value) else { return nil }
                        offset += 4
                        UTF8.encode(scalar) { out.append($0) }
                    default: out.append(escaped)
                    }
                default:
                    out.append(byte)
                }
            }
            return nil
        }
    }
}

/// Finds glossary terms in text: a trie over the UTF-8 bytes of every term
/// and alias of one language, built once per build, so a text is scanned
/// once whatever the number of terms (SPEC §6 must stay fast with thousands).
///
/// At each position the longest term wins (科技成果转化 over 科技成果), and
/// matching goes on after it, so matches never overlap. ASCII letters match
/// whatever their case. A term that starts or ends with a letter or digit of
/// a spaced script (English) matches whole words only: `platform` does not
/// match inside `platforms` (a plural is an alias). Chinese has no spaces
/// between words, so a term that starts or ends with a Chinese character
/// matches anywhere.
struct TermMatcher: Sendable {
    struct Match: Equatable {
        /// Byte offsets into the text.
        var start: Int
        var end: Int
        /// The value given with the matched pattern.
        var term: Int
    }

    private struct Pattern {
        var term: Int
        var wordStart: Bool
        var wordEnd: Bool
    }

    /// Children of the root, by byte: most positions in a text fail here.
    /// Capital letters lead where their small ones do, and a continuation
    /// byte nowhere, so that skipping a position is this one lookup.
    private var rootEdges = [Int32](repeating: -1, count: 256)
    /// Every other edge, keyed by `node << 8 | byte`, in an open-addressing
    /// table with a multiplicative hash: Dictionary's SipHash was a third
    /// of matching. -1 marks an empty slot.
    private var edgeKeys: [Int] = []
    private var edgeTargets: [Int32] = []
    private var edgeShift: UInt64 = 0
    /// One bit per character of the Basic Multilingual Plane written in
    /// three bytes (Chinese among them): whether a term starts with it. A
    /// Chinese text's every character starts with one of a few lead bytes
    /// that some term also starts with, and following the trie to the
    /// second byte at each was most of matching.
    private var threeByteStarts = [UInt64](repeating: 0, count: 1024)
    /// The pattern ending at each node, or -1.
    private var accepting: [Int32] = [-1]
    private var patterns: [Pattern] = []

    /// `patterns` pairs each text to find with a value that a match reports;
    /// a text given twice keeps its first value.
    init(patterns texts: [(text: String, term: Int)]) {
        var edges: [Int: Int32] = [:]
        for (text, term) in texts {
            let bytes = Array(text.utf8)
            guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { continue }
            var node = 0
            for byte in bytes {
                let folded = Int(Self.fold(byte))
                let existing = node == 0 ? rootEdges[folded] : edges[node << 8 | folded] ?? -1
                if existing >= 0 {
                    node = Int(existing)
                } else {
                    let child = accepting.count
                    accepting.append(-1)
                    if node == 0 { rootEdges[folded] = Int32(child) } else { edges[node << 8 | folded] = Int32(child) }
                    node = child
                }
            }
            if bytes.count >= 3, bytes[0] & 0xF0 == 0xE0 {
                let value = Int(bytes[0] & 0x0F) << 12 | Int(bytes[1] & 0x3F) << 6 | Int(bytes[2] & 0x3F)
                threeByteStarts[value >> 6] |= 1 << UInt64(value & 63)
            }
            guard accepting[node] < 0 else { continue }
            accepting[node] = Int32(patterns.count)
            patterns.append(Pattern(term: term, wordStart: Self.isWord(first), wordEnd: Self.isWord(last)))
        }
        for capital in UInt8(ascii: "A")...UInt8(ascii: "Z") { rootEdges[Int(capital)] = rootEdges[Int(capital | 0x20)] }
        var bits = 1
        while 1 << bits < edges.count * 2 { bits += 1 }
        edgeShift = UInt64(64 - bits)
        edgeKeys = [Int](repeating: -1, count: 1 << bits)
        edgeTargets = [Int32](repeating: -1, count: 1 << bits)
        for (key, target) in edges {
            var slot = slot(key)
            while edgeKeys[slot] >= 0 { slot = (slot + 1) & (edgeKeys.count - 1) }
            edgeKeys[slot] = key
            edgeTargets[slot] = target
        }
    }

    private func slot(_ key: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(key) &* 0x9E37_79B9_7F4A_7C15) >> edgeShift)
    }

    private func edge(from node: Int, _ byte: UInt8) -> Int32? {
        let key = node << 8 | Int(Self.fold(byte))
        var slot = slot(key)
        while true {
            let found = edgeKeys[slot]
            if found == key { return edgeTargets[slot] }
            if found < 0 { return nil }
            slot = (slot + 1) & (edgeKeys.count - 1)
        }
    }

    var isEmpty: Bool { patterns.isEmpty }

    /// Every match in the text, leftmost first, longest at each position.
    func matches(in text: [UInt8]) -> [Match] {
        var found: [Match] = []
        let count = text.count
        var start = 0
        while start < count {
            let byte = text[start]
            // Most positions start no term, among them every byte inside a
            // character: that is one table lookup.
            var node = Int(rootEdges[Int(byte)])
            if node < 0 { start += 1; continue }
            if byte & 0xF0 == 0xE0, start + 2 < count {
                let value = Int(byte & 0x0F) << 12 | Int(text[start + 1] & 0x3F) << 6 | Int(text[start + 2] & 0x3F)
                if threeByteStarts[value >> 6] & (1 << UInt64(value & 63)) == 0 { start += 3; continue }
            }
            // Whether a word ends just before is asked only where it matters:
            // decoding that character and reading its Unicode properties at
            // every candidate was a fifth of matching.
            if Self.isASCIIWordByte(byte), Self.isWord(before: start, in: text) { start += 1; continue }

            var position = start + 1
            var best: Match?
            while node >= 0 {
                let pattern = accepting[node]
                if pattern >= 0 {
                    let p = patterns[Int(pattern)]
                    if !(p.wordStart && Self.isWord(before: start, in: text)), !(p.wordEnd && position < count && Self.isWord(at: position, in: text)) {
                        best = Match(start: start, end: position, term: p.term)
                    }
                }
                guard position < count, let next = edge(from: node, text[position]) else { break }
                node = Int(next)
                position += 1
            }
            if let best {
                found.append(best)
                start = best.end
            } else {
                start += 1
            }
        }
        return found
    }

    private static func fold(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }

    private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// A letter or digit of a script that puts spaces between words.
    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isASCIIWordByte(UInt8(scalar.value)) }
        // Chinese first: it is most of the text, and Unicode property lookups are slow.
        if CJK.isWide(scalar) { return false }
        return hasWordProperties(scalar)
    }

    /// Apart, so that `isWord` does not set up the property lookups' frame
    /// on every call: that was most of its time, for ASCII and Chinese alike.
    @inline(never)
    private static func hasWordProperties(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func isWord(at index: Int, in text: [UInt8]) -> Bool {
        decode(at: index, in: text).map(isWord) ?? false
    }

    private static func isWord(before index: Int, in text: [UInt8]) -> Bool {
        guard index > 0 else { return false }
        var start = index - 1
        while start > 0, text[start] & 0xC0 == 0x80 { start -= 1 }
        return isWord(at: start, in: text)
    }

    private static func decode(at index: Int, in text: [UInt8]) -> Unicode.Scalar? {
        let lead = text[index]
        if lead < 0x80 { return Unicode.Scalar(lead) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + length <= text.count else { return nil }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(text[index + offset] & 0x3F) }
        return Unicode.Scalar(value)
    }
}

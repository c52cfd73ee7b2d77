/// Splits text into search tokens. Chinese has no spaces, so a run of Han
/// characters gives its overlapping bigrams (科技创新 → 科技 技创 创新): any
/// query of two or more characters is then a set of bigrams to look up.
/// Other letters and digits make words. Characters are NFKC-normalised and
/// lowercased, so full-width Ｐ２ and p2 are one token.
///
/// `Templates/assets/search.js` tokenises queries by the same rules; change both together.
enum SearchTokenizer {
    /// Occurrences per token. A bigram is kept as its two scalars packed in
    /// an integer, and only made a String once per site: a large site has
    /// millions of bigram occurrences and a few hundred thousand distinct ones.
    struct Counts {
        var bigrams = BigramCounts()
        var words = WordCounts()
    }

    static func isHan(_ value: UInt32) -> Bool {
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: return true
        default: return false
        }
    }

    static func bigram(_ key: UInt64) -> String {
        var view = String.UnicodeScalarView()
        view.append(Unicode.Scalar(UInt32(key >> 32))!)
        view.append(Unicode.Scalar(UInt32(key & 0xFFFF_FFFF))!)
        return String(view)
    }

    /// Every token of `text` in order, repeats included.
    static func tokens(_ text: String) -> [String] {
        var scanner = Scanner(sink: TokenList())
        scanner.scan(text)
        return scanner.sink.tokens
    }

    static func count(_ text: String, weight: Int32 = 1, into counts: inout Counts) {
        var scanner = Scanner(sink: Counting(weight: weight))
        // Swapped in and out, so that the dictionaries are never shared and copied.
        swap(&scanner.sink.counts, &counts)
        scanner.scan(text)
        swap(&scanner.sink.counts, &counts)
    }

    private protocol Sink {
        /// Called with the whole text before it is scanned.
        mutating func prepare(for utf8: UnsafeBufferPointer<UInt8>)
        mutating func bigram(_ key: UInt64)
        mutating func word(_ utf8: [UInt8])
    }

    private struct TokenList: Sink {
        var tokens: [String] = []
        mutating func prepare(for utf8: UnsafeBufferPointer<UInt8>) {}
        mutating func bigram(_ key: UInt64) { tokens.append(SearchTokenizer.bigram(key)) }
        mutating func word(_ utf8: [UInt8]) { tokens.append(String(decoding: utf8, as: UTF8.self)) }
    }

    private struct Counting: Sink {
        let weight: Int32
        var counts = Counts()
        /// A Han character is a 3- or 4-byte sequence and starts at most one
        /// bigram; text repeats, so half as many distinct ones are expected.
        mutating func prepare(for utf8: UnsafeBufferPointer<UInt8>) {
            counts.bigrams.reserve(utf8.reduce(0) { $0 + ($1 >= 0xE0 ? 1 : 0) } / 2)
        }
        mutating func bigram(_ key: UInt64) { counts.bigrams.add(key, weight) }
        mutating func word(_ utf8: [UInt8]) { counts.words.add(utf8, weight) }
    }

    /// Reads UTF-8 bytes, decoding scalars itself: walking `unicodeScalars`
    /// and calling back through closures was an eighth of a large build.
    private struct Scanner<Output: Sink> {
        var sink: Output
        var previousHan: UInt32 = 0
        var wordBytes: [UInt8] = []
        let folding = SearchFolding.shared

        mutating func scan(_ text: String) {
            var text = text
            text.withUTF8 { bytes in
                sink.prepare(for: bytes)
                scan(bytes)
            }
            endWord()
        }

        private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
            var i = 0
            while i < bytes.count {
                let lead = bytes[i]
                // Fast paths: ASCII, Han and full-width forms are nearly all
                // of a Chinese or English text.
                if lead < 0x80 {
                    takeASCII(lead)
                    i += 1
                    continue
                }
                // The text is valid UTF-8: a String.
                var value: UInt32
                if lead < 0xE0 {
                    value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    i += 2
                } else if lead < 0xF0 {
                    value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    i += 3
                } else {
                    value = UInt32(lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                        | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                    i += 4
                }
                if value >= 0x4E00 && value <= 0x9FFF {
                    takeHan(value)
                } else if value >= 0xFF01 && value <= 0xFF5E {
                    takeASCII(UInt8(value - 0xFEE0))
                } else {
                    folding.fold(value) { take($0) }
                }
            }
        }

        private mutating func takeASCII(_ byte: UInt8) {
            previousHan = 0
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): wordBytes.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): wordBytes.append(byte | 0x20)
            default: endWord()
            }
        }

        private mutating func takeHan(_ value: UInt32) {
            endWord()
            if previousHan != 0 { sink.bigram(UInt64(previousHan) << 32 | UInt64(value)) }
            previousHan = value
        }

        /// A folded value: a scalar, with `SearchFolding.wordFlag` set for a word character.
        private mutating func take(_ folded: UInt32) {
            let value = folded & ~SearchFolding.wordFlag
            if SearchTokenizer.isHan(value) {
                takeHan(value)
            } else if value < 0x80 {
                takeASCII(UInt8(value))
            } else {
                previousHan = 0
                if folded & SearchFolding.wordFlag != 0 {
                    UTF8.encode(Unicode.Scalar(value)!) { wordBytes.append($0) }
                } else {
                    endWord()
                }
            }
        }

        private mutating func endWord() {
            guard !wordBytes.isEmpty else { return }
            sink.word(wordBytes)
            wordBytes.removeAll(keepingCapacity: true)
        }
    }
}

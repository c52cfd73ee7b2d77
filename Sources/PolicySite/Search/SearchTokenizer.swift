import Foundation

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
        var bigrams: [UInt64: Int32] = [:]
        var words: [String: Int32] = [:]
    }

    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
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
        var tokens: [String] = []
        var scanner = Scanner()
        scanner.scan(text, bigram: { tokens.append(bigram($0)) }, word: { tokens.append($0) })
        return tokens
    }

    static func count(_ text: String, weight: Int32 = 1, into counts: inout Counts) {
        var scanner = Scanner()
        scanner.scan(text, bigram: { counts.bigrams[$0, default: 0] += weight },
                     word: { counts.words[$0, default: 0] += weight })
    }

    private struct Scanner {
        var previousHan: UInt32 = 0
        var wordBytes: [UInt8] = []

        mutating func scan(_ text: String, bigram: (UInt64) -> Void, word: (String) -> Void) {
            for original in text.unicodeScalars {
                let value = original.value
                // Fast paths: ASCII, Han and full-width forms are nearly all
                // of a Chinese or English text. Normalising whole documents
                // through Foundation took a fifth of a large build.
                if value < 0x80 {
                    take(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(value + 0x20)! : original, bigram, word)
                } else if value >= 0x4E00 && value <= 0x9FFF {
                    take(original, bigram, word)
                } else if value >= 0xFF01 && value <= 0xFF5E {
                    let ascii = value - 0xFEE0
                    take(Unicode.Scalar(ascii >= 0x41 && ascii <= 0x5A ? ascii + 0x20 : ascii)!, bigram, word)
                } else {
                    for scalar in String(original).precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
                        take(scalar, bigram, word)
                    }
                }
            }
            endWord(word)
        }

        private mutating func take(_ scalar: Unicode.Scalar, _ bigram: (UInt64) -> Void, _ word: (String) -> Void) {
            if SearchTokenizer.isHan(scalar) {
                endWord(word)
                if previousHan != 0 { bigram(UInt64(previousHan) << 32 | UInt64(scalar.value)) }
                previousHan = scalar.value
                return
            }
            previousHan = 0
            if isWordCharacter(scalar) {
                UTF8.encode(scalar) { wordBytes.append($0) }
            } else {
                endWord(word)
            }
        }

        private mutating func endWord(_ word: (String) -> Void) {
            guard !wordBytes.isEmpty else { return }
            word(String(decoding: wordBytes, as: UTF8.self))
            wordBytes.removeAll(keepingCapacity: true)
        }

        private func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
            let v = scalar.value
            if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) }
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber, .letterNumber, .otherNumber:
                return true
            default:
                return false
            }
        }
    }
}

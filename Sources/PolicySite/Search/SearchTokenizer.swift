import Foundation

/// Splits text into search tokens. Chinese has no spaces, so a run of Han
/// characters gives its overlapping bigrams (科技创新 → 科技 技创 创新): any
/// query of two or more characters is then a set of bigrams to look up.
/// Other letters and digits make words. Text is NFKC-normalised and
/// lowercased first, so full-width Ｐ２ and p2 are one token.
///
/// `Templates/assets/search.js` tokenises queries by the same rules; change both together.
enum SearchTokenizer {
    static func normalize(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.lowercased()
    }

    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: return true
        default: return false
        }
    }

    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// Every token of `text` in order, repeats included.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var previousHan: Unicode.Scalar?
        var word = String.UnicodeScalarView()
        func flushWord() {
            if !word.isEmpty { tokens.append(String(word)) }
            word = String.UnicodeScalarView()
        }
        for scalar in normalize(text).unicodeScalars {
            if isHan(scalar) {
                flushWord()
                if let previous = previousHan {
                    var bigram = String.UnicodeScalarView()
                    bigram.append(previous)
                    bigram.append(scalar)
                    tokens.append(String(bigram))
                }
                previousHan = scalar
            } else if isWordCharacter(scalar) {
                previousHan = nil
                word.append(scalar)
            } else {
                previousHan = nil
                flushWord()
            }
        }
        flushWord()
        return tokens
    }
}

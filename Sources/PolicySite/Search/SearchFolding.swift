import Foundation

/// What the tokenizer reads for a character outside its fast paths: the
/// character NFKC-normalised and lowercased, which may be several
/// characters (㎡ → m2), each marked as a word character or not.
///
/// Foundation's normalisation takes microseconds a call, and Chinese text
/// has a punctuation mark every few characters (、。“”《》—): the blocks
/// punctuation comes from are folded once, on first use, and looked up.
struct SearchFolding: Sendable {
    /// Set in a folded value when the character belongs in a word.
    static let wordFlag: UInt32 = 1 << 31

    static let shared = SearchFolding(blocks: [0x80...0xFF, 0x2000...0x206F, 0x3000...0x303F, 0xFF00...0xFFEF])

    private let blocks: [ClosedRange<UInt32>]
    /// Per block, per character, where its folded values start in `values`;
    /// one more entry at the end of each block.
    private let starts: [[Int32]]
    private let values: [UInt32]

    private init(blocks: [ClosedRange<UInt32>]) {
        var starts: [[Int32]] = []
        var values: [UInt32] = []
        for block in blocks {
            var blockStarts: [Int32] = []
            for value in block {
                blockStarts.append(Int32(values.count))
                values += Self.fold(value)
            }
            blockStarts.append(Int32(values.count))
            starts.append(blockStarts)
        }
        self.blocks = blocks
        self.starts = starts
        self.values = values
    }

    /// Calls `take` with each folded value of the character `value`.
    @inline(__always)
    func fold(_ value: UInt32, _ take: (UInt32) -> Void) {
        for (index, block) in blocks.enumerated() where block.contains(value) {
            let offset = Int(value - block.lowerBound)
            for i in Int(starts[index][offset])..<Int(starts[index][offset + 1]) { take(values[i]) }
            return
        }
        for folded in Self.fold(value) { take(folded) }
    }

    private static func fold(_ value: UInt32) -> [UInt32] {
        guard let scalar = Unicode.Scalar(value) else { return [] }
        return String(scalar).precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars.map {
            isWordCharacter($0) ? $0.value | wordFlag : $0.value
        }
    }

    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}

/// Chinese characters and punctuation, where a line break in the source is
/// not a space in the text.
enum CJK {
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x2FDF, 0x3000...0x303F, 0x3040...0x30FF, 0x3100...0x312F, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x3FFFF:
            return true
        case 0x201C, 0x201D, 0x2018, 0x2019, 0x2014, 0x2026:
            // “” ‘’ — … as Chinese text uses them
            return true
        default:
            return false
        }
    }
}

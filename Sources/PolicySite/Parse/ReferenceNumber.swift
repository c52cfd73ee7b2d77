/// 索引号 and 统一登记号 (SPEC §4): numbers readers copy, search for and
/// quote to an office, shown as written. Their formats differ by province
/// and year, so the check is for what a number never holds and an input
/// method slips in: full-width letters, digits and marks (全角), spaces,
/// and invisible characters.
enum ReferenceNumber {
    /// Why `value` cannot be such a number, with how to fix it; nil when it can.
    static func problem(in value: String, field: String) -> (message: String, hint: String)? {
        if value.unicodeScalars.contains(where: InvisibleCharacters.isInvisible) {
            let scalar = value.unicodeScalars.first(where: InvisibleCharacters.isInvisible)!
            return ("'\(field)' holds \(InvisibleCharacters.described(scalar))",
                    "delete the invisible character, which usually comes with pasted text")
        }
        let halfWidth = String(String.UnicodeScalarView(value.unicodeScalars.map(Self.halfWidth)))
        if halfWidth != value {
            return ("'\(field)' holds full-width characters (全角字符): '\(value)'",
                    "type it with half-width characters (半角): \(field): \(halfWidth)")
        }
        if value.contains(where: \.isWhitespace) {
            return ("'\(field)' holds a space or a line break: '\(InvisibleCharacters.escaped(value))'",
                    "write the number as issued, without spaces, e.g. \(field): 11370212MB2844566K/2021-00012")
        }
        return nil
    }

    /// The ASCII character a full-width form (U+FF01–U+FF5E) stands for; the
    /// ideographic space (U+3000) is a space. Anything else is kept.
    private static func halfWidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0xFF01...0xFF5E: return Unicode.Scalar(scalar.value - 0xFEE0)!
        case 0x3000: return " "
        default: return scalar
        }
    }
}

/// 索引号 and 统一登记号 (SPEC §4): numbers readers copy, search for and
/// quote to an office, shown as written. Their formats differ by province
/// and year, so the check is for what a number never holds and an input
/// method slips in: full-width letters, digits and marks (全角), spaces,
/// and invisible characters.
enum ReferenceNumber {
    /// Why `value` cannot be such a number, with how to fix it; nil when it can.
    static func problem(in value: String, field: String) -> Message? {
        if let scalar = value.unicodeScalars.first(where: InvisibleCharacters.isInvisible) {
            return .numberHoldsInvisible(field, scalar)
        }
        let halfWidth = String(String.UnicodeScalarView(value.unicodeScalars.map(FullWidth.halfWidth)))
        if halfWidth != value { return .numberFullWidth(field, written: value, halfWidth: halfWidth) }
        if value.contains(where: \.isWhitespace) {
            return .numberHoldsSpace(field, written: InvisibleCharacters.escaped(value))
        }
        return nil
    }
}

/// Whether a row of a document's information block needs the block's full
/// width. The block sets rows side by side in columns at least 15rem wide;
/// a long issuing body there broke before its last character
/// (崂山区科技创新委员/会) with a third of the row empty, and an English one
/// took five lines. Such rows span the block instead.
enum MetaRowWidth {
    /// What a label, its colon and its value may take in the narrowest
    /// column, in ems of the text: 15rem less the gap between them.
    private static let columnEms = 14.0

    static func isWide(label: String, value: String) -> Bool {
        ems(label) + 1 + ems(value) > columnEms
    }

    /// Chinese characters and full-width forms are an em wide; Latin
    /// letters, digits and marks about half of one in the theme's fonts.
    private static func ems(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { width, scalar in
            width + (scalar.value >= 0x2E80 ? 1 : 0.5)
        }
    }
}

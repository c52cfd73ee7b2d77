/// Full-width forms (全角) a Chinese input method types for ASCII: ２０２３,
/// ／, Ａ, and the ideographic space.
enum FullWidth {
    /// The ASCII character a full-width form (U+FF01–U+FF5E) stands for; the
    /// ideographic space (U+3000) is a space. Anything else is kept.
    static func halfWidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0xFF01...0xFF5E: return Unicode.Scalar(scalar.value - 0xFEE0)!
        case 0x3000: return " "
        default: return scalar
        }
    }
}

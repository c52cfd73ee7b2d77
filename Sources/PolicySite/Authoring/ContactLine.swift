/// A line of a document's closing contact section, such as
/// 解读机关：崂山区科技创新委员会 or 政策咨询电话：0532-88999901, whose
/// values also belong in the front matter (SPEC §4: agency, interpreter,
/// phone, email).
struct ContactLine {
    /// Front-matter field and value, in the order they appear.
    let fields: [(name: String, value: String)]

    /// Nil when the line does not start with a contact label.
    init?(_ line: String) {
        guard line.prefixMatch(of: Self.label) != nil else { return nil }
        fields = line.matches(of: Self.pair).compactMap { match in
            let label = String(match.output.1), value = String(match.output.2)
            guard let field = Self.field(for: label) else { return nil }
            if field == "email", !value.contains("@") { return nil }
            return (field, value)
        }
    }

    private static func field(for label: String) -> String? {
        switch label {
        case "解读机关", "解读单位": return "agency"
        case "解读人": return "interpreter"
        case "电子邮箱", "邮箱", "电子邮件": return "email"
        default: return label.hasSuffix("电话") ? "phone" : nil
        }
    }

    private static let labels = "解读机关|解读单位|解读人|政策咨询电话|咨询电话|联系电话|办公电话|电话|联系人|联系方式|咨询方式|联系地址|地址|电子邮箱|电子邮件|邮箱|传真|邮编"
    // Regex is not Sendable, so these are made where they are used.
    private static var label: Regex<Substring> { try! Regex("(?:\(labels))[：:]") }
    /// A label and the value after it, up to a space or a clause break, so
    /// that 解读人：张三 联系电话：0532-… gives both.
    private static var pair: Regex<(Substring, Substring, Substring)> {
        try! Regex("(\(labels))[：:][ \u{3000}]*([^ \u{3000}，；。]+)")
    }
}

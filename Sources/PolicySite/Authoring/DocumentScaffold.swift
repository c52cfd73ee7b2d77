/// The file `policysite new` writes: every front-matter field of its kind,
/// each explained in a comment in the file's language. Required fields are
/// left empty so that `policysite check` names the line of each one still
/// to fill in, instead of a placeholder being published as if it were text.
public struct DocumentScaffold: Sendable {
    public let kind: DocumentKind
    public let slug: String
    public let language: String
    /// The day the file is written, for `published`; passed in so tests do
    /// not depend on the clock.
    public let today: PlainDate

    /// Throws when the slug is not valid; the language is checked against
    /// the site's by `SiteLanguages.check`.
    public init(kind: DocumentKind, slug: String, language: String, today: PlainDate) throws(AuthoringError) {
        guard Slug.isValid(slug) else { throw .badSlug(slug) }
        self.kind = kind
        self.slug = slug
        self.language = language
        self.today = today
    }

    /// `Content/<folder>/<slug>.<lang>.md`.
    public var path: String { "Content/\(kind.folder)/\(slug).\(language).md" }

    public var text: String {
        let zh = language == "zh"
        let required = FrontMatterParser.required[kind]!
        var lines = ["---"]
        lines.append(zh
            ? "# \(Self.kindNames[kind]!.zh)。以 # 开头的是说明，不会出现在网站上。"
            : "# A \(Self.kindNames[kind]!.en). Text after # is a note and does not appear on the site.")
        lines.append(zh
            ? "# 标“必填”的字段须在冒号后填写；留空时 policysite check 会指出是哪一行。"
            : "# Fill in each field marked 'required' after its colon; policysite check names any left empty.")
        lines.append(zh
            ? "# 可选字段要用时，删去行首的 # 并改写示例值。"
            : "# To use an optional field, remove the # at the start of its line and change the example.")
        lines.append(zh ? "# 正文写在最后一行 --- 之后，格式为 Markdown。" : "# Write the text in Markdown after the closing --- line.")
        for field in FrontMatterParser.fields[kind]! {
            let help = FieldHelp.text(field, language: language)
            if required.contains(field) {
                let value = field == "published" ? today.description : ""
                let mark = zh ? "必填：" : "required: "
                lines.append("\(field): \(value)".padding(28) + "# \(mark)\(help)")
            } else {
                let mark = zh ? "可选：" : "optional: "
                lines.append("# \(field): \(FieldHelp.example(field))".padding(28) + "# \(mark)\(help)")
            }
        }
        lines.append("---")
        lines.append("")
        return lines.joined(separator: "\n") + "\n"
    }

    private static let kindNames: [DocumentKind: (zh: String, en: String)] = [
        .policy: ("政策原文", "policy document"),
        .interpretation: ("政策解读", "policy interpretation"),
        .page: ("页面", "page"),
    ]
}

private extension String {
    /// Aligns the comments into a column, which makes the file easier to scan.
    func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}

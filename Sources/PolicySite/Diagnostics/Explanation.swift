/// What a diagnostic code means, with a wrong and a right example, for
/// `policysite explain` and the staff guide's list of codes (as
/// `rustc --explain` does).
public struct Explanation: Sendable {
    public var title: Bilingual
    /// What went wrong and why the tool cares, in a paragraph.
    public var meaning: Bilingual
    /// The file the examples are from, e.g. `Content/policies/plan.zh.md`.
    public var file: String
    public var wrong: String
    public var right: String

    init(_ titleZH: String, _ titleEN: String, zh: String, en: String, file: String, wrong: String, right: String) {
        self.title = Bilingual(zh: titleZH, en: titleEN)
        self.meaning = Bilingual(zh: zh, en: en)
        self.file = file
        self.wrong = wrong
        self.right = right
    }
}

extension DiagnosticCode {
    /// Every code has one: a test checks it, and `explain` relies on it.
    public var explanation: Explanation? { Explanations.all[self] }
}

/// The catalogue of explanations, one table per area.
enum Explanations {
    static let all: [DiagnosticCode: Explanation] = files
        .merging(siteConfig) { a, _ in a }
        .merging(frontMatter) { a, _ in a }
        .merging(markdown) { a, _ in a }
        .merging(glossary) { a, _ in a }
        .merging(indicators) { a, _ in a }
        .merging(links) { a, _ in a }
        .merging(theme) { a, _ in a }
        .merging(output) { a, _ in a }
}

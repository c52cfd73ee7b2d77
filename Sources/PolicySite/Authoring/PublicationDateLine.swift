/// A web page's 发布时间：2021-11-23 10:30 or 发布日期：2021年11月23日: the day
/// the document was published, which is what `published` means (SPEC §4).
struct PublicationDateLine {
    let date: PlainDate
    /// The line begins with the label, so it is the page's details (time,
    /// source, counter) and not text; in 来源：…　发布时间：… the source
    /// notice has already dropped the line.
    let isWholeLine: Bool

    /// Nil when the line gives no publication date, or a day that does not
    /// exist (2021-02-30): that line stays in the text, where the person
    /// importing sees it, and `published` is today.
    init?(_ line: String) {
        guard let match = line.firstMatch(of: Self.pattern),
              let year = Int(match.output.2), let month = Int(match.output.3), let day = Int(match.output.4),
              let date = PlainDate(year: year, month: month, day: day)
        else { return nil }
        self.date = date
        isWholeLine = line.prefixMatch(of: Self.label) != nil
    }

    private static let labels = "发布日期|发布时间|发布于"
    // Regex is not Sendable, so these are made where they are used.
    private static var label: Regex<Substring> { try! Regex("(?:\(labels))") }
    /// 2021-11-23, 2021/11/23, 2021.11.23 and 2021年11月23日, with or
    /// without a colon, spaces or leading zeros; a time after it is ignored.
    private static var pattern: Regex<(Substring, Substring, Substring, Substring, Substring)> {
        try! Regex("(\(labels))[：:]?[ \u{3000}]*([0-9]{4})[ ]*[-/.年][ ]*([0-9]{1,2})[ ]*[-/.月][ ]*([0-9]{1,2})(?![0-9])")
    }
}

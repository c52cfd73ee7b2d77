/// How indicator values are written out. Fixed rules, never the machine's
/// locale, so every build gives the same bytes.
enum IndicatorFormat {
    /// For downloads: the figure without thousands separators, with its marks.
    static func plain(_ value: IndicatorValue) -> String {
        switch value {
        case .empty: return ""
        case .text(let text): return text
        case .number(let number): return marked(number, figure: number.literal)
        }
    }

    /// For pages: thousands separated by commas, the usage of both Chinese
    /// and English government tables.
    static func display(_ value: IndicatorValue) -> String {
        switch value {
        case .empty: return ""
        case .text(let text): return text
        case .number(let number): return marked(number, figure: grouped(number.literal))
        }
    }

    private static func marked(_ number: IndicatorValue.Number, figure: String) -> String {
        let text = (number.comparator?.rawValue ?? "") + figure
        return number.cumulative ? "[" + text + "]" : text
    }

    /// `-1234567.89` → `-1,234,567.89`.
    static func grouped(_ literal: String) -> String {
        var whole = Substring(literal)
        var sign = ""
        if whole.hasPrefix("-") {
            sign = "-"
            whole = whole.dropFirst()
        }
        var fraction = ""
        if let dot = whole.firstIndex(of: ".") {
            fraction = String(whole[dot...])
            whole = whole[..<dot]
        }
        var groups: [Substring] = []
        var end = whole.endIndex
        while end > whole.startIndex {
            let start = whole.index(end, offsetBy: -3, limitedBy: whole.startIndex) ?? whole.startIndex
            groups.insert(whole[start..<end], at: 0)
            end = start
        }
        return sign + groups.joined(separator: ",") + fraction
    }
}

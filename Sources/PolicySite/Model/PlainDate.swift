/// A calendar date written `YYYY-MM-DD`, with no time zone: policy dates are
/// days, and the output must not depend on where the build runs.
public struct PlainDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...PlainDate.daysIn(month: m, year: y)).contains(d)
        else { return nil }
        year = y
        month = m
        day = d
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `2021-03-05`.
    public var description: String {
        "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    /// `2021年3月5日` in Chinese, `5 March 2021` in English.
    public func formatted(for language: Language) -> String {
        switch language.code {
        case "zh": return "\(year)年\(month)月\(day)日"
        case "en": return "\(day) \(Self.englishMonths[month - 1]) \(year)"
        default: return description
        }
    }

    private static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December",
    ]

    public static func < (a: PlainDate, b: PlainDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}

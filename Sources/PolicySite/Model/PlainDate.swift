/// A calendar date written `YYYY-MM-DD`, with no time zone: policy dates are
/// days, and the output must not depend on where the build runs.
public struct PlainDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Exactly `YYYY-MM-DD` in ASCII digits, read byte by byte: every
    /// document's dates are read on every build.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Nil unless the day exists in that month.
    init?(year: Int, month: Int, day: Int) {
        guard (0...9999).contains(year), (1...12).contains(month),
              (1...PlainDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
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

import Foundation

/// A date as staff write it (SPEC §4 wants `YYYY-MM-DD`): `2023年5月6日`
/// is how Chinese documents write dates, so it is read as meant; `2023/5/6`,
/// `2023.5.6` or `2023-5-6` are clear too, but other programs read them
/// differently, so they are refused with the exact replacement.
enum WrittenDate: Equatable {
    case date(PlainDate)
    /// The day meant, to be written as `YYYY-MM-DD`.
    case correctable(PlainDate)
    case invalid

    init(_ text: String) {
        if let date = PlainDate(text) {
            self = .date(date)
            return
        }
        let normalized = String(String.UnicodeScalarView(text.unicodeScalars.map(FullWidth.halfWidth)))
            .trimmingCharacters(in: .whitespaces)
        if let parts = Self.chinese(normalized) {
            self = PlainDate(year: parts.0, month: parts.1, day: parts.2).map(WrittenDate.date) ?? .invalid
        } else if let parts = Self.separated(normalized) {
            self = PlainDate(year: parts.0, month: parts.1, day: parts.2).map(WrittenDate.correctable) ?? .invalid
        } else {
            self = .invalid
        }
    }

    /// `2023年5月6日`, spaces allowed between the parts.
    private static func chinese(_ text: String) -> (Int, Int, Int)? {
        let parts = text.split(whereSeparator: { "年月日".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
        guard text.hasSuffix("日"), text.filter({ "年月日".contains($0) }) == "年月日", parts.count == 3 else { return nil }
        return numbers(parts)
    }

    /// `2023/5/6`, `2023.05.06`, `2023-5-6`, with a time after it or not.
    private static func separated(_ text: String) -> (Int, Int, Int)? {
        let day = text.split(separator: " ", maxSplits: 1).first.map(String.init) ?? text
        for separator in ["/", ".", "-"] {
            let parts = day.components(separatedBy: separator)
            if parts.count == 3, let numbers = numbers(parts) { return numbers }
        }
        return nil
    }

    private static func numbers(_ parts: [String]) -> (Int, Int, Int)? {
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        return (year, month, day)
    }
}

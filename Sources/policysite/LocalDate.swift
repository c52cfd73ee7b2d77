import Foundation
import PolicySite

/// Today in the user's time zone: the day staff mean by "published today".
enum LocalDate {
    static var today: PlainDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return PlainDate(String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!))!
    }
}

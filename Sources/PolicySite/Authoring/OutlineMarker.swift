/// The numbering GB/T 9704-2012 gives the headings of an official
/// document: 一、 then （一） then 1. then （1）, with full-width or
/// half-width brackets and the 、．. variants that scraped text has.
struct OutlineMarker: Equatable {
    enum Level: Int, Comparable, CaseIterable {
        case chapter = 1, section, item, subitem
        static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
    }

    let level: Level
    let number: String
    /// The text after the marker.
    let text: String

    /// The marker as the imported document shows it: `一、`, `（一）`,
    /// `1. ` (the form our Markdown headings use) or `（1）`.
    var label: String {
        switch level {
        case .chapter: return number + "、"
        case .section: return "（\(number)）"
        case .item: return number + ". "
        case .subitem: return "（\(number)）"
        }
    }

    init(level: Level, number: String, text: String) {
        self.level = level
        self.number = number
        self.text = text
    }

    init?(_ line: String) {
        let chars = Array(line)
        func digits(from start: Int, _ accept: (Character) -> Bool) -> Int {
            var i = start
            while i < chars.count, accept(chars[i]), i - start < 4 { i += 1 }
            return i
        }
        func rest(from i: Int) -> String? {
            let text = String(chars[i...]).trimmingCharacters(in: PlainTextLines.blank)
            return text.isEmpty ? nil : text
        }
        guard let first = chars.first else { return nil }
        if Self.chineseNumerals.contains(first) {
            let end = digits(from: 0) { Self.chineseNumerals.contains($0) }
            guard end < chars.count, chars[end] == "、", let text = rest(from: end + 1) else { return nil }
            self.init(level: .chapter, number: String(chars[..<end]), text: text)
        } else if first == "（" || first == "(" {
            let chinese = digits(from: 1) { Self.chineseNumerals.contains($0) }
            let arabic = digits(from: 1) { Self.isDigit($0) }
            let end = max(chinese, arabic)
            guard end > 1, end < chars.count, chars[end] == "）" || chars[end] == ")",
                  let text = rest(from: end + 1) else { return nil }
            let number = Self.ascii(String(chars[1..<end]))
            self.init(level: chinese > 1 ? .section : .subitem, number: number, text: text)
        } else if Self.isDigit(first) {
            let end = digits(from: 0, Self.isDigit)
            // "1.5亿元" and "2021年" are text, not numbering.
            guard end <= 2, end + 1 < chars.count, [".", "．", "、"].contains(chars[end]),
                  !Self.isDigit(chars[end + 1]), let text = rest(from: end + 1) else { return nil }
            self.init(level: .item, number: Self.ascii(String(chars[..<end])), text: text)
        } else {
            return nil
        }
    }

    private static let chineseNumerals: Set<Character> = Set("一二三四五六七八九十百零〇")

    private static func isDigit(_ c: Character) -> Bool {
        ("0"..."9").contains(c) || ("０"..."９").contains(c)
    }

    /// Full-width digits as ASCII; Chinese numerals as they are.
    private static func ascii(_ number: String) -> String {
        String(number.unicodeScalars.map { scalar -> Character in
            (0xFF10...0xFF19).contains(scalar.value)
                ? Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!) : Character(scalar)
        })
    }
}

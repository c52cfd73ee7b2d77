/// Reads a CSV cell as an indicator value (SPEC §7).
enum IndicatorValueParser {
    struct Problem: Error, Equatable {
        var said: Message
    }

    /// Longest spellings first, so `>=` is not read as `>` followed by `=`.
    private static let comparators: [(String, IndicatorValue.Comparator)] = [
        (">=", .atLeast), ("<=", .atMost), ("≥", .atLeast), ("≤", .atMost),
        (">", .greater), ("<", .less), ("~", .about),
    ]

    static func parse(_ raw: String) -> Result<IndicatorValue, Problem> {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return .success(.empty) }
        // Words (翻一番, 保持在合理区间) are shown as written; a letter or a
        // Chinese character is what tells them from a mistyped number.
        if text.contains(where: \.isLetter) { return .success(.text(text)) }

        var rest = Substring(text)
        let comparator = takeComparator(&rest)
        var cumulative = false
        if rest.first == "[" {
            guard rest.last == "]", rest.count >= 2 else { return .failure(problem(text)) }
            cumulative = true
            rest = rest.dropFirst().dropLast()
        }
        let inner = comparator == nil ? takeComparator(&rest) : nil
        guard let literal = number(rest.trimmingCharacters(in: .whitespaces)) else { return .failure(problem(text)) }
        // Past Double's range a figure cannot be drawn to scale, and software
        // reading the JSON download would take it for infinity.
        guard Double(literal)?.isFinite == true else {
            return .failure(Problem(said: .tooLargeForAFigure(text)))
        }
        return .success(.number(.init(literal: literal, comparator: comparator ?? inner, cumulative: cumulative)))
    }

    /// Text a spreadsheet or a program wrote in place of a figure: read as
    /// words (it has letters), shown as written and left out of charts,
    /// which is almost never what the author meant. A warning, not an
    /// error: the value is still valid text.
    static func artefact(_ text: String) -> Problem? {
        if isScientific(text) {
            return Problem(said: .scientificNotation(text))
        }
        if ["nan", "inf", "infinity", "-inf", "-infinity", "+inf", "+infinity"].contains(text.lowercased()) {
            return Problem(said: .programNonNumber(text))
        }
        let excelErrors = ["#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#SPILL!", "#CALC!", "#GETTING_DATA"]
        if excelErrors.contains(text.uppercased()) {
            return Problem(said: .formulaError(text))
        }
        return nil
    }

    /// `1e5`, `-2.5E+07`, `.5e-3`.
    private static func isScientific(_ text: String) -> Bool {
        let parts = text.split(omittingEmptySubsequences: false) { $0 == "e" || $0 == "E" }
        guard parts.count == 2 else { return false }
        var mantissa = parts[0], exponent = parts[1]
        if let sign = mantissa.first, "+-−".contains(sign) { mantissa = mantissa.dropFirst() }
        if let sign = exponent.first, "+-".contains(sign) { exponent = exponent.dropFirst() }
        let pieces = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        return (1...2).contains(pieces.count) && pieces.contains { !$0.isEmpty } && pieces.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
            && !exponent.isEmpty && exponent.allSatisfy(\.isASCIIDigit)
    }

    private static func takeComparator(_ text: inout Substring) -> IndicatorValue.Comparator? {
        for (spelling, comparator) in comparators where text.hasPrefix(spelling) {
            text = text.dropFirst(spelling.count).drop(while: \.isWhitespace)
            return comparator
        }
        return nil
    }

    /// `-1,234.5` → `-1234.5`; nil unless it is a plain decimal number whose
    /// thousands separators, if any, group the whole part in threes.
    static func number(_ text: String) -> String? {
        var rest = Substring(text)
        var sign = ""
        if let first = rest.first, first == "-" || first == "−" {
            sign = "-"
            rest = rest.dropFirst()
        }
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return nil }
        let whole = parts[0], fraction = parts.count == 2 ? parts[1] : nil
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        guard let firstGroup = groups.first, !firstGroup.isEmpty,
              groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              groups.count == 1 || (firstGroup.count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 })
        else { return nil }
        if let fraction, fraction.isEmpty || !fraction.allSatisfy(\.isASCIIDigit) { return nil }
        // Leading zeros would make the figure invalid as a JSON number.
        let digits = groups.joined().drop { $0 == "0" }
        return sign + (digits.isEmpty ? "0" : String(digits)) + (fraction.map { "." + $0 } ?? "")
    }

    private static func problem(_ text: String) -> Problem {
        Problem(said: .notAnIndicatorValue(text))
    }
}

extension Character {
    /// 0–9 only: Character.isNumber also takes ２, ½ and 五.
    var isASCIIDigit: Bool { isASCII && isNumber }
}

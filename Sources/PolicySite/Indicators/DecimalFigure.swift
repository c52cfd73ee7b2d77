import Foundation

/// A figure of a plan table as a whole number of its last decimal place:
/// 7.8 at two decimals is 780 hundredths.
///
/// Plan tables hold exact decimals. Held this way, a sum of actual values
/// and a point of the straight path are exact up to 2^53 units (far past
/// any real figure), and the path rounds half away from zero as a person
/// checking the table by hand would; binary fractions would drift
/// (0.1 + 0.2) and round 8.25 down.
struct DecimalFigure: Sendable, Hashable, Comparable {
    /// A whole, finite number.
    var units: Double
    var decimals: Int

    init(units: Double, decimals: Int) {
        self.units = units
        self.decimals = decimals
    }

    /// A literal as `IndicatorValue.Number` keeps it (`-1234.5`), at
    /// `decimals` places. Nil when it has more places than that, or when
    /// its units are past Double's range (a figure near the limit at many
    /// places): such a figure cannot be compared exactly.
    init?(_ literal: String, decimals: Int) {
        var whole = Substring(literal), fraction = Substring("")
        if let dot = literal.firstIndex(of: ".") {
            whole = literal[..<dot]
            fraction = literal[literal.index(after: dot)...]
        }
        guard fraction.count <= decimals,
              let units = Double(whole + fraction + String(repeating: "0", count: decimals - fraction.count)),
              units.isFinite
        else { return nil }
        self.init(units: units, decimals: decimals)
    }

    /// The places a literal is written with: an indicator's figures are
    /// compared, and its expected value shown, at the most any of them has.
    static func decimals(of literal: String) -> Int {
        literal.firstIndex(of: ".").map { literal.distance(from: $0, to: literal.endIndex) - 1 } ?? 0
    }

    /// Written as `IndicatorValue.Number` literals are, with every place: `-1234.50`.
    var literal: String {
        let magnitude = abs(units)
        // Exact in Int64 below 10^15; past it, printf writes a whole
        // Double's exact digits, and a whole number has no locale marks.
        var digits = magnitude < 1e15 ? String(Int64(magnitude)) : String(format: "%.0f", magnitude)
        if decimals > 0 {
            if digits.count <= decimals { digits = String(repeating: "0", count: decimals + 1 - digits.count) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
        }
        return (units < 0 ? "-" : "") + digits
    }

    var number: IndicatorValue.Number { IndicatorValue.Number(literal: literal) }

    static func < (a: DecimalFigure, b: DecimalFigure) -> Bool { a.units < b.units }

    static func + (a: DecimalFigure, b: DecimalFigure) -> DecimalFigure {
        DecimalFigure(units: a.units + b.units, decimals: a.decimals)
    }
}

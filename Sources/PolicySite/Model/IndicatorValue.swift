/// One cell of an indicator table (SPEC §7): no data, a number with its
/// marks, or words such as 翻一番 that are shown as written.
public enum IndicatorValue: Sendable, Hashable {
    case empty
    case number(Number)
    case text(String)

    public struct Number: Sendable, Hashable {
        /// The figure as written without thousands separators, e.g. `-1234.5`;
        /// kept as text so downloads and pages show exactly the published precision.
        public var literal: String
        public var comparator: Comparator?
        /// `[ ]` around the figure: a total over the whole plan period.
        public var cumulative: Bool

        public init(literal: String, comparator: Comparator? = nil, cumulative: Bool = false) {
            self.literal = literal
            self.comparator = comparator
            self.cumulative = cumulative
        }

        /// For drawing charts only; never printed.
        public var value: Double { Double(literal) ?? 0 }
    }

    /// `>=` and `<=` are read as `≥` and `≤`, so one mark has one spelling.
    public enum Comparator: String, Sendable, Hashable, CaseIterable {
        case greater = ">"
        case atLeast = "≥"
        case less = "<"
        case atMost = "≤"
        case about = "~"
    }

    public var number: Number? {
        if case .number(let number) = self { return number }
        return nil
    }
}

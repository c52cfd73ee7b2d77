/// 指标属性: whether a target is 预期性 (expected, a goal the government
/// guides towards) or 约束性 (binding, an obligation on the government).
public enum IndicatorAttribute: String, Sendable, Hashable, CaseIterable {
    case expected
    case binding

    /// Reads the English word (any case) or the Chinese term, as staff write either.
    public init?(parsing text: String) {
        switch text.lowercased() {
        case "expected", "预期性": self = .expected
        case "binding", "约束性": self = .binding
        default: return nil
        }
    }
}

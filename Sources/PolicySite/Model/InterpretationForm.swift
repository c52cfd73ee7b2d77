/// 解读形式: how an interpretation explains its policy.
public enum InterpretationForm: String, Sendable, Hashable, CaseIterable {
    case text
    case graphic
    case video
    case qa
}

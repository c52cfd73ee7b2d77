/// 有效性: whether a policy still applies.
public enum PolicyStatus: String, Sendable, Hashable, CaseIterable {
    case effective
    case expired
    case repealed
}

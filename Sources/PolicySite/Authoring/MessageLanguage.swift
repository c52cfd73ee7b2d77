import Yams

/// The language `import` and `init` speak to the person who runs them.
public enum MessageLanguage: String, Sendable, CaseIterable {
    case zh, en

    /// SPEC §9's order without the global option, which is not wired yet:
    /// `override` (what `--lang` or POLICYSITE_LANG will give), else the
    /// site's default language (the first of site.yaml's `languages`),
    /// else English. A language with no messages of ours reads English.
    public static func choose(siteYAML: String?, override: String? = nil) -> MessageLanguage {
        if let override { return MessageLanguage(code: override) }
        guard let siteYAML, let root = try? Yams.compose(yaml: siteYAML),
              case .sequence(let list)? = root["languages"], let first = list.first?.string
        else { return .en }
        return MessageLanguage(code: first)
    }

    /// `zh`, `zh-CN` and `zh_TW` are Chinese; anything else English.
    public init(code: String) {
        self = code.lowercased().hasPrefix("zh") ? .zh : .en
    }
}

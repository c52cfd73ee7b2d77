import Yams

/// The languages a new file may be written in: site.yaml's, or zh and en
/// before there is a site.yaml (SPEC §2's defaults).
public enum SiteLanguages {
    public static let defaults = ["zh", "en"]

    /// `siteYAML` is the text of Content/site.yaml, nil when there is none.
    /// A site.yaml that cannot be read falls back to the defaults: `check`
    /// reports what is wrong with it, better than a new file could.
    public static func allowed(siteYAML: String?) -> [String] {
        guard let siteYAML,
              let root = try? Yams.compose(yaml: siteYAML),
              case .sequence(let list)? = root["languages"]
        else { return defaults }
        let codes = list.compactMap(\.string)
        return codes.isEmpty ? defaults : codes
    }

    /// Nil when `code` is allowed, else the reason.
    public static func check(_ code: String, siteYAML: String?) -> AuthoringError? {
        let allowed = allowed(siteYAML: siteYAML)
        return allowed.contains(code) ? nil : .badLanguage(code, allowed: allowed)
    }
}

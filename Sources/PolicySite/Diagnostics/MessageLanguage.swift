import Foundation
import Yams

/// The language diagnostics, hints and command output are written in.
///
/// SPEC §9: `--lang`, else the environment variable `POLICYSITE_LANG`, else
/// the site's default language (the first of `languages`), else English; so
/// a Chinese site's staff read Chinese without setting anything.
public enum MessageLanguage: String, Sendable, CaseIterable {
    case zh
    case en

    /// `zh`, `zh-CN`, `zh_CN.UTF-8`, `EN`…: what people and locales write.
    public init?(code: String) {
        let primary = code.lowercased().prefix { $0.isLetter }
        guard let language = MessageLanguage(rawValue: String(primary)) else { return nil }
        self = language
    }

    /// `option` has been checked by the command line; a value the
    /// environment holds that names neither language is passed over, as a
    /// locale would be.
    public static func resolve(
        option: MessageLanguage?, environment: [String: String], siteLanguage: String?
    ) -> MessageLanguage {
        if let option { return option }
        if let value = environment["POLICYSITE_LANG"], let language = MessageLanguage(code: value) { return language }
        if let siteLanguage, let language = MessageLanguage(code: siteLanguage) { return language }
        return .en
    }

    /// For the site in `root`, whose `site.yaml` is read here: messages
    /// are chosen before the build reads anything, and also when
    /// `site.yaml` itself has errors.
    public static func resolve(option: MessageLanguage?, environment: [String: String], root: String) -> MessageLanguage {
        let yaml = FileManager.default.contents(atPath: root + "/Content/site.yaml").map { String(decoding: $0, as: UTF8.self) }
        return resolve(option: option, environment: environment, siteYAML: yaml)
    }

    /// For a site whose `site.yaml` text (nil: none) is at hand.
    public static func resolve(option: MessageLanguage?, environment: [String: String], siteYAML: String?) -> MessageLanguage {
        resolve(option: option, environment: environment, siteLanguage: siteYAML.flatMap(firstLanguage))
    }

    /// The first of `languages` in a `site.yaml`, if it can be read.
    static func firstLanguage(inSiteYAML text: String) -> String? {
        guard case .mapping(let map)? = try? Yams.compose(yaml: text, .basic, .default, .utf8),
              let languages = map["languages"] else { return nil }
        switch languages {
        case .sequence(let list): return list.first?.string
        case .scalar(let one): return one.string
        default: return nil
        }
    }
}

import Yams

/// Reads `Content/site.yaml` (SPEC §2).
struct SiteConfigParser {
    static let path = "Content/site.yaml"
    static let fields = ["title", "base_url", "languages", "publisher", "topics", "markdown"]

    /// The settings, or nil after reporting why the site cannot be built.
    static func parse(_ source: SourceFile?, diagnostics: Diagnostics) -> SiteConfig? {
        guard let source else {
            diagnostics.report(.error(path, .none, .noSiteConfig))
            return nil
        }
        let yaml = YAMLSource(path: path, lineOffset: 0, diagnostics: diagnostics)
        guard let root = yaml.parse(source.text) else {
            if !diagnostics.hasErrors {
                diagnostics.report(.error(path, .none, .emptySiteConfig))
            }
            return nil
        }
        guard case .mapping(let map) = root else {
            yaml.error(root, .siteConfigNotSettings)
            return nil
        }
        yaml.checkKeys(map, known: fields, context: Bilingual(zh: "site.yaml ", en: "site.yaml"))
        var ok = true
        func require(_ key: String) -> Node? {
            if let node = map[key] { return node }
            diagnostics.report(.error(path, SourcePosition(line: 1, column: 1), .siteSettingMissing(key)))
            ok = false
            return nil
        }

        var languages: [Language] = []
        if let node = require("languages"), let codes = yaml.textList(node, field: "languages") {
            for code in codes {
                if !Language.isValidCode(code) {
                    yaml.error(node, .notALanguageCode(code))
                    ok = false
                } else if languages.contains(Language(code)) {
                    yaml.error(node, .languageListedTwice(code))
                    ok = false
                } else {
                    languages.append(Language(code))
                }
            }
            if codes.isEmpty {
                yaml.error(node, .noLanguages)
                ok = false
            }
        } else { ok = false }

        let title = require("title").flatMap { yaml.localized($0, field: "title", languages: languages) }
        let publisher = map["publisher"].flatMap { yaml.localized($0, field: "publisher", languages: languages) }
        var baseURL: String?
        if let node = require("base_url"), let raw = yaml.text(node, field: "base_url") {
            baseURL = normalizedBaseURL(raw)
            if baseURL == nil {
                yaml.error(node, .baseURL(raw))
            }
        }

        var topics: [SiteConfig.Topic] = []
        if let node = map["topics"] {
            if case .mapping(let topicMap) = node {
                for (key, value) in topicMap {
                    guard let id = key.string else { continue }
                    if !Slug.isValid(id) {
                        yaml.error(key, .topicNotASlug(id))
                        ok = false
                    }
                    if let name = yaml.localized(value, field: "topics.\(id)", languages: languages) {
                        topics.append(.init(id: id, name: name))
                    }
                }
            } else {
                yaml.error(node, .topicsNotAMap)
                ok = false
            }
        }

        var unsafeHTML = false
        if let node = map["markdown"] {
            if case .mapping(let markdown) = node {
                yaml.checkKeys(markdown, known: ["unsafe_html"], context: Bilingual(zh: "“markdown”", en: "markdown"))
                if let flag = markdown["unsafe_html"] {
                    unsafeHTML = yaml.bool(flag, field: "unsafe_html") ?? false
                }
            } else {
                yaml.error(node, .markdownNotAMap)
            }
        }

        guard ok, let title, let baseURL, !languages.isEmpty else { return nil }
        return SiteConfig(
            title: title, baseURL: baseURL, languages: languages,
            publisher: publisher ?? LocalizedText([:]), topics: topics, unsafeHTML: unsafeHTML)
    }

    /// `https://host/path/` with exactly one trailing slash, or nil.
    static func normalizedBaseURL(_ raw: String) -> String? {
        let lower = raw.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
        let afterScheme = raw[raw.range(of: "://")!.upperBound...]
        guard let host = afterScheme.split(separator: "/").first, !host.isEmpty,
              !raw.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "?" || $0 == "#" })
        else { return nil }
        return raw.hasSuffix("/") ? raw : raw + "/"
    }
}

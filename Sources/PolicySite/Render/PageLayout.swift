/// The context every page's layout needs: language, titles, canonical and
/// hreflang links, the language switcher, navigation.
struct PageLayout {
    let site: LinkedSite
    let theme: Theme
    /// Pages with a `menu` position, per language, in menu order: computed
    /// once, since every page's navigation shows them.
    private let menuPages: [Language: [Document]]

    init(site: LinkedSite, theme: Theme) {
        self.site = site
        self.theme = theme
        var menuPages: [Language: [Document]] = [:]
        for language in site.config.languages {
            menuPages[language] = site.documents(.page, in: language)
                .filter { $0.frontMatter.menu != nil }
                .sorted { ($0.frontMatter.menu!, $0.slug) < ($1.frontMatter.menu!, $1.slug) }
        }
        self.menuPages = menuPages
    }

    struct Translation {
        var language: Language
        /// Where the page is in that language; nil when it has no version
        /// there, and the switcher sends the reader to `fallback` instead.
        var path: SitePath?
        var fallback: SitePath
    }

    func context(
        language: Language, links: PageLinks, title: String?, description: String?,
        translations: [Translation], section: String?
    ) -> [String: Any] {
        let config = site.config
        let siteTitle = config.title.text(in: language, fallback: config.defaultLanguage)
        var alternates: [[String: Any]] = translations.compactMap { t in
            t.path.map { ["hreflang": t.language.htmlTag, "href": links.absolute($0)] }
        }
        if let defaultPath = translations.first(where: { $0.language == config.defaultLanguage })?.path {
            alternates.append(["hreflang": "x-default", "href": links.absolute(defaultPath)])
        }
        let switcher: [[String: Any]] = translations.map { t in
            var entry: [String: Any] = [
                "lang": t.language.htmlTag,
                "name": theme.languageName(t.language),
                "current": t.language == language,
                "available": t.path != nil,
                "href": links.url(t.path ?? t.fallback),
            ]
            if t.path == nil {
                let name = theme.languageName(t.language)
                entry["missingNote"] = theme.text("translation_missing", t.language, ["language": name])
                entry["missingLink"] = theme.text("translation_missing_link", t.language, ["language": name])
            }
            return entry
        }
        var context: [String: Any] = [
            "lang": language.htmlTag,
            "langCode": language.code,
            "t": theme.strings(for: language),
            "site": [
                "title": siteTitle,
                "publisher": config.publisher.values.isEmpty ? "" : config.publisher.text(in: language, fallback: config.defaultLanguage),
            ],
            "pageTitle": title.map { "\($0) - \(siteTitle)" } ?? siteTitle,
            "canonical": links.absolute(links.page),
            "alternates": alternates,
            "switcher": switcher,
            // A switcher that offers only the page's own language says nothing.
            "multilingual": config.languages.count > 1,
            "css": links.url(SitePath("assets/site.css")),
            "a11yScript": links.url(SitePath("assets/a11y.js")),
            "homeURL": links.url(.home(language, in: config)),
            "feedURL": links.url(SitePath(SitePath.prefix(for: language, in: config) + "feed.xml")),
            "nav": navigation(language: language, links: links, section: section),
        ]
        if let description, !description.isEmpty { context["description"] = description }
        return context
    }

    /// The plan progress report's entry, after the data sets' (SPEC §7).
    static let progressReportSection = "indicators-progress"

    private func navigation(language: Language, links: PageLinks, section: String?) -> [[String: Any]] {
        let config = site.config
        var entries: [(key: String, label: String, path: SitePath)] = [
            ("home", theme.text("home", language), .home(language, in: config)),
            ("policies", theme.text("policies", language), .section("policies", language, in: config)),
            ("interpretations", theme.text("interpretations", language), .section("interpretations", language, in: config)),
        ]
        if !site.glossary.isEmpty {
            entries.append(("glossary", theme.text("glossary", language), .section("glossary", language, in: config)))
        }
        if !site.indicatorSets.isEmpty {
            entries.append(("indicators", theme.text("indicators", language), .section("indicators", language, in: config)))
            entries.append((Self.progressReportSection, theme.text("indicator_progress_report_nav", language),
                            IndicatorCatalog.progressReport(language, in: config)))
        }
        entries.append(("search", theme.text("search", language), .section("search", language, in: config)))
        for page in menuPages[language] ?? [] {
            entries.append((page.slug, page.title, .document(page.id, language, in: config)))
        }
        return entries.map { ["label": $0.label, "href": links.url($0.path), "current": $0.key == section] }
    }
}

/// Every data set of the site with what it takes to show them: used by the
/// Markdown stage for ```` ```indicators ID ```` blocks, by document pages
/// for front matter `indicators:`, and by the data set pages.
struct IndicatorCatalog: Sendable {
    var sets: [String: IndicatorSet] = [:]
    var config: SiteConfig?
    var theme: Theme?

    struct Problem: Equatable {
        /// Lines after the start of the block (0 for the info string line).
        var lineInBlock: Int
        var message: String
        var hint: String
    }

    /// The render stage's catalog, from the linked site.
    init(site: LinkedSite, theme: Theme) {
        self.init(sets: Dictionary(uniqueKeysWithValues: site.indicatorSets.map { ($0.id, $0) }), config: site.config, theme: theme)
    }

    init(sets: [String: IndicatorSet] = [:], config: SiteConfig? = nil, theme: Theme? = nil) {
        self.sets = sets
        self.config = config
        self.theme = theme
    }

    var sortedSets: [IndicatorSet] { sets.values.sorted { $0.id < $1.id } }

    static func page(_ id: String, _ language: Language, in config: SiteConfig) -> SitePath {
        SitePath(SitePath.section("indicators", language, in: config).path + id + "/")
    }

    static func download(_ id: String, extension ext: String) -> SitePath { SitePath("indicators/\(id).\(ext)") }

    func strings(_ language: Language) -> IndicatorStrings { IndicatorStrings(theme: theme, language: language) }

    private var fallback: Language { config?.defaultLanguage ?? Language("zh") }

    func table(_ set: IndicatorSet, _ indicators: [Indicator], language: Language, idPrefix: String, caption: String? = nil) -> String {
        IndicatorTable(set: set, strings: strings(language), fallback: fallback, idPrefix: idPrefix, caption: caption).html(indicators)
    }

    func chart(_ set: IndicatorSet, _ indicator: Indicator, language: Language, idPrefix: String) -> String? {
        IndicatorChart(set: set, strings: strings(language), fallback: fallback, idPrefix: idPrefix).svg(indicator)
    }

    /// A table shown inside a document, with a link to the data set's page
    /// (charts, notes, source and downloads).
    func embedded(_ set: IndicatorSet, _ indicators: [Indicator], language: Language, from page: SitePath, idPrefix: String) -> String {
        var html = "<div class=\"indicator-embed\">\n" + table(set, indicators, language: language, idPrefix: idPrefix)
        if let config {
            let href = page.relativeURL(to: Self.page(set.id, language, in: config))
            let label = strings(language)("indicator_view_set", ["title": set.title.text(in: language, fallback: fallback)])
            html += "<p class=\"indicator-more\"><a href=\"\(HTMLEscape.text(href))\">\(HTMLEscape.text(label))</a></p>\n"
        }
        return html + "</div>\n"
    }

    /// The HTML for a fenced block whose info string is `indicators ID`; its
    /// body may list indicator ids, one a line, to show only those in that order.
    /// Either the HTML or every problem with the block.
    func block(info: String, body: String, language: Language, page: SitePath, occurrence: Int) -> (html: String?, problems: [Problem]) {
        let words = info.split(whereSeparator: \.isWhitespace)
        guard words.count == 2 else {
            return (nil, [Problem(lineInBlock: 0, message: "an indicators block names one data set: ```indicators ID",
                                  hint: "e.g. ```indicators \(sortedSets.first?.id ?? "national-innovation")")])
        }
        let id = String(words[1])
        guard let set = sets[id] else {
            return (nil, [Problem(
                lineInBlock: 0, message: "the indicators block names '\(id)', which is no data set",
                hint: Suggestion.nearest(to: id, in: sets.keys.sorted()).map { "did you mean '\($0)'?" }
                    ?? "data sets are Content/indicators/<id>.yaml with <id>.csv beside it")])
        }
        var indicators: [Indicator] = []
        var problems: [Problem] = []
        for (index, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let wanted = line.trimmingCharacters(in: .whitespaces)
            if wanted.isEmpty { continue }
            guard let indicator = set.indicator(wanted) else {
                problems.append(Problem(
                    lineInBlock: index + 1, message: "the data set '\(id)' has no indicator '\(wanted)'",
                    hint: Suggestion.nearest(to: wanted, in: set.indicators.map(\.id)).map { "did you mean '\($0)'?" }
                        ?? "its indicators are \(set.indicators.map(\.id).joined(separator: ", "))"))
                continue
            }
            indicators.append(indicator)
        }
        guard problems.isEmpty else { return (nil, problems) }
        return (embedded(set, indicators.isEmpty ? set.indicators : indicators, language: language, from: page,
                         idPrefix: "ind-\(id)-\(occurrence)"), [])
    }
}

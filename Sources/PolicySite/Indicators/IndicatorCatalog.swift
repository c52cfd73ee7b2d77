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
        var said: Message
    }

    /// The render stage's catalog, from the linked site.
    init(site: LinkedSite, theme: Theme) {
        self.init(sets: Dictionary(uniqueKeysWithValues: site.indicatorSets.map { ($0.id, $0) }), config: site.config, theme: theme)
    }

    /// Data sets whose files exist but have errors (reported there).
    var failed: Set<String> = []

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

    /// The plan progress report's folder beside the data sets' (SPEC §7),
    /// which no data set may take.
    static let progressReportFolder = "progress"

    /// ```` ```indicators ID progress ````.
    private static let progressOption = "progress"

    static func progressReport(_ language: Language, in config: SiteConfig) -> SitePath {
        SitePath(SitePath.section("indicators", language, in: config).path + progressReportFolder + "/")
    }

    func strings(_ language: Language) -> IndicatorStrings { IndicatorStrings(theme: theme, language: language) }

    private var fallback: Language { config?.defaultLanguage ?? Language("zh") }

    func table(_ set: IndicatorSet, _ indicators: [Indicator], language: Language, idPrefix: String,
               showsProgress: Bool = false, caption: String? = nil) -> String {
        IndicatorTable(set: set, strings: strings(language), fallback: fallback, idPrefix: idPrefix,
                       showsProgress: showsProgress, caption: caption).html(indicators)
    }

    /// The data set's counts by status in one line (SPEC §7).
    func progressSummary(_ set: IndicatorSet, language: Language) -> String {
        "<p class=\"indicator-progress-summary\">\(HTMLEscape.text(strings(language).summary(ProgressSummary(set))))</p>\n"
    }

    func chart(_ set: IndicatorSet, _ indicator: Indicator, language: Language, idPrefix: String) -> String? {
        IndicatorChart(set: set, strings: strings(language), fallback: fallback, idPrefix: idPrefix).svg(indicator)
    }

    /// A table shown inside a document, with a link to the data set's page
    /// (charts, notes, source and downloads); with `showsProgress`, the
    /// data set's progress summary above it and each row's status.
    func embedded(
        _ set: IndicatorSet, _ indicators: [Indicator], language: Language, from page: SitePath, idPrefix: String,
        showsProgress: Bool = false
    ) -> String {
        var html = "<div class=\"indicator-embed\">\n"
        if showsProgress { html += progressSummary(set, language: language) }
        html += table(set, indicators, language: language, idPrefix: idPrefix, showsProgress: showsProgress)
        if let config {
            let href = page.relativeURL(to: Self.page(set.id, language, in: config))
            let label = strings(language)("indicator_view_set", ["title": set.title.text(in: language, fallback: fallback)])
            html += "<p class=\"indicator-more\"><a href=\"\(HTMLEscape.text(href))\">\(HTMLEscape.text(label))</a></p>\n"
        }
        return html + "</div>\n"
    }

    /// The HTML for a fenced block whose info string is `indicators ID`, or
    /// `indicators ID progress` to show the data set's progress with it; its
    /// body may list indicator ids, one a line, to show only those in that order.
    /// Either the HTML or every problem with the block.
    func block(info: String, body: String, language: Language, page: SitePath, occurrence: Int) -> (html: String?, problems: [Problem]) {
        let words = info.split(whereSeparator: \.isWhitespace)
        if words.count == 3, words[2] != Self.progressOption {
            return (nil, [Problem(lineInBlock: 0, said: .indicatorsBlockOption(String(words[2]), set: String(words[1])))])
        }
        guard words.count == 2 || words.count == 3 else {
            return (nil, [Problem(lineInBlock: 0, said: .indicatorsBlockNamesOne(example: sortedSets.first?.id ?? "national-innovation"))])
        }
        let id = String(words[1])
        // A data set whose files have errors: those are its one report.
        if failed.contains(id) { return (nil, []) }
        guard let set = sets[id] else {
            return (nil, [Problem(
                lineInBlock: 0, said: .indicatorsBlockUnknownSet(id, suggestion: Suggestion.nearest(to: id, in: sets.keys.sorted())))])
        }
        var indicators: [Indicator] = []
        var problems: [Problem] = []
        for (index, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let wanted = line.trimmingCharacters(in: .whitespaces)
            if wanted.isEmpty { continue }
            guard let indicator = set.indicator(wanted) else {
                let ids = set.indicators.map(\.id)
                problems.append(Problem(
                    lineInBlock: index + 1,
                    said: .indicatorsBlockUnknownIndicator(wanted, set: id, ids: ids, suggestion: Suggestion.nearest(to: wanted, in: ids))))
                continue
            }
            indicators.append(indicator)
        }
        guard problems.isEmpty else { return (nil, problems) }
        return (embedded(set, indicators.isEmpty ? set.indicators : indicators, language: language, from: page,
                         idPrefix: "ind-\(id)-\(occurrence)", showsProgress: words.count == 3), [])
    }
}

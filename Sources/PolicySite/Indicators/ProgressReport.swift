/// The plan progress report, 规划实施进展 (SPEC §7): one page per language
/// at `indicators/progress/`, with every data set's counts by status, then
/// every indicator behind its plan (binding ones first), each linked to its
/// row on its data set's page. Made to be printed on A4 and handed to a
/// bureau's leadership, so it shows the figures, not only the statuses.
///
/// It reads every data set, and nothing else of the site but its settings
/// and theme, all of which the incremental build's parse environment
/// hashes: any change to them makes every page again, this one included.
struct ProgressReport {
    let site: LinkedSite
    let theme: Theme
    let layout: PageLayout
    let catalog: IndicatorCatalog

    func file(_ language: Language) -> OutputFile {
        let config = site.config
        let strings = catalog.strings(language)
        let path = IndicatorCatalog.progressReport(language, in: config)
        let links = PageLinks(page: path, config: config)
        let title = strings("indicator_progress_report")
        var context = layout.context(
            language: language, links: links, title: title, description: strings("indicator_progress_report_intro"),
            translations: config.languages.map {
                .init(language: $0, path: IndicatorCatalog.progressReport($0, in: config), fallback: .section("indicators", $0, in: config))
            },
            section: PageLayout.progressReportSection)
        let summaries = site.indicatorSets.map(ProgressSummary.init)
        context["title"] = title
        context["sectionURL"] = links.url(.section("indicators", language, in: config))
        context["sets"] = summaries.map { summary -> [String: Any] in
            let set = summary.set
            var row: [String: Any] = [
                "href": links.url(IndicatorCatalog.page(set.id, language, in: config)),
                "title": text(set.title, language),
                "period": strings("indicator_progress_report_period_years", ["from": String(set.baselineYear), "to": String(set.targetYear)]),
                "latest": summary.latestYear.map(strings.year) ?? strings("indicator_status_no_data"),
                "total": String(set.indicators.count),
            ]
            for status in IndicatorProgress.Status.allCases { row[status.rawValue] = String(summary.count(status)) }
            return row
        }
        // Binding indicators (约束性, obligations on the government) of every
        // data set before the expected ones: the government answers for
        // those first. Otherwise in the data sets' and the CSVs' order.
        let behind = summaries.flatMap { summary in summary.behind.map { (summary.set, $0.indicator, $0.progress) } }
        context["behind"] = (behind.filter { $0.1.attribute == .binding } + behind.filter { $0.1.attribute != .binding }).map { set, indicator, progress in
            behindRow(set, indicator, progress, strings: strings, links: links)
        }
        return OutputFile(path: path.outputFile, text: theme.render(context, template: "indicator-progress"))
    }

    private func behindRow(_ set: IndicatorSet, _ indicator: Indicator, _ progress: IndicatorProgress,
                           strings: IndicatorStrings, links: PageLinks) -> [String: Any] {
        let language = strings.language
        let year = progress.year.map(String.init) ?? ""
        let when = progress.totalFrom.map { strings("indicator_progress_report_total_years", ["from": String($0), "year": year]) }
            ?? strings("indicator_actual_year", ["year": year])
        let setPage = links.url(IndicatorCatalog.page(set.id, language, in: site.config))
        return [
            "name": text(indicator.name, language),
            // The row's header on the data set's page (`IndicatorTable`).
            "href": setPage + "#ind-\(set.id)-row-\(indicator.id)",
            "set": text(set.title, language),
            "unit": text(indicator.unit, language),
            "binding": indicator.attribute == .binding,
            "attribute": strings.attribute(indicator.attribute),
            "actual": progress.actual.map { IndicatorFormat.display(.number($0.number)) } ?? "",
            "when": when,
            "expected": progress.expected.map { IndicatorFormat.display(.number($0.number)) } ?? strings("indicator_no_path"),
            "target": IndicatorFormat.display(indicator.target),
        ]
    }

    private func text(_ localized: LocalizedText, _ language: Language) -> String {
        localized.text(in: language, fallback: site.config.defaultLanguage)
    }
}

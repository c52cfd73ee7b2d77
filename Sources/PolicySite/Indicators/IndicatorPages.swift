/// The indicator section (SPEC §7, §8): an index, a page per data set and
/// the plan progress report in every language, and each data set's
/// downloads once at the site root.
struct IndicatorPages {
    let site: LinkedSite
    let theme: Theme
    let layout: PageLayout

    func render() -> [OutputFile] {
        guard !site.indicatorSets.isEmpty else { return [] }
        let config = site.config
        let catalog = IndicatorCatalog(site: site, theme: theme)
        var files: [OutputFile] = []
        for set in site.indicatorSets {
            let downloads = IndicatorDownloads(set: set, languages: config.languages)
            files.append(OutputFile(path: IndicatorCatalog.download(set.id, extension: "csv").path, content: .bytes(downloads.csv())))
            files.append(OutputFile(path: IndicatorCatalog.download(set.id, extension: "json").path, content: .bytes(downloads.json())))
        }
        for language in config.languages {
            let strings = catalog.strings(language)
            let path = SitePath.section("indicators", language, in: config)
            let links = PageLinks(page: path, config: config)
            let title = strings("indicators")
            var context = layout.context(
                language: language, links: links, title: title, description: nil,
                translations: config.languages.map { .init(language: $0, path: .section("indicators", $0, in: config), fallback: .section("indicators", $0, in: config)) },
                section: "indicators")
            context["title"] = title
            context["sets"] = site.indicatorSets.map { set -> [String: Any] in
                [
                    "href": links.url(IndicatorCatalog.page(set.id, language, in: config)),
                    "title": text(set.title, language),
                    "source": set.source.map { text($0, language) } ?? "",
                    "count": strings("indicator_count", ["count": String(set.indicators.count)]),
                ]
            }
            context["progressURL"] = links.url(IndicatorCatalog.progressReport(language, in: config))
            files.append(OutputFile(path: path.outputFile, text: theme.render(context, template: "indicators")))
            files.append(ProgressReport(site: site, theme: theme, layout: layout, catalog: catalog).file(language))

            for set in site.indicatorSets {
                files.append(page(set, language: language, catalog: catalog))
            }
        }
        return files
    }

    private func text(_ localized: LocalizedText, _ language: Language) -> String {
        localized.text(in: language, fallback: site.config.defaultLanguage)
    }

    private func page(_ set: IndicatorSet, language: Language, catalog: IndicatorCatalog) -> OutputFile {
        let config = site.config
        let strings = catalog.strings(language)
        let path = IndicatorCatalog.page(set.id, language, in: config)
        let links = PageLinks(page: path, config: config)
        let title = text(set.title, language)
        var context = layout.context(
            language: language, links: links, title: title, description: nil,
            translations: config.languages.map { .init(language: $0, path: IndicatorCatalog.page(set.id, $0, in: config), fallback: .section("indicators", $0, in: config)) },
            section: "indicators")
        let prefix = "ind-\(set.id)"
        context["set"] = [
            "title": title,
            "progress": catalog.progressSummary(set, language: language),
            "progressURL": links.url(IndicatorCatalog.progressReport(language, in: config)),
            // Under the page's heading, which is the data set's title.
            "table": catalog.table(set, set.indicators, language: language, idPrefix: prefix, showsProgress: true,
                                   caption: strings("indicator_table_caption", ["count": String(set.indicators.count)])),
            "notes": set.notes.map { text($0, language) } ?? "",
            "source": set.source.map { text($0, language) } ?? "",
            "sectionURL": links.url(.section("indicators", language, in: config)),
        ] as [String: Any]
        context["charts"] = set.indicators.compactMap { indicator -> [String: Any]? in
            guard let svg = catalog.chart(set, indicator, language: language, idPrefix: "\(prefix)-chart-\(indicator.id)") else { return nil }
            return ["svg": svg, "name": text(indicator.name, language)]
        }
        context["downloads"] = ["csv", "json"].map { ext -> [String: Any] in
            ["href": links.url(IndicatorCatalog.download(set.id, extension: ext)), "label": strings("indicator_download_\(ext)"),
             "file": "\(set.id).\(ext)"]
        }
        return OutputFile(path: path.outputFile, text: theme.render(context, template: "indicator-set"))
    }
}

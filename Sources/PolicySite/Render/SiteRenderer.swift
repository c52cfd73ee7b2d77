/// The render stage: every page of every language, and the theme's assets.
public struct SiteRenderer: Sendable {
    /// Documents shown in each column of the home page.
    static let homeListLength = 10

    public init() {}

    public func render(_ site: LinkedSite, theme: Theme) -> [OutputFile] {
        let config = site.config
        let layout = PageLayout(site: site, theme: theme)
        let documents = DocumentContext(site: site, theme: theme)
        let glossaryPage = GlossaryPage(site: site, theme: theme, layout: layout)
        let glossaryUsage = GlossaryUsage(site.groups.values.flatMap { $0.versions.values })
        var files: [OutputFile] = theme.assets.keys.sorted().map { OutputFile(path: $0, content: .bytes(theme.assets[$0]!)) }

        /// Every language has the site's sections, so a section page's
        /// switcher always offers every language.
        func sectionTranslations(_ path: (Language) -> SitePath) -> [PageLayout.Translation] {
            config.languages.map { .init(language: $0, path: path($0), fallback: path($0)) }
        }

        for language in config.languages {
            let home = SitePath.home(language, in: config)
            let links = PageLinks(page: home, config: config)
            var context = layout.context(
                language: language, links: links, title: nil,
                description: config.publisher.values.isEmpty ? nil : config.publisher.text(in: language, fallback: config.defaultLanguage),
                translations: sectionTranslations { .home($0, in: config) }, section: "home")
            context["policies"] = site.documents(.policy, in: language).prefix(Self.homeListLength).map { documents.item($0, links: links) }
            context["interpretations"] = site.documents(.interpretation, in: language).prefix(Self.homeListLength).map { documents.item($0, links: links) }
            context["policiesURL"] = links.url(.section("policies", language, in: config))
            context["interpretationsURL"] = links.url(.section("interpretations", language, in: config))
            files.append(OutputFile(path: home.outputFile, text: theme.render(context, template: "home")))

            for kind in [DocumentKind.policy, .interpretation] {
                let path = SitePath.section(kind.folder, language, in: config)
                let links = PageLinks(page: path, config: config)
                let title = theme.text(kind.folder, language)
                var context = layout.context(
                    language: language, links: links, title: title, description: nil,
                    translations: sectionTranslations { .section(kind.folder, $0, in: config) }, section: kind.folder)
                context["title"] = title
                context["items"] = site.documents(kind, in: language).map { documents.item($0, links: links) }
                files.append(OutputFile(path: path.outputFile, text: theme.render(context, template: "list")))
            }

            if !site.glossary.isEmpty { files.append(glossaryPage.file(language, usage: glossaryUsage)) }

            let notFound = SitePath(SitePath.prefix(for: language, in: config) + "404.html")
            var notFoundLinks = PageLinks(page: notFound, config: config)
            notFoundLinks.fromAnyAddress = true
            var notFoundContext = layout.context(
                language: language, links: notFoundLinks, title: theme.text("page_not_found", language), description: nil,
                translations: sectionTranslations { .home($0, in: config) }, section: nil)
            notFoundContext["homes"] = config.languages.map {
                ["href": notFoundLinks.url(.home($0, in: config)), "lang": $0.htmlTag, "label": theme.text("back_home", $0)]
            }
            files.append(OutputFile(path: notFound.path, text: theme.render(notFoundContext, template: "notfound")))
        }

        let all = site.groups.values.sorted { $0.id < $1.id }.flatMap { group in
            config.languages.compactMap { group.versions[$0] }.map { (group, $0) }
        }
        files += ParallelMap.map(all) { group, document in
            let path = SitePath.document(document.id, document.language, in: config)
            let links = PageLinks(page: path, config: config)
            let translations: [PageLayout.Translation] = config.languages.map { language in
                let fallback: SitePath = document.kind == .page
                    ? .home(language, in: config) : .section(document.kind.folder, language, in: config)
                return .init(language: language,
                             path: group.versions[language].map { .document($0.id, language, in: config) },
                             fallback: fallback)
            }
            var context = layout.context(
                language: document.language, links: links, title: document.title, description: document.summary,
                translations: translations,
                section: document.kind == .page ? document.slug : document.kind.folder)
            context.merge(documents.page(document, links: links)) { $1 }
            return OutputFile(path: path.outputFile, text: theme.render(context, template: document.kind.rawValue))
        }
        return files
    }
}

/// Renders each kind of page: home, lists, the 404 page and documents.
struct PageBuilder: Sendable {
    let site: LinkedSite
    let theme: Theme
    let layout: PageLayout
    private let documents: DocumentContext
    private let facets: PolicyFacets

    init(site: LinkedSite, theme: Theme) {
        self.site = site
        self.theme = theme
        layout = PageLayout(site: site, theme: theme)
        documents = DocumentContext(site: site, theme: theme)
        facets = PolicyFacets(site: site, theme: theme)
    }

    private var config: SiteConfig { site.config }

    /// Every language has the site's sections, so a section page's switcher
    /// always offers every language.
    private func everyLanguage(_ path: (Language) -> SitePath) -> [PageLayout.Translation] {
        config.languages.map { .init(language: $0, path: path($0), fallback: path($0)) }
    }

    func home(_ language: Language) -> OutputFile {
        let home = SitePath.home(language, in: config)
        let links = PageLinks(page: home, config: config)
        var context = layout.context(
            language: language, links: links, title: nil,
            description: config.publisher.values.isEmpty ? nil : config.publisher.text(in: language, fallback: config.defaultLanguage),
            translations: everyLanguage { .home($0, in: config) }, section: "home")
        context["policies"] = site.documents(.policy, in: language).prefix(SiteRenderer.homeListLength).map { documents.item($0, links: links) }
        context["interpretations"] = site.documents(.interpretation, in: language).prefix(SiteRenderer.homeListLength)
            .map { documents.item($0, links: links) }
        context["policiesURL"] = links.url(.section("policies", language, in: config))
        context["interpretationsURL"] = links.url(.section("interpretations", language, in: config))
        // The main indicators: the first data set (by id), as the data set pages show it.
        if let main = site.indicatorSets.first {
            context["mainIndicators"] = IndicatorCatalog(site: site, theme: theme)
                .embedded(main, main.indicators, language: language, from: home, idPrefix: "home-\(main.id)")
            context["indicatorsURL"] = links.url(.section("indicators", language, in: config))
        }
        return OutputFile(path: home.outputFile, text: theme.render(context, template: "home"))
    }

    /// The policy and interpretation lists, and the policy lists by topic, year and status.
    func lists(_ language: Language) -> [OutputFile] {
        var files: [OutputFile] = []
        let policies = site.documents(.policy, in: language)
        let policyFacets = facets.facets(of: policies)
        for kind in [DocumentKind.policy, .interpretation] {
            let all = kind == .policy ? policies : site.documents(kind, in: language)
            files += list(
                path: .section(kind.folder, language, in: config), title: theme.text(kind.folder, language),
                documents: all, language: language, section: kind.folder,
                translations: everyLanguage { .section(kind.folder, $0, in: config) },
                filters: kind == .policy ? { facets.menu(policyFacets, language: language, links: $0, current: nil) } : nil)
        }
        let policiesPath = SitePath.section("policies", language, in: config)
        for option in policyFacets {
            let translations: [PageLayout.Translation] = config.languages.map { other in
                let exists = site.documents(.policy, in: other).contains(where: option.facet.contains)
                return .init(language: other, path: exists ? facets.path(option.facet, other) : nil,
                             fallback: .section("policies", other, in: config))
            }
            let title = theme.text("policies", language) + (language.code == "zh" ? "：" : ": ") + option.label
            files += list(
                path: facets.path(option.facet, language), title: title, documents: option.documents,
                language: language, section: "policies", translations: translations,
                filters: { facets.menu(policyFacets, language: language, links: $0, current: option.facet) },
                back: policiesPath)
        }
        return files
    }

    /// A list in pages of `ListPages.size`: the first at `path`, the others at `path/page/N/`.
    private func list(
        path: SitePath, title: String, documents list: [Document], language: Language, section: String,
        translations: [PageLayout.Translation], filters: ((PageLinks) -> [[String: Any]])?, back: SitePath? = nil
    ) -> [OutputFile] {
        let pages = ListPages(first: path, count: list.count)
        return (1...pages.total).map { number in
            let page = pages.path(number)
            let links = PageLinks(page: page, config: config)
            // A later page's translation is the other language's first page:
            // its lists are numbered differently.
            let pageTranslations = number == 1 ? translations : translations.map {
                PageLayout.Translation(language: $0.language, path: $0.language == language ? page : nil, fallback: $0.path ?? $0.fallback)
            }
            let pageTitle = number == 1 ? title : title + theme.text("page_number", language, ["number": String(number)])
            var context = layout.context(
                language: language, links: links, title: pageTitle, description: nil, translations: pageTranslations, section: section)
            context["title"] = pageTitle
            context["count"] = theme.text("count_documents", language, ["count": String(list.count)])
            context["items"] = list[pages.range(number)].map { documents.item($0, links: links) }
            context["filters"] = filters?(links) ?? [[String: Any]]()
            context["pagination"] = pages.context(current: number, links: links, language: language, theme: theme)
            if let back { context["backURL"] = links.url(back) }
            return OutputFile(path: page.outputFile, text: theme.render(context, template: "list"))
        }
    }

    /// The search page; its script reads the index that SearchIndex writes beside it.
    func search(_ language: Language) -> OutputFile {
        let path = SitePath.section("search", language, in: config)
        let links = PageLinks(page: path, config: config)
        var context = layout.context(
            language: language, links: links, title: theme.text("search", language), description: nil,
            translations: everyLanguage { .section("search", $0, in: config) }, section: "search")
        context["searchScript"] = links.url(SitePath("assets/search.js"))
        return OutputFile(path: path.outputFile, text: theme.render(context, template: "search"))
    }

    func notFound(_ language: Language) -> OutputFile {
        let path = SitePath(SitePath.prefix(for: language, in: config) + "404.html")
        var links = PageLinks(page: path, config: config)
        links.fromAnyAddress = true
        var context = layout.context(
            language: language, links: links, title: theme.text("page_not_found", language), description: nil,
            translations: everyLanguage { .home($0, in: config) }, section: nil)
        // The server shows this page at any address, also where the site is
        // served from another path than base_url's (a preview, a mirror):
        // its style and script come with it, so it looks like the site there too.
        context["inlineCSS"] = theme.assets["assets/site.css"].map { String(decoding: $0, as: UTF8.self) }
        context["inlineScript"] = theme.assets["assets/a11y.js"].map { String(decoding: $0, as: UTF8.self) }
        context["homes"] = config.languages.map {
            ["href": links.url(.home($0, in: config)), "lang": $0.htmlTag, "label": theme.text("back_home", $0)]
        }
        return OutputFile(path: path.path, text: theme.render(context, template: "notfound"))
    }

    /// A document's page, rendered when it is written, with the
    /// fingerprint of what it is made from; `sourceHash`: its file's hash.
    func document(_ document: Document, in group: DocumentGroup, sourceHash: UInt64) -> OutputFile {
        let path = SitePath.document(document.id, document.language, in: config).outputFile
        return OutputFile(path: path, content: .page {
            let (context, template) = documentContext(document, in: group)
            var page = documents.withBody(site.body(of: document), context)
            // Made with the page, never for a fingerprint: the canonical URL it encodes is in the context already.
            if let canonical = context["canonical"] as? String, let code = QRCode(encoding: canonical) {
                page["qr"] = ["size": String(code.size), "path": code.path, "url": canonical]
            }
            let text = theme.render(page, template: template)
            return RenderedPage(text: text, fingerprint: PageFingerprint.of(context, template: template, sourceHash: sourceHash))
        })
    }

    /// The fingerprint of a document's page, without making the page.
    func fingerprint(_ document: Document, in group: DocumentGroup, sourceHash: UInt64) -> UInt64 {
        let (context, template) = documentContext(document, in: group)
        return PageFingerprint.of(context, template: template, sourceHash: sourceHash)
    }

    private func documentContext(_ document: Document, in group: DocumentGroup) -> (context: [String: Any], template: String) {
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
            translations: translations, section: document.kind == .page ? document.slug : document.kind.folder)
        context.merge(documents.page(document, links: links)) { $1 }
        return (context, document.kind.rawValue)
    }
}

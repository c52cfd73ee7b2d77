/// What the templates show of a document: in lists, and on its own page.
struct DocumentContext {
    let site: LinkedSite
    let theme: Theme

    /// An entry in a list of documents.
    func item(_ document: Document, links: PageLinks) -> [String: Any] {
        let language = document.language
        var item: [String: Any] = [
            "href": links.url(.document(document.id, language, in: site.config)),
            "title": document.title,
            "summary": document.summary,
            "kindLabel": theme.text("kind_\(document.kind.rawValue)", language),
        ]
        if let published = document.frontMatter.published { item["date"] = date(published, language) }
        if let number = document.frontMatter.docNumber { item["docNumber"] = number }
        if document.kind == .policy { item["status"] = status(document) }
        return item
    }

    func date(_ date: PlainDate, _ language: Language) -> [String: Any] {
        ["iso": date.description, "text": date.formatted(for: language)]
    }

    /// 有效性 with the date it ended, so expired policies are never mistaken for current ones.
    func status(_ document: Document) -> [String: Any] {
        let fm = document.frontMatter
        var status: [String: Any] = ["key": fm.status.rawValue, "label": theme.text("status_\(fm.status.rawValue)", document.language)]
        if fm.status != .effective, let expires = fm.expires { status["since"] = expires.formatted(for: document.language) }
        return status
    }

    /// The document's own page, without its body: `withBody` adds it.
    func page(_ document: Document, links: PageLinks) -> [String: Any] {
        let language = document.language
        let fm = document.frontMatter
        var doc: [String: Any] = [
            "title": document.title,
            "summary": document.summary,
        ]
        var meta: [[String: Any]] = []
        func row(_ key: String, _ value: String?, href: String? = nil) {
            guard let value, !value.isEmpty else { return }
            var entry: [String: Any] = ["label": theme.text(key, language), "value": value]
            if let href { entry["href"] = href }
            meta.append(entry)
        }
        func row(_ key: String, date: PlainDate?) {
            guard let date else { return }
            meta.append(["label": theme.text(key, language), "value": date.formatted(for: language), "iso": date.description])
        }
        var context: [String: Any] = [:]
        switch document.kind {
        case .policy:
            row("issuer", fm.issuer)
            row("doc_number", fm.docNumber)
            row("issued", date: fm.issued)
            row("published", date: fm.published)
            row("status", theme.text("status_\(fm.status.rawValue)", language))
            row("expires", date: fm.expires)
            if fm.status != .effective {
                doc["inactive"] = true
                let since = fm.expires.map { "（\($0.formatted(for: language))）" } ?? ""
                doc["statusNotice"] = theme.text("status_\(fm.status.rawValue)", language) + since
            }
            context["interpretations"] = interpretations(of: document, links: links)
        case .interpretation:
            row("agency", fm.agency)
            row("interpreter", fm.interpreter)
            row("published", date: fm.published)
            if fm.form != .text { row("form", theme.text("form_\(fm.form.rawValue)", language)) }
            // A tap on a phone calls the number; other text stays plain.
            let dialable = fm.phone?.filter { $0.isASCII && ($0.isNumber || $0 == "+" || $0 == "-") } ?? ""
            row("phone", fm.phone, href: dialable.filter(\.isNumber).count >= 5 ? "tel:" + dialable : nil)
            row("email", fm.email, href: fm.email.map { "mailto:" + $0 })
            if let slug = fm.policy, let policy = site.group(DocumentID(.policy, slug))?.best(for: language, order: site.config.languages) {
                var link: [String: Any] = [
                    "href": links.url(.document(policy.id, policy.language, in: site.config)),
                    "title": policy.title,
                ]
                if policy.language != language { link["otherLang"] = policy.language.htmlTag }
                context["policyLink"] = link
            }
        case .page:
            break
        }
        if !fm.topics.isEmpty {
            let names = fm.topics.compactMap { site.config.topic($0)?.name.text(in: language, fallback: site.config.defaultLanguage) }
            row("topics", names.joined(separator: language.code == "zh" ? "、" : ", "))
        }
        context["basis"] = basis(of: document, links: links)
        context["interpretations"] = context["interpretations"] ?? [[String: Any]]()
        context["doc"] = doc
        context["meta"] = meta
        context["indicatorTables"] = indicatorTables(of: document, links: links)
        return context
    }

    private func interpretations(of policy: Document, links: PageLinks) -> [[String: Any]] {
        (site.interpretationsByPolicy[policy.slug] ?? []).compactMap { slug in
            guard let doc = site.group(DocumentID(.interpretation, slug))?.best(for: policy.language, order: site.config.languages)
            else { return nil }
            var item: [String: Any] = ["href": links.url(.document(doc.id, doc.language, in: site.config)), "title": doc.title]
            if let published = doc.frontMatter.published { item["date"] = date(published, policy.language) }
            return item
        }
    }

    /// 文件依据: a policy slug becomes a link, anything else is shown as written.
    private func basis(of policy: Document, links: PageLinks) -> [[String: Any]] {
        policy.frontMatter.basis.map { item in
            if Slug.isValid(item), let target = site.group(DocumentID(.policy, item))?.best(for: policy.language, order: site.config.languages) {
                return ["title": target.title, "href": links.url(.document(target.id, target.language, in: site.config))]
            }
            return ["title": item]
        }
    }

    /// The data sets front matter `indicators:` names, after the text.
    private func indicatorTables(of document: Document, links: PageLinks) -> [[String: Any]] {
        let catalog = IndicatorCatalog(site: site, theme: theme)
        return document.frontMatter.indicators.compactMap { id in
            catalog.sets[id].map { set in
                ["html": catalog.embedded(set, set.indicators, language: document.language, from: links.page, idPrefix: "ind-\(id)-doc")]
            }
        }
    }

    /// A page's context with the document's body: its HTML and table of contents.
    func withBody(_ body: RenderedMarkdown, _ context: [String: Any]) -> [String: Any] {
        var context = context
        var doc = context["doc"] as? [String: Any] ?? [:]
        doc["html"] = body.html
        context["doc"] = doc
        context["toc"] = toc(body.headings)
        return context
    }

    /// `##` entries with their `###` entries nested.
    private func toc(_ headings: [RenderedMarkdown.Heading]) -> [[String: Any]] {
        var entries: [[String: Any]] = []
        var children: [[String: Any]] = []
        func flush() {
            if !entries.isEmpty, !children.isEmpty { entries[entries.count - 1]["children"] = children }
            children = []
        }
        for heading in headings where heading.level == 2 || heading.level == 3 {
            if heading.level == 2 || entries.isEmpty {
                flush()
                entries.append(["text": heading.text, "id": heading.id, "children": [[String: Any]]()])
            } else {
                children.append(["text": heading.text, "id": heading.id])
            }
        }
        flush()
        return entries
    }
}

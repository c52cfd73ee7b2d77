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
        if let number = document.frontMatter.indexNo { item["indexNo"] = number }
        if document.kind == .policy { item["status"] = status(document) }
        if let notice = policyNotice(of: document, links: links) { item["policyNotice"] = notice }
        return item
    }

    /// Where an interpretation's policy is expired or repealed, the notice
    /// its page, its entry in lists and its policy's page show, so that no
    /// one follows an interpretation of a policy that no longer applies.
    func policyNotice(of interpretation: Document, links: PageLinks) -> [String: Any]? {
        guard interpretation.kind == .interpretation, let slug = interpretation.frontMatter.policy,
              let policy = site.group(DocumentID(.policy, slug))?.best(for: interpretation.language, order: site.config.languages),
              policy.frontMatter.status != .effective
        else { return nil }
        let language = interpretation.language
        let state = policy.frontMatter.status.rawValue
        let text = policy.frontMatter.expires.map {
            theme.text("policy_notice_\(state)", language, ["date": $0.formatted(for: language)])
        } ?? theme.text("policy_notice_\(state)_undated", language)
        return ["key": state, "text": text, "href": links.url(.document(policy.id, policy.language, in: site.config))]
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
        func entry(_ key: String, _ value: String) -> [String: Any] {
            let label = theme.text(key, language)
            var entry: [String: Any] = ["label": label, "value": value]
            // 索引号 and the like are what an office asks for, in any language.
            var native = ""
            if Self.chineseNamed.contains(key), language.code != "zh", let name = theme.strings["zh"]?[key] {
                entry["native"] = name
                native = " (\(name))"
            }
            if MetaRowWidth.isWide(label: label + native, value: value) { entry["wide"] = true }
            return entry
        }
        func row(_ key: String, _ value: String?, href: String? = nil) {
            guard let value, !value.isEmpty else { return }
            var row = entry(key, value)
            if let href { row["href"] = href }
            meta.append(row)
        }
        func row(_ key: String, date: PlainDate?) {
            guard let date else { return }
            var row = entry(key, date.formatted(for: language))
            row["iso"] = date.description
            meta.append(row)
        }
        var context: [String: Any] = [:]
        switch document.kind {
        case .policy:
            row("index_no", fm.indexNo)
            row("issuer", fm.issuer)
            row("doc_number", fm.docNumber)
            row("registration_no", fm.registrationNo)
            row("issued", date: fm.issued)
            row("published", date: fm.published)
            row("effective", date: fm.effective)
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
            if let notice = policyNotice(of: document, links: links) { context["policyNotice"] = notice }
            if let video = fm.video { context["video"] = self.video(video, language: language, links: links) }
        case .page:
            break
        }
        if !fm.topics.isEmpty {
            let names = fm.topics.compactMap { site.config.topic($0)?.name.text(in: language, fallback: site.config.defaultLanguage) }
            row("topics", names.joined(separator: language.code == "zh" ? "、" : ", "))
        }
        context["attachments"] = attachments(of: document, links: links)
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
            if let notice = policyNotice(of: doc, links: links) { item["policyNotice"] = notice }
            return item
        }
    }

    /// The meta rows whose Chinese name English pages show too.
    private static let chineseNamed: Set = ["index_no", "registration_no", "effective"]

    /// 附件: each with its title, type and size, "PDF, 21 KB". The size is
    /// the file's as loaded, so the page changes with it (`ParseMemo.siteFacts`).
    private func attachments(of document: Document, links: PageLinks) -> [[String: Any]] {
        let language = document.language
        return document.frontMatter.attachments.map { attachment in
            ["href": links.url(SitePath(attachment.file)), "title": attachment.title, "info": fileInfo(attachment.file, language)]
        }
    }

    /// "PDF, 21 KB": what a tap on a phone costs. The files exist (`SiteParser` checks).
    private func fileInfo(_ file: String, _ language: Language) -> String {
        theme.text("attachment_info", language, ["type": DownloadInfo.type(of: file), "size": DownloadInfo.size(site.staticSizes[file] ?? 0)])
    }

    /// A video with its captions in the page's language, to watch or to download.
    private func video(_ video: Video, language: Language, links: PageLinks) -> [String: Any] {
        var context: [String: Any] = [
            "src": links.url(SitePath(video.file)),
            "captions": links.url(SitePath(video.captions)),
            "srclang": language.code,
            "label": theme.text("video_captions", language),
            "downloadInfo": fileInfo(video.file, language),
            "captionsInfo": fileInfo(video.captions, language),
        ]
        if let type = video.mediaType { context["type"] = type }
        if let poster = video.poster { context["poster"] = links.url(SitePath(poster)) }
        return context
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

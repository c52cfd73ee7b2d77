/// The Atom feed of one language: its newest policies and interpretations
/// (SPEC §8). Dates come from the documents, never the clock, so the feed
/// is the same on every build.
struct AtomFeed {
    /// Entries in a feed; readers poll feeds, so they stay small.
    static let length = 50

    let site: LinkedSite
    let theme: Theme

    func path(_ language: Language) -> SitePath {
        SitePath(SitePath.prefix(for: language, in: site.config) + "feed.xml")
    }

    func render(_ language: Language) -> OutputFile {
        let config = site.config
        let documents = LinkedSite.newestFirst(site.documents(.policy, in: language) + site.documents(.interpretation, in: language))
            .prefix(Self.length)
        let home = SitePath.home(language, in: config).absoluteURL(base: config.baseURL)
        let selfURL = path(language).absoluteURL(base: config.baseURL)
        let title = config.title.text(in: language, fallback: config.defaultLanguage)
        let updated = documents.compactMap(\.frontMatter.published).max().map(timestamp) ?? "2000-01-01T00:00:00Z"
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(language.htmlTag)">
            <title>\(XMLText.escape(title))</title>
            <id>\(XMLText.escape(selfURL))</id>
            <link rel="self" type="application/atom+xml" href="\(XMLText.escape(selfURL))"/>
            <link rel="alternate" type="text/html" href="\(XMLText.escape(home))"/>
            <updated>\(updated)</updated>
            <author><name>\(XMLText.escape(author(language)))</name></author>

            """
        for document in documents {
            let url = SitePath.document(document.id, language, in: config).absoluteURL(base: config.baseURL)
            let date = document.frontMatter.published.map(timestamp) ?? updated
            let kind = theme.text("kind_\(document.kind.rawValue)", language)
            xml += """
                <entry>
                <title>\(XMLText.escape(document.title))</title>
                <id>\(XMLText.escape(url))</id>
                <link rel="alternate" type="text/html" href="\(XMLText.escape(url))"/>
                <published>\(date)</published>
                <updated>\(date)</updated>
                <category term="\(document.kind.rawValue)" label="\(XMLText.escape(kind))"/>
                <summary>\(XMLText.escape(document.summary))</summary>
                </entry>

                """
        }
        xml += "</feed>\n"
        return OutputFile(path: path(language).path, text: xml)
    }

    private func author(_ language: Language) -> String {
        let config = site.config
        return config.publisher.values.isEmpty
            ? config.title.text(in: language, fallback: config.defaultLanguage)
            : config.publisher.text(in: language, fallback: config.defaultLanguage)
    }

    /// Atom needs a time; a policy's date is a day, taken as midnight UTC.
    private func timestamp(_ date: PlainDate) -> String { "\(date)T00:00:00Z" }
}

/// `sitemap.xml` with every page and its hreflang alternates, and the
/// `robots.txt` that points at it (SPEC §8). Written once, at the root.
struct Sitemap {
    struct Entry {
        /// The page in each language it exists in.
        var versions: [Language: SitePath]
        var lastModified: PlainDate?
    }

    let config: SiteConfig

    func render(_ entries: [Entry]) -> [OutputFile] {
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

            """
        var lines: [(String, String)] = []
        for entry in entries {
            let alternates = config.languages.compactMap { language in
                entry.versions[language].map { (language, $0.absoluteURL(base: config.baseURL)) }
            }
            for (_, url) in alternates {
                var item = "<url>\n<loc>\(XMLText.escape(url))</loc>\n"
                if let date = entry.lastModified { item += "<lastmod>\(date)</lastmod>\n" }
                if alternates.count > 1 {
                    for (language, href) in alternates {
                        item += "<xhtml:link rel=\"alternate\" hreflang=\"\(language.htmlTag)\" href=\"\(XMLText.escape(href))\"/>\n"
                    }
                }
                item += "</url>\n"
                lines.append((url, item))
            }
        }
        for (_, item) in lines.sorted(by: { $0.0 < $1.0 }) { xml += item }
        xml += "</urlset>\n"
        let robots = "User-agent: *\nAllow: /\n\nSitemap: \(config.baseURL)sitemap.xml\n"
        return [OutputFile(path: "sitemap.xml", text: xml), OutputFile(path: "robots.txt", text: robots)]
    }
}

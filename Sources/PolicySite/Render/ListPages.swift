/// A long list split into numbered pages, and the page links under it.
/// Lists of thousands of documents on one page are slow to load on a phone
/// and hard to use with a screen reader.
struct ListPages {
    static let size = 50
    /// Pages after the first are `<list>/page/N/`.
    static let folder = "page"
    /// Page links shown on each side of the current one.
    static let window = 2

    let first: SitePath
    let count: Int

    var total: Int { max(1, (count + Self.size - 1) / Self.size) }

    /// Whether a page's path without its language prefix is a list's page
    /// after the first, `…/page/N/`. Such a page has no translation: each
    /// language's list holds its own documents, so its page 2 is not the
    /// other's page 2 (`PageBuilder` declares none, nor does the sitemap).
    static func isLaterPage(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        guard parts.count >= 2, parts[parts.count - 2] == folder, let number = Int(parts[parts.count - 1]) else { return false }
        return number > 1
    }

    func path(_ number: Int) -> SitePath {
        number == 1 ? first : SitePath(first.path + "\(Self.folder)/\(number)/")
    }

    func range(_ number: Int) -> Range<Int> {
        ((number - 1) * Self.size)..<min(number * Self.size, count)
    }

    /// Nil for a list that fits on one page.
    func context(current: Int, links: PageLinks, language: Language, theme: Theme) -> [String: Any]? {
        guard total > 1 else { return nil }
        let shown = Set([1, total]).union(max(1, current - Self.window)...min(total, current + Self.window)).sorted()
        var pages: [[String: Any]] = []
        var previous = 0
        for number in shown {
            if number > previous + 1 { pages.append(["gap": true]) }
            pages.append(["number": number, "href": links.url(path(number)), "current": number == current,
                          "label": theme.text("page_number", language, ["number": String(number)])])
            previous = number
        }
        var context: [String: Any] = [
            "pages": pages,
            "status": theme.text("page_of", language, ["number": String(current), "total": String(total)]),
        ]
        if current > 1 { context["previous"] = links.url(path(current - 1)) }
        if current < total { context["next"] = links.url(path(current + 1)) }
        return context
    }
}

import Foundation

/// The glossary page of one language (`glossary/`, `en/glossary/`): every
/// term with its anchor, definition, aliases, related terms and the
/// documents that use it, grouped by initial letter.
struct GlossaryPage {
    /// Documents listed under a term: a common term is in most of them,
    /// and the page would grow with the site.
    static let documentListLength = 10

    let site: LinkedSite
    let theme: Theme
    let layout: PageLayout

    func file(_ language: Language, usage: GlossaryUsage) -> OutputFile {
        let config = site.config
        let path = SitePath.section("glossary", language, in: config)
        let links = PageLinks(page: path, config: config)
        let title = theme.text("glossary", language)
        var context = layout.context(
            language: language, links: links, title: title, description: nil,
            translations: config.languages.map { .init(language: $0, path: .section("glossary", $0, in: config), fallback: .section("glossary", $0, in: config)) },
            section: "glossary")
        context["title"] = title
        context["groups"] = groups(language).map { group in
            [
                "letter": group.letter,
                "anchor": "letter-" + (group.letter == "#" ? "other" : group.letter),
                "terms": group.terms.map { term(language, $0, links: links, usage: usage) },
            ] as [String: Any]
        }
        return OutputFile(path: path.outputFile, text: theme.render(context, template: "glossary"))
    }

    private func term(_ language: Language, _ term: GlossaryTerm, links: PageLinks, usage: GlossaryUsage) -> [String: Any] {
        let entry = term.entries[language]!
        let related: [[String: Any]] = term.related.compactMap { id in
            site.glossary.term(id)?.entries[language].map { ["href": "#" + id, "term": $0.term] }
        }
        let documents = usage.documents(using: term.id, in: language)
        var context: [String: Any] = [
            "id": term.id,
            "term": entry.term,
            "definition": entry.definitionHTML,
            // One joined text, or none: a Mustache section shows an empty text too.
            "aliases": entry.aliases.isEmpty ? [] : [entry.aliases.joined(separator: language.code == "zh" ? "、" : ", ")],
            "related": related,
            "documents": documents.prefix(Self.documentListLength).map {
                ["href": links.url(.document($0.id, language, in: site.config)), "title": $0.title]
            },
            "more": [String](),
        ]
        if documents.count > Self.documentListLength {
            context["more"] = [theme.text("glossary_more", language, ["count": String(documents.count - Self.documentListLength)])]
        }
        return context
    }

    struct Group {
        var letter: String
        var terms: [GlossaryTerm]
    }

    /// Terms in this language in reading order: Chinese by pinyin, others
    /// alphabetically, each under its initial letter A–Z, then `#` for the
    /// rest (a term starting with a digit, say).
    func groups(_ language: Language) -> [Group] {
        let terms = site.glossary.terms.filter { $0.entries[language] != nil }
        let locale = Locale(identifier: language.code == "zh" ? "zh_CN" : language.code)
        let sorted = terms.sorted { a, b in
            let x = a.entries[language]!.term, y = b.entries[language]!.term
            switch x.compare(y, options: [.caseInsensitive], range: nil, locale: locale) {
            case .orderedAscending: return true
            case .orderedDescending: return false
            case .orderedSame: return a.id < b.id
            }
        }
        var groups: [String: [GlossaryTerm]] = [:]
        for term in sorted { groups[Self.initial(of: term.entries[language]!.term), default: []].append(term) }
        let letters = groups.keys.sorted { a, b in a == "#" || b == "#" ? b == "#" && a != "#" : a < b }
        return letters.map { Group(letter: $0, terms: groups[$0]!) }
    }

    /// The letter a term is filed under: its first letter, or for Chinese
    /// the first letter of its first character's pinyin (ICU's Han-Latin
    /// transform, the same reading the zh_CN collation sorts by, so a
    /// group's terms sit together in the sorted list).
    static func initial(of term: String) -> String {
        guard let first = term.first else { return "#" }
        let latin = String(first).applyingTransform(StringTransform("Han-Latin; Latin-ASCII"), reverse: false) ?? String(first)
        guard let letter = latin.uppercased().unicodeScalars.first, ("A"..."Z").contains(letter) else { return "#" }
        return String(letter)
    }
}

/// Which documents link which glossary terms: for the glossary page, and to
/// point out terms that no page uses.
struct GlossaryUsage {
    /// Per language, per term id, the documents whose body links the term:
    /// policies, interpretations, then pages, each newest first.
    let documents: [Language: [String: [Document]]]

    init(_ documents: [Document]) {
        let order: [DocumentKind] = [.policy, .interpretation, .page]
        // Positions are sorted, not documents (see `LinkedSite.Order`).
        let keys = documents.map { (kind: order.firstIndex(of: $0.kind)!, order: LinkedSite.Order($0)) }
        let sorted = keys.indices.sorted { i, j in
            keys[i].kind != keys[j].kind ? keys[i].kind < keys[j].kind : LinkedSite.newestFirst(keys[i].order, keys[j].order)
        }
        var byTerm: [Language: [String: [Document]]] = [:]
        for i in sorted {
            for id in documents[i].glossaryTerms {
                byTerm[documents[i].language, default: [:]][id, default: []].append(documents[i])
            }
        }
        self.documents = byTerm
    }

    func documents(using id: String, in language: Language) -> [Document] {
        documents[language]?[id] ?? []
    }

    /// A term that no page links is probably misspelt, or its pages were
    /// removed. Static: the link stage needs only the set of terms used,
    /// not the sorted lists the glossary page shows.
    static func reportUnused(_ glossary: Glossary, in documents: [Document], diagnostics: Diagnostics) {
        var used: Set<String> = []
        for document in documents { used.formUnion(document.glossaryTerms) }
        for term in glossary.terms where !used.contains(term.id) {
            diagnostics.report(.warning(term.sourcePath, term.position, .unusedTerm(term.id)))
        }
    }
}

import Yams

/// Reads every `Content/glossary/*.yaml` (SPEC §6) into one `Glossary`,
/// reporting each problem at its line and column.
struct GlossaryLoader {
    let languages: [Language]
    let diagnostics: Diagnostics

    static let entryFields = ["term", "aliases", "definition"]

    private struct Reference {
        var yaml: YAMLSource
        var node: Node
        var id: String
    }

    private struct Form {
        var id: String
        var path: String
        var position: SourcePosition
    }

    func load(_ sources: [SourceFile]) -> Glossary {
        var terms: [GlossaryTerm] = []
        var firstDefinition: [String: (path: String, position: SourcePosition)] = [:]
        var references: [Reference] = []
        /// Each language's terms and aliases as matched (ASCII case folded),
        /// to report one text given to two entries.
        var forms: [Language: [String: Form]] = [:]

        for source in sources.sorted(by: { $0.path < $1.path }) {
            let yaml = YAMLSource(path: source.path, lineOffset: 0, diagnostics: diagnostics)
            guard let root = yaml.parse(source.text) else { continue }
            guard case .sequence(let items) = root else {
                yaml.error(root, .glossaryNotAList)
                continue
            }
            for item in items {
                guard case .mapping(let map) = item else {
                    yaml.error(item, .glossaryItemNotAMap)
                    continue
                }
                yaml.checkKeys(map, known: ["id", "related"] + languages.map(\.code), context: Bilingual(zh: "术语", en: "a glossary term"))
                guard let idNode = map["id"] else {
                    yaml.error(item, .glossaryTermWithoutID)
                    continue
                }
                guard let id = yaml.text(idNode, field: "id") else { continue }
                guard Slug.isValid(id) else {
                    yaml.error(idNode, .glossaryIDNotASlug(id))
                    continue
                }
                let position = yaml.position(of: idNode)
                if let first = firstDefinition[id] {
                    yaml.error(idNode, .duplicateGlossaryID(id, first: "\(first.path):\(first.position.line):\(first.position.column)"))
                    continue
                }
                firstDefinition[id] = (source.path, position)

                var entries: [Language: GlossaryTerm.Entry] = [:]
                for language in languages {
                    guard let node = map[language.code] else {
                        diagnostics.report(.warning(source.path, position, .termWithoutLanguage(id, language: language.code)))
                        continue
                    }
                    let key = map.keys.first { $0.string == language.code } ?? node
                    guard let entry = entry(node, key: key, id: id, language: language, yaml: yaml, forms: &forms[language, default: [:]])
                    else { continue }
                    entries[language] = entry
                }

                var related: [String] = []
                if let node = map["related"] {
                    let nodes: [Node]
                    if case .sequence(let sequence) = node { nodes = Array(sequence) } else { nodes = [node] }
                    for item in nodes {
                        guard let other = yaml.text(item, field: "related") else { continue }
                        related.append(other)
                        references.append(Reference(yaml: yaml, node: item, id: other))
                    }
                }
                terms.append(GlossaryTerm(id: id, entries: entries, related: related, sourcePath: source.path, position: position))
            }
        }

        let ids = firstDefinition.keys.sorted()
        for reference in references where firstDefinition[reference.id] == nil {
            reference.yaml.error(reference.node, .unknownRelatedTerm(reference.id, suggestion: Suggestion.nearest(to: reference.id, in: ids)))
        }
        return Glossary(terms: terms, languages: languages)
    }

    /// One language's entry `{ term, aliases, definition }`, or nil after
    /// reporting every reason why not. What the entry lacks is reported at
    /// its `zh:` key.
    private func entry(
        _ node: Node, key: Node, id: String, language: Language, yaml: YAMLSource, forms: inout [String: Form]
    ) -> GlossaryTerm.Entry? {
        let code = language.code
        guard case .mapping(let map) = node else {
            yaml.error(key, .glossaryEntryNotAMap(code, id: id))
            return nil
        }
        yaml.checkKeys(map, known: Self.entryFields, context: Bilingual(zh: "术语的语言项", en: "a glossary entry"))
        let termNode = map["term"], definitionNode = map["definition"]
        if termNode == nil {
            yaml.error(key, .glossaryEntryLacks("term", language: code, id: id))
        }
        if definitionNode == nil {
            yaml.error(key, .glossaryEntryLacks("definition", language: code, id: id))
        }
        let term = termNode.flatMap { yaml.prose($0, field: "term") }
        let definition = definitionNode.flatMap { yaml.prose($0, field: "definition") }
        var aliases: [String]?
        var formNodes: [(String, Node)] = []
        if let term, let termNode { formNodes.append((term, termNode)) }
        if let aliasNode = map["aliases"] {
            aliases = yaml.proseList(aliasNode, field: "aliases")
            if let list = aliases {
                if case .sequence(let sequence) = aliasNode { formNodes += zip(list, sequence).map { ($0, $1) } } else { formNodes += list.map { ($0, aliasNode) } }
            }
        } else {
            aliases = []
        }
        var clash = false
        for (text, textNode) in formNodes {
            let key = String(decoding: text.utf8.map { (65...90).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
            if let other = forms[key] {
                yaml.error(textNode, .termClash(text, owner: other.id == id ? nil : other.id,
                                                at: "\(other.path):\(other.position.line)"))
                clash = true
            } else {
                forms[key] = Form(id: id, path: yaml.path, position: yaml.position(of: textNode))
            }
        }

        guard let definition, let definitionNode else { return nil }
        switch DefinitionRenderer.render(definition) {
        case .problems(let problems):
            for problem in problems {
                switch problem {
                case .notOneParagraph: yaml.error(definitionNode, .definitionNotOneParagraph(language: code, id: id))
                case .image(let url): yaml.error(definitionNode, .definitionHoldsImage(url, language: code, id: id))
                case .relativeLink(let url): yaml.error(definitionNode, .definitionRelativeLink(url, language: code, id: id))
                }
            }
            return nil
        case .html(let definitionHTML, let tooltipHTML):
            guard !clash, let term, let aliases else { return nil }
            return GlossaryTerm.Entry(term: term, aliases: aliases, definitionHTML: definitionHTML, tooltipHTML: tooltipHTML)
        }
    }
}

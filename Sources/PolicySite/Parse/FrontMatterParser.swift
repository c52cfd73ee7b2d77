import Yams

/// Reads and validates a content file's front matter for its kind (SPEC §4).
struct FrontMatterParser {
    let site: SiteConfig
    let diagnostics: Diagnostics

    static let fields: [DocumentKind: [String]] = [
        .policy: ["title", "summary", "draft", "issuer", "doc_number", "issued", "published", "status",
                  "expires", "topics", "basis", "indicators", "glossary"],
        .interpretation: ["title", "summary", "draft", "published", "topics", "policy", "agency",
                          "interpreter", "phone", "email", "form", "indicators", "glossary"],
        .page: ["title", "summary", "draft", "glossary", "menu"],
    ]

    static let required: [DocumentKind: [String]] = [
        .policy: ["title", "issuer", "published"],
        .interpretation: ["title", "published", "policy", "agency"],
        .page: ["title"],
    ]

    /// The front matter, or nil when it has an error.
    func parse(_ yamlText: String, of source: SourceFile, kind: DocumentKind) -> FrontMatter? {
        let yaml = YAMLSource(path: source.path, lineOffset: 1, diagnostics: diagnostics)
        let root: Node
        if yamlText.allSatisfy(\.isWhitespace) {
            root = .mapping(Node.Mapping([]))
        } else {
            guard let parsed = yaml.parse(yamlText) else { return nil }
            root = parsed
        }
        guard case .mapping(let map) = root else {
            yaml.error(root, .frontMatterNotFields)
            return nil
        }
        let known = Self.fields[kind]!
        // Keys compared as text, as the fields are read below: `map[field]`
        // compares Nodes, which runs Yams's tag regexes on every key.
        let present = Set(map.keys.compactMap(\.string))
        let missing = Self.required[kind]!.filter { !present.contains($0) }
        // A misspelt required field (`agnecy:`) is one mistake: one error
        // at the misspelling, not a warning there and "missing" at line 1.
        var misspelt: Set<String> = []
        for key in map.keys {
            guard let name = key.string, !known.contains(name) else { continue }
            if let meant = Suggestion.nearest(to: name, in: missing), !misspelt.contains(meant) {
                misspelt.insert(meant)
                yaml.error(key, .misspeltField(name, meant: meant))
                continue
            }
            let elsewhere = DocumentKind.allCases.filter { Self.fields[$0]!.contains(name) }.map(\.folder)
            yaml.warning(key, .unknownField(name, for: kind, suggestion: Suggestion.nearest(to: name, in: known),
                                            belongsIn: elsewhere))
        }

        var fm = FrontMatter()
        var ok = misspelt.isEmpty
        for field in missing where !misspelt.contains(field) {
            diagnostics.report(.error(source.path, SourcePosition(line: 1, column: 1), .missingField(field)))
            ok = false
        }

        for (key, node) in map {
            guard let field = key.string, known.contains(field) else { continue }
            fm.positions[field] = yaml.position(of: node)
            if !read(field, node, into: &fm, yaml: yaml, required: Self.required[kind]!.contains(field)) { ok = false }
        }
        return ok ? fm : nil
    }

    /// Sets one field; false after reporting a problem with its value.
    private func read(_ field: String, _ node: Node, into fm: inout FrontMatter, yaml: YAMLSource, required: Bool) -> Bool {
        func set<T>(_ value: T?, _ apply: (T) -> Void) -> Bool {
            guard let value else { return false }
            apply(value)
            return true
        }
        func oneOf<T: RawRepresentable & CaseIterable>(_ type: T.Type) -> T? where T.RawValue == String {
            guard let raw = yaml.text(node, field: field) else { return nil }
            guard let value = T(rawValue: raw) else {
                yaml.error(node, .notOneOf(raw, field: field, allowed: T.allCases.map(\.rawValue)))
                return nil
            }
            return value
        }
        func slugs() -> [String]? {
            guard let items = yaml.textList(node, field: field) else { return nil }
            let bad = items.filter { !Slug.isValid($0) }
            guard bad.isEmpty else {
                yaml.error(node, .idsNotSlugs(field, bad))
                return nil
            }
            return items
        }

        switch field {
        case "title": return set(yaml.prose(node, field: field, required: required)) { fm.title = $0 }
        case "summary": return set(yaml.prose(node, field: field)) { fm.summary = $0 }
        case "draft": return set(yaml.bool(node, field: field)) { fm.draft = $0 }
        case "issuer": return set(yaml.prose(node, field: field, required: required)) { fm.issuer = $0 }
        case "doc_number": return set(yaml.prose(node, field: field)) { fm.docNumber = $0 }
        case "issued": return set(yaml.date(node, field: field)) { fm.issued = $0 }
        case "published": return set(yaml.date(node, field: field, required: required)) { fm.published = $0 }
        case "expires": return set(yaml.date(node, field: field)) { fm.expires = $0 }
        case "status": return set(oneOf(PolicyStatus.self)) { fm.status = $0 }
        case "form": return set(oneOf(InterpretationForm.self)) { fm.form = $0 }
        case "topics":
            guard let ids = slugs() else { return false }
            let unknown = ids.filter { site.topic($0) == nil }
            guard unknown.isEmpty else {
                yaml.error(node, .unknownTopics(unknown, declared: site.topics.map(\.id)))
                return false
            }
            fm.topics = ids
            return true
        case "basis": return set(yaml.proseList(node, field: field)) { fm.basis = $0 }
        case "indicators": return set(slugs()) { fm.indicators = $0 }
        case "policy":
            guard let slug = yaml.text(node, field: field, required: required) else { return false }
            guard Slug.isValid(slug) else {
                yaml.error(node, .policyNotASlug(slug))
                return false
            }
            fm.policy = slug
            return true
        case "agency": return set(yaml.prose(node, field: field, required: required)) { fm.agency = $0 }
        case "interpreter": return set(yaml.prose(node, field: field)) { fm.interpreter = $0 }
        case "phone": return set(yaml.prose(node, field: field)) { fm.phone = $0 }
        case "email":
            guard let email = yaml.text(node, field: field) else { return false }
            guard email.contains("@"), !email.contains(where: \.isWhitespace) else {
                yaml.error(node, .notAnEmail(email))
                return false
            }
            fm.email = email
            return true
        case "glossary": return set(yaml.bool(node, field: field)) { fm.glossary = $0 }
        case "menu": return set(yaml.int(node, field: field)) { fm.menu = $0 }
        default: return true
        }
    }
}

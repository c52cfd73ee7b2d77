import Yams

/// Reads and validates a content file's front matter for its kind (SPEC §4).
struct FrontMatterParser {
    let site: SiteConfig
    let diagnostics: Diagnostics

    static let fields: [DocumentKind: [String]] = [
        .policy: ["title", "summary", "draft", "issuer", "doc_number", "index_no", "registration_no", "issued", "published",
                  "effective", "status", "expires", "topics", "basis", "indicators", "glossary", "attachments"],
        .interpretation: ["title", "summary", "draft", "published", "topics", "policy", "agency",
                          "interpreter", "phone", "email", "form", "video", "indicators", "glossary", "attachments"],
        .page: ["title", "summary", "draft", "glossary", "menu", "attachments"],
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
        // Where the video is: without it a video interpretation has nothing to show.
        if ok, kind == .interpretation, (fm.form == .video) != (fm.video != nil) {
            let at = fm.video == nil ? fm.position(of: "form") : fm.position(of: "video")
            diagnostics.report(.error(source.path, at, .videoWithoutForm(missingVideo: fm.video == nil)))
            ok = false
        }
        return ok ? fm : nil
    }

    /// Sets one field; false after reporting a problem with its value.
    private func read(_ field: String, _ node: Node, into fm: inout FrontMatter, yaml: YAMLSource, required: Bool) -> Bool {
        func referenceNumber() -> String? {
            guard let value = yaml.text(node, field: field) else { return nil }
            if let problem = ReferenceNumber.problem(in: value, field: field) {
                yaml.error(node, problem)
                return nil
            }
            return value
        }
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
        case "index_no": return set(referenceNumber()) { fm.indexNo = $0 }
        case "registration_no": return set(referenceNumber()) { fm.registrationNo = $0 }
        case "effective": return set(yaml.date(node, field: field)) { fm.effective = $0 }
        case "attachments": return set(attachments(node, yaml: yaml, positions: &fm.positions)) { fm.attachments = $0 }
        case "video": return set(video(node, yaml: yaml, positions: &fm.positions)) { fm.video = $0 }
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

    /// `attachments: [{ file: ../static/files/plan.pdf, title: … }]`, each
    /// file's position kept as `attachments.N` for the check that it exists.
    private func attachments(_ node: Node, yaml: YAMLSource, positions: inout [String: SourcePosition]) -> [Attachment]? {
        guard case .sequence(let items) = node else {
            yaml.error(node, .attachmentsNotAList(example: StaticFilePath.example("files/plan.pdf", from: yaml.path)))
            return nil
        }
        var attachments: [Attachment] = []
        var ok = true
        for (number, item) in items.enumerated() {
            guard let fields = staticFileFields(item, field: "attachments", required: ["file", "title"], yaml: yaml),
                  let file = staticFile(fields["file"]!, field: "attachments", yaml: yaml),
                  let title = yaml.prose(fields["title"]!, field: "title")
            else {
                ok = false
                continue
            }
            positions["attachments.\(number)"] = yaml.position(of: fields["file"]!)
            attachments.append(Attachment(file: file, title: title))
        }
        return ok ? attachments : nil
    }

    /// `video: { file: …, captions: ….vtt, poster: … }`: captions are
    /// required (WCAG 1.2.2), each file's position kept as `video.<key>`.
    private func video(_ node: Node, yaml: YAMLSource, positions: inout [String: SourcePosition]) -> Video? {
        guard let fields = staticFileFields(node, field: "video", required: ["file", "captions"], optional: ["poster"], yaml: yaml),
              let file = staticFile(fields["file"]!, field: "video", yaml: yaml),
              let captions = staticFile(fields["captions"]!, field: "video", yaml: yaml)
        else { return nil }
        let poster = fields["poster"].map { staticFile($0, field: "video", yaml: yaml) }
        if poster == .some(nil) { return nil }
        let video = Video(file: file, captions: captions, poster: poster ?? nil)
        guard video.mediaType != nil else {
            yaml.error(fields["file"]!, .notAVideoFile(file))
            return nil
        }
        guard captions.lowercased().hasSuffix(".vtt") else {
            yaml.error(fields["captions"]!, .captionsNotVTT(captions))
            return nil
        }
        for (key, value) in fields { positions["video.\(key)"] = yaml.position(of: value) }
        return video
    }

    /// The fields of one `{ file: …, … }` map, when it has the required ones.
    private func staticFileFields(
        _ node: Node, field: String, required: [String], optional: [String] = [], yaml: YAMLSource
    ) -> [String: Node]? {
        guard case .mapping(let mapping) = node else {
            yaml.error(node, .fileFieldsNotAMap(field, required: required, not: yaml.kind(node)))
            return nil
        }
        yaml.checkKeys(mapping, known: required + optional, context: Bilingual(zh: "“\(field)”", en: "'\(field)'"))
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            if let name = key.string, (required + optional).contains(name) { fields[name] = value }
        }
        let missing = required.filter { fields[$0] == nil }
        guard missing.isEmpty else {
            yaml.error(node, .fileFieldsMissing(field, missing, captionsExample: StaticFilePath.example("video/clip.zh.vtt", from: yaml.path)))
            return nil
        }
        return fields
    }

    /// A file of `Content/static/` named relative to this file; whether it exists is checked later (`SiteParser`).
    private func staticFile(_ node: Node, field: String, yaml: YAMLSource) -> String? {
        guard let written = yaml.text(node, field: field) else { return nil }
        guard let output = StaticFilePath.outputPath(written, from: yaml.path) else {
            yaml.error(node, .notAStaticFile(written, example: StaticFilePath.example("files/plan.pdf", from: yaml.path)))
            return nil
        }
        return output
    }
}

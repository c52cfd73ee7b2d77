/// What `import` makes of a plain-text document: the content file, the
/// glossary terms it defines and what it left out, all as values, so the
/// command only writes them and tests can read them.
public struct ImportResult: Sendable {
    /// A front-matter line: the field and its YAML value, or nil for a
    /// required field left for the user to fill in.
    public struct Field: Sendable, Equatable {
        public let name: String
        public let value: String?
    }

    public let contentPath: String
    public let fields: [Field]
    /// The Markdown after the front matter.
    public let body: String
    public let glossary: [ImportedTerm]
    /// Terms the document defines that the site's glossary already has;
    /// left out so each term has one entry.
    public let termsAlreadyInGlossary: [String]
    public let dropped: [DroppedLine]
    let slug: String
    let language: String

    /// Required fields the document did not give, to fill in by hand.
    public var missing: [String] { fields.filter { $0.value == nil }.map(\.name) }

    public func value(of field: String) -> String? {
        fields.first { $0.name == field }?.value
    }

    /// The whole content file. A required field with no value is written
    /// empty, so `policysite check` names its line until it is filled in.
    public var markdown: String {
        var lines = ["---"]
        for field in fields {
            if let value = field.value {
                lines.append("\(field.name): \(value)")
            } else {
                let mark = language == "zh" ? "必填：" : "required: "
                lines.append("\(field.name):    # \(mark)\(FieldHelp.text(field.name, language: language))")
            }
        }
        lines += ["---", "", body]
        return lines.joined(separator: "\n")
    }

    public var glossaryPath: String? {
        glossary.isEmpty ? nil : "Content/glossary/\(slug).yaml"
    }

    /// The glossary file in SPEC §6's format, nil when there are no terms.
    public var glossaryYAML: String? {
        guard !glossary.isEmpty else { return nil }
        return glossary.map { term in
            """
            - id: \(term.id)
              \(language):
                term: \(YAMLScalar.quoted(term.term))
                definition: \(YAMLScalar.quoted(term.definition))
            """
        }.joined(separator: "\n\n") + "\n"
    }
}

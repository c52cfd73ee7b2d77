import Yams

/// Parses YAML embedded at some line of a file and reads typed values from
/// its nodes, reporting each problem at its own line and column in the file.
struct YAMLSource {
    let path: String
    /// Lines before the YAML text in the file (1 for front matter after `---`).
    let lineOffset: Int
    let diagnostics: Diagnostics

    /// The root node, or nil after reporting why there is none.
    func parse(_ text: String) -> Node? {
        do {
            // The encoding named: Yams's default reads the whole process
            // environment on every call, two fifths of parsing front matter.
            // The basic resolver: the typed readers below interpret the
            // text themselves, and the default one ran a regular expression
            // per mapping key when Yams hashed keys to find duplicates,
            // three quarters of parsing front matter.
            let root = try Yams.compose(yaml: text, .basic, .default, .utf8)
            // `title：科技` alone is one text, not a field: no file of ours is
            // a single text, so say what happened rather than "not fields".
            if case .scalar = root, case let slips = FullWidthColon.all(in: text), !slips.isEmpty {
                slips.forEach(report)
                return nil
            }
            return root
        } catch let error as YamlError {
            report(error, in: text)
        } catch {
            diagnostics.report(.error(path, SourcePosition(line: lineOffset + 1, column: 1), .yamlUnreadable("\(error)")))
        }
        return nil
    }

    /// At the line where the mistake is: a full-width colon after a field
    /// name, wherever YAML noticed it (every such line: YAML reads no
    /// further than the first); a quote, bracket or key that YAML read on
    /// without finding its close, where it opens.
    private func report(_ error: YamlError, in text: String) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let slips = FullWidthColon.all(in: text)
            if let first = slips.first, first.line <= mark.line {
                slips.forEach(report)
                return
            }
            if let context, context.text == "while scanning a quoted scalar" {
                let line = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(context.mark.line - 1).first ?? ""
                let quote = line.unicodeScalars.dropFirst(context.mark.column - 1).first.map(String.init) ?? "\""
                diagnostics.report(.error(path, position(context.mark), .unclosedQuote(quote)))
                return
            }
            // A key without its colon, or a [ or { never closed: where it starts.
            let startsHere = context.map {
                ["while scanning a simple key", "while parsing a flow sequence", "while parsing a flow mapping"].contains($0.text)
            } ?? false
            let said = Message.yamlSyntax(problem, context: context?.text, startsHere: startsHere,
                                          line: (context?.mark.line ?? 0) + lineOffset)
            diagnostics.report(.error(path, startsHere ? position(context?.mark) : position(mark), said))
        case .duplicatedKeysInMapping(let duplicates, let context):
            diagnostics.report(.error(path, position(context.mark), .duplicateKey(duplicates)))
        default:
            diagnostics.report(.error(path, SourcePosition(line: lineOffset + 1, column: 1), .yamlUnreadable("\(error)")))
        }
    }

    private func report(_ slip: FullWidthColon) {
        diagnostics.report(.error(path, SourcePosition(line: slip.line + lineOffset, column: slip.column),
                                  .fullWidthColon(key: slip.key, corrected: slip.corrected)))
    }

    func position(_ mark: Mark?) -> SourcePosition {
        guard let mark else { return SourcePosition(line: lineOffset + 1, column: 1) }
        return SourcePosition(line: mark.line + lineOffset, column: mark.column)
    }

    func position(of node: Node) -> SourcePosition { position(node.mark) }

    func error(_ node: Node, _ said: Message) {
        diagnostics.report(.error(path, position(of: node), said))
    }

    func warning(_ node: Node, _ said: Message) {
        diagnostics.report(.warning(path, position(of: node), said))
    }

    // MARK: Typed values. Each returns nil after reporting a problem.

    /// A scalar as text; YAML's `null` and `~` and an empty value are no text.
    func text(_ node: Node, field: String, required: Bool = false) -> String? {
        guard case .scalar(let scalar) = node else {
            error(node, .mustBeText(field, not: kind(node)))
            return nil
        }
        if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
            error(node, .emptyValue(field, required: required))
            return nil
        }
        return scalar.string
    }

    /// Text a person wrote to be read (a title, a name, a definition): as
    /// `text`, with a warning when it holds an invisible character. Ids and
    /// slugs are read with `text`: one with such a character is an error.
    func prose(_ node: Node, field: String, required: Bool = false) -> String? {
        guard let value = text(node, field: field, required: required) else { return nil }
        checkInvisible(value, node: node, field: field)
        return value
    }

    /// `textList` for text to be read, such as aliases.
    func proseList(_ node: Node, field: String) -> [String]? {
        guard let items = textList(node, field: field) else { return nil }
        let nodes: [Node]
        if case .sequence(let sequence) = node { nodes = Array(sequence) } else { nodes = [node] }
        for (item, itemNode) in zip(items, nodes) { checkInvisible(item, node: itemNode, field: field) }
        return items
    }

    private func checkInvisible(_ value: String, node: Node, field: String) {
        let found = InvisibleCharacters.stray(in: value)
        guard !found.isEmpty else { return }
        warning(node, .invisibleCharacters(in: Bilingual(zh: "“\(field)”", en: "'\(field)'"), found))
    }

    func bool(_ node: Node, field: String) -> Bool? {
        if case .scalar(let scalar) = node, scalar.style == .plain {
            switch scalar.string {
            case "true", "True", "TRUE": return true
            case "false", "False", "FALSE": return false
            default: break
            }
        }
        error(node, .mustBeBool(field))
        return nil
    }

    func int(_ node: Node, field: String) -> Int? {
        if case .scalar(let scalar) = node, let value = Int(scalar.string) { return value }
        error(node, .mustBeWholeNumber(field))
        return nil
    }

    func date(_ node: Node, field: String, required: Bool = false) -> PlainDate? {
        guard let raw = text(node, field: field, required: required) else { return nil }
        switch WrittenDate(raw) {
        case .date(let date):
            return date
        case .correctable(let date):
            error(node, .badDate(field, written: raw, corrected: date.description))
        case .invalid:
            error(node, .badDate(field, written: raw, corrected: nil))
        }
        return nil
    }

    /// A list of texts; a single text is taken as a list of one.
    func textList(_ node: Node, field: String) -> [String]? {
        switch node {
        case .scalar:
            return text(node, field: field).map { [$0] }
        case .sequence(let sequence):
            let items = sequence.compactMap { text($0, field: field) }
            return items.count == sequence.count ? items : nil
        default:
            error(node, .mustBeList(field))
            return nil
        }
    }

    /// A per-language map `{ zh: …, en: … }`, or one text used for every language.
    func localized(_ node: Node, field: String, languages: [Language]) -> LocalizedText? {
        switch node {
        case .scalar:
            guard let value = prose(node, field: field) else { return nil }
            return LocalizedText(Dictionary(uniqueKeysWithValues: languages.map { ($0.code, value) }))
        case .mapping(let mapping):
            var values: [String: String] = [:]
            var previous: String?
            for (key, value) in mapping {
                guard let code = key.string else { continue }
                defer { previous = code }
                // `{ en: Plan, 2021–2025 }`: in braces a comma starts a new
                // entry, so the text's tail became a key without a value.
                if let previous, !languages.contains(Language(code)), isEmptyScalar(value) {
                    error(key, .commaSplitEntry(field, entry: code, previous: previous))
                    continue
                }
                if !languages.isEmpty, !languages.contains(Language(code)) {
                    warning(key, .textForOtherLanguage(field, code: code, languages: languages.map(\.code)))
                }
                if let text = prose(value, field: "\(field).\(code)") { values[code] = text }
            }
            return LocalizedText(values)
        default:
            error(node, .mustBeLocalized(field))
            return nil
        }
    }

    private func isEmptyScalar(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.style == .plain && ["", "~", "null"].contains(scalar.string)
    }

    /// With its article, for messages: "a list", "an alias".
    func kind(_ node: Node) -> Bilingual {
        switch node {
        case .scalar: return Bilingual(zh: "单个值", en: "a single value")
        case .mapping: return Bilingual(zh: "映射", en: "a map")
        case .sequence: return Bilingual(zh: "列表", en: "a list")
        case .alias: return Bilingual(zh: "别名", en: "an alias")
        }
    }

    /// Warns about keys that are not in `known`, suggesting the nearest one.
    func checkKeys(_ mapping: Node.Mapping, known: [String], context: Bilingual) {
        for key in mapping.keys {
            guard let name = key.string, !known.contains(name) else { continue }
            warning(key, .unknownKey(name, in: context, known: known, suggestion: Suggestion.nearest(to: name, in: known)))
        }
    }
}

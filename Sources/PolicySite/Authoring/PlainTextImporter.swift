/// Turns a Chinese government document pasted as plain text (from Word or
/// a web page) into a content file, its glossary terms and front matter.
///
/// Headings follow GB/T 9704-2012's numbering (see `OutlineMarker`):
/// - 一、 and （一） lines are always headings. When the line goes on after
///   its first sentence (一、总体要求。坚持……), that first sentence is the
///   heading and the rest a paragraph.
/// - 1. and （1） items are headings when they have a short title: a first
///   sentence of at most 30 characters followed by more text
///   (1.建设国内一流的科产城人融合示范地。以科技创新……) or a short line with no
///   full stop (1.注册登记). Any other item is text: a 1. item becomes an
///   ordered-list item and a （1） item a paragraph that keeps its number.
/// - Heading levels go by the levels the document uses, so none is skipped:
///   the highest numbering level present is `##`, the next `###`, and so
///   on. A document with 一、 and 1. headings has ## and ###; one with
///   一、, （一） and 1. headings has ##, ### and ####.
/// - In a 关键词解释 (名词解释, 术语解释) section, numbered or not, 1.术语：定义
///   items become `1. **术语**：定义` list items and glossary terms, and
///   unnumbered 术语：定义 lines `**术语**：定义` paragraphs and terms. A term
///   is 2 to 20 characters with no sentence punctuation, so a sentence with
///   a colon in it stays text. The section ends at the next 一、 heading or
///   at the closing contact lines.
/// - 问：/答： lines (a Q&A interpretation) become a bold question paragraph
///   and a plain answer paragraph, and set `form: qa`.
public struct PlainTextImporter: Sendable {
    public struct Options: Sendable {
        public var kind: DocumentKind
        public var slug: String
        public var language: String
        /// The title when the first line is not one.
        public var title: String?
        /// For an interpretation: the slug of its policy, and that policy's
        /// title to make the title 《…》政策解读 when the text has none.
        public var policy: String?
        public var policyTitle: String?
        /// `published` when the text has no 发布时间 or 发布日期 line;
        /// passed in so tests do not depend on the clock.
        public var today: PlainDate
        /// Terms the site's glossary already defines, in this language.
        public var knownTerms: Set<String>

        public init(kind: DocumentKind, slug: String, language: String = "zh", title: String? = nil,
                    policy: String? = nil, policyTitle: String? = nil, today: PlainDate, knownTerms: Set<String> = []) {
            self.kind = kind
            self.slug = slug
            self.language = language
            self.title = title
            self.policy = policy
            self.policyTitle = policyTitle
            self.today = today
            self.knownTerms = knownTerms
        }
    }

    public let options: Options

    public init(options: Options) throws(AuthoringError) {
        guard Slug.isValid(options.slug) else { throw .badSlug(options.slug) }
        if let policy = options.policy, !Slug.isValid(policy) { throw .badSlug(policy) }
        self.options = options
    }

    public func run(_ text: String) throws(AuthoringError) -> ImportResult {
        var dropped: [DroppedLine] = []
        var lines: [String] = []
        var published: PlainDate?
        for (number, line) in PlainTextLines.numbered(text) {
            let dated = PublicationDateLine(line)
            if published == nil { published = dated?.date }
            if let reason = WebDebris.reason(line) {
                dropped.append(DroppedLine(line: number, text: line, reason: reason))
            } else if dated?.isWholeLine == true {
                dropped.append(DroppedLine(line: number, text: line, reason: .publicationDate))
            } else {
                lines.append(ChinesePunctuation.normalise(line))
            }
        }
        guard let first = lines.first else { throw .emptyDocument }
        let title: String
        if let given = options.title {
            title = given
            if first == given { lines.removeFirst() }
        } else if Self.looksLikeTitle(first) {
            title = first
            lines.removeFirst()
        } else if options.kind == .interpretation, let policyTitle = options.policyTitle {
            title = policyTitle.hasPrefix("《") ? policyTitle + "政策解读" : "《\(policyTitle)》政策解读"
        } else {
            throw .noTitle(firstLine: first)
        }

        let pieces = Self.pieces(lines)
        var contact: [String: String] = [:]
        for case .contact(let line, _) in pieces {
            for field in line.fields where contact[field.name] == nil { contact[field.name] = field.value }
        }
        var glossary: [ImportedTerm] = []
        var known: [String] = []
        for case .term(_, let term, let definition) in pieces {
            if options.knownTerms.contains(term) {
                known.append(term)
            } else {
                glossary.append(ImportedTerm(id: "\(options.slug)-term-\(glossary.count + 1)", term: term, definition: definition))
            }
        }
        let isQA = pieces.contains { if case .question = $0 { true } else { false } }

        return ImportResult(
            contentPath: "Content/\(options.kind.folder)/\(options.slug).\(options.language).md",
            fields: fields(title: title, published: published ?? options.today, contact: contact, isQA: isQA),
            body: Self.markdown(pieces),
            glossary: glossary,
            termsAlreadyInGlossary: known,
            dropped: dropped,
            slug: options.slug,
            language: options.language)
    }

    private func fields(title: String, published: PlainDate, contact: [String: String], isQA: Bool) -> [ImportResult.Field] {
        var fields = [ImportResult.Field(name: "title", value: YAMLScalar.quoted(title))]
        let published = ImportResult.Field(name: "published", value: published.description)
        switch options.kind {
        case .policy:
            fields += [ImportResult.Field(name: "issuer", value: nil), published]
        case .interpretation:
            fields.append(published)
            fields.append(ImportResult.Field(name: "policy", value: options.policy))
            for name in ["agency", "interpreter", "phone", "email"] {
                let value = contact[name].map(YAMLScalar.quoted)
                if value != nil || name == "agency" { fields.append(ImportResult.Field(name: name, value: value)) }
            }
            if isQA { fields.append(ImportResult.Field(name: "form", value: "qa")) }
        case .page:
            break
        }
        return fields
    }

    /// A first line that is not numbered, not a question, short and not a
    /// sentence is the document's title.
    private static func looksLikeTitle(_ line: String) -> Bool {
        OutlineMarker(line) == nil && QALine(line) == nil && line.count <= 60
            && !"。：；！？，:;".contains(line.last!)
    }

    // MARK: Reading the lines

    private enum Piece {
        case heading(OutlineMarker.Level, String)
        case paragraph(String)
        case orderedItem(String, String)
        case contact(ContactLine, text: String)
        /// `number` is nil for an unnumbered 术语：定义 line.
        case term(number: String?, term: String, definition: String)
        case question(String)

        /// Pieces rendered as list items are written on consecutive lines.
        var listKind: Int? {
            switch self {
            case .orderedItem, .term(number: .some, _, _): return 1
            case .contact: return 2
            default: return nil
            }
        }
    }

    private static func pieces(_ lines: [String]) -> [Piece] {
        var pieces: [Piece] = []
        var inGlossary = false
        for line in lines {
            if let qa = QALine(line) {
                pieces.append(qa.isQuestion ? .question(line) : .paragraph(line))
            } else if let contact = ContactLine(line) {
                inGlossary = false
                pieces.append(.contact(contact, text: line))
            } else if let marker = OutlineMarker(line) {
                if marker.level == .chapter { inGlossary = isGlossaryTitle(marker.text) }
                if inGlossary, marker.level == .item, let (term, definition) = glossaryItem(marker.text) {
                    pieces.append(.term(number: marker.number, term: term, definition: definition))
                } else {
                    pieces += outline(marker)
                }
            } else if line.count <= 12, isGlossaryTitle(line), !line.dropLast().contains(where: isSentencePunctuation) {
                inGlossary = true
                pieces.append(.heading(.chapter, String(":：".contains(line.last!) ? line.dropLast() : line[...])))
            } else if inGlossary, let (term, definition) = glossaryItem(line) {
                pieces.append(.term(number: nil, term: term, definition: definition))
            } else {
                pieces.append(.paragraph(line))
            }
        }
        return pieces
    }

    private static func isGlossaryTitle(_ text: String) -> Bool {
        ["关键词", "名词解释", "术语"].contains { text.contains($0) }
    }

    private static func outline(_ marker: OutlineMarker) -> [Piece] {
        let (head, rest) = firstSentence(marker.text)
        let heading: Bool
        switch marker.level {
        case .chapter, .section:
            heading = true
        case .item, .subitem:
            heading = rest.isEmpty
                ? head == marker.text && head.count <= maxTitleLength
                : head.count <= maxTitleLength
        }
        guard heading else {
            return marker.level == .item
                ? [.orderedItem(marker.number, marker.text)]
                : [.paragraph(marker.label + marker.text)]
        }
        let title = Piece.heading(marker.level, marker.label + head)
        return rest.isEmpty ? [title] : [title, .paragraph(rest)]
    }

    private static let maxTitleLength = 30

    /// The text up to its first full stop (without it) and the rest; the
    /// rest is empty when there is only one sentence.
    private static func firstSentence(_ text: String) -> (String, String) {
        guard let end = text.firstIndex(where: { "。！？".contains($0) }) else { return (text, "") }
        let rest = text[text.index(after: end)...].trimmingCharacters(in: PlainTextLines.blank)
        return (String(text[..<end]), rest)
    }

    /// 科技创新：原创性科学研究…… as term and definition.
    private static func glossaryItem(_ text: String) -> (String, String)? {
        guard let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return nil }
        let term = text[..<colon].trimmingCharacters(in: PlainTextLines.blank)
        let definition = text[text.index(after: colon)...].trimmingCharacters(in: PlainTextLines.blank)
        guard (2...20).contains(term.count), !definition.isEmpty, !term.contains(where: isSentencePunctuation)
        else { return nil }
        return (term, definition)
    }

    private static func isSentencePunctuation(_ c: Character) -> Bool {
        "，。；、！？,;!?：:".contains(c)
    }

    // MARK: Writing Markdown

    private static func markdown(_ pieces: [Piece]) -> String {
        let levels = Set(pieces.compactMap { if case .heading(let level, _) = $0 { level } else { nil } }).sorted()
        var out = ""
        var previousList: Int?
        for piece in pieces {
            let list = piece.listKind
            if !out.isEmpty { out += list != nil && list == previousList ? "\n" : "\n\n" }
            previousList = list
            switch piece {
            case .heading(let level, let text):
                let depth = min(2 + levels.firstIndex(of: level)!, 6)
                out += String(repeating: "#", count: depth) + " " + MarkdownText.inline(text)
            case .paragraph(let text):
                out += MarkdownText.escaped(text)
            case .question(let text):
                out += "**" + MarkdownText.escaped(text) + "**"
            case .orderedItem(let number, let text):
                out += "\(number). " + MarkdownText.escaped(text)
            case .term(let number, let term, let definition):
                out += (number.map { "\($0). " } ?? "") + "**\(MarkdownText.inline(term))**：" + MarkdownText.inline(definition)
            case .contact(_, let text):
                out += "- " + MarkdownText.escaped(text)
            }
        }
        return out + "\n"
    }
}

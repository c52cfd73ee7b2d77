/// A value the build cache stores: written field by field in a fixed order
/// and read back in the same order. Bump `CacheFile.formatVersion` when
/// any of these change.
protocol CacheCodable {
    func write(to writer: inout CacheWriter)
    init(from reader: inout CacheReader) throws(CacheReader.Malformed)
}

extension SourcePosition: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(line)
        writer.write(column)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init(line: try reader.read(), column: try reader.read())
    }
}

extension PlainDate: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(year)
        writer.write(month)
        writer.write(day)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        guard let date = PlainDate(year: try reader.read(), month: try reader.read(), day: try reader.read())
        else { throw CacheReader.Malformed() }
        self = date
    }
}

extension Diagnostic: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(severity == .error)
        writer.write(file)
        writer.write(line)
        writer.write(column)
        writer.write(said.code.rawValue)
        writer.write(said.text.zh)
        writer.write(said.text.en)
        writer.write(said.hint?.zh)
        writer.write(said.hint?.en)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        let severity: Severity = try reader.read() ? .error : .warning
        let file: String = try reader.read(), line: Int = try reader.read(), column: Int = try reader.read()
        guard let code = DiagnosticCode(rawValue: try reader.read()) else { throw CacheReader.Malformed() }
        let zh: String = try reader.read(), en: String = try reader.read()
        let hintZH: String? = try reader.read(), hintEN: String? = try reader.read()
        let hint = hintZH.flatMap { zh in hintEN.map { Bilingual(zh: zh, en: $0) } }
        self.init(severity, file: file, line: line, column: column, Message(code, zh: zh, en: en, hint: hint))
    }
}

extension FrontMatter: CacheCodable {
    /// Every field but `positions`: what the pages show. Two front matters
    /// that differ only in where their fields sit render the same site.
    func writeContent(to writer: inout CacheWriter) {
        writer.write(title)
        writer.write(summary)
        writer.write(draft)
        writer.write(issuer)
        writer.write(docNumber)
        writer.write(issued)
        writer.write(published)
        writer.write(status.rawValue)
        writer.write(expires)
        writer.write(topics)
        writer.write(basis)
        writer.write(policy)
        writer.write(agency)
        writer.write(interpreter)
        writer.write(phone)
        writer.write(email)
        writer.write(form.rawValue)
        writer.write(indicators)
        writer.write(glossary)
        writer.write(menu != nil)
        if let menu { writer.write(menu) }
        writer.write(indexNo)
        writer.write(registrationNo)
        writer.write(effective)
        writer.write(attachments)
        writer.write(video)
    }

    func write(to writer: inout CacheWriter) {
        writeContent(to: &writer)
        writer.write(positions.count)
        for field in positions.keys.sorted() {
            writer.write(field)
            writer.write(positions[field]!)
        }
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init()
        title = try reader.read()
        summary = try reader.read()
        draft = try reader.read()
        issuer = try reader.read()
        docNumber = try reader.read()
        issued = try reader.read()
        published = try reader.read()
        guard let status = PolicyStatus(rawValue: try reader.read()) else { throw CacheReader.Malformed() }
        self.status = status
        expires = try reader.read()
        topics = try reader.read()
        basis = try reader.read()
        policy = try reader.read()
        agency = try reader.read()
        interpreter = try reader.read()
        phone = try reader.read()
        email = try reader.read()
        guard let form = InterpretationForm(rawValue: try reader.read()) else { throw CacheReader.Malformed() }
        self.form = form
        indicators = try reader.read()
        glossary = try reader.read()
        menu = try reader.read() ? try reader.read() as Int : nil
        indexNo = try reader.read()
        registrationNo = try reader.read()
        effective = try reader.read()
        attachments = try reader.read()
        video = try reader.read()
        let count: Int = try reader.read()
        guard count >= 0 else { throw CacheReader.Malformed() }
        for _ in 0..<count {
            let field: String = try reader.read()
            let position: SourcePosition = try reader.read()
            positions[field] = position
        }
    }
}

extension Attachment: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(file)
        writer.write(title)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init(file: try reader.read(), title: try reader.read())
    }
}

extension Video: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(file)
        writer.write(captions)
        writer.write(poster)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init(file: try reader.read(), captions: try reader.read(), poster: try reader.read())
    }
}

extension FileStamp: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.write(device)
        writer.write(inode)
        writer.write(size)
        writer.write(modified)
        writer.write(changed)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init(device: try reader.read(), inode: try reader.read(), size: try reader.read(),
                  modified: try reader.read(), changed: try reader.read())
    }
}

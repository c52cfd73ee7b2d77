/// What a parse tells the build cache besides the parsed site.
struct ParseMemo: Sendable {
    var parseEnvironment: UInt64
    var linkTargets: UInt64
    /// Every content file that parsed, drafts included, by path.
    var records: [String: DocumentRecord]
    /// Paths of the documents taken from the cache: hollow, their pages not
    /// to be made from them.
    var reused: Set<String>
    /// What every page but a document's own is made from.
    let siteFacts: UInt64
    /// The keys of `records`, sorted.
    let order: [String]

    /// `order`: the content files' paths, sorted. `attachedFiles`: the hash
    /// of the static files documents list, with their sizes, which their
    /// pages show: a changed attachment changes no document, yet its page.
    init(parseEnvironment: UInt64, linkTargets: UInt64, attachedFiles: UInt64, records: [String: DocumentRecord],
         order: [String], reused: Set<String>) {
        self.parseEnvironment = parseEnvironment
        self.linkTargets = linkTargets
        self.records = records
        self.reused = reused
        var hash = ContentHash()
        hash.add(parseEnvironment)
        hash.add(linkTargets)
        hash.add(attachedFiles)
        var parsed: [String] = []
        parsed.reserveCapacity(records.count)
        for path in order {
            guard let record = records[path] else { continue }
            hash.add(path)
            hash.add(record.factsHash)
            parsed.append(path)
        }
        siteFacts = hash.value
        self.order = parsed
    }
}

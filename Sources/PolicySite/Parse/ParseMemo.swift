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
    var siteFacts: UInt64 {
        var hash = ContentHash()
        hash.add(parseEnvironment)
        hash.add(linkTargets)
        for path in records.keys.sorted() {
            hash.add(path)
            hash.add(records[path]!.factsHash)
        }
        return hash.value
    }
}

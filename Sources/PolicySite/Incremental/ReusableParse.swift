/// What the parse stage may take from the last build instead of parsing a
/// document again: its record, while the file's text and everything a
/// document is parsed against (`environment`) are the same.
struct ReusableParse: Sendable {
    /// The hash of everything a document's parse reads besides its own
    /// text and the link targets: the settings, glossaries, data sets,
    /// theme overrides and the options that change pages.
    let environment: UInt64
    /// The last build's records by path, when its environment was this one's.
    private let records: [String: DocumentRecord]
    /// The last build's link targets: a body is reused only while they are the same.
    let linkTargets: UInt64?

    init(_ loaded: LoadedSite, includeDrafts: Bool, baseURL: String?, cache: BuildCache?) {
        var hash = ContentHash()
        hash.add(includeDrafts ? 1 : 0)
        hash.add(baseURL ?? "")
        for source in loaded.sources where !source.path.hasSuffix(".md") {
            hash.add(source.path)
            hash.add(source.text)
        }
        for path in loaded.themeOverrides.keys.sorted() {
            hash.add(path)
            hash.add(loaded.themeOverrides[path]!)
        }
        environment = hash.value
        let same = cache?.parseEnvironment == environment
        records = same ? cache?.documents ?? [:] : [:]
        linkTargets = same ? cache?.linkTargets : nil
    }

    /// The last build's record of the file at `path`, if its text then had this hash.
    func record(for path: String, sourceHash: UInt64) -> DocumentRecord? {
        records[path].flatMap { $0.sourceHash == sourceHash ? $0 : nil }
    }
}

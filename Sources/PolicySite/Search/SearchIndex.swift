/// The search index of one language, as static files under `search/`
/// (SPEC §8), sharded so that a query downloads only what it needs:
///
/// - `index/manifest.json`: the number of shards and documents, and the
///   documents per metadata file;
/// - `index/s<k>.json`: for the tokens whose FNV-1a hash modulo the shard
///   count is k, their postings `[doc, weight, doc, weight, …]` with each
///   document number given as the difference from the previous one;
/// - `index/d/<c>.json`: the URL, title, kind and date of documents
///   64c … 64c+63 (`entriesPerChunk`), in number order, fetched only for
///   the results shown.
///
/// The index holds no text: the script verifies a Chinese phrase and cuts a
/// snippet from each result's own page, which the browser then keeps for
/// the reader's click. A file of text per document was half of the files a
/// large site wrote.
struct SearchIndex {
    /// A token in a title counts this many times one in the text.
    static let titleWeight = 10
    /// The size a shard aims at, so a query of a few tokens stays small.
    static let targetShardBytes = 16_384
    /// Documents tokenised at once.
    static let countingChunk = 256
    /// Documents per metadata file: a page of ten results needs one or two
    /// files, and 64 entries are 8–15 KB (8 on the benchmark site), little
    /// to download on a phone.
    static let entriesPerChunk = 64

    let site: LinkedSite
    let theme: Theme

    func folder(_ language: Language) -> SitePath {
        .section("search", language, in: site.config)
    }

    /// One language's index, and what a later build needs to patch it.
    struct Built: Sendable {
        var files: [OutputFile]
        var state: SearchState
        /// Per document number, where it is in the index (`DocumentRecord.search`).
        var footprints: [SearchFootprint]
    }

    /// The documents of a language in index order: a document's number is its place here.
    func documents(_ language: Language) -> [Document] {
        [DocumentKind.policy, .interpretation, .page].flatMap { site.documents($0, in: language) }
    }

    func build(_ language: Language) -> Built {
        let documents = documents(language)
        let base = folder(language).path + "index/"

        // Counted in parallel a chunk at a time and merged as they come:
        // every document's counts at once took a quarter of a large build's memory.
        var bigramPostings = BigramPostings()
        var postings: [String: [Int32]] = [:]
        for chunkStart in stride(from: 0, to: documents.count, by: Self.countingChunk) {
            let chunk = Array(documents[chunkStart..<min(chunkStart + Self.countingChunk, documents.count)])
            let counts: [SearchTokenizer.Counts] = ParallelMap.map(chunk) { self.counts(of: $0) }
            for (offset, counts) in counts.enumerated() {
                let number = Int32(chunkStart + offset)
                counts.bigrams.forEach { key, weight in bigramPostings.add(key, document: number, weight: weight) }
                counts.words.forEach { word, weight in Self.add(number, weight, to: &postings[word, default: []]) }
            }
        }
        // Words are far fewer than bigrams: they stay in a Dictionary, which the bigrams join once.
        postings.reserveCapacity(postings.count + bigramPostings.count)
        bigramPostings.forEach { key, list in postings[SearchTokenizer.bigram(key)] = list }

        let estimatedBytes = postings.reduce(0) { $0 + Self.estimatedBytes(token: $1.key, postings: $1.value.count / 2) }
        let shardCount = Self.shardCount(estimatedBytes: estimatedBytes)
        // Sorted with their postings, not looked up again by token: hashing
        // a Chinese String is slow (it is normalised first), and each was looked up twice.
        var shards = [[(token: String, postings: [Int32])]](repeating: [], count: shardCount)
        for (token, list) in postings.sorted(by: { $0.key < $1.key }) {
            shards[Int(Self.hash(token) % UInt32(shardCount))].append((token, list))
        }

        // Every document's footprint, summed in two flat arrays (`SearchFootprint.split`).
        let words = (shardCount + 63) / 64
        var shardBits = [UInt64](repeating: 0, count: words * documents.count)
        var shardHashes = shardBits
        var files: [OutputFile] = [manifest(base: base, shardCount: shardCount, documentCount: documents.count)]
        for (k, entries) in shards.enumerated() {
            let bit: UInt64 = 1 << UInt64(k % 64)
            for (token, list) in entries {
                let tokenHash = ContentHash.of(token)
                for j in stride(from: 0, to: list.count, by: 2) {
                    let word = Int(list[j]) * words + k / 64
                    shardBits[word] |= bit
                    shardHashes[word] &+= SearchFootprint.entryHash(tokenHash: tokenHash, weight: list[j + 1])
                }
            }
            files.append(OutputFile(path: base + "s\(k).json", content: .bytes(SearchShard.json(entries))))
        }
        files += Self.chunks(documentCount: documents.count).map { chunkFile($0, of: documents, language: language) }
        let state = SearchState(shardCount: shardCount, documentCount: documents.count, estimatedBytes: estimatedBytes)
        return Built(files: files, state: state,
                     footprints: SearchFootprint.split(shards: shardBits, hashes: shardHashes, words: words, documents: documents.count))
    }

    /// Per language, the hash of the documents' order in the search index:
    /// while it stays, each document keeps its number there.
    static func order(_ site: LinkedSite, theme: Theme) -> [String: UInt64] {
        var orders: [String: UInt64] = [:]
        let index = SearchIndex(site: site, theme: theme)
        for language in site.config.languages {
            var hash = ContentHash()
            for document in index.documents(language) { hash.add(document.sourcePath) }
            orders[language.code] = hash.value
        }
        return orders
    }

    /// In place: `append(contentsOf: [number, weight])` made an array each time.
    private static func add(_ number: Int32, _ weight: Int32, to postings: inout [Int32]) {
        postings.append(number)
        postings.append(weight)
    }

    func counts(of document: Document) -> SearchTokenizer.Counts {
        var counts = SearchTokenizer.Counts()
        SearchTokenizer.count(site.body(of: document).text, into: &counts)
        SearchTokenizer.count(document.title, weight: Int32(Self.titleWeight), into: &counts)
        // A reader who has a document's 索引号 or 登记号 looks it up by that.
        for number in [document.frontMatter.indexNo, document.frontMatter.registrationNo].compactMap({ $0 }) {
            SearchTokenizer.count(number, weight: Int32(Self.titleWeight), into: &counts)
        }
        return counts
    }

    /// What a token's entry adds to the index: it sets the number of shards.
    static func estimatedBytes(token: String, postings: Int) -> Int {
        token.utf8.count + 6 + postings * 6
    }

    static func shardCount(estimatedBytes: Int) -> Int {
        var shardCount = 1
        while shardCount < 4096 && estimatedBytes / shardCount > targetShardBytes { shardCount *= 2 }
        return shardCount
    }

    func manifest(base: String, shardCount: Int, documentCount: Int) -> OutputFile {
        OutputFile(path: base + "manifest.json",
                   text: "{\"version\":2,\"shards\":\(shardCount),\"documents\":\(documentCount),\"chunk\":\(Self.entriesPerChunk)}\n")
    }

    /// The numbers of the metadata files of `count` documents.
    static func chunks(documentCount count: Int) -> Range<Int> {
        0..<(count + entriesPerChunk - 1) / entriesPerChunk
    }

    /// Metadata file `chunk`, made when written, as the pages are: no
    /// file's text is kept longer than it takes to write it.
    func chunkFile(_ chunk: Int, of documents: [Document], language: Language) -> OutputFile {
        let page = folder(language), config = site.config, theme = theme
        let members = documents[(chunk * Self.entriesPerChunk)..<min((chunk + 1) * Self.entriesPerChunk, documents.count)]
        return OutputFile(path: page.path + "index/d/\(chunk).json", content: .generated {
            let entries = members.map { document in
                let url = page.relativeURL(to: .document(document.id, language, in: config))
                let date = document.frontMatter.published?.formatted(for: language) ?? ""
                let kind = theme.text("kind_\(document.kind.rawValue)", language)
                return "{\"url\":\(JSONText.quoted(url)),\"title\":\(JSONText.quoted(document.title)),"
                    + "\"kind\":\(JSONText.quoted(kind)),\"date\":\(JSONText.quoted(date))}"
            }
            return "[\n" + entries.joined(separator: ",\n") + "\n]\n"
        })
    }

    /// Whether a document's entry in its metadata file may differ between
    /// two versions of its front matter. The entry's URL and kind come from
    /// the document's path and the theme, which a patched index shares with
    /// the last build.
    static func entryChanged(from old: FrontMatter, to new: FrontMatter) -> Bool {
        old.title != new.title || old.published != new.published
    }

    /// 32-bit FNV-1a over UTF-8: simple enough to compute the same in the browser.
    static func hash(_ token: String) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in token.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        return hash
    }
}

/// The search index of one language, as static files under `search/`
/// (SPEC §8), sharded so that a query downloads only what it needs:
///
/// - `index/manifest.json`: the number of shards and documents;
/// - `index/s<k>.json`: for the tokens whose FNV-1a hash modulo the shard
///   count is k, their postings `[doc, weight, doc, weight, …]` with each
///   document number given as the difference from the previous one;
/// - `index/d/<n>.json`: document n's URL, title, kind, date and text, fetched
///   only for the results shown, to verify a Chinese phrase and cut a snippet.
struct SearchIndex {
    /// A token in a title counts this many times one in the text.
    static let titleWeight = 10
    /// The size a shard aims at, so a query of a few tokens stays small.
    static let targetShardBytes = 16_384
    /// Documents tokenised at once.
    static let countingChunk = 256
    /// Text kept per document for snippets and phrase checks.
    static let maxTextCharacters = 20_000

    let site: LinkedSite
    let theme: Theme

    func folder(_ language: Language) -> SitePath {
        .section("search", language, in: site.config)
    }

    func render(_ language: Language) -> [OutputFile] {
        let config = site.config
        let documents = [DocumentKind.policy, .interpretation, .page].flatMap { site.documents($0, in: language) }
        let page = folder(language)
        let base = page.path + "index/"

        // Counted in parallel a chunk at a time and merged as they come:
        // every document's counts at once took a quarter of a large build's memory.
        var bigramPostings: [UInt64: [Int32]] = [:]
        var wordPostings: [String: [Int32]] = [:]
        for chunkStart in stride(from: 0, to: documents.count, by: Self.countingChunk) {
            let chunk = Array(documents[chunkStart..<min(chunkStart + Self.countingChunk, documents.count)])
            let counts: [SearchTokenizer.Counts] = ParallelMap.map(chunk) { document in
                var counts = SearchTokenizer.Counts()
                SearchTokenizer.count(document.body.text, into: &counts)
                SearchTokenizer.count(document.title, weight: Int32(Self.titleWeight), into: &counts)
                return counts
            }
            for (offset, counts) in counts.enumerated() {
                let number = Int32(chunkStart + offset)
                counts.bigrams.forEach { key, weight in Self.add(number, weight, to: &bigramPostings[key, default: []]) }
                counts.words.forEach { word, weight in Self.add(number, weight, to: &wordPostings[word, default: []]) }
            }
        }
        var postings = wordPostings
        for (key, list) in bigramPostings { postings[SearchTokenizer.bigram(key)] = list }

        let estimatedBytes = postings.reduce(0) { $0 + $1.key.utf8.count + 6 + $1.value.count * 3 }
        var shardCount = 1
        while shardCount < 4096 && estimatedBytes / shardCount > Self.targetShardBytes { shardCount *= 2 }
        var shards = [[String]](repeating: [], count: shardCount)
        for token in postings.keys.sorted() {
            shards[Int(Self.hash(token) % UInt32(shardCount))].append(token)
        }

        var files: [OutputFile] = [OutputFile(
            path: base + "manifest.json",
            text: "{\"version\":1,\"shards\":\(shardCount),\"documents\":\(documents.count)}\n")]
        // Written as bytes: millions of numbers made Strings one by one
        // were a twentieth of a large build.
        for (k, tokens) in shards.enumerated() {
            var json: [UInt8] = [UInt8(ascii: "{")]
            for (i, token) in tokens.enumerated() {
                if i > 0 { json.append(UInt8(ascii: ",")) }
                json += JSONText.quoted(token).utf8
                json += ":[".utf8
                var previous: Int32 = 0
                let list = postings[token]!
                for j in stride(from: 0, to: list.count, by: 2) {
                    if j > 0 { json.append(UInt8(ascii: ",")) }
                    Self.append(list[j] - previous, to: &json)
                    json.append(UInt8(ascii: ","))
                    Self.append(list[j + 1], to: &json)
                    previous = list[j]
                }
                json.append(UInt8(ascii: "]"))
            }
            json += "}\n".utf8
            files.append(OutputFile(path: base + "s\(k).json", content: .bytes(json)))
        }
        // Each document's text, made when written: together they are as
        // large as the site's Markdown.
        files += documents.enumerated().map { number, document in
            OutputFile(path: base + "d/\(number).json", content: .generated {
                let url = page.relativeURL(to: .document(document.id, language, in: config))
                let date = document.frontMatter.published?.formatted(for: language) ?? ""
                let kind = theme.text("kind_\(document.kind.rawValue)", language)
                // Counting Characters walks grapheme clusters; scalars are enough here.
                let full = document.body.text
                let text = full.utf8.count <= Self.maxTextCharacters ? full
                    : String(String.UnicodeScalarView(full.unicodeScalars.prefix(Self.maxTextCharacters)))
                return "{\"url\":\(JSONText.quoted(url)),\"title\":\(JSONText.quoted(document.title)),"
                    + "\"kind\":\(JSONText.quoted(kind)),\"date\":\(JSONText.quoted(date)),\"text\":\(JSONText.quoted(text))}\n"
            })
        }
        return files
    }

    /// In place: `append(contentsOf: [number, weight])` made an array each time.
    private static func add(_ number: Int32, _ weight: Int32, to postings: inout [Int32]) {
        postings.append(number)
        postings.append(weight)
    }

    /// `number` in decimal, as `"\(number)"` writes it.
    private static func append(_ number: Int32, to out: inout [UInt8]) {
        if number < 0 { out.append(UInt8(ascii: "-")) }
        appendDigits(number.magnitude, to: &out)
    }

    private static func appendDigits(_ value: UInt32, to out: inout [UInt8]) {
        if value >= 10 { appendDigits(value / 10, to: &out) }
        out.append(UInt8(ascii: "0") + UInt8(value % 10))
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

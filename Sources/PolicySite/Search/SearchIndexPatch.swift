/// Brings one language's search index up to date after some documents
/// changed but none came or went, reading the shards the last build wrote:
/// only the shards where those documents' tokens changed are made again
/// (`SearchFootprint`), and the metadata files of those whose title or
/// date changed.
/// Gives nil when the index must be made whole instead: a shard cannot be
/// read, or the index grew or shrank past a shard count.
struct SearchIndexPatch {
    let index: SearchIndex
    /// The output folder holding the last build's index.
    let liveOutput: String
    /// What the last build wrote there: a shard that differs is not used.
    let live: TreeManifest

    struct Result {
        var files: [OutputFile]
        var state: SearchState
        /// The changed documents' footprints, by document number.
        var footprints: [Int: SearchFootprint]
    }

    /// `changed`: the changed documents' numbers, each with its old
    /// footprint; `retitled`: those among them whose metadata entry
    /// changed (`SearchIndex.entryChanged`).
    func patch(_ language: Language, changed: [Int: SearchFootprint], retitled: Set<Int>, state: SearchState) -> Result? {
        let documents = index.documents(language)
        let shardCount = state.shardCount
        guard documents.count == state.documentCount, changed.keys.allSatisfy({ $0 < documents.count }) else { return nil }

        var added: [Int: [(token: String, number: Int32, weight: Int32)]] = [:]
        var affected = Set<Int>()
        var footprints: [Int: SearchFootprint] = [:]
        for (number, old) in changed {
            let counts = index.counts(of: documents[number])
            var tokens: [(String, Int32)] = []
            counts.words.forEach { tokens.append(($0, $1)) }
            counts.bigrams.forEach { tokens.append((SearchTokenizer.bigram($0), $1)) }
            var footprint = SearchFootprint(shardCount: shardCount)
            for (token, weight) in tokens {
                let k = Int(SearchIndex.hash(token) % UInt32(shardCount))
                footprint.add(tokenHash: ContentHash.of(token), shard: k, weight: weight)
                added[k, default: []].append((token, Int32(number), weight))
            }
            guard let shards = footprint.shardsChanged(from: old) else { return nil }
            footprints[number] = footprint
            affected.formUnion(shards)
        }

        let base = index.folder(language).path + "index/"
        // Each shard on its own, on every core; each gives its file and how
        // much it changes the index's estimated size.
        let newPostings = added
        let patched: [(file: OutputFile, bytesAdded: Int)?] = ParallelMap.map(affected.sorted()) { k in
            let path = base + "s\(k).json"
            guard let bytes = try? FileTree.read(liveOutput + "/" + path), ContentHash.ofFile(bytes) == live.files[path]?.hash,
                  let entries = SearchShard.entries(bytes) else { return nil }
            var bytesAdded = 0
            var postings: [String: [Int32]] = [:]
            for (token, list) in entries {
                var kept = list
                kept.removeAll(keepingCapacity: true)
                for j in stride(from: 0, to: list.count, by: 2) {
                    if changed[Int(list[j])] == nil {
                        kept.append(list[j])
                        kept.append(list[j + 1])
                    } else {
                        bytesAdded -= 6
                    }
                }
                if kept.isEmpty { bytesAdded -= SearchIndex.estimatedBytes(token: token, postings: 0) } else { postings[token] = kept }
            }
            for (token, number, weight) in newPostings[k] ?? [] {
                var list = postings[token] ?? []
                if list.isEmpty { bytesAdded += SearchIndex.estimatedBytes(token: token, postings: 0) }
                var at = list.count
                while at > 0 && list[at - 2] > number { at -= 2 }
                list.insert(contentsOf: [number, weight], at: at)
                postings[token] = list
                bytesAdded += 6
            }
            let file = OutputFile(path: path, content: .bytes(SearchShard.json(postings.keys.sorted().map { ($0, postings[$0]!) })))
            return (file, bytesAdded)
        }
        var estimated = state.estimatedBytes
        var files: [OutputFile] = []
        for shard in patched {
            guard let shard else { return nil }
            files.append(shard.file)
            estimated += shard.bytesAdded
        }
        guard SearchIndex.shardCount(estimatedBytes: estimated) == shardCount else { return nil }
        files += Set(retitled.map { $0 / SearchIndex.entriesPerChunk }).sorted().map {
            index.chunkFile($0, of: documents, language: language)
        }
        return Result(files: files, state: SearchState(shardCount: shardCount, documentCount: documents.count, estimatedBytes: estimated),
                      footprints: footprints)
    }
}

/// Where one document is in its language's search index: one bit per shard
/// its tokens fall in, and for each run of 64 shards (one word of bits) a
/// hash of the tokens and weights it has there.
///
/// Why the hashes: a rebuild takes the changed document out of the shards
/// it was in and puts it into the shards it is in now. With the bits alone
/// that was every shard the document touches (about 1,400 of 2,048 on the
/// benchmark site) even when a paragraph was added; with a hash per run,
/// only the runs whose tokens or weights changed are made again.
struct SearchFootprint: Sendable, Hashable {
    private(set) var shards: [UInt64]
    private(set) var hashes: [UInt64]

    init(shardCount: Int) {
        let words = (shardCount + 63) / 64
        shards = [UInt64](repeating: 0, count: words)
        hashes = [UInt64](repeating: 0, count: words)
    }

    /// The footprint of each of `documents` documents, from words of bits
    /// and hashes laid out document after document (`words` each): the
    /// whole index's are summed in flat arrays, not in one array per document.
    static func split(shards: [UInt64], hashes: [UInt64], words: Int, documents: Int) -> [SearchFootprint] {
        (0..<documents).map { number in
            let range = number * words..<(number + 1) * words
            return SearchFootprint(shards: Array(shards[range]), hashes: Array(hashes[range]))
        }
    }

    init(shards: [UInt64], hashes: [UInt64]) {
        self.shards = shards
        self.hashes = hashes
    }

    /// `tokenHash`: `ContentHash.of(token)`; `shard`: the token's shard.
    mutating func add(tokenHash: UInt64, shard: Int, weight: Int32) {
        shards[shard / 64] |= 1 << UInt64(shard % 64)
        hashes[shard / 64] &+= Self.entryHash(tokenHash: tokenHash, weight: weight)
    }

    /// What one token and its weight add to their run's hash. The run's
    /// hash is a sum, so the order tokens come in does not count.
    static func entryHash(tokenHash: UInt64, weight: Int32) -> UInt64 {
        var z = (tokenHash ^ UInt64(UInt32(bitPattern: weight))) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The shards whose postings of this document may differ from `old`'s:
    /// in each run whose hash changed, the shards it was or is in. Nil when
    /// the two were made for different shard counts.
    func shardsChanged(from old: SearchFootprint) -> [Int]? {
        guard old.shards.count == shards.count, old.hashes.count == hashes.count else { return nil }
        var changed: [Int] = []
        for word in shards.indices where old.hashes[word] != hashes[word] || old.shards[word] != shards[word] {
            var bits = old.shards[word] | shards[word]
            while bits != 0 {
                changed.append(word * 64 + bits.trailingZeroBitCount)
                bits &= bits - 1
            }
        }
        return changed
    }
}

import Testing
@testable import PolicySite

@Suite struct SearchFootprintTests {
    /// A footprint of `tokens` (token, weight) in an index of `shardCount` shards.
    static func footprint(_ tokens: [(String, Int32)], shardCount: Int = 256) -> SearchFootprint {
        var footprint = SearchFootprint(shardCount: shardCount)
        for (token, weight) in tokens {
            footprint.add(tokenHash: ContentHash.of(token), shard: Int(SearchIndex.hash(token) % UInt32(shardCount)), weight: weight)
        }
        return footprint
    }

    static let words: [(String, Int32)] = (0..<400).map { ("w\($0)", 1) }

    @Test func theOrderOfTokensDoesNotCount() {
        let old = Self.footprint(Self.words)
        #expect(Self.footprint(Self.words.reversed()).shardsChanged(from: old) == [])
    }

    @Test func aNewTokenChangesOnlyTheShardsOfItsRun() throws {
        let old = Self.footprint(Self.words)
        let changed = try #require(Self.footprint(Self.words + [("量子", 1)]).shardsChanged(from: old))
        let shard = Int(SearchIndex.hash("量子") % 256)
        #expect(changed.contains(shard))
        #expect(changed.allSatisfy { $0 / 64 == shard / 64 }, "only the run of 64 shards the new token is in")
        #expect(changed.count > 1, "the document's other shards in that run are made again with it")
    }

    @Test func aChangedWeightChangesItsRun() throws {
        let old = Self.footprint(Self.words)
        var heavier = Self.words
        heavier[7].1 = 2
        let changed = try #require(Self.footprint(heavier).shardsChanged(from: old))
        #expect(changed.contains(Int(SearchIndex.hash("w7") % 256)))
    }

    @Test func anotherShardCountCannotBePatched() {
        #expect(Self.footprint(Self.words, shardCount: 512).shardsChanged(from: Self.footprint(Self.words)) == nil)
    }

    @Test func aDocumentThatLeavesAShardTakesItWith() throws {
        let old = Self.footprint(Self.words + [("量子", 1)])
        let changed = try #require(Self.footprint(Self.words).shardsChanged(from: old))
        #expect(changed.contains(Int(SearchIndex.hash("量子") % 256)))
    }
}

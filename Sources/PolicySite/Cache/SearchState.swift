/// What a patch of one language's search index needs to know of the whole:
/// the shard count must not change, or every shard moves.
struct SearchState: Sendable, Hashable {
    var shardCount: Int
    var documentCount: Int
    /// `SearchIndex.estimatedBytes` of all postings, which sets the shard count.
    var estimatedBytes: Int

    init(shardCount: Int, documentCount: Int, estimatedBytes: Int) {
        self.shardCount = shardCount
        self.documentCount = documentCount
        self.estimatedBytes = estimatedBytes
    }
}

/// One document's Han bigram counts, keyed by the two scalars packed in an
/// integer (`SearchTokenizer.Counts`).
struct BigramCounts {
    private var table = BigramTable()

    /// Makes room for `expected` bigrams at once.
    mutating func reserve(_ expected: Int) {
        table.reserve(expected)
    }

    mutating func add(_ key: UInt64, _ weight: Int32) {
        table.update(key, new: 0) { $0 += weight }
    }

    /// Calls `body` with every bigram and its count, in no particular order.
    func forEach(_ body: (_ key: UInt64, _ weight: Int32) -> Void) {
        table.forEach(body)
    }
}

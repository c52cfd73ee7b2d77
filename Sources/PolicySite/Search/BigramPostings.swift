/// Every Han bigram's postings while a language's index is built
/// (`SearchIndex.build`): per bigram, `[document, weight, document, weight, …]`
/// in document order, found through a `BigramTable` rather than a
/// Dictionary keyed by every posting's bigram.
struct BigramPostings {
    /// Where each bigram's postings are in `lists`.
    private var places = BigramTable(expected: 2048)
    private var lists: [[Int32]] = []

    var count: Int { lists.count }

    mutating func add(_ key: UInt64, document: Int32, weight: Int32) {
        var place = lists.count
        places.update(key, new: Int32(place)) { place = Int($0) }
        if place == lists.count { lists.append([]) }
        lists.withUnsafeMutableBufferPointer { lists in
            lists[place].append(document)
            lists[place].append(weight)
        }
    }

    /// Calls `body` with every bigram and its postings, in no particular order.
    func forEach(_ body: (_ key: UInt64, _ postings: [Int32]) -> Void) {
        places.forEach { key, place in body(key, lists[Int(place)]) }
    }
}

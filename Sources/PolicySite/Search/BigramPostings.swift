/// Every Han bigram's postings while a language's index is built
/// (`SearchIndex.build`): per bigram, `[document, weight, document, weight, …]`
/// in document order. Bigrams are found through an open-addressing table
/// with a multiplicative hash, like `BigramCounts`: a Dictionary's SipHash
/// and its copy-on-write checks on every posting were a third of merging
/// the documents' counts, millions of postings on a large site.
struct BigramPostings {
    /// The bigram in each slot; 0 when the slot is empty (no bigram packs to 0).
    private var keys: [UInt64]
    /// Where each slot's postings are in `lists`.
    private var places: [Int32]
    private var lists: [[Int32]] = []
    private var shift: UInt64

    init() {
        keys = [UInt64](repeating: 0, count: 1 << 12)
        places = [Int32](repeating: -1, count: 1 << 12)
        shift = 64 - 12
    }

    var count: Int { lists.count }

    mutating func add(_ key: UInt64, document: Int32, weight: Int32) {
        let place = self.place(of: key)
        lists.withUnsafeMutableBufferPointer { lists in
            lists[place].append(document)
            lists[place].append(weight)
        }
    }

    /// Calls `body` with every bigram and its postings, in no particular order.
    func forEach(_ body: (_ key: UInt64, _ postings: [Int32]) -> Void) {
        for (slot, key) in keys.enumerated() where key != 0 { body(key, lists[Int(places[slot])]) }
    }

    /// The bigram's place in `lists`, given one if it has none.
    private mutating func place(of key: UInt64) -> Int {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let found = keys[slot]
            if found == key { return Int(places[slot]) }
            if found == 0 { break }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        places[slot] = Int32(lists.count)
        lists.append([])
        if lists.count * 2 > keys.count { grow() }
        return lists.count - 1
    }

    private mutating func grow() {
        let (oldKeys, oldPlaces) = (keys, places)
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        places = [Int32](repeating: -1, count: oldKeys.count * 2)
        shift -= 1
        let mask = keys.count - 1
        for (key, place) in zip(oldKeys, oldPlaces) where key != 0 {
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            places[slot] = place
        }
    }
}

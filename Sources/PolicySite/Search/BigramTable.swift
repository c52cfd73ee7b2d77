/// A table from Han bigrams, two scalars packed in an integer (never 0:
/// Han scalars are not), to a number each, by open addressing with a
/// multiplicative hash. `BigramCounts` keeps a weight per bigram,
/// `BigramPostings` where its postings are. A Dictionary's SipHash, its
/// growth and its copy-on-write checks were a third of tokenising and of
/// merging the documents' counts: millions of bigram occurrences on a large
/// site, a few hundred thousand distinct ones.
struct BigramTable {
    private struct Slot {
        /// 0 when the slot is empty.
        var key: UInt64 = 0
        var value: Int32 = 0
    }

    private var slots: [Slot]
    private var shift: UInt64
    private(set) var count = 0

    /// Room for `expected` bigrams before the table grows.
    init(expected: Int = 64) {
        var bits: UInt64 = 6
        while 1 << bits < expected * 2 { bits += 1 }
        slots = [Slot](repeating: Slot(), count: 1 << bits)
        shift = 64 - bits
    }

    /// Makes room for `expected` bigrams at once, rather than growing
    /// step by step through a long Chinese text.
    mutating func reserve(_ expected: Int) {
        guard expected * 2 > slots.count else { return }
        var larger = BigramTable(expected: expected)
        forEach { key, value in larger.update(key, new: value) { _ in } }
        self = larger
    }

    /// Changes `key`'s number, first made `new` when the key has none.
    @inline(__always)
    mutating func update(_ key: UInt64, new: Int32, _ change: (inout Int32) -> Void) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        let added = slots.withUnsafeMutableBufferPointer { slots in
            while slots[slot].key != 0 && slots[slot].key != key { slot = (slot + 1) & mask }
            let added = slots[slot].key == 0
            if added { slots[slot] = Slot(key: key, value: new) }
            change(&slots[slot].value)
            return added
        }
        guard added else { return }
        count += 1
        if count * 2 > slots.count { reserve(slots.count) }
    }

    /// Calls `body` with every bigram and its number, in no particular order.
    func forEach(_ body: (_ key: UInt64, _ value: Int32) -> Void) {
        slots.withUnsafeBufferPointer { slots in
            for slot in slots where slot.key != 0 { body(slot.key, slot.value) }
        }
    }
}

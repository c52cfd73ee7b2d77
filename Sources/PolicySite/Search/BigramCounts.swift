/// One document's Han bigram counts, keyed by the two scalars packed in an
/// integer (`SearchTokenizer.Counts`). An open-addressing table with a
/// multiplicative hash: Dictionary's SipHash and its growth were a third of
/// tokenising, for millions of bigram occurrences on a large site.
struct BigramCounts {
    private struct Slot {
        /// 0 when empty: no bigram packs to 0, Han scalars are not 0.
        var key: UInt64 = 0
        var weight: Int32 = 0
    }

    private var slots: [Slot]
    private var shift: UInt64
    private var count = 0

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
        var larger = BigramCounts(expected: expected)
        forEach { larger.add($0, $1) }
        self = larger
    }

    mutating func add(_ key: UInt64, _ weight: Int32) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        let added = slots.withUnsafeMutableBufferPointer { slots in
            while slots[slot].key != 0 && slots[slot].key != key { slot = (slot + 1) & mask }
            slots[slot].weight += weight
            guard slots[slot].key == 0 else { return false }
            slots[slot].key = key
            return true
        }
        guard added else { return }
        count += 1
        if count * 2 > slots.count { grow() }
    }

    /// Calls `body` with every bigram and its count, in no particular order.
    func forEach(_ body: (_ key: UInt64, _ weight: Int32) -> Void) {
        slots.withUnsafeBufferPointer { slots in
            for slot in slots where slot.key != 0 { body(slot.key, slot.weight) }
        }
    }

    private mutating func grow() {
        reserve(slots.count)
    }
}

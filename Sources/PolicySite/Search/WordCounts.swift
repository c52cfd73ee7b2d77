/// One document's word counts (`SearchTokenizer.Counts`): each distinct
/// word's bytes kept once in a buffer, found again through an
/// open-addressing table by an FNV-1a hash. Making a String of every
/// occurrence and hashing it with SipHash into a Dictionary was a quarter of
/// tokenising; now a word becomes a String once per document.
struct WordCounts {
    private struct Slot {
        var hash: UInt64 = 0
        /// Where the word is in `bytes`; -1 when the slot is empty.
        var start: Int32 = -1
        var length: Int32 = 0
        var weight: Int32 = 0
    }

    private var slots = [Slot](repeating: Slot(), count: 64)
    private var bytes: [UInt8] = []
    private var count = 0

    mutating func add(_ word: [UInt8], _ weight: Int32) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot].start >= 0 {
            if slots[slot].hash == hash && equals(slots[slot], word) {
                slots[slot].weight += weight
                return
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = Slot(hash: hash, start: Int32(bytes.count), length: Int32(word.count), weight: weight)
        bytes += word
        count += 1
        if count * 2 > slots.count { grow() }
    }

    /// Calls `body` with every word and its count, in no particular order.
    func forEach(_ body: (_ word: String, _ weight: Int32) -> Void) {
        for slot in slots where slot.start >= 0 {
            body(String(decoding: bytes[Int(slot.start)..<Int(slot.start + slot.length)], as: UTF8.self), slot.weight)
        }
    }

    private func equals(_ slot: Slot, _ word: [UInt8]) -> Bool {
        Int(slot.length) == word.count && bytes[Int(slot.start)..<Int(slot.start + slot.length)].elementsEqual(word)
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        let mask = slots.count - 1
        for entry in old where entry.start >= 0 {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[slot].start >= 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }
}

/// A 64-bit hash of bytes that is the same in every process and on every
/// machine (Swift's `Hasher` is seeded per process), fast enough to hash a
/// whole site's output: it takes eight bytes at a step.
///
/// It tells whether content changed between builds, not whether it was
/// tampered with: whoever could forge a collision writes the content anyway.
struct ContentHash: Sendable {
    private(set) var value: UInt64 = 0x9E37_79B9_7F4A_7C15

    init() {}

    static func of(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = ContentHash()
        hash.add(bytes)
        return hash.value
    }

    /// The hash of an output file's bytes, taken a megabyte at a time as
    /// `StreamedFile.hash` reads a file: the one hash every output tree
    /// records, whether the file was written from memory or copied.
    static func ofFile(_ bytes: some Sequence<UInt8>) -> UInt64 {
        let hash: UInt64? = bytes.withContiguousStorageIfAvailable { ofFile(UnsafeRawBufferPointer($0)) }
        return hash ?? ofFile(Array(bytes))
    }

    static func ofFile(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash = ContentHash()
        var start = 0
        repeat {
            let end = min(start + StreamedFile.pieceSize, bytes.count)
            hash.add(UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
            start = end
        } while start < bytes.count
        return hash.value
    }

    static func of(_ text: String) -> UInt64 {
        var hash = ContentHash()
        hash.add(text)
        return hash.value
    }

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    mutating func add(_ bytes: some Sequence<UInt8>) {
        let done: Void? = bytes.withContiguousStorageIfAvailable { add(UnsafeRawBufferPointer($0)) }
        if done == nil { add(Array(bytes)) }
    }

    mutating func add(_ number: UInt64) {
        mix(number)
        mix(8)
    }

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var index = 0
        while index + 8 <= bytes.count {
            mix(bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.count {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        mix(tail)
        // The length ends every piece, so "ab"+"c" and "a"+"bc" differ.
        mix(UInt64(bytes.count))
    }

    /// One round of a multiply–xorshift mixer (as in splitmix64).
    private mutating func mix(_ word: UInt64) {
        var z = (value ^ word) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        value = z ^ (z >> 31)
    }
}

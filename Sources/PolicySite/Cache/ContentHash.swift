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
            hash.addPiece(UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
            start = end
        } while start < bytes.count
        return hash.value
    }

    /// A piece of a file (`ofFile`, `StreamedFile.hash`): four words at a
    /// step, in four lanes mixed apart and folded in at the piece's end.
    /// A single lane waits for each multiplication before the next, and
    /// hashing every output file with it was a fortieth of a clean build.
    mutating func addPiece(_ bytes: UnsafeRawBufferPointer) {
        var lanes = (value, value ^ 0x243F_6A88_85A3_08D3, value ^ 0x1319_8A2E_0370_7344, value ^ 0xA409_3822_299F_31D0)
        var index = 0
        while index + 32 <= bytes.count {
            lanes.0 = Self.mixed(lanes.0, bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            lanes.1 = Self.mixed(lanes.1, bytes.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self))
            lanes.2 = Self.mixed(lanes.2, bytes.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self))
            lanes.3 = Self.mixed(lanes.3, bytes.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self))
            index += 32
        }
        value = lanes.0
        mix(lanes.1)
        mix(lanes.2)
        mix(lanes.3)
        // The last words one at a time, and the piece's length.
        add(UnsafeRawBufferPointer(rebasing: bytes[index...]))
        mix(UInt64(bytes.count))
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

    private mutating func mix(_ word: UInt64) {
        value = Self.mixed(value, word)
    }

    /// One round of a multiply–xorshift mixer (as in splitmix64).
    private static func mixed(_ state: UInt64, _ word: UInt64) -> UInt64 {
        var z = (state ^ word) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

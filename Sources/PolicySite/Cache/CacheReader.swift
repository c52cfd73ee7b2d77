/// Reads what `CacheWriter` wrote. Any malformed or truncated input throws
/// `Malformed`, and the build then ignores the whole cache.
struct CacheReader {
    struct Malformed: Error {}

    /// The most entries a count read from the file may reserve room for
    /// before they are read: a damaged count must not ask for gigabytes.
    static let reservationLimit = 1 << 16

    private let bytes: [UInt8]
    private var offset = 0

    /// Reads `bytes` from `offset` on.
    init(_ bytes: [UInt8], from offset: Int = 0) {
        self.bytes = bytes
        self.offset = min(offset, bytes.count)
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func read() throws(Malformed) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw Malformed() }
            let byte = bytes[offset]
            offset += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return result }
            shift += 7
        }
    }

    mutating func readFixed() throws(Malformed) -> UInt64 {
        guard bytes.count - offset >= 8 else { throw Malformed() }
        var number: UInt64 = 0
        for i in (0..<8).reversed() { number = number << 8 | UInt64(bytes[offset + i]) }
        offset += 8
        return number
    }

    mutating func read() throws(Malformed) -> Int {
        let zigzag: UInt64 = try read()
        return Int(Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1))
    }

    mutating func read() throws(Malformed) -> Bool {
        guard offset < bytes.count, bytes[offset] <= 1 else { throw Malformed() }
        offset += 1
        return bytes[offset - 1] == 1
    }

    mutating func read() throws(Malformed) -> String {
        let count: Int = try read()
        guard count >= 0, count <= bytes.count - offset else { throw Malformed() }
        let text = bytes.withUnsafeBufferPointer { String(validating: $0[offset..<offset + count], as: UTF8.self) }
        guard let text else { throw Malformed() }
        offset += count
        return text
    }

    mutating func read() throws(Malformed) -> String? {
        try read() as Bool ? try read() as String : nil
    }

    mutating func read() throws(Malformed) -> [String] {
        try readArray { (reader: inout CacheReader) throws(Malformed) in try reader.read() as String }
    }

    mutating func read<T: CacheCodable>() throws(Malformed) -> T {
        try T(from: &self)
    }

    mutating func read<T: CacheCodable>() throws(Malformed) -> T? {
        try read() as Bool ? try T(from: &self) : nil
    }

    mutating func read<T: CacheCodable>() throws(Malformed) -> [T] {
        try readArray { (reader: inout CacheReader) throws(Malformed) in try T(from: &reader) }
    }

    private mutating func readArray<T>(_ element: (inout CacheReader) throws(Malformed) -> T) throws(Malformed) -> [T] {
        let count: Int = try read()
        // Every element takes at least a byte: a corrupt count cannot ask for more.
        guard count >= 0, count <= bytes.count - offset else { throw Malformed() }
        var values: [T] = []
        values.reserveCapacity(min(count, Self.reservationLimit))
        for _ in 0..<count { values.append(try element(&self)) }
        return values
    }
}

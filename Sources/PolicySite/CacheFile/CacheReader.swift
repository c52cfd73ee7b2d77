/// Reads what `CacheWriter` wrote. Any malformed or truncated input throws
/// `Malformed`, and the build then ignores the whole cache.
struct CacheReader {
    struct Malformed: Error {}

    /// The most entries a count read from the file may reserve room for
    /// before they are read: a damaged count must not ask for gigabytes.
    static let reservationLimit = 1 << 16

    private let bytes: [UInt8]
    private(set) var offset = 0
    /// Where reading stops: the end of the bytes, or of one section of them.
    private let end: Int

    /// Reads `bytes` from `offset` up to `end` (by default, all of them).
    init(_ bytes: [UInt8], from offset: Int = 0, to end: Int? = nil) {
        self.bytes = bytes
        self.end = min(max(end ?? bytes.count, 0), bytes.count)
        self.offset = min(max(offset, 0), self.end)
    }

    var isAtEnd: Bool { offset == end }

    /// The bytes read since `start`, as they are in the file, for a value
    /// that writes itself back unchanged (`CacheWriter.append`).
    func bytes(since start: Int) -> ArraySlice<UInt8> {
        bytes[start..<offset]
    }

    mutating func read() throws(Malformed) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < end, shift < 64 else { throw Malformed() }
            let byte = bytes[offset]
            offset += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return result }
            shift += 7
        }
    }

    mutating func readFixed() throws(Malformed) -> UInt64 {
        guard end - offset >= 8 else { throw Malformed() }
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
        guard offset < end, bytes[offset] <= 1 else { throw Malformed() }
        offset += 1
        return bytes[offset - 1] == 1
    }

    mutating func read() throws(Malformed) -> String {
        let count: Int = try read()
        guard count >= 0, count <= end - offset else { throw Malformed() }
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

    /// A count, then that many paths each followed by its value, written
    /// in ascending path order (anything else was not written by this
    /// tool): the table, and its paths in that order, which a later save
    /// uses without sorting them again.
    mutating func readSortedTable<Value>(
        _ value: (inout CacheReader) throws(Malformed) -> Value
    ) throws(Malformed) -> (table: [String: Value], order: [String]) {
        let count: Int = try read()
        guard count >= 0, count <= end - offset else { throw Malformed() }
        var table: [String: Value] = Dictionary(minimumCapacity: min(count, Self.reservationLimit))
        var order: [String] = []
        order.reserveCapacity(min(count, Self.reservationLimit))
        for _ in 0..<count {
            let path: String = try read()
            guard order.last.map({ $0 < path }) ?? true else { throw Malformed() }
            table[path] = try value(&self)
            order.append(path)
        }
        return (table, order)
    }

    mutating func readArray<T>(_ element: (inout CacheReader) throws(Malformed) -> T) throws(Malformed) -> [T] {
        let count: Int = try read()
        // Every element takes at least a byte: a corrupt count cannot ask for more.
        guard count >= 0, count <= end - offset else { throw Malformed() }
        var values: [T] = []
        values.reserveCapacity(min(count, Self.reservationLimit))
        for _ in 0..<count { values.append(try element(&self)) }
        return values
    }
}

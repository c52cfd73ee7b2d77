/// Appends values to the bytes of a cache file: integers as LEB128
/// varints, strings as their length and UTF-8. `CacheReader` reads them back
/// in the same order.
struct CacheWriter {
    private(set) var bytes: [UInt8] = []

    init() {}

    /// Room for `capacity` bytes from the start: a large site's cache grew
    /// its buffer a dozen times, copying it each time.
    init(reservingCapacity capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func write(_ number: UInt64) {
        var rest = number
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Eight bytes, for bit sets and hashes, which a varint would make longer.
    mutating func writeFixed(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ number: Int) {
        // Zigzag, so small negative numbers stay short too.
        write(UInt64(bitPattern: Int64((number << 1) ^ (number >> 63))))
    }

    mutating func write(_ flag: Bool) {
        bytes.append(flag ? 1 : 0)
    }

    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            write(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func write(_ text: String?) {
        write(text != nil)
        if let text { write(text) }
    }

    mutating func write(_ texts: [String]) {
        write(texts.count)
        for text in texts { write(text) }
    }

    /// Bytes a value was read from (`CacheReader.bytes(since:)`), written back as they were.
    mutating func append(_ encoded: ArraySlice<UInt8>) {
        bytes.append(contentsOf: encoded)
    }

    mutating func write<T: CacheCodable>(_ value: T) {
        value.write(to: &self)
    }

    mutating func write<T: CacheCodable>(_ value: T?) {
        write(value != nil)
        if let value { value.write(to: &self) }
    }

    mutating func write<T: CacheCodable>(_ values: [T]) {
        write(values.count)
        for value in values { value.write(to: &self) }
    }
}

import Foundation

/// Replaces every occurrence of a text by another, comparing UTF-8 bytes.
/// Foundation's `contains` and `replacingOccurrences` copy the whole text
/// to UTF-16 and compare grapheme clusters: looking for the footnote label
/// in every page's HTML that way was a tenth of a 10,000-page build. The
/// texts looked for here are ASCII markup and `{placeholder}`s, which
/// byte comparison finds just the same.
enum LiteralReplacement {
    static func replacing(_ target: String, with replacement: String, in text: String) -> String {
        let target = Array(target.utf8)
        guard let first = target.first else { return text }
        var text = text
        return text.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            var copied = 0
            var i = 0
            while i + target.count <= bytes.count {
                // memchr jumps to the next candidate far faster than a loop.
                guard let found = memchr(bytes.baseAddress! + i, Int32(first), bytes.count - i) else { break }
                i = bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if i + target.count <= bytes.count, matches(target, in: bytes, at: i) {
                    if out.isEmpty { out.reserveCapacity(bytes.count + replacement.utf8.count) }
                    out += bytes[copied..<i]
                    out += replacement.utf8
                    i += target.count
                    copied = i
                } else {
                    i += 1
                }
            }
            guard copied > 0 else { return nil }
            out += bytes[copied...]
            return String(decoding: out, as: UTF8.self)
        } ?? text
    }

    private static func matches(_ target: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        for offset in 1..<target.count where bytes[start + offset] != target[offset] { return false }
        return true
    }
}

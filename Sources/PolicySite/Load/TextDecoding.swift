import Foundation

/// Turns file bytes into the text every later stage reads: UTF-8, BOM
/// removed, CRLF and lone CR made LF (SPEC §4 accepts all of these).
public enum TextDecoding {
    public enum Failure: Error, Equatable {
        /// Not UTF-8; `line` is where the first bad byte is. `looksLikeGB18030`
        /// when the bytes decode as GB18030, the usual encoding of Chinese
        /// text saved by older Windows editors.
        case notUTF8(line: Int, column: Int, looksLikeGB18030: Bool)
        /// UTF-16, as Windows Notepad saves "Unicode" text: a byte-order
        /// mark, or NUL bytes at every other place (`looksLikeUTF16`).
        case utf16
        /// A NUL byte in text that is otherwise not UTF-16: a stray control
        /// character, often pasted from a PDF or a word processor.
        case nulByte(line: Int, column: Int)
    }

    public static func decode(_ bytes: [UInt8]) -> Result<String, Failure> {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return .failure(.utf16) }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if contains(0, in: body) {
            if looksLikeUTF16(body) { return .failure(.utf16) }
            let (line, column) = position(of: body.firstIndex(of: 0)!, in: body)
            return .failure(.nulByte(line: line, column: column))
        }
        guard let text = String(validating: body, as: UTF8.self) else {
            let (line, column) = firstInvalidPosition(body)
            return .failure(.notUTF8(line: line, column: column, looksLikeGB18030: GB18030.canDecode(Array(body))))
        }
        guard contains(UInt8(ascii: "\r"), in: body) else { return .success(text) }
        return .success(text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n"))
    }

    /// memchr: every source file is scanned twice, and a Swift loop over a
    /// String's UTF-8 view took a sixtieth of a large build.
    private static func contains(_ byte: UInt8, in bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBytes { buffer in
            buffer.baseAddress.map { memchr($0, Int32(byte), buffer.count) != nil } ?? false
        }
    }

    /// UTF-16 without a byte-order mark: the NUL bytes that ASCII letters
    /// carry in UTF-16 fall on one side of every pair, and there are many of
    /// them (front matter is ASCII). A NUL or two anywhere else is a stray
    /// byte in UTF-8 text, which converting "from UTF-16" would garble.
    static func looksLikeUTF16(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count % 2 == 0 else { return false }
        var zeros = [0, 0]
        for (offset, byte) in bytes.enumerated() where byte == 0 { zeros[offset % 2] += 1 }
        let most = zeros.max()!, least = zeros.min()!
        return most >= 2 && most * 8 >= bytes.count / 2 && least * 8 <= most
    }

    /// The line and column (in characters) of the byte at `index`.
    private static func position(of index: Int, in bytes: ArraySlice<UInt8>) -> (Int, Int) {
        let before = bytes[..<index]
        let line = before.count(where: { $0 == UInt8(ascii: "\n") }) + 1
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.startIndex
        return (line, String(decoding: bytes[lineStart..<index], as: UTF8.self).unicodeScalars.count + 1)
    }

    /// The line and column of the first byte that is not valid UTF-8.
    private static func firstInvalidPosition(_ bytes: ArraySlice<UInt8>) -> (Int, Int) {
        var line = 1
        var lineStart = bytes.startIndex
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            let end = i + length
            let valid = length > 0 && end <= bytes.endIndex
                && bytes[(i + 1)..<end].allSatisfy { $0 & 0xC0 == 0x80 }
                && String(validating: bytes[i..<end], as: UTF8.self) != nil
            if !valid {
                let column = String(decoding: bytes[lineStart..<i], as: UTF8.self).unicodeScalars.count + 1
                return (line, column)
            }
            if b == UInt8(ascii: "\n") {
                line += 1
                lineStart = end
            }
            i = end
        }
        return (line, 1)
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// GB18030, the usual encoding of Chinese text saved by older Windows
/// editors: recognised so the error for a non-UTF-8 file can say what the
/// file most likely is, and converted when `import` reads such a file.
enum GB18030 {
    static func canDecode(_ bytes: [UInt8]) -> Bool {
        decode(bytes) != nil
    }

    /// The text, or nil when the bytes are not GB18030.
    static func decode(_ bytes: [UInt8]) -> String? {
        #if canImport(Glibc)
        let cd = iconv_open("UTF-8", "GB18030")
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = bytes.map { CChar(bitPattern: $0) }
        // A GB18030 character is 1, 2 or 4 bytes and at most 4 in UTF-8.
        var output = [CChar](repeating: 0, count: bytes.count * 2 + 4)
        let written: Int? = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = inBuf.baseAddress
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = outBuf.baseAddress
                var outLeft = outBuf.count
                guard iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) != -1, inLeft == 0 else { return nil }
                return outBuf.count - outLeft
            }
        }
        guard let written else { return nil }
        return String(validating: output[..<written].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #else
        return nil
        #endif
    }
}

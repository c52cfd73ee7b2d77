import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Recognises GB18030 text, so the error for a non-UTF-8 file can say what
/// the file most likely is and how to convert it.
enum GB18030 {
    static func canDecode(_ bytes: [UInt8]) -> Bool {
        #if canImport(Glibc)
        let cd = iconv_open("UTF-8", "GB18030")
        guard cd != iconv_t(bitPattern: -1) else { return false }
        defer { iconv_close(cd) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 2 + 4)
        return input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = inBuf.baseAddress
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = outBuf.baseAddress
                var outLeft = outBuf.count
                return iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) != -1 && inLeft == 0
            }
        }
        #else
        return false
        #endif
    }
}

import CFileCalls
#if canImport(Glibc)
import Glibc
#endif

/// A file hashed or copied a piece at a time: a gigabyte of video in
/// `Content/static/` costs the build a megabyte of memory, not a gigabyte.
enum StreamedFile {
    static let pieceSize = 1 << 20

    /// `ContentHash.ofFile` of the open file's bytes, read a piece at a
    /// time, and its size; nil if it cannot be read.
    static func hash(_ fd: Int32) -> (hash: UInt64, size: Int)? {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: pieceSize, alignment: 16)
        defer { buffer.deallocate() }
        var hash = ContentHash()
        var offset = 0
        while true {
            var filled = 0
            while filled < pieceSize {
                let n = pread(fd, buffer.baseAddress! + filled, pieceSize - filled, off_t(offset + filled))
                if n < 0, errno == EINTR { continue }
                guard n >= 0 else { return nil }
                if n == 0 { break }
                filled += n
            }
            if filled == 0 && offset > 0 { break }
            hash.addPiece(UnsafeRawBufferPointer(rebasing: buffer[..<filled]))
            offset += filled
            if filled < pieceSize { break }
        }
        return (hash.value, offset)
    }

    /// Copies the whole of `input` into `output`, which is empty, in the
    /// kernel where it can; gives errno on failure, else 0.
    static func copy(from input: Int32, to output: Int32) -> Int32 {
        var inOffset: Int64 = 0
        while true {
            let n = policysite_copy_range(input, &inOffset, output, UInt(pieceSize))
            if n > 0 { continue }
            if n == 0 { return 0 }
            if errno == EINTR { continue }
            // Not between these file systems: by hand, from where it stopped.
            guard errno == EXDEV || errno == ENOSYS || errno == EINVAL || errno == EOPNOTSUPP else { return errno }
            return copyByHand(from: input, at: Int(inOffset), to: output)
        }
    }

    private static func copyByHand(from input: Int32, at start: Int, to output: Int32) -> Int32 {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: pieceSize, alignment: 16)
        defer { buffer.deallocate() }
        var offset = start
        while true {
            let n = pread(input, buffer.baseAddress!, pieceSize, off_t(offset))
            if n < 0, errno == EINTR { continue }
            guard n >= 0 else { return errno }
            if n == 0 { return 0 }
            var written = 0
            while written < n {
                let w = write(output, buffer.baseAddress! + written, n - written)
                if w < 0, errno == EINTR { continue }
                guard w > 0 else { return errno == 0 ? ENOSPC : errno }
                written += w
            }
            offset += n
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// What the writer puts into one file of the staging tree: bytes in memory
/// (a page), or another open file (a static file, copied in pieces).
enum FileContents {
    case bytes(UnsafeRawBufferPointer)
    /// An open file whose size and hash (`StreamedFile.hash`) are known.
    case file(Int32, size: Int, hash: UInt64)

    var size: Int {
        switch self {
        case .bytes(let bytes): return bytes.count
        case .file(_, let size, _): return size
        }
    }

    /// Whether the open file `fd`, of this size, holds these contents already.
    func isHeld(by fd: Int32) -> Bool {
        switch self {
        case .bytes(let bytes): return Self.holds(fd, bytes)
        case .file(_, _, let hash): return StreamedFile.hash(fd)?.hash == hash
        }
    }

    /// Writes the contents into the empty open file `fd`; gives errno on failure, else 0.
    func fill(_ fd: Int32) -> Int32 {
        switch self {
        case .file(let input, _, _):
            return StreamedFile.copy(from: input, to: fd)
        case .bytes(let bytes):
            var written = 0
            while written < bytes.count {
                let n = write(fd, bytes.baseAddress! + written, bytes.count - written)
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { return errno == 0 ? ENOSPC : errno }
                written += n
            }
            return 0
        }
    }

    /// Whether the open file's bytes are `bytes` (its size is theirs).
    private static func holds(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        let chunk = 65_536
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: min(max(bytes.count, 1), chunk), alignment: 16)
        defer { buffer.deallocate() }
        var offset = 0
        while offset < bytes.count {
            let part = UnsafeMutableRawBufferPointer(rebasing: buffer[..<min(buffer.count, bytes.count - offset)])
            guard read(fd, into: part, at: offset), memcmp(part.baseAddress!, bytes.baseAddress! + offset, part.count) == 0 else { return false }
            offset += part.count
        }
        return true
    }

    /// Fills `buffer` with the open file's bytes from `offset`; false if it ends first.
    static func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Bool {
        var filled = 0
        while filled < buffer.count {
            let n = pread(fd, buffer.baseAddress! + filled, buffer.count - filled, off_t(offset + filled))
            guard n > 0 else { return false }
            filled += n
        }
        return true
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A large file for download tests, made sparse (holes, which read as
/// zeros) so that it is written at once and takes no disk, with a mark every
/// mebibyte and at the end, so that a chunk dropped, sent twice or out of
/// place shows.
struct LargeFile {
    let path: String
    let size: Int

    static func make(at path: String, size: Int) throws -> LargeFile {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0, ftruncate(fd, off_t(size)) == 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        defer { close(fd) }
        for offset in stride(from: 0, to: size - 16, by: 1 << 20) + [size - 16] {
            let mark = Array(String(format: "@%014d\n", offset).utf8)
            guard pwrite(fd, mark, mark.count, off_t(offset)) == mark.count else { throw POSIXError(.EIO) }
        }
        return LargeFile(path: path, size: size)
    }

    /// Compares a download with the file part by part as it arrives,
    /// holding none of it. Used by one download's thread only.
    final class Check: @unchecked Sendable {
        private let fd: Int32
        private(set) var received = 0
        private(set) var firstDifference: Int?

        init(_ file: LargeFile) throws {
            fd = open(file.path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        }

        deinit {
            close(fd)
        }

        func receive(_ part: UnsafeRawBufferPointer) {
            guard !part.isEmpty else { return }
            if firstDifference == nil {
                var expected = [UInt8](repeating: 0, count: part.count)
                let n = pread(fd, &expected, part.count, off_t(received))
                if n != part.count || memcmp(expected, part.baseAddress!, part.count) != 0 { firstDifference = received }
            }
            received += part.count
        }
    }
}

import FlyingFox
import FlyingSocks
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file being served, opened once as the request is answered.
///
/// Its bytes are read from disk a chunk at a time as the connection sends
/// them, so a download holds one chunk in memory however large the file:
/// read whole, four requests for a 2 GB video in `static/` held 8 GB. Its
/// length and its bytes come from the same open file, even when a rebuild
/// swaps another tree in at its path meanwhile.
///
/// A class because it owns the descriptor, closed when the last body that
/// reads it is gone.
final class ServedFile: Sendable {
    enum Failure: Error, CustomStringConvertible {
        case cannotOpen(path: String, reason: String)
        case cannotRead(path: String, reason: String)
        /// A rebuild wrote over the file while it was being sent; the page
        /// reloads when that build has finished.
        case changedWhileSent(path: String)

        var description: String {
            switch self {
            case .cannotOpen(let path, let reason): return "cannot open \(path): \(reason)"
            case .cannotRead(let path, let reason): return "cannot read \(path): \(reason)"
            case .changedWhileSent(let path): return "\(path) was rebuilt while it was being sent"
            }
        }
    }

    /// A read of this size is a small part of the time it takes to send it.
    static let chunkSize = 65_536

    let path: String
    let size: Int
    private let descriptor: Int32

    init(path: String) throws(Failure) {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw .cannotRead(path: path, reason: reason)
        }
        self.path = path
        self.size = Int(info.st_size)
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// The whole file, for a page that gets the reload script.
    func bytes() throws(Failure) -> [UInt8] {
        try read(count: size, at: 0)
    }

    /// A response body that reads the file as it is sent.
    var body: HTTPBodySequence {
        HTTPBodySequence(from: Chunks(file: self), count: size, suggestedBufferSize: Self.chunkSize)
    }

    /// `count` bytes from `offset`, which the file must still hold. A
    /// blocking read, as the library's own file bodies do: a chunk comes
    /// from the page cache or the disk in well under a millisecond.
    private func read(count: Int, at offset: Int) throws(Failure) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        var failure: Int32 = 0
        bytes.withUnsafeMutableBytes { buffer in
            while filled < count {
                let n = pread(descriptor, buffer.baseAddress! + filled, count - filled, off_t(offset + filled))
                if n < 0, errno == EINTR { continue }
                guard n > 0 else {
                    failure = n == 0 ? 0 : errno
                    return
                }
                filled += n
            }
        }
        guard filled == count else {
            throw failure == 0 ? .changedWhileSent(path: path) : .cannotRead(path: path, reason: String(cString: strerror(failure)))
        }
        return bytes
    }

    /// The file's bytes in chunks, for the library's body type.
    private struct Chunks: AsyncBufferedSequence {
        typealias Element = UInt8
        let file: ServedFile

        func makeAsyncIterator() -> Iterator {
            Iterator(file: file)
        }

        struct Iterator: AsyncBufferedIteratorProtocol {
            let file: ServedFile
            var offset = 0

            mutating func next() async throws -> UInt8? {
                try await nextBuffer(suggested: 1)?.first
            }

            mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
                guard offset < file.size else { return nil }
                let chunk = try file.read(count: Swift.min(count, file.size - offset), at: offset)
                offset += chunk.count
                return chunk
            }
        }
    }
}

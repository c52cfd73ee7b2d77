import Foundation
import Testing
@testable import PolicySite

struct ContentHashTests {
    private func bytes(_ count: Int) -> [UInt8] {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        return (0..<count).map { _ in
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return UInt8(truncatingIfNeeded: state)
        }
    }

    /// A file hashed from memory and the same file read from disk a piece
    /// at a time (a static file) must agree: the tree manifest compares them.
    @Test(arguments: [0, 7, 32, 33, StreamedFile.pieceSize, StreamedFile.pieceSize * 2 + 45])
    func aFileHashesTheSameReadInPieces(_ size: Int) throws {
        let content = bytes(size)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("content-hash-\(size)-\(getpid())").path
        try Data(content).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        let streamed = try #require(StreamedFile.hash(fd))
        #expect(streamed.size == size)
        #expect(streamed.hash == ContentHash.ofFile(content))
    }

    /// Every byte counts in every lane, and where it is: words swapped
    /// between lanes, or a byte moved from the end into the last word, change the hash.
    @Test func everyWordCountsWhereItIs() {
        let content = bytes(100)
        var swapped = content
        swapped.replaceSubrange(0..<8, with: content[8..<16])
        swapped.replaceSubrange(8..<16, with: content[0..<8])
        #expect(ContentHash.ofFile(swapped) != ContentHash.ofFile(content))
        var changed = content
        changed[70] ^= 1
        #expect(ContentHash.ofFile(changed) != ContentHash.ofFile(content))
        #expect(ContentHash.ofFile(content.dropLast()) != ContentHash.ofFile(content))
        #expect(ContentHash.ofFile(content + [0]) != ContentHash.ofFile(content))
    }
}

import Foundation
import Testing
@testable import PolicySite

/// A fresh tree is written in runs of `OutputWriter.filesPerRun` paths on
/// whichever thread is free: a folder whose files span several runs is
/// made by more than one of them, and every file must still land whole.
@Suite struct WriterRunsTests {
    @Test func filesSpanningManyRunsAreAllWritten() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("policysite-runs-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // One folder of three runs' files, then folders of a file each, nested.
        let many = (0..<(3 * OutputWriter.filesPerRun)).map { OutputFile(path: "a/\(1000 + $0).html", text: "页 \($0)") }
        let nested = (0..<OutputWriter.filesPerRun).map { OutputFile(path: "b/\($0)/c/index.html", text: "<p>\($0)</p>") }
        let files = many + nested
        let written = try OutputWriter(output: folder + "/Output").write(files, known: .init())
        let tree = OutputTree.read(folder + "/Output")
        for file in files {
            guard case .bytes(let bytes) = file.content else { continue }
            #expect(tree[file.path] == Data(bytes), "\(file.path)")
            #expect(written.live.files[file.path]?.hash == ContentHash.ofFile(bytes), "\(file.path)")
        }
        #expect(written.live.files.count == files.count + 1)  // and the output folder's mark
    }
}

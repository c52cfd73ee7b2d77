import Foundation
import Testing
@testable import PolicySite

/// Files of `Content/static/` are hashed and copied a piece at a time, and
/// one whose stamp did not change since the last build is not read again.
@Suite struct StaticFilesTests {
    @Test func anUnchangedStaticFileIsNotReadAgain() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("policysite-static-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let source = folder + "/report.pdf"
        let bytes = Data((0..<(3 * StreamedFile.pieceSize + 17)).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        try bytes.write(to: URL(fileURLWithPath: source))
        var info = stat()
        stat(source, &info)
        let file = OutputFile(path: "files/report.pdf", content: .copy(from: source, stamp: FileStamp(info)))
        let writer = OutputWriter(output: folder + "/Output")
        let first = try writer.write([file], known: .init())
        let hash = try #require(first.live.files["files/report.pdf"]?.hash)
        let statics = ["files/report.pdf": StaticRecord(stamp: FileStamp(info), hash: hash)]
        let second = try writer.write([file], known: .init(live: first.live, previous: nil, statics: statics))
        #expect(second.live.files["files/report.pdf"]?.hash == hash)
        // The source is gone, but its stamp is the one recorded: the tree before the last holds it, and it is not read.
        try FileManager.default.removeItem(atPath: source)
        _ = try writer.write([file], known: .init(live: second.live, previous: second.previous, statics: statics))
        #expect(FileManager.default.contents(atPath: folder + "/Output/files/report.pdf") == bytes)
        // Without the record it must be read, and cannot be.
        #expect(throws: OutputWriter.Failure.self) {
            try writer.write([file], known: .init(live: nil, previous: nil, statics: [:]))
        }
    }

    /// Read whole, the file would have raised the build's peak memory by its size.
    @Test func aLargeStaticFileIsCopiedInPiecesAndKept() throws {
        let root = try TestSite.makeFolder(["Content/pages/x.zh.md": "---\ntitle: x\n---\n\n正文\n"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let size = 300 << 20
        try FileManager.default.createDirectory(atPath: root + "/Content/static/video", withIntermediateDirectories: true)
        let big = root + "/Content/static/video/talk.mp4"
        #expect(FileManager.default.createFile(atPath: big, contents: Data("开头".utf8)))
        #expect(truncate(big, off_t(size)) == 0)
        // A process whose one child is the build measures the build's peak alone.
        let peak = ["python3", "-c", "import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL);"
                    + " print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"]
        for round in 0..<2 {
            let run = try CommandLineRunner.run(["build", "--root", root], launcher: peak)
            let kilobytes = try #require(Int(run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)), "\(run.stderr)")
            #expect(kilobytes < 150_000, "peak of a build, round \(round)")
            #expect(FileManager.default.fileExists(atPath: root + "/Output/video/talk.mp4"), "\(run.stderr)")
        }
        let copy = try #require(FileHandle(forReadingAtPath: root + "/Output/video/talk.mp4"))
        defer { try? copy.close() }
        #expect(try copy.readToEnd()?.count == size)
        try copy.seek(toOffset: 0)
        #expect(copy.readData(ofLength: 6) == Data("开头".utf8))
    }
}

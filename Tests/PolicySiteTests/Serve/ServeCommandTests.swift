import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The `serve` command itself, in a process of its own, as a person runs it.
@Suite struct ServeCommandTests {
    let files = ["Content/policies/plan.zh.md": policy("旧标题")]

    @Test func buildsInAPrivateFolderThatIsRemovedOnCtrlC() async throws {
        let (root, temporary) = try makeFolders()
        defer { remove(root, temporary) }
        let serve = try await RunningServeCommand(root: root, temporaryFolder: temporary)

        let made = try FileManager.default.contentsOfDirectory(atPath: temporary)
        #expect(made.count == 1)
        let name = made.first ?? ""
        #expect(name.hasPrefix("policysite-serve-") && name != "policysite-serve-\(serve.processIdentifier)")
        var info = stat()
        #expect(lstat(temporary + "/" + name, &info) == 0)
        #expect(info.st_mode & S_IFMT == S_IFDIR)
        #expect(info.st_mode & 0o7777 == 0o700)
        #expect(FileManager.default.fileExists(atPath: temporary + "/" + name + "/site/policies/plan/index.html"))

        let port = serve.port
        let page = try await OwnThread.run { try LoopbackHTTP.get(port: port, "/policy/policies/plan/", host: .named("localhost:\(port)")) }
        #expect(page.status == 200)
        let refused = try await OwnThread.run { try LoopbackHTTP.get(port: port, "/policy/", host: .named("rebound.example:\(port)")) }
        #expect(refused.status == 421)

        #expect(try await serve.stop(SIGINT) == 0)
        #expect(serve.standardError.hasSuffix("stopped\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary).isEmpty)
    }

    /// Read whole, the four downloads would hold 256 MB at once.
    @Test(.enabled(if: RunningServeCommand.canResetPeakMemory, "needs /proc/PID/clear_refs to measure"))
    func fourDownloadsOfALargeFileAtOnceTakeLittleOfItsMemory() async throws {
        let (root, temporary) = try makeFolders()
        defer { remove(root, temporary) }
        let file = try LargeFile.make(at: root + "/Content/static/media/briefing.mp4", size: 64 << 20)
        let serve = try await RunningServeCommand(root: root, temporaryFolder: temporary)
        try serve.resetPeakMemory()
        let before = try serve.peakMemory()

        let port = serve.port
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<4 {
                group.addTask {
                    let check = try LargeFile.Check(file)
                    let head = try await OwnThread.run {
                        try LoopbackHTTP.request(port: port, "/policy/media/briefing.mp4", receive: check.receive)
                    }
                    #expect(head.status == 200)
                    #expect(check.received == file.size)
                    #expect(check.firstDifference == nil)
                }
            }
            try await group.waitForAll()
        }
        let growth = try serve.peakMemory() - before
        #expect(growth < file.size / 4, "serve grew by \(growth >> 20) MB")

        #expect(try await serve.stop(SIGTERM) == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary).isEmpty)
    }

    /// The site, and an empty folder for `TMPDIR`.
    private func makeFolders() throws -> (root: String, temporary: String) {
        let root = try TestSite.makeFolder(files)
        try FileManager.default.createDirectory(atPath: root + "-tmp", withIntermediateDirectories: false)
        return (root, root + "-tmp")
    }

    private func remove(_ folders: String...) {
        for folder in folders { try? FileManager.default.removeItem(atPath: folder) }
    }
}

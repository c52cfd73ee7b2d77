import Foundation
@testable import PolicySite
import PolicySiteServer

/// `policysite serve` on a free port of 127.0.0.1 against a site in a
/// temporary folder, built into a folder beside it.
struct RunningPreview {
    let root: String
    let port: UInt16
    let preview: LivePreview
    private let task: Task<Void, any Error>

    static func start(_ files: [String: String]) async throws -> RunningPreview {
        let root = try TestSite.makeFolder(files)
        let preview = LivePreview(root: root, folder: root + "-preview") { _ in }
        let server = try PreviewServer(preview: preview, port: 0)
        let task = Task {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { await preview.run() }
                group.addTask { try await server.run() }
                while try await group.next() != nil {}
            }
        }
        let running = RunningPreview(root: root, port: try await server.listeningPort(), preview: preview, task: task)
        try await running.waitFor("the first build") { await preview.status.generation >= 1 }
        return running
    }

    /// Stops serving, and removes the site and what the preview built beside
    /// it once the build running at that moment, if any, has finished.
    func stop() {
        task.cancel()
        let (task, root) = (task, root)
        Task.detached {
            _ = await task.result
            let parent = (root as NSString).deletingLastPathComponent, name = (root as NSString).lastPathComponent
            for entry in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [] where entry.hasPrefix(name) {
                try? FileManager.default.removeItem(atPath: parent + "/" + entry)
            }
        }
    }

    func get(_ target: String, method: String = "GET", host: LoopbackHTTP.Host = .loopback) async throws -> LoopbackHTTP.Response {
        let port = port
        return try await OwnThread.run { try LoopbackHTTP.get(port: port, target, method: method, host: host) }
    }

    /// Hands the body to `receive` part by part as it arrives.
    func download(_ target: String, receive: @escaping @Sendable (UnsafeRawBufferPointer) -> Void) async throws -> LoopbackHTTP.Head {
        let port = port
        return try await OwnThread.run { try LoopbackHTTP.request(port: port, target, receive: receive) }
    }

    /// Saves a file of the site as an editor would.
    func write(_ path: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + path))
    }

    struct TimedOut: Error, CustomStringConvertible {
        var description: String
    }

    /// Polls until `condition` holds, for at most `seconds` (generous: the
    /// machine may be busy; a working watcher needs well under a second).
    func waitFor(_ what: String, seconds: Double = 30, _ condition: () async throws -> Bool) async throws {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while ContinuousClock.now < deadline {
            if try await condition() { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw TimedOut(description: "gave up waiting for \(what) after \(seconds) s")
    }

    /// Waits until `target` answers with a body for which `condition` holds.
    func waitForPage(_ target: String, _ what: String, _ condition: @escaping (String) -> Bool) async throws -> String {
        var body = ""
        try await waitFor(what) {
            body = try await get(target).body
            return condition(body)
        }
        return body
    }
}

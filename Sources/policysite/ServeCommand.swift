import ArgumentParser
import Dispatch
import Foundation
import PolicySite
import PolicySiteServer

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "在 http://127.0.0.1:PORT/ 预览网站，每次保存后自动重新生成并刷新。Preview the site at http://127.0.0.1:PORT/, rebuilt and reloaded in the browser on every save.",
        discussion: """
            Builds into a private temporary folder, deleted when serve stops (Output/ is left alone), and \
            serves it on this computer only: it listens on 127.0.0.1 and answers only requests for \
            localhost, 127.0.0.1 or [::1], under the path of site.yaml's base_url. When a build fails, its errors are printed here and \
            shown over the last good page in the browser. Press Ctrl-C to stop.
            """)

    @Option(help: "The port to listen on (0: any free port).")
    var port: UInt16 = 8000

    @Option(help: "The folder that holds Content/ (default: the current folder).")
    var root: String = "."

    @Flag(help: "Include documents marked 'draft: true'.")
    var drafts = false

    @Option(help: MessageLanguage.optionHelp)
    var lang: MessageLanguage?

    func run() throws {
        let root = URL(fileURLWithPath: self.root).standardizedFileURL.path
        let folder: PrivateFolder
        do {
            folder = try PrivateFolder.make(prefix: "policysite-serve-", environment: ProcessInfo.processInfo.environment)
        } catch {
            FileHandleOutput.standardError("error: \(error)\n")
            throw ExitCode(1)
        }
        // Also after Ctrl-C or SIGTERM: both only cancel the serving task below.
        defer { folder.remove() }

        let preview = LivePreview(root: root, folder: folder.path + "/site", includeDrafts: drafts, language: lang) {
            FileHandleOutput.standardError($0)
        }
        let server = try PreviewServer(preview: preview, port: port)
        let serving = Task {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { await preview.run() }
                group.addTask { try await server.run() }
                group.addTask {
                    let port = try await server.listeningPort()
                    let base = await preview.status.basePath
                    FileHandleOutput.standardError("serving http://127.0.0.1:\(port)\(base) (press Ctrl-C to stop)\n")
                }
                // Ends when the server cannot listen, or when Ctrl-C cancels it
                // all. Not waitForAll(): it would wait for the watcher before
                // passing on the server's error.
                while try await group.next() != nil {}
            }
        }
        let outcome = Outcome()
        let stopped = DispatchSemaphore(value: 0)
        Task {
            if case .failure(let error) = await serving.result, !serving.isCancelled { outcome.error = error }
            stopped.signal()
        }
        let signals = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { serving.cancel() }
            source.resume()
            return source
        }
        stopped.wait()
        signals.forEach { $0.cancel() }
        if let error = outcome.error {
            FileHandleOutput.standardError("""
                error: cannot serve on 127.0.0.1:\(port): \(error)
                    hint: another program may be using the port; try another one, e.g. --port \(port &+ 1)

                """)
            throw ExitCode(1)
        }
        FileHandleOutput.standardError("stopped\n")
    }
}

/// How serving ended, handed from the serving task to the main thread,
/// which reads it only after the task has signalled that it is done.
private final class Outcome: @unchecked Sendable {
    var error: (any Error)?
}

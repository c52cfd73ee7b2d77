import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `policysite serve --port 0` as a person runs it: the built binary in a
/// process of its own, with `TMPDIR` set to a folder of the test's, so that
/// its temporary folder, its signals and its memory can be looked at.
final class RunningServeCommand: @unchecked Sendable {
    let temporaryFolder: String
    private(set) var port: UInt16 = 0
    private let process = Process()
    private let lock = NSLock()
    private var errorText = ""

    /// Returns once the first build has finished.
    init(root: String, temporaryFolder: String) async throws {
        self.temporaryFolder = temporaryFolder
        process.executableURL = URL(fileURLWithPath: CommandLineRunner.binary)
        process.arguments = ["serve", "--port", "0", "--root", root, "--lang", "en"]
        process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": temporaryFolder]) { $1 }
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let reader = pipe.fileHandleForReading
        Thread { [self] in
            while true {
                let data = reader.availableData
                if data.isEmpty { return }
                lock.withLock { errorText += String(decoding: data, as: UTF8.self) }
            }
        }.start()

        try await waitFor("the address and the first build") { $0.contains("serving http://") && $0.contains("built ") }
        let text = standardError
        guard let address = text.range(of: "serving http://127.0.0.1:"),
              let port = UInt16(text[address.upperBound...].prefix { $0.isNumber })
        else { throw Failure(description: "no address in: \(text)") }
        self.port = port
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    var standardError: String {
        lock.withLock { errorText }
    }

    var processIdentifier: Int32 { process.processIdentifier }

    /// Sends `signal` (SIGINT is Ctrl-C) and waits for the command to end;
    /// gives its exit status.
    func stop(_ signal: Int32 = SIGTERM) async throws -> Int32 {
        guard process.isRunning else { return process.terminationStatus }
        kill(process.processIdentifier, signal)
        let deadline = ContinuousClock.now + .seconds(60)
        while process.isRunning {
            guard ContinuousClock.now < deadline else {
                kill(process.processIdentifier, SIGKILL)
                throw Failure(description: "serve did not stop within 60 s of signal \(signal)")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        return process.terminationStatus
    }

    /// The most memory the process has held since `resetPeakMemory()`,
    /// in bytes (Linux's high-water mark of its resident pages).
    func peakMemory() throws -> Int {
        let status = try String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(separator: " ")[1])
        else { throw Failure(description: "no VmHWM in /proc/\(process.processIdentifier)/status") }
        return kilobytes * 1024
    }

    /// Sets the high-water mark to what the process holds now (Linux 4.0
    /// and later), so that the first build's own peak does not count.
    func resetPeakMemory() throws {
        try Data("5".utf8).write(to: URL(fileURLWithPath: "/proc/\(process.processIdentifier)/clear_refs"))
    }

    /// Whether this system lets a process's peak memory be reset.
    static var canResetPeakMemory: Bool {
        FileManager.default.isWritableFile(atPath: "/proc/self/clear_refs")
    }

    private func waitFor(_ what: String, seconds: Double = 60, _ condition: (String) -> Bool) async throws {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while !condition(standardError) {
            guard process.isRunning, ContinuousClock.now < deadline else {
                throw Failure(description: "gave up waiting for \(what); serve printed: \(standardError)")
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }
}

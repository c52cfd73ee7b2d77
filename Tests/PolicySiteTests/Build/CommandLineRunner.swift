import Foundation

/// Runs the built `policysite` binary as a user or CI would.
enum CommandLineRunner {
    static var binary: String {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [folder, folder.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("policysite").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return folder.appendingPathComponent("policysite").path
    }

    struct Result {
        var status: Int32
        var stderr: String
        var stdout: String
    }

    /// `launcher` runs the binary through another program (`taskset -c 0`).
    static func run(_ arguments: [String], environment: [String: String]? = nil, launcher: [String] = []) throws -> Result {
        let process = Process()
        if launcher.isEmpty {
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = launcher + [binary] + arguments
        }
        if let environment { process.environment = environment }
        let err = Pipe(), out = Pipe()
        process.standardError = err
        process.standardOutput = out
        try process.run()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stderr: String(decoding: errData, as: UTF8.self),
                      stdout: String(decoding: outData, as: UTF8.self))
    }
}

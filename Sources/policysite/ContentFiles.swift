import ArgumentParser
import Foundation
import PolicySite

/// Writing the files `new` and `import` make, never over an existing one.
struct ContentFiles {
    let root: String

    init(root: String) {
        self.root = URL(fileURLWithPath: root).standardizedFileURL.path
    }

    func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: root + "/" + path).map { String(decoding: $0, as: UTF8.self) }
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root + "/" + path)
    }

    /// Fails with exit status 1 and says so when any of the paths exists, so
    /// that nothing is written unless everything can be.
    func refuseToOverwrite(_ paths: [String], language: MessageLanguage) throws {
        let existing = paths.filter(exists)
        guard existing.isEmpty else {
            for path in existing {
                FileHandleOutput.standardError(AuthoringError.fileExists(path).errorLine(in: language) + "\n")
            }
            throw ExitCode(1)
        }
    }

    func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: root + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url, options: .withoutOverwriting)
    }

    /// The names of the files in a folder under the root, sorted.
    func list(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root + "/" + folder)) ?? []).sorted()
    }
}

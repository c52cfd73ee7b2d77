import CFileSwap
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The write stage. The site is written into a staging folder beside the
/// output folder and swapped in only once every file is written, so a
/// failed or interrupted build never leaves a half-written site behind, and
/// files that are no longer generated disappear.
///
/// The tree that was swapped out is kept beside the output as
/// `<output>.previous` and becomes the next build's staging folder: files
/// are overwritten in place, keeping their inodes. Deleting ten thousand
/// files and creating as many again made a rebuild twice as slow as a first
/// build on ext4, which searches past recently freed inodes.
public struct OutputWriter: Sendable {
    public let output: String

    public init(output: String) {
        self.output = output.hasSuffix("/") && output.count > 1 ? String(output.dropLast()) : output
    }

    public enum Failure: Error, CustomStringConvertible {
        case cannotWrite(path: String, reason: String)

        public var description: String {
            switch self {
            case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
            }
        }
    }

    var staging: String { output + ".staging" }
    var previous: String { output + ".previous" }

    /// Why writing to `output` would destroy the site's own files, if it would:
    /// the output folder is replaced whole.
    public static func unsafeTarget(_ output: String, root: String) -> String? {
        func normalized(_ path: String) -> String {
            let standard = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
            return standard.hasSuffix("/") ? standard : standard + "/"
        }
        let out = normalized(output), site = normalized(root)
        if site.hasPrefix(out) {
            return "the output folder \(output) holds the site itself; building would replace the site's files"
        }
        for folder in ["Content/", "Templates/"] where out.hasPrefix(site + folder) {
            return "the output folder \(output) is inside \(folder); building would replace the site's own files"
        }
        return nil
    }

    /// Files are written by one thread per core, each taking a contiguous
    /// run of paths: threads creating files in the same folder contend for
    /// its lock in the kernel.
    static let writersPerCore = 1

    public func write(_ files: [OutputFile]) throws(Failure) {
        // A staging folder left by an interrupted build is reused like the previous tree.
        if access(staging, F_OK) != 0, access(previous, F_OK) == 0, rename(previous, staging) != 0 {
            try remove(previous)
        }
        // --output may name a folder whose parents do not exist yet.
        try makeDirectories(staging)
        try removeStale(keeping: Set(files.map(\.path)))
        var made: Set<String> = [staging]
        for file in files {
            let target = staging + "/" + file.path
            let folder = String(target[..<target.lastIndex(of: "/")!])
            if !made.contains(folder) {
                try makeDirectories(folder)
                made.insert(folder)
            }
        }
        let batches = ProcessInfo.processInfo.activeProcessorCount * Self.writersPerCore
        let sorted = files.sorted { $0.path < $1.path }
        let failures = ParallelMap.map(Array(0..<batches)) { batch -> Failure? in
            for index in (sorted.count * batch / batches)..<(sorted.count * (batch + 1) / batches) {
                do throws(Failure) {
                    try write(sorted[index])
                } catch {
                    return error
                }
            }
            return nil
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
        try swapIn()
    }

    private func write(_ file: OutputFile) throws(Failure) {
        let target = staging + "/" + file.path
        switch file.content {
        case .bytes(let bytes):
            try writeFile(target, bytes)
        case .generated(let make):
            try writeFile(target, Array(make().utf8))
        case .copy(let source):
            do {
                try writeFile(target, try FileTree.read(source))
            } catch let failure as Failure {
                throw failure
            } catch {
                throw .cannotWrite(path: source, reason: "\(error)")
            }
        }
    }

    /// Makes the reused staging tree hold nothing the new site does not:
    /// files not generated any more, and folders where a file now goes.
    private func removeStale(keeping paths: Set<String>) throws(Failure) {
        guard let entries = FileManager.default.enumerator(atPath: staging) else { return }
        var folders: [String] = []
        while let path = entries.nextObject() as? String {
            let type = entries.fileAttributes?[.type] as? FileAttributeType
            if type == .typeDirectory {
                if paths.contains(path) { try remove(staging + "/" + path); entries.skipDescendants() } else { folders.append(path) }
            } else if !paths.contains(path) {
                try remove(staging + "/" + path)
            }
        }
        // Deepest first; a folder that still holds files stays.
        for folder in folders.sorted(by: >) { _ = rmdir(staging + "/" + folder) }
    }

    /// Replaces the output folder by the staging folder: in one atomic
    /// exchange where the kernel can, else by two renames. The tree swapped
    /// out is kept as the next build's staging folder.
    private func swapIn() throws(Failure) {
        try remove(previous)
        if access(output, F_OK) == 0, policysite_exchange_paths(staging, output) == 0 {
            if rename(staging, previous) != 0 { try remove(staging) }
            return
        }
        if access(output, F_OK) == 0, rename(output, previous) != 0 {
            throw .cannotWrite(path: output, reason: String(cString: strerror(errno)))
        }
        guard rename(staging, output) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(previous, output)
            throw .cannotWrite(path: output, reason: reason)
        }
    }

    private func writeFile(_ path: String, _ bytes: [UInt8]) throws(Failure) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, $0.count - written) }
            guard n > 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
            written += n
        }
    }

    private func makeDirectories(_ path: String) throws(Failure) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: path, reason: error.localizedDescription)
        }
    }

    private func remove(_ path: String) throws(Failure) {
        guard access(path, F_OK) == 0 else { return }
        do {
            try FileManager.default.removeItem(atPath: path)
        } catch {
            throw .cannotWrite(path: path, reason: error.localizedDescription)
        }
    }
}

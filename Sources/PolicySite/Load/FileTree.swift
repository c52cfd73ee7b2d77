import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Lists and reads files with POSIX calls, which are several times faster
/// than Foundation's enumerators on trees of thousands of small files.
///
/// A symbolic link is followed only when it resolves inside `boundary`: no
/// content path may read outside the site root.
struct FileTree {
    struct Entry {
        /// Relative to the listed folder, `/`-separated.
        var path: String
        var absolutePath: String
        var stamp: FileStamp
    }

    enum Problem: Error {
        case linkLeavesSite(path: String)
        case unreadable(path: String, reason: String)
    }

    let boundary: String

    init(boundary: String) {
        self.boundary = FileTree.realPath(boundary) ?? boundary
    }

    /// Every regular file below `folder`, sorted by path; hidden files
    /// (editor swap files, `.DS_Store`) are skipped.
    func files(under folder: String, problems: inout [Problem]) -> [Entry] {
        var entries: [Entry] = []
        walk(folder, prefix: "", into: &entries, problems: &problems, depth: 0)
        return entries.sorted { $0.path < $1.path }
    }

    private func walk(_ folder: String, prefix: String, into entries: inout [Entry], problems: inout [Problem], depth: Int) {
        guard depth < 64, let dir = opendir(folder) else { return }
        defer { closedir(dir) }
        let fd = dirfd(dir)
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name.hasPrefix(".") { continue }
            // Looked up in the open folder, not by the whole path from the root.
            var info = stat()
            guard fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
            let absolute = folder + "/" + name
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            var kind = info.st_mode & S_IFMT
            if kind == S_IFLNK {
                guard let target = FileTree.realPath(absolute), isInside(target) else {
                    problems.append(.linkLeavesSite(path: relative))
                    continue
                }
                guard stat(target, &info) == 0 else { continue }
                kind = info.st_mode & S_IFMT
            }
            if kind == S_IFDIR {
                walk(absolute, prefix: relative, into: &entries, problems: &problems, depth: depth + 1)
            } else if kind == S_IFREG {
                entries.append(Entry(path: relative, absolutePath: absolute, stamp: FileStamp(info)))
            }
        }
    }

    private func isInside(_ path: String) -> Bool {
        path == boundary || path.hasPrefix(boundary.hasSuffix("/") ? boundary : boundary + "/")
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func read(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Problem.unreadable(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        fstat(fd, &info)
        var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0))
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: [UInt8](repeating: 0, count: 4096)) }
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 { throw Problem.unreadable(path: path, reason: String(cString: strerror(errno))) }
            if n == 0 { break }
            filled += n
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
}

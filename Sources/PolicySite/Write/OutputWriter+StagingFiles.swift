import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writing, comparing and making the files and folders of the staging tree.
extension OutputWriter {
    /// Makes the file's folder when it is missing: only folders that get a
    /// new file are touched. A file with other hard links (shared with the
    /// live tree) is replaced, not written through. Gives the file's stamp.
    ///
    /// `mayHoldIt`: nothing is known of what the file holds, so it is
    /// compared first and left alone if it holds `contents` already. Reading a
    /// page back costs a fraction of writing it, and a staging tree nothing
    /// is known of (the first rebuild after a build without a cache, such as
    /// CI's first) holds mostly the same pages.
    func writeFile(_ path: String, _ contents: FileContents, mayHoldIt: Bool) throws(Failure) -> FileStamp {
        // Never through a symbolic link someone left in the tree: it could point anywhere.
        var fd = open(path, (mayHoldIt ? O_RDWR : O_WRONLY) | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        if fd < 0, errno == ELOOP, unlink(path) == 0 {
            fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        }
        if fd < 0, errno == ENOENT || errno == ENOTDIR {
            try makeDirectories(String(path[..<path.lastIndex(of: "/")!]))
            fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
        }
        guard fd >= 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            close(fd)
            throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        if mayHoldIt, Int(info.st_size) == contents.size, contents.isHeld(by: fd) {
            close(fd)
            return FileStamp(info)
        }
        if info.st_nlink > 1 {
            close(fd)
            _ = shared.unlink(path, at: String(path.dropFirst(staging.count + 1)))
            fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        }
        defer { close(fd) }
        guard ftruncate(fd, 0) == 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        return try fill(fd, path, contents)
    }

    /// Makes a folder, and its parents if they are missing; safe while
    /// another writer thread makes the same folders.
    func makeFolder(_ path: String) throws(Failure) {
        guard mkdir(path, 0o755) != 0, errno != EEXIST else { return }
        guard errno == ENOENT else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        try makeDirectories(path)
    }

    /// The regular file at `path` as it is, if its size and hash are `expected`'s.
    static func state(of path: String, ifItIs expected: TreeManifest.FileState) -> TreeManifest.FileState? {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) == expected.size else { return nil }
        var bytes = [UInt8](repeating: 0, count: expected.size)
        guard bytes.withUnsafeMutableBytes({ FileContents.read(fd, into: $0, at: 0) }), ContentHash.ofFile(bytes) == expected.hash else { return nil }
        return TreeManifest.FileState(hash: expected.hash, stamp: FileStamp(info))
    }

    /// Writes a file of a new staging folder, whose folder is made.
    func writeNewFile(_ path: String, _ contents: FileContents) throws(Failure) -> FileStamp {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        return try fill(fd, path, contents)
    }

    /// Writes the contents into the empty open file and gives its stamp afterwards.
    func fill(_ fd: Int32, _ path: String, _ contents: FileContents) throws(Failure) -> FileStamp {
        let failure = contents.fill(fd)
        guard failure == 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(failure))) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        return FileStamp(info)
    }

    /// `mkdir -p`, safe while another writer thread makes the same folders.
    func makeDirectories(_ path: String) throws(Failure) {
        var made = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") where component != "." {
            made += "/" + component
            if mkdir(made, 0o755) != 0 && errno != EEXIST {
                throw .cannotWrite(path: made, reason: String(cString: strerror(errno)))
            }
        }
        guard FileTree.isDirectory(path) else { throw .cannotWrite(path: path, reason: "it is not a folder") }
    }

    func remove(_ path: String) throws(Failure) {
        guard access(path, F_OK) == 0 else { return }
        do {
            try FileManager.default.removeItem(atPath: path)
        } catch {
            throw .cannotWrite(path: path, reason: error.localizedDescription)
        }
    }
}

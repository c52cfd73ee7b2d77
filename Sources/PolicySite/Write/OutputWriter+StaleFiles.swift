import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a reused staging tree holds that the new site does not.
extension OutputWriter {
    /// Removes files the staging tree holds that the new site does not, and
    /// the folders they leave empty.
    func removeStale(_ stale: [String]) throws(Failure) {
        var folders: Set<String> = []
        for path in stale {
            guard shared.unlink(staging + "/" + path, at: path) else {
                throw .cannotWrite(path: staging + "/" + path, reason: String(cString: strerror(errno)))
            }
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                folders.insert(String(folder))
            }
        }
        // Deepest first; a folder that still holds files stays.
        for folder in folders.sorted(by: >) { _ = rmdir(staging + "/" + folder) }
    }

    /// Makes the reused staging tree hold nothing the new site does not:
    /// files not generated any more, and folders where a file now goes.
    /// The tree is walked a level at a time, the folders of a level on
    /// every core: a site has a folder per page.
    func removeStale(keeping paths: Set<String>) throws(Failure) {
        var level = [(absolute: staging, relative: "")]
        var walked: [[(absolute: String, relative: String)]] = []
        while !level.isEmpty {
            let results = ParallelMap.map(level) { folder in
                Result { () throws(Failure) in try removeStale(in: folder.absolute, prefix: folder.relative, keeping: paths) }
            }
            walked.append(level)
            level = []
            for result in results { level += try result.get() }
        }
        // Deepest first, a folder left empty goes; one that still holds files stays.
        for level in walked.dropFirst().reversed() {
            for folder in level { _ = rmdir(folder.absolute) }
        }
    }

    /// Removes what is stale directly in one folder of the staging tree and
    /// gives the folders in it that may hold more. A POSIX walk:
    /// Foundation's enumerator asked for every file's attributes and took a
    /// fifth of a rebuild's time.
    func removeStale(in folder: String, prefix: String,
                             keeping paths: Set<String>) throws(Failure) -> [(absolute: String, relative: String)] {
        guard let dir = opendir(folder) else { return [] }
        defer { closedir(dir) }
        var folders: [(absolute: String, relative: String)] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            let absolute = folder + "/" + name, relative = prefix.isEmpty ? name : prefix + "/" + name
            // d_type is filled on ext4 and tmpfs; other file systems need lstat.
            var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                var info = stat()
                isFolder = lstat(absolute, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
            }
            if isFolder, !paths.contains(relative) {
                folders.append((absolute, relative))
            } else if isFolder {
                // A folder where a file now goes.
                try remove(absolute)
            } else if !paths.contains(relative), !shared.unlink(absolute, at: relative) {
                throw .cannotWrite(path: absolute, reason: String(cString: strerror(errno)))
            }
        }
        return folders
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// What an output tree holds, file by file, as the build that wrote it left
/// it: the next build rewrites only the files whose content differs.
///
/// A tree is trusted only while every file still has the size and
/// modification time the build saw, so a tree edited, emptied or replaced
/// by hand is written afresh. A CI cache restore keeps both (tar keeps
/// modification times), so a restored `Output/` is trusted.
struct TreeManifest: Sendable, CacheCodable {
    struct FileState: Sendable, Hashable {
        /// `ContentHash` of the bytes.
        var hash: UInt64
        var size: Int
        /// Whole seconds: archive formats keep no more.
        var modified: Int

        /// The size and time of `name` in the open folder `folder`, nil if
        /// it is no regular file.
        static func size(andTimeOf name: String, in folder: Int32) -> (size: Int, modified: Int)? {
            var info = stat()
            guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            return (Int(info.st_size), info.st_mtim.tv_sec)
        }
    }

    /// By path inside the tree.
    var files: [String: FileState]

    init(files: [String: FileState]) {
        self.files = files
    }

    /// The manifest, if every file it lists is still in `folder` as it was.
    /// Files are looked up from their open folder: walking every path from
    /// the root was most of the check's time.
    func verified(in folder: String) -> TreeManifest? {
        var byFolder: [String: [(name: String, state: FileState)]] = [:]
        for (path, state) in files {
            let slash = path.lastIndex(of: "/")
            let parent = slash.map { String(path[..<$0]) } ?? ""
            let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
            byFolder[parent, default: []].append((name, state))
        }
        let groups = Array(byFolder)
        let chunks = 8
        let intact = ParallelMap.map(Array(0..<chunks)) { chunk in
            groups[(groups.count * chunk / chunks)..<(groups.count * (chunk + 1) / chunks)].allSatisfy { parent, entries in
                let fd = open(parent.isEmpty ? folder : folder + "/" + parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                guard fd >= 0 else { return false }
                defer { close(fd) }
                return entries.allSatisfy { name, state in
                    guard let now = FileState.size(andTimeOf: name, in: fd) else { return false }
                    return now.size == state.size && now.modified == state.modified
                }
            }
        }
        return intact.allSatisfy { $0 } ? self : nil
    }

    func write(to writer: inout CacheWriter) {
        writer.write(files.count)
        for path in files.keys.sorted() {
            let state = files[path]!
            writer.write(path)
            writer.write(state.hash)
            writer.write(state.size)
            writer.write(state.modified)
        }
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        let count: Int = try reader.read()
        guard count >= 0 else { throw CacheReader.Malformed() }
        files = Dictionary(minimumCapacity: min(count, CacheReader.reservationLimit))
        for _ in 0..<count {
            let path: String = try reader.read()
            files[path] = FileState(hash: try reader.read(), size: try reader.read(), modified: try reader.read())
        }
    }
}

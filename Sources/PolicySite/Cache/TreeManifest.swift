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

        /// The state of the file at `path` now, nil if there is none.
        static func size(andTimeOf path: String) -> (size: Int, modified: Int)? {
            var info = stat()
            guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            return (Int(info.st_size), info.st_mtim.tv_sec)
        }
    }

    /// By path inside the tree.
    var files: [String: FileState]

    init(files: [String: FileState]) {
        self.files = files
    }

    var hashes: [String: UInt64] { files.mapValues(\.hash) }

    /// The manifest, if every file it lists is still in `folder` as it was.
    func verified(in folder: String) -> TreeManifest? {
        let entries = Array(files)
        let chunks = 8
        let intact = ParallelMap.map(Array(0..<chunks)) { chunk in
            entries[(entries.count * chunk / chunks)..<(entries.count * (chunk + 1) / chunks)].allSatisfy { path, state in
                guard let now = FileState.size(andTimeOf: folder + "/" + path) else { return false }
                return now.size == state.size && now.modified == state.modified
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
        files = Dictionary(minimumCapacity: count)
        for _ in 0..<count {
            let path: String = try reader.read()
            files[path] = FileState(hash: try reader.read(), size: try reader.read(), modified: try reader.read())
        }
    }
}

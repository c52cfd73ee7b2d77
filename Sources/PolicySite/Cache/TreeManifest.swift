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
    var files: [String: FileState] {
        didSet { (encoded, knownOrder) = (nil, nil) }
    }
    /// The paths sorted, when known without sorting them (as the cache
    /// lists them, or as the writer wrote them): a rebuild that keeps most
    /// files lists and saves them without sorting ten thousand paths again.
    private var knownOrder: [String]?
    var sortedPaths: [String] { knownOrder ?? files.keys.sorted() }
    /// The bytes the manifest was read from, while it is unchanged: a
    /// rebuild's previous tree is the last build's live one.
    private var encoded: ArraySlice<UInt8>?

    /// `sortedPaths`: the keys of `files` sorted, if known.
    init(files: [String: FileState], sortedPaths: [String]? = nil) {
        self.files = files
        knownOrder = sortedPaths?.count == files.count ? sortedPaths : nil
    }

    /// The manifest, if every file it lists is still in `folder` as it was.
    /// Each file is looked up by its path from the open tree: grouping the
    /// paths by folder and opening each folder took longer, as most pages
    /// are the only file in theirs.
    func verified(in folder: String) -> TreeManifest? {
        let root = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard root >= 0 else { return nil }
        defer { close(root) }
        let entries = Array(files)
        let chunks = 8
        let intact = ParallelMap.map(Array(0..<chunks)) { chunk in
            entries[(entries.count * chunk / chunks)..<(entries.count * (chunk + 1) / chunks)].allSatisfy { path, state in
                guard let now = FileState.size(andTimeOf: path, in: root) else { return false }
                return now.size == state.size && now.modified == state.modified
            }
        }
        return intact.allSatisfy { $0 } ? self : nil
    }

    func write(to writer: inout CacheWriter) {
        if let encoded { return writer.append(encoded) }
        writer.write(files.count)
        for path in sortedPaths {
            let state = files[path]!
            writer.write(path)
            writer.write(state.hash)
            writer.write(state.size)
            writer.write(state.modified)
        }
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        let start = reader.offset
        let (files, order) = try reader.readSortedTable { (reader: inout CacheReader) throws(CacheReader.Malformed) in
            FileState(hash: try reader.read(), size: try reader.read(), modified: try reader.read())
        }
        self.files = files
        knownOrder = order
        encoded = reader.bytes(since: start)
    }
}

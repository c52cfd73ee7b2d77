#if canImport(Glibc)
import Glibc
#endif

/// What an output tree holds, file by file, as the build that wrote it left
/// it: the next build rewrites only the files whose content differs.
///
/// A tree is trusted only while every file still has the whole stat stamp
/// the build saw (`FileStamp`: inode, size, and modification and change
/// times to the nanosecond). Nobody can set a change time, so an edit by
/// hand, even one that keeps the size and puts the modification time back
/// (`touch -r`), makes the tree untrusted, and its files are then compared
/// by content. A tree restored from an archive, as a CI cache restores
/// one, keeps sizes and modification times but not inodes or change times:
/// it is `restored`, and used with every file checked by content.
struct TreeManifest: Sendable {
    struct FileState: Sendable, Hashable {
        /// `ContentHash` of the bytes.
        var hash: UInt64
        var stamp: FileStamp

        var size: Int { stamp.size }

        /// The stamp of `name` in the open folder `folder`, nil if it is no regular file.
        static func stamp(of name: String, in folder: Int32) -> FileStamp? {
            var info = stat()
            guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            return FileStamp(info)
        }
    }

    /// How a tree on disk compares with its manifest.
    enum Check {
        /// Every file is as the build left it.
        case intact
        /// Every file has its size and modification time to the second, as
        /// an archive keeps them, but not its inode or change time.
        case restored
        /// A file is missing or differs in size or time.
        case changed
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
    private(set) var encoded: ArraySlice<UInt8>?

    /// `sortedPaths`: the keys of `files` sorted, if known; `encoded`: the
    /// bytes of the cache file it was read from.
    init(files: [String: FileState], sortedPaths: [String]? = nil, encoded: ArraySlice<UInt8>? = nil) {
        self.files = files
        knownOrder = sortedPaths?.count == files.count ? sortedPaths : nil
        self.encoded = encoded
    }

    /// The manifest, if every file it lists is still in `folder` as it was.
    func verified(in folder: String) -> TreeManifest? {
        check(in: folder) == .intact ? self : nil
    }

    /// Each file is looked up by its path from the open tree: grouping the
    /// paths by folder and opening each folder took longer, as most pages
    /// are the only file in theirs.
    func check(in folder: String) -> Check {
        let root = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard root >= 0 else { return .changed }
        defer { close(root) }
        let entries = Array(files)
        let chunks = 8
        let checks = ParallelMap.map(Array(0..<chunks)) { chunk -> Check in
            var worst = Check.intact
            for (path, state) in entries[(entries.count * chunk / chunks)..<(entries.count * (chunk + 1) / chunks)] {
                guard let now = FileState.stamp(of: path, in: root), now.size == state.size,
                      now.modified / 1_000_000_000 == state.stamp.modified / 1_000_000_000 else { return .changed }
                if now != state.stamp { worst = .restored }
            }
            return worst
        }
        return checks.contains(.changed) ? .changed : checks.contains(.restored) ? .restored : .intact
    }

    /// The files for which `include` holds.
    func filter(_ include: (String, FileState) -> Bool) -> TreeManifest {
        TreeManifest(files: files.filter { include($0.key, $0.value) })
    }

    /// The manifest with each file's stamp as it is now, if every file in
    /// `folder` holds the bytes it lists: for a tree restored from an
    /// archive, whose stamps are new but whose files may be as they were.
    func verifiedByContent(in folder: String) -> TreeManifest? {
        let entries = Array(files)
        let chunks = 8
        let intact = ParallelMap.map(Array(0..<chunks)) { chunk in
            entries[(entries.count * chunk / chunks)..<(entries.count * (chunk + 1) / chunks)].allSatisfy { path, state in
                guard let bytes = try? FileTree.read(folder + "/" + path) else { return false }
                return bytes.count == state.size && ContentHash.ofFile(bytes) == state.hash
            }
        }
        return intact.allSatisfy { $0 } ? restamped(in: folder) : nil
    }

    /// The manifest with the stamps of `paths` as they are now in `folder`.
    func restamped(_ paths: Set<String>, in folder: String) -> TreeManifest {
        guard !paths.isEmpty else { return self }
        let root = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard root >= 0 else { return self }
        defer { close(root) }
        var restamped = self
        for path in paths where files[path] != nil {
            guard let now = FileState.stamp(of: path, in: root), now.size == files[path]!.size else { continue }
            restamped.files[path]?.stamp = now
        }
        restamped.knownOrder = knownOrder
        return restamped
    }

    /// The manifest with each file's stamp as it is now in `folder`: after
    /// the writer linked and unlinked names of these files, which moves
    /// their change times but not their bytes.
    func restamped(in folder: String) -> TreeManifest {
        let root = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard root >= 0 else { return self }
        defer { close(root) }
        var restamped = self
        for (path, state) in files {
            guard let now = FileState.stamp(of: path, in: root), now.size == state.size else { continue }
            restamped.files[path]?.stamp = now
        }
        restamped.knownOrder = knownOrder
        return restamped
    }
}

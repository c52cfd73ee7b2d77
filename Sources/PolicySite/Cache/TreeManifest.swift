#if canImport(Glibc)
import Glibc
#endif

/// What an output tree holds, file by file, as the build that wrote it left
/// it: the next build rewrites only the files whose content differs.
struct TreeManifest: Sendable, CacheCodable {
    /// Which folder on disk this is. Any other folder (the tree was deleted
    /// and made again, or replaced by hand) has another identity, and its
    /// manifest is not trusted.
    struct Identity: Sendable, Hashable, CacheCodable {
        var device: UInt64
        var inode: UInt64
        var changedSeconds: Int
        var changedNanoseconds: Int

        static func of(_ folder: String) -> Identity? {
            var info = stat()
            guard stat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
            return Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino),
                            changedSeconds: info.st_ctim.tv_sec, changedNanoseconds: info.st_ctim.tv_nsec)
        }

        init(device: UInt64, inode: UInt64, changedSeconds: Int, changedNanoseconds: Int) {
            self.device = device
            self.inode = inode
            self.changedSeconds = changedSeconds
            self.changedNanoseconds = changedNanoseconds
        }

        func write(to writer: inout CacheWriter) {
            writer.write(device)
            writer.write(inode)
            writer.write(changedSeconds)
            writer.write(changedNanoseconds)
        }

        init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
            self.init(device: try reader.read(), inode: try reader.read(),
                      changedSeconds: try reader.read(), changedNanoseconds: try reader.read())
        }
    }

    var identity: Identity
    /// `ContentHash` of each file, by its path in the tree.
    var files: [String: UInt64]

    init(identity: Identity, files: [String: UInt64]) {
        self.identity = identity
        self.files = files
    }

    /// The manifest, if `folder` is still the tree it describes.
    func describing(_ folder: String) -> TreeManifest? {
        Identity.of(folder) == identity ? self : nil
    }

    func write(to writer: inout CacheWriter) {
        writer.write(identity)
        writer.write(files.count)
        for path in files.keys.sorted() {
            writer.write(path)
            writer.write(files[path]!)
        }
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        identity = try reader.read()
        let count: Int = try reader.read()
        guard count >= 0 else { throw CacheReader.Malformed() }
        files = Dictionary(minimumCapacity: count)
        for _ in 0..<count {
            let path: String = try reader.read()
            let hash: UInt64 = try reader.read()
            files[path] = hash
        }
    }
}

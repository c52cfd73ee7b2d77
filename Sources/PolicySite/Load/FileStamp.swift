#if canImport(Glibc)
import Glibc
#endif

/// What `stat` says of a file: while all of it is the same, the file's
/// bytes are too. The inode change time cannot be set back by anyone, and
/// any write or rename moves it, so a file with an equal stamp is one the
/// build cache already hashed, and need not be read again (as git does for
/// its index). The cache stays keyed by the content hash: a fresh checkout
/// gives every file a new stamp, and its files are read and hashed.
public struct FileStamp: Sendable, Hashable {
    var device: UInt64
    var inode: UInt64
    var size: Int
    var modified: Int
    var changed: Int

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int(info.st_size)
        modified = info.st_mtim.tv_sec * 1_000_000_000 + info.st_mtim.tv_nsec
        changed = info.st_ctim.tv_sec * 1_000_000_000 + info.st_ctim.tv_nsec
    }

    init(device: UInt64, inode: UInt64, size: Int, modified: Int, changed: Int) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modified = modified
        self.changed = changed
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the folders `serve` watches hold: each file's path, size,
/// modification time and inode. Two snapshots differ when a file was added,
/// removed or saved, including by editors that save to a new file and
/// rename it over the old one.
struct SourceSnapshot: Equatable, Sendable {
    struct File: Hashable, Sendable {
        var path: String
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
        var inode: UInt64
    }

    static let watchedFolders = ["Content", "Templates"]

    var files: [File]

    /// Reads only metadata, with the same readdir walk the load stage uses,
    /// so polling a site of thousands of files stays cheap. A file deleted
    /// between listing and `stat` is simply left out.
    static func take(root: String) -> SourceSnapshot {
        let tree = FileTree(boundary: root)
        var problems: [FileTree.Problem] = []
        var files: [File] = []
        for folder in watchedFolders {
            for entry in tree.files(under: root + "/" + folder, problems: &problems) {
                var info = stat()
                guard stat(entry.absolutePath, &info) == 0 else { continue }
                #if canImport(Darwin)
                let modified = info.st_mtimespec
                #else
                let modified = info.st_mtim
                #endif
                files.append(File(
                    path: folder + "/" + entry.path, size: Int64(info.st_size), seconds: Int(modified.tv_sec),
                    nanoseconds: Int(modified.tv_nsec), inode: UInt64(info.st_ino)))
            }
        }
        return SourceSnapshot(files: files)
    }

    /// The paths added, removed or changed since `earlier`, sorted.
    func changedPaths(since earlier: SourceSnapshot) -> [String] {
        Set(Set(earlier.files).symmetricDifference(Set(files)).map(\.path)).sorted()
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Lists and reads files with POSIX calls, which are several times faster
/// than Foundation's enumerators on trees of thousands of small files.
///
/// A symbolic link is followed only when it resolves inside `boundary` (the
/// folder listed: `Content/` or `Templates/`), so no content path reads
/// outside it, not even elsewhere in the site's folder. Nothing is left out
/// without a word: a folder or file that cannot be read, a link that leaves
/// the boundary, points nowhere or loops, and a name that is not UTF-8 are
/// each a `FileProblem`.
struct FileTree {
    struct Entry {
        /// Relative to the listed folder, `/`-separated.
        var path: String
        var absolutePath: String
        var stamp: FileStamp
    }

    let boundary: String

    init(boundary: String) {
        self.boundary = FileTree.realPath(boundary) ?? boundary
    }

    /// Names skipped wherever they are: what editors and file managers leave
    /// beside the files a person saved (SPEC §8).
    static func isDebris(_ name: String) -> Bool {
        [".DS_Store", "Thumbs.db", "desktop.ini", ".git", ".svn", ".hg"].contains(name)
            || name.hasPrefix("._") || name.hasPrefix(".#")
            || name.hasSuffix(".swp") || name.hasSuffix(".swo") || name.hasSuffix("~")
    }

    /// Every regular file below `folder`, sorted by path. `shownAs` is the
    /// folder's path as problems name it (`Content/static`). Hidden names are
    /// skipped unless `keepsHidden` (dotfiles a site publishes, such as
    /// `.well-known/`); debris always is.
    func files(under folder: String, shownAs: String, keepsHidden: @escaping (String) -> Bool = { _ in false },
               problems: inout [FileProblem]) -> [Entry] {
        var entries: [Entry] = []
        var walk = Walk(tree: self, shownAs: shownAs, keepsHidden: keepsHidden)
        var info = stat()
        guard stat(folder, &info) == 0 else {
            if errno != ENOENT { problems.append(.unreadable(path: shownAs, reason: String(cString: strerror(errno)))) }
            return []
        }
        walk.folders.insert(FolderID(info))
        walk.list(folder, prefix: "", into: &entries)
        problems += walk.problems
        return entries.sorted { $0.path < $1.path }
    }

    /// A folder by device and inode: a link back to a folder being listed is a loop.
    private struct FolderID: Hashable {
        var device: UInt64
        var inode: UInt64

        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }

    /// One listing: the folders on the way down and what went wrong.
    private struct Walk {
        let tree: FileTree
        let shownAs: String
        let keepsHidden: (String) -> Bool
        var folders: Set<FolderID> = []
        var problems: [FileProblem] = []

        init(tree: FileTree, shownAs: String, keepsHidden: @escaping (String) -> Bool) {
            self.tree = tree
            self.shownAs = shownAs
            self.keepsHidden = keepsHidden
        }

        mutating func list(_ folder: String, prefix: String, into entries: inout [Entry]) {
            let shown = prefix.isEmpty ? shownAs : shownAs + "/" + prefix
            guard prefix.utf8.count(where: { $0 == UInt8(ascii: "/") }) < 64 else { return problems.append(.tooDeep(path: shown)) }
            guard let dir = opendir(folder) else {
                return problems.append(.unreadable(path: shown, reason: String(cString: strerror(errno))))
            }
            defer { closedir(dir) }
            let fd = dirfd(dir)
            while let entry = readdir(dir) {
                let bytes = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix(while: { $0 != 0 })) }
                guard let name = String(validating: bytes, as: UTF8.self) else {
                    let decoded = GB18030.decode(bytes)
                    problems.append(.nameNotUTF8(folder: shown, name: decoded ?? FileTree.escaped(bytes), isGB18030: decoded != nil))
                    continue
                }
                if name == "." || name == ".." || FileTree.isDebris(name) { continue }
                let relative = prefix.isEmpty ? name : prefix + "/" + name
                if name.hasPrefix("."), !keepsHidden(relative) { continue }
                visit(name, in: fd, folder: folder, relative: relative, into: &entries)
            }
        }

        private mutating func visit(_ name: String, in fd: Int32, folder: String, relative: String, into entries: inout [Entry]) {
            let absolute = folder + "/" + name
            let shown = shownAs + "/" + relative
            // Looked up in the open folder, not by the whole path from the root.
            var info = stat()
            guard fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
                return problems.append(.unreadable(path: shown, reason: String(cString: strerror(errno))))
            }
            if info.st_mode & S_IFMT == S_IFLNK {
                guard let target = FileTree.realPath(absolute) else {
                    return problems.append(errno == ELOOP ? .linkLoops(path: shown) : .linkPointsNowhere(path: shown))
                }
                guard tree.isInside(target) else {
                    return problems.append(.linkLeavesFolder(path: shown, folder: shownAs))
                }
                guard stat(target, &info) == 0 else {
                    return problems.append(.unreadable(path: shown, reason: String(cString: strerror(errno))))
                }
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                let id = FolderID(info)
                guard folders.insert(id).inserted else { return problems.append(.linkLoops(path: shown)) }
                list(absolute, prefix: relative, into: &entries)
                folders.remove(id)
            case S_IFREG:
                entries.append(Entry(path: relative, absolutePath: absolute, stamp: FileStamp(info)))
            default:
                // Sockets, pipes and devices hold no content to publish.
                break
            }
        }
    }

    private func isInside(_ path: String) -> Bool {
        path == boundary || path.hasPrefix(boundary.hasSuffix("/") ? boundary : boundary + "/")
    }

    /// Bytes that are not UTF-8 as `\xB5`, the rest as they are.
    static func escaped(_ bytes: [UInt8]) -> String {
        bytes.map { $0 < 0x80 ? String(UnicodeScalar($0)) : "\\x" + String($0, radix: 16, uppercase: true) }.joined()
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The bytes of a file; `FileProblem.unreadable` names it by `path` as given.
    static func read(_ path: String) throws(FileProblem) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        fstat(fd, &info)
        var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0))
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: [UInt8](repeating: 0, count: 4096)) }
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
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

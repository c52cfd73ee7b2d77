import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The paths of staging files the writer unlinked while another name held
/// the same file. After the first rebuild that linked the live tree into a
/// new staging tree (`OutputWriter.linkCopy`), the two trees share every
/// page that stayed the same; unlinking one name moves the file's change
/// time under the other, in the tree that becomes the previous one, whose
/// stamps the next build checks. Those files are stamped again.
final class SharedFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: Set<String> = []

    var unlinked: Set<String> { lock.withLock { paths } }

    /// Unlinks `absolute` (at `relative` in the tree), noting it if another
    /// name held the file; gives whether it is gone (or was not there).
    func unlink(_ absolute: String, at relative: String) -> Bool {
        var info = stat()
        let shared = lstat(absolute, &info) == 0 && info.st_nlink > 1
        guard Glibc.unlink(absolute) == 0 else { return errno == ENOENT }
        if shared { lock.withLock { _ = paths.insert(relative) } }
        return true
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// One build per output folder and per cache at a time (SPEC §9): two
/// builds writing one tree would leave it mixed or partial. The lock is
/// `flock` on the folder that holds the output, and on the cache folder,
/// so it leaves no file behind and the kernel releases it when a build
/// dies, even by `kill -9`. A second build waits for the first.
final class BuildLock {
    private var descriptors: [Int32] = []

    /// Takes the locks, in the same order in every build so two cannot wait
    /// for each other; `waiting` is told before a wait, with the folder.
    init(output: String, cache: String?, waiting: (String) -> Void) {
        let outputParent = output.lastIndex(of: "/").map { String(output[..<$0]) }.flatMap { $0.isEmpty ? "/" : $0 } ?? "."
        for folder in [outputParent] + (cache.map { [$0] } ?? []) {
            // A folder that cannot be made or opened is reported by the stage that writes there.
            mkdirs(folder)
            let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard fd >= 0 else { continue }
            if flock(fd, LOCK_EX | LOCK_NB) != 0 {
                waiting(folder == outputParent ? output : folder)
                while flock(fd, LOCK_EX) != 0, errno == EINTR {}
            }
            descriptors.append(fd)
        }
    }

    deinit {
        for fd in descriptors { close(fd) }
    }

    private func mkdirs(_ path: String) {
        var made = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            made += "/" + component
            _ = mkdir(made, 0o755)
        }
    }
}

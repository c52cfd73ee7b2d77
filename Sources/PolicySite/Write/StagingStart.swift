/// What the staging tree holds when the writer starts on it, which decides
/// what the writer must check of each file.
enum StagingStart {
    /// A new, empty folder: no file needs checking for links or
    /// truncating, nothing in it is stale, and each writer thread makes the
    /// folders of its own files as it comes to them.
    case fresh
    /// A tree whose every file is known by its stamp and hash, by path: the
    /// tree before the last, or the live tree linked file by file
    /// (`linked`), which moves the live files' change times.
    case known([String: TreeManifest.FileState], linked: Bool)
    /// A tree nothing is known of (left by an interrupted build, or no
    /// longer as the cache says): each file is compared before it is
    /// written, and what is stale is found by walking it.
    case unknown

    /// What the tree holds at `path`, when that is known.
    func held(_ path: String) -> TreeManifest.FileState? {
        if case .known(let files, _) = self { return files[path] }
        return nil
    }

    var isFresh: Bool {
        if case .fresh = self { return true }
        return false
    }

    var linkedTheLiveTree: Bool {
        if case .known(_, linked: true) = self { return true }
        return false
    }
}

/// What the folders `serve` watches hold: each file's path and stat stamp
/// (`FileStamp`). Two snapshots differ when a file was added, removed or
/// saved, including by editors that save to a new file and rename it over
/// the old one.
struct SourceSnapshot: Equatable, Sendable {
    struct File: Hashable, Sendable {
        var path: String
        var stamp: FileStamp
    }

    static let watchedFolders = ["Content", "Templates"]

    var files: [File]

    /// Reads only metadata, from the same readdir walk the load stage uses,
    /// so polling a site of thousands of files stays cheap.
    static func take(root: String) -> SourceSnapshot {
        var problems: [FileProblem] = []
        var files: [File] = []
        for folder in watchedFolders {
            let path = root + "/" + folder
            for entry in FileTree(boundary: path).files(under: path, shownAs: folder, keepsHidden: { _ in true }, problems: &problems) {
                files.append(File(path: folder + "/" + entry.path, stamp: entry.stamp))
            }
        }
        return SourceSnapshot(files: files)
    }

    /// The paths added, removed or changed since `earlier`, sorted.
    func changedPaths(since earlier: SourceSnapshot) -> [String] {
        Set(Set(earlier.files).symmetricDifference(Set(files)).map(\.path)).sorted()
    }
}

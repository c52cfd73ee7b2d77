/// Why a file or folder under `Content/` or `Templates/` is not part of the
/// build. Each is an error: a site that silently lacks a page, a glossary
/// or a download is worse than one that does not build. Paths are as a
/// person finds them, relative to the site root.
enum FileProblem: Error, Equatable {
    case linkLeavesFolder(path: String, folder: String)
    case linkLoops(path: String)
    case linkPointsNowhere(path: String)
    case unreadable(path: String, reason: String)
    /// `name`: decoded as GB18030 (as a zip made on Windows names files),
    /// else with its bytes escaped.
    case nameNotUTF8(folder: String, name: String, isGB18030: Bool)
    case tooDeep(path: String)

    /// What the system said, for a problem it reported.
    var reason: String {
        if case .unreadable(_, let reason) = self { return reason }
        return diagnostic.message
    }

    var diagnostic: Diagnostic {
        switch self {
        case .linkLeavesFolder(let path, let folder): return .error(path, .none, .linkLeavesFolder(folder))
        case .linkLoops(let path): return .error(path, .none, .linkLoops)
        case .linkPointsNowhere(let path): return .error(path, .none, .linkPointsNowhere)
        case .unreadable(let path, let reason): return .error(path, .none, .unreadable(path, reason: reason))
        case .nameNotUTF8(let folder, let name, let isGB18030):
            return .error(folder + "/" + name, .none, .nameNotUTF8(folder: folder, name: name, gb18030: isGB18030))
        case .tooDeep(let path): return .error(path, .none, .folderTooDeep)
        }
    }
}

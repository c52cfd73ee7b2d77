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
        case .linkLeavesFolder(let path, let folder):
            return .error(path, .none, "this symbolic link points outside \(folder)/, so it is not read",
                          hint: "copy the file into \(folder)/ instead of linking to it")
        case .linkLoops(let path):
            return .error(path, .none, "this symbolic link makes a loop (it leads back to itself or to a folder that holds it), so it is not read",
                          hint: "delete the link, or point it at a file or folder outside the loop")
        case .linkPointsNowhere(let path):
            return .error(path, .none, "this symbolic link points to a file or folder that does not exist",
                          hint: "delete the link, or copy the file it meant into its place")
        case .unreadable(let path, let reason):
            return .error(path, .none, "cannot read this file or folder: \(reason)",
                          hint: "give the user who runs policysite permission to read it, e.g. chmod -R a+rX '\(path)'")
        case .nameNotUTF8(let folder, let name, let isGB18030):
            let rename = "convmv -f GB18030 -t UTF-8 --notest '\(folder)'/*"
            return isGB18030
                ? .error(folder + "/" + name, .none,
                         "this name is written in GB18030 (GBK), as zip files made on Windows name files, not in UTF-8, so the file is not read",
                         hint: "rename it to '\(name)' in your file manager, or rename every such file in the folder with: \(rename)")
                : .error(folder + "/" + name, .none, "this name is not UTF-8 text, so the file is not read",
                         hint: "rename it with letters, digits and Chinese characters only")
        case .tooDeep(let path):
            return .error(path, .none, "this folder is more than 64 folders deep, so what is inside it is not read",
                          hint: "move its files to a folder nearer the top")
        }
    }
}

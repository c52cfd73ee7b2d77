import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The staging tree made from the live one, file by file, with hard links.
extension OutputWriter {
    /// Makes the staging folder a copy of the live tree made of hard links.
    /// Files are then replaced, never written through (`writeFile`), so the
    /// live tree stays as it is.
    func linkCopy(of live: TreeManifest) throws(Failure) {
        try makeDirectories(staging)
        try makeFolders(of: live.files.keys)
        let paths = Array(live.files.keys)
        let chunks = ProcessInfo.processInfo.activeProcessorCount * 2
        let failures = ParallelMap.map(Array(0..<chunks)) { chunk -> Failure? in
            for path in paths[(paths.count * chunk / chunks)..<(paths.count * (chunk + 1) / chunks)]
            where link(output + "/" + path, staging + "/" + path) != 0 {
                return .cannotWrite(path: staging + "/" + path, reason: String(cString: strerror(errno)))
            }
            return nil
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
    }

    /// Makes the staging folders that hold `paths`, each once, parents
    /// first: `mkdir -p` per file was most of the time. The folders of one
    /// depth are made on every core, those of one parent by one thread: the
    /// kernel locks a folder while a folder is added to it, and a site has
    /// thousands of page folders in each of a few sections.
    func makeFolders<Paths: Sequence<String>>(of paths: Paths) throws(Failure) {
        // By depth, then by parent.
        var levels: [[Substring: [String]]] = []
        var seen: Set<String> = []
        for path in paths {
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                guard seen.insert(String(folder)).inserted else { break }
                let depth = folder.utf8.count(where: { $0 == UInt8(ascii: "/") })
                while levels.count <= depth { levels.append([:]) }
                let parent = folder.lastIndex(of: "/").map { folder[..<$0] } ?? ""
                levels[depth][parent, default: []].append(String(folder))
            }
        }
        for level in levels {
            let failures = ParallelMap.map(Array(level.values)) { siblings -> Failure? in
                for folder in siblings where mkdir(staging + "/" + folder, 0o755) != 0 && errno != EEXIST {
                    return .cannotWrite(path: staging + "/" + folder, reason: String(cString: strerror(errno)))
                }
                return nil
            }
            if let failure = failures.compactMap({ $0 }).first { throw failure }
        }
    }
}

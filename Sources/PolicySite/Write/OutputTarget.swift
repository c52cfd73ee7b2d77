import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where a build may write (SPEC §9). The output folder and its two
/// siblings, `<output>.staging` and `<output>.previous`, are replaced whole
/// by every build, so a build writes only to folders it made itself: each
/// holds a mark file, and a folder that exists, is not empty and has no
/// mark is refused, as are the site's own folders and any repository.
public struct OutputTarget: Sendable {
    /// Written first into every tree the writer makes. It is published with
    /// the site: a small text file that says what the folder is.
    public static let markName = ".policysite-output"
    static let mark = Array("""
        This folder was written by policysite, which replaces what it holds on
        every build: keep nothing else here.

        """.utf8)

    public let output: String
    public let root: String

    public init(output: String, root: String) {
        self.output = output
        self.root = root
    }

    /// Why the build must not write to `output`, with a hint, if it must not.
    public func problem() -> Message? {
        let out = Self.normalized(output), site = Self.normalized(root)
        if site.hasPrefix(out) { return .outputHoldsSite(output) }
        for folder in ["Content/", "Templates/"] where out.hasPrefix(site + folder) {
            return .outputInside(output, folder: folder)
        }
        if out.split(separator: "/").contains(".git") { return .outputInGit(output) }
        for folder in [output, output + ".staging", output + ".previous"] where !Self.isOurs(folder) {
            return .outputNotOurs(folder)
        }
        return nil
    }

    /// Why `cache` may not hold the build cache, if it may not: inside
    /// `Content/` (or the output) the cache, which holds drafts' titles,
    /// would be published.
    public func cacheProblem(_ cache: String) -> Message? {
        let folder = Self.normalized(cache), site = Self.normalized(root)
        let inside = [site + "Content/"] + [output, output + ".staging", output + ".previous"].map(Self.normalized)
        guard let container = inside.first(where: folder.hasPrefix) else { return nil }
        return .cacheInsidePublished(cache, container: String(container.dropLast()))
    }

    /// Nothing there, an empty folder, or one a build made: its mark, or,
    /// from builds before the mark, the files every build writes.
    static func isOurs(_ folder: String) -> Bool {
        var info = stat()
        guard lstat(folder, &info) == 0 else { return true }
        guard info.st_mode & S_IFMT == S_IFDIR else { return false }
        if access(folder + "/" + markName, F_OK) == 0 { return true }
        if access(folder + "/sitemap.xml", F_OK) == 0, access(folder + "/assets/a11y.js", F_OK) == 0 { return true }
        guard let dir = opendir(folder) else { return false }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix(while: { $0 != 0 })) }
            if name != [0x2E], name != [0x2E, 0x2E] { return false }
        }
        return true
    }

    /// Absolute, without `.`, `..` or symbolic links, ending in `/`.
    static func normalized(_ path: String) -> String {
        let standard = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        return standard.hasSuffix("/") ? standard : standard + "/"
    }
}

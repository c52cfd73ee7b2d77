import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A new folder in the temporary folder that only this user can open
/// (mode 0700), under a name nobody can guess: where `serve` builds.
///
/// A fixed name such as `/tmp/policysite-serve-<pid>` can be made first by
/// anyone else on the machine, as a symbolic link into a folder of theirs,
/// so that the preview's builds, and their clean-up, happen where they
/// chose. `mkdtemp` makes the folder new or fails; it never follows a link.
public struct PrivateFolder: Sendable {
    public enum Failure: Error, CustomStringConvertible {
        case cannotMake(parent: String, reason: String)

        public var description: String {
            switch self {
            case .cannotMake(let parent, let reason):
                return "cannot make a private temporary folder in \(parent): \(reason); "
                    + "set TMPDIR to a folder you can write to"
            }
        }
    }

    public let path: String

    /// Makes `<parent>/<prefix>XXXXXX`, the parent being `$TMPDIR` where
    /// `environment` sets it, else `/tmp`.
    public static func make(prefix: String, environment: [String: String]) throws(Failure) -> PrivateFolder {
        let parent = URL(fileURLWithPath: environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp")
            .standardizedFileURL.path
        var template = Array((parent + "/" + prefix + "XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw .cannotMake(parent: parent, reason: String(cString: strerror(errno)))
        }
        return PrivateFolder(path: String(cString: made))
    }

    /// Deletes the folder with everything in it. Best effort: it is called
    /// as `serve` stops, when there is nobody left to tell.
    public func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

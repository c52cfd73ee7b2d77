import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Maps a request path below the base path to a file of the served folder.
///
/// The HTTP library has already removed plain `..` segments; this also
/// refuses their percent-encoded forms, encoded separators, NUL bytes and symbolic links that lead out of the folder, so nothing
/// outside it can be read.
enum ServedPath: Equatable {
    case file(String)
    /// A folder asked for without its trailing slash: redirect, so that the
    /// page's relative links resolve as they will when published.
    case folderWithoutSlash
    case notFound
    case refused

    /// `encoded` is the percent-encoded path below the base path, e.g.
    /// `policies/plan/` or `assets/site.css`.
    static func resolve(_ encoded: String, in folder: String) -> ServedPath {
        var segments: [String] = []
        for raw in encoded.split(separator: "/") {
            guard let name = String(raw).removingPercentEncoding, name != ".", name != "..",
                  !name.contains("/"), !name.contains("\\"), !name.contains("\0")
            else { return .refused }
            segments.append(name)
        }
        guard let root = realPath(folder) else { return .notFound }
        var path = ([root] + segments).joined(separator: "/")
        if isDirectory(path) {
            if !encoded.isEmpty && !encoded.hasSuffix("/") { return .folderWithoutSlash }
            path += "/index.html"
        }
        guard let real = realPath(path) else { return .notFound }
        guard real.hasPrefix(root + "/") else { return .refused }
        return isDirectory(real) ? .notFound : .file(real)
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the last good build was made from and what it wrote, kept outside
/// the output (`.policysite-cache/` by default) so that the next build
/// redoes only what changed. Everything is keyed by content hashes, never
/// by modification times, which a git checkout or a CI cache restore does
/// not keep.
///
/// A cache written by another format version or another build of the tool
/// is ignored, as is one that cannot be read: it only ever saves time.
/// How it is stored is `CacheFile`'s.
struct BuildCache: Sendable {
    /// The build of the tool that wrote the cache (`hashedTool`).
    var tool: UInt64
    /// Hash of everything a document's parse depends on besides its text
    /// and the set of link targets: settings, glossary, data sets, theme.
    var parseEnvironment: UInt64
    /// Hash of the documents, drafts and static files a link may point at.
    var linkTargets: UInt64
    /// Content files by path.
    var documents: [String: DocumentRecord]
    /// Hash of every document's facts and the parse environment: what every
    /// page but a document's own is made from.
    var siteFacts: UInt64
    /// The output folder: its path inside the site, else as the build was asked to write it.
    var output: String
    /// The trees at `output` and `output.previous` after the build.
    var live: TreeManifest?
    var previous: TreeManifest?
    /// Each language's search index, by language code.
    var search: [String: SearchState]
    /// Each language's order of documents in its search index, by language code.
    var searchOrder: [String: UInt64]
    /// Each document page's fingerprint (`PageFingerprints`), by output path.
    var pages: [String: UInt64]
    /// What was read of each file of `Content/static/`, by output path.
    var statics: [String: StaticRecord] = [:]
    /// The keys of `documents` and `pages` sorted, when known without
    /// sorting them: the documents as the sources were listed, the pages
    /// as the last cache held them. Saving a cache sorted both each time.
    var documentOrder: [String]? = nil
    var pageOrder: [String]? = nil
    /// The length of each section (`layout`) in the file the cache was
    /// read from: the next one's will be about the same.
    var sectionLengths: [Int]? = nil

    /// Identifies this build of the tool: its version and its executable's bytes.
    static let hashedTool: UInt64 = {
        var hash = ContentHash()
        hash.add(CacheFile.formatVersion)
        hash.add(PolicySiteVersion.current)
        if let executable = try? FileTree.read("/proc/self/exe") { hash.add(executable) }
        return hash.value
    }()

    /// Starts working out `hashedTool` on another thread. A build that read
    /// no cache needs it for the one it writes, at its very end, where
    /// reading and hashing the executable kept the other core idle.
    static func hashToolMeanwhile() {
        DispatchQueue.global().async { _ = hashedTool }
    }

    /// The executable's stamp: while it is the one the cache recorded, the
    /// tool is the one that wrote the cache, and its 18 MB need not be hashed.
    static let executableStamp: FileStamp? = {
        var info = stat()
        return stat("/proc/self/exe", &info) == 0 ? FileStamp(info) : nil
    }()
}

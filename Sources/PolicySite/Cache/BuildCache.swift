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
struct BuildCache: Sendable {
    static let formatVersion: UInt64 = 4
    static let fileName = "build.cache"
    private static let magic = Array("policysite-cache\n".utf8)

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

    /// Identifies this build of the tool: its version and its executable's bytes.
    static let hashedTool: UInt64 = {
        var hash = ContentHash()
        hash.add(formatVersion)
        hash.add(PolicySiteVersion.current)
        if let executable = try? FileTree.read("/proc/self/exe") { hash.add(executable) }
        return hash.value
    }()

    /// The executable's stamp: while it is the one the cache recorded, the
    /// tool is the one that wrote the cache, and its 18 MB need not be hashed.
    static let executableStamp: FileStamp? = {
        var info = stat()
        return stat("/proc/self/exe", &info) == 0 ? FileStamp(info) : nil
    }()

    static func read(from folder: String) -> BuildCache? {
        guard let bytes = try? FileTree.read(folder + "/" + fileName), bytes.starts(with: magic) else { return nil }
        var reader = CacheReader(bytes, from: magic.count)
        do throws(CacheReader.Malformed) {
            guard try reader.read() as UInt64 == formatVersion else { return nil }
            let stamp: FileStamp? = try reader.read()
            let tool: UInt64 = try reader.read()
            guard stamp != nil && stamp == executableStamp || tool == hashedTool else { return nil }
            let parseEnvironment: UInt64 = try reader.read()
            let linkTargets: UInt64 = try reader.read()
            let count: Int = try reader.read()
            guard count >= 0 else { return nil }
            var documents: [String: DocumentRecord] = Dictionary(minimumCapacity: min(count, CacheReader.reservationLimit))
            for _ in 0..<count {
                let path: String = try reader.read()
                let record: DocumentRecord = try reader.read()
                documents[path] = record
            }
            let siteFacts: UInt64 = try reader.read()
            let output: String = try reader.read()
            let live: TreeManifest? = try reader.read()
            let previous: TreeManifest? = try reader.read()
            let languages: [String] = try reader.read()
            var search: [String: SearchState] = [:]
            for code in languages {
                let state: SearchState = try reader.read()
                search[code] = state
            }
            var searchOrder: [String: UInt64] = [:]
            for code in languages { searchOrder[code] = try reader.read() }
            let pageCount: Int = try reader.read()
            guard pageCount >= 0 else { return nil }
            var pages: [String: UInt64] = Dictionary(minimumCapacity: min(pageCount, CacheReader.reservationLimit))
            for _ in 0..<pageCount {
                let path: String = try reader.read()
                pages[path] = try reader.readFixed()
            }
            guard reader.isAtEnd else { return nil }
            return BuildCache(tool: tool, parseEnvironment: parseEnvironment, linkTargets: linkTargets, documents: documents,
                              siteFacts: siteFacts, output: output, live: live, previous: previous, search: search,
                              searchOrder: searchOrder, pages: pages)
        } catch {
            return nil
        }
    }

    /// Written to a temporary file and renamed over the old one, so a build
    /// killed while saving leaves the old cache or the new, never half of one.
    func write(to folder: String) throws {
        var writer = CacheWriter()
        writer.write(Self.formatVersion)
        writer.write(Self.executableStamp)
        writer.write(tool)
        writer.write(parseEnvironment)
        writer.write(linkTargets)
        writer.write(documents.count)
        for path in documents.keys.sorted() {
            writer.write(path)
            writer.write(documents[path]!)
        }
        writer.write(siteFacts)
        writer.write(output)
        writer.write(live)
        writer.write(previous)
        let languages = search.keys.sorted()
        writer.write(languages)
        for code in languages { writer.write(search[code]!) }
        for code in languages { writer.write(searchOrder[code] ?? 0) }
        writer.write(pages.count)
        for path in pages.keys.sorted() {
            writer.write(path)
            writer.writeFixed(pages[path]!)
        }

        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = folder + "/" + Self.fileName + ".partial"
        // Written straight from the buffer: a copy of a large site's cache
        // would raise the build's peak memory.
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporary]) }
        defer { close(fd) }
        for part in [Self.magic, writer.bytes] {
            var done = 0
            while done < part.count {
                let n = part.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
                guard n > 0 else { throw CocoaError(.fileWriteOutOfSpace, userInfo: [NSFilePathErrorKey: temporary]) }
                done += n
            }
        }
        guard rename(temporary, folder + "/" + Self.fileName) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: folder + "/" + Self.fileName])
        }
    }
}

import CFileCalls
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How a `BuildCache` is stored: `.policysite-cache/build.cache`, a header
/// and sections of fields in a fixed order (`CacheCodable`). Bump
/// `formatVersion` when anything stored changes.
enum CacheFile {
    static let formatVersion: UInt64 = 11
    static let fileName = "build.cache"
    private static let magic = Array("policysite-cache\n".utf8)

    /// The file after its header is in sections, each read and written on
    /// its own core: a rebuild of a large site spent a third of its time
    /// decoding and encoding the cache.
    private enum Section: Sendable {
        case documents([String: DocumentRecord])
        case live(TreeManifest?)
        case previous(TreeManifest?)
        case search([String: SearchState], order: [String: UInt64])
        /// With the paths in the file's order, sorted.
        case pages([String: UInt64], order: [String])
        case statics([String: StaticRecord])
    }

    /// What each section holds, in file order: the one place the reader and
    /// the writer learn the layout from.
    private enum SectionKind: Sendable {
        /// One of `documentSections` runs of the documents, by path.
        case documents(part: Int)
        case live, previous, search, pages, statics
    }

    /// The documents go in this many sections, by path.
    private static let documentSections = 2
    private static let layout: [SectionKind] = (0..<documentSections).map { .documents(part: $0) } + [.live, .previous, .search, .pages, .statics]

    static func read(from folder: String) -> BuildCache? {
        guard let bytes = try? FileTree.read(folder + "/" + fileName), bytes.starts(with: magic) else { return nil }
        var reader = CacheReader(bytes, from: magic.count)
        do throws(CacheReader.Malformed) {
            guard try reader.read() as UInt64 == formatVersion else { return nil }
            let stamp: FileStamp? = try reader.read()
            let tool: UInt64 = try reader.read()
            guard stamp != nil && stamp == BuildCache.executableStamp || tool == BuildCache.hashedTool else { return nil }
            let parseEnvironment: UInt64 = try reader.read()
            let linkTargets: UInt64 = try reader.read()
            let siteFacts: UInt64 = try reader.read()
            let output: String = try reader.read()
            let lengths: [Int] = try reader.readArray { (reader: inout CacheReader) throws(CacheReader.Malformed) in try reader.read() }
            guard lengths.count == layout.count, lengths.allSatisfy({ $0 >= 0 }),
                  lengths.reduce(0, +) == bytes.count - reader.offset else { return nil }
            var ranges: [Range<Int>] = []
            var at = reader.offset
            for length in lengths {
                ranges.append(at..<at + length)
                at += length
            }
            let bounds = ranges
            let sections: [Section?] = ParallelMap.map(Array(bounds.indices)) { index in
                var reader = CacheReader(bytes, from: bounds[index].lowerBound, to: bounds[index].upperBound)
                let section = try? readSection(layout[index], from: &reader)
                return reader.isAtEnd ? section : nil
            }
            var documents: [String: DocumentRecord] = [:]
            var live: TreeManifest?, previous: TreeManifest?
            var search: [String: SearchState] = [:], searchOrder: [String: UInt64] = [:], pages: [String: UInt64] = [:]
            var pageOrder: [String] = []
            var statics: [String: StaticRecord] = [:]
            for section in sections {
                switch section {
                case .documents(let part)?: documents.merge(part) { $1 }
                case .live(let tree)?: live = tree
                case .previous(let tree)?: previous = tree
                case .search(let states, let order)?: (search, searchOrder) = (states, order)
                case .pages(let fingerprints, let order)?: (pages, pageOrder) = (fingerprints, order)
                case .statics(let records)?: statics = records
                case nil: return nil
                }
            }
            return BuildCache(tool: tool, parseEnvironment: parseEnvironment, linkTargets: linkTargets, documents: documents,
                              siteFacts: siteFacts, output: output, live: live, previous: previous, search: search,
                              searchOrder: searchOrder, pages: pages, statics: statics, pageOrder: pageOrder, sectionLengths: lengths)
        } catch {
            return nil
        }
    }

    private static func readSection(_ kind: SectionKind, from reader: inout CacheReader) throws(CacheReader.Malformed) -> Section {
        switch kind {
        case .documents:
            let count: Int = try reader.read()
            guard count >= 0 else { throw CacheReader.Malformed() }
            var documents: [String: DocumentRecord] = Dictionary(minimumCapacity: min(count, CacheReader.reservationLimit))
            for _ in 0..<count {
                let path: String = try reader.read()
                documents[path] = try reader.read() as DocumentRecord
            }
            return .documents(documents)
        case .live:
            return .live(try reader.read())
        case .previous:
            return .previous(try reader.read())
        case .search:
            let languages: [String] = try reader.read()
            var search: [String: SearchState] = [:], order: [String: UInt64] = [:]
            for code in languages { search[code] = try reader.read() as SearchState }
            for code in languages { order[code] = try reader.read() }
            return .search(search, order: order)
        case .pages:
            let (pages, order) = try reader.readSortedTable { (reader: inout CacheReader) throws(CacheReader.Malformed) in
                try reader.readFixed()
            }
            return .pages(pages, order: order)
        case .statics:
            let (records, _) = try reader.readSortedTable { (reader: inout CacheReader) throws(CacheReader.Malformed) in
                try reader.read() as StaticRecord
            }
            return .statics(records)
        }
    }

    /// `known` when it holds exactly the keys of `dictionary` (sorted, as
    /// its makers promise), else the keys sorted.
    private static func sortedKeys<Value>(of dictionary: [String: Value], known: [String]?) -> [String] {
        if let known, known.count == dictionary.count, known.allSatisfy({ dictionary[$0] != nil }) { return known }
        return dictionary.keys.sorted()
    }

    private static func writeSection(_ kind: SectionKind, of cache: BuildCache, paths: [[String]], expectedLength: Int) -> [UInt8] {
        var writer = CacheWriter(reservingCapacity: expectedLength + expectedLength / 16)
        switch kind {
        case .documents(let part):
            writer.write(paths[part].count)
            for path in paths[part] {
                writer.write(path)
                writer.write(cache.documents[path]!)
            }
        case .live:
            writer.write(cache.live)
        case .previous:
            writer.write(cache.previous)
        case .search:
            let languages = cache.search.keys.sorted()
            writer.write(languages)
            for code in languages { writer.write(cache.search[code]!) }
            for code in languages { writer.write(cache.searchOrder[code] ?? 0) }
        case .pages:
            writer.write(cache.pages.count)
            for path in sortedKeys(of: cache.pages, known: cache.pageOrder) {
                writer.write(path)
                writer.writeFixed(cache.pages[path]!)
            }
        case .statics:
            writer.write(cache.statics.count)
            for path in cache.statics.keys.sorted() {
                writer.write(path)
                writer.write(cache.statics[path]!)
            }
        }
        return writer.bytes
    }

    /// Written over the cache before the last one (`<file>.previous`), then
    /// exchanged with the last one, so a build killed while saving leaves
    /// the old cache or the new, never half of one. Overwriting a file in
    /// place spares ext4 allocating fifteen megabytes of new blocks and
    /// freeing as many old ones on every build.
    static func write(_ cache: BuildCache, to folder: String) throws {
        let sorted = sortedKeys(of: cache.documents, known: cache.documentOrder)
        let paths = (0..<Self.documentSections).map { part in
            Array(sorted[sorted.count * part / Self.documentSections..<sorted.count * (part + 1) / Self.documentSections])
        }
        let expected = cache.sectionLengths?.count == layout.count ? cache.sectionLengths! : Self.layout.map { _ in 0 }
        let sections = ParallelMap.map(Array(Self.layout.indices)) { writeSection(layout[$0], of: cache, paths: paths, expectedLength: expected[$0]) }
        var writer = CacheWriter()
        writer.write(Self.formatVersion)
        writer.write(BuildCache.executableStamp)
        writer.write(cache.tool)
        writer.write(cache.parseEnvironment)
        writer.write(cache.linkTargets)
        writer.write(cache.siteFacts)
        writer.write(cache.output)
        writer.write(sections.count)
        for section in sections { writer.write(section.count) }

        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let current = folder + "/" + Self.fileName, spare = current + ".previous"
        // Written straight from the buffer: a copy of a large site's cache
        // would raise the build's peak memory. Never through a symbolic link.
        var fd = open(spare, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        if fd < 0, errno == ELOOP, unlink(spare) == 0 { fd = open(spare, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644) }
        guard fd >= 0 else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: spare]) }
        defer { close(fd) }
        var length = 0
        for part in [Self.magic, writer.bytes] + sections {
            var done = 0
            while done < part.count {
                let n = part.withUnsafeBytes { pwrite(fd, $0.baseAddress! + done, $0.count - done, off_t(length + done)) }
                guard n > 0 else { throw CocoaError(.fileWriteOutOfSpace, userInfo: [NSFilePathErrorKey: spare]) }
                done += n
            }
            length += part.count
        }
        guard ftruncate(fd, off_t(length)) == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: spare]) }
        if access(current, F_OK) == 0, policysite_exchange_paths(spare, current) == 0 { return }
        guard rename(spare, current) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: current])
        }
    }
}

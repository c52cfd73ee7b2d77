import CFileCalls
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The write stage. The site is written into a staging folder beside the
/// output folder and swapped in only once every file is written, so a
/// failed or interrupted build never leaves a half-written site behind, and
/// files that are no longer generated disappear.
///
/// The tree that was swapped out is kept beside the output as
/// `<output>.previous` and becomes the next build's staging folder: files
/// are overwritten in place, keeping their inodes. Deleting ten thousand
/// files and creating as many again made a rebuild twice as slow as a first
/// build on ext4, which searches past recently freed inodes.
public struct OutputWriter: Sendable {
    public let output: String
    /// The files this writer unlinked that the live tree shares.
    let shared = SharedFiles()

    public init(output: String) {
        self.output = output.hasSuffix("/") && output.count > 1 ? String(output.dropLast()) : output
    }

    public enum Failure: Error, CustomStringConvertible {
        case cannotWrite(path: String, reason: String)
        case cannotRead(path: String, reason: String)
        /// A file of the output folder that a page was to be kept from
        /// changed after the build checked the folder: edited while the
        /// site was being built.
        case liveTreeChanged(path: String)

        public var description: String {
            switch self {
            case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
            case .cannotRead(let path, let reason): return "cannot read \(path): \(reason)"
            case .liveTreeChanged(let path): return "\(path) changed while the site was being built"
            }
        }
    }

    var staging: String { output + ".staging" }
    var previous: String { output + ".previous" }

    /// Files are written in runs of this many consecutive paths, each run
    /// handed to the next writer thread free: a thread takes a run, not a
    /// file, as threads creating files in one folder contend for its lock in
    /// the kernel; and runs are short, so that the last ones end together.
    /// (One long run per thread left a core idle for a tenth of a clean
    /// build, as pages cost more in some parts of the tree than in others.)
    static let filesPerRun = 64

    /// What the build knows of the trees on disk before it writes, each
    /// already checked against its folder (`PreviousBuild`).
    struct KnownTrees: Sendable {
        /// The tree at `output`: `.unchanged` files are read from it, each
        /// checked against its hash as it is read.
        var live: TreeManifest?
        /// The tree at `<output>.previous`, which becomes the staging folder.
        var previous: TreeManifest?
        /// What the last build read of each static file, by output path:
        /// one whose stamp is the same need not be read again.
        var statics: [String: StaticRecord] = [:]
    }

    /// What the write stage leaves: what each tree holds, and the
    /// fingerprint of each document page it made (`OutputFile.Content.page`).
    struct Written: Sendable {
        var live: TreeManifest
        var previous: TreeManifest?
        var fingerprints: [String: UInt64]
    }

    /// Writes the site and says what each tree holds afterwards. A file
    /// whose content the staging tree already holds is not written again.
    ///
    /// `later` gives more files, asked for once `files` are written into a
    /// new staging folder: work still going on elsewhere (the search index)
    /// goes on while these are written.
    func write(_ files: [OutputFile], later: () -> [OutputFile] = { [] },
               known: KnownTrees) throws(Failure) -> Written {
        do {
            return try writeTrees(files, later: later, known: known)
        } catch .cannotWrite(let path, let reason) {
            // A full disk must not stay full of a half-written tree.
            try? remove(staging)
            throw .cannotWrite(path: path, reason: reason)
        }
    }

    private func writeTrees(_ files: [OutputFile], later: () -> [OutputFile], known: KnownTrees) throws(Failure) -> Written {
        let start = try startStaging(known)
        // --output may name a folder whose parents do not exist yet.
        try makeDirectories(staging)
        // Marked before anything else is written: a build killed now leaves a tree the next one may take.
        let mark = OutputFile(path: OutputTarget.markName, content: .bytes(OutputTarget.mark))
        if start.held(mark.path) == nil {
            _ = try OutputTarget.mark.withUnsafeBytes { bytes in
                Result { () throws(Failure) in try writeFile(staging + "/" + mark.path, .bytes(bytes), mayHoldIt: true) }
            }.get()
        }
        // A rebuild lists it among the pages it keeps.
        var all = files
        if !all.contains(where: { $0.path == mark.path }) { all.append(mark) }
        // What is stale is known only once every file is: only a fresh tree
        // has nothing stale, and takes what is still being made last.
        switch start {
        case .fresh:
            break
        case .known(let held, _):
            all += later()
            let paths = Set(all.map(\.path))
            try removeStale(held.keys.filter { !paths.contains($0) })
        case .unknown:
            all += later()
            try removeStale(keeping: Set(all.map(\.path)))
        }
        var written: [String: TreeManifest.FileState] = Dictionary(minimumCapacity: all.count)
        var fingerprints: [String: UInt64] = [:]
        // The paths in the order written, while that is sorted.
        var order: [String]? = []
        func writeSorted(_ part: [OutputFile]) throws(Failure) {
            let sorted = part.sorted { $0.path < $1.path }
            if let last = order?.last, let first = sorted.first, first.path <= last { order = nil }
            for (file, result) in zip(sorted, try write(sorted, start: start, known: known)) {
                written[file.path] = result.state
                fingerprints[file.path] = result.fingerprint
                order?.append(file.path)
            }
        }
        try writeSorted(all)
        // Asked for only now: what is still being made is made while the rest is written.
        if case .fresh = start { try writeSorted(later()) }
        try swapIn()
        // Linking and unlinking shared files moved change times in the live tree, now the previous one.
        let previous = start.linkedTheLiveTree ? known.live?.restamped(in: previous)
            : known.live?.restamped(shared.unlinked, in: previous)
        return Written(live: TreeManifest(files: written, sortedPaths: order), previous: previous, fingerprints: fingerprints)
    }

    /// Makes the staging folder from what there is: a tree an interrupted
    /// build left, the tree before the last, or the live tree linked file by
    /// file; else a new one.
    private func startStaging(_ known: KnownTrees) throws(Failure) -> StagingStart {
        // A staging folder left by an interrupted build is reused, but nothing is known of what it holds.
        if access(staging, F_OK) == 0 { return .unknown }
        if access(previous, F_OK) == 0 {
            guard rename(previous, staging) == 0 else {
                try remove(previous)
                return .fresh
            }
            return known.previous.map { .known($0.files, linked: false) } ?? .unknown
        }
        // No tree to reuse: the live one, linked file by file, is the
        // cheapest start when most pages stay as they are.
        if let live = known.live {
            try linkCopy(of: live)
            return .known(live.restamped(in: staging).files, linked: true)
        }
        return .fresh
    }

    /// A file written or kept, and the fingerprint of a document page made.
    private struct FileResult {
        var state: TreeManifest.FileState
        var fingerprint: UInt64?
    }

    /// Writes files sorted by path, a run of them at a time on each writer
    /// thread (`filesPerRun`), and gives what each file is afterwards, in their order.
    private func write(_ sorted: [OutputFile], start: StagingStart, known: KnownTrees) throws(Failure) -> [FileResult] {
        let batches = (sorted.count + Self.filesPerRun - 1) / Self.filesPerRun
        let results = ParallelMap.map(Array(0..<batches)) { batch -> Result<[FileResult], Failure> in
            var states: [FileResult] = []
            // Paths are sorted, so a folder's files come together: made once, when its first file comes.
            var lastFolder: Substring?
            for index in (sorted.count * batch / batches)..<(sorted.count * (batch + 1) / batches) {
                do throws(Failure) {
                    states.append(try write(sorted[index], start: start, known: known, lastFolder: &lastFolder))
                } catch {
                    return .failure(error)
                }
            }
            return .success(states)
        }
        var states: [FileResult] = []
        for result in results {
            switch result {
            case .success(let batch): states += batch
            case .failure(let failure): throw failure
            }
        }
        return states
    }

    /// Writes one file unless the staging tree holds it already, and gives
    /// what the file is afterwards.
    private func write(_ file: OutputFile, start: StagingStart, known: KnownTrees,
                       lastFolder: inout Substring?) throws(Failure) -> FileResult {
        let target = staging + "/" + file.path
        let held = start.held(file.path)
        let fresh = start.isFresh
        let live = known.live?.files, statics = known.statics
        func store(_ contents: FileContents, hash: UInt64) throws(Failure) -> TreeManifest.FileState {
            if let held, held.hash == hash { return held }
            let stamp: FileStamp
            if fresh {
                let folder = target[..<target.lastIndex(of: "/")!]
                if folder != lastFolder {
                    try makeFolder(String(folder))
                    lastFolder = folder
                }
                stamp = try writeNewFile(target, contents)
            } else {
                stamp = try writeFile(target, contents, mayHoldIt: held == nil)
            }
            return TreeManifest.FileState(hash: hash, stamp: stamp)
        }
        // Written from the bytes where they are: a page's text is not copied into an array first.
        func store(_ bytes: UnsafeRawBufferPointer) -> Result<TreeManifest.FileState, Failure> {
            Result { () throws(Failure) in try store(.bytes(bytes), hash: ContentHash.ofFile(bytes)) }
        }
        switch file.content {
        case .bytes(let content):
            return FileResult(state: try content.withUnsafeBytes(store).get())
        case .generated(let make):
            var text = make()
            return FileResult(state: try text.withUTF8 { store(UnsafeRawBufferPointer($0)) }.get())
        case .page(let make):
            var page = make()
            return FileResult(state: try page.text.withUTF8 { store(UnsafeRawBufferPointer($0)) }.get(), fingerprint: page.fingerprint)
        case .copy(let source, let stamp):
            // A file whose stamp is the one the last build hashed is not read at all when the staging tree holds it.
            let known = statics[file.path].flatMap { $0.stamp == stamp ? $0.hash : nil }
            if let known, let held, held.hash == known { return FileResult(state: held) }
            let input = open(source, O_RDONLY | O_CLOEXEC)
            guard input >= 0 else { throw .cannotRead(path: source, reason: String(cString: strerror(errno))) }
            defer { close(input) }
            guard let (hash, size) = known.map({ ($0, stamp.size) }) ?? StreamedFile.hash(input) else {
                throw .cannotRead(path: source, reason: String(cString: strerror(errno)))
            }
            return FileResult(state: try store(.file(input, size: size, hash: hash), hash: hash))
        case .unchanged:
            guard let state = live?[file.path] else {
                throw .cannotWrite(path: target, reason: "the previous build's file is unknown")
            }
            if let held, held.hash == state.hash { return FileResult(state: held) }
            // A staging tree nothing is known of mostly holds the page
            // already: told by the staging file's own hash, without reading the live one.
            if held == nil, !fresh, let same = Self.state(of: target, ifItIs: state) { return FileResult(state: same) }
            guard let kept = try? FileTree.read(output + "/" + file.path), ContentHash.ofFile(kept) == state.hash else {
                throw .liveTreeChanged(path: output + "/" + file.path)
            }
            return FileResult(state: try kept.withUnsafeBytes(store).get())
        }
    }

    /// Replaces the output folder by the staging folder: in one atomic
    /// exchange where the kernel can, else by two renames. The tree swapped
    /// out is kept as the next build's staging folder.
    private func swapIn() throws(Failure) {
        try remove(previous)
        if access(output, F_OK) == 0, policysite_exchange_paths(staging, output) == 0 {
            if rename(staging, previous) != 0 { try remove(staging) }
            return
        }
        if access(output, F_OK) == 0, rename(output, previous) != 0 {
            throw .cannotWrite(path: output, reason: String(cString: strerror(errno)))
        }
        guard rename(staging, output) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(previous, output)
            throw .cannotWrite(path: output, reason: reason)
        }
    }

}

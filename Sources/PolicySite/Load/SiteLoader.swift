/// The load stage: reads `Content/` and the site's `Templates/` under a root.
public struct SiteLoader: Sendable {
    public let root: String

    public init(root: String) {
        self.root = root
    }

    public func load(into diagnostics: Diagnostics) -> LoadedSite {
        load(into: diagnostics) { _ in nil }
    }

    /// Files the build cache `reading` hashed and that have not been touched
    /// since are not read; the cache is waited for only once the first file
    /// is listed.
    func load(into diagnostics: Diagnostics, unchangedIn reading: BackgroundValue<BuildCache?>?) -> LoadedSite {
        var cached: [String: DocumentRecord]?
        return load(into: diagnostics) { path in
            if cached == nil { cached = reading?.value?.documents ?? [:] }
            return cached![path].flatMap { record in record.stamp.map { ($0, record.sourceHash) } }
        }
    }

    /// `unchanged`: for a path of a Markdown file the build cache hashed,
    /// its stamp then and the hash. A file whose stamp is still the same is
    /// not read (`SourceFile.unreadHash`).
    func load(into diagnostics: Diagnostics, unchanged: (String) -> (stamp: FileStamp, hash: UInt64)?) -> LoadedSite {
        var problems: [FileProblem] = []
        var sources: [SourceFile] = []
        var assets: [StaticAsset] = []

        let content = root + "/Content"
        if !FileTree.isDirectory(content) {
            diagnostics.report(.error("Content", .none, .noContentFolder(under: root)))
        }
        var texts: [FileTree.Entry] = []
        var unread: [SourceFile] = []
        // Dotfiles are published from static/ (`.well-known/`); elsewhere they are an editor's.
        let listed = FileTree(boundary: content).files(under: content, shownAs: "Content",
                                                      keepsHidden: { $0.hasPrefix("static/") }, problems: &problems)
        for entry in listed {
            if entry.path.hasPrefix("static/") {
                assets.append(StaticAsset(outputPath: String(entry.path.dropFirst("static/".count)),
                                          sourcePath: entry.absolutePath, stamp: entry.stamp))
            } else if case let path = "Content/" + entry.path, let known = unchanged(path), known.stamp == entry.stamp {
                unread.append(SourceFile(path: path, text: "", stamp: entry.stamp, unreadHash: known.hash))
            } else {
                texts.append(entry)
            }
        }
        // Read and decoded on every core; reported in path order.
        let decoded = ParallelMap.map(texts) { entry in
            Result { () throws(FileProblem) in TextDecoding.decode(try FileTree.read(entry.absolutePath)) }
        }
        var rejected: Set<String> = []
        for (entry, result) in zip(texts, decoded) {
            let path = "Content/" + entry.path
            if case .success(.success) = result {} else { rejected.insert(path) }
            switch result {
            case .success(.success(let text)):
                sources.append(SourceFile(path: path, text: text, stamp: entry.stamp))
            case .success(.failure(.notUTF8(let line, let column, let gb18030))):
                diagnostics.report(Self.notUTF8(path, line: line, column: column, gb18030: gb18030))
            case .success(.failure(.utf16)):
                diagnostics.report(.error(path, .none, .utf16(path)))
            case .success(.failure(.nulByte(let line, let column))):
                diagnostics.report(.error(path, SourcePosition(line: line, column: column), .nulCharacter))
            case .failure(let problem):
                problems.append(.unreadable(path: path, reason: problem.reason))
            }
        }

        var overrides: [String: [UInt8]] = [:]
        let templates = root + "/Templates"
        for entry in FileTree(boundary: templates).files(under: templates, shownAs: "Templates", problems: &problems)
        where !entry.path.hasSuffix(".swift") {
            do {
                overrides[entry.path] = try FileTree.read(entry.absolutePath)
            } catch {
                problems.append(.unreadable(path: "Templates/" + entry.path, reason: error.reason))
            }
        }
        for problem in problems { diagnostics.report(problem.diagnostic) }
        sources = Self.merged(sources, unread)
        return LoadedSite(sources: sources, staticAssets: assets, themeOverrides: overrides, root: root, rejected: rejected)
    }

    /// Two lists sorted by path as one: both come from one sorted listing.
    static func merged(_ a: [SourceFile], _ b: [SourceFile]) -> [SourceFile] {
        var merged: [SourceFile] = []
        merged.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i].path < b[j].path) {
                merged.append(a[i])
                i += 1
            } else {
                merged.append(b[j])
                j += 1
            }
        }
        return merged
    }

    static func notUTF8(_ path: String, line: Int, column: Int, gb18030: Bool) -> Diagnostic {
        .error(path, SourcePosition(line: line, column: column), .notUTF8(path, gb18030: gb18030))
    }
}

import PolicySite

/// One fuzz input read as a site, in the txtar form Go's tools use:
///
///     -- Content/policies/a.zh.md --
///     ---
///     title: …
///     ---
///     正文
///     -- Content/glossary/terms.yaml --
///     - id: …
///
/// Each `-- path --` line starts a file that runs to the next such line.
/// Bytes before the first one, if any, are `Content/pages/fuzz.zh.md`, so
/// that an input of plain Markdown with front matter is a page. Without a
/// `Content/site.yaml` the site has `defaultSiteYAML`. Files after the
/// first `maxFiles` are left out.
struct FuzzInput {
    /// A build's time grows with its documents: an input of a hundred tiny
    /// ones takes a second with nothing wrong. Few files keep libFuzzer's
    /// one-second limit for the text of a file taking too long.
    static let maxFiles = 8

    static let defaultSiteYAML = """
        title: { zh: 测试站, en: Test Site }
        base_url: https://example.gov.cn/policy/
        languages: [zh, en]
        publisher: { zh: 测试委员会, en: Test Committee }
        topics:
          sci-tech: { zh: 科技创新, en: Science and technology }
          planning: { zh: 发展规划, en: Development plans }
        """

    /// The files by path, as bytes: decoding them is part of what is fuzzed.
    var files: [String: [UInt8]] = [:]

    init(_ bytes: [UInt8]) {
        var path: String?
        var start = 0
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            if let name = Self.header(bytes[lineStart..<lineEnd]) {
                add(path, bytes[start..<lineStart])
                path = name
                start = min(lineEnd + 1, bytes.count)
            }
            lineStart = lineEnd + 1
        }
        add(path, bytes[start...])
    }

    private mutating func add(_ path: String?, _ bytes: ArraySlice<UInt8>) {
        if files.count == Self.maxFiles { return }
        if let path {
            files[path] = Array(bytes)
        } else if !bytes.isEmpty {
            files["Content/pages/fuzz.zh.md"] = Array(bytes)
        }
    }

    /// The name in a `-- name --` line.
    private static func header(_ line: ArraySlice<UInt8>) -> String? {
        let marker: [UInt8] = Array("-- ".utf8)
        guard line.count >= 6, line.starts(with: marker), line.suffix(3).elementsEqual(" --".utf8) else { return nil }
        return String(decoding: line.dropFirst(3).dropLast(3), as: UTF8.self)
    }

    /// The site as the load stage would give it: files that do not decode
    /// are left out, as the loader leaves them out after reporting them.
    var site: LoadedSite {
        var sources: [SourceFile] = []
        for (path, bytes) in files {
            if case .success(let text) = TextDecoding.decode(bytes) { sources.append(SourceFile(path: path, text: text)) }
        }
        if files["Content/site.yaml"] == nil { sources.append(SourceFile(path: "Content/site.yaml", text: Self.defaultSiteYAML)) }
        return LoadedSite(sources: sources)
    }
}

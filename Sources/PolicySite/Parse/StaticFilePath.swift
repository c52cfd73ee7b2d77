/// A file of `Content/static/` as front matter names it (`attachments`,
/// `video`): relative to the document's own file, as a link in its text is
/// (SPEC §4, §5), so `../static/files/plan.pdf` in a policy.
enum StaticFilePath {
    /// The file's path in the output (`files/plan.pdf`), or nil when
    /// `written` leads anywhere but into `Content/static/`.
    static func outputPath(_ written: String, from sourcePath: String) -> String? {
        guard let parts = ContentPath.resolving(written, from: sourcePath),
              parts.count > 2, parts[0] == "Content", parts[1] == "static" else { return nil }
        return parts.dropFirst(2).joined(separator: "/")
    }

    /// How to write a path to `Content/static/<output>` from the file at `sourcePath`.
    static func example(_ output: String, from sourcePath: String) -> String {
        let depth = sourcePath.split(separator: "/").count - 2
        return String(repeating: "../", count: max(depth, 0)) + "static/" + output
    }
}

/// What a link to a file says of it besides its title (SPEC §4: "PDF,
/// 21 KB"): a reader on a phone knows what opens and what a tap costs.
enum DownloadInfo {
    /// The extension in capitals, as readers know a file's type: PDF, DOCX, OFD, MP4.
    static func type(of path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].uppercased()
    }

    /// In units of 1,024 bytes, as file managers show them: "812 B", "21 KB"
    /// (rounded, at least 1), "3.4 MB" (one decimal).
    static func size(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        if bytes < 1024 * 1024 { return "\(max(1, (bytes + 512) / 1024)) KB" }
        let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024)
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}

/// The video of a `form: video` interpretation (front matter `video:`):
/// output paths of static files, as for `Attachment.file`.
public struct Video: Sendable, Hashable {
    public var file: String
    /// A WebVTT file: the captions are required (WCAG 1.2.2), so a video
    /// without them is no `Video`.
    public var captions: String
    public var poster: String?

    public init(file: String, captions: String, poster: String? = nil) {
        self.file = file
        self.captions = captions
        self.poster = poster
    }

    /// The MIME type of `file` for `<source type>`, from its extension;
    /// nil for one no browser is known to play.
    public var mediaType: String? {
        switch file.split(separator: ".").last?.lowercased() {
        case "mp4", "m4v": return "video/mp4"
        case "webm": return "video/webm"
        case "ogv": return "video/ogg"
        default: return nil
        }
    }
}

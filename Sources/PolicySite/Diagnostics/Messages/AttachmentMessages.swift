/// Messages about the numbers, attachments and video a document's front
/// matter names (12xx, SPEC §4).
extension Message {
    static func numberHoldsInvisible(_ field: String, _ scalar: Unicode.Scalar) -> Message {
        let named = InvisibleCharacters.described(scalar)
        return Message(.referenceNumber,
                       zh: "“\(field)”中有 \(named)",
                       en: "'\(field)' holds \(named)",
                       hint: Bilingual(zh: "删除这个不可见字符，它通常随粘贴的文字而来",
                                       en: "delete the invisible character, which usually comes with pasted text"))
    }

    static func numberFullWidth(_ field: String, written: String, halfWidth: String) -> Message {
        Message(.referenceNumber,
                zh: "“\(field)”中有全角字符：“\(written)”",
                en: "'\(field)' holds full-width characters (全角字符): '\(written)'",
                hint: Bilingual(zh: "用半角字符输入：\(field): \(halfWidth)",
                                en: "type it with half-width characters (半角): \(field): \(halfWidth)"))
    }

    static func numberHoldsSpace(_ field: String, written: String) -> Message {
        let example = "\(field): 11370212MB2844566K/2021-00012"
        return Message(.referenceNumber,
                       zh: "“\(field)”中有空格或换行：“\(written)”",
                       en: "'\(field)' holds a space or a line break: '\(written)'",
                       hint: Bilingual(zh: "按发文时的写法填写，不加空格，例如 \(example)",
                                       en: "write the number as issued, without spaces, e.g. \(example)"))
    }

    static func videoWithoutForm(missingVideo: Bool) -> Message {
        let both = "form: video, video: { file: ../static/video/clip.mp4, captions: ../static/video/clip.zh.vtt }"
        return Message(.attachmentOrVideo,
                       zh: missingVideo ? "“form: video”需要“video:”，即要播放的视频" : "“video:”需要“form: video”",
                       en: missingVideo ? "'form: video' needs 'video:', the video to show" : "'video:' needs 'form: video'",
                       hint: Bilingual(zh: "两项都写：\(both)", en: "write both: \(both)"))
    }

    static func attachmentsNotAList(example: String) -> Message {
        Message(.attachmentOrVideo,
                zh: "“attachments”应是文件的列表，每项写作“- { file: …, title: … }”",
                en: "'attachments' must be a list of files, each '- { file: …, title: … }'",
                hint: Bilingual(zh: "例如 attachments: [{ file: \(example), title: 规划全文 }]",
                                en: "e.g. attachments: [{ file: \(example), title: 规划全文 }]"))
    }

    static func notAVideoFile(_ file: String) -> Message {
        Message(.attachmentOrVideo,
                zh: "视频“\(file)”不是 MP4、WebM 或 Ogg 文件",
                en: "the video '\(file)' is not an MP4, WebM or Ogg file",
                hint: Bilingual(zh: "把视频存为 .mp4（H.264），所有浏览器都能播放",
                                en: "publish the video as .mp4 (H.264), which every browser plays"))
    }

    static func captionsNotVTT(_ captions: String) -> Message {
        Message(.attachmentOrVideo,
                zh: "字幕“\(captions)”不是 WebVTT（.vtt）文件",
                en: "the captions '\(captions)' are not a WebVTT (.vtt) file",
                hint: Bilingual(zh: "浏览器读取 WebVTT 字幕；多数字幕编辑软件能把 .srt 另存为 .vtt",
                                en: "browsers read captions from WebVTT files; most subtitle editors save .srt as .vtt"))
    }

    static func fileFieldsNotAMap(_ field: String, required: [String], not kind: Bilingual) -> Message {
        let shape = "{ \(required.map { "\($0): …" }.joined(separator: ", ")) }"
        return Message(.attachmentOrVideo,
                       zh: "“\(field)”应是 \(shape) 这样的映射，而不是\(kind.zh)",
                       en: "'\(field)' must be a map like \(shape), not \(kind.en)")
    }

    /// `captionsExample`: where a missing `captions` would be, for its hint.
    static func fileFieldsMissing(_ field: String, _ missing: [String], captionsExample: String) -> Message {
        let fields = missing.map { "\($0): …" }.joined(separator: ", ")
        return Message(.attachmentOrVideo,
                       zh: "“\(field)”缺少\(missing.map { "“\($0)”" }.joined(separator: "或"))",
                       en: "'\(field)' has no \(missing.map { "'\($0)'" }.joined(separator: " or "))",
                       hint: missing.contains("captions")
                           ? Bilingual(zh: "视频要有页面语言的字幕，供听不到声音的读者使用（WCAG 1.2.2）：captions: \(captionsExample)",
                                       en: "a video needs captions in the page's language for readers who cannot hear it (WCAG 1.2.2): captions: \(captionsExample)")
                           : Bilingual(zh: "在花括号中写上 \(fields)", en: "write \(fields) in the braces"))
    }

    static func notAStaticFile(_ written: String, example: String) -> Message {
        Message(.attachmentOrVideo,
                zh: "“\(written)”不是 Content/static/ 中的文件",
                en: "'\(written)' is not a file in Content/static/",
                hint: Bilingual(zh: "像写链接一样，从本文件出发写路径：\(example)",
                                en: "write the path from this file, as in a link: \(example)"))
    }

    static func missingStaticFile(_ file: String) -> Message {
        Message(.missingStaticFile,
                zh: "文件 Content/static/\(file) 不存在",
                en: "the file Content/static/\(file) does not exist",
                hint: Bilingual(zh: "检查文件名，或把文件放到 Content/static/\(file)",
                                en: "check the file name, or add the file to Content/static/\(file)"))
    }

    /// `isContent`: in a graphic interpretation (图解), where images are the text.
    static func imageWithoutAlt(isContent: Bool) -> Message {
        let example = "![规划框架图：四大功能区……](../static/images/plan.png)"
        return Message(.imageWithoutAlt,
                       zh: "这张图片没有替代文字（alt 文字）",
                       en: "this image has no text alternative (alt text)",
                       hint: Bilingual(
                           zh: "在方括号中描述图片内容，例如 \(example)" + (isContent ? "；图解中图片就是正文，每张都要有" : ""),
                           en: "describe what the image shows between the brackets, e.g. \(example)"
                               + (isContent ? "; in a graphic interpretation (图解) the images are the text, so each needs one" : "")))
    }
}

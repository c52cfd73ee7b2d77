/// Everything `import` tells the person who runs it, in Chinese and
/// English side by side: the command names a message and passes its
/// values, and never builds a sentence itself.
public enum ImportMessage: Sendable {
    case readAs(file: String, encoding: PlainTextDecoding.Encoding)
    case dropped(file: String, DroppedLine)
    case alreadyInGlossary(term: String)
    /// With `--stdout`: the glossary file that was not written follows.
    case glossaryNotWritten(count: Int, path: String)
    case fillIn(fields: [String], path: String)
    /// The policy an interpretation names has no file in this language yet.
    case noPolicyFile(path: String)

    public func text(in language: MessageLanguage) -> String {
        let zh = language == .zh
        switch self {
        case .readAs(let file, let encoding):
            return zh ? "已读取 \(file)，编码：\(Self.name(encoding, zh: true))" : "read \(file) as \(Self.name(encoding, zh: false))"
        case .dropped(let file, let line):
            let reason = Self.reason(line.reason, zh: zh)
            return zh ? "\(file):\(line.line): 已删去（\(reason)）：\(line.text)" : "\(file):\(line.line): dropped \(reason): \(line.text)"
        case .alreadyInGlossary(let term):
            return zh ? "“\(term)”已在网站的术语表中，没有重复添加" : "'\(term)' is already in the site's glossary; it was not added again"
        case .glossaryNotWritten(let count, let path):
            return zh ? "\(path) 的 \(count) 个术语（没有写入文件）：" : "\(count) glossary terms for \(path) (not written):"
        case .fillIn(let fields, let path):
            return zh
                ? "发布前请在 \(path) 中填写：\(fields.joined(separator: "、"))（没填好之前，policysite check 会指出是哪一行）"
                : "fill in before publishing: \(fields.joined(separator: ", ")) in \(path) ('policysite check' points at each line until it is filled in)"
        case .noPolicyFile(let path):
            return zh ? "提醒：没有 \(path)；生成网站前请先添加这篇政策" : "warning: there is no \(path); add the policy before building"
        }
    }

    private static func name(_ encoding: PlainTextDecoding.Encoding, zh: Bool) -> String {
        switch encoding {
        case .utf8(let bom, let crlf):
            return "UTF-8" + (bom ? (zh ? "（带 BOM）" : " with a BOM") : "") + (crlf ? (zh ? "，Windows 换行符" : ", Windows line ends") : "")
        case .gb18030(let crlf):
            return (zh ? "GB18030，已转换为 UTF-8" : "GB18030, converted to UTF-8") + (crlf ? (zh ? "，Windows 换行符" : ", Windows line ends") : "")
        }
    }

    private static func reason(_ reason: DroppedLine.Reason, zh: Bool) -> String {
        let (chinese, english): (String, String)
        switch reason {
        case .sourceNotice: (chinese, english) = ("来源说明", "source notice")
        case .copyrightNotice: (chinese, english) = ("版权声明", "copyright notice")
        case .editorCredit: (chinese, english) = ("责任编辑", "editor credit")
        case .pageNavigation: (chinese, english) = ("上一篇、下一篇", "page navigation")
        case .shareButtons: (chinese, english) = ("分享按钮", "share buttons")
        case .commentBox: (chinese, english) = ("评论区", "comment box")
        case .fontSizeButtons: (chinese, english) = ("字号按钮", "font-size buttons")
        case .pageCounter: (chinese, english) = ("浏览次数", "page counter")
        case .printButton: (chinese, english) = ("打印按钮", "print button")
        case .closeButton: (chinese, english) = ("关闭按钮", "close button")
        case .qrCode: (chinese, english) = ("二维码", "QR code")
        case .publicationDate: (chinese, english) = ("发布时间，已填入 published", "publication date, now 'published'")
        }
        return zh ? chinese : english
    }
}

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

    public func text(in language: MessageLanguage) -> String { text[language] }

    private var text: Bilingual {
        switch self {
        case .readAs(let file, let encoding):
            let name = Self.name(encoding)
            return Bilingual(zh: "已读取 \(file)，编码：\(name.zh)", en: "read \(file) as \(name.en)")
        case .dropped(let file, let line):
            let reason = Self.reason(line.reason)
            return Bilingual(zh: "\(file):\(line.line): 已删去（\(reason.zh)）：\(line.text)", en: "\(file):\(line.line): dropped \(reason.en): \(line.text)")
        case .alreadyInGlossary(let term):
            return Bilingual(zh: "“\(term)”已在网站的术语表中，没有重复添加", en: "'\(term)' is already in the site's glossary; it was not added again")
        case .glossaryNotWritten(let count, let path):
            return Bilingual(zh: "\(path) 的 \(count) 个术语（没有写入文件）：", en: "\(count) glossary terms for \(path) (not written):")
        case .fillIn(let fields, let path):
            return Bilingual(
                zh: "发布前请在 \(path) 中填写：\(fields.joined(separator: "、"))（没填好之前，policysite check 会指出是哪一行）",
                en: "fill in before publishing: \(fields.joined(separator: ", ")) in \(path) ('policysite check' points at each line until it is filled in)")
        case .noPolicyFile(let path):
            return Bilingual(zh: "提醒：没有 \(path)；生成网站前请先添加这篇政策", en: "warning: there is no \(path); add the policy before building")
        }
    }

    private static func name(_ encoding: PlainTextDecoding.Encoding) -> Bilingual {
        let lineEnds = Bilingual(zh: "，Windows 换行符", en: ", Windows line ends")
        switch encoding {
        case .utf8(let bom, let crlf):
            return Bilingual(zh: "UTF-8", en: "UTF-8") + (bom ? Bilingual(zh: "（带 BOM）", en: " with a BOM") : .none)
                + (crlf ? lineEnds : .none)
        case .gb18030(let crlf):
            return Bilingual(zh: "GB18030，已转换为 UTF-8", en: "GB18030, converted to UTF-8") + (crlf ? lineEnds : .none)
        }
    }

    private static func reason(_ reason: DroppedLine.Reason) -> Bilingual {
        switch reason {
        case .sourceNotice: return Bilingual(zh: "来源说明", en: "source notice")
        case .copyrightNotice: return Bilingual(zh: "版权声明", en: "copyright notice")
        case .editorCredit: return Bilingual(zh: "责任编辑", en: "editor credit")
        case .pageNavigation: return Bilingual(zh: "上一篇、下一篇", en: "page navigation")
        case .shareButtons: return Bilingual(zh: "分享按钮", en: "share buttons")
        case .commentBox: return Bilingual(zh: "评论区", en: "comment box")
        case .fontSizeButtons: return Bilingual(zh: "字号按钮", en: "font-size buttons")
        case .pageCounter: return Bilingual(zh: "浏览次数", en: "page counter")
        case .printButton: return Bilingual(zh: "打印按钮", en: "print button")
        case .closeButton: return Bilingual(zh: "关闭按钮", en: "close button")
        case .qrCode: return Bilingual(zh: "二维码", en: "QR code")
        case .publicationDate: return Bilingual(zh: "发布时间，已填入 published", en: "publication date, now 'published'")
        }
    }
}

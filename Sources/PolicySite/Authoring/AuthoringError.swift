/// Why `new`, `import` or `init` wrote nothing, worded for the person who
/// ran it, in Chinese and English side by side.
public enum AuthoringError: Error, Equatable, CustomStringConvertible {
    case badSlug(String)
    case badLanguage(String, allowed: [String])
    case fileExists(String)
    /// The first line is a heading or a sentence, so it cannot be the title.
    case noTitle(firstLine: String)
    case emptyDocument
    case unreadable(path: String)
    case notText(path: String)
    /// `init` into a folder that already holds a site.
    case siteExists(folder: String, found: String)
    /// `init` has example texts in these languages only.
    case noExampleTexts(language: String, available: [String])
    case badBaseURL(String)
    case noLanguages
    case languageTwice(String)
    /// The folder is read-only, or a file stands where a folder must go.
    case cannotWrite(path: String)

    public var description: String { message(in: .en) }

    /// The message as a line of its own on standard error.
    public func errorLine(in language: MessageLanguage) -> String {
        Bilingual(zh: "错误：", en: "error: ")[language] + message(in: language)
    }

    public func message(in language: MessageLanguage) -> String { text[language] }

    private var text: Bilingual {
        switch self {
        case .badSlug(let slug):
            let shown = InvisibleCharacters.escaped(slug)
            return Bilingual(
                zh: "“\(shown)”不能用作文件名（slug）：只能用小写英文字母、数字和单个连字符，例如 sci-tech-plan"
                    + (slug.unicodeScalars.contains(where: InvisibleCharacters.isInvisible) ? "；其中有看不见的字符，多半是复制来的，请删掉它" : ""),
                en: "'\(shown)' is not a valid slug: \(Slug.hint(for: slug))")
        case .badLanguage(let code, let allowed):
            return Bilingual(
                zh: "“\(code)”不是本网站的语言；请用其中之一：\(allowed.joined(separator: "、"))",
                en: "'\(code)' is not a language of this site; use one of: \(allowed.joined(separator: ", "))")
        case .fileExists(let path):
            return Bilingual(
                zh: "\(path) 已经存在，没有改动它（请先删除或改名，或换一个文件名）",
                en: "\(path) already exists; it was left as it is (delete or rename it first, or choose another slug)")
        case .noTitle(let line):
            return Bilingual(
                zh: "第一行“\(line)”不像标题（带编号、是句子或太长）；请用 --title \"……\" 给出标题",
                en: "the first line '\(line)' does not look like a title (it is numbered, a sentence or too long); give the title with --title \"…\"")
        case .emptyDocument:
            return Bilingual(zh: "文件里没有正文（或者只有网页上多余的文字）", en: "the document has no text (or only web-page debris)")
        case .unreadable(let path):
            return Bilingual(zh: "无法读取 \(path)", en: "cannot read \(path)")
        case .notText(let path):
            return Bilingual(
                zh: "\(path) 既不是 UTF-8 也不是 GB18030 编码的文字；请在 Word 或记事本中另存为“纯文本，UTF-8”后再试",
                en: "\(path) is neither UTF-8 nor GB18030 text; save it from Word or Notepad as 'Plain text, UTF-8' and try again")
        case .siteExists(let folder, let found):
            return Bilingual(
                zh: "\(folder) 里已经有网站（\(found)），没有写入任何文件；请换一个空文件夹，例如 policysite init 新网站",
                en: "\(folder) already holds a site (\(found)); nothing was written: choose an empty folder, e.g. policysite init new-site")
        case .noExampleTexts(let code, let available):
            return Bilingual(
                zh: "init 只有\(available.joined(separator: "、"))的示例文字，没有“\(code)”的；请先用 --languages \(available.joined(separator: ",")) 生成，再在 site.yaml 的 languages 中加上 \(code)",
                en: "init has example texts in \(available.joined(separator: " and ")) only, not in '\(code)'; start with --languages \(available.joined(separator: ",")) and add \(code) to site.yaml's languages afterwards")
        case .badBaseURL(let url):
            return Bilingual(
                zh: "“\(url)”不是完整的网址；请写成 https://www.example.gov.cn/policy/ 这样以 https:// 或 http:// 开头的形式",
                en: "'\(url)' is not an absolute address; write it as https://www.example.gov.cn/policy/, starting with https:// or http://")
        case .languageTwice(let code):
            return Bilingual(zh: "--languages 中“\(code)”出现了两次；每种语言只写一次", en: "--languages lists '\(code)' twice; give each language once")
        case .cannotWrite(let path):
            return Bilingual(
                zh: "无法写入 \(path)：请确认这个文件夹可以写入，并且其中没有同名的文件挡住要建的文件夹",
                en: "cannot write \(path): check that the folder can be written to and that no file stands where a folder must be made")
        case .noLanguages:
            return Bilingual(zh: "--languages 没有列出语言；例如 --languages zh,en", en: "--languages lists no language; e.g. --languages zh,en")
        }
    }
}

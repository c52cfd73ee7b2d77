/// Messages about the site's files as files: their encoding, names,
/// links and places (10xx).
extension Message {
    static func notUTF8(_ path: String, gb18030: Bool) -> Message {
        let convert = "iconv -f GB18030 -t UTF-8 '\(path)' -o converted && mv converted '\(path)'"
        return gb18030
            ? Message(.notUTF8,
                      zh: "此文件不是 UTF-8 编码，看起来是 GB18030（GBK），即旧版 Windows 编辑器保存中文所用的编码",
                      en: "this file is not UTF-8; it looks like GB18030 (GBK), the encoding older Windows editors use for Chinese",
                      hint: Bilingual(zh: "在编辑器中另存为“UTF-8”，或用命令转换：\(convert)",
                                 en: "convert it with: \(convert) (or save it as 'UTF-8' in your editor)"))
            : Message(.notUTF8, zh: "此文件不是 UTF-8 文本", en: "this file is not UTF-8 text",
                      hint: Bilingual(zh: "在编辑器中另存为 UTF-8 编码", en: "save it as UTF-8 in your editor"))
    }

    static func utf16(_ path: String) -> Message {
        let convert = "iconv -f UTF-16 -t UTF-8 '\(path)' -o converted && mv converted '\(path)'"
        return Message(.utf16,
                       zh: "此文件是 UTF-16 编码（有些编辑器称为“Unicode”），不是 UTF-8",
                       en: "this file is UTF-16 (what some editors call 'Unicode'), not UTF-8",
                       hint: Bilingual(zh: "在编辑器中另存为“UTF-8”，或用命令转换：\(convert)",
                                  en: "convert it with: \(convert) (or save it as 'UTF-8' in your editor)"))
    }

    static let nulCharacter = Message(
        .nulCharacter,
        zh: "这一行有一个看不见的 NUL 字符（字节 0），它不是文字",
        en: "this line holds an invisible NUL character (byte 0), which is not text",
        hint: Bilingual(zh: "删除此处的字符（常随从 PDF 或文字处理软件复制的文字而来），或重新输入这一行",
                   en: "delete the character at this place (it often comes with text copied from a PDF or a word processor), or retype the line"))

    static func unreadable(_ path: String, reason: String) -> Message {
        Message(.unreadable,
                zh: "无法读取此文件或文件夹：\(reason)",
                en: "cannot read this file or folder: \(reason)",
                hint: Bilingual(zh: "让运行 policysite 的用户有权读取它，例如：chmod -R a+rX '\(path)'",
                           en: "give the user who runs policysite permission to read it, e.g. chmod -R a+rX '\(path)'"))
    }

    static func nameNotUTF8(folder: String, name: String, gb18030: Bool) -> Message {
        let rename = "convmv -f GB18030 -t UTF-8 --notest '\(folder)'/*"
        return gb18030
            ? Message(.nameNotUTF8,
                      zh: "此文件名是 GB18030（GBK）编码（Windows 上制作的压缩包常这样命名文件），不是 UTF-8，所以没有读取",
                      en: "this name is written in GB18030 (GBK), as zip files made on Windows name files, not in UTF-8, so the file is not read",
                      hint: Bilingual(zh: "在文件管理器中把它重命名为“\(name)”，或用命令一次重命名文件夹中所有这样的文件：\(rename)",
                                 en: "rename it to '\(name)' in your file manager, or rename every such file in the folder with: \(rename)"))
            : Message(.nameNotUTF8,
                      zh: "此文件名不是 UTF-8 文本，所以没有读取",
                      en: "this name is not UTF-8 text, so the file is not read",
                      hint: Bilingual(zh: "只用字母、数字和汉字重新命名", en: "rename it with letters, digits and Chinese characters only"))
    }

    static func linkLeavesFolder(_ folder: String) -> Message {
        Message(.linkLeavesFolder,
                zh: "此符号链接指向 \(folder)/ 之外，所以没有读取",
                en: "this symbolic link points outside \(folder)/, so it is not read",
                hint: Bilingual(zh: "把文件复制到 \(folder)/ 中，而不是链接过去", en: "copy the file into \(folder)/ instead of linking to it"))
    }

    static let linkLoops = Message(
        .linkLoops,
        zh: "此符号链接形成循环（指回自身或包含它的文件夹），所以没有读取",
        en: "this symbolic link makes a loop (it leads back to itself or to a folder that holds it), so it is not read",
        hint: Bilingual(zh: "删除此链接，或让它指向循环之外的文件或文件夹",
                   en: "delete the link, or point it at a file or folder outside the loop"))

    static let linkPointsNowhere = Message(
        .linkPointsNowhere,
        zh: "此符号链接指向的文件或文件夹不存在",
        en: "this symbolic link points to a file or folder that does not exist",
        hint: Bilingual(zh: "删除此链接，或把它本应指向的文件复制到这里",
                   en: "delete the link, or copy the file it meant into its place"))

    static let folderTooDeep = Message(
        .folderTooDeep,
        zh: "此文件夹嵌套超过 64 层，其中的内容没有读取",
        en: "this folder is more than 64 folders deep, so what is inside it is not read",
        hint: Bilingual(zh: "把其中的文件移到较浅的文件夹", en: "move its files to a folder nearer the top"))

    static func noContentFolder(under root: String) -> Message {
        Message(.noContentFolder,
                zh: "\(root) 下没有 Content/ 文件夹",
                en: "there is no Content/ folder under \(root)",
                hint: Bilingual(zh: "在包含 Content/ 的文件夹中运行 policysite，或用 --root 指定该文件夹；新建网站用 policysite init",
                           en: "run policysite in the folder that holds Content/, or pass --root DIR; start a new site with policysite init"))
    }

    static func strayFile(folders: [String]) -> Message {
        let list = folders.joined(separator: ", ")
        return Message(.strayFile,
                       zh: "此文件不属于网站内容，已忽略",
                       en: "this file is not part of the site and is ignored",
                       hint: Bilingual(zh: "内容应放在以下文件夹之一：\(list)", en: "content goes in one of the folders \(list)"))
    }

    static func dataFolderHoldsOnly(_ folder: String) -> Message {
        let glossary = folder == "glossary"
        return Message(.misplacedFile,
                       zh: "\(folder)/ 中只能直接放 \(glossary ? ".yaml 文件" : "<id>.yaml 和 <id>.csv 文件")",
                       en: "\(folder)/ holds only \(glossary ? ".yaml files" : "<id>.yaml and <id>.csv files") directly inside it",
                       hint: Bilingual(zh: "移动或重命名此文件", en: "move or rename the file"))
    }

    static func notAContentFolder(_ folder: String, suggestion: String?, folders: [String]) -> Message {
        Message(.misplacedFile,
                zh: "“\(folder)/”不是内容文件夹",
                en: "'\(folder)/' is not a content folder",
                hint: suggestion.map { Bilingual(zh: "是否应为“\($0)/”？", en: "did you mean '\($0)/'?") } ?? strayFile(folders: folders).hint)
    }

    static func documentInSubfolder(_ folder: String) -> Message {
        Message(.misplacedFile,
                zh: "文档应直接放在 \(folder)/ 中，不能放在子文件夹里",
                en: "documents sit directly in \(folder)/, not in subfolders",
                hint: Bilingual(zh: "把文件移到 Content/\(folder)/", en: "move the file to Content/\(folder)/"))
    }

    static func onlyMarkdown(_ folder: String) -> Message {
        Message(.misplacedFile,
                zh: "\(folder)/ 中只能放 Markdown 文件（.md）",
                en: "only Markdown files (.md) belong in \(folder)/",
                hint: Bilingual(zh: "原样发布的文件（PDF、图片）放在 Content/static/",
                           en: "put files published as they are (PDF, images) in Content/static/"))
    }

    static func fileLanguage(_ code: String, languages: [String]) -> Message {
        let list = languages.joined(separator: ", ")
        return Message(.fileLanguage,
                       zh: "“\(code)”不是网站的语言之一",
                       en: "'\(code)' is not one of the site's languages",
                       hint: Bilingual(zh: "文件名写作 <slug>.<语言>.md，语言取自 site.yaml：\(list)",
                                  en: "name the file <slug>.<language>.md with a language from site.yaml: \(list)"))
    }

    static func fileSlug(_ slug: String) -> Message {
        Message(.fileSlug,
                zh: "“\(slug)”不能用作文件名中的 slug",
                en: "'\(slug)' is not a valid slug for a file name",
                hint: Slug.rule(for: slug))
    }

    static func twoFilesOneDocument(other: String, language: String, document: String, defaultLanguage: String) -> Message {
        Message(.twoFilesOneDocument,
                zh: "此文件和 \(other) 都是 \(document) 的 \(language) 版本",
                en: "this file and \(other) are both the \(language) version of \(document)",
                hint: Bilingual(zh: "不带语言后缀的文件属于默认语言（\(defaultLanguage)）；两个文件保留一个",
                           en: "a file without a language suffix is in the default language (\(defaultLanguage)); keep one of the two"))
    }

    static let emptyFile = Message(
        .emptyFile,
        zh: "此文件是空的",
        en: "this file is empty",
        hint: Bilingual(zh: "写上前置信息（---、title: …、---）和正文，或删除此文件",
                   en: "write front matter (---, title: …, ---) and the text, or delete the file"))
}

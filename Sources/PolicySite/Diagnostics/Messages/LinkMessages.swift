/// Messages about documents' references to one another and about
/// translations (16xx).
extension Message {
    static func unknownPolicy(_ slug: String, suggestion: String?) -> Message {
        Message(.unknownPolicy,
                zh: "“policy: \(slug)”没有对应的政策",
                en: "'policy: \(slug)' names no policy",
                hint: suggestion.map(didYouMean) ?? Bilingual(zh: "写 Content/policies/ 中政策文件名的 slug 部分",
                                                        en: "use the slug of a file in Content/policies/"))
    }

    static func unknownBasis(_ item: String, suggestion: String?) -> Message {
        Message(.unknownBasis,
                zh: "“basis”写的“\(item)”不是政策的 slug",
                en: "'basis' names '\(item)', which is no policy slug",
                hint: suggestion.map(didYouMean) ?? Bilingual(zh: "写政策的 slug 以链接它，或写文件的完整标题",
                                                        en: "write a policy's slug to link it, or the document's full title"))
    }

    static func translationsDisagree(_ field: String, here: String, there: String, in other: String) -> Message {
        let unset = Bilingual(zh: "（未填写）", en: "(not set)")
        func shown(_ value: String, _ language: MessageLanguage) -> String { value.isEmpty ? unset[language] : value }
        return Message(.translationsDisagree,
                       zh: "“\(field)”这里是“\(shown(here, .zh))”，在 \(other) 中却是“\(shown(there, .zh))”",
                       en: "'\(field)' is '\(shown(here, .en))' here but '\(shown(there, .en))' in \(other)",
                       hint: Bilingual(zh: "“\(field)”在各语言中相同：让各译本一致",
                                  en: "'\(field)' is the same in every language: make the translations agree"))
    }

    static func missingTranslation(_ document: String, language: String, add path: String) -> Message {
        Message(.missingTranslation,
                zh: "\(document) 没有 \(language) 版本",
                en: "\(document) has no \(language) version",
                hint: Bilingual(zh: "加上 \(path)；在此之前它的页面会说明这一点", en: "add \(path); until then its page says so"))
    }

    static func slugTakenByList(kind: DocumentKind, slug: String, rename: String) -> Message {
        Message(.slugTaken,
                zh: "\(kind.chineseName)的 slug“\(slug)”已被 \(kind.folder) 列表的分页占用",
                en: "the \(kind.rawValue) slug '\(slug)' is taken by the pages of the \(kind.folder) list",
                hint: Bilingual(zh: "给文件改名，例如 \(rename)", en: "rename the file, e.g. \(rename)"))
    }

    static func slugTakenBySection(_ slug: String, rename: String) -> Message {
        Message(.slugTaken,
                zh: "页面的 slug“\(slug)”已被网站的一个栏目占用",
                en: "the page slug '\(slug)' is taken by a section of the site",
                hint: Bilingual(zh: "给文件改名，例如 \(rename)", en: "rename the file, e.g. \(rename)"))
    }

    static func unknownDataSet(_ id: String, suggestion: String?) -> Message {
        Message(.unknownDataSet,
                zh: "“indicators”写的“\(id)”不是数据集",
                en: "'indicators' names '\(id)', which is no data set",
                hint: suggestion.map(didYouMean) ?? whereDataSetsAre)
    }
}

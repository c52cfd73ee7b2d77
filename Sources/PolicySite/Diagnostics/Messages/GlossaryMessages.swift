/// Messages about the glossary, `Content/glossary/*.yaml` (14xx).
extension Message {
    static let glossaryNotAList = Message(
        .glossaryShape,
        zh: "术语表文件应是术语的列表",
        en: "a glossary file must be a list of terms",
        hint: Bilingual(zh: "每个术语以“- id: 一个-slug”开头，接着写各语言的内容", en: "start each term with '- id: a-slug', then its languages"))

    static let glossaryItemNotAMap = Message(
        .glossaryShape,
        zh: "术语表的每一项应是映射，含“id”和每种语言的一项",
        en: "each glossary item must be a map with 'id' and one entry per language")

    static func glossaryEntryNotAMap(_ code: String, id: String) -> Message {
        Message(.glossaryShape,
                zh: "术语“\(id)”的“\(code)”应是含“term”和“definition”的映射",
                en: "'\(code)' of the glossary term '\(id)' must be a map with 'term' and 'definition'")
    }

    static let glossaryTermWithoutID = Message(
        .glossaryID,
        zh: "这个术语没有“id”",
        en: "this glossary term has no 'id'",
        hint: Bilingual(zh: "加上“id: 一个-slug”为术语命名，例如“id: tech-transfer”",
                   en: "add 'id: a-slug' naming the term, e.g. 'id: tech-transfer'"))

    static func glossaryIDNotASlug(_ id: String) -> Message {
        Message(.glossaryID, zh: "“\(id)”不是有效的术语 id", en: "'\(id)' is not a valid glossary id", hint: Slug.rule(for: id))
    }

    static func duplicateGlossaryID(_ id: String, first: String) -> Message {
        Message(.duplicateGlossaryID,
                zh: "术语 id“\(id)”已在 \(first) 用过",
                en: "the glossary id '\(id)' is already used at \(first)",
                hint: Bilingual(zh: "id 在所有术语表文件中都不能重复：给其中一个改名，或把两项合并",
                           en: "ids are unique across all glossary files: rename one of them or merge the two entries"))
    }

    static func glossaryEntryLacks(_ field: String, language: String, id: String) -> Message {
        let term = field == "term"
        return Message(.glossaryEntry,
                       zh: "“\(id)”的 \(language) 项没有“\(field)”",
                       en: "the \(language) entry of '\(id)' has no '\(field)'",
                       hint: term ? Bilingual(zh: "加上“term: …”，即读者在正文中见到的词", en: "add 'term: …', the word as readers meet it in the text")
                                  : Bilingual(zh: "加上“definition: …”，一段解释这个术语的文字", en: "add 'definition: …', one paragraph explaining the term"))
    }

    /// `owner`: the id of the entry that has it, nil for this one.
    static func termClash(_ text: String, owner: String?, at place: String) -> Message {
        Message(.termClash,
                zh: "“\(text)”已是\(owner.map { "术语“\($0)”" } ?? "本项")的术语或别名（\(place)）",
                en: "'\(text)' is already a term or alias of \(owner.map { "the glossary term '\($0)'" } ?? "this entry already") (\(place))",
                hint: Bilingual(zh: "一段文字只能链接到一个术语：删去这里或那里的一个", en: "a text can link to one entry only: remove it here or there"))
    }

    static func definitionNotOneParagraph(language: String, id: String) -> Message {
        Message(.glossaryDefinition,
                zh: "“\(id)”的 \(language) 释义应是一段文字",
                en: "in the \(language) definition of '\(id)': a definition must be one paragraph of text",
                hint: Bilingual(zh: "写成一段，不要标题、列表或空行", en: "write it on one line, without headings, lists or blank lines"))
    }

    static func definitionHoldsImage(_ url: String, language: String, id: String) -> Message {
        Message(.glossaryDefinition,
                zh: "“\(id)”的 \(language) 释义中不能有图片（“\(url)”）",
                en: "in the \(language) definition of '\(id)': a definition cannot hold an image ('\(url)')",
                hint: Bilingual(zh: "用文字描述", en: "describe it in words"))
    }

    static func definitionRelativeLink(_ url: String, language: String, id: String) -> Message {
        Message(.glossaryDefinition,
                zh: "“\(id)”的 \(language) 释义中的链接“\(url)”不是完整地址",
                en: "in the \(language) definition of '\(id)': the link '\(url)' in a definition is not an absolute address",
                hint: Bilingual(zh: "释义会出现在许多页面上：写完整地址，例如 https://www.gov.cn/…",
                           en: "definitions appear on many pages: write the full address, e.g. https://www.gov.cn/…"))
    }

    static func unknownRelatedTerm(_ id: String, suggestion: String?) -> Message {
        Message(.unknownRelatedTerm,
                zh: "“related”写的“\(id)”不是术语 id",
                en: "'related' names '\(id)', which is no glossary id",
                hint: suggestion.map(didYouMean) ?? Bilingual(zh: "写 Content/glossary/ 中某个术语的“id”",
                                                        en: "use the 'id' of a term in Content/glossary/"))
    }

    static func unusedTerm(_ id: String) -> Message {
        Message(.unusedTerm,
                zh: "术语“\(id)”没有出现在任何文档中",
                en: "the glossary term '\(id)' appears in no document",
                hint: Bilingual(zh: "检查术语或别名是否与正文写法一致（“glossary: false”的页面不计），或删除此术语",
                           en: "check that its term or an alias is written as in the text (pages with 'glossary: false' do not count), or remove it"))
    }

    static func termWithoutLanguage(_ id: String, language: String) -> Message {
        Message(.missingTranslation,
                zh: "术语“\(id)”没有 \(language) 项",
                en: "the glossary term '\(id)' has no \(language) entry",
                hint: Bilingual(zh: "给它加上“\(language): { term: …, definition: … }”；在此之前 \(language) 页面不链接它",
                           en: "add '\(language): { term: …, definition: … }' to it; until then \(language) pages do not link it"))
    }
}

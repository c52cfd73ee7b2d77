/// Messages about YAML as YAML, in front matter, site.yaml, glossary and
/// data set descriptions alike, and about the values read from it (12xx).
extension Message {
    static func yamlUnreadable(_ error: String) -> Message {
        Message(.yamlSyntax, zh: "无法读取这段 YAML：\(error)", en: "cannot read this YAML: \(error)")
    }

    static func unclosedQuote(_ quote: String) -> Message {
        let escaped = quote == "'" ? "''" : "\\\""
        return Message(.yamlSyntax,
                       zh: "从这里开始的引号文字没有结束的 \(quote)",
                       en: "the text in quotes that starts here has no closing \(quote)",
                       hint: Bilingual(zh: "在这一行用 \(quote) 结束文字；文字中的 \(quote) 写作 \(escaped)，或改用另一种引号",
                                  en: "end the text with \(quote) on this line; a \(quote) inside the text is written \(escaped), or quote the text with the other kind of quotes"))
    }

    /// `problem` and `context` are libyaml's own words, quoted as it wrote them.
    static func yamlSyntax(_ problem: String, context: String?, startsHere: Bool, line: Int) -> Message {
        let zhContext = context.map { startsHere ? "（\($0)，从这里开始）" : "（\($0)，在第 \(line) 行）" } ?? ""
        let enContext = context.map { startsHere ? " (\($0) that starts here)" : " (\($0) at line \(line))" } ?? ""
        return Message(.yamlSyntax,
                       zh: "YAML 语法错误：\(problem)\(zhContext)",
                       en: "YAML syntax error: \(problem)\(enContext)",
                       hint: Bilingual(zh: "检查缩进；含有“: ”“#”“[”或“{”的文字要用 \"…\" 括起来",
                                  en: "check the indentation and quote text that contains ': ', '#', '[' or '{' with \"…\""))
    }

    static func duplicateKey(_ keys: [String]) -> Message {
        Message(.duplicateKey,
                zh: "键 \(keys.map { "“\($0)”" }.joined(separator: "、")) 出现了不止一次",
                en: "the key \(keys.map { "'\($0)'" }.joined(separator: ", ")) appears more than once",
                hint: Bilingual(zh: "只保留其中一个", en: "keep one of them"))
    }

    static func fullWidthColon(key: String, corrected: String) -> Message {
        Message(.fullWidthColon,
                zh: "“\(key)”后面是全角冒号“：”，YAML 不把它当作冒号",
                en: "'\(key)' is followed by a full-width colon '：' (全角冒号), which YAML does not read as a colon",
                hint: Bilingual(zh: "改为半角冒号“:”加一个空格：\(corrected)",
                           en: "type the half-width colon ':' (半角冒号) and a space: \(corrected)"))
    }

    static func mustBeText(_ field: String, not kind: Bilingual) -> Message {
        Message(.wrongType, zh: "“\(field)”应为文字，而不是\(kind.zh)", en: "'\(field)' must be text, not \(kind.en)")
    }

    static func emptyValue(_ field: String, required: Bool) -> Message {
        Message(.emptyValue,
                zh: "“\(field)”是空的", en: "'\(field)' is empty",
                hint: required
                    ? Bilingual(zh: "在“\(field):”后写上内容；这是必填字段", en: "write a value after '\(field):'; it is required")
                    : Bilingual(zh: "在“\(field):”后写上内容，或删除这一行", en: "write a value after '\(field):' or remove the line"))
    }

    static func mustBeBool(_ field: String) -> Message {
        Message(.wrongType, zh: "“\(field)”应为 true 或 false", en: "'\(field)' must be true or false")
    }

    static func mustBeWholeNumber(_ field: String) -> Message {
        Message(.wrongType, zh: "“\(field)”应为整数", en: "'\(field)' must be a whole number")
    }

    static func mustBeList(_ field: String) -> Message {
        Message(.wrongType, zh: "“\(field)”应为列表，例如 [a, b]", en: "'\(field)' must be a list, e.g. [a, b]")
    }

    static func mustBeLocalized(_ field: String) -> Message {
        Message(.wrongType,
                zh: "“\(field)”应为文字，或按语言分列的映射，例如 { zh: …, en: … }",
                en: "'\(field)' must be text or a map of languages, e.g. { zh: …, en: … }")
    }

    /// `written`: the date as written; `corrected`: the same day as
    /// YYYY-MM-DD when the intent is clear.
    static func badDate(_ field: String, written: String, corrected: String?) -> Message {
        Message(.badDate,
                zh: "“\(field)”不是有效的日期：“\(written)”",
                en: "'\(field)' is not a valid date: '\(written)'",
                hint: corrected.map { Bilingual(zh: "写作 \(field): \($0)", en: "write it as \(field): \($0)") }
                    ?? Bilingual(zh: "日期写作 YYYY-MM-DD，例如 2021-03-05，或 2021年3月5日",
                            en: "write dates as YYYY-MM-DD, e.g. 2021-03-05 (or 2021年3月5日)"))
    }

    static func commaSplitEntry(_ field: String, entry: String, previous: String) -> Message {
        Message(.languageEntry,
                zh: "在“\(field)”中，逗号后的文字被读成了新的一项“\(entry)”",
                en: "in '\(field)', the text after a comma was read as a new entry '\(entry)'",
                hint: Bilingual(zh: "把 \(previous) 的文字放在引号中：\(previous): \"…, \(entry)\"",
                           en: "put the \(previous) text in quotes: \(previous): \"…, \(entry)\""))
    }

    static func textForOtherLanguage(_ field: String, code: String, languages: [String]) -> Message {
        let list = languages.joined(separator: ", ")
        return Message(.languageEntry,
                       zh: "“\(field)”有“\(code)”的文字，但它不是网站的语言",
                       en: "'\(field)' has text for '\(code)', which is not one of the site's languages",
                       hint: Bilingual(zh: "网站的语言是 \(list)", en: "the languages are \(list)"))
    }

    /// A key that is no field of `context`; `suggestion` the nearest one.
    static func unknownKey(_ name: String, in context: Bilingual, known: [String], suggestion: String?) -> Message {
        Message(.unknownField,
                zh: "\(context.zh)中没有字段“\(name)”",
                en: "unknown field '\(name)' in \(context.en)",
                hint: suggestion.map(didYouMean) ?? Bilingual(zh: "可用的字段是 \(known.joined(separator: ", "))",
                                                        en: "the fields are \(known.joined(separator: ", "))"))
    }

    static func invisibleCharacters(in place: Bilingual, _ scalars: [Unicode.Scalar]) -> Message {
        let named = scalars.map(InvisibleCharacters.described).joined(separator: ", ")
        return Message(.invisibleCharacter,
                       zh: "\(place.zh)有不可见字符：\(named)",
                       en: "\(place.en) holds \(scalars.count == 1 ? "an invisible character" : "invisible characters"), \(named)",
                       hint: Bilingual(zh: "读者看不见它，但它会破坏搜索、术语链接和复制，双向控制符还会改变文字的阅读顺序；它常随从网页、聊天软件和 PDF 粘贴的文字而来：请删除（能显示不可见字符的编辑器有帮助）",
                                  en: "readers cannot see it, but it breaks search, glossary links and copying, and a bidi control changes the order the text reads in; it comes with text pasted from web pages, chat apps and PDFs: delete it (an editor that shows invisible characters helps)"))
    }
}

/// "did you mean 'agency'?"
func didYouMean(_ suggestion: String) -> Bilingual {
    Bilingual(zh: "是否应为“\(suggestion)”？", en: "did you mean '\(suggestion)'?")
}

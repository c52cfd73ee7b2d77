/// Messages about a content file's front matter (12xx).
extension Message {
    static let noFrontMatter = Message(
        .noFrontMatter,
        zh: "此文件没有前置信息（front matter）",
        en: "this file has no front matter",
        hint: Bilingual(zh: "文件以一行“---”开头，接着写“title: …”等字段，再写一行“---”",
                   en: "start the file with a line '---', then fields such as 'title: …', then another '---' line"))

    static let frontMatterNeverEnds = Message(
        .noFrontMatter,
        zh: "从这里开始的前置信息没有结束",
        en: "the front matter that starts here never ends",
        hint: Bilingual(zh: "在最后一个字段后加一行“---”", en: "add a line '---' after the last field"))

    static let frontMatterNotFields = Message(
        .wrongType,
        zh: "前置信息应是一行一个的字段，例如“title: …”",
        en: "the front matter must be fields, one a line, like 'title: …'")

    static func unknownField(_ name: String, for kind: DocumentKind, suggestion: String?, belongsIn folders: [String]) -> Message {
        let hint: Bilingual? = folders.isEmpty
            ? suggestion.map(didYouMean)
            : Bilingual(zh: "“\(name)”属于 \(folders.joined(separator: " 或 "))，不属于 \(kind.folder)",
                        en: "'\(name)' belongs in \(folders.joined(separator: " or ")), not \(kind.folder)")
        return Message(.unknownField,
                       zh: "\(kind.chineseName)没有字段“\(name)”，已忽略",
                       en: "unknown field '\(name)' for \(kind.withArticle); it is ignored",
                       hint: hint)
    }

    /// A misspelt required field: one error at the misspelling.
    static func misspeltField(_ name: String, meant: String) -> Message {
        Message(.unknownField,
                zh: "未知字段“\(name)”，是否应为“\(meant)”？",
                en: "unknown field '\(name)', did you mean '\(meant)'?",
                hint: Bilingual(zh: "“\(meant)”是必填字段：把“\(name)”改为“\(meant)”",
                           en: "'\(meant)' is required: correct '\(name)' to '\(meant)'"))
    }

    static func missingField(_ field: String) -> Message {
        Message(.missingField,
                zh: "缺少必填字段“\(field)”",
                en: "the required field '\(field)' is missing",
                hint: Bilingual(zh: "在前置信息中加上“\(field): …”", en: "add '\(field): …' to the front matter"))
    }

    static func notOneOf(_ raw: String, field: String, allowed: [String]) -> Message {
        let list = allowed.joined(separator: ", ")
        return Message(.invalidValue,
                       zh: "“\(raw)”不是有效的 \(field)",
                       en: "'\(raw)' is not a valid \(field)",
                       hint: Bilingual(zh: "可用的值：\(list)", en: "use one of: \(list)"))
    }

    static func idsNotSlugs(_ field: String, _ bad: [String]) -> Message {
        Message(.notASlug,
                zh: "“\(field)”中有不是 slug 的 id：\(bad.joined(separator: ", "))",
                en: "'\(field)' holds ids that are not slugs: \(bad.joined(separator: ", "))",
                hint: Slug.rule(for: bad.joined()))
    }

    static func unknownTopics(_ unknown: [String], declared: [String]) -> Message {
        Message(.unknownTopic,
                zh: "未知的主题 \(unknown.map { "“\($0)”" }.joined(separator: "、"))",
                en: "unknown topic \(unknown.map { "'\($0)'" }.joined(separator: ", "))",
                hint: declared.isEmpty
                    ? Bilingual(zh: "在 site.yaml 的“topics:”下声明主题", en: "declare topics under 'topics:' in site.yaml")
                    : Bilingual(zh: "site.yaml 中的主题是 \(declared.joined(separator: ", "))",
                           en: "the topics in site.yaml are \(declared.joined(separator: ", "))"))
    }

    static func policyNotASlug(_ slug: String) -> Message {
        let example = "policy: laoshan-sti-plan → Content/policies/laoshan-sti-plan.zh.md"
        return Message(.notASlug,
                       zh: "“policy”应为政策文件的 slug，而不是“\(slug)”",
                       en: "'policy' must be the slug of a policy file, not '\(slug)'",
                       hint: InvisibleCharacters.stray(in: slug).isEmpty
                           ? Bilingual(zh: "例如 \(example)", en: "e.g. \(example)") : Slug.rule(for: slug))
    }

    static func notAnEmail(_ email: String) -> Message {
        Message(.invalidValue,
                zh: "“\(email)”不是电子邮件地址",
                en: "'\(email)' is not an email address",
                hint: Bilingual(zh: "例如 email: kjj@laoshan.gov.cn", en: "e.g. email: kjj@laoshan.gov.cn"))
    }
}

extension DocumentKind {
    /// 政策, 解读, 页面: for messages.
    var chineseName: String {
        switch self {
        case .policy: return "政策"
        case .interpretation: return "解读"
        case .page: return "页面"
        }
    }
}

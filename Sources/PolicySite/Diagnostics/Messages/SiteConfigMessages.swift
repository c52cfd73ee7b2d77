/// Messages about `Content/site.yaml` and the options that stand in for it (11xx).
extension Message {
    static let noSiteConfig = Message(
        .noSiteConfig,
        zh: "网站没有 Content/site.yaml",
        en: "the site has no Content/site.yaml",
        hint: Bilingual(zh: "新建它，至少写上“title”“base_url”和“languages”（policysite init 会写好一个）",
                   en: "create it with at least 'title', 'base_url' and 'languages' (policysite init writes one)"))

    static let emptySiteConfig = Message(
        .noSiteConfig,
        zh: "site.yaml 是空的",
        en: "site.yaml is empty",
        hint: Bilingual(zh: "至少写上“title”“base_url”和“languages”", en: "give at least 'title', 'base_url' and 'languages'"))

    static let siteConfigNotSettings = Message(
        .siteSettingShape,
        zh: "site.yaml 应是设置项的映射（title:、base_url:、languages: …）",
        en: "site.yaml must be a map of settings (title:, base_url:, languages: …)")

    static func siteSettingMissing(_ key: String) -> Message {
        Message(.siteSettingMissing,
                zh: "site.yaml 缺少“\(key)”",
                en: "site.yaml has no '\(key)'",
                hint: Bilingual(zh: "加上“\(key):”", en: "add '\(key):'"))
    }

    static func notALanguageCode(_ code: String) -> Message {
        Message(.siteLanguages,
                zh: "“\(code)”不是简短的语言代码",
                en: "'\(code)' is not a short language code",
                hint: Bilingual(zh: "使用 zh、en 这样的代码", en: "use codes such as zh or en"))
    }

    static func languageListedTwice(_ code: String) -> Message {
        Message(.siteLanguages, zh: "语言“\(code)”列出了两次", en: "the language '\(code)' is listed twice",
                hint: Bilingual(zh: "删去重复的一项", en: "remove the repeated one"))
    }

    static let noLanguages = Message(
        .siteLanguages,
        zh: "“languages”中没有列出任何语言",
        en: "'languages' lists no language",
        hint: Bilingual(zh: "例如 languages: [zh, en]", en: "e.g. languages: [zh, en]"))

    static func baseURL(_ raw: String) -> Message {
        Message(.baseURL,
                zh: "“base_url”应为完整的 http 或 https 地址：“\(raw)”",
                en: "'base_url' must be an absolute http or https address: '\(raw)'",
                hint: Bilingual(zh: "例如 base_url: https://www.example.gov.cn/policy/",
                           en: "e.g. base_url: https://www.example.gov.cn/policy/"))
    }

    static func baseURLOption(_ raw: String) -> Message {
        Message(.baseURL,
                zh: "“\(raw)”不是完整的 http 或 https 地址",
                en: "'\(raw)' is not an absolute http or https address",
                hint: Bilingual(zh: "例如 --base-url https://www.example.gov.cn/policy/",
                           en: "e.g. --base-url https://www.example.gov.cn/policy/"))
    }

    static func topicNotASlug(_ id: String) -> Message {
        Message(.siteTopics, zh: "主题 id“\(id)”不是 slug", en: "topic id '\(id)' is not a slug", hint: Slug.rule(for: id))
    }

    static let topicsNotAMap = Message(
        .siteTopics,
        zh: "“topics”应是主题 id 到名称的映射，例如 sci-tech: { zh: 科技创新, en: … }",
        en: "'topics' must be a map of topic ids to names, e.g. sci-tech: { zh: 科技创新, en: … }")

    static let markdownNotAMap = Message(
        .siteSettingShape,
        zh: "“markdown”应是映射，例如 markdown: { unsafe_html: false }",
        en: "'markdown' must be a map, e.g. markdown: { unsafe_html: false }")
}

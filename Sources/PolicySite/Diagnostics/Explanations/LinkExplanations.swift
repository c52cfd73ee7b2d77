extension Explanations {
    static let links: [DiagnosticCode: Explanation] = [
        .unknownPolicy: Explanation(
            "解读的 policy 没有对应的政策", "An interpretation's policy names no policy",
            zh: "policy 写被解读政策的文件名（slug），即 Content/policies/ 中去掉语言和 .md 的部分。",
            en: "policy is the slug of the interpreted policy: its file name in Content/policies/ without language and .md.",
            file: "Content/interpretations/plan.zh.md",
            wrong: "---\npolicy: laoshan-plan\n---", right: "---\npolicy: laoshan-sti-plan\n---"),
        .unknownBasis: Explanation(
            "basis 写的 slug 没有对应的政策", "basis names no policy",
            zh: "basis 的每一项要么是本站政策的 slug（会变成链接），要么是文件的完整标题（原样显示）。",
            en: "Each basis item is a policy's slug on this site (linked) or a document's full title (shown as written).",
            file: "Content/policies/plan.zh.md",
            wrong: "basis: [qingdao-plan]", right: "basis: [《青岛市“十四五”科技创新规划》]"),
        .translationsDisagree: Explanation(
            "各语言版本的字段不一致", "Translations that disagree",
            zh: "发文日期、状态、政策等字段与语言无关，各语言版本必须相同。",
            en: "Dates, status, policy and other language-neutral fields are the same in every translation.",
            file: "Content/policies/plan.en.md",
            wrong: "published: 2021-11-24   # 中文版是 2021-11-23", right: "published: 2021-11-23"),
        .missingTranslation: Explanation(
            "缺少某种语言的版本", "A missing translation",
            zh: "文档或术语没有某种语言的版本。在补上之前，该语言的页面会说明这一点（--strict 时这是错误）。",
            en: "A document or term has no version in a language. Until it has, that language's pages say so (an error under --strict).",
            file: "Content/policies/plan.zh.md",
            wrong: "Content/policies/plan.zh.md", right: "Content/policies/plan.zh.md\nContent/policies/plan.en.md"),
        .slugTaken: Explanation(
            "slug 与网站的栏目冲突", "A slug taken by a section of the site",
            zh: "有些网址已被网站自己使用（如 page、search、glossary），文件不能用这些名字。",
            en: "Some addresses are the site's own (page, search, glossary…), so files cannot take those names.",
            file: "Content/pages/search.zh.md",
            wrong: "Content/pages/search.zh.md", right: "Content/pages/search-help.zh.md"),
        .unknownDataSet: Explanation(
            "indicators 写的不是数据集", "indicators names no data set",
            zh: "indicators 列出 Content/indicators/ 中数据集的 id。",
            en: "indicators lists ids of data sets in Content/indicators/.",
            file: "Content/policies/plan.zh.md",
            wrong: "indicators: [十四五指标]", right: "indicators: [national-innovation]"),
    ]
}

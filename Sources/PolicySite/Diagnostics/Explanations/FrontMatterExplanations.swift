extension Explanations {
    static let frontMatter: [DiagnosticCode: Explanation] = [
        .unknownField: Explanation(
            "未知字段", "Unknown field",
            zh: "前置信息或 YAML 文件中有一个本工具不认识的字段名，多半是拼错了。它会被忽略（警告）；如果它是某个必填字段的错拼，就是错误。按提示改成正确的字段名。",
            en: "A field name the tool does not know, usually a misspelling. It is ignored (a warning); when it misspells a required field, it is an error. Correct it as the hint says.",
            file: "Content/interpretations/plan.zh.md",
            wrong: "---\ntitle: 《崂山区“十四五”科技创新规划》解读\npolicy: laoshan-sti-plan\nagnecy: 崂山区科技局\npublished: 2022-01-20\n---",
            right: "---\ntitle: 《崂山区“十四五”科技创新规划》解读\npolicy: laoshan-sti-plan\nagency: 崂山区科技局\npublished: 2022-01-20\n---"),
        .missingField: Explanation(
            "缺少必填字段", "A required field is missing",
            zh: "政策必须有 title、issuer、published；解读必须有 title、published、policy、agency；页面必须有 title。",
            en: "A policy needs title, issuer and published; an interpretation title, published, policy and agency; a page title.",
            file: "Content/policies/plan.zh.md",
            wrong: "---\ntitle: 崂山区“十四五”科技创新规划\npublished: 2021-11-23\n---",
            right: "---\ntitle: 崂山区“十四五”科技创新规划\nissuer: 崂山区科技创新委员会\npublished: 2021-11-23\n---"),
        .yamlSyntax: Explanation(
            "YAML 语法错误", "YAML syntax error",
            zh: "YAML 读不懂这一行。常见原因：缩进不一致；值里有“: ”“#”“[”或“{”却没加引号；引号没有配对。",
            en: "YAML cannot read the line. Usual causes: uneven indentation; a value holding ': ', '#', '[' or '{' without quotes; a quote never closed.",
            file: "Content/policies/plan.zh.md",
            wrong: "---\ntitle: 关于印发《规划》的通知: 正式稿\n---", right: "---\ntitle: \"关于印发《规划》的通知: 正式稿\"\n---"),
        .fullWidthColon: Explanation(
            "字段名后是全角冒号", "A full-width colon after a field name",
            zh: "用中文输入法输入时，冒号常是全角的“：”。YAML 只认半角冒号“:”，而且冒号后要有一个空格。",
            en: "A Chinese input method types the full-width colon '：'. YAML reads only the half-width ':' followed by a space.",
            file: "Content/policies/plan.zh.md",
            wrong: "---\ndoc_number：崂科创发〔2021〕1号\n---", right: "---\ndoc_number: 崂科创发〔2021〕1号\n---"),
        .duplicateKey: Explanation(
            "字段重复", "A field given twice",
            zh: "同一个字段写了两次，不知道该用哪一个。保留一个。",
            en: "The same field is written twice, so which one counts is unclear. Keep one.",
            file: "Content/policies/plan.zh.md",
            wrong: "---\npublished: 2021-11-23\npublished: 2021-11-24\n---", right: "---\npublished: 2021-11-23\n---"),
        .noFrontMatter: Explanation(
            "没有前置信息，或前置信息没有结束", "No front matter, or front matter that never ends",
            zh: "内容文件以一行“---”开头，接着是字段，再以一行“---”结束，然后才是正文。",
            en: "A content file starts with a line '---', then its fields, then another '---' line, then the text.",
            file: "Content/pages/about.zh.md",
            wrong: "title: 关于本站\n\n本站发布……", right: "---\ntitle: 关于本站\n---\n\n本站发布……"),
        .badDate: Explanation(
            "日期写得不对", "A date that cannot be read",
            zh: "日期写作 YYYY-MM-DD（2023-05-06），也可以写 2023年5月6日。2023/5/6、2023.5.6 在不同程序中含义不同，所以不接受，提示会给出应写的日期。不存在的日子（2月30日）是错误。",
            en: "Dates are written YYYY-MM-DD (2023-05-06), or 2023年5月6日. 2023/5/6 and 2023.5.6 mean different days to different programs, so they are refused, with the date to write in the hint. A day that does not exist (30 February) is an error.",
            file: "Content/policies/plan.zh.md",
            wrong: "---\npublished: 2023/5/6\n---", right: "---\npublished: 2023-05-06\n---"),
        .wrongType: Explanation(
            "值的类型不对", "A value of the wrong kind",
            zh: "字段要的是文字、列表、true/false 或整数之一，写成了别的。",
            en: "The field takes text, a list, true/false or a whole number, and got something else.",
            file: "Content/policies/plan.zh.md",
            wrong: "---\ndraft: 是\ntopics: sci-tech, talent\n---", right: "---\ndraft: false\ntopics: [sci-tech, talent]\n---"),
        .invalidValue: Explanation(
            "值不在允许的范围内", "A value that is not allowed",
            zh: "有些字段只能取几个值之一，例如 status 只能是 effective、expired、repealed。",
            en: "Some fields take one of a few values, e.g. status is effective, expired or repealed.",
            file: "Content/policies/plan.zh.md",
            wrong: "---\nstatus: 有效\n---", right: "---\nstatus: effective\n---"),
        .notASlug: Explanation(
            "id 或 slug 写得不对", "An id or slug that is not a slug",
            zh: "id 和 slug 只能用小写字母 a-z、数字和单个连字符；从网页粘贴的不可见字符也会让它无效。",
            en: "Ids and slugs use only a-z, digits and single hyphens; an invisible character pasted from a web page makes one invalid too.",
            file: "Content/interpretations/plan.zh.md",
            wrong: "---\npolicy: 崂山区科技规划\n---", right: "---\npolicy: laoshan-sti-plan\n---"),
        .unknownTopic: Explanation(
            "未知的主题", "An unknown topic",
            zh: "topics 中的每个 id 都要在 site.yaml 的 topics 下声明。",
            en: "Every id in topics must be declared under topics in site.yaml.",
            file: "Content/policies/plan.zh.md",
            wrong: "---\ntopics: [science]\n---", right: "---\ntopics: [sci-tech]\n---"),
        .invisibleCharacter: Explanation(
            "不可见字符", "Invisible characters",
            zh: "零宽空格、双向控制符等字符看不见，却会破坏搜索、术语链接和复制，双向控制符还会颠倒文字顺序。它们常随从网页、聊天软件和 PDF 粘贴的文字而来。消息中以 <U+200B> 的形式显示它们：删除它们。",
            en: "Zero-width spaces, bidi controls and the like are invisible but break search, glossary links and copying, and bidi controls reverse the text. They come with text pasted from web pages, chat apps and PDFs. Messages show them as <U+200B>: delete them.",
            file: "Content/policies/plan.zh.md",
            wrong: "---\ntitle: 科技<U+200B>创新规划\n---", right: "---\ntitle: 科技创新规划\n---"),
        .languageEntry: Explanation(
            "按语言分列的文字有问题", "A problem with per-language text",
            zh: "{ zh: …, en: … } 中的语言要在 languages 中；花括号中的逗号会开始新的一项，含逗号的文字要加引号。",
            en: "Languages in { zh: …, en: … } must be the site's; a comma inside braces starts a new entry, so text with a comma needs quotes.",
            file: "Content/indicators/plan.yaml",
            wrong: "title: { zh: 主要指标, en: Main indicators, 2021–2025 }", right: "title: { zh: 主要指标, en: \"Main indicators, 2021–2025\" }"),
        .emptyValue: Explanation(
            "值是空的", "An empty value",
            zh: "字段名后面没有写内容。写上内容；可选字段不用时整行删去。",
            en: "Nothing follows the field name. Write a value; remove the line of an optional field you do not use.",
            file: "Content/policies/plan.zh.md",
            wrong: "---\nissuer:\n---", right: "---\nissuer: 崂山区科技创新委员会\n---"),
    ]
}

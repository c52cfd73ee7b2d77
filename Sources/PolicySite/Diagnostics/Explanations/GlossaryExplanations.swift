extension Explanations {
    static let glossary: [DiagnosticCode: Explanation] = [
        .glossaryShape: Explanation(
            "术语表的结构不对", "A glossary file of the wrong shape",
            zh: "术语表文件是术语的列表：每个术语以“- id:”开头，下面是各语言的 term 和 definition。",
            en: "A glossary file is a list of terms: each starts with '- id:', then each language's term and definition.",
            file: "Content/glossary/terms.yaml",
            wrong: "科技创新: 原创性科学研究和技术创新的总称",
            right: "- id: sci-tech-innovation\n  zh:\n    term: 科技创新\n    definition: 原创性科学研究和技术创新的总称。"),
        .glossaryID: Explanation(
            "术语没有 id 或 id 无效", "A term without a valid id",
            zh: "每个术语都要有 id（slug），它是术语在术语表页面上的锚点。",
            en: "Every term needs an id (a slug): its anchor on the glossary page.",
            file: "Content/glossary/terms.yaml",
            wrong: "- id: 科技创新", right: "- id: sci-tech-innovation"),
        .duplicateGlossaryID: Explanation(
            "术语 id 重复", "A glossary id used twice",
            zh: "id 在所有术语表文件中都不能重复。",
            en: "Ids are unique across all glossary files.",
            file: "Content/glossary/terms.yaml",
            wrong: "- id: innovation\n  …\n- id: innovation", right: "- id: innovation\n  …\n- id: innovation-system"),
        .glossaryEntry: Explanation(
            "术语的语言项缺少 term 或 definition", "A glossary entry without term or definition",
            zh: "每种语言的项都要有 term（正文中的写法）和 definition（一段释义）。",
            en: "Each language's entry needs term (as the text writes it) and definition (one paragraph).",
            file: "Content/glossary/terms.yaml",
            wrong: "  zh:\n    term: 科技创新", right: "  zh:\n    term: 科技创新\n    definition: 原创性科学研究和技术创新的总称。"),
        .termClash: Explanation(
            "同一词语属于两个术语", "One text given to two terms",
            zh: "一个词语（术语或别名）只能链接到一个术语。删去重复的那个。",
            en: "A text (term or alias) can link to one entry only. Remove the repeat.",
            file: "Content/glossary/terms.yaml",
            wrong: "- id: a\n  zh: { term: 科创, … }\n- id: b\n  zh: { term: 科技创新, aliases: [科创], … }", right: "- id: b\n  zh: { term: 科技创新, aliases: [科创], … }"),
        .glossaryDefinition: Explanation(
            "释义写得不对", "A definition that cannot be shown",
            zh: "释义显示在正文句子旁和术语表页面上，所以只能是一段文字，不能有图片，链接要写完整地址。",
            en: "A definition is shown beside a sentence and on the glossary page, so it is one paragraph, without images, with full link addresses.",
            file: "Content/glossary/terms.yaml",
            wrong: "definition: 见[说明](../pages/about.zh.md)", right: "definition: 见[说明](https://kjj.laoshan.gov.cn/policy/about/)"),
        .unknownRelatedTerm: Explanation(
            "related 写的不是术语 id", "related names no term",
            zh: "related 列出相关术语的 id。",
            en: "related lists the ids of related terms.",
            file: "Content/glossary/terms.yaml",
            wrong: "  related: [科技企业]", right: "  related: [sci-tech-enterprise]"),
        .unusedTerm: Explanation(
            "术语没有出现在任何文档中", "A term no document uses",
            zh: "术语和别名的写法要与正文一致才会被链接。检查写法，或删除不用的术语。",
            en: "A term or alias is linked only where the text writes it the same way. Check the spelling, or remove the unused term.",
            file: "Content/glossary/terms.yaml",
            wrong: "    term: 科技成果转化率", right: "    term: 科技成果转化"),
    ]
}

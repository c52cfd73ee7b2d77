extension Explanations {
    static let markdown: [DiagnosticCode: Explanation] = [
        .brokenLink: Explanation(
            "链接指向不存在或未发布的文件", "A link to a missing or unpublished file",
            zh: "正文中用相对路径链接的文件不存在、是草稿，或不是发布的页面。路径相对于本文件所在的文件夹；供下载的文件放在 Content/static/。",
            en: "A file linked by relative path does not exist, is a draft, or is not a published page. Paths are relative to this file's folder; files to download go in Content/static/.",
            file: "Content/interpretations/plan.zh.md",
            wrong: "详见[规划原文](../policies/laoshan-plan.zh.md)。", right: "详见[规划原文](../policies/laoshan-sti-plan.zh.md)。"),
        .linkLeavesContent: Explanation(
            "链接指向 Content/ 之外", "A link that leaves Content/",
            zh: "相对链接不能走出 Content/：网站之外的文件不会发布。",
            en: "A relative link may not leave Content/: files outside it are not published.",
            file: "Content/policies/plan.zh.md",
            wrong: "[附件](../../docs/附件.pdf)", right: "[附件](../static/附件.pdf)"),
        .externalResource: Explanation(
            "页面从其他网站加载内容", "A page that loads from another host",
            zh: "页面不从其他网站加载图片等内容：那会让读者的浏览被第三方记录，对方网站失效时图片也会消失。把文件存到 Content/static/ 中。链接到其他网站没有问题。--strict 时这是错误。",
            en: "Pages load nothing from other hosts: that would let third parties track readers, and the image vanishes when their site does. Save the file in Content/static/. Links to other sites are fine. An error under --strict.",
            file: "Content/interpretations/plan.zh.md",
            wrong: "![规划图](https://img.example.com/plan.png)", right: "![规划图](../static/images/plan.png)"),
        .emptyDocument: Explanation(
            "文档没有正文", "A document without text",
            zh: "前置信息之后没有任何文字，页面会是空的。",
            en: "Nothing follows the front matter, so the page would be empty.",
            file: "Content/pages/about.zh.md",
            wrong: "---\ntitle: 关于本站\n---", right: "---\ntitle: 关于本站\n---\n\n本站发布崂山区科技政策及解读。"),
        .emptySection: Explanation(
            "小节没有内容", "A section without text",
            zh: "标题下面直接是另一个同级或更高级的标题，这一节是空的。",
            en: "A heading is followed straight by another of its level or higher, so its section is empty.",
            file: "Content/interpretations/plan.zh.md",
            wrong: "## 一、背景\n## 二、主要内容\n……", right: "## 一、背景\n\n为贯彻……\n\n## 二、主要内容\n……"),
        .indicatorsBlock: Explanation(
            "indicators 代码块写得不对", "A wrong indicators block",
            zh: "```indicators ID 显示数据集 ID 的表格；代码块内可以一行写一个指标 id，只显示这些指标。",
            en: "```indicators ID shows data set ID as a table; inside the block, indicator ids, one a line, show only those.",
            file: "Content/interpretations/plan.zh.md",
            wrong: "```indicators\n```", right: "```indicators national-innovation\nrd-intensity\n```"),
        .imageWithoutAlt: Explanation(
            "图片没有替代文字", "An image without alt text",
            zh: "读屏软件为盲人读出图片的替代文字（GB/T 37668，WCAG 1.1.1）。在方括号中写清图片表达的内容。图解（form: graphic）中图片就是正文，缺少替代文字是错误，其他文档中是提醒（--strict 时是错误）。",
            en: "Screen readers read an image's text alternative to blind readers (GB/T 37668, WCAG 1.1.1). Write what the image shows between the brackets. In a graphic interpretation (form: graphic) the images are the text, so a missing one is an error; elsewhere a warning (an error under --strict).",
            file: "Content/interpretations/graphic.zh.md",
            wrong: "![](../static/images/plan.png)", right: "![规划框架图：一核、两带、四区](../static/images/plan.png)"),
    ]
}

extension Explanations {
    static let files: [DiagnosticCode: Explanation] = [
        .notUTF8: Explanation(
            "文件不是 UTF-8 编码", "A file that is not UTF-8",
            zh: "网站的每个文本文件（Markdown、YAML、CSV）都要用 UTF-8 编码保存。旧版 Windows 记事本和 WPS 常用 GB18030（GBK）保存中文，浏览器和其他程序会把它显示成乱码。在编辑器中选择“另存为”，编码选 UTF-8；或用提示中的 iconv 命令转换。",
            en: "Every text file of the site (Markdown, YAML, CSV) is saved as UTF-8. Older Windows editors and WPS often save Chinese as GB18030 (GBK), which browsers and other programs show as garbage. Choose 'Save as' with the encoding UTF-8 in your editor, or convert the file with the iconv command in the hint.",
            file: "Content/policies/plan.zh.md",
            wrong: "（以 GBK 编码保存的文件）\n---\ntitle: 崂山区“十四五”科技创新规划", right: "（以 UTF-8 编码保存的同一文件）\n---\ntitle: 崂山区“十四五”科技创新规划"),
        .utf16: Explanation(
            "文件是 UTF-16 编码", "A file saved as UTF-16",
            zh: "有些编辑器把 UTF-16 叫作“Unicode”。网站只读 UTF-8：另存为 UTF-8，或用提示中的命令转换。",
            en: "Some editors call UTF-16 'Unicode'. The site reads UTF-8 only: save the file as UTF-8, or convert it with the command in the hint.",
            file: "Content/glossary/terms.yaml",
            wrong: "（另存为“Unicode”的文件）", right: "（另存为“UTF-8”的同一文件）"),
        .nulCharacter: Explanation(
            "文件中有 NUL 字符", "A NUL character in a file",
            zh: "字节 0（NUL）不是文字，常随从 PDF 或文字处理软件复制的内容混入，看不见。删除报告位置上的字符，或重新输入那一行。",
            en: "Byte 0 (NUL) is not text; it comes, unseen, with text copied from a PDF or a word processor. Delete the character at the reported place, or retype the line.",
            file: "Content/interpretations/plan.zh.md",
            wrong: "一、总体要求<NUL>", right: "一、总体要求"),
        .unreadable: Explanation(
            "无法读取文件或文件夹", "A file or folder that cannot be read",
            zh: "运行 policysite 的用户没有权限读取它，或磁盘报告了错误。不能读的内容不会被悄悄略过：修正权限后再构建。",
            en: "The user who runs policysite may not read it, or the disk reported an error. Nothing unreadable is left out silently: fix the permissions and build again.",
            file: "Content/glossary",
            wrong: "drwx------ root root Content/glossary", right: "drwxr-xr-x root root Content/glossary   # chmod -R a+rX Content/glossary"),
        .nameNotUTF8: Explanation(
            "文件名不是 UTF-8", "A file name that is not UTF-8",
            zh: "在 Windows 上制作的压缩包，解压后中文文件名常是 GB18030（GBK）字节，网站无法发布。在文件管理器中重命名，或用提示中的 convmv 命令一次改好。",
            en: "Zip files made on Windows name files in GB18030 (GBK) bytes, which the site cannot publish. Rename the file in your file manager, or all of them at once with the convmv command in the hint.",
            file: "Content/static",
            wrong: "Content/static/\\xc4\\xea\\xb6\\xc8.pdf", right: "Content/static/年度报告.pdf"),
        .linkLeavesFolder: Explanation(
            "符号链接指向网站之外", "A symbolic link that leads outside the site",
            zh: "Content/ 或 Templates/ 中的符号链接指向了外面的文件。构建只读网站自己的文件，以免把别处的内容发布出去：把文件复制进来。",
            en: "A symbolic link in Content/ or Templates/ points at a file outside them. A build reads only the site's own files, so that nothing from elsewhere is published: copy the file in.",
            file: "Content/static/report.pdf",
            wrong: "Content/static/report.pdf -> /home/staff/report.pdf", right: "Content/static/report.pdf   （复制进来的文件）"),
        .linkLoops: Explanation(
            "符号链接形成循环", "A symbolic link that loops",
            zh: "链接指回自身或包含它的文件夹，读下去永无止境。删除链接或改指别处。",
            en: "The link leads back to itself or to a folder that holds it, so reading it would never end. Delete the link or point it elsewhere.",
            file: "Content/static/all",
            wrong: "Content/static/all -> ..", right: "（删除 Content/static/all）"),
        .linkPointsNowhere: Explanation(
            "符号链接指向不存在的文件", "A symbolic link to nothing",
            zh: "链接指向的文件或文件夹不存在（可能已被移动或删除）。",
            en: "The file or folder the link points at does not exist (it may have been moved or deleted).",
            file: "Content/static/logo.png",
            wrong: "Content/static/logo.png -> ../../old/logo.png", right: "Content/static/logo.png   （复制进来的文件）"),
        .folderTooDeep: Explanation(
            "文件夹嵌套太深", "Folders nested too deep",
            zh: "超过 64 层的文件夹不会被读取，这通常是复制出错的结果。把文件移到较浅的位置。",
            en: "Folders more than 64 deep are not read; they usually come from a copy gone wrong. Move the files nearer the top.",
            file: "Content/static",
            wrong: "Content/static/a/a/a/…（65 层）/file.pdf", right: "Content/static/a/file.pdf"),
        .noContentFolder: Explanation(
            "没有 Content/ 文件夹", "No Content/ folder",
            zh: "policysite 在当前文件夹（或 --root 指定的文件夹）中找 Content/。进入网站所在的文件夹再运行，或先用 policysite init 新建网站。",
            en: "policysite looks for Content/ in the current folder (or the one --root names). Run it in the site's folder, or start a site with policysite init.",
            file: "Content",
            wrong: "cd ~ && policysite build", right: "cd ~/laoshan-site && policysite build"),
        .strayFile: Explanation(
            "文件不属于网站内容", "A file that is not part of the site",
            zh: "Content/ 顶层只放 site.yaml 和几个内容文件夹；其他文件不会发布。把它移到合适的文件夹，供下载的文件放进 static/。",
            en: "The top of Content/ holds only site.yaml and the content folders; other files are not published. Move it into the right folder; files to download go in static/.",
            file: "Content/notes.md",
            wrong: "Content/notes.md", right: "Content/pages/notes.zh.md"),
        .misplacedFile: Explanation(
            "文件放错了位置", "A file in the wrong place",
            zh: "政策放 policies/，解读放 interpretations/，页面放 pages/，每个文件直接放在文件夹中，不建子文件夹；术语表放 glossary/，指标放 indicators/；其余供下载的文件放 static/。",
            en: "Policies go in policies/, interpretations in interpretations/, pages in pages/, each file directly inside its folder; glossaries in glossary/, indicators in indicators/; anything else to download in static/.",
            file: "Content/policies/2021/plan.zh.md",
            wrong: "Content/policies/2021/plan.zh.md", right: "Content/policies/plan-2021.zh.md"),
        .fileLanguage: Explanation(
            "文件名中的语言不是网站的语言", "A file named for a language the site lacks",
            zh: "文件名写作 <slug>.<语言>.md，语言要在 site.yaml 的 languages 中列出。",
            en: "A file is named <slug>.<language>.md, with a language listed in site.yaml's languages.",
            file: "Content/policies/plan.cn.md",
            wrong: "Content/policies/plan.cn.md", right: "Content/policies/plan.zh.md"),
        .fileSlug: Explanation(
            "文件名不是有效的 slug", "A file name that is not a slug",
            zh: "文件名（去掉语言和 .md）就是网址的一部分，只能用小写字母 a-z、数字和单个连字符。中文标题写在 title 中。",
            en: "The file name (without language and .md) becomes part of the address: only a-z, digits and single hyphens. The Chinese title goes in title.",
            file: "Content/policies/科技规划.zh.md",
            wrong: "Content/policies/科技规划.zh.md", right: "Content/policies/sci-tech-plan.zh.md"),
        .twoFilesOneDocument: Explanation(
            "两个文件是同一文档的同一语言版本", "Two files for one document in one language",
            zh: "不带语言后缀的文件属于默认语言（languages 的第一个）。plan.md 和 plan.zh.md 在中文网站上是同一个文档：保留一个。",
            en: "A file without a language suffix is in the default language (the first of languages). plan.md and plan.zh.md are the same document on a Chinese site: keep one.",
            file: "Content/policies/plan.md",
            wrong: "Content/policies/plan.md\nContent/policies/plan.zh.md", right: "Content/policies/plan.zh.md"),
        .emptyFile: Explanation(
            "文件是空的", "An empty file",
            zh: "内容文件至少要有前置信息和正文。写上内容，或删除这个文件。",
            en: "A content file needs at least front matter and text. Write them, or delete the file.",
            file: "Content/pages/about.zh.md",
            wrong: "", right: "---\ntitle: 关于本站\n---\n\n本站发布崂山区科技政策及解读。"),
    ]
}

extension Explanations {
    static let siteConfig: [DiagnosticCode: Explanation] = [
        .noSiteConfig: Explanation(
            "没有 site.yaml", "No site.yaml",
            zh: "Content/site.yaml 写着网站的标题、网址和语言，没有它网站无法生成。policysite init 会写好一个，每项设置都有注释。",
            en: "Content/site.yaml holds the site's title, address and languages; without it there is no site. policysite init writes one, every setting explained.",
            file: "Content/site.yaml",
            wrong: "（没有这个文件）", right: "title: { zh: 崂山区科技政策, en: Laoshan S&T Policies }\nbase_url: https://kjj.laoshan.gov.cn/policy/\nlanguages: [zh, en]"),
        .siteSettingMissing: Explanation(
            "site.yaml 缺少必需的设置", "A required setting is missing from site.yaml",
            zh: "site.yaml 必须有 title、base_url 和 languages。",
            en: "site.yaml needs title, base_url and languages.",
            file: "Content/site.yaml",
            wrong: "title: 崂山区科技政策\nlanguages: [zh]", right: "title: 崂山区科技政策\nbase_url: https://kjj.laoshan.gov.cn/policy/\nlanguages: [zh]"),
        .siteLanguages: Explanation(
            "languages 写得不对", "A wrong languages setting",
            zh: "languages 列出网站的语言代码（zh、en），第一个是默认语言，每个只列一次。",
            en: "languages lists the site's language codes (zh, en), the default first, each once.",
            file: "Content/site.yaml",
            wrong: "languages: [中文, 英文]", right: "languages: [zh, en]"),
        .baseURL: Explanation(
            "base_url 不是完整地址", "base_url is not a full address",
            zh: "base_url 是网站发布后的完整地址，以 http:// 或 https:// 开头；页面的规范链接、站点地图和二维码都用它。",
            en: "base_url is the published site's full address, starting with http:// or https://; canonical links, the sitemap and QR codes use it.",
            file: "Content/site.yaml",
            wrong: "base_url: kjj.laoshan.gov.cn/policy", right: "base_url: https://kjj.laoshan.gov.cn/policy/"),
        .siteTopics: Explanation(
            "topics 写得不对", "A wrong topics setting",
            zh: "topics 是主题 id（slug）到各语言名称的映射。",
            en: "topics maps topic ids (slugs) to their names in each language.",
            file: "Content/site.yaml",
            wrong: "topics: [科技创新, 人才]", right: "topics:\n  sci-tech: { zh: 科技创新, en: S&T innovation }\n  talent: { zh: 人才, en: Talent }"),
        .siteSettingShape: Explanation(
            "site.yaml 的结构不对", "site.yaml has the wrong shape",
            zh: "site.yaml 是一行一个的设置项（名称、半角冒号、空格、值）；markdown 等分组设置是映射。",
            en: "site.yaml is settings, one a line (name, colon, space, value); grouped settings such as markdown are maps.",
            file: "Content/site.yaml",
            wrong: "markdown: true", right: "markdown: { unsafe_html: false }"),
    ]
}

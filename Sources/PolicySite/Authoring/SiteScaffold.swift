/// The site `policysite init` writes, as paths and texts: a `site.yaml`
/// with every setting explained in the site's first language, and one
/// example of each kind of content in every language of the site, so that
/// it builds and passes `policysite check --strict` before anyone edits
/// it. Also a `.gitignore` and the GitHub Actions recipe.
public struct SiteScaffold: Sendable {
    public let languages: [String]
    public let baseURL: String
    /// The site's name and publisher in its first language; the other
    /// languages get the example's, to translate in site.yaml.
    public let title: String?
    public let publisher: String?
    /// `published` of the examples, and the plan period of the example
    /// data set (from last year to two years on); passed in so tests do
    /// not depend on the clock.
    public let today: PlainDate

    public init(languages: [String], baseURL: String, title: String? = nil, publisher: String? = nil,
                today: PlainDate) throws(AuthoringError) {
        guard !languages.isEmpty else { throw .noLanguages }
        for code in languages where ExampleSiteText.text(for: code) == nil {
            throw .noExampleTexts(language: code, available: ExampleSiteText.languages)
        }
        if let twice = languages.first(where: { code in languages.count { $0 == code } > 1 }) {
            throw .languageTwice(twice)
        }
        guard let url = SiteConfigParser.normalizedBaseURL(baseURL) else { throw .badBaseURL(baseURL) }
        self.languages = languages
        self.baseURL = url
        // `--title ""` is a slip, not a wish for a site with no name.
        self.title = title.flatMap { $0.isEmpty ? nil : $0 }
        self.publisher = publisher.flatMap { $0.isEmpty ? nil : $0 }
        self.today = today
    }

    /// The language of site.yaml's comments and of what `init` prints.
    public var messageLanguage: MessageLanguage { MessageLanguage(code: languages[0]) ?? .en }

    static let slug = "innovation-vouchers"
    static let termID = "innovation-voucher"

    /// Every file to write, by its path under the new site's folder.
    public var files: [String: String] {
        var files = [
            "Content/site.yaml": siteYAML,
            "Content/glossary/terms.yaml": glossaryYAML,
            "Content/indicators/\(Self.slug).yaml": indicatorYAML,
            "Content/indicators/\(Self.slug).csv": indicatorCSV,
            ".gitignore": gitignore,
            GitHubWorkflow.path: GitHubWorkflow.text,
        ]
        for code in languages {
            let text = self.text(code)
            files["Content/policies/\(Self.slug).\(code).md"] = policy(code, text)
            files["Content/interpretations/\(Self.slug).\(code).md"] = interpretation(code, text)
            files["Content/pages/about.\(code).md"] = about(code, text)
        }
        return files
    }

    // MARK: The settings

    private var siteYAML: String {
        let zh = messageLanguage == .zh
        let sample = "{ " + languages.map { "\($0): " + ($0 == "zh" ? "中文" : "English") }.joined(separator: ", ") + " }"
        let lines = [
            zh ? "# 网站设置。以 # 开头的是说明，不会出现在网站上。" : "# The site's settings. Text after # is a note and does not appear on the site.",
            zh ? "# 有文字的设置写成 \(sample)，每种语言一项；冒号后面要有空格。"
               : "# A setting that is text is written \(sample), one entry per language; put a space after each colon.",
            "",
            zh ? "# 网站名称，显示在每页顶部和浏览器标签上。" : "# The site's name, at the top of every page and on the browser tab.",
            "title: " + localized(\.siteTitle, override: title),
            "",
            zh ? "# 网站发布后的完整网址，以 / 结尾。域名后面的部分（如 /policy/）是网站所在的路径。"
               : "# The full address the site is published at, ending in /. The part after the host (/policy/) is where the site lives.",
            zh ? "# 二维码、订阅源和站点地图都用这个网址；用 GitHub Pages 的，改成 Pages 的网址。"
               : "# QR codes, the feed and the sitemap use it; on GitHub Pages, use the Pages address.",
            "base_url: " + baseURL,
            "",
            zh ? "# 网站的语言。第一种是默认语言，放在网站根目录；其他语言在 /en/ 这样的子目录里。"
               : "# The site's languages. The first is the default, served at the root; the others under /zh/ and so on.",
            zh ? "# 每篇文件的每种语言各写一个文件，如 plan.zh.md 和 plan.en.md；缺少的版本 policysite check 会指出。"
               : "# Each document has a file per language, such as plan.en.md and plan.zh.md; policysite check names any missing.",
            "languages: [\(languages.joined(separator: ", "))]",
            "",
            zh ? "# 发布单位，显示在每页底部。" : "# The publishing body, at the foot of every page.",
            "publisher: " + localized(\.publisher, override: publisher),
            "",
            zh ? "# 主题分类：冒号前是编号（小写英文字母、数字、连字符），文件的 topics 字段写它；冒号后是显示的名称。"
               : "# Topics: an id (a-z, 0-9 and hyphens), which documents give in their topics field, and its name.",
            "topics:",
            "  sci-tech: " + localized(\.sciTechTopic),
            "  enterprise: " + localized(\.enterpriseTopic),
            "",
            "markdown:",
            zh ? "  # 正文里的 HTML 代码默认删去，改成 true 才保留。除非确有需要，请保持 false。"
               : "  # HTML in the text is dropped unless this is true. Keep it false unless you really need HTML.",
            "  unsafe_html: false",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: The documents

    private func policy(_ code: String, _ text: ExampleSiteText) -> String {
        document(text, [
            "title: " + YAMLScalar.quoted(text.policyTitle),
            "issuer: " + YAMLScalar.quoted(publisherName(code)),
            "published: \(today)",
            "topics: [sci-tech, enterprise]",
        ], body: text.policyBody.replacingOccurrences(of: "{publisher}", with: MarkdownText.inline(publisherName(code))))
    }

    private func interpretation(_ code: String, _ text: ExampleSiteText) -> String {
        document(text, [
            "title: " + YAMLScalar.quoted(text.interpretationTitle),
            "published: \(today)",
            "policy: \(Self.slug)",
            "agency: " + YAMLScalar.quoted(publisherName(code)),
            "topics: [sci-tech, enterprise]",
            "indicators: [\(Self.slug)]",
        ], body: text.interpretationBody.replacingOccurrences(of: "{policy-link}", with: "../policies/\(Self.slug).\(code).md"))
    }

    private func about(_ code: String, _ text: ExampleSiteText) -> String {
        document(text, ["title: " + YAMLScalar.quoted(text.aboutTitle), "menu: 1"],
                 body: text.aboutBody.replacingOccurrences(of: "{publisher}", with: MarkdownText.inline(publisherName(code))))
    }

    private func document(_ text: ExampleSiteText, _ fields: [String], body: String) -> String {
        (["---", text.exampleNote] + fields + ["---", "", body]).joined(separator: "\n") + "\n"
    }

    // MARK: The glossary and the data set

    private var glossaryYAML: String {
        var lines = [messageLanguage == .zh
            ? "# 术语解释。正文中第一次出现的术语会链接到这里的解释（见使用指南第 4 节）。"
            : "# The glossary. The first use of a term in a document links to its definition here (guide, section 4).",
            "- id: \(Self.termID)"]
        for code in languages {
            let text = self.text(code)
            lines += ["  \(code):", "    term: " + YAMLScalar.quoted(text.term)]
            if let alias = text.termAlias { lines.append("    aliases: [\(YAMLScalar.quoted(alias))]") }
            lines.append("    definition: " + YAMLScalar.quoted(text.termDefinition))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private var indicatorYAML: String {
        let zh = messageLanguage == .zh
        return [
            zh ? "# 一组规划指标的说明。指标数据在同名的 .csv 文件里，可以用 Excel 或 WPS 编辑，另存为“CSV UTF-8”。"
               : "# A set of plan indicators. Its rows are in the .csv file of the same name: edit it in Excel or WPS and save as 'CSV UTF-8'.",
            "title: " + localized(\.indicatorTitle),
            "source: " + localized(\.indicatorSource),
            "baseline_year: \(today.year - 1)" + (zh ? "   # 基期年份" : "   # the year the plan starts from"),
            "target_year: \(today.year + 2)" + (zh ? "     # 目标年份" : "     # the year of its targets"),
        ].joined(separator: "\n") + "\n"
    }

    /// Baseline, target and this year's actual value, on the straight path
    /// from one to the other, so the example shows progress 符合进度.
    private var indicatorCSV: String {
        let header = ["id"] + languages.map { "name_\($0)" } + languages.map { "unit_\($0)" }
            + ["baseline", "target", "attribute", String(today.year)]
        func row(_ id: String, _ name: (ExampleSiteText) -> String, _ unit: (ExampleSiteText) -> String, _ values: [String]) -> String {
            ([id] + languages.map { CSVCell.figure(name(text($0))).field } + languages.map { CSVCell.figure(unit(text($0))).field } + values)
                .joined(separator: ",")
        }
        let expected = text(languages[0]).expected
        return [
            header.joined(separator: ","),
            row("firms", \.firmsName, \.firmsUnit, ["120", "300", expected, "180"]),
            row("amount", \.amountName, \.amountUnit, ["400", "1000", expected, "600"]),
        ].joined(separator: "\n") + "\n"
    }

    private var gitignore: String {
        let zh = messageLanguage == .zh
        return [
            zh ? "# 生成的网站：每次都重新生成，不提交。" : "# The generated site: made again on every build, not committed.",
            "/Output/",
            "/Output.*/",
            zh ? "# 生成缓存：只用来加快速度，随时可以删除。" : "# The build cache: only a speed-up, safe to delete.",
            "/.policysite-cache/",
        ].joined(separator: "\n") + "\n"
    }

    // MARK: Texts per language

    private func text(_ code: String) -> ExampleSiteText { ExampleSiteText.text(for: code)! }

    private func publisherName(_ code: String) -> String {
        code == languages[0] ? publisher ?? text(code).publisher : text(code).publisher
    }

    /// `{ zh: "…", en: "…" }` in the site's languages, the first one's
    /// from `override` when given.
    private func localized(_ value: (ExampleSiteText) -> String, override: String? = nil) -> String {
        let entries = languages.enumerated().map { index, code in
            "\(code): " + YAMLScalar.quoted(index == 0 ? override ?? value(text(code)) : value(text(code)))
        }
        return "{ " + entries.joined(separator: ", ") + " }"
    }
}

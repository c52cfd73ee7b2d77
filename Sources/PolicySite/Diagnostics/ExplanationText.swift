/// An explanation as `policysite explain` prints it, and the catalogue of
/// every code as the staff guide lists it (docs/codes.zh.md and
/// docs/codes.en.md, written from here so that they cannot drift).
public enum ExplanationText {

    /// `错误的写法（Content/…）：`, `Wrong (Content/…):`; `quote` wraps the file name.
    private static func wrong(_ file: String, _ language: MessageLanguage, quote: String = "") -> String {
        Bilingual(zh: "错误的写法（\(quote)\(file)\(quote)）：", en: "Wrong (\(quote)\(file)\(quote)):")[language]
    }

    private static func right(_ language: MessageLanguage) -> String {
        Bilingual(zh: "正确的写法：", en: "Right:")[language]
    }

    /// For the terminal: the code and title, the meaning, then the examples indented.
    public static func terminal(_ code: DiagnosticCode, in language: MessageLanguage) -> String {
        guard let e = code.explanation else { return "\(code.name)\n" }
        func indented(_ text: String) -> String {
            text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
        }
        return """
            \(code.name): \(e.title[language])

            \(e.meaning[language])

            \(wrong(e.file, language))
            \(indented(e.wrong))

            \(right(language))
            \(indented(e.right))

            """
    }

    /// Every code, by area, as Markdown.
    public static func catalogue(in language: MessageLanguage) -> String {
        let heading = Bilingual(zh: "# 诊断代码一览", en: "# Diagnostic codes")
        let intro = Bilingual(
            zh: "policysite 的每条错误和警告都有一个代码，例如 `error[PS1201]`。下面列出每个代码的含义和示例；在终端中运行 `policysite explain PS1201` 可看到同样的说明。本文件由 `policysite explain --all --markdown` 生成，请勿手工编辑。",
            en: "Every error and warning of policysite has a code, e.g. `error[PS1201]`. Each is listed below with what it means and an example; `policysite explain PS1201` prints the same in the terminal. This file is written by `policysite explain --all --markdown`: do not edit it by hand.")
        var out = heading[language] + "\n\n" + intro[language] + "\n"
        var area = 0
        for code in DiagnosticCode.allCases {
            if code.rawValue / 100 != area {
                area = code.rawValue / 100
                out += "\n## \(areaNames[area]?[language] ?? "")\n"
            }
            guard let e = code.explanation else { continue }
            out += """

                ### \(code.name) \(e.title[language])

                \(e.meaning[language])

                \(wrong(e.file, language, quote: "`"))

                ```
                \(e.wrong)
                ```

                \(right(language))

                ```
                \(e.right)
                ```

                """
        }
        return out
    }

    public static func unknown(_ name: String, in language: MessageLanguage) -> String {
        "\(name): " + Bilingual(zh: "没有这个代码", en: "there is no such code")[language]
    }

    private static let areaNames: [Int: Bilingual] = [
        10: Bilingual(zh: "PS10xx 文件", en: "PS10xx Files"),
        11: Bilingual(zh: "PS11xx site.yaml", en: "PS11xx site.yaml"),
        12: Bilingual(zh: "PS12xx 前置信息与 YAML", en: "PS12xx Front matter and YAML"),
        13: Bilingual(zh: "PS13xx Markdown 正文", en: "PS13xx Markdown text"),
        14: Bilingual(zh: "PS14xx 关键词解释（术语表）", en: "PS14xx Glossary"),
        15: Bilingual(zh: "PS15xx 规划指标", en: "PS15xx Indicator data"),
        16: Bilingual(zh: "PS16xx 文档之间的引用与译本", en: "PS16xx References between documents, translations"),
        17: Bilingual(zh: "PS17xx 主题模板", en: "PS17xx Theme templates"),
        18: Bilingual(zh: "PS18xx 输出", en: "PS18xx Output"),
    ]
}

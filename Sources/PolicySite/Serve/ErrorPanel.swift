/// The failed build's diagnostics over the page, as the terminal shows them,
/// so that an author sees at once which file and line to fix.
enum ErrorPanel {
    static let id = "policysite-build-errors"

    private static let strings = (
        title: Bilingual(zh: "网站未能生成：", en: "The site could not be built: "),
        explanation: Bilingual(zh: "下面是上一次成功生成的页面。修改以下文件并保存后，页面会自动刷新。",
                               en: "This is the last good build; fix the files below and save, and the page reloads by itself."),
        hide: Bilingual(zh: "隐藏", en: "Hide"))

    /// In `language`, as the terminal prints them (SPEC §9).
    static func html(_ diagnostics: [Diagnostic], in language: MessageLanguage) -> String {
        let items = diagnostics.map { d in
            let file = InvisibleCharacters.escaped(d.file)
            let location = d.line > 0 ? "\(file):\(d.line):\(max(d.column, 1))" : file
            let hint = d.hint(in: language).map {
                "<br><span class=\"hint\">\(DiagnosticFormat.hintLabel[language]) \(XMLText.escape(InvisibleCharacters.escaped($0)))</span>"
            } ?? ""
            return "<li class=\"\(d.severity.rawValue)\"><code>\(XMLText.escape(location))</code> "
                + "<strong>\(d.severity.rawValue)[\(d.code.name)]:</strong> "
                + "\(XMLText.escape(InvisibleCharacters.escaped(d.message(in: language))))\(hint)</li>"
        }
        return """
            <section id="\(id)" role="alert" aria-labelledby="\(id)-title">
            <style>
            #\(id) { position: fixed; inset: 0 0 auto 0; z-index: 2147483647; max-height: 80vh; overflow: auto;
              margin: 0; padding: 1rem 1.25rem; background: #fff5f5; color: #1a1a1a; border-bottom: 4px solid #b00020;
              font: 15px/1.5 system-ui, sans-serif; box-shadow: 0 4px 16px rgba(0, 0, 0, .25); }
            #\(id) h2 { margin: 0 0 .5rem; font-size: 1.1rem; color: #b00020; }
            #\(id) ol { margin: .5rem 0; padding-left: 1.5rem; }
            #\(id) li { margin: .4rem 0; }
            #\(id) code { font: 14px/1.4 ui-monospace, monospace; }
            #\(id) .error strong { color: #b00020; }
            #\(id) .warning strong { color: #8a5a00; }
            #\(id) .hint { color: #444; }
            #\(id) button { font: inherit; }
            </style>
            <h2 id="\(id)-title">\(strings.title[language])\(DiagnosticFormat.summary(diagnostics, in: language))</h2>
            <p>\(strings.explanation[language])</p>
            <ol>
            \(items.joined(separator: "\n"))
            </ol>
            <button type="button" onclick="this.parentNode.remove()">\(strings.hide[language])</button>
            </section>

            """
    }
}

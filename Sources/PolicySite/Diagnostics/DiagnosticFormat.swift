import Foundation

/// How diagnostics are printed: for people, for GitHub Actions, for programs.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    case text
    case github
    case json

    /// The whole report: every diagnostic with its code, then a summary
    /// line, in `language`. Invisible characters in messages and hints
    /// (quoted from content) are shown as `<U+200B>`, and a line break as
    /// `<U+000A>` where the format would print it raw.
    public func render(_ diagnostics: [Diagnostic], in language: MessageLanguage = .en) -> String {
        switch self {
        case .text: return renderText(diagnostics, language)
        case .github: return renderGitHub(diagnostics, language)
        case .json: return renderJSON(diagnostics, language)
        }
    }

    /// `error[PS1201]`: the severity stays English in both languages, as
    /// editors and CI logs recognise it.
    private func label(_ d: Diagnostic) -> String { "\(d.severity.rawValue)[\(d.code.name)]" }

    private func renderText(_ diagnostics: [Diagnostic], _ language: MessageLanguage) -> String {
        var out = ""
        for d in diagnostics {
            out += "\(location(d)): \(label(d)): \(InvisibleCharacters.escaped(d.message(in: language)))\n"
            if let hint = d.hint(in: language) { out += "    \(Self.hintLabel[language]) \(InvisibleCharacters.escaped(hint))\n" }
        }
        out += Self.summary(diagnostics, in: language) + "\n"
        return out
    }

    /// What leads a hint, in every format and in `serve`'s error panel.
    static let hintLabel = Bilingual(zh: "提示：", en: "hint:")

    /// A file name with an invisible character in it is shown escaped too;
    /// GitHub and JSON get the real path, which their readers open.
    private func location(_ d: Diagnostic) -> String {
        let file = InvisibleCharacters.escaped(d.file)
        return d.line > 0 ? "\(file):\(d.line):\(max(d.column, 1))" : file
    }

    private func renderGitHub(_ diagnostics: [Diagnostic], _ language: MessageLanguage) -> String {
        var out = ""
        for d in diagnostics {
            var props = "file=\(escapeProperty(d.file))"
            if d.line > 0 { props += ",line=\(d.line),col=\(max(d.column, 1))" }
            props += ",title=\(d.code.name)"
            var message = InvisibleCharacters.escaped(d.message(in: language), keepingLineBreaks: true)
            if let hint = d.hint(in: language) {
                message += "\n\(Self.hintLabel[language]) \(InvisibleCharacters.escaped(hint, keepingLineBreaks: true))"
            }
            out += "::\(d.severity.rawValue) \(props)::\(escapeData(message))\n"
        }
        out += Self.summary(diagnostics, in: language) + "\n"
        return out
    }

    // GitHub's workflow-command escaping: data escapes %, CR and LF;
    // properties also escape : and ,.
    private func escapeData(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    private func renderJSON(_ diagnostics: [Diagnostic], _ language: MessageLanguage) -> String {
        struct Report: Encodable {
            struct Item: Encodable {
                var severity: Diagnostic.Severity
                var code: String
                var file: String
                var line: Int
                var column: Int
                var message: String
                var hint: String?
            }
            var errors: Int
            var warnings: Int
            var diagnostics: [Item]
        }
        let report = Report(
            errors: diagnostics.filter { $0.severity == .error }.count,
            warnings: diagnostics.filter { $0.severity == .warning }.count,
            diagnostics: diagnostics.map {
                .init(severity: $0.severity, code: $0.code.name, file: $0.file, line: $0.line, column: $0.column,
                      message: InvisibleCharacters.escaped($0.message(in: language)),
                      hint: $0.hint(in: language).map { InvisibleCharacters.escaped($0) })
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(report)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// `2 errors, 3 warnings`; `2 个错误，3 个警告`.
    public static func summary(_ diagnostics: [Diagnostic], in language: MessageLanguage = .en) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        switch language {
        case .zh:
            return "\(errors) 个错误，\(warnings) 个警告"
        case .en:
            func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
            return "\(count(errors, "error")), \(count(warnings, "warning"))"
        }
    }
}

import Foundation

/// How diagnostics are printed: for people, for GitHub Actions, for programs.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    case text
    case github
    case json

    /// The whole report: every diagnostic, then a summary line.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        switch self {
        case .text: return renderText(diagnostics)
        case .github: return renderGitHub(diagnostics)
        case .json: return renderJSON(diagnostics)
        }
    }

    private func renderText(_ diagnostics: [Diagnostic]) -> String {
        var out = ""
        for d in diagnostics {
            out += "\(location(d)): \(d.severity.rawValue): \(d.message)\n"
            if let hint = d.hint { out += "    hint: \(hint)\n" }
        }
        out += Self.summary(diagnostics) + "\n"
        return out
    }

    private func location(_ d: Diagnostic) -> String {
        d.line > 0 ? "\(d.file):\(d.line):\(max(d.column, 1))" : d.file
    }

    private func renderGitHub(_ diagnostics: [Diagnostic]) -> String {
        var out = ""
        for d in diagnostics {
            var props = "file=\(escapeProperty(d.file))"
            if d.line > 0 { props += ",line=\(d.line),col=\(max(d.column, 1))" }
            var message = d.message
            if let hint = d.hint { message += "\nhint: \(hint)" }
            out += "::\(d.severity.rawValue) \(props)::\(escapeData(message))\n"
        }
        out += Self.summary(diagnostics) + "\n"
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

    private func renderJSON(_ diagnostics: [Diagnostic]) -> String {
        struct Report: Encodable {
            struct Item: Encodable {
                var severity: Diagnostic.Severity
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
                .init(severity: $0.severity, file: $0.file, line: $0.line, column: $0.column,
                      message: $0.message, hint: $0.hint)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(report)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// `2 errors, 3 warnings`.
    public static func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(count(errors, "error")), \(count(warnings, "warning"))"
    }
}

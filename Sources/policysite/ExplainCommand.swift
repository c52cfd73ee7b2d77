import ArgumentParser
import Foundation
import PolicySite

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "解释诊断代码，附错误和正确的例子。Say what a diagnostic code means, with a wrong and a right example.")

    @Argument(help: "The code, e.g. PS1201.")
    var code: String?

    @Flag(help: "Every code.")
    var all = false

    @Flag(help: "As Markdown, for the staff guide.")
    var markdown = false

    @Option(help: MessageLanguage.optionHelp)
    var lang: MessageLanguage?

    @Option(help: "The folder that holds Content/ (default: the current folder), for its language.")
    var root: String = "."

    func validate() throws {
        if code == nil && !all { throw ValidationError("name a code, e.g. policysite explain PS1201, or give --all") }
    }

    func run() throws {
        let language = MessageLanguage.resolve(option: lang, environment: ProcessInfo.processInfo.environment, root: root)
        if all {
            FileHandleOutput.standardOutput(markdown ? ExplanationText.catalogue(in: language)
                : DiagnosticCode.allCases.map { ExplanationText.terminal($0, in: language) }.joined(separator: "\n"))
            return
        }
        guard let name = code, let found = DiagnosticCode(name: name) else {
            FileHandleOutput.standardError(ExplanationText.unknown(code ?? "", in: language) + "\n")
            throw ExitCode(2)
        }
        FileHandleOutput.standardOutput(ExplanationText.terminal(found, in: language))
    }
}

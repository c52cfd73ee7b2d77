import ArgumentParser
import Foundation
import PolicySite

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "新建内容文件，每个字段都有注释说明。Start a content file with every field of its kind, each explained in a comment.")

    @Argument(help: "What to write: policy, interpretation or page.")
    var kind: DocumentKind

    @Argument(help: "The file name, e.g. sci-tech-plan (a-z, 0-9 and hyphens).")
    var slug: String

    @Option(help: "The language of the file and its comments.")
    var lang: String = "zh"

    @Option(help: "The folder that holds Content/ (default: the current folder).")
    var root: String = "."

    func run() throws {
        let files = ContentFiles(root: root)
        let siteYAML = files.read("Content/site.yaml")
        let language = MessageLanguage.resolve(option: nil, environment: ProcessInfo.processInfo.environment, siteYAML: siteYAML)
        if let problem = SiteLanguages.check(lang, siteYAML: siteYAML) {
            throw ValidationError(problem.message(in: language))
        }
        let scaffold: DocumentScaffold
        do {
            scaffold = try DocumentScaffold(kind: kind, slug: slug, language: lang, today: LocalDate.today)
        } catch {
            throw ValidationError(error.message(in: language))
        }
        try files.refuseToOverwrite([scaffold.path], language: language)
        try files.write(scaffold.text, to: scaffold.path)
        FileHandleOutput.standardOutput(scaffold.path + "\n")
    }
}

extension DocumentKind: ExpressibleByArgument {}

import ArgumentParser
import Foundation
import PolicySite

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "新建一个能直接生成的网站：带注释的 site.yaml 和每类内容的示例。Start a new site that builds: site.yaml with every setting explained, and one example of each kind of content.",
        discussion: """
            Writes Content/ (site.yaml, a policy, its interpretation, an about page, a glossary term and a data set, \
            in every language of the site), a .gitignore and .github/workflows/site.yml, then says what to do next. \
            Refuses a folder that already holds a site, and never writes over a file.
            """)

    @Argument(help: "The folder for the new site (default: the current folder); made if it does not exist.")
    var folder: String = "."

    @Option(help: "The site's name in its first language (default: an example name, to change in site.yaml).")
    var title: String?

    @Option(help: "The publishing body in the site's first language (default: an example name).")
    var publisher: String?

    @Option(help: "The site's languages, the default first, comma-separated: zh,en, zh or en.")
    var languages: String = "zh,en"

    @Option(name: .customLong("base-url"), help: "The address the site will be published at.")
    var baseURL: String = "https://www.example.gov.cn/policy/"

    func run() throws {
        let codes = languages.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let language = MessageLanguage.resolve(option: nil, environment: ProcessInfo.processInfo.environment, siteLanguage: codes.first)
        let scaffold: SiteScaffold
        do {
            scaffold = try SiteScaffold(languages: codes, baseURL: baseURL, title: title, publisher: publisher, today: LocalDate.today)
        } catch {
            throw ValidationError(error.message(in: language))
        }

        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        if let found = ExistingSite.found(in: names) {
            FileHandleOutput.standardError(AuthoringError.siteExists(folder: folder, found: found).errorLine(in: language) + "\n")
            throw ExitCode(1)
        }
        let files = ContentFiles(root: folder)
        var written = 0
        for (path, text) in scaffold.files.sorted(by: { $0.key < $1.key }) {
            if files.exists(path) {
                FileHandleOutput.standardError(InitMessage.keptExisting(path: path).text(in: language) + "\n")
                continue
            }
            do {
                try files.write(text, to: path)
            } catch {
                FileHandleOutput.standardError(AuthoringError.cannotWrite(path: folder + "/" + path).errorLine(in: language) + "\n")
                throw ExitCode(1)
            }
            written += 1
        }
        FileHandleOutput.standardOutput(InitMessage.nextSteps(folder: folder, written: written).text(in: language) + "\n")
    }
}

import ArgumentParser
import Foundation
import PolicySite

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "把纯文本文件（从 Word 或网页复制）转换为内容文件。Turn a plain-text document (pasted from Word or a web page) into a content file.",
        discussion: """
            Reads UTF-8 or GB18030 text, makes headings of 一、 （一） 1. （1） numbering, \
            lifts 解读机关, 解读人 and 咨询电话 into the front matter, writes the terms of a \
            关键词解释 section to Content/glossary/SLUG.yaml and leaves out web-page debris \
            (source notices, comment boxes, share and print buttons), listing each line it dropped.
            """)

    @Argument(help: "The text file.")
    var file: String

    @Option(help: "The file name to give it, e.g. sci-tech-plan (a-z, 0-9 and hyphens).")
    var slug: String

    @Option(help: "policy, interpretation or page.")
    var kind: DocumentKind = .interpretation

    @Option(help: "For an interpretation: the slug of the policy it interprets.")
    var policy: String?

    @Option(help: "The title, when the text's first line is not the title.")
    var title: String?

    @Option(help: "The language of the text.")
    var lang: String = "zh"

    @Option(help: "The folder that holds Content/ (default: the current folder).")
    var root: String = "."

    @Flag(help: "Print the content file instead of writing anything.")
    var stdout = false

    func validate() throws {
        if policy != nil, kind != .interpretation {
            throw ValidationError("--policy is only for interpretations (--kind interpretation)")
        }
    }

    func run() throws {
        let files = ContentFiles(root: root)
        let siteYAML = files.read("Content/site.yaml")
        let language = MessageLanguage.resolve(option: nil, environment: ProcessInfo.processInfo.environment, siteYAML: siteYAML)
        func say(_ message: ImportMessage) { FileHandleOutput.standardError(message.text(in: language) + "\n") }
        func fail(_ error: AuthoringError) -> ExitCode {
            FileHandleOutput.standardError(error.errorLine(in: language) + "\n")
            return ExitCode(1)
        }

        if let problem = SiteLanguages.check(lang, siteYAML: siteYAML) {
            throw ValidationError(problem.message(in: language))
        }
        guard let bytes = FileManager.default.contents(atPath: file) else { throw fail(.unreadable(path: file)) }
        guard let (text, encoding) = PlainTextDecoding.decode(Array(bytes)) else { throw fail(.notText(path: file)) }
        say(.readAs(file: file, encoding: encoding))

        let options = PlainTextImporter.Options(
            kind: kind, slug: slug, language: lang, title: title, policy: policy,
            policyTitle: policy.flatMap { policyTitle($0, files, say) }, today: LocalDate.today,
            knownTerms: knownTerms(files))
        let result: ImportResult
        do {
            result = try PlainTextImporter(options: options).run(text)
        } catch .badSlug(let bad) {
            throw ValidationError(AuthoringError.badSlug(bad).message(in: language))
        } catch {
            throw fail(error)
        }

        for line in result.dropped { say(.dropped(file: file, line)) }
        for term in result.termsAlreadyInGlossary { say(.alreadyInGlossary(term: term)) }
        if stdout {
            FileHandleOutput.standardOutput(result.markdown)
            if let yaml = result.glossaryYAML, let path = result.glossaryPath {
                say(.glossaryNotWritten(count: result.glossary.count, path: path))
                FileHandleOutput.standardError(yaml)
            }
        } else {
            let written = [result.contentPath] + (result.glossaryPath.map { [$0] } ?? [])
            try files.refuseToOverwrite(written, language: language)
            try files.write(result.markdown, to: result.contentPath)
            if let yaml = result.glossaryYAML, let path = result.glossaryPath { try files.write(yaml, to: path) }
            FileHandleOutput.standardOutput(written.joined(separator: "\n") + "\n")
        }
        if !result.missing.isEmpty {
            say(.fillIn(fields: result.missing, path: result.contentPath))
        }
    }

    /// The policy's title in this language, to title the interpretation
    /// when the text does not; a missing policy file is reported, since
    /// the build will not accept the interpretation until it exists.
    private func policyTitle(_ policy: String, _ files: ContentFiles, _ say: (ImportMessage) -> Void) -> String? {
        let path = "Content/policies/\(policy).\(lang).md"
        guard let text = files.read(path) else {
            say(.noPolicyFile(path: path))
            return nil
        }
        return ExistingContent.title(ofContentFile: text)
    }

    private func knownTerms(_ files: ContentFiles) -> Set<String> {
        files.list("Content/glossary").filter { $0.hasSuffix(".yaml") }.reduce(into: []) { terms, name in
            if let text = files.read("Content/glossary/" + name) {
                terms.formUnion(ExistingContent.terms(inGlossary: text, language: lang))
            }
        }
    }
}

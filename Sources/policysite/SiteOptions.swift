import ArgumentParser
import Foundation
import PolicySite

/// The options `build` and `check` share (SPEC §9).
struct SiteOptions: ParsableArguments {
    @Option(help: "The folder that holds Content/ (default: the current folder).")
    var root: String = "."

    @Option(help: "Where to write the site (default: ROOT/Output).")
    var output: String?

    @Option(name: .customLong("base-url"), help: "Use this base URL instead of site.yaml's base_url.")
    var baseURL: String?

    @Flag(help: "Include documents marked 'draft: true'.")
    var drafts = false

    @Flag(help: "Treat warnings (unknown fields, missing translations) as errors.")
    var strict = false

    @Option(help: "How to print diagnostics: text, github or json.")
    var format: DiagnosticFormat = .text

    @Flag(help: "Print how long each stage of the build took.")
    var timings = false

    @Option(name: .customLong("cache-dir"), help: "Where to keep the build cache (default: ROOT/.policysite-cache).")
    var cacheDir: String?

    @Flag(name: .customLong("no-cache"), help: "Build everything, neither reading nor writing the build cache.")
    var noCache = false

    @Option(help: MessageLanguage.optionHelp)
    var lang: MessageLanguage?

    func run(write: Bool) throws {
        let root = URL(fileURLWithPath: self.root).standardizedFileURL.path
        var options = BuildOptions(root: root)
        options.output = output.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        options.baseURL = baseURL
        options.includeDrafts = drafts
        options.strict = strict
        options.writeOutput = write
        if let cacheDir { options.cacheFolder = URL(fileURLWithPath: cacheDir).standardizedFileURL.path }
        if noCache { options.cacheFolder = nil }
        let language = MessageLanguage.resolve(option: lang, environment: ProcessInfo.processInfo.environment, root: root)
        options.waiting = { folder in
            FileHandleOutput.standardError(Bilingual(
                zh: "另一次构建正在写入 \(folder)；等它完成……\n",
                en: "another build is writing \(folder); waiting for it to finish…\n")[language])
        }
        let started = Date()
        let report: @Sendable (BuildResult) -> Void = { [format, timings, options] result in
            let done = write
                ? Bilingual(zh: "已生成 \(result.files.count) 个文件，写入 \(options.outputFolder)",
                            en: "built \(result.files.count) files into \(options.outputFolder)")
                : Bilingual(zh: "检查完毕；没有写入任何文件", en: "checked; nothing written")
            Self.report(result, format: format, language: language, timings: timings, started: started, done: done[language])
        }
        // Exits while the build still holds its values: freeing them would only delay the exit.
        options.whenBuilt = { result in
            report(result)
            Foundation.exit(0)
        }
        let result = Build(options: options).run()
        report(result)
        if !result.succeeded { throw ExitCode(result.exitCode) }
    }

    private static func report(
        _ result: BuildResult, format: DiagnosticFormat, language: MessageLanguage, timings: Bool, started: Date, done: String
    ) {
        let report = format.render(result.diagnostics, in: language)
        if format == .json {
            FileHandleOutput.standardOutput(report)
        } else if !result.diagnostics.isEmpty || format == .text {
            FileHandleOutput.standardError(report)
        }
        if result.succeeded, format == .text {
            let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
            FileHandleOutput.standardError(Bilingual(zh: "\(done)，用时 \(seconds) 秒\n", en: "\(done) in \(seconds) s\n")[language])
        }
        if timings {
            FileHandleOutput.standardError(result.timings.summary + "\n")
            if result.reusedDocuments > 0 {
                FileHandleOutput.standardError("\(result.reusedDocuments) unchanged documents and their pages taken from the build cache\n")
            }
        }
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}

extension MessageLanguage: ExpressibleByArgument {
    public init?(argument: String) { self.init(code: argument) }

    static let optionHelp = ArgumentHelp(
        "The language of messages: zh or en (default: $POLICYSITE_LANG, else the site's first language, else en).")
}

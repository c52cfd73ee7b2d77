/// One run of the pipeline: load → parse → link → render → write.
///
/// Every stage reports into one `Diagnostics`; the build stops before
/// writing if any stage found an error, leaving the last good site as it was.
public struct Build: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    public func run() -> BuildResult {
        let diagnostics = Diagnostics()
        var timings = StageTimings()
        let loaded = timings.measure("load") { SiteLoader(root: options.root).load(into: diagnostics) }
        // The theme first: tables of indicators inside Markdown need its words.
        let theme = ThemeLoader().load(overrides: loaded.themeOverrides, diagnostics: diagnostics)
        let parsed = timings.measure("parse") {
            SiteParser(includeDrafts: options.includeDrafts, baseURL: options.baseURL)
                .parse(loaded, theme: theme, diagnostics: diagnostics)
        }
        guard let parsed, let theme else { return failed(diagnostics, timings) }

        let linked = timings.measure("link") { SiteLinker().link(parsed, diagnostics: diagnostics) }
        var files = timings.measure("render") { SiteRenderer().render(linked, theme: theme) }
        files += linked.staticAssets.map { OutputFile(path: $0.outputPath, content: .copy(from: $0.sourcePath)) }
        reportCollisions(files, diagnostics: diagnostics)

        let all = diagnostics.all
        if all.contains(where: { $0.severity == .error || options.strict }) { return failed(diagnostics, timings) }
        if options.writeOutput {
            if let problem = OutputWriter.unsafeTarget(options.outputFolder, root: options.root) {
                diagnostics.report(.error(
                    options.outputFolder, .none, problem,
                    hint: "write the site to its own folder, e.g. --output Output (the default)"))
                return failed(diagnostics, timings)
            }
            do {
                try timings.measure("write") { () throws(OutputWriter.Failure) in try OutputWriter(output: options.outputFolder).write(files) }
            } catch {
                diagnostics.report(.error(options.outputFolder, .none, error.description,
                                          hint: "check that the folder is writable and the disk is not full"))
                return failed(diagnostics, timings)
            }
        }
        return BuildResult(diagnostics: all, files: files, succeeded: true, timings: timings)
    }

    private func failed(_ diagnostics: Diagnostics, _ timings: StageTimings) -> BuildResult {
        BuildResult(diagnostics: diagnostics.all, files: [], succeeded: false, timings: timings)
    }

    /// A static file may not take the place of a generated page.
    private func reportCollisions(_ files: [OutputFile], diagnostics: Diagnostics) {
        var seen: Set<String> = []
        for file in files where !seen.insert(file.path).inserted {
            diagnostics.report(.error(
                "Content/static/" + file.path, .none, "this file would replace the generated \(file.path)",
                hint: "rename or move it inside Content/static/"))
        }
    }
}

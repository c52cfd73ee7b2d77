import Dispatch
import Foundation

/// The state behind `policysite serve`: builds the site into a folder of its
/// own (never `Output/`), rebuilds when Content/ or Templates/ change, and
/// tells waiting pages when a build has finished.
///
/// A failed build leaves the folder as it was (the write stage swaps a
/// finished site in or leaves the old one), so the last good site stays
/// served while the errors are shown over it.
public actor LivePreview {
    private let options: BuildOptions
    private let watcher: SiteWatcher
    private let report: @Sendable (String) -> Void
    /// `--lang`, if given; else the environment's or the site's, read
    /// again at each build, as site.yaml may have changed.
    private let language: MessageLanguage?
    private var snapshot = SourceSnapshot(files: [])
    private var waiters: [UUID: CheckedContinuation<Int, Never>] = [:]
    public private(set) var status: PreviewStatus

    /// `folder` receives the built site; `report` gets each build's
    /// diagnostics as `policysite build` prints them.
    public init(root: String, folder: String, includeDrafts: Bool = false, language: MessageLanguage? = nil,
                report: @escaping @Sendable (String) -> Void) {
        var options = BuildOptions(root: root)
        options.output = folder
        // Its own cache beside the preview: rebuilds on save are incremental,
        // and the site's cache stays that of its last `policysite build`.
        options.cacheFolder = folder + ".cache"
        options.includeDrafts = includeDrafts
        self.options = options
        self.watcher = SiteWatcher(root: root)
        self.report = report
        self.language = language
        self.status = PreviewStatus(
            generation: 0, diagnostics: [], isBroken: false, hasSite: false,
            basePath: SiteBasePath.read(root: root) ?? "/")
    }

    /// The folder the site is built into and served from.
    public nonisolated var folder: String { options.outputFolder }

    /// Builds, then rebuilds after every burst of changes until the task is
    /// cancelled. Only this loop builds, so two builds never run at once.
    public func run() async {
        await rebuild(changed: [])
        while let next = await watcher.nextChange(after: snapshot) {
            await rebuild(changed: next.changedPaths(since: snapshot))
        }
    }

    /// The generation once it differs from `seen`, or the current one after
    /// `timeout`, so that a page's long poll returns before proxies or the
    /// browser give up on it.
    public func waitForChange(after seen: Int, timeout: Duration) async -> Int {
        if status.generation != seen { return status.generation }
        let id = UUID()
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                waiters[id] = continuation
                Task { [weak self] in
                    try? await Task.sleep(for: timeout)
                    await self?.resume(id)
                }
            }
        } onCancel: {
            Task { [weak self] in await self?.resume(id) }
        }
    }

    private func resume(_ id: UUID) {
        waiters.removeValue(forKey: id)?.resume(returning: status.generation)
    }

    private func rebuild(changed: [String]) async {
        if !changed.isEmpty {
            let more = changed.count > 5 ? " and \(changed.count - 5) more" : ""
            report("changed: \(changed.prefix(5).joined(separator: ", "))\(more)\n")
        }
        // Taken before the build reads anything, so a save during the build
        // shows up as a change and gets a build of its own.
        snapshot = watcher.snapshot()
        let started = ContinuousClock.now
        let result = await Self.build(options)
        let elapsed = (ContinuousClock.now - started).components
        let seconds = String(format: "%.2f s", Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18)

        let language = MessageLanguage.resolve(option: language, environment: ProcessInfo.processInfo.environment, root: options.root)
        var text = DiagnosticFormat.text.render(result.diagnostics, in: language)
        text += result.succeeded
            ? Bilingual(zh: "已生成 \(result.files.count) 个文件，用时 \(seconds)\n", en: "built \(result.files.count) files in \(seconds)\n")[language]
            : Bilingual(zh: "生成失败；仍在提供上一次成功生成的网站\n", en: "the build failed; still serving the last good build\n")[language]
        report(text)

        status.language = language
        status.generation += 1
        status.diagnostics = result.diagnostics
        status.isBroken = !result.succeeded
        if result.succeeded {
            status.hasSite = true
            status.basePath = SiteBasePath.read(root: options.root) ?? status.basePath
        }
        for waiter in waiters.values { waiter.resume(returning: status.generation) }
        waiters.removeAll()
    }

    /// Runs on a thread of its own: a build is seconds of CPU work that
    /// must not hold up the threads answering HTTP requests.
    private static func build(_ options: BuildOptions) async -> BuildResult {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(returning: Build(options: options).run())
            }
        }
    }
}

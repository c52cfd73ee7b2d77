/// What `policysite build` and `check` were asked to do (SPEC §9).
public struct BuildOptions: Sendable {
    /// The folder that holds `Content/`.
    public var root: String
    /// Where the site goes; `<root>/Output` unless given.
    public var output: String?
    public var baseURL: String?
    public var includeDrafts = false
    /// Warnings fail the build too.
    public var strict = false
    /// Validate everything, write nothing (`policysite check`).
    public var writeOutput = true
    /// Called with the result of a successful build while the build still
    /// holds its values: a command that exits there need not spend a
    /// twentieth of a rebuild taking apart ten thousand documents, as
    /// compilers do not free theirs either.
    public var whenBuilt: (@Sendable (BuildResult) -> Void)?

    /// Told the output or cache folder when another build holds it and
    /// this one waits for it to finish (`BuildLock`).
    public var waiting: (@Sendable (String) -> Void)?

    public init(root: String) {
        self.root = root
        cacheFolder = root + "/.policysite-cache"
    }

    public var outputFolder: String { output ?? root + "/Output" }

    /// The output folder as the build cache names it: by its path inside the
    /// site, as a CI runner may check the site out elsewhere.
    var outputKey: String {
        outputFolder.hasPrefix(root + "/") ? String(outputFolder.dropFirst(root.count + 1)) : outputFolder
    }

    /// Where the build cache is kept (`--cache-dir`); nil builds without one (`--no-cache`).
    public var cacheFolder: String?
}

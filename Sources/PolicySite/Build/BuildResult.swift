/// What a build did: its diagnostics and, when it succeeded, what it wrote.
public struct BuildResult: Sendable {
    public var diagnostics: [Diagnostic]
    /// Files generated; empty when the build failed.
    public var files: [OutputFile]
    public var succeeded: Bool
    /// How long each stage took: printed by `--timings`, never written to the site.
    public var timings: StageTimings
    /// Documents taken from the build cache instead of being parsed again.
    public var reusedDocuments = 0
    /// SPEC §9: 0 built (warnings allowed unless strict), 1 content errors.
    public var exitCode: Int32 { succeeded ? 0 : 1 }
}

/// What `serve` knows after its latest build, as the HTTP side needs it.
public struct PreviewStatus: Sendable {
    /// Counts finished builds; an open page reloads when it changes.
    public var generation: Int
    /// The latest build's diagnostics.
    public var diagnostics: [Diagnostic]
    /// The latest build failed: pages show its errors over the last good build.
    public var isBroken: Bool
    /// Some build succeeded, so the served folder holds a site.
    public var hasSite: Bool
    /// The path of site.yaml's `base_url`, e.g. `/policy/`: the site is
    /// served under it so that pages are where they will be when published.
    public var basePath: String
    /// What the error panel is written in: as in the terminal (SPEC §9).
    public var language: MessageLanguage = .en
}

/// What the last good build left, as this build finds it: its cache, and
/// the output trees it wrote, each checked against the disk. Read before
/// the stages run; nothing after the plan reads the cache.
struct PreviousBuild: Sendable {
    let cache: BuildCache
    /// The tree at the output folder, when every file is as the cache says:
    /// by its stamp or, for a tree restored from an archive (a CI cache), by
    /// its content. Only then may pages be kept from it.
    let live: TreeManifest?
    /// The tree at `<output>.previous`, when every file keeps its stamp:
    /// the writer reuses it as its staging tree without reading it.
    let previous: TreeManifest?

    /// `outputKey`: the output folder as the cache names it (`BuildOptions.outputKey`).
    init(cache: BuildCache, output: String, outputKey: String) {
        self.cache = cache
        guard cache.output == outputKey else {
            (live, previous) = (nil, nil)
            return
        }
        let writer = OutputWriter(output: output)
        // The tree before the last is checked on another core meanwhile.
        let checkingPrevious = cache.previous.map { tree in BackgroundValue { tree.verified(in: writer.previous) } }
        live = cache.live.flatMap { tree in
            switch tree.check(in: output) {
            case .intact: return tree
            case .restored: return tree.verifiedByContent(in: output)
            case .changed: return nil
            }
        }
        previous = checkingPrevious?.value
    }
}

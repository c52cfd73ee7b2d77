/// What the last good build left, as this build finds it: its cache, and
/// the output trees it wrote, each checked against the disk. Read before
/// the stages run; nothing after the plan reads the cache.
struct PreviousBuild: Sendable {
    let cache: BuildCache
    /// The tree at the output folder, when every file the writer may read
    /// from it (each one `previous` does not hold as it is) is as the cache
    /// says: by its stamp or, for a tree restored from an archive (a CI
    /// cache), by its content. Only then may pages be kept from it.
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
        let previous = cache.previous?.verified(in: OutputWriter(output: output).previous)
        self.previous = previous
        live = cache.live.flatMap { tree in
            // Only the files the writer will read from the live tree need
            // checking: those the tree before the last does not hold as they are.
            let read = previous.map { previous in tree.filter { previous.files[$0]?.hash != $1.hash } } ?? tree
            switch read.check(in: output) {
            case .intact: return tree
            case .restored: return read.verifiedByContent(in: output) != nil ? tree.restamped(in: output) : nil
            case .changed: return nil
            }
        }
    }
}

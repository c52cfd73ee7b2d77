/// What this build makes and what it keeps of the last one, decided once,
/// before rendering, by `BuildPlanner`. The render and write stages take
/// it as it is; none of them consults the build cache.
struct BuildPlan: Sendable {
    enum Pages: Sendable {
        /// Every page is made, as in a clean build.
        case all
        /// Only these documents' text changed (by source path): their pages
        /// are made, and every other file of the last build is kept.
        case documents(Set<String>)
        /// What other pages show of some documents changed: the site-wide
        /// pages are made, and a document's page only if its fingerprint
        /// changed. The pages kept, by output path, with their fingerprints.
        case changed(kept: [String: UInt64])
    }

    enum Search: Sendable {
        /// The index is built anew (`SearchIndexJob`).
        case build
        /// The last build's index with the changed documents patched in.
        case patched(SearchPatch)
    }

    var pages: Pages
    var search: Search
    /// The trees the last build left, as checked (`PreviousBuild`): kept
    /// pages are read from `live`; `previous` becomes the staging tree.
    var live: TreeManifest?
    var previous: TreeManifest?
    /// What the last build read of each static file.
    var statics: [String: StaticRecord]
    /// The fingerprints of the document pages this build keeps, by output
    /// path; those it makes come from the writer.
    var keptFingerprints: [String: UInt64]

    /// A clean build, over whatever trees the last build left.
    static func everything(over previous: PreviousBuild?) -> BuildPlan {
        BuildPlan(pages: .all, search: .build, live: previous?.live, previous: previous?.previous,
                  statics: previous?.cache.statics ?? [:], keptFingerprints: [:])
    }
}

extension BuildPlan.Pages {
    var isAll: Bool {
        if case .all = self { return true }
        return false
    }
}

extension BuildPlan.Search {
    var isBuilt: Bool {
        if case .build = self { return true }
        return false
    }
}

/// The search index files a rebuild writes, and what the cache must learn
/// of them: each language's state and each changed document's footprint.
struct SearchPatch: Sendable {
    var files: [OutputFile]
    var states: [Language: SearchState]
    /// By source path.
    var footprints: [String: SearchFootprint]
}

/// A file of `Content/static/` may not take the place of a generated file:
/// a page, the search index, or the output's mark (`OutputTarget`).
struct OutputCollisions {
    let site: LinkedSite
    let theme: Theme

    func report(_ files: [OutputFile], into diagnostics: Diagnostics) {
        var seen: Set<String> = []
        for file in files where !seen.insert(file.path).inserted || file.isStaticMark {
            diagnostics.report(.error("Content/static/" + file.path, .none, .replacesGenerated(file.path)))
        }
        // The search index's files are not known before they are written
        // (`SearchIndexJob`): its folders are the generator's alone.
        let folders = site.config.languages.map { SearchIndex(site: site, theme: theme).folder($0).path + "index/" }
        for asset in site.staticAssets where folders.contains(where: asset.outputPath.hasPrefix) {
            diagnostics.report(.error("Content/static/" + asset.outputPath, .none, .insideSearchIndex))
        }
    }
}

/// What makes `init` refuse a folder: a site is already there, or the
/// inside of one (`init` run in `Content/` itself). Anything else, such as
/// a fresh clone's README, .git and .gitignore, may stay beside the new site.
public enum ExistingSite {
    /// The name that shows a site, from the names in the folder; nil when
    /// there is none.
    public static func found(in names: [String]) -> String? {
        if names.contains("Content") { return "Content/" }
        if names.contains("site.yaml") { return "site.yaml" }
        return contentFolders.first(where: names.contains).map { $0 + "/" }
    }

    private static let contentFolders = ["policies", "interpretations", "pages", "glossary", "indicators"]
}

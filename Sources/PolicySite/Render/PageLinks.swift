/// How one page refers to others: relative URLs, except on the 404 page,
/// which the server shows at whatever address was asked for, and so needs
/// URLs that start from the site's root.
struct PageLinks {
    let page: SitePath
    let config: SiteConfig
    var fromAnyAddress = false

    func url(_ target: SitePath) -> String {
        fromAnyAddress ? basePath + target.path : page.relativeURL(to: target)
    }

    func absolute(_ target: SitePath) -> String { target.absoluteURL(base: config.baseURL) }

    /// The path part of the base URL: `/policy/`.
    private var basePath: String {
        let afterScheme = config.baseURL.range(of: "://").map { config.baseURL[$0.upperBound...] } ?? ""
        guard let slash = afterScheme.firstIndex(of: "/") else { return "/" }
        return String(afterScheme[slash...])
    }
}

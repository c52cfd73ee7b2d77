/// The path part of site.yaml's `base_url`, read on its own because `serve`
/// needs it before the first build and a build does not return its settings.
enum SiteBasePath {
    /// `/policy/` for `https://www.example.gov.cn/policy/`; nil when
    /// site.yaml cannot be read, which the build then reports.
    static func read(root: String) -> String? {
        guard let bytes = try? FileTree.read(root + "/" + SiteConfigParser.path),
              case .success(let text) = TextDecoding.decode(bytes),
              let config = SiteConfigParser.parse(SourceFile(path: SiteConfigParser.path, text: text),
                                                  diagnostics: Diagnostics())
        else { return nil }
        return path(of: config.baseURL)
    }

    static func path(of baseURL: String) -> String {
        guard let scheme = baseURL.range(of: "://") else { return "/" }
        let afterScheme = baseURL[scheme.upperBound...]
        guard let slash = afterScheme.firstIndex(of: "/") else { return "/" }
        return String(afterScheme[slash...])
    }
}

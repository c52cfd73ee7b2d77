/// Static pages that list policies by topic (主题分类), year and status
/// (有效性), and the filter menu with counts that leads to them.
struct PolicyFacets {
    enum Facet: Hashable, Sendable {
        case topic(String)
        case year(Int)
        case status(PolicyStatus)

        /// Under `policies/`; `reservedSlugs` keeps policies out of these folders.
        var folder: String {
            switch self {
            case .topic(let id): return "topics/\(id)"
            case .year(let year): return "years/\(year)"
            case .status(let status): return "status/\(status.rawValue)"
            }
        }

        /// The filter menu's group, and its title's key (`filter_<group>`).
        var group: String {
            switch self {
            case .topic: return "topics"
            case .year: return "year"
            case .status: return "status"
            }
        }

        func contains(_ policy: Document) -> Bool {
            switch self {
            case .topic(let id): return policy.frontMatter.topics.contains(id)
            case .year(let year): return policy.frontMatter.published?.year == year
            case .status(let status): return policy.frontMatter.status == status
            }
        }
    }

    typealias Option = (facet: Facet, label: String, documents: [Document])

    /// Policy slugs that would collide with the lists' folders.
    static let reservedSlugs: Set<String> = ["topics", "years", "status", ListPages.folder]

    let site: LinkedSite
    let theme: Theme

    func path(_ facet: Facet, _ language: Language) -> SitePath {
        SitePath(SitePath.section("policies", language, in: site.config).path + facet.folder + "/")
    }

    /// Every facet that has policies in `language`, each with its policies
    /// newest first: topics in site.yaml's order, years newest first, then statuses.
    func facets(of policies: [Document]) -> [Option] {
        guard let language = policies.first?.language else { return [] }
        let config = site.config
        let candidates: [(Facet, String)] =
            config.topics.map { (.topic($0.id), $0.name.text(in: language, fallback: config.defaultLanguage)) }
            + Set(policies.compactMap { $0.frontMatter.published?.year }).sorted(by: >).map {
                (.year($0), theme.text("year_label", language, ["year": String($0)]))
            }
            + PolicyStatus.allCases.map { (.status($0), theme.text("status_\($0.rawValue)", language)) }
        return candidates.compactMap { facet, label in
            let matching = policies.filter(facet.contains)
            return matching.isEmpty ? nil : (facet, label, matching)
        }
    }

    /// The filter menu: one group per kind of facet, each option with its count.
    func menu(_ facets: [Option], language: Language, links: PageLinks, current: Facet?) -> [[String: Any]] {
        ["topics", "year", "status"].compactMap { group in
            let options = facets.filter { $0.facet.group == group }
            guard !options.isEmpty else { return nil }
            return [
                "label": theme.text("filter_\(group)", language),
                "options": options.map { option -> [String: Any] in
                    ["label": option.label, "count": theme.text("filter_count", language, ["count": String(option.documents.count)]),
                     "href": links.url(path(option.facet, language)), "current": option.facet == current]
                },
            ]
        }
    }
}

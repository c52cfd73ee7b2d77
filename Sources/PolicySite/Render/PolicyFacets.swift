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
    }

    /// Policy slugs that would collide with the lists' folders.
    static let reservedSlugs: Set<String> = ["topics", "years", "status", ListPages.folder]

    let site: LinkedSite
    let theme: Theme

    func path(_ facet: Facet, _ language: Language) -> SitePath {
        SitePath(SitePath.section("policies", language, in: site.config).path + facet.folder + "/")
    }

    /// Every facet that has policies in `language`, each with its policies
    /// newest first: topics in site.yaml's order, years newest first, then statuses.
    func facets(of policies: [Document]) -> [(facet: Facet, label: String, group: String, documents: [Document])] {
        guard let language = policies.first?.language else { return [] }
        var result: [(Facet, String, String, [Document])] = []
        for topic in site.config.topics {
            let matching = policies.filter { $0.frontMatter.topics.contains(topic.id) }
            if !matching.isEmpty {
                result.append((.topic(topic.id), topic.name.text(in: language, fallback: site.config.defaultLanguage), "topics", matching))
            }
        }
        let years = Set(policies.compactMap { $0.frontMatter.published?.year }).sorted(by: >)
        for year in years {
            let label = language.code == "zh" ? "\(year)年" : "\(year)"
            result.append((.year(year), label, "year", policies.filter { $0.frontMatter.published?.year == year }))
        }
        for status in PolicyStatus.allCases {
            let matching = policies.filter { $0.frontMatter.status == status }
            if !matching.isEmpty {
                result.append((.status(status), theme.text("status_\(status.rawValue)", language), "status", matching))
            }
        }
        return result
    }

    /// The filter menu: one group per kind of facet, each option with its count.
    func menu(_ facets: [(facet: Facet, label: String, group: String, documents: [Document])],
              language: Language, links: PageLinks, current: Facet?) -> [[String: Any]] {
        ["topics", "year", "status"].compactMap { group in
            let options = facets.filter { $0.group == group }
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

/// The link stage: groups translations, checks what must agree between
/// them, and relates interpretations to their policies (SPEC §3, §4).
public struct SiteLinker: Sendable {
    /// Page slugs that would collide with the site's own sections.
    static let reservedSlugs: Set<String> = [
        "policies", "interpretations", "pages", "glossary", "indicators", "search", "assets", "static",
    ]

    public init() {}

    public func link(_ parsed: ParsedSite, diagnostics: Diagnostics) -> LinkedSite {
        let config = parsed.config
        var groups: [DocumentID: DocumentGroup] = [:]
        // The parsed documents are sorted by id: so are the ids in the order first seen.
        var ids: [DocumentID] = []
        for document in parsed.documents {
            if groups[document.id] == nil { ids.append(document.id) }
            groups[document.id, default: DocumentGroup(id: document.id, versions: [:])].versions[document.language] = document
        }

        for group in ids.map({ groups[$0]! }) {
            checkAgreement(group, order: config.languages, diagnostics: diagnostics)
            reportMissingTranslations(group, config: config, failed: parsed.failedVersions, diagnostics: diagnostics)
            let listFolders = group.id.kind == .policy ? PolicyFacets.reservedSlugs
                : group.id.kind == .interpretation ? [ListPages.folder] : []
            if listFolders.contains(group.id.slug), let document = group.best(for: config.defaultLanguage, order: config.languages) {
                diagnostics.report(.error(document.sourcePath, .none, .slugTakenByList(
                    kind: group.id.kind, slug: group.id.slug,
                    rename: "\(group.id.slug)-\(group.id.kind.rawValue).\(document.language.code).md")))
            }
            if group.id.kind == .page {
                let clash = Self.reservedSlugs.contains(group.id.slug) || config.languages.contains(Language(group.id.slug))
                if clash, let document = group.best(for: config.defaultLanguage, order: config.languages) {
                    diagnostics.report(.error(document.sourcePath, .none, .slugTakenBySection(
                        group.id.slug, rename: "\(group.id.slug)-page.\(document.language.code).md")))
                }
            }
        }

        let policySlugs = groups.keys.filter { $0.kind == .policy }.map(\.slug).sorted()
        for document in parsed.documents where document.kind == .interpretation {
            guard let policy = document.frontMatter.policy, groups[DocumentID(.policy, policy)] == nil,
                  !parsed.failed(DocumentID(.policy, policy)) else { continue }
            diagnostics.report(.error(document.sourcePath, document.frontMatter.position(of: "policy"),
                                      .unknownPolicy(policy, suggestion: Suggestion.nearest(to: policy, in: policySlugs))))
        }
        // One entry per interpretation: `policy` agrees between translations.
        let interpretations = Dictionary(grouping: groups.values.filter { $0.id.kind == .interpretation }
            .compactMap { $0.best(for: config.defaultLanguage, order: config.languages) }
            .filter { $0.frontMatter.policy.map { groups[DocumentID(.policy, $0)] != nil } ?? false }
        ) { $0.frontMatter.policy! }
        for document in parsed.documents where document.kind == .policy {
            for item in document.frontMatter.basis where Slug.isValid(item) && groups[DocumentID(.policy, item)] == nil
                && !parsed.failed(DocumentID(.policy, item)) {
                diagnostics.report(.error(document.sourcePath, document.frontMatter.position(of: "basis"),
                                          .unknownBasis(item, suggestion: Suggestion.nearest(to: item, in: policySlugs))))
            }
        }

        GlossaryUsage.reportUnused(parsed.glossary, in: parsed.documents, diagnostics: diagnostics)

        return LinkedSite(
            config: config, groups: groups,
            interpretationsByPolicy: interpretations.mapValues { $0.sorted(by: LinkedSite.newestFirst).map(\.slug) },
            glossary: parsed.glossary,
            staticAssets: parsed.staticAssets, bodies: parsed.bodies, indicatorSets: parsed.indicatorSets)
    }

    /// Language-neutral fields must be the same in every translation.
    private func checkAgreement(_ group: DocumentGroup, order: [Language], diagnostics: Diagnostics) {
        guard let reference = group.best(for: order[0], order: order) else { return }
        let expected = reference.frontMatter.languageNeutralValues
        for language in order where language != reference.language {
            guard let other = group.versions[language] else { continue }
            for (field, value) in other.frontMatter.languageNeutralValues {
                let want = expected.first { $0.field == field }!.value
                guard value != want else { continue }
                let position = other.frontMatter.positions[field] ?? SourcePosition(line: 1, column: 1)
                diagnostics.report(.error(other.sourcePath, position,
                                          .translationsDisagree(field, here: value, there: want, in: reference.sourcePath)))
            }
        }
    }

    /// A version in `failed` exists, with its errors reported: not missing.
    private func reportMissingTranslations(
        _ group: DocumentGroup, config: SiteConfig, failed: Set<ContentIndex.Key>, diagnostics: Diagnostics
    ) {
        guard let any = group.best(for: config.defaultLanguage, order: config.languages) else { return }
        for language in config.languages
        where group.versions[language] == nil && !failed.contains(ContentIndex.Key(id: group.id, language: language)) {
            diagnostics.report(.warning(any.sourcePath, .none, .missingTranslation(
                "\(group.id)", language: language.code, add: "Content/\(group.id.kind.folder)/\(group.id.slug).\(language.code).md")))
        }
    }
}

/// Every glossary term of the site, with a matcher per language built once
/// per build and shared by every document's rendering.
public struct Glossary: Sendable {
    /// Sorted by id.
    public let terms: [GlossaryTerm]
    private let indexByID: [String: Int]
    private let matchers: [Language: TermMatcher]

    init(terms: [GlossaryTerm], languages: [Language]) {
        self.terms = terms.sorted { $0.id < $1.id }
        indexByID = Dictionary(uniqueKeysWithValues: self.terms.enumerated().map { ($1.id, $0) })
        var matchers: [Language: TermMatcher] = [:]
        for language in languages {
            let patterns = self.terms.enumerated().flatMap { index, term in
                term.entries[language].map { [$0.term] + $0.aliases }.map { $0.map { (text: $0, term: index) } } ?? []
            }
            matchers[language] = TermMatcher(patterns: patterns)
        }
        self.matchers = matchers
    }

    public static let empty = Glossary(terms: [], languages: [])

    public var isEmpty: Bool { terms.isEmpty }

    public func term(_ id: String) -> GlossaryTerm? { indexByID[id].map { terms[$0] } }

    func matcher(for language: Language) -> TermMatcher? {
        matchers[language].flatMap { $0.isEmpty ? nil : $0 }
    }
}

/// One document in all the languages it exists in.
public struct DocumentGroup: Sendable {
    public var id: DocumentID
    public var versions: [Language: Document]

    /// The version in `language`, else the one in the first site language
    /// that has one: what a link from another page should show.
    public func best(for language: Language, order: [Language]) -> Document? {
        versions[language] ?? order.lazy.compactMap { versions[$0] }.first
    }
}

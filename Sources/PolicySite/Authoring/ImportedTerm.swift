/// A term from a document's 关键词解释 section, for the glossary (SPEC §6).
public struct ImportedTerm: Sendable, Equatable {
    /// `<slug>-term-<n>`: pinyin is not available to make a readable id,
    /// and this one is unique as long as the document's slug is.
    public let id: String
    public let term: String
    public let definition: String
}

/// `Content/site.yaml`: settings for the whole site (SPEC §2).
public struct SiteConfig: Sendable, Hashable {
    public struct Topic: Sendable, Hashable {
        public var id: String
        public var name: LocalizedText
    }

    public var title: LocalizedText
    /// Absolute, ending in `/`; its path is the prefix the site is deployed under.
    public var baseURL: String
    /// The first is the default language, served at the root.
    public var languages: [Language]
    public var publisher: LocalizedText
    /// In the order site.yaml lists them.
    public var topics: [Topic]
    public var unsafeHTML: Bool

    public var defaultLanguage: Language { languages[0] }

    public func topic(_ id: String) -> Topic? { topics.first { $0.id == id } }
}

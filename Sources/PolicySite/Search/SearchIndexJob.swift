import Foundation

/// Each language's search index, built on threads of their own from the
/// moment the site is linked, while the pages are rendered and written.
///
/// Why: the index is the longest job of a build. Built inside the render
/// stage, it kept a core waiting at the stage's end; built alongside the
/// writing of pages, it fills the time a writer thread waits on the disk.
final class SearchIndexJob: @unchecked Sendable {
    private let group = DispatchGroup()
    private let lock = NSLock()
    /// Set once per language, under `lock`.
    private var built: [Language: SearchIndex.Built] = [:]
    private let languages: [Language]

    init(site: LinkedSite, theme: Theme) {
        languages = site.config.languages
        for language in languages {
            DispatchQueue.global().async(group: group) { [self] in
                let index = SearchIndex(site: site, theme: theme).build(language)
                lock.withLock { built[language] = index }
            }
        }
    }

    /// Each language's index in the site's order of languages, waiting for them.
    func wait() -> [(language: Language, index: SearchIndex.Built)] {
        group.wait()
        return lock.withLock { languages.map { ($0, built[$0]!) } }
    }
}

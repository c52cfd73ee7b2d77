import Foundation

/// What each document's page was made from, as one hash per page: the
/// template's context without the body's HTML and contents list, and the
/// hash of the document's file, from which those come. A later build that
/// gets the same hash for a page keeps the page the last build wrote.
///
/// Collected while pages are rendered, on any thread.
final class PageFingerprints: @unchecked Sendable {
    private let lock = NSLock()
    private var hashes: [String: UInt64] = [:]
    /// `ContentHash` of each content file's text, by path.
    let sources: [String: UInt64]

    init(sources: [String: UInt64]) {
        self.sources = sources
    }

    var all: [String: UInt64] { lock.withLock { hashes } }

    func record(_ hash: UInt64, for path: String) {
        lock.withLock { hashes[path] = hash }
    }

    /// Records every page of `pages` (the last build's) at once, before any
    /// page is recorded: a rebuild that keeps most pages takes the whole table.
    func recordAll(_ pages: [String: UInt64]) {
        lock.withLock { hashes = hashes.isEmpty ? pages : hashes.merging(pages) { $1 } }
    }

    func fingerprint(_ context: [String: Any], template: String, source: String) -> UInt64 {
        var hash = ContentHash()
        hash.add(template)
        hash.add(sources[source] ?? 0)
        Self.add(context, to: &hash, topLevel: true)
        return hash.value
    }

    /// Keys in order, values by type. Skipped: the body's HTML and contents
    /// list (the file's hash stands for them) and the interface strings `t`
    /// (the theme and the page's language, which the build cache checks).
    private static func add(_ value: Any, to hash: inout ContentHash, topLevel: Bool = false, inDoc: Bool = false) {
        // The types contexts are made of, told apart by comparing types:
        // casting every value to each in turn was most of the time here.
        let type = type(of: value)
        if type == String.self {
            hash.add(1)
            hash.add(value as! String)
            return
        }
        if type == [String: Any].self { return add(value as! [String: Any], to: &hash, topLevel: topLevel, inDoc: inDoc) }
        if type == [[String: Any]].self {
            let array = value as! [[String: Any]]
            hash.add(7)
            hash.add(UInt64(array.count))
            for element in array { add(element, to: &hash) }
            return
        }
        switch value {
        case let text as String:
            hash.add(1)
            hash.add(text)
        case let flag as Bool:
            hash.add(flag ? 2 : 3)
        case let number as Int:
            hash.add(4)
            hash.add(UInt64(bitPattern: Int64(number)))
        case let dictionary as [String: Any]:
            // Also `[String: String]`: a dictionary whose values all happen
            // to be strings casts to either, so both take one path.
            add(dictionary, to: &hash, topLevel: topLevel, inDoc: inDoc)
        case let array as [Any]:
            hash.add(7)
            hash.add(UInt64(array.count))
            for element in array { add(element, to: &hash) }
        default:
            hash.add(8)
            hash.add(String(describing: value))
        }
    }

    /// Each entry hashed apart and the hashes summed, so the order a
    /// dictionary gives its entries in (another in every process) does not
    /// count: sorting every dictionary's keys was most of fingerprinting.
    private static func add(_ dictionary: [String: Any], to hash: inout ContentHash, topLevel: Bool, inDoc: Bool) {
        hash.add(6)
        hash.add(UInt64(dictionary.count))
        var entries: UInt64 = 0
        for (key, value) in dictionary {
            if topLevel && (key == "toc" || key == "t") || inDoc && key == "html" { continue }
            var entry = ContentHash()
            entry.add(key)
            add(value, to: &entry, inDoc: topLevel && key == "doc")
            entries &+= entry.value
        }
        hash.add(entries)
    }
}

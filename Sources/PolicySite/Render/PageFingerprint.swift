import Foundation

/// What a document's page is made from, as one hash: the template's
/// context, which holds no body (`DocumentContext.withBody` adds it after),
/// and the hash of the document's file, from which the body comes. A
/// later build that gets the same hash for a page keeps the page the last
/// build wrote.
enum PageFingerprint {
    static func of(_ context: [String: Any], template: String, sourceHash: UInt64) -> UInt64 {
        var hash = ContentHash()
        hash.add(template)
        hash.add(sourceHash)
        add(context, to: &hash, topLevel: true)
        return hash.value
    }

    /// Keys in order, values by type. Skipped: the interface strings `t`
    /// (the theme and the page's language, which the build cache checks).
    /// The body is not in the context (`DocumentContext.withBody`): the
    /// file's hash stands for it.
    private static func add(_ value: Any, to hash: inout ContentHash, topLevel: Bool = false) {
        // The types contexts are made of, told apart by their types
        // (`ContextValue`): casting every value to each in turn was most of the time here.
        if let text = ContextValue.exactly(value, as: String.self) {
            hash.add(1)
            hash.add(text)
            return
        }
        if let dictionary = ContextValue.exactly(value, as: [String: Any].self) { return add(dictionary, to: &hash, topLevel: topLevel) }
        if let array = ContextValue.exactly(value, as: [[String: Any]].self) {
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
            add(dictionary, to: &hash, topLevel: topLevel)
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
    private static func add(_ dictionary: [String: Any], to hash: inout ContentHash, topLevel: Bool) {
        hash.add(6)
        hash.add(UInt64(dictionary.count))
        var entries: UInt64 = 0
        for (key, value) in dictionary {
            if topLevel && key == "t" { continue }
            var entry = ContentHash()
            entry.add(key)
            add(value, to: &entry)
            entries &+= entry.value
        }
        hash.add(entries)
    }
}

import Foundation

/// Maps on every core. Results keep the input order, so output never
/// depends on how many cores ran the build.
enum ParallelMap {
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        if items.count < 2 { return items.map(transform) }
        return [R](unsafeUninitializedCapacity: items.count) { buffer, initialized in
            // Each iteration writes only its own slot.
            nonisolated(unsafe) let base = buffer.baseAddress!
            DispatchQueue.concurrentPerform(iterations: items.count) { i in
                (base + i).initialize(to: transform(items[i]))
            }
            initialized = items.count
        }
    }
}

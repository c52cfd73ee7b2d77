import Foundation

/// Collects the diagnostics of a build from every stage, on any thread.
public final class Diagnostics: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Diagnostic] = []

    public init() {}

    public func report(_ diagnostic: Diagnostic) {
        lock.withLock { items.append(diagnostic) }
    }

    public func report(_ diagnostics: [Diagnostic]) {
        lock.withLock { items.append(contentsOf: diagnostics) }
    }

    /// Sorted and without repeats, so the report is the same on every run.
    public var all: [Diagnostic] {
        lock.withLock { Array(Set(items)).sorted() }
    }

    public var hasErrors: Bool {
        lock.withLock { items.contains { $0.severity == .error } }
    }
}

import Foundation

/// A document's Markdown body as HTML, or the promise of it. A rebuild
/// takes an unchanged document's facts from the build cache and defers its
/// body: it is rendered only if the document's page must be written again
/// or the search index read anew, on the thread that needs it, once.
public enum DocumentBody: Sendable {
    case rendered(RenderedMarkdown)
    case deferred(DeferredBody)

    /// The body, rendering it now if it was deferred.
    public var rendered: RenderedMarkdown {
        switch self {
        case .rendered(let body): return body
        case .deferred(let deferred): return deferred.value
        }
    }
}

/// A body rendered when first asked for; every later ask gets the same value.
public final class DeferredBody: @unchecked Sendable {
    private let lock = NSLock()
    private var render: (@Sendable () -> RenderedMarkdown)?
    private var body: RenderedMarkdown?

    init(_ render: @escaping @Sendable () -> RenderedMarkdown) {
        self.render = render
    }

    var value: RenderedMarkdown {
        lock.withLock {
            if let body { return body }
            let made = render!()
            body = made
            render = nil
            return made
        }
    }
}

/// Notices saved files by polling: Linux has no FSEvents, and comparing
/// metadata every few hundred milliseconds costs little and behaves the same
/// on every file system, network shares included.
struct SiteWatcher: Sendable {
    let root: String
    var interval: Duration = .milliseconds(300)
    /// Editors and `git checkout` write several files in a burst; waiting
    /// until nothing changed for this long gives one build per burst.
    var quietPeriod: Duration = .milliseconds(150)

    func snapshot() -> SourceSnapshot {
        SourceSnapshot.take(root: root)
    }

    /// Waits until the watched folders differ from `last` and then stay
    /// the same for the quiet period; nil once the task is cancelled.
    func nextChange(after last: SourceSnapshot) async -> SourceSnapshot? {
        var current = last
        while current == last {
            guard (try? await Task.sleep(for: interval)) != nil else { return nil }
            current = snapshot()
        }
        while true {
            guard (try? await Task.sleep(for: quietPeriod)) != nil else { return nil }
            let next = snapshot()
            if next == current { return current }
            current = next
        }
    }
}

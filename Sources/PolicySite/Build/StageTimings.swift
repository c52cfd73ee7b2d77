import Foundation

/// Wall-clock time per pipeline stage, for `policysite build --timings` and
/// the benchmark. Only ever printed: the site never depends on the clock.
public struct StageTimings: Sendable {
    public private(set) var stages: [(name: String, seconds: Double)] = []

    public init() {}

    mutating func measure<T, E: Error>(_ name: String, _ work: () throws(E) -> T) throws(E) -> T {
        let clock = ContinuousClock()
        let start = clock.now
        defer {
            let elapsed = clock.now - start
            stages.append((name, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
        }
        return try work()
    }

    /// `load 0.12 s · parse 1.03 s · …`
    public var summary: String {
        stages.map { "\($0.name) \(String(format: "%.2f", $0.seconds)) s" }.joined(separator: " · ")
    }
}

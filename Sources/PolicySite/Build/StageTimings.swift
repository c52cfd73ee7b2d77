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

    /// `cache 0.01 s · load 0.12 s · parse 1.03 s · …`, a stage run twice counted once.
    public var summary: String {
        var order: [String] = []
        var seconds: [String: Double] = [:]
        for stage in stages {
            if seconds[stage.name] == nil { order.append(stage.name) }
            seconds[stage.name, default: 0] += stage.seconds
        }
        return order.map { "\($0) \(String(format: "%.2f", seconds[$0]!)) s" }.joined(separator: " · ")
    }
}

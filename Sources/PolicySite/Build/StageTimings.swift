import Foundation

/// Wall-clock and CPU time per pipeline stage, for `policysite build
/// --timings` and the benchmark: CPU time above wall time shows a stage
/// using both cores. Only ever printed: the site never depends on the clock.
public struct StageTimings: Sendable {
    public private(set) var stages: [(name: String, seconds: Double, cpuSeconds: Double)] = []

    public init() {}

    mutating func measure<T, E: Error>(_ name: String, _ work: () throws(E) -> T) throws(E) -> T {
        let clock = ContinuousClock()
        let start = clock.now
        let cpuStart = Self.processCPUSeconds()
        defer {
            let elapsed = clock.now - start
            stages.append((name, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
                           Self.processCPUSeconds() - cpuStart))
        }
        return try work()
    }

    /// `load 0.12 s · parse 1.03 s (1.90 s CPU) · …`, a stage run twice
    /// counted once; CPU time shown where it differs from the wall time.
    public var summary: String {
        var order: [String] = []
        var totals: [String: (seconds: Double, cpu: Double)] = [:]
        for stage in stages {
            if totals[stage.name] == nil { order.append(stage.name) }
            totals[stage.name, default: (0, 0)].seconds += stage.seconds
            totals[stage.name, default: (0, 0)].cpu += stage.cpuSeconds
        }
        return order.map { name in
            let total = totals[name]!
            let cpu = total.cpu > total.seconds * 1.1 + 0.02 ? " (\(String(format: "%.2f", total.cpu)) s CPU)" : ""
            return "\(name) \(String(format: "%.2f", total.seconds)) s\(cpu)"
        }.joined(separator: " · ")
    }

    /// User and system time of every thread of the process so far.
    private static func processCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
}

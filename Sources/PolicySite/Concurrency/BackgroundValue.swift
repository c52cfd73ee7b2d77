import Foundation

/// A value made on another thread while the caller goes on with other
/// work; `value` waits for it. A rebuild reads its cache while it lists the
/// site's files, and checks the last output tree while it parses.
final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    /// Written once, by the job, before `group` is left.
    private var result: Value?

    init(_ make: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async(group: group) { [self] in result = make() }
    }

    var value: Value {
        group.wait()
        return result!
    }
}

import Foundation

/// Runs blocking work, such as a socket read, on a thread of its own: on
/// one of the few threads that run Swift tasks, or builds, it would hold up
/// the server it waits for.
enum OwnThread {
    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try work() }) }.start()
        }
    }
}

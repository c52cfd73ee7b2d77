import FlyingFox
import FlyingSocks
import PolicySite
#if canImport(Glibc)
import Glibc
#endif

/// `policysite serve`'s web server. It listens on 127.0.0.1 only, so that
/// drafts are seen by nobody else on the office network, and answers only
/// requests that name this computer (`LoopbackHost`), so that no web page
/// from elsewhere reads them either.
public struct PreviewServer: Sendable {
    public enum Failure: Error, CustomStringConvertible {
        case notListening

        public var description: String { "the preview server is not listening" }
    }

    private let server: HTTPServer

    /// Port 0 lets the system choose a free port (`listeningPort()` tells which).
    public init(preview: LivePreview, port: UInt16) throws {
        server = HTTPServer(
            address: try sockaddr_in.inet(ip4: "127.0.0.1", port: port),
            // Longer than a page's long poll of the events endpoint.
            timeout: 60,
            logger: DisabledLogger.disabled,
            handler: PreviewHandler(preview: preview))
    }

    /// Serves until the task is cancelled; throws when the port cannot be used.
    public func run() async throws {
        try await server.run()
    }

    /// The port, once the server listens.
    public func listeningPort() async throws -> UInt16 {
        try await server.waitUntilListening()
        guard case .ip4(_, let port) = await server.listeningAddress else { throw Failure.notListening }
        return port
    }
}

import Foundation

/// The `Host` a request to the preview must name: this computer.
///
/// Listening on 127.0.0.1 is not enough. A web page from anywhere can have
/// its own host name answer 127.0.0.1 a moment after the browser loaded it
/// (DNS rebinding); the browser then lets the page read the preview, drafts
/// included, as if it were the same site. Such requests still name that
/// site in `Host`, so the preview answers only requests that name a
/// loopback address.
enum LoopbackHost {
    static let names: Set<String> = ["localhost", "127.0.0.1", "[::1]"]

    /// `values` are the request's `Host` headers. None is allowed: HTTP/1.0
    /// clients (curl -0, scripts) may send none, and a browser, which a
    /// rebinding attack needs, always sends one.
    static func allows(_ values: [String]) -> Bool {
        guard let value = values.first else { return true }
        guard values.count == 1 else { return false }
        let host = value.trimmingCharacters(in: .whitespaces).lowercased()
        let name: Substring
        let rest: Substring
        if host.hasPrefix("["), let close = host.firstIndex(of: "]") {
            name = host[...close]
            rest = host[host.index(after: close)...]
        } else {
            let colon = host.firstIndex(of: ":") ?? host.endIndex
            name = host[..<colon]
            rest = host[colon...]
        }
        let port = rest.dropFirst()
        let portIsValid = rest.isEmpty || (rest.first == ":" && port.count <= 5 && port.allSatisfy { $0.isASCII && $0.isNumber })
        return portIsValid && names.contains(String(name))
    }
}

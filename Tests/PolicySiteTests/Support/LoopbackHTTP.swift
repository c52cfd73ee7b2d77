import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A bare HTTP/1.1 client for 127.0.0.1: it sends the request target
/// exactly as given (`/policy/../../etc/passwd`), which URLSession would
/// clean up first, sends any `Host`, and follows no redirects.
enum LoopbackHTTP {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    /// The status line and headers, for a body handed on as it arrives.
    struct Head {
        var status: Int
        var headers: [String: String]
    }

    /// The `Host` header to send.
    enum Host {
        /// `127.0.0.1:<port>`, as a browser at the address serve prints sends it.
        case loopback
        case named(String)
        /// None, as an HTTP/1.0 request (the only version where it is optional).
        case absent
    }

    enum Failure: Error {
        case cannotConnect(Int32)
        case malformed(String)
    }

    static func get(port: UInt16, _ target: String, method: String = "GET", host: Host = .loopback) throws -> Response {
        var body: [UInt8] = []
        let head = try request(port: port, target, method: method, host: host) { body += $0 }
        return Response(status: head.status, headers: head.headers, body: String(decoding: body, as: UTF8.self))
    }

    /// Hands each part of the body to `receive` as it arrives, keeping none
    /// of it: for downloads larger than a test should hold.
    static func request(port: UInt16, _ target: String, method: String = "GET", host: Host = .loopback,
                        receive: (UnsafeRawBufferPointer) -> Void) throws -> Head {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure.cannotConnect(errno) }
        defer { close(fd) }
        // Bounds every read: longer than the server's 25 s long poll.
        var timeout = timeval(tv_sec: 40, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw Failure.cannotConnect(errno) }

        let firstLines: String
        switch host {
        case .loopback: firstLines = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n"
        case .named(let name): firstLines = "\(method) \(target) HTTP/1.1\r\nHost: \(name)\r\n"
        case .absent: firstLines = "\(method) \(target) HTTP/1.0\r\n"
        }
        let request = Array((firstLines + "\r\n").utf8)
        _ = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
        // No more requests on this connection: the server closes it after answering.
        shutdown(fd, Int32(SHUT_WR))

        var head: Head?
        var start: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            if head != nil {
                buffer.withUnsafeBytes { receive(UnsafeRawBufferPointer(rebasing: $0[..<n])) }
                continue
            }
            start += buffer[..<n]
            guard let end = start.firstRange(of: Array("\r\n\r\n".utf8)) else { continue }
            head = try parse(String(decoding: start[..<end.lowerBound], as: UTF8.self))
            start[end.upperBound...].withUnsafeBytes(receive)
        }
        guard let head else { throw Failure.malformed(String(decoding: start, as: UTF8.self)) }
        return head
    }

    private static func parse(_ text: String) throws -> Head {
        let lines = text.components(separatedBy: "\r\n")
        let statusWords = lines[0].split(separator: " ")
        guard statusWords.count >= 2, let status = Int(statusWords[1]) else { throw Failure.malformed(text) }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Head(status: status, headers: headers)
    }
}

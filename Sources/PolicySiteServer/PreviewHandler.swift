import FlyingFox
import Foundation
import PolicySite

/// Answers every request that names this computer in `Host`: the site
/// under its base path, the events endpoint the reload script polls, and a
/// redirect from `/` to the site.
struct PreviewHandler: HTTPHandler {
    let preview: LivePreview

    /// Shorter than the server's request timeout, so the poll is answered.
    static let longPoll = Duration.seconds(25)

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard LoopbackHost.allows(request.headers.values(for: .host)) else {
            return Self.text(.misdirectedRequest, """
                本预览只回答发往本机（localhost、127.0.0.1、[::1]）的请求，请打开 policysite serve 显示的地址。
                This preview answers only at localhost, 127.0.0.1 and [::1]: open the address policysite serve printed.

                """)
        }
        guard request.method == .GET || request.method == .HEAD else {
            let allow: HTTPHeaders = [HTTPHeader("Allow"): "GET, HEAD"]
            return HTTPResponse(statusCode: .methodNotAllowed, headers: allow)
        }
        let response = try await respond(to: request)
        return request.method == .HEAD ? HTTPResponse(statusCode: response.statusCode, headers: response.headers) : response
    }

    private func respond(to request: HTTPRequest) async throws -> HTTPResponse {
        // The raw path: the library's cleaned-up `request.path` drops the
        // trailing slash that tells a folder from a file.
        let path = request.target.path()
        if path == PreviewPage.eventsPath {
            let since = request.query.first { $0.name == "since" }.flatMap { Int($0.value) } ?? -1
            let generation = await preview.waitForChange(after: since, timeout: Self.longPoll)
            return Self.text(.ok, "\(generation)")
        }
        let status = await preview.status
        let base = status.basePath
        if path + "/" == base || (path == "/" && base != "/") {
            return Self.redirect(to: base)
        }
        guard path.hasPrefix(base) else { return try notFound(status) }
        let below = String(path.dropFirst(base.count))
        switch ServedPath.resolve(below, in: preview.folder) {
        case .file(let path):
            return try file(path, status: status)
        case .folderWithoutSlash:
            return Self.redirect(to: path + "/")
        case .notFound:
            return try notFound(status)
        case .refused:
            return Self.text(.badRequest, "This address is not part of the site.\n")
        }
    }

    private func file(_ path: String, status: PreviewStatus, code: HTTPStatusCode = .ok) throws -> HTTPResponse {
        let type = MediaType.of(path)
        var body = try Data(contentsOf: URL(fileURLWithPath: path))
        if type == MediaType.html {
            body = Data(PreviewPage.decorate(String(decoding: body, as: UTF8.self), status: status).utf8)
        }
        return HTTPResponse(statusCode: code, headers: Self.headers(type), body: body)
    }

    /// The site's own 404 page where there is one, else a page that still
    /// carries the reload script and any build errors.
    private func notFound(_ status: PreviewStatus) throws -> HTTPResponse {
        if case .file(let page) = ServedPath.resolve("404.html", in: preview.folder) {
            return try file(page, status: status, code: .notFound)
        }
        let code: HTTPStatusCode = status.hasSite ? .notFound : .serviceUnavailable
        return HTTPResponse(statusCode: code, headers: Self.headers(MediaType.html),
                            body: Data(PreviewPage.placeholder(status: status).utf8))
    }

    /// Every answer changes with the next build, so nothing may be cached.
    private static func headers(_ type: String) -> HTTPHeaders {
        [.contentType: type, .cacheControl: "no-store"]
    }

    private static func text(_ code: HTTPStatusCode, _ text: String) -> HTTPResponse {
        HTTPResponse(statusCode: code, headers: headers("text/plain; charset=utf-8"), body: Data(text.utf8))
    }

    private static func redirect(to path: String) -> HTTPResponse {
        let headers: HTTPHeaders = [.location: path, .cacheControl: "no-store"]
        return HTTPResponse(statusCode: .found, headers: headers)
    }
}

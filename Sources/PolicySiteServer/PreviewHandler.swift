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

    /// The build's pages are tens of kilobytes (lists are split into pages);
    /// a larger HTML file is one an author put in `static/`, which is sent
    /// as it is, without the reload script, rather than held in memory.
    static let largestPageToDecorate = 8 << 20

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
        guard request.method == .HEAD else { return response }
        // The length a GET would be sent, without sending (or reading) it.
        var headers = response.headers
        if case .httpBody(let body) = response.payload, let count = body.count {
            headers[.contentLength] = String(count)
        }
        return HTTPResponse(statusCode: response.statusCode, headers: headers)
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

    /// Pages are read whole, to add the reload script; everything else,
    /// and an HTML file too large to be one of the build's pages, is sent
    /// from the disk as it is read.
    private func file(_ path: String, status: PreviewStatus, code: HTTPStatusCode = .ok) throws -> HTTPResponse {
        let type = MediaType.of(path)
        let file = try ServedFile(path: path)
        guard type == MediaType.html, file.size <= Self.largestPageToDecorate else {
            return HTTPResponse(statusCode: code, headers: Self.headers(type), body: file.body)
        }
        let page = PreviewPage.decorate(String(decoding: try file.bytes(), as: UTF8.self), status: status)
        return HTTPResponse(statusCode: code, headers: Self.headers(type), body: Data(page.utf8))
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

import FlyingFox
import Foundation
import Testing
@testable import PolicySite
@testable import PolicySiteServer

/// `policysite serve` end to end, over HTTP on 127.0.0.1.
@Suite struct PreviewServerTests {
    let files = [
        "Content/policies/plan.zh.md": policy("旧标题"),
        "Content/policies/plan.en.md": policy("Old title"),
    ]

    @Test func servesTheSiteUnderTheBasePathWithTheReloadScript() async throws {
        let site = try await RunningPreview.start(files)
        defer { site.stop() }

        let root = try await site.get("/")
        #expect(root.status == 302)
        #expect(root.headers["location"] == "/policy/")
        #expect(try await site.get("/policy").headers["location"] == "/policy/")
        #expect(try await site.get("/policy/policies/plan").headers["location"] == "/policy/policies/plan/")

        let page = try await site.get("/policy/policies/plan/")
        #expect(page.status == 200)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.headers["cache-control"] == "no-store")
        #expect(page.body.contains("旧标题"))
        #expect(page.body.contains(PreviewPage.eventsPath))
        #expect(!page.body.contains(ErrorPanel.id))

        let css = try await site.get("/policy/assets/site.css")
        #expect(css.status == 200)
        #expect(css.headers["content-type"] == "text/css; charset=utf-8")
        #expect(!css.body.contains(PreviewPage.eventsPath))
        #expect(try await site.get("/policy/sitemap.xml").headers["content-type"] == "application/xml; charset=utf-8")

        let missing = try await site.get("/policy/no-such-page/")
        #expect(missing.status == 404)
        #expect(missing.body.contains(PreviewPage.eventsPath))

        // What is served was built elsewhere: the site's Output/ is never made.
        #expect(!FileManager.default.fileExists(atPath: site.root + "/Output"))
    }

    @Test func showsASavedChangeAndAdvancesTheReloadCounter() async throws {
        let site = try await RunningPreview.start(files)
        defer { site.stop() }
        let before = try #require(Int(try await site.get("/__policysite/events?since=-1").body))

        try site.write("Content/policies/plan.zh.md", policy("新标题"))
        // The long poll answers as soon as the rebuild has finished.
        let after = try #require(Int(try await site.get("/__policysite/events?since=\(before)").body))
        #expect(after > before)
        let page = try await site.get("/policy/policies/plan/").body
        #expect(page.contains("新标题"))
        #expect(!page.contains("旧标题"))
        #expect(page.contains("var seen = \(after);"))
    }

    @Test func aBrokenFileShowsItsErrorsOverTheLastGoodPageUntilFixed() async throws {
        let site = try await RunningPreview.start(files)
        defer { site.stop() }

        try site.write("Content/policies/plan.zh.md",
                       policy("新标题", published: "2021-13-45 <script>alert(1)</script>"))
        let broken = try await site.waitForPage("/policy/policies/plan/", "the error panel") { $0.contains(ErrorPanel.id) }
        #expect(broken.contains("旧标题"), "the last good build stays served")
        #expect(broken.contains("Content/policies/plan.zh.md:4:12"))
        // The site's first language is Chinese, so the panel is (SPEC §9).
        #expect(broken.contains("网站未能生成：1 个错误") && broken.contains("<strong>error[PS1207]:</strong> “published”不是有效的日期"))
        #expect(broken.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!broken.contains("<script>alert(1)"))
        #expect(await site.preview.status.isBroken)

        try site.write("Content/policies/plan.zh.md", policy("新标题"))
        let fixed = try await site.waitForPage("/policy/policies/plan/", "the fixed page") { !$0.contains(ErrorPanel.id) }
        #expect(fixed.contains("新标题"))
    }

    @Test func aSiteThatNeverBuiltShowsItsErrors() async throws {
        let site = try await RunningPreview.start(["Content/policies/plan.zh.md": "---\ntitle: [unclosed\n---\n"])
        defer { site.stop() }
        let page = try await site.get("/policy/")
        #expect(page.status == 503)
        #expect(page.body.contains(ErrorPanel.id))
        #expect(page.body.contains("Content/policies/plan.zh.md"))
    }

    @Test func sendsALargeFileWholeAndAnswersHEADWithTheLengthAGETSends() async throws {
        let site = try await RunningPreview.start(files)
        defer { site.stop() }
        let target = "/policy/files/plan-scan.pdf"
        let file = try LargeFile.make(at: site.root + "/Content/static/files/plan-scan.pdf", size: 64 << 20)
        try await site.waitFor("the rebuild with the file") { try await site.get(target, method: "HEAD").status == 200 }

        let head = try await site.get(target, method: "HEAD")
        #expect(head.headers["content-length"] == "\(file.size)")
        #expect(head.headers["content-type"] == "application/pdf")
        #expect(head.body.isEmpty)

        let check = try LargeFile.Check(file)
        let download = try await site.download(target, receive: check.receive)
        #expect(download.status == 200)
        #expect(download.headers["content-length"] == "\(file.size)")
        #expect(check.received == file.size)
        #expect(check.firstDifference == nil)

        let page = try await site.get("/policy/policies/plan/")
        let pageHead = try await site.get("/policy/policies/plan/", method: "HEAD")
        #expect(pageHead.status == 200)
        #expect(pageHead.headers["content-length"] == "\(page.body.utf8.count)", "the page with its reload script")
        #expect(pageHead.body.isEmpty)
    }

    /// What shows that a file is streamed, not held: the bytes sent are
    /// those on disk when each chunk is sent, not when the request was answered.
    @Test func aFileIsReadFromTheDiskAsItIsSentInChunks() async throws {
        let old = String(repeating: "old ", count: 50_000), new = String(repeating: "new ", count: 50_000)
        let site = try await RunningPreview.start(["Content/static/notice.txt": old])
        defer { site.stop() }
        let served = site.preview.folder + "/notice.txt"
        let handler = PreviewHandler(preview: site.preview)
        let request = HTTPRequest(method: .GET, version: .http11, path: "/policy/notice.txt", query: [],
                                  headers: [.host: "127.0.0.1"], body: HTTPBodySequence())

        let answer = try await handler.handleRequest(request)
        // Written over in place, as a rebuild writes the tree before last.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: served))
        try handle.write(contentsOf: Data(new.utf8))
        try handle.close()
        guard case .httpBody(let body) = answer.payload else { Issue.record("no body"); return }
        #expect(body.count == new.utf8.count)
        var chunks: [Int] = []
        var sent = Data()
        for try await chunk in body {
            chunks.append(chunk.count)
            sent += chunk
        }
        #expect(sent == Data(new.utf8))
        #expect(chunks.count == 4 && chunks.allSatisfy { $0 <= ServedFile.chunkSize }, "\(chunks)")

        let shortened = try await handler.handleRequest(request)
        #expect(truncate(served, 1000) == 0)
        await #expect(throws: ServedFile.Failure.self, "ends the connection rather than sending too little") {
            _ = try await shortened.bodyData
        }
    }

    /// A page elsewhere whose host name was made to answer 127.0.0.1 (DNS
    /// rebinding) reaches the preview with its own name in `Host`.
    @Test func answersOnlyRequestsThatNameThisComputer() async throws {
        let site = try await RunningPreview.start(files)
        defer { site.stop() }
        let port = site.port
        for host in ["localhost", "LocalHost:\(port)", "127.0.0.1", "127.0.0.1:\(port)", "[::1]", "[::1]:\(port)"] {
            let page = try await site.get("/policy/policies/plan/", host: .named(host))
            #expect(page.status == 200, "\(host)")
            #expect(page.body.contains("旧标题"), "\(host)")
        }
        let withoutHost = try await site.get("/policy/policies/plan/", host: .absent)
        #expect(withoutHost.status == 200, "an HTTP/1.0 request without Host")

        for host in ["evil.example", "evil.example:\(port)", "localhost.evil.example", "127.0.0.1.nip.io:\(port)",
                     "127.0.0.2", "0.0.0.0:\(port)", "[::2]:\(port)", "[::1].evil.example", "localhost:\(port)@evil.example",
                     "localhost:http"] {
            for target in ["/policy/policies/plan/", "/", "/policy/assets/site.css", "/__policysite/events?since=-1"] {
                let refused = try await site.get(target, host: .named(host))
                #expect(refused.status == 421, "\(host) \(target) gave \(refused.status)")
                #expect(refused.headers["content-type"] == "text/plain; charset=utf-8")
                #expect(refused.body.contains("answers only at localhost, 127.0.0.1 and [::1]"), "\(host) \(target)")
            }
        }
    }

    @Test func refusesEveryPathOutsideTheServedFolder() async throws {
        let site = try await RunningPreview.start(files)
        defer { site.stop() }
        for target in ["/policy/../../etc/passwd", "/../../../etc/passwd", "/policy/%2e%2e/%2e%2e/etc/passwd",
                       "/policy/%2E%2E/%2E%2E/%2E%2E/etc/passwd", "/policy/..%2f..%2f..%2fetc%2fpasswd",
                       "/policy/%2e%2e%5c%2e%2e%5cetc%5cpasswd", "/policy/.%2e/Content/site.yaml",
                       "/policy/%00/etc/passwd", "//etc/passwd"] {
            let response = try await site.get(target)
            #expect(response.status == 400 || response.status == 404, "\(target) gave \(response.status)")
            #expect(!response.body.contains("root:"), "\(target)")
            #expect(!response.body.contains("base_url"), "\(target)")
        }
    }
}

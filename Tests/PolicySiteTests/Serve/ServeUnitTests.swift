import Foundation
import Testing
@testable import PolicySite
@testable import PolicySiteServer

@Suite struct ServeUnitTests {
    @Test func resolvesFilesAndRefusesWaysOut() throws {
        let outside = try TestSite.makeFolder(["secret.txt": "secret", "site/index.html": "<p>home</p>",
                                               "site/a/index.html": "a", "site/a/b.css": "b",
                                               "site/.well-known/security.txt": "Contact: x"], siteYAML: nil)
        let folder = outside + "/site"
        try FileManager.default.createSymbolicLink(atPath: folder + "/leak.txt", withDestinationPath: outside + "/secret.txt")

        #expect(ServedPath.resolve("", in: folder) == .file(folder + "/index.html"))
        #expect(ServedPath.resolve("a/", in: folder) == .file(folder + "/a/index.html"))
        #expect(ServedPath.resolve("a", in: folder) == .folderWithoutSlash)
        #expect(ServedPath.resolve("a/b.css", in: folder) == .file(folder + "/a/b.css"))
        #expect(ServedPath.resolve("a/missing.css", in: folder) == .notFound)
        #expect(ServedPath.resolve("leak.txt", in: folder) == .refused)
        // Published from static/ like any file (SPEC §8), so previewed too.
        #expect(ServedPath.resolve(".well-known/security.txt", in: folder) == .file(folder + "/.well-known/security.txt"))
        for way in ["../secret.txt", "%2e%2e/secret.txt", "a/%2E%2E/%2E%2E/secret.txt", "..%2fsecret.txt",
                    "a%2f..%2f..%2fsecret.txt", "a/%00", "a/%2e"] {
            #expect(ServedPath.resolve(way, in: folder) == .refused, "\(way)")
        }
    }

    @Test func loopbackHostNames() {
        for allowed in [[], ["localhost"], ["LOCALHOST:8000"], ["127.0.0.1"], ["127.0.0.1:65535"], ["[::1]"], ["[::1]:8000"],
                        [" localhost:8000 "], ["localhost:"]] {
            #expect(LoopbackHost.allows(allowed), "\(allowed)")
        }
        for refused in [["example.gov.cn"], ["localhost", "localhost"], ["localhost", "evil.example"], [""], ["::1"],
                        ["[::1"], ["localhost.:8000"], ["localhost:123456"], ["localhost:-1"], ["localhost:80:80"],
                        ["127.0.0.1:8000/"], ["127.1"], ["2130706433"], ["[0:0:0:0:0:0:0:1]"]] {
            #expect(!LoopbackHost.allows(refused), "\(refused)")
        }
    }

    @Test func mediaTypes() {
        let expected = [
            "a/index.html": "text/html; charset=utf-8", "site.css": "text/css; charset=utf-8",
            "search.js": "text/javascript; charset=utf-8", "x.json": "application/json",
            "feed.xml": "application/xml; charset=utf-8", "logo.svg": "image/svg+xml",
            "data.CSV": "text/csv; charset=utf-8", "robots.txt": "text/plain; charset=utf-8",
            "a.png": "image/png", "b.jpg": "image/jpeg", "c.jpeg": "image/jpeg", "plan.pdf": "application/pdf",
            "noextension": "application/octet-stream", "x.tar.gz": "application/octet-stream",
        ]
        for (path, type) in expected { #expect(MediaType.of(path) == type, "\(path)") }
    }

    @Test func decoratesOnlyBeforeTheLastBodyEndTag() {
        var status = PreviewStatus(generation: 7, diagnostics: [], isBroken: false, hasSite: true, basePath: "/")
        let page = PreviewPage.decorate("<html><body><p>x</p></body></html>", status: status)
        #expect(page.hasPrefix("<html><body><p>x</p>\n<script>") || page.hasPrefix("<html><body><p>x</p><script>"))
        #expect(page.hasSuffix("</body></html>"))
        #expect(page.contains("var seen = 7;"))
        #expect(!page.contains(ErrorPanel.id))

        status.isBroken = true
        status.diagnostics = [.error("Content/a.zh.md", SourcePosition(line: 2, column: 3), .plain("bad <b>", hint: "fix & save"))]
        let broken = PreviewPage.decorate("<p>no body tag</p>", status: status)
        #expect(broken.hasPrefix("<p>no body tag</p><section id=\"\(ErrorPanel.id)\""))
        #expect(broken.contains("<code>Content/a.zh.md:2:3</code> <strong>error[PS1203]:</strong> bad &lt;b&gt;"))
        #expect(broken.contains("hint: fix &amp; save"))
        #expect(broken.contains("1 error, 0 warnings"))

        status.language = .zh
        let chinese = PreviewPage.decorate("<p>x</p>", status: status)
        #expect(chinese.contains("网站未能生成：1 个错误，0 个警告"))
        #expect(chinese.contains("提示： fix &amp; save"))
    }

    @Test func snapshotsNoticeAddedRemovedAndSavedFiles() throws {
        let root = try TestSite.makeFolder(["Content/a.md": "a", "Content/b.md": "b", "Templates/t.css": "t",
                                            "Output/ignored.html": "o"])
        let first = SourceSnapshot.take(root: root)
        #expect(first.files.map(\.path) == ["Content/a.md", "Content/b.md", "Content/site.yaml", "Templates/t.css"])
        #expect(SourceSnapshot.take(root: root) == first)

        try Data("longer a".utf8).write(to: URL(fileURLWithPath: root + "/Content/a.md"))
        try FileManager.default.removeItem(atPath: root + "/Content/b.md")
        try Data("c".utf8).write(to: URL(fileURLWithPath: root + "/Templates/c.css"))
        try Data("o".utf8).write(to: URL(fileURLWithPath: root + "/Output/other.html"))
        #expect(SourceSnapshot.take(root: root).changedPaths(since: first) == ["Content/a.md", "Content/b.md", "Templates/c.css"])
    }

    @Test func theBuildFolderIsNewPrivateAndUnguessable() throws {
        let parent = try TestSite.makeFolder(["placeholder": ""], siteYAML: nil)
        defer { try? FileManager.default.removeItem(atPath: parent) }
        // What the old fixed name let another user plant: a link to a folder of theirs.
        let theirs = try TestSite.makeFolder(["placeholder": ""], siteYAML: nil)
        defer { try? FileManager.default.removeItem(atPath: theirs) }
        let oldName = parent + "/policysite-serve-\(getpid())"
        try FileManager.default.createSymbolicLink(atPath: oldName, withDestinationPath: theirs)

        let first = try PrivateFolder.make(prefix: "policysite-serve-", environment: ["TMPDIR": parent + "/"])
        let second = try PrivateFolder.make(prefix: "policysite-serve-", environment: ["TMPDIR": parent])
        for folder in [first, second] {
            #expect(folder.path.hasPrefix(parent + "/policysite-serve-"))
            #expect(folder.path != oldName)
            var info = stat()
            #expect(lstat(folder.path, &info) == 0)
            #expect(info.st_mode & S_IFMT == S_IFDIR, "a folder of its own, not a link")
            #expect(info.st_mode & 0o7777 == 0o700)
            #expect(info.st_uid == getuid())
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        }
        #expect(first.path != second.path)

        try Data("page".utf8).write(to: URL(fileURLWithPath: first.path + "/index.html"))
        first.remove()
        #expect(!FileManager.default.fileExists(atPath: first.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: theirs) == ["placeholder"], "nothing went through the planted link")

        let inTmp = try PrivateFolder.make(prefix: "policysite-test-", environment: [:])
        inTmp.remove()
        #expect(inTmp.path.hasPrefix("/tmp/policysite-test-"))
        #expect(throws: PrivateFolder.Failure.self) {
            try PrivateFolder.make(prefix: "p-", environment: ["TMPDIR": parent + "/missing"])
        }
    }

    @Test func basePathOfBaseURL() {
        #expect(SiteBasePath.path(of: "https://www.example.gov.cn/policy/") == "/policy/")
        #expect(SiteBasePath.path(of: "https://www.example.gov.cn/") == "/")
        #expect(SiteBasePath.path(of: "http://localhost:8080/a/b/") == "/a/b/")
    }
}

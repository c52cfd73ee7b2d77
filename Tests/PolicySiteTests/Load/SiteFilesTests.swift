import Foundation
import Testing
@testable import PolicySite

/// Nothing under `Content/` is left out without a word, and nothing outside
/// it is read (SPEC §9): unreadable folders and files, names that are not
/// UTF-8, stray NUL bytes, links that leave `Content/` or loop.
@Suite struct SiteFilesTests {
    static let page = "---\ntitle: x\n---\n\n正文\n"

    @Test func aStrayNULIsAnErrorAtItsPlaceNotUTF16() throws {
        let root = try TestSite.makeFolder(["Content/pages/x.zh.md": Self.page])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let bytes = Array("---\ntitle: x\n---\n\n第一段".utf8) + [0] + Array("正文\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: root + "/Content/pages/x.zh.md"))
        let report = DiagnosticFormat.text.render(Build(options: BuildOptions(root: root)).run().diagnostics)
        #expect(report.contains("Content/pages/x.zh.md:5:4: error[PS1003]: this line holds an invisible NUL character"), "\(report)")
        #expect(!report.contains("UTF-16"))
    }

    @Test func namesInGB18030AreReportedWithTheirDecodedName() throws {
        let root = try TestSite.makeFolder(["Content/pages/x.zh.md": Self.page])
        defer { try? FileManager.default.removeItem(atPath: root) }
        // 年度报告 in GB18030, as a zip made on Windows names it.
        let name: [UInt8] = [0xC4, 0xEA, 0xB6, 0xC8, 0xB1, 0xA8, 0xB8, 0xE6]
        for folder in ["Content/static", "Content/policies"] {
            try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
            let path = Array((root + "/" + folder + "/").utf8) + name + Array(".pdf".utf8) + [0]
            let fd = path.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) }
            #expect(fd >= 0)
            close(fd)
        }
        let result = Build(options: BuildOptions(root: root)).run()
        #expect(!result.succeeded)
        let report = DiagnosticFormat.text.render(result.diagnostics)
        #expect(report.contains("Content/static/年度报告.pdf: error[PS1005]: this name is written in GB18030"), "\(report)")
        #expect(report.contains("Content/policies/年度报告.pdf: error[PS1005]: this name is written in GB18030"), "\(report)")
        #expect(report.contains("rename it to '年度报告.pdf'"))
    }

    @Test func linksLeavingContentLoopingOrPointingNowhereAreNamed() throws {
        let root = try TestSite.makeFolder(["Content/pages/x.zh.md": Self.page, "secret.txt": "TOP SECRET", "Content/static/sub/a.txt": "a", "Output/index.html": "earlier", "Output/.policysite-output": ""])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let links = [
            "Content/static/secret.txt": "../../secret.txt",   // inside the site, outside Content/
            "Content/static/out": "../../Output",               // would grow Output on every build
            "Content/static/sub/loop": "..",                    // a folder that holds the link
            "Content/static/a": "b", "Content/static/b": "a",   // two links that point at each other
            "Content/static/gone.txt": "nothing-here.txt",
        ]
        for (path, target) in links {
            try FileManager.default.createSymbolicLink(atPath: root + "/" + path, withDestinationPath: target)
        }
        let result = Build(options: BuildOptions(root: root)).run()
        let report = DiagnosticFormat.text.render(result.diagnostics)
        #expect(!result.succeeded)
        #expect(report.contains("Content/static/secret.txt: error[PS1006]: this symbolic link points outside Content/"), "\(report)")
        #expect(report.contains("Content/static/out: error[PS1006]: this symbolic link points outside Content/"), "\(report)")
        #expect(report.contains("Content/static/sub/loop: error[PS1007]: this symbolic link makes a loop"), "\(report)")
        #expect(report.contains("Content/static/a: error[PS1007]: this symbolic link makes a loop"), "\(report)")
        #expect(report.contains("Content/static/gone.txt: error[PS1008]: this symbolic link points to a file or folder that does not exist"))
        #expect(try String(contentsOfFile: root + "/Output/index.html", encoding: .utf8) == "earlier")
    }

    @Test func dotfilesInStaticArePublishedAndDebrisIsNot() throws {
        let site = try TestSite.build([
            "Content/pages/x.zh.md": Self.page,
            "Content/static/.well-known/security.txt": "Contact: mailto:web@example.gov.cn",
            "Content/static/.htaccess": "Options -Indexes",
            "Content/static/.DS_Store": "x", "Content/static/img/Thumbs.db": "x", "Content/static/.a.txt.swp": "x",
            "Content/pages/.x.zh.md.swp": "x", "Content/pages/.hidden.zh.md": Self.page,
        ])
        #expect(site.result.succeeded, "\(site.report)")
        #expect(site.output(".well-known/security.txt") == "Contact: mailto:web@example.gov.cn")
        #expect(site.output(".htaccess") == "Options -Indexes")
        for debris in [".DS_Store", "img/Thumbs.db", ".a.txt.swp", "hidden/index.html"] {
            #expect(site.output(debris) == nil, "\(debris)")
        }
    }

    /// Root reads any folder, so the build runs as an unprivileged user when the tests run as root (as CI does).
    @Test func unreadableFoldersAndFilesAreErrorsInPlainWords() throws {
        let root = try TestSite.makeFolder([
            "Content/pages/x.zh.md": Self.page,
            "Content/pages/locked.zh.md": Self.page,
            "Content/glossary/terms.yaml": "- id: a\n  zh: { term: 甲, definition: 甲。 }\n",
            "Content/static/sub/a.txt": "a",
        ])
        defer {
            _ = chmod(root + "/Content/glossary", 0o755)
            _ = chmod(root + "/Content/static/sub", 0o755)
            try? FileManager.default.removeItem(atPath: root)
        }
        try Process.run(URL(fileURLWithPath: "/bin/chmod"), arguments: ["-R", "a+rwX", root]).waitUntilExit()
        for locked in ["/Content/glossary", "/Content/static/sub"] { #expect(chmod(root + locked, 0) == 0) }
        #expect(chmod(root + "/Content/pages/locked.zh.md", 0) == 0)
        let launcher = getuid() == 0 ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        let run = try CommandLineRunner.run(["build", "--root", root, "--lang", "en"], launcher: launcher)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("Content/glossary: error[PS1004]: cannot read this file or folder: Permission denied"), "\(run.stderr)")
        #expect(run.stderr.contains("Content/static/sub: error[PS1004]: cannot read this file or folder: Permission denied"))
        #expect(run.stderr.contains("Content/pages/locked.zh.md: error[PS1004]: cannot read this file or folder: Permission denied"))
        #expect(!run.stderr.contains("unreadable("))
    }
}

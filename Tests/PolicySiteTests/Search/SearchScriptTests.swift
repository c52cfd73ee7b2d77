import Foundation
import Testing
@testable import PolicySite

/// The browser's half of search, run with Node against a built index: the
/// script and the index must agree on tokens, hashing and postings.
@Suite struct SearchScriptTests {
    static let node = ["/usr/bin/node", "/usr/local/bin/node"].first { FileManager.default.isExecutableFile(atPath: $0) }

    let files = [
        "Content/policies/transfer.zh.md": policy("关于促进科技成果转化的通知", published: "2021-01-01",
                                                  body: "加快推进科技成果转化，支持\n科技型企业发展。"),
        "Content/policies/apart.zh.md": policy("另一份通知", published: "2021-02-01",
                                               body: "科技发展取得成果，转化为生产力。"),
        "Content/policies/transfer.en.md": policy("Notice on Technology Transfer", published: "2021-01-01",
                                                  body: "Speed up the transfer of INNOVATION results."),
        "Content/pages/about.en.md": "---\ntitle: About\n---\n\nNothing about innovations here.\n",
    ]

    /// Runs a query through search.js with the index read from disk.
    func search(_ query: String, in folder: String, script path: String) throws -> [String] {
        let node = try #require(Self.node, "node is needed for the search script tests (.ci/run installs it)")
        let script = """
            const fs = require("fs");
            const api = require(process.argv[1]);
            const index = process.argv[2];
            const load = p => Promise.resolve(JSON.parse(fs.readFileSync(index + "/" + p, "utf8")));
            const q = api.analyse(process.argv[3]);
            api.candidates(q.tokens, load).then(docs => Promise.all(docs.map(d => load("d/" + d + ".json"))))
              .then(entries => entries.filter(e => api.containsAll(e.title + "\\n" + e.text, q.parts)))
              .then(entries => console.log(JSON.stringify(entries.map(e => [e.url, e.title,
                 api.snippet(e.text, q.parts).filter(p => p[1]).map(p => p[0]).join("|")]))));
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: node)
        process.arguments = ["-e", script, path, folder + "/search/index", query]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let rows = try JSONSerialization.jsonObject(with: data) as? [[String]] ?? []
        return rows.map { $0.joined(separator: " ~ ") }
    }

    @Test func chinesePhraseIsFoundAndVerified() throws {
        let site = try TestSite.build(files)
        #expect(site.result.succeeded, "\(site.report)")
        let results = try search("科技成果转化", in: site.root + "/Output", script: site.root + "/Output/assets/search.js")
        #expect(results == ["../policies/transfer/ ~ 关于促进科技成果转化的通知 ~ 科技成果转化"])
        let across = try search("支持科技型企业", in: site.root + "/Output", script: site.root + "/Output/assets/search.js")
        #expect(across.count == 1, "a line break in the source does not split the phrase")
        #expect(try search("成果", in: site.root + "/Output", script: site.root + "/Output/assets/search.js").count == 2)
    }

    @Test func englishWordsIgnoreCase() throws {
        let site = try TestSite.build(files)
        let results = try search("Innovation", in: site.root + "/Output/en", script: site.root + "/Output/assets/search.js")
        #expect(results == ["../policies/transfer/ ~ Notice on Technology Transfer ~ INNOVATION"])
        #expect(try search("zebra", in: site.root + "/Output/en", script: site.root + "/Output/assets/search.js").isEmpty)
    }

    @Test func thePageWorksWithoutJavaScriptToo() throws {
        let site = try TestSite.build(files)
        let page = try #require(site.output("search/index.html"))
        #expect(page.contains("<form class=\"search-form\" role=\"search\" action=\"./\" method=\"get\">"))
        #expect(page.contains("<noscript>"))
        #expect(page.contains("<script src=\"../assets/search.js\"></script>"))
        let policyPage = try #require(site.output("policies/transfer/index.html"))
        #expect(ThemeScripts.others(in: policyPage).isEmpty, "only the search page has the search script")
    }
}

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

    /// Runs a query through search.js with the index and the pages read from
    /// disk, as `url ~ title ~ highlighted|parts` (`-` for no snippet), and
    /// the index files it loaded. The page's text is taken as the browser
    /// takes it, with tags stripped where the browser uses DOMParser;
    /// `unreadable`: every page fetch fails.
    func search(_ query: String, in folder: String, script path: String,
                unreadable: Bool = false) throws -> (results: [String], loaded: [String]) {
        let node = try #require(Self.node, "node is needed for the search script tests (.ci/run installs it)")
        let script = """
            const fs = require("fs");
            const api = require(process.argv[1]);
            const index = process.argv[2], unreadable = process.argv[4] === "unreadable";
            const loaded = [];
            const load = api.once(p => {
              loaded.push(p);
              return Promise.resolve(JSON.parse(fs.readFileSync(index + "/" + p, "utf8")));
            });
            const pageText = url => unreadable ? null : fs.readFileSync(index + "/../" + url + "index.html", "utf8")
              .split('<div class="doc-body">')[1].split("</div>")[0].replace(/<[^>]*>/g, "").replace(/\\s+/g, " ").trim();
            const q = api.analyse(process.argv[3]);
            api.candidates(q.tokens, load).then(docs => api.entries(docs, load))
              .then(entries => entries.map(e => [e, pageText(e.url)]).filter(([e, text]) => api.verified(e, text, q.parts)))
              .then(found => console.log(JSON.stringify({ loaded: loaded, results: found.map(([e, text]) => [e.url, e.title,
                 text === null ? "-" : api.snippet(text, q.parts).filter(p => p[1]).map(p => p[0]).join("|")]) })));
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: node)
        process.arguments = ["-e", script, path, folder + "/search/index", query, unreadable ? "unreadable" : "readable"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let answer = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        let rows = answer["results"] as? [[String]] ?? []
        return (rows.map { $0.joined(separator: " ~ ") }, answer["loaded"] as? [String] ?? [])
    }

    @Test func chinesePhraseIsFoundAndVerified() throws {
        let site = try TestSite.build(files)
        #expect(site.result.succeeded, "\(site.report)")
        let script = site.root + "/Output/assets/search.js"
        let results = try search("科技成果转化", in: site.root + "/Output", script: script).results
        #expect(results == ["../policies/transfer/ ~ 关于促进科技成果转化的通知 ~ 科技成果转化"])
        let across = try search("支持科技型企业", in: site.root + "/Output", script: script).results
        #expect(across.count == 1, "a line break in the source does not split the phrase")
        #expect(try search("成果", in: site.root + "/Output", script: script).results.count == 2)
    }

    @Test func theSnippetComesFromThePageAndEachMetadataFileLoadsOnce() throws {
        let site = try TestSite.build(files)
        let (results, loaded) = try search("发展", in: site.root + "/Output", script: site.root + "/Output/assets/search.js")
        #expect(results.sorted() == ["../policies/apart/ ~ 另一份通知 ~ 发展", "../policies/transfer/ ~ 关于促进科技成果转化的通知 ~ 发展"])
        #expect(loaded.filter { $0.hasPrefix("d/") } == ["d/0.json"])
    }

    @Test func withoutThePagesOnlyWhatTheTitleOrIndexProvesIsShown() throws {
        let site = try TestSite.build(files)
        let output = site.root + "/Output", script = site.root + "/Output/assets/search.js"
        // In the title: shown, without a snippet.
        #expect(try search("科技成果转化", in: output, script: script, unreadable: true).results
                == ["../policies/transfer/ ~ 关于促进科技成果转化的通知 ~ -"])
        // Only in the text, and only its bigrams are known: left out.
        #expect(try search("支持科技型企业", in: output, script: script, unreadable: true).results.isEmpty)
        // Two characters are one bigram, which the index proves.
        #expect(try search("成果", in: output, script: script, unreadable: true).results.count == 2)
    }

    @Test func englishWordsIgnoreCase() throws {
        let site = try TestSite.build(files)
        let results = try search("Innovation", in: site.root + "/Output/en", script: site.root + "/Output/assets/search.js").results
        #expect(results == ["../policies/transfer/ ~ Notice on Technology Transfer ~ INNOVATION"])
        #expect(try search("zebra", in: site.root + "/Output/en", script: site.root + "/Output/assets/search.js").results.isEmpty)
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

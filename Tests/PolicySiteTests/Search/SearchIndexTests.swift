import Foundation
import Testing
@testable import PolicySite

/// The search index's metadata files: each result's URL, title, kind and
/// date, 64 documents to a file, and no text, which the script takes from
/// the result's page.
@Suite struct SearchIndexTests {
    @Test func metadataFilesHoldTheEntriesInDocumentOrderAndNoText() throws {
        var files: [String: String] = ["Content/pages/about.zh.md": "---\ntitle: 关于\n---\n\n只在正文里的一句话。\n"]
        for i in 0..<70 {
            // A year apart, so that the newest-first order is p69 … p0.
            files["Content/policies/p\(i).zh.md"] = policy("政策\(i)", published: "\(1950 + i)-01-01", body: "只在正文里的一句话。")
        }
        let site = try TestSite.build(files)
        #expect(site.result.succeeded, "\(site.report)")

        func entries(_ chunk: Int) throws -> [[String: String]] {
            let text = try #require(site.output("search/index/d/\(chunk).json"))
            #expect(!text.contains("只在正文里"), "no body text in d/\(chunk).json")
            return try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: String]])
        }
        let first = try entries(0), second = try entries(1)
        #expect(site.output("search/index/d/2.json") == nil)
        #expect(first.map { $0["title"]! } == (6...69).reversed().map { "政策\($0)" })
        #expect(second.map { $0["title"]! } == (0...5).reversed().map { "政策\($0)" } + ["关于"])
        #expect((first + second).allSatisfy { Set($0.keys) == ["url", "title", "kind", "date"] })
        #expect(first[0] == ["url": "../policies/p69/", "title": "政策69", "kind": "政策", "date": "2019年1月1日"])
        #expect(second.last == ["url": "../about/", "title": "关于", "kind": "页面", "date": ""])
        #expect(site.output("search/index/manifest.json") == "{\"version\":2,\"shards\":1,\"documents\":71,\"chunk\":64}\n")
    }
}

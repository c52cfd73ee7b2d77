import Testing
@testable import PolicySite

@Suite struct TermMatcherTests {
    let matcher = TermMatcher(patterns: [
        ("科技成果", 0), ("科技成果转化", 1), ("5G", 2), ("platform", 3), ("R&D", 4), ("café", 5),
    ])

    /// The matched texts with their values.
    func found(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return matcher.matches(in: bytes).map { "\(String(decoding: bytes[$0.start..<$0.end], as: UTF8.self))=\($0.term)" }
    }

    @Test func longestAtEachPositionWithoutOverlap() {
        #expect(found("科技成果转化与科技成果") == ["科技成果转化=1", "科技成果=0"])
    }

    @Test func wholeWordsForSpacedScriptsOnly() {
        #expect(found("推进5G建设") == ["5G=2"])
        #expect(found("a 5GHz band, 15G") == [])
        #expect(found("Platforms, subplatform, PLATFORM.") == ["PLATFORM=3"])
        #expect(found("平台platform平台") == ["platform=3"])
        #expect(found("r&d and R&Ds") == ["r&d=4"])
        #expect(found("cafés, café") == ["café=5"])
    }

    @Test func initialLettersForTheGlossaryPage() {
        #expect(GlossaryPage.initial(of: "科技创新") == "K")
        #expect(GlossaryPage.initial(of: "技术转移") == "J")
        #expect(GlossaryPage.initial(of: "innovation") == "I")
        #expect(GlossaryPage.initial(of: "Émigré") == "E")
        #expect(GlossaryPage.initial(of: "5G网络") == "#")
    }
}

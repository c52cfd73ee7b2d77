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

    /// Characters skipped whole by their first three bytes: neighbours
    /// that share a term's lead byte (科/秘/租 all start with E7), a term at
    /// the very end, terms starting with a four-byte character or with
    /// three-byte punctuation.
    @Test func chineseCharactersThatStartNoTermAreSkippedWhole() {
        let matcher = TermMatcher(patterns: [("科技", 0), ("𠀀字", 1), ("“双碳”", 2), ("碳", 3)])
        func found(_ text: String) -> [String] {
            let bytes = Array(text.utf8)
            return matcher.matches(in: bytes).map { "\(String(decoding: bytes[$0.start..<$0.end], as: UTF8.self))=\($0.term)" }
        }
        #expect(found("秘租科技秘科") == ["科技=0"])
        #expect(found("租租科技") == ["科技=0"])
        #expect(found("一𠀀字，“双碳”目标") == ["𠀀字=1", "“双碳”=2"])
        #expect(found("低碳") == ["碳=3"])
        #expect(found("科") == [])
    }

    @Test func initialLettersForTheGlossaryPage() {
        #expect(GlossaryPage.initial(of: "科技创新") == "K")
        #expect(GlossaryPage.initial(of: "技术转移") == "J")
        #expect(GlossaryPage.initial(of: "innovation") == "I")
        #expect(GlossaryPage.initial(of: "Émigré") == "E")
        #expect(GlossaryPage.initial(of: "5G网络") == "#")
    }
}

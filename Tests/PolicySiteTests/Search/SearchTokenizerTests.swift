import Testing
@testable import PolicySite

@Suite struct SearchTokenizerTests {
    @Test func chineseBecomesOverlappingBigrams() {
        #expect(SearchTokenizer.tokens("科技创新") == ["科技", "技创", "创新"])
        #expect(SearchTokenizer.tokens("推进“科技”成果") == ["推进", "科技", "成果"])
        #expect(SearchTokenizer.tokens("和") == [])
    }

    @Test func wordsAreLowercasedAndFullWidthFolded() {
        #expect(SearchTokenizer.tokens("Science-and-Technology 2025年 ＡＩ") == ["science", "and", "technology", "2025", "ai"])
        #expect(SearchTokenizer.tokens("R&D投入") == ["r", "d", "投入"])
    }

    @Test func hashIsFNV1a() {
        #expect(SearchIndex.hash("") == 2_166_136_261)
        #expect(SearchIndex.hash("a") == 0xE40C_292C)
    }
}

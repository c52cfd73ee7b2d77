import Testing
@testable import PolicySite

@Suite struct ValueTests {
    @Test(arguments: ["a", "plan-2021", "laoshan-sti-plan", "x1"])
    func validSlugs(_ slug: String) { #expect(Slug.isValid(slug)) }

    @Test(arguments: ["", "-a", "a-", "a--b", "A", "规划", "a_b", "../x", "a.b", "a b"])
    func invalidSlugs(_ slug: String) { #expect(!Slug.isValid(slug)) }

    @Test func datesAreCheckedAndFormatted() throws {
        let date = try #require(PlainDate("2024-02-29"))
        #expect(date.description == "2024-02-29")
        #expect(date.formatted(for: Language("zh")) == "2024年2月29日")
        #expect(date.formatted(for: Language("en")) == "29 February 2024")
        for bad in ["2023-02-29", "2021-13-01", "2021-1-05", "21-01-05", "2021/01/05", "2021-01-32", "２０２１-01-01"] {
            #expect(PlainDate(bad) == nil, "\(bad)")
        }
    }

    @Test func kindsComeFromTheirFoldersAndSortInDeclaredOrder() {
        for kind in DocumentKind.allCases { #expect(DocumentKind(folder: kind.folder) == kind) }
        #expect(DocumentKind(folder: "policy") == nil)
        #expect(DocumentKind.allCases.reversed().sorted() == DocumentKind.allCases)
    }

    @Test func headingIDsKeepChineseAndNumberRepeats() {
        var ids = HeadingIDs()
        #expect(ids.next(for: "一、文件出台背景") == "一文件出台背景")
        #expect(ids.next(for: "Key Tasks (2021–2025)") == "key-tasks-20212025")
        #expect(ids.next(for: "一、文件出台背景") == "一文件出台背景-1")
        #expect(ids.next(for: "main") == "main-1")
        #expect(ids.next(for: "？！") == "section")
    }

    /// The quick way for ASCII and Chinese gives what the definition gives.
    @Test(arguments: ["一、文件出台背景", "Key Tasks (2021–2025)", "KEY_tasks -- a", "（一）加强 R&D 投入", "第 3 章\t概述",
                      "ＡＢＣ全角", "ａｂｃ１２３", "〇一二", "〡〢〣〪声调", "e\u{301}tude", "Ünïcode", "한국어", "🇨🇳 中国", "", "？！", "a\r\nb"])
    func headingSlugsQuickWayIsTheDefinition(_ text: String) {
        #expect(HeadingIDs.slug(text) == HeadingIDs.slugByCharacters(text))
    }

    /// Numbering goes on from a base's last number rather than from 1, and
    /// gives the ids it gave before, also past an id another heading took.
    @Test func headingIDsNumberRepeatsPastTakenIDs() {
        var ids = HeadingIDs()
        let texts = ["a", "a 1", "a", "a", "a-3", "a", "a 5", "a"]
        #expect(texts.map { ids.next(for: $0) } == ["a", "a-1", "a-2", "a-3", "a-3-1", "a-4", "a-5", "a-6"])
    }

    /// Footnotes own `fn-…` and `fnref-…`: numbering such an id never left the prefix, and the build hung.
    @Test(arguments: ["FN-1 form", "fn_2", "Fnref 3", "fnref-x", "fn 1"])
    func headingIDsStayOutOfTheFootnotesPrefixes(_ heading: String) {
        var ids = HeadingIDs()
        let first = ids.next(for: heading), second = ids.next(for: heading)
        for id in [first, second] {
            #expect(!id.hasPrefix("fn-") && !id.hasPrefix("fnref-"), "\(id)")
        }
        #expect(first != second)
        #expect(first.hasPrefix("h-fn"))
    }
}

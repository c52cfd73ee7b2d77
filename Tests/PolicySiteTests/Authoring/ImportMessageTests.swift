import Testing
@testable import PolicySite

@Suite struct ImportMessageTests {
    @Test func theSitesDefaultLanguageUnlessOverridden() {
        #expect(MessageLanguage.choose(siteYAML: "title: 站\nlanguages: [zh, en]\n") == .zh)
        #expect(MessageLanguage.choose(siteYAML: "languages:\n  - en\n  - zh\n") == .en)
        #expect(MessageLanguage.choose(siteYAML: "languages: [zh]\n", override: "en") == .en)
        #expect(MessageLanguage.choose(siteYAML: "languages: [en]\n", override: "zh-CN") == .zh)
        #expect(MessageLanguage.choose(siteYAML: "languages: [ug, zh]\n") == .en, "a language we have no messages in reads English")
        #expect(MessageLanguage.choose(siteYAML: nil) == .en)
        #expect(MessageLanguage.choose(siteYAML: "languages: [zh\n") == .en, "a site.yaml that cannot be read")
    }

    @Test func everyMessageInBothLanguages() {
        let line = DroppedLine(line: 21, text: "参与评论", reason: .commentBox)
        #expect(ImportMessage.dropped(file: "a.txt", line).text(in: .zh) == "a.txt:21: 已删去（评论区）：参与评论")
        #expect(ImportMessage.dropped(file: "a.txt", line).text(in: .en) == "a.txt:21: dropped comment box: 参与评论")
        #expect(ImportMessage.fillIn(fields: ["issuer", "agency"], path: "p.md").text(in: .zh).hasPrefix("发布前请在 p.md 中填写：issuer、agency"))
        #expect(ImportMessage.failed(.notText(path: "a.txt")).text(in: .zh).hasPrefix("错误：a.txt 既不是 UTF-8"))
        #expect(ImportMessage.readAs(file: "a.txt", encoding: .gb18030(crlf: true)).text(in: .en)
                == "read a.txt as GB18030, converted to UTF-8, Windows line ends")

        let messages: [ImportMessage] = DroppedLine.Reason.allCases.map { .dropped(file: "a", DroppedLine(line: 1, text: "x", reason: $0)) } + [
            .readAs(file: "a", encoding: .utf8(bom: true, crlf: false)), .alreadyInGlossary(term: "科创"),
            .glossaryNotWritten(count: 2, path: "g.yaml"), .noPolicyFile(path: "p.md"),
            .failed(.badSlug("A")), .failed(.badLanguage("fr", allowed: ["zh"])), .failed(.fileExists("p.md")),
            .failed(.noTitle(firstLine: "一、")), .failed(.emptyDocument), .failed(.unreadable(path: "a")),
            .failed(.siteExists(folder: "s", found: "Content/")), .failed(.noExampleTexts(language: "fr", available: ["zh", "en"])),
            .failed(.badBaseURL("x")), .failed(.noLanguages),
        ]
        for message in messages {
            let zh = message.text(in: .zh), en = message.text(in: .en)
            #expect(zh != en)
            #expect(zh.unicodeScalars.contains { CJK.isWide($0) } && !zh.contains("dropped"), "\(zh)")
            #expect(!en.contains("已") && !en.contains("请"), "\(en)")
        }
    }
}

import Testing
@testable import PolicySite

@Suite struct ImportMessageTests {
    @Test func theSitesDefaultLanguageUnlessOverridden() {
        #expect(MessageLanguage.resolve(option: nil, environment: [:], siteYAML: "title: 站\nlanguages: [zh, en]\n") == .zh)
        #expect(MessageLanguage.resolve(option: nil, environment: [:], siteYAML: "languages:\n  - en\n  - zh\n") == .en)
        #expect(MessageLanguage.resolve(option: .en, environment: [:], siteYAML: "languages: [zh]\n") == .en)
        #expect(MessageLanguage.resolve(option: MessageLanguage(code: "zh-CN"), environment: [:], siteYAML: "languages: [en]\n") == .zh)
        #expect(MessageLanguage.resolve(option: nil, environment: [:], siteYAML: "languages: [ug, zh]\n") == .en, "a language we have no messages in reads English")
        #expect(MessageLanguage.resolve(option: nil, environment: [:], siteYAML: nil) == .en)
        #expect(MessageLanguage.resolve(option: nil, environment: [:], siteYAML: "languages: [zh\n") == .en, "a site.yaml that cannot be read")
    }

    @Test func everyMessageInBothLanguages() {
        let line = DroppedLine(line: 21, text: "参与评论", reason: .commentBox)
        #expect(ImportMessage.dropped(file: "a.txt", line).text(in: .zh) == "a.txt:21: 已删去（评论区）：参与评论")
        #expect(ImportMessage.dropped(file: "a.txt", line).text(in: .en) == "a.txt:21: dropped comment box: 参与评论")
        #expect(ImportMessage.fillIn(fields: ["issuer", "agency"], path: "p.md").text(in: .zh).hasPrefix("发布前请在 p.md 中填写：issuer、agency"))
        #expect(AuthoringError.notText(path: "a.txt").errorLine(in: .zh).hasPrefix("错误：a.txt 既不是 UTF-8"))
        #expect(ImportMessage.readAs(file: "a.txt", encoding: .gb18030(crlf: true)).text(in: .en)
                == "read a.txt as GB18030, converted to UTF-8, Windows line ends")

        let errors: [AuthoringError] = [
            .badSlug("A"), .badLanguage("fr", allowed: ["zh"]), .fileExists("p.md"), .noTitle(firstLine: "一、"), .emptyDocument,
            .unreadable(path: "a"), .notText(path: "a"), .siteExists(folder: "s", found: "Content/"),
            .noExampleTexts(language: "fr", available: ["zh", "en"]), .badBaseURL("x"), .noLanguages, .languageTwice("zh"), .cannotWrite(path: "a"),
        ]
        let messages: [ImportMessage] = DroppedLine.Reason.allCases.map { .dropped(file: "a", DroppedLine(line: 1, text: "x", reason: $0)) } + [
            .readAs(file: "a", encoding: .utf8(bom: true, crlf: false)), .alreadyInGlossary(term: "科创"),
            .glossaryNotWritten(count: 2, path: "g.yaml"), .noPolicyFile(path: "p.md"),
        ]
        let texts = messages.map { ($0.text(in: .zh), $0.text(in: .en)) } + errors.map { ($0.errorLine(in: .zh), $0.errorLine(in: .en)) }
            + [InitMessage.keptExisting(path: ".gitignore"), .nextSteps(folder: "site", written: 12)].map { ($0.text(in: .zh), $0.text(in: .en)) }
        for (zh, en) in texts {
            #expect(zh != en)
            #expect(zh.unicodeScalars.contains { CJK.isWide($0) } && !zh.contains("dropped"), "\(zh)")
            #expect(!en.contains("已") && !en.contains("请"), "\(en)")
        }
    }
}

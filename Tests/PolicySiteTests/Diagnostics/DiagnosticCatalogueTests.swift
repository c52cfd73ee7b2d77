import Foundation
import Testing
@testable import PolicySite

/// Every code explained in both languages, the guide's list written from
/// the same catalogue, and the language chosen as SPEC §9 says.
@Suite struct DiagnosticCatalogueTests {
    static let han = CharacterSet(charactersIn: UnicodeScalar(0x4E00)!...UnicodeScalar(0x9FFF)!)

    @Test func everyCodeIsExplainedInBothLanguagesWithAWrongAndARightExample() {
        for code in DiagnosticCode.allCases {
            guard let e = code.explanation else {
                Issue.record("\(code.name) has no explanation")
                continue
            }
            for text in [e.title, e.meaning] {
                #expect(text.zh.unicodeScalars.contains(where: Self.han.contains), "\(code.name): '\(text.zh)' is not Chinese")
                #expect(!text.en.isEmpty && text.en != text.zh, "\(code.name): no English")
            }
            #expect(e.wrong != e.right, "\(code.name)")
            #expect(code.rawValue / 100 >= 10 && code.rawValue / 100 <= 18, "\(code.name) is in no area")
        }
    }

    @Test func codesAreReadAsPeopleTypeThem() {
        #expect(DiagnosticCode(name: "PS1201") == .unknownField)
        #expect(DiagnosticCode(name: "ps1201") == .unknownField)
        #expect(DiagnosticCode(name: "1201") == .unknownField)
        #expect(DiagnosticCode(name: "PS9999") == nil)
        #expect(DiagnosticCode.unknownField.name == "PS1201")
    }

    /// The staff guide's list cannot drift from the catalogue.
    @Test(arguments: MessageLanguage.allCases)
    func theGuidesListOfCodesIsTheCatalogue(language: MessageLanguage) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().path
        let written = try String(contentsOfFile: root + "/docs/codes.\(language.rawValue).md", encoding: .utf8)
        #expect(written == ExplanationText.catalogue(in: language),
                "run: swift run policysite explain --all --markdown --lang \(language.rawValue) > docs/codes.\(language.rawValue).md")
        for code in DiagnosticCode.allCases { #expect(written.contains("### \(code.name) ")) }
    }

    /// Each mistake of a site with many says something in each language,
    /// and not the same thing: no message exists in one language only.
    @Test func everyMessageOfAHostileSiteIsInBothLanguages() throws {
        let site = try TestSite.build([
            "Content/policies/a.zh.md": "---\ntitle: 甲\nissuer：区政府\npublished: 2023/5/6\nstatus: 有效\ntopics: [nope]\n---\n\n## 空\n## 二\n[x](../policies/none.zh.md) ![](https://t.example/p.png)\n",
            "Content/interpretations/b.zh.md": "---\ntitle: 乙\nagnecy: 区科技局\npublished: 2023-05-06\npolicy: zzz\n---\n\n正文\n",
            "Content/glossary/g.yaml": "- id: Bad\n  zh: { term: 甲 }\n- id: ok\n  related: [nope]\n",
            "Content/indicators/s.yaml": "title: 指标\nbaseline_year: 2020\n",
            "Content/indicators/s.csv": "id,name_zh,name_en,unit_zh,unit_en,baseline,target,attribute,bogus\nx,,X,%,%,1e5,abc%,指导性,1\n",
            "Content/pages/x.zh.md": "no front matter",
        ])
        #expect(site.result.diagnostics.count >= 12)
        for d in site.result.diagnostics {
            #expect(d.message(in: .zh).unicodeScalars.contains(where: Self.han.contains), "\(d.code.name): \(d.message(in: .zh))")
            #expect(d.message(in: .zh) != d.message(in: .en), "\(d.code.name): \(d.message)")
            if let hint = d.said.hint {
                #expect(hint.zh.unicodeScalars.contains(where: Self.han.contains) && hint.zh != hint.en, "\(d.code.name): \(hint.zh)")
            }
        }
    }

    @Test func theLanguageIsTheOptionThenTheEnvironmentThenTheSiteThenEnglish() {
        #expect(MessageLanguage.resolve(option: .en, environment: ["POLICYSITE_LANG": "zh"], siteLanguage: "zh") == .en)
        #expect(MessageLanguage.resolve(option: nil, environment: ["POLICYSITE_LANG": "zh_CN.UTF-8"], siteLanguage: "en") == .zh)
        #expect(MessageLanguage.resolve(option: nil, environment: ["POLICYSITE_LANG": "fr"], siteLanguage: "zh") == .zh)
        #expect(MessageLanguage.resolve(option: nil, environment: [:], siteLanguage: "zh") == .zh)
        #expect(MessageLanguage.resolve(option: nil, environment: [:], siteLanguage: "bo") == .en)
        #expect(MessageLanguage.resolve(option: nil, environment: [:], siteLanguage: nil) == .en)
        #expect(MessageLanguage.firstLanguage(inSiteYAML: "title: x\nlanguages: [zh, en]\n") == "zh")
        #expect(MessageLanguage.firstLanguage(inSiteYAML: "languages: [en, zh]\n") == "en")
        #expect(MessageLanguage.firstLanguage(inSiteYAML: "title: [broken\n") == nil)
    }

    @Test func theTextFormatSpeaksChineseWithTheSameCodes() {
        let d = Diagnostic.error("Content/a.zh.md", SourcePosition(line: 3, column: 1), .missingField("issuer"))
        #expect(DiagnosticFormat.text.render([d], in: .zh) == """
            Content/a.zh.md:3:1: error[PS1202]: 缺少必填字段“issuer”
                提示： 在前置信息中加上“issuer: …”
            1 个错误，0 个警告

            """)
    }
}

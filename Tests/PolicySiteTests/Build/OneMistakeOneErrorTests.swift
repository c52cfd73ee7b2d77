import Foundation
import Testing
@testable import PolicySite

/// SPEC §9: a document whose file failed still exists for links and
/// references, so its one mistake is one error.
@Suite struct OneMistakeOneErrorTests {
    @Test func aBadDateInAPolicyIsOneErrorNotThree() throws {
        let site = try TestSite.build([
            "Content/policies/plan.zh.md": policy("规划", published: "2021-02-30"),
            "Content/policies/plan.en.md": policy("Plan", published: "2021-02-30"),
            "Content/interpretations/plan.zh.md": interpretation("解读", policy: "plan", body: "见[原文](../policies/plan.zh.md)。"),
            "Content/interpretations/plan.en.md": interpretation("Reading", policy: "plan"),
            "Content/policies/other.zh.md": policy("其他", extra: "basis: [plan]\n"),
            "Content/policies/other.en.md": policy("Other", extra: "basis: [plan]\n"),
        ])
        #expect(site.errors.map(\.code) == [.badDate, .badDate], "\(site.report)")
        #expect(site.errors.map(\.file) == ["Content/policies/plan.en.md", "Content/policies/plan.zh.md"])
        #expect(site.warnings.isEmpty, "\(site.report)")
    }

    @Test func aDocumentThatIsNotUTF8IsNotAlsoMissing() throws {
        let root = try TestSite.makeFolder([
            "Content/policies/plan.zh.md": policy("规划"),
            "Content/interpretations/plan.zh.md": interpretation("解读", policy: "plan", body: "见[英文](../policies/plan.en.md)。"),
            "Content/interpretations/plan.en.md": interpretation("Reading", policy: "plan"),
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        // The English policy saved by an old editor, in GB18030.
        try Data([0x2D, 0x2D, 0x2D, 0x0A, 0xB9, 0xE6, 0xBB, 0xAE, 0x0A]).write(to: URL(fileURLWithPath: root + "/Content/policies/plan.en.md"))
        let result = Build(options: BuildOptions(root: root)).run()
        #expect(result.diagnostics.map(\.code) == [.notUTF8], "\(DiagnosticFormat.text.render(result.diagnostics))")
    }

    @Test func aCSVRejectedForItsEncodingIsNotAlsoMissing() throws {
        let root = try TestSite.makeFolder([
            "Content/indicators/plan.yaml": "title: 指标\nbaseline_year: 2020\ntarget_year: 2025\n",
            "Content/policies/plan.zh.md": policy("规划", extra: "indicators: [plan]\n", body: "正文。\n\n```indicators plan\n```"),
            "Content/policies/plan.en.md": policy("Plan", extra: "indicators: [plan]\n"),
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Data("id,name_zh\n".utf8 + [0xD6, 0xB8, 0xB1, 0xEA, 0x0A]).write(to: URL(fileURLWithPath: root + "/Content/indicators/plan.csv"))
        let result = Build(options: BuildOptions(root: root)).run()
        #expect(result.diagnostics.map(\.code) == [.notUTF8], "\(DiagnosticFormat.text.render(result.diagnostics))")
    }

    @Test func aDataSetWithAnErrorIsNotAlsoUnknownWhereItIsUsed() throws {
        let site = try TestSite.build([
            "Content/indicators/plan.yaml": "title: 指标\nbaseline_year: 2020\n",
            "Content/indicators/plan.csv": "id,name_zh,name_en,unit_zh,unit_en,baseline,target,attribute\nx,甲,A,%,%,1,2,expected\n",
            "Content/policies/plan.zh.md": policy("规划", extra: "indicators: [plan]\n", body: "正文。\n\n```indicators plan\n```"),
            "Content/policies/plan.en.md": policy("Plan", extra: "indicators: [plan]\n"),
        ])
        #expect(site.errors.map(\.code) == [.dataSetDescription], "\(site.report)")
    }
}

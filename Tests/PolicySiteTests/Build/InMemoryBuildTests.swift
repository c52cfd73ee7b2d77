import Foundation
import Testing
@testable import PolicySite

/// The fuzz target (Fuzz/) builds its inputs with `InMemoryBuild`: what
/// that makes must be what a build writes, or fuzzing would test another
/// pipeline than the real one.
@Suite struct InMemoryBuildTests {
    @Test func makesTheFilesABuildWrites() throws {
        let files = [
            "Content/policies/plan.zh.md": policy("规划", extra: "topics: [sci-tech]\nindicators: [main]\n",
                                                  body: "## 一、背景\n\n科技创新。[解读](../interpretations/plan-qa.zh.md)\n"),
            "Content/policies/plan.en.md": policy("Plan", extra: "topics: [sci-tech]\nindicators: [main]\n", body: "Innovation."),
            "Content/interpretations/plan-qa.zh.md": interpretation("解读", policy: "plan"),
            "Content/pages/about.zh.md": "---\ntitle: 关于\n---\n\n注[^1]\n\n[^1]: 脚注。\n",
            "Content/glossary/terms.yaml": """
                - id: innovation
                  zh: { term: 科技创新, definition: 创新。 }
                  en: { term: innovation, definition: Innovating. }
                """,
            "Content/indicators/main.yaml": "title: { zh: 指标, en: Indicators }\nbaseline_year: 2020\ntarget_year: 2025\n",
            "Content/indicators/main.csv": "id,name_zh,name_en,unit_zh,unit_en,baseline,target,attribute\nrd,研发,R&D,%,%,1.5,>7,expected\n",
        ]
        let site = try TestSite.build(files)
        #expect(site.result.succeeded, "\(site.report)")

        let sources = files.merging(["Content/site.yaml": TestSite.siteYAML]) { own, _ in own }
            .map { SourceFile(path: $0.key, text: $0.value) }
        let theme = try #require(ThemeLoader().load(overrides: [:], diagnostics: Diagnostics()))
        let diagnostics = Diagnostics()
        let made = try #require(InMemoryBuild(theme: theme).run(LoadedSite(sources: sources), diagnostics: diagnostics))
        #expect(diagnostics.all == site.result.diagnostics)

        // The writer's mark on the folder is no file of the site.
        let written = OutputTree.read(site.root + "/Output").filter { $0.key != OutputTarget.markName }
        #expect(Set(made.map(\.path)) == Set(written.keys))
        for file in made {
            guard case .bytes(let bytes) = file.content else {
                Issue.record("\(file.path) is not made")
                continue
            }
            #expect(written[file.path] == Data(bytes), "\(file.path)")
        }
    }
}

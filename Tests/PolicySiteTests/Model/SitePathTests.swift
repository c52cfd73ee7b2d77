import Testing
@testable import PolicySite

@Suite struct SitePathTests {
    @Test func relativeURLsBetweenPages() {
        let page = SitePath("en/policies/plan/")
        #expect(page.relativeURL(to: SitePath("en/interpretations/plan/")) == "../../interpretations/plan/")
        #expect(page.relativeURL(to: SitePath("policies/plan/")) == "../../../policies/plan/")
        #expect(page.relativeURL(to: SitePath("assets/site.css")) == "../../../assets/site.css")
        #expect(page.relativeURL(to: page) == "./")
        #expect(SitePath.root.relativeURL(to: SitePath("en/")) == "en/")
        #expect(SitePath.root.relativeURL(to: .root) == "./")
        #expect(SitePath("en/").relativeURL(to: .root) == "../")
    }

    @Test func outputFileOfPagesAndFiles() {
        #expect(SitePath("policies/plan/").outputFile == "policies/plan/index.html")
        #expect(SitePath.root.outputFile == "index.html")
        #expect(SitePath("indicators/main.csv").outputFile == "indicators/main.csv")
    }
}

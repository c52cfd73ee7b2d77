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
        #expect(SitePath("indicators/main.csv").relativeURL(to: SitePath("indicators/main.json")) == "main.json")
        #expect(SitePath("en//policies/").relativeURL(to: SitePath("en/policies/a/")) == "a/")
        #expect(SitePath("en/policies/a/").relativeURL(to: SitePath("en//policies//b/")) == "../b/")
        #expect(SitePath("indicators/main.csv").relativeURL(to: .root) == "../")
        #expect(SitePath("policies/plan/").relativeURL(to: SitePath("policies/plan/x.pdf")) == "x.pdf")
        #expect(SitePath("policies/plan/").relativeURL(to: SitePath("policies/planning/")) == "../planning/")
        #expect(SitePath("a/b/c/").relativeURL(to: SitePath("a/")) == "../../")
    }

    /// Non-ASCII paths compare by Character, so a static file's name in
    /// either Unicode form is the same folder.
    @Test func relativeURLsBetweenNonASCIIPaths() {
        let page = SitePath("static/caf\u{E9}/")
        #expect(page.relativeURL(to: SitePath("static/cafe\u{301}/menu.pdf")) == "menu.pdf")
        #expect(page.relativeURL(to: SitePath("static/文件/a.pdf")) == "../文件/a.pdf")
    }

    @Test func outputFileOfPagesAndFiles() {
        #expect(SitePath("policies/plan/").outputFile == "policies/plan/index.html")
        #expect(SitePath.root.outputFile == "index.html")
        #expect(SitePath("indicators/main.csv").outputFile == "indicators/main.csv")
    }
}

import Testing
@testable import PolicySite

@Suite struct EscapingTests {
    @Test func jsonStringsEscapeWhatCouldEndThemOrAScript() {
        #expect(JSONText.quoted("科技\"\\\n\t</script>&\u{1}") == #""科技\"\\\n\t\u003c/script\u003e\u0026\u0001""#)
        #expect(JSONText.quoted("a\u{2028}b\u{2029}c\u{2026}") == "\"a\\u2028b\\u2029c\u{2026}\"")
        #expect(JSONText.quoted("") == "\"\"")
    }

    @Test func markupEscapesAttributesAndText() {
        #expect(HTMLEscape.text("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        #expect(XMLText.escape("a\u{0}b\u{1F}c & d") == "abc &amp; d")
    }
}

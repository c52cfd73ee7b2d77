import Mustache
import Testing
@testable import PolicySite

@Suite struct TemplateContextTests {
    /// What the wrappers must not change: a template renders the same from
    /// the plain dictionary.
    @Test func rendersAsThePlainDictionary() throws {
        let template = try MustacheTemplate(string: """
            {{title}} {{{html}}} {{t.label}} {{#href}}<a href="{{href}}">{{title}}{{missing}}</a>{{/href}}
            {{^href}}none{{/href}}{{^absent}}absent{{/absent}}{{#empty}}[{{.}}]{{/empty}}
            {{#items}}{{#first()}}first {{/first()}}{{name}}{{#current}}*{{/current}}{{#date}}({{text}} {{title}}){{/date}},{{/items}}
            {{^empty(items)}}{{count(items)}} items{{/empty(items)}}{{^empty(none)}}never{{/empty(none)}}
            {{uppercased(title)}} {{#empty(blank)}}blank is empty{{/empty(blank)}} {{number}} {{flag}} {{more}}
            """)
        let context: [String: Any] = [
            "title": "科技 & <政策>", "html": "<p>x</p>", "t": ["label": "标签"], "href": "a/b/",
            "empty": "", "blank": "", "number": 3, "flag": false, "more": ["x", "y"], "none": [[String: Any]](),
            "items": [["name": "a", "current": true, "date": ["text": "2025"]], ["name": "b", "current": false]],
        ]
        let plain = template.render(context)
        #expect(template.render(TemplateContext(values: context, wrapsText: true)) == plain)
        #expect(template.render(TemplateContext(values: context, wrapsText: false)) == plain)
    }

    @Test func aTemplateNamingPartialsByVariableGetsPlainStrings() {
        let diagnostics = Diagnostics()
        let plain = ThemeLoader().load(overrides: [:], diagnostics: diagnostics)
        let dynamic = ThemeLoader().load(
            overrides: ["layouts/page.mustache": Array("{{>*which}}".utf8)], diagnostics: diagnostics)
        #expect(plain?.wrapsText == true)
        #expect(dynamic?.wrapsText == false)
    }
}

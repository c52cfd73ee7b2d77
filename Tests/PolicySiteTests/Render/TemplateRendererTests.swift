import Foundation
import Mustache
import Testing
@testable import PolicySite

/// The compiled renderer against swift-mustache, the reference: each case
/// renders a template (with its partials) through both and compares.
@Suite struct TemplateRendererTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let templates: [String: String]
        var testDescription: String { name }
    }

    static var context: [String: Any] { [
        "title": "科技 & <政策> 'q' \"d\"", "html": "<p>x</p>", "t": ["label": "标签", "colon": "："],
        "href": "a/b/", "emptyText": "", "number": 3, "zero": 0, "yes": true, "no": false,
        "words": ["b", "a", "c"], "none": [[String: Any]](), "nothing": [String](),
        "optional": String?.some("有") as Any, "absentOptional": String?.none as Any, "null": NSNull(),
        "nested": ["inner": ["deep": "深"], "title": "inner title"],
        "which": "partial", "lines": "one\ntwo\n",
        "items": [
            ["name": "a", "current": true, "date": ["text": "2025", "iso": "2025-01-01"], "children": [["name": "a1"]]],
            ["name": "b", "current": false, "children": [[String: Any]]()],
            ["name": "c<"],
        ],
    ] }

    static let cases: [Case] = [
        Case(name: "variables and escaping", templates: ["main": """
            {{title}} {{{html}}} {{&html}} {{t.label}}{{t.colon}} {{number}} {{yes}} {{no}} {{missing}}|
            {{optional}} {{absentOptional}} {{null}} {{nested.inner.deep}} {{nested.missing.deep}} {{words}}
            """]),
        Case(name: "sections", templates: ["main": """
            {{#href}}<a href="{{href}}">{{title}}{{.}}{{missing}}</a>{{/href}}{{^href}}none{{/href}}
            {{#emptyText}}[{{.}}]{{/emptyText}}{{^emptyText}}no text{{/emptyText}}
            {{#yes}}yes{{/yes}}{{#no}}no{{/no}}{{^no}}not no{{/no}}{{^missing}}missing{{/missing}}
            {{#none}}never{{/none}}{{^none}}empty list {{.}}{{/none}}{{#null}}null{{/null}}{{^null}}not null{{/null}}
            {{#nested}}{{title}} {{inner.deep}} {{.title}} {{.href}}|{{href}}{{/nested}}
            {{#optional}}opt {{.}}{{/optional}}{{#absentOptional}}absent {{.}}{{/absentOptional}}
            {{#number}}n={{.}}{{/number}}{{#zero}}z={{.}}{{/zero}}
            """]),
        Case(name: "lists and their places", templates: ["main": """
            <ul>
            {{#items}}
              <li{{#current}} class="on"{{/current}}>{{name}}{{#first()}} first{{/first()}}{{#last()}} last{{/last()}} {{index()}}{{#even()}} even{{/even()}}
              {{#date}}<time datetime="{{iso}}">{{text}} {{name}}</time>{{/date}}
              {{^empty(children)}}<ol>{{#children}}<li>{{name}}/{{title}}</li>{{/children}}</ol>{{/empty(children)}}
              </li>
            {{/items}}
            </ul>
            {{#words}}{{.}}{{^last()}}, {{/last()}}{{/words}}
            """]),
        Case(name: "transforms", templates: ["main": """
            {{count(items)}} {{empty(items)}} {{empty(none)}} {{uppercased(href)}} {{reversed(title)}} {{capitalized(href)}}
            {{#sorted(words)}}{{.}}{{/sorted(words)}} {{#reversed(words)}}{{.}}{{/reversed(words)}} {{first(words)}}
            {{#first(items)}}{{name}}{{/first(items)}} {{plusone(number)}} {{equalzero(zero)}} {{count(t)}} {{unknown(title)}}|
            {{#empty(emptyText)}}empty text{{/empty(emptyText)}} {{index()}}
            """]),
        Case(name: "partials and indentation", templates: [
            "main": """
                <div>
                  {{>part}}
                {{>part}}
                  <p>{{>part}}</p>
                {{#items}}
                    {{>item}}
                {{/items}}
                {{>missing}}
                {{>*which}}
                </div>
                """,
            "part": "line {{title}}\n{{{lines}}}  last\n",
            "partial": "dynamic {{href}}\n",
            "item": "<li>{{name}}{{#first()}}!{{/first()}}</li>\n  {{>part}}\n",
        ]),
        Case(name: "inheritance", templates: [
            "main": """
                {{<base}}
                {{$title}}Child {{title}}{{/title}}
                {{$body}}
                  <p>{{>part}}</p>
                  {{$inner}}kept{{/inner}}
                {{/body}}
                {{/base}}
                """,
            "base": """
                <title>{{$title}}Base{{/title}}</title>
                <main>
                  {{$body}}base body{{/body}}
                </main>
                {{$foot}}<footer>{{t.label}}</footer>{{/foot}}
                {{<frame}}{{$inner}}from base{{/inner}}{{/frame}}
                """,
            "frame": "[{{$inner}}frame{{/inner}}]\n",
            "part": "part {{href}}",
        ]),
        Case(name: "comments, delimiters and content types", templates: [
            "main": """
                {{! a comment }}
                {{title}}
                {{=<% %>=}}
                <% title %> <%& html %>
                <%={{ }}=%>
                {{% CONTENT_TYPE: TEXT}}
                {{title}}
                {{>part}}
                """,
            "part": "{{title}}\n",
        ]),
    ]

    @Test(arguments: cases) func rendersAsSwiftMustache(_ testCase: Case) throws {
        var library = MustacheLibrary()
        var compiled: [String: [TemplateNode]] = [:]
        for (name, text) in testCase.templates {
            let template = try MustacheTemplate(string: text)
            library.register(template, named: name)
            compiled[name] = try TemplateCompiler.compile(template)
        }
        let expected = try #require(library.render(Self.context, withTemplate: "main"))
        #expect(TemplateRenderer(templates: compiled).render(Self.context, template: "main") == expected)
    }

    /// If swift-mustache's parsed tokens change shape, the theme falls back
    /// to the library's rendering, slowly: this says so.
    @Test func theDefaultThemeCompiles() throws {
        let theme = try #require(ThemeLoader().load(overrides: [:], diagnostics: Diagnostics()))
        let renderer = try #require(theme.renderer)
        #expect(Set(renderer.templates.keys).isSuperset(of: ThemeLoader.requiredTemplates))
    }
}

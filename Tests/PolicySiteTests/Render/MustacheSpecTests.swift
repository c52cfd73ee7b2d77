import Foundation
import Mustache
import Testing
@testable import PolicySite

/// The Mustache specification's own test cases (`MustacheSpec/`, vendored
/// with its licence) run against the compiled renderer: swift-mustache
/// parses each template, `TemplateCompiler` compiles it and
/// `TemplateRenderer` renders it, as the theme's pages are rendered.
///
/// `TemplateRendererTests` compares the renderer with the library on the
/// theme's own constructs; this holds both to the standard. A case listed
/// in `skipped` or `asTheLibrary` is expected to fail, for the reason
/// given: if it starts to pass, the test fails until it is taken off the
/// list. A case in `asTheLibrary` must still render as swift-mustache
/// renders it, the renderer's reference.
@Suite struct MustacheSpecTests {
    /// Whole files the renderer does not take part in.
    static let skippedFiles: [String: String] = [
        "~lambdas": "lambdas are code in the host language (the JSON gives Ruby, Perl, JS, PHP, Python, Clojure); "
            + "page contexts hold data only (PageBuilder), and TemplateRenderer takes no lambdas",
    ]

    /// Single cases, by "file: name".
    static let skipped: [String: String] = [
        "interpolation: Implicit Iterators - Basic Interpolation": rootIsAMap,
        "interpolation: Implicit Iterators - HTML Escaping": rootIsAMap,
        "interpolation: Implicit Iterators - Triple Mustache": rootIsAMap,
        "interpolation: Implicit Iterators - Ampersand": rootIsAMap,
        "interpolation: Implicit Iterators - Basic Integer Interpolation": rootIsAMap,
        "sections: Implicit Iterator - Root-level": rootIsAMap,
    ]

    /// Cases swift-mustache itself does not pass (its own spec tests skip
    /// them), where the renderer renders as the library does.
    static let asTheLibrary: [String: String] = [
        "~inheritance: Intrinsic indentation": blockIndentation,
        "~inheritance: Nested block reindentation": blockIndentation,
    ]

    static let blockIndentation = "a block whose tags stand alone on their lines is to be indented like the "
        + "block it replaces; swift-mustache 2 indents it by the whitespace before its tag only, and the theme "
        + "has no block written that way"

    static let rootIsAMap = "the data is a text, number or list: TemplateRenderer.render takes a map as the root "
        + "context, as every page's context is one, so this case cannot be given to it"

    struct Case: CustomTestStringConvertible, Sendable {
        let file: String
        let name: String
        let template: String
        let partials: [String: String]
        let data: SpecValue
        let expected: String
        var key: String { "\(file): \(name)" }
        var testDescription: String { key }
    }

    /// The JSON data of a case as the values a page context holds.
    enum SpecValue: Decodable, Sendable {
        case null, bool(Bool), int(Int), double(Double), string(String), array([SpecValue]), object([String: SpecValue])

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .null }
            else if let value = try? container.decode(Bool.self) { self = .bool(value) }
            else if let value = try? container.decode(Int.self) { self = .int(value) }
            else if let value = try? container.decode(Double.self) { self = .double(value) }
            else if let value = try? container.decode(String.self) { self = .string(value) }
            else if let value = try? container.decode([SpecValue].self) { self = .array(value) }
            else { self = .object(try container.decode([String: SpecValue].self)) }
        }

        var context: Any {
            switch self {
            case .null: return NSNull()
            case .bool(let value): return value
            case .int(let value): return value
            case .double(let value): return value
            case .string(let value): return value
            case .array(let values): return values.map(\.context)
            case .object(let values): return values.mapValues(\.context)
            }
        }
    }

    private struct SpecFile: Decodable {
        struct Test: Decodable {
            let name: String
            let data: SpecValue
            let template: String
            let partials: [String: String]?
            let expected: String
        }
        let tests: [Test]
    }

    static let folder = Bundle.module.url(forResource: "MustacheSpec", withExtension: nil)!

    static func files() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(".json".count)) }.sorted()
    }

    static let cases: [Case] = files().filter { skippedFiles[$0] == nil }.flatMap { file -> [Case] in
        let data = try! Data(contentsOf: folder.appendingPathComponent(file + ".json"))
        return try! JSONDecoder().decode(SpecFile.self, from: data).tests.map {
            Case(file: file, name: $0.name, template: $0.template, partials: $0.partials ?? [:], data: $0.data, expected: $0.expected)
        }
    }

    @Test(arguments: cases) func rendersAsTheSpecificationSays(_ spec: Case) throws {
        var library = MustacheLibrary()
        var compiled: [String: [TemplateNode]] = [:]
        for (name, text) in spec.partials.merging(["__test__": spec.template], uniquingKeysWith: { $1 }) {
            let template = try MustacheTemplate(string: text)
            library.register(template, named: name)
            compiled[name] = try TemplateCompiler.compile(template)
        }
        func run() throws {
            let context = try #require(spec.data.context as? [String: Any], "the data is not a map")
            #expect(TemplateRenderer(templates: compiled).render(context, template: "__test__") == spec.expected)
        }
        if let reason = Self.skipped[spec.key] ?? Self.asTheLibrary[spec.key] {
            withKnownIssue(Comment(rawValue: reason)) { try run() }
        } else {
            try run()
        }
        if Self.asTheLibrary[spec.key] != nil, let context = spec.data.context as? [String: Any] {
            #expect(TemplateRenderer(templates: compiled).render(context, template: "__test__")
                == library.render(context, withTemplate: "__test__"))
        }
    }

    /// The skip lists name what is there, so they cannot hide a case
    /// that was renamed; and the specification is all there.
    @Test func theSkipListsNameRealCasesAndEveryFileIsThere() {
        #expect(Set(Self.files()) == [
            "comments", "delimiters", "interpolation", "inverted", "partials", "sections",
            "~dynamic-names", "~inheritance", "~lambdas",
        ])
        #expect(Set(Self.skippedFiles.keys).isSubset(of: Self.files()))
        let names = Set(Self.cases.map(\.key))
        #expect(Set(Self.skipped.keys).union(Self.asTheLibrary.keys).subtracting(names).isEmpty)
        #expect(Self.cases.count == 181)
    }
}

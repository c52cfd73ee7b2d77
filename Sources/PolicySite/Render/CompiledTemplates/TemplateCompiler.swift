import Mustache

/// Turns templates swift-mustache has parsed into `TemplateNode`s, which
/// `TemplateRenderer` renders without the library's dynamic casts.
///
/// Why: rendering through the library, every `{{name}}` split the name,
/// and cast each object on the context stack and the value found to half a
/// dozen protocols; that was two fifths of a 10,000-page build. The
/// library still parses every template (so its syntax and its errors are
/// the templates'); its parsed tokens are internal, so they are read here by
/// reflection. If they ever stop having the shape read here, compiling
/// fails and the theme renders through the library as before.
enum TemplateCompiler {
    struct Unexpected: Error {
        let what: String
    }

    static func compile(_ template: MustacheTemplate) throws(Unexpected) -> [TemplateNode] {
        guard let tokens = Mirror(reflecting: template).children.first(where: { $0.label == "tokens" })?.value,
              Mirror(reflecting: tokens).displayStyle == .collection else {
            throw Unexpected(what: "a template without tokens")
        }
        var nodes: [TemplateNode] = []
        for child in Mirror(reflecting: tokens).children {
            if let node = try node(child.value) { nodes.append(node) }
        }
        return nodes
    }

    /// One token; nil for one that renders nothing.
    private static func node(_ token: Any) throws(Unexpected) -> TemplateNode? {
        guard let (kind, payload) = Mirror(reflecting: token).children.first.map({ ($0.label, $0.value) }) else {
            throw Unexpected(what: "a token without a case")
        }
        let fields = Mirror(reflecting: payload).displayStyle == .tuple
            ? Mirror(reflecting: payload).children.map(\.value) : [payload]
        switch (kind, fields.count) {
        case ("text", 1):
            return .text(try field(fields[0], as: String.self))
        case ("variable", 2), ("unescapedVariable", 2):
            let name = TemplateName(try field(fields[0], as: String.self), transforms: try field(fields[1], as: [String].self))
            return .variable(name, escaped: kind == "variable")
        case ("section", 3), ("invertedSection", 3):
            let name = TemplateName(try field(fields[0], as: String.self), transforms: try field(fields[1], as: [String].self))
            return .section(name, try compile(try field(fields[2], as: MustacheTemplate.self)), inverted: kind == "invertedSection")
        case ("blockDefinition", 2):
            // Only inside a parent, which the library already gathered into the partial's overrides.
            return nil
        case ("blockExpansion", 3):
            return .block(name: try field(fields[0], as: String.self),
                          default: try compile(try field(fields[1], as: MustacheTemplate.self)),
                          indentation: try field(fields[2], as: String?.self))
        case ("partial", 3), ("dynamicNamePartial", 3):
            var overrides: [String: [TemplateNode]]?
            if let inherits = try field(fields[2], as: [String: MustacheTemplate]?.self) {
                overrides = [:]
                for (name, template) in inherits { overrides?[name] = try compile(template) }
            }
            return .partial(name: try field(fields[0], as: String.self), dynamic: kind == "dynamicNamePartial",
                            indentation: try field(fields[1], as: String?.self), overrides: overrides)
        case ("contentType", 1):
            let type = try field(fields[0], as: (any MustacheContentType).self)
            return .contentType(type is HTMLContentType ? .html : .custom(type))
        default:
            throw Unexpected(what: "a token \(kind ?? "?") with \(fields.count) fields")
        }
    }

    private static func field<T>(_ value: Any, as type: T.Type) throws(Unexpected) -> T {
        guard let typed = value as? T else { throw Unexpected(what: "a \(Swift.type(of: value)) where \(T.self) was expected") }
        return typed
    }
}

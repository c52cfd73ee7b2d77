import Mustache

/// One piece of a compiled template (see `TemplateCompiler`): what
/// swift-mustache parsed, with every name split once instead of at each
/// lookup.
indirect enum TemplateNode: Sendable {
    case text(String)
    case variable(TemplateName, escaped: Bool)
    case section(TemplateName, [TemplateNode], inverted: Bool)
    /// `{{$name}}default{{/name}}` outside a parent: a block a child template may override.
    case block(name: String, default: [TemplateNode], indentation: String?)
    /// `{{>name}}`, `{{>*name}}` (the name read from the context) and
    /// `{{<parent}}…{{/parent}}` with the blocks it overrides.
    case partial(name: String, dynamic: Bool, indentation: String?, overrides: [String: [TemplateNode]]?)
    /// `{{% CONTENT_TYPE: … }}`: how the rest of the template escapes `{{name}}`.
    case contentType(TemplateEscaping)
}

/// How `{{name}}` is escaped.
enum TemplateEscaping: Sendable {
    /// HTML, by `HTMLEscape`: the library's default and our `HTML` type.
    case html
    /// Any other registered content type (`TEXT` leaves text as it is).
    case custom(any MustacheContentType)

    func escape(_ text: String) -> String {
        switch self {
        case .html: return HTMLEscape.text(text)
        case .custom(let type): return type.escapeText(text)
        }
    }
}

/// A name as a template writes it, `{{a.b}}` or `{{empty(list)}}`.
final class TemplateName: Sendable {
    enum Start: Sendable {
        /// `{{.}}`: the innermost object.
        case current
        /// `{{first()}}` and the like, with no name: the place in the list being rendered.
        case sequence
        /// `{{.a.b}}`: looked up in the innermost object only.
        case innermost
        /// `{{a.b}}`: the first part found in the innermost object that has it.
        case stack
    }

    let start: Start
    /// The parts between dots; empty parts are dropped, as the library drops them.
    let parts: [String]
    /// Applied last first: `{{empty(list)}}` has `["empty"]`.
    let transforms: [String]

    init(_ name: String, transforms: [String]) {
        self.transforms = transforms
        parts = name.split(separator: ".").map(String.init)
        if name == "." {
            start = .current
        } else if name.isEmpty, !transforms.isEmpty {
            start = .sequence
        } else if name.first == "." {
            start = .innermost
        } else {
            start = .stack
        }
    }
}

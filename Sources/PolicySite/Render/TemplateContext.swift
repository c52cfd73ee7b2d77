import Mustache

/// A context dictionary as the templates see it: swift-mustache finds
/// names in it as in the dictionary, and receives its strings as
/// `TemplateText` and its nested dictionaries as `TemplateContext`.
///
/// Why: for every `{{name}}` the library tries a run of dynamic casts on
/// what it finds (representation, parent, template, renderable, lambda,
/// optional, then `String(describing:)`), and on a `String` pushed by a
/// section (`{{#href}}`) it reflects a `Mirror` for each name looked up
/// inside. Casts and protocol lookups were a quarter of rendering. A
/// value that is a `MustacheParent` and a `MustacheCustomRenderable` stops
/// at the first cast that applies. Values are wrapped when looked up, so
/// the builders keep writing plain dictionaries and strings.
struct TemplateContext: MustacheParent, MustacheTransformable {
    /// Not generic over the value type: a generic context's lookups ran
    /// unspecialised, asking the runtime for type metadata each time.
    private enum Values {
        case any([String: Any])
        /// Interface strings (`t`).
        case strings([String: String])
    }

    private let values: Values
    let wrapsText: Bool

    init(values: [String: Any], wrapsText: Bool) {
        self.values = .any(values)
        self.wrapsText = wrapsText
    }

    init(strings: [String: String], wrapsText: Bool) {
        values = .strings(strings)
        self.wrapsText = wrapsText
    }

    func child(named name: String) -> Any? {
        switch values {
        case .any(let values): return values[name].map(wrap)
        case .strings(let strings): return strings[name].map { wrapsText ? TemplateText(text: $0) as Any : $0 }
        }
    }

    func transform(_ name: String) -> Any? {
        switch values {
        case .any(let values): return values.transform(name)
        case .strings(let strings): return strings.transform(name)
        }
    }

    /// Types compared, not cast: a failed cast to `String` asks the runtime
    /// about bridging conformances.
    private func wrap(_ value: Any) -> Any {
        let type = type(of: value)
        if type == String.self { return wrapsText ? TemplateText(text: value as! String) : value }
        if type == [String: Any].self { return TemplateContext(values: value as! [String: Any], wrapsText: wrapsText) }
        if type == [[String: Any]].self {
            return (value as! [[String: Any]]).map { TemplateContext(values: $0, wrapsText: wrapsText) }
        }
        if type == [String: String].self { return TemplateContext(strings: value as! [String: String], wrapsText: wrapsText) }
        return value
    }
}

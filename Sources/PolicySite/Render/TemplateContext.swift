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
struct TemplateContext<Value>: MustacheParent, MustacheTransformable {
    let values: [String: Value]
    let wrapsText: Bool

    func child(named name: String) -> Any? {
        values[name].map { wrap($0) }
    }

    func transform(_ name: String) -> Any? {
        values.transform(name)
    }

    /// Types compared, not cast: a failed cast to `String` asks the runtime
    /// about bridging conformances.
    private func wrap(_ value: Any) -> Any {
        let type = type(of: value)
        if type == String.self { return wrapsText ? TemplateText(text: value as! String) : value }
        if type == [String: Any].self { return TemplateContext<Any>(values: value as! [String: Any], wrapsText: wrapsText) }
        if type == [[String: Any]].self {
            return (value as! [[String: Any]]).map { TemplateContext<Any>(values: $0, wrapsText: wrapsText) }
        }
        if type == [String: String].self { return TemplateContext<String>(values: value as! [String: String], wrapsText: wrapsText) }
        return value
    }
}

import Mustache

/// A string as the templates see it (see `TemplateContext`): rendered as
/// itself, with no names inside it, and the same transforms as `String`.
struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable {
    let text: String

    var renderText: String { text }
    var isNull: Bool { false }

    /// A name inside a `{{#text}}` section is looked for further out, as
    /// it is for a `String`.
    func child(named name: String) -> Any? { nil }

    func transform(_ name: String) -> Any? {
        text.transform(name)
    }
}

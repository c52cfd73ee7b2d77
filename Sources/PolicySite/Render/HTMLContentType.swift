import Mustache

/// The escaping `{{ }}` does in templates: the same five characters as
/// swift-mustache's own HTML escaping, but without copying text that has
/// none of them. The library's version looked up every Character in a
/// dictionary, an eighth of a 10,000-page build.
///
/// swift-mustache starts every template with its built-in escaper; a
/// template switches with the `CONTENT_TYPE` pragma, so `ThemeLoader` puts
/// `{{% CONTENT_TYPE: HTML}}`, naming this type, at the start of each one.
struct HTMLContentType: MustacheContentType {
    static let pragma = "{{% CONTENT_TYPE: HTML}}"

    /// Replaces the library's "HTML" type; done once, before any template is parsed.
    static let registered: Void = {
        MustacheContentTypes.register(HTMLContentType(), named: "HTML")
    }()

    func escapeText(_ text: String) -> String {
        HTMLEscape.text(text)
    }
}

import Foundation
import Mustache

/// The templates, interface strings and assets a site is rendered with.
public struct Theme: Sendable {
    let library: MustacheLibrary
    /// The same templates compiled (`TemplateCompiler`); nil if they could
    /// not be, and then the library renders them.
    let renderer: TemplateRenderer?
    /// Interface strings per language code.
    let strings: [String: [String: String]]
    /// Files copied to the output, by output path (`assets/site.css`).
    let assets: [String: [UInt8]]

    /// The strings for `language`: its own table, else English, else the
    /// first table there is, so a third language still gets labels.
    func strings(for language: Language) -> [String: String] {
        strings[language.code] ?? strings["en"] ?? strings.values.first ?? [:]
    }

    /// One interface string, with `{name}` placeholders filled in.
    func text(_ key: String, _ language: Language, _ values: [String: String] = [:]) -> String {
        var text = strings(for: language)[key] ?? key
        for (name, value) in values { text = LiteralReplacement.replacing("{\(name)}", with: value, in: text) }
        return text
    }

    /// A language's name in itself, for the switcher: from its own strings
    /// table, else from the system's locale data (français, 日本語), never
    /// from another language's table.
    func languageName(_ language: Language) -> String {
        strings[language.code]?["language_name"]
            ?? Locale(identifier: language.code).localizedString(forLanguageCode: language.code)
            ?? language.code
    }

    func render(_ context: [String: Any], template: String) -> String {
        if let renderer { return renderer.render(context, template: template) ?? "" }
        return library.render(context, withTemplate: template) ?? ""
    }
}

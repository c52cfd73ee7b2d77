import DefaultTheme
import Mustache
import Yams

/// Builds the theme: the default one, with the site's own `Templates/`
/// files taking the place of the default's file by file.
public struct ThemeLoader: Sendable {
    /// Templates every build renders with; a missing one is an error.
    static let requiredTemplates = ["base", "home", "list", "policy", "interpretation", "page", "notfound", "search"]

    public init() {}

    public func load(overrides: [String: [UInt8]], diagnostics: Diagnostics) -> Theme? {
        var files = DefaultTheme.files
        for (path, bytes) in overrides { files[path] = bytes }

        var library = MustacheLibrary()
        var compiled: [String: [TemplateNode]]? = [:]
        var strings: [String: [String: String]] = [:]
        var assets: [String: [UInt8]] = [:]
        var ok = true
        for path in files.keys.sorted() {
            let bytes = files[path]!
            let shown = "Templates/" + path
            if path.hasPrefix("assets/") {
                assets[path] = bytes
                continue
            }
            guard case .success(let text) = TextDecoding.decode(bytes) else {
                diagnostics.report(.error(shown, .none, .templateNotUTF8))
                ok = false
                continue
            }
            if path.hasPrefix("layouts/"), path.hasSuffix(".mustache") {
                let name = String(path.dropFirst("layouts/".count).dropLast(".mustache".count))
                do {
                    // On the first line, so error lines stay right.
                    _ = HTMLContentType.registered
                    let template = try MustacheTemplate(string: HTMLContentType.pragma + text)
                    library.register(template, named: name)
                    // A theme whose templates cannot all be compiled renders through the library.
                    if compiled != nil, let nodes = try? TemplateCompiler.compile(template) {
                        compiled?[name] = nodes
                    } else {
                        compiled = nil
                    }
                } catch let error as MustacheTemplate.ParserError {
                    diagnostics.report(.error(
                        shown, SourcePosition(
                            line: error.context.lineNumber,
                            column: error.context.columnNumber - (error.context.lineNumber == 1 ? HTMLContentType.pragma.count : 0)),
                        .templateSyntax("\(error.error)")))
                    ok = false
                } catch {
                    diagnostics.report(.error(shown, .none, .templateSyntax("\(error)")))
                    ok = false
                }
            } else if path.hasPrefix("i18n/"), path.hasSuffix(".yaml") {
                let code = String(path.dropFirst("i18n/".count).dropLast(".yaml".count))
                let yaml = YAMLSource(path: shown, lineOffset: 0, diagnostics: diagnostics)
                guard let node = yaml.parse(text), case .mapping(let map) = node else {
                    ok = false
                    continue
                }
                var table = strings[code] ?? [:]
                for (key, value) in map {
                    if let key = key.string, let value = yaml.text(value, field: key) { table[key] = value }
                }
                strings[code] = table
            }
        }
        // A site's i18n file may hold only the keys it changes.
        for (code, table) in strings {
            if let base = DefaultTheme.files["i18n/\(code).yaml"], overrides["i18n/\(code).yaml"] != nil,
               case .success(let text) = TextDecoding.decode(base),
               case .mapping(let map)? = try? Yams.compose(yaml: text) {
                var merged: [String: String] = [:]
                for (key, value) in map { if let k = key.string, let v = value.string { merged[k] = v } }
                strings[code] = merged.merging(table) { $1 }
            }
        }
        for name in Self.requiredTemplates where library.getTemplate(named: name) == nil {
            diagnostics.report(.error("Templates/layouts/\(name).mustache", .none, .templateMissing(name)))
            ok = false
        }
        return ok ? Theme(library: library, renderer: compiled.map(TemplateRenderer.init), strings: strings, assets: assets) : nil
    }
}

import Yams

/// What `import` needs to know of files already in the site. Unreadable
/// files give nothing: `policysite check` reports them better.
public enum ExistingContent {
    /// The `title` in a content file's front matter.
    public static func title(ofContentFile text: String) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---"),
              let root = try? Yams.compose(yaml: lines[1..<end].joined(separator: "\n"))
        else { return nil }
        return root["title"]?.string
    }

    /// The terms and aliases a glossary file (SPEC §6) defines in `language`.
    public static func terms(inGlossary text: String, language: String) -> Set<String> {
        guard case .sequence(let entries)? = try? Yams.compose(yaml: text) else { return [] }
        var terms: Set<String> = []
        for entry in entries {
            guard let localized = entry[language] else { continue }
            if let term = localized["term"]?.string { terms.insert(term) }
            if case .sequence(let aliases)? = localized["aliases"] { terms.formUnion(aliases.compactMap(\.string)) }
        }
        return terms
    }
}

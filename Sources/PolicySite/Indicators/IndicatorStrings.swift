/// The theme's interface strings for indicator tables and charts in one
/// language. Tables inside Markdown are made in the parse stage, so this
/// works from the theme alone; without one (the theme failed to load, and
/// the build will stop anyway) a key stands in for its text.
struct IndicatorStrings {
    let theme: Theme?
    let language: Language

    func callAsFunction(_ key: String, _ values: [String: String] = [:]) -> String {
        theme?.text(key, language, values) ?? key
    }

    func attribute(_ attribute: IndicatorAttribute) -> String { self("indicator_attribute_\(attribute.rawValue)") }

    func year(_ year: Int) -> String { self("indicator_year", ["year": String(year)]) }
}

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

    /// The status in words, never a colour alone; a binding indicator
    /// behind its plan says that it is binding, as the report must.
    func status(_ status: IndicatorProgress.Status, of indicator: Indicator) -> String {
        status == .behind && indicator.attribute == .binding ? self("indicator_status_behind_binding")
            : self("indicator_status_\(status.rawValue)")
    }

    /// The one-line count of a data set's statuses.
    func summary(_ summary: ProgressSummary) -> String {
        var values = Dictionary(uniqueKeysWithValues: IndicatorProgress.Status.allCases.map { ($0.rawValue, String(summary.count($0))) })
        values["year"] = summary.latestYear.map(String.init) ?? ""
        return self(summary.latestYear == nil ? "indicator_progress_summary_no_data" : "indicator_progress_summary", values)
    }
}

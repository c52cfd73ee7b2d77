/// Messages about indicator data sets, `Content/indicators/<id>.yaml` and
/// `<id>.csv` (15xx).
extension Message {
    /// The hint for a data set id that names none.
    static let whereDataSetsAre = Bilingual(zh: "数据集是 Content/indicators/<id>.yaml，旁边有 <id>.csv",
                                            en: "data sets are Content/indicators/<id>.yaml with <id>.csv beside it")

    static func dataSetIDNotASlug(_ id: String) -> Message {
        Message(.dataSetID, zh: "“\(id)”不是有效的数据集 id", en: "'\(id)' is not a valid data set id", hint: Slug.rule(for: id))
    }

    static func dataSetIDReserved(_ id: String) -> Message {
        Message(.dataSetID,
                zh: "数据集 id“\(id)”已被实施进展报告（indicators/\(id)/）占用",
                en: "the data set id '\(id)' is taken by the plan progress report, indicators/\(id)/",
                hint: Bilingual(zh: "把 \(id).yaml 和 \(id).csv 改名，例如改为 plan-\(id).yaml 和 plan-\(id).csv",
                                en: "rename \(id).yaml and \(id).csv, e.g. to plan-\(id).yaml and plan-\(id).csv"))
    }

    static func dataSetWithoutRows(_ id: String) -> Message {
        Message(.dataSetFileMissing,
                zh: "数据集“\(id)”没有数据行：缺少 Content/indicators/\(id).csv",
                en: "the data set '\(id)' has no rows: Content/indicators/\(id).csv is missing",
                hint: Bilingual(zh: "把指标表导出为 \(id).csv，放在此文件旁边", en: "export the indicator table as \(id).csv next to this file"))
    }

    static func dataSetWithoutDescription(_ id: String) -> Message {
        Message(.dataSetFileMissing,
                zh: "数据集“\(id)”没有说明：缺少 Content/indicators/\(id).yaml",
                en: "the data set '\(id)' has no description: Content/indicators/\(id).yaml is missing",
                hint: Bilingual(zh: "加上 \(id).yaml，写明 title、baseline_year 和 target_year",
                           en: "add \(id).yaml with title, baseline_year and target_year"))
    }

    static let emptyDataSetDescription = Message(
        .dataSetDescription,
        zh: "此数据集说明是空的",
        en: "this data set description is empty",
        hint: Bilingual(zh: "至少写上 title、baseline_year 和 target_year", en: "give at least title, baseline_year and target_year"))

    static let dataSetDescriptionNotAMap = Message(
        .dataSetDescription,
        zh: "数据集说明应是字段的映射（title:、baseline_year:、target_year: …）",
        en: "a data set description must be a map of fields (title:, baseline_year:, target_year: …)")

    static func dataSetLacks(_ key: String) -> Message {
        Message(.dataSetDescription,
                zh: "数据集没有“\(key)”",
                en: "the data set has no '\(key)'",
                hint: Bilingual(zh: "加上“\(key):”", en: "add '\(key):'"))
    }

    static func targetNotAfterBaseline(target: Int, baseline: Int) -> Message {
        Message(.dataSetDescription,
                zh: "target_year \(target) 不晚于 baseline_year \(baseline)",
                en: "target_year \(target) is not after baseline_year \(baseline)",
                hint: Bilingual(zh: "目标年份应在基期年份之后，例如 baseline_year: 2020、target_year: 2025",
                           en: "the target year comes after the baseline year, e.g. baseline_year: 2020, target_year: 2025"))
    }

    static func noHeaderRow(required: [String]) -> Message {
        Message(.csvHeader,
                zh: "此 CSV 文件没有表头行",
                en: "this CSV file has no header row",
                hint: Bilingual(zh: "第一行写列名：" + required.joined(separator: ","),
                           en: "the first line names the columns: " + required.joined(separator: ",")))
    }

    static func columnTwice(_ name: String, field: Int, first: Int) -> Message {
        Message(.csvHeader,
                zh: "第 \(field) 列（\(name)）：列“\(name)”出现了两次，另一次是第 \(first) 列",
                en: "field \(field) (\(name)): the column '\(name)' appears twice, also as field \(first)",
                hint: Bilingual(zh: "只保留其中一列", en: "keep one of them"))
    }

    static func columnMissing(_ name: String, required: [String]) -> Message {
        let list = required.joined(separator: ", ")
        return Message(.csvHeader,
                       zh: "表头行缺少列“\(name)”",
                       en: "the column '\(name)' is missing from the header row",
                       hint: Bilingual(zh: "表头行要有 \(list)，顺序不限", en: "the header row must name \(list), in any order"))
    }

    static func unknownColumn(_ name: String, field: Int, known: [String], suggestion: String?) -> Message {
        Message(.csvUnknownColumn,
                zh: "第 \(field) 列（\(name)）：未知的列，已忽略",
                en: "field \(field) (\(name)): unknown column, ignored",
                hint: suggestion.map(didYouMean)
                    ?? Bilingual(zh: "可用的列是 \(known.joined(separator: ", ")) 和 2021 这样的年份",
                            en: "the columns are \(known.joined(separator: ", ")) and years such as 2021"))
    }

    /// `missing`: the name of the first field the row lacks; nil when it has too many.
    static func fieldCount(_ count: Int, header: Int, field: Int, missing: String?) -> Message {
        Message(.csvFieldCount,
                zh: missing.map { "第 \(field) 列（\($0)）缺失：这一行有 \(count) 列，表头行有 \(header) 列" }
                    ?? "第 \(field) 列是多出来的：这一行有 \(count) 列，表头行有 \(header) 列",
                en: missing.map { "field \(field) (\($0)) is missing: this row has \(count) fields but the header row has \(header)" }
                    ?? "field \(field) is extra: this row has \(count) fields but the header row has \(header)",
                hint: Bilingual(zh: "值中有逗号时要用英文双引号括起来，例如 \"10,000 人\"；也检查每个左双引号都有对应的右双引号",
                           en: "a comma inside a value needs the value in double quotes, e.g. \"10,000 people\"; check too that every opening double quote is closed"))
    }

    /// A cell's problem, led by the field it is in: `field 3 (baseline): …`.
    static func inField(_ field: Int, _ name: String, _ inner: Message) -> Message {
        Message(inner.code,
                zh: "第 \(field) 列（\(name)）：\(inner.text.zh)",
                en: "field \(field) (\(name)): \(inner.text.en)",
                hint: inner.hint)
    }

    static let indicatorWithoutID = Message(
        .indicatorID,
        zh: "这个指标没有 id",
        en: "the indicator has no id",
        hint: Bilingual(zh: "每一行都要有 id，例如 rd-spending-growth", en: "give every row an id such as rd-spending-growth"))

    static func indicatorIDNotASlug(_ id: String) -> Message {
        Message(.indicatorID, zh: "“\(id)”不是有效的指标 id", en: "'\(id)' is not a valid indicator id", hint: Slug.rule(for: id))
    }

    static func indicatorIDRepeated(_ id: String, firstLine: Int) -> Message {
        Message(.indicatorID,
                zh: "id“\(id)”在第 \(firstLine) 行也用过",
                en: "the id '\(id)' is also used on line \(firstLine)",
                hint: Bilingual(zh: "数据集中每个指标的 id 都不能相同", en: "every indicator in a data set needs its own id"))
    }

    static let indicatorWithoutName = Message(
        .indicatorName,
        zh: "这个指标没有这种语言的名称",
        en: "the indicator has no name in this language",
        hint: Bilingual(zh: "填写这一格，或在 site.yaml 的 languages 中去掉这种语言",
                   en: "fill in this cell, or remove the language from site.yaml's languages"))

    static func tooLargeForAFigure(_ text: String) -> Message {
        Message(.indicatorValue,
                zh: "“\(text)”太大，不能作为数值",
                en: "'\(text)' is too large to be a figure",
                hint: Bilingual(zh: "检查是否漏了小数点，或数字输入了两遍", en: "check for a missing decimal point or digits typed twice"))
    }

    static func notAnIndicatorValue(_ text: String) -> Message {
        Message(.indicatorValue,
                zh: "“\(text)”不是指标可以取的值",
                en: "'\(text)' is not a value an indicator can have",
                hint: Bilingual(zh: "写数字，如 1,234.5 或 -3，前面可加 >、≥、<、≤ 或 ~，规划期累计数用 [ ] 括起来；或写“翻一番”这样的文字；没有数据就留空（% 等单位写在 unit_zh 和 unit_en 中）",
                           en: "write a number such as 1,234.5 or -3, optionally with >, ≥, <, ≤ or ~ in front or [ ] around it for a plan-period total; words such as 翻一番; or leave the cell empty when there is no data (units such as % belong in unit_zh and unit_en)"))
    }

    static func scientificNotation(_ text: String) -> Message {
        Message(.spreadsheetArtefact,
                zh: "“\(text)”是电子表格的科学计数法，会被当作文字",
                en: "'\(text)' is a number in a spreadsheet's scientific notation, which is read as text",
                hint: Bilingual(zh: "写出完整的数，例如 1e5 写作 100000（在 Excel 中先把该列设为“数值”格式，再另存为 CSV）",
                           en: "write the figure in full, e.g. 100000 for 1e5 (in Excel, format the column as Number before saving as CSV)"))
    }

    static func programNonNumber(_ text: String) -> Message {
        Message(.spreadsheetArtefact,
                zh: "“\(text)”是程序表示缺失或无效数字的写法，不是文字",
                en: "'\(text)' is what a program writes for a missing or impossible number, not text",
                hint: Bilingual(zh: "写上数值；没有数据就留空", en: "write the figure, or leave the cell empty when there is no data"))
    }

    static func formulaError(_ text: String) -> Message {
        Message(.spreadsheetArtefact,
                zh: "“\(text)”是电子表格公式的错误值，不是文字",
                en: "'\(text)' is a spreadsheet formula's error, not text",
                hint: Bilingual(zh: "另存为 CSV 之前，先在电子表格中改正公式或填上数值",
                           en: "fix the formula in the spreadsheet, or write the figure, before saving as CSV"))
    }

    static func badAttribute(_ raw: String) -> Message {
        Message(.indicatorAttribute,
                zh: raw.isEmpty ? "属性是空的" : "“\(raw)”不是指标属性",
                en: raw.isEmpty ? "the attribute is empty" : "'\(raw)' is not an attribute",
                hint: Bilingual(zh: "写 expected（预期性）或 binding（约束性）", en: "write expected (预期性) or binding (约束性)"))
    }
}

extension Explanations {
    static let indicators: [DiagnosticCode: Explanation] = [
        .dataSetID: Explanation(
            "数据集文件名不是有效的 id", "A data set file name that is not an id",
            zh: "数据集的文件名（去掉 .yaml/.csv）就是它的 id，只能用 a-z、数字和单个连字符。",
            en: "A data set's file name (without .yaml/.csv) is its id: a-z, digits and single hyphens only.",
            file: "Content/indicators/十四五指标.csv",
            wrong: "Content/indicators/十四五指标.csv", right: "Content/indicators/plan-14.csv"),
        .dataSetFileMissing: Explanation(
            "数据集缺少 .yaml 或 .csv", "A data set without its .yaml or .csv",
            zh: "每个数据集是一对文件：<id>.yaml 写说明，<id>.csv 写数据行。",
            en: "A data set is a pair of files: <id>.yaml describes it, <id>.csv holds its rows.",
            file: "Content/indicators/plan-14.yaml",
            wrong: "Content/indicators/plan-14.yaml", right: "Content/indicators/plan-14.yaml\nContent/indicators/plan-14.csv"),
        .dataSetDescription: Explanation(
            "数据集说明写得不对", "A wrong data set description",
            zh: "数据集的 .yaml 要有 title、baseline_year 和 target_year，目标年份在基期年份之后。",
            en: "A data set's .yaml needs title, baseline_year and target_year, the target after the baseline.",
            file: "Content/indicators/plan-14.yaml",
            wrong: "title: 主要指标\nbaseline_year: 2025\ntarget_year: 2020", right: "title: 主要指标\nbaseline_year: 2020\ntarget_year: 2025"),
        .csvHeader: Explanation(
            "CSV 表头有问题", "A problem with the CSV header row",
            zh: "CSV 第一行是列名：id, name_zh, name_en, unit_zh, unit_en, baseline, target, attribute 必须有，顺序不限，每列只出现一次；年份列写 2021 这样的年份。",
            en: "The CSV's first line names the columns: id, name_zh, name_en, unit_zh, unit_en, baseline, target, attribute are required, in any order, each once; year columns are headed 2021 and so on.",
            file: "Content/indicators/plan-14.csv",
            wrong: "id,名称,单位,基期,目标", right: "id,name_zh,name_en,unit_zh,unit_en,baseline,target,attribute,2021"),
        .csvUnknownColumn: Explanation(
            "CSV 中有未知的列", "An unknown CSV column",
            zh: "不认识的列会被忽略，多半是列名拼错了。",
            en: "A column the tool does not know is ignored; usually its name is misspelt.",
            file: "Content/indicators/plan-14.csv",
            wrong: "id,name_zh,…,atribute", right: "id,name_zh,…,attribute"),
        .csvFieldCount: Explanation(
            "这一行的列数与表头不同", "A row with more or fewer fields than the header",
            zh: "值中有英文逗号时，整个值要用英文双引号括起来；每个左引号都要有右引号。",
            en: "A value with a comma needs double quotes around it; every opening quote needs its close.",
            file: "Content/indicators/plan-14.csv",
            wrong: "tech-firms,高新技术企业,…,10,000,…", right: "tech-firms,高新技术企业,…,\"10,000\",…"),
        .indicatorID: Explanation(
            "指标 id 缺失、无效或重复", "A missing, invalid or repeated indicator id",
            zh: "每一行都要有自己的 id（slug）。",
            en: "Every row needs its own id (a slug).",
            file: "Content/indicators/plan-14.csv",
            wrong: "研发投入,…", right: "rd-intensity,…"),
        .indicatorName: Explanation(
            "指标没有某种语言的名称", "An indicator without a name in a language",
            zh: "网站的每种语言都要有名称列（name_zh、name_en）的内容。只有中文的网站不需要 _en 列。",
            en: "Every language of the site needs its name column (name_zh, name_en) filled in. A Chinese-only site needs no _en columns.",
            file: "Content/indicators/plan-14.csv",
            wrong: "rd-intensity,研发投入强度,,%,%,…", right: "rd-intensity,研发投入强度,R&D intensity,%,%,…"),
        .indicatorValue: Explanation(
            "指标值写得不对", "An indicator value that cannot be read",
            zh: "值可以是数字（可带千位分隔符和负号，前面可加 >、≥、<、≤、~，规划期累计数用 [ ] 括起来），或“翻一番”这样的文字；没有数据就留空。单位写在 unit 列。",
            en: "A value is a number (thousands separators and a minus allowed, >, ≥, <, ≤ or ~ in front, [ ] around a plan-period total) or words such as 翻一番; empty when there is no data. Units go in the unit columns.",
            file: "Content/indicators/plan-14.csv",
            wrong: "…,2.5%,…", right: "…,2.5,…"),
        .spreadsheetArtefact: Explanation(
            "电子表格留下的值", "A value a spreadsheet left behind",
            zh: "1E+05、#DIV/0!、NaN 是电子表格或程序写的，不是指标值，会被当作文字显示。在电子表格中改好再另存为 CSV。",
            en: "1E+05, #DIV/0! and NaN are what a spreadsheet or program writes, not indicator values, and would show as text. Fix them in the spreadsheet before saving as CSV.",
            file: "Content/indicators/plan-14.csv",
            wrong: "…,1E+05,…", right: "…,100000,…"),
        .indicatorAttribute: Explanation(
            "指标属性写得不对", "A wrong indicator attribute",
            zh: "attribute 写 expected（预期性）或 binding（约束性）。",
            en: "attribute is expected (预期性) or binding (约束性).",
            file: "Content/indicators/plan-14.csv",
            wrong: "…,指导性", right: "…,预期性"),
    ]
}

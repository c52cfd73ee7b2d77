extension Explanations {
    static let theme: [DiagnosticCode: Explanation] = [
        .templateNotUTF8: Explanation(
            "模板不是 UTF-8", "A template that is not UTF-8",
            zh: "Templates/ 中的模板文件要以 UTF-8 保存。",
            en: "Template files in Templates/ are saved as UTF-8.",
            file: "Templates/layouts/base.mustache",
            wrong: "（以 GBK 保存的模板）", right: "（以 UTF-8 保存的同一模板）"),
        .templateSyntax: Explanation(
            "模板语法错误", "A template syntax error",
            zh: "Mustache 模板中每个 {{#节}} 都要有 {{/节}}，每个标签都要闭合。",
            en: "In a Mustache template every {{#section}} needs its {{/section}} and every tag its closing braces.",
            file: "Templates/layouts/list.mustache",
            wrong: "{{#items}}<li>{{title}}</li>", right: "{{#items}}<li>{{title}}</li>{{/items}}"),
        .templateMissing: Explanation(
            "主题缺少模板", "A theme without a template",
            zh: "自定义主题要有内置主题的每个布局模板；删除 Templates/ 则使用内置主题。",
            en: "A custom theme needs every layout of the built-in one; without Templates/ the built-in theme is used.",
            file: "Templates/layouts/document.mustache",
            wrong: "Templates/layouts/base.mustache", right: "Templates/layouts/base.mustache\nTemplates/layouts/document.mustache\n…"),
    ]
}

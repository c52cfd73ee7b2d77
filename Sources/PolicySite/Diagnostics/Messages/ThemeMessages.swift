/// Messages about the theme's templates, `Templates/` (17xx).
extension Message {
    static let templateNotUTF8 = Message(
        .templateNotUTF8,
        zh: "此模板文件不是 UTF-8 文本",
        en: "this template file is not UTF-8 text",
        hint: Bilingual(zh: "另存为 UTF-8 编码", en: "save it as UTF-8"))

    /// `error`: swift-mustache's words, quoted as it wrote them.
    static func templateSyntax(_ error: String) -> Message {
        Message(.templateSyntax,
                zh: "模板语法错误：\(error)",
                en: "template syntax error: \(error)",
                hint: Bilingual(zh: "检查每个 {{#section}} 都有对应的 {{/section}}，每个标签都已闭合",
                           en: "check that every {{#section}} has its {{/section}} and every tag is closed"))
    }

    static func templateMissing(_ name: String) -> Message {
        Message(.templateMissing,
                zh: "主题没有“\(name)”模板",
                en: "the theme has no '\(name)' template",
                hint: Bilingual(zh: "加上 Templates/layouts/\(name).mustache，或删除 Templates/ 以使用内置主题",
                           en: "add Templates/layouts/\(name).mustache, or remove Templates/ to use the built-in theme"))
    }
}

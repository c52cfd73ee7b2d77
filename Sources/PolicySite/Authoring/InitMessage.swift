/// What `init` tells the person who ran it, in Chinese and English side by
/// side, in the new site's first language.
public enum InitMessage: Sendable {
    /// A file outside Content/ was already there (a clone's .gitignore):
    /// left alone, with what it lacks.
    case keptExisting(path: String)
    /// `folder` is as typed; "." is the current folder, so no `cd`.
    case nextSteps(folder: String, written: Int)

    public func text(in language: MessageLanguage) -> String {
        let zh = language == .zh
        switch self {
        case .keptExisting(let path):
            return zh
                ? "已有 \(path)，没有改动它；可以对照 policysite 的使用指南自己补上"
                : "\(path) was already there and was left as it is; compare it with the staff guide's and add what it lacks"
        case .nextSteps(let folder, let written):
            let steps: [(String, String)] = (folder == "." ? [] : [("cd \(Self.shellQuoted(folder))", zh ? "进入网站文件夹" : "go into the site's folder")]) + [
                ("policysite serve", zh ? "在浏览器中预览：打开它显示的网址；每次保存，页面自动刷新"
                                       : "preview it: open the address it shows; the page reloads on every save"),
                (zh ? "编辑 Content/ 里的文件" : "edit the files in Content/",
                 zh ? "先改 Content/site.yaml 里的网站名称、网址和发布单位，再把示例改写成您的文件"
                    : "first the name, address and publisher in Content/site.yaml, then turn the examples into your documents"),
                ("policysite build", zh ? "生成网站，放在 Output/ 文件夹里" : "build the site into Output/"),
                ("git add . && git commit -m \"\(zh ? "新网站" : "New site")\"",
                 zh ? "提交（还不是 git 仓库的，先运行 git init）；用 GitHub 的，先填好 .github/workflows/site.yml 里的三项"
                    : "commit (run git init first if this is not yet a repository); on GitHub, set the three values in .github/workflows/site.yml first"),
            ]
            let head = zh ? "已写入 \(written) 个文件，新网站可以生成了。接下来：" : "Wrote \(written) files; the new site builds. Next:"
            let list = steps.enumerated().map { index, step in "  \(index + 1). \(step.0)\n       \(step.1)" }
            let guide = zh ? "每一步的详细说明见 PolicySite 的使用指南 docs/guide.zh.md。" : "PolicySite's staff guide, docs/guide.en.md, explains each step."
            return ([head, ""] + list + ["", guide]).joined(separator: "\n")
        }
    }

    /// A folder name as it must be typed in a shell.
    private static func shellQuoted(_ text: String) -> String {
        text.allSatisfy { $0.isLetter || $0.isNumber || "-_./".contains($0) } ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

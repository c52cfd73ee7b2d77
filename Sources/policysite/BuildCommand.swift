import ArgumentParser
import PolicySite

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "生成网站到 Output/（生成失败时 Output/ 保持原样）。Build the site into Output/ (the previous Output/ stays as it was if the build fails).")

    @OptionGroup var options: SiteOptions

    func run() throws {
        try options.run(write: true)
    }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "检查全部内容，不写入任何文件。Validate everything a build would, and write nothing.")

    @OptionGroup var options: SiteOptions

    func run() throws {
        try options.run(write: false)
    }
}

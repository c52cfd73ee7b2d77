import ArgumentParser
import PolicySite

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into Output/ (the previous Output/ stays as it was if the build fails).")

    @OptionGroup var options: SiteOptions

    func run() throws {
        try options.run(write: true)
    }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate everything a build would, and write nothing.")

    @OptionGroup var options: SiteOptions

    func run() throws {
        try options.run(write: false)
    }
}

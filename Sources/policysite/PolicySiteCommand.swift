import ArgumentParser
import Foundation
import PolicySite

@main
struct PolicySiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policysite",
        abstract: "用 Content/ 生成中英双语的政策和解读网站。Builds a bilingual policy and interpretation website from Content/.",
        version: PolicySiteVersion.current,
        subcommands: [BuildCommand.self, CheckCommand.self, InitCommand.self, NewCommand.self, ImportCommand.self, ServeCommand.self,
                      ExplainCommand.self],
        defaultSubcommand: BuildCommand.self)

    /// SPEC §9 wants exit status 2 for wrong usage; ArgumentParser's own is 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success || error is ExitCode {
                exit(withError: error)
            }
            FileHandleOutput.standardError(fullMessage(for: error) + "\n")
            if !(error is CleanExit) {
                FileHandleOutput.standardError("Run 'policysite help' for usage.\n")
            }
            Foundation.exit(2)
        }
    }
}

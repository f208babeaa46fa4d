import ArgumentParser

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Reports for auditors.",
        subcommands: [ComplianceCommand.self, FlagsCommand.self])
}

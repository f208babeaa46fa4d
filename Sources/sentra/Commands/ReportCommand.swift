import ArgumentParser

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Reports for auditors.",
        discussion: """
            Example:
              sentra --db pengadaan.db report compliance --year 2026
            """,
        subcommands: [ComplianceCommand.self, FlagsCommand.self])
}

import ArgumentParser
import SentraKit

struct CheckCommand: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Database integrity and stale-data warnings.",
        discussion: """
            Example:
              sentra --db pengadaan.db check
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var outputOptions: OutputOptions
    @OptionGroup var asOf: AsOfOption

    func validate() throws { try outputOptions.validate(allowHTML: false) }

    func run() throws {
        let day = asOf.day
        let findings = try global.openStore().read { try HealthCheck.run($0, asOf: day) }
        try outputOptions.emit(
            HealthCheck.render(
                findings, format: outputOptions.resolvedFormat, language: global.language,
                width: outputOptions.width))
        if findings.contains(where: { $0.severity == .error }) {
            throw SentraError(.ioError, .integrityFailed)
        }
    }
}

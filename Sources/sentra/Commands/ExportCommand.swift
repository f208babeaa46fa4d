import ArgumentParser
import Foundation
import SentraKit

extension Exporter.Format: ExpressibleByArgument {}

struct ExportCommand: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the spend ledger with its evidence: json, csv, xlsx or OCDS.",
        discussion: """
            Example:
              sentra --db pengadaan.db export --format xlsx --output audit.xlsx --year 2026
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var asOf: AsOfOption

    @Option(help: "json | csv | xlsx | ocds")
    var format: Exporter.Format

    @Option(help: "File to write (replaced atomically); - is stdout.")
    var output: String

    @Option(help: "Only this fiscal year.")
    var year: Int?

    @Option(help: "Only this OPD.")
    var opd: String?

    func run() throws {
        var exporter = Exporter(
            store: try global.openStore(), scope: ExportScope(year: year, opdCode: opd), asOf: asOf.day)
        exporter.language = global.language
        try exporter.write(format, to: output == "-" ? .stream(FileHandle.standardOutput.write) : .file(output))
    }
}

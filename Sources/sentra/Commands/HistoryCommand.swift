import ArgumentParser
import SentraKit

struct HistoryCommand: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Every import and amendment: when, kind, file sha256, rows.",
        discussion: """
            The table shows each file's sha256 by its first twelve digits (csv and json: whole); on a
            narrow terminal it leaves out the amended count (the amendments follow the table), then
            the hash.

            Example:
              sentra --db pengadaan.db history
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var outputOptions: OutputOptions

    func validate() throws { try outputOptions.validate(allowHTML: false) }

    func run() throws {
        let entries = try global.openStore().read { try History.load($0) }
        try outputOptions.emit(
            History.render(
                entries, format: outputOptions.resolvedFormat, language: global.language,
                width: outputOptions.width))
    }
}

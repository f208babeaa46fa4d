import ArgumentParser
import SentraKit

struct HistoryCommand: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Every import and amendment: when, kind, file sha256, rows.",
        discussion: """
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

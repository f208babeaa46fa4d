import ArgumentParser
import SentraKit

struct FlagsCommand: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "flags",
        abstract: "Red flags for auditors: package splitting, reserved packages, concentration, related suppliers.",
        discussion: """
            Example:
              sentra --db pengadaan.db report flags --year 2026
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var outputOptions: OutputOptions

    @Option(help: "Fiscal year (default: the latest year with spend, as report compliance).")
    var year: Int?

    @Option(help: "Only this OPD.")
    var opd: String?

    @Option(help: "Direct procurement limit in rupiah (default 200000000).", transform: OptionValue.rupiah)
    var directLimit: Rupiah?

    @Option(help: "Days in which split purchases add up (default 30).")
    var window: Int = 30

    @Option(
        help: "Packages up to this value are reserved for small business (default 15000000000).",
        transform: OptionValue.rupiah)
    var reservedLimit: Rupiah?

    @Option(help: "HHI at or above which counted spend is concentrated (default 2500).")
    var hhi: Int = 2500

    @Option(help: "Fewest rows a flag needs (default 2).")
    var minCount: Int = 2

    func validate() throws {
        try outputOptions.validate(allowHTML: false)
        _ = try thresholds()
    }

    private func thresholds() throws -> RedFlags.Thresholds {
        var thresholds = RedFlags.Thresholds()
        if let directLimit { thresholds.directLimit = directLimit }
        if let reservedLimit { thresholds.reservedLimit = reservedLimit }
        guard window > 0, minCount > 0, (0...10_000).contains(hhi) else {
            throw Usage.error(.flagsThresholdsRange)
        }
        thresholds.splitWindowDays = window
        thresholds.concentrationHHI = hhi
        thresholds.minimumCount = minCount
        return thresholds
    }

    func run() throws {
        let thresholds = try thresholds()
        let result = try RedFlags.run(
            try global.openStore(), scope: ExportScope(year: year, opdCode: opd), thresholds: thresholds)
        for warning in result.warnings { Terminal.standardError.render(warning) }
        for (kind, share) in result.firedShare.sorted(by: { $0.key < $1.key }) where share.basisPoints > 5000 {
            Terminal.standardError.warn(Phrase(.flagFiredOften, figures: [.text(kind), .decimal(share.description)]))
        }
        try outputOptions.emit(
            RedFlags.render(
                result.flags, thresholds: thresholds, format: outputOptions.resolvedFormat,
                language: global.language, names: result.names, width: outputOptions.width))
    }
}

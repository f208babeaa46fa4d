import ArgumentParser
import SentraKit

struct FlagsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flags",
        abstract: "Red flags for auditors: package splitting, reserved packages, concentration, related suppliers.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var outputOptions: OutputOptions

    @Option(help: "Fiscal year (default: the latest year with spend, as report compliance).")
    var year: Int?

    @Option(help: "Only this OPD.")
    var opd: String?

    @Option(help: "Direct procurement limit in rupiah (default 200000000).")
    var directLimit: String?

    @Option(help: "Days in which split purchases add up (default 30).")
    var window: Int = 30

    @Option(help: "Packages up to this value are reserved for small business (default 15000000000).")
    var reservedLimit: String?

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
        do {
            if let directLimit { thresholds.directLimit = try Rupiah.parse(directLimit).get() }
            if let reservedLimit { thresholds.reservedLimit = try Rupiah.parse(reservedLimit).get() }
        } catch let error as ValueError {
            throw ValidationError(error.message)
        }
        guard window > 0, minCount > 0, (0...10_000).contains(hhi) else {
            throw ValidationError("--window and --min-count must be positive, --hhi within 0–10000")
        }
        thresholds.splitWindowDays = window
        thresholds.concentrationHHI = hhi
        thresholds.minimumCount = minCount
        return thresholds
    }

    func run() throws {
        let thresholds = try thresholds()
        let (found, fired) = try global.openStore().read { db in
            var flags = RedFlags(scope: ExportScope(year: try year ?? ComplianceQuery().resolvedYear(db), opdCode: opd))
            flags.thresholds = thresholds
            return try flags.run(db)
        }
        for (kind, share) in fired.sorted(by: { $0.key < $1.key }) where share.basisPoints > 5000 {
            Terminal.standardError.write(
                "sentra: warning: \(kind) fired on \(share)% of spend rows; check its threshold\n")
        }
        try outputOptions.emit(
            RedFlags.render(found, thresholds: thresholds, format: outputOptions.resolvedFormat))
    }
}

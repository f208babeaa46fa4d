import ArgumentParser
import SentraKit

struct PlanCommand: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Assign needs to small suppliers within capacity to reach the target.",
        discussion: """
            Example:
              sentra --db pengadaan.db plan --year 2026 --save rencana-2026
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var outputOptions: OutputOptions
    @OptionGroup var asOf: AsOfOption

    @Option(help: "Only needs of this OPD.")
    var opd: String?

    @Option(help: "Fiscal year (default: every year).")
    var year: Int?

    @Option(help: "Target percentage (default: the metric's).", transform: OptionValue.percent)
    var target: Percent?

    @Option(help: "umkk (default) | ikm | pdn")
    var metric: ComplianceMetric = .umkk

    @Flag(help: "Split a need across suppliers whenever that helps (default: only when no single item can carry it).")
    var allowSplit = false

    @Option(
        help: "Cap any supplier's part of an OPD's assigned value at PCT percent.", transform: OptionValue.percent)
    var maxSupplierShare: Percent?

    @Option(help: "Store the plan under NAME; report compliance then projects from the latest saved plan.")
    var save: String?

    func validate() throws { try outputOptions.validate(allowHTML: false) }

    func run() throws {
        var request = PlanRun.Request(asOf: asOf.day)
        request.needs = NeedQuery(opdCode: opd, fiscalYear: year)
        request.metric = metric
        request.target = target
        request.options = PlanOptions(allowSplit: allowSplit, maxSupplierShare: maxSupplierShare)
        request.saveAs = save
        let store = try global.openStore()
        let result = try PlanRun.run(store, request)
        for warning in result.warnings { Terminal.standardError.render(warning) }
        try outputOptions.emit(
            PlanReport.render(
                result.plan, outcomes: result.outcomes, metric: metric, format: outputOptions.resolvedFormat,
                language: global.language, width: outputOptions.width))
        try outputOptions.writeProvenance {
            try store.read { try Provenance.load($0, asOf: asOf.day, filters: filters) }
        }
    }

    /// The scope, as the provenance sidecar lists it.
    private var filters: [String] {
        var filters = ["metric=\(metric.rawValue)"]
        if let opd { filters.append("opd=\(opd)") }
        if let year { filters.append("year=\(year)") }
        if let target { filters.append("target=\(target)") }
        return filters
    }
}

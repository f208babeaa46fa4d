import ArgumentParser
import SentraKit

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Assign needs to small suppliers within capacity to reach the target.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var outputOptions: OutputOptions
    @OptionGroup var asOf: AsOfOption

    @Option(help: "Only needs of this OPD.")
    var opd: String?

    @Option(help: "Fiscal year (default: every year).")
    var year: Int?

    @Option(help: "Target percentage (default: the metric's).")
    var target: String?

    @Option(help: "umkk (default) | ikm | pdn")
    var metric: ComplianceMetric = .umkk

    @Flag(help: "Split a need across suppliers whenever that helps (default: only when no single item can carry it).")
    var allowSplit = false

    @Option(help: "Cap any supplier's part of an OPD's assigned value at PCT percent.")
    var maxSupplierShare: String?

    @Option(help: "Store the plan under NAME; report compliance then projects from the latest saved plan.")
    var save: String?

    func validate() throws {
        try outputOptions.validate(allowHTML: false)
        _ = try asOf.day
        if let target, case .failure(let error) = Percent.parse(target, range: 0...100) {
            throw ValidationError("--target \(error.message)")
        }
        if let maxSupplierShare, case .failure(let error) = Percent.parse(maxSupplierShare, range: 0...100) {
            throw ValidationError("--max-supplier-share \(error.message)")
        }
    }

    func run() throws {
        let day = try asOf.day
        var query = ComplianceQuery()
        query.year = year
        query.opdCode = opd
        query.metric = metric
        if let target { query.target = try Percent.parse(target, range: 0...100).get() }
        let store = try global.openStore()
        let (plan, outcomes, catalog) = try store.read { db in
            let needs = try PlanProjection.openNeeds(db, opdCode: opd, year: year)
            let catalog = try CatalogSnapshot.load(db, categories: Set(needs.map(\.category)))
            let options = PlanOptions(
                allowSplit: allowSplit,
                maxSupplierShare: try maxSupplierShare.map { try Percent.parse($0, range: 0...100).get() })
            let plan = Planner(catalog: catalog, asOf: day, metric: metric, options: options).plan(needs)
            return (plan, try plan.outcomes(db, query: query), catalog)
        }
        store.cache(catalog)
        if let save {
            try store.write { try PlanProjection.save(plan, name: save, asOf: day, metric: metric, db: $0) }
        }
        try outputOptions.emit(
            PlanReport.render(plan, outcomes: outcomes, metric: metric, format: outputOptions.resolvedFormat))
    }
}

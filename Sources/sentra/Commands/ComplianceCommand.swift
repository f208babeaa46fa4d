import ArgumentParser
import SentraKit

extension ComplianceMetric: ExpressibleByArgument {}
extension ComplianceGrouping: ExpressibleByArgument {}
extension ReportLanguage: ExpressibleByArgument {}

struct ComplianceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compliance",
        abstract: "Share of each OPD's spend that went to small businesses, against the target.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var outputOptions: OutputOptions
    @OptionGroup var asOf: AsOfOption

    @Option(help: "Fiscal year (default: the latest year with spend).")
    var year: Int?

    @Option(help: "Quarter 1-4.")
    var quarter: Int?

    @Option(help: "Only this OPD.")
    var opd: String?

    @Option(help: "opd | category | month | program")
    var by: ComplianceGrouping = .opd

    @Option(help: "umkk (default, target 40) | ikm (40) | pdn (95)")
    var metric: ComplianceMetric = .umkk

    @Option(help: "Target percentage (default: the metric's).")
    var target: String?

    @Option(help: "With --by program: a program's own target, PROGRAM=PCT (repeatable), e.g. samsat-reward=100.")
    var programTarget: [String] = []

    @Option(help: "Exit 3 when any OPD in scope is below PCT.")
    var failUnder: String?

    @Option(help: "Language of html output: id | en")
    var lang: ReportLanguage = .id

    func validate() throws {
        try outputOptions.validate(allowHTML: true)
        if let quarter, !(1...4).contains(quarter) { throw ValidationError("--quarter must be 1-4") }
        _ = try percent(target, "--target")
        _ = try percent(failUnder, "--fail-under")
        _ = try programTargets()
        if !programTarget.isEmpty && by != .program { throw ValidationError("--program-target goes with --by program") }
    }

    private func programTargets() throws -> [String: Percent] {
        var targets: [String: Percent] = [:]
        for item in programTarget {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, case .success(let program) = Category.parseProgram(parts[0]) else {
                throw ValidationError("--program-target takes PROGRAM=PCT with a known program, not \"\(item)\"")
            }
            targets[program] = try percent(parts[1], "--program-target \(program)")
        }
        return targets
    }

    private func percent(_ raw: String?, _ name: String) throws -> Percent? {
        guard let raw else { return nil }
        switch Percent.parse(raw, range: 0...100) {
        case .success(let value): return value
        case .failure(let error): throw ValidationError("\(name) \(error.message)")
        }
    }

    func run() throws {
        var query = ComplianceQuery()
        query.year = year
        query.quarter = quarter
        query.opdCode = opd
        query.grouping = by
        query.metric = metric
        query.target = try percent(target, "--target")
        query.programTargets = try programTargets()
        let day = try asOf.day
        let store = try global.openStore()
        let (rows, provenance, opdRows) = try store.read { db in
            let plan = try PlanProjection.byOPD(db, query: query)
            let rows = try query.run(db, plan: plan)
            var filters = ["metric=\(metric.rawValue)", "by=\(by.rawValue)", "target=\(query.effectiveTarget)"]
            if let year = try query.resolvedYear(db) { filters.append("year=\(year)") }
            if let quarter { filters.append("quarter=\(quarter)") }
            if let opd { filters.append("opd=\(opd)") }
            for (program, pct) in query.programTargets.sorted(by: { $0.key < $1.key }) {
                filters.append("target[\(program)]=\(pct)")
            }
            filters.append("plan=\(try PlanProjection.latestName(db) ?? "none")")
            // --fail-under judges whole OPDs, whatever the grouping shown.
            var byOPD = query
            byOPD.grouping = .opd
            let opdRows = query.grouping == .opd ? rows : try byOPD.run(db, plan: plan)
            return (rows, try Provenance.load(db, asOf: day, filters: filters), opdRows)
        }
        try outputOptions.emit(
            ComplianceReport.render(
                rows, query: query, format: outputOptions.resolvedFormat, provenance: provenance, language: lang))
        if let failUnder = try percent(failUnder, "--fail-under") {
            // Exact, as `met` is: a share shown as 40.00 may still be a hair under 40%.
            let below = opdRows.filter {
                !ComplianceQuery.meets(counted: $0.countedSpend, total: $0.totalSpend, target: failUnder)
            }.map(\.opdCode)
            if !below.isEmpty {
                throw SentraError(
                    .belowTarget,
                    "\(Set(below).count) OPD below \(failUnder)%: \(Array(Set(below)).sorted().joined(separator: ", "))"
                )
            }
        }
    }
}

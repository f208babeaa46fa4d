import GRDB

/// `report compliance` as one read: the rows shown, the whole-OPD rows that `--fail-under`
/// judges, the provenance, and warnings about a scope that holds nothing.
public struct ComplianceRun: Sendable {
    public var query: ComplianceQuery
    public var rows: [ComplianceRow]
    /// One row per OPD in scope, whatever the grouping shown.
    public var opdRows: [ComplianceRow]
    public var provenance: Provenance
    /// Said on stderr: an OPD code the database does not know, a period without spend.
    public var warnings: [Diagnostic]
    /// Whether the `--opd` given is unknown to the database.
    public var unknownOPD: Bool

    /// Runs `query` in one read transaction, projecting from the latest saved plan.
    public static func run(_ store: Store, query: ComplianceQuery, asOf: Day) throws -> ComplianceRun {
        try store.read { db in
            let plan = try SavedPlanTotals.byOPD(db, query: query)
            let rows = try query.run(db, plan: plan)
            var byOPD = query
            byOPD.grouping = .opd
            let opdRows = query.grouping == .opd ? rows : try byOPD.run(db, plan: plan)
            var warnings: [Diagnostic] = []
            var unknownOPD = false
            if let opd = query.opdCode, let warning = try OPDCodes.unknownCodeWarning(opd, db: db, path: store.path) {
                warnings.append(warning)
                unknownOPD = true
            }
            let year = try query.resolvedYear(db)
            if opdRows.allSatisfy({ $0.totalSpend.sen == 0 }) && !unknownOPD {
                warnings.append(try emptyPeriodWarning(db, query: query, year: year, path: store.path))
            }
            let provenance = try Provenance.load(db, asOf: asOf, filters: try filters(db, query: query, year: year))
            return ComplianceRun(
                query: query, rows: rows, opdRows: opdRows, provenance: provenance, warnings: warnings,
                unknownOPD: unknownOPD)
        }
    }

    /// `--fail-under`: a usage error for an OPD code the database does not know, below target
    /// when any OPD in scope is below `failUnder` or when nothing in scope can show it meets it.
    public func judge(failUnder: Percent) throws {
        if unknownOPD, let opd = query.opdCode {
            throw SentraError(
                .usage, Phrase(.failUnderUnknownOPD, figures: [.text(opd), .decimal(failUnder.description)]))
        }
        if opdRows.isEmpty {
            throw SentraError(.belowTarget, Phrase(.failUnderNoSpend, figures: [.decimal(failUnder.description)]))
        }
        // Exact, as `met` is: a share shown as 40.00 may still be a hair under 40%.
        let below = Set(
            opdRows.filter {
                !ComplianceQuery.meets(counted: $0.countedSpend, total: $0.totalSpend, target: failUnder)
            }.map(\.opdCode)
        ).sorted()
        if !below.isEmpty {
            throw SentraError(
                .belowTarget,
                Phrase(
                    .failUnderBelow,
                    figures: [
                        .text(String(below.count)), .decimal(failUnder.description),
                        .text(below.joined(separator: ", ")),
                    ]))
        }
    }

    /// What the provenance footer lists as the report's filters.
    static func filters(_ db: Database, query: ComplianceQuery, year: Int?) throws -> [String] {
        var filters = [
            "metric=\(query.metric.rawValue)", "by=\(query.grouping.rawValue)", "target=\(query.effectiveTarget)",
        ]
        if query.stage == .planned { filters.append("stage=planned") }
        if let year { filters.append("year=\(year)") }
        if let quarter = query.quarter { filters.append("quarter=\(quarter)") }
        if let opd = query.opdCode { filters.append("opd=\(opd)") }
        for (program, pct) in query.programTargets.sorted(by: { $0.key < $1.key }) {
            filters.append("target[\(program)]=\(pct)")
        }
        filters.append("plan=\(try SavedPlanTotals.latestName(db) ?? "none")")
        return filters
    }

    /// Names the years that do have spend, so `--year 26` for 2026 is seen at once.
    static func emptyPeriodWarning(_ db: Database, query: ComplianceQuery, year: Int?, path: String) throws
        -> Diagnostic
    {
        let years = try Int.fetchAll(
            db, sql: "SELECT DISTINCT \(ComplianceQuery.fiscalYear) FROM spend ORDER BY 1")
        let what: Phrase
        if let year {
            what =
                query.opdCode.map { Phrase(.noSpendInPeriodForOPD, query.period(year: year), $0) }
                ?? Phrase(.noSpendInPeriod, query.period(year: year))
        } else {
            what = Phrase(.noSpendRecorded)
        }
        let hint =
            years.isEmpty
            ? Phrase(.importSpendFirst) : Phrase(.yearsWithSpend, years.map(String.init).joined(separator: ", "))
        return Diagnostic(
            file: path, severity: .warning, phrase: Phrase(.verbatimPair, figures: [.phrase(what), .phrase(hint)]))
    }
}

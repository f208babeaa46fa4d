import GRDB

extension Plan {
    /// Realized share, projected share and concentration per OPD with needs in the plan.
    public func outcomes(_ db: Database, query: ComplianceQuery) throws -> [PlanOutcome] {
        var byOPD: [String: (spend: Rupiah, counted: Rupiah)] = [:]
        for assignment in assignments {
            var entry = byOPD[assignment.opdCode] ?? (.zero, .zero)
            entry.spend += assignment.total
            if assignment.qualifies { entry.counted += assignment.total }
            byOPD[assignment.opdCode] = entry
        }
        let realized = try query.run(db, plan: byOPD)
        var rows = Dictionary(realized.map { ($0.opdCode, $0) }, uniquingKeysWith: { a, _ in a })
        let opds = Set(byOPD.keys).union(rows.keys).union(assignments.map(\.opdCode))
        let supplierSpend = try Plan.countedBySupplier(db, query: query)
        return opds.sorted().map { opd in
            let row = rows.removeValue(forKey: opd)
            let planned = byOPD[opd] ?? (.zero, .zero)
            let target = query.effectiveTarget
            let counted = (row?.countedSpend ?? .zero) + planned.counted
            let total = (row?.totalSpend ?? .zero) + planned.spend
            var after = supplierSpend[opd] ?? [:]
            for assignment in assignments where assignment.opdCode == opd && assignment.qualifies {
                after[assignment.nib, default: .zero] += assignment.total
            }
            return PlanOutcome(
                opdCode: opd, realizedShare: row?.share ?? Percent(basisPoints: 0),
                projectedShare: Percent.share(counted, of: total), target: target,
                met: ComplianceQuery.meets(counted: counted, total: total, target: target),
                plannedSpend: planned.spend, hhiBefore: Concentration.hhi(supplierSpend[opd] ?? [:]),
                hhiAfter: Concentration.hhi(after))
        }
    }

    /// Counted spend per OPD and supplier NIB in the query's year.
    static func countedBySupplier(_ db: Database, query: ComplianceQuery) throws -> [String: [String: Rupiah]] {
        guard let year = try query.resolvedYear(db) else { return [:] }
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT s.opd_code, sup.nib, sum(s.amount) AS amount, sup.scale
                FROM spend s
                JOIN supplier sup ON sup.nib = \(SupplierLink.linked("nib"))
                WHERE s.date BETWEEN ? AND ?
                GROUP BY s.opd_code, sup.nib
                """, arguments: ["\(year)-01-01", "\(year)-12-31"])
        var result: [String: [String: Rupiah]] = [:]
        for row in rows {
            let scale = Scale(rawValue: row["scale"])
            guard query.metric.counts(scale: scale, tkdn: nil) else { continue }
            result[row["opd_code"], default: [:]][row["nib"]] = Rupiah(sen: row["amount"])
        }
        return result
    }
}

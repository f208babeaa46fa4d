import GRDB

/// `report compliance`: per OPD and period, how much spend went to qualifying suppliers.
public struct ComplianceQuery: Sendable {
    public var year: Int?
    public var quarter: Int?
    public var opdCode: String?
    public var grouping: ComplianceGrouping = .opd
    public var metric: ComplianceMetric = .umkk
    /// Realised spend (default) or planned RUP pagu (`--stage planned`, per OPD only).
    public var stage: ComplianceStage = .realised
    public var target: Percent?
    /// Targets per program for `--by program`, as a governor's circular may set them
    /// (for example samsat-reward 100, catering 40); other programs use ``effectiveTarget``.
    public var programTargets: [String: Percent] = [:]

    public init() {}

    /// The target in force: `--target`, else the metric's default.
    public var effectiveTarget: Percent { target ?? metric.defaultTarget }

    /// The fiscal year reported: `--year`, else the latest year with spend.
    public func resolvedYear(_ db: Database) throws -> Int? {
        if let year { return year }
        return try Int.fetchOne(db, sql: "SELECT max(\(ComplianceQuery.fiscalYear)) FROM spend")
    }

    /// A spend row's fiscal year: an LKPP record's `tahun_anggaran` (its dates may fall in
    /// another year), else the year of its date, as for rows of `import spend`.
    static let fiscalYear = "coalesce(fiscal_year, CAST(substr(date, 1, 4) AS INTEGER))"

    /// `2026`, `2026-Q2`.
    func period(year: Int) -> String { quarter.map { "\(year)-Q\($0)" } ?? String(year) }

    /// Rows sorted by OPD code, then group. Every rupiah of ledger spend in the
    /// period and scope lands in exactly one row.
    public func run(_ db: Database, plan: [String: (spend: Rupiah, counted: Rupiah)] = [:]) throws -> [ComplianceRow] {
        if stage == .planned { return try PlannedStage.rows(db, query: self) }
        guard let year = try resolvedYear(db) else { return [] }
        let (from, to): (String, String)
        var months = (first: 1, last: 12)
        if let quarter {
            let firstMonth = (quarter - 1) * 3 + 1
            months = (firstMonth, firstMonth + 2)
            from = Day(year: year, month: firstMonth, day: 1)!.description
            to = Day(year: year, month: firstMonth + 2, day: Day.daysIn(month: firstMonth + 2, year: year))!.description
        } else {
            from = "\(year)-01-01"
            to = "\(year)-12-31"
        }
        let groupExpression: String
        switch grouping {
        case .opd: groupExpression = "NULL"
        case .category: groupExpression = "coalesce(category, '(none)')"
        case .month: groupExpression = "substr(date, 1, 7)"
        case .program:
            groupExpression = "coalesce((SELECT program FROM need WHERE need.need_id = linked.need_id), '(none)')"
        }
        // Rows of `import spend` by date; LKPP rows by fiscal year, and by the month of their date
        // within it for `--quarter` (a 2025 record dated August 2024 is 2025's, in Q3).
        var arguments: StatementArguments = [from, to, year, months.first, months.last]
        var opdFilter = ""
        if let opdCode {
            opdFilter = "AND opd_code = ?"
            _ = arguments.append(contentsOf: [opdCode])
        }
        let sql = """
            WITH linked AS (
                SELECT s.opd_code, s.date, s.amount, s.category, s.need_id, s.tkdn, s.declared_umk, s.declared_pdn,
                       \(SupplierLink.linked("scale")) AS scale
                FROM spend s
                WHERE ((s.fiscal_year IS NULL AND s.date BETWEEN ? AND ?)
                       OR (s.fiscal_year = ? AND CAST(substr(s.date, 6, 2) AS INTEGER) BETWEEN ? AND ?)) \(opdFilter)
            )
            SELECT opd_code, \(groupExpression) AS grp,
                   sum(amount) AS total,
                   sum(\(metric.sqlCounted)) AS counted
            FROM linked
            GROUP BY opd_code, grp
            ORDER BY opd_code, grp
            """
        let names = try ComplianceQuery.opdNames(db)
        let budgets = try ComplianceQuery.budgets(db, year: year)
        var rows = try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            makeRow(
                opd: row["opd_code"], group: row["grp"], total: Rupiah(sen: row["total"]),
                counted: Rupiah(sen: row["counted"]), year: year, names: names, budgets: budgets, plan: plan)
        }
        if grouping == .opd {
            // An OPD with a goods/services budget but no spend in the period still has a row: the
            // legal ratio is against its budget, and "nothing recorded" is what an auditor must see.
            let seen = Set(rows.map(\.opdCode))
            let silent = budgets.keys.filter { !seen.contains($0) && (opdCode == nil || opdCode == $0) }
            rows += silent.map {
                makeRow(
                    opd: $0, group: nil, total: .zero, counted: .zero, year: year, names: names, budgets: budgets,
                    plan: plan)
            }
            rows.sort { $0.opdCode < $1.opdCode }
        }
        return rows
    }

    private func makeRow(
        opd: String, group: String?, total: Rupiah, counted: Rupiah, year: Int, names: [String: String],
        budgets: [String: Rupiah], plan: [String: (spend: Rupiah, counted: Rupiah)]
    ) -> ComplianceRow {
        let target = grouping == .program ? group.flatMap { programTargets[$0] } ?? effectiveTarget : effectiveTarget
        let budget = grouping == .opd ? budgets[opd] : nil
        let planned = grouping == .opd ? plan[opd] : nil
        let projected = Percent.share(counted + (planned?.counted ?? .zero), of: total + (planned?.spend ?? .zero))
        return ComplianceRow(
            opdCode: opd, opdName: names[opd] ?? "", period: period(year: year), group: group,
            totalSpend: total, countedSpend: counted, share: Percent.share(counted, of: total), target: target,
            gap: ComplianceQuery.gap(counted: counted, total: total, target: target),
            met: ComplianceQuery.meets(counted: counted, total: total, target: target),
            grade: Grade.of(counted: counted, total: total, target: target), goodsServicesBudget: budget,
            budgetShare: budget.map { Percent.share(counted, of: $0) }, projectedShare: projected,
            plannedSpend: planned?.spend ?? .zero, plannedCounted: planned?.counted ?? .zero)
    }

    /// Each OPD's goods/services budget for `year` (`budgets` rows, or `belanja_pengadaan`).
    static func budgets(_ db: Database, year: Int) throws -> [String: Rupiah] {
        try Dictionary(
            try Row.fetchAll(
                db, sql: "SELECT opd_code, goods_services_budget FROM budget WHERE fiscal_year = ?", arguments: [year]
            ).map { ($0["opd_code"] as String, Rupiah(sen: $0["goods_services_budget"])) },
            uniquingKeysWith: { a, _ in a })
    }

    /// OPD names: the satker master's, else the needs', else the name an LKPP file gave.
    static func opdNames(_ db: Database) throws -> [String: String] {
        var names: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT opd_code, name FROM opd WHERE from_master = 0 AND name <> ''") {
            names[row["opd_code"]] = row["name"]
        }
        for row in try Row.fetchAll(db, sql: "SELECT opd_code, min(opd_name) AS name FROM need GROUP BY opd_code") {
            names[row["opd_code"]] = row["name"]
        }
        for row in try Row.fetchAll(db, sql: "SELECT opd_code, name FROM opd WHERE from_master = 1") {
            names[row["opd_code"]] = row["name"]
        }
        return names
    }

    /// Whether `counted / total` reaches `target`, exactly (no rounding). No spend meets no target above zero.
    public static func meets(counted: Rupiah, total: Rupiah, target: Percent) -> Bool {
        guard total.sen > 0 else { return target.basisPoints == 0 }
        return Int128(counted.sen) * 10_000 >= Int128(target.basisPoints) * Int128(total.sen)
    }

    /// Counted spend still needed to reach `target` of `total`, rounded up to the sen.
    static func gap(counted: Rupiah, total: Rupiah, target: Percent) -> Rupiah {
        let required = (Int128(total.sen) * Int128(target.basisPoints) + 9_999) / 10_000
        return Rupiah(sen: Int64(max(0, required - Int128(counted.sen))))
    }
}

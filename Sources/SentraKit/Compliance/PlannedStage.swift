import GRDB

/// Which stage of procurement `report compliance` measures.
public enum ComplianceStage: String, Sendable, CaseIterable {
    /// Spend: contracts, records and orders (the default).
    case realised
    /// Plans: SiRUP package ceilings marked UKM, the allocation Perpres 16/2018 jo. 12/2021
    /// art. 65(3) asks for at planning time.
    case planned
}

/// `report compliance --stage planned`: per OPD, the pagu of RUP paket penyedia marked `UKM`
/// (counted) over all RUP paket penyedia pagu (total) and over `belanja_pengadaan` (budget share).
/// Only penyedia packages carry `status_ukm`; swakelola is work the government does itself.
enum PlannedStage {
    static func rows(_ db: Database, query: ComplianceQuery) throws -> [ComplianceRow] {
        let year: Int? =
            try query.year
            ?? Int.fetchOne(db, sql: "SELECT max(fiscal_year) FROM need WHERE source = 'rup-penyedia'")
        guard let year else { return [] }
        var arguments: StatementArguments = [year]
        var opdFilter = ""
        if let opd = query.opdCode {
            opdFilter = "AND opd_code = ?"
            _ = arguments.append(contentsOf: [opd])
        }
        let names = try ComplianceQuery.opdNames(db)
        let budgets = try ComplianceQuery.budgets(db, year: year)
        let target = query.effectiveTarget
        return try Row.fetchAll(
            db,
            sql: """
                SELECT opd_code, sum(budget) AS total,
                       sum(CASE WHEN lower(trim(status_ukm)) = 'ukm' THEN budget ELSE 0 END) AS counted
                FROM need WHERE source = 'rup-penyedia' AND fiscal_year = ? \(opdFilter)
                GROUP BY opd_code ORDER BY opd_code
                """, arguments: arguments
        ).map { row in
            let opd: String = row["opd_code"]
            let total = Rupiah(sen: row["total"]), counted = Rupiah(sen: row["counted"])
            let share = Percent.share(counted, of: total)
            let budget = budgets[opd]
            return ComplianceRow(
                opdCode: opd, opdName: names[opd] ?? "", period: String(year), group: nil, totalSpend: total,
                countedSpend: counted, share: share, target: target,
                gap: ComplianceQuery.gap(counted: counted, total: total, target: target),
                met: ComplianceQuery.meets(counted: counted, total: total, target: target),
                grade: Grade.of(counted: counted, total: total, target: target), goodsServicesBudget: budget,
                budgetShare: budget.map { Percent.share(counted, of: $0) }, projectedShare: share)
        }
    }
}

import GRDB

extension HealthCheck {
    /// What LKPP imports leave for an auditor to look at: awards without a contract value,
    /// contracts that declare no UMK value, and OPD codes the satker master does not know.
    static func lkppFindings(_ db: Database) throws -> [Finding] {
        var findings: [Finding] = []
        let awarded = try Row.fetchAll(
            db,
            sql: """
                SELECT tx_id, pagu FROM lkpp_uncounted WHERE reason = 'awarded without a contract value'
                ORDER BY tx_id
                """)
        if !awarded.isEmpty {
            let pagu = awarded.reduce(Rupiah.zero) { $0 + Rupiah(sen: $1["pagu"] as Int64? ?? 0) }
            findings.append(
                Finding(
                    severity: .warning, check: "awarded-without-contract-value", subject: "lkpp",
                    phrase: Phrase(
                        .awardedWithoutValue,
                        figures: [
                            .text(String(awarded.count)), .text(pagu.display),
                            .phrase(HealthCheck.list(awarded.map { $0["tx_id"] as String })),
                        ])))
        }
        let undeclared = try Row.fetchAll(
            db,
            sql: """
                SELECT tx_id, amount FROM spend
                WHERE source IN ('spse-tender', 'spse-nontender', 'spse-pencatatan-nontender',
                                 'spse-pencatatan-swakelola') AND declared_umk IS NULL
                ORDER BY tx_id
                """)
        if !undeclared.isEmpty {
            let amount = undeclared.reduce(Rupiah.zero) { $0 + Rupiah(sen: $1["amount"]) }
            findings.append(
                Finding(
                    severity: .note, check: "undeclared-umk", subject: "lkpp",
                    phrase: Phrase(
                        .undeclaredUMK,
                        figures: [
                            .text(String(undeclared.count)), .text(amount.display),
                            .phrase(HealthCheck.list(undeclared.map { $0["tx_id"] as String })),
                        ])))
        }
        // Only once a master is imported: without one, every code would be "unknown".
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM opd WHERE from_master = 1)") == true else {
            return findings
        }
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT s.opd_code, count(*) AS records, sum(s.amount) AS amount, o.name
                FROM spend s LEFT JOIN opd o ON o.opd_code = s.opd_code
                WHERE s.source IS NOT NULL AND coalesce(o.from_master, 0) = 0
                GROUP BY s.opd_code ORDER BY s.opd_code
                """)
        {
            let name = (row["name"] as String?).map { $0.isEmpty ? "" : " (\($0))" } ?? ""
            let records: Int = row["records"]
            findings.append(
                Finding(
                    severity: .warning, check: "opd-unknown-to-master", subject: row["opd_code"],
                    phrase: Phrase(
                        .opdNotInMaster, "\(row["opd_code"] as String)\(name)", records,
                        Rupiah(sen: row["amount"]).display)))
        }
        return findings
    }

    /// Up to ten ids, then how many more.
    static func list(_ ids: [String]) -> Phrase {
        let shown = ids.prefix(10).joined(separator: ", ")
        return ids.count > 10 ? Phrase(.listAndMore, shown, ids.count - 10) : Phrase(.verbatim, shown)
    }
}

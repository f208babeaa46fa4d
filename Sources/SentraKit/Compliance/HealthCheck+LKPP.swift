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
                    message: "\(awarded.count) record\(awarded.count == 1 ? "" : "s") awarded without a contract "
                        + "value (pagu \(pagu.display)), not counted as spend: "
                        + HealthCheck.list(awarded.map { $0["tx_id"] as String })))
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
                    message: "\(undeclared.count) contract\(undeclared.count == 1 ? "" : "s") (\(amount.display)) "
                        + "declare no UMK value, so the directory link decides them: "
                        + HealthCheck.list(undeclared.map { $0["tx_id"] as String })))
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
                    message: "\(row["opd_code"] as String)\(name) is not in the satker master: "
                        + "\(records) spend record\(records == 1 ? "" : "s"), \(Rupiah(sen: row["amount"]).display)"))
        }
        return findings
    }

    /// Up to ten ids, then how many more.
    static func list(_ ids: [String]) -> String {
        ids.prefix(10).joined(separator: ", ") + (ids.count > 10 ? " and \(ids.count - 10) more" : "")
    }
}

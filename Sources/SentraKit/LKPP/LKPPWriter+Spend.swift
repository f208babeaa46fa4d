import GRDB

/// The prepared statements of a spend file.
struct SpendStatements {
    static let columns = [
        "tx_id", "opd_code", "date", "amount", "supplier_nib", "supplier_npwp", "supplier_name", "need_id",
        "category", "tkdn", "bmp", "fiscal_year", "declared_umk", "declared_pdn", "source", "rup_codes", "shipping",
    ]
    /// The row as JSON in an amendment: money in sen, as stored.
    static let json =
        "json_object(" + columns.map { "'\($0)', \($0)" }.joined(separator: ", ") + ")"

    let lookup: Statement
    let upsert: Statement
    let amend: Statement
    let amendNew: Statement
    let delete: Statement
    let deleteUncounted: Statement
    let lookupUncounted: Statement
    let upsertUncounted: Statement

    init(_ db: Database) throws {
        let all = SpendStatements.columns + ["fingerprint", "import_id"]
        lookup = try db.makeStatement(sql: "SELECT fingerprint FROM spend WHERE tx_id = ?")
        upsert = try db.makeStatement(
            sql: """
                INSERT INTO spend (\(all.joined(separator: ", "))) VALUES (\(all.map { _ in "?" }.joined(separator: ", ")))
                ON CONFLICT (tx_id) DO UPDATE SET \(all.dropFirst().map { "\($0) = excluded.\($0)" }.joined(separator: ", "))
                """)
        // A changed LKPP record is republished data, not a typo: it replaces the row, and the
        // ledger keeps the old and new values as an amendment (`history` shows them).
        amend = try db.makeStatement(
            sql: """
                INSERT INTO spend_amendment (tx_id, import_id, line, old_values, new_values)
                SELECT tx_id, ?, ?, \(SpendStatements.json), '{}' FROM spend WHERE tx_id = ?
                """)
        amendNew = try db.makeStatement(
            sql: """
                UPDATE spend_amendment SET new_values = coalesce((SELECT \(SpendStatements.json) FROM spend
                WHERE spend.tx_id = spend_amendment.tx_id), '{}') WHERE id = (SELECT max(id) FROM spend_amendment)
                """)
        delete = try db.makeStatement(sql: "DELETE FROM spend WHERE tx_id = ?")
        deleteUncounted = try db.makeStatement(sql: "DELETE FROM lkpp_uncounted WHERE tx_id = ?")
        lookupUncounted = try db.makeStatement(sql: "SELECT fingerprint FROM lkpp_uncounted WHERE tx_id = ?")
        upsertUncounted = try db.makeStatement(
            sql: """
                INSERT INTO lkpp_uncounted (tx_id, opd_code, fiscal_year, pagu, reason, fingerprint, import_id)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (tx_id) DO UPDATE SET opd_code = excluded.opd_code, fiscal_year = excluded.fiscal_year,
                pagu = excluded.pagu, reason = excluded.reason, fingerprint = excluded.fingerprint,
                import_id = excluded.import_id
                """)
    }
}

extension LKPPWriter {
    mutating func writeSpend(_ record: inout LKPPRecord, _ statements: inout SpendStatements) throws {
        guard var spend = profile.spend(&record), record.errors.isEmpty else { return }
        let opd = try resolveOPD(code: spend.opdCode, kdSatker: spend.kdSatker, name: spend.opdName)
        guard let opd = record.require(opd, "kd_satker_str") else { return }
        spend.opdCode = opd
        let money = { (value: Rupiah?) in value.map { Cell.integer($0.sen) } ?? .null }
        let text = { (value: String?) in value.map { Cell.text($0) } ?? .null }
        if let reason = spend.notSpend {
            summary.notSpend[reason, default: 0] += 1
            let row = ImportRow(
                key: spend.txID,
                cells: [
                    .text(spend.txID), .text(opd), .integer(Int64(spend.fiscalYear)), money(spend.pagu), .text(reason),
                ])
            if isRepeat(spend.txID, fingerprint: row.fingerprint, record: &record) { return }
            let existing = try writer.integer(statements.lookupUncounted, [.text(spend.txID)])
            if existing == row.fingerprint {
                summary.unchanged += 1
                return
            }
            try writer.run(statements.upsertUncounted, row.cells, [.integer(row.fingerprint), .integer(importID)])
            // A record that counted before and no longer does (cancelled since) leaves the ledger:
            // an update of a known record, not a new one.
            var known = existing != nil
            if try writer.integer(statements.lookup, [.text(spend.txID)]) != nil {
                try writer.run(statements.amend, [.integer(importID), .integer(Int64(record.line)), .text(spend.txID)])
                try writer.run(statements.delete, [.text(spend.txID)])
                try writer.run(statements.amendNew, [])
                known = true
            }
            if known { summary.updated += 1 } else { summary.added += 1 }
            return
        }
        summary.kept += 1
        let row = ImportRow(
            key: spend.txID,
            cells: [
                .text(spend.txID), .text(opd), .text(spend.date.description), .integer(spend.amount.sen), .null,
                text(spend.supplierNPWP), .text(spend.supplierName ?? ""), text(spend.rupCodes.first), .null, .null,
                .null, .integer(Int64(spend.fiscalYear)), money(spend.declaredUMK), money(spend.declaredPDN),
                .text(profile.txPrefix), text(spend.rupCodes.isEmpty ? nil : spend.rupCodes.joined(separator: ";")),
                money(spend.shipping),
            ])
        let fingerprint = row.fingerprint  // computed: hash the row once
        if isRepeat(spend.txID, fingerprint: fingerprint, record: &record) {
            summary.kept -= 1
            return
        }
        let tail: [Cell] = [.integer(fingerprint), .integer(importID)]
        guard let existing = try writer.integer(statements.lookup, [.text(spend.txID)]) else {
            try writer.run(statements.upsert, row.cells, tail)
            // Awarded before without a value, now with one: it is spend now, no longer a `check` finding.
            if try writer.run(statements.deleteUncounted, [.text(spend.txID)]) > 0 {
                summary.updated += 1
            } else {
                summary.added += 1
            }
            return
        }
        if existing == fingerprint {
            summary.unchanged += 1
            return
        }
        try writer.run(statements.amend, [.integer(importID), .integer(Int64(record.line)), .text(spend.txID)])
        try writer.run(statements.upsert, row.cells, tail)
        try writer.run(statements.amendNew, [])
        summary.updated += 1
    }
}

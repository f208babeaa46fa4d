import GRDB

extension LKPPWriter {
    /// A master row: the OPD's code map and its name, which overrides names taken from files.
    mutating func writeMaster(_ record: inout LKPPRecord) throws {
        guard let code = record.require(record.text("kd_satker_str"), "kd_satker_str"),
            let name = record.require(record.text("nama_satker"), "nama_satker")
        else { return }
        let kdSatker = record.text("kd_satker")
        let row = ImportRow(key: code, cells: [.text(code), kdSatker.map { .text($0) } ?? .null, .text(name)])
        if isRepeat(code, fingerprint: row.fingerprint, record: &record) { return }
        summary.kept += 1
        let existing = try Row.fetchOne(
            db, sql: "SELECT kd_satker, name, from_master FROM opd WHERE opd_code = ?", arguments: [code])
        if let existing, existing["kd_satker"] as String? == kdSatker, existing["name"] as String == name,
            existing["from_master"] as Int == 1
        {
            summary.unchanged += 1
            return
        }
        try db.execute(
            sql: """
                INSERT INTO opd (opd_code, kd_satker, name, from_master, import_id) VALUES (?, ?, ?, 1, ?)
                ON CONFLICT (opd_code) DO UPDATE SET kd_satker = excluded.kd_satker, name = excluded.name,
                from_master = 1, import_id = excluded.import_id
                """, arguments: [code, kdSatker, name, importID])
        if let kdSatker { master[kdSatker] = code }
        knownOPDs.insert(code)
        if existing == nil { summary.added += 1 } else { summary.updated += 1 }
    }

    /// A struktur anggaran row: `belanja_pengadaan`, summed per OPD and fiscal year.
    mutating func collectBudget(_ record: inout LKPPRecord) {
        let code = record.require(record.text("kd_satker_str"), "kd_satker_str")
        let budget = record.money("belanja_pengadaan")
        let year = record.year(["tahun_anggaran", "fiscal_year", "tahun"])
        guard let code, let year, let budget else {
            if record.errors.isEmpty { _ = record.require(nil, budget == nil ? "belanja_pengadaan" : "tahun_anggaran") }
            return
        }
        if let name = record.text("nama_satker"), !knownOPDs.contains(code) {
            _ = try? resolveOPD(code: code, kdSatker: record.text("kd_satker"), name: name)
        }
        budgets[code, default: [:]][year, default: .zero] += budget
        summary.kept += 1
    }

    mutating func writeBudgets() throws {
        for (code, years) in budgets.sorted(by: { $0.key < $1.key }) {
            for (year, budget) in years.sorted(by: { $0.key < $1.key }) {
                let existing = try Int64.fetchOne(
                    db, sql: "SELECT goods_services_budget FROM budget WHERE opd_code = ? AND fiscal_year = ?",
                    arguments: [code, year])
                if existing == budget.sen {
                    summary.unchanged += 1
                    continue
                }
                let row = ImportRow(key: code, cells: [.text(code), .integer(Int64(year)), .integer(budget.sen)])
                try db.execute(
                    sql: """
                        INSERT INTO budget (opd_code, fiscal_year, goods_services_budget, fingerprint, import_id)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (opd_code, fiscal_year) DO UPDATE SET
                        goods_services_budget = excluded.goods_services_budget, fingerprint = excluded.fingerprint,
                        import_id = excluded.import_id
                        """, arguments: [code, year, budget.sen, row.fingerprint, importID])
                if existing == nil { summary.added += 1 } else { summary.updated += 1 }
            }
        }
    }
}

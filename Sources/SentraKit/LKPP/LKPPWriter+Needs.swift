import GRDB

extension LKPPWriter {
    static let needColumns = [
        "need_id", "opd_code", "opd_name", "fiscal_year", "program", "category", "description", "quantity", "unit",
        "budget", "region", "needed_by", "required_certifications", "status_ukm", "status_pdn", "procurement_type",
        "method", "category_reason", "not_ikm_reason", "source",
    ]

    /// A SiRUP package as a need: its text, volume, ceiling and SiRUP's own UKM/PDN flags.
    mutating func writeNeed(_ record: inout LKPPRecord) throws {
        let penyedia = profile == .rupPenyedia
        let needID = record.require(record.text("kd_rup"), "kd_rup")
        let budget = record.money("pagu")
        let year = record.year(["tahun_anggaran", "fiscal_year"])
        if budget == nil { _ = record.require(record.text("pagu"), "pagu") }
        if year == nil { _ = record.require(record.text("tahun_anggaran"), "tahun_anggaran") }
        guard let needID, let budget, let year else { return }
        let opd = try resolveOPD(
            code: record.text("kd_satker_str"), kdSatker: record.text("kd_satker"), name: record.text("nama_satker"))
        guard let opd = record.require(opd, "kd_satker_str") else { return }
        let opdName =
            try String.fetchOne(db, sql: "SELECT name FROM opd WHERE opd_code = ?", arguments: [opd])
            ?? record.text("nama_satker") ?? ""
        var parts: [String] = []
        for column in ["nama_paket", "urarian_pekerjaan", "uraian_pekerjaan", "spesifikasi_pekerjaan"] {
            guard let raw = record.text(column) else { continue }
            let plain = LKPPValue.plainText(raw)
            if !plain.isEmpty && !parts.contains(plain) { parts.append(plain) }
        }
        let description = parts.joined(separator: ". ")
        let (category, reason) = LKPPCategory.infer(description)
        let volume = LKPPVolume.parse(record.text("volume_pekerjaan"))
        let categoryReason =
            reason
            + (volume.parsed ? "" : "; volume \"\(record.text("volume_pekerjaan") ?? "")\" unreadable: 1 paket assumed")
        let type = record.text("jenis_pengadaan")
        let lowerType = type?.lowercased() ?? ""
        let notIKM =
            lowerType.contains("konstruksi") || lowerType.contains("konsultansi")
            ? "\(type!): not an IKM product need" : nil
        let neededBy = record.day(
            penyedia ? ["tgl_awal_pemanfaatan", "tgl_awal_kontrak"] : ["tgl_awal_pelaksanaan_kontrak"])
        let region = LKPPRegion.code(forKLPD: record.text("nama_klpd")) ?? ""
        guard record.errors.isEmpty else { return }
        let text = { (value: String?) in value.map { Cell.text($0) } ?? .null }
        let row = ImportRow(
            key: needID,
            cells: [
                .text(needID), .text(opd), .text(opdName), .integer(Int64(year)),
                .text(category == "jasa-boga" ? "catering" : "other"), .text(category), .text(description),
                .integer(Int64(volume.quantity)), .text(volume.unit), .integer(budget.sen), .text(region),
                text(neededBy?.description), .text(""), text(record.text("status_ukm")),
                text(record.text("status_pdn")), text(type),
                .text(penyedia ? record.text("metode_pengadaan") ?? "" : "swakelola"), .text(categoryReason),
                text(notIKM), .text(profile.rawValue),
            ])
        if isRepeat(needID, fingerprint: row.fingerprint, record: &record) { return }
        summary.kept += 1
        let existing = try Int64.fetchOne(
            db, sql: "SELECT fingerprint FROM need WHERE need_id = ?", arguments: [needID])
        if existing == row.fingerprint {
            summary.unchanged += 1
            return
        }
        let all = LKPPWriter.needColumns + ["fingerprint", "import_id"]
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO need (\(all.joined(separator: ", "))) VALUES (\(all.map { _ in "?" }.joined(separator: ", ")))
                ON CONFLICT (need_id) DO UPDATE SET \(all.dropFirst().map { "\($0) = excluded.\($0)" }.joined(separator: ", "))
                """)
        try writer.run(statement, row.cells, [.integer(row.fingerprint), .integer(importID)])
        if existing == nil { summary.added += 1 } else { summary.updated += 1 }
    }
}

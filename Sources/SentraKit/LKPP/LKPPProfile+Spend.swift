/// A contract-stage record of a spend profile, before its OPD is resolved.
struct LKPPSpend {
    var txID: String
    /// `kd_satker_str` when the record has one (the tender's `kd_satker` holds it too).
    var opdCode: String?
    /// A bare `kd_satker` (`kode_satker`), resolved through the satker master.
    var kdSatker: String?
    var opdName: String?
    var fiscalYear: Int
    var date: Day
    var amount: Rupiah
    var declaredUMK: Rupiah?
    var declaredPDN: Rupiah?
    var supplierNPWP: String?
    var supplierName: String?
    var rupCodes: [String]
    var shipping: Rupiah?
    /// Why the record is not spend (nil: it counts); `pagu` is kept for `check`.
    var notSpend: String?
    var pagu: Rupiah?
}

extension LKPPProfile {
    /// Reads a spend profile's record under the contract's counting rules (docs/compliance.md).
    func spend(_ record: inout LKPPRecord) -> LKPPSpend? {
        let id: String?
        let amountColumn: String
        var umkColumn: String?
        var pdnColumn: String?
        var dateColumns: [String]
        var rupColumn = "kd_rup"
        switch self {
        case .spseTender:
            (id, amountColumn, umkColumn, pdnColumn) = (
                record.text("kd_tender"), "nilai_kontrak", "nilai_umk_kontrak", "nilai_pdn_kontrak"
            )
            dateColumns = ["tgl_penetapan_pemenang", "tgl_pengumuman_tender"]
            rupColumn = "kd_rup_paket"
        case .spseNontender:
            (id, amountColumn, umkColumn, pdnColumn) = (
                record.text("kd_nontender"), "nilai_kontrak", "nilai_umk_kontrak", "nilai_pdn_kontrak"
            )
            dateColumns = ["tgl_selesai_nontender", "tgl_pengumuman_nontender"]
        case .pencatatanNontender, .pencatatanSwakelola:
            let idColumn = self == .pencatatanNontender ? "kd_nontender_pct" : "kd_swakelola_pct"
            (id, amountColumn, umkColumn, pdnColumn) = (
                record.text(idColumn), "total_realisasi", "nilai_umk_pct", "nilai_pdn_pct"
            )
            dateColumns = ["tgl_selesai_paket", "tgl_mulai_paket", "tgl_buat_paket"]
        case .ekatalog:
            (id, amountColumn) = (record.text("kd_paket"), "total_harga")
            dateColumns = ["tgl_order"]
        case .ekatalogInaproc:
            (id, amountColumn) = (record.text(["order_id", "kd_paket"]), "total")
            dateColumns = ["order_date", "last_update_date"]
            rupColumn = "rup_code"
        case .tokoDaring:
            (id, amountColumn) = (record.text("order_id"), "valuasi")
            dateColumns = ["tanggal_transaksi"]
        default:
            return nil
        }
        guard let id = record.require(id, "record id") else { return nil }
        let amount = record.money(amountColumn)
        let date = record.day(dateColumns)
        let year = record.year(["tahun_anggaran", "fiscal_year", "tahun"]) ?? date?.year
        guard let year else {
            _ = record.require(nil, "tahun_anggaran")
            return nil
        }
        var spend = LKPPSpend(
            txID: "\(txPrefix):\(id)",
            opdCode: self == .spseTender ? record.text(["kd_satker_str", "kd_satker"]) : record.text("kd_satker_str"),
            kdSatker: record.text(["kd_satker", "kode_satker"]), opdName: record.text("nama_satker"),
            fiscalYear: year, date: date ?? Day(year: year, month: 12, day: 31)!, amount: amount ?? .zero,
            declaredUMK: umkColumn.flatMap { record.money($0) }, declaredPDN: pdnColumn.flatMap { record.money($0) },
            supplierNPWP: nil, supplierName: record.text(["nama_penyedia", "merchant_name", "nama_merchant"]),
            rupCodes: (record.text(rupColumn) ?? "").split(separator: ";").map { String($0).trimmingSpaces }
                .filter { !$0.isEmpty },
            shipping: record.money(self == .ekatalogInaproc ? "shipping_fee" : "ongkir"), notSpend: nil,
            pagu: record.money("pagu"))
        // NPWP as digits (16 preferred), the directory's form; an odd one is kept out, not guessed.
        if let raw = record.text(["npwp_16_penyedia", "npwp16_penyedia", "npwp_penyedia"]),
            case .success(let npwp) = Identifiers.npwp(raw)
        {
            spend.supplierNPWP = npwp
        }
        spend.notSpend = notSpendReason(record, amount: amount)
        return spend
    }

    /// Why a record is not spend under the counting rules, or nil when it counts.
    private func notSpendReason(_ record: LKPPRecord, amount: Rupiah?) -> String? {
        func lower(_ column: String) -> String? { record.text(column)?.lowercased() }
        switch self {
        case .spseTender, .spseNontender:
            if (amount ?? .zero) <= .zero { return "awarded without a contract value" }
        case .pencatatanNontender, .pencatatanSwakelola:
            let prefix = self == .pencatatanNontender ? "status_nontender_pct" : "status_swakelola_pct"
            if lower(prefix) == "ditutup" || lower("\(prefix)_ket") == "paket dibatalkan" { return "cancelled" }
            if (amount ?? .zero) <= .zero { return "no realisation recorded" }
        case .ekatalog, .ekatalogInaproc:
            let shipment = lower(self == .ekatalog ? "status_pengiriman" : "shipment_status")
            let status = lower(self == .ekatalog ? "status_pkt" : "status")
            if shipment == "draft" { return "draft package" }
            if status == "cancelled" { return "cancelled package" }
        case .tokoDaring:
            if record.has("status_verif") && lower("status_verif") != "verified" { return "not verified" }
            if lower("status_konfirmasi_ppmse") == "gagal" { return "failed at the marketplace (gagal)" }
        default: break
        }
        return nil
    }
}

extension Template {
    /// How a template column is formatted and checked while it is filled in.
    enum Shape {
        /// Text cells (`@`): codes keep their leading zeros and dots.
        case code
        case text
        /// Rupiah as a number shown `Rp 9.000.000`.
        case money
        /// A day shown `17/03/2026`.
        case date
        case whole
        /// A whole percent, 0–100.
        case percent
        /// One of a list (the Pilihan sheet); `strict` refuses other values, otherwise Excel warns.
        case choice([String], strict: Bool)
    }

    /// Units the Fixtures and officers use most; any other unit is allowed (with a warning).
    static let commonUnits = [
        "pcs", "pack", "box", "paket", "kg", "liter", "botol", "porsi", "set", "stel", "lembar", "unit", "orang", "m2",
        "ekor",
    ]

    /// One column's shape, its explanation (Indonesian, English) and an example value.
    struct Note {
        let shape: Shape
        let id: String
        let en: String
        let example: String
    }

    /// What each column of each kind means, for the Petunjuk sheet.
    static func note(_ kind: ImportKind, _ column: String) -> Note {
        switch (kind, column) {
        case (.suppliers, "nib"), (.catalog, "nib"), (.spend, "supplier_nib"):
            Note(
                shape: .code, id: "Nomor Induk Berusaha, 13 angka", en: "Business ID (NIB), 13 digits",
                example: "9120145297053")
        case (.suppliers, "name"):
            Note(shape: .text, id: "Nama usaha", en: "Business name", example: "UD Emping Melinjo Bu Siti")
        case (.suppliers, "scale"):
            Note(
                shape: .choice(Scale.allCases.map(\.rawValue), strict: true), id: "Skala usaha", en: "Business size",
                example: "mikro")
        case (_, "region"):
            Note(
                shape: .code, id: "Kode wilayah Kemendagri: provinsi (36) atau kabupaten/kota (36.04)",
                en: "Kemendagri region code: province (36) or regency/city (36.04)", example: "36.04")
        case (.suppliers, "sentra"):
            Note(shape: .text, id: "Nama sentra IKM", en: "IKM cluster", example: "Sentra Emping Melinjo Cikeusal")
        case (_, "certifications"), (_, "required_certifications"):
            Note(
                shape: .text, id: "Jenis:nomor, dipisah titik koma (halal, pirt, sni, bpom, tkdn)",
                en: "type:number, separated by semicolons (halal, pirt, sni, bpom, tkdn)",
                example: "halal:ID36025168635843731;pirt:206360458236228")
        case (_, "active"):
            Note(shape: .choice(["ya", "tidak"], strict: true), id: "Masih aktif?", en: "Still active?", example: "ya")
        case (_, "verified_on"):
            Note(shape: .date, id: "Tanggal verifikasi terakhir", en: "Last verified on", example: "14/08/2026")
        case (_, "npwp"), (_, "supplier_npwp"):
            Note(
                shape: .code, id: "NPWP, 15 atau 16 angka", en: "Tax ID (NPWP), 15 or 16 digits",
                example: "948411093401000")
        case (_, "phone"): Note(shape: .code, id: "Nomor telepon", en: "Phone number", example: "08227534234")
        case (_, "email"):
            Note(shape: .text, id: "Alamat email", en: "Email address", example: "empingbusiti@gmail.com")
        case (_, "sku"):
            Note(shape: .code, id: "Kode produk penyedia", en: "The supplier's product code", example: "EMP-250G")
        case (.catalog, "name"):
            Note(shape: .text, id: "Nama produk", en: "Product name", example: "Emping Melinjo Original 250 gr")
        case (_, "category"):
            Note(
                shape: .choice(Category.slugs, strict: true), id: "Kategori produk", en: "Product category",
                example: "makanan")
        case (_, "unit"): Note(shape: .choice(commonUnits, strict: false), id: "Satuan", en: "Unit", example: "pack")
        case (_, "unit_price"):
            Note(shape: .money, id: "Harga per satuan, rupiah", en: "Price per unit, rupiah", example: "32500")
        case (_, "capacity_per_month"):
            Note(shape: .whole, id: "Kapasitas produksi per bulan", en: "Monthly capacity", example: "1500")
        case (_, "lead_time_days"): Note(shape: .whole, id: "Waktu kirim, hari", en: "Lead time, days", example: "5")
        case (_, "tkdn"):
            Note(
                shape: .percent, id: "Nilai TKDN, persen 0–100", en: "Local content (TKDN), percent 0–100",
                example: "92")
        case (_, "bmp"):
            Note(shape: .percent, id: "Nilai BMP, persen 0–15", en: "Company benefit (BMP), percent 0–15", example: "5")
        case (.catalog, "description"):
            Note(
                shape: .text, id: "Keterangan produk", en: "Product description",
                example: "emping melinjo gurih, oleh-oleh khas Banten")
        case (_, "need_id"):
            Note(
                shape: .code, id: "Kode RUP atau kode kebutuhan", en: "RUP package or need code",
                example: "BTN-SETDA-26-001")
        case (_, "opd_code"):
            Note(shape: .code, id: "Kode OPD (perangkat daerah)", en: "Agency (OPD) code", example: "BTN-SETDA")
        case (_, "opd_name"):
            Note(shape: .text, id: "Nama OPD", en: "Agency name", example: "Sekretariat Daerah Provinsi Banten")
        case (_, "fiscal_year"): Note(shape: .whole, id: "Tahun anggaran", en: "Fiscal year", example: "2026")
        case (_, "program"):
            Note(
                shape: .choice(Category.programs, strict: true), id: "Jenis program", en: "Programme",
                example: "catering")
        case (.needs, "description"):
            Note(
                shape: .text, id: "Uraian kebutuhan", en: "What is needed",
                example: "Snack box rapat koordinasi 200 orang")
        case (_, "quantity"): Note(shape: .whole, id: "Jumlah yang dibutuhkan", en: "Quantity needed", example: "200")
        case (_, "budget"): Note(shape: .money, id: "Pagu, rupiah", en: "Budget, rupiah", example: "6000000")
        case (_, "needed_by"): Note(shape: .date, id: "Tanggal dibutuhkan", en: "Needed by", example: "10/03/2026")
        case (_, "tx_id"):
            Note(shape: .code, id: "Nomor transaksi, unik", en: "Transaction number, unique", example: "TX26-9001")
        case (_, "date"): Note(shape: .date, id: "Tanggal transaksi", en: "Transaction date", example: "08/01/2026")
        case (_, "amount"):
            Note(shape: .money, id: "Nilai transaksi, rupiah", en: "Amount, rupiah", example: "48500000")
        case (_, "supplier_name"):
            Note(shape: .text, id: "Nama penyedia", en: "Supplier name", example: "PT Banten Boga Nusantara")
        case (_, "goods_services_budget"):
            Note(
                shape: .money, id: "Belanja barang/jasa, rupiah", en: "Goods and services budget, rupiah",
                example: "48750000000")
        default: Note(shape: .text, id: column, en: column, example: "")
        }
    }
}

/// The five kinds of CSV file sentra imports.
public enum ImportKind: String, Sendable, CaseIterable {
    case suppliers, catalog, needs, spend, budgets
}

/// One column of an import file: its contract name, whether it is required,
/// and the other headers (Indonesian, LKPP/SiRUP exports) that mean it.
public struct ColumnSpec: Sendable {
    public var name: String
    public var required: Bool
    public var aliases: [String]

    init(_ name: String, required: Bool = false, aliases: [String] = []) {
        self.name = name
        self.required = required
        self.aliases = aliases
    }
}

extension ImportKind {
    /// The columns of each kind, in the contract's order.
    public var columns: [ColumnSpec] {
        switch self {
        case .suppliers:
            [
                ColumnSpec("nib", required: true, aliases: ["nib_penyedia", "nomor_induk_berusaha"]),
                ColumnSpec(
                    "name", required: true, aliases: ["nama", "nama_usaha", "nama_perusahaan", "nama_penyedia"]),
                ColumnSpec("scale", required: true, aliases: ["skala", "skala_usaha"]),
                ColumnSpec(
                    "region", required: true,
                    aliases: [
                        "wilayah", "kode_wilayah", "kd_wilayah", "kab_kota", "kode_kab_kota", "kode_kabupaten_kota",
                        "kabupaten_kota", "lokasi", "domisili",
                    ]),
                ColumnSpec("sentra", aliases: ["nama_sentra", "klaster", "sentra_ikm"]),
                ColumnSpec("certifications", aliases: ["sertifikasi", "sertifikat"]),
                ColumnSpec("active", aliases: ["aktif", "status_aktif"]),
                ColumnSpec("verified_on", aliases: ["tanggal_verifikasi", "tgl_verifikasi", "diverifikasi"]),
                ColumnSpec("npwp", aliases: ["npwp_penyedia"]),
                ColumnSpec(
                    "phone", aliases: ["telepon", "telp", "no_hp", "hp", "no_telp", "no_telepon", "telpon", "kontak"]),
                ColumnSpec("email", aliases: ["surel", "e_mail", "alamat_email"]),
            ]
        case .catalog:
            [
                ColumnSpec("nib", required: true, aliases: ["nib_penyedia"]),
                ColumnSpec("sku", required: true, aliases: ["kode_produk", "kd_produk", "id_produk"]),
                ColumnSpec("name", required: true, aliases: ["nama", "nama_produk"]),
                ColumnSpec("category", required: true, aliases: ["kategori", "kategori_produk"]),
                ColumnSpec("unit", required: true, aliases: ["satuan"]),
                ColumnSpec("unit_price", required: true, aliases: ["harga_satuan", "harga"]),
                ColumnSpec("capacity_per_month", aliases: ["kapasitas_per_bulan", "kapasitas", "kapasitas_bulanan"]),
                ColumnSpec(
                    "lead_time_days",
                    aliases: [
                        "waktu_kirim_hari", "lama_pengiriman", "waktu_pengiriman", "waktu_pengiriman_hari", "lead_time",
                    ]),
                ColumnSpec("tkdn", aliases: ["nilai_tkdn"]),
                ColumnSpec("bmp", aliases: ["nilai_bmp"]),
                ColumnSpec("certifications", aliases: ["sertifikasi", "sertifikat"]),
                ColumnSpec("description", aliases: ["deskripsi", "keterangan", "spesifikasi"]),
            ]
        case .needs:
            [
                ColumnSpec("need_id", required: true, aliases: ["kd_rup", "kode_rup", "id_kebutuhan", "id_rup"]),
                ColumnSpec(
                    "opd_code", required: true, aliases: ["kd_satker", "kd_satker_str", "kode_satker", "kode_opd"]),
                ColumnSpec("opd_name", required: true, aliases: ["nama_satker", "nama_opd"]),
                ColumnSpec("fiscal_year", required: true, aliases: ["tahun_anggaran", "tahun", "ta"]),
                ColumnSpec("program", aliases: ["jenis_program"]),
                ColumnSpec("category", required: true, aliases: ["kategori"]),
                ColumnSpec(
                    "description", required: true, aliases: ["nama_paket", "uraian", "deskripsi", "uraian_pekerjaan"]),
                ColumnSpec("quantity", required: true, aliases: ["volume", "jumlah", "kuantitas", "qty"]),
                ColumnSpec("unit", required: true, aliases: ["satuan"]),
                ColumnSpec("budget", required: true, aliases: ["pagu", "hps", "anggaran", "pagu_anggaran"]),
                ColumnSpec(
                    "region", required: true,
                    aliases: [
                        "kode_wilayah", "lokasi", "wilayah", "kd_wilayah", "kab_kota", "kabupaten_kota",
                        "lokasi_pengiriman",
                    ]),
                ColumnSpec(
                    "needed_by",
                    aliases: [
                        "tanggal_dibutuhkan", "tgl_dibutuhkan", "batas_waktu", "tanggal_kebutuhan", "tgl_kebutuhan",
                        "tenggat", "tenggat_waktu",
                    ]),
                // A needs file has one certificate column, so plain `sertifikat` can only mean this one.
                ColumnSpec(
                    "required_certifications",
                    aliases: [
                        "sertifikat", "sertifikasi", "sertifikasi_wajib", "sertifikat_wajib", "syarat_sertifikasi",
                        "syarat_sertifikat",
                    ]),
            ]
        case .spend:
            [
                ColumnSpec(
                    "tx_id", required: true,
                    aliases: ["id_transaksi", "no_transaksi", "kd_transaksi", "nomor_transaksi"]),
                ColumnSpec(
                    "opd_code", required: true, aliases: ["kd_satker", "kd_satker_str", "kode_satker", "kode_opd"]),
                ColumnSpec("date", required: true, aliases: ["tanggal", "tgl_transaksi", "tanggal_transaksi"]),
                ColumnSpec(
                    "amount", required: true,
                    aliases: [
                        "nilai_kontrak", "nilai", "total_harga", "nilai_transaksi", "jumlah", "nilai_belanja", "total",
                    ]),
                ColumnSpec("supplier_nib", aliases: ["nib_penyedia", "nib"]),
                ColumnSpec("supplier_npwp", aliases: ["npwp_penyedia", "npwp"]),
                ColumnSpec("supplier_name", aliases: ["nama_penyedia"]),
                ColumnSpec("need_id", aliases: ["kd_rup", "kode_rup"]),
                ColumnSpec("category", aliases: ["kategori"]),
                ColumnSpec("tkdn", aliases: ["nilai_tkdn"]),
                ColumnSpec("bmp", aliases: ["nilai_bmp"]),
            ]
        case .budgets:
            [
                ColumnSpec(
                    "opd_code", required: true, aliases: ["kd_satker", "kd_satker_str", "kode_satker", "kode_opd"]),
                ColumnSpec("fiscal_year", required: true, aliases: ["tahun_anggaran", "tahun", "ta"]),
                ColumnSpec(
                    "goods_services_budget", required: true,
                    aliases: ["belanja_barang_jasa", "pagu_barang_jasa", "belanja_pengadaan", "anggaran_barang_jasa"]),
            ]
        }
    }
}

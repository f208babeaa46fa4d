/// One kind of LKPP export (ISB or INAPROC shape) that `import lkpp` recognises by its header.
///
/// Each profile requires only a few columns (Fixtures/lkpp/PROFILES.md): enough to tell the
/// exports apart, few enough that a real file with extra, missing or reordered optional
/// columns is still recognised. Everything else in a header is ignored.
public enum LKPPProfile: String, Sendable, CaseIterable {
    case masterSatker = "rup-master-satker"
    case strukturAnggaran = "rup-struktur-anggaran"
    case rupPenyedia = "rup-penyedia"
    case rupSwakelola = "rup-swakelola"
    case spseTender = "spse-tender"
    case spseNontender = "spse-nontender"
    case pencatatanNontender = "spse-pencatatan-nontender"
    case pencatatanSwakelola = "spse-pencatatan-swakelola"
    case ekatalog = "ekatalog"
    case ekatalogInaproc = "ekatalog-inaproc"
    case tokoDaring = "tokodaring"

    /// Where a profile's records go.
    public enum Feeds: Sendable { case master, budgets, needs, spend }

    /// The export's name as LKPP publishes it, for the per-file summary.
    public var label: String {
        switch self {
        case .masterSatker: "RUP master satker"
        case .strukturAnggaran: "RUP struktur anggaran PD"
        case .rupPenyedia: "RUP paket penyedia terumumkan"
        case .rupSwakelola: "RUP paket swakelola terumumkan"
        case .spseTender: "SPSE tender selesai nilai"
        case .spseNontender: "SPSE non-tender selesai"
        case .pencatatanNontender: "SPSE pencatatan non-tender"
        case .pencatatanSwakelola: "SPSE pencatatan swakelola"
        case .ekatalog: "e-Katalog v6 paket e-purchasing"
        case .ekatalogInaproc: "e-Katalog v6 e-purchasing (INAPROC)"
        case .tokoDaring: "Toko Daring realisasi"
        }
    }

    /// The columns a header must have to be this export.
    public var required: [String] {
        switch self {
        case .masterSatker: ["kd_satker", "kd_satker_str", "nama_satker", "jenis_satker"]
        case .strukturAnggaran: ["kd_satker_str", "belanja_pengadaan", "total_belanja"]
        case .rupPenyedia: ["kd_rup", "pagu", "status_ukm", "urarian_pekerjaan"]
        case .rupSwakelola: ["kd_rup", "pagu", "uraian_pekerjaan", "tgl_awal_pelaksanaan_kontrak"]
        case .spseTender: ["kd_tender", "kd_rup_paket", "nilai_kontrak", "nilai_umk_kontrak"]
        case .spseNontender: ["kd_nontender", "kd_rup", "nilai_kontrak", "nilai_umk_kontrak", "status_nontender"]
        case .pencatatanNontender: ["kd_nontender_pct", "total_realisasi", "nilai_umk_pct", "status_nontender_pct"]
        case .pencatatanSwakelola: ["kd_swakelola_pct", "total_realisasi", "nilai_umk_pct", "status_swakelola_pct"]
        case .ekatalog: ["kd_paket", "total_harga", "status_pengiriman", "kd_penyedia_sikap"]
        case .ekatalogInaproc: ["rup_code", "total", "shipment_status", "order_date"]
        case .tokoDaring: ["order_id", "valuasi", "status_konfirmasi_ppmse"]
        }
    }

    public var target: Feeds {
        switch self {
        case .masterSatker: .master
        case .strukturAnggaran: .budgets
        case .rupPenyedia, .rupSwakelola: .needs
        default: .spend
        }
    }

    /// The prefix of a spend row's `tx_id`: record ids of different exports never collide, and
    /// the ISB and INAPROC shapes of one export share it (the same record is the same row).
    var txPrefix: String {
        switch self {
        case .ekatalogInaproc: LKPPProfile.ekatalog.rawValue
        default: rawValue
        }
    }

    /// Import order within a run: the master first (it resolves bare `kd_satker`), then
    /// budgets and plans, then spend.
    var order: Int {
        switch target {
        case .master: 0
        case .budgets: 1
        case .needs: 2
        case .spend: 3
        }
    }

    /// The profile a `--source` names: the profile's name, or its label.
    public static func named(_ raw: String) -> LKPPProfile? {
        let key = raw.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" }).joined(separator: "-")
        return allCases.first { $0.rawValue == key || $0.label.lowercased() == raw.lowercased() }
    }
}

import Foundation
import GRDB
import SentraTestSupport
import Testing

/// `import lkpp` on every file in Fixtures/lkpp, checked against the hand computation in
/// Fixtures/lkpp/EXPECTED.md (which check_expected.py recomputes from the files).
@Suite struct LKPPEndToEndTests {
    static let common = [
        "rup_master_satker.csv", "rup_struktur_anggaran_pd.csv", "rup_paket_penyedia_terumumkan.csv",
        "rup_paket_swakelola_terumumkan.csv", "spse_tender_selesai_nilai.csv", "spse_pencatatan_nontender.csv",
        "spse_pencatatan_swakelola.csv", "tokodaring_realisasi.csv",
    ]
    static let isb = common + ["spse_nontender_selesai.csv", "ekatalog_v6_paket_epurchasing.csv"]
    static let inaproc = common + ["inaproc_nontender_selesai.csv", "inaproc_ekatalog_paket_epurchasing.csv"]

    /// EXPECTED.md's summary: opd → (total, UMK, share, PDN, PDN share, budget share).
    static let expected: [String: [String?]] = [
        "1.03.2.15.1.04.03.0000": ["1887353926.32", "1706694787.91", "90.43", "1832119426.32", "97.07", "1.18"],
        "2.17.0.00.0.00.17.0000": ["281256862.50", "73896862.50", "26.27", "168960000", "60.07", "1.15"],
        "3.30.3.31.3.29.23.0000": ["124810500.50", "55150000", "44.19", "55150000", "44.19", "0.50"],
        "4.01.0.00.0.00.24.0000": ["903077500", "24277500", "2.69", "526927500", "58.35", "0.04"],
        "089378": ["1980000", "0", "0.00", "0", "0.00", nil],
        // A budget and no spend: still a row, so "nothing recorded" is seen.
        "7.01.0.00.0.00.01.0000": ["0", "0", "0.00", "0", "0.00", "0.00"],
    ]

    /// A database with `files` imported in one `import lkpp` run.
    static func loaded(_ files: [String]) throws -> (Scratch, SentraBinary, [String], SentraBinary.Result) {
        let scratch = try Scratch()
        let sentra = SentraBinary.english(directory: Repository.root.path)
        let db = ["--db", scratch.path("lkpp.db")]
        let result = try sentra.run(db + ["import", "lkpp"] + files.map { "Fixtures/lkpp/" + $0 })
        return (scratch, sentra, db, result)
    }

    static func rows(_ json: String) throws -> [[String: Any]] {
        try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]] ?? []
    }

    @Test(arguments: ["isb", "inaproc"])
    func complianceEqualsTheHandComputation(set: String) throws {
        let (scratch, sentra, db, imported) = try Self.loaded(set == "isb" ? Self.isb : Self.inaproc)
        defer { scratch.remove() }
        #expect(imported.status == 0, "\(imported.stderr)")
        for metric in ["umkk", "pdn"] {
            let report = try sentra.run(
                db + ["report", "compliance", "--year", "2025", "--metric", metric, "--format", "json"])
            #expect(report.status == 0, "\(report.stderr)")
            // Both import sets give the same bytes, so one golden serves both.
            let difference = try Golden.difference(report.stdout, "lkpp-compliance-\(metric).json")
            #expect(difference == nil, "\(set) \(metric): \(difference ?? "")")
            let rows = try Self.rows(report.stdout)
            #expect(Set(rows.map { $0["opd_code"] as? String ?? "" }) == Set(Self.expected.keys))
            for row in rows {
                let opd = row["opd_code"] as? String ?? ""
                guard let want = Self.expected[opd] else { continue }
                #expect(row["total_spend"] as? String == want[0], "\(set) \(metric) \(opd)")
                let counted = metric == "umkk" ? want[1] : want[3]
                let share = metric == "umkk" ? want[2] : want[4]
                #expect(row["counted_spend"] as? String == counted, "\(set) \(metric) \(opd)")
                #expect(row["share"] as? String == share, "\(set) \(metric) \(opd)")
                if metric == "umkk" { #expect(row["budget_share"] as? String == want[5], "\(set) \(opd)") }
            }
        }
        let names = try Self.rows(
            sentra.run(db + ["report", "compliance", "--year", "2025", "--format", "json"]).stdout
        ).map { $0["opd_name"] as? String ?? "" }
        #expect(names.contains("UPTD PASAR SUKAMAJU"))
        #expect(names.contains("SEKRETARIAT DAERAH"))
    }

    @Test func aByteIdenticalReimportChangesNothingAndHistoryNamesTheProfiles() throws {
        let (scratch, sentra, db, imported) = try Self.loaded(Self.isb)
        defer { scratch.remove() }
        #expect(
            imported.stderr.contains(
                "spse_nontender_selesai.csv: SPSE non-tender selesai — 8 records, 6 with a contract value, 2 awarded without one"
            ))
        let again = try sentra.run(db + ["import", "lkpp"] + Self.isb.map { "Fixtures/lkpp/" + $0 })
        #expect(again.status == 0)
        #expect(again.stderr.contains("no changes"))
        #expect(!again.stderr.contains(" 1 added"))
        let history = try sentra.run(db + ["history", "--format", "json"]).stdout
        #expect(history.components(separatedBy: "\"kind\" : \"lkpp:").count == Self.isb.count + 1)
        #expect(history.contains("lkpp:spse-nontender"))
        #expect(history.contains("\"sha256\""))
    }

    @Test func backslashQuotedRecordsKeepEveryFieldAndNeedsAreRead() throws {
        let (scratch, _, _, imported) = try Self.loaded(Self.isb)
        defer { scratch.remove() }
        #expect(imported.status == 0)
        let store = Probe(queue: try DatabaseQueue(path: scratch.path("lkpp.db")))
        // 10154880000: kd_satker_str null → kd_satker 301103 through the master; the \" record.
        #expect(
            try store.row(
                "SELECT opd_code, amount, supplier_name FROM spend WHERE tx_id = 'spse-nontender:10154880000'")
                == ["4.01.0.00.0.00.24.0000", "979000000", "PERCETAKAN MEKAR GRAFIKA"])
        #expect(
            try store.row("SELECT opd_code, amount FROM spend WHERE tx_id = 'tokodaring:5534002'")
                == ["089378", "198000000"])
        #expect(
            try store.row("SELECT category, quantity, unit, budget, region FROM need WHERE need_id = '70120001'")
                == ["jasa-boga", "50", "orang/kali", "4800000000", ""])
        #expect(
            try store.row("SELECT category, quantity, unit, budget FROM need WHERE need_id = '70120003'")
                == ["percetakan", "6133", "lembar", "459975000"])
        #expect(
            try store.row("SELECT category, quantity, unit, status_ukm FROM need WHERE need_id = '70110004'")
                == ["lainnya", "12", "bulan", "Non UKM"])
        let spanduk = try store.row("SELECT description, not_ikm_reason FROM need WHERE need_id = '70130003'")
        #expect(spanduk[0].hasPrefix("Belanja Cetak Spanduk \"Sukamaju Berbenah\". Cetak spanduk kampanye"))
        #expect(!spanduk[0].contains("<p>"))
        #expect(
            try store.row("SELECT not_ikm_reason FROM need WHERE need_id = '70110001'")
                == ["Pekerjaan Konstruksi: not an IKM product need"])
    }

    @Test func anUnknownHeaderExits65NamingTheClosestProfile() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = try scratch.write(
            "x.csv", "kd_nontender,kd_rup,nilai_kontrak,status_nontender\n1,2,3,Selesai\n")
        let result = try SentraBinary.english().run(["--db", scratch.path("x.db"), "import", "lkpp", file])
        #expect(result.status == 65)
        #expect(result.stderr.contains("SPSE non-tender selesai"))
        #expect(result.stderr.contains("nilai_umk_kontrak"))
    }
    @Test func plannedStageCheckAndMatchSayWhatAnAuditorNeeds() throws {
        let (scratch, sentra, db, imported) = try Self.loaded(Self.isb)
        defer { scratch.remove() }
        #expect(imported.status == 0)
        let planned = try Self.rows(
            sentra.run(db + ["report", "compliance", "--stage", "planned", "--year", "2025", "--format", "json"]).stdout
        )
        // EXPECTED.md, planned stage: RUP pagu UKM / all RUP pagu, and / belanja_pengadaan.
        let want: [String: [String]] = [
            "1.03.2.15.1.04.03.0000": ["1982450000", "2402450000", "82.52", "1.37"],
            "2.17.0.00.0.00.17.0000": ["112500000", "292500000", "38.46", "1.75"],
            "3.30.3.31.3.29.23.0000": ["277349750", "277349750", "100.00", "2.49"],
            "4.01.0.00.0.00.24.0000": ["135850000", "920850000", "14.75", "0.24"],
        ]
        #expect(planned.count == want.count)
        for row in planned {
            let opd = row["opd_code"] as? String ?? ""
            let got = ["counted_spend", "total_spend", "share", "budget_share"].map { row[$0] as? String ?? "" }
            #expect(got == want[opd], "\(opd)")
        }
        let check = try sentra.run(db + ["check", "--format", "json"]).stdout
        #expect(check.contains("3 records awarded without a contract value (pagu Rp 600.000.000)"))
        #expect(check.contains("spse-tender:10084411000"))
        #expect(check.contains("4 contracts (Rp 631.944.638,41) declare no UMK value"))
        #expect(check.contains("089378 (UPTD PASAR SUKAMAJU) is not in the satker master"))
        let match = try sentra.run(db + ["match", "--need", "70110001", "--format", "json"]).stdout
        #expect(match.contains("Pekerjaan Konstruksi: not an IKM product need; not searched"))
    }
    @Test func flagsNameDeclaredUMKTheDirectoryContradicts() throws {
        let (scratch, sentra, db, imported) = try Self.loaded(Self.isb)
        defer { scratch.remove() }
        #expect(imported.status == 0)
        let suppliers = try scratch.write(
            "suppliers.csv",
            """
            nib,name,scale,region,npwp
            9120000000001,CV. KARYA MANDIRI SUKAMAJU,menengah,32.04,0012345678441000
            9120000000002,PT. DAYA KOPERASI KONSULTAN,kecil,32.04,0034567890445000

            """)
        #expect(try sentra.run(db + ["import", "suppliers", suppliers]).status == 0)
        let flags = try sentra.run(db + ["report", "flags", "--year", "2025", "--format", "json"]).stdout
        #expect(
            flags.contains(
                "declares Rp 1.613.214.787,91 as UMK, but the directory knows supplier 9120000000001 as menengah"))
        #expect(
            flags.contains(
                "declares no UMK value (0) on Rp 168.960.000, but the directory knows supplier 9120000000002 as kecil"))
    }
    @Test func dryRunStdinAndRepublishedRecords() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let sentra = SentraBinary.english()
        let db = ["--db", scratch.path("r.db")]
        let original = try String(
            contentsOfFile: Repository.fixture("lkpp/spse_pencatatan_nontender.csv"), encoding: .utf8)
        let dry = try sentra.run(db + ["import", "lkpp", "--dry-run", "-"], stdin: original)
        #expect(dry.status == 0)
        #expect(dry.stderr.contains("<stdin>: SPSE pencatatan non-tender — 8 records, 5 counted as spend"))
        #expect(dry.stderr.contains("dry run"))
        #expect(try sentra.run(db + ["import", "lkpp", "-"], stdin: original).status == 0)
        // LKPP republishes: 10168217000 is now cancelled, 10190967000 has a new realised value.
        let republished = original.replacingOccurrences(
            of: "NonSPK,Aktif,Paket Sedang Berjalan,null,198203142009011004,\"Ir. Dedi Supriatna, MT\",2025-01-14",
            with: "NonSPK,Ditutup,Paket Dibatalkan,null,198203142009011004,\"Ir. Dedi Supriatna, MT\",2025-01-14"
        ).replacingOccurrences(of: "8500000,8275000,8275000,8275000", with: "8500000,8300000,8300000,8300000")
        #expect(republished != original)
        let again = try sentra.run(db + ["import", "lkpp", "-"], stdin: republished)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("0 added, 2 updated, 6 unchanged"), "\(again.stderr)")
        let history = try sentra.run(db + ["history", "--format", "json"]).stdout
        #expect(history.contains("spse-pencatatan-nontender:10168217000"))
        #expect(history.contains("spse-pencatatan-nontender:10190967000"))
        let report = try Self.rows(
            sentra.run(db + ["report", "compliance", "--year", "2025", "--format", "json"]).stdout)
        let disperindag = report.first { $0["opd_code"] as? String == "3.30.3.31.3.29.23.0000" }
        #expect(disperindag?["total_spend"] as? String == "8300000")
        let pu = report.first { $0["opd_code"] as? String == "1.03.2.15.1.04.03.0000" }
        #expect(pu?["total_spend"] as? String == "113214787.91")
        // And back: the original export again restores the record as spend, an update once more.
        let back = try sentra.run(db + ["import", "lkpp", "-"], stdin: original)
        #expect(back.stderr.contains("0 added, 2 updated, 6 unchanged"), "\(back.stderr)")
        #expect(try sentra.run(db + ["check", "--format", "json"]).stdout.contains("awarded") == false)
    }
}

/// One row of a query as text (NULL as ""), to compare with what a file says.
private struct Probe {
    let queue: DatabaseQueue

    func row(_ sql: String) throws -> [String] {
        try queue.read { db in
            guard let row = try Row.fetchOne(db, sql: sql) else { return [] }
            return row.databaseValues.map { value in
                switch value.storage {
                case .null: ""
                case .int64(let integer): String(integer)
                case .string(let text): text
                case .double(let double): String(double)
                case .blob: "<blob>"
                }
            }
        }
    }
}

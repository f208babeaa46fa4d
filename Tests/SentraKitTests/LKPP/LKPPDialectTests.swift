import SentraKit
import SentraTestSupport
import Testing

@Suite struct LKPPDialectTests {
    /// Every record of `text` read as `import lkpp` reads it (backslash escapes on).
    private func records(_ text: String, escapes: Bool? = true) throws -> [[String]] {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = try scratch.write("in.csv", text)
        let reader = try InputFile.scan(path: path, displayName: "in.csv", delimiter: .auto).reader()
        if let escapes { reader.backslashEscapes = escapes }
        var rows: [[String]] = []
        while try reader.next() { rows.append(reader.fields) }
        return rows
    }

    @Test func backslashEscapesInsideQuotesKeepEveryFieldInItsColumn() throws {
        let rows = try records(
            "id,name,note\n1,\"Cetak Spanduk \\\"Sukamaju\\\"\",\"<p>a\\r\\n</p>\\tb \\\\ c\"\n2,plain,null\n")
        #expect(rows.count == 3)
        #expect(rows[1] == ["1", "Cetak Spanduk \"Sukamaju\"", "<p>a\r\n</p>\tb \\ c"])
        #expect(rows[2] == ["2", "plain", "null"])
        #expect(LKPPValue.present(rows[2][2]) == nil)
        #expect(LKPPValue.present(" 089378 ") == "089378")
    }

    @Test func theGenericReaderStillRejectsBackslashQuotes() throws {
        #expect(throws: SentraError.self) { try records("a,b\n1,\"x \\\"y\\\" z\"\n", escapes: nil) }
    }

    @Test func moneyIsExactToTheSen() throws {
        #expect(try LKPPValue.money("113214787.91").get() == Rupiah(sen: 11_321_478_791))
        #expect(try LKPPValue.money("73896862.5").get() == Rupiah(sen: 7_389_686_250))
        #expect(try LKPPValue.money("1849212500.00").get() == Rupiah(sen: 184_921_250_000))
        #expect(try LKPPValue.money("1.250").get() == Rupiah(sen: 125))
        #expect(throws: ValueError.self) { try LKPPValue.money("1.255").get() }
        #expect(throws: ValueError.self) { try LKPPValue.money("-5").get() }
        #expect(throws: ValueError.self) { try LKPPValue.money("1e9").get() }
    }

    @Test func datesAndDateTimesBecomeDays() throws {
        #expect(try LKPPValue.day("2025-09-12").get().description == "2025-09-12")
        #expect(try LKPPValue.day("2025-10-03 16:00:00").get().description == "2025-10-03")
        #expect(try LKPPValue.day("2024-08-29T10:00:01.679000Z").get().description == "2024-08-29")
        #expect(try LKPPValue.day("2025-11-27T15:00:00Z").get().description == "2025-11-27")
        // 17:30 UTC is 00:30 WIB the next day, the day the ISB shape of the record writes.
        #expect(try LKPPValue.day("2025-02-05T17:30:00Z").get().description == "2025-02-06")
        #expect(throws: ValueError.self) { try LKPPValue.day("05/02/2025").get() }
    }

    @Test func volumesReadAsQuantityAndUnit() {
        #expect(LKPPVolume.parse("50 Orang / Kali") == LKPPVolume(quantity: 50, unit: "orang/kali"))
        #expect(LKPPVolume.parse("6133 Lembar") == LKPPVolume(quantity: 6133, unit: "lembar"))
        #expect(LKPPVolume.parse("1 Paket") == LKPPVolume(quantity: 1, unit: "paket"))
        #expect(LKPPVolume.parse("12 Bulan") == LKPPVolume(quantity: 12, unit: "bulan"))
        #expect(LKPPVolume.parse("1.200 Meter") == LKPPVolume(quantity: 1200, unit: "meter"))
        #expect(LKPPVolume.parse("Sesuai kebutuhan") == LKPPVolume(quantity: 1, unit: "paket", parsed: false))
        #expect(LKPPVolume.parse(nil).parsed == false)
    }

    @Test func categoriesAreInferredWithAReason() {
        #expect(LKPPCategory.infer("Belanja Makanan dan Minuman Rapat").slug == "jasa-boga")
        #expect(LKPPCategory.infer("Belanja Alat Tulis Kantor").slug == "percetakan")
        #expect(LKPPCategory.infer("Belanja Cetak Spanduk").slug == "percetakan")
        #expect(LKPPCategory.infer("Belanja Pakaian Batik Tradisional").slug == "fesyen")
        let other = LKPPCategory.infer("Belanja Modal Personal Computer")
        #expect(other.slug == "lainnya")
        #expect(other.reason.contains("no category word"))
        #expect(LKPPCategory.infer("Belanja Makanan dan Minuman Rapat").reason.contains("makanan dan minuman"))
    }

    @Test func regionsResolveFromTheKLPDName() {
        #expect(LKPPRegion.code(forKLPD: "Kab. Bandung") == "32.04")
        #expect(LKPPRegion.code(forKLPD: "Kota Bandung") == "32.73")
        #expect(LKPPRegion.code(forKLPD: "Kab. Sukamaju") == nil)
        #expect(LKPPRegion.code(forKLPD: nil) == nil)
    }

    @Test func everyFixtureHeaderIsRecognisedAsItsProfile() throws {
        let expected: [(String, LKPPProfile)] = [
            ("rup_master_satker.csv", .masterSatker), ("rup_struktur_anggaran_pd.csv", .strukturAnggaran),
            ("rup_paket_penyedia_terumumkan.csv", .rupPenyedia), ("rup_paket_swakelola_terumumkan.csv", .rupSwakelola),
            ("spse_tender_selesai_nilai.csv", .spseTender), ("spse_nontender_selesai.csv", .spseNontender),
            ("inaproc_nontender_selesai.csv", .spseNontender),
            ("spse_pencatatan_nontender.csv", .pencatatanNontender),
            ("spse_pencatatan_swakelola.csv", .pencatatanSwakelola),
            ("ekatalog_v6_paket_epurchasing.csv", .ekatalog),
            ("inaproc_ekatalog_paket_epurchasing.csv", .ekatalogInaproc), ("tokodaring_realisasi.csv", .tokoDaring),
        ]
        for (file, profile) in expected {
            let text = try String(contentsOfFile: Repository.fixture("lkpp/\(file)"), encoding: .utf8)
            let header = text.split(separator: "\n")[0].split(separator: ",").map(String.init)
            #expect(LKPPRecogniser.recognise(header) == .recognised(profile), "\(file)")
            // Order does not matter, and other columns are ignored.
            #expect(LKPPRecogniser.recognise(header.reversed() + ["kolom_baru"]) == .recognised(profile), "\(file)")
        }
    }

    @Test func anUnknownHeaderNamesTheClosestProfile() {
        let outcome = LKPPRecogniser.recognise(["kd_nontender", "kd_rup", "nilai_kontrak", "status_nontender"])
        #expect(outcome == .unknown(closest: .spseNontender, missing: ["nilai_umk_kontrak"]))
    }
}

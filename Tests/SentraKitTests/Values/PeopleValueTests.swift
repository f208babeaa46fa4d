import SentraKit
import Testing

/// Values written the way officers and directories write them (issue 13).
@Suite struct PeopleValueTests {
    @Test(arguments: [
        ("Batikmark:BM.0412;SNI:SPPT-SNI-0239", "batikmark:BM.0412;sni:SPPT-SNI-0239"),
        ("Halal MUI:ID36021234567890", "halal:ID36021234567890"),
        ("SPP-IRT:2063604010123-27", "pirt:2063604010123-27"),
        ("halal mui", "halal"), ("halal-mui", "halal"), ("SH", "halal"), ("MUI", "halal"),
        ("P-IRT", "pirt"), ("PIRT", "pirt"), ("SPPIRT", "pirt"),
        ("BPOM RI", "bpom"), ("POM", "bpom"), ("ML:123", "bpom:ML 123"), ("MD 224509001234", "bpom:MD 224509001234"),
        ("SPPT-SNI", "sni"), ("SNI ISO 9001", "sni:ISO 9001"), ("TKDN:45", "tkdn:45"),
        ("ISO 9001", "iso-9001"), ("SVLK:VLK-001", "svlk:VLK-001"), ("HKI", "hki"),
        ("Sertifikat Halal:ID1", "halal:ID1"), ("batikmark:a:b", "batikmark:a:b"),
    ])
    func certificatesAreAnOpenVocabulary(raw: String, cell: String) throws {
        let list = try Certification.parseList(raw).get()
        #expect(Certification.cell(list) == cell)
        // The stored cell reads back as itself.
        #expect(try Certification.parseList(Certification.cell(list)).get() == list)
    }

    @Test(arguments: ["...", ":", "-:123", "2063604010123", "!!:x"])
    func certificateGarbageIsRefusedSayingWhatWorks(raw: String) {
        guard case .failure(let error) = Certification.parseList(raw) else {
            Issue.record("accepted \(raw)")
            return
        }
        #expect(error.message.contains("type:number"))
    }

    @Test func requiredCertificationsAreSlugs() throws {
        #expect(try Certification.parseTypes("Halal MUI; SPP-IRT; Batikmark").get() == ["batikmark", "halal", "pirt"])
    }

    @Test(arguments: [
        ("Rp 9.000.000,-", Int64(900_000_000)), ("9.000.000,-", 900_000_000), ("Rp9.000.000,-", 900_000_000),
        ("9 juta", 900_000_000), ("9 jt", 900_000_000), ("9jt", 900_000_000), ("Rp 9 juta", 900_000_000),
        ("1,5 M", 150_000_000_000), ("1,5 miliar", 150_000_000_000), ("1,5 milyar", 150_000_000_000),
        ("2 Miliar", 200_000_000_000), ("350 rb", 35_000_000), ("350 ribu", 35_000_000), ("350rb", 35_000_000),
        ("1.5 jt", 150_000_000), ("2,75 juta", 275_000_000), ("1,125 M", 112_500_000_000),
        ("0,5 rb", 50_000),
    ])
    func moneyAsPeopleWriteIt(raw: String, sen: Int64) throws {
        #expect(try Rupiah.parse(raw).get() == Rupiah(sen: sen))
    }

    @Test(arguments: [
        "1.500 jt",  // 1500 juta or 1,5 juta
        "9 m",  // million or miliar
        "9 juta juta", "juta", "1,2345678 rb",  // finer than a sen
        "9 kilo", "-9 juta", "9,-5",
    ])
    func ambiguousOrUnknownMoneyIsRejected(raw: String) {
        #expect(throws: ValueError.self) { try Rupiah.parse(raw).get() }
    }

    @Test func moneyRejectionSaysWhatWouldBeAccepted() {
        guard case .failure(let error) = Rupiah.parse("1.500 jt") else {
            Issue.record("accepted")
            return
        }
        #expect(error.message.contains("1500 jt") && error.message.contains("1,5 jt"))
    }

    @Test(arguments: [
        ("Cilegon", "36.72"), ("Kota Cilegon", "36.72"), ("Kab. Serang", "36.04"), ("Kabupaten Serang", "36.04"),
        ("kab serang", "36.04"), ("KOTA SERANG", "36.73"), ("Kota Bandung", "32.73"), ("Kab Bandung", "32.04"),
        ("Kota Administrasi Jakarta Utara", "31.72"), ("Jakarta Utara", "31.72"), ("Kota Jakarta Utara", "31.72"),
        ("36.04", "36.04"), ("3604", "36.04"), ("Kab. Lebak", "36.02"),
    ])
    func regionsByKemendagriName(raw: String, code: String) throws {
        #expect(try RegionCode.parse(raw).get().description == code)
    }

    @Test func ambiguousRegionNameNamesBothCodes() {
        guard case .failure(let error) = RegionCode.parse("Bandung") else {
            Issue.record("accepted Bandung")
            return
        }
        #expect(error.message.contains("32.04") && error.message.contains("32.73"))
        #expect(error.message.contains("Kabupaten Bandung") && error.message.contains("Kota Bandung"))
    }

    @Test func unknownRegionNameSaysWhatWouldBeAccepted() {
        guard case .failure(let error) = RegionCode.parse("Kota Cilegn") else {
            Issue.record("accepted")
            return
        }
        #expect(error.message.contains("Kota Cilegon"))
        #expect(error.message.contains("36.04"))
    }

    @Test(arguments: [
        ("rapat", "catering"), ("makan minum", "catering"), ("Makan-Minum", "catering"), ("konsumsi", "catering"),
        ("mamin", "catering"), ("cinderamata", "gift"), ("souvenir", "gift"), ("hadiah", "gift"),
        ("ATK", "office"), ("alat tulis kantor", "office"), ("seragam", "uniform"), ("pakaian dinas", "uniform"),
        ("Samsat", "samsat-reward"), ("lain-lain", "other"),
    ])
    func programSynonyms(raw: String, program: String) throws {
        #expect(try Category.parseProgram(raw).get() == program)
    }
}

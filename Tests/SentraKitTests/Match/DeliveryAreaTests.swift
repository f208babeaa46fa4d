import Foundation
import SentraTestSupport
import Testing

@testable import SentraKit

/// Cooked and fresh food come from the need's province or from a kabupaten/kota of another
/// province within ``Eligibility/deliveryRadius`` km; goods that keep come from anywhere. Some
/// goods are fresh by name (``Eligibility/freshGoods``, jamu), unless carried home.
@Suite struct DeliveryAreaTests {
    /// Three caterers with the same nasi kotak at the same price: in Kota Bandar Lampung, Kota
    /// Bekasi and Kabupaten Serang; a keripik maker and a jamu maker in Kota Bandar Lampung (the
    /// jamu in bottles of 60 a month and in larger ones of 2,000).
    static func matches(_ needs: [(category: String, text: String, region: String)]) throws -> [NeedMatch] {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let suppliers = """
            nib,name,scale,region,sentra,certifications,active,verified_on,npwp,phone,email
            9200000000001,Katering Way Halim,mikro,18.71,,,ya,,,,
            9200000000002,Katering Bekasi Jaya,mikro,32.75,,,ya,,,,
            9200000000003,Katering Ciruas,kecil,36.04,,,ya,,,,
            9200000000004,Keripik Bu Sri,mikro,18.71,,,ya,,,,
            9200000000005,Jamu Gendong Way Halim,mikro,18.71,,,ya,,,,
            9200000000006,Otak-otak Way Halim,mikro,18.71,,,ya,,,,

            """
        let catalog = """
            nib,sku,name,category,unit,unit_price,capacity_per_month,lead_time_days,tkdn,bmp,certifications,description
            9200000000001,WH-1,Nasi Kotak Ayam Bakar,jasa-boga,box,25000,2000,2,,,,
            9200000000002,BJ-1,Nasi Kotak Ayam Bakar,jasa-boga,box,25000,2000,2,,,,
            9200000000003,CR-1,Nasi Kotak Ayam Bakar,jasa-boga,box,25000,2000,2,,,,
            9200000000004,BS-1,Keripik Pisang Coklat,makanan,pak,15000,2000,2,,,,
            9200000000005,JM-1,Jamu Kunyit Asam Botol,herbal,botol,10000,60,2,,,,
            9200000000005,JM-2,Jamu Kunyit Asam Botol Besar,herbal,botol,12000,2000,2,,,,
            9200000000006,OT-1,Otak-otak Bandeng isi 10,makanan,pak,20000,2000,2,,,,
            9200000000004,BK-1,Benih Kedelai Grobogan 1 kg,pertanian,pak,25000,2000,2,,,,

            """
        var lines = "need_id,opd_code,opd_name,fiscal_year,program,category,description,quantity,unit,budget,region,"
        lines += "needed_by,required_certifications\n"
        for (n, need) in needs.enumerated() {
            lines += "D\(n),OPD,Dinas,2026,,\(need.category),\(need.text),100,box,3000000,\(need.region),2026-06-01,\n"
        }
        let store = try Store(path: scratch.path("area.db"))
        for (kind, name, csv) in [
            (ImportKind.suppliers, "s.csv", suppliers), (.catalog, "c.csv", catalog), (.needs, "n.csv", lines),
        ] {
            _ = try Importer(store: store).run(ImportOptions(kind: kind, path: try scratch.write(name, csv)))
        }
        let (loaded, snapshot) = try store.read { db in (try NeedQuery().fetch(db), try CatalogSnapshot.load(db)) }
        var matcher = Matcher(catalog: snapshot, asOf: Day(year: 2026, month: 3, day: 1)!, top: 3)
        return matcher.match(loaded)
    }

    @Test func cookedFoodComesFromTheProvinceOrAcrossANearBorder() throws {
        let found = try Self.matches([
            ("jasa-boga", "Nasi Kotak Rapat", "36.73"),  // Kota Serang: Ciruas only
            ("jasa-boga", "Nasi Kotak Rapat", "31.75"),  // Jakarta Timur: Bekasi, 9 km
            ("jasa-boga", "Nasi Kotak Rapat", "18.72"),  // Kota Metro: Way Halim only
        ])
        #expect(found.map { $0.candidates.map(\.sku) } == [["CR-1"], ["BJ-1"], ["WH-1"]])
    }

    @Test func freshGoodsAreMadeInTheMonthNearTheTable() throws {
        let found = try Self.matches([
            ("herbal", "Jamu Kunyit Asam Segar", "36.73"),  // Kota Serang: Lampung is too far
            ("herbal", "Jamu Kunyit Asam Segar", "18.72"),  // Kota Metro: 60 a month is short of 100
            ("herbal", "Jamu Kunyit Asam oleh-oleh", "36.73"),  // carried home, it keeps: 60 × 3 months serve
        ])
        #expect(found.map { Set($0.candidates.map(\.sku)) } == [[], ["JM-2"], ["JM-1"]])
        #expect(found[0].unmatchedReason?.contains("too far for cooked or fresh food") == true)
    }

    @Test func someGoodsAreFreshByName() throws {
        let found = try Self.matches([
            ("makanan", "Otak-otak Bandeng", "36.73"),  // kept days: Lampung is too far
            ("makanan", "Oleh-oleh Otak-otak Bandeng Khas Lampung", "36.73"),  // packed to travel
            ("herbal", "Jamu Kunyit Asam Botol", "36.73"),  // jamu in no dried form is fresh
            ("pertanian", "Benih Kedelai Grobogan", "36.73"),  // soybeans keep: it is soy milk that does not
        ])
        #expect(found.map { $0.candidates.map(\.sku) } == [[], ["OT-1"], [], ["BK-1"]])
    }

    @Test func goodsThatKeepComeFromAnywhere() throws {
        let found = try Self.matches([("makanan", "Keripik Pisang", "36.73")])
        #expect(found.first?.candidates.map(\.sku) == ["BS-1"])
    }

    @Test func aFarCatererIsTheNearestMissWithTheDistance() throws {
        let found = try Self.matches([("jasa-boga", "Nasi Kotak Rapat", "52.71")])  // Kota Mataram
        let reason = try #require(found.first?.unmatchedReason)
        #expect(reason.contains("3 too far for cooked or fresh food"), "\(reason)")
        #expect(reason.contains("another province, "), "\(reason)")
        #expect(reason.contains(" km from Kota Mataram: it comes from the need's province or within 50 km"))
        let words = try #require(found.first?.unmatched?.words(.id))
        #expect(words.contains("3 terlalu jauh untuk makanan masak atau segar"), "\(words)")
        #expect(words.contains("km dari Kota Mataram: harus dari provinsi yang sama atau paling jauh 50 km"))
        // Distances in thousands are grouped as counts are: `1.040 km`.
        #expect(words.range(of: "provinsi lain, 1\\.[0-9]{3} km", options: .regularExpression) != nil, "\(words)")
    }
}

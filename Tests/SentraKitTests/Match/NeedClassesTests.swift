import Foundation
import SentraTestSupport
import Testing

@testable import SentraKit

/// A class written before the product (`Hewan Qurban`), occasions and copies counted
/// after the dash (`Forum`, `promosi`, `eks`), and spellings of a box and a zip
/// (``Lexicon``).
@Suite struct NeedClassesTests {
    static let suppliers = """
        nib,name,scale,region,sentra,certifications,active,verified_on,npwp,phone,email
        9750000000001,Ternak Serang,mikro,36.73,,,ya,,,,
        9750000000002,Cetak Serang,mikro,36.73,,,ya,,,,
        9750000000003,Katering Serang,mikro,36.73,,,ya,,,,

        """

    static let catalog = """
        nib,sku,name,category,unit,unit_price,capacity_per_month,lead_time_days,tkdn,bmp,certifications,description
        9750000000001,KJ-1,Kambing Jawa Randu 25-30 kg,pertanian,ekor,3500000,50,7,70,,,
        9750000000002,SP-1,Standing Pouch Kraft Ziplock 250 gr,percetakan,pcs,1500,50000,7,70,,,
        9750000000002,KD-1,Kalender Dinding 6 Lembar Custom,percetakan,pcs,25000,5000,7,70,,,
        9750000000002,BR-1,Brosur A4 Full Color,percetakan,lembar,1500,50000,7,70,,,minimal cetak 500 eks
        9750000000003,CB-1,Coffee Break Snack + Kopi/Teh per orang,jasa-boga,pax,25000,3000,2,70,,,
        9750000000003,NB-1,Nasi Box Ayam Bakar,jasa-boga,kotak,25000,3000,2,70,,,

        """

    static let needs = """
        need_id,opd_code,opd_name,fiscal_year,program,category,description,quantity,unit,budget,region,needed_by,required_certifications
        N-HEWAN,SRG,Setda,2026,,pertanian,Hewan Qurban Kambing Jawa (25-30 kg),5,ekor,20000000,36.73,,
        N-KEMASAN,SRG,Disperindag,2026,,percetakan,Kemasan Standing Pouch Kraft Zipper 250gr utk kopi UMKM,5000,pcs,9000000,36.73,,
        N-KALENDER,SRG,Disperindag,2026,,percetakan,Cetak Kalender Dinding 2027 - promosi IKM 1.000 eks,1000,pcs,30000000,36.73,,
        N-FORUM,SRG,Bappeda,2026,,jasa-boga,Belanja Makan Minum Rapat - Coffee Break Forum Perangkat Daerah 80 org,80,pax,9000000,36.73,,
        N-BOKS,SRG,Setda,2026,,jasa-boga,Nasi boks acara Musrenbang Kecamatan 150 org,150,kotak,9000000,36.73,,

        """

    static func matches() throws -> [String: NeedMatch] {
        try InlineCatalog.matches(suppliers: suppliers, catalog: catalog, needs: needs)
    }

    @Test func aClassBeforeTheProductNamesNoProduct() throws {
        let found = try Self.matches()
        #expect(found["N-HEWAN"]?.candidates.map(\.sku) == ["KJ-1"])
        // `Zipper` is the zip lock of the listings.
        #expect(found["N-KEMASAN"]?.candidates.map(\.sku) == ["SP-1"])
    }

    @Test func anOccasionAndTheCopiesAfterTheDashNameNoProduct() throws {
        let found = try Self.matches()
        #expect(found["N-KALENDER"]?.candidates.map(\.sku) == ["KD-1"])
        #expect(found["N-FORUM"]?.candidates.map(\.sku) == ["CB-1"])
        #expect(found["N-BOKS"]?.candidates.map(\.sku) == ["NB-1"])
    }
}

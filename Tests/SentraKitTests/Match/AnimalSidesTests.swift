import Foundation
import SentraTestSupport
import Testing

@testable import SentraKit

/// The animal a feed, a seedling or a food is for or made of is a side (``Lexicon/animals``):
/// cattle concentrate is not the laying hens', a catfish fry not a tilapia one.
@Suite struct AnimalSidesTests {
    static let suppliers = """
        nib,name,scale,region,sentra,certifications,active,verified_on,npwp,phone,email
        9790000000001,Pakan Karawang,mikro,32.15,,,ya,,,,
        9790000000002,Benih Ikan Karawang,mikro,32.15,,,ya,,,,

        """

    static let catalog = """
        nib,sku,name,category,unit,unit_price,capacity_per_month,lead_time_days,tkdn,bmp,certifications,description
        9790000000001,PA-1,Pakan Ayam Petelur Konsentrat 50 kg,pertanian,karung,400000,300,5,70,,,
        9790000000001,PL-1,Pakan Ikan Lele Pelet Apung 30 kg,pertanian,karung,300000,300,5,70,,,
        9790000000002,BN-1,Bibit Ikan Nila Gesit 5-7 cm,pertanian,ekor,300,50000,5,70,,,

        """

    static let needs = """
        need_id,opd_code,opd_name,fiscal_year,program,category,description,quantity,unit,budget,region,needed_by,required_certifications
        N-SAPI,KRW,Disnak,2026,,pertanian,Pakan Konsentrat Sapi,20,karung,9000000,32.15,,
        N-LELE,KRW,Diskan,2026,,pertanian,Bibit Ikan Lele Sangkuriang 5-7 cm untuk Pokdakan,5000,ekor,9000000,32.15,,
        N-NILA,KRW,Diskan,2026,,pertanian,Bibit Ikan Nila 5-7 cm,5000,ekor,9000000,32.15,,

        """

    static func matches() throws -> [String: NeedMatch] {
        try InlineCatalog.matches(suppliers: suppliers, catalog: catalog, needs: needs)
    }

    @Test func feedForOneAnimalIsNotAnothers() throws {
        let found = try Self.matches()
        // Only the laying hens' concentrate is sold: the cattle's is nobody's here.
        #expect(found["N-SAPI"]?.candidates.isEmpty == true)
    }

    @Test func aFryOfOneFishIsNotAnothers() throws {
        let found = try Self.matches()
        // Catfish are sold here only as what their feed is for.
        #expect(found["N-LELE"]?.candidates.isEmpty == true)
        #expect(found["N-NILA"]?.candidates.map(\.sku) == ["BN-1"])
    }
}

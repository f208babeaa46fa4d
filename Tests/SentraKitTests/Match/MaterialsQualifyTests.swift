import Foundation
import SentraTestSupport
import Testing

@testable import SentraKit

/// What a thing is made of narrows the thing, never names it (``NeedReading/materialKinds``,
/// ``NeedText``): batik cloth is no batik shirt though no cloth is sold on its own, a gold-plated
/// brooch is no gold pendant, an acrylic plaque no wooden one, a felt doll no crocheted one.
@Suite struct MaterialsQualifyTests {
    static let suppliers = """
        nib,name,scale,region,sentra,certifications,active,verified_on,npwp,phone,email
        9840000000001,Batik Lebak,mikro,36.02,,,ya,,,,
        9840000000002,Perak Metro,mikro,18.72,,,ya,,,,
        9840000000003,Percetakan Serang,kecil,36.73,,,ya,,,,
        9840000000004,Boneka Bekasi,mikro,32.16,,,ya,,,,

        """

    static let catalog = """
        nib,sku,name,category,unit,unit_price,capacity_per_month,lead_time_days,tkdn,bmp,certifications,description
        9840000000001,BC-1,Batik Cap Motif Baduy Seragam 2 M,fesyen,lembar,150000,500,7,70,,,
        9840000000001,SS-1,Seragam Sekolah SD Merah Putih 1 Stel,fesyen,stel,120000,2000,14,70,,,
        9840000000001,KP-1,Kemeja Batik Pria Lengan Panjang,fesyen,pcs,175000,500,7,70,,,
        9840000000002,BS-1,Bros Siger Lapis Emas 24K,perhiasan,pcs,75000,500,7,70,,,
        9840000000002,KL-1,Kalung Liontin Kuningan Motif Siger,perhiasan,pcs,60000,500,7,70,,,
        9840000000003,PA-1,Plakat Akrilik Cetak UV + Kotak,percetakan,pcs,150000,500,7,70,,,
        9840000000004,BF-1,Boneka Flanel Maskot Custom 20 cm,kerajinan,pcs,45000,500,7,70,,,

        """

    static let needs = """
        need_id,opd_code,opd_name,fiscal_year,program,category,description,quantity,unit,budget,region,needed_by,required_certifications
        N-KEMEJA,DISPAR,Dinas Pariwisata,2026,,fesyen,Kemeja Batik Wanita Lengan Pendek seragam pemandu wisata,40,pcs,9000000,36.02,,
        N-LIONTIN,BKD,Setda,2026,,perhiasan,Liontin emas 22 karat,10,pcs,9000000,18.72,,
        N-PLAKAT-KAYU,SETDA,Setda,2026,,percetakan,Plakat kayu ukir penghargaan,20,pcs,9000000,36.73,,
        N-PLAKAT,SETDA,Setda,2026,,percetakan,Plakat akrilik penghargaan,20,pcs,9000000,36.73,,
        N-RAJUT,DISPORA,Dispora,2026,,kerajinan,Boneka rajut (amigurumi) untuk hadiah lomba,30,pcs,9000000,32.16,,
        N-FLANEL,DISPORA,Dispora,2026,,kerajinan,Boneka flanel maskot,30,pcs,9000000,32.16,,

        """

    static func matches() throws -> [String: NeedMatch] {
        try InlineCatalog.matches(suppliers: suppliers, catalog: catalog, needs: needs)
    }

    @Test func clothIsNoShirtThoughNoClothIsSoldAlone() throws {
        let found = try Self.matches()
        // Every name led by `batik` holds another product noun, so batik is no product of its
        // own here; the cloth is still not the shirt, and the only batik shirt is a man's.
        #expect(found["N-KEMEJA"]?.candidates.isEmpty == true)
    }

    @Test func aMetalNamesNoThing() throws {
        let found = try Self.matches()
        // The pendant is brass, the gold is a brooch's plating.
        #expect(found["N-LIONTIN"]?.candidates.isEmpty == true)
    }

    @Test func aPrintersMaterialAndACraftsTechniqueNarrow() throws {
        let found = try Self.matches()
        #expect(found["N-PLAKAT-KAYU"]?.candidates.isEmpty == true)
        #expect(found["N-PLAKAT"]?.candidates.map(\.sku) == ["PA-1"])
        #expect(found["N-RAJUT"]?.candidates.isEmpty == true)
        #expect(found["N-FLANEL"]?.candidates.map(\.sku) == ["BF-1"])
    }
}

import Foundation
import SentraTestSupport
import Testing

@testable import SentraKit

/// Needs written otherwise than the listings (``NeedReading/compounds(_:on:)``), an origin nobody
/// here offers, and the kinds a printed thing, a shoe for a use, a ground herb and a plant name
/// (``NeedReading``).
@Suite struct NeedReadingSpellingTests {
    static let suppliers = """
        nib,name,scale,region,sentra,certifications,active,verified_on,npwp,phone,email
        9700000000001,Mebel Serang,mikro,36.73,,,ya,,,,
        9700000000002,Katering Serang,mikro,36.73,,,ya,,,,
        9700000000003,Kosmetik Serang,mikro,36.73,,,ya,,,,
        9700000000004,Keripik Serang,mikro,36.73,,,ya,,,,
        9700000000005,Madu Lebak,mikro,36.02,,,ya,,,,
        9700000000006,Kopi Tanggamus,mikro,18.06,,,ya,,,,
        9700000000007,Percetakan Serang,mikro,36.73,,,ya,,,,
        9700000000008,Sepatu Serang,mikro,36.73,,,ya,,,,
        9700000000009,Jamu Serang,mikro,36.73,,,ya,,,,
        9700000000010,Tanaman Serang,mikro,36.73,,,ya,,,,
        9700000000011,Plastik Serang,mikro,36.73,,,ya,,,,

        """

    static let catalog = """
        nib,sku,name,category,unit,unit_price,capacity_per_month,lead_time_days,tkdn,bmp,certifications,description
        9700000000001,BT-1,Booth Pameran Knockdown 3x3 m,furnitur,unit,7500000,20,21,70,,,
        9700000000001,ML-1,Meja Lipat Kayu,furnitur,unit,500000,50,7,70,,,
        9700000000002,CB-1,Coffee Break Kue + Kopi/Teh,jasa-boga,pax,25000,3000,2,70,,,
        9700000000002,NK-1,Nasi Kotak Ayam Bakar,jasa-boga,kotak,25000,3000,2,70,,,
        9700000000003,HS-1,Hand Sanitizer Gel 500 ml,kosmetik,botol,30000,1000,5,70,,,
        9700000000004,KP-1,Keripik Pisang Coklat 250 gr,makanan,pcs,20000,1000,5,70,,,
        9700000000004,KA-1,Keripik Pisang Asin Kepok 250 gr,makanan,pcs,18000,1000,5,70,,,
        9700000000004,PS-1,Pisang Sale Manis 250 gr,makanan,pcs,15000,1000,5,70,,,
        9700000000005,MH-1,Madu Hutan Murni Lebak 500 gr,herbal,botol,120000,500,5,70,,,
        9700000000006,KR-1,Kopi Robusta Bubuk 250 gr,minuman,pcs,35000,3000,5,70,,,
        9700000000007,KD-1,Kalender Dinding 2027 Custom,percetakan,pcs,25000,5000,7,70,,,
        9700000000007,DN-1,Dus Kotak Nasi Laminasi 20x20,percetakan,pcs,1500,20000,7,70,,,
        9700000000008,SP-1,Sepatu PDH Kulit Sapi Pria,fesyen,pasang,350000,200,14,70,,,
        9700000000009,JK-1,Jamu Kunyit Asam Segar botol 250 ml,herbal,botol,10000,2000,2,70,,,
        9700000000010,SV-1,Tanaman Hias Sansevieria (Lidah Mertua) Pot 20 cm,pertanian,pot,35000,500,5,70,,,
        9700000000011,TS-1,Tempat Sampah Pilah 3 Warna 60 L,lainnya,set,450000,200,7,70,,,

        """

    static let needs = """
        need_id,opd_code,opd_name,fiscal_year,program,category,description,quantity,unit,budget,region,needed_by,required_certifications
        N-BOOTH,SRG,Setda,2026,,furnitur,Booth Pameran Knock Down 3x3 untuk IKM Expo,2,unit,90000000,36.73,,
        N-BREAK,SRG,Setda,2026,,jasa-boga,CoffeeBreak Workshop Pokdarwis,100,pax,9000000,36.73,,
        N-SANITIZER,SRG,Setda,2026,,kosmetik,HANDSANITIZER 500ML,10,botol,9000000,36.73,,
        N-RASA,SRG,Setda,2026,,makanan,keripik pisang rasa coklat 250gr,10,pcs,9000000,36.73,,
        N-SUMBAWA,SRG,Setda,2026,,herbal,Madu Hutan Sumbawa 500 gr,10,botol,9000000,36.73,,
        N-LAMPUNG,SRG,Setda,2026,,minuman,Kopi Robusta Lampung bubuk 250 gr,10,pcs,9000000,36.73,,
        N-MEJA,SRG,Setda,2026,,percetakan,Kalender Meja 2027,100,pcs,9000000,36.73,,
        N-DUS,SRG,Setda,2026,,percetakan,Dus nasi kotak laminasi 20x20,1000,pcs,9000000,36.73,,
        N-OLAHRAGA,SRG,Setda,2026,,fesyen,Sepatu Olahraga Pegawai (Sneakers),10,pasang,9000000,36.73,,
        N-SERBUK,SRG,Setda,2026,,herbal,Jamu Kunyit Asam serbuk instan 200 gr,10,pcs,9000000,36.73,,
        N-TANAMAN,SRG,Setda,2026,,pertanian,Tanaman Lidah Mertua pot,10,pot,9000000,36.73,,
        N-TMPT,SRG,Setda,2026,,lainnya,TMPT SAMPAH PILAH 3 warna,2,set,9000000,36.73,,

        """

    static func matches() throws -> [String: NeedMatch] {
        try InlineCatalog.matches(suppliers: suppliers, catalog: catalog, needs: needs)
    }

    @Test func wordsWrittenApartOrTogetherReadAsTheListingsWriteThem() throws {
        let found = try Self.matches()
        #expect(found["N-BOOTH"]?.candidates.map(\.sku) == ["BT-1"])
        #expect(found["N-BREAK"]?.candidates.map(\.sku) == ["CB-1"])
        #expect(found["N-SANITIZER"]?.candidates.map(\.sku) == ["HS-1"])
        // `tmpt` is how SiRUP lines shorten `tempat`.
        #expect(found["N-TMPT"]?.candidates.map(\.sku) == ["TS-1"])
    }

    @Test func aFlavourAfterItsMarkerIsTheVariety() throws {
        let found = try Self.matches()
        // The salted chips are another flavour.
        #expect(found["N-RASA"]?.candidates.map(\.sku) == ["KP-1"])
    }

    @Test func anOriginNobodyHereOffersMakesNothingRelevant() throws {
        let found = try Self.matches()
        // No item names Sumbawa and no supplier is there: the Lebak honey is not it.
        #expect(found["N-SUMBAWA"]?.candidates.isEmpty == true)
        // No item names Lampung, but the Tanggamus roaster is in Lampung.
        #expect(found["N-LAMPUNG"]?.candidates.map(\.sku) == ["KR-1"])
    }

    @Test func anotherShelfsProductAfterAPrintedThingIsItsKind() throws {
        let found = try Self.matches()
        // A desk calendar nobody prints here: the wall calendar is another kind.
        #expect(found["N-MEJA"]?.candidates.isEmpty == true)
        // After a container it is what the box holds, however the listing orders its words.
        #expect(found["N-DUS"]?.candidates.map(\.sku) == ["DN-1"])
    }

    @Test func aUseNamingAKindIsAskedForWhoeverWearsIt() throws {
        let found = try Self.matches()
        // Sports shoes for staff: the leather uniform shoes are another kind.
        #expect(found["N-OLAHRAGA"]?.candidates.isEmpty == true)
    }

    @Test func aGroundHerbIsNotTheFreshOne() throws {
        let found = try Self.matches()
        #expect(found["N-SERBUK"]?.candidates.isEmpty == true)
    }

    @Test func aClassOfPlantsNoListingNamesLeavesTheKind() throws {
        let found = try Self.matches()
        #expect(found["N-TANAMAN"]?.candidates.map(\.sku) == ["SV-1"])
    }
}

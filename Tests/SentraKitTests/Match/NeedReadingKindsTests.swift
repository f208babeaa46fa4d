import Foundation
import SentraTestSupport
import Testing

@testable import SentraKit

/// The kind a need asks for where the words around it mislead (``NeedReading``): a class of
/// teaching aids, what a soap cleans, an office chair, what a cloth is for, a variety whose only
/// maker cannot serve the need.
@Suite struct NeedReadingKindsTests {
    static let suppliers = """
        nib,name,scale,region,sentra,certifications,active,verified_on,npwp,phone,email
        9600000000001,Alat Peraga Serang,mikro,36.73,,,ya,,,,
        9600000000002,Sabun Serang,mikro,36.73,,,ya,,,,
        9600000000003,Sabun Cilegon,mikro,36.73,,,ya,,,,
        9600000000004,Mebel Serang,mikro,36.73,,,ya,,,,
        9600000000005,Batik Serang,mikro,36.73,,,ya,,,,
        9600000000006,Konveksi Serang,mikro,36.73,,,ya,,,,
        9600000000007,PT Tirta Besar,besar,36.73,,,ya,,,,
        9600000000008,Air Gelas Serang,mikro,36.73,,,ya,,,,
        9600000000009,Mutiara Serang,mikro,36.73,,,ya,,,,
        9600000000010,Selai Serang,mikro,36.73,,,ya,,,,
        9600000000011,Kriya Kayu Serang,mikro,36.73,,,ya,,,,

        """

    static let catalog = """
        nib,sku,name,category,unit,unit_price,capacity_per_month,lead_time_days,tkdn,bmp,certifications,description
        9600000000001,AT-1,Alat Peraga Torso Tubuh Manusia 85 cm,lainnya,unit,1850000,50,14,70,,,
        9600000000011,AP-1,Alat Peraga Kayu Edukatif,lainnya,set,350000,50,14,70,,,
        9600000000002,SC-1,Sabun Cair Cuci Tangan Refill 5 Liter,kosmetik,jerigen,90000,500,5,70,,,
        9600000000003,SM-1,Sabun Mandi Batang Sereh Wangi 100 gr,kosmetik,pcs,15000,500,5,70,,,
        9600000000004,KL-1,Kursi Lipat Besi Jok Busa,furnitur,unit,250000,500,7,70,,,
        9600000000005,KT-1,Kain Batik Tulis Sembagi 2 m,fesyen,lembar,650000,100,14,70,,,
        9600000000006,SS-1,Seragam Sekolah SD Merah Putih,fesyen,stel,150000,500,7,70,,,
        9600000000007,AB-1,Air Mineral Botol 600 ml dus isi 24,minuman,dus,45000,50000,3,70,,,
        9600000000008,AG-1,Air Mineral Gelas 220 ml dus isi 48,minuman,dus,25000,50000,3,70,,,
        9600000000009,KM-1,Kalung Mutiara Air Laut,perhiasan,pcs,350000,100,7,70,,,
        9600000000009,AM-1,Anting Mutiara Tusuk,perhiasan,pasang,150000,100,7,70,,,
        9600000000010,SN-1,Selai Nanas Subang 250 gr,makanan,toples,25000,500,3,70,,,
        9600000000007,KA-1,Kopi Arabika Roasted Bean 1 kg,minuman,kg,250000,5000,3,70,,,
        9600000000008,KR-1,Kopi Robusta Roasted Bean 1 kg,minuman,kg,150000,5000,3,70,,,

        """

    static let needs = """
        need_id,opd_code,opd_name,fiscal_year,program,category,description,quantity,unit,budget,region,needed_by,required_certifications
        N-KERANGKA,SRG,Setda,2026,,lainnya,Alat peraga kerangka manusia 170 cm,2,unit,9000000,36.73,,
        N-TORSO,SRG,Setda,2026,,lainnya,Alat peraga IPA torso manusia,2,unit,9000000,36.73,,
        N-PIRING,SRG,Setda,2026,,kosmetik,Sabun cuci piring cair 5 liter,10,jerigen,9000000,36.73,,
        N-TANGAN,SRG,Setda,2026,,kosmetik,Sabun cuci tangan cair 5 liter,10,jerigen,9000000,36.73,,
        N-KURSI,SRG,Setda,2026,,furnitur,Kursi Kantor Putar (Hidrolik) Jaring,10,unit,9000000,36.73,,
        N-LIPAT,SRG,Setda,2026,,furnitur,Kursi Kantor Desa Cibodas,10,unit,9000000,36.73,,
        N-BATIK,SRG,Setda,2026,,fesyen,Batik Tulis motif Sembagi utk Seragam Pimpinan,10,lembar,9000000,36.73,,
        N-BOTOL,SRG,Setda,2026,,minuman,Air Mineral Botol 600 ml (dus isi 24) untuk Manasik,100,dus,9000000,36.73,,
        N-ANTING,SRG,Setda,2026,,perhiasan,Anting mutiara air laut,10,pasang,9000000,36.73,,
        N-NENAS,SRG,Setda,2026,,makanan,Selai Nenas khas Subang,10,toples,9000000,36.73,,
        N-ROASTED,SRG,Setda,2026,,minuman,Roasted bean arabika 10 kg untuk coffee corner kantor,10,kg,9000000,36.73,,

        """

    static func matches() throws -> [String: NeedMatch] {
        try InlineCatalog.matches(suppliers: suppliers, catalog: catalog, needs: needs)
    }

    @Test func aClassOfTeachingAidsNamesItsKindAfterIt() throws {
        let found = try Self.matches()
        // A skeleton nobody makes: the torso and the wooden set are other teaching aids.
        #expect(found["N-KERANGKA"]?.candidates.isEmpty == true)
        // The subject a teaching aid serves is no kind of it.
        #expect(found["N-TORSO"]?.candidates.first?.sku == "AT-1")
    }

    @Test func whatASoapCleansIsItsKind() throws {
        let found = try Self.matches()
        // Dish soap nobody makes: hand soap and a bath bar are other soaps.
        #expect(found["N-PIRING"]?.candidates.isEmpty == true)
        #expect(found["N-TANGAN"]?.candidates.map(\.sku) == ["SC-1"])
    }

    @Test func anOfficeChairIsAKindButAnOfficeIsAPlace() throws {
        let found = try Self.matches()
        // A swivel office chair nobody makes: the folding chair is another kind.
        #expect(found["N-KURSI"]?.candidates.isEmpty == true)
        // Chairs for a village office: any chair serves.
        #expect(found["N-LIPAT"]?.candidates.map(\.sku) == ["KL-1"])
    }

    @Test func whatAProductIsForNamesNoProduct() throws {
        let found = try Self.matches()
        // The cloth is for uniforms: a school uniform is not the batik asked for.
        #expect(found["N-BATIK"]?.candidates.map(\.sku) == ["KT-1"])
        // Coffee named after `untuk` is still the coffee the beans are: arabica only a large business
        // roasts here, and robusta is not it.
        #expect(found["N-ROASTED"]?.candidates.isEmpty == true)
    }

    @Test func aVarietyItsOnlyMakerCannotServeIsStillAsked() throws {
        let found = try Self.matches()
        // Only a large business bottles water here: cups are not the bottles asked for.
        #expect(found["N-BOTOL"]?.candidates.isEmpty == true)
        // Sea pearls are sold as a necklace only: the stud is still the earring asked for.
        #expect(found["N-ANTING"]?.candidates.map(\.sku) == ["AM-1"])
        // `nenas` is how many write `nanas`.
        #expect(found["N-NENAS"]?.candidates.map(\.sku) == ["SN-1"])
    }
}

import Foundation
import SentraTestSupport
import Testing

@testable import SentraKit

/// A side the need names (ground or fresh, for men or women, plain or patterned) holds beside the
/// variety it names (``NeedReading/sides``), and words that only describe (`herbal`, `handmade`)
/// name no kind. A school level is a side too (``Lexicon/schoolLevels``).
@Suite struct NeedSidesTests {
    static let suppliers = """
        nib,name,scale,region,sentra,certifications,active,verified_on,npwp,phone,email
        9760000000001,Jamu Subang,mikro,32.13,,,ya,,,,
        9760000000002,Jamu Serbuk Subang,mikro,32.13,,,ya,,,,
        9760000000003,Balsem Subang,mikro,32.13,,,ya,,,,
        9760000000004,Teh Subang,mikro,32.13,,,ya,,,,
        9760000000005,Sabun Subang,mikro,32.13,,,ya,,,,
        9760000000006,Seragam Subang,mikro,32.13,,,ya,,,,

        """

    static let catalog = """
        nib,sku,name,category,unit,unit_price,capacity_per_month,lead_time_days,tkdn,bmp,certifications,description
        9760000000001,BK-1,Beras Kencur Segar 250 ml,herbal,botol,10000,1500,3,70,,,
        9760000000001,KA-1,Jamu Kunyit Asam Segar 250 ml,herbal,botol,10000,1500,3,70,,,
        9760000000002,KS-1,Jamu Kunyit Asam Serbuk Instan,herbal,box,15000,1500,3,70,,,
        9760000000003,BS-1,Balsem Sereh Herbal 20 g,herbal,pcs,12000,1500,3,70,,,
        9760000000004,TR-1,Teh Rosella Kering Celup isi 25,minuman,box,20000,500,3,70,,,
        9760000000004,TH-1,Teh Hijau Celup isi 25,minuman,box,20000,500,3,70,,,
        9760000000005,SB-1,Sabun Batang Sereh 100 gr,kosmetik,pcs,10000,1000,3,70,,,
        9760000000005,SC-1,Sabun Cair Sereh 500 ml,kosmetik,botol,20000,1000,3,70,,,
        9760000000006,SD-1,Seragam Sekolah SD Merah Putih 1 Stel,fesyen,stel,120000,2000,14,70,,,

        """

    static let needs = """
        need_id,opd_code,opd_name,fiscal_year,program,category,description,quantity,unit,budget,region,needed_by,required_certifications
        N-SERBUK,SBG,Dinkes,2026,,herbal,Jamu Beras Kencur Serbuk Instan sachet,200,box,4000000,32.13,,
        N-SEGAR,SBG,Dinkes,2026,,herbal,Jamu Kunyit Asam Segar botol,200,botol,4000000,32.13,,
        N-ROSELLA,SBG,Setda,2026,,minuman,Teh herbal rosella (box isi 25),20,box,4000000,32.13,,
        N-HANDMADE,SBG,Setda,2026,,kosmetik,Belanja Cinderamata - Sabun Batang Herbal Handmade untuk Peserta Pameran,300,pcs,4000000,32.13,,
        N-SMP,SBG,Disdik,2026,,fesyen,Pengadaan Seragam Sekolah SMP Biru Putih bagi siswa baru,100,stel,15000000,32.13,,
        N-SD,SBG,Disdik,2026,,fesyen,Pengadaan Seragam Sekolah SD bagi siswa baru,100,stel,15000000,32.13,,

        """

    static func matches() throws -> [String: NeedMatch] {
        try InlineCatalog.matches(suppliers: suppliers, catalog: catalog, needs: needs)
    }

    @Test func aGroundVarietyNobodyMakesIsNoFreshOneNorAnotherPowder() throws {
        let found = try Self.matches()
        // Beras kencur is sold fresh only, and the only powder is kunyit asam.
        #expect(found["N-SERBUK"]?.candidates.isEmpty == true)
        #expect(found["N-SEGAR"]?.candidates.map(\.sku) == ["KA-1"])
    }

    @Test func aSchoolLevelIsASide() throws {
        let found = try Self.matches()
        // The only uniform is the SD one.
        #expect(found["N-SMP"]?.candidates.isEmpty == true)
        #expect(found["N-SD"]?.candidates.map(\.sku) == ["SD-1"])
    }

    @Test func herbalAndHandmadeOnlyDescribe() throws {
        let found = try Self.matches()
        #expect(found["N-ROSELLA"]?.candidates.map(\.sku) == ["TR-1"])
        #expect(found["N-HANDMADE"]?.candidates.map(\.sku) == ["SB-1"])
    }
}

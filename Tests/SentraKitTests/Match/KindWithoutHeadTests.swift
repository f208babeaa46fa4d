import Foundation
import SentraTestSupport
import Testing

@testable import SentraKit

/// An item leading with the kind asked of the need's product noun, without that noun, is the
/// kind's own product (``NeedText/foreign(_:_:)``): batik cloth is not the batik shirt asked for.
/// Not where the noun is a class the listings leave out (`Kain Batik Tulis`), nor for a kind that
/// is no cloth or material (`Serbuk Jahe Merah`: `Jahe Merah Bubuk` is the powder).
@Suite struct KindWithoutHeadTests {
    static let suppliers = """
        nib,name,scale,region,sentra,certifications,active,verified_on,npwp,phone,email
        9820000000001,Batik Lebak,mikro,36.02,,,ya,,,,
        9820000000002,Kemeja Pandeglang,mikro,36.01,,,ya,,,,
        9820000000003,Rempah Bogor,mikro,32.01,,,ya,,,,

        """

    static let catalog = """
        nib,sku,name,category,unit,unit_price,capacity_per_month,lead_time_days,tkdn,bmp,certifications,description
        9820000000001,BC-1,Batik Cap Motif Baduy Seragam 2 M,fesyen,lembar,150000,500,7,70,,,
        9820000000001,BT-1,Batik Tulis Motif Debus 2 M,fesyen,lembar,450000,100,14,70,,,
        9820000000001,KC-1,Kain Batik Cap Motif Lebak 2 M,fesyen,lembar,120000,500,7,70,,,
        9820000000002,KP-1,Kemeja Batik Pria Lengan Panjang,fesyen,pcs,175000,500,7,70,,,
        9820000000002,SS-1,Seragam Sekolah SD Merah Putih 1 Stel,fesyen,stel,120000,2000,14,70,,,
        9820000000003,JM-1,Jahe Merah Bubuk Instan 300 gr,herbal,pcs,35000,2000,4,70,,,
        9820000000003,SK-1,Serbuk Kunyit Asam Instan 250 gr,herbal,pcs,30000,2000,4,70,,,

        """

    static let needs = """
        need_id,opd_code,opd_name,fiscal_year,program,category,description,quantity,unit,budget,region,needed_by,required_certifications
        N-KEMEJA,DISPAR,Dinas Pariwisata,2026,,fesyen,Kemeja Batik Wanita Lengan Pendek seragam pemandu wisata,40,pcs,9000000,36.01,,
        N-KAIN,BKD,Setda,2026,,fesyen,Kain Batik Tulis Khas Banten utk cinderamata tamu,10,lembar,9000000,36.01,,
        N-JAHE,DISKOP,Diskop,2026,,herbal,Paket Herbal Binaan - Serbuk Jahe Merah Instan,100,pcs,9000000,32.01,,

        """

    static func matches() throws -> [String: NeedMatch] {
        try InlineCatalog.matches(suppliers: suppliers, catalog: catalog, needs: needs)
    }

    @Test func clothLedByTheKindIsNotTheShirt() throws {
        let found = try Self.matches()
        // The only batik shirt is a man's; the batik cloth is no shirt at all.
        #expect(found["N-KEMEJA"]?.candidates.isEmpty == true)
    }

    @Test func aClassIsLeftOutAndAPowderIsNoCloth() throws {
        let found = try Self.matches()
        #expect(found["N-KAIN"]?.candidates.map(\.sku) == ["BT-1"])
        #expect(found["N-JAHE"]?.candidates.map(\.sku) == ["JM-1"])
    }
}

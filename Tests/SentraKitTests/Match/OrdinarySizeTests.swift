import Foundation
import SentraTestSupport
import Testing

@testable import SentraKit

/// A need naming no size of a product also sold in miniature asks for the ordinary one
/// (``NeedReading/readOrdinarySize(_:on:)``).
@Suite struct OrdinarySizeTests {
    static let suppliers = """
        nib,name,scale,region,sentra,certifications,active,verified_on,npwp,phone,email
        9760000000001,Katering Serang,mikro,36.73,,,ya,,,,
        9760000000002,Dapur Serang,mikro,36.73,,,ya,,,,

        """

    static let catalog = """
        nib,sku,name,category,unit,unit_price,capacity_per_month,lead_time_days,tkdn,bmp,certifications,description
        9760000000001,TM-1,Tumpeng Mini Kotak,jasa-boga,porsi,20000,3000,2,70,,,
        9760000000002,TB-1,Tumpeng Nasi Kuning Besar untuk 30 Orang,jasa-boga,tumpeng,750000,100,2,70,,,

        """

    static let needs = """
        need_id,opd_code,opd_name,fiscal_year,program,category,description,quantity,unit,budget,region,needed_by,required_certifications
        N-TUMPENG,SRG,Setda,2026,,jasa-boga,Belanja Makanan dan Minuman - Tumpeng Syukuran Hari Jadi Kota Serang,5,tumpeng,9000000,36.73,,
        N-MINI,SRG,Setda,2026,,jasa-boga,Tumpeng Mini untuk peserta rapat,100,porsi,9000000,36.73,,

        """

    @Test func theOrdinaryOneIsAskedForUnlessTheNeedSaysMini() throws {
        let found = try InlineCatalog.matches(suppliers: Self.suppliers, catalog: Self.catalog, needs: Self.needs)
        // The cheaper single portion is not a whole tumpeng.
        #expect(found["N-TUMPENG"]?.candidates.map(\.sku) == ["TB-1"])
        #expect(found["N-MINI"]?.candidates.map(\.sku) == ["TM-1"])
    }
}

import Foundation
import SentraTestSupport
import Testing

@testable import SentraKit

/// A product listed after a slash as another that would do (``NeedReading/alternative``): an item
/// naming it is relevant without the kind asked of the first.
@Suite struct AlternativeProductTests {
    static let suppliers = """
        nib,name,scale,region,sentra,certifications,active,verified_on,npwp,phone,email
        9770000000001,Bersih Tangerang,mikro,36.03,,,ya,,,,
        9770000000002,Kaca Tangerang,mikro,36.03,,,ya,,,,

        """

    static let catalog = """
        nib,sku,name,category,unit,unit_price,capacity_per_month,lead_time_days,tkdn,bmp,certifications,description
        9770000000001,KB-1,Karbol Wangi Sereh 1 Liter,lainnya,botol,15000,5000,3,70,,,
        9770000000002,PK-1,Pembersih Kaca Semprot 500 ml,lainnya,botol,15000,5000,3,70,,,
        9770000000002,PL-1,Pembersih Lantai Cair Jerigen 5 Liter,lainnya,jerigen,45000,5000,3,70,,,

        """

    static let needs = """
        need_id,opd_code,opd_name,fiscal_year,program,category,description,quantity,unit,budget,region,needed_by,required_certifications
        N-ATAU,TNG,Satpol PP,2026,,lainnya,Belanja Bahan Pembersih - Cairan Pembersih Lantai / Karbol Wangi untuk Kantor,100,botol,2000000,36.03,,
        N-SATU,TNG,Satpol PP,2026,,lainnya,Cairan Pembersih Lantai untuk Kantor,100,botol,2000000,36.03,,

        """

    @Test func theProductAfterTheSlashWouldDo() throws {
        let found = try InlineCatalog.matches(suppliers: Self.suppliers, catalog: Self.catalog, needs: Self.needs)
        // Karbol is no floor cleaner by name, but the need lists it as one that would do; the
        // glass cleaner is neither, and the floor cleaner is over budget.
        #expect(found["N-ATAU"]?.candidates.map(\.sku) == ["KB-1"])
        #expect(found["N-SATU"]?.candidates.isEmpty == true)
    }
}

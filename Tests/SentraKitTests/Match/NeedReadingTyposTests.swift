import Foundation
import SentraTestSupport
import Testing

@testable import SentraKit

/// A word mistyped by one letter reads as the word the listings write beside the need's other
/// word (``NeedReading/compounds(_:on:)``); a word they never write there stays a kind nobody
/// offers.
@Suite struct NeedReadingTyposTests {
    static let suppliers = """
        nib,name,scale,region,sentra,certifications,active,verified_on,npwp,phone,email
        9710000000001,Kriya Serang,mikro,36.73,,,ya,,,,
        9710000000002,Keripik Serang,mikro,36.73,,,ya,,,,

        """

    static let catalog = """
        nib,sku,name,category,unit,unit_price,capacity_per_month,lead_time_days,tkdn,bmp,certifications,description
        9710000000001,PA-1,Plakat Akrilik Cetak UV Custom,kerajinan,pcs,150000,500,7,70,,,
        9710000000001,PK-1,Plakat Kayu Jati Ukir Logo,kerajinan,pcs,120000,500,7,70,,,
        9710000000002,KP-1,Keripik Pisang Manis 250 gr,makanan,pcs,20000,1000,5,70,,,
        9710000000002,DS-1,Daun Salam Kering 100 gr,makanan,pcs,10000,1000,5,70,,,
        9710000000002,KT-1,Keripik Tempe Daun Salam 100 gr,makanan,pcs,12000,1000,5,70,,,

        """

    static let needs = """
        need_id,opd_code,opd_name,fiscal_year,program,category,description,quantity,unit,budget,region,needed_by,required_certifications
        N-AKRILIC,SRG,Setda,2026,,kerajinan,Plakat akrilic penghargaan juara,10,pcs,9000000,36.73,,
        N-PLAKAD,SRG,Setda,2026,,kerajinan,Plakad Akrilik Juara Lomba,10,pcs,9000000,36.73,,
        N-SALAK,SRG,Setda,2026,,makanan,Keripik Salak 250 gr,10,pcs,9000000,36.73,,

        """

    static func matches() throws -> [String: NeedMatch] {
        try InlineCatalog.matches(suppliers: suppliers, catalog: catalog, needs: needs)
    }

    @Test func aWordMistypedByOneLetterReadsAsTheListingsWriteIt() throws {
        let found = try Self.matches()
        // `akrilic` after `plakat`: the names write `Plakat Akrilik`, not the wooden one.
        #expect(found["N-AKRILIC"]?.candidates.first?.sku == "PA-1")
        #expect(found["N-AKRILIC"]?.candidates.map(\.sku).contains("PK-1") == false)
        // A mistyped head, before a word the names write after `plakat`.
        #expect(found["N-PLAKAD"]?.candidates.first?.sku == "PA-1")
    }

    @Test func aWordTheNamesNeverWriteThereIsNoTypo() throws {
        let found = try Self.matches()
        // `salam` is one letter from `salak`, but no name writes `Keripik Salam` (tempe chips hold
        // bay leaves further on): salak chips are a kind nobody here makes.
        #expect(found["N-SALAK"]?.candidates.isEmpty == true)
    }
}

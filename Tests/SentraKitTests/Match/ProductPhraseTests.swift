import Foundation
import SentraTestSupport
import Testing

@testable import SentraKit

/// How a need's product phrase is read: an account written as `Peralatan …` before the dash, a
/// body part the listings leave out, a misspelt word after it, what is printed on a thing, and a
/// kind nobody makes after a word the shelf holds only in other products' names.
@Suite struct ProductPhraseTests {
    static let suppliers = """
        nib,name,scale,region,sentra,certifications,active,verified_on,npwp,phone,email
        9790000000001,Logam Cilegon,mikro,36.72,,,ya,,,,
        9790000000002,Kosmetik Cilegon,mikro,36.72,,,ya,,,,
        9790000000003,Cetak Cilegon,mikro,36.72,,,ya,,,,
        9790000000004,Bandeng Cilegon,mikro,36.72,,,ya,,,,
        9790000000005,Peraga Cilegon,mikro,36.72,,,ya,,,,
        9790000000006,Kopi Cilegon,mikro,36.72,,,ya,,,,

        """

    static let catalog = """
        nib,sku,name,category,unit,unit_price,capacity_per_month,lead_time_days,tkdn,bmp,certifications,description
        9790000000001,DA-1,Dandang Aluminium 40 cm,logam,buah,350000,100,14,70,,,
        9790000000001,PS-1,Pisau Dapur Stainless Set 6 pcs,logam,set,150000,100,14,70,,,
        9790000000002,MB-1,Masker Bengkoang Bubuk 100 gr,kosmetik,pot,25000,1000,5,70,,,
        9790000000002,LK-1,Lulur Mandi Tradisional Kopi 200 gr,kosmetik,pot,25000,1000,5,70,,,
        9790000000002,HL-1,Hand Body Lotion Bengkoang 200 ml,kosmetik,botol,25000,1000,5,70,,,
        9790000000006,MK-2,Masker Kopi Arabika 100 gr,kosmetik,pot,15000,1000,5,95,,,
        9790000000003,SF-1,Spanduk / Banner Flexi China 280 gr,percetakan,m2,25000,5000,3,70,,,
        9790000000003,SV-1,Stiker Vinyl Cutting / Print Laminasi A3,percetakan,lembar,15000,5000,3,70,,,
        9790000000004,SB-1,Sate Bandeng Khas Serang per ekor,makanan,ekor,35000,1000,3,70,,,
        9790000000004,OB-1,Otak-Otak Bandeng Frozen isi 10,makanan,pak,30000,1000,3,70,,,
        9790000000005,TO-1,KIT Alat Peraga IPA SD (Torso Organ Tubuh Manusia 42 cm),lainnya,set,850000,50,14,70,,,

        """

    static let needs = """
        need_id,opd_code,opd_name,fiscal_year,program,category,description,quantity,unit,budget,region,needed_by,required_certifications
        N-DANDANG,CLG,BPBD,2026,,logam,Peralatan Dapur Umum Tagana - Dandang Aluminium Besar 20 buah,20,buah,9000000,36.72,,
        N-MASKER,CLG,Dinkes,2026,,kosmetik,Masker Wajah Bengkuang,100,pot,9000000,36.72,,
        N-LOTION,CLG,Dinkes,2026,,kosmetik,Lotion bengkuang 200ml,100,botol,9000000,36.72,,
        N-BALIHO,CLG,Setda,2026,,percetakan,Baliho 4x6 Hari Jadi Kota Cilegon,24,m2,9000000,36.72,,
        N-STIKER,CLG,Dispora,2026,,percetakan,Stiker vinyl logo untuk kendaraan dinas,200,lembar,9000000,36.72,,
        N-PRESTO,CLG,Disperindag,2026,,makanan,Bandeng Presto Duri Lunak 100 pack,100,pak,9000000,36.72,,
        N-TORSO,CLG,Disdik,2026,,lainnya,Alat Peraga IPA - Torso Anatomi Tubuh Manusia,5,set,9000000,36.72,,
        N-TENGGIRI,CLG,Disperindag,2026,,makanan,Otak-otak Ikan Tenggiri khas Palembang 100 pak,100,pak,9000000,36.72,,
        N-OTAK,CLG,Disperindag,2026,,makanan,Otak-otak Bandeng isi 10,100,pak,9000000,36.72,,

        """

    static func matches() throws -> [String: NeedMatch] {
        try InlineCatalog.matches(suppliers: suppliers, catalog: catalog, needs: needs)
    }

    @Test func theAccountBeforeTheDashAndThePackageAfter() throws {
        let found = try Self.matches()
        // `Peralatan Dapur Umum` is the account (`alat`): the steamer is the package, not a knife.
        #expect(found["N-DANDANG"]?.candidates.map(\.sku) == ["DA-1"])
    }

    @Test func aBodyPartTheNamesLeaveOutAndAMisspeltWordAfterIt() throws {
        let found = try Self.matches()
        // `Bengkuang` is the `Bengkoang` of the masks sold, though `Wajah` comes between: the coffee
        // mask, cheaper, ranks after it.
        #expect(found["N-MASKER"]?.candidates.first?.sku == "MB-1")
    }

    @Test func whatIsPrintedOnAThingNamesNoKind() throws {
        let found = try Self.matches()
        #expect(found["N-BALIHO"]?.candidates.map(\.sku) == ["SF-1"])
        #expect(found["N-STIKER"]?.candidates.map(\.sku) == ["SV-1"])
    }

    @Test func aDoubledWordIsOneWord() throws {
        let found = try Self.matches()
        // `Otak-otak Ikan Tenggiri`: the fish after the doubled word is the kind asked for, and
        // only bandeng otak-otak is sold.
        #expect(found["N-TENGGIRI"]?.candidates.isEmpty == true)
        #expect(found["N-OTAK"]?.candidates.map(\.sku) == ["OB-1"])
    }

    @Test func aKindNobodyMakesAfterAWordHeldOnlyInOtherProducts() throws {
        let found = try Self.matches()
        #expect(found["N-PRESTO"]?.candidates.isEmpty == true)
        // A word one letter from one the shelf holds is more likely mistyped than a kind nobody
        // makes; the torso's own words are sold: `Anatomi` only describes it.
        #expect(found["N-LOTION"]?.candidates.map(\.sku) == ["HL-1"])
        #expect(found["N-TORSO"]?.candidates.map(\.sku) == ["TO-1"])
    }
}

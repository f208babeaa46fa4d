import Foundation
import SentraTestSupport
import Testing

@testable import SentraKit

/// The kind a need names by what a product is made into or grown from (``NeedReading``): a
/// seedling's plant, solid against liquid, an extract, a uniform shirt, a meal ground from it.
@Suite struct NeedReadingFormsTests {
    static let suppliers = """
        nib,name,scale,region,sentra,certifications,active,verified_on,npwp,phone,email
        9800000000001,Bibit Serang,mikro,36.73,,,ya,,,,
        9800000000002,Cokelat Serang,mikro,36.73,,,ya,,,,
        9800000000003,Pupuk Serang,mikro,36.73,,,ya,,,,
        9800000000004,Herbal Serang,mikro,36.73,,,ya,,,,
        9800000000005,Konveksi Serang,mikro,36.73,,,ya,,,,

        """

    static let catalog = """
        nib,sku,name,category,unit,unit_price,capacity_per_month,lead_time_days,tkdn,bmp,certifications,description
        9800000000001,BK-1,Bibit Kopi Robusta Stek 30 cm,pertanian,batang,4500,20000,7,70,,,
        9800000000001,BL-1,Bibit Lada Natar Polybag,pertanian,batang,6000,8000,7,70,,,
        9800000000001,BI-1,Benih Ikan Lele Sangkuriang 5-7 cm,pertanian,ekor,250,50000,7,70,,,
        9800000000001,PI-1,Pakan Ikan Apung Pelet 30 kg,pertanian,karung,300000,300,7,70,,,
        9800000000001,IC-1,Ikan Cupang Halfmoon Jantan,pertanian,ekor,25000,500,7,70,,,
        9800000000002,CB-1,Cokelat Bubuk Kakao Murni 200 gr,minuman,pcs,35000,1000,5,70,,,
        9800000000003,PC-1,Pupuk Organik Cair 1 Liter,pertanian,pcs,25000,5000,5,70,,,
        9800000000003,PK-1,Pupuk Organik Kompos 25 kg,pertanian,pcs,30000,5000,5,70,,,
        9800000000004,KK-1,Kapsul Daun Kelor isi 60,herbal,pcs,45000,800,5,70,,,
        9800000000005,KP-1,Kemeja PDH Drill Pria,fesyen,pcs,150000,500,14,70,,,
        9800000000005,KS-1,Kaos Polo Pria,fesyen,pcs,60000,500,7,70,,,

        """

    static let needs = """
        need_id,opd_code,opd_name,fiscal_year,program,category,description,quantity,unit,budget,region,needed_by,required_certifications
        N-KAKAO,SRG,Setda,2026,,pertanian,Bibit Kakao Sambung Samping,100,batang,9000000,36.73,,
        N-PADAT,SRG,Setda,2026,,pertanian,Pupuk Organik Padat untuk Demplot Padi,10,pcs,9000000,36.73,,
        N-EKSTRAK,SRG,Setda,2026,,herbal,Kapsul ekstrak daun kelor (Moringa) untuk ibu hamil,10,pcs,9000000,36.73,,
        N-TEPUNG,SRG,Diskan,2026,,pertanian,Tepung Ikan bahan baku pakan mandiri,10,karung,9000000,36.73,,
        N-BAJU,SRG,Setda,2026,,fesyen,Baju PDH pria,10,pcs,9000000,36.73,,

        """

    static func matches() throws -> [String: NeedMatch] {
        try InlineCatalog.matches(suppliers: suppliers, catalog: catalog, needs: needs)
    }

    @Test func aSeedlingsPlantNobodyGrowsMakesNothingRelevant() throws {
        let found = try Self.matches()
        // `kakao` reads as `cokelat`, the food another shelf sells, not a colour: after a
        // seedling it is the plant, and nobody here grows cocoa seedlings.
        #expect(found["N-KAKAO"]?.candidates.isEmpty == true)
    }

    @Test func solidIsNotLiquid() throws {
        let found = try Self.matches()
        #expect(found["N-PADAT"]?.candidates.map(\.sku) == ["PK-1"])
    }

    @Test func anExtractsWordIsLeftOutAsListingsLeaveIt() throws {
        let found = try Self.matches()
        #expect(found["N-EKSTRAK"]?.candidates.map(\.sku) == ["KK-1"])
    }

    @Test func aUniformShirtIsAKemeja() throws {
        let found = try Self.matches()
        #expect(found["N-BAJU"]?.candidates.map(\.sku) == ["KP-1"])
    }

    @Test func aMealNobodyMillsIsNoFishNorFeed() throws {
        let found = try Self.matches()
        // Fish meal (`Tepung Ikan`) is a form of fish nobody here makes: not the fry, not the pellets.
        #expect(found["N-TEPUNG"]?.candidates.isEmpty == true)
    }
}

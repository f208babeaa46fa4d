import Foundation
import SentraTestSupport
import Testing

@testable import SentraKit

/// An item is the product its name leads with (``NeedText/foreign(_:_:)``): a chair set that
/// holds a table is a chair set, while a brand or a class a product's names lead with is not
/// another product (``CatalogShelf/products``), nor is the class of a kind the need names first;
/// a product of many words after a class leads the name too, and a bag of many names no listing
/// uses is the class before its material.
@Suite struct ItemLeadTests {
    static let suppliers = """
        nib,name,scale,region,sentra,certifications,active,verified_on,npwp,phone,email
        9900000000001,Mebel Serang,mikro,36.73,,,ya,,,,
        9900000000002,Rotan Serang,mikro,36.73,,,ya,,,,
        9900000000003,Teh Serang,mikro,36.73,,,ya,,,,
        9900000000004,Kemplang Serang,mikro,36.73,,,ya,,,,
        9900000000005,Olahan Ikan Serang,mikro,36.73,,,ya,,,,
        9900000000006,Konveksi Tas Serang,mikro,36.73,,,ya,,,,
        9900000000007,Batik Serang,mikro,36.73,,,ya,,,,

        """

    static let catalog = """
        nib,sku,name,category,unit,unit_price,capacity_per_month,lead_time_days,tkdn,bmp,certifications,description
        9900000000001,KK-1,Kursi Kantor Putar Hidrolik Jaring,furnitur,unit,650000,200,7,70,,,
        9900000000001,MS-1,Meja Belajar + Kursi Siswa SD (1 set),furnitur,set,450000,200,7,70,,,
        9900000000001,MK-1,Meja Kerja Kantor 1/2 Biro,furnitur,unit,900000,200,7,70,,,
        9900000000002,KR-1,Kursi Rotan Teras Set 2 Kursi + Meja,furnitur,set,1500000,100,14,70,,,
        9900000000003,ST-1,Sosro Teh Melati 350 ml,minuman,botol,4000,50000,3,70,,,
        9900000000003,TH-1,Teh Hijau Celup isi 25,minuman,kotak,12000,50000,3,70,,,
        9900000000004,KE-1,Kerupuk Kemplang Ikan Tenggiri Panggang 250 gr,makanan,pcs,25000,3000,5,70,,,
        9900000000004,KU-1,Kerupuk Udang Mentah 500 gr,makanan,pcs,30000,3000,5,70,,,
        9900000000005,OT-1,Otak-otak Ikan Tenggiri Bakar isi 10,makanan,pack,30000,1200,3,70,,,
        9900000000005,IT-1,Ikan Teri Asin Kering 1 kg,makanan,kg,90000,400,3,70,,,
        9900000000006,TB-1,Tas Tote Bag Blacu Sablon 1 Warna 30x40,fesyen,pcs,12000,4000,7,70,,,
        9900000000007,KB-1,Kain Batik Cap Motif Banten 2 m,fesyen,lembar,150000,300,7,70,,,
        9900000000006,TS-1,Tas Spunbond Sablon Logo 35x40,lainnya,pcs,4500,10000,7,70,,,
        9900000000006,TR-1,Tas Ransel Laptop Seminar,lainnya,pcs,120000,500,7,70,,,
        9900000000006,TP-1,Tas Pandan Jinjing Natural,kerajinan,pcs,55000,300,7,70,,,
        9900000000006,TK-1,Topi Pandan Pantai,kerajinan,pcs,35000,300,7,70,,,

        """

    static let needs = """
        need_id,opd_code,opd_name,fiscal_year,program,category,description,quantity,unit,budget,region,needed_by,required_certifications
        N-MEJA,SRG,Setda,2026,,furnitur,Meja rapat oval 20 org,2,unit,90000000,36.73,,
        N-TEH,SRG,Setda,2026,,minuman,Teh Melati botol 350 ml,100,botol,9000000,36.73,,
        N-MAKAN,SRG,Setda,2026,,furnitur,Meja Makan Rotan 6 Kursi,1,set,90000000,36.73,,
        N-BLACU,SRG,Dinkes,2026,,fesyen,Goodie bag kain blacu seminar,200,pcs,4000000,36.73,,
        N-SPUNBOND,SRG,Dinkes,2026,,lainnya,Goodie bag spunbond sablon logo untuk kegiatan Posyandu,500,pcs,4000000,36.73,,
        N-PANDAN,SRG,Dispar,2026,,kerajinan,Goodie bag anyaman pandan untuk peserta seminar,60,pcs,4000000,36.73,,
        N-KEMPLANG,SRG,Dispar,2026,,makanan,Kemplang panggang ikan tenggiri,400,pcs,14000000,36.73,,

        """

    static func matches() throws -> [String: NeedMatch] {
        try InlineCatalog.matches(suppliers: suppliers, catalog: catalog, needs: needs)
    }

    @Test func aSetLeadingWithAnotherProductIsThatProduct() throws {
        let found = try Self.matches()
        // A meeting table nobody makes: the rattan chair set holds a table, the desk is another kind.
        #expect(found["N-MEJA"]?.candidates.isEmpty == true)
    }

    @Test func aMealAfterAFurnitureNounNamesItsKind() throws {
        let found = try Self.matches()
        // A dining table nobody makes: the desk is another table, the chair set another product.
        #expect(found["N-MAKAN"]?.candidates.isEmpty == true)
    }

    @Test func aBrandLeadingAProductsNamesIsNoOtherProduct() throws {
        let found = try Self.matches()
        #expect(found["N-TEH"]?.candidates.first?.sku == "ST-1")
    }

    @Test func aClassLeadingTheKindTheNeedNamesIsNoOtherProduct() throws {
        let found = try Self.matches()
        // `Kerupuk Kemplang …` leads with the class of the kemplang asked for, not with another
        // product that merely holds the fish.
        #expect(found["N-KEMPLANG"]?.candidates.first?.sku == "KE-1")
    }

    @Test func aProductOfManyWordsAfterAClassLeadsTheName() throws {
        let found = try Self.matches()
        // `Tas Tote Bag …` is the tote bag a goodie bag is, not the cloth `Kain Batik` leads.
        #expect(found["N-BLACU"]?.candidates.map(\.sku) == ["TB-1"])
    }

    @Test func aBagNoListingNamesIsTheClassBeforeItsMaterial() throws {
        let found = try Self.matches()
        // No listing here says goodie bag: the spunbond bag is one, the backpack is not.
        #expect(found["N-SPUNBOND"]?.candidates.map(\.sku) == ["TS-1"])
        // `Anyaman` says how it is made; the listings write the bag's material after the class.
        #expect(found["N-PANDAN"]?.candidates.map(\.sku) == ["TP-1"])
    }
}

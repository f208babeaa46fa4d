import Foundation
import SentraTestSupport
import Testing

@testable import SentraKit

/// Words officers and sellers write around the product (``NeedReading``, ``TextFit``): what a thing
/// holds or serves, forms, kinds named by an occasion, promo words, a colon inside an aside.
@Suite struct NeedReadingWordsTests {
    static let suppliers = """
        nib,name,scale,region,sentra,certifications,active,verified_on,npwp,phone,email
        9400000000001,Ikan Hias Serang,mikro,36.73,,,ya,,,,
        9400000000002,Gerabah Ciruas,mikro,36.04,,,ya,,,,
        9400000000003,Mainan Kayu Serang,mikro,36.73,,,ya,,,,
        9400000000004,Herbal Serang,mikro,36.73,,,ya,,,,
        9400000000005,Sepatu Serang,mikro,36.73,,,ya,,,,
        9400000000006,Percetakan Serang,mikro,36.73,,,ya,,,,
        9400000000007,Anyaman Serang,mikro,36.73,,,ya,,,,
        9400000000008,Logam Serang,mikro,36.73,,,ya,,,,
        9400000000009,Kosmetik Serang,mikro,36.73,,,ya,,,,
        9400000000010,Kue Serang,mikro,36.73,,,ya,,,,
        9400000000011,Kebun Bibit Serang,mikro,36.73,,,ya,,,,

        """

    static let catalog = """
        nib,sku,name,category,unit,unit_price,capacity_per_month,lead_time_days,tkdn,bmp,certifications,description
        9400000000001,IC-1,Ikan Cupang Halfmoon Jantan,pertanian,ekor,25000,500,3,70,,,
        9400000000001,IK-1,Ikan Koi Kohaku 15 cm,pertanian,ekor,75000,500,3,70,,,
        9400000000002,PT-1,Pot Tanah Liat Diameter 30 cm,kerajinan,pcs,35000,500,5,70,,,
        9400000000003,PZ-1,Puzzle Kayu Huruf Hijaiyah,kerajinan,set,45000,500,5,70,,,
        9400000000004,TI-1,Temulawak Instan Serbuk 250 gr,herbal,pack,30000,500,3,70,,,
        9400000000004,KK-1,Kapsul Daun Kelor 60 kaps,herbal,botol,45000,500,3,70,,,
        9400000000009,SB-1,Sabun Batang Susu Kambing 100 gr,kosmetik,pcs,15000,500,3,70,,,
        9400000000009,LK-1,Kunyit Bengkoang Lulur Mandi 200 gr,kosmetik,pcs,25000,500,3,70,,,
        9400000000010,LL-1,Lapis Legit Prunes 20x20,makanan,loyang,350000,100,3,70,,,
        9400000000005,SS-1,Sepatu Sekolah Hitam Kets,fesyen,pasang,120000,500,7,70,,,
        9400000000006,ST-1,FLASH SALE Cetak Stiker Vinyl A3,percetakan,lembar,15000,500,3,70,,,
        9400000000006,BR-1,Cetak Brosur A4 Full Colour,percetakan,lembar,1500,50000,3,70,,,
        9400000000006,KH-1,Kertas HVS A4 70 gram 1 rim,percetakan,rim,45000,5000,3,70,,,
        9400000000007,TP-1,Tikar Pandan Anyam 150x200,kerajinan,lembar,90000,500,5,70,,,
        9400000000008,WJ-1,Wajan Besi Cor 40 cm,logam,pcs,250000,100,5,70,,,
        9400000000011,BK-1,Bibit Kelengkeng Okulasi 50 cm,pertanian,batang,35000,500,5,70,,,
        9400000000011,BJ-1,Bibit Jahe Merah Polybag,pertanian,polybag,5000,5000,5,70,,,

        """

    static let needs = """
        need_id,opd_code,opd_name,fiscal_year,program,category,description,quantity,unit,budget,region,needed_by,required_certifications
        N-CUPANG,SRG,Setda,2026,,pertanian,Ikan cupang hias utk pameran,20,ekor,2000000,36.73,,
        N-POT,SRG,Setda,2026,,kerajinan,Pot Bunga Tanah Liat D30 untuk Taman Kota,20,pcs,2000000,36.73,,
        N-PUZZLE,SRG,Setda,2026,,kerajinan,Mainan edukatif puzzle kayu PAUD,20,set,2000000,36.73,,
        N-KAPSUL,SRG,Setda,2026,,herbal,Kapsul Temulawak,20,botol,2000000,36.73,,
        N-LARI,SRG,Setda,2026,,fesyen,Sepatu Olahraga Running untuk Atlet,20,pasang,9000000,36.73,,
        N-STEMPEL,SRG,Setda,2026,,percetakan,Stempel flash kantor,5,pcs,2000000,36.73,,
        N-LEAFLET,SRG,Setda,2026,,percetakan,Belanja Cetak Leaflet Promosi Kesehatan,1000,lembar,2000000,36.73,,
        N-TIKAR,SRG,Setda,2026,,kerajinan,"Tikar pandan anyam utk posyandu (3 provinsi: Banten, Jabar, Lampung)",10,lembar,2000000,36.73,,
        N-SALEP,SRG,Setda,2026,,kosmetik,Salep Kunyit,20,pcs,2000000,36.73,,
        N-SEREH,SRG,Setda,2026,,kosmetik,Sabun Batang Sereh Wangi,20,pcs,2000000,36.73,,
        N-LAPIS,SRG,Setda,2026,,makanan,Lapis legit (kue lapis Surabaya) parcel lebaran,20,loyang,9000000,36.73,,
        N-MENTERI,SRG,Setda,2026,,kerajinan,Kementerian Pariwisata - Belanja Cinderamata Tikar Pandan Anyam,10,lembar,2000000,36.73,,
        N-HVS80,SRG,Setda,2026,,percetakan,Kertas HVS A4 80 gsm,20,rim,2000000,36.73,,
        N-HVS70,SRG,Setda,2026,,percetakan,Kertas HVS A4 70gsm,20,rim,2000000,36.73,,
        N-KELENGKENG,SRG,Setda,2026,,pertanian,Bibit pohon kelengkeng okulasi,20,batang,2000000,36.73,,
        N-JAHE,SRG,Setda,2026,,pertanian,Bibit Tanaman Obat Jahe Merah untuk TOGA,100,polybag,2000000,36.73,,
        N-KUALI,SRG,Setda,2026,,logam,Kuali Besi Cor untuk Dapur Umum,2,pcs,2000000,36.73,,

        """

    static func matches() throws -> [String: NeedMatch] {
        try InlineCatalog.matches(suppliers: suppliers, catalog: catalog, needs: needs)
    }

    @Test func whatAThingServesOrHoldsIsNoKind() throws {
        let found = try Self.matches()
        // Ornamental says what the fish is for; the flowers are what the pot holds.
        #expect(found["N-CUPANG"]?.candidates.map(\.sku) == ["IC-1"])
        #expect(found["N-POT"]?.candidates.map(\.sku) == ["PT-1"])
        // Classes of living things the seedling listings leave out.
        #expect(found["N-KELENGKENG"]?.candidates.map(\.sku) == ["BK-1"])
        #expect(found["N-JAHE"]?.candidates.map(\.sku) == ["BJ-1"])
        // A class the listings leave out, past a word that only describes it.
        #expect(found["N-PUZZLE"]?.candidates.map(\.sku) == ["PZ-1"])
    }

    @Test func aFormOrAnOccasionNamesTheKind() throws {
        let found = try Self.matches()
        // Temulawak capsules nobody here makes: the instant powder is another form, the moringa
        // capsule another herb; a salve nobody makes is not the turmeric scrub.
        #expect(found["N-KAPSUL"]?.candidates.isEmpty == true)
        #expect(found["N-SALEP"]?.candidates.isEmpty == true)
        // Sports shoes nobody here makes: school shoes are another kind.
        #expect(found["N-LARI"]?.candidates.isEmpty == true)
    }

    @Test func sellersAndOfficersWordsAreRead() throws {
        let found = try Self.matches()
        // `FLASH SALE` is a promotion, not the flash stamp asked for.
        #expect(found["N-STEMPEL"]?.candidates.isEmpty == true)
        #expect(found["N-LEAFLET"]?.candidates.map(\.sku) == ["BR-1"])
        #expect(found["N-KUALI"]?.candidates.map(\.sku) == ["WJ-1"])
        // A colon inside brackets lists where the mats go; it ends no account.
        #expect(found["N-TIKAR"]?.candidates.map(\.sku) == ["TP-1"])
        // A paper's weight is a kind of paper: 70 gram is not the 80 gsm asked for.
        #expect(found["N-HVS80"]?.candidates.isEmpty == true)
        #expect(found["N-HVS70"]?.candidates.map(\.sku) == ["KH-1"])
        #expect(found["N-HVS80"]?.unmatchedReason?.contains("none is kertas 80 gsm") == true)
        // The ministry before the dash is the buyer, not a product nobody makes.
        #expect(found["N-MENTERI"]?.candidates.map(\.sku) == ["TP-1"])
        // `sereh` is how many spell `serai`: still a variety nobody offers here, as goat milk is not.
        #expect(found["N-SEREH"]?.candidates.isEmpty == true)
        // The word after an aside does not narrow the kind before it: the cake is for a parcel.
        #expect(found["N-LAPIS"]?.candidates.map(\.sku) == ["LL-1"])
    }
}

import Foundation
import SentraTestSupport
import Testing

@testable import SentraKit

/// Words around the kind that do not name it, and words that do though the listings write them
/// otherwise (``NeedReading``, ``TextFit``): containers and their materials, uses, lengths,
/// activities, units, cloths, seedlings, spellings.
@Suite struct NeedReadingPhrasesTests {
    static let suppliers = """
        nib,name,scale,region,sentra,certifications,active,verified_on,npwp,phone,email
        9700000000001,Tenun Serang,mikro,36.73,,,ya,,,,
        9700000000002,Cupang Serang,mikro,36.73,,,ya,,,,
        9700000000003,Sambal Serang,mikro,36.73,,,ya,,,,
        9700000000004,Sambal Cilegon,mikro,36.73,,,ya,,,,
        9700000000005,Koi Serang,mikro,36.73,,,ya,,,,
        9700000000006,Koki Serang,mikro,36.73,,,ya,,,,
        9700000000007,Wedang Serang,mikro,36.73,,,ya,,,,
        9700000000008,Mebel Masjid Serang,mikro,36.73,,,ya,,,,
        9700000000009,Sabut Serang,mikro,36.73,,,ya,,,,
        9700000000010,Rak Serang,mikro,36.73,,,ya,,,,
        9700000000011,Kue Serang,mikro,36.73,,,ya,,,,
        9700000000012,Dasi Serang,mikro,36.73,,,ya,,,,
        9700000000013,Katering Serang,mikro,36.73,,,ya,,,,
        9700000000014,Rantang Serang,mikro,36.73,,,ya,,,,
        9700000000015,Miniatur Serang,mikro,36.73,,,ya,,,,
        9700000000016,Aren Serang,mikro,36.73,,,ya,,,,
        9700000000017,Kopi Serang,mikro,36.73,,,ya,,,,
        9700000000018,Air Serang,mikro,36.73,,,ya,,,,
        9700000000019,Karbol Serang,mikro,36.73,,,ya,,,,
        9700000000020,Kue Kering Cilegon,mikro,36.73,,,ya,,,,
        9700000000021,Prasmanan Serang,mikro,36.73,,,ya,,,,
        9700000000022,Bambu Serang,mikro,36.73,,,ya,,,,
        9700000000023,Papan Serang,mikro,36.73,,,ya,,,,
        9700000000024,Mebel Sekolah Serang,mikro,36.73,,,ya,,,,
        9700000000025,Kaos Serang,mikro,36.73,,,ya,,,,
        9700000000026,Kaos Tutup Serang,mikro,36.73,,,tidak,,,,

        """

    static let catalog = """
        nib,sku,name,category,unit,unit_price,capacity_per_month,lead_time_days,tkdn,bmp,certifications,description
        9700000000001,ST-1,Sarung Tenun Tradisional,fesyen,pcs,150000,500,7,70,,,
        9700000000012,DS-1,Dasi Seragam Polos Hitam Panjang,fesyen,pcs,25000,500,7,70,,,
        9700000000005,IK-1,Ikan Koi Kohaku 10 cm,pertanian,ekor,35000,500,3,70,,,
        9700000000006,BK-1,Ikan Koki Oranda 3 cm,pertanian,ekor,5000,5000,3,70,,,
        9700000000006,BL-1,Bibit Kelengkeng Okulasi 50 cm,pertanian,batang,35000,500,5,70,,,
        9700000000001,SP-1,Sepatu Pantofel Kulit,fesyen,pasang,250000,500,7,70,,,
        9700000000003,SB-1,Sambel Bawang Ekstra Pedas 150ml,makanan,botol,25000,500,3,70,,,
        9700000000004,SC-1,Sambal Cumi Asin botol 200 ml,makanan,botol,30000,500,3,70,,,
        9700000000011,NS-1,Nastar Nanas Premium Toples 500gr,makanan,toples,85000,500,3,70,,,
        9700000000007,WU-1,Wedang Uwuh Celup isi 10,minuman,pack,20000,500,3,70,,,
        9700000000008,RQ-1,Rak Al-Quran Kayu Jati,furnitur,unit,350000,100,7,70,,,
        9700000000010,RB-1,Rak Buku Kayu 5 Susun,furnitur,unit,450000,100,7,70,,,
        9700000000009,KS-1,Keset Sabut Kelapa 40x60,lainnya,pcs,35000,500,5,70,,,
        9700000000013,NK-1,Nasi Kotak Ayam Bakar Komplit,jasa-boga,kotak,25000,5000,2,70,,,
        9700000000014,RT-1,Rantang Stainless 3 Susun Tempat Makan,logam,pcs,120000,500,5,70,,,
        9700000000015,MP-1,Miniatur Perahu Pinisi Kayu 40cm,kerajinan,pcs,450000,100,7,70,,,
        9700000000016,GA-1,Gula Aren Cetak Batok 1 kg,makanan,kg,30000,5000,3,70,,,
        9700000000017,KR-1,Biji Kopi Robusta Roasted Medium 1 kg,minuman,kg,150000,500,3,70,,,
        9700000000018,AM-1,Air Mineral Botol 600 ml dus isi 24,minuman,dus,45000,5000,3,70,,,
        9700000000019,KW-1,Karbol Wangi Sereh 5 Liter Jerigen,lainnya,jerigen,60000,500,3,70,,,
        9700000000020,KA-1,Kue Kering Aneka Rasa 500 gr,makanan,toples,50000,500,3,70,,,
        9700000000021,PN-1,Prasmanan Nasi Liwet Komplit,jasa-boga,porsi,45000,5000,2,70,,,
        9700000000022,TT-1,Tempat Tisu Bambu Ukir,kerajinan,pcs,45000,500,5,70,,,
        9700000000023,WB-1,Whiteboard Kaki Beroda 120x240,furnitur,unit,1500000,50,7,70,,,
        9700000000024,MK-1,Meja + Kursi Siswa SD Kayu Mahoni,furnitur,set,650000,100,7,70,,,
        9700000000025,KC-1,Kaos Cotton Combed 30s Sablon DTF,fesyen,pcs,55000,5000,7,70,,,
        9700000000026,KX-1,Kaos Sablon Custom Cotton 24s,fesyen,pcs,45000,5000,7,70,,,

        """

    static let needs = """
        need_id,opd_code,opd_name,fiscal_year,program,category,description,quantity,unit,budget,region,needed_by,required_certifications
        N-SONGKET,SRG,Setda,2026,,fesyen,Sarung Tenun Songket Palembang,10,pcs,9000000,36.73,,
        N-DASI,SRG,Setda,2026,,fesyen,Dasi Seragam Siswa SMP Abu-abu Pendek,100,pcs,9000000,36.73,,
        N-KOI,SRG,Setda,2026,,pertanian,Belanja Bibit Ikan - Benih Ikan Koi untuk Kolam Taman Kota,100,ekor,9000000,36.73,,
        N-KACA,SRG,Setda,2026,,makanan,sambal bawang botol kaca utk bazar UMKM,50,botol,9000000,36.73,,
        N-SAMBEL,SRG,Setda,2026,,makanan,Sambel bawang botol - parcel lebaran pegawai,50,botol,9000000,36.73,,
        N-NASTAR,SRG,Setda,2026,,makanan,Kue kering nastar toples 500 gram bingkisan guru,50,toples,9000000,36.73,,
        N-WEDANG,SRG,Setda,2026,,minuman,Welcome drink tamu - Wedang Uwuh celup,50,pack,9000000,36.73,,
        N-QURAN,SRG,Setda,2026,,furnitur,Rak Mushaf Al-Qur'an kayu untuk masjid binaan,5,unit,9000000,36.73,,
        N-SEPATU,SRG,Setda,2026,,furnitur,Rak sepatu kayu untuk musholla sekolah,5,unit,9000000,36.73,,
        N-KESET,SRG,Setda,2026,,lainnya,keset kaki sabut kelapa pintu masuk puskesmas,20,pcs,9000000,36.73,,
        N-VAKSIN,SRG,Setda,2026,,jasa-boga,Belanja Makanan dan Minuman Kegiatan - Nasi Kotak Vaksinasi Massal 300 peserta,300,kotak,9000000,36.73,,
        N-RANTANG,SRG,Setda,2026,,logam,Rantang susun stainless,20,pcs,9000000,36.73,,
        N-PINISI,SRG,Setda,2026,,kerajinan,Miniatur Kapal Pinisi Cinderamata Tamu Luar Negeri,5,pcs,9000000,36.73,,
        N-GULA,SRG,Setda,2026,,makanan,Belanja Bahan Makanan Pokok - Gula Merah Aren Cetak 1kg utk PMT Posyandu,100,kg,9000000,36.73,,
        N-GREEN,SRG,Setda,2026,,minuman,Belanja Hadiah - Green Bean Kopi Robusta 1 kg,10,kg,9000000,36.73,,
        N-AQUA,SRG,Setda,2026,,minuman,AQUA botol 600ml 24 btl/dus,10,dus,9000000,36.73,,
        N-KARBOL,SRG,Setda,2026,,lainnya,Karbol Pembersih Lantai 5 Liter,10,jerigen,9000000,36.73,,
        N-KERING,SRG,Setda,2026,,makanan,Kue Kering Nastar toples - parcel lebaran panti asuhan,50,toples,9000000,36.73,,
        N-BIHALAL,SRG,Setda,2026,,jasa-boga,Prasmanan Halal Bihalal Pegawai 100 orang,100,porsi,9000000,36.73,,
        N-TISSUE,SRG,Setda,2026,,kerajinan,Kotak Tissue Bambu,10,pcs,9000000,36.73,,
        N-ROTAN,SRG,Setda,2026,,kerajinan,Kotak Tisu Rotan,10,pcs,9000000,36.73,,
        N-PAPAN,SRG,Setda,2026,,furnitur,Papan Tulis White Board Kaki Beroda 120 x 240,2,unit,9000000,36.73,,
        N-RAPAT,SRG,Setda,2026,,furnitur,Meja Rapat Oval Kayu Jati 12 kursi,1,unit,19000000,36.73,,
        N-TSHIRT,SRG,Setda,2026,,fesyen,T-Shirt Sablon Event Fun Run HUT Kota,100,pcs,9000000,36.73,,

        """

    static func matches() throws -> [String: NeedMatch] {
        try InlineCatalog.matches(suppliers: suppliers, catalog: catalog, needs: needs)
    }

    /// A shelf whose listings leave `ikan` out of the fish's name.
    static func fighterFish() throws -> [String: NeedMatch] {
        let catalog = """
            nib,sku,name,category,unit,unit_price,capacity_per_month,lead_time_days,tkdn,bmp,certifications,description
            9700000000002,CH-1,Cupang Halfmoon Jantan,pertanian,ekor,25000,500,3,70,,,

            """
        let needs = """
            need_id,opd_code,opd_name,fiscal_year,program,category,description,quantity,unit,budget,region,needed_by,required_certifications
            N-CUPANG,SRG,Setda,2026,,pertanian,Ikan Cupang Hias Halfmoon utk Festival,50,ekor,9000000,36.73,,

            """
        return try InlineCatalog.matches(suppliers: suppliers, catalog: catalog, needs: needs)
    }

    @Test func aClothOrALengthIsAsked() throws {
        let found = try Self.matches()
        // Songket cloth nobody here weaves: a plain woven sarong is not it.
        #expect(found["N-SONGKET"]?.candidates.isEmpty == true)
        // A short tie is not the long one sold.
        #expect(found["N-DASI"]?.candidates.isEmpty == true)
    }

    @Test func livingThingsAreReadAsTheirListingsName() throws {
        let found = try Self.matches()
        // `hias` says what the fighting fish is for; the listings leave out `ikan`.
        #expect(try Self.fighterFish()["N-CUPANG"]?.candidates.map(\.sku) == ["CH-1"])
        // Koi fry: the koi, not the goldfish seedling.
        #expect(found["N-KOI"]?.candidates.map(\.sku) == ["IK-1"])
    }

    @Test func containersAndUsesDoNotNameTheKind() throws {
        let found = try Self.matches()
        // The glass is the bottle's, and a bottle the listings do not name is packaging.
        #expect(found["N-KACA"]?.candidates.map(\.sku) == ["SB-1"])
        #expect(found["N-SAMBEL"]?.candidates.map(\.sku) == ["SB-1"])
        // Dry cookies: nastar is the kind.
        #expect(found["N-NASTAR"]?.candidates.map(\.sku) == ["NS-1"])
        // A welcome drink is the occasion; wedang uwuh the drink.
        #expect(found["N-WEDANG"]?.candidates.map(\.sku) == ["WU-1"])
        // A vaccination drive is the occasion of the boxed rice.
        #expect(found["N-VAKSIN"]?.candidates.map(\.sku) == ["NK-1"])
        // `susun` counts tiers in the listings.
        #expect(found["N-RANTANG"]?.candidates.map(\.sku) == ["RT-1"])
    }

    @Test func otherNamesAndVarietiesNobodyOffers() throws {
        let found = try Self.matches()
        // `Mushaf Al-Qur'an` is the Quran of `Rak Al-Quran`.
        #expect(found["N-QURAN"]?.candidates.map(\.sku) == ["RQ-1"])
        #expect(TextFit.terms("Mushaf Al-Qur'an") == ["quran"])
        // A wooden shoe rack nobody makes: the wooden bookcase is another rack.
        #expect(found["N-SEPATU"]?.candidates.isEmpty == true)
        // A foot mat is a mat.
        #expect(found["N-KESET"]?.candidates.map(\.sku) == ["KS-1"])
        // A pinisi ship model is the pinisi boat model.
        #expect(found["N-PINISI"]?.candidates.map(\.sku) == ["MP-1"])
        // `Gula merah` is palm sugar; `AQUA` is how officers name bottled water.
        #expect(found["N-GULA"]?.candidates.map(\.sku) == ["GA-1"])
        #expect(found["N-AQUA"]?.candidates.map(\.sku) == ["AM-1"])
        // Green beans are raw: a roasted bean is not them.
        #expect(found["N-GREEN"]?.candidates.isEmpty == true)
        // What a floor cleaner does is no kind of it.
        #expect(found["N-KARBOL"]?.candidates.map(\.sku) == ["KW-1"])
        // Dry cookies are a class: nastar is the kind, not the assorted cookies.
        #expect(found["N-KERING"]?.candidates.map(\.sku) == ["NS-1"])
        // Halal bihalal is the occasion of the buffet, a fun run that of the T-shirt.
        #expect(found["N-BIHALAL"]?.candidates.map(\.sku) == ["PN-1"])
        #expect(found["N-TSHIRT"]?.candidates.map(\.sku) == ["KC-1"])
        // `Tissue` is `tisu`, `white board` a whiteboard; a rattan tissue box is not the bamboo one.
        #expect(found["N-TISSUE"]?.candidates.map(\.sku) == ["TT-1"])
        #expect(found["N-ROTAN"]?.candidates.isEmpty == true)
        #expect(found["N-PAPAN"]?.candidates.map(\.sku) == ["WB-1"])
        // Twelve seats count the table's chairs: a school desk with its chair is not the meeting table.
        #expect(found["N-RAPAT"]?.candidates.isEmpty == true)
    }
}

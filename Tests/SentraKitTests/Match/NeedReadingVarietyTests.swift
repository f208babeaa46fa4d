import Foundation
import SentraTestSupport
import Testing

@testable import SentraKit

/// What follows the kind a need names (``NeedReading``): a variety nobody offers, where the shelf's
/// names go on with other varieties (``NeedReading/rivals``): an item named with another variety
/// is not the one asked for, one naming none still may be; a uniform before the kind; other names.
@Suite struct NeedReadingVarietyTests {
    static let suppliers = """
        nib,name,scale,region,sentra,certifications,active,verified_on,npwp,phone,email
        9300000000001,Mutiara Serang,mikro,36.73,,,ya,,,,
        9300000000002,Kerupuk Serang,mikro,36.73,,,ya,,,,
        9300000000003,Mebel Serang,mikro,36.73,,,ya,,,,
        9300000000004,Koi Serang,mikro,36.73,,,ya,,,,
        9300000000005,Katering Serang,mikro,36.73,,,ya,,,,
        9300000000006,Kebun Serang,mikro,36.73,,,ya,,,,
        9300000000007,Konveksi Serang,mikro,36.73,,,ya,,,,

        """

    static let catalog = """
        nib,sku,name,category,unit,unit_price,capacity_per_month,lead_time_days,tkdn,bmp,certifications,description
        9300000000001,KM-1,Kalung Mutiara Air Tawar 1 Lilit,perhiasan,pcs,250000,100,3,70,,,
        9300000000002,KK-1,Kerupuk Kulit Ikan Tenggiri 100 gr,makanan,pack,15000,1000,3,70,,,
        9300000000002,KK-2,Kerupuk Kulit Bandeng Renyah 100 gr,makanan,pack,14000,1000,3,70,,,
        9300000000002,DS-1,Dendeng Sapi Balado 250 gr,makanan,pack,60000,500,3,70,,,
        9300000000002,KA-1,Kopi Arabika Bubuk 200 gr,minuman,pack,60000,500,3,70,,,
        9300000000002,KA-2,Kopi Arabika Java Preanger Bubuk 200 gr,minuman,pack,55000,500,3,70,,,
        9300000000003,RB-1,Rak Buku Susun Kayu Jati,furnitur,unit,1500000,50,14,70,,,
        9300000000004,IK-1,Ikan Koi Kohaku 15 cm,pertanian,ekor,75000,300,3,70,,,
        9300000000006,AP-1,Apel Malang Segar 1 kg,pertanian,kg,30000,500,3,70,,,
        9300000000005,NK-1,Nasi Kotak Ayam Bakar,jasa-boga,kotak,35000,3000,2,70,,,
        9300000000005,NL-1,Nasi Liwet Komplit,jasa-boga,porsi,30000,3000,2,70,,,
        9300000000005,TN-1,Tumpeng Nasi Kuning Mini,jasa-boga,porsi,25000,3000,2,70,,,
        9300000000003,MK-1,Meja Kerja Staf Kayu,furnitur,unit,900000,50,14,70,,,
        9300000000003,LA-1,Lemari Arsip Besi 4 Laci,furnitur,unit,2000000,50,14,70,,,
        9300000000007,SP-1,Sepatu Pantofel Kulit Sapi Pria,fesyen,pasang,350000,200,7,70,,,
        9300000000007,KP-1,Kemeja PDH Drill Lengan Panjang,fesyen,pcs,150000,500,7,70,,,
        9300000000007,KL-1,Kemeja PDL Lapangan 4 Saku,fesyen,pcs,170000,500,7,70,,,
        9300000000006,PL-1,Alat Pel Lantai Microfiber,lainnya,pcs,60000,500,3,70,,,
        9300000000003,KPL-1,Kain Pel Lantai Katun,lainnya,pcs,15000,500,3,70,,,

        """

    static let needs = """
        need_id,opd_code,opd_name,fiscal_year,program,category,description,quantity,unit,budget,region,needed_by,required_certifications
        N-LAUT,SRG,Setda,2026,,perhiasan,Kalung Mutiara Laut South Sea Pearl,2,pcs,5000000,36.73,,
        N-MUTIARA,SRG,Setda,2026,,perhiasan,Kalung Mutiara untuk Hadiah Purna Bakti,2,pcs,5000000,36.73,,
        N-RAMBAK,SRG,Setda,2026,,makanan,Kerupuk Kulit Sapi (Rambak) 250 gr untuk oleh-oleh,20,pack,2000000,36.73,,
        N-KULIT-IKAN,SRG,Setda,2026,,makanan,Kerupuk Kulit Ikan untuk oleh-oleh,20,pack,2000000,36.73,,
        N-GAYO,SRG,Setda,2026,,minuman,Kopi Arabika Gayo Bubuk 200 gr - souvenir delegasi,10,pack,2000000,36.73,,
        N-RAK,SRG,Setda,2026,,furnitur,Rak Buku Perpustakaan Daerah,2,unit,5000000,36.73,,
        N-KOI,SRG,Setda,2026,,pertanian,Ikan Koi Kolam Taman Kantor,20,ekor,5000000,36.73,,
        N-KEBULI,SRG,Setda,2026,,jasa-boga,Nasi Kebuli Kambing Maulid Nabi,100,porsi,5000000,36.73,,
        N-APEL,SRG,Setda,2026,,jasa-boga,Nasi Kotak Apel Siaga Bencana,100,kotak,5000000,36.73,,
        N-RAPAT,SRG,Setda,2026,,furnitur,Meja Rapat Oval Kapasitas 20 Orang,1,unit,9000000,36.73,,
        N-MEJA,SRG,Setda,2026,,furnitur,Meja Kerja untuk Staf,2,unit,9000000,36.73,,
        N-LEMARI,SRG,Setda,2026,,furnitur,Lemari Pakaian 3 Pintu Rumah Dinas,1,unit,9000000,36.73,,
        N-PDH,SRG,Setda,2026,,fesyen,Sepatu PDH Pantofel Kulit Pria,5,pasang,5000000,36.73,,
        N-WANITA,SRG,Setda,2026,,fesyen,Sepatu Pantofel Wanita kulit asli,5,pasang,5000000,36.73,,
        N-KEDUANYA,SRG,Setda,2026,,fesyen,Sepatu Pantofel Kulit Pria/Wanita,5,pasang,5000000,36.73,,
        N-PDL,SRG,Setda,2026,,fesyen,Sepatu PDL Lapangan untuk Petugas,5,pasang,5000000,36.73,,
        N-MOP,SRG,Setda,2026,,lainnya,Mop lantai,5,pcs,1000000,36.73,,

        """

    static func matches() throws -> [String: NeedMatch] {
        try InlineCatalog.matches(suppliers: suppliers, catalog: catalog, needs: needs)
    }

    @Test func anotherVarietyIsNotTheOneAskedFor() throws {
        let found = try Self.matches()
        // Freshwater pearls are not the sea pearls asked for; with no variety named they serve.
        #expect(found["N-LAUT"]?.candidates.isEmpty == true)
        #expect(found["N-MUTIARA"]?.candidates.map(\.sku) == ["KM-1"])
        // Fish-skin crackers are not beef-skin ones, though `sapi` is on the shelf (beef jerky).
        #expect(found["N-RAMBAK"]?.candidates.isEmpty == true)
        #expect(found["N-KULIT-IKAN"]?.candidates.map(\.sku) == ["KK-1"])
        // Java Preanger is not Gayo; an arabica named without its origin still may be.
        #expect(found["N-GAYO"]?.candidates.map(\.sku) == ["KA-1"])
        // A dish nobody cooks: rice boxes, liwet and yellow rice are other dishes.
        #expect(found["N-KEBULI"]?.candidates.isEmpty == true)
        // A meeting table nobody makes: the desk is another kind; a wardrobe is not a file cabinet.
        #expect(found["N-RAPAT"]?.candidates.isEmpty == true)
        #expect(found["N-MEJA"]?.candidates.map(\.sku) == ["MK-1"])
        #expect(found["N-LEMARI"]?.candidates.isEmpty == true)
    }

    @Test func whereOrWhatForIsNoVariety() throws {
        let found = try Self.matches()
        // A derived word says where it stands, a use word what it is for: neither is a variety.
        #expect(found["N-RAK"]?.candidates.map(\.sku) == ["RB-1"])
        #expect(found["N-KOI"]?.candidates.map(\.sku) == ["IK-1"])
        // On a caterer's shelf, a product of another shelf after the dish is its occasion.
        #expect(found["N-APEL"]?.candidates.map(\.sku) == ["NK-1"])
        // The reason names the variety nobody offers.
        let reason = found["N-LAUT"]?.unmatchedReason ?? ""
        #expect(reason.contains("none is kalung mutiara laut"))
    }

    @Test func aUniformBeforeTheKindOnlyQualifiesIt() throws {
        let found = try Self.matches()
        // `Sepatu Pantofel` is sold: `PDH` says which uniform the pantofel goes with.
        #expect(found["N-PDH"]?.candidates.map(\.sku) == ["SP-1"])
        // No kind follows `PDL`: the field boots asked for are not the pantofel.
        #expect(found["N-PDL"]?.candidates.isEmpty == true)
        // Men's shoes are not the women's asked for; a need for either takes them.
        #expect(found["N-WANITA"]?.candidates.isEmpty == true)
        #expect(found["N-KEDUANYA"]?.candidates.map(\.sku) == ["SP-1"])
    }

    @Test func otherNamesOfTheProductAreRead() throws {
        let found = try Self.matches()
        // `Alat Pel` is a mop; the floor cloth is not.
        #expect(found["N-MOP"]?.candidates.map(\.sku) == ["PL-1"])
    }
}

import Foundation
import SentraTestSupport
import Testing

@testable import SentraKit

/// Words officers and sellers write for one product (``Lexicon``): spellings, regional names,
/// other names of one thing, a class written before it, the victims an aid is for, plain against
/// patterned, and the genuine article against a copy.
@Suite struct OfficersWordsTests {
    static let suppliers = """
        nib,name,scale,region,sentra,certifications,active,verified_on,npwp,phone,email
        9740000000001,Logam Bekasi,mikro,32.16,,,ya,,,,
        9740000000002,Katering Bekasi,mikro,32.16,,,ya,,,,
        9740000000003,Pangan Bekasi,mikro,32.16,,,ya,,,,
        9740000000004,Ikan Bekasi,mikro,32.16,,,ya,,,,
        9740000000005,Mebel Bekasi,mikro,32.16,,,ya,,,,
        9740000000006,Sepatu Bekasi,mikro,32.16,,,ya,,,,
        9740000000007,Bersih Bekasi,mikro,32.16,,,ya,,,,
        9740000000008,Peci Bekasi,mikro,32.16,,,ya,,,,

        """

    static let catalog = """
        nib,sku,name,category,unit,unit_price,capacity_per_month,lead_time_days,tkdn,bmp,certifications,description
        9740000000001,PS-1,Panci Stainless Steel 24cm Tutup Kaca,logam,pcs,150000,500,7,70,,,
        9740000000001,TB-1,Tiang Bendera Stainless 6 Meter,logam,unit,2500000,50,14,70,,,
        9740000000002,CB-1,Coffee Break Kue + Kopi/Teh,jasa-boga,pax,25000,3000,2,70,,,
        9740000000002,NB-1,Nasi Box Ayam Geprek + Es Teh,jasa-boga,kotak,25000,3000,2,70,,,
        9740000000003,GA-1,Gula Aren Cetak 500 gr,makanan,pcs,25000,1000,5,70,,,
        9740000000003,SB-1,Paket Sembako Bansos Beras Minyak Gula,makanan,paket,150000,2000,5,70,,,
        9740000000004,IK-1,Ikan Koki Oranda 5cm,pertanian,ekor,15000,1000,5,70,,,
        9740000000005,KK-1,Kursi Kerja Putar Jaring (Mesh),furnitur,unit,750000,100,14,70,,,
        9740000000005,KL-1,Kursi Lipat Besi Jok Busa,furnitur,unit,150000,100,14,70,,,
        9740000000006,SP-1,Sepatu PDH Kulit Sapi Asli Pria Hitam,fesyen,pasang,350000,200,14,70,,,
        9740000000006,SS-1,Sepatu Pantofel Wanita Kulit Sintetis,fesyen,pasang,150000,200,14,70,,,
        9740000000007,KB-1,Karbol Sereh Pembersih Lantai 5 liter,lainnya,jerigen,60000,500,5,70,,,
        9740000000008,PM-1,Peci Motif Tapis Lampung,fesyen,pcs,60000,500,7,70,,,
        9740000000007,MK-1,Minyak Kemiri Penumbuh Rambut 100 ml,kosmetik,botol,30000,500,5,70,,,

        """

    static let needs = """
        need_id,opd_code,opd_name,fiscal_year,program,category,description,quantity,unit,budget,region,needed_by,required_certifications
        N-STENLIS,BKS,Setda,2026,,logam,panci stenlis 24 cm,10,pcs,9000000,32.16,,
        N-STEEL,BKS,Setda,2026,,logam,Tiang Bendera Stainless Steel 6 m,2,unit,9000000,32.16,,
        N-COFFE,BKS,Setda,2026,,jasa-boga,coffe break rapat evaluasi,50,pax,9000000,32.16,,
        N-NASBOX,BKS,Setda,2026,,jasa-boga,NASBOX SYUKURAN HUT KOTA BEKASI 300 PORSI,300,kotak,9000000,32.16,,
        N-KAWUNG,BKS,Setda,2026,,makanan,Gula Kawung Cetak untuk Paket Promosi,10,pcs,9000000,32.16,,
        N-BANJIR,BKS,BPBD,2026,,makanan,Paket Bantuan Sembako Korban Banjir,10,paket,9000000,32.16,,
        N-MASKOKI,BKS,Setda,2026,,pertanian,ikan maskoki utk akuarium kantor,10,ekor,9000000,32.16,,
        N-MASKOKI2,BKS,Setda,2026,,pertanian,Ikan Mas Koki untuk akuarium,10,ekor,9000000,32.16,,
        N-KANTOR,BKS,Setda,2026,,furnitur,Kursi Kantor Putar (Swivel Chair) Jaring,10,unit,9000000,32.16,,
        N-PANTOFEL,BKS,Setda,2026,,fesyen,Sepatu Pantofel Kulit Hitam Pria utk PDH ASN,10,pasang,9000000,32.16,,
        N-ASLI,BKS,Setda,2026,,fesyen,Sepatu Pantofel Wanita Kulit Asli,10,pasang,9000000,32.16,,
        N-CAIRAN,BKS,Setda,2026,,lainnya,Cairan Pembersih Lantai (Karbol Wangi Sereh) Jerigen 5 L,10,jerigen,9000000,32.16,,
        N-POLOS,BKS,Setda,2026,,fesyen,Peci Hitam Polos Beludru utk Kafilah MTQ,10,pcs,9000000,32.16,,
        N-WANGI,BKS,Setda,2026,,kosmetik,Minyak Wangi Non Alkohol untuk Masjid,50,botol,9000000,32.16,,

        """

    static func matches() throws -> [String: NeedMatch] {
        try InlineCatalog.matches(suppliers: suppliers, catalog: catalog, needs: needs)
    }

    @Test func spellingsAndRegionalNamesReadAsTheListingsWriteThem() throws {
        let found = try Self.matches()
        #expect(found["N-STENLIS"]?.candidates.map(\.sku) == ["PS-1"])
        #expect(found["N-STEEL"]?.candidates.map(\.sku) == ["TB-1"])
        #expect(found["N-COFFE"]?.candidates.map(\.sku) == ["CB-1"])
        #expect(found["N-NASBOX"]?.candidates.map(\.sku) == ["NB-1"])
        // `Nasbox` is how a caterer shortens `Nasi Box`; `Gula Kawung` is the Sundanese palm sugar.
        #expect(found["N-KAWUNG"]?.candidates.map(\.sku) == ["GA-1"])
    }

    @Test func otherNamesOfOneProduct() throws {
        let found = try Self.matches()
        // A goldfish, written as one word or two (`maskoki`, `mas koki`).
        #expect(found["N-MASKOKI"]?.candidates.map(\.sku) == ["IK-1"])
        #expect(found["N-MASKOKI2"]?.candidates.map(\.sku) == ["IK-1"])
        // An office chair is the work chair of the listings; the folding chair is not one.
        #expect(found["N-KANTOR"]?.candidates.map(\.sku) == ["KK-1"])
        // The day uniform's shoe is the pantofel.
        #expect(found["N-PANTOFEL"]?.candidates.first?.sku == "SP-1")
    }

    @Test func theGenuineArticleIsNotServedByACopy() throws {
        let found = try Self.matches()
        #expect(found["N-ASLI"]?.candidates.isEmpty == true)
    }

    @Test func aClassWordVictimsAndAPatternReadAsWhatTheyAre() throws {
        let found = try Self.matches()
        // `Cairan` names the class of the floor cleaner, not a product.
        #expect(found["N-CAIRAN"]?.candidates.map(\.sku) == ["KB-1"])
        // The flood's victims are whom the aid is for.
        #expect(found["N-BANJIR"]?.candidates.map(\.sku) == ["SB-1"])
        // A plain cap is not the patterned one.
        #expect(found["N-POLOS"]?.candidates.isEmpty == true)
        // `Wangi` describes a cleaner, but `Minyak Wangi` is perfume, not any oil.
        #expect(found["N-WANGI"]?.candidates.isEmpty == true)
    }
}

import Foundation
import SentraTestSupport
import Testing

@testable import SentraKit

/// How a need names its product when the listings name it otherwise (``NeedReading``,
/// ``TextFit``): a second name after a slash, a class or a plant part the listings leave out, a
/// variety written as one word, a size, things bought together, the account naming the product.
@Suite struct NeedReadingNamesTests {
    static let suppliers = """
        nib,name,scale,region,sentra,certifications,active,verified_on,npwp,phone,email
        9500000000001,Kebun Serang,mikro,36.73,,,ya,,,,
        9500000000002,Herbal Serang,mikro,36.73,,,ya,,,,
        9500000000003,Percetakan Serang,mikro,36.73,,,ya,,,,
        9500000000004,Katering Serang,mikro,36.73,,,ya,,,,
        9500000000005,Mebel Serang,mikro,36.73,,,ya,,,,
        9500000000006,Aroma Serang,mikro,36.73,,,ya,,,,
        9500000000007,Konveksi Serang,mikro,36.73,,,ya,,,,
        9500000000008,Telur Serang,mikro,36.73,,,ya,,,,
        9500000000009,Mebel Cilegon,mikro,36.73,,,ya,,,,
        9500000000010,Seragam Cilegon,mikro,36.73,,,ya,,,,
        9500000000011,Kerajinan Serang,mikro,36.73,,,ya,,,,

        """

    static let catalog = """
        nib,sku,name,category,unit,unit_price,capacity_per_month,lead_time_days,tkdn,bmp,certifications,description
        9500000000001,BA-1,Bibit Aglonema Red Sumatra Pot 15,pertanian,pot,65000,800,5,70,,,
        9500000000001,TS-1,Tanaman Hias Sansevieria Pot 20,pertanian,pot,55000,800,5,70,,,
        9500000000001,DM-1,Bibit Durian Musang King Okulasi 80 cm,pertanian,batang,90000,800,5,70,,,
        9500000000001,DO-1,Bibit Durian Montong Okulasi 80 cm,pertanian,batang,60000,800,5,70,,,
        9500000000002,KK-1,Kapsul Kelor 60 Kapsul,herbal,botol,45000,800,5,70,,,
        9500000000002,JK-1,Jamu Kunyit Asam Herbal Botol 250 ml,herbal,botol,15000,800,5,70,,,
        9500000000003,BG-1,Buku Agenda Hard Cover Logo Custom,percetakan,pcs,35000,800,5,70,,,
        9500000000011,LY-1,Lanyard Tali ID Card Printing 2cm + Stopper,kerajinan,pcs,7000,5000,5,70,,,
        9500000000003,SP-1,Spanduk Banner Flexi 280 gr per meter,percetakan,meter,25000,5000,5,70,,,
        9500000000004,TM-1,Nasi Tumpeng Kuning Mini (1 porsi),jasa-boga,porsi,35000,800,2,70,,,
        9500000000009,MO-1,Meja Rapat Oval 8 Orang HPL,furnitur,unit,3500000,50,14,70,,,
        9500000000005,MJ-1,Meja Rapat Kayu Jati 12 Orang,furnitur,unit,9500000,50,14,70,,,
        9500000000006,RD-1,Reed Diffuser Aromaterapi 100 ml,kosmetik,pcs,65000,800,5,70,,,
        9500000000007,KB-1,Kemeja Batik Seragam Kantor,fesyen,pcs,150000,800,7,70,,,
        9500000000010,KS-1,Seragam Kerja Kantor Drill,fesyen,pcs,175000,800,7,70,,,
        9500000000008,TA-1,Telur Asin Bebek Brebes Matang,makanan,butir,4500,20000,3,70,,,

        """

    static let needs = """
        need_id,opd_code,opd_name,fiscal_year,program,category,description,quantity,unit,budget,region,needed_by,required_certifications
        N-AGENDA,SRG,Setda,2026,,percetakan,Notebook / agenda hard cover logo dinas,50,pcs,9000000,36.73,,
        N-BALSEM,SRG,Setda,2026,,herbal,Minyak Gosok Sereh / Balsem Herbal,50,botol,9000000,36.73,,
        N-DIFFUSER,SRG,Setda,2026,,kosmetik,Pengharum ruangan reed diffuser 100ml,10,pcs,9000000,36.73,,
        N-REED,SRG,Setda,2026,,kosmetik,Reed Diffuser Pengharum Ruangan Lobi Kantor,10,pcs,9000000,36.73,,
        N-AGLONEMA,SRG,Setda,2026,,pertanian,Tanaman hias aglonema 50 pot,50,pot,9000000,36.73,,
        N-KELOR,SRG,Setda,2026,,herbal,Kapsul daun kelor 60 kapsul,50,botol,9000000,36.73,,
        N-DURIAN,SRG,Setda,2026,,pertanian,Bibit Durian Musangking,50,batang,9000000,36.73,,
        N-TUMPENG,SRG,Setda,2026,,jasa-boga,Nasi tumpeng besar utk syukuran gedung baru,5,porsi,9000000,36.73,,
        N-MINI,SRG,Setda,2026,,jasa-boga,Nasi tumpeng mini utk syukuran,50,porsi,9000000,36.73,,
        N-LANYARD,SRG,Setda,2026,,kerajinan,Belanja Alat/Bahan untuk Kegiatan Kantor - Lanyard + Holder ID Card Rakor UMKM,100,pcs,9000000,36.73,,
        N-SPANDUK,SRG,Setda,2026,,percetakan,Belanja Cetak Spanduk Flexi - Gelar Produk UMKM Kota Serang,10,meter,9000000,36.73,,
        N-SEPATU,SRG,Setda,2026,,fesyen,Belanja Pakaian Dinas - Sepatu Pantofel Kulit PDH,10,pasang,9000000,36.73,,
        N-MEJA,SRG,Setda,2026,,furnitur,Meja rapat jati kapasitas 12 orang,1,unit,19000000,36.73,,
        N-TELOR,SRG,Setda,2026,,makanan,telor asin brebes utk bingkisan lebaran 1500 btr,1500,butir,9000000,36.73,,

        """

    static func matches() throws -> [String: NeedMatch] {
        try InlineCatalog.matches(suppliers: suppliers, catalog: catalog, needs: needs)
    }

    @Test func aSecondNameIsReadWhenTheFirstNamesNothing() throws {
        let found = try Self.matches()
        // Nobody lists a notebook: the agenda after the slash is the product.
        #expect(found["N-AGENDA"]?.candidates.map(\.sku) == ["BG-1"])
        // Nor a rubbing oil, and nobody makes the balm named after it: the herbal tonic is neither.
        #expect(found["N-BALSEM"]?.candidates.isEmpty == true)
    }

    @Test func classesAndPartsTheListingsLeaveOut() throws {
        let found = try Self.matches()
        // A room freshener is the class; the reed diffuser is the product, before or after it.
        #expect(found["N-DIFFUSER"]?.candidates.map(\.sku) == ["RD-1"])
        #expect(found["N-REED"]?.candidates.map(\.sku) == ["RD-1"])
        // An ornamental aglonema is sold as a potted seedling, not as another ornamental plant.
        #expect(found["N-AGLONEMA"]?.candidates.map(\.sku) == ["BA-1"])
        // The leaf is the part of the moringa the capsule is made of.
        #expect(found["N-KELOR"]?.candidates.map(\.sku) == ["KK-1"])
    }

    @Test func aVarietyOrSizeIsReadAsTheListingsWriteIt() throws {
        let found = try Self.matches()
        // `Musangking` is `Musang King` in one word: the Montong seedling is another durian.
        #expect(found["N-DURIAN"]?.candidates.map(\.sku) == ["DM-1"])
        // A big tumpeng for a gathering is not a one-person mini tumpeng; a mini one is.
        #expect(found["N-TUMPENG"]?.candidates.isEmpty == true)
        #expect(found["N-MINI"]?.candidates.map(\.sku) == ["TM-1"])
        // The meeting table goes on to its wood: the HPL table is not the teak one asked for.
        #expect(found["N-MEJA"]?.candidates.map(\.sku) == ["MJ-1"])
    }

    @Test func listsAccountsAndAbbreviations() throws {
        let found = try Self.matches()
        // Things bought together: the holder does not narrow the lanyard.
        #expect(found["N-LANYARD"]?.candidates.map(\.sku) == ["LY-1"])
        // The part after the dash is the event; the account names the banner.
        #expect(found["N-SPANDUK"]?.candidates.map(\.sku) == ["SP-1"])
        // A package of product words is what is asked for: shoes nobody makes, not the uniform shirt.
        #expect(found["N-SEPATU"]?.candidates.isEmpty == true)
        // `telor` is `telur`; `btr` and `org` are units of a count, not product words.
        #expect(found["N-TELOR"]?.candidates.map(\.sku) == ["TA-1"])
        #expect(TextFit.terms("Telur asin 1500 btr, 20 org") == ["telur", "asin"])
    }
}

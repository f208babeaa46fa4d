import Foundation
import SentraTestSupport
import Testing

@testable import SentraKit

/// Other names of one product (staple foods, palm sugar, coconut oil, the institute's bred
/// chicken) and words that say what a thing is for doing (`panen`, `potong`, `tempat`).
@Suite struct OtherNamesAndUsesTests {
    static let suppliers = """
        nib,name,scale,region,sentra,certifications,active,verified_on,npwp,phone,email
        9780000000001,Sembako Lampung,mikro,18.01,,,ya,,,,
        9780000000002,Gula Lampung,mikro,18.01,,,ya,,,,
        9780000000003,Kelapa Lampung,mikro,18.01,,,ya,,,,
        9780000000004,Ternak Lampung,mikro,18.01,,,ya,,,,
        9780000000005,Pandai Besi Lampung,mikro,18.01,,,ya,,,,
        9780000000006,Anyaman Lampung,mikro,18.01,,,ya,,,,
        9780000000007,Sabun Lampung,mikro,18.01,,,ya,,,,
        9780000000008,PT Sabun Besar,besar,18.01,,,ya,,,,

        """

    static let catalog = """
        nib,sku,name,category,unit,unit_price,capacity_per_month,lead_time_days,tkdn,bmp,certifications,description
        9780000000001,SB-1,Paket Sembako Beras Minyak Gula,lainnya,paket,150000,2000,5,70,,,
        9780000000001,TP-1,Tas Belanja Spunbond,lainnya,pcs,5000,2000,5,70,,,
        9780000000002,GA-1,Gula Aren Cetak 500 gr,makanan,pcs,25000,1000,5,70,,,
        9780000000001,GP-1,Gula Pasir Kristal 500 gr,makanan,pcs,9000,1000,5,70,,,
        9780000000003,VC-1,Virgin Coconut Oil Murni 250 ml,kosmetik,botol,45000,400,5,70,,,
        9780000000003,MK-1,Minyak Kemiri Penumbuh Rambut 100 ml,kosmetik,botol,30000,400,5,70,,,
        9780000000004,DK-1,Bibit Ayam KUB (DOC) Umur 1 Hari,pertanian,ekor,9000,5000,7,70,,,
        9780000000004,AK-1,Ayam Kampung Pullet Siap Telur,pertanian,ekor,70000,300,7,70,,,
        9780000000005,EG-1,Egrek Sawit Baja + Sambungan,logam,pcs,150000,200,14,70,,,
        9780000000005,AR-1,Arit Rumput Baja Gagang Kayu,logam,pcs,45000,200,14,70,,,
        9780000000006,BB-1,Besek Bambu Tutup 20x20 cm,kerajinan,pcs,3000,6000,7,70,,,
        9780000000007,SS-1,Sabun Batang Sereh Handmade 100 gr,kosmetik,pcs,15000,1500,5,70,,,
        9780000000001,SP-1,Sabun Cuci Piring Jeruk Nipis 800 ml,kosmetik,botol,12000,1500,5,70,,,
        9780000000008,SH-1,Sabun Mandi Batang Hotel 25 gr,kosmetik,pcs,2300,90000,3,70,,,

        """

    static let needs = """
        need_id,opd_code,opd_name,fiscal_year,program,category,description,quantity,unit,budget,region,needed_by,required_certifications
        N-POKOK,LS,Dinsos,2026,,lainnya,Belanja Barang untuk Diserahkan kepada Masyarakat - Paket Bahan Pokok Keluarga Penerima Manfaat,10,paket,9000000,18.01,,
        N-PALM,LS,Disperindag,2026,,makanan,Palm Sugar 500 gr - paket promosi produk unggulan daerah,10,pcs,9000000,18.01,,
        N-VCO,LS,Dispar,2026,,kosmetik,Minyak Kelapa Murni VCO 250 ml Produk Unggulan Kalianda,10,botol,9000000,18.01,,
        N-KUB,LS,Disnak,2026,,pertanian,Bibit Ayam Kampung Unggul Balitbangtan (KUB) DOC,100,ekor,9000000,18.01,,
        N-EGREK,LS,Disbun,2026,,logam,Pengadaan Egrek Panen Sawit untuk Petani Plasma,10,pcs,9000000,18.01,,
        N-ARIT,LS,Disnak,2026,,logam,Arit potong rumput pakan ternak,10,pcs,9000000,18.01,,
        N-BESEK,LS,Kesra,2026,,kerajinan,Belanja Bahan-Bahan Lainnya - Besek Bambu Tempat Nasi Berkat Pengajian,100,pcs,9000000,18.01,,
        N-MANDI,LS,Dinsos,2026,,kosmetik,Sabun Mandi Batang untuk Paket Kebersihan Pengungsi 300 pcs,300,pcs,6000000,18.01,,

        """

    static func matches() throws -> [String: NeedMatch] {
        try InlineCatalog.matches(suppliers: suppliers, catalog: catalog, needs: needs)
    }

    @Test func otherNamesOfOneProduct() throws {
        let found = try Self.matches()
        #expect(found["N-POKOK"]?.candidates.map(\.sku) == ["SB-1"])
        #expect(found["N-PALM"]?.candidates.map(\.sku) == ["GA-1"])
        // `VCO` reads as virgin coconut oil, and coconut oil as the minyak kelapa asked for.
        #expect(found["N-VCO"]?.candidates.map(\.sku) == ["VC-1"])
        // KUB is the Kampung Unggul Balitbangtan chick, not a village pullet by another name.
        #expect(found["N-KUB"]?.candidates.map(\.sku) == ["DK-1"])
    }

    @Test func whatAToolIsForDoingNamesNoKind() throws {
        let found = try Self.matches()
        #expect(found["N-EGREK"]?.candidates.map(\.sku) == ["EG-1"])
        #expect(found["N-ARIT"]?.candidates.map(\.sku) == ["AR-1"])
        #expect(found["N-BESEK"]?.candidates.map(\.sku) == ["BB-1"])
        // A bar of sereh soap is a bath soap though its name says no `mandi` (the only one that does
        // is a large business's); the dish soap is named for what it cleans.
        #expect(found["N-MANDI"]?.candidates.map(\.sku) == ["SS-1"])
    }
}

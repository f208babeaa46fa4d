import Foundation
import SentraTestSupport
import Testing

@testable import SentraKit

/// Other names of one product (staple foods, palm sugar, coconut oil, the institute's bred
/// chicken, moringa, juice, key rings), the trades' and occasions' own words (`pencetakan`,
/// `berkop`, `mebel`, `gala dinner`) and words that say what a thing is for doing (`panen`,
/// `potong`, `tempat`).
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
        9780000000009,Kelor Lampung,mikro,18.01,,,ya,,,,
        9780000000010,Nanas Lampung,mikro,18.01,,,ya,,,,
        9780000000011,Souvenir Lampung,mikro,18.01,,,ya,,,,
        9780000000012,Cetak Lampung,mikro,18.01,,,ya,,,,
        9780000000013,Mebel Lampung,mikro,18.01,,,ya,,,,
        9780000000014,Katering Lampung,mikro,18.01,,,ya,,,,

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
        9780000000005,KS-2,Knapsack Sprayer Manual 16 Liter,logam,unit,325000,300,14,70,,,
        9780000000012,BA-1,Buku Agenda Hardcover Custom Logo A5,percetakan,pcs,55000,2000,7,70,,,
        9780000000006,BB-1,Besek Bambu Tutup 20x20 cm,kerajinan,pcs,3000,6000,7,70,,,
        9780000000007,SS-1,Sabun Batang Sereh Handmade 100 gr,kosmetik,pcs,15000,1500,5,70,,,
        9780000000001,SP-1,Sabun Cuci Piring Jeruk Nipis 800 ml,kosmetik,botol,12000,1500,5,70,,,
        9780000000008,SH-1,Sabun Mandi Batang Hotel 25 gr,kosmetik,pcs,2300,90000,3,70,,,
        9780000000009,KD-1,Kapsul Daun Kelor isi 60,herbal,botol,60000,800,5,70,,,
        9780000000009,TK-1,Teh Daun Kelor Celup isi 25,herbal,box,25000,600,5,70,,,
        9780000000009,JT-1,Jamu Temulawak Serbuk 100 gr,herbal,pcs,20000,600,5,70,,,
        9780000000010,SN-1,Sari Buah Nanas botol 250 ml,minuman,botol,8000,4000,5,70,,,
        9780000000010,SI-1,Sirup Nanas Madu 620 ml,minuman,botol,30000,900,5,70,,,
        9780000000011,GK-1,Gantungan Kunci Akrilik Custom Logo,kerajinan,pcs,5000,5000,7,70,,,
        9780000000011,PA-1,Plakat Akrilik Custom,kerajinan,pcs,150000,500,7,70,,,
        9780000000011,ML-1,Medali Logam Custom Tali,kerajinan,pcs,17500,5000,7,70,,,
        9780000000012,BL-1,Cetak Buku Laporan / Profil A4 Full Color 100 hal,percetakan,eks,85000,3000,7,70,,,
        9780000000012,BT-1,Buku Tulis 58 Lembar isi 10,percetakan,pak,35000,3000,7,70,,,
        9780000000012,BS-1,Cetak Buku Saku Peraturan Daerah A6 Softcover,percetakan,eks,15000,20000,7,70,,,
        9780000000004,BC-1,Bibit Cabai Rawit Polybag Siap Tanam,pertanian,polybag,2500,20000,5,70,,,
        9780000000012,KS-1,Cetak Kop Surat HVS A4 per rim,percetakan,rim,200000,300,5,70,,,
        9780000000012,AP-1,Amplop Putih Kop Instansi Cetak (dus 500),percetakan,dus,250000,400,5,70,,,
        9780000000012,AC-1,Amplop Coklat Folio isi 100,percetakan,pak,60000,800,5,70,,,
        9780000000013,MK-2,Meja Kursi Siswa SD (1 set),furnitur,set,700000,300,14,70,,,
        9780000000013,RB-1,Rak Besi Siku Lubang 5 Susun 200x90x40,furnitur,unit,575000,200,14,70,,,
        9780000000013,RK-1,Rak Buku Kayu 4 Susun,furnitur,unit,450000,200,14,70,,,
        9780000000014,PR-1,Prasmanan Menu Nusantara,jasa-boga,pax,80000,3000,2,70,,,

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
        N-ARSIP,LS,Arsip,2026,,furnitur,Rak besi arsip 5 susun,5,unit,5000000,18.01,,
        N-MANDI,LS,Dinsos,2026,,kosmetik,Sabun Mandi Batang untuk Paket Kebersihan Pengungsi 300 pcs,300,pcs,6000000,18.01,,
        N-MORINGA,LS,Dinkes,2026,,herbal,Belanja Obat-obatan Posyandu - Moringa capsule isi 60,50,botol,3500000,18.01,,
        N-TEABAG,LS,Distan,2026,,herbal,Moringa tea bag 20 box,20,box,800000,18.01,,
        N-JUS,LS,Dispora,2026,,minuman,Belanja Minuman Peserta Jalan Sehat - Jus Nanas botol 250ml,1000,botol,11000000,18.01,,
        N-GANCI,LS,Setda,2026,,kerajinan,SOUVENIR GANCI AKRILIK LOGO PEMKOT 1000 PCS,1000,pcs,7000000,18.01,,
        N-CENGEK,LS,Distan,2026,,pertanian,bibit cengek polybag 1000 btg,1000,polybag,3000000,18.01,,
        N-KOP,LS,DLH,2026,,percetakan,Pencetakan Kop Surat,10,rim,4000000,18.01,,
        N-BERKOP,LS,Disparbud,2026,,percetakan,Belanja Cetak Amplop Berkop Dinas (dus isi 500),5,dus,2500000,18.01,,
        N-MEBEL,LS,Disdik,2026,,furnitur,Belanja Modal Peralatan dan Mesin - Mebel Sekolah Meja Kursi Siswa SD,100,set,84000000,18.01,,
        N-FINISHER,LS,Dispora,2026,,kerajinan,Belanja Hadiah - Medali Finisher Fun Run 10K,1000,pcs,20000000,18.01,,
        N-RKPD,LS,Bappeda,2026,,percetakan,Belanja Cetak - Buku Laporan RKPD Tahun 2027 Full Color,150,eks,14000000,18.01,,
        N-SPRAYER,LS,Distan,2026,,logam,Hand Sprayer Gendong 16 L,20,unit,9000000,18.01,,
        N-NOTEBOOK,LS,Setda,2026,,percetakan,Belanja Cetak - Notebook Agenda Hardcover Logo Dinas 2026,100,pcs,9000000,18.01,,
        N-GALA,LS,Dispar,2026,,jasa-boga,Belanja Jasa Konsumsi - Prasmanan Gala Dinner Apresiasi Desa Wisata 300 pax,300,pax,30000000,18.01,,

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

    @Test func englishNamesAndAcronymsOfTheListingsWords() throws {
        let found = try Self.matches()
        // Moringa is kelor; a capsule is a kapsul and a tea bag the `Teh … Celup`.
        #expect(found["N-MORINGA"]?.candidates.map(\.sku) == ["KD-1"])
        #expect(found["N-TEABAG"]?.candidates.map(\.sku) == ["TK-1"])
        // Juice is sold as `Sari Buah`; `ganci` is a key ring, `cengek` the Sundanese bird's-eye chilli.
        #expect(found["N-JUS"]?.candidates.map(\.sku) == ["SN-1"])
        #expect(found["N-GANCI"]?.candidates.map(\.sku) == ["GK-1"])
        #expect(found["N-CENGEK"]?.candidates.map(\.sku) == ["BC-1"])
        // A hand sprayer carried on the back is the knapsack one; a notebook is a `Buku`.
        #expect(found["N-SPRAYER"]?.candidates.map(\.sku) == ["KS-2"])
        #expect(found["N-NOTEBOOK"]?.candidates.map(\.sku) == ["BA-1"])
    }

    @Test func theTradesAndOccasionsOwnWords() throws {
        let found = try Self.matches()
        // `Pencetakan` is printing, as `Cetak` is; `Berkop` is with a letterhead.
        #expect(found["N-KOP"]?.candidates.map(\.sku) == ["KS-1"])
        #expect(found["N-BERKOP"]?.candidates.map(\.sku) == ["AP-1"])
        // `Mebel` is furniture, the class; a gala dinner is the occasion of the buffet.
        #expect(found["N-MEBEL"]?.candidates.map(\.sku) == ["MK-2"])
        #expect(found["N-GALA"]?.candidates.map(\.sku) == ["PR-1"])
        // A finisher receives the medal; RKPD is the plan the printed report is of.
        #expect(found["N-FINISHER"]?.candidates.map(\.sku) == ["ML-1"])
        #expect(found["N-RKPD"]?.candidates.map(\.sku) == ["BL-1"])
    }

    @Test func whatAToolIsForDoingNamesNoKind() throws {
        let found = try Self.matches()
        #expect(found["N-EGREK"]?.candidates.map(\.sku) == ["EG-1"])
        #expect(found["N-ARIT"]?.candidates.map(\.sku) == ["AR-1"])
        #expect(found["N-BESEK"]?.candidates.map(\.sku) == ["BB-1"])
        // A shelf for the archive is the iron rack, though its name says no `arsip`.
        #expect(found["N-ARSIP"]?.candidates.map(\.sku) == ["RB-1"])
        // A bar of sereh soap is a bath soap though its name says no `mandi` (the only one that does
        // is a large business's); the dish soap is named for what it cleans.
        #expect(found["N-MANDI"]?.candidates.map(\.sku) == ["SS-1"])
    }
}

import Foundation
import SentraTestSupport
import Testing

@testable import SentraKit

/// How a need's words are read against the shelf's item names (``NeedReading``): the kind named
/// after the product noun, a kind nobody offers, SiRUP account wording, a word that narrows the next.
@Suite struct NeedReadingTests {
    static let suppliers = """
        nib,name,scale,region,sentra,certifications,active,verified_on,npwp,phone,email
        9200000000001,Perhiasan Serang,mikro,36.73,,,ya,,,,
        9200000000002,Herbal Serang,mikro,36.73,,,ya,,,,
        9200000000003,Plastik Serang,mikro,36.73,,,ya,,,,
        9200000000004,Mebel Serang,mikro,36.73,,,ya,,,,
        9200000000005,Mebel Jepara,kecil,33.20,,,ya,,,,
        9200000000006,Keripik Serang,mikro,36.73,,,ya,,,,
        9200000000007,Kelapa Lombok,mikro,52.03,,,ya,,,,
        9200000000008,Benih Serang,mikro,36.73,,,ya,,,,
        9200000000009,Wayang Serang,mikro,36.73,,,ya,,,,

        """

    static let catalog = """
        nib,sku,name,category,unit,unit_price,capacity_per_month,lead_time_days,tkdn,bmp,certifications,description
        9200000000001,CE-1,Cincin Emas 24K 2 gram,perhiasan,pcs,3000000,100,3,70,,,cincin emas
        9200000000001,GT-1,Gelang Titanium Anti Karat,perhiasan,pcs,35000,1000,3,60,,,gelang titanium
        9200000000002,MK-1,Minyak Kayu Putih 60ml,herbal,botol,38000,800,5,85,,,minyak kayu putih
        9200000000003,JR-1,Jerigen Plastik 20 Liter,lainnya,pcs,45000,500,3,80,,,jerigen
        9200000000003,AM-1,Air Mineral Gelas 220ml,minuman,dus,22000,800,2,80,,,air mineral
        9200000000004,RB-1,Rak Buku Dinding Kayu Pinus,furnitur,unit,95000,500,7,90,,,rak dinding
        9200000000005,RB-2,Rak Buku Jati 5 Susun,furnitur,unit,1450000,40,21,95,,,rak buku
        9200000000005,KJ-1,Kursi Kayu Jati Ukir,furnitur,unit,900000,40,21,95,,,kursi
        9200000000006,KS-1,Keripik Singkong Balado 250gr,makanan,pack,30000,2000,3,90,,,keripik singkong
        9200000000006,KU-1,Kerupuk Udang 250gr,makanan,pack,25000,2000,3,90,,,kerupuk udang
        9200000000007,VC-1,Virgin Coconut Oil 250 ml,kosmetik,botol,45000,800,4,100,,,minyak kelapa murni
        9200000000007,SB-1,Sabun Batang Sereh 100 gr,kosmetik,pcs,12000,2000,4,100,,,sabun sereh
        9200000000008,BL-1,Benih Lele Sangkuriang 5-7 cm,pertanian,ekor,300,100000,3,100,,,benih lele
        9200000000009,WK-1,Wayang Kulit Mini dalam Pigura,kerajinan,pcs,150000,100,7,95,,,hiasan dinding wayang
        9200000000009,TP-1,Tikar Pandan Motif 2x3 m,kerajinan,pcs,250000,100,7,95,,,tikar anyaman pandan
        9200000000009,KR-1,Keranjang Parsel Rotan Bulat,kerajinan,pcs,85000,100,7,95,,,keranjang parsel
        9200000000008,BN-1,Bibit Ikan Nila Merah 5-7 cm,pertanian,ekor,350,100000,3,100,,,bibit nila
        9200000000008,IN-1,Ikan Nila Konsumsi Segar,pertanian,kg,38000,2000,2,100,,,ikan nila segar
        9200000000003,KH-1,Kertas HVS A4 70 gr 1 Rim,percetakan,rim,45000,500,3,80,,,kertas hvs
        9200000000005,KH-2,Kertas HVS F4 80 gr 1 Rim,percetakan,rim,52000,500,3,80,,,kertas hvs folio
        9200000000004,PS-1,Polo Shirt Pria Bordir Logo Instansi,fesyen,pcs,95000,500,7,90,,,polo shirt bordir
        9200000000004,KO-1,Kaos Oblong Sablon Logo,fesyen,pcs,45000,500,7,90,,,kaos sablon
        9200000000008,IK-1,Ikan Koi Kohaku 15 cm,pertanian,ekor,45000,2000,3,100,,,koi kolam
        9200000000009,PA-1,Plakat Akrilik Custom Logo,kerajinan,pcs,150000,200,7,80,,,plakat akrilik
        9200000000009,MS-1,Miniatur Siger Lampung Kuningan,kerajinan,pcs,350000,50,14,90,,,siger kuningan
        9200000000007,MW-1,Masker Wajah Bubuk Beras 100 gr,kosmetik,pcs,25000,1000,4,100,,,masker wajah
        9200000000007,MK-2,Minyak Kemiri Penyubur 100 ml,kosmetik,botol,30000,1000,4,100,,,minyak kemiri untuk rambut
        9200000000007,SC-1,Sabun Cuci Tangan Cair 500 ml,kosmetik,botol,18000,1000,4,100,,,sabun cuci tangan
        9200000000007,SP-1,Sampo Cair Lidah Buaya 200 ml,kosmetik,botol,22000,1000,4,100,,,sampo cair
        9200000000003,TR-1,Teh Rosella Kering 50 gr,minuman,pack,25000,800,2,80,,,teh rosella
        9200000000002,KT-1,Kapsul Temulawak Ekstrak isi 60,herbal,botol,55000,800,5,85,,,kapsul temulawak
        9200000000003,TS-1,Tempat Sampah Plastik Injak 30 L,lainnya,pcs,120000,500,3,80,,,tempat sampah
        9200000000002,JM-1,Jahe Merah Instan Serbuk 250 gr,minuman,pack,30000,800,3,85,,,jahe merah instan
        9200000000002,TSR-1,Teh Serai Celup isi 20,minuman,kotak,15000,800,3,85,,,teh serai
        9200000000001,AN-1,Anting Mutiara Tusuk Perak,perhiasan,pasang,250000,100,3,70,,,anting mutiara
        9200000000003,PG-1,Pulpen Gel Hitam 0.5 (1 lusin),percetakan,lusin,36000,500,3,80,,,pulpen gel
        9200000000003,KP-1,Keset Kaki Kain Perca Bulat,lainnya,pcs,15000,500,3,80,,,keset perca
        9200000000008,PM-1,Pohon Pucuk Merah tinggi 1 m,pertanian,batang,35000,1000,5,90,,,tanaman pucuk merah
        9200000000005,CG-1,Cangkul Baja Tempa Tanpa Gagang,logam,pcs,60000,500,5,90,,,cangkul baja
        9200000000005,CG-2,Cangkul Baja Gagang Kayu,logam,pcs,85000,500,5,90,,,cangkul baja
        9200000000006,KM-1,Keju Mozzarella Lokal 250 gr,makanan,pack,55000,500,3,90,,,keju
        9200000000006,BR-1,Basreng Pedas Stik 200 gr,makanan,pack,15000,500,3,90,,,basreng
        9200000000003,KB-1,Karbol Sereh Wangi 5 Liter,lainnya,jerigen,60000,500,3,80,,,karbol
        9200000000005,TL-1,Teralis Besi Jendela Minimalis,logam,m2,350000,500,7,90,,,teralis besi
        9200000000009,PT-1,Pot Tanah Liat Diameter 30 cm,kerajinan,pcs,25000,500,7,90,,,pot tanah liat
        9200000000005,MS-2,Meja Kursi Siswa SD (1 Set),furnitur,set,850000,100,14,90,,,meja kursi sekolah
        9200000000004,PF-1,Pantofel Kulit Pria Hitam,fesyen,pasang,250000,200,7,90,,,pantofel kulit
        9200000000002,KR-2,Kopi Robusta Bubuk 200 gr,minuman,pack,35000,800,3,85,,,kopi robusta
        9200000000009,PZ-1,Puzzle Hijaiyah Kayu,kerajinan,set,45000,300,7,90,,,puzzle kayu
        9200000000007,LB-1,Lulur Bengkoang Mandi 250 gr,kosmetik,pcs,30000,1000,4,100,,,lulur bengkoang
        9200000000002,TC-1,Teh Celup Hitam isi 25,minuman,kotak,12000,800,3,85,,,teh hitam
        9200000000008,PK-1,Pakan Ayam Petelur 50 kg,pertanian,karung,350000,300,5,100,,,pakan ayam
        9200000000003,KF-1,Kertas Foto Glossy A4 180 gsm isi 20,percetakan,pak,30000,500,3,80,,,kertas foto
        9200000000003,SI-1,Sapu Ijuk Gagang Kayu,lainnya,pcs,25000,500,3,80,,,sapu ijuk
        9200000000003,SL-1,Sapu Lidi Kelapa Ikat Besar,lainnya,pcs,15000,500,3,80,,,sapu lidi
        9200000000003,KS-1,Keset Kaki Serabut Kelapa 40x60,lainnya,pcs,45000,500,3,80,,,keset serabut
        9200000000002,KK-1,Kapsul Daun Kelor 60 kapsul,herbal,botol,60000,800,5,85,,,kapsul kelor
        9200000000009,GK-1,Gantungan Kunci Akrilik Custom,kerajinan,pcs,5000,5000,7,80,,,gantungan kunci akrilik
        9200000000001,GT-2,Gelang Tapis Kain,perhiasan,pcs,45000,500,3,70,,,gelang tapis
        9200000000006,LL-1,Lapis Legit Pandan Loyang 20 cm,makanan,loyang,180000,100,5,90,,,lapis legit
        9200000000008,IL-1,Ikan Lele Konsumsi Segar,pertanian,kg,30000,2000,2,100,,,ikan lele segar
        9200000000008,AG-1,Aglonema Red Sumatra Pot 20,pertanian,pot,85000,300,5,100,,,aglonema
        9200000000008,TH-1,Tanaman Hias Monstera Polybag,pertanian,pot,45000,300,5,100,,,monstera

        """

    static let needs = """
        need_id,opd_code,opd_name,fiscal_year,program,category,description,quantity,unit,budget,region,needed_by,required_certifications
        N-GELANG-EMAS,SRG,Setda,2026,,perhiasan,Belanja Gelang Emas Hadiah Purna Bakti Pegawai,3,pcs,15000000,36.73,,
        N-GELANG,SRG,Setda,2026,,perhiasan,Belanja Gelang Hadiah Purna Bakti Pegawai,3,pcs,15000000,36.73,,
        N-ZAITUN,SRG,Setda,2026,,herbal,Belanja Minyak Zaitun Murni untuk Kit Lansia,30,botol,3000000,36.73,,
        N-PUTIH,SRG,Setda,2026,,herbal,Belanja Minyak Kayu Putih untuk Kotak P3K,30,botol,3000000,36.73,,
        N-JERIGEN,SRG,Setda,2026,,lainnya,Belanja Jerigen Air Posko Bencana,20,pcs,3000000,36.73,,
        N-JATI,SRG,Setda,2026,,furnitur,Belanja Rak Buku Kayu Jati Perpustakaan Desa,4,unit,6400000,36.73,,
        N-TALAS,SRG,Setda,2026,,makanan,Belanja Hadiah yang Bersifat Barang - Keripik Talas Oleh-oleh Tamu,100,pack,5000000,36.73,,
        N-SINGKONG,SRG,Setda,2026,,makanan,Belanja Hadiah yang Bersifat Barang - Keripik Singkong Oleh-oleh Tamu,100,pack,5000000,36.73,,
        N-KHAS,SRG,Setda,2026,,makanan,Belanja Keripik Khas Jogja untuk Tamu,100,pack,5000000,36.73,,
        N-TAMU,SRG,Setda,2026,,makanan,Belanja Keripik untuk Tamu Delegasi,100,pack,5000000,36.73,,
        N-SAMBUT,SRG,Setda,2026,,makanan,Belanja Keripik Penyambutan Delegasi,100,pack,5000000,36.73,,
        N-MANDI,SRG,Setda,2026,,kosmetik,Belanja Sabun Mandi Batang untuk Paket Lansia,100,pcs,5000000,36.73,,
        N-HYPHEN,SRG,Setda,2026,,makanan,Belanja Makanan dan Minuman Tamu-Keripik Singkong,100,pack,5000000,36.73,,
        N-VCO,SRG,Setda,2026,,kosmetik,Belanja Cinderamata - VCO (Virgin Coconut Oil) Produk Unggulan,100,botol,9000000,36.73,,
        N-UDANG,SRG,Setda,2026,,pertanian,Belanja Bibit Ikan - Benih Udang Galah untuk Tambak Rakyat,20000,ekor,9000000,36.73,,
        N-LUKISAN,SRG,Setda,2026,,kerajinan,Belanja Cinderamata - Lukisan Kaca Motif Wayang untuk Tamu,20,pcs,9000000,36.73,,
        N-KENTANG,SRG,Setda,2026,,makanan,Belanja Hadiah yang Bersifat Barang - Keripik Kentang Balado,100,pack,5000000,36.73,,
        N-ROTAN,SRG,Setda,2026,,kerajinan,Tikar Rotan untuk Musholla Kantor,4,pcs,4000000,36.73,,
        N-TIKAR,SRG,Setda,2026,,kerajinan,Tikar untuk Musholla Kantor,4,pcs,4000000,36.73,,
        N-GURAME,SRG,Setda,2026,,pertanian,Belanja Bibit Ikan - Bibit Ikan Gurame,5000,ekor,9000000,36.73,,
        N-NILA,SRG,Setda,2026,,pertanian,Belanja Bibit Ikan - Bibit Ikan Nila,5000,ekor,9000000,36.73,,
        N-STAINLESS,SRG,Setda,2026,,lainnya,Tempat Sampah Stainless Bulat 40 L,10,pcs,5000000,36.73,,
        N-SAMPAH,SRG,Setda,2026,,lainnya,Tempat Sampah Bulat 40 L,10,pcs,5000000,36.73,,
        N-F4,SRG,Setda,2026,,percetakan,Kertas HVS F4 80 gr (Folio),20,rim,2000000,36.73,,
        N-POLO,SRG,Setda,2026,,fesyen,Belanja Pakaian Khusus - Kaos Kerah (Polo Shirt) Bordir Logo Dinas,20,pcs,4000000,36.73,,
        N-ARWANA,SRG,Setda,2026,,pertanian,Ikan Arwana Super Red,2,ekor,9000000,36.73,,
        N-HIAS,SRG,Setda,2026,,pertanian,Ikan Hias untuk Kolam Kantor,20,ekor,2000000,36.73,,
        N-KUNINGAN,SRG,Setda,2026,,kerajinan,Plakat Kuningan Grafir Penghargaan,10,pcs,9000000,36.73,,
        N-PLAKAT,SRG,Setda,2026,,kerajinan,Plakat untuk Kepala Desa Teladan,10,pcs,9000000,36.73,,
        N-RAMBUT,SRG,Setda,2026,,kosmetik,Masker Rambut Lidah Buaya,50,pcs,5000000,36.73,,
        N-WAJAH,SRG,Setda,2026,,kosmetik,Masker Wajah untuk Pelatihan Tata Rias,50,pcs,5000000,36.73,,
        N-MUKA,SRG,Setda,2026,,kosmetik,Sabun Pencuci Muka 100 ml,50,botol,5000000,36.73,,
        N-KAYU,SRG,Setda,2026,,furnitur,Rak Buku Kayu untuk Perpustakaan,2,unit,9000000,36.73,,
        N-LELE,SRG,Setda,2026,,pertanian,Benih Ikan Lele Sangkuriang,5000,ekor,9000000,36.73,,
        N-MELATI,SRG,Setda,2026,,minuman,Teh Melati Tubruk 250 gr,20,pack,2000000,36.73,,
        N-SUPLEMEN,SRG,Setda,2026,,herbal,Belanja Obat-obatan - Suplemen Kapsul Temulawak,30,botol,3000000,36.73,,
        N-DASH,SRG,Setda,2026,,makanan,Keripik Singkong Balado - oleh-oleh tamu,100,pack,5000000,36.73,,
        N-COLON,SRG,Setda,2026,,furnitur,Belanja Modal Peralatan dan Mesin - Pengadaan Meubelair Sekolah: Rak Buku Jati,2,unit,9000000,36.73,,
        N-AMDK,SRG,Setda,2026,,minuman,Belanja Makanan dan Minuman Rapat - AMDK Gelas 220 ml,20,dus,2000000,36.73,,
        N-WEDANG,SRG,Setda,2026,,minuman,Belanja Makanan dan Minuman Rapat - Wedang Jahe Merah instan sachet,50,pack,2000000,36.73,,
        N-SEREH,SRG,Setda,2026,,minuman,Teh Sereh celup (isi 20),50,kotak,2000000,36.73,,
        N-GIWANG,SRG,Setda,2026,,perhiasan,Giwang mutiara kenang-kenangan,4,pasang,2000000,36.73,,
        N-BOLPOIN,SRG,Setda,2026,,percetakan,Bolpoin / pena gel tinta hitam,20,lusin,2000000,36.73,,
        N-KARET,SRG,Setda,2026,,lainnya,Keset Kaki Karet Anti Slip,20,pcs,2000000,36.73,,
        N-PUCUK,SRG,Setda,2026,,pertanian,Bibit pohon pucuk merah untuk penghijauan jalan,50,batang,2000000,36.73,,
        N-GAGANG,SRG,Setda,2026,,logam,Cangkul baja lengkap dengan gagang untuk kelompok tani,20,pcs,2000000,36.73,,
        N-KEJU,SRG,Setda,2026,,makanan,Bahan Praktik Tata Boga SMK - Keju Mozarella untuk praktik pizza,10,pack,2000000,36.73,,
        N-BASRENG,SRG,Setda,2026,,makanan,Snack Ringan Basreng / Makaroni Pedas utk Forum Anak,50,pack,2000000,36.73,,
        N-KARBOL,SRG,Setda,2026,,lainnya,Pembersih Lantai / Karbol Sereh 5 Ltr untuk Puskesmas,10,jerigen,2000000,36.73,,
        N-TERALIS,SRG,Setda,2026,,logam,Pemasangan Teralis Besi Jendela Kantor Kelurahan 24 m2,24,m2,9000000,36.73,,
        N-POT,SRG,Setda,2026,,kerajinan,Pot Gerabah Tanah Liat D30 untuk Taman Kantor,20,pcs,2000000,36.73,,
        N-MEJA-KURSI,SRG,Setda,2026,,furnitur,Belanja Modal Mebel - Meubelair Sekolah: Meja + Kursi Murid SD,5,set,9000000,36.73,,
        N-CUCI-MUKA,SRG,Setda,2026,,kosmetik,Sabun Cair Cuci Muka (facial wash),50,botol,2000000,36.73,,
        N-LAPIS,SRG,Setda,2026,,makanan,Kue Lapis Legit Premium untuk Tamu,5,loyang,2000000,36.73,,
        N-A3,SRG,Setda,2026,,percetakan,Kertas HVS A3 80 gram,20,rim,2000000,36.73,,
        N-TEH-HIJAU,SRG,Setda,2026,,minuman,Teh Hijau Celup untuk ruang rapat,20,kotak,2000000,36.73,,
        N-PAKAN-IKAN,SRG,Setda,2026,,pertanian,Pakan ikan pelet apung untuk lele,5,karung,9000000,36.73,,
        N-KERTAS-F4,SRG,Setda,2026,,percetakan,Kertas F4 80gsm,20,rim,2000000,36.73,,
        N-KRISTAL,SRG,Setda,2026,,kerajinan,Plakat Kristal (Crystal Trophy) Juara 1-3,3,pcs,2000000,36.73,,
        N-SAPU,SRG,Setda,2026,,lainnya,"Belanja Alat Kebersihan - Sapu Ijuk, Sapu Lidi, Kain Pel",10,pcs,2000000,36.73,,
        N-OBAT,SRG,Setda,2026,,herbal,Belanja Obat-obatan Kapsul Daun Kelor (Moringa capsule) isi 60,10,botol,2000000,36.73,,
        N-LOGAM,SRG,Setda,2026,,kerajinan,Gantungan Kunci Logam (metal keychain) Custom Logo Kota,100,pcs,2000000,36.73,,
        N-SABUT,SRG,Setda,2026,,lainnya,Keset Sabut Kelapa utk Panti Sosial,10,pcs,2000000,36.73,,
        N-ETNIK,SRG,Setda,2026,,perhiasan,Belanja Hadiah - Gelang Etnik Motif Tapis utk Peserta,10,pcs,2000000,36.73,,
        N-PANTOFEL,SRG,Setda,2026,,fesyen,Sepatu pantofel kulit pria utk PDH pendamping PKH,5,pasang,2000000,36.73,,
        N-PAKAN,SRG,Setda,2026,,pertanian,Pakan Ikan Lele Pelet Apung,50,karung,9000000,36.73,,
        N-ARABIKA,SRG,Setda,2026,,minuman,Kopi Arabika Bubuk 200 gr (promosi kopi daerah),20,pack,2000000,36.73,,
        N-PUZZLE,SRG,Setda,2026,,kerajinan,Mainan Edukatif - Puzzle Hijaiyah Kayu untuk RA,20,set,2000000,36.73,,
        N-LULUR,SRG,Setda,2026,,kosmetik,Lulur Kopi (Coffee Scrub) Pelatihan Spa,20,pcs,2000000,36.73,,
        N-AGLAONEMA,SRG,Setda,2026,,pertanian,Belanja Bibit Tanaman - Tanaman Hias Aglaonema untuk Taman Pendopo,10,pot,2000000,36.73,,

        """

    static func matches() throws -> [String: NeedMatch] {
        try InlineCatalog.matches(suppliers: suppliers, catalog: catalog, needs: needs)
    }

    @Test func theKindAfterTheProductNounMustBeHeld() throws {
        let found = try Self.matches()
        // Gold rings are sold, so `emas` names a kind here; the titanium bracelet is not a gold one.
        #expect(found["N-GELANG-EMAS"]?.candidates.isEmpty == true)
        #expect(["GT-1", "GT-2"].contains(found["N-GELANG"]?.candidates.first?.sku ?? ""))
    }

    @Test func aKindNoShelfNamesGetsNoCandidate() throws {
        let found = try Self.matches()
        // No shelf holds `zaitun`: cajuput oil is not olive oil.
        #expect(found["N-ZAITUN"]?.candidates.isEmpty == true)
        #expect(found["N-PUTIH"]?.candidates.map(\.sku) == ["MK-1"])
        // `air` is on the drinks shelf: a word the catalog knows more likely says the use.
        #expect(found["N-JERIGEN"]?.candidates.map(\.sku) == ["JR-1"])
        // What follows `khas` says where a thing comes from, never the kind asked for.
        #expect(found["N-KHAS"]?.candidates.map(\.sku) == ["KS-1"])
        // A word after `untuk` says whom it is for, not which kind: no shelf sells `tamu`.
        #expect(found["N-TAMU"]?.candidates.map(\.sku) == ["KS-1"])
        // A derived word (`peny-` + `sambut`) names an occasion, not a kind of chips.
        #expect(found["N-SAMBUT"]?.candidates.map(\.sku) == ["KS-1"])
        // `mandi` says what the soap is for, never a kind of soap nobody offers.
        #expect(found["N-MANDI"]?.candidates.map(\.sku) == ["SB-1"])
    }

    @Test func aKindOnlyNarrowingOtherProductsIsNotOffered() throws {
        let found = try Self.matches()
        // `udang` is on the food shelf only after `kerupuk`: no shelf sells shrimp as a product of
        // its own, so catfish fry are not the shrimp fry asked for.
        #expect(found["N-UDANG"]?.candidates.isEmpty == true)
        // A product named before the noun the shelf knows, and on no item: a wayang in a frame is
        // not a glass painting.
        #expect(found["N-LUKISAN"]?.candidates.isEmpty == true)
    }

    @Test func anAcronymSpelledOutInBracketsIsReadAsItsWords() throws {
        let vco = try #require(try Self.matches()["N-VCO"])
        #expect(vco.candidates.map(\.sku) == ["VC-1"])
    }

    @Test func theAccountBeforeTheDashIsNotTheProduct() throws {
        let found = try Self.matches()
        // `Belanja Hadiah yang Bersifat Barang - …`: the package after the dash names the product.
        #expect(found["N-SINGKONG"]?.candidates.map(\.sku) == ["KS-1"])
        #expect(found["N-TALAS"]?.candidates.isEmpty == true)
        // SiRUP's bare hyphen between the account and the package (`Tamu-Keripik`) is the same dash.
        #expect(found["N-HYPHEN"]?.candidates.map(\.sku) == ["KS-1"])
    }

    @Test func aWordTheNextOneNarrowsCountsOnlyWithIt() throws {
        let found = try Self.matches()
        // `Kursi Kayu Jati` is sold: `kayu` of `kayu jati` is teak, the material asked for, so the
        // cheaper pine shelf is not a candidate.
        #expect(found["N-JATI"]?.candidates.map(\.sku) == ["RB-2"])
    }

    @Test func aMaterialOrKindAfterTheKindNamedNarrowsIt() throws {
        let found = try Self.matches()
        // Rattan is on the shelf (a basket), but no mat is made of it: the pandan mat is not one.
        #expect(found["N-ROTAN"]?.candidates.isEmpty == true)
        #expect(found["N-ROTAN"]?.unmatched?.english.contains("none is tikar rotan,") == true)
        #expect(found["N-TIKAR"]?.candidates.map(\.sku) == ["TP-1"])
        // A size the shelf's names write after the kind: the nearer, cheaper A4 ream is not folio.
        #expect(found["N-F4"]?.candidates.map(\.sku) == ["KH-2"])
        // A koi is an ornamental fish, but not the arowana asked for.
        #expect(found["N-ARWANA"]?.candidates.isEmpty == true)
        #expect(found["N-HIAS"]?.candidates.map(\.sku) == ["IK-1"])
        // `Kuningan` is brass here, not the kabupaten: the acrylic plaque is not a brass one.
        #expect(found["N-KUNINGAN"]?.candidates.isEmpty == true)
        #expect(found["N-PLAKAT"]?.candidates.map(\.sku) == ["PA-1"])
        // The part of the body names the cosmetic's kind, wherever it stands in the product's phrase.
        #expect(found["N-RAMBUT"]?.candidates.isEmpty == true)
        #expect(found["N-WAJAH"]?.candidates.map(\.sku) == ["MW-1"])
        #expect(found["N-MUKA"]?.candidates.isEmpty == true)
        // Teak is wood: the teak bookcase serves `Rak Buku Kayu` as the pine one does.
        #expect(Set(found["N-KAYU"]?.candidates.map(\.sku) ?? []) == ["RB-1", "RB-2"])
        // `Bibit Lele` leaves out `ikan`: the kind after it is the one required.
        #expect(found["N-LELE"]?.candidates.map(\.sku) == ["BL-1"])
        // `melati` is no derived word (the stemmer reads `me-` + `lati`): jasmine tea nobody sells.
        #expect(found["N-MELATI"]?.candidates.isEmpty == true)
        // `suplemen` names the kind of spending, not a product nobody makes.
        #expect(found["N-SUPLEMEN"]?.candidates.map(\.sku) == ["KT-1"])
        // No item of the shelf is stainless.
        #expect(found["N-STAINLESS"]?.candidates.isEmpty == true)
        #expect(found["N-SAMPAH"]?.candidates.map(\.sku) == ["TS-1"])
        // `Ikan` leads names itself, so the word after `Bibit Ikan` is the kind of fish asked for.
        #expect(found["N-GURAME"]?.candidates.isEmpty == true)
        #expect(found["N-NILA"]?.candidates.map(\.sku) == ["BN-1"])
        // The account before the dash (`Hadiah` is a hint) does not end the product's phrase.
        #expect(found["N-KENTANG"]?.candidates.isEmpty == true)
        // The reason names the product nobody offers, in the officer's words.
        #expect(
            found["N-KENTANG"]?.unmatched?.words(.id)
                == "tidak satu pun dari 5 barang makanan adalah keripik kentang yang diminta "
                + "(dicari: hadiah, keripik, kentang, balado)")
        #expect(found["N-GURAME"]?.unmatched?.english.contains("none is bibit ikan gurame,") == true)
        #expect(found["N-TALAS"]?.unmatched?.english.contains("none is keripik talas,") == true)
    }

    @Test func theProductIsReadWhereTheNameSaysIt() throws {
        let found = try Self.matches()
        // Without an account, the product comes first and its purpose after the dash.
        #expect(found["N-DASH"]?.candidates.map(\.sku) == ["KS-1"])
        // Everything before a colon is the account's.
        #expect(found["N-COLON"]?.candidates.map(\.sku) == ["RB-2"])
        // No shelf names a `kaos kerah`; the name in brackets is the one the listings use.
        #expect(found["N-POLO"]?.candidates.map(\.sku) == ["PS-1"])
        // `AMDK` is read as the listings write it: `Air Mineral`.
        #expect(found["N-AMDK"]?.candidates.map(\.sku) == ["AM-1"])
        // `Wedang` is a warm drink: what it is made of names it.
        #expect(found["N-WEDANG"]?.candidates.map(\.sku) == ["JM-1"])
    }

    @Test func otherNamesOfOneProductAreOneWord() throws {
        let found = try Self.matches()
        // `sereh` is `serai`, `giwang` is `anting`, `bolpoin` and `pena` are `pulpen`.
        #expect(found["N-SEREH"]?.candidates.map(\.sku) == ["TSR-1"])
        #expect(found["N-GIWANG"]?.candidates.map(\.sku) == ["AN-1"])
        #expect(found["N-BOLPOIN"]?.candidates.map(\.sku) == ["PG-1"])
    }

    @Test func whatAThingLacksAndWhatItIsColouredDoNotNameIt() throws {
        let found = try Self.matches()
        // `Tanpa Gagang`: the cheaper hoe without a handle is not the one with a handle asked for.
        #expect(found["N-GAGANG"]?.candidates.first?.sku == "CG-2")
        // Rubber is a material: no doormat here is made of it.
        #expect(found["N-KARET"]?.candidates.isEmpty == true)
        // `pucuk` narrows `merah`, a colour: its weight stays its own, so the red tilapia fry are
        // not ranked over the red-shoot shrub.
        #expect(found["N-PUCUK"]?.candidates.first?.sku == "PM-1")
        // A body part after a kind already held (`cair`, which the shelf names shampoo with):
        // nobody here makes a face wash, and the hand soap is not one.
        #expect(found["N-CUCI-MUKA"]?.candidates.isEmpty == true)
    }

    @Test func officersWordingOfTheAccountAndOfListsIsRead() throws {
        let found = try Self.matches()
        // An account without `Belanja` before the dash (`Bahan Praktik …`): the package after it.
        #expect(found["N-KEJU"]?.candidates.map(\.sku) == ["KM-1"])
        // A class of goods (`Snack Ringan`) is not the product; the basreng is.
        #expect(found["N-BASRENG"]?.candidates.map(\.sku) == ["BR-1"])
        // `Pembersih Lantai / Karbol`: the carbolic listed beside the cleaner nobody names is one.
        #expect(found["N-KARBOL"]?.candidates.map(\.sku) == ["KB-1"])
        // `Pemasangan` is the work of fitting what follows.
        #expect(found["N-TERALIS"]?.candidates.map(\.sku) == ["TL-1"])
        // Earthenware is fired clay.
        #expect(found["N-POT"]?.candidates.map(\.sku) == ["PT-1"])
        // `murid` is `siswa`.
        #expect(found["N-MEJA-KURSI"]?.candidates.map(\.sku) == ["MS-2"])
        // The class before a kind the listings name alone (`Sepatu Pantofel`), `utk` is `untuk`.
        #expect(found["N-PANTOFEL"]?.candidates.map(\.sku) == ["PF-1"])
        // A descriptive word after the kind (`premium`) is no unknown product word.
        #expect(found["N-LAPIS"]?.candidates.map(\.sku) == ["LL-1"])
        // A paper size no name of the kind has, where names write other sizes after it.
        #expect(found["N-A3"]?.candidates.isEmpty == true)
        // Not when more of the product's phrase is on no item: fish feed is not fish fry.
        #expect(found["N-PAKAN"]?.candidates.isEmpty == true)
        // The class first, the product after the dash.
        #expect(found["N-PUZZLE"]?.candidates.map(\.sku) == ["PZ-1"])
        // `Tanaman Hias` is a class: the aglaonema is the product.
        #expect(found["N-AGLAONEMA"]?.candidates.first?.sku == "AG-1")
    }

    @Test func aVarietyOrSizeNobodyOffersIsNotAnother() throws {
        let found = try Self.matches()
        // A colour names a variety of tea: black tea is not the green tea asked for.
        #expect(found["N-TEH-HIJAU"]?.candidates.isEmpty == true)
        // Fish feed: the fish sold here are not it, though `ikan` leads their names.
        #expect(found["N-PAKAN-IKAN"]?.candidates.isEmpty == true)
        // A paper size the shelf has is held: the A4 photo paper and the A4 ream are not folio.
        #expect(found["N-KERTAS-F4"]?.candidates.map(\.sku) == ["KH-2"])
        // A crystal plaque nobody makes: the acrylic one is not it.
        #expect(found["N-KRISTAL"]?.candidates.isEmpty == true)
    }

    @Test func listsClassesAndMaterialsAsOfficersWriteThem() throws {
        let found = try Self.matches()
        // A word read again starts a new phrase (`Sapu Ijuk, Sapu Lidi`): `lidi` does not narrow
        // the ijuk broom, which is one of the things bought.
        #expect(found["N-SAPU"]?.candidates.contains { $0.sku == "SI-1" } == true)
        // `Obat-obatan` is the class of the account: the capsule is the product.
        #expect(found["N-OBAT"]?.candidates.map(\.sku) == ["KK-1"])
        // Metal is a material: the acrylic key ring is not a metal one.
        #expect(found["N-LOGAM"]?.candidates.isEmpty == true)
        // Coir (`serabut`, `sabut`) is a material: the rag mat is not it.
        #expect(found["N-SABUT"]?.candidates.map(\.sku) == ["KS-1"])
        // `Etnik` only describes: the tapis bracelet is the one asked for.
        #expect(found["N-ETNIK"]?.candidates.first?.sku == "GT-2")
    }

    @Test func anAsideOrAnIngredientNamesNoOtherProduct() throws {
        let found = try Self.matches()
        // Arabica nobody sells; the aside says what the coffee is for, not another product.
        #expect(found["N-ARABIKA"]?.candidates.isEmpty == true)
        // Coffee is what the scrub is made of: a coffee scrub nobody here makes, not any scrub.
        #expect(found["N-LULUR"]?.candidates.isEmpty == true)
    }
}

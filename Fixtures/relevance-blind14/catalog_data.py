"""Hand-written suppliers and products of relevance-blind14 (fictional). Each product carries the labeller's
kind tag (never written to the CSVs). The first letter of a supplier key is its category."""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Made and delivered within the month asked for; only producers of the need's kabupaten/kota (else province).
PERISHABLE = {"nasi-kotak", "snack-box", "tumpeng", "prasmanan", "coffee-break", "telur", "karangan-bunga"}

# key, name, scale, region, certificates, active, [(kind, product name, unit, price, capacity/month, lead days)]
SUPPLIERS = [
    ("M1", "Olahan Ikan Bu Iyah Karangantu", "mikro", "36.73", "halal;pirt", True, [
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri Mentah 500 gr", "pcs", 32000, 900, 4),
        ("otak-otak", "Otak-Otak Bandeng Frozen isi 10", "pack", 28000, 600, 3)]),
    ("M2", "KUB Lempok Sinar Tanggamus", "mikro", "18.06", "pirt", True, [
        ("lempok-durian", "Lempok Durian Tanggamus 250gr", "pcs", 45000, 400, 5),
        ("abon-ikan", "Abon Ikan Tuna Pedas 100 gr", "pcs", 25000, 500, 5)]),
    ("M3", "Dapur Susu Ciawi", "kecil", "32.01", "halal;pirt", False, [
        ("dodol-susu", "Dodol Susu Sapi Murni 250 gr", "pcs", 30000, 800, 4)]),
    ("M4", "Koperasi Gula Aren Cibeber", "koperasi", "36.02", "halal;pirt", True, [
        ("gula-aren", "Gula Aren Cetak Lebak 1 kg", "kg", 38000, 2000, 4),
        ("gula-semut", "Gula Semut Aren Organik 500 gr", "pcs", 42000, 900, 4)]),
    ("M5", "Dendeng Uni Metro", "mikro", "18.72", "halal;pirt-expired", True, [
        ("dendeng-sapi", "Dendeng Sapi Balado 250 gr", "pcs", 85000, 300, 5)]),
    ("M6", "Rengginang & Sambal Mak Ijah", "mikro", "36.71", "halal;pirt", True, [
        ("rengginang", "Rengginang Ketan Terasi Mentah 1 kg", "kg", 55000, 400, 3),
        ("sambal-cumi", "Sambal Cumi Asin Botol 200 ml", "pcs", 35000, 600, 3)]),
    ("N1", "Kopi Tiga Putri Pringsewu", "kecil", "18.10", "halal;pirt", True, [
        ("kopi-robusta-bubuk", "Kopi Robusta Bubuk Pringsewu 250 gr", "pcs", 40000, 1500, 4),
        ("kopi-biji", "Biji Kopi Robusta Roasting (Roasted Bean) 1 kg", "kg", 150000, 300, 5)]),
    ("N2", "Etawa Farm Cijeruk", "kecil", "32.01", "halal;bpom", True, [
        ("susu-kambing", "Susu Kambing Etawa Bubuk 200 gr", "pcs", 55000, 2000, 5)]),
    ("N3", "Wedang Nyi Ageng", "mikro", "36.04", "halal;pirt", True, [
        ("wedang-jahe", "Wedang Jahe Instan Sachet isi 10", "box", 22000, 1500, 3),
        ("sirup-markisa", "Sirup Markisa Asli 630 ml", "btl", 38000, 500, 3)]),
    ("N4", "Kakao Sukadana Lestari", "kecil", "18.07", "halal;pirt", True, [
        ("cokelat-bubuk", "Bubuk Kakao Murni (Cocoa Powder) 500 gr", "pcs", 65000, 600, 5),
        ("teh-rosela", "Teh Bunga Rosella Kering 50 gr", "pcs", 25000, 800, 4)]),
    ("N5", "PT Tirta Sejuk Nusantara", "besar", "31.71", "halal;bpom;sni", True, [
        ("amdk", "Air Mineral Botol 600 ml Karton isi 24", "karton", 48000, 50000, 2)]),
    ("J1", "Catering Teh Enok Ciruas", "kecil", "36.04", "halal", True, [
        ("nasi-kotak", "Nasi Box Ayam Bakar Komplit", "porsi", 35000, 3000, 2),
        ("snack-box", "Snack Box Isi 3 Kue Basah", "box", 12000, 5000, 1)]),
    ("J2", "Dapur Tumpeng Kaujon", "mikro", "36.73", "halal", True, [
        ("tumpeng", "Nasi Tumpeng Kuning Komplit (20 orang)", "paket", 650000, 60, 2),
        ("prasmanan", "Prasmanan Menu Standar per Pax", "pax", 45000, 2000, 3)]),
    ("J3", "Katering Bunda Metro", "mikro", "18.72", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Rendang + Sayur + Buah", "porsi", 30000, 1500, 2),
        ("coffee-break", "Paket Coffee Break (2 kue + teh/kopi)", "paket", 15000, 3000, 1)]),
    ("J4", "Kenanga Catering Pasar Minggu", "kecil", "31.74", "halal", True, [
        ("nasi-kotak", "Catering Nasi Box Menu Ayam Geprek", "porsi", 28000, 4000, 2),
        ("snack-box", "Snack Box Kue Basah + Air Mineral Cup", "box", 15000, 4000, 1)]),
    ("J5", "Prasmanan Sari Rasa Cikarang", "kecil", "32.16", "halal", True, [
        ("prasmanan", "Paket Prasmanan Buffet Menu Nusantara", "pax", 55000, 1500, 3)]),
    ("F1", "Galeri Tapis Mulya", "kecil", "18.71", "", True, [
        ("tapis", "Kain Tapis Lampung Motif Pucuk Rebung 2 m", "pcs", 1250000, 40, 14),
        ("tapis-selendang", "Selendang Tapis Benang Emas", "pcs", 350000, 120, 10)]),
    ("F2", "Batik Banten Pusaka", "kecil", "36.04", "batikmark", True, [
        ("batik-cap", "Kain Batik Cap Motif Debus 2 m", "pcs", 175000, 600, 10),
        ("batik-tulis", "Batik Tulis Banten Motif Pasepen (Kain 2,25 m)", "pcs", 900000, 60, 21)]),
    ("F3", "Konveksi Rizky Jaya Balaraja", "menengah", "36.03", "", True, [
        ("seragam-pdh", "Jahit Seragam PDH Pemda (Kain Drill) + Bordir", "stel", 275000, 800, 14),
        ("kemeja-batik", "Kemeja Batik Pria Lengan Panjang Seragam Kantor", "pcs", 165000, 1000, 14)]),
    ("F4", "Sablon Kaos Bekasi Kreatif", "mikro", "32.75", "", True, [
        ("kaos-sablon", "Kaos Polos Cotton Combed 30s + Sablon DTF", "pcs", 55000, 3000, 7),
        ("rompi", "Rompi Lapangan / Rompi Proyek Bordir Logo", "pcs", 120000, 500, 10)]),
    ("F5", "Kulit Cilegon Craft", "mikro", "36.72", "", True, [
        ("dompet-kulit", "Dompet Kulit Sapi Asli Pria", "pcs", 150000, 300, 10),
        ("ikat-pinggang", "Ikat Pinggang Kulit Asli Gesper Logo", "pcs", 125000, 400, 10)]),
    ("F6", "Sentra Alas Kaki Ciomas Bogor", "kecil", "32.01", "", True, [
        ("sandal", "Sandal Jepit Karet Custom Logo / Sandal Hotel", "psg", 12000, 5000, 7),
        ("sepatu-pantofel", "Sepatu Pantofel Kulit Pria PDH", "psg", 325000, 400, 14)]),
    ("F7", "Busana Muslim Al-Barokah", "mikro", "31.75", "", True, [
        ("mukena", "Mukena Katun Rayon Bordir Dewasa", "pcs", 135000, 600, 10),
        ("peci", "Peci Hitam Nasional Beludru No. 7", "pcs", 45000, 2000, 7)]),
    ("K1", "Anyaman Pandan Leuwidamar", "mikro", "36.02", "", True, [
        ("anyaman-pandan", "Tas Anyaman Pandan Motif Baduy", "pcs", 65000, 400, 10),
        ("tikar-pandan", "Tikar Pandan Anyam 2x3 m", "lbr", 150000, 120, 10)]),
    ("K2", "Rotan Indah Gadingrejo", "mikro", "18.10", "", True, [
        ("keranjang-parcel", "Keranjang Parcel Rotan Oval Sedang", "pcs", 45000, 800, 7)]),
    ("K3", "Gerabah Bumijaya Ciruas", "mikro", "36.04", "", True, [
        ("gerabah-pot", "Pot Gerabah Tanah Liat Diameter 30", "pcs", 35000, 1000, 7),
        ("gerabah-celengan", "Celengan Gerabah Bentuk Ayam", "pcs", 15000, 2000, 7),
        ("kendi", "Kendi Tanah Liat Tradisional", "pcs", 25000, 600, 7)]),
    ("K4", "Kayu Ceria Edukasi", "kecil", "32.75", "svlk", True, [
        ("puzzle-kayu", "Puzzle Kayu Huruf Hijaiyah Mainan Edukasi Anak", "set", 45000, 1000, 7),
        ("balok-kayu", "Balok Susun Kayu 50 pcs (Mainan Edukatif APE)", "set", 95000, 600, 7),
        ("pigura", "Bingkai Foto / Pigura Kayu A3 Minimalis", "pcs", 55000, 1500, 5)]),
    ("K5", "Siger Craft Way Jepara", "mikro", "18.07", "", True, [
        ("siger-miniatur", "Miniatur Siger Lampung Kuningan", "pcs", 275000, 100, 10)]),
    ("K6", "Tasbih Kokka Cibinong", "mikro", "32.01", "", True, [
        ("tasbih", "Tasbih Kayu Kokka 33 butir", "pcs", 35000, 2000, 5)]),
    ("P1", "Kalimaya Sajira Gemstone", "mikro", "36.02", "", True, [
        ("batu-kalimaya", "Batu Kalimaya Banten Asli (Opal) Natural", "pcs", 450000, 60, 7),
        ("cincin-perak-kalimaya", "Cincin Perak 925 Batu Kalimaya Banten", "pcs", 750000, 40, 14)]),
    ("P2", "Manik Siger Bandar Lampung", "mikro", "18.71", "", True, [
        ("bros-siger", "Bros Siger Lampung Lapis Emas", "pcs", 95000, 500, 7),
        ("kalung-manik", "Kalung Manik-Manik Etnik Lampung", "pcs", 60000, 600, 7)]),
    ("P3", "Perak Ukir Dramaga", "mikro", "32.01", "", True, [
        ("liontin-perak", "Liontin Perak Ukir Nama Custom", "pcs", 225000, 200, 10)]),
    ("P4", "Pin Emblem Senen", "kecil", "31.71", "", True, [
        ("pin-emas", "Pin Logo Instansi Lapis Emas 24K (Pin Jas)", "pcs", 65000, 5000, 10)]),
    ("U1", "Rotan Sintetis Pasar Kemis", "kecil", "36.03", "", True, [
        ("kursi-rotan", "Kursi Teras Rotan Sintetis Set (2 Kursi + 1 Meja)", "set", 1850000, 40, 14)]),
    ("U2", "Mebel Sekolah Cibitung", "menengah", "32.16", "svlk", True, [
        ("meja-siswa", "Meja Kursi Sekolah SD (1 Set Meja + 2 Kursi) Kayu Mahoni", "set", 950000, 300, 21),
        ("rak-buku", "Rak Buku Perpustakaan Kayu 5 Susun", "unit", 1450000, 60, 14),
        ("papan-tulis", "Papan Tulis Whiteboard Kaki 120x240", "unit", 1350000, 80, 10)]),
    ("U3", "Jati Belanda Mebel Metro", "mikro", "18.72", "", True, [
        ("meja-kantor", "Meja Kerja Kantor 1/2 Biro Kayu Jati Belanda", "unit", 1650000, 40, 14)]),
    ("U4", "PT Kursindo Lipat Nusantara", "besar", "31.75", "sni;iso-9001", True, [
        ("kursi-lipat", "Kursi Lipat Futura Rangka Besi", "unit", 185000, 20000, 5)]),
    ("U5", "Ukir Jati Anyer", "mikro", "36.04", "svlk", True, [
        ("mimbar", "Mimbar Masjid Kayu Jati Ukir", "unit", 8500000, 6, 30),
        ("rak-sepatu", "Rak Sepatu Kayu 4 Susun", "unit", 275000, 100, 7)]),
    ("H1", "Herbal Nyi Mas Kragilan", "mikro", "36.04", "pirt", True, [
        ("jahe-instan", "Serbuk Jahe Merah Instan 250 gr", "pcs", 35000, 1000, 4),
        ("minyak-sereh", "Minyak Sereh Wangi 30 ml", "btl", 25000, 800, 4)]),
    ("H2", "Kelor Sehat Bogor", "kecil", "32.01", "pirt;bpom", True, [
        ("kapsul-kelor", "Kapsul Daun Kelor 60 kapsul", "btl", 65000, 1000, 5),
        ("teh-kelor", "Teh Daun Kelor Celup isi 20", "box", 30000, 1500, 5)]),
    ("H3", "Madu Hutan Way Semaka", "mikro", "18.06", "pirt", True, [
        ("madu-hutan", "Madu Hutan Tanggamus Asli 500 gr", "btl", 125000, 300, 5)]),
    ("H4", "Ramuan Ibu Sari Cipondoh", "mikro", "36.71", "pirt", True, [
        ("minyak-urut", "Minyak Urut / Minyak Gosok Herbal 60 ml", "btl", 30000, 800, 4),
        ("param-kocok", "Param Kocok Beras Kencur", "btl", 20000, 800, 4)]),
    ("S1", "Sabun Berseri Tambun", "kecil", "32.16", "bpom;halal", True, [
        ("sabun-cair", "Sabun Cuci Tangan Cair (Hand Soap) Refill 5 Liter", "jrg", 95000, 600, 5),
        ("sabun-batang", "Sabun Batang Herbal Sereh 100 gr", "pcs", 15000, 3000, 5)]),
    ("S2", "Lilin Wangi Bintaro", "mikro", "36.74", "", True, [
        ("lilin-aromaterapi", "Lilin Aromaterapi Soy Wax Jar 100 gr", "pcs", 55000, 800, 7),
        ("reed-diffuser", "Reed Diffuser Pengharum Ruangan 100 ml", "btl", 65000, 600, 7)]),
    ("S3", "Cantika Herbal Lampung", "kecil", "18.71", "bpom;halal", True, [
        ("lulur", "Lulur Mandi Tradisional Kopi Lampung 250 gr", "pcs", 35000, 1000, 5),
        ("hand-sanitizer", "Hand Sanitizer Gel 500 ml", "btl", 40000, 2000, 4)]),
    ("S4", "PT Cahaya Kosmetika Indonesia", "besar", "36.71", "bpom;halal;iso-9001", True, [
        ("shampo", "Shampo Herbal Lidah Buaya 250 ml", "btl", 25000, 50000, 3)]),
    ("L1", "Pandai Besi Ciomas Sejati", "mikro", "36.04", "sni", True, [
        ("cangkul", "Cangkul Baja Tempa Pandai Besi", "pcs", 95000, 600, 7),
        ("arit", "Arit / Sabit Rumput Baja Per", "pcs", 65000, 800, 7)]),
    ("L2", "Bengkel Las Mandiri Cikarang", "mikro", "32.16", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow (per m2)", "m2", 450000, 200, 10),
        ("tempat-sampah-besi", "Tong Sampah Besi Pilah 3 (Organik/Anorganik/B3)", "unit", 1750000, 40, 14)]),
    ("L3", "Trophy Center Karawaci", "kecil", "36.71", "", True, [
        ("piala", "Piala Trophy Logam Tinggi 40 cm", "pcs", 175000, 500, 7),
        ("medali", "Medali Kuningan Custom Logo + Tali", "pcs", 25000, 5000, 7)]),
    ("L4", "Aluminium Cor Gadingrejo", "mikro", "18.10", "", True, [
        ("dandang", "Dandang Aluminium Tebal 40 cm", "pcs", 350000, 150, 7),
        ("wajan-aluminium", "Wajan Aluminium 40 cm", "pcs", 125000, 300, 7)]),
    ("L5", "Stainless Karya Cipocok", "mikro", "36.73", "", True, [
        ("huruf-timbul", "Huruf Timbul Stainless (per huruf)", "huruf", 150000, 500, 10)]),
    ("C1", "Digital Printing Royal Serang", "mikro", "36.73", "", True, [
        ("spanduk", "Cetak Spanduk Flexi 280 gr per meter", "m", 25000, 5000, 2),
        ("x-banner", "X Banner 60x160 + Rangka", "pcs", 85000, 500, 2)]),
    ("C2", "Stempel Kilat Metro", "mikro", "18.72", "", True, [
        ("stempel", "Stempel Flash Otomatis Custom", "pcs", 85000, 300, 3),
        ("amplop", "Amplop Kop Surat Dinas Cetak 1 Warna (box 500)", "box", 225000, 200, 5)]),
    ("C3", "Percetakan Al-Ikhlas Karawang", "kecil", "32.15", "iso-9001", True, [
        ("buku-yasin", "Buku Yasin & Tahlil Hardcover Custom Nama 128 hal", "buku", 18000, 10000, 10),
        ("kalender", "Kalender Dinding 2027 Custom 6 lembar", "eks", 27000, 10000, 10)]),
    ("C4", "Koperasi Pelajar Tigaraksa", "koperasi", "36.03", "", True, [
        ("buku-tulis", "Buku Tulis 38 Lembar Sampul Custom", "pcs", 4500, 50000, 10),
        ("map-snelhecter", "Map Snelhecter Plastik Folio", "pcs", 3500, 20000, 5)]),
    ("C5", "Kemasan Kraft Kalideres", "kecil", "31.73", "", True, [
        ("dus-kemasan", "Box Kemasan Makanan Kraft 20x20 Custom Sablon", "pcs", 4500, 50000, 10),
        ("paper-bag", "Paper Bag Kraft Tali Custom Logo", "pcs", 6500, 30000, 10)]),
    ("C6", "ID Card Express Serang", "mikro", "36.73", "", False, [
        ("id-card", "ID Card PVC + Tali Lanyard Custom", "pcs", 15000, 5000, 3)]),
    ("T1", "Penangkar Bibit Tunas Pringsewu", "kecil", "18.10", "", True, [
        ("bibit-kopi", "Bibit Kopi Robusta Sambung Pucuk (polybag)", "batang", 3500, 50000, 14),
        ("bibit-alpukat", "Bibit Alpukat Siger", "batang", 25000, 5000, 14)]),
    ("T2", "KWT Jahe Merah Cipanas", "koperasi", "36.02", "", True, [
        ("bibit-jahe", "Bibit Jahe Merah (rimpang) per kg", "kg", 45000, 1000, 7)]),
    ("T3", "Cupang Farm Parung", "mikro", "32.01", "", True, [
        ("ikan-cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 25000, 2000, 3)]),
    ("T4", "Pokdakan Mina Ciruas", "koperasi", "36.04", "", True, [
        ("bibit-nila", "Benih Ikan Nila Merah 5-7 cm (ekor)", "ekor", 350, 200000, 5),
        ("pakan-ikan", "Pakan Ikan Apung Pelet Mandiri 5 kg", "sak", 65000, 2000, 5)]),
    ("T5", "Peternak Kampung Batanghari", "mikro", "18.07", "", True, [
        ("telur", "Telur Ayam Kampung Segar (butir)", "butir", 2500, 10000, 2),
        ("pupuk-kompos", "Pupuk Kompos Kotoran Sapi 25 kg", "karung", 25000, 3000, 5)]),
    ("T6", "Nursery Hijau Setu", "mikro", "32.16", "", True, [
        ("tanaman-hias", "Tanaman Hias Sansevieria (Lidah Mertua) Pot 20", "pot", 35000, 2000, 5),
        ("pucuk-merah", "Bibit Pucuk Merah Tinggi 1 m", "batang", 30000, 5000, 7)]),
    ("X1", "Sajadah Barokah Ciledug", "mikro", "36.71", "", True, [
        ("sajadah", "Sajadah Travel Lipat Motif Kabah", "pcs", 45000, 2000, 7)]),
    ("X2", "Kerajinan Sabut Anyer", "mikro", "36.04", "", True, [
        ("keset-sabut", "Keset Sabut Kelapa 40x60", "pcs", 30000, 1000, 5),
        ("kemoceng", "Kemoceng Bulu Ayam Asli 70 cm", "pcs", 35000, 800, 5)]),
    ("X3", "Peraga Edukasi Karawang", "kecil", "32.15", "", True, [
        ("alat-peraga-mtk", "Alat Peraga Matematika SD (KIT)", "set", 1250000, 100, 14),
        ("torso", "Torso Manusia Alat Peraga IPA 42 cm", "unit", 850000, 60, 14)]),
    ("X4", "Bendera Jaya Tanjungkarang", "mikro", "18.71", "", True, [
        ("bendera", "Bendera Merah Putih 90x135 (Bahan Katun)", "pcs", 45000, 3000, 5),
        ("umbul-umbul", "Umbul-Umbul Kain + Tiang Bambu", "pcs", 95000, 500, 7)]),
    ("X5", "Florist Melati Kota Serang", "mikro", "36.73", "", True, [
        ("karangan-bunga", "Karangan Bunga Papan Ucapan 2 x 1,25 m", "pcs", 550000, 60, 1)]),
    ("X6", "Tirai & Taplak Citra Cikupa", "mikro", "36.03", "", True, [
        ("taplak", "Taplak Meja Rapat Beludru Hijau 1x2 m", "pcs", 125000, 400, 7),
        ("gorden", "Gorden Kantor Blackout per m2 + Pasang", "m2", 185000, 600, 10)]),
    ("X7", "Cobek Batu Gunung Leuwiliang", "mikro", "32.01", "", True, [
        ("cobek", "Cobek Batu Ulekan Asli Gunung 20 cm", "pcs", 75000, 500, 5)]),
    # Near products beside the right ones (other kinds, often nearer or cheaper) and a few second makers.
    ("M7", "Kerupuk Udang Bu Nining Kramatwatu", "mikro", "36.04", "halal;pirt", True, [
        ("kerupuk-udang", "Kerupuk Udang Super Mentah 500 gr", "pcs", 30000, 900, 3)]),
    ("N6", "Kedai Kopi Susu Mas Bro Metro", "mikro", "18.72", "pirt", True, [
        ("kopi-susu", "Kopi Susu Gula Aren Literan 1 L", "btl", 35000, 600, 2)]),
    ("F8", "Songket Way Kanan Collection", "mikro", "18.72", "", True, [
        ("songket", "Kain Songket Palembang Motif Lepus", "pcs", 950000, 50, 14)]),
    ("F9", "Sanggar Tapis Negeri Sakai", "mikro", "18.71", "", True, [
        ("tapis", "Tapis Lampung Kain Sarung Tumpal Benang Emas", "pcs", 1100000, 30, 14)]),
    ("K7", "Pot Semen Karya Cipondoh", "mikro", "36.71", "", True, [
        ("pot-semen", "Pot Bunga Semen Cor Bulat D30", "pcs", 30000, 800, 5)]),
    ("K8", "Koja Baduy Kanekes", "mikro", "36.02", "", True, [
        ("tas-koja", "Tas Koja Baduy Serat Teureup", "pcs", 55000, 300, 7)]),
    ("K9", "Pigura Jaya Tambun", "mikro", "32.16", "", True, [
        ("pigura", "Pigura Foto Presiden + Wapres A3 Kayu Jati Belanda", "pcs", 65000, 1000, 7)]),
    ("P5", "Aksesoris Hijab Nisa Metro", "mikro", "18.72", "", True, [
        ("bros-jilbab", "Bros Jilbab Mutiara Sintetis", "pcs", 15000, 2000, 3)]),
    ("U6", "Mebel Lesehan Ganjar Agung", "mikro", "18.72", "", True, [
        ("meja-lipat", "Meja Lipat Lesehan Kayu 60x40", "unit", 85000, 400, 5)]),
    ("H5", "Rempah Celup Menes", "mikro", "36.01", "pirt", True, [
        ("wedang-uwuh", "Wedang Uwuh Rempah Celup isi 10", "box", 25000, 800, 4)]),
    ("S5", "Sabun Kinclong Labuan", "mikro", "36.01", "", True, [
        ("sabun-cuci-piring", "Sabun Cuci Piring Cair Jeruk Nipis 5 Liter", "jrg", 55000, 800, 3)]),
    ("L6", "Trophy Fiber Cipocok", "mikro", "36.73", "", True, [
        ("piala", "Piala Kaki Tiga Fiber Juara 1 2 3", "pcs", 150000, 300, 5)]),
    ("C7", "Stempel Karet Pak Darto", "mikro", "18.72", "", True, [
        ("stempel-kayu", "Stempel Kayu Karet Biasa", "pcs", 35000, 500, 2)]),
    ("T7", "Pembenihan Lele Rangkasbitung", "mikro", "36.02", "", True, [
        ("bibit-lele", "Benih Ikan Lele Sangkuriang 5-7 cm", "ekor", 200, 200000, 3)]),
    ("T8", "Peternakan Ayam Petelur Sekampung", "kecil", "18.07", "", True, [
        ("telur-ras", "Telur Ayam Ras Negeri (butir)", "butir", 1800, 60000, 1)]),
    ("T9", "Bibit Kopi Ulubelu", "mikro", "18.06", "", True, [
        ("bibit-kopi-arabika", "Bibit Kopi Arabika Sigararutang (polybag)", "batang", 4000, 20000, 10)]),
    ("X8", "Sajadah Anak Tanah Abang", "mikro", "31.71", "", True, [
        ("sajadah-anak", "Sajadah Anak Karakter Lucu", "pcs", 35000, 2000, 3)]),
    ("X9", "Keset Karet Taktakan", "mikro", "36.73", "", True, [
        ("keset-karet", "Keset Kaki Karet Motif Welcome 40x60", "pcs", 25000, 1000, 2)]),
]

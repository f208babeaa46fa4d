"""Hand-written suppliers and products for relevance-blind68 (fictional businesses, real Kemendagri codes).

Each product: (kind, name as the IKM writes it, unit, unit price, capacity per month, lead time days).
The kind is the labeller's tag; it never reaches the CSVs.
"""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# cooked food: the whole quantity in one month, and the nearest producers only
PERISHABLE = {"nasi-kotak", "nasi-liwet", "snack-box", "prasmanan", "coffee-break", "tumpeng-mini"}

SUPPLIERS = [
    # key, name, scale, region, certificates, active, products
    ("M1", "Kerupuk Ikan Hj. Maemunah", "mikro", "36.04", "halal;pirt", True, [
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri Mentah 500 gr", "pcs", 28000, 800, 3),
        ("kerupuk-udang", "Kerupuk Udang Super 250gr", "pcs", 22000, 600, 3)]),
    ("M2", "Otak-Otak Bandeng Teh Ipah", "mikro", "36.73", "pirt", True, [
        ("otak-otak", "Otak-otak Bandeng Bakar isi 10", "pack", 35000, 400, 2),
        ("sate-bandeng", "Sate Bandeng Khas Serang", "pcs", 45000, 300, 2)]),
    ("M3", "Dapur Sambal Mama Ayu", "kecil", "18.71", "halal;pirt", True, [
        ("sambal-roa", "Sambal Roa Botol 200 ml", "botol", 38000, 1000, 4),
        ("sambal-bawang", "Sambal Bawang Pedas Level 5 Jar 150gr", "jar", 25000, 1500, 4)]),
    ("M4", "KWT Mekar Sari Tanggamus", "koperasi", "18.06", "halal;pirt", True, [
        ("keripik-pisang", "Keripik Pisang Kepok Manis 250 gr", "pcs", 18000, 2000, 5),
        ("kemplang", "Kerupuk Kemplang Ikan Tenggiri Panggang 200gr", "pcs", 30000, 800, 5)]),
    ("M5", "Gula Aren & Dodol Bu Enok", "mikro", "36.02", "pirt-expired", True, [
        ("gula-aren", "Gula Aren Semut Baduy 500 gr", "pcs", 32000, 600, 4),
        ("dodol", "Dodol Ketan Wijen Lebak", "pcs", 20000, 500, 4)]),
    ("M6", "Bumbu Pecel Mbak Tun Pringsewu", "mikro", "18.10", "halal", True, [
        ("bumbu-pecel", "Bumbu Pecel Kacang Pedas 500gr", "pcs", 27000, 700, 3),
        ("rempeyek", "Rempeyek Kacang Tanah Toples", "toples", 35000, 300, 3)]),
    ("M7", "Jenang Sari Rasa Kudus", "kecil", "33.19", "halal;pirt", True, [
        ("jenang", "Jenang Kudus Original Box 500 gr", "box", 42000, 1000, 5)]),
    ("M8", "Bakpia Jogja Manis", "kecil", "34.71", "halal;pirt", True, [
        ("bakpia", "Bakpia Isi Kacang Hijau isi 20", "box", 45000, 2000, 2),
        ("yangko", "Yangko Kotagede Aneka Rasa", "box", 30000, 800, 2)]),
    ("N1", "Kopi Sumber Urip Tanggamus", "kecil", "18.06", "halal;pirt", True, [
        ("kopi-robusta-bubuk", "Kopi Bubuk Robusta Tanggamus 250 gr", "pcs", 40000, 1500, 5),
        ("green-bean", "Green Bean Robusta Lampung Grade 1 per kg", "kg", 70000, 2000, 5)]),
    ("N2", "Rumah Kopi Baduy", "mikro", "36.02", "pirt", True, [
        ("kopi-jahe", "Kopi Jahe Sachet isi 10", "pack", 25000, 1000, 4)]),
    ("N3", "Koperasi Tani Kakao Maju Pesawaran", "koperasi", "18.09", "halal", True, [
        ("cokelat-sachet", "Minuman Cokelat Bubuk Sachet 3in1 isi 10", "pack", 30000, 1200, 5)]),
    ("N4", "CV Markisa Daeng", "kecil", "73.71", "halal;bpom", True, [
        ("sirup-markisa", "Sirup Markisa Asli Makassar 630 ml", "botol", 45000, 1500, 5)]),
    ("N5", "Teh Herbal Kebun Ciapus", "mikro", "32.01", "pirt", True, [
        ("teh-telang", "Teh Bunga Telang Kering 50 gr", "pcs", 22000, 400, 3),
        ("teh-rosella", "Teh Rosella Celup isi 25", "box", 27000, 600, 3)]),
    ("N6", "PT Tirta Lebak Mandiri", "menengah", "36.02", "halal;sni;bpom", True, [
        ("amdk-gelas", "Air Minum Dalam Kemasan Gelas 220 ml (1 dus isi 48)", "dus", 21000, 5000, 2),
        ("amdk-botol", "AMDK Botol 600ml isi 24", "dus", 45000, 3000, 2)]),
    ("N7", "Wedang Uwuh Mbah Darmo Imogiri", "mikro", "34.02", "pirt", True, [
        ("wedang-uwuh", "Wedang Uwuh Rempah Celup isi 10", "pack", 15000, 1500, 4)]),
    ("J1", "Catering Dapur Bunda Serang", "kecil", "36.73", "halal", True, [
        ("nasi-kotak", "Nasi Box Ayam Bakar + Lalapan", "porsi", 32000, 3000, 2),
        ("snack-box", "Snack Box isi 3 kue", "box", 15000, 4000, 1)]),
    ("J2", "Katering Berkah Pandeglang", "mikro", "36.01", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Komplit Ayam Goreng", "porsi", 28000, 800, 2),
        ("tumpeng-mini", "Nasi Tumpeng Mini", "box", 40000, 200, 2)]),
    ("J3", "RM Sunda Teh Nenden", "mikro", "36.03", "halal", True, [
        ("prasmanan", "Prasmanan Menu Sunda per pax", "pax", 55000, 1500, 3),
        ("nasi-liwet", "Nasi Liwet Box Komplit", "porsi", 30000, 1000, 2)]),
    ("J4", "Katering Siger Bandar Lampung", "kecil", "18.71", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Rendang", "porsi", 35000, 2000, 2),
        ("snack-box", "Kotak Kue Rapat (3 item + air mineral)", "box", 17000, 2500, 1)]),
    ("J5", "Dapur Mbak Sri Metro", "mikro", "18.72", "halal", True, [
        ("nasi-kotak", "Nasi Box Ayam Geprek", "porsi", 25000, 600, 1),
        ("snack-box", "Snack Box Jajan Pasar", "box", 12000, 800, 1)]),
    ("J6", "Catering Karawang Sejahtera", "kecil", "32.15", "halal", True, [
        ("prasmanan", "Paket Prasmanan Acara Dinas", "pax", 60000, 3000, 3),
        ("coffee-break", "Coffee Break Paket (kopi/teh + 2 kue)", "pax", 20000, 2000, 1)]),
    ("J7", "Katering Ayu Mataram", "kecil", "52.71", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Taliwang", "porsi", 40000, 1500, 2)]),
    ("J8", "Catering Lestari Ciruas", "kecil", "36.04", "halal", False, [
        ("nasi-kotak", "Nasi Kotak Prasmanan Hajatan", "porsi", 27000, 6000, 2)]),
    ("F1", "Tapis Ratu Ayu", "kecil", "18.71", "", True, [
        ("tapis", "Kain Tapis Lampung Motif Siger Benang Emas", "lembar", 850000, 40, 20),
        ("selendang-tapis", "Selendang Tapis Lampung", "pcs", 250000, 100, 14)]),
    ("F2", "Batik Krakatoa Cilegon", "kecil", "36.72", "batikmark", True, [
        ("batik-tulis", "Kain Batik Tulis Krakatoa 2 m", "lembar", 650000, 60, 21),
        ("batik-cap", "Batik Cap Motif Debus 2 m", "lembar", 180000, 400, 10)]),
    ("F3", "Konveksi Seragam Citra", "menengah", "36.03", "iso-9001", True, [
        ("pdh", "Seragam PDH Pria/Wanita Bahan American Drill", "stel", 275000, 1500, 25),
        ("kaos-polo", "Kaos Polo Bordir Logo Instansi", "pcs", 85000, 3000, 14),
        ("rompi", "Rompi Lapangan/Vest Bordir", "pcs", 150000, 800, 14)]),
    ("F4", "Sablon Bekasi Ink", "mikro", "32.16", "", True, [
        ("kaos-sablon", "Kaos Oblong Cotton Combed 30s Sablon Custom", "pcs", 55000, 2500, 10),
        ("tote-bag", "Tote Bag Kanvas Sablon", "pcs", 30000, 2000, 10)]),
    ("F5", "Pengrajin Sandal Ciomas Bogor", "mikro", "32.01", "", True, [
        ("sandal-jepit", "Sandal Jepit Karet Custom Logo", "pasang", 18000, 5000, 10),
        ("sepatu-pantofel", "Sepatu Pantofel Kulit Sapi Pria", "pasang", 320000, 200, 20)]),
    ("F6", "Tenun Songket Sukarara", "kecil", "52.02", "", True, [
        ("songket", "Kain Tenun Songket Sukarara 2 m", "lembar", 900000, 30, 30)]),
    ("F7", "Konveksi Jilbab Rahma", "mikro", "36.73", "", True, [
        ("jilbab", "Jilbab Segi Empat Voal Printing Logo", "pcs", 45000, 1000, 10)]),
    ("F8", "PT Garmen Nusantara Raya", "besar", "36.71", "iso-9001", True, [
        ("pdh", "Seragam PDH ASN Kain Drill Premium", "stel", 210000, 20000, 14)]),
    ("K1", "Gerabah Bumijaya", "mikro", "36.04", "", True, [
        ("kendi", "Kendi Gerabah Tanah Liat Bumijaya", "pcs", 35000, 300, 10),
        ("pot-tanah-liat", "Pot Tanah Liat Ukuran 30 cm", "pcs", 25000, 500, 10)]),
    ("K2", "Koperasi Anyaman Pandan Ciyuasari", "koperasi", "36.02", "", True, [
        ("tikar-pandan", "Tikar Pandan Anyam 2x3 m", "lembar", 120000, 150, 14),
        ("tas-pandan", "Tas Anyaman Pandan Motif Baduy", "pcs", 65000, 400, 10)]),
    ("K3", "Kerajinan Bambu Sekampung", "mikro", "18.07", "", True, [
        ("besek", "Besek Bambu Tutup 20x20", "pcs", 4500, 5000, 7),
        ("keranjang-bambu", "Keranjang Parsel Bambu Oval", "pcs", 22000, 1000, 7)]),
    ("K4", "Ukir Jepara Mulyo", "kecil", "33.20", "svlk", True, [
        ("plakat-ukir", "Plakat Kayu Jati Ukir Logo Instansi", "pcs", 350000, 100, 21),
        ("kaligrafi-ukir", "Hiasan Dinding Kaligrafi Ukir Jati", "pcs", 900000, 20, 30)]),
    ("K5", "Wayang Kulit Sagio", "mikro", "34.02", "", True, [
        ("wayang-kulit", "Wayang Kulit Tatah Sungging Karakter Arjuna 40cm", "pcs", 750000, 30, 30)]),
    ("K6", "Souvenir Akrilik Cipondoh", "mikro", "36.71", "", True, [
        ("gantungan-akrilik", "Gantungan Kunci Akrilik Custom Logo", "pcs", 6000, 5000, 7),
        ("plakat-akrilik", "Plakat Akrilik 20 cm + Box", "pcs", 150000, 300, 7)]),
    ("K7", "Miniatur Tongkonan Rantepao", "mikro", "73.18", "", True, [
        ("tongkonan", "Miniatur Tongkonan Ukir", "pcs", 275000, 50, 20)]),
    ("K8", "Ata Ketak Lombok Barat", "mikro", "52.01", "", True, [
        ("ketak", "Kotak Tisu Anyaman Ketak Lombok", "pcs", 95000, 200, 14)]),
    ("P1", "Perak Kotagede Hardjo", "kecil", "34.71", "", True, [
        ("bros-perak", "Bros Perak 925 Filigri Motif Kupu", "pcs", 285000, 150, 14),
        ("cincin-akik", "Cincin Perak 925 Batu Akik", "pcs", 250000, 100, 14)]),
    ("P2", "Mutiara Sekarbela", "kecil", "52.71", "", True, [
        ("kalung-mutiara", "Kalung Mutiara Air Laut Lombok 8 mm", "pcs", 1500000, 40, 14),
        ("anting-mutiara", "Anting Mutiara Air Tawar", "pasang", 175000, 200, 10)]),
    ("P3", "Perak Celuk Made Sukra", "kecil", "51.04", "", True, [
        ("cincin-perak", "Cincin Perak Bali Ukir", "pcs", 300000, 150, 14),
        ("liontin-perak", "Liontin Perak Motif Barong", "pcs", 225000, 120, 14)]),
    ("P4", "Aksesoris Manik Serang", "mikro", "36.73", "", True, [
        ("gelang-manik", "Gelang Manik-manik Etnik Baduy", "pcs", 15000, 2000, 5),
        ("bros-imitasi", "Bros Jilbab Imitasi Mutiara", "pcs", 12000, 3000, 5)]),
    ("U1", "Mebel Rotan Trisakti", "kecil", "36.73", "svlk", True, [
        ("kursi-rotan", "Kursi Teras Rotan Sintetis + Meja (1 set)", "set", 1800000, 30, 21)]),
    ("U2", "Meubel Sekolah Jati Mulya", "kecil", "18.10", "svlk", True, [
        ("meja-kursi-siswa", "Meja Kursi Siswa SD (1 set)", "set", 650000, 300, 30),
        ("whiteboard", "Papan Tulis Whiteboard 120x240", "pcs", 900000, 100, 14),
        ("lemari-kelas", "Lemari Kelas Kayu 2 Pintu", "pcs", 1700000, 50, 21)]),
    ("U3", "Meubel Jepara Jaya", "kecil", "33.20", "svlk", True, [
        ("meja-rapat-jati", "Meja Rapat Jati Oval 10 Kursi", "set", 25000000, 5, 45),
        ("kursi-tamu-jati", "Kursi Tamu Jati Ukir Set", "set", 14000000, 8, 45)]),
    ("U4", "Bekasi Steel Furniture", "kecil", "32.75", "sni", True, [
        ("rak-besi", "Rak Besi Siku Lubang 5 Susun", "pcs", 650000, 200, 10),
        ("filing-cabinet", "Filing Cabinet Besi 4 Laci", "pcs", 2300000, 80, 14)]),
    ("U5", "Bambu Furnitur Kalianda", "mikro", "18.01", "", True, [
        ("kursi-bambu", "Kursi Bambu Petung Set + Meja", "set", 1200000, 20, 21)]),
    ("H1", "Jamu Sido Waras", "kecil", "33.10", "pirt;bpom", True, [
        ("jamu-kunyit-asam", "Jamu Serbuk Kunyit Asam Instan 250 gr", "pcs", 20000, 2000, 7),
        ("jamu-beras-kencur", "Beras Kencur Instan 250 gr", "pcs", 20000, 2000, 7)]),
    ("H2", "Madu Hutan Way Kanan Lestari", "mikro", "18.08", "pirt", True, [
        ("madu-hutan", "Madu Hutan Asli 500 ml", "botol", 120000, 300, 5)]),
    ("H3", "Atsiri Nilam Cibeber", "kecil", "36.02", "", True, [
        ("minyak-nilam", "Minyak Nilam (Patchouli Oil) 100 ml", "botol", 150000, 200, 7),
        ("minyak-sereh", "Minyak Sereh Wangi 100 ml", "botol", 60000, 400, 7)]),
    ("H4", "Herbal Temulawak Bogor", "mikro", "32.71", "pirt", True, [
        ("temulawak-instan", "Temulawak Instan Serbuk 300 gr", "pcs", 28000, 800, 5),
        ("jahe-merah-instan", "Jahe Merah Instan 300 gr", "pcs", 30000, 800, 5)]),
    ("H5", "Usada Bali Boreh", "mikro", "51.71", "", True, [
        ("minyak-urut", "Minyak Urut Tradisional Bali (Boreh) 60 ml", "botol", 35000, 600, 5)]),
    ("H6", "Kelor Sehat Metro", "kecil", "18.72", "bpom", True, [
        ("kapsul-kelor", "Kapsul Daun Kelor (Moringa) isi 60", "botol", 55000, 1000, 5)]),
    ("S1", "Sabun Herbal Pandan Wangi", "mikro", "36.01", "", True, [
        ("sabun-sereh", "Sabun Mandi Batang Herbal Sereh 100 gr", "pcs", 15000, 3000, 7),
        ("sabun-cuci-tangan", "Sabun Cair Cuci Tangan 500 ml", "pcs", 22000, 1500, 7)]),
    ("S2", "Ubud Aroma Craft", "kecil", "51.04", "", True, [
        ("lilin-aromaterapi", "Lilin Aromaterapi Soy Wax Jar 100gr", "pcs", 65000, 500, 7),
        ("essential-oil", "Essential Oil Lavender 10 ml", "botol", 45000, 800, 5)]),
    ("S3", "Lulur Putri Sleman", "mikro", "34.04", "bpom", True, [
        ("lulur", "Lulur Mandi Bengkoang Tradisional 200 gr", "pcs", 30000, 600, 5),
        ("masker-wajah", "Masker Wajah Bubuk Beras 100gr", "pcs", 25000, 600, 5)]),
    ("S4", "Minyak Kemiri Bu Ijah", "mikro", "36.04", "", True, [
        ("minyak-kemiri", "Minyak Kemiri Penumbuh Rambut 100 ml", "botol", 30000, 500, 5)]),
    ("S5", "Etawa Lampung Farm", "kecil", "18.09", "bpom;halal", True, [
        ("sabun-susu", "Sabun Susu Kambing Etawa 80 gr", "pcs", 18000, 2000, 7)]),
    ("L1", "Pandai Besi Ki Sarmin Ciomas", "mikro", "36.04", "", True, [
        ("golok", "Golok Ciomas Sarung Kayu", "pcs", 450000, 60, 14),
        ("arit", "Arit Rumput Baja Per", "pcs", 65000, 500, 7)]),
    ("L2", "Pandai Besi Gadingrejo", "mikro", "18.10", "", True, [
        ("cangkul", "Cangkul Baja Per + Gagang", "pcs", 95000, 600, 10),
        ("parang", "Parang Kebun Lampung", "pcs", 120000, 300, 10)]),
    ("L3", "Bengkel Las Karya Metro", "mikro", "18.72", "", True, [
        ("teralis-besi", "Teralis Jendela Besi Hollow per m2", "m2", 450000, 150, 14),
        ("pagar-besi", "Pagar Besi Minimalis per meter", "meter", 750000, 100, 14),
        ("kanopi", "Kanopi Baja Ringan per m2", "m2", 350000, 200, 14)]),
    ("L4", "Pin & Medali Logam Karawaci", "kecil", "36.71", "", True, [
        ("pin-logam", "Pin Logam Enamel Logo Pemda", "pcs", 15000, 5000, 10),
        ("medali", "Medali Kuningan Lomba + Pita", "pcs", 35000, 2000, 10)]),
    ("L5", "Stainless Tambun Jaya", "kecil", "32.16", "sni", True, [
        ("panci", "Panci Stainless 24 cm", "pcs", 125000, 500, 7),
        ("wajan", "Wajan Besi 40 cm", "pcs", 85000, 500, 7)]),
    ("L6", "PT Baja Perkakas Indonesia", "besar", "36.72", "sni", True, [
        ("cangkul", "Cangkul Baja Forging Standar SNI", "pcs", 70000, 50000, 7)]),
    ("C1", "Mitra Grafika Serang", "kecil", "36.73", "", True, [
        ("kartu-nama", "Kartu Nama Art Carton 260 gsm 1 box (100 lbr)", "box", 45000, 2000, 3),
        ("spanduk", "Spanduk Flexi 280 gr per m2", "m2", 25000, 3000, 2),
        ("map-snelhecter", "Map Snelhecter Cetak Logo", "pcs", 3500, 10000, 5)]),
    ("C2", "Percetakan Lampung Mandiri", "kecil", "18.71", "", True, [
        ("undangan", "Undangan Hard Cover", "pcs", 6500, 5000, 5),
        ("agenda", "Buku Agenda Hard Cover Custom Logo A5", "pcs", 45000, 2000, 10),
        ("kalender", "Kalender Dinding 6 Lembar", "pcs", 25000, 3000, 10)]),
    ("C3", "ATK & Fotocopy Berkah Pandeglang", "mikro", "36.01", "", True, [
        ("hvs-a4", "Kertas HVS A4 70 gsm 1 rim", "rim", 48000, 500, 2),
        ("amplop-coklat", "Amplop Coklat Folio Cetak Kop", "pcs", 1200, 10000, 3),
        ("stopmap", "Stopmap Kertas Folio", "pcs", 1500, 10000, 2)]),
    ("C4", "Karawang Pack", "kecil", "32.15", "", True, [
        ("dus-nasi", "Dus Nasi Kotak 20x20 Cetak Logo", "pcs", 1500, 20000, 7),
        ("paper-bag", "Paper Bag Kraft Cetak Logo 25x30", "pcs", 5500, 5000, 7)]),
    ("C5", "Stempel & ID Card Metro", "mikro", "18.72", "", True, [
        ("stempel-flash", "Stempel Flash Otomatis", "pcs", 120000, 300, 3),
        ("id-card", "ID Card PVC + Tali Lanyard", "pcs", 12000, 3000, 5)]),
    ("T1", "Kebun Anggrek Ciawi", "kecil", "32.01", "", True, [
        ("anggrek-dendrobium", "Anggrek Dendrobium Dewasa Pot", "pot", 85000, 300, 7),
        ("monstera", "Tanaman Hias Monstera Deliciosa Pot 30cm", "pot", 95000, 200, 7),
        ("sansevieria", "Lidah Mertua (Sansevieria) Pot Kecil", "pot", 25000, 1000, 5)]),
    ("T2", "Koi & Cupang Pasar Kemis", "mikro", "36.03", "", True, [
        ("cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 25000, 2000, 3),
        ("koi", "Ikan Koi Kohaku 15 cm", "ekor", 45000, 500, 3)]),
    ("T3", "Pembenihan Ikan Tunas Harapan", "kecil", "18.02", "", True, [
        ("benih-nila", "Benih Ikan Nila Merah 5-7 cm", "ekor", 350, 200000, 5),
        ("benih-lele", "Bibit Lele Sangkuriang 7-9 cm", "ekor", 250, 300000, 5)]),
    ("T4", "Penangkar Bibit Buah Pagelaran", "mikro", "18.10", "", True, [
        ("bibit-durian", "Bibit Durian Musang King Okulasi 60 cm", "batang", 45000, 3000, 7),
        ("bibit-alpukat", "Bibit Alpukat Miki Sambung", "batang", 35000, 3000, 7),
        ("bibit-kopi", "Bibit Kopi Robusta Polybag", "batang", 3500, 20000, 7)]),
    ("T5", "Koperasi Pakan Ternak Mandiri", "koperasi", "18.07", "", True, [
        ("pakan-ayam", "Pakan Ayam Petelur Konsentrat 50 kg", "karung", 420000, 300, 5),
        ("pelet-ikan", "Pelet Ikan Apung 781 (30 kg)", "karung", 330000, 200, 5)]),
    ("T6", "Koperasi Kompos Tirtayasa", "koperasi", "36.04", "", True, [
        ("pupuk-kompos", "Pupuk Kompos Organik Karung 25 kg", "karung", 30000, 2000, 5),
        ("kascing", "Pupuk Kascing 5 kg", "karung", 20000, 1000, 5)]),
    ("T7", "Kamboja Bali Nursery", "mikro", "51.71", "", True, [
        ("kamboja", "Kamboja Bali (Plumeria) Pot", "pot", 120000, 150, 5)]),
    ("X1", "Sapu Ijuk Pak Ujang Rangkasbitung", "mikro", "36.02", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 1500, 5),
        ("sapu-lidi", "Sapu Lidi Gagang", "pcs", 12000, 2000, 5),
        ("kemoceng", "Kemoceng Bulu Ayam", "pcs", 20000, 800, 5)]),
    ("X2", "Pembersih Wangi Kasemen", "mikro", "36.73", "", True, [
        ("pembersih-lantai", "Cairan Pembersih Lantai Wangi 5 liter (jerigen)", "jerigen", 55000, 800, 3),
        ("keset-sabut", "Keset Kaki Serabut Kelapa", "pcs", 35000, 500, 5)]),
    ("X3", "Mainan Kayu Edukatif Kasongan", "mikro", "34.02", "", True, [
        ("puzzle-kayu", "Mainan Edukasi Puzzle Kayu Huruf", "pcs", 45000, 500, 7),
        ("balok-ape", "Balok Susun Kayu (Alat Peraga Edukasi PAUD)", "set", 175000, 200, 10)]),
    ("X4", "Koperasi Sembako Rengasdengklok", "koperasi", "32.15", "", True, [
        ("paket-sembako", "Paket Sembako (beras 5 kg, minyak 1 l, gula 1 kg, mie 5)", "paket", 125000, 3000, 7)]),
    ("X5", "Alat Kebersihan Tangerang Clean", "mikro", "36.71", "", True, [
        ("spin-mop", "Alat Pel Lantai Mop Putar Spin Mop", "pcs", 175000, 300, 5),
        ("lap-microfiber", "Kain Lap Microfiber 40x40", "pcs", 8000, 3000, 5)]),
    ("X6", "Kebersihan Jaya Bandar Lampung", "mikro", "18.71", "", False, [
        ("spin-mop", "Spin Mop Ember Putar", "pcs", 150000, 500, 5)]),
]

"""Hand-written suppliers and products of relevance-blind34 (fictional). Each product carries the labeller's kind tag.

SUPPLIERS rows: (key, name, scale, region, certificates, active, products); key[0] names the category.
Product rows: (kind, name, unit, unit_price, capacity_per_month, lead_time_days).
"""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Produced and eaten within days: capacity_per_month must cover the whole quantity, and the maker must be near.
PERISHABLE = {"nasi-kotak", "snack-box", "prasmanan", "tumpeng-mini", "tumpeng-besar", "jamu-segar", "jamu-segar-bk",
              "lele-konsumsi", "patin-konsumsi"}

SUPPLIERS = [
    ("M1", "Kerupuk Kemplang Cek Ipah", "mikro", "16.71", "halal;pirt", True, [
        ("kemplang", "Kerupuk Kemplang Ikan Tenggiri Panggang 250 gr", "pcs", 25000, 800, 4),
        ("pempek-beku", "Pempek Kapal Selam Frozen isi 10 + Cuko", "paket", 85000, 300, 3)]),
    ("M2", "UD Keripik Pisang Nusantara Rasa", "kecil", "18.71", "halal;pirt", True, [
        ("keripik-pisang", "Keripik Pisang Cokelat 250 gr", "pcs", 20000, 2000, 3),
        ("keripik-pisang", "Kripik Pisang Kepok Original Asin Manis 500gr", "pcs", 32000, 1500, 3)]),
    ("M3", "KWT Sinar Tubaba", "mikro", "18.12", "pirt", True, [
        ("kerupuk-kulit-patin", "Kerupuk Kulit Ikan Patin 100 gr", "pcs", 15000, 500, 4),
        ("abon-ikan", "Abon Ikan Patin 100 gr", "pcs", 30000, 400, 5)]),
    ("M4", "Sambal & Bumbu Mak Lela", "kecil", "18.72", "halal;pirt;bpom", True, [
        ("sambal-bawang", "Sambal Bawang Botol 150 ml", "btl", 25000, 1500, 3),
        ("sambal-teri", "Sambal Ikan Teri Pedas 200 gr", "btl", 35000, 800, 3),
        ("bumbu-rendang", "Bumbu Rendang Instan 250 gr", "pcs", 28000, 600, 3)]),
    ("M5", "CV Olahan Ikan Sungsang", "kecil", "16.02", "halal;pirt", True, [
        ("otak-otak", "Otak-otak Ikan Tenggiri Frozen 500 gr", "pak", 45000, 500, 3),
        ("kerupuk-gabus", "Kerupuk Ikan Gabus Mentah 500 gr", "pcs", 40000, 600, 4)]),
    ("M6", "Lempok & Dodol Way Kanan", "mikro", "18.08", "pirt-expired", True, [
        ("lempok", "Lempok Durian 250 gr", "pcs", 40000, 300, 4),
        ("dodol-nanas", "Dodol Nanas Lampung 500 gr", "pcs", 30000, 500, 4)]),
    ("M7", "Toko Kue Bu Har Kotabumi", "mikro", "18.03", "pirt", True, [
        ("lapis-legit", "Kue Lapis Legit Loyang 20x20", "loyang", 250000, 100, 3),
        ("nastar", "Kue Kering Nastar Toples 500 gr", "toples", 90000, 400, 5)]),
    ("N1", "Kopi Robusta Liwa Sumber Jaya", "kecil", "18.04", "halal;pirt", True, [
        ("kopi-robusta-bubuk", "Kopi Bubuk Robusta Lampung Barat 250 gr", "pcs", 45000, 2000, 4),
        ("kopi-robusta-biji", "Biji Kopi Robusta Sangrai (Roast Bean) 1 kg", "kg", 180000, 500, 5)]),
    ("N6", "Kopi Bubuk Murah Kemiling", "mikro", "18.71", "halal", False, [
        ("kopi-robusta-bubuk", "Kopi Robusta Bubuk Lampung 250 gr Termurah", "pcs", 30000, 3000, 2)]),
    ("N2", "Koperasi Kopi Tanggamus Makmur", "koperasi", "18.06", "halal", True, [
        ("kopi-luwak", "Kopi Luwak Bubuk 100 gr", "pcs", 150000, 200, 5),
        ("kopi-sachet", "Kopi Sachet 3in1 Robusta isi 10", "pak", 18000, 3000, 3)]),
    ("N3", "Kakao Pesawaran Mandiri", "mikro", "18.09", "pirt", True, [
        ("cokelat-bubuk", "Bubuk Cokelat Murni Kakao 200 gr", "pcs", 40000, 600, 4),
        ("cokelat-batang", "Cokelat Batangan Dark 70% 100 gr", "pcs", 30000, 500, 4)]),
    ("N4", "Sari Jahe Merah Bu Tini", "mikro", "18.72", "halal;pirt", True, [
        ("jahe-instan", "Jahe Merah Instan Serbuk 250 gr", "pcs", 30000, 1000, 3),
        ("teh-kelor", "Teh Daun Kelor Celup isi 25", "box", 35000, 400, 4)]),
    ("N5", "CV Tirta Way Tuba", "menengah", "18.05", "halal;sni;bpom", True, [
        ("amdk-gelas", "Air Mineral Gelas 220 ml Dus isi 48", "dus", 22000, 5000, 2),
        ("amdk-botol", "Air Mineral Botol 600 ml Dus isi 24", "dus", 45000, 3000, 2)]),
    ("J1", "Catering Dapur Bunda Metro", "kecil", "18.72", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar + Lalapan", "kotak", 30000, 3000, 2),
        ("snack-box", "Snack Box isi 3 Kue Basah + Air Mineral", "kotak", 12000, 4000, 2)]),
    ("J2", "RM Pindang Meranjat Cek Uni", "kecil", "16.71", "halal", True, [
        ("nasi-kotak", "Nasi Box Pindang Patin", "kotak", 40000, 2000, 2),
        ("prasmanan", "Prasmanan Menu Khas Palembang per Pax", "pax", 60000, 1500, 3)]),
    ("J3", "Katering Mbak Sri Kotabumi", "mikro", "18.03", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Goreng Lalapan", "kotak", 25000, 800, 2),
        ("snack-box", "Kue Kotak Rapat isi 4", "kotak", 15000, 1000, 2)]),
    ("J4", "Aqiqah & Catering Berkah Tubaba", "mikro", "18.12", "halal", True, [
        ("tumpeng-mini", "Paket Nasi Tumpeng Mini", "paket", 35000, 300, 2),
        ("nasi-kotak-kambing", "Nasi Kotak Gulai Kambing", "kotak", 45000, 400, 2)]),
    ("J5", "Catering Sehati Bandar Lampung", "menengah", "18.71", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Rendang Sapi", "kotak", 35000, 5000, 2),
        ("snack-box", "Coffee Break Rapat per Pax", "pax", 20000, 4000, 2),
        ("tumpeng-besar", "Tumpeng Nasi Kuning Besar 1 Tampah (20 orang)", "tampah", 650000, 40, 3)]),
    ("J6", "PT Boga Prima Sumatera", "besar", "18.71", "halal;iso-9001", True, [
        ("nasi-kotak", "Nasi Box Ayam Geprek Paket Hemat", "kotak", 22000, 20000, 2)]),
    ("F1", "Sanggar Tapis Negeri Saibumi", "kecil", "18.71", "", True, [
        ("tapis-kain", "Kain Tapis Lampung Motif Pucuk Rebung 2 m", "lembar", 1250000, 20, 21),
        ("tapis-selendang", "Selendang Tapis Sulam Benang Emas", "pcs", 450000, 60, 14)]),
    ("F9", "Tapis Murah Way Halim", "mikro", "18.71", "", False, [
        ("tapis-kain", "Kain Tapis Lampung Tumpal 2 m", "lembar", 800000, 30, 14)]),
    ("F2", "Songket Palembang Cik Ana", "kecil", "16.71", "", True, [
        ("songket-lepus", "Kain Songket Palembang Lepus Benang Emas", "lembar", 3500000, 8, 30),
        ("songket-tabur", "Songket Tabur Motif Bunga Cina", "lembar", 1200000, 25, 21)]),
    ("F3", "Konveksi Seragam Jaya Metro", "kecil", "18.72", "", True, [
        ("pdh", "Kemeja PDH Drill Lengan Panjang", "stel", 160000, 800, 21),
        ("polo", "Kaos Polo Bordir Logo Instansi", "pcs", 85000, 1500, 14),
        ("seragam-sd", "Seragam Sekolah SD Merah Putih (Kemeja + Rok/Celana)", "stel", 120000, 2000, 21)]),
    ("F4", "Batik Lampung Sembagi", "mikro", "18.71", "batikmark", True, [
        ("batik-tulis", "Kain Batik Tulis Sembagi Motif Siger 2 m", "lembar", 650000, 30, 21),
        ("kemeja-batik-cap", "Kemeja Batik Cap Lampung Lengan Panjang", "pcs", 175000, 400, 14)]),
    ("F5", "Tenun Sarung Cik Imah", "mikro", "16.71", "", True, [
        ("sarung-tenun", "Sarung Tenun Palembang Motif Kotak", "pcs", 250000, 150, 14)]),
    ("F6", "Sepatu Kulit Ciomas Bogor", "kecil", "32.01", "sni", True, [
        ("pantofel", "Sepatu Pantofel Kulit Sapi Pria", "psg", 325000, 300, 14),
        ("sandal-hotel", "Sandal Hotel Handuk Putih", "psg", 6000, 5000, 7)]),
    ("F7", "Tekstil Handuk Karawang", "kecil", "32.15", "", True, [
        ("handuk", "Handuk Mandi Katun 70x140 Bordir Nama", "pcs", 55000, 1000, 14)]),
    ("F8", "Tapis Kreasi Pringsewu", "mikro", "18.10", "", True, [
        ("tas-tapis", "Tas Jinjing Kain Tapis (Totebag)", "pcs", 95000, 300, 10)]),
    ("K1", "Anyaman Pandan Bu Kasih", "mikro", "18.06", "", True, [
        ("tikar-pandan", "Tikar Pandan Anyam 150x200", "lembar", 120000, 150, 10),
        ("tas-pandan", "Tas Anyaman Pandan Motif", "pcs", 75000, 200, 10)]),
    ("K2", "Kerajinan Bambu Lampung Timur", "mikro", "18.07", "", True, [
        ("tisu-bambu", "Tempat Tisu Bambu", "pcs", 35000, 400, 7),
        ("besek", "Besek Bambu 20x20 (isi 10)", "pak", 25000, 1000, 5),
        ("lampu-bambu", "Kap Lampu Bambu Hias", "pcs", 120000, 100, 10)]),
    ("K3", "Ukiran Kayu & Miniatur Siger Jaya", "kecil", "18.71", "svlk", True, [
        ("miniatur-siger", "Miniatur Siger Kuningan 30 cm", "pcs", 350000, 150, 14),
        ("plakat-kayu", "Plakat Kayu Ukir Logo Instansi", "pcs", 275000, 200, 14),
        ("hiasan-dinding-ukir", "Hiasan Dinding Kayu Ukir Motif Kapal", "pcs", 450000, 60, 14)]),
    ("K4", "Gerabah Tanah Liat Gunung Sugih", "mikro", "18.02", "", True, [
        ("pot-gerabah", "Pot Gerabah Tanah Liat Diameter 30 cm", "pcs", 45000, 500, 7),
        ("guci", "Guci Gerabah Hias Lukis 50 cm", "pcs", 175000, 80, 10)]),
    ("K5", "Galeri Lukis Ampera", "mikro", "16.71", "", True, [
        ("lukisan", "Lukisan Kanvas Cat Minyak Jembatan Ampera 60x90", "pcs", 850000, 20, 14),
        ("kaligrafi", "Kaligrafi Lukis Kanvas 50x70", "pcs", 600000, 25, 14)]),
    ("K6", "Souvenir Akrilik Bandar", "mikro", "18.71", "", True, [
        ("gantungan-akrilik", "Gantungan Kunci Akrilik Custom Logo", "pcs", 5000, 5000, 7),
        ("plakat-akrilik", "Plakat Akrilik Custom 20 cm + Box", "pcs", 150000, 400, 7)]),
    ("P1", "Pengrajin Perak Cik Haji", "kecil", "16.71", "", True, [
        ("bros-perak", "Bros Perak Motif Songket", "pcs", 350000, 100, 14),
        ("cincin-perak", "Cincin Perak Batu Akik Bacan", "pcs", 400000, 50, 14)]),
    ("P2", "Aksesoris Rambut Kania", "mikro", "18.72", "", True, [
        ("jepit-rambut", "Jepit Rambut Mutiara Imitasi", "pcs", 15000, 2000, 5),
        ("bando", "Bando Kain Tapis", "pcs", 25000, 800, 7),
        ("scrunchie", "Ikat Rambut Scrunchie Satin", "pcs", 8000, 3000, 5)]),
    ("P3", "Manik Etnik Pringsewu", "mikro", "18.10", "", True, [
        ("kalung-manik", "Kalung Manik-manik Kayu Etnik", "pcs", 35000, 600, 7),
        ("gelang-tapis", "Gelang Tapis Etnik", "pcs", 30000, 600, 7)]),
    ("P4", "PT Emas Permata Sriwijaya", "besar", "16.71", "sni", True, [
        ("cincin-emas", "Cincin Emas 24K 2 gram", "pcs", 3000000, 200, 7)]),
    ("U1", "Mebel Rotan Tulang Bawang", "kecil", "18.05", "", True, [
        ("set-rotan", "Kursi Rotan Teras Set (2 Kursi + 1 Meja)", "set", 1800000, 20, 21)]),
    ("U2", "UD Meubel Kayu Sungkai Pringsewu", "kecil", "18.10", "svlk", True, [
        ("lemari-arsip", "Lemari Arsip Kayu 2 Pintu", "unit", 2500000, 30, 21),
        ("meja-kerja", "Meja Kerja Kayu 120x60", "unit", 1300000, 40, 21),
        ("rak-buku", "Rak Buku Kayu 5 Susun", "unit", 850000, 50, 14)]),
    ("U3", "CV Sinar Besi Mebel", "kecil", "32.16", "iso-9001", True, [
        ("kursi-kuliah", "Kursi Kuliah Lipat Besi", "unit", 450000, 300, 14),
        ("loker", "Loker Besi 12 Pintu", "unit", 2800000, 30, 21)]),
    ("U4", "Mebel Sekolah Kotabumi", "mikro", "18.03", "", True, [
        ("meja-siswa", "Meja Kursi Siswa SD (1 Set)", "set", 650000, 200, 21),
        ("whiteboard", "Papan Tulis Whiteboard 120x240 + Kaki", "unit", 1100000, 40, 14)]),
    ("H1", "Madu Lebah Hutan Way Kanan", "mikro", "18.08", "pirt", True, [
        ("madu-hutan", "Madu Hutan Asli 500 gr", "btl", 95000, 300, 5),
        ("madu-klanceng", "Madu Klanceng (Trigona) 250 ml", "btl", 120000, 60, 5)]),
    ("H2", "Jamu Gendong Mbok Sumi", "mikro", "18.72", "pirt", True, [
        ("jamu-segar", "Jamu Kunyit Asam Botol 250 ml (Segar)", "btl", 8000, 1500, 1),
        ("jamu-segar-bk", "Jamu Beras Kencur Botol 250 ml", "btl", 8000, 1500, 1)]),
    ("H3", "Herbal Sehat Sriwijaya", "kecil", "16.71", "bpom;halal", True, [
        ("kapsul-sirsak", "Kapsul Daun Sirsak isi 60", "btl", 65000, 800, 5),
        ("kayu-putih", "Minyak Kayu Putih 60 ml", "btl", 30000, 1500, 5)]),
    ("H4", "KWT Toga Lestari", "mikro", "18.07", "", True, [
        ("temulawak-simplisia", "Simplisia Temulawak Kering 500 gr", "pcs", 45000, 300, 5)]),
    ("S1", "Sabun Herbal Kopi Liwa", "mikro", "18.04", "bpom", True, [
        ("sabun-kopi", "Sabun Mandi Batang Kopi Scrub 100 gr", "pcs", 18000, 1500, 5),
        ("lulur", "Lulur Kopi Arabika 200 gr", "pcs", 45000, 500, 5)]),
    ("S2", "Lilin Aromaterapi Pelangi", "mikro", "18.71", "", True, [
        ("lilin-aromaterapi", "Lilin Aromaterapi Soy Wax Lavender 100 gr", "pcs", 55000, 400, 7),
        ("diffuser", "Reed Diffuser Serai Wangi 100 ml", "btl", 65000, 300, 7)]),
    ("S3", "CV Bersih Wangi Metro", "kecil", "18.72", "bpom", True, [
        ("sabun-cuci-tangan", "Sabun Cair Cuci Tangan Aloe Vera 500 ml", "btl", 25000, 2000, 4)]),
    ("S4", "Minyak Kemiri Pesisir", "mikro", "18.13", "", True, [
        ("minyak-kemiri", "Minyak Rambut Kemiri 100 ml", "btl", 35000, 800, 5)]),
    ("L1", "Pandai Besi Sumber Rejeki", "mikro", "18.10", "", True, [
        ("cangkul", "Cangkul Baja Tempa", "pcs", 85000, 300, 7),
        ("parang", "Parang Kebun Tempa 14 inch", "pcs", 95000, 300, 7),
        ("sabit", "Arit / Sabit Rumput", "pcs", 45000, 500, 7)]),
    ("L2", "Kerajinan Kuningan Sriwijaya", "kecil", "16.71", "", True, [
        ("tepak-kuningan", "Tepak Sirih Kuningan Ukir", "pcs", 750000, 40, 14)]),
    ("L3", "Bengkel Las Maju Jaya", "mikro", "18.72", "", True, [
        ("teralis", "Teralis Jendela Besi Minimalis per m2", "m2", 450000, 100, 14),
        ("pagar-besi", "Pagar Besi Hollow per meter", "m", 650000, 80, 14),
        ("rak-siku", "Rak Besi Siku Lubang 5 Susun", "unit", 550000, 100, 7)]),
    ("L4", "Peralatan Dapur Stainless Karawang", "kecil", "32.15", "sni", True, [
        ("panci-besar", "Panci Stainless Steel 40 cm (Dandang Besar)", "pcs", 450000, 200, 7),
        ("wajan-besar", "Wajan Besi Cor 50 cm", "pcs", 350000, 150, 7),
        ("sendok-garpu", "Sendok Garpu Stainless Set isi 12", "set", 60000, 2000, 5)]),
    ("C1", "Percetakan Sinar Metro", "kecil", "18.72", "", True, [
        ("undangan", "Cetak Undangan Hardcover Custom", "lbr", 6500, 10000, 7),
        ("kalender-dinding", "Kalender Dinding 2027 Custom 6 Lembar", "eks", 25000, 5000, 14),
        ("map-folder", "Map Folder Cetak Logo (Art Carton 260)", "pcs", 4500, 10000, 7)]),
    ("C2", "Toko ATK & Fotokopi Mandiri", "mikro", "18.03", "", True, [
        ("hvs-a4-70", "Kertas HVS A4 70 gram 1 Rim", "rim", 48000, 1000, 2),
        ("pulpen", "Pulpen Gel Hitam 1 Lusin", "lusin", 24000, 2000, 2),
        ("buku-tulis", "Buku Tulis 38 Lembar Pak isi 10", "pak", 32000, 2000, 2)]),
    ("C3", "CV Grafika Sriwijaya", "kecil", "16.71", "iso-9001", True, [
        ("spanduk", "Spanduk Banner Flexi 280 gr per m2", "m2", 25000, 3000, 2),
        ("stiker", "Stiker Vinyl Label Produk A3", "lbr", 8000, 5000, 3),
        ("buku-yasin", "Cetak Buku Yasin Hardcover 200 hlm", "pcs", 25000, 3000, 14)]),
    ("C4", "Kemasan Dus Bandar", "mikro", "18.71", "", True, [
        ("dus-nasi", "Dus Nasi Kotak Laminasi 20x20", "pcs", 1500, 20000, 5)]),
    ("T1", "Penangkar Bibit Tanggamus", "kecil", "18.06", "", True, [
        ("bibit-alpukat", "Bibit Alpukat Siger Okulasi 60 cm", "btg", 35000, 2000, 7),
        ("bibit-durian", "Bibit Durian Musang King Okulasi", "btg", 45000, 1500, 7),
        ("bibit-kopi", "Bibit Kopi Robusta Sambung Pucuk Polybag", "btg", 3500, 20000, 7)]),
    ("T2", "Pokdakan Mina Jaya Metro", "mikro", "18.72", "", True, [
        ("benih-lele", "Benih Ikan Lele Sangkuriang 5-7 cm", "ekor", 250, 100000, 3),
        ("lele-konsumsi", "Ikan Lele Konsumsi Segar", "kg", 24000, 2000, 2)]),
    ("T3", "Ikan Hias Pringsewu", "mikro", "18.10", "", True, [
        ("cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 25000, 500, 3),
        ("koki", "Ikan Koki Oranda 5 cm", "ekor", 15000, 800, 3)]),
    ("T4", "Koperasi Pakan Mandiri Gunung Sugih", "koperasi", "18.02", "sni", True, [
        ("pakan-ikan", "Pakan Ikan Apung Pelet 30 kg (Floating Feed)", "sak", 320000, 500, 5),
        ("pakan-sapi", "Konsentrat Pakan Sapi 50 kg", "sak", 250000, 400, 5)]),
    ("T5", "Kebun Tanaman Obat & Hias Bogor", "kecil", "32.01", "", True, [
        ("toga", "Bibit Tanaman Obat Keluarga (TOGA) Paket 10 Polybag", "paket", 75000, 300, 7),
        ("monstera", "Tanaman Hias Monstera Pot 20", "pot", 85000, 200, 7)]),
    ("T6", "Ikan Patin Segar OKI", "mikro", "16.02", "", True, [
        ("patin-konsumsi", "Ikan Patin Segar per kg", "kg", 28000, 3000, 2)]),
    ("X1", "Alat Kebersihan Mandiri Metro", "mikro", "18.72", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 1000, 3),
        ("spin-mop", "Alat Pel Lantai Putar (Spin Mop) + Ember", "set", 150000, 300, 3),
        ("lap", "Kain Lap Microfiber 40x40 isi 5", "pak", 30000, 800, 3)]),
    ("X2", "Keset Sabut Kalianda", "mikro", "18.01", "", True, [
        ("keset-sabut", "Keset Sabut Kelapa 40x60", "pcs", 35000, 600, 5)]),
    ("X3", "CV Ceria Perlengkapan Sekolah", "kecil", "18.71", "", True, [
        ("paket-sekolah", "Paket Perlengkapan Sekolah (Tas + Buku + Alat Tulis)", "paket", 175000, 1000, 14)]),
]

"""Hand-written directory and catalog of relevance-blind57 (fictional businesses; real Kemendagri codes).

Each supplier: (key, name, scale, region, certificates, active, products); each product:
(kind, name as the supplier writes it, unit, unit_price, capacity_per_month, lead_time_days).
The kind is the labeller's tag for "what this product is"; it never reaches the CSVs.
The first letter of the key gives the category.
"""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Cooked food and fresh jamu: made for one delivery, so a month's capacity must cover the quantity and the
# maker must be in the need's kabupaten/kota (else its province).
PERISHABLE = {"nasi_kotak", "snack_box", "prasmanan", "tumpeng", "kue_tampah", "coffee_break", "nasi_liwet",
              "jamu_kunyit", "beras_kencur"}

SUPPLIERS = [
    # ---- makanan
    ("M1", "Emping Melinjo Bu Enok", "mikro", "36.04", "halal;pirt", True, [
        ("emping_mentah", "Emping Melinjo Mentah Tipis 1 kg", "kg", 95000, 400, 4),
        ("emping_balado", "Emping Balado Pedas Manis 250gr", "pcs", 28000, 1000, 3)]),
    ("M2", "Kerupuk Ikan Cap Jangkar Karangantu", "kecil", "36.73", "pirt;halal", True, [
        ("kerupuk_ikan", "Kerupuk Ikan Tenggiri Mentah 500 gr", "pcs", 35000, 800, 3),
        ("kerupuk_kulit", "Kerupuk Kulit Sapi (Rambak) 250 gr", "pcs", 30000, 300, 3)]),
    ("M3", "Otak-otak Bandeng Mang Udin", "mikro", "36.72", "pirt", True, [
        ("otak_bandeng", "Otak-Otak Bandeng Frozen isi 10", "pack", 45000, 500, 2),
        ("sate_bandeng", "Sate Bandeng Khas Serang", "pcs", 40000, 400, 2)]),
    ("M4", "Sambel Dapur Ceu Imas", "mikro", "36.72", "pirt-expired;halal", True, [
        ("sambal_bawang", "Sambal Bawang Botol 150 ml", "botol", 25000, 600, 3),
        ("sambal_cumi", "Sambel Cumi Asin Pedas 200gr", "jar", 38000, 300, 3)]),
    ("M5", "Keripik Pisang Tanggamus Rasa", "kecil", "18.06", "halal;pirt", True, [
        ("keripik_pisang_coklat", "Keripik Pisang Coklat Lumer 250 gram", "pcs", 22000, 2000, 4),
        ("keripik_pisang_asin", "Kripik Pisang Kepok Asin 500gr", "pcs", 30000, 1500, 4)]),
    ("M6", "Kue Kering & Bolu Hj. Maesaroh", "kecil", "36.03", "halal", True, [
        ("kue_kering", "Nastar Nanas Toples 500 gr", "toples", 85000, 500, 7),
        ("bolu", "Bolu Pandan Gulung Loyang", "pcs", 60000, 300, 2)]),
    ("M7", "Rengginang & Opak Bi Iyoh", "mikro", "36.01", "pirt", True, [
        ("rengginang", "Rengginang Ketan Terasi Mentah 1 kg", "kg", 48000, 400, 4),
        ("opak", "Opak Singkong Bakar", "pcs", 15000, 900, 3)]),
    ("M8", "Abon Ikan Tuna Labuan", "mikro", "36.01", "halal;pirt", True, [
        ("abon_ikan", "Abon Ikan Tuna Pedas 100 gr", "pcs", 27000, 800, 3)]),
    ("M9", "PT Snack Nusantara Makmur", "besar", "36.03", "halal;bpom", True, [
        ("keripik_singkong", "KERIPIK SINGKONG BALADO 1 KG", "kg", 60000, 20000, 3),
        ("keripik_tempe", "Keripik Tempe Sagu Renyah 200 gr", "pcs", 15000, 20000, 3)]),
    # ---- minuman
    ("N1", "Koperasi Kopi Petani Tanggamus", "koperasi", "18.06", "halal", True, [
        ("kopi_robusta_bubuk", "Kopi Bubuk Robusta Tanggamus 250 gr", "pcs", 40000, 1500, 4),
        ("kopi_robusta_biji", "Biji Kopi Robusta Sangrai (Roasted Bean) 1 kg", "kg", 150000, 300, 5)]),
    ("N2", "Roastery Kopi Pinang Serang", "mikro", "36.73", "pirt;halal", True, [
        ("kopi_arabika", "Kopi Arabika Gunung Karang Pandeglang 200gr", "pcs", 75000, 200, 4),
        ("kopi_literan", "Kopi Susu Gula Aren Literan 1 liter", "botol", 65000, 200, 1)]),
    ("N3", "CV Tirta Banten Murni", "kecil", "36.04", "bpom;halal;sni", True, [
        ("amdk_gelas", "Air Mineral Gelas 220 ml (1 dus isi 48)", "dus", 22000, 5000, 2),
        ("amdk_600", "Air Mineral Botol 600 ml isi 24", "dus", 45000, 3000, 2),
        ("amdk_1500", "Air Mineral Botol 1500 ml isi 12", "dus", 52000, 1000, 2)]),
    ("N4", "Minuman Jahe Ny. Rohana", "mikro", "36.02", "pirt;halal", True, [
        ("jahe_instan", "Jahe Merah Instan Bubuk 250 gr", "pcs", 30000, 700, 3),
        ("sirup", "Sirup Melon 600 ml", "botol", 28000, 500, 3)]),
    ("N5", "Cokelat Petani Lampung Timur", "mikro", "18.07", "pirt", True, [
        ("cokelat_bubuk", "Cokelat Bubuk Murni Lampung 200 gr", "pcs", 45000, 400, 4),
        ("cokelat_sachet", "Minuman Cokelat Sachet isi 10", "box", 35000, 600, 4)]),
    ("N6", "UD Teh Gelas Sumber Segar", "kecil", "36.72", "bpom;halal", True, [
        ("teh_gelas", "Teh Melati Kemasan Gelas 180 ml isi 24", "dus", 30000, 2000, 2)]),
    # ---- jasa-boga
    ("J1", "Katering Bu Darsih", "kecil", "36.72", "halal", True, [
        ("nasi_kotak", "Nasi Kotak Ayam Bakar + Lalapan", "kotak", 30000, 3000, 2),
        ("snack_box", "Snack Box isi 3 kue", "box", 15000, 4000, 1),
        ("prasmanan", "Prasmanan Menu Lengkap per pax", "pax", 55000, 2000, 3)]),
    ("J2", "Dapur Nasi Bu Eha", "mikro", "36.73", "halal", True, [
        ("nasi_kotak", "Nasi Box Ayam Goreng Bumbu Kuning", "box", 27000, 1500, 2),
        ("tumpeng", "Tumpeng Nasi Kuning 20 porsi", "tumpeng", 550000, 30, 2),
        ("nasi_liwet", "Nasi Liwet Sunda Ayam Suwir", "porsi", 25000, 800, 2)]),
    ("J3", "Kue Basah Teh Ani", "mikro", "36.04", "pirt", True, [
        ("snack_box", "Kue Kotak (Risol, Lemper, Bolu)", "kotak", 12000, 2500, 1),
        ("kue_tampah", "Tampah Kue Basah Isi 50", "tampah", 200000, 40, 2)]),
    ("J4", "Rumah Makan Sederhana Pringsewu", "kecil", "18.10", "halal", True, [
        ("nasi_kotak", "Nasi Kotak Rendang", "kotak", 35000, 600, 2),
        ("prasmanan", "Paket Prasmanan Standar", "pax", 50000, 800, 3)]),
    ("J5", "Katering Anugrah Bekasi", "menengah", "32.16", "halal", True, [
        ("nasi_kotak", "Nasi Kotak Ayam Goreng Kremes", "kotak", 32000, 2500, 2),
        ("snack_box", "Snack Box 4 Item", "box", 17000, 3000, 1)]),
    ("J6", "Catering Sehat Tangerang", "kecil", "36.71", "halal", True, [
        ("nasi_kotak", "NASI BOX PREMIUM AYAM BAKAR MADU", "box", 40000, 2000, 2),
        ("coffee_break", "Coffee Break Snack 2 Item", "pax", 18000, 2000, 1)]),
    ("J7", "Katering Mawar", "kecil", "36.04", "halal", False, [
        ("nasi_kotak", "Nasi Kotak Ekonomis", "kotak", 22000, 3500, 2)]),
    ("J8", "Kue Basah Bunda Metro", "mikro", "18.72", "pirt", True, [
        ("snack_box", "Snack Kotak Kue Basah 3 Macam", "kotak", 13000, 1000, 1)]),
    # ---- fesyen
    ("F1", "Konveksi Seragam Cikande", "kecil", "36.04", "", True, [
        ("pdh", "Seragam PDH Kain Drill Lengan Panjang", "pcs", 175000, 800, 21),
        ("kaos_polo", "Kaos Polo Lacoste Bordir Logo", "pcs", 85000, 1500, 14),
        ("rompi", "Rompi Lapangan Drill Bordir", "pcs", 120000, 500, 14)]),
    ("F2", "Batik Krakatau Cilegon", "mikro", "36.72", "batikmark", True, [
        ("batik_tulis", "Kain Batik Tulis Motif Krakatau 2 m", "lembar", 650000, 30, 30),
        ("batik_cap", "Kemeja Batik Cap Motif Debus Pria", "pcs", 180000, 400, 14)]),
    ("F3", "Sentra Tapis Negeri Katon", "mikro", "18.09", "", True, [
        ("tapis_kain", "Kain Tapis Lampung Motif Pucuk Rebung", "lembar", 1250000, 15, 30),
        ("tapis_selendang", "Selendang Tapis", "pcs", 350000, 40, 21)]),
    ("F4", "Tenun Baduy Kanekes", "mikro", "36.02", "", True, [
        ("tenun_baduy", "Kain Tenun Baduy Asli 2 meter", "lembar", 400000, 60, 14),
        ("ikat_kepala", "Ikat Kepala (Lomar) Baduy", "pcs", 45000, 300, 7)]),
    ("F5", "Sablon & Kaos Oblong Serang", "mikro", "36.73", "", True, [
        ("kaos_sablon", "KAOS OBLONG COTTON COMBED 30S SABLON LOGO", "pcs", 65000, 2000, 10),
        ("topi", "Topi Rimba Bordir", "pcs", 45000, 800, 10)]),
    ("F6", "Tas Kain Sagara", "mikro", "36.03", "", True, [
        ("tote_bag", "Tas Spunbond Sablon 1 Warna 40x35", "pcs", 6500, 10000, 10),
        ("tas_ransel", "Tas Ransel Laptop Seminar", "pcs", 120000, 500, 14)]),
    ("F7", "Sandal Ciomas Mandiri", "mikro", "36.04", "", True, [
        ("sandal_hotel", "Sandal Hotel Spons Putih", "pasang", 7500, 3000, 7),
        ("sandal_kulit", "Sandal Kulit Pria Jepit", "pasang", 95000, 300, 10)]),
    # ---- kerajinan
    ("K1", "Anyaman Pandan Cibaliung", "mikro", "36.01", "", True, [
        ("tikar_pandan", "Tikar Pandan Anyam 150x200", "lembar", 125000, 80, 10),
        ("tas_pandan", "Tas Anyaman Pandan Motif Bunga", "pcs", 75000, 200, 7),
        ("kotak_pandan", "Kotak Tissue Anyaman Pandan", "pcs", 35000, 300, 7)]),
    ("K2", "Gerabah Bumijaya Ciruas", "mikro", "36.04", "", True, [
        ("gerabah_vas", "Vas Bunga Gerabah Tanah Liat 30 cm", "pcs", 45000, 300, 7),
        ("celengan", "Celengan Gerabah Bentuk Ayam", "pcs", 20000, 600, 7),
        ("pot_gerabah", "Pot Tanah Liat Diameter 25", "pcs", 18000, 800, 7)]),
    ("K3", "Kerajinan Bambu Rangkas", "mikro", "36.02", "", True, [
        ("besek", "Besek Bambu 20x20 Tutup", "pcs", 4500, 5000, 7),
        ("kap_lampu_bambu", "Kap Lampu Anyaman Bambu", "pcs", 85000, 100, 10)]),
    ("K4", "Cilegon Kreasi Akrilik & Plakat", "kecil", "36.72", "", True, [
        ("plakat_akrilik", "Plakat Akrilik Grafir + Box Beludru", "pcs", 185000, 300, 7),
        ("gantungan_akrilik", "Gantungan Kunci Akrilik Custom Logo", "pcs", 5000, 5000, 7),
        ("plakat_kayu", "Plakat Kayu Jati Ukir Logo Pemda", "pcs", 350000, 80, 14)]),
    ("K5", "Sanggar Ukir Tapis Bandar Lampung", "kecil", "18.71", "", True, [
        ("miniatur_siger", "Miniatur Siger Lampung Kuningan 20 cm", "pcs", 250000, 100, 14),
        ("topeng_sekura", "Topeng Sekura Kayu", "pcs", 150000, 120, 14)]),
    # ---- perhiasan
    ("P1", "Perak Ukir Pasar Lama", "kecil", "36.71", "", True, [
        ("bros_perak", "Bros Perak 925 Motif Badak Bercula Satu", "pcs", 275000, 100, 14),
        ("cincin_perak", "Cincin Perak Batu Kalimaya Banten", "pcs", 450000, 40, 21)]),
    ("P2", "Kalimaya Gemstone Sajira", "mikro", "36.02", "", True, [
        ("batu_kalimaya", "Batu Kalimaya Asli Banten Loose", "pcs", 350000, 60, 7),
        ("kalung_manik", "Kalung Manik Batu Alam", "pcs", 85000, 200, 7)]),
    ("P3", "Aksesoris Muslimah Metro", "mikro", "18.72", "", True, [
        ("bros_hijab", "Bros Hijab Mutiara Sintetis", "pcs", 15000, 2000, 5),
        ("pin_enamel", "Pin Lencana Logo Instansi Kuningan Enamel", "pcs", 25000, 3000, 14)]),
    ("P4", "PT Emas Mulia Cemerlang", "besar", "36.71", "sni", True, [
        ("cincin_emas", "Cincin Emas 24K 2 gram", "pcs", 2900000, 500, 7)]),
    # ---- furnitur
    ("U1", "Rotan Jaya Plered", "kecil", "32.09", "svlk", True, [
        ("kursi_rotan", "Kursi Teras Rotan Sintetis Set 2 Kursi + 1 Meja", "set", 1850000, 40, 21)]),
    ("U2", "Mebel Jati Kramatwatu", "kecil", "36.04", "svlk", True, [
        ("lemari_arsip", "Lemari Arsip Kayu Jati 2 Pintu", "unit", 3250000, 20, 30),
        ("meja_kerja", "Meja Kerja 1/2 Biro Jati", "unit", 1850000, 30, 21),
        ("meja_kursi_siswa", "Meja Kursi Siswa SD (1 set)", "set", 650000, 200, 30)]),
    ("U3", "Mebel Besi Mandiri Cilegon", "mikro", "36.72", "", True, [
        ("rak_besi", "Rak Besi Siku Lubang 5 Susun", "unit", 450000, 100, 7),
        ("kursi_lipat", "Kursi Lipat Besi Jok Busa", "unit", 210000, 300, 10)]),
    ("U4", "Furnitur Sekolah Pringsewu", "kecil", "18.10", "", True, [
        ("meja_siswa_single", "Meja Siswa Kayu Mahoni Single", "unit", 450000, 300, 21),
        ("papan_tulis", "Papan Tulis Whiteboard 120x240 Rangka Aluminium", "unit", 850000, 50, 14)]),
    # ---- herbal
    ("H1", "Jamu Gendong Mbok Sri", "mikro", "18.72", "pirt", True, [
        ("jamu_kunyit", "Jamu Kunyit Asam Botol 250 ml", "botol", 8000, 1500, 1),
        ("beras_kencur", "Beras Kencur Botol 250 ml", "botol", 8000, 1200, 1)]),
    ("H2", "Madu Hutan Ujung Kulon", "mikro", "36.01", "pirt", True, [
        ("madu_hutan", "Madu Hutan Asli Baduy 500 gr", "botol", 120000, 200, 5)]),
    ("H3", "Herbal Temulawak Bumi Lampung", "kecil", "18.01", "bpom;halal", True, [
        ("temulawak_instan", "Temulawak Instan Serbuk 200 gr", "pcs", 30000, 800, 5),
        ("kapsul_kelor", "Kapsul Daun Kelor 60 kapsul", "botol", 55000, 500, 5)]),
    ("H4", "Rempah Wangi Banten", "mikro", "36.73", "pirt", True, [
        ("wedang_uwuh", "Wedang Uwuh Seduh Kemasan isi 10", "pcs", 25000, 600, 4),
        ("minyak_gosok", "Minyak Gosok Sereh", "botol", 20000, 500, 4)]),
    # ---- kosmetik
    ("S1", "Sabun Sereh Wangi Lebak", "mikro", "36.02", "bpom", True, [
        ("sabun_batang", "Sabun Batang Sereh Wangi Handmade 100 gr", "pcs", 15000, 2000, 7),
        ("sabun_cair", "Sabun Cuci Tangan Cair 500 ml Refill", "pcs", 22000, 1500, 5)]),
    ("S2", "Serang Craft Aroma", "mikro", "36.73", "", True, [
        ("lilin_aroma", "Lilin Aromaterapi Gelas 100 gr Wangi Lavender", "pcs", 35000, 600, 7),
        ("minyak_esensial", "Minyak Esensial Sereh 10 ml", "pcs", 25000, 800, 5)]),
    ("S3", "Lulur Tradisional Bu Yati", "mikro", "36.03", "bpom", True, [
        ("lulur", "Lulur Mandi Bengkoang 250 gr", "pcs", 30000, 700, 5),
        ("body_lotion", "Body Lotion Zaitun 250 ml", "pcs", 40000, 500, 5)]),
    # ---- logam
    ("L1", "Pandai Besi Golok Ciomas", "mikro", "36.04", "", True, [
        ("golok", "Golok Ciomas Sulangkar Sarung Kayu", "pcs", 450000, 40, 21),
        ("arit", "Arit/Celurit Rumput Baja", "pcs", 55000, 300, 7),
        ("cangkul", "Cangkul Baja Tempa + Gagang", "pcs", 95000, 200, 10)]),
    ("L2", "Bengkel Las Teralis Jaya", "mikro", "36.72", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow per m2", "m2", 350000, 100, 14),
        ("pagar_besi", "Pagar Besi Minimalis per meter", "m", 650000, 60, 21),
        ("tong_sampah_besi", "Tempat Sampah Besi 3 Pilah 60 L", "unit", 1650000, 30, 21)]),
    ("L3", "Alumunium Cor Pringsewu", "mikro", "18.10", "", True, [
        ("panci", "Panci Alumunium Cor 30 cm", "pcs", 125000, 300, 7),
        ("dandang", "Dandang Alumunium 40 cm", "pcs", 280000, 100, 7)]),
    ("L4", "Perkakas Tani Sukadana", "kecil", "18.07", "sni", True, [
        ("parang", "Parang Kebun Baja Per", "pcs", 85000, 300, 7),
        ("cangkul", "Pacul Tempa Lampung", "pcs", 80000, 500, 7)]),
    # ---- percetakan
    ("C1", "Percetakan Mitra Grafika Serang", "kecil", "36.73", "", True, [
        ("buku_agenda", "Buku Agenda Hardcover Logo Pemda A5", "pcs", 45000, 2000, 10),
        ("map_folder", "Map Folder Kertas Cetak Logo", "pcs", 4500, 10000, 7),
        ("amplop", "Cetak Amplop Kop Dinas Putih 110 (1 box isi 100)", "box", 65000, 500, 5),
        ("spanduk", "Spanduk/Banner Flexi 280gr per m2", "m2", 25000, 3000, 2)]),
    ("C2", "Toko ATK Cilegon Stationery", "mikro", "36.72", "", True, [
        ("kertas_hvs", "Kertas HVS A4 70 gsm 1 rim", "rim", 52000, 2000, 2),
        ("bolpoin", "Pulpen Gel Hitam 0.5 (1 lusin)", "lusin", 30000, 2000, 2)]),
    ("C3", "Kemasan Dus & Paper Bag Tangerang", "kecil", "36.71", "", True, [
        ("dus_nasi", "Dus Nasi Kotak 20x20 Cetak Logo", "pcs", 1500, 50000, 7),
        ("paper_bag", "Paper Bag Kraft Cetak Logo Ukuran 25x33", "pcs", 5500, 10000, 7)]),
    ("C4", "Digital Printing Metro", "mikro", "18.72", "", True, [
        ("sertifikat", "Cetak Sertifikat/Piagam Art Carton 260 gr", "lembar", 3500, 5000, 3),
        ("kalender", "Kalender Dinding 2027 6 Lembar", "pcs", 25000, 3000, 14),
        ("id_card", "ID Card PVC + Tali Lanyard Printing", "pcs", 18000, 3000, 7)]),
    # ---- pertanian
    ("T1", "Pembibitan Tani Mukti", "mikro", "36.02", "", True, [
        ("bibit_durian", "Bibit Durian Montong Okulasi 60-80 cm", "batang", 45000, 2000, 7),
        ("bibit_alpukat", "Bibit Alpukat Miki Sambung Pucuk", "batang", 35000, 2000, 7),
        ("bibit_kelapa", "Bibit Kelapa Genjah Entok", "batang", 30000, 1500, 7)]),
    ("T2", "Flora Taktakan", "mikro", "36.73", "", True, [
        ("monstera", "Tanaman Hias Monstera Pot 30", "pot", 85000, 200, 3),
        ("krisan", "Bunga Krisan Pot Sedang", "pot", 45000, 300, 3),
        ("pucuk_merah", "Pohon Pucuk Merah Tinggi 1 m", "batang", 30000, 1000, 5)]),
    ("T3", "Pokdakan Mina Cilegon", "mikro", "36.72", "", True, [
        ("benih_lele", "Benih Ikan Lele Sangkuriang 7-9 cm", "ekor", 250, 100000, 3),
        ("benih_nila", "Bibit Nila Merah 5-7 cm", "ekor", 400, 50000, 3),
        ("ikan_koi", "Ikan Koi Lokal 10-12 cm", "ekor", 25000, 500, 3)]),
    ("T4", "Pakan Ternak Mandiri Lampung Timur", "kecil", "18.07", "sni", True, [
        ("pakan_ayam", "Pakan Ayam Petelur Konsentrat 50 kg", "sak", 380000, 300, 5),
        ("pakan_ikan", "Pelet Ikan Apung Protein 30% sak 30 kg", "sak", 320000, 300, 5)]),
    ("T5", "Koperasi Kompos Pringsewu", "koperasi", "18.10", "", True, [
        ("pupuk_kompos", "Pupuk Kompos Organik Curah per karung 25 kg", "karung", 35000, 3000, 5)]),
    ("T6", "Gapoktan Sri Makmur Pontang", "koperasi", "36.04", "", True, [
        ("beras", "Beras Pandan Wangi Organik 5 kg", "karung", 85000, 1000, 3)]),
    # ---- lainnya (kebersihan, paket bantuan)
    ("X1", "Sapu Ijuk Rangkasbitung", "mikro", "36.02", "", True, [
        ("sapu_ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 2000, 5),
        ("sapu_lidi", "Sapu Lidi Aren Gagang Panjang", "pcs", 15000, 3000, 5),
        ("kain_pel", "Alat Pel Lantai Kain Katun + Gagang", "pcs", 45000, 800, 5),
        ("keset", "Keset Sabut Kelapa 40x60", "pcs", 35000, 500, 5)]),
    ("X2", "Pembersih Berkah Cilegon", "mikro", "36.72", "", True, [
        ("karbol", "Karbol Sereh Pembersih Lantai 1 liter", "botol", 15000, 3000, 3),
        ("sabun_cuci_piring", "Sabun Cuci Piring Jeruk Nipis 5 liter (jerigen)", "jerigen", 55000, 500, 3),
        ("pewangi", "Pewangi Pakaian Softener 1 liter", "botol", 18000, 1000, 3)]),
    ("X3", "UD Kantong Sampah Mandiri", "mikro", "36.71", "", True, [
        ("kantong_sampah", "Kantong Plastik Sampah Hitam 60x100 (1 pack isi 50)", "pack", 25000, 3000, 3),
        ("tong_sampah_plastik", "Tong Sampah Plastik Injak 40 Liter", "unit", 185000, 200, 5)]),
    ("X4", "Paket Sembako & Parcel Ibu Nani", "mikro", "36.73", "", True, [
        ("paket_sembako", "Paket Sembako (Beras 5kg, Minyak 2L, Gula 1kg, Mie)", "paket", 150000, 2000, 5),
        ("parcel_lebaran", "Parsel Lebaran Kue + Sirup Keranjang Rotan", "paket", 350000, 300, 7)]),
    ("X5", "Toko Kebersihan Sinar (tutup)", "mikro", "36.73", "", False, [
        ("sapu_ijuk", "Sapu Ijuk Murah", "pcs", 12000, 5000, 2),
        ("pengharum_ruangan", "Pengharum Ruangan Semprot 300 ml", "pcs", 22000, 2000, 2)]),
]

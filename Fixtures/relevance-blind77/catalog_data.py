"""Hand-written IKM directory for relevance-blind77 (fictional businesses, real Kemendagri region codes).

SUPPLIERS: (key, name, scale, region, supplier certificates, active, products)
product:   (kind, name as the maker writes it, unit, unit price, capacity per month, lead days[, item certificates])
The key's first letter is the category (CATEGORY). Kinds are the labeller's tags and never reach the CSVs.
"""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "Z": "lainnya"}

# Made and eaten the same day: the whole quantity must come out of one month's capacity.
PERISHABLE = {"nasi-kotak", "snack-box", "prasmanan", "tumpeng", "coffee-break", "nasi-liwet"}

SUPPLIERS = [
    # ---------------- makanan ----------------
    ("MA1", "Keripik Pisang Yuli Rasa", "mikro", "18.71", "halal;pirt", True, [
        ("kripik-pisang", "Keripik Pisang Rasa Coklat 250 gr", "bungkus", 25000, 3000, 3),
        ("kripik-pisang", "Keripik Pisang Original Manis 500gr", "bungkus", 38000, 2000, 3),
        ("kripik-nangka", "Keripik Nangka 100 gr", "bungkus", 22000, 800, 3),
    ]),
    ("MA2", "Aneka Keripik Gang PU", "kecil", "18.71", "halal;pirt", True, [
        ("kripik-pisang", "KRIPIK PISANG LAMPUNG Aneka Rasa (Coklat, Keju, Susu, Balado) 250gr", "pcs", 23000, 5000, 2),
        ("kripik-sukun", "Keripik Sukun Gurih 200 gr", "pcs", 20000, 1000, 2),
        ("kripik-singkong", "Keripik Singkong Balado Pedas 250 gr", "pcs", 15000, 3000, 2),
    ]),
    ("MA3", "Dapur Kemplang Bu Eni", "mikro", "18.72", "pirt-expired", True, [
        ("kemplang", "Kemplang Panggang Ikan Tenggiri 250 gr", "bungkus", 30000, 1200, 3),
        ("kerupuk-udang", "Kerupuk Udang Goreng Siap Santap 200 gr", "bungkus", 24000, 800, 3),
    ]),
    ("MA4", "UMKM Berkah Laut Bakauheni", "kecil", "18.01", "halal;pirt", True, [
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri Mentah 1 kg", "kg", 65000, 1500, 5),
        ("abon-ikan", "Abon Ikan Tuna Pedas Manis 100 gr", "pcs", 28000, 1500, 4),
        ("otak-otak", "Otak-otak Ikan Bandeng Frozen isi 10", "pak", 35000, 1000, 2),
        ("terasi", "Terasi Udang Rebon Asli Kalianda 250 gr", "pcs", 18000, 2000, 3),
    ]),
    ("MA5", "Lapis Legit Kenanga", "kecil", "18.71", "halal;pirt", True, [
        ("lapis-legit", "Lapis Legit Original Loyang 20x20", "loyang", 285000, 400, 4),
        ("lapis-legit", "Lapis Legit Prune 20 x 10 cm", "kotak", 165000, 300, 4),
        ("engkak", "Engkak Ketan Khas Lampung Loyang 20x20", "loyang", 210000, 300, 4),
        ("bolu-pisang", "Bolu Gulung Pisang Lampung", "kotak", 55000, 600, 2),
    ]),
    ("MA6", "KWT Mawar Lestari Metro", "koperasi", "18.72", "halal;pirt", True, [
        ("biskuit-balita", "Biskuit MP-ASI Labu Kuning untuk Balita 100 gr", "bungkus", 9500, 6000, 5),
        ("tepung-mocaf", "Tepung Mocaf (Modified Cassava Flour) 1 kg", "kg", 18000, 3000, 4),
        ("nugget-ikan", "Nugget Ikan Lele Beku 500 gr", "pak", 32000, 1500, 4),
    ]),
    ("MA7", "Sambal Lado Mak Inah", "mikro", "18.71", "halal;pirt", True, [
        ("sambal-terasi", "Sambel Terasi Botol 200 ml", "botol", 27000, 1500, 3),
        ("sambal-cumi", "Sambal Cumi Asin Pedas 150gr", "botol", 42000, 800, 3),
        ("sambal-bawang", "Sambal Bawang Jeruk Nipis 150 gr", "botol", 25000, 1200, 3),
    ]),
    ("MA8", "Emping Melinjo Hj. Romlah", "mikro", "36.01", "pirt", True, [
        ("emping", "Emping Melinjo Pandeglang Tipis 1 kg", "kg", 95000, 600, 5),
        ("emping", "Emping Melinjo Pedas Manis 250 gr", "bungkus", 30000, 800, 5),
    ]),
    ("MA9", "Gula Semut Aren Cibeber", "kecil", "36.02", "halal;pirt", True, [
        ("gula-semut", "Gula Aren Bubuk (Palm Sugar) Lebak 250 gr", "pcs", 22000, 4000, 4),
        ("gula-cetak", "Gula Aren Cetak Batok 1 kg", "kg", 32000, 3000, 4),
    ]),
    ("MA10", "PT Sinar Pangan Lampung Makmur", "besar", "18.71", "halal;bpom", True, [
        ("kripik-pisang", "Keripik Pisang Coklat Premium 250 gr", "pcs", 14000, 50000, 2),
        ("biskuit-balita", "Biskuit Bayi Bergizi 100 gr", "pcs", 6000, 90000, 3),
    ]),
    # ---------------- minuman ----------------
    ("NA1", "Kopi Robusta Gisting Jaya", "kecil", "18.06", "halal;pirt", True, [
        ("kopi-robusta", "Kopi Bubuk Robusta Tanggamus 250 gr", "pcs", 38000, 3000, 4),
        ("kopi-biji", "Biji Kopi Robusta Sangrai (Roast Bean) 1 kg", "kg", 140000, 800, 5),
        ("kopi-lada", "Kopi Lada Hitam Bubuk 200 gr", "pcs", 35000, 600, 4),
    ]),
    ("NA2", "Luwak Coffee Liwa", "mikro", "18.04", "halal;pirt", True, [
        ("kopi-luwak", "Kopi Luwak Liar Lampung Barat Bubuk 100 gr", "pcs", 175000, 300, 5),
        ("kopi-robusta", "Kopi Bubuk Robusta Liwa Fine Robusta 200gr", "pcs", 45000, 1200, 4),
    ]),
    ("NA3", "Koperasi Kakao Pesawaran", "koperasi", "18.09", "halal", True, [
        ("cokelat-bubuk", "Bubuk Cokelat Murni (Cocoa Powder) 250 gr", "pcs", 42000, 1500, 5),
        ("cokelat-instan", "Minuman Cokelat Instan 3in1 isi 10 sachet", "pak", 25000, 2500, 4),
    ]),
    ("NA4", "BUMDes Tirta Way Sekampung", "koperasi", "18.72", "halal;bpom", True, [
        ("amdk-gelas", "Air Minum Dalam Kemasan Gelas 220 ml (dus isi 48)", "dus", 21000, 6000, 2),
        ("amdk-botol", "AMDK Botol 600 ml Dus isi 24", "dus", 42000, 3000, 2),
    ]),
    ("NA5", "Sari Nanas Terbanggi", "mikro", "18.07", "halal;pirt", True, [
        ("sari-nanas", "Sari Buah Nanas Lampung 250 ml", "botol", 9000, 5000, 3),
        ("selai-nanas", "Selai Nanas Homemade 250 gr", "botol", 23000, 600, 3),
    ]),
    ("NA6", "Kopi Sai Way Halim", "mikro", "18.71", "halal;pirt", False, [
        ("kopi-robusta", "Kopi Robusta Bubuk Halus Way Halim 250 gr", "pcs", 30000, 4000, 2),
    ]),
    # ---------------- jasa-boga ----------------
    ("JA1", "Catering Dapur Saburai", "kecil", "18.71", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar + Lalapan", "kotak", 32000, 3000, 2),
        ("snack-box", "Snack Box isi 3 Kue + Air Mineral", "kotak", 15000, 4000, 1),
        ("prasmanan", "Prasmanan Menu Nusantara (min. 100 porsi)", "porsi", 60000, 2000, 5),
    ]),
    ("JA2", "RM Begawi Catering", "mikro", "18.71", "halal", True, [
        ("nasi-kotak", "Nasi Box Seruit Ikan Bakar", "box", 38000, 800, 2),
        ("snack-box", "Kue Kotak Rapat (3 macam)", "kotak", 13000, 1200, 1),
    ]),
    ("JA3", "Katering Bu Sri Metro", "mikro", "18.72", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Goreng Kremes", "kotak", 27000, 1500, 2),
        ("snack-box", "Snack box kue basah isi 4", "kotak", 12000, 2000, 1),
        ("tumpeng", "Tumpeng Nasi Kuning Lengkap (30 orang)", "set", 950000, 20, 3),
    ]),
    ("JA4", "Kalianda Catering & Event", "kecil", "18.01", "halal", True, [
        ("nasi-kotak", "Paket Nasi Kotak Menu Rendang", "kotak", 35000, 2500, 2),
        ("coffee-break", "Paket Coffee Break (2 kue + kopi/teh) per orang", "pax", 18000, 3000, 1),
        ("snack-box", "Snack Box Ekonomis isi 2", "kotak", 9000, 3000, 1),
    ]),
    ("JA5", "Dapur Bu Haji Ciruas", "mikro", "36.04", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Rames Ayam Bakakak", "kotak", 30000, 1200, 2),
        ("snack-box", "Snack Box Jajanan Pasar isi 3", "kotak", 12000, 1500, 1),
    ]),
    ("JA6", "Berkah Catering Cikarang", "kecil", "32.16", "halal", True, [
        ("nasi-kotak", "NASI BOX Makan Siang Karyawan Menu Ayam Bakar", "box", 28000, 3500, 2),
        ("snack-box", "Snack Box Premium isi 3", "box", 14000, 3000, 1),
    ]),
    ("JA7", "PT Nusantara Boga Sejahtera", "besar", "18.71", "halal;iso-9001", True, [
        ("nasi-kotak", "Nasi Kotak Standar Instansi", "kotak", 22000, 20000, 1),
        ("snack-box", "Snack Box Standar", "kotak", 9000, 20000, 1),
    ]),
    # ---------------- fesyen ----------------
    ("FA1", "Tapis Jejama Bandar Lampung", "kecil", "18.71", "", True, [
        ("kain-tapis", "Kain Tapis Sulam Benang Emas 2 m", "lembar", 1250000, 40, 21),
        ("selendang-tapis", "Selendang Tapis Sulam Benang Emas", "pcs", 275000, 150, 10),
        ("tas-tapis", "Tas Tapis Kombinasi Kulit Sintetis", "pcs", 185000, 200, 10),
    ]),
    ("FA2", "Sanggar Tapis Pesisir", "mikro", "18.13", "", True, [
        ("kain-tapis", "Tapis Lampung Pesisir Motif Kapal 2 m", "lembar", 1650000, 15, 30),
        ("peci-tapis", "Peci Tapis Lampung Hitam", "pcs", 85000, 300, 7),
    ]),
    ("FA3", "Batik Siger Tjahaja", "kecil", "18.71", "batikmark", True, [
        ("batik-cap", "Batik Cap Motif Siger Kain 2 m", "lembar", 165000, 600, 7),
        ("batik-tulis", "Batik Tulis Lampung Motif Gajah & Siger 2 m", "lembar", 850000, 60, 21),
        ("kemeja-batik", "Kemeja Batik Lampung Lengan Panjang Pria (S-XXL)", "pcs", 210000, 500, 14),
    ]),
    ("FA4", "Konveksi Sumber Rejeki Metro", "kecil", "18.72", "", True, [
        ("pdh", "Seragam PDH Khaki Bahan American Drill (per stel)", "stel", 285000, 400, 21),
        ("polo", "Kaos Polo Lacoste Bordir Logo Instansi", "pcs", 95000, 1500, 14),
        ("kaos-sablon", "Kaos Oblong Cotton Combed 30s Sablon Plastisol", "pcs", 55000, 3000, 10),
        ("rompi", "Rompi Lapangan Drill Bordir", "pcs", 135000, 500, 14),
    ]),
    ("FA5", "Sandal Spon Tanjung Senang", "mikro", "18.71", "", True, [
        ("sandal", "Sandal Jepit Spon Dewasa Polos", "pasang", 9000, 5000, 5),
        ("sandal", "Sandal Hotel Putih Tebal", "pasang", 6500, 4000, 5),
    ]),
    ("FA6", "Pengrajin Sepatu Ciomas Mandiri", "mikro", "32.01", "", True, [
        ("sepatu-pantofel", "Sepatu Pantofel Kulit Sapi Pria Hitam", "pasang", 325000, 300, 14),
        ("sepatu-pantofel", "Sepatu PDH Kulit Pantofel Wanita", "pasang", 295000, 200, 14),
    ]),
    ("FA7", "Tas Kanvas Rajabasa", "mikro", "18.71", "", True, [
        ("tote-bag", "Tote Bag Kanvas Sablon Logo 35x40", "pcs", 28000, 3000, 10),
        ("tas-ransel", "Tas Ransel Seminar Bordir Logo", "pcs", 115000, 800, 14),
    ]),
    ("FA8", "Tenun Baduy Kanekes", "mikro", "36.02", "", True, [
        ("tenun-baduy", "Kain Tenun Baduy Motif Poleng 2 m", "lembar", 350000, 80, 14),
        ("selendang-baduy", "Selendang Tenun Baduy", "pcs", 120000, 150, 10),
    ]),
    # ---------------- kerajinan ----------------
    ("KA1", "Siger Craft Teluk Betung", "mikro", "18.71", "", True, [
        ("siger-miniatur", "Miniatur Siger Kuningan Tinggi 20 cm + Box", "pcs", 245000, 300, 10),
        ("gantungan-kunci", "Gantungan Kunci Siger Akrilik Full Print", "pcs", 5000, 10000, 7),
        ("plakat-akrilik", "Plakat Akrilik 3 mm + Box Beludru", "pcs", 150000, 400, 7),
    ]),
    ("KA2", "Ukir Kayu Way Halim", "mikro", "18.71", "svlk", True, [
        ("plakat-kayu", "Plakat Kayu Jati Ukir Logo Custom", "pcs", 235000, 250, 10),
        ("miniatur-rumah-adat", "Miniatur Rumah Adat Nuwo Sesat Kayu", "pcs", 450000, 60, 14),
        ("jam-kayu", "Jam Dinding Kayu Motif Tapis", "pcs", 175000, 150, 10),
    ]),
    ("KA3", "Boneka Gajah Way Kambas", "mikro", "18.07", "", True, [
        ("boneka-gajah", "Boneka Gajah Sumatera Maskot Way Kambas 25 cm", "pcs", 55000, 1500, 7),
        ("gantungan-kunci", "Gantungan Kunci Gajah Flanel", "pcs", 6000, 3000, 7),
    ]),
    ("KA4", "Anyaman Pandan Bunga Mayang", "mikro", "18.01", "", True, [
        ("tas-pandan", "Tas Anyaman Pandan Motif Tapis", "pcs", 85000, 600, 10),
        ("topi-pandan", "Topi Anyaman Pandan Lebar", "pcs", 45000, 800, 7),
        ("tikar-pandan", "Tikar Pandan Anyam 2 x 3 m", "lembar", 175000, 150, 14),
    ]),
    ("KA5", "Sentra Bambu Pringsewu", "kecil", "18.10", "", True, [
        ("bakul-bambu", "Bakul Nasi Bambu Anyam Diameter 30 cm", "pcs", 25000, 2000, 5),
        ("tampah", "Tampah Bambu Diameter 60 cm", "pcs", 30000, 1500, 5),
        ("besek", "Besek Bambu 20x20 (isi 10)", "pak", 20000, 3000, 5),
    ]),
    ("KA6", "Gerabah Tanah Liat Bumiratu", "mikro", "18.02", "", True, [
        ("guci-gerabah", "Guci Gerabah Hias Tinggi 40 cm", "pcs", 125000, 200, 10),
        ("pot-gerabah", "Pot Tanah Liat Diameter 30 cm", "pcs", 35000, 1000, 7),
    ]),
    ("KA7", "Kerang Hias Ketapang", "mikro", "18.01", "", True, [
        ("kerang-hias", "Hiasan Dinding Kerang Laut Bingkai 30x40", "pcs", 95000, 300, 7),
    ]),
    # ---------------- perhiasan ----------------
    ("PA1", "Mutiara Teluk Lampung", "kecil", "18.09", "", True, [
        ("kalung-mutiara", "Kalung Mutiara Laut Teluk Lampung 45 cm", "pcs", 650000, 100, 10),
        ("anting-mutiara", "Anting Mutiara Air Tawar Perak 925", "pasang", 175000, 300, 7),
    ]),
    ("PA2", "Bros & Aksesoris Siger Putri", "mikro", "18.71", "", True, [
        ("bros-siger", "Bros Siger Lapis Emas Kecil", "pcs", 45000, 1500, 7),
        ("kalung-manik", "Kalung Manik-Manik Motif Tapis", "pcs", 65000, 800, 7),
        ("gelang-manik", "Gelang Manik Beads Etnik Lampung", "pcs", 25000, 2000, 5),
    ]),
    ("PA3", "Akik Way Kanan Gemstone", "mikro", "18.08", "", True, [
        ("cincin-akik", "Cincin Perak Batu Akik Way Kanan", "pcs", 225000, 200, 10),
        ("liontin-akik", "Liontin Batu Akik Bulat", "pcs", 95000, 300, 7),
    ]),
    # ---------------- furnitur ----------------
    ("UA1", "Mebel Rotan Kedaton", "mikro", "18.71", "", True, [
        ("kursi-rotan-set", "Kursi Rotan Teras Set (2 Kursi + 1 Meja)", "set", 1850000, 30, 21),
        ("keranjang-rotan", "Keranjang Rotan Parsel", "pcs", 65000, 500, 7),
    ]),
    ("UA2", "CV Kayu Jaya Mebel Metro", "kecil", "18.72", "svlk", True, [
        ("meja-kursi-siswa", "Meja Kursi Siswa SD Kayu (1 meja + 2 kursi)", "set", 1150000, 120, 30),
        ("lemari-arsip", "Lemari Arsip Kayu 2 Pintu", "unit", 2750000, 40, 30),
        ("meja-biro", "Meja Kerja 1/2 Biro Kayu Mahoni", "unit", 1650000, 50, 21),
        ("whiteboard", "Papan Tulis Whiteboard 120 x 240 cm + Standing", "unit", 1150000, 60, 14),
    ]),
    ("UA3", "Etalase & Interior Natar", "mikro", "18.01", "", True, [
        ("etalase", "Etalase Kaca Aluminium 150 x 50 x 100 cm", "unit", 2450000, 25, 14),
        ("rak-display", "Rak Display Kayu 4 Susun", "unit", 750000, 60, 10),
    ]),
    ("UA4", "Mebel Sekolah Jaya Abadi", "besar", "18.71", "svlk;iso-9001", True, [
        ("meja-kursi-siswa", "Meja Kursi Siswa Standar Dikdas", "set", 750000, 2000, 14),
    ]),
    # ---------------- herbal ----------------
    ("HA1", "Madu Hutan Sumber Jaya", "mikro", "18.04", "pirt", True, [
        ("madu-hutan", "Madu Hutan Asli Lampung Barat 500 ml", "botol", 125000, 600, 5),
        ("madu-kelulut", "Madu Kelulut (Trigona) 250 ml", "botol", 145000, 200, 5),
    ]),
    ("HA2", "Jamu Gendong Mbok Sarmi", "mikro", "18.72", "pirt", True, [
        ("jamu-kunyit-asam", "Jamu Kunyit Asam Botol 250 ml", "botol", 8000, 3000, 2),
        ("jahe-instan", "Jahe Merah Instan Serbuk 250 gr", "pcs", 28000, 2000, 3),
        ("temulawak-instan", "Temulawak Instan 250 gr", "pcs", 27000, 1500, 3),
    ]),
    ("HA3", "Kelor Sehat Lampung Selatan", "kecil", "18.01", "pirt;halal", True, [
        ("kelor", "Serbuk Daun Kelor (Moringa Powder) 100 gr", "pcs", 35000, 2000, 4),
        ("kelor-kapsul", "Kapsul Daun Kelor isi 60", "botol", 55000, 1000, 4),
    ]),
    # ---------------- kosmetik ----------------
    ("SA1", "Sabun Sereh Alami Rajabasa", "mikro", "18.71", "", True, [
        ("sabun-batang", "Sabun Mandi Batang Herbal Sereh 100 gr", "pcs", 15000, 3000, 5),
        ("lilin-aromaterapi", "Lilin Aromaterapi Gelas Kaca Wangi Lavender", "pcs", 45000, 800, 7),
    ]),
    ("SA2", "Koperasi Wanita Bersih Sehat", "koperasi", "18.72", "bpom", True, [
        ("sabun-cuci-tangan", "Sabun Cair Cuci Tangan 500 ml (refill)", "pcs", 18000, 4000, 4),
        ("hygiene-kit", "Paket Hygiene Kit (sabun, sikat gigi, pasta gigi, handuk, sampo)", "paket", 85000, 1500, 7),
    ]),
    ("SA3", "Lulur Bengkoang Putri Natar", "mikro", "18.01", "", True, [
        ("lulur", "Lulur Mandi Bengkoang 200 gr", "pcs", 25000, 1500, 5),
    ]),
    ("SA4", "Rumah Lulur Kedaton", "mikro", "18.71", "bpom", True, [
        ("lulur", "Lulur Tradisional Beras Bengkoang 250gr", "pcs", 32000, 1000, 5),
        ("sampo", "Sampo Lidah Buaya 250 ml", "botol", 28000, 1000, 5),
    ]),
    # ---------------- logam ----------------
    ("LA1", "Pandai Besi Sukadana", "mikro", "18.07", "sni", True, [
        ("cangkul", "Cangkul Baja Tempa Lampung Timur", "pcs", 85000, 800, 7),
        ("parang", "Parang Kebun Tempa 40 cm + Sarung", "pcs", 95000, 600, 7),
        ("sabit", "Sabit Rumput (Arit) Baja Per", "pcs", 45000, 1000, 5),
    ]),
    ("LA2", "Bengkel Las Karya Mandiri", "mikro", "18.71", "", True, [
        ("teralis", "Teralis Jendela Besi Minimalis per m2", "m2", 425000, 150, 10),
        ("pagar-besi", "Pagar Besi Hollow Minimalis per meter", "meter", 650000, 100, 14),
        ("rak-besi", "Rak Besi Siku Lubang 5 Susun 200x90x45", "unit", 750000, 100, 7),
    ]),
    ("LA3", "Pisau Dapur Pringsewu", "mikro", "18.10", "", True, [
        ("pisau-dapur", "Pisau Dapur Set 5 pcs Stainless Gagang Kayu", "set", 135000, 400, 7),
        ("golok", "Golok Tempa Pringsewu Gagang Tanduk", "pcs", 165000, 200, 10),
    ]),
    ("LA4", "Koperasi Pandai Besi Ciomas Serang", "koperasi", "36.04", "", True, [
        ("golok", "Golok Ciomas Asli Sulangkar", "pcs", 650000, 80, 14),
        ("cangkul", "Pacul Ciomas Baja", "pcs", 110000, 300, 10),
    ]),
    # ---------------- percetakan ----------------
    ("CA1", "Percetakan Tanjung Karang Offset", "kecil", "18.71", "", True, [
        ("stiker-label", "Stiker Label Produk Vinyl Cetak + Cutting A3", "lembar", 12000, 10000, 3),
        ("brosur", "Cetak Brosur A4 Art Paper 150 gr 2 Sisi", "lembar", 1500, 50000, 4),
        ("sertifikat", "Cetak Sertifikat / Piagam Art Carton 260 gr", "lembar", 5000, 10000, 3),
        ("kalender-dinding", "Kalender Dinding 6 Lembar Custom", "pcs", 25000, 5000, 10),
    ]),
    ("CA2", "Kemasan Kreatif Metro", "mikro", "18.72", "", True, [
        ("standing-pouch", "Standing Pouch Zipper Print Custom 16x24", "pcs", 2500, 30000, 10),
        ("box-kraft", "Dus Kemasan Box Kraft Custom Logo 15x15x5", "pcs", 4500, 15000, 10),
        ("stiker-label", "Stiker Label Kemasan Bontax Roll", "roll", 85000, 500, 5),
    ]),
    ("CA3", "Digital Printing Way Kandis", "mikro", "18.71", "", True, [
        ("banner", "Cetak Spanduk Banner Flexi 280 gr per m2", "m2", 25000, 5000, 1),
        ("x-banner", "X-Banner 60x160 + Stand", "pcs", 85000, 1000, 1),
        ("kartu-nama", "Kartu Nama 2 Sisi Laminasi (box 100)", "box", 45000, 1000, 2),
    ]),
    ("CA4", "Toko ATK Kalianda", "mikro", "18.01", "", True, [
        ("hvs-a4", "Kertas HVS A4 70 gr (1 rim)", "rim", 52000, 2000, 2),
        ("nota", "Nota / Kwitansi NCR Cetak 2 Ply (buku)", "buku", 12000, 3000, 5),
    ]),
    # ---------------- pertanian ----------------
    ("TA1", "Penangkar Bibit Alpukat Siger", "mikro", "18.71", "", True, [
        ("bibit-alpukat", "Bibit Alpukat Siger Sambung Pucuk 60 cm", "batang", 45000, 3000, 7),
        ("bibit-durian", "Bibit Durian Musang King Okulasi 80 cm", "batang", 65000, 1500, 7),
    ]),
    ("TA2", "Kebun Bibit Sekampung", "kecil", "18.07", "", True, [
        ("bibit-kopi", "Bibit Kopi Robusta Stek 6 Bulan", "batang", 5000, 30000, 10),
        ("bibit-pisang", "Bibit Pisang Cavendish Kultur Jaringan", "batang", 8000, 20000, 10),
        ("benih-padi", "Benih Padi Inpari 32 Label Biru 5 kg", "kantong", 70000, 4000, 7),
    ]),
    ("TA3", "Pokdakan Mina Sejahtera Pringsewu", "koperasi", "18.10", "", True, [
        ("benih-nila", "Benih Ikan Nila Merah 5-7 cm", "ekor", 350, 300000, 5),
        ("benih-lele", "Bibit Lele Sangkuriang 7-9 cm", "ekor", 250, 400000, 5),
        ("pakan-ikan", "Pakan Ikan Apung Mandiri Protein 30% (sak 30 kg)", "sak", 285000, 800, 5),
    ]),
    ("TA4", "Koi & Cupang Farm Metro", "mikro", "18.72", "", True, [
        ("koi", "Ikan Koi Lokal Kohaku 10-12 cm", "ekor", 25000, 2000, 5),
        ("cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 35000, 1000, 5),
    ]),
    ("TA5", "Florist Tanaman Hias Hajimena", "mikro", "18.01", "", True, [
        ("aglonema", "Aglonema Red Lipstik Pot 20 cm", "pot", 85000, 500, 5),
        ("sansevieria", "Sansevieria Lidah Mertua Pot 25", "pot", 45000, 800, 5),
    ]),
    ("TA6", "Gapoktan Beras Sri Rejeki", "koperasi", "18.72", "", True, [
        ("beras", "Beras Medium Sri Rejeki 5 kg", "karung", 68000, 10000, 3),
        ("beras", "Beras Premium Pandan Wangi 5 kg", "karung", 82000, 6000, 3),
    ]),
    # ---------------- lainnya ----------------
    ("ZA1", "Kebersihan Mandiri Kemiling", "mikro", "18.71", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 3000, 3),
        ("mop", "Alat Pel Lantai (Mop) Putar + Ember", "set", 135000, 500, 5),
        ("kemoceng", "Kemoceng Bulu Ayam 60 cm", "pcs", 20000, 1000, 3),
    ]),
    ("ZA2", "Sabut Kelapa Ketapang", "mikro", "18.01", "", True, [
        ("keset-sabut", "Keset Sabut Kelapa 40x60", "pcs", 35000, 2000, 5),
        ("tempat-sampah", "Tempat Sampah Pilah 3 Warna 60 L", "set", 1250000, 60, 10),
    ]),
    ("ZA3", "Dekor & Booth Pameran Lampung Expo", "kecil", "18.71", "", True, [
        ("booth", "Sewa Booth Pameran 3x3 Partisi Oktanorm (per stand)", "stand", 3500000, 40, 5),
        ("tenda", "Sewa Tenda Sarnafil 5x5 m", "unit", 1500000, 30, 3),
    ]),
    ("ZA4", "Koperasi Konsumen Warga Saburai", "koperasi", "18.71", "halal", True, [
        ("paket-sembako", "Paket Sembako (Beras 5 kg, Minyak 1 L, Gula 1 kg, Mie Instan 5)", "paket", 145000, 3000, 5),
    ]),
]

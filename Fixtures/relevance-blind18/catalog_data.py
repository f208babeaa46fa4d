"""Hand-written directory and products for relevance-blind18 (fictional).

SUPPLIERS: (key, name, scale, region, certifications, active, products)
product:   (kind, name, unit, unit_price, capacity_per_month, lead_time_days)
The kind is the labeller's own tag of what the product is; it never reaches the CSVs.
"""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}
PERISHABLE = {"nasibox", "nasiliwet", "prasmanan", "kuebox", "otakotak", "tumpeng", "jamugendong", "jamukunyit", "susuperah"}

SUPPLIERS = [
    # ---------------------------------------------------------------- makanan
    ("M1", "IKM Kerupuk Kulit Ikan Labuan", "mikro", "36.01", "halal;pirt", True, [
        ("kerupukikan", "Kerupuk Ikan Tenggiri Labuan 250 gr", "pcs", 18000, 900, 4),
        ("kerupukikan", "Krupuk kulit ikan mentah 500gr", "pcs", 27000, 600, 4),
        ("rengginang", "Rengginang Terasi Mentah 1/2 kg", "pcs", 22000, 500, 4),
    ]),
    ("M2", "Lapis Legit & Bolu Bu Marni", "kecil", "18.72", "halal;pirt", True, [
        ("lapislegit", "Lapis Legit Prunes 20x20", "pcs", 260000, 120, 5),
        ("bolu", "Bolu Pandan Gulung", "pcs", 45000, 400, 3),
        ("pia", "Bakpia Kacang Ijo isi 10", "box", 30000, 700, 3),
    ]),
    ("M3", "UD Abon & Dendeng Sapi Pringsewu", "kecil", "18.10", "halal;pirt;bpom", True, [
        ("abonsapi", "Abon Sapi Original 250gr", "pcs", 68000, 500, 5),
        ("dendeng", "Dendeng Sapi Balado 200 gr", "pcs", 75000, 300, 5),
    ]),
    ("M4", "Sambal Mbok Darmi Rangkasbitung", "mikro", "36.02", "halal;pirt", True, [
        ("sambalcumi", "Sambal Cumi Asin Pedas botol 200 ml", "pcs", 35000, 600, 4),
        ("sambal", "SAMBEL BAWANG ORIGINAL Jar 150gr", "pcs", 25000, 800, 4),
        ("bumbupecel", "Bumbu Pecel Kacang 500 gr", "pcs", 20000, 700, 4),
    ]),
    ("M5", "Pusat Oleh-oleh Keripik Tanggamus", "menengah", "18.06", "halal;pirt", True, [
        ("keripikpisang", "Keripik Pisang Madu 500gr", "pcs", 42000, 3000, 4),
        ("keripiktempe", "Kripik Tempe Sagu 250 gr", "pcs", 16000, 2500, 4),
        ("permenjahe", "Permen Jahe Merah toples", "pcs", 15000, 1000, 4),
    ]),
    ("M6", "Yoghurt & Dodol Susu Cisarua", "mikro", "32.01", "halal;pirt-expired", True, [
        ("dodolsusu", "Dodol Susu Sapi Cisarua 250 gr", "pcs", 28000, 800, 4),
        ("kerupuksusu", "Kerupuk Susu Stik 200g", "pcs", 17000, 900, 4),
    ]),
    ("M7", "Madu Hutan Baduy Lestari", "koperasi", "36.02", "pirt", True, [
        ("madu", "Madu Hutan Murni Baduy 500 ml", "pcs", 120000, 400, 5),
        ("madu", "Madu Odeng Lebak botol 250ml", "pcs", 75000, 300, 5),
    ]),
    # ---------------------------------------------------------------- minuman
    ("N1", "Kopi Robusta Tanggamus Koperasi Tani", "koperasi", "18.06", "halal;pirt", True, [
        ("kopirobusta", "Kopi Bubuk Robusta Tanggamus 250gr", "pcs", 45000, 1500, 5),
        ("kopibiji", "Green Bean / Roasted Bean Robusta Fine 1kg", "kg", 160000, 400, 7),
    ]),
    ("N2", "Cokelat Pesawaran Kakao Mandiri", "kecil", "18.09", "halal;pirt;bpom", True, [
        ("cokelatbubuk", "Bubuk Kakao Murni 250 gr", "pcs", 55000, 600, 5),
        ("cokelatbatang", "Cokelat Batangan Dark 70% 100gr", "pcs", 35000, 800, 5),
    ]),
    ("N3", "Susu Kambing Etawa Kaligesing Serang", "mikro", "36.04", "halal;pirt", True, [
        ("susuetawa", "Susu Kambing Etawa Bubuk 200gr", "pcs", 65000, 500, 4),
        ("susuperah", "Susu Kambing Segar Pasteurisasi 250 ml", "pcs", 15000, 300, 1),
    ]),
    ("N4", "CV Air Minum Pegunungan Pandeglang", "kecil", "36.01", "halal;sni;bpom", True, [
        ("amdkgelas", "Air Mineral Gelas 220 ml dus isi 48", "box", 22000, 8000, 2),
        ("amdkbotol", "Air Mineral Botol 600ml karton isi 24", "box", 45000, 5000, 2),
    ]),
    ("N5", "Wedang Uwuh & Teh Rempah Bu Sri", "mikro", "36.73", "pirt", True, [
        ("wedangrempah", "Wedang Rempah Celup isi 10", "box", 25000, 600, 3),
        ("tehserai", "Teh Sereh Lemon Celup", "box", 22000, 500, 3),
    ]),
    # ---------------------------------------------------------------- jasa-boga
    ("J1", "Catering Rumah Makan Sunda Ciruas", "kecil", "36.04", "halal", True, [
        ("nasibox", "Nasi Box Ayam Bakar + Lalapan", "porsi", 30000, 2500, 2),
        ("nasiliwet", "Nasi Liwet Komplit Bancakan", "porsi", 35000, 1200, 2),
        ("prasmanan", "Prasmanan Menu Sunda per orang", "porsi", 55000, 1500, 3),
    ]),
    ("J2", "Dapur Katering Bu Endah Kota Serang", "mikro", "36.73", "halal", True, [
        ("nasibox", "Nasi Kotak Ayam Goreng Serundeng", "porsi", 27000, 1500, 2),
        ("kuebox", "Snack Box 3 Kue + Air Mineral", "box", 12000, 3000, 1),
    ]),
    ("J3", "Otak-Otak Bandeng Pak Haji Karangantu", "mikro", "36.73", "halal;pirt", True, [
        ("otakotak", "Otak-otak Ikan Tenggiri Bakar isi 10", "paket", 25000, 800, 1),
    ]),
    ("J4", "Jasa Boga Lestari Metro", "kecil", "18.72", "halal", True, [
        ("nasibox", "NASI BOX PREMIUM Rendang + Buah", "porsi", 40000, 1000, 2),
        ("tumpeng", "Tumpeng Nasi Kuning 30 orang", "paket", 850000, 40, 3),
        ("kuebox", "Kue Kotak Isi 4 Jajanan Pasar", "box", 15000, 2000, 1),
    ]),
    ("J5", "Katering Ibu Tini Cikarang", "mikro", "32.16", "halal", True, [
        ("nasibox", "Nasbox Ayam Geprek Sambal Matah", "porsi", 25000, 800, 1),
        ("kuebox", "Snack box rapat isi 3", "box", 11000, 1500, 1),
    ]),
    ("J6", "Rumah Makan Padang Sederhana Karawang", "besar", "32.15", "halal", True, [
        ("nasibox", "Nasi Bungkus Padang Rendang", "porsi", 28000, 9000, 1),
    ]),
    # ---------------------------------------------------------------- fesyen
    ("F1", "Konveksi Seragam Mandiri Balaraja", "kecil", "36.03", "", True, [
        ("pdh", "Kemeja PDH Drill Lengan Panjang Custom Bordir", "pcs", 165000, 600, 14),
        ("kaos", "Kaos Polo Lacoste Cotton Bordir Logo", "pcs", 85000, 1000, 10),
        ("rompi", "Rompi Lapangan Drill Multi Saku", "pcs", 125000, 400, 14),
    ]),
    ("F2", "Tapis Lampung Sanggar Mulya", "mikro", "18.07", "", True, [
        ("tapis", "Kain Tapis Lampung Motif Pucuk Rebung", "pcs", 1250000, 15, 30),
        ("tapis", "Selendang Tapis Benang Emas", "pcs", 450000, 40, 21),
    ]),
    ("F3", "Batik Krakatoa Cilegon", "kecil", "36.72", "batikmark", True, [
        ("batiktulis", "Kain Batik Tulis Krakatau 2 meter", "pcs", 650000, 60, 21),
        ("batikcap", "Kemeja Batik Cap Motif Debus Lengan Pendek", "pcs", 175000, 400, 14),
    ]),
    ("F4", "Sandal & Sepatu Kulit Ciomas Craft", "mikro", "36.04", "", True, [
        ("sandalkulit", "Sandal Kulit Sapi Pria Model Slop", "pcs", 135000, 300, 10),
        ("sepatupdh", "Sepatu PDH Kulit Asli Pantofel", "pcs", 325000, 150, 14),
    ]),
    ("F5", "Tas & Dompet Kulit Garut Outlet Bekasi", "kecil", "32.16", "", True, [
        ("dompetkulit", "DOMPET KULIT PRIA Lipat Original Kulit Sapi", "pcs", 145000, 400, 7),
        ("ikatpinggang", "Ikat Pinggang / Gesper Kulit Asli 3,5 cm", "pcs", 120000, 500, 7),
    ]),
    ("F6", "Mukena & Sajadah Ar-Rahman Tangerang", "kecil", "36.71", "", True, [
        ("mukena", "Mukena Katun Rayon Dewasa Bordir", "pcs", 185000, 500, 7),
        ("sarung", "Sarung Tenun Samarinda Motif", "pcs", 150000, 300, 7),
        ("pecikopiah", "Peci Hitam Beludru Nasional No 7", "pcs", 45000, 1000, 5),
    ]),
    ("F7", "Sablon Kaos Distro Metro", "mikro", "18.72", "", True, [
        ("kaos", "T-Shirt Cotton Combed 30s Sablon DTF", "pcs", 65000, 1500, 7),
        ("topi", "Topi Baseball Bordir Logo Instansi", "pcs", 40000, 800, 7),
    ]),
    # ---------------------------------------------------------------- kerajinan
    ("K1", "Anyaman Pandan Kelompok Wanita Cibaliung", "koperasi", "36.01", "", True, [
        ("tikarpandan", "Tikar Pandan Anyam 2x3 meter", "pcs", 175000, 120, 14),
        ("taspandan", "Tas Anyaman Pandan Hand Bag", "pcs", 65000, 400, 10),
    ]),
    ("K2", "Kerajinan Bambu Leuwidamar", "mikro", "36.02", "", True, [
        ("besekbambu", "Besek Bambu Tutup 20x20", "pcs", 6000, 5000, 7),
        ("tempatpensil", "Tempat Pensil Bambu Ukir Nama", "pcs", 25000, 800, 7),
    ]),
    ("K3", "Gerabah Bumijaya Anyer", "mikro", "36.04", "", True, [
        ("gerabah", "Gentong Gerabah Tanah Liat 30 cm", "pcs", 85000, 200, 10),
        ("potgerabah", "Pot Tanah Liat Bunga Diameter 25", "pcs", 25000, 1000, 7),
        ("asbak", "Asbak Gerabah Motif Badak", "pcs", 20000, 600, 7),
    ]),
    ("K4", "Souvenir Akrilik & Plakat Tangerang Print", "kecil", "36.71", "", True, [
        ("plakatakrilik", "Plakat Akrilik Custom Box Beludru", "pcs", 175000, 300, 5),
        ("gantungan", "Gantungan Kunci Akrilik Full Print", "pcs", 5000, 5000, 5),
        ("mug", "Mug Keramik Custom Foto / Logo", "pcs", 28000, 2000, 4),
    ]),
    ("K5", "Mainan Edukatif Kayu Jati Belanda Bogor", "mikro", "32.01", "", True, [
        ("puzzlekayu", "Puzzle Kayu Peta Indonesia", "pcs", 75000, 300, 7),
        ("balokkayu", "Balok Susun / Building Block Kayu 100 pcs", "set", 150000, 200, 7),
        ("alatperaga", "APE Alat Peraga Edukatif Menara Donat", "pcs", 45000, 300, 7),
    ]),
    ("K6", "Kriya Tapis & Siger Souvenir Bandar Lampung", "kecil", "18.71", "", True, [
        ("miniatursiger", "Miniatur Siger Lampung Kuningan 15 cm", "pcs", 95000, 400, 7),
        ("taptapis", "Tas Jinjing Kombinasi Tapis", "pcs", 175000, 200, 10),
    ]),
    # ---------------------------------------------------------------- perhiasan
    ("P1", "Perak Bakar Pengrajin Kasemen", "mikro", "36.73", "", True, [
        ("brosperak", "Bros Perak 925 Motif Bunga", "pcs", 185000, 150, 10),
        ("cincinperak", "Cincin Perak Batu Akik Kalimaya Banten", "pcs", 250000, 100, 10),
    ]),
    ("P2", "Aksesoris Manik Mutiara Lampung", "mikro", "18.01", "", True, [
        ("kalungmutiara", "Kalung Mutiara Air Tawar 45cm", "pcs", 225000, 200, 7),
        ("gelangmanik", "Gelang Manik Kayu Etnik", "pcs", 15000, 1500, 5),
    ]),
    ("P3", "Kalimaya Gemstone Bayah", "kecil", "36.02", "", True, [
        ("liontinkalimaya", "Liontin Batu Kalimaya Ikat Perak", "pcs", 350000, 80, 14),
        ("brosimitasi", "BROS HIJAB Mutiara Imitasi Gold Premium", "pcs", 25000, 2000, 4),
    ]),
    # ---------------------------------------------------------------- furnitur
    ("U1", "Mebel Rotan Sinar Plered", "kecil", "32.14", "svlk", True, [
        ("kursirotan", "Kursi Rotan Sintetis Teras Set 1 Meja 2 Kursi", "set", 2400000, 40, 21),
        ("kursirotan", "Kursi Teras Rotan Asli Natural", "pcs", 850000, 60, 21),
    ]),
    ("U2", "Mebel Jati Jepara Cabang Serang", "menengah", "36.73", "svlk", True, [
        ("lemariarsip", "Lemari Arsip Kayu Jati 2 Pintu Kaca", "pcs", 4500000, 30, 30),
        ("mejakerja", "Meja Kerja Staf Kayu 120x60 Laci 3", "pcs", 1850000, 60, 21),
        ("podium", "Mimbar / Podium Kayu Ukir Logo", "pcs", 5500000, 10, 30),
    ]),
    ("U3", "Furnitur Besi & Kayu Cikupa", "kecil", "36.03", "sni", True, [
        ("rakbuku", "Rak Buku Besi Kombinasi Kayu 5 Susun", "pcs", 950000, 80, 14),
        ("kursikuliah", "Kursi Kuliah Lipat Besi Papan Tulis", "pcs", 550000, 300, 14),
        ("bangkuanak", "Meja Kursi Belajar Anak TK Set", "set", 750000, 100, 14),
    ]),
    ("U4", "Perlengkapan Masjid Al Barokah Cilegon", "mikro", "36.72", "", True, [
        ("rakalquran", "Rak Al Quran Kayu Mahoni 4 Susun", "pcs", 650000, 50, 14),
        ("mejangaji", "Meja Ngaji Lipat Kayu / Rekal", "pcs", 85000, 500, 7),
    ]),
    ("U5", "PT Interior Kantor Nusantara", "besar", "31.74", "sni;iso-9001", True, [
        ("lemariarsip", "Filing Cabinet Besi 4 Laci", "pcs", 3200000, 500, 7),
        ("kursikantor", "Kursi Kantor Ergonomis Mesh Hidrolik", "pcs", 1450000, 600, 7),
    ]),
    # ---------------------------------------------------------------- herbal
    ("H1", "Jamu Gendong Mbak Sumi Metro", "mikro", "18.72", "pirt", True, [
        ("jamukunyit", "Jamu Kunyit Asam Segar botol 250ml", "pcs", 8000, 500, 1),
        ("jamugendong", "Beras Kencur Segar 250 ml", "pcs", 8000, 400, 1),
    ]),
    ("H2", "Rumah Herbal Temulawak Sukamantri", "kecil", "32.01", "bpom;halal", True, [
        ("temulawakinstan", "Temulawak Instan Serbuk 250g", "pcs", 35000, 900, 5),
        ("jaheinstan", "Jahe Merah Instan Bubuk 200 gr", "pcs", 32000, 1000, 5),
        ("simplisia", "Simplisia Daun Kelor Kering 100gr", "pcs", 25000, 500, 5),
    ]),
    ("H3", "Kebun TOGA Ciomas Asri", "mikro", "36.04", "", True, [
        ("bibittoga", "Bibit Tanaman Obat (TOGA) Jahe Kunyit Kencur polybag", "pcs", 7500, 2000, 5),
        ("minyakserai", "Minyak Sereh Wangi Murni 100 ml", "pcs", 45000, 400, 5),
    ]),
    ("H4", "Herbal Habbatussauda Tangerang", "kecil", "36.71", "bpom;halal", True, [
        ("kapsulhabbat", "Kapsul Habbatussauda 100 kapsul", "pcs", 75000, 1000, 5),
        ("kapsulherbal", "Kapsul Daun Sirsak isi 60", "pcs", 65000, 600, 5),
    ]),
    # ---------------------------------------------------------------- kosmetik
    ("S1", "Sabun Herbal Rumahan Pringsewu", "mikro", "18.10", "bpom", True, [
        ("sabunbatang", "Sabun Mandi Batang Kopi Arang 100 gr", "pcs", 18000, 1500, 5),
        ("sabunbatang", "Natural Handmade Soap Bar Goat Milk", "pcs", 22000, 1200, 5),
    ]),
    ("S2", "Lilin Aromaterapi & Reed Diffuser Bekasi", "mikro", "32.75", "", True, [
        ("lilinaroma", "Lilin Aromaterapi Soy Wax Jar 100g Lavender", "pcs", 45000, 500, 5),
        ("diffuser", "Reed Diffuser Pengharum Ruangan 100 ml", "pcs", 55000, 400, 5),
    ]),
    ("S3", "Kosmetik Alami Bunga Rampai Serang", "kecil", "36.73", "bpom;halal", True, [
        ("lulur", "Lulur Mandi Bengkoang Tradisional 200gr", "pcs", 30000, 800, 5),
        ("sabuncair", "Sabun Cuci Tangan Cair Antiseptik 500ml", "pcs", 25000, 2000, 4),
        ("minyakrambut", "Minyak Rambut Kemiri 100 ml", "pcs", 28000, 800, 5),
    ]),
    ("S4", "Hand Sanitizer Kita Cikarang", "kecil", "32.16", "", False, [
        ("handsanitizer", "Hand Sanitizer Gel 500ml", "pcs", 30000, 3000, 3),
    ]),
    # ---------------------------------------------------------------- logam
    ("L1", "Pandai Besi Golok Ciomas Abah Uci", "mikro", "36.04", "", True, [
        ("golok", "Golok Ciomas Asli Sarung Kayu", "pcs", 450000, 60, 21),
        ("arit", "Arit / Sabit Rumput Baja Per", "pcs", 55000, 400, 7),
        ("cangkul", "Pacul / Cangkul Baja Tempa", "pcs", 95000, 300, 10),
    ]),
    ("L2", "Bengkel Las Teralis Jaya Rangkasbitung", "mikro", "36.02", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow per m2", "m2", 450000, 100, 14),
        ("pagarbesi", "Pagar Besi Minimalis per meter lari", "m", 750000, 80, 21),
        ("tempatsampahbesi", "Tempat Sampah Besi Pilah 3 Warna", "set", 1650000, 40, 14),
    ]),
    ("L3", "Alat Dapur Stainless Cikupa", "kecil", "36.03", "sni", True, [
        ("panci", "Panci Stainless Steel 30 cm Tutup Kaca", "pcs", 185000, 500, 5),
        ("dandang", "Dandang Aluminium Kukusan 40 cm", "pcs", 225000, 300, 7),
        ("pisaudapur", "Set Pisau Dapur Stainless 6 in 1", "set", 95000, 600, 5),
    ]),
    ("L4", "Kerajinan Kuningan Metro", "mikro", "18.72", "", True, [
        ("lampuhias", "Lampu Gantung Kuningan Masjid", "pcs", 2800000, 10, 30),
        ("piala", "Piala Kuningan Tinggi 50 cm", "pcs", 450000, 100, 10),
    ]),
    # ---------------------------------------------------------------- percetakan
    ("C1", "Percetakan Offset Sinar Pandeglang", "kecil", "36.01", "", True, [
        ("spanduk", "Spanduk Banner Flexi 280gr per meter", "m2", 25000, 3000, 2),
        ("brosur", "Brosur A4 Art Paper 150gr Full Color", "lembar", 1200, 50000, 4),
        ("map", "Map Folder Logo Instansi Art Carton 260", "pcs", 4500, 10000, 7),
    ]),
    ("C2", "Digital Printing Karawang Jaya", "kecil", "32.15", "", True, [
        ("xbanner", "X Banner 60x160 + Rangka", "pcs", 85000, 500, 2),
        ("stiker", "Cetak Stiker Vinyl Cutting Label Produk A3", "lembar", 12000, 5000, 2),
        ("kartunama", "Kartu Nama Art Carton 1 box isi 100", "box", 35000, 2000, 2),
    ]),
    ("C3", "Penerbit & Percetakan Buku Bandar Lampung", "menengah", "18.71", "iso-9001", True, [
        ("buku", "Cetak Buku A5 Soft Cover 100 halaman", "pcs", 18000, 10000, 14),
        ("kalender", "Kalender Dinding 6 Lembar 2027", "pcs", 25000, 5000, 14),
        ("yasin", "Buku Yasin & Tahlil Hard Cover 160 hal", "pcs", 15000, 8000, 14),
    ]),
    ("C4", "Undangan & Sertifikat Serang Print", "mikro", "36.73", "", True, [
        ("sertifikat", "Cetak Piagam / Sertifikat A4 Linen", "lembar", 3500, 5000, 3),
        ("idcard", "ID Card PVC + Lanyard Tali Printing", "pcs", 15000, 3000, 4),
    ]),
    # ---------------------------------------------------------------- pertanian
    ("T1", "Penangkar Benih Padi Tani Makmur Karawang", "koperasi", "32.15", "sni", True, [
        ("benihpadi", "Benih Padi Inpari 32 Label Ungu 5 kg", "pcs", 70000, 3000, 7),
        ("bibitcabai", "Bibit Cabai Rawit Siap Tanam per polybag", "pcs", 1500, 20000, 7),
    ]),
    ("T2", "Kebun Bibit Alpukat & Durian Lampung Timur", "kecil", "18.07", "", True, [
        ("bibitalpukat", "Bibit Alpukat Miki Okulasi 60-80 cm", "pcs", 45000, 2000, 10),
        ("bibitdurian", "Bibit Durian Musang King Sambung Pucuk", "pcs", 65000, 1500, 10),
        ("bibitkopi", "Bibit Kopi Robusta Stek Polybag", "pcs", 5000, 10000, 10),
    ]),
    ("T3", "Pembenihan Ikan Lele & Nila Pandeglang", "mikro", "36.01", "", True, [
        ("benihlele", "Bibit Ikan Lele Sangkuriang 5-7 cm", "ekor", 250, 50000, 5),
        ("benihnila", "Benih Nila Merah 3-5 cm", "ekor", 300, 40000, 5),
    ]),
    ("T4", "Ikan Hias Cupang & Koi Bogor Farm", "mikro", "32.01", "", True, [
        ("koi", "Ikan Koi Lokal Kohaku 10-12 cm", "ekor", 25000, 2000, 5),
        ("cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 35000, 1000, 5),
    ]),
    ("T5", "Pakan Ternak Mandiri Metro", "kecil", "18.72", "", True, [
        ("pakanayam", "Pakan Ayam Petelur Konsentrat 50 kg", "karung", 420000, 600, 5),
        ("pupukkandang", "Pupuk Kandang Kotoran Kambing Fermentasi 25 kg", "karung", 30000, 3000, 5),
    ]),
    ("T6", "Tanaman Hias Anggrek Serpong", "mikro", "36.74", "", True, [
        ("anggrek", "Anggrek Dendrobium Remaja Pot", "pcs", 65000, 800, 5),
        ("tanamanhias", "Tanaman Hias Sansevieria / Lidah Mertua pot 20", "pcs", 35000, 1500, 5),
    ]),
    # ---------------------------------------------------------------- lainnya
    ("X1", "Toko ATK & Fotocopy Berkah Kota Serang", "mikro", "36.73", "", True, [
        ("kertashvs", "Kertas HVS A4 70 gram 1 rim", "rim", 52000, 2000, 2),
        ("pulpen", "Pulpen Gel Hitam 0.5 isi 12", "box", 30000, 3000, 2),
        ("ordner", "Ordner / Odner Folio Bantex 7cm", "pcs", 32000, 2000, 2),
    ]),
    ("X2", "Koperasi Kebersihan Bersih Sehat Karawang", "koperasi", "32.15", "", True, [
        ("sapuijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 2000, 3),
        ("kainpel", "Alat Pel Lantai / Mop Kain Putar", "pcs", 65000, 800, 3),
        ("karbol", "Karbol Pembersih Lantai Wangi 5 liter", "pcs", 55000, 1500, 3),
    ]),
    ("X3", "Tekstil Rumah Tangga Majalaya Outlet Bekasi", "kecil", "32.75", "", True, [
        ("handuk", "Handuk Mandi Katun 70x140", "pcs", 55000, 1500, 5),
        ("sprei", "Sprei Katun Motif 160x200 + 2 Sarung Bantal", "set", 185000, 500, 7),
        ("gorden", "Gorden Blackout Custom per meter", "m", 95000, 500, 10),
    ]),
    ("X4", "Perlengkapan Ibadah & Karpet Masjid Cilegon", "kecil", "36.72", "", True, [
        ("karpetmasjid", "Karpet Sajadah Masjid Roll Turki 1,2 x 25 m", "roll", 4800000, 20, 14),
        ("tasbih", "Tasbih Kayu Kokka 33 butir", "pcs", 25000, 1000, 5),
    ]),
    ("X5", "Sentra Keset & Lap Kain Perca Tangerang", "mikro", "36.03", "", True, [
        ("keset", "Keset Kaki Kain Perca Bulat", "pcs", 15000, 3000, 4),
        ("lapkain", "Lap Kain Serbet Dapur Katun isi 12", "pcs", 45000, 1500, 4),
    ]),
]

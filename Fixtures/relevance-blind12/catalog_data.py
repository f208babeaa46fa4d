"""Hand-written directory and products for relevance-blind12 (fictional).

SUPPLIERS: (key, name, scale, region, certifications, active, products)
product:   (kind, name, unit, unit_price, capacity_per_month, lead_time_days)
The kind is the labeller's own tag of what the product is; it never reaches the CSVs.
The key's first letter is the category.
"""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Made and eaten the same day (or within days): the whole quantity must be made in one month, near the buyer.
PERISHABLE = {"nasi-kotak", "snack-box", "prasmanan", "coffee-break", "nasi-liwet", "tumpeng", "jamu-segar",
              "telur-ras"}

SUPPLIERS = [
    # ---------------------------------------------------------------- makanan
    ("MA", "Otak-Otak Bandeng Bu Iyah", "kecil", "36.04", "halal;pirt", True, [
        ("otak-otak", "Otak-Otak Bandeng Khas Serang isi 10", "pak", 25000, 800, 3),
        ("bandeng-presto", "Bandeng Presto Duri Lunak 500gr", "pcs", 40000, 500, 3),
    ]),
    ("MB", "Kerupuk Ikan Sinar Labuan", "mikro", "36.01", "pirt", True, [
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri Mentah 1 kg", "kg", 65000, 600, 5),
        ("kerupuk-kulit-ikan", "KERUPUK KULIT IKAN Pedas Daun Jeruk 100gr", "pcs", 15000, 1500, 3),
    ]),
    ("MC", "Keripik Pisang Agung Jaya", "kecil", "18.71", "halal;pirt", True, [
        ("keripik-pisang", "Keripik Pisang Cokelat Lampung 250 gr", "pcs", 22000, 3000, 4),
        ("keripik-pisang-kiloan", "Kripik Pisang Kepok Manis Asin Kiloan 1kg", "kg", 70000, 600, 4),
        ("keripik-singkong", "Keripik Singkong Balado 200 gr", "pcs", 12000, 2000, 3),
    ]),
    ("MD", "Sambal Teh Nining", "mikro", "36.71", "halal;pirt-expired", True, [
        ("sambal-cumi", "Sambal Cumi Asin Botol 150 ml", "pcs", 35000, 900, 4),
        ("sambal-bawang", "Sambel Bawang Original Jar 200gr", "pcs", 25000, 1200, 4),
    ]),
    ("ME", "Dapur Rendang Uni Tangsel", "kecil", "36.74", "halal;pirt", True, [
        ("rendang", "Rendang Daging Sapi Kemasan Vakum 250 gr (Ready to Eat)", "pcs", 75000, 600, 5),
        ("dendeng", "Dendeng Balado Sapi 200 gr", "pcs", 65000, 400, 5),
        ("abon-ayam", "Abon Ayam Original 100 gr", "pcs", 30000, 800, 4),
    ]),
    ("MF", "Koperasi Olahan Susu Cisarua", "koperasi", "32.01", "halal;pirt", True, [
        ("dodol-susu", "Dodol Susu Sapi Cisarua 250gr", "pcs", 20000, 1500, 3),
        ("kerupuk-susu", "Kerupuk Susu Original 100 gr", "pcs", 10000, 2000, 3),
    ]),
    ("MG", "Emping dan Rengginang Ibu Ucu", "mikro", "36.01", "pirt", True, [
        ("rengginang", "Rengginang Ketan Terasi Mentah 500 gr", "pcs", 25000, 800, 4),
        ("emping", "Emping Melinjo Super Tipis 1 kg", "kg", 120000, 400, 5),
    ]),
    ("MH", "Kue Kering Cempaka Putih", "kecil", "31.71", "halal;pirt", True, [
        ("nastar", "Nastar Nanas Premium Toples 500 gr", "toples", 95000, 600, 5),
        ("kue-bawang", "Kue Bawang Seledri 250 gr", "pcs", 25000, 800, 3),
    ]),
    ("MI", "PT Pangan Olahan Nusantara Tbk", "besar", "32.16", "halal;bpom", True, [
        ("rendang", "Rendang Sapi Kaleng 200 gr", "pcs", 45000, 50000, 3),
        ("nastar", "Nastar Toples 500 gr Kemasan Pabrik", "toples", 60000, 20000, 3),
    ]),
    # ---------------------------------------------------------------- minuman
    ("NA", "Koperasi Kopi Robusta Sumber Jaya", "koperasi", "18.06", "halal;pirt", True, [
        ("kopi-robusta-bubuk", "Kopi Bubuk Robusta Tanggamus 250 gr", "pcs", 35000, 3000, 5),
        ("kopi-robusta-biji", "Biji Kopi Robusta Sangrai (Roasted Bean) 1 kg", "kg", 130000, 600, 5),
    ]),
    ("NB", "Kopi Luwak Liwa Lestari", "mikro", "18.04", "pirt", True, [
        ("kopi-luwak", "Kopi Luwak Liar Bubuk 100gr", "pcs", 180000, 150, 7),
    ]),
    ("NC", "Rumah Cokelat Pesawaran", "kecil", "18.09", "halal;pirt", True, [
        ("cokelat-bubuk", "Bubuk Cokelat Murni Kakao Pesawaran 500 gr", "pcs", 85000, 500, 5),
        ("cokelat-instan", "Minuman Cokelat Instan 3in1 isi 10 sachet", "box", 30000, 1000, 4),
    ]),
    ("ND", "Peternakan Etawa Ciawi", "mikro", "32.01", "pirt", True, [
        ("susu-kambing", "Susu Kambing Etawa Bubuk 200gr Original", "pcs", 60000, 600, 5),
        ("yoghurt", "Yoghurt Susu Sapi Drink 250 ml Strawberry", "botol", 12000, 2000, 2),
    ]),
    ("NE", "Minuman Rempah Kaujon", "mikro", "36.73", "halal;pirt", True, [
        ("jahe-instan", "Jahe Merah Instan Bubuk 250 gr", "pcs", 28000, 1500, 4),
        ("sirup-pala", "Sirup Pala 620 ml", "botol", 30000, 800, 4),
        ("teh-serai", "Teh Serai Celup isi 20", "box", 18000, 1000, 3),
    ]),
    ("NF", "Kopi Banten Tempo Doeloe", "mikro", "36.04", "pirt", False, [
        ("kopi-robusta-bubuk", "Kopi Bubuk Robusta Banten 250 gr", "pcs", 25000, 2000, 3),
    ]),
    # ---------------------------------------------------------------- jasa-boga
    ("JA", "Catering Ummi Kota Serang", "kecil", "36.73", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar + Buah", "porsi", 35000, 3000, 2),
        ("snack-box", "Snack Box Isi 3 Kue + Air Mineral", "box", 15000, 5000, 1),
    ]),
    ("JB", "Dapur Bu Eneng Pandeglang", "mikro", "36.01", "", True, [
        ("nasi-liwet", "Nasi Liwet Komplit Bakul (10 orang)", "paket", 350000, 60, 2),
        ("nasi-kotak", "Nasi Box Ayam Goreng Lalapan", "porsi", 28000, 1500, 2),
    ]),
    ("JC", "Katering Sehati Jakarta", "menengah", "31.74", "halal;iso-9001", True, [
        ("prasmanan", "Prasmanan Menu Nusantara min 100 pax", "pax", 75000, 6000, 3),
        ("coffee-break", "Coffee Break Rapat (2 kue + teh/kopi)", "pax", 25000, 8000, 1),
        ("nasi-kotak", "Nasi Box Premium Rendang", "box", 55000, 4000, 2),
    ]),
    ("JD", "Tumpeng Mbak Sri Metro", "mikro", "18.72", "halal", True, [
        ("tumpeng", "Nasi Tumpeng Kuning Komplit Diameter 50 cm", "paket", 750000, 40, 3),
        ("nasi-kotak", "Nasi Kotak Ayam Goreng", "porsi", 30000, 1200, 2),
    ]),
    ("JE", "Catering Karawang Berkah", "kecil", "32.15", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ikan Gurame Asam Manis", "porsi", 40000, 2500, 2),
        ("snack-box", "Kue Kotak Rapat Isi 4", "box", 17500, 3000, 1),
    ]),
    ("JF", "Dapur Makan Siang Cipayung", "mikro", "31.75", "", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Geprek", "porsi", 25000, 800, 1),
        ("snack-box", "Snack Box Isi 3", "box", 12000, 1000, 1),
    ]),
    ("JG", "PT Sarana Boga Nusantara", "besar", "31.74", "halal;iso-9001", True, [
        ("nasi-kotak", "Nasi Box Ekonomis", "box", 20000, 50000, 1),
        ("prasmanan", "Prasmanan Paket Hemat", "pax", 45000, 50000, 2),
    ]),
    # ---------------------------------------------------------------- fesyen
    ("FA", "Tapis Lampung Sekar Ayu", "kecil", "18.71", "", True, [
        ("kain-tapis", "Kain Tapis Lampung Tenun Benang Emas 2 m", "lembar", 1500000, 20, 21),
        ("selendang-tapis", "Selendang Tapis Motif Pucuk Rebung", "pcs", 350000, 80, 14),
        ("tas-tapis", "Tas Tapis Lampung Kombinasi Kulit", "pcs", 275000, 100, 10),
    ]),
    ("FB", "Batik Banten Krakatau", "kecil", "36.73", "batikmark", True, [
        ("batik-tulis", "Kain Batik Tulis Banten Motif Datulaya 2 m", "lembar", 650000, 40, 21),
        ("batik-cap", "Batik Cap Banten Katun Primis 2 m", "lembar", 150000, 400, 7),
        ("kemeja-batik", "Kemeja Batik Cap Lengan Panjang Pria", "pcs", 185000, 300, 10),
    ]),
    ("FC", "Konveksi Seragam Jaya Abadi", "menengah", "32.16", "sni", True, [
        ("pdh", "Seragam PDH Drill Kantor Lengan Panjang + Bordir", "stel", 210000, 1500, 21),
        ("wearpack", "Wearpack Safety Coverall Kerja", "pcs", 165000, 800, 14),
        ("kaos-polo", "Kaos Polo Bordir Logo Instansi", "pcs", 75000, 3000, 14),
    ]),
    ("FD", "Sablon Kaos Tangerang Kreatif", "mikro", "36.03", "", True, [
        ("kaos", "Kaos Sablon Cotton Combed 30s (custom)", "pcs", 55000, 2000, 7),
        ("kaos", "T-SHIRT Custom Print DTF Bahan Katun 24s", "pcs", 65000, 1500, 7),
    ]),
    ("FE", "Sandal dan Sepatu Kulit Ciomas", "kecil", "36.04", "", True, [
        ("sandal-kulit", "Sandal Kulit Sapi Pria Model Slop", "pasang", 120000, 400, 10),
        ("sepatu-pantofel", "Sepatu Pantofel Kulit Asli Pria PDH", "pasang", 350000, 200, 14),
        ("sandal-hotel", "Sandal Hotel Spon Putih (Slipper)", "pasang", 6000, 5000, 5),
    ]),
    ("FF", "Mukena dan Sajadah Al-Barokah", "mikro", "32.01", "", True, [
        ("mukena", "Mukena Katun Rayon Bordir Dewasa", "pcs", 165000, 300, 10),
        ("sajadah", "Sajadah Travel Lipat Motif Turki 60x110", "pcs", 45000, 600, 7),
        ("peci", "Peci Hitam Beludru Nasional No. 7", "pcs", 35000, 800, 7),
    ]),
    ("FG", "Tekstil Rumah Tangga Majalaya", "kecil", "32.04", "", True, [
        ("sprei", "Sprei Katun Jepang 160x200 Set Sarung Bantal", "set", 185000, 300, 7),
        ("handuk", "Handuk Mandi Cotton 70x140 cm", "pcs", 55000, 1200, 5),
        ("taplak", "Taplak Meja Makan Renda 150x220", "pcs", 70000, 300, 7),
    ]),
    ("FH", "Garut Leather Craft", "kecil", "32.05", "", True, [
        ("tas-kulit", "Tas Selempang Kulit Domba Pria", "pcs", 250000, 200, 10),
        ("dompet-kulit", "Dompet Kulit Asli Lipat (Bifold Wallet)", "pcs", 95000, 500, 7),
        ("ikat-pinggang", "Ikat Pinggang Kulit Sapi Gesper Rel", "pcs", 110000, 400, 7),
    ]),
    ("FI", "Konveksi Harapan Kramatwatu", "mikro", "36.04", "", False, [
        ("pdh", "Baju PDH Pemda Bahan Drill", "stel", 150000, 800, 14),
    ]),
    # ---------------------------------------------------------------- kerajinan
    ("KA", "Anyaman Pandan Cibeber", "mikro", "36.02", "", True, [
        ("tikar-pandan", "Tikar Pandan Anyam 150x200", "lembar", 120000, 200, 10),
        ("tas-pandan", "Tas Anyaman Pandan Motif Etnik", "pcs", 65000, 400, 7),
    ]),
    ("KB", "Besek Bambu Sukamulya", "mikro", "32.01", "", True, [
        ("besek", "Besek Bambu Tutup 20x20 (isi 10)", "pak", 30000, 2000, 5),
        ("tampah", "Tampah Bambu Diameter 60 cm", "pcs", 35000, 500, 5),
        ("keranjang-parsel", "Keranjang Parsel Bambu Oval", "pcs", 40000, 600, 7),
    ]),
    ("KC", "Gerabah Bumijaya Ciruas", "kecil", "36.04", "", True, [
        ("pot-gerabah", "Pot Gerabah Tanah Liat Diameter 30 cm", "pcs", 45000, 500, 7),
        ("kendi", "Kendi Tanah Liat Air Minum 2 L", "pcs", 55000, 300, 7),
        ("celengan", "Celengan Gerabah Karakter", "pcs", 20000, 800, 5),
    ]),
    ("KD", "Mainan Kayu Edukatif Pringsewu", "mikro", "18.10", "", True, [
        ("puzzle-peta", "Puzzle Kayu Peta Indonesia", "pcs", 65000, 300, 10),
        ("balok-susun", "Balok Susun Kayu Warna 50 pcs (Wooden Blocks)", "set", 120000, 150, 10),
        ("mobil-kayu", "Mobil-mobilan Kayu Truk", "pcs", 45000, 200, 7),
    ]),
    ("KE", "Rehal dan Tasbih Kayu Kalideres", "mikro", "31.73", "", True, [
        ("rehal", "Rehal Kayu Jati Lipat Tempat Al-Quran", "pcs", 60000, 400, 7),
        ("tasbih", "Tasbih Kayu Kokka 33 Butir", "pcs", 25000, 1000, 5),
    ]),
    ("KF", "Souvenir Siger Lampung", "kecil", "18.71", "", True, [
        ("miniatur-siger", "Miniatur Siger Lampung Kuningan 20 cm", "pcs", 175000, 200, 10),
        ("gantungan-kunci", "Gantungan Kunci Akrilik Siger (Keychain)", "pcs", 5000, 5000, 7),
        ("plakat-kayu", "Plakat Kayu Ukir Custom Logo", "pcs", 250000, 150, 14),
    ]),
    ("KG", "Kerajinan Eceng Gondok Rawa Danau", "mikro", "36.04", "", True, [
        ("keranjang-eceng", "Keranjang Eceng Gondok Laundry Basket", "pcs", 95000, 200, 10),
        ("tatakan-gelas", "Tatakan Gelas Eceng Gondok Set 6", "set", 35000, 500, 7),
    ]),
    # ---------------------------------------------------------------- perhiasan
    ("PA", "Perak Silver Cikokol", "kecil", "36.71", "", True, [
        ("gelang-perak", "Gelang Perak 925 Ukir Bali Wanita", "pcs", 350000, 100, 10),
        ("cincin-perak", "Cincin Perak 925 Polos Unisex", "pcs", 150000, 200, 7),
    ]),
    ("PB", "Mutiara Teluk Ratai", "mikro", "18.09", "", True, [
        ("kalung-mutiara-laut", "Kalung Mutiara Air Laut Asli Lampung", "pcs", 850000, 40, 14),
        ("anting-mutiara", "Anting Mutiara Tusuk", "pasang", 175000, 150, 7),
        ("bros-mutiara", "Bros Mutiara Lampung untuk Jilbab", "pcs", 95000, 300, 7),
    ]),
    ("PC", "Akik dan Manik Baduy", "mikro", "36.02", "", True, [
        ("cincin-akik", "Cincin Batu Akik Kalimaya Banten Ikat Titanium", "pcs", 250000, 60, 10),
        ("gelang-manik", "Gelang Manik-Manik Etnik Baduy", "pcs", 15000, 1000, 5),
    ]),
    ("PD", "Kuningan Craft Bekasi", "kecil", "32.75", "", True, [
        ("bros-logo", "Bros Kuningan Logo Custom Lapis Emas", "pcs", 45000, 2000, 14),
        ("pin", "Pin Enamel Logo (Lapel Pin)", "pcs", 12000, 5000, 14),
    ]),
    # ---------------------------------------------------------------- furnitur
    ("UA", "Rotan Serang Indah", "kecil", "36.04", "svlk", True, [
        ("kursi-rotan", "Kursi Teras Rotan Sintetis Set (2 Kursi + 1 Meja)", "set", 1750000, 30, 21),
        ("sofa-rotan", "Sofa Rotan Alam 3 Dudukan", "unit", 3500000, 10, 30),
    ]),
    ("UB", "Mebel Jati Karawang", "menengah", "32.15", "svlk", True, [
        ("meja-kerja", "Meja Kerja Kayu Jati 120x60 (Office Desk)", "unit", 1850000, 40, 21),
        ("lemari-arsip-kayu", "Lemari Arsip Kayu 4 Pintu", "unit", 2750000, 20, 30),
        ("rak-buku", "Rak Buku Kayu 5 Susun", "unit", 950000, 40, 14),
    ]),
    ("UC", "Furniture Sekolah Mandiri Pringsewu", "kecil", "18.10", "", True, [
        ("meja-kursi-siswa", "Meja Kursi Siswa SD (1 Set)", "set", 650000, 200, 21),
        ("whiteboard", "Papan Tulis Whiteboard 120x240 Kaki", "unit", 900000, 50, 10),
        ("lemari-kelas", "Lemari Kelas Kayu 2 Pintu", "unit", 1350000, 30, 21),
    ]),
    ("UD", "Besi Furniture Periuk", "kecil", "36.71", "", True, [
        ("filing-cabinet", "Filing Cabinet Besi 4 Laci", "unit", 2300000, 60, 14),
        ("kursi-lipat", "Kursi Lipat Besi Chitose Model", "unit", 280000, 500, 7),
        ("rak-besi", "Rak Besi Siku Lubang 5 Susun", "unit", 550000, 200, 7),
    ]),
    ("UE", "Bambu Furniture Sukadana", "mikro", "18.07", "", True, [
        ("kursi-bambu", "Kursi Bambu Santai", "unit", 350000, 40, 14),
        ("balai-bambu", "Balai-balai Bambu 2x1 m", "unit", 850000, 15, 14),
    ]),
    ("UF", "Mebel Kantor Klender", "kecil", "31.75", "", True, [
        ("kursi-kantor", "Kursi Kantor Putar Jaring (Ergonomic Mesh Chair)", "unit", 850000, 200, 10),
        ("meja-rapat", "Meja Rapat Oval 10 Orang", "unit", 6500000, 10, 30),
        ("sofa-tamu", "Sofa Tamu Kantor 3-1-1", "set", 7500000, 10, 30),
    ]),
    ("UG", "PT Mebel Indo Raya", "besar", "32.16", "svlk;iso-9001", True, [
        ("kursi-kantor", "Kursi Kerja Putar Hidrolik", "unit", 550000, 5000, 7),
        ("filing-cabinet", "Filing Cabinet 4 Laci Baja", "unit", 1650000, 2000, 7),
    ]),
    # ---------------------------------------------------------------- herbal
    ("HA", "Jamu Gendong Mbok Sarmi", "mikro", "36.73", "", True, [
        ("jamu-segar", "Jamu Kunyit Asam Segar Botol 250 ml", "botol", 8000, 2000, 1),
        ("beras-kencur", "Beras Kencur Segar 250 ml", "botol", 8000, 1500, 1),
    ]),
    ("HB", "Herbal Temulawak Serang", "kecil", "36.04", "bpom", True, [
        ("temulawak-instan", "Temulawak Instan Serbuk 250 gr", "pcs", 30000, 2000, 4),
        ("kapsul-kelor", "Kapsul Daun Kelor 60 Kapsul", "botol", 55000, 800, 5),
        ("minyak-kayu-putih", "Minyak Kayu Putih Asli 60 ml", "botol", 35000, 1000, 4),
    ]),
    ("HC", "Koperasi Madu Hutan Way Kanan", "koperasi", "18.08", "pirt", True, [
        ("madu-hutan", "Madu Hutan Liar Asli 500 gr", "botol", 110000, 500, 5),
    ]),
    ("HD", "Rumah Herbal Cicurug", "kecil", "32.02", "bpom", True, [
        ("wedang-rempah", "Wedang Rempah Celup (Jahe, Kayu Manis, Cengkeh)", "box", 25000, 1000, 4),
        ("habbatussauda", "Habbatussauda Kapsul isi 100", "botol", 60000, 600, 5),
    ]),
    ("HE", "Jamu Racik Cikini", "mikro", "31.71", "pirt", True, [
        ("jamu-serbuk", "Jamu Pegal Linu Serbuk isi 10 sachet", "box", 20000, 1000, 3),
    ]),
    # ---------------------------------------------------------------- kosmetik
    ("SA", "Sabun Herbal Cilegon Bersih", "mikro", "36.72", "bpom", True, [
        ("sabun-transparan", "Sabun Transparan Madu 100gr (Soap Bar)", "pcs", 12000, 3000, 5),
        ("sabun-cair", "Sabun Cuci Tangan Cair (Hand Soap) 500 ml Refill", "pcs", 22000, 2000, 4),
        ("lulur", "Lulur Mandi Bengkoang 200 gr", "pcs", 30000, 600, 5),
    ]),
    ("SB", "Lilin Aroma Bogor", "mikro", "32.71", "", True, [
        ("lilin-aromaterapi", "Lilin Aromaterapi Soy Wax Lavender 100gr (Scented Candle)", "pcs", 45000, 500, 7),
        ("reed-diffuser", "Essential Oil Reed Diffuser 100 ml", "pcs", 65000, 300, 7),
    ]),
    ("SC", "Kosmetik Alami Lampung", "kecil", "18.71", "bpom;halal", True, [
        ("minyak-kemiri", "Minyak Kemiri Penumbuh Rambut 100 ml", "botol", 35000, 800, 5),
        ("lotion-kopi", "Hand Body Lotion Kopi 250 ml", "botol", 40000, 700, 5),
        ("masker-kopi", "Masker Wajah Bubuk Kopi 100gr", "pcs", 25000, 600, 5),
    ]),
    ("SD", "Hygiene Karawang Sejahtera", "menengah", "32.15", "bpom", True, [
        ("hand-sanitizer", "Hand Sanitizer Gel 500 ml Pump (Alkohol 70%)", "botol", 30000, 5000, 3),
    ]),
    # ---------------------------------------------------------------- logam
    ("LA", "Pandai Besi Golok Ciomas Pusaka", "mikro", "36.04", "", True, [
        ("golok", "Golok Ciomas Sarung Kayu", "pcs", 350000, 60, 14),
        ("arit", "Arit Rumput Baja Per", "pcs", 45000, 400, 7),
        ("cangkul", "Cangkul Baja Lengkap Gagang", "pcs", 95000, 300, 7),
    ]),
    ("LB", "Las dan Teralis Mandiri Metro", "mikro", "18.72", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow per m2", "m2", 450000, 100, 14),
        ("pagar-besi", "Pagar Besi Minimalis per meter", "m", 750000, 80, 21),
        ("kanopi", "Kanopi Baja Ringan Atap Alderon per m2", "m2", 550000, 150, 14),
    ]),
    ("LC", "Alat Dapur Stainless Pasar Kemis", "kecil", "36.03", "", True, [
        ("panci-stainless", "Panci Stainless Steel 24 cm Tutup Kaca", "pcs", 120000, 500, 5),
        ("pisau-dapur", "Set Pisau Dapur Stainless 6 pcs + Stand (Knife Set)", "set", 150000, 300, 5),
        ("wajan-besi", "Wajan Besi Cor 32 cm (Cast Iron Pan)", "pcs", 185000, 200, 7),
        ("rak-piring", "Rak Piring Stainless 2 Susun", "pcs", 175000, 300, 5),
    ]),
    ("LD", "Aluminium Cor Cikarang", "kecil", "32.16", "sni", True, [
        ("dandang", "Dandang Aluminium 40 cm Kukusan", "pcs", 275000, 200, 7),
        ("panci-aluminium", "Panci Aluminium Set 5 pcs", "set", 220000, 300, 7),
        ("papan-nama-meja", "Papan Nama Meja Aluminium Grafir", "pcs", 85000, 500, 7),
    ]),
    ("LE", "Bengkel Alsintan Lampung Tengah", "kecil", "18.02", "", True, [
        ("cangkul", "Cacul Lampung Baja Tempa", "pcs", 85000, 500, 7),
        ("parang", "Parang Kebun Tempa 16 inch", "pcs", 90000, 400, 7),
        ("tugal", "Alat Tanam Jagung Tugal Besi", "pcs", 150000, 200, 7),
    ]),
    # ---------------------------------------------------------------- percetakan
    ("CA", "Percetakan Cahaya Kota Serang", "kecil", "36.73", "", True, [
        ("spanduk", "Spanduk Banner Flexi 280gr per m2", "m2", 25000, 3000, 2),
        ("kartu-nama", "Kartu Nama Art Carton 260 (1 box isi 100)", "box", 45000, 500, 3),
        ("buku-yasin", "Buku Yasin & Tahlil Hard Cover 160 hlm Custom Nama", "pcs", 22000, 3000, 14),
        ("undangan", "Undangan Hard Cover Eksklusif", "pcs", 8500, 5000, 7),
    ]),
    ("CB", "Digital Printing Tanjung Karang", "kecil", "18.71", "", True, [
        ("x-banner", "X-Banner 60x160 + Rangka", "pcs", 85000, 500, 2),
        ("stiker", "Stiker Vinyl Cutting Logo Custom per m", "m", 75000, 300, 3),
        ("kalender", "Kalender Dinding 2027 6 Lembar Custom", "pcs", 22000, 5000, 14),
    ]),
    ("CC", "Grosir ATK Senen", "menengah", "31.71", "sni", True, [
        ("kertas-hvs", "Kertas HVS A4 70 gsm (1 rim)", "rim", 52000, 10000, 2),
        ("map-snelhecter", "Map Snelhecter Plastik Folio (isi 12)", "pak", 30000, 3000, 2),
        ("pulpen", "Pulpen Gel Hitam 0.5 mm (isi 12) Ballpoint", "pak", 36000, 5000, 2),
        ("stopmap", "Stopmap Kertas Folio Warna (isi 50)", "pak", 45000, 2000, 2),
    ]),
    ("CD", "Kemasan Box Karawang Print", "kecil", "32.15", "", True, [
        ("dus-nasi", "Dus Nasi Kotak Laminasi 20x20 Custom Logo", "pcs", 1500, 50000, 10),
        ("paper-bag", "Paper Bag Kraft Sablon Logo 25x33", "pcs", 4500, 20000, 10),
        ("label-stiker", "Stiker Label Produk Chromo (per A3)", "lembar", 4000, 10000, 3),
    ]),
    ("CE", "Cetak Piagam Pajajaran", "mikro", "32.71", "", True, [
        ("sertifikat", "Cetak Sertifikat/Piagam Art Paper 260 A4", "lembar", 3500, 10000, 3),
        ("map-ijazah", "Map Piagam/Map Ijazah Beludru A4 Emboss Logo", "pcs", 30000, 2000, 14),
    ]),
    # ---------------------------------------------------------------- pertanian
    ("TA", "Kebun Bibit Tunas Muda", "kecil", "36.02", "", True, [
        ("bibit-durian", "Bibit Durian Musang King Okulasi 80 cm", "batang", 45000, 2000, 7),
        ("bibit-alpukat", "Bibit Alpukat Miki Sambung Pucuk", "batang", 35000, 1500, 7),
    ]),
    ("TB", "Koperasi Tani Kopi Ulu Belu", "koperasi", "18.06", "", True, [
        ("bibit-kopi", "Bibit Kopi Robusta Stek Polybag", "batang", 3500, 20000, 14),
    ]),
    ("TC", "TOGA Hijau Lestari", "mikro", "32.01", "", True, [
        ("bibit-jahe-merah", "Bibit Jahe Merah Polybag", "polybag", 5000, 3000, 7),
        ("paket-toga", "Paket Tanaman TOGA 10 Jenis (Kunyit, Sereh, Kencur, dll)", "paket", 125000, 200, 7),
        ("tanaman-hias", "Tanaman Hias Aglonema Pot 20 cm", "pot", 75000, 300, 5),
    ]),
    ("TD", "Ikan Hias Sepatan", "mikro", "36.03", "", True, [
        ("ikan-koi", "Ikan Koi Kohaku Lokal 15-20 cm", "ekor", 35000, 1000, 3),
        ("ikan-cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 25000, 2000, 3),
    ]),
    ("TE", "Pakan dan Ternak Sekampung", "kecil", "18.07", "", True, [
        ("pakan-ayam", "Pakan Ayam Petelur Konsentrat 50 kg", "sak", 380000, 300, 5),
        ("telur-ras", "Telur Ayam Ras 1 peti (15 kg)", "peti", 390000, 200, 2),
        ("doc-ayam", "DOC Ayam Kampung Super (per ekor)", "ekor", 9000, 5000, 7),
    ]),
    ("TF", "Benih Ikan Mina Metro", "mikro", "18.72", "", True, [
        ("benih-lele", "Benih Ikan Lele Sangkuriang 5-7 cm", "ekor", 250, 100000, 3),
        ("benih-nila", "Benih Nila Merah 3-5 cm", "ekor", 300, 80000, 3),
    ]),
    ("TG", "Koperasi Tani Organik Rengasdengklok", "koperasi", "32.15", "", True, [
        ("pupuk-kompos", "Pupuk Kompos Organik Granul 40 kg", "sak", 60000, 2000, 5),
        ("benih-padi", "Benih Padi Inpari 32 Bersertifikat 5 kg", "pak", 70000, 1000, 5),
    ]),
    # ---------------------------------------------------------------- lainnya
    ("XA", "Alat Peraga Edukasi Bekasi", "kecil", "32.75", "", True, [
        ("kit-ipa", "KIT IPA SD Alat Peraga Sains Lengkap", "paket", 2500000, 30, 21),
        ("torso", "Torso Manusia 85 cm Alat Peraga Anatomi", "unit", 1800000, 20, 21),
        ("globe", "Globe Bola Dunia 30 cm", "pcs", 175000, 200, 7),
    ]),
    ("XB", "Sapu Ijuk Cipanas Lebak", "mikro", "36.02", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 1500, 5),
        ("keset-sabut", "Keset Sabut Kelapa 40x60", "pcs", 35000, 800, 5),
        ("sikat-lantai", "Sikat Lantai Ijuk", "pcs", 20000, 800, 5),
    ]),
    ("XC", "Kebersihan Nusantara Karawaci", "kecil", "36.71", "", True, [
        ("alat-pel", "Alat Pel Lantai Putar (Spin Mop) + Ember", "set", 150000, 500, 3),
        ("sabun-cuci-piring", "Sabun Cuci Piring Jeruk Nipis 5 Liter", "jerigen", 55000, 2000, 3),
        ("karbol", "Karbol Wangi Pembersih Lantai 1 Liter", "botol", 18000, 3000, 3),
        ("tempat-sampah", "Tempat Sampah Pedal 20 Liter", "pcs", 95000, 500, 5),
    ]),
    ("XD", "Perlengkapan Masjid Koja", "kecil", "31.72", "", True, [
        ("karpet-masjid", "Karpet Sajadah Masjid Roll Turki 1.2 x 25 m", "roll", 3500000, 20, 14),
        ("jam-sholat", "Jam Sholat Digital Masjid Running Text", "unit", 2500000, 15, 14),
    ]),
    # ---------------------------------------------------------------- marketplace shops (re-sellers, long titles)
    ("NM", "Kopi Nusantara Official Shop", "kecil", "32.75", "halal;pirt", True, [
        ("kopi-robusta-bubuk", "KOPI ROBUSTA LAMPUNG Premium Ground Coffee 250gr Medium Roast [FREE ONGKIR]", "pcs", 42000, 1500, 4),
        ("kopi-arabika-preanger", "Kopi Arabika Java Preanger Bubuk 200gr Single Origin Specialty", "pcs", 85000, 400, 4),
        ("cold-brew", "Cold Brew Coffee Literan 1L Kopi Susu Gula Aren", "botol", 65000, 300, 2),
    ]),
    ("FM", "Hijab dan Mukena Store Pamulang", "mikro", "36.74", "", True, [
        ("mukena", "Mukena Dewasa Katun Jepang Premium Bordir Full + Tas Travel BEST SELLER", "pcs", 185000, 250, 7),
        ("pashmina", "Pashmina Ceruty Babydoll 180x75 Grosir Murah", "pcs", 25000, 3000, 3),
    ]),
    ("LM", "Dapur Kita Store Serpong", "kecil", "36.74", "", True, [
        ("pisau-dapur", "Knife Set 7 pcs Stainless Steel Pisau Dapur Chef Anti Karat + Gunting + Block Kayu", "set", 135000, 400, 4),
        ("panci-set-stainless", "Panci Set Stainless 5 pcs Induction Ready Cookware Set", "set", 450000, 200, 4),
        ("talenan", "Talenan Kayu Jati Cutting Board 40x25 cm", "pcs", 75000, 500, 4),
    ]),
    ("CM", "ATK Kantor Online Curug", "kecil", "36.03", "", True, [
        ("kertas-hvs", "Kertas HVS A4 70gr 1 RIM 500 Lembar PaperLine Putih Bersih", "rim", 55000, 5000, 2),
        ("kertas-f4", "Kertas HVS F4 / Folio 70 gsm 1 Rim PaperLine", "rim", 58000, 5000, 2),
        ("amplop", "Amplop Putih Panjang 110 Kop Dinas Custom (isi 100)", "pak", 45000, 2000, 5),
    ]),
    ("UM", "Furniture Online Kembangan", "kecil", "31.73", "", True, [
        ("kursi-kantor", "Kursi Kantor Ergonomis Jaring Sandaran Tinggi Office Chair Hidrolik", "unit", 925000, 150, 7),
        ("kursi-gaming", "Kursi Gaming Racing Reclining Sandaran Kepala + Bantal", "unit", 1150000, 100, 7),
        ("meja-komputer", "Meja Komputer Minimalis 100x50 Rak Printer", "unit", 450000, 200, 7),
    ]),
    ("SM", "Beauty Organic Shop Depok", "mikro", "32.76", "bpom", True, [
        ("sanitizer-spray", "Hand Sanitizer Spray 100ml Food Grade Alkohol 75% isi 12", "pak", 90000, 500, 3),
        ("sabun-cair", "Sabun Cuci Tangan Antiseptik 500ml Pump Lemon Fresh", "pcs", 24000, 1500, 3),
    ]),
    ("PM", "Silver Jewelry Store BSD", "mikro", "36.74", "", True, [
        ("gelang-titanium", "Gelang Rantai Titanium Pria Anti Karat Tidak Luntur", "pcs", 65000, 800, 3),
        ("kalung-perak", "Kalung Perak 925 Liontin Inisial Custom Nama", "pcs", 225000, 200, 7),
    ]),
    ("TM", "Toko Tani Online Caringin", "mikro", "32.01", "", True, [
        ("bibit-durian-bawor", "Bibit Durian Bawor Kaki 3 Super Cepat Berbuah 1 meter", "batang", 85000, 500, 5),
        ("benih-padi-mekongga", "Benih Padi Mekongga 5kg Label Biru", "pak", 65000, 800, 5),
    ]),
    ("XM", "Toko Grosir Serba Ada Cibodas", "kecil", "36.71", "", True, [
        ("sapu-nilon", "SAPU LANTAI Nilon Merk SAPUKU Premium Anti Rontok Grosir", "pcs", 30000, 1000, 3),
        ("flat-mop", "Alat Pel Lantai Microfiber Flat Mop 360 Putar Praktis [READY STOCK]", "pcs", 85000, 600, 3),
        ("karbol", "Cairan Pembersih Lantai Wangi Lavender 800ml SuperKlin", "botol", 16000, 3000, 3),
    ]),
]

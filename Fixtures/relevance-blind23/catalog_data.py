"""Hand-written directory and products for relevance-blind23 (fictional).

SUPPLIERS: (key, name, scale, region, certifications, active, products)
product:   (kind, name, unit, unit_price, capacity_per_month, lead_time_days)
The kind is the labeller's own tag of what the product is; it never reaches the CSVs. The key's first
letter is the category (CATEGORY). Certificate "pirt-expired" writes a P-IRT number ending in an old year.
"""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Kinds made fresh and eaten within a day or two: the whole quantity must be made within the month, and the
# labeller accepts only producers in the need's kabupaten/kota when any qualifies, else in its province.
PERISHABLE = {"nasi-kotak", "snack-box", "prasmanan", "nasi-liwet", "nasi-jamblang", "tumpeng-mini",
              "coffee-break", "jamu-kunyit-asam", "beras-kencur", "susu-pasteurisasi", "yoghurt"}

SUPPLIERS = [
    # ---------------------------------------------------------------- makanan
    ("MGULA", "KUB Gula Semut Cibeber", "mikro", "36.02", "pirt;halal", True, [
        ("gula-semut", "Gula Semut Aren Organik 500 gr", "pcs", 28000, 2000, 5),
        ("sale-pisang", "Sale Pisang Ambon Goreng Khas Lebak 250 gr", "pcs", 18000, 1500, 4),
    ]),
    ("MDODOL", "Dodol Garut Picnic Rasa", "kecil", "32.05", "halal;pirt", True, [
        ("dodol-garut", "Dodol Garut Aneka Rasa Kotak 500 gr", "box", 25000, 5000, 5),
        ("dodol-garut", "DODOL GARUT Asli Wijen isi 20 pcs Oleh Oleh Khas Garut", "box", 22000, 3000, 5),
    ]),
    ("MSUSU", "Olahan Susu Cisurupan", "mikro", "32.05", "pirt", True, [
        ("dodol-susu", "Dodol Susu Sapi Cisurupan isi 20", "box", 30000, 1200, 5),
        ("karamel-susu", "Permen Karamel Susu (Caramel Milk Candy) 200 gr", "pcs", 28000, 800, 5),
    ]),
    ("MKRUPUK", "Kerupuk Udang Mertasinga", "kecil", "32.09", "halal;pirt", True, [
        ("kerupuk-udang", "Kerupuk Udang Cirebon Mentah 1 kg", "kg", 85000, 800, 5),
        ("kerupuk-udang", "Krupuk Udang Super Khas Cirebon 500gr (mentah)", "pcs", 47000, 600, 5),
        ("kerupuk-melarat", "Kerupuk Melarat Pasir Warna 1 kg", "kg", 25000, 2000, 3),
    ]),
    ("MIKAN", "Olahan Ikan Teluk Pandan", "mikro", "18.09", "pirt", True, [
        ("otak-otak", "Otak-otak Ikan Tenggiri Frozen isi 25", "pack", 45000, 400, 3),
        ("kemplang", "Kemplang Panggang Ikan Tenggiri 250 gr", "pcs", 20000, 1500, 4),
        ("sambal-cumi", "Sambal Cumi Asin Pedas 150 gr", "pcs", 35000, 600, 4),
    ]),
    ("MDAGING", "Abon & Dendeng Sapi Sumber Sari Metro", "kecil", "18.72", "halal;pirt", True, [
        ("abon-sapi", "Abon Sapi Original 250gr", "pcs", 55000, 800, 5),
        ("dendeng-sapi", "Dendeng Sapi Balado Kering 250gr", "pcs", 65000, 500, 5),
    ]),
    ("MSAMBAL", "Sambal Mak Ijah Cimahi", "mikro", "32.77", "pirt", True, [
        ("sambal-bawang", "Sambal Bawang Botol 150 ml", "pcs", 22000, 1500, 4),
        ("sambal-bawang", "SAMBEL BAWANG Pedas Nampol Homemade 150ml Tanpa Pengawet", "pcs", 20000, 800, 4),
    ]),
    ("MWAYKANAN", "Keripik Way Kanan Jaya", "mikro", "18.08", "pirt-expired", True, [
        ("keripik-pisang", "Keripik Pisang Tanduk Manis 250 gr", "pcs", 15000, 2000, 3),
        ("keripik-singkong", "Keripik Singkong Balado Pedas 200gr", "pcs", 12000, 3000, 3),
    ]),
    ("MCIMAHI", "Frozen Food Cireng Cimahi", "mikro", "32.77", "", True, [
        ("cireng", "Cireng Isi Ayam Pedas Frozen isi 20", "pack", 25000, 1200, 2),
        ("kerupuk-kulit", "Kerupuk Kulit Sapi (Rambak) 250 gr", "pcs", 27000, 600, 4),
    ]),
    ("MKWT", "Koperasi Wanita Tani Cibaliung", "koperasi", "36.01", "halal;pirt", True, [
        ("emping", "Emping Melinjo Super Tipis 500 gr", "pcs", 65000, 1000, 5),
        ("nastar", "Kue Kering Nastar Nanas Toples 500 gr", "toples", 75000, 300, 7),
        ("gula-aren-cetak", "Gula Aren Cetak (Gula Kawung) 1 kg", "kg", 32000, 1500, 4),
    ]),
    ("MBESAR", "PT Snack Nusantara Tangerang", "besar", "36.03", "halal;bpom", True, [
        ("keripik-pisang", "Keripik Pisang Manis Kemasan 250 gr", "pcs", 9000, 50000, 3),
        ("keripik-singkong", "Keripik Singkong Balado Kemasan Ekonomis", "pcs", 7000, 50000, 3),
    ]),
    # ---------------------------------------------------------------- minuman
    ("NKOPI", "Kopi Robusta Ulubelu Tanggamus", "kecil", "18.06", "halal;pirt", True, [
        ("kopi-bubuk-robusta", "Kopi Bubuk Robusta Tanggamus 250 gr", "pcs", 35000, 3000, 5),
        ("kopi-biji-robusta", "Roasted Bean Robusta Lampung Fine 1 kg", "kg", 160000, 500, 5),
    ]),
    ("NKAKAO", "Kakao Pesawaran Coklat Sejati", "mikro", "18.09", "pirt", True, [
        ("cokelat-bubuk", "Cokelat Bubuk Murni Kakao Pesawaran 200 gr", "pcs", 40000, 800, 5),
        ("cokelat-sachet", "Minuman Coklat 3in1 Sachet isi 10", "box", 30000, 1500, 5),
    ]),
    ("NARABIKA", "Kopi Arabika Papandayan", "kecil", "32.05", "halal", True, [
        ("kopi-arabika", "Kopi Arabika Garut Java Preanger Bubuk 200 gr", "pcs", 75000, 1000, 5),
        ("teh-hitam", "Teh Hitam Tubruk Cisaruni 250 gr", "pcs", 25000, 2000, 4),
    ]),
    ("NSUSU", "Koperasi Susu Cibungbulang", "koperasi", "32.01", "pirt", True, [
        ("susu-pasteurisasi", "Susu Sapi Segar Pasteurisasi 1 liter", "botol", 22000, 3000, 1),
        ("yoghurt", "Yoghurt Drink Aneka Rasa 250 ml", "botol", 12000, 2000, 2),
    ]),
    ("NSIRUP", "Sari Buah Gincu Cirebon", "mikro", "32.09", "pirt", True, [
        ("sirup-mangga", "Sirup Mangga Gedong Gincu 600 ml", "botol", 35000, 1000, 5),
        ("sari-jeruk", "Minuman Sari Jeruk Botol 250 ml", "botol", 6000, 3000, 3),
    ]),
    ("NAMDK", "AMDK Tirta Lebak", "kecil", "36.02", "sni;halal", True, [
        ("amdk-gelas", "Air Mineral Gelas 220 ml (1 dus isi 48)", "dus", 22000, 5000, 2),
        ("amdk-botol", "Air Mineral Botol 600 ml (1 dus isi 24)", "dus", 45000, 4000, 2),
    ]),
    ("NAMDK2", "AMDK Way Kanan Segar", "mikro", "18.08", "sni", True, [
        ("amdk-gelas", "Air Minum Kemasan Cup 240 ml isi 48", "dus", 19000, 2000, 2),
    ]),
    ("NBANDREK", "Bandrek Cimahi Hangat", "mikro", "32.77", "pirt", True, [
        ("bandrek", "Bandrek Instan Gula Aren isi 10 sachet", "box", 20000, 1000, 4),
        ("bajigur", "Bajigur Instan isi 10 sachet", "box", 20000, 1000, 4),
    ]),
    # ---------------------------------------------------------------- jasa-boga
    ("JLEBAK", "Catering Dapur Lebak Berkah", "kecil", "36.02", "halal", True, [
        ("nasi-kotak", "Nasi Box Ayam Bakar + Lalapan", "box", 30000, 3000, 2),
        ("snack-box", "Kue Kotak isi 3 (Lemper, Risol, Bolu)", "box", 12000, 4000, 1),
        ("prasmanan", "Paket Prasmanan Ekonomis min 100 pax", "porsi", 45000, 2000, 4),
    ]),
    ("JGARUT", "Rumah Makan Sunda Ceu Lilis", "mikro", "32.05", "halal", True, [
        ("nasi-liwet", "Nasi Liwet Komplit Bungkus Daun", "porsi", 28000, 1500, 2),
        ("nasi-kotak", "Nasi Kotak Ayam Goreng Garut", "box", 27000, 2000, 2),
    ]),
    ("JCIREBON", "Empal Gentong H. Apud Catering", "kecil", "32.09", "halal", True, [
        ("nasi-kotak", "Nasi Box Empal Gentong", "box", 35000, 2500, 2),
        ("nasi-jamblang", "Nasi Jamblang Paket Lauk 4 macam", "porsi", 30000, 1500, 2),
    ]),
    ("JPESAWARAN", "Katering Seruit Ibu Ros", "mikro", "18.09", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Seruit Ikan Bakar", "box", 33000, 800, 2),
        ("snack-box", "Snack Box Kue Basah Lampung 4 item", "box", 13000, 1500, 1),
    ]),
    ("JCIMAHI", "Cimahi Catering Service", "menengah", "32.77", "halal;iso-9001", True, [
        ("nasi-kotak", "NASI BOX Premium Rendang / Ayam Bakakak", "box", 40000, 5000, 3),
        ("tumpeng-mini", "Tumpeng Nasi Kuning Mini 1 orang", "pcs", 35000, 800, 2),
        ("coffee-break", "Paket Coffee Break (2 kue + kopi/teh)", "pax", 18000, 3000, 1),
    ]),
    ("JWAYKANAN", "Dapur Umi Way Kanan", "mikro", "18.08", "", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Goreng Lalapan", "box", 25000, 400, 2),
        ("snack-box", "Snack Box Ekonomis isi 3", "box", 9000, 600, 1),
    ]),
    ("JTUTUP", "Catering Griya Rasa Garut", "mikro", "32.05", "halal", False, [
        ("nasi-kotak", "Nasi Kotak Paket Hemat", "box", 20000, 3000, 2),
        ("nasi-liwet", "Nasi Liwet Ayam Kampung", "porsi", 22000, 1000, 2),
    ]),
    # ---------------------------------------------------------------- fesyen
    ("FTAPIS", "Tapis Pesawaran Sinar Siger", "kecil", "18.09", "", True, [
        ("kain-tapis", "Kain Tapis Lampung Motif Pucuk Rebung Benang Emas", "lembar", 850000, 40, 21),
        ("selendang-tapis", "Selendang Tapis Sulam Usus", "pcs", 250000, 100, 10),
    ]),
    ("FBATIK", "Batik Trusmi Ratu Megamendung", "kecil", "32.09", "batikmark", True, [
        ("batik-tulis", "Kain Batik Tulis Megamendung Cirebon 2 m", "lembar", 750000, 60, 20),
        ("kemeja-batik", "Kemeja Batik Pria Lengan Panjang Megamendung", "pcs", 185000, 500, 10),
    ]),
    ("FBATIKCAP", "Batik Cap Plered Murah", "mikro", "32.09", "", True, [
        ("batik-cap", "Batik Cap Cirebon Motif Mega Mendung Katun Primisima 2m", "lembar", 135000, 800, 7),
        ("batik-printing", "KAIN BATIK PRINTING Megamendung Grosir per 2 meter", "lembar", 55000, 3000, 3),
    ]),
    ("FKONVEKSI", "Konveksi Cimahi Putra", "kecil", "32.77", "", True, [
        ("kaos-polo", "Kaos Polo Shirt Lacoste CVC Bordir Logo", "pcs", 75000, 3000, 14),
        ("kaos-oblong", "Kaos Oblong Cotton Combed 30s Sablon", "pcs", 45000, 5000, 10),
        ("pdh", "Seragam PDH Kemeja Dinas Bahan American Drill", "pcs", 165000, 1500, 21),
        ("rompi", "Rompi Lapangan Drill Multi Saku", "pcs", 120000, 800, 14),
    ]),
    ("FKULIT", "Kulit Sukaregang Abadi", "kecil", "32.05", "", True, [
        ("jaket-kulit", "Jaket Kulit Domba Asli Garut Pria", "pcs", 950000, 80, 14),
        ("dompet-kulit", "Dompet Kulit Sapi Pria Lipat", "pcs", 95000, 600, 7),
        ("sepatu-pantofel", "Sepatu Pantofel Kulit Pria Hitam", "pasang", 325000, 300, 14),
    ]),
    ("FBADUY", "Tenun Kanekes Baduy", "mikro", "36.02", "", True, [
        ("tenun-baduy", "Kain Tenun Baduy Motif Suat Samata", "lembar", 350000, 60, 14),
        ("iket", "Iket Sunda / Lomar Baduy Batik Biru", "pcs", 45000, 400, 5),
    ]),
    ("FMUSLIM", "Busana Muslim Az-Zahra", "mikro", "36.71", "", True, [
        ("mukena", "Mukena Katun Rayon Bordir Dewasa", "pcs", 145000, 400, 10),
        ("peci", "Peci Hitam Beludru Nasional no. 7", "pcs", 35000, 1500, 5),
        ("sajadah", "Sajadah Travel Lipat Polos", "pcs", 40000, 800, 5),
    ]),
    ("FBESAR", "PT Konveksi Seragam Rajabasa", "besar", "18.71", "", True, [
        ("kaos-oblong", "Kaos Sablon Grosir Murah", "pcs", 30000, 20000, 7),
        ("pdh", "Seragam PDH Dinas Drill", "pcs", 140000, 10000, 14),
    ]),
    ("FBORDIR", "Bordir Tasik Geulis", "mikro", "32.06", "", True, [
        ("kebaya-bordir", "Kebaya Bordir Tasik Brokat", "pcs", 325000, 100, 14),
        ("taplak-meja", "Taplak Meja Bordir Kerancang 150 x 220 cm", "pcs", 185000, 200, 10),
    ]),
    ("FTEKSTIL", "Sprei & Handuk Karawang Textile", "kecil", "32.15", "", True, [
        ("sprei", "Sprei Katun Jepang 160x200 + 2 Sarung Bantal", "set", 165000, 400, 7),
        ("handuk", "Handuk Mandi Katun 70x140 Bordir Nama", "pcs", 55000, 1500, 10),
        ("gorden", "Gorden Blackout Smokring 140x220", "pcs", 125000, 500, 10),
    ]),
    # ---------------------------------------------------------------- kerajinan
    ("KPANDAN", "Anyaman Pandan Rajapolah Mekar", "mikro", "32.06", "", True, [
        ("tikar-pandan", "Tikar Pandan Anyam Warna 150x200", "lembar", 95000, 300, 10),
        ("tas-pandan", "Tas Anyaman Pandan Jinjing Motif", "pcs", 65000, 500, 7),
    ]),
    ("KBAMBU", "Bambu Kreatif Gadingrejo", "mikro", "18.10", "", True, [
        ("besek-bambu", "Besek Bambu 20x20 (isi 10)", "ikat", 30000, 1500, 5),
        ("tempat-tisu-bambu", "Tempat Tissue Bambu Ukir Logo", "pcs", 45000, 500, 7),
        ("keranjang-bambu", "Keranjang Parsel Bambu Oval Besar", "pcs", 40000, 600, 5),
    ]),
    ("KGERABAH", "Gerabah Sitiwinangun Art", "kecil", "32.09", "", True, [
        ("vas-gerabah", "Vas Bunga Gerabah Tanah Liat Ukir 40cm", "pcs", 85000, 300, 10),
        ("gentong-gerabah", "Gentong Air Gerabah / Padasan 30 ltr", "pcs", 175000, 100, 14),
        ("celengan-gerabah", "Celengan Tanah Liat Karakter", "pcs", 20000, 1000, 5),
    ]),
    ("KWAYANG", "Sanggar Wayang Kulit Gegesik", "mikro", "32.09", "", True, [
        ("wayang-kulit", "Wayang Kulit Cirebon Tokoh Arjuna Tatah Sungging", "pcs", 650000, 40, 21),
        ("topeng", "Topeng Kayu Panji Cirebon Hiasan Dinding", "pcs", 175000, 100, 10),
    ]),
    ("KAKARWANGI", "Souvenir Akar Wangi Samarang", "mikro", "32.05", "", True, [
        ("akar-wangi", "Souvenir Kipas/Tas Akar Wangi Garut", "pcs", 25000, 2000, 7),
        ("miniatur-domba", "Miniatur Domba Garut Kayu", "pcs", 120000, 200, 10),
    ]),
    ("KSIGER", "Galeri Siger Craft", "kecil", "18.71", "", True, [
        ("miniatur-siger", "Miniatur Siger Lampung Kuningan Kotak Kaca", "pcs", 225000, 200, 10),
        ("hiasan-tapis", "Hiasan Dinding Tapis Bingkai 40x60", "pcs", 275000, 100, 10),
    ]),
    ("KAKRILIK", "Akrilik Art Metro", "mikro", "18.72", "", True, [
        ("plakat-akrilik", "Plakat Akrilik Award 20 cm + Box", "pcs", 165000, 500, 7),
        ("gantungan-kunci-akrilik", "Gantungan Kunci Akrilik Custom Logo Instansi", "pcs", 6000, 10000, 7),
    ]),
    ("KKULIT", "Aksesoris Kulit Domba Sukaregang", "mikro", "32.05", "", True, [
        ("gantungan-kunci-kulit", "Gantungan Kunci Kulit Ukir Nama", "pcs", 12000, 3000, 7),
        ("card-holder-kulit", "Tempat Kartu Nama Kulit (Card Holder)", "pcs", 35000, 800, 7),
    ]),
    # ---------------------------------------------------------------- perhiasan
    ("PPERAK", "Silver Craft Ciampea", "mikro", "32.01", "", True, [
        ("cincin-perak", "Cincin Perak 925 Ukir Motif", "pcs", 275000, 200, 7),
        ("liontin-perak", "Liontin Perak Kaligrafi", "pcs", 185000, 150, 7),
        ("bros-perak", "Bros Perak Filigri Bunga", "pcs", 225000, 100, 10),
    ]),
    ("PMUTIARA", "Mutiara Teluk Lampung", "kecil", "18.09", "", True, [
        ("kalung-mutiara", "Kalung Mutiara Air Laut Asli Lampung", "pcs", 1250000, 50, 14),
        ("anting-mutiara", "Anting Mutiara Tusuk", "pcs", 95000, 300, 5),
        ("gelang-mutiara", "Gelang Mutiara Air Tawar", "pcs", 150000, 200, 7),
    ]),
    ("PETNIK", "Aksesoris Etnik Banten Girang", "mikro", "36.73", "", True, [
        ("gelang-akar-bahar", "Gelang Akar Bahar Ukir", "pcs", 85000, 300, 5),
        ("bros-imitasi", "Bros Jilbab Kristal Imitasi Premium", "pcs", 25000, 2000, 3),
        ("kalung-manik", "Kalung Manik-manik Etnik Baduy", "pcs", 35000, 600, 5),
    ]),
    ("PPIN", "Pin & Emblem Garut Emas Art", "mikro", "32.05", "", True, [
        ("pin-logo", "Pin Kerah Logo Instansi Kuningan Lapis Emas", "pcs", 45000, 3000, 14),
        ("cincin-akik", "Cincin Batu Akik Garut Ikat Perak", "pcs", 350000, 80, 10),
    ]),
    # ---------------------------------------------------------------- furnitur
    ("UROTAN", "Rotan Plered Cirebon Mandiri", "kecil", "32.09", "", True, [
        ("kursi-rotan-set", "Kursi Teras Rotan Sintetis Set 2 kursi + 1 meja", "set", 2750000, 40, 21),
        ("kursi-rotan", "Kursi Rotan Alam Santai Single", "pcs", 650000, 100, 14),
        ("sofa-rotan", "Sofa Rotan 3 Dudukan + Bantal", "pcs", 4500000, 20, 30),
    ]),
    ("UROTANTUTUP", "Kursi Rotan Cirebon Antik", "mikro", "32.09", "", False, [
        ("kursi-rotan-set", "Set Kursi Teras Rotan Murah", "set", 1500000, 60, 14),
    ]),
    ("UJATI", "Mebel Jati Jepara Pringsewu", "kecil", "18.10", "svlk", True, [
        ("meja-kerja", "Meja Kerja Kayu Jati 120x60 + Laci", "pcs", 2250000, 40, 21),
        ("lemari-arsip-kayu", "Lemari Arsip Kayu Jati 2 Pintu Kaca", "pcs", 3750000, 20, 30),
        ("kursi-tamu-kayu", "Kursi Tamu Kayu Jati Ukir Set 4+1", "set", 9500000, 8, 45),
    ]),
    ("USEKOLAH", "Meubel Sekolah Karya Lebak", "mikro", "36.02", "", True, [
        ("bangku-sekolah", "Meja Kursi Siswa SD Kayu Mahoni (1 set)", "set", 650000, 300, 21),
        ("rak-buku", "Rak Buku Kayu 5 Susun", "pcs", 850000, 60, 14),
    ]),
    ("UBESI", "Besi Furniture Cimahi", "menengah", "32.77", "sni;iso-9001", True, [
        ("lemari-arsip-besi", "Filing Cabinet Besi 4 Laci Folio", "pcs", 2650000, 100, 14),
        ("rak-besi", "Rak Besi Siku Lubang 5 Susun 2 meter", "pcs", 750000, 300, 7),
        ("kursi-kantor", "Kursi Kantor Putar Hidrolik Jaring (Mesh)", "pcs", 850000, 300, 10),
    ]),
    ("UBAMBU", "Bambu Furnitur Way Kanan", "mikro", "18.08", "", True, [
        ("bale-bambu", "Balai-balai Bambu 2x1 m", "pcs", 750000, 20, 14),
        ("kursi-bambu", "Kursi Bambu Set Tamu", "set", 1500000, 15, 21),
    ]),
    # ---------------------------------------------------------------- herbal
    ("HJAMU", "Jamu Gendong Mbok Sri Metro", "mikro", "18.72", "pirt", True, [
        ("jamu-kunyit-asam", "Jamu Kunyit Asam Botol 250 ml", "botol", 8000, 1500, 1),
        ("beras-kencur", "Jamu Beras Kencur Segar 250 ml", "botol", 8000, 1500, 1),
    ]),
    ("HJAHE", "Herbal Jahe Merah Lereng Tanggamus", "kecil", "18.06", "pirt;halal", True, [
        ("jahe-instan", "Jahe Merah Instan Serbuk 250 gr", "pcs", 30000, 2000, 5),
        ("temulawak-instan", "Temulawak Instan Serbuk 250gr", "pcs", 28000, 1500, 5),
    ]),
    ("HVCO", "Minyak Kelapa & Sereh Cikeusik", "mikro", "36.01", "pirt", True, [
        ("vco", "Minyak Kelapa Murni VCO 250 ml", "botol", 45000, 800, 5),
        ("minyak-urut", "Minyak Urut / Balur Sereh Wangi 60 ml", "botol", 25000, 1000, 4),
    ]),
    ("HNUSANTARA", "Rumah Herbal Nusantara Cibinong", "menengah", "32.01", "bpom;halal", True, [
        ("kapsul-kelor", "Kapsul Daun Kelor 60 kapsul BPOM", "botol", 65000, 3000, 5),
        ("teh-herbal", "Teh Celup Herbal Daun Sirsak isi 25", "box", 25000, 3000, 4),
        ("minyak-kayu-putih", "Minyak Kayu Putih Asli 60 ml", "botol", 30000, 3000, 5),
    ]),
    ("HSIMPLISIA", "Tani Obat Garut Sehat", "mikro", "32.05", "", True, [
        ("simplisia", "Simplisia Kering Kumis Kucing 100 gr", "pack", 15000, 400, 5),
        ("wedang-rempah", "Wedang Rempah Celup (Jahe, Sereh, Secang) isi 10", "box", 20000, 800, 4),
    ]),
    ("HMADU", "Madu Hutan Way Kanan Lestari", "mikro", "18.08", "pirt", True, [
        ("madu-hutan", "Madu Hutan Liar Way Kanan 500 gr", "botol", 110000, 300, 5),
    ]),
    # ---------------------------------------------------------------- kosmetik
    ("SSABUN", "Sabun Herbal Cimahi Lestari", "mikro", "32.77", "bpom", True, [
        ("sabun-batang", "Sabun Mandi Batang Herbal Sereh 100 gr", "pcs", 15000, 3000, 5),
        ("sabun-cair-tangan", "Sabun Cuci Tangan Cair 500 ml Refill", "pcs", 22000, 2000, 4),
    ]),
    ("SAROMA", "Lilin Aroma Cimanuk", "mikro", "32.05", "", True, [
        ("lilin-aromaterapi", "Lilin Aromaterapi Soy Wax Jar 100 gr Akar Wangi", "pcs", 45000, 600, 7),
        ("atsiri-akar-wangi", "Minyak Atsiri Akar Wangi 10 ml Garut", "pcs", 60000, 300, 5),
        ("reed-diffuser", "Reed Diffuser Aroma Akar Wangi 100 ml", "pcs", 75000, 400, 7),
    ]),
    ("SALAMI", "Kosmetik Alami Way Halim", "kecil", "18.71", "bpom;halal", True, [
        ("lulur", "Lulur Mandi Bengkoang 250 gr", "pcs", 35000, 1500, 5),
        ("lotion", "Hand Body Lotion Lidah Buaya 250 ml", "pcs", 32000, 1500, 5),
        ("hand-sanitizer", "Hand Sanitizer Gel 500 ml Alkohol 70%", "pcs", 28000, 3000, 3),
    ]),
    # ---------------------------------------------------------------- logam
    ("LCIBATU", "Pandai Besi Cibatu Sejahtera", "mikro", "32.05", "", True, [
        ("golok", "Golok Cibatu Sorenan Kayu Sonokeling", "pcs", 225000, 200, 10),
        ("pisau-dapur", "Pisau Dapur Baja Per 8 inch", "pcs", 65000, 600, 7),
        ("arit", "Arit / Sabit Rumput Baja", "pcs", 55000, 800, 5),
    ]),
    ("LTANI", "Alat Tani Besi Way Kanan", "mikro", "18.08", "", True, [
        ("cangkul", "Cangkul Pacul Baja Gagang Kayu", "pcs", 95000, 500, 7),
        ("parang-kebun", "Parang Kebun Sawit", "pcs", 110000, 300, 7),
        ("dodos", "Dodos Sawit Baja", "pcs", 150000, 200, 10),
    ]),
    ("LLAS", "Las & Teralis Mandiri Karawang", "mikro", "32.15", "", True, [
        ("teralis-besi", "Teralis Jendela Besi Hollow per m2", "m2", 450000, 300, 14),
        ("pagar-besi", "Pagar Besi Minimalis per meter lari", "m", 650000, 200, 21),
        ("kanopi", "Kanopi Baja Ringan Atap Alderon per m2", "m2", 550000, 300, 14),
    ]),
    ("LDAPUR", "Alat Dapur Aluminium Cileungsi", "kecil", "32.01", "sni", True, [
        ("panci", "Panci Aluminium Set 5 pcs (16-24 cm)", "set", 275000, 500, 7),
        ("wajan", "Wajan Besi Cor 30 cm", "pcs", 145000, 300, 7),
        ("dandang", "Dandang Aluminium 40 cm (Kukusan Nasi)", "pcs", 325000, 150, 10),
    ]),
    ("LKUNINGAN", "Kerajinan Kuningan Metro Jaya", "mikro", "18.72", "", True, [
        ("plakat-kuningan", "Plakat Kuningan Etsa Logo Instansi Kayu Jati", "pcs", 375000, 150, 14),
        ("medali", "Medali Kuningan Custom Pita Merah Putih", "pcs", 45000, 2000, 14),
    ]),
    # ---------------------------------------------------------------- percetakan
    ("CCIMAHI", "Percetakan Sinar Cimahi Offset", "kecil", "32.77", "", True, [
        ("undangan", "Undangan Hardcover Cetak Nama min 100", "pcs", 9000, 10000, 7),
        ("buku-yasin", "Buku Yasin & Tahlil Hardcover 160 hlm Custom Foto", "pcs", 28000, 3000, 14),
        ("map", "Map Snelhecter / Map Kertas Logo Instansi", "pcs", 4500, 20000, 10),
    ]),
    ("CPRINT", "Digital Printing Pandeglang Jaya", "mikro", "36.01", "", True, [
        ("spanduk", "Cetak Spanduk Banner Flexi 280 gr per meter", "m2", 25000, 5000, 1),
        ("x-banner", "X-Banner 60x160 + Rangka", "pcs", 85000, 500, 2),
        ("stiker", "Cetak Stiker Vinyl Cutting A3", "lembar", 15000, 3000, 2),
    ]),
    ("CATK", "Toko ATK & Fotokopi Sumber Ilmu Kalianda", "mikro", "18.01", "", True, [
        ("kertas-hvs", "Kertas HVS A4 70 gsm 1 rim", "rim", 52000, 2000, 2),
        ("pulpen", "Pulpen Gel Hitam 0.5 mm (isi 12)", "box", 30000, 2000, 2),
        ("amplop", "Amplop Putih Panjang Cetak Kop (1 box isi 100)", "box", 55000, 1000, 5),
    ]),
    ("CKEMASAN", "Cetak Kemasan Gunung Sari Garut", "kecil", "32.05", "", True, [
        ("dus-kemasan", "Box Kemasan Dodol / Dus Snack Custom Sablon", "pcs", 2500, 20000, 10),
        ("paper-bag", "Paper Bag Kraft Cetak Logo 25x35", "pcs", 6500, 10000, 10),
        ("nota", "Nota Kontan NCR 2 Ply Rangkap (per buku)", "buku", 12000, 5000, 5),
    ]),
    ("CMETRO", "Sablon & Cetak Metro Grafika", "mikro", "18.72", "", True, [
        ("id-card", "ID Card PVC + Tali Lanyard Printing", "pcs", 15000, 3000, 5),
        ("piagam", "Cetak Piagam / Sertifikat Art Carton 260 + Map", "pcs", 12000, 3000, 5),
    ]),
    # ---------------------------------------------------------------- pertanian
    ("TKOPI", "Kebun Bibit Kopi Ulubelu", "kecil", "18.06", "", True, [
        ("bibit-kopi", "Bibit Kopi Robusta Sambung Polybag 40 cm", "batang", 5000, 20000, 14),
        ("green-bean", "Biji Kopi Robusta Green Bean Grade 1", "kg", 55000, 3000, 7),
        ("bibit-lada", "Bibit Lada Natar Setek", "batang", 4000, 10000, 14),
    ]),
    ("TCUPANG", "Ikan Hias Cupang Citeureup", "mikro", "32.01", "", True, [
        ("cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 35000, 2000, 3),
        ("koi", "Ikan Koi Lokal 10-15 cm", "ekor", 25000, 1500, 3),
    ]),
    ("TBENIH", "Pembenihan Ikan Rawa Sragi", "kecil", "18.07", "", True, [
        ("benih-nila", "Benih Ikan Nila Merah 5-7 cm", "ekor", 300, 200000, 7),
        ("benih-lele", "Bibit Lele Sangkuriang 7-9 cm", "ekor", 250, 300000, 7),
        ("pakan-ikan", "Pakan Ikan Apung Pelet 781 (karung 30 kg)", "karung", 350000, 500, 5),
    ]),
    ("TCIKAJANG", "Kelompok Tani Sayur Cikajang", "koperasi", "32.05", "", True, [
        ("kentang", "Kentang Granola Cikajang per kg", "kg", 14000, 20000, 3),
        ("bibit-jeruk", "Bibit Jeruk Garut (Keprok) Okulasi 60 cm", "batang", 25000, 3000, 14),
    ]),
    ("TTOGA", "Tanaman Hias & Obat Karang Tengah", "mikro", "36.71", "", True, [
        ("tanaman-hias", "Tanaman Hias Sansevieria (Lidah Mertua) Pot 20", "pot", 45000, 1000, 3),
        ("bibit-toga", "Bibit Tanaman Obat Keluarga (TOGA) Paket 10 jenis Polybag", "paket", 75000, 500, 5),
        ("pupuk-kompos", "Pupuk Kompos Organik Karung 20 kg", "karung", 30000, 3000, 3),
    ]),
    # ---------------------------------------------------------------- lainnya
    ("XMAINAN", "Mainan Edukatif Kayu Ciseeng", "mikro", "32.01", "", True, [
        ("puzzle-kayu", "Puzzle Kayu Huruf & Angka Edukatif PAUD", "pcs", 45000, 800, 7),
        ("balok-susun", "Balok Susun Kayu 50 pcs Warna", "set", 120000, 300, 7),
        ("alat-peraga", "Alat Peraga Matematika SD (Set Bangun Ruang Kayu)", "set", 275000, 150, 14),
    ]),
    ("XSAPU", "Sapu Ijuk Sukamaju Lebak", "mikro", "36.02", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 22000, 2000, 3),
        ("keset-sabut", "Keset Sabut Kelapa 40x60", "pcs", 30000, 1000, 5),
    ]),
    ("XBERSIH", "Koperasi Kebersihan Karawang", "koperasi", "32.15", "", True, [
        ("sapu-lidi", "Sapu Lidi Aren Gagang", "pcs", 12000, 3000, 2),
        ("karbol", "Karbol Wangi Pembersih Lantai 1 liter", "botol", 14000, 5000, 3),
        ("alat-pel", "Alat Pel Lantai Putar (Spin Mop) + Ember", "set", 135000, 300, 5),
        ("sabun-cuci-piring", "Sabun Cuci Piring Jeruk Nipis Refill 800 ml", "pcs", 15000, 5000, 3),
    ]),
    ("XIBADAH", "Perlengkapan Ibadah Rehal Cirebon", "mikro", "32.09", "", True, [
        ("rehal", "Rehal Kayu Ukir Lipat (Tempat Al-Quran)", "pcs", 55000, 500, 7),
        ("tasbih", "Tasbih Kayu Kokka 99 butir", "pcs", 25000, 1000, 5),
        ("bedug", "Bedug Masjid Kulit Sapi Diameter 60 cm", "pcs", 4500000, 5, 45),
    ]),
]

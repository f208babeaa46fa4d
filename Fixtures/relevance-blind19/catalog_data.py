"""Hand-written suppliers and products of relevance-blind19 (fictional). A supplier key's letter is its category.

Each product: (kind, name, unit, unit_price, capacity_per_month, lead_time_days). Kinds never reach the CSVs.
"""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Perishable kinds: made in the delivery month (capacity_per_month >= quantity) and bought near.
PERISHABLE = {"nasikotak", "snackbox", "nasiliwet", "prasmanan", "nasiboxrendang", "tumpengmini", "tumpengbesar",
              "makansiang", "kuebasah", "jamukunyit", "beraskencur", "sayurorganik"}

SUPPLIERS = [
    # key, name, scale, region, certs, active, products
    ("M1", "Otak-otak & Kerupuk Ikan Bu Enah", "mikro", "36.04", "halal;pirt", True, [
        ("otakotak", "Otak-otak Bandeng Khas Serang isi 10", "pack", 25000, 600, 3),
        ("kerupukikan", "Kerupuk Ikan Tenggiri mentah 500 gr", "pcs", 28000, 800, 4),
    ]),
    ("M2", "Sentra Kemplang Pringsewu", "kecil", "18.10", "halal;pirt", True, [
        ("kemplang", "Kemplang Panggang Ikan Tenggiri 250gr", "pcs", 22000, 1500, 4),
        ("keripikpisang", "Kripik Pisang Kepok Rasa Coklat 200gr", "pcs", 15000, 2000, 3),
    ]),
    ("M3", "Sambel & Bumbu Dapur Teh Ocoh", "mikro", "32.15", "pirt-expired;halal", True, [
        ("sambalbawang", "Sambel Bawang Botol 200 ml", "botol", 18000, 900, 3),
        ("bumbupecel", "Bumbu Pecel Kacang 250 gr", "pcs", 14000, 700, 3),
    ]),
    ("M4", "Koperasi Wanita Dodol Garut Sari Rasa", "koperasi", "32.05", "halal;pirt", True, [
        ("dodol", "Dodol Garut Aneka Rasa Kotak 400 gr", "box", 30000, 1200, 5),
        ("dodol", "Dodol Wijen Garut mini 250gr", "pcs", 18000, 900, 5),
    ]),
    ("M5", "Abon Ikan Tuna Mak Ros", "mikro", "18.06", "halal;pirt", True, [
        ("abonikan", "Abon Ikan Tuna Pedas 100 gr", "pcs", 27000, 500, 5),
    ]),
    ("M6", "Jajanan Pasar Dapur Ani", "mikro", "36.71", "pirt", True, [
        ("kuebasah", "Aneka Kue Basah (lemper, risol, lapis) per pcs", "pcs", 3500, 3000, 1),
    ]),
    ("M7", "Rumah Rendang Uda Fajar", "menengah", "36.03", "halal;pirt", True, [
        ("rendang", "Rendang Daging Sapi Kemasan Vakum 250 gr", "pcs", 65000, 400, 5),
        ("dendeng", "Dendeng Sapi Balado 200 gr", "pcs", 55000, 300, 5),
    ]),
    ("M8", "PT Snack Nusantara Makmur", "besar", "32.16", "halal;bpom;iso-9001", True, [
        ("keripiksingkong", "Keripik Singkong Balado 1 kg", "kg", 60000, 20000, 3),
    ]),
    ("M9", "Keripik Tempe Bu Darmi", "mikro", "33.72", "pirt", False, [
        ("keripiktempe", "Keripik Tempe Sagu 250 gr", "pcs", 16000, 1000, 3),
    ]),
    ("N1", "Koperasi Tani Kopi Robusta Tanggamus", "koperasi", "18.06", "halal;pirt", True, [
        ("kopirobusta", "Kopi Bubuk Robusta Tanggamus 250gr", "pcs", 35000, 2000, 4),
        ("greenbean", "Biji Kopi Robusta Green Bean 1 kg", "kg", 85000, 500, 5),
    ]),
    ("N2", "Kakao Lestari Pandeglang", "kecil", "36.01", "halal;bpom", True, [
        ("cokelat", "Minuman Cokelat Bubuk Kakao Murni 200 gr", "pcs", 40000, 600, 5),
    ]),
    ("N3", "Lebak Etawa Farm", "mikro", "36.02", "halal;pirt", True, [
        ("susukambing", "Susu Kambing Etawa Bubuk Original 200 gr", "pcs", 55000, 400, 5),
    ]),
    ("N4", "Sirup Pala & Sari Buah Bogor", "kecil", "32.01", "halal;pirt", True, [
        ("sirippala", "Sirup Pala Bogor 620 ml", "botol", 30000, 800, 4),
        ("sarijahe", "Sari Jahe Merah Instan 10 sachet", "box", 22000, 1000, 4),
    ]),
    ("N5", "Wedang Uwuh Mbok Sri", "mikro", "33.72", "pirt", True, [
        ("wedanguwuh", "Wedang Uwuh Celup isi 10", "box", 20000, 1500, 5),
    ]),
    ("N6", "Koperasi Tirta Karawang", "koperasi", "32.15", "halal;sni;bpom", True, [
        ("amdkgelas", "Air Mineral Kemasan Gelas 220 ml (dus isi 48)", "dus", 22000, 3000, 2),
        ("amdkbotol", "AMDK Botol 600 ml isi 24", "dus", 45000, 1500, 2),
    ]),
    ("J1", "Catering Dapur Bu Haji", "kecil", "36.73", "halal", True, [
        ("nasikotak", "Nasi Kotak Ayam Bakar + Buah", "box", 30000, 2500, 2),
        ("snackbox", "Snack Box isi 3 kue + air mineral", "box", 15000, 4000, 1),
    ]),
    ("J2", "Katering Nasi Liwet Teh Imas", "mikro", "36.02", "", True, [
        ("nasiliwet", "Nasi Liwet Komplit per porsi", "porsi", 28000, 800, 2),
    ]),
    ("J3", "Prasmanan Sari Rasa Metro", "kecil", "18.72", "halal", True, [
        ("prasmanan", "Paket Prasmanan Menu Nusantara per orang", "porsi", 55000, 1500, 3),
        ("nasiboxrendang", "Nasi Box Rendang", "box", 35000, 1200, 2),
    ]),
    ("J4", "Dapur Tumpeng Mbak Yuni", "mikro", "32.16", "halal", True, [
        ("tumpengmini", "Tumpeng Nasi Kuning Mini (1 orang)", "pcs", 35000, 500, 2),
        ("tumpengbesar", "Tumpeng Besar untuk 20 orang", "pcs", 750000, 30, 3),
    ]),
    ("J5", "Rantangan Kantor Bu Tati", "mikro", "32.15", "", True, [
        ("makansiang", "Makan Siang Rantang Harian (langganan kantor)", "porsi", 25000, 1500, 1),
    ]),
    ("J6", "Coffee Break Kota Tangerang", "kecil", "36.71", "halal", True, [
        ("snackbox", "Paket Coffee Break (kopi/teh + 2 kue)", "box", 20000, 2500, 1),
    ]),
    ("F1", "Konveksi Seragam Putra Karawang", "kecil", "32.15", "", True, [
        ("pdh", "Seragam PDH Kemeja Khaki Lengan Panjang", "pcs", 165000, 800, 21),
        ("polo", "Kaos Polo Bordir Logo Instansi", "pcs", 85000, 1500, 14),
    ]),
    ("F2", "Batik Tulis Pekalongan Lestari", "kecil", "33.26", "batikmark", True, [
        ("batiktulis", "Kain Batik Tulis Pekalongan 2 m", "pcs", 450000, 80, 21),
        ("kemejabatikcap", "Kemeja Batik Cap Pria Lengan Pendek", "pcs", 150000, 600, 14),
    ]),
    ("F3", "Sanggar Tapis Siger", "mikro", "18.07", "", True, [
        ("tapis", "Kain Tapis Lampung Motif Pucuk Rebung", "lembar", 950000, 20, 30),
        ("selendangtapis", "Selendang Tapis Songket", "pcs", 275000, 60, 21),
    ]),
    ("F4", "Batik Banten Sabakingking", "mikro", "36.73", "batikmark", True, [
        ("batikbanten", "Batik Banten Motif Sabakingking Katun Cap 2 m", "pcs", 185000, 300, 10),
    ]),
    ("F5", "Sepatu Kulit Ciomas Bogor", "mikro", "32.01", "", True, [
        ("pantofel", "Sepatu Pantofel Kulit Sapi Pria", "pasang", 325000, 200, 14),
        ("sandalhotel", "Sandal Jepit Hotel Custom Logo", "pasang", 6000, 10000, 10),
    ]),
    ("F6", "Sablon Kaos Kota Tangerang", "mikro", "36.71", "", True, [
        ("kaossablon", "Kaos Sablon Custom Cotton Combed 30s", "pcs", 55000, 2000, 7),
        ("totebag", "Tote Bag Blacu Sablon 1 warna 30x40", "pcs", 12000, 3000, 7),
    ]),
    ("F7", "Tenun Majalaya Berkah", "kecil", "32.04", "", True, [
        ("sarungatbm", "Sarung Tenun ATBM Motif Kotak", "pcs", 120000, 400, 14),
        ("mukena", "Mukena Katun Rayon Bordir Dewasa", "pcs", 135000, 300, 14),
    ]),
    ("F8", "Garut Leather Craft", "kecil", "32.05", "", True, [
        ("dompet", "Dompet Kulit Domba Garut Pria", "pcs", 95000, 500, 10),
        ("taslaptop", "Tas Laptop Kulit Asli 14 inch", "pcs", 450000, 100, 14),
        ("ikatpinggang", "Ikat Pinggang Kulit Sapi Gesper", "pcs", 85000, 400, 10),
    ]),
    ("F9", "PT Garmen Jaya Abadi", "besar", "32.16", "iso-9001;sni", True, [
        ("wearpack", "Seragam Kerja Wearpack Safety", "pcs", 175000, 10000, 14),
    ]),
    ("K1", "Kelompok Anyaman Pandan Mekar", "koperasi", "36.01", "", True, [
        ("taspandan", "Tas Anyaman Pandan Motif", "pcs", 45000, 600, 10),
        ("tikarpandan", "Tikar Pandan Lipat 90x180", "pcs", 65000, 300, 10),
    ]),
    ("K2", "Gerabah Bumijaya", "mikro", "36.04", "", True, [
        ("potgerabah", "Gerabah Pot Tanah Liat Ukir Diameter 30", "pcs", 55000, 400, 10),
        ("kendi", "Kendi Gerabah Tanah Liat", "pcs", 35000, 500, 10),
        ("celengan", "Celengan Gerabah Bentuk Ayam", "pcs", 20000, 800, 10),
    ]),
    ("K3", "Kerajinan Bambu & Koja Lebak", "mikro", "36.02", "", True, [
        ("koja", "Tas Koja Baduy (tas kulit kayu teureup)", "pcs", 75000, 300, 7),
        ("tempattisu", "Tempat Tisu Anyaman Bambu", "pcs", 30000, 500, 7),
        ("besek", "Besek Bambu 20x20 (isi 10)", "pak", 25000, 2000, 5),
    ]),
    ("K4", "Souvenir Akrilik Kota Tangerang", "kecil", "36.71", "", True, [
        ("plakatakrilik", "Plakat Akrilik Ukir Laser + Box Beludru", "pcs", 175000, 300, 7),
        ("ganci", "Gantungan Kunci Akrilik Custom Logo", "pcs", 5000, 10000, 7),
    ]),
    ("K5", "Mainan Edukatif Kayu Kreasi", "mikro", "32.71", "", True, [
        ("puzzle", "Puzzle Kayu Huruf & Angka Anak PAUD", "set", 45000, 400, 10),
        ("balok", "Balok Susun Kayu 50 pcs (mainan edukatif)", "set", 95000, 200, 14),
    ]),
    ("K6", "Ukiran Kayu Jepara Mulya", "kecil", "33.20", "svlk", True, [
        ("kaligrafi", "Kaligrafi Ukir Kayu Jati 60x120", "pcs", 850000, 40, 21),
        ("plakatkayu", "Plakat Kayu Jati Ukir Nama", "pcs", 225000, 150, 14),
    ]),
    ("K7", "Boneka Flanel Ceria", "mikro", "36.74", "", False, [
        ("boneka", "Boneka Maskot Flanel Custom", "pcs", 40000, 500, 10),
    ]),
    ("P1", "Perak Kotagede Sekar", "kecil", "34.71", "", True, [
        ("brosperak", "Bros Perak 925 Motif Bunga Filigree", "pcs", 250000, 150, 14),
        ("cincinperak", "Cincin Perak 925 Batu Akik", "pcs", 175000, 200, 10),
    ]),
    ("P2", "Aksesoris Manik Tapis", "mikro", "18.71", "", True, [
        ("kalungmanik", "Kalung Manik-manik Motif Tapis", "pcs", 45000, 400, 7),
        ("brossiger", "Bros Siger Lampung Lapis Emas", "pcs", 65000, 500, 7),
    ]),
    ("P3", "Batu Kalimaya Lebak", "mikro", "36.02", "", True, [
        ("liontin", "Liontin Batu Kalimaya Banten Ikat Perak", "pcs", 350000, 60, 14),
        ("cincinkalimaya", "Cincin Batu Kalimaya Ikat Titanium", "pcs", 225000, 80, 10),
    ]),
    ("P4", "Pin & Emblem Bekasi", "kecil", "32.75", "", True, [
        ("pin", "Pin Logo Instansi Kuningan Enamel", "pcs", 17500, 5000, 14),
    ]),
    ("U1", "Mebel Rotan Cirebon Jaya", "kecil", "32.09", "svlk", True, [
        ("kursirotan", "Kursi Rotan Sintetis Teras Set (2 kursi + 1 meja)", "set", 1850000, 40, 21),
        ("soforotan", "Sofa Rotan Alami 3 Dudukan", "pcs", 3200000, 15, 30),
    ]),
    ("U2", "Mebel Jati Jepara Karya", "menengah", "33.20", "svlk", True, [
        ("mejajati", "Meja Kerja Kayu Jati 120x60 + Laci", "pcs", 2450000, 40, 21),
        ("lemariarsip", "Lemari Arsip Kayu Jati 2 Pintu", "pcs", 3800000, 20, 30),
        ("rakbuku", "Rak Buku Jati 5 Susun", "pcs", 1650000, 30, 21),
    ]),
    ("U3", "Bengkel Mebel Besi Kab Tangerang", "mikro", "36.03", "", True, [
        ("kursiputar", "Kursi Kantor Putar Jaring (Mesh)", "pcs", 650000, 100, 10),
        ("mejalipat", "Meja Lipat Kaki Besi Serbaguna", "pcs", 275000, 150, 7),
        ("rakbesi", "Rak Besi Siku Lubang 5 Susun", "pcs", 450000, 120, 7),
    ]),
    ("U4", "Meubel Sekolah Pringsewu", "mikro", "18.10", "", True, [
        ("mejasiswa", "Meja Kursi Siswa SD Kayu (1 set)", "set", 850000, 200, 21),
        ("whiteboard", "Papan Tulis Whiteboard 120x240 Kaki", "pcs", 1200000, 40, 14),
    ]),
    ("U5", "Mebel Bambu Lampung Timur", "mikro", "18.07", "", True, [
        ("kursibambu", "Kursi Bambu Petung Santai", "pcs", 350000, 60, 14),
        ("bale", "Balai-balai Bambu (Bale) 2x1 m", "pcs", 650000, 30, 14),
    ]),
    ("H1", "Jamu Gendong Mbok Darmi", "mikro", "33.72", "pirt", True, [
        ("jamukunyit", "Jamu Kunyit Asam Botol 250 ml (segar)", "botol", 8000, 1500, 1),
        ("beraskencur", "Beras Kencur Botol 250 ml (segar)", "botol", 8000, 1200, 1),
    ]),
    ("H2", "Herbal Temulawak Karawang Sehat", "kecil", "32.15", "bpom;halal", True, [
        ("kapsultemulawak", "Kapsul Temulawak Ekstrak isi 60", "botol", 45000, 1500, 5),
        ("serbukjahe", "Serbuk Jahe Merah Instan Herbal 250 gr", "pcs", 35000, 1000, 4),
    ]),
    ("H3", "Madu Hutan Ujung Kulon", "mikro", "36.01", "pirt-expired", True, [
        ("madu", "Madu Hutan Baduy Murni 500 gr", "botol", 95000, 400, 5),
    ]),
    ("H4", "Kelor Herbal Bogor", "mikro", "32.01", "pirt", True, [
        ("simplisiakelor", "Simplisia Daun Kelor Kering 100 gr", "pcs", 25000, 600, 5),
        ("tehkelor", "Teh Herbal Daun Kelor Celup", "box", 28000, 800, 5),
    ]),
    ("H5", "Minyak Kayu Putih & Balur Lampung", "kecil", "18.71", "bpom", True, [
        ("kayuputih", "Minyak Kayu Putih Asli 60 ml", "botol", 28000, 2000, 4),
        ("balsem", "Minyak Urut / Balsem Herbal Sereh 30 gr", "pcs", 15000, 1500, 4),
    ]),
    ("S1", "Sabun Herbal & Lilin Aromaterapi Bogor", "mikro", "32.71", "bpom", True, [
        ("sabunbatang", "Sabun Batang Handmade Susu Kambing 100 gr", "pcs", 15000, 2000, 5),
        ("lilin", "Lilin Aromaterapi Soy Wax 100 gr Lavender", "pcs", 35000, 600, 7),
    ]),
    ("S2", "Koperasi Karyawan Sabun Cair Bekasi", "koperasi", "32.16", "", True, [
        ("sabuncair", "Sabun Cuci Tangan Cair Refill 5 Liter", "jerigen", 85000, 500, 5),
        ("sanitizer", "Hand Sanitizer Gel 500 ml", "botol", 25000, 1000, 5),
    ]),
    ("S3", "Lulur Tradisional Kota Serang", "mikro", "36.73", "bpom;halal", True, [
        ("lulur", "Lulur Mandi Bengkoang Tradisional 200 gr", "pcs", 25000, 800, 5),
        ("maskerberas", "Masker Wajah Bubuk Beras 100 gr", "pcs", 20000, 800, 5),
    ]),
    ("S4", "Minyak Kemiri Pringsewu", "mikro", "18.10", "pirt", True, [
        ("kemiri", "Minyak Kemiri Penumbuh Rambut 100 ml", "botol", 22000, 700, 5),
    ]),
    ("S5", "Parfum Refill Wangi Sejati", "mikro", "36.71", "", False, [
        ("parfum", "Parfum Refill Bibit Minyak Wangi 100 ml", "botol", 30000, 1000, 3),
    ]),
    ("L1", "Pandai Besi Golok Ciomas", "mikro", "36.04", "", True, [
        ("golok", "Golok Ciomas Sarung Kayu", "pcs", 285000, 100, 14),
        ("arit", "Arit / Celurit Rumput Baja", "pcs", 55000, 400, 7),
    ]),
    ("L2", "Pande Besi Alat Tani Metro", "mikro", "18.72", "", True, [
        ("cangkul", "Cangkul Baja Tempa + Gagang", "pcs", 95000, 500, 7),
        ("parang", "Parang Kebun Baja Per", "pcs", 85000, 300, 7),
    ]),
    ("L3", "Bengkel Las Teralis Karawang", "mikro", "32.15", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow Motif Minimalis per m2", "m2", 450000, 200, 10),
        ("pagarhollow", "Pagar Besi Hollow Galvanis per meter", "m", 650000, 150, 14),
        ("kanopi", "Kanopi Baja Ringan per m2", "m2", 350000, 300, 10),
    ]),
    ("L4", "Alat Dapur Logam Kudus", "kecil", "33.19", "sni", True, [
        ("dandang", "Dandang Aluminium Tebal 40 cm", "pcs", 275000, 200, 7),
        ("pancistainless", "Panci Stainless Steel Set 5 pcs", "set", 350000, 150, 7),
        ("wajan", "Wajan Besi Cor 36 cm", "pcs", 185000, 200, 7),
    ]),
    ("L5", "Papan Nama Logam Kota Serang", "mikro", "36.73", "", True, [
        ("papannama", "Papan Nama Kuningan Etsa 30x10", "pcs", 175000, 200, 10),
    ]),
    ("C1", "Percetakan Grafika Kota Serang", "kecil", "36.73", "", True, [
        ("kalender", "Cetak Kalender Dinding 2027 (6 lembar, art paper)", "pcs", 35000, 3000, 14),
        ("mapfolder", "Map Folder Cetak Logo Instansi (Art Carton 260)", "pcs", 4500, 10000, 10),
        ("spanduk", "Cetak Spanduk Banner Flexi 280 gr per m2", "m2", 25000, 5000, 2),
    ]),
    ("C2", "Toko ATK & Fotokopi Berkah Metro", "mikro", "18.72", "", True, [
        ("hvsa4", "Kertas HVS A4 70 gram 1 rim", "rim", 52000, 1000, 2),
        ("pulpen", "Pulpen Gel Hitam 0.5 (1 lusin)", "lusin", 36000, 800, 2),
        ("snelhecter", "Map Plastik Snelhecter (isi 50)", "pak", 75000, 500, 2),
    ]),
    ("C3", "Penerbit Buku Pringsewu", "mikro", "18.10", "", True, [
        ("bukucerita", "Buku Cerita Anak Legenda Lampung (Full Color 32 hal)", "pcs", 35000, 1000, 5),
        ("yasin", "Buku Yasin & Tahlil Hard Cover 128 hal", "pcs", 22000, 3000, 7),
    ]),
    ("C4", "Dus & Kemasan Karton Bekasi", "kecil", "32.16", "", True, [
        ("dusnasi", "Kotak Nasi Kertas Dus Makan 20x20 (isi 100)", "pak", 95000, 800, 5),
        ("paperbag", "Paper Bag Kraft Cetak Logo 25x33", "pcs", 3500, 10000, 10),
    ]),
    ("C5", "Stempel & ID Card Kab Tangerang", "mikro", "36.03", "", True, [
        ("stempel", "Stempel Flash Warna Custom", "pcs", 85000, 500, 3),
        ("idcard", "Cetak ID Card PVC + Lanyard", "pcs", 15000, 3000, 5),
    ]),
    ("T1", "Ikan Hias Koi & Cupang Bogor", "mikro", "32.01", "", True, [
        ("koi", "Ikan Koi Lokal Ukuran 10-12 cm", "ekor", 25000, 2000, 3),
        ("cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 35000, 500, 3),
    ]),
    ("T2", "Pokdakan Benih Lele & Nila Lampung Timur", "koperasi", "18.07", "", True, [
        ("nila", "Benih Ikan Nila Merah 5-7 cm", "ekor", 350, 100000, 5),
        ("lele", "Bibit Lele Sangkuriang 7-9 cm", "ekor", 250, 150000, 5),
    ]),
    ("T3", "Tanaman Hias Serpong", "mikro", "36.74", "", True, [
        ("monstera", "Tanaman Hias Monstera Pot 25 cm", "pot", 85000, 300, 3),
        ("sansevieria", "Bibit Tanaman Hias Sansevieria (Lidah Mertua) Polybag", "pcs", 15000, 2000, 3),
        ("pucukmerah", "Pohon Pucuk Merah Tinggi 1 m", "pcs", 45000, 1000, 5),
    ]),
    ("T4", "Pakan Ternak Mandiri Pringsewu", "kecil", "18.10", "sni", True, [
        ("pakanayam", "Pakan Ayam Petelur Konsentrat 50 kg", "karung", 425000, 300, 5),
        ("pakanikan", "Pakan Ikan Apung Pelet 781 30 kg", "karung", 330000, 400, 5),
    ]),
    ("T5", "Tani Sayur Organik Cisarua", "mikro", "32.01", "", True, [
        ("sayurorganik", "Sayur Organik Paket Mingguan (bayam, kangkung, sawi)", "paket", 45000, 400, 2),
        ("berasmerah", "Beras Merah Organik 5 kg", "pcs", 95000, 500, 3),
    ]),
    ("T6", "Bibit Buah & Tanaman Obat Karawang", "mikro", "32.15", "", True, [
        ("durian", "Bibit Durian Musang King Okulasi 60 cm", "pcs", 65000, 1000, 7),
        ("bibittoga", "Bibit Tanaman Obat (jahe merah, kunyit, sereh) Polybag", "pcs", 7500, 3000, 5),
        ("alpukat", "Bibit Alpukat Miki Sambung Pucuk", "pcs", 45000, 1500, 7),
    ]),
    ("X1", "Sapu Ijuk & Keset Serang", "mikro", "36.04", "", True, [
        ("sapuijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 2000, 3),
        ("keset", "Keset Sabut Kelapa 40x60", "pcs", 30000, 1000, 5),
        ("kemoceng", "Kemoceng Bulu Ayam Asli", "pcs", 20000, 800, 3),
    ]),
    ("X2", "Bordir Sajadah & Peci Tasik", "kecil", "32.06", "", True, [
        ("sajadah", "Sajadah Bordir Tasik Motif Masjid", "pcs", 75000, 600, 10),
        ("peci", "Peci Hitam Beludru Nasional No. 7", "pcs", 35000, 1500, 7),
    ]),
    ("X3", "CV Cerdas Alat Peraga Pendidikan", "kecil", "32.75", "iso-9001", True, [
        ("torso", "Alat Peraga Torso Anatomi Manusia 45 cm", "pcs", 850000, 50, 14),
        ("globe", "Globe Bola Dunia Diameter 30 cm", "pcs", 175000, 200, 7),
        ("kitmatematika", "Kit Alat Peraga Matematika SD", "set", 650000, 60, 14),
    ]),
    ("X4", "Tekstil Rumah Tangga Majalaya", "kecil", "32.04", "", True, [
        ("handuk", "Handuk Katun Bordir Nama 70x140", "pcs", 55000, 1000, 10),
        ("sprei", "Sprei Katun Motif Ukuran 160x200", "set", 185000, 300, 10),
        ("gorden", "Gorden Blackout Kantor per meter", "m", 85000, 800, 10),
    ]),
    ("X5", "PT Sumber Kebersihan Indonesia", "besar", "36.71", "sni;iso-9001", True, [
        ("spinmop", "Alat Pel Lantai Spin Mop + Ember", "pcs", 145000, 5000, 2),
    ]),
]

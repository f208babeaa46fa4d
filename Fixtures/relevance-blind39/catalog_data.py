"""Hand-written directory and products for relevance-blind39 (fictional).

SUPPLIERS: (key, name, scale, region, certifications, active, products)
product:   (kind, name, unit, unit_price, capacity_per_month, lead_time_days)
The kind is the labeller's own tag of what the product is; it never reaches the CSVs.
"""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Kinds made to order and eaten the same day: the whole quantity within one month, made nearby.
PERISHABLE = {"naskot", "snackbox", "prasmanan", "tumpeng", "nasiliwet"}

SUPPLIERS = [
    # ---------------------------------------------------------------- makanan
    ("M1", "Keripik Pisang Mbok Sumi", "mikro", "18.71", "halal;pirt", True, [
        ("keripikpisang", "Keripik Pisang Coklat Lumer 250 gr", "pcs", 27000, 1500, 4),
        ("keripikpisang", "Kripik pisang kepok asin gurih 500gr", "pcs", 36000, 1200, 4),
        ("keripiknangka", "Keripik Nangka Vacuum Frying 100gr", "pcs", 24000, 600, 5),
    ]),
    ("M2", "UD Ikan Asin Pesisir Ketapang", "kecil", "18.09", "pirt", True, [
        ("teri", "Ikan Asin Teri Nasi Super Kering 1 kg", "kg", 145000, 400, 3),
        ("jambal", "Ikan Asin Jambal Roti Potong 500gr", "pcs", 85000, 300, 3),
        ("cumiasin", "Cumi Asin Kering Kualitas Ekspor 250 gr", "pcs", 70000, 250, 3),
    ]),
    ("M3", "Kemplang Bu Yanti Kalianda", "mikro", "18.01", "halal;pirt", True, [
        ("kemplang", "Kerupuk Kemplang Panggang Ikan Tenggiri 250gr", "pcs", 28000, 1000, 4),
        ("kemplang", "Kemplang Goreng Pedas Khas Kalianda 200 gr", "pcs", 22000, 800, 4),
        ("otakotak", "Otak-otak Ikan Tenggiri Frozen isi 50", "pak", 75000, 300, 3),
    ]),
    ("M4", "Sambal Lado Uni Eva", "mikro", "36.73", "halal;pirt-expired", True, [
        ("sambalcumi", "Sambal Cumi Asin Pedas Botol 200 gr", "pcs", 45000, 500, 5),
        ("sambalbawang", "Sambal Bawang Original Pedas Nampol 150 ml", "pcs", 23000, 700, 5),
        ("bumbu", "Bumbu Rendang Instan Siap Masak 250gr", "pcs", 30000, 400, 5),
    ]),
    ("M5", "Koperasi Gula Aren Semende Ulubelu", "koperasi", "18.06", "halal", True, [
        ("gulaaren", "Gula Aren Cetak Batok Asli Tanggamus 1 kg", "kg", 38000, 2000, 4),
        ("gulasemut", "Gula Semut Aren Organik 500 gr", "pcs", 32000, 1500, 4),
    ]),
    ("M6", "Emping Opak Bu Eni Menes", "mikro", "36.01", "pirt", True, [
        ("emping", "Emping Melinjo Tipis Kualitas A 1 kg", "kg", 115000, 300, 5),
        ("opak", "Opak Singkong Bakar Bulat isi 20", "pak", 20000, 500, 4),
    ]),
    ("M7", "Rengginang Cici Karawang", "kecil", "32.15", "halal;pirt", True, [
        ("rengginang", "Rengginang Ketan Terasi Mentah 500 gr", "pcs", 25000, 900, 5),
        ("semprong", "Kue Semprong Gulung Wijen Toples 300gr", "pcs", 35000, 600, 6),
        ("kuekering", "Kue Sagu Keju Toples 400 gr", "pcs", 55000, 400, 7),
    ]),
    ("M8", "Abon Ikan Mina Lestari", "kecil", "36.72", "halal;pirt;bpom", True, [
        ("abonikan", "Abon Ikan Tuna Pedas 100 gr", "pcs", 32000, 1200, 5),
        ("abonikan", "Abon Ikan Tongkol Original 150gr", "pcs", 36000, 1000, 5),
        ("nuggetikan", "Nugget Ikan Tenggiri Frozen 500 gr", "pcs", 42000, 600, 4),
    ]),
    # ---------------------------------------------------------------- minuman
    ("N1", "Koperasi Kopi Tani Makmur Liwa", "koperasi", "18.04", "halal;sni", True, [
        ("koprobusta", "Kopi Bubuk Robusta Lampung Asli 250 gr", "pcs", 30000, 3000, 5),
        ("kopibiji", "Biji Kopi Robusta Roasted Medium 1 kg", "kg", 140000, 500, 5),
        ("kopiluwak", "Kopi Luwak Liar Lampung Barat 100 gr", "pcs", 250000, 100, 7),
    ]),
    ("N2", "Sanggar Kopi Tanggamus", "mikro", "18.06", "halal;pirt", True, [
        ("koprobusta", "Kopi Robusta Tanggamus Premium Bubuk Halus 200gr", "pcs", 28000, 1200, 4),
        ("kopiarabika", "Kopi Arabika Ulubelu Single Origin 200 gr", "pcs", 65000, 400, 5),
    ]),
    ("N3", "Kakao Lestari Pesawaran", "kecil", "18.09", "pirt", True, [
        ("cokelatbubuk", "Cokelat Bubuk Murni Pesawaran 250gr", "pcs", 45000, 800, 5),
        ("cokelatbubuk", "Minuman Cokelat Sachet isi 10", "pak", 30000, 1000, 5),
    ]),
    ("N4", "Sirup dan Wedang Bu Nur", "mikro", "36.04", "halal;pirt;bpom", True, [
        ("sirupmarkisa", "Sirup Markisa Asli 620 ml", "btl", 35000, 600, 5),
        ("wedangjahe", "Wedang Jahe Serbuk Instan 250 gr", "pcs", 22000, 900, 4),
        ("tehkelor", "Teh Daun Kelor Celup isi 25", "pak", 25000, 500, 4),
    ]),
    ("N5", "AMDK Tirta Way Ratai", "kecil", "18.09", "bpom;sni;halal", True, [
        ("amdkgelas", "Air Mineral Gelas 220 ml dus isi 48", "dus", 24000, 5000, 3),
        ("amdkbotol", "Air Mineral Botol 600 ml dus isi 24", "dus", 45000, 3000, 3),
    ]),
    ("N6", "Kopi Luwak Way Kanan Jaya", "mikro", "18.08", "halal", False, [
        ("kopiluwak", "Kopi Luwak Way Kanan 100gr", "pcs", 220000, 100, 5),
    ]),
    # ---------------------------------------------------------------- jasa-boga
    ("J1", "Catering Dapur Bunda Kedaton", "kecil", "18.71", "halal", True, [
        ("naskot", "Nasi Kotak Ayam Bakar Lengkap", "kotak", 35000, 3000, 2),
        ("snackbox", "Snack Box isi 3 Kue + Air Mineral", "kotak", 15000, 4000, 2),
        ("prasmanan", "Prasmanan Menu Nusantara per orang", "porsi", 55000, 2000, 3),
    ]),
    ("J2", "Katering Seruit Kalianda", "mikro", "18.01", "halal", True, [
        ("naskot", "Nasi Box Ikan Bakar Sambal Seruit", "box", 30000, 800, 2),
        ("snackbox", "Kue Kotak Rapat isi 4", "box", 14000, 1000, 2),
    ]),
    ("J3", "RM Pindang Gedong Tataan", "mikro", "18.09", "", True, [
        ("prasmanan", "Prasmanan Pindang Patin dan Lauk Pauk per porsi", "porsi", 45000, 600, 3),
        ("naskot", "Nasi Kotak Pindang Patin", "kotak", 32000, 500, 2),
    ]),
    ("J4", "Catering Sari Rasa Serang", "kecil", "36.73", "halal", True, [
        ("naskot", "Nasi Box Ayam Goreng + Buah", "box", 32000, 2000, 2),
        ("tumpeng", "Tumpeng Nasi Kuning 20 porsi", "tumpeng", 650000, 60, 3),
        ("snackbox", "Coffee Break Pack Kue 2 + Air Mineral", "box", 13000, 3000, 2),
    ]),
    ("J5", "Dapur Ibu Tangerang", "mikro", "36.71", "", True, [
        ("nasiliwet", "Nasi Liwet Box Ayam Suwir", "box", 28000, 600, 2),
        ("naskot", "Lunch Box Nasi Bakar Cakalang", "box", 30000, 500, 2),
    ]),
    ("J6", "Katering Metro Berkah", "kecil", "18.72", "halal", True, [
        ("naskot", "Nasi Kotak Rendang Sapi", "kotak", 38000, 1500, 2),
        ("snackbox", "Snack Box Premium isi 4", "kotak", 18000, 2000, 2),
    ]),
    # ---------------------------------------------------------------- fesyen
    ("F1", "Tapis Sinar Siger", "kecil", "18.71", "", True, [
        ("tapis", "Kain Tapis Lampung Motif Pucuk Rebung Benang Emas", "lembar", 1750000, 30, 21),
        ("tapisselendang", "Selendang Tapis Lampung Mini 30x150", "lembar", 350000, 80, 14),
        ("kopiahtapis", "Peci Tapis Lampung Pria", "pcs", 125000, 200, 10),
    ]),
    ("F2", "Sulam Usus Bu Ani", "mikro", "18.71", "", True, [
        ("sulamusus", "Kebaya Sulam Usus Lampung Wanita", "pcs", 450000, 40, 21),
        ("blussulam", "Blus Sulam Usus Lengan Panjang", "pcs", 300000, 60, 14),
    ]),
    ("F3", "Konveksi Seragam Maju Karawang", "menengah", "32.15", "sni", True, [
        ("pdh", "Seragam PDH Drill Khaki Pria Wanita", "stel", 275000, 1500, 21),
        ("polo", "Kaos Polo Bordir Logo Instansi Cotton Pique", "pcs", 95000, 3000, 14),
        ("batikprint", "Kemeja Batik Printing Seragam Kantor", "pcs", 135000, 2000, 14),
    ]),
    ("F4", "Batik Krakatau Cilegon", "kecil", "36.72", "batikmark", True, [
        ("batiktulis", "Kain Batik Tulis Motif Krakatau 2 m", "lembar", 850000, 40, 21),
        ("batikcap", "Kemeja Batik Cap Pria Lengan Panjang", "pcs", 240000, 300, 14),
    ]),
    ("F5", "Sepatu Kulit Ciomas Bogor", "kecil", "32.01", "", True, [
        ("sepatupdh", "Sepatu PDH Kulit Sapi Pria Hitam Mengkilap", "pasang", 375000, 500, 14),
        ("sandalkulit", "Sandal Kulit Selop Pria Casual", "pasang", 150000, 600, 10),
    ]),
    ("F6", "Tenun Baduy Kanekes", "mikro", "36.02", "", True, [
        ("tenunbaduy", "Kain Tenun Baduy Motif Suat Samata", "lembar", 450000, 50, 21),
        ("tastenun", "Tas Selempang Tenun Baduy", "pcs", 120000, 150, 10),
    ]),
    ("F7", "Sablon Distro Kota Tangerang", "mikro", "36.71", "", True, [
        ("kaos", "Kaos Oblong Cotton Combed 30s Sablon Custom", "pcs", 55000, 2500, 10),
        ("topi", "Topi Baseball Bordir Logo", "pcs", 40000, 1500, 10),
    ]),
    # ---------------------------------------------------------------- kerajinan
    ("K1", "Kelompok Anyaman Pandan Pesisir", "mikro", "18.09", "", True, [
        ("tikarpandan", "Tikar Pandan Anyam 2x3 m Motif", "lembar", 185000, 100, 14),
        ("taspandan", "Tas Anyaman Pandan Motif Lampung", "pcs", 75000, 300, 10),
        ("kotaktisu", "Kotak Tisu Anyaman Pandan", "pcs", 45000, 400, 7),
    ]),
    ("K2", "Pengrajin Lampit Rotan Kota Agung", "kecil", "18.06", "", True, [
        ("lampit", "Lampit Rotan Lampung 2x3 m Serat Halus", "lembar", 1250000, 40, 21),
        ("tatakan", "Tatakan Gelas Rotan set isi 6", "set", 60000, 300, 7),
    ]),
    ("K3", "Gerabah Bumijaya Ciruas", "mikro", "36.04", "", True, [
        ("potgerabah", "Pot Gerabah Tanah Liat Diameter 30 cm", "pcs", 45000, 800, 7),
        ("kendi", "Kendi Gerabah Tanah Liat Tradisional", "pcs", 35000, 500, 7),
        ("asbak", "Asbak Gerabah Ukir Motif Banten", "pcs", 25000, 500, 7),
    ]),
    ("K4", "Souvenir Siger Akrilik Tanjung Karang", "mikro", "18.71", "", True, [
        ("miniatursiger", "Miniatur Siger Lampung Akrilik Emas 15 cm", "pcs", 85000, 500, 10),
        ("ganci", "Gantungan Kunci Gajah Way Kambas Akrilik", "pcs", 7500, 5000, 7),
        ("plakatakrilik", "Plakat Akrilik Custom Grafir + Box", "pcs", 175000, 300, 10),
    ]),
    ("K5", "Kerajinan Bambu Rangkasbitung", "mikro", "36.02", "", True, [
        ("besek", "Besek Bambu Anyam 20x20", "pcs", 6000, 5000, 7),
        ("tempatpensil", "Tempat Pensil Bambu Ukir Nama", "pcs", 30000, 600, 7),
        ("kaplampu", "Kap Lampu Hias Anyaman Bambu", "pcs", 95000, 150, 10),
    ]),
    ("K6", "Boneka Karakter Cikarang", "kecil", "32.16", "", True, [
        ("boneka", "Boneka Maskot Custom 30 cm Bahan Yelvo", "pcs", 95000, 1000, 21),
    ]),
    # ---------------------------------------------------------------- perhiasan
    ("P1", "Kerajinan Perak Siger Mas", "mikro", "18.71", "", True, [
        ("brosperak", "Bros Siger Perak 925 Lapis Emas", "pcs", 275000, 150, 14),
        ("liontin", "Liontin Siger Perak Rantai", "pcs", 325000, 100, 14),
        ("cincinperak", "Cincin Perak Batu Akik Sungkai", "pcs", 200000, 100, 14),
    ]),
    ("P2", "Mutiara Teluk Ratai", "kecil", "18.09", "", True, [
        ("kalungmutiara", "Kalung Mutiara Laut Asli Pesawaran", "pcs", 650000, 100, 10),
        ("gelangmutiara", "Gelang Mutiara Air Tawar", "pcs", 150000, 300, 7),
        ("brosmutiara", "Bros Mutiara Laut Model Bunga", "pcs", 225000, 150, 10),
    ]),
    ("P3", "Aksesoris Manik Cilegon", "mikro", "36.72", "", True, [
        ("gelangmanik", "Gelang Manik-manik Etnik Banten", "pcs", 25000, 1000, 7),
        ("kalungmanik", "Kalung Manik Etnik Baduy", "pcs", 45000, 600, 7),
    ]),
    # ---------------------------------------------------------------- furnitur
    ("U1", "Mebel Rotan Cahaya Natar", "kecil", "18.01", "svlk", True, [
        ("kursitamurotan", "Kursi Tamu Rotan Sintetis Set 4+1 Meja", "set", 4500000, 30, 21),
        ("kursirotan", "Kursi Teras Rotan Asli Natural", "pcs", 650000, 100, 14),
    ]),
    ("U2", "Meubel Jati Pringsewu", "kecil", "18.10", "svlk", True, [
        ("mejakerja", "Meja Kerja Kayu Jati 120x60", "pcs", 2200000, 40, 21),
        ("lemariarsipkayu", "Lemari Arsip Kayu Jati 2 Pintu Kaca", "pcs", 3800000, 20, 30),
        ("kursikayu", "Kursi Makan Kayu Jati Sandaran", "pcs", 750000, 80, 21),
    ]),
    ("U3", "Furniture Besi Cikupa", "menengah", "36.03", "sni;iso-9001", True, [
        ("filingbesi", "Filing Cabinet Besi 4 Laci Folio", "unit", 2650000, 120, 14),
        ("raksiku", "Rak Besi Siku Lubang 5 Susun 200x90", "unit", 850000, 300, 10),
        ("kursilipat", "Kursi Lipat Besi Futura Busa", "pcs", 260000, 1000, 10),
    ]),
    ("U4", "Mebel Sekolah Karawang", "kecil", "32.15", "", True, [
        ("mejasiswa", "Satu Set Meja Kursi Siswa SD Kayu", "set", 850000, 400, 21),
        ("whiteboard", "Papan Tulis Whiteboard Magnetik 120x240", "unit", 1100000, 150, 14),
    ]),
    ("U5", "PT Jati Raya Furnindo", "besar", "33.20", "svlk;iso-9001", True, [
        ("mejarapat", "Meja Rapat Jati Oval 12 Orang", "unit", 14500000, 30, 30),
        ("lemariarsipkayu", "Lemari Arsip Jati 4 Pintu", "unit", 5200000, 40, 30),
    ]),
    # ---------------------------------------------------------------- herbal
    ("H1", "Jamu Serbuk Sehat Pringsewu", "mikro", "18.10", "pirt", True, [
        ("kunyitasam", "Jamu Kunyit Asam Serbuk Instan 250 gr", "pcs", 22000, 1000, 5),
        ("jahemerah", "Jahe Merah Instan Plus Gula Aren 250gr", "pcs", 25000, 1000, 5),
        ("temulawak", "Temulawak Instan 200 gr", "pcs", 20000, 800, 5),
    ]),
    ("H2", "Koperasi Peternak Lebah Way Lima", "koperasi", "18.09", "pirt;halal", True, [
        ("maduhutan", "Madu Hutan Asli Lampung 500 gr", "btl", 120000, 400, 5),
        ("maduklanceng", "Madu Klanceng Murni 250 ml", "btl", 150000, 100, 7),
    ]),
    ("H3", "Rumah Herbal Serang", "kecil", "36.73", "bpom;halal", True, [
        ("kayuputih", "Minyak Kayu Putih 60 ml", "btl", 28000, 1500, 5),
        ("minyaksereh", "Minyak Gosok Sereh Hangat 30 ml", "btl", 18000, 1200, 5),
        ("kapsulkelor", "Kapsul Daun Kelor isi 60", "btl", 55000, 600, 5),
    ]),
    ("H4", "Jamu Gendong Bogor Sehat", "mikro", "32.01", "pirt", True, [
        ("beraskencur", "Jamu Beras Kencur Segar Botol 250 ml", "btl", 10000, 500, 2),
        ("wedanguwuh", "Wedang Uwuh Celup Rempah isi 10", "pak", 20000, 700, 5),
    ]),
    # ---------------------------------------------------------------- kosmetik
    ("S1", "Sabun Sereh Wangi Kalianda", "mikro", "18.01", "bpom", True, [
        ("sabunsereh", "Sabun Batang Sereh Wangi Handmade 100 gr", "pcs", 18000, 1200, 5),
        ("sabunkopi", "Sabun Scrub Kopi Lampung 100gr", "pcs", 20000, 1000, 5),
        ("lilinaroma", "Lilin Aromaterapi Kopi dalam Jar 150 gr", "pcs", 55000, 400, 7),
    ]),
    ("S2", "Kosmetik Herbal Bekasi Asri", "kecil", "32.75", "bpom;halal", True, [
        ("handsanitizer", "Hand Sanitizer Gel 500 ml", "btl", 35000, 2000, 4),
        ("sabuncair", "Sabun Cair Cuci Tangan 5 Liter Jerigen", "jrg", 95000, 800, 4),
        ("lulur", "Lulur Mandi Bengkoang 200gr", "pcs", 30000, 700, 5),
    ]),
    ("S3", "Aromaterapi Karawang Wangi", "mikro", "32.15", "", True, [
        ("eo", "Essential Oil Lavender Murni 10 ml", "btl", 45000, 500, 5),
        ("reeddiffuser", "Reed Diffuser Aromaterapi 100 ml", "btl", 65000, 400, 5),
        ("lilinaroma", "Lilin Aromaterapi Gelas Lavender", "pcs", 48000, 500, 5),
    ]),
    # ---------------------------------------------------------------- logam
    ("L1", "Pandai Besi Ciomas Kiara", "mikro", "36.04", "", True, [
        ("golok", "Golok Ciomas Sorenan Gagang Kayu", "pcs", 350000, 100, 14),
        ("arit", "Arit Rumput Baja Per", "pcs", 55000, 300, 7),
        ("cangkul", "Cangkul Baja Tempa Ciomas", "pcs", 90000, 200, 7),
    ]),
    ("L2", "Bengkel Las Sinar Rajabasa", "mikro", "18.71", "", True, [
        ("teralis", "Teralis Jendela Besi Minimalis per m2", "m2", 450000, 200, 14),
        ("pagar", "Pagar Besi Hollow Minimalis per meter", "m", 600000, 150, 14),
        ("kanopi", "Kanopi Baja Ringan Atap Alderon per m2", "m2", 375000, 300, 14),
    ]),
    ("L3", "Perkakas Tangerang Sentosa", "kecil", "36.03", "sni", True, [
        ("pisaudapur", "Pisau Dapur Stainless Set 6 pcs + Rak", "set", 165000, 500, 7),
        ("parang", "Parang Kebun Baja Karbon 16 inch", "pcs", 95000, 500, 7),
        ("dodos", "Dodos Sawit Baja Tempa", "pcs", 120000, 400, 7),
    ]),
    ("L4", "Tempa Alat Tani Metro", "mikro", "18.72", "", True, [
        ("cangkul", "Cangkul Tempa Metro Mata Lebar", "pcs", 85000, 400, 7),
        ("egrek", "Egrek Sawit Baja Melengkung", "pcs", 150000, 300, 7),
        ("arit", "Sabit Bergerigi Panen Padi", "pcs", 40000, 600, 7),
    ]),
    # ---------------------------------------------------------------- percetakan
    ("C1", "Percetakan Rajabasa Grafika", "kecil", "18.71", "", True, [
        ("spanduk", "Cetak Spanduk Banner Flexi 280 gr per m2", "m2", 25000, 5000, 2),
        ("brosur", "Cetak Brosur A4 Art Paper 150 gr Full Color", "lembar", 1500, 50000, 4),
        ("stempel", "Stempel Flash Custom Kantor", "pcs", 85000, 300, 3),
    ]),
    ("C2", "Toko ATK Karya Kalianda", "mikro", "18.01", "", True, [
        ("snelhecter", "Map Snelhecter Plastik Folio", "pcs", 3500, 10000, 2),
        ("bukuagenda", "Buku Agenda Surat Masuk Keluar Folio 100 lembar", "pcs", 35000, 500, 3),
        ("amplopkop", "Amplop Kop Dinas Cetak Coklat Folio", "pcs", 1500, 20000, 5),
    ]),
    ("C3", "Kemasan Box Cetak Serang", "kecil", "36.73", "", True, [
        ("dusnasi", "Dus Nasi Kotak 20x20 Cetak Logo", "pcs", 2000, 30000, 7),
        ("paperbag", "Paper Bag Kraft Custom Sablon Logo 25x30", "pcs", 6500, 10000, 7),
        ("stiker", "Stiker Label Produk Vinyl A3 Cutting", "lembar", 18000, 3000, 3),
    ]),
    ("C4", "Percetakan Bogor Offset", "menengah", "32.01", "iso-9001", True, [
        ("kalender", "Kalender Dinding 2027 Custom 6 Lembar", "pcs", 22000, 10000, 14),
        ("undangan", "Cetak Undangan Hardcover Eksklusif", "pcs", 9000, 20000, 10),
        ("idcard", "ID Card PVC + Tali Lanyard Printing", "pcs", 15000, 5000, 7),
    ]),
    # ---------------------------------------------------------------- pertanian
    ("T1", "Koperasi Bibit Kopi Kakao Tanggamus", "koperasi", "18.06", "", True, [
        ("bibitkopi", "Bibit Kopi Robusta Sambung Polybag", "batang", 5000, 20000, 7),
        ("bibitkakao", "Bibit Kakao Sambung Samping Unggul", "batang", 6500, 15000, 7),
        ("bibitdurian", "Bibit Durian Musang King Okulasi 60 cm", "batang", 45000, 2000, 7),
    ]),
    ("T2", "Ikan Hias Kali Pringsewu", "mikro", "18.10", "", True, [
        ("koi", "Ikan Koi Lokal Blitar Ukuran 10-12 cm", "ekor", 15000, 2000, 5),
        ("cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 25000, 1000, 5),
        ("benihnila", "Benih Ikan Nila Merah 5-7 cm", "ekor", 300, 100000, 5),
    ]),
    ("T3", "Pakan Ternak Mandiri Sukadana", "kecil", "18.07", "", True, [
        ("pakanayam", "Pakan Ayam Kampung Fermentasi 25 kg", "sak", 210000, 800, 5),
        ("pakanikan", "Pelet Ikan Apung Protein 30% 30 kg", "sak", 360000, 600, 5),
        ("dedak", "Dedak Padi Halus per kg", "kg", 4000, 30000, 3),
    ]),
    ("T4", "Tanaman Hias Ciapus", "mikro", "32.01", "", True, [
        ("monstera", "Tanaman Hias Monstera Deliciosa Pot 25", "pot", 85000, 500, 7),
        ("sansevieria", "Lidah Mertua Sansevieria Pot Semen", "pot", 45000, 800, 7),
        ("kompos", "Pupuk Kompos Organik Karung 20 kg", "karung", 25000, 3000, 5),
    ]),
    ("T5", "Gapoktan Sumber Tani Kalianda", "koperasi", "18.01", "", True, [
        ("pisang", "Pisang Kepok Segar per Sisir", "sisir", 25000, 3000, 2),
        ("jagung", "Jagung Pipil Kering per kg", "kg", 6000, 50000, 3),
        ("beras", "Beras Lokal Premium Kemasan 5 kg", "sak", 75000, 5000, 3),
    ]),
    # ---------------------------------------------------------------- lainnya
    ("X1", "Bersih Jaya Tanjung Karang", "kecil", "18.71", "", True, [
        ("sapuijuk", "Sapu Ijuk Gagang Kayu", "pcs", 30000, 1000, 3),
        ("pel", "Alat Pel Lantai Microfiber + Gagang", "pcs", 65000, 800, 3),
        ("karbol", "Karbol Wangi Sereh 1 Liter", "btl", 18000, 2000, 3),
    ]),
    ("X2", "Keset Sabut Kelapa Malingping", "mikro", "36.02", "", True, [
        ("keset", "Keset Sabut Kelapa 40x60", "pcs", 35000, 1000, 5),
        ("sapulidi", "Sapu Lidi Aren Ikat Besar", "pcs", 15000, 2000, 3),
    ]),
    ("X3", "Konveksi Bendera Metro", "mikro", "18.72", "", True, [
        ("bendera", "Bendera Merah Putih Jahit 120x180", "pcs", 65000, 1000, 5),
        ("umbulumbul", "Umbul-umbul Kain Satin Custom 5 m", "pcs", 85000, 500, 7),
    ]),
]

"""Hand-written suppliers and products for relevance-blind74 (fictional businesses, real Kemendagri codes).

Each product: (kind, name as the maker writes it, unit, unit_price, capacity_per_month, lead_time_days).
The kind is the labeller's tag; it never reaches the CSVs.
"""

CATEGORY = {"M": "makanan", "D": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Made and eaten within days: capacity_per_month must cover the whole quantity, and the maker should be near.
PERISHABLE = {"nasi-kotak", "snack-box", "prasmanan", "tumpeng", "jamu-kunyit-segar", "lele-konsumsi"}

SUPPLIERS = [
    # key, name, scale, region, certificates, active, products
    ("M1", "Kemplang Pesisir Krui", "kecil", "18.13", "halal;pirt", True, [
        ("kemplang", "Kerupuk Kemplang Ikan Tenggiri Panggang 250 gr", "pcs", 25000, 3000, 5),
        ("teri-asin", "Ikan Teri Asin Kering Krui", "kg", 90000, 400, 3),
    ]),
    ("M2", "UD Terasi Rebon Mak Cik Maringgai", "mikro", "18.07", "pirt", True, [
        ("terasi", "Terasi Udang Rebon Asli Labuhan Maringgai 250 gr", "pcs", 22000, 2000, 4),
        ("kerupuk-udang", "Kerupuk Udang Mentah 500 gr", "pcs", 38000, 1500, 4),
    ]),
    ("M3", "Olahan Ikan Bu Warsini Karangantu", "mikro", "36.04", "halal;pirt", True, [
        ("otak-otak", "Otak-otak Ikan Tenggiri Bakar isi 10 (frozen)", "pack", 30000, 1200, 3),
        ("abon-ikan", "Abon Ikan Tuna Pedas 100 gr", "pcs", 30000, 800, 5),
    ]),
    ("M4", "Keripik Pisang Kepok Tanggamus Jaya", "kecil", "18.06", "halal;pirt", True, [
        ("keripik-pisang", "Keripik Pisang Kepok Manis Pedas 200gr", "pcs", 15000, 4000, 4),
        ("keripik-singkong", "Keripik Singkong Balado 250 gr", "pcs", 12000, 4000, 4),
    ]),
    ("M5", "Dapur Uni Kaur", "mikro", "17.04", "pirt-expired", True, [
        ("sambal-cumi", "Sambal Cumi Asin Botol 150 ml", "botol", 35000, 600, 5),
        ("sambal-terasi", "Sambal Terasi Bawang Botol 200 gr", "botol", 25000, 600, 5),
    ]),
    ("M6", "Lempok Durian Liwa Sekala", "mikro", "18.04", "halal;pirt", True, [
        ("lempok", "Lempok (Dodol Durian) Asli Liwa 250 gr", "pcs", 45000, 900, 5),
    ]),
    ("M7", "Rengginang Ceu Imas", "kecil", "32.15", "halal;pirt", True, [
        ("rengginang", "Rengginang Ketan Terasi 500gr mentah", "pcs", 30000, 1500, 4),
        ("nastar", "Nastar Nanas Toples 500 gr", "toples", 85000, 600, 7),
    ]),
    ("M8", "PT Snack Nusantara Makmur", "besar", "36.03", "halal;bpom", True, [
        ("keripik-kentang", "Keripik Kentang Balado 68 gr", "pcs", 9500, 100000, 7),
    ]),
    ("D1", "Koperasi Kopi Robusta Sekincau", "koperasi", "18.04", "halal;pirt", True, [
        ("kopi-robusta-bubuk", "Kopi Bubuk Robusta Lampung Barat 250 gr", "pcs", 35000, 3000, 5),
        ("kopi-robusta-biji", "Kopi Biji Sangrai Robusta Fine 1 kg", "kg", 160000, 300, 5),
        ("kopi-luwak", "Kopi Luwak Liar 100 gr", "pcs", 150000, 100, 7),
    ]),
    ("D2", "Way Tenong Coffee Brothers", "mikro", "18.04", "pirt", True, [
        ("kopi-robusta-bubuk", "ROBUSTA LAMPUNG Ground Coffee 200gr Drip Grind", "pcs", 42000, 800, 4),
    ]),
    ("D3", "Rumah Kakao Pulau Panggung", "kecil", "18.06", "halal;pirt", True, [
        ("kakao-bubuk", "Bubuk Kakao Murni 250 gr", "pcs", 45000, 600, 5),
        ("cokelat-batang", "Cokelat Batang Dark 70% 50gr", "pcs", 20000, 1500, 5),
    ]),
    ("D4", "Wedang Jahe Merah Bu Tini Metro", "mikro", "18.72", "pirt", True, [
        ("jahe-instan", "Wedang Jahe Merah Instan Serbuk 250 gr", "pcs", 28000, 700, 4),
    ]),
    ("D5", "CV Tirta Kaur Lestari", "kecil", "17.04", "sni;halal", True, [
        ("amdk-gelas", "Air Minum Dalam Kemasan Gelas 220 ml (dus isi 48)", "dus", 22000, 5000, 2),
        ("amdk-botol-600", "AMDK Botol 600 ml dus isi 24", "dus", 45000, 3000, 2),
    ]),
    ("D6", "Kopi Leuit Cibeber", "mikro", "36.02", "pirt", True, [
        ("kopi-robusta-lebak", "Kopi Bubuk Robusta Lebak 250 gr", "pcs", 30000, 1000, 4),
    ]),
    ("J1", "Katering Dapur Sai Liwa", "kecil", "18.04", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar + Sayur + Buah", "porsi", 30000, 3000, 2),
        ("snack-box", "Snack Box 3 Macam Kue", "kotak", 12000, 4000, 1),
    ]),
    ("J2", "RM Pindang Pesisir Krui", "mikro", "18.13", "halal", True, [
        ("nasi-kotak", "Nasi Box Pindang Ikan Tenggiri", "porsi", 35000, 1500, 2),
        ("prasmanan", "Prasmanan Menu Pesisir per pax", "pax", 55000, 2000, 5),
    ]),
    ("J3", "Catering Mesuji Barokah", "mikro", "18.11", "halal", True, [
        ("nasi-kotak", "Nasi Box Rendang Komplit", "porsi", 32000, 800, 2),
        ("snack-box", "Kue Kotak Isi 4", "kotak", 15000, 1200, 1),
    ]),
    ("J4", "Boga Tubaba Mandiri", "kecil", "18.12", "halal", True, [
        ("nasi-kotak", "Paket Nasi Kotak Standar Rapat", "porsi", 28000, 2000, 2),
        ("tumpeng", "Tumpeng Nasi Kuning 1 set (20 org)", "paket", 650000, 30, 3),
    ]),
    ("J5", "Katering Bu Ros", "kecil", "36.73", "halal", True, [
        ("nasi-kotak", "Nasi Box Ayam Goreng Lalapan", "porsi", 30000, 2500, 2),
        ("snack-box", "Coffee Break / Snack Box 2 kue + air", "kotak", 14000, 3000, 1),
    ]),
    ("J6", "Nasi Liwet Teh Enok", "mikro", "32.15", "halal", True, [
        ("nasi-kotak", "Nasi Liwet Box Sunda komplit", "porsi", 33000, 1000, 2),
    ]),
    ("J7", "Dapur Kaur Sejahtera", "mikro", "17.04", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Gulai Ikan", "porsi", 30000, 600, 2),
    ]),
    ("F1", "Sanggar Tapis Sai Bumi", "kecil", "18.72", "", True, [
        ("tapis-kain", "Kain Tapis Lampung Motif Pucuk Rebung 2 m", "lembar", 1500000, 20, 21),
        ("selendang-tapis", "Selendang Tapis Sulam Benang Emas", "pcs", 450000, 60, 14),
    ]),
    ("F2", "Tapis Pesisir Collection", "mikro", "18.13", "", True, [
        ("tas-tapis", "Tas Tapis Kombinasi Kulit Sintetis", "pcs", 275000, 80, 10),
        ("peci-tapis", "Peci Tapis Lampung", "pcs", 85000, 200, 7),
    ]),
    ("F3", "Konveksi Seragam Mitra Pringsewu", "kecil", "18.10", "", True, [
        ("kemeja-pdh", "Kemeja PDH Pria Drill Lengan Panjang", "pcs", 165000, 800, 21),
        ("kaos-olahraga", "Kaos Olahraga Dryfit Sablon Logo", "pcs", 65000, 1500, 14),
        ("rompi", "Rompi Lapangan Drill Bordir", "pcs", 120000, 500, 14),
    ]),
    ("F4", "Batik Krakatoa", "kecil", "36.72", "batikmark", True, [
        ("batik-tulis", "Kain Batik Tulis Motif Krakatau 2 m", "lembar", 850000, 40, 30),
        ("kemeja-batik-cap", "Kemeja Batik Cap Pria Lengan Pendek", "pcs", 175000, 600, 14),
    ]),
    ("F5", "CV Konveksi Tangerang Maju", "menengah", "36.71", "iso-9001", True, [
        ("wearpack", "Seragam Kerja Wearpack Safety", "pcs", 185000, 2000, 14),
        ("topi-rimba", "Topi Rimba Bordir Logo", "pcs", 45000, 3000, 10),
        ("polo", "Polo Shirt Lacoste PE Bordir", "pcs", 75000, 3000, 10),
    ]),
    ("F6", "Sandal Kulit Ciomas Bogor", "mikro", "32.01", "", True, [
        ("sandal-kulit", "Sandal Kulit Pria Model Selop", "pasang", 95000, 600, 10),
        ("sepatu-pdl", "Sepatu PDL Kulit Sapi Asli", "pasang", 375000, 200, 21),
    ]),
    ("F7", "Jahit Rapi Mesuji", "mikro", "18.11", "", False, [
        ("seragam-linmas", "Seragam Linmas Hijau Lengkap", "stel", 210000, 300, 21),
    ]),
    ("K1", "KWT Anyaman Pandan Pekon Kenali", "mikro", "18.04", "", True, [
        ("tikar-pandan", "Tikar Pandan Anyam 2x3 m", "lembar", 180000, 40, 14),
        ("tas-pandan", "Tas Anyaman Pandan Motif", "pcs", 85000, 150, 10),
    ]),
    ("K2", "Kerajinan Bambu Tubaba", "mikro", "18.12", "", True, [
        ("besek", "Besek Bambu 20x20 (isi 10)", "ikat", 25000, 500, 7),
        ("caping", "Caping Bambu", "pcs", 20000, 300, 7),
        ("tempat-tisu-bambu", "Tempat Tisu Bambu Ukir", "pcs", 45000, 200, 10),
    ]),
    ("K3", "Sentra Gerabah Bumijaya", "mikro", "36.04", "", True, [
        ("gentong", "Gentong Gerabah Tanah Liat 30 L", "pcs", 150000, 60, 14),
        ("pot-gerabah", "Pot Gerabah Tanah Liat Diameter 30 cm", "pcs", 35000, 400, 7),
        ("celengan", "Celengan Gerabah Ayam", "pcs", 20000, 500, 7),
    ]),
    ("K4", "Siger Lampung Art", "kecil", "18.71", "", True, [
        ("miniatur-siger", "Miniatur Siger Kuningan 15 cm Box Mika", "pcs", 175000, 150, 10),
        ("gantungan-akrilik", "Gantungan Kunci Siger Akrilik", "pcs", 6000, 5000, 7),
        ("plakat-kayu", "Plakat Kayu Ukir Logo Instansi", "pcs", 350000, 60, 14),
    ]),
    ("K5", "Rotan Pringsewu Craft", "kecil", "18.10", "", True, [
        ("keranjang-rotan", "Keranjang Parsel Rotan Oval", "pcs", 65000, 500, 7),
        ("kap-lampu-rotan", "Kap Lampu Rotan", "pcs", 120000, 100, 10),
    ]),
    ("K6", "Kerajinan Koja Kanekes", "mikro", "36.02", "", True, [
        ("tas-koja", "Tas Koja Baduy Serat Kulit Kayu", "pcs", 75000, 300, 10),
    ]),
    ("P1", "Mutiara Teluk Ratai", "mikro", "18.09", "", True, [
        ("kalung-mutiara", "Kalung Mutiara Air Laut Lampung", "pcs", 450000, 40, 10),
        ("bros-imitasi", "Bros Mutiara Sintetis", "pcs", 35000, 500, 5),
    ]),
    ("P2", "Akik Pesisir Barat", "mikro", "18.13", "", True, [
        ("cincin-akik-perak", "Cincin Batu Akik Pesisir Ikat Perak", "pcs", 250000, 50, 10),
        ("gelang-stigi", "Gelang Kayu Stigi", "pcs", 60000, 200, 7),
    ]),
    ("P3", "Galeri Perak Bogor", "kecil", "32.01", "", True, [
        ("bros-perak", "Bros Perak 925 Motif Siger Custom", "pcs", 300000, 100, 14),
        ("pin-kuningan", "Pin Emblem Kuningan Logo Pemda", "pcs", 25000, 2000, 10),
    ]),
    ("P4", "Gaharu Kaur Wangi", "mikro", "17.04", "", True, [
        ("tasbih-gaharu", "Tasbih Kayu Gaharu 99 butir", "pcs", 150000, 100, 7),
        ("gelang-gaharu", "Gelang Gaharu", "pcs", 85000, 150, 7),
    ]),
    ("U1", "Mebel Sekolah Karya Tubaba", "kecil", "18.12", "svlk", True, [
        ("meja-kursi-siswa", "Meja Kursi Siswa SD 1 set Kayu", "set", 650000, 300, 30),
        ("papan-tulis", "Papan Tulis Whiteboard Kayu 120x240", "pcs", 750000, 60, 14),
    ]),
    ("U2", "Rotan Indah Tigaraksa", "mikro", "36.03", "", True, [
        ("kursi-rotan-set", "Kursi Teras Rotan Sintetis Set (2 kursi+1 meja)", "set", 1850000, 30, 21),
        ("sofa-rotan", "Sofa Rotan Tamu", "set", 4500000, 10, 30),
    ]),
    ("U3", "CV Baja Karya Karawang", "kecil", "32.15", "sni", True, [
        ("filing-besi", "Lemari Arsip Besi 4 Laci", "unit", 2800000, 50, 14),
        ("rak-besi", "Rak Buku Besi Siku 5 Susun", "unit", 450000, 200, 7),
    ]),
    ("U4", "Mebel Kayu Pesisir", "mikro", "18.13", "", True, [
        ("lemari-pakaian", "Lemari Pakaian 2 Pintu Kayu Meranti", "unit", 2200000, 15, 30),
        ("meja-kerja", "Meja Kerja Kayu 1/2 Biro", "unit", 1350000, 20, 21),
    ]),
    ("U5", "Meubel Kaur Jaya", "mikro", "17.04", "", False, [
        ("rak-sepatu", "Rak Sepatu Kayu 4 Susun", "unit", 350000, 50, 14),
    ]),
    ("H1", "Madu Hutan Way Kambas", "mikro", "18.07", "pirt", True, [
        ("madu-hutan", "Madu Hutan Liar Asli 500 ml", "botol", 120000, 300, 5),
        ("madu-kelulut", "Madu Klanceng/Kelulut 250 ml", "botol", 160000, 60, 7),
    ]),
    ("H2", "Jamu Gendong Bu Painem", "mikro", "18.72", "pirt", True, [
        ("jamu-kunyit-segar", "Jamu Kunyit Asam Botol 250 ml (segar)", "botol", 8000, 1500, 1),
        ("empon-serbuk", "Serbuk Jahe Merah Kunyit Temulawak 250gr", "pcs", 30000, 800, 4),
    ]),
    ("H3", "Herbal Sai Tanggamus", "kecil", "18.06", "pirt;halal", True, [
        ("teh-kelor", "Teh Herbal Daun Kelor Celup isi 25", "kotak", 30000, 600, 5),
        ("kelor-bubuk", "Bubuk Kelor Murni 100 gr", "pcs", 35000, 500, 5),
    ]),
    ("H4", "Rumah Herbal Leuwidamar", "mikro", "36.02", "pirt", True, [
        ("vco", "Minyak Kelapa Murni VCO 250 ml", "botol", 45000, 400, 5),
        ("madu-baduy", "Madu Hutan Baduy 500 gr", "botol", 110000, 200, 5),
    ]),
    ("H5", "PT Jamu Sehat Sentosa", "besar", "32.01", "bpom", True, [
        ("jamu-kapsul-pegal", "Jamu Pegal Linu Kapsul isi 30", "botol", 35000, 50000, 7),
    ]),
    ("S1", "Sabun Kopi Pringsewu", "mikro", "18.10", "bpom", True, [
        ("sabun-kopi", "Sabun Batang Kopi Susu Handmade 100 gr", "pcs", 15000, 1000, 5),
        ("sabun-cuci-tangan", "Sabun Cair Cuci Tangan Sereh 500 ml", "botol", 25000, 800, 5),
    ]),
    ("S2", "Lilin Wangi Kota Serang", "mikro", "36.73", "", True, [
        ("lilin-aroma", "Lilin Aromaterapi Lavender Jar 100 gr", "pcs", 45000, 300, 7),
        ("reed-diffuser", "Diffuser Reed Aroma Kopi 100 ml", "pcs", 65000, 200, 7),
    ]),
    ("S3", "Kosmetik Alami Karawang", "kecil", "32.15", "bpom", True, [
        ("lulur", "Lulur Mandi Bengkoang 200 gr", "pcs", 30000, 800, 5),
        ("lotion", "Body Lotion Kelor 250 ml", "botol", 40000, 600, 5),
    ]),
    ("S4", "Koperasi Wanita Mekar Kaur", "koperasi", "17.04", "", True, [
        ("bedak-dingin", "Bedak Dingin Beras Kencur", "pcs", 10000, 1500, 5),
        ("sabun-sereh", "Sabun Sereh Wangi Batang", "pcs", 12000, 1000, 5),
    ]),
    ("L1", "Pandai Besi Gisting", "mikro", "18.06", "sni", True, [
        ("cangkul", "Cangkul Baja Tempa Gagang Kayu", "pcs", 95000, 300, 7),
        ("parang", "Parang Kebun Tempa 16 inch", "pcs", 85000, 300, 7),
        ("arit", "Arit Rumput Baja", "pcs", 45000, 400, 7),
    ]),
    ("L2", "Golok Ciomas Pusaka", "mikro", "36.04", "", True, [
        ("golok-ciomas", "Golok Ciomas Sembelih Asli", "pcs", 350000, 60, 14),
        ("pisau-dapur", "Pisau Dapur Tempa", "pcs", 60000, 200, 7),
    ]),
    ("L3", "Las & Teralis Mesuji Teknik", "mikro", "18.11", "", True, [
        ("teralis-besi", "Teralis Jendela Besi Hollow per m2", "m2", 450000, 150, 14),
        ("pagar-besi", "Pagar Besi Minimalis per meter", "meter", 650000, 100, 14),
    ]),
    ("L4", "Bengkel Alsintan Metro", "kecil", "18.72", "sni", True, [
        ("sprayer", "Hand Sprayer Semprot Hama 16 L", "unit", 385000, 150, 7),
        ("perontok-padi", "Alat Perontok Padi Pedal (Thresher Manual)", "unit", 3500000, 10, 21),
    ]),
    ("L5", "Aluminium Cetak Cikokol", "kecil", "36.71", "", True, [
        ("panci-alu", "Panci Aluminium Set 5 pcs", "set", 250000, 300, 7),
        ("loyang", "Loyang Kue Aluminium 22 cm", "pcs", 35000, 600, 7),
    ]),
    ("C1", "Percetakan Sinar Liwa", "kecil", "18.04", "", True, [
        ("spanduk", "Cetak Spanduk Banner Flexi 280 gr per meter", "meter", 25000, 3000, 2),
        ("kop-surat", "Cetak Kop Surat HVS 80 gr (rim)", "rim", 150000, 200, 5),
        ("stempel", "Stempel Flash Otomatis", "pcs", 85000, 300, 3),
    ]),
    ("C2", "Toko ATK Sumber Ilmu", "mikro", "18.12", "", True, [
        ("hvs-a4-70", "Kertas HVS A4 70 gr (rim)", "rim", 52000, 1000, 2),
        ("map-snelhekter", "Map Snelhekter Plastik", "pcs", 3500, 5000, 2),
        ("buku-tulis", "Buku Tulis 38 lembar (pak isi 10)", "pak", 35000, 1000, 2),
    ]),
    ("C3", "Krui Grafika Digital Printing", "mikro", "18.13", "", True, [
        ("kalender", "Kalender Dinding 2027 Custom 6 lembar", "pcs", 35000, 2000, 10),
        ("buku-yasin", "Cetak Buku Yasin Hard Cover 176 hal", "pcs", 22000, 2000, 10),
        ("brosur", "Cetak Brosur A4 Art Paper 150gr", "lembar", 1200, 20000, 4),
    ]),
    ("C4", "Karawang Pack Kemasan", "kecil", "32.15", "", True, [
        ("dus-kue", "Dus Kue Kotak 20x20 Printing", "pcs", 2500, 20000, 7),
        ("paper-bag", "Paper Bag Kraft Custom Sablon", "pcs", 4500, 10000, 7),
    ]),
    ("C5", "Sablon & Cetak Royal Serang", "mikro", "36.73", "", True, [
        ("id-card", "ID Card PVC + Lanyard Printing", "pcs", 15000, 3000, 5),
        ("sertifikat", "Cetak Sertifikat Piagam Art Carton 260 gr", "lembar", 3000, 5000, 4),
    ]),
    ("T1", "UPR Benih Ikan Mina Lestari", "mikro", "18.04", "", True, [
        ("benih-nila", "Benih Ikan Nila Gesit 5-7 cm", "ekor", 300, 100000, 3),
        ("benih-mas", "Benih Ikan Mas Majalaya 5-7 cm", "ekor", 350, 60000, 3),
    ]),
    ("T2", "Pokdakan Lele Mesuji Makmur", "mikro", "18.11", "", True, [
        ("benih-lele", "Bibit Lele Sangkuriang 7-9 cm", "ekor", 250, 200000, 3),
        ("lele-konsumsi", "Lele Konsumsi Segar (isi 6-8/kg)", "kg", 24000, 2000, 2),
    ]),
    ("T3", "Pakan Ikan Mandiri Tubaba", "kecil", "18.12", "", True, [
        ("pakan-ikan-apung", "Pakan Ikan Apung Pelet Mandiri PF 800 (karung 30 kg)", "karung", 330000, 400, 5),
        ("pakan-maggot-ayam", "Pakan Ayam Fermentasi Maggot 25 kg", "karung", 200000, 300, 5),
    ]),
    ("T4", "Koperasi Tani Lada Abung", "koperasi", "18.03", "", True, [
        ("lada-hitam", "Lada Hitam Butir Lampung 1 kg", "kg", 120000, 500, 5),
        ("bibit-lada", "Bibit Lada Perdu Polybag", "batang", 7500, 5000, 7),
        ("bibit-kakao", "Bibit Kakao Sambung Samping", "batang", 5000, 10000, 7),
    ]),
    ("T5", "Kebun Bibit Kopi Sekincau", "mikro", "18.04", "", True, [
        ("bibit-kopi", "Bibit Kopi Robusta Sambung Pucuk Polybag", "batang", 3500, 20000, 7),
        ("bibit-alpukat", "Bibit Alpukat Siger", "batang", 25000, 2000, 7),
    ]),
    ("T6", "Alat Tangkap Nelayan Maringgai", "mikro", "18.07", "", True, [
        ("jaring-insang", "Jaring Insang Gillnet Nilon 2 inch 100 m", "piece", 750000, 40, 14),
        ("bubu", "Bubu Lipat Rajungan", "pcs", 45000, 800, 7),
    ]),
    ("T7", "Koi & Cupang Cikarang", "mikro", "32.16", "", True, [
        ("koi", "Ikan Koi Kohaku Lokal 12-15 cm", "ekor", 35000, 500, 3),
        ("cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 25000, 600, 3),
    ]),
    ("T8", "Bogor Green Nursery", "kecil", "32.01", "", True, [
        ("sansevieria", "Tanaman Hias Sansevieria Pot 20 cm", "pot", 45000, 500, 5),
        ("bibit-mangga", "Bibit Mangga Harum Manis Okulasi 60 cm", "batang", 30000, 2000, 5),
    ]),
    ("X1", "Kebersihan Berkah Pringsewu", "mikro", "18.10", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 1000, 4),
        ("mop", "Kain Pel Katun Gagang Besi (Mop)", "pcs", 45000, 600, 4),
        ("keset-sabut", "Keset Sabut Kelapa 40x60", "pcs", 30000, 800, 4),
    ]),
    ("X2", "Sabut Kelapa Carita", "mikro", "36.01", "", True, [
        ("keset-sabut", "Keset Sabut Kelapa Tebal 60x90", "pcs", 55000, 500, 5),
        ("sapu-lidi", "Sapu Lidi Kelapa Ikat Besar", "pcs", 12000, 2000, 3),
        ("tali-sabut", "Tali Tambang Sabut Kelapa 10 m", "gulung", 30000, 600, 5),
    ]),
    ("X3", "Koperasi Konsumen Mesuji Sejahtera", "koperasi", "18.11", "", True, [
        ("paket-sembako", "Paket Sembako (beras 5 kg, minyak 2 L, gula 1 kg)", "paket", 150000, 3000, 5),
    ]),
    ("X4", "Tenda Terpal Jatiuwung", "kecil", "36.71", "", True, [
        ("terpal", "Terpal Plastik A5 4x6 m", "lembar", 110000, 500, 3),
        ("tenda-lipat", "Tenda Lipat 3x3 Rangka Besi", "unit", 1450000, 40, 7),
    ]),
    ("X5", "Fiber Karya Karawang", "kecil", "32.15", "", True, [
        ("tong-sampah-pilah", "Tempat Sampah Pilah 3 Warna Fiber 60 L", "set", 1250000, 80, 14),
        ("tong-sampah-kecil", "Tong Sampah Plastik Pedal 20 L", "pcs", 95000, 400, 5),
    ]),
]

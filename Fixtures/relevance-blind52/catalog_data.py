"""Hand-written suppliers and products of relevance-blind52 (fictional).

Each product: (kind, name as the supplier writes it, unit, unit_price, capacity_per_month, lead_time_days[,
category when not the supplier key's]).
The kind is the labeller's tag (what the product is); it never reaches the CSVs.
Supplier: (key, name, scale, region, certificates, active, products); the key's letter is the category.
"""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Made and eaten the same day or week: the whole quantity must come out of one month's capacity,
# from a producer in the need's kabupaten/kota when one qualifies, else its province.
PERISHABLE = {"nasi-kotak", "snack-box", "prasmanan", "nasi-liwet", "coffee-break", "tumpeng", "nasi-bungkus",
              "pmt-balita", "jamu-kunyit-asam", "beras-kencur"}

SUPPLIERS = [
    # makanan
    ("M1", "Dapur Emping Bu Eroh", "mikro", "36.01", "halal;pirt", True, [
        ("emping-melinjo", "Emping Melinjo Mentah Super Pandeglang 1 kg", "kg", 110000, 400, 4),
        ("emping-pedas", "Emping Balado Pedas Manis 250 gr", "pcs", 28000, 800, 3)]),
    ("M2", "KSU Berkah Cibeber", "koperasi", "36.02", "pirt", True, [
        ("gula-aren", "Gula Aren Cetak Lebak 1 kg", "kg", 38000, 1500, 5),
        ("gula-semut", "Gula Semut Aren Organik 500 gr", "pcs", 32000, 1000, 5),
        ("paket-sembako", "Paket Sembako (Beras 5 kg, Minyak 2 L, Gula 1 kg, Mie 5)", "paket", 150000, 3000, 5,
         "lainnya")]),
    ("M3", "Otak-Otak Mang Udin Cilegon", "mikro", "36.72", "halal;pirt", True, [
        ("otak-otak", "Otak-Otak Ikan Tenggiri Frozen isi 20", "pack", 45000, 600, 3),
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri Mentah 500 gr", "pcs", 30000, 900, 4)]),
    ("M4", "Sambal Teh Iis Pamulang", "mikro", "36.74", "pirt", True, [
        ("sambal-bawang", "Sambal Bawang Teh Iis Botol 150 ml", "botol", 25000, 700, 4),
        ("sambal-cumi", "Sambal Cumi Asin Pedas 200 gr", "botol", 42000, 300, 5)]),
    ("M5", "Keripik Pisang Tanggamus Jaya", "kecil", "18.06", "halal;pirt", True, [
        ("keripik-pisang", "Keripik Pisang Kepok Coklat 250 gr", "pcs", 22000, 2000, 4),
        ("keripik-singkong", "Keripik Singkong Balado 250 gr", "pcs", 18000, 2000, 4)]),
    ("M6", "Dodol dan Kue Ibu Atikah", "mikro", "36.04", "halal;pirt-expired", True, [
        ("dodol", "Dodol Ketan Hitam Khas Serang 500 gr", "pcs", 35000, 500, 5),
        ("kue-kering", "Kue Kering Nastar Nanas Toples 500 gr", "toples", 85000, 300, 7)]),
    ("M8", "PT Agro Pangan Nusantara", "besar", "36.03", "halal;bpom", True, [
        ("keripik-singkong", "Keripik Singkong Balado Kemasan 250 gr", "pcs", 12000, 50000, 2)]),
    ("M9", "Abon Lele Mina Mandiri", "kecil", "18.72", "halal;pirt", True, [
        ("abon-ikan", "Abon Ikan Lele Original 100 gr", "pcs", 27000, 1000, 5),
        ("abon-ikan", "Abon Lele Pedas 250 gr", "pcs", 55000, 500, 5)]),
    # minuman
    ("N1", "Kopi Robusta Pulosari", "kecil", "36.01", "halal;pirt", True, [
        ("kopi-robusta-bubuk", "Kopi Bubuk Robusta Gunung Pulosari 250 gr", "pcs", 45000, 800, 5),
        ("kopi-robusta-biji", "Green Bean Robusta Pulosari 1 kg", "kg", 85000, 400, 7)]),
    ("N2", "Gapoktan Kopi Ulubelu", "koperasi", "18.06", "halal", True, [
        ("kopi-robusta-lampung", "Kopi Robusta Lampung Ulubelu Bubuk 500 gr", "pcs", 70000, 1200, 5),
        ("kopi-luwak", "Kopi Luwak Liar Tanggamus 100 gr", "pcs", 250000, 50, 10)]),
    ("N3", "Koperasi Produk Baduy Lestari", "mikro", "36.02", "pirt", True, [
        ("cokelat-bubuk", "Bubuk Cokelat Murni Kakao Lebak 250 gr", "pcs", 55000, 300, 6),
        ("minuman-jahe", "Jahe Merah Instan Serbuk 250 gr", "pcs", 30000, 600, 4),
        ("minyak-sereh", "Minyak Sereh Wangi 60 ml", "botol", 25000, 600, 5, "herbal"),
        ("kapsul-kelor", "Kapsul Daun Kelor isi 60", "botol", 45000, 400, 5, "herbal")]),
    ("N5", "AMDK Tirta Cilegon", "menengah", "36.72", "halal;sni;bpom", True, [
        ("amdk-gelas", "Air Minum Dalam Kemasan Gelas 220 ml (dus isi 48)", "dus", 22000, 5000, 2),
        ("amdk-botol", "Air Mineral Botol 600 ml isi 24", "dus", 48000, 3000, 2)]),
    ("N6", "Teh Kelor Srikandi", "mikro", "36.74", "pirt", True, [
        ("teh-kelor", "Teh Daun Kelor Celup isi 25", "box", 28000, 400, 4)]),
    # jasa-boga
    ("J1", "Katering Dapur Bu Ani", "kecil", "36.01", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar + Lalapan", "kotak", 30000, 2500, 2),
        ("snack-box", "Snack Box isi 3 Kue Basah", "kotak", 12000, 3000, 1)]),
    ("J2", "Raja Catering Rangkasbitung", "kecil", "36.02", "halal", True, [
        ("nasi-kotak", "Nasi Box Komplit Menu Ayam Goreng", "box", 28000, 2000, 2),
        ("prasmanan", "Paket Prasmanan 3 Lauk per Pax", "pax", 55000, 1500, 5),
        ("nasi-liwet", "Nasi Liwet Tumpeng Mini", "porsi", 35000, 600, 2)]),
    ("J3", "Cilegon Katering Berkah", "mikro", "36.72", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ekonomis Lauk Ayam", "kotak", 25000, 1500, 1),
        ("snack-box", "Kue Kotak Isi 4 (Risol, Lemper, Bolu, Air Mineral)", "kotak", 15000, 2000, 1)]),
    ("J4", "Dapur Tangsel Catering", "kecil", "36.74", "halal", True, [
        ("nasi-kotak", "Nasi Box Premium Rendang", "box", 45000, 3000, 2),
        ("coffee-break", "Coffee Break Paket Kue + Kopi/Teh per Orang", "orang", 20000, 3000, 1),
        ("tumpeng", "Tumpeng Nasi Kuning Besar 20 orang", "buah", 650000, 40, 3)]),
    ("J5", "Katering Putri Lampung", "mikro", "18.71", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bumbu Kuning", "kotak", 27000, 1000, 2),
        ("snack-box", "Snack Box 3 Item", "kotak", 11000, 1500, 1)]),
    ("J7", "PT Boga Prima Nusantara", "besar", "36.71", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Paket Instansi", "kotak", 32000, 50000, 2)]),
    ("J8", "Katering Sehat Bunda", "mikro", "36.02", "", True, [
        ("pmt-balita", "Makanan Tambahan Balita (bubur kacang hijau + telur) per porsi", "porsi", 12000, 3000, 2)]),
    ("J9", "Katering Mutiara Cilegon", "mikro", "36.72", "halal", False, [
        ("snack-box", "Snack Box Rapat Murah isi 3", "kotak", 9000, 3000, 1)]),
    # fesyen
    ("F1", "Batik Krakatau Cilegon", "kecil", "36.72", "batikmark", True, [
        ("batik-tulis", "Kain Batik Tulis Motif Krakatau 2 m", "lembar", 650000, 60, 21),
        ("batik-cap", "Kain Batik Cap Motif Debus 2 m", "lembar", 150000, 500, 10),
        ("kemeja-batik", "Kemeja Batik Pria Lengan Panjang Motif Cilegon", "pcs", 225000, 400, 14)]),
    ("F2", "Batik Baduy Lebak Mandiri", "mikro", "36.02", "batikmark", True, [
        ("batik-cap-baduy", "Batik Cap Motif Baduy Kain Katun", "lembar", 135000, 300, 10),
        ("tenun-baduy", "Kain Tenun Baduy Asli Motif Poleng", "lembar", 450000, 40, 30)]),
    ("F3", "Tapis Pringsewu Art", "mikro", "18.10", "", True, [
        ("tapis", "Kain Tapis Lampung Sulam Benang Emas", "lembar", 1200000, 20, 30),
        ("tas-tapis", "Tas Selempang Motif Tapis", "pcs", 175000, 150, 10)]),
    ("F4", "Konveksi Seragam Mitra Serang", "kecil", "36.04", "", True, [
        ("seragam-pdh", "Seragam PDH Khaki Bahan Drill (Jahit Ukur)", "stel", 325000, 800, 21),
        ("kaos-polo", "Kaos Polo Bordir Logo Instansi Bahan Lacoste", "pcs", 85000, 1500, 14),
        ("kaos-oblong", "Kaos Oblong Cotton Combed 30s Sablon", "pcs", 55000, 3000, 10)]),
    ("F5", "Konveksi Anak Sekolah Pandeglang", "mikro", "36.01", "", True, [
        ("seragam-sekolah", "Seragam Sekolah SD Merah Putih (Kemeja + Celana/Rok)", "stel", 120000, 1000, 14),
        ("seragam-pramuka", "Seragam Pramuka Penggalang", "stel", 135000, 600, 14)]),
    ("F7", "Rompi Jaket Bordir Tangsel", "kecil", "36.74", "", True, [
        ("rompi", "Rompi Lapangan Bordir Nama (Drill)", "pcs", 150000, 500, 14),
        ("jaket", "Jaket Parasut Bordir Logo", "pcs", 175000, 500, 14)]),
    ("F8", "PT Garment Jaya Abadi", "besar", "32.16", "iso-9001", True, [
        ("seragam-pdh", "Seragam Dinas PDH Drill", "stel", 250000, 20000, 14)]),
    # kerajinan
    ("K1", "Anyaman Pandan Sinar Cibaliung", "mikro", "36.01", "", True, [
        ("tikar-pandan", "Tikar Pandan Anyam 150x200", "lembar", 120000, 200, 10),
        ("tas-pandan", "Tas Anyaman Pandan Motif Lokal", "pcs", 65000, 300, 10)]),
    ("K2", "Gerabah Bumijaya", "mikro", "36.04", "", True, [
        ("gerabah-pot", "Pot Gerabah Tanah Liat Diameter 30 cm", "pcs", 35000, 600, 7),
        ("gerabah-guci", "Guci Gerabah Hias Tinggi 40 cm", "pcs", 125000, 100, 14)]),
    ("K3", "Koperasi Kerajinan Bambu Leuwidamar", "koperasi", "36.02", "", True, [
        ("bambu-besek", "Besek Bambu Anyaman 20x20 cm", "pcs", 6000, 5000, 7),
        ("bambu-souvenir", "Miniatur Rumah Baduy dari Bambu", "pcs", 95000, 150, 14),
        ("tas-koja", "Tas Koja Baduy Serat Teureup", "pcs", 85000, 200, 14)]),
    ("K4", "Siger Craft Bandar Lampung", "kecil", "18.71", "", True, [
        ("miniatur-siger", "Miniatur Siger Lampung Kuningan 20 cm", "pcs", 175000, 300, 10),
        ("plakat-kayu", "Plakat Kayu Ukir Logo Instansi", "pcs", 150000, 200, 10)]),
    # perhiasan
    ("P1", "Galeri Perak Tangerang", "kecil", "36.71", "", True, [
        ("bros-perak", "Bros Perak 925 Motif Siger", "pcs", 275000, 200, 14),
        ("cincin-perak", "Cincin Perak Ukir Pria", "pcs", 225000, 150, 10)]),
    ("P2", "Mutiara Kalianda", "mikro", "18.01", "", True, [
        ("kalung-mutiara", "Kalung Mutiara Air Laut Asli", "pcs", 850000, 50, 14),
        ("gelang-mutiara", "Gelang Mutiara Air Tawar", "pcs", 150000, 200, 7)]),
    ("P3", "Kalimaya Sajira Stone", "mikro", "36.02", "", True, [
        ("cincin-kalimaya", "Cincin Batu Kalimaya Banten Ikat Titanium", "pcs", 350000, 80, 10),
        ("liontin-kalimaya", "Liontin Batu Kalimaya Ikat Perak", "pcs", 400000, 60, 10)]),
    ("P4", "Aksesoris Cantik Ciputat", "mikro", "36.74", "", True, [
        ("bros-imitasi", "Bros Jilbab Mutiara Imitasi Lapis Emas", "pcs", 25000, 2000, 5),
        ("pin-logo", "Pin Logo Instansi Kuningan Enamel", "pcs", 35000, 1000, 10)]),
    # furnitur
    ("U1", "Mebel Rotan Sumber Rejeki", "kecil", "36.04", "", True, [
        ("kursi-rotan", "Kursi Teras Rotan Sintetis Set (2 kursi + meja)", "set", 1850000, 20, 21)]),
    ("U2", "Mebel Sekolah Menes", "kecil", "36.01", "svlk", True, [
        ("meja-kursi-siswa", "Meja dan Kursi Siswa SD Kayu Mahoni (1 set)", "set", 650000, 200, 30),
        ("papan-tulis", "Papan Tulis Whiteboard Bingkai Kayu 120x240", "buah", 850000, 60, 14),
        ("lemari-arsip-kayu", "Lemari Arsip Kayu 2 Pintu", "buah", 2100000, 30, 30)]),
    ("U3", "Cilegon Steel Furniture", "kecil", "36.72", "sni", True, [
        ("lemari-arsip-besi", "Filing Cabinet Besi 4 Laci", "unit", 2650000, 40, 14),
        ("rak-besi", "Rak Besi Siku Lubang 5 Susun", "unit", 650000, 150, 7),
        ("kursi-lipat", "Kursi Lipat Besi Cover Kain", "buah", 185000, 400, 10)]),
    ("U4", "Mebel Kayu Karawang Jaya", "menengah", "32.15", "svlk;iso-9001", True, [
        ("meja-kantor", "Meja Kerja Kantor Setengah Biro 120 cm", "unit", 1350000, 80, 21)]),
    # herbal
    ("H1", "Jamu Sehat Sari Metro", "mikro", "18.72", "pirt", True, [
        ("jamu-kunyit-asam", "Jamu Kunyit Asam Botol 250 ml", "botol", 8000, 1500, 1),
        ("beras-kencur", "Jamu Beras Kencur Botol 250 ml", "botol", 8000, 1500, 1)]),
    ("H3", "Koperasi Madu Hutan Ujung Kulon", "koperasi", "36.01", "pirt", True, [
        ("madu-hutan", "Madu Hutan Murni Ujung Kulon 500 gr", "botol", 120000, 300, 5)]),
    ("H4", "Rempah Instan Cilegon", "kecil", "36.72", "pirt;halal", True, [
        ("temulawak-instan", "Temulawak Instan Serbuk 200 gr", "pcs", 28000, 1000, 4),
        ("wedang-rempah", "Wedang Rempah Celup isi 10", "box", 25000, 800, 4)]),
    ("H5", "Madu Baduy Asli", "mikro", "36.02", "pirt", False, [
        ("madu-hutan", "Madu Hutan Baduy 500 gr", "botol", 90000, 500, 3)]),
    # kosmetik
    ("S1", "Tangsel Naturals Soap", "mikro", "36.74", "bpom", True, [
        ("sabun-batang", "Sabun Mandi Batang Sereh & Kopi 100 gr", "pcs", 18000, 2000, 5),
        ("lilin-aromaterapi", "Lilin Aromaterapi Soy Wax Jar 100 ml", "pcs", 45000, 500, 7)]),
    ("S2", "Koperasi Wanita Mandiri Cilegon", "koperasi", "36.72", "", True, [
        ("sabun-cuci-tangan", "Sabun Cuci Tangan Cair Refill 5 Liter", "jerigen", 85000, 400, 5),
        ("hand-sanitizer", "Hand Sanitizer Gel 500 ml", "botol", 35000, 800, 5),
        ("keset", "Keset Kaki Kain Perca 40x60", "pcs", 15000, 3000, 5, "lainnya"),
        ("serbet", "Kain Lap Serbet Katun (lusin)", "lusin", 48000, 800, 5, "lainnya")]),
    ("S3", "Lulur Lampung Cantik", "mikro", "18.71", "bpom", True, [
        ("lulur", "Lulur Mandi Kopi Lampung 250 gr", "pot", 35000, 600, 6)]),
    # logam
    ("L1", "Pandai Besi Ki Marta", "mikro", "36.01", "", True, [
        ("golok", "Golok Sorenan Gagang Kayu Sonokeling", "pcs", 250000, 100, 14),
        ("arit", "Arit Sabit Rumput Baja Per", "pcs", 65000, 500, 7),
        ("cangkul", "Cangkul Baja Tempa Tanpa Gagang", "pcs", 90000, 400, 7)]),
    ("L2", "Bengkel Las Teralis Mandiri", "mikro", "36.74", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow per m2", "m2", 450000, 100, 14),
        ("pagar-besi", "Pagar Besi Minimalis per meter", "meter", 750000, 60, 21),
        ("tempat-sampah-besi", "Tempat Sampah Besi Pilah 3 Warna", "set", 1850000, 30, 21)]),
    ("L3", "Alat Tani Tanggamus Tempa", "kecil", "18.06", "", True, [
        ("cangkul", "Pacul Tempa Lampung Gagang Kayu", "pcs", 115000, 600, 7),
        ("parang", "Parang Kebun Baja Per 16 inch", "pcs", 95000, 500, 7)]),
    # percetakan
    ("C1", "Percetakan Mulia Rangkasbitung", "kecil", "36.02", "", True, [
        ("cetak-spanduk", "Cetak Spanduk Banner Flexi 280 gr per m2", "m2", 25000, 5000, 2),
        ("cetak-buku", "Cetak Buku Laporan A4 Jilid Lem 100 hlm", "eksemplar", 45000, 2000, 10),
        ("map-logo", "Map Snelhecter Logo Instansi", "pcs", 4500, 10000, 7)]),
    ("C2", "CV ATK Cilegon Sentosa", "kecil", "36.72", "iso-9001", True, [
        ("kertas-hvs", "Kertas HVS A4 70 gram 1 rim", "rim", 55000, 2000, 3),
        ("atk-paket", "Paket ATK Peserta (Map, Pulpen, Notes)", "paket", 25000, 3000, 5),
        ("pulpen", "Pulpen Gel Hitam 0.5 mm (1 lusin)", "lusin", 36000, 1000, 3)]),
    ("C3", "Sablon, Akrilik & Digital Printing Tangsel", "mikro", "36.74", "", True, [
        ("kartu-nama", "Cetak Kartu Nama Art Carton 1 box isi 100", "box", 45000, 1000, 3),
        ("stiker", "Cetak Stiker Vinyl Cutting A3", "lembar", 15000, 3000, 2),
        ("id-card", "ID Card PVC + Tali Lanyard Printing", "set", 18000, 3000, 5),
        ("plakat-akrilik", "Plakat Akrilik Custom 20x15 cm + Kotak", "pcs", 95000, 500, 7, "kerajinan"),
        ("gantungan-akrilik", "Gantungan Kunci Akrilik Printing Custom", "pcs", 5000, 10000, 5, "kerajinan")]),
    ("C4", "Kemasan Pringsewu", "mikro", "18.10", "", True, [
        ("dus-nasi", "Dus Kotak Nasi Putih 20x20 (isi 100)", "pak", 120000, 1000, 3),
        ("paper-bag", "Paper Bag Kraft Sablon Logo 25x30", "pcs", 4500, 5000, 7)]),
    # pertanian
    ("T1", "Penangkar Bibit Durian Cimanuk", "mikro", "36.01", "", True, [
        ("bibit-durian", "Bibit Durian Montong Okulasi 60-80 cm", "batang", 45000, 1000, 5),
        ("bibit-alpukat", "Bibit Alpukat Aligator Sambung Pucuk", "batang", 35000, 1200, 5)]),
    ("T2", "Kebun dan Akuarium Hias Ciputat", "kecil", "36.74", "", True, [
        ("tanaman-hias", "Tanaman Hias Sansevieria Pot 20 cm", "pot", 55000, 500, 3),
        ("pucuk-merah", "Tanaman Pucuk Merah Tinggi 1 m Polybag", "polybag", 25000, 2000, 5),
        ("ikan-koi", "Ikan Koi Kohaku Lokal 10-12 cm", "ekor", 35000, 500, 3),
        ("ikan-cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 25000, 800, 3)]),
    ("T3", "Pokdakan Mina Lestari", "koperasi", "36.02", "", True, [
        ("benih-lele", "Benih Ikan Lele Sangkuriang Ukuran 5-7 cm", "ekor", 250, 200000, 3),
        ("benih-nila", "Bibit Ikan Nila Merah 3-5 cm", "ekor", 300, 150000, 3)]),
    ("T5", "Pakan Mandiri Metro", "kecil", "18.72", "", True, [
        ("pakan-ayam", "Pakan Ayam Petelur Racikan 50 kg", "karung", 380000, 400, 5),
        ("pakan-ikan", "Pelet Ikan Apung Protein 30% 30 kg", "karung", 330000, 500, 5)]),
    ("T6", "Pupuk Organik Kascing Lebak", "mikro", "36.02", "", True, [
        ("pupuk-organik", "Pupuk Organik Kompos Granul 25 kg", "karung", 45000, 3000, 5),
        ("pupuk-kascing", "Pupuk Kascing Cacing 5 kg", "karung", 25000, 2000, 5)]),
    ("T7", "Koperasi Benih Padi Pandeglang", "koperasi", "36.01", "sni", True, [
        ("benih-padi", "Benih Padi Inpari 32 Label Biru 5 kg", "kantong", 65000, 5000, 7)]),
    # lainnya
    ("X1", "Sapu Walantaka", "mikro", "36.73", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 2000, 3),
        ("sapu-lidi", "Sapu Lidi Aren Ikat Besar", "ikat", 12000, 3000, 3),
        ("pel", "Alat Pel Lantai Kain Katun Gagang Besi", "pcs", 35000, 1000, 3)]),
    ("X3", "Koperasi Sejahtera Bersih", "koperasi", "36.74", "", True, [
        ("karbol", "Karbol Pembersih Lantai Sereh 5 Liter", "jerigen", 65000, 600, 5),
        ("sabun-cuci-piring", "Sabun Cuci Piring Cair 5 Liter", "jerigen", 60000, 600, 5)]),
    ("X4", "UD Fiber Karya Serang", "mikro", "36.04", "", True, [
        ("tempat-sampah-fiber", "Tempat Sampah Fiberglass Pilah 3 in 1 (Organik/Anorganik/B3) 50 L", "set", 2250000, 30,
         21),
        ("komposter", "Komposter Drum Plastik 120 L", "unit", 450000, 60, 10)]),
    ("X6", "PT Bersih Sentosa Abadi", "besar", "36.71", "", True, [
        ("karbol", "Karbol Wangi Pembersih Lantai 5 L", "jerigen", 40000, 10000, 2)]),
]

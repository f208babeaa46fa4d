"""Hand-written directory and products for relevance-blind80 (fictional).

SUPPLIERS: (key, name, scale, region, certifications, active, products)
product:   (kind, name, unit, unit_price, capacity_per_month, lead_time_days)
The kind is the labeller's own tag of what the product is; it never reaches the CSVs.
The key's first letter is the category (CATEGORY below).
"""

SUPPLIERS = [
    # ---------------------------------------------------------------- makanan
    ("M01", "Kerupuk Kulit & Ikan Bu Enah", "mikro", "36.04", "pirt;halal", True, [
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri Mentah 500 gr", "bks", 32000, 600, 5),
        ("otak-otak", "Otak-otak Bandeng Frozen isi 10", "pak", 28000, 400, 3),
    ]),
    ("M02", "Sambel Dadak Teh Iis", "mikro", "36.01", "pirt", True, [
        ("sambal-bawang", "Sambal Bawang Pedas Botol 150 ml", "btl", 22000, 800, 4),
        ("sambal-cumi", "Sambal Cumi Asin Pedas Toples 200 gr", "toples", 38000, 300, 4),
    ]),
    ("M03", "KWT Melati Tanggamus", "koperasi", "18.06", "halal;pirt", True, [
        ("keripik-pisang", "Keripik Pisang Kepok Rasa Coklat 250 gr", "bks", 18000, 1500, 4),
        ("kemplang", "Kemplang Panggang Ikan Tenggiri 250gr", "bks", 25000, 900, 5),
    ]),
    ("M04", "Dodol Betawi Mpok Ani", "mikro", "32.16", "pirt", True, [
        ("dodol", "Dodol Betawi Ketan Hitam 1 kg", "kg", 65000, 300, 7),
        ("kue-akar", "Kue Akar Kelapa Toples 500 gr", "toples", 45000, 250, 5),
    ]),
    ("M05", "Rengginang Ceu Ipah", "mikro", "36.02", "pirt-expired", True, [
        ("rengginang", "Rengginang Ketan Terasi Mentah 1 kg", "kg", 42000, 400, 5),
        ("opak", "Opak Singkong Bakar 250 gr", "bks", 12000, 800, 3),
    ]),
    ("M06", "Toko Kue Lapis Metro Sari", "kecil", "18.72", "halal;pirt", True, [
        ("lapis-legit", "Lapis Legit Original Loyang 20x20", "loyang", 285000, 120, 5),
        ("bolu-pisang", "Bolu Pisang Lampung Panggang", "pcs", 45000, 600, 2),
    ]),
    # ---------------------------------------------------------------- minuman
    ("N01", "Kopi Robusta Gisting Bang Jay", "mikro", "18.06", "halal;pirt", True, [
        ("kopi-robusta", "Kopi Bubuk Robusta Tanggamus 250 gr", "bks", 35000, 1200, 4),
        ("greenbean", "Green Bean Robusta Grade 1 per kg", "kg", 62000, 2000, 7),
    ]),
    ("N02", "Kakao Pringsewu Mandiri", "mikro", "18.10", "pirt", True, [
        ("cokelat-bubuk", "Bubuk Kakao Murni Tanpa Gula 250 gr", "bks", 48000, 500, 5),
        ("cokelat-sachet", "Minuman Cokelat Instan Sachet isi 10", "box", 27000, 800, 4),
    ]),
    ("N03", "Sirup Pala Cibaliung", "mikro", "36.01", "pirt", True, [
        ("sirup-pala", "Sirup Pala Asli Botol 620 ml", "btl", 30000, 500, 5),
    ]),
    ("N04", "Bandrek Bajigur Abah Odo", "mikro", "32.01", "pirt;halal", True, [
        ("bandrek", "Bandrek Instan Sachet isi 20", "box", 32000, 700, 4),
        ("bajigur", "Bajigur Instan Kelapa isi 10", "box", 25000, 700, 4),
    ]),
    ("N05", "CV Tirta Kaduhejo", "kecil", "36.02", "sni;bpom;halal", True, [
        ("amdk-gelas", "Air Minum Dalam Kemasan Gelas 220 ml (dus isi 48)", "dus", 24000, 5000, 3),
        ("amdk-botol", "AMDK Botol 600 ml dus isi 24", "dus", 42000, 4000, 3),
    ]),
    ("N06", "Jahe Merah Instan Bu Narti", "mikro", "32.15", "pirt;halal", True, [
        ("jahe-instan", "Serbuk Jahe Merah Instan 250 gr", "toples", 28000, 600, 4),
    ]),
    ("N07", "Kopi Lampung Barat Asli", "mikro", "18.72", "pirt", False, [
        ("kopi-robusta", "Kopi Robusta Bubuk Lampung 250 gr", "bks", 26000, 2000, 2),
    ]),
    # ---------------------------------------------------------------- jasa-boga
    ("J01", "Katering Teh Nining", "mikro", "36.73", "halal", True, [
        ("nasi-kotak", "Nasi Box Ayam Bakakak + Lalapan Sambal", "box", 32000, 800, 2),
        ("snack-box", "Snack Box 3 Macam Kue Basah", "box", 12000, 1500, 1),
    ]),
    ("J02", "Dapur Mak Ijah Ciruas", "kecil", "36.04", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Rames Ayam Goreng", "kotak", 27000, 2000, 2),
        ("prasmanan", "Prasmanan Menu Sunda per pax (min 100)", "pax", 55000, 1500, 5),
    ]),
    ("J03", "RM Padang Sederhana Jaya Pringsewu", "mikro", "18.10", "halal", True, [
        ("nasi-bungkus", "Nasi Bungkus Padang Rendang", "bks", 25000, 600, 1),
        ("nasi-kotak", "Nasi Box Rendang Sayur Daun Singkong", "box", 35000, 600, 2),
    ]),
    ("J04", "Catering Berkah Cikarang", "kecil", "32.16", "halal", True, [
        ("nasi-kotak", "Lunch Box Nasi Ayam Teriyaki", "box", 38000, 3000, 3),
        ("snack-box", "Coffee Break 2 Item + Teh Manis", "pax", 18000, 3000, 2),
    ]),
    ("J05", "Tumpeng Bu Sum", "mikro", "18.72", "halal", True, [
        ("tumpeng", "Nasi Tumpeng Kuning Lengkap untuk 20 Orang", "paket", 650000, 40, 3),
        ("nasi-kotak", "Nasi Kotak Ayam Bakar Bu Sum", "box", 30000, 400, 2),
    ]),
    ("J06", "Catering Aisyah Karawaci", "kecil", "36.71", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Penyet", "kotak", 28000, 1200, 2),
        ("snack-box", "Kue Kotak isi 4 + Air Mineral", "kotak", 15000, 2000, 1),
    ]),
    ("J07", "PT Sumber Pangan Raya", "besar", "36.71", "halal;iso-9001", True, [
        ("nasi-kotak", "Nasi Box Premium Ayam Bakar", "box", 30000, 20000, 3),
    ]),
    # ---------------------------------------------------------------- fesyen
    ("F01", "Tapis Lampung Mulya", "kecil", "18.07", "", True, [
        ("tapis", "Kain Tapis Lampung Motif Kapal Sulam Benang Emas", "lbr", 1500000, 30, 21),
        ("selendang-tapis", "Selendang Tapis Bordir", "pcs", 350000, 80, 10),
    ]),
    ("F02", "Batik Banten Mukarnas", "kecil", "36.73", "batikmark", True, [
        ("batik-tulis", "Kain Batik Tulis Banten 2 m", "lbr", 850000, 40, 21),
        ("batik-cap", "Kain Batik Cap Motif Sebakingking 2 m", "lbr", 185000, 300, 10),
    ]),
    ("F03", "Konveksi Seragam Maju Jaya", "menengah", "32.15", "sni", True, [
        ("kemeja-pdh", "Kemeja PDH Drill Lengan Panjang", "pcs", 165000, 1500, 21),
        ("polo", "Kaos Polo Bordir Logo Instansi", "pcs", 95000, 2000, 14),
    ]),
    ("F04", "Sepatu Ciomas Bogor Karya", "mikro", "32.01", "", True, [
        ("pantofel", "Sepatu Pantofel Kulit Pria", "psg", 275000, 300, 14),
        ("sandal-hotel", "Sandal Hotel Spon Putih", "psg", 4500, 10000, 7),
    ]),
    ("F05", "Konveksi Tas Pringsewu", "mikro", "18.10", "", True, [
        ("tas-seminar", "Tas Seminar Blacu Resleting 30x40", "pcs", 22000, 2000, 10),
        ("totebag", "Totebag Kanvas Sablon 1 Warna", "pcs", 28000, 1500, 10),
    ]),
    ("F06", "Sablon Karya Muda Cikupa", "mikro", "36.03", "", True, [
        ("kaos", "Kaos Oblong Cotton Combed 30s Sablon Custom", "pcs", 55000, 3000, 10),
    ]),
    # ---------------------------------------------------------------- kerajinan
    ("K01", "Anyaman Pandan Ibu-ibu Cibeber", "mikro", "36.02", "", True, [
        ("tikar-pandan", "Tikar Pandan Anyaman 2x3 m", "lbr", 175000, 60, 14),
        ("tas-pandan", "Tas Anyaman Pandan Motif", "pcs", 65000, 200, 10),
    ]),
    ("K02", "Gerabah Bumijaya Ciruas", "mikro", "36.04", "", True, [
        ("gentong", "Gentong Tanah Liat 20 Liter", "pcs", 120000, 80, 14),
        ("pot-gerabah", "Pot Gerabah Ukir Diameter 30 cm", "pcs", 45000, 300, 7),
    ]),
    ("K03", "Kerajinan Bambu Pagelaran", "mikro", "18.10", "", True, [
        ("besek", "Besek Bambu 20x20 (isi 10)", "ikat", 25000, 800, 7),
        ("tampah", "Tampah Bambu Diameter 60 cm", "pcs", 30000, 300, 7),
    ]),
    ("K04", "Souvenir Siger Metro", "mikro", "18.72", "", True, [
        ("miniatur-siger", "Miniatur Siger Lampung 15 cm", "pcs", 85000, 400, 10),
        ("ganci-akrilik", "Gantungan Kunci Akrilik Custom Logo", "pcs", 5000, 5000, 7),
    ]),
    ("K05", "Ukir Kayu Cibinong", "mikro", "32.01", "svlk", True, [
        ("plakat-kayu", "Plakat Kayu Jati Ukir Logo Instansi 20x30", "pcs", 225000, 150, 14),
    ]),
    # ---------------------------------------------------------------- perhiasan
    ("P01", "Perak Ciampea", "kecil", "32.01", "", True, [
        ("bros-perak", "Bros Perak 925 Motif Siger", "pcs", 275000, 100, 14),
        ("cincin-perak", "Cincin Perak 925 Batu Akik Bacan", "pcs", 350000, 80, 14),
    ]),
    ("P02", "Mutiara Teluk Semangka", "mikro", "18.06", "", True, [
        ("kalung-mutiara", "Kalung Mutiara Air Laut Asli", "pcs", 650000, 40, 14),
        ("anting-mutiara", "Anting Mutiara Air Laut", "psg", 225000, 80, 10),
    ]),
    ("P03", "Aksesoris Manik Kanekes", "mikro", "36.02", "", True, [
        ("gelang-manik", "Gelang Manik-manik Koja Baduy", "pcs", 15000, 1000, 7),
        ("bros-imitasi", "Bros Hijab Imitasi Mutiara", "pcs", 12000, 1500, 5),
    ]),
    ("P04", "PT Kilau Emas Nusantara", "besar", "36.71", "sni", True, [
        ("cincin-emas", "Cincin Emas 24K 2 gram", "pcs", 3200000, 500, 7),
    ]),
    # ---------------------------------------------------------------- furnitur
    ("U01", "Mebel Rotan Tegalwaru", "kecil", "32.15", "svlk", True, [
        ("kursi-rotan", "Kursi Rotan Sintetis Set Teras (2 kursi 1 meja)", "set", 1450000, 40, 21),
        ("meja-rotan", "Meja Rotan Bulat Diameter 60", "pcs", 450000, 60, 14),
    ]),
    ("U02", "Mebel Jati Saketi", "kecil", "36.01", "svlk", True, [
        ("meja-kursi-siswa", "Meja Belajar Siswa + Kursi (1 set)", "set", 675000, 200, 21),
        ("lemari-arsip-kayu", "Lemari Arsip Kayu 2 Pintu", "unit", 2100000, 30, 21),
    ]),
    ("U03", "Bengkel Meubel Besi Cikupa", "mikro", "36.03", "sni", True, [
        ("filing-cabinet", "Filing Cabinet Besi 4 Laci", "unit", 2350000, 40, 14),
        ("rak-siku", "Rak Besi Siku 5 Susun 200x40", "unit", 650000, 100, 7),
    ]),
    ("U04", "Meubel Sekolah Metro", "mikro", "18.72", "", True, [
        ("whiteboard", "Papan Tulis Whiteboard 120x240 Rangka Aluminium", "unit", 950000, 60, 10),
        ("meja-guru", "Meja Guru Kayu 1/2 Biro", "unit", 1250000, 40, 14),
    ]),
    ("U05", "PT Mebel Nusantara Indah", "besar", "32.16", "sni;iso-9001", True, [
        ("filing-cabinet", "Filing Cabinet 4 Laci Premium", "unit", 1900000, 1000, 7),
    ]),
    # ---------------------------------------------------------------- herbal
    ("H01", "Jamu Gendong Mbok Sri", "mikro", "18.10", "pirt", True, [
        ("jamu-kunyit-asam", "Jamu Kunyit Asam Segar Botol 250 ml", "btl", 8000, 300, 1),
        ("beras-kencur", "Jamu Beras Kencur Botol 250 ml", "btl", 8000, 300, 1),
    ]),
    ("H02", "Herbal Nusantara Cikande", "kecil", "36.04", "bpom;halal", True, [
        ("kapsul-temulawak", "Kapsul Temulawak Ekstrak isi 60", "btl", 55000, 1000, 5),
        ("minyak-kayu-putih", "Minyak Kayu Putih Asli 60 ml", "btl", 28000, 2000, 4),
    ]),
    ("H03", "Madu Hutan Way Kambas", "mikro", "18.07", "pirt", True, [
        ("madu-hutan", "Madu Hutan Murni 500 gr", "btl", 120000, 300, 5),
        ("madu-kelulut", "Madu Kelulut (Klanceng) 250 ml", "btl", 150000, 80, 5),
    ]),
    ("H04", "Kelor Sehat Karawang", "mikro", "32.15", "pirt", True, [
        ("teh-kelor", "Teh Daun Kelor Celup isi 25", "box", 35000, 600, 4),
    ]),
    # ---------------------------------------------------------------- kosmetik
    ("S01", "Sabun Sereh Lebak Wangi", "mikro", "36.02", "bpom", True, [
        ("sabun-batang", "Sabun Batang Sereh Wangi Handmade 100 gr", "pcs", 18000, 1500, 7),
        ("lilin-aromaterapi", "Lilin Aromaterapi Sereh dalam Gelas", "pcs", 45000, 500, 7),
    ]),
    ("S02", "Rumah Cantik Alami Metro", "kecil", "18.72", "bpom;halal", True, [
        ("lulur", "Lulur Mandi Beras Kencur 200 gr", "pot", 35000, 800, 5),
        ("lotion", "Hand Body Lotion Bengkoang 250 ml", "btl", 42000, 800, 5),
    ]),
    ("S03", "Koperasi Wanita Sabun Cipta Bogor", "koperasi", "32.01", "bpom", True, [
        ("hand-soap-5l", "Sabun Cuci Tangan Cair Refill 5 Liter", "jerigen", 95000, 500, 5),
        ("hand-soap-500", "Sabun Cuci Tangan Cair 500 ml Pump", "btl", 25000, 1500, 5),
    ]),
    # ---------------------------------------------------------------- logam
    ("L01", "Pandai Besi Ciomas Sulangkar", "mikro", "36.04", "", True, [
        ("golok-ciomas", "Golok Ciomas Sulangkar Sarung Kayu", "pcs", 450000, 60, 21),
        ("arit", "Arit Rumput Baja", "pcs", 55000, 400, 7),
    ]),
    ("L02", "Pandai Besi Sukamaju", "mikro", "18.06", "", True, [
        ("cangkul", "Cangkul Baja Per Tanpa Gagang", "pcs", 75000, 500, 10),
        ("parang", "Parang Kebun Gagang Kayu", "pcs", 85000, 300, 10),
    ]),
    ("L03", "Bengkel Las Sinar Jaya", "mikro", "32.15", "", True, [
        ("teralis", "Teralis Jendela Besi Minimalis per m2", "m2", 425000, 150, 14),
        ("pagar-hollow", "Pagar Besi Hollow 4x4 per meter", "m", 550000, 200, 14),
    ]),
    ("L04", "Etsa Logam Kuningan Pasar Kemis", "kecil", "36.03", "", True, [
        ("plakat-kuningan", "Plakat Kuningan Etsa Logo + Box Beludru", "pcs", 325000, 200, 14),
    ]),
    # ---------------------------------------------------------------- percetakan
    ("C01", "Percetakan Mandiri Rangkasbitung", "kecil", "36.02", "", True, [
        ("spanduk", "Cetak Spanduk Banner Flexi 280 gr per m2", "m2", 25000, 3000, 2),
        ("kop-surat", "Cetak Kop Surat A4 HVS 80 gr per rim", "rim", 185000, 200, 5),
        ("map-folder", "Cetak Map Folder Logo Art Carton 260", "pcs", 6500, 5000, 7),
    ]),
    ("C02", "Digital Print Cikarang Kreatif", "mikro", "32.16", "", True, [
        ("stiker", "Stiker Vinyl Cutting Custom", "pcs", 3000, 10000, 3),
        ("id-card", "ID Card PVC 2 Sisi + Tali Lanyard Printing", "pcs", 15000, 5000, 5),
    ]),
    ("C03", "Koperasi Pegawai ATK Metro", "koperasi", "18.72", "", True, [
        ("hvs-a4", "Kertas HVS A4 70 gram 1 rim", "rim", 52000, 2000, 2),
        ("ordner", "Ordner Binder Folio 7 cm", "pcs", 28000, 1000, 3),
        ("amplop-coklat", "Amplop Coklat Folio isi 100", "pak", 45000, 800, 3),
    ]),
    ("C04", "Kemasan Kraft Serang", "mikro", "36.73", "", True, [
        ("dus-nasi", "Dus Nasi Kotak 20x20 Laminasi", "pcs", 2500, 20000, 5),
        ("paperbag", "Paper Bag Kraft Custom Logo Tali", "pcs", 6500, 10000, 7),
    ]),
    ("C05", "Percetakan Al-Ikhlas Pringsewu", "mikro", "18.10", "", True, [
        ("undangan", "Cetak Undangan Hardcover", "pcs", 9500, 5000, 7),
        ("buku-yasin", "Cetak Buku Yasin dan Tahlil 160 hlm Soft Cover", "eks", 17500, 3000, 10),
    ]),
    # ---------------------------------------------------------------- pertanian
    ("T01", "Penangkar Bibit Buah Tajur", "kecil", "32.01", "", True, [
        ("bibit-durian", "Bibit Durian Montong Okulasi 60 cm", "btg", 45000, 2000, 7),
        ("bibit-alpukat", "Bibit Alpukat Miki Sambung Pucuk", "btg", 35000, 2000, 7),
    ]),
    ("T02", "Koi Farm Curug", "mikro", "36.03", "", True, [
        ("koi", "Ikan Koi Lokal 10-12 cm", "ekor", 25000, 1500, 3),
        ("cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 35000, 500, 3),
    ]),
    ("T03", "Koperasi Pakan Mandiri Sekampung", "koperasi", "18.07", "", True, [
        ("pelet-ikan", "Pakan Ikan Apung Pelet 30 kg", "sak", 340000, 800, 5),
        ("dedak", "Dedak Padi Halus per kg", "kg", 4500, 20000, 3),
    ]),
    ("T04", "Pembenihan Lele Ambarawa", "mikro", "18.10", "", True, [
        ("benih-lele", "Benih Lele Sangkuriang 5-7 cm", "ekor", 250, 60000, 3),
        ("benih-nila", "Benih Nila Merah 3-5 cm", "ekor", 300, 40000, 3),
    ]),
    ("T05", "Tanaman Hias Ciapus", "mikro", "32.01", "", True, [
        ("sansevieria", "Tanaman Hias Sansevieria Pot 20 cm", "pot", 40000, 500, 5),
        ("kompos", "Pupuk Kompos Organik 20 kg", "sak", 25000, 3000, 3),
    ]),
    ("T06", "KWT Sayur Rengasdengklok", "koperasi", "32.15", "", True, [
        ("bibit-cabai", "Bibit Cabai Rawit Polybag Siap Tanam", "polybag", 2000, 20000, 5),
    ]),
    # ---------------------------------------------------------------- lainnya
    ("X01", "Sapu Ijuk Sukamulya", "mikro", "36.03", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 1500, 5),
        ("sapu-lidi", "Sapu Lidi Aren Ikat", "ikat", 12000, 3000, 3),
        ("pel", "Alat Pel Lantai Kain Gagang Alumunium", "pcs", 45000, 800, 5),
    ]),
    ("X02", "Keset Sabut Labuan", "mikro", "36.01", "", True, [
        ("keset-sabut", "Keset Sabut Kelapa 40x60", "pcs", 35000, 600, 7),
        ("sikat-wc", "Sikat WC Gagang Panjang", "pcs", 15000, 1000, 5),
    ]),
    ("X03", "Karbol Sereh Mulya Metro", "mikro", "18.72", "", True, [
        ("karbol-5l", "Karbol Wangi Pembersih Lantai 5 Liter", "jerigen", 65000, 600, 3),
        ("pewangi", "Pewangi Pakaian 1 Liter", "btl", 18000, 1500, 3),
    ]),
    ("X04", "Fiber Karya Karawang", "kecil", "32.15", "", True, [
        ("tong-sampah-pilah", "Tong Sampah Pilah 3 Warna 60 Liter", "set", 1350000, 100, 14),
    ]),
    ("X05", "Koperasi Serba Usaha Gisting", "koperasi", "18.06", "", True, [
        ("paket-sembako", "Paket Sembako (Beras 5kg, Minyak 2L, Gula 1kg, Mie 5)", "paket", 150000, 3000, 5),
    ]),
]

CATEGORY = {
    "M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
    "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
    "X": "lainnya",
}

# Made and eaten the same day or week: the whole quantity in one month, nearest producers first.
PERISHABLE = {"nasi-kotak", "snack-box", "prasmanan", "nasi-bungkus", "tumpeng", "jamu-kunyit-asam",
              "beras-kencur"}

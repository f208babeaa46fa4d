"""Hand-written suppliers and products of relevance-blind76 (all fictional).

A supplier's key starts with its category letter. Each product is (kind, name, unit, price, capacity per
month, lead time days); the kind is the labeller's tag and never reaches the CSVs.
"""

CATEGORY = {
    "M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
    "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
    "X": "lainnya",
}

# Made and delivered within the month they are eaten: capacity_per_month must carry the whole quantity.
PERISHABLE = {
    "nasi-kotak", "nasi-liwet", "snack-box", "prasmanan", "tumpeng", "nasi-bakakak", "jajanan-pasar",
    "tahu-sumedang", "tempe", "jamu-kunyit-asam", "bakso-ikan-segar",
}

# (key, name, scale, region, certs, active, products)
SUPPLIERS = [
    # --- makanan
    ("M01", "UD Dodol Sari Kurnia", "mikro", "32.05", "halal;pirt", True, [
        ("dodol", "Dodol Garut Aneka Rasa 250 gr", "pcs", 16000, 3000, 4),
        ("dodol", "Dodol Kacang Asli Garut kemasan kotak 500 gr", "pcs", 29000, 1500, 4),
        ("dodol-wijen", "Dodol Wijen besek bambu 400 gr", "pcs", 27000, 800, 5),
    ]),
    ("M02", "Wajit & Ranginang Ceu Enok", "mikro", "32.11", "pirt-expired", True, [
        ("wajit", "Wajit Daun Jagung isi 20", "pack", 22000, 900, 5),
        ("ubi-cilembu", "Ubi Cilembu Madu Oven 1 kg", "kg", 30000, 600, 3),
        ("rengginang", "Ranginang Ketan Terasi mentah 500 gr", "pack", 18000, 700, 4),
    ]),
    ("M03", "Tahu Bungkeng Sari Asih", "kecil", "32.11", "halal", True, [
        ("tahu-sumedang", "Tahu Sumedang Goreng isi 10 keranjang bongsang", "pack", 15000, 4000, 1),
        ("tahu-sumedang", "Tahu Sumedang Mentah isi 20", "pack", 14000, 3000, 1),
    ]),
    ("M05", "Olahan Bandeng Teh Yati", "mikro", "36.04", "halal;pirt", True, [
        ("otak-otak", "Otak-Otak Bandeng Frozen isi 10", "pack", 35000, 800, 3),
        ("sate-bandeng", "Sate Bandeng Khas Banten", "pcs", 45000, 600, 3),
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri mentah 500 gr", "pack", 28000, 900, 4),
    ]),
    ("M06", "KWT Melati Sukadana", "koperasi", "18.07", "pirt", True, [
        ("keripik-pisang", "Keripik Pisang Cokelat Lampung 250 gr", "pack", 20000, 2500, 5),
        ("kemplang", "Kemplang Panggang Ikan 200 gr", "pack", 17000, 1500, 5),
        ("keripik-singkong", "Keripik Singkong Balado 250 gr", "pack", 13000, 2500, 4),
    ]),
    ("M07", "Dapur Sambal Nyai Tangerang", "kecil", "36.71", "halal;pirt", True, [
        ("sambal-cumi", "Sambal Cumi Asin Pedas botol 200 ml", "botol", 38000, 1500, 4),
        ("sambal-bawang", "Sambal Bawang Original botol 150 ml", "botol", 25000, 2500, 4),
        ("bumbu-pecel", "Bumbu Pecel Kacang Pedas 250 gr", "pack", 15000, 2000, 4),
    ]),
    ("M08", "Rumah Tempe Pak Darso", "mikro", "32.01", "", True, [
        ("tempe", "Tempe Kedelai bungkus daun 1 kg", "kg", 18000, 1200, 1),
        ("keripik-tempe", "Keripik Tempe Sagu 200 gr", "pack", 14000, 1500, 4),
    ]),
    ("M09", "PT Pangan Nusantara Raya", "besar", "32.16", "halal;bpom;iso-9001", True, [
        ("dodol", "Dodol Durian premium 500 gr", "pcs", 26000, 50000, 7),
        ("keripik-singkong", "Keripik Singkong Original 1 kg", "pack", 38000, 50000, 7),
    ]),
    # --- minuman
    ("N01", "Kopi Gunung Papandayan", "kecil", "32.05", "halal;pirt", True, [
        ("kopi-arabika-garut", "Kopi Arabika Garut Bubuk 200 gr", "pack", 55000, 800, 5),
        ("kopi-arabika-garut-biji", "Roasted Bean Arabika Java Preanger Garut 1 kg", "kg", 240000, 200, 7),
    ]),
    ("N02", "Koperasi Kopi Tanggamus Makmur", "koperasi", "18.06", "halal;pirt", True, [
        ("kopi-robusta-lampung", "Kopi Robusta Lampung bubuk 250 gr", "pack", 32000, 3000, 5),
        ("cokelat-bubuk", "Bubuk Cokelat Murni Tanggamus 250 gr", "pack", 42000, 900, 6),
    ]),
    ("N04", "Sari Nanas Jalancagak", "mikro", "32.13", "pirt", True, [
        ("sari-nanas", "Sari Buah Nanas Subang botol 250 ml", "botol", 9000, 4000, 4),
        ("sirup-nanas", "Sirup Nanas Madu 620 ml", "botol", 35000, 900, 5),
    ]),
    ("N05", "Teh Kebun Ciater", "kecil", "32.13", "halal;bpom", True, [
        ("teh-hitam", "Teh Hitam Tubruk Subang 100 gr", "pack", 12000, 5000, 4),
        ("teh-celup", "Teh Celup Melati isi 25", "box", 10000, 6000, 4),
    ]),
    # --- jasa-boga
    ("J01", "Katering Dapur Bu Enah", "mikro", "36.04", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar + Lalapan + Sambal", "box", 30000, 1500, 2),
        ("snack-box", "Snack Box isi 3 Kue + Air Mineral", "box", 12000, 2000, 1),
    ]),
    ("J02", "RM Saung Lembur Garut", "kecil", "32.05", "halal", True, [
        ("nasi-liwet", "Nasi Liwet Sunda Komplit (paket 10 orang)", "paket", 350000, 120, 2),
        ("nasi-kotak", "Nasi Box Timbel Komplit", "box", 32000, 1200, 2),
        ("prasmanan", "Prasmanan Sunda menu 5 lauk per porsi", "porsi", 45000, 1500, 4),
    ]),
    ("J03", "Katering Berkah Metro", "mikro", "18.72", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Rendang + Sayur + Buah", "box", 33000, 900, 2),
        ("tumpeng", "Nasi Tumpeng Kuning Lengkap 20 orang", "paket", 750000, 40, 3),
    ]),
    ("J04", "Dapur Nyonya Lim Catering", "kecil", "36.71", "halal", True, [
        ("nasi-kotak", "NASI BOX AYAM GEPREK + ES TEH | Catering Kantor", "box", 25000, 2500, 1),
        ("jajanan-pasar", "Kue Basah Jajanan Pasar per pcs (lemper, risol, lapis)", "pcs", 3500, 8000, 1),
    ]),
    # --- fesyen
    ("F01", "CV Kulit Sukaregang Jaya", "kecil", "32.05", "", True, [
        ("jaket-kulit", "Jaket Kulit Domba Asli Garut Pria", "pcs", 950000, 80, 14),
        ("rompi-kulit", "Rompi Kulit Domba Garut", "pcs", 450000, 100, 10),
        ("tas-kulit", "Tas Selempang Kulit Sapi Pria", "pcs", 275000, 150, 10),
        ("dompet-kulit", "Dompet Kulit Sapi Pria lipat", "pcs", 95000, 400, 7),
        ("ikat-pinggang", "Ikat Pinggang Kulit Sapi Asli gesper kuningan", "pcs", 110000, 500, 7),
    ]),
    ("F11", "Jaket Kulit Sukaregang Lama", "mikro", "32.05", "", False, [
        ("jaket-kulit", "JAKET KULIT DOMBA GARUT ASLI Pria Wanita [FREE ONGKIR]", "pcs", 780000, 120, 10),
    ]),
    ("F02", "Sepatu Pantofel Cibaduyut Garut", "mikro", "32.05", "sni", True, [
        ("sepatu-pantofel", "Sepatu Pantofel PDH Kulit Sapi Pria", "pasang", 325000, 300, 14),
        ("sandal-kulit", "Sandal Kulit Slop Pria", "pasang", 120000, 400, 7),
        ("sepatu-boot", "Sepatu Boots Safety Kulit Ujung Besi", "pasang", 380000, 150, 14),
    ]),
    ("F03", "Bordir Mekar Kawalu", "mikro", "32.78", "", True, [
        ("kerudung-bordir", "Kerudung Segi Empat Bordir Tasik", "pcs", 65000, 1500, 7),
        ("mukena-bordir", "Mukena Bordir Tasik Dewasa Katun Rayon", "pcs", 185000, 400, 10),
        ("koko-bordir", "Baju Koko Bordir Pria Lengan Panjang", "pcs", 145000, 600, 10),
    ]),
    ("F04", "Kelom Geulis Nyi Iteung", "mikro", "32.06", "", True, [
        ("kelom-geulis", "Kelom Geulis Lukis Khas Tasikmalaya", "pasang", 85000, 500, 7),
    ]),
    ("F05", "Konveksi Seragam Mandiri Cikarang", "kecil", "32.16", "", True, [
        ("kemeja-pdh", "Kemeja PDH Drill Lengan Panjang + Bordir Nama", "pcs", 165000, 2000, 14),
        ("kaos-polo", "Kaos Polo Lacoste CVC Bordir Logo Instansi", "pcs", 85000, 3000, 10),
        ("rompi-safety", "Rompi Safety Scotlight Hijau Stabilo", "pcs", 45000, 3000, 7),
        ("jaket-parasut", "Jaket Parasut Taslan Bordir Logo", "pcs", 175000, 1500, 14),
    ]),
    ("F06", "Tapis Siger Pringsewu", "mikro", "18.10", "", True, [
        ("kain-tapis", "Kain Tapis Lampung Motif Pucuk Rebung 2 m", "lembar", 1250000, 20, 21),
        ("selendang-tapis", "Selendang Tapis Lampung Sulam Benang Emas", "pcs", 350000, 60, 14),
    ]),
    ("F07", "Batik Garutan Rumah Kahuripan", "mikro", "32.05", "batikmark", True, [
        ("batik-tulis-garutan", "Kain Batik Tulis Garutan Motif Merak Ngibing 2 m", "lembar", 850000, 30, 21),
        ("batik-cap-garutan", "Kain Batik Cap Garutan 2 m", "lembar", 175000, 400, 10),
        ("kemeja-batik", "Kemeja Batik Garutan Pria Lengan Pendek", "pcs", 185000, 300, 10),
    ]),
    ("F08", "Sepatu Ciomas Putra", "mikro", "32.01", "", True, [
        ("sepatu-sekolah", "Sepatu Sekolah Hitam Anak SD/SMP", "pasang", 95000, 2500, 10),
        ("sepatu-pantofel-wanita", "Sepatu Pantofel Wanita Hak 3 cm", "pasang", 185000, 500, 10),
        ("sandal-spon", "Sandal Hotel Spon Putih", "pasang", 6000, 10000, 5),
    ]),
    ("F10", "Garmen Jaya Abadi Tbk", "besar", "36.03", "iso-9001", True, [
        ("kemeja-pdh", "Kemeja PDH Pria Drill American", "pcs", 140000, 20000, 14),
        ("sepatu-pantofel", "Sepatu Pantofel Pria Kulit Sintetis", "pasang", 210000, 10000, 14),
    ]),
    # --- kerajinan
    ("K01", "Anyaman Mendong Rajapolah Sejahtera", "kecil", "32.06", "", True, [
        ("tikar-mendong", "Tikar Mendong Motif 120x180 cm", "lembar", 95000, 500, 7),
        ("tas-pandan", "Tas Anyaman Pandan Wanita Motif Tasik", "pcs", 75000, 800, 7),
        ("kotak-bambu", "Kotak Hantaran Anyaman Bambu set 5", "set", 150000, 200, 10),
        ("topi-pandan", "Topi Anyaman Pandan Lebar", "pcs", 35000, 1000, 5),
    ]),
    ("K02", "Gerabah Bumijaya", "mikro", "36.04", "", True, [
        ("kendi", "Kendi Tanah Liat Bumijaya", "pcs", 25000, 600, 7),
        ("pot-gerabah", "Pot Gerabah Bunga diameter 30 cm", "pcs", 35000, 900, 7),
        ("celengan-gerabah", "Celengan Gerabah Karakter", "pcs", 15000, 1200, 7),
    ]),
    ("K04", "Plakat Akrilik Kota Serang", "kecil", "36.73", "", True, [
        ("plakat-akrilik", "Plakat Akrilik Custom Logo 20x25 cm + Box Beludru", "pcs", 175000, 600, 7),
        ("plakat-kayu", "Plakat Kayu Jati Ukir + Plat Grafir", "pcs", 325000, 200, 14),
        ("gantungan-akrilik", "Gantungan Kunci Akrilik 2 Sisi Custom", "pcs", 6000, 8000, 7),
        ("pin-logo", "Pin Peniti Logo Instansi diameter 44 mm", "pcs", 5000, 10000, 5),
    ]),
    ("K06", "Angklung Saung Sumedang", "mikro", "32.11", "", True, [
        ("angklung-mini", "Angklung Mini Souvenir Gantungan", "pcs", 12000, 3000, 5),
        ("angklung-set", "Angklung Set 1 Oktaf (8 pcs) + Rak", "set", 650000, 40, 21),
    ]),
    ("K07", "Kerajinan Bambu Sekar Cianjur", "koperasi", "32.03", "", True, [
        ("besek", "Besek Bambu Tutup 20x20 cm", "pcs", 4000, 15000, 5),
        ("tempat-tisu-bambu", "Tempat Tisu Bambu Ukir Nama", "pcs", 45000, 800, 7),
    ]),
    # --- perhiasan
    ("P01", "Kalimaya Banten Gallery", "mikro", "36.02", "", True, [
        ("cincin-kalimaya", "Cincin Batu Kalimaya Banten Ikat Perak", "pcs", 450000, 60, 14),
        ("liontin-kalimaya", "Liontin Kalimaya Opal Banten", "pcs", 325000, 80, 14),
    ]),
    ("P02", "Perak Ukir Ciampea", "mikro", "32.01", "", True, [
        ("cincin-perak", "Cincin Perak 925 Ukir Polos", "pcs", 185000, 300, 10),
        ("gelang-perak", "Gelang Perak 925 Motif Ukir", "pcs", 325000, 150, 10),
        ("bros-perak", "Bros Perak Motif Bunga", "pcs", 210000, 200, 10),
    ]),
    ("P03", "Aksesoris Hijab Tangerang", "mikro", "36.03", "", True, [
        ("bros-imitasi", "Bros Hijab Mutiara Imitasi | Grosir", "pcs", 8000, 8000, 4),
        ("kalung-imitasi", "Kalung Titanium Anti Karat Wanita", "pcs", 35000, 2000, 4),
    ]),
    ("P04", "Emblem Kuningan Cikarang", "kecil", "32.16", "", True, [
        ("pin-kuningan", "Pin Emblem Kuningan Logo Instansi Lapis Emas", "pcs", 35000, 5000, 14),
        ("medali-kuningan", "Medali Kuningan Cetak Logo + Tali", "pcs", 30000, 4000, 14),
    ]),
    # --- furnitur
    ("U01", "Mebel Bambu Saung Cianjur", "mikro", "32.03", "", True, [
        ("kursi-bambu", "Kursi Bambu Teras Set (1 meja 2 kursi)", "set", 850000, 40, 14),
        ("bale-bambu", "Bale Bambu 2 x 1 m", "pcs", 750000, 30, 14),
        ("rak-bambu", "Rak Buku Bambu 4 Susun", "pcs", 250000, 80, 10),
    ]),
    ("U02", "CV Mahoni Karawang Furniture", "kecil", "32.15", "svlk", True, [
        ("meja-siswa", "Meja Siswa Kayu Mahoni Single", "pcs", 425000, 300, 21),
        ("kursi-siswa", "Kursi Siswa Kayu Mahoni Sandaran", "pcs", 285000, 400, 21),
        ("lemari-arsip-kayu", "Lemari Arsip Kayu 2 Pintu Kaca", "pcs", 2350000, 30, 21),
        ("meja-guru", "Meja Guru Kayu 1/2 Biro 3 Laci", "pcs", 1450000, 60, 21),
    ]),
    ("U03", "Rotan Tegalwangi Jaya", "mikro", "32.09", "", True, [
        ("kursi-rotan", "Kursi Rotan Sintetis Teras + Bantal", "pcs", 650000, 100, 14),
        ("sofa-rotan", "Sofa Rotan Asli Set 3-1-1 + Meja", "set", 7500000, 10, 30),
    ]),
    ("U04", "Bengkel Mebel Besi Metro", "mikro", "18.72", "", True, [
        ("rak-besi", "Rak Besi Siku Lubang 5 Susun 40x80x200", "pcs", 650000, 80, 10),
        ("lemari-besi", "Lemari Arsip Besi 4 Laci Folio", "pcs", 2700000, 30, 14),
    ]),
    ("U05", "Furnitur Kantor Sentosa", "besar", "36.71", "iso-9001", True, [
        ("kursi-kantor", "Kursi Kantor Putar Jaring Hidrolik", "pcs", 750000, 3000, 7),
        ("meja-siswa", "Meja Siswa Besi Laci Multipleks", "pcs", 380000, 5000, 14),
    ]),
    # --- herbal
    ("H01", "Jamu Gendong Mbok Sri", "mikro", "36.04", "pirt", True, [
        ("jamu-kunyit-asam", "Jamu Kunyit Asam Segar botol 250 ml", "botol", 7000, 900, 1),
        ("jamu-beras-kencur", "Jamu Beras Kencur Segar botol 250 ml", "botol", 7000, 900, 1),
    ]),
    ("H02", "Madu Hutan Baduy Lestari", "koperasi", "36.02", "pirt", True, [
        ("madu-hutan", "Madu Hutan Baduy Murni 500 gr", "botol", 120000, 300, 5),
    ]),
    ("H03", "Lebah Klanceng Pandeglang", "mikro", "36.01", "", True, [
        ("madu-klanceng", "Madu Klanceng Trigona Asli 250 ml", "botol", 135000, 150, 5),
    ]),
    ("H04", "Herbal Sehat Ciapus", "kecil", "32.01", "halal;pirt", True, [
        ("jahe-instan", "Serbuk Jahe Merah Instan 250 gr", "pack", 28000, 2000, 4),
        ("kapsul-kelor", "Kapsul Daun Kelor isi 60", "botol", 55000, 800, 5),
        ("minyak-sereh", "Minyak Sereh Wangi 100 ml", "botol", 30000, 1200, 4),
    ]),
    ("H05", "Temulawak Sumedang Herbal", "mikro", "32.11", "pirt", False, [
        ("temulawak-instan", "Temulawak Instan 250 gr", "pack", 25000, 1000, 4),
    ]),
    # --- kosmetik
    ("S01", "Sabun Wangi Cisadane", "kecil", "36.71", "halal;bpom", True, [
        ("sabun-cuci-tangan", "Sabun Cuci Tangan Cair Jeriken 5 liter", "jeriken", 85000, 1500, 4),
        ("sabun-batang-sereh", "Sabun Mandi Batang Sereh Handmade 100 gr", "pcs", 15000, 3000, 5),
        ("hand-sanitizer", "Hand Sanitizer Gel Alkohol 70% 500 ml", "botol", 32000, 2000, 4),
    ]),
    ("S02", "Etawa Cianjur Natural", "mikro", "32.03", "bpom", True, [
        ("sabun-susu", "Sabun Susu Kambing Etawa 80 gr", "pcs", 12000, 2500, 5),
        ("lulur", "Lulur Mandi Bengkoang 200 gr", "pot", 35000, 800, 5),
    ]),
    ("S03", "Aroma Lilin Karawang", "mikro", "32.15", "", True, [
        ("lilin-aromaterapi", "Lilin Aromaterapi Soy Wax Gelas 100 gr", "pcs", 45000, 600, 7),
        ("minyak-kemiri", "Minyak Kemiri Penumbuh Rambut 100 ml", "botol", 28000, 900, 5),
    ]),
    # --- logam
    ("L01", "Pandai Besi Baros Garut", "mikro", "32.05", "", True, [
        ("golok", "Golok Kebun Baja Per Sarung Kayu", "pcs", 175000, 200, 10),
        ("arit", "Arit Rumput Baja Gagang Kayu", "pcs", 55000, 600, 7),
        ("cangkul", "Cangkul Baja Tempa + Doran", "pcs", 95000, 500, 7),
        ("kored", "Kored Rumput Baja", "pcs", 35000, 800, 5),
    ]),
    ("L02", "Aluminium Dapur Cikadu", "kecil", "32.06", "sni", True, [
        ("dandang", "Dandang Aluminium Tebal diameter 40 cm", "pcs", 385000, 200, 7),
        ("panci-set", "Panci Aluminium Set 5 pcs", "set", 275000, 300, 7),
        ("wajan-besi", "Wajan Besi Cor 30 cm", "pcs", 145000, 250, 7),
    ]),
    ("L03", "Bengkel Las Teralis Cikande", "mikro", "36.04", "", True, [
        ("teralis-besi", "Teralis Besi Jendela Minimalis per m2", "m2", 450000, 150, 10),
        ("pagar-besi", "Pagar Besi Hollow per meter lari", "m", 650000, 120, 14),
        ("kanopi", "Kanopi Baja Ringan Atap Alderon per m2", "m2", 525000, 200, 14),
    ]),
    ("L04", "Alat Tani Sinar Pringsewu", "mikro", "18.10", "", True, [
        ("arit", "Sabit Panen Padi Bergerigi", "pcs", 35000, 1500, 5),
        ("cangkul", "Pacul Baja Lampung", "pcs", 85000, 800, 5),
    ]),
    ("L05", "Pisau Dapur Tangerang Steel", "kecil", "36.03", "sni", True, [
        ("pisau-dapur", "Pisau Dapur Stainless Set 6 pcs + Talenan", "set", 165000, 600, 5),
        ("spatula", "Spatula Sutil Stainless Gagang Kayu", "pcs", 28000, 2000, 4),
    ]),
    # --- percetakan
    ("C01", "Percetakan Mandiri Kota Serang", "kecil", "36.73", "", True, [
        ("spanduk", "Cetak Spanduk Banner Flexi 280 gr per m2", "m2", 25000, 5000, 2),
        ("kalender", "Cetak Kalender Dinding 2027 6 lembar", "pcs", 35000, 3000, 14),
        ("brosur", "Cetak Brosur A4 Art Paper 150 gr Full Color", "lembar", 1500, 50000, 5),
        ("undangan", "Cetak Undangan Hardcover + Amplop", "pcs", 6500, 10000, 7),
    ]),
    ("C02", "Toko ATK Sumber Ilmu Cikarang", "kecil", "32.16", "", True, [
        ("hvs-a4-70", "Kertas HVS A4 70 gram (1 rim 500 lembar)", "rim", 52000, 3000, 3),
        ("hvs-a4-80", "Kertas HVS A4 80 gram 1 rim", "rim", 62000, 2000, 3),
        ("buku-tulis", "Buku Tulis 38 Lembar (pak isi 10)", "pak", 28000, 2500, 3),
        ("pulpen", "Pulpen Gel Hitam 0.5 mm isi 12", "box", 24000, 3000, 3),
        ("amplop-coklat", "Amplop Coklat Folio isi 100", "pak", 55000, 800, 3),
    ]),
    ("C03", "Sablon & Stiker Garut Kreasi", "mikro", "32.05", "", True, [
        ("stiker", "Stiker Vinyl Cutting Logo Custom", "lembar", 12000, 5000, 3),
        ("dus-kemasan", "Dus Kemasan Makanan Custom Sablon Logo 20x20", "pcs", 3500, 20000, 7),
        ("map-folder", "Map Folder Batik Sablon Logo Instansi", "pcs", 9000, 5000, 7),
    ]),
    ("C04", "Percetakan Tasik Grafika", "mikro", "32.78", "", True, [
        ("amplop-kop", "Amplop Putih Kop Instansi Cetak (dus 500)", "dus", 185000, 400, 7),
        ("kop-surat", "Cetak Kertas Kop Surat HVS 80 gr (rim)", "rim", 175000, 300, 7),
        ("buku-yasin", "Buku Yasin & Tahlil Hardcover 176 hlm", "pcs", 17000, 5000, 14),
    ]),
    # --- pertanian
    ("T01", "Gapoktan Pandanwangi Warungkondang", "koperasi", "32.03", "", True, [
        ("beras-pandanwangi", "Beras Pandanwangi Cianjur Asli 5 kg", "karung", 95000, 3000, 5),
        ("beras-medium", "Beras Putih Medium 25 kg", "karung", 330000, 1500, 5),
    ]),
    ("T02", "Koi Farm Sukabumi", "mikro", "32.02", "", True, [
        ("koi", "Ikan Koi Lokal Blitar-Sukabumi 10-12 cm", "ekor", 15000, 5000, 3),
        ("koki", "Ikan Mas Koki Oranda 5 cm", "ekor", 8000, 4000, 3),
    ]),
    ("T03", "Kebun Bibit Tajur Bogor", "kecil", "32.01", "", True, [
        ("bibit-durian", "Bibit Durian Musang King Okulasi 60 cm", "batang", 65000, 2000, 7),
        ("bibit-alpukat", "Bibit Alpukat Miki Sambung 50 cm", "batang", 40000, 3000, 7),
        ("monstera", "Tanaman Hias Monstera Deliciosa pot 20 cm", "pot", 85000, 500, 5),
    ]),
    ("T04", "Pakan Mandiri Lampung Timur", "kecil", "18.07", "", True, [
        ("pakan-ikan", "Pelet Apung Ikan Nila dan Lele 30 kg", "karung", 350000, 1000, 5),
        ("pakan-sapi", "Konsentrat Pakan Sapi Potong 50 kg", "karung", 265000, 800, 5),
        ("dedak", "Dedak Padi Halus 50 kg", "karung", 150000, 1500, 4),
    ]),
    ("T05", "Pembenihan Nila Subang Jaya", "mikro", "32.13", "", True, [
        ("bibit-nila", "Bibit Ikan Nila Gesit 5-7 cm", "ekor", 350, 200000, 3),
        ("benih-padi", "Benih Padi Inpari 32 label ungu 5 kg", "pack", 75000, 2000, 5),
        ("pupuk-kompos", "Pupuk Kompos Organik Kotoran Sapi 25 kg", "karung", 25000, 4000, 3),
    ]),
    ("T06", "Persemaian Sengon Cibeber", "mikro", "36.02", "", True, [
        ("bibit-sengon", "Bibit Sengon Solomon Polybag 30 cm", "batang", 2500, 50000, 5),
        ("bibit-jengkol", "Bibit Jengkol Polybag 40 cm", "batang", 12000, 5000, 5),
    ]),
    # --- lainnya
    ("X01", "Alat Kebersihan Barokah Balaraja", "mikro", "36.03", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 3000, 4),
        ("sapu-lidi", "Sapu Lidi Aren Gagang Bambu", "pcs", 15000, 3000, 4),
        ("pel", "Alat Pel Lantai Kain + Gagang Aluminium", "pcs", 45000, 1500, 4),
        ("kemoceng", "Kemoceng Bulu Ayam Asli 60 cm", "pcs", 30000, 1000, 4),
    ]),
    ("X02", "Sabut Kelapa Kreatif Pandeglang", "mikro", "36.01", "", True, [
        ("keset-sabut", "Keset Sabut Kelapa 40 x 60 cm", "pcs", 35000, 1000, 5),
        ("sikat-sabut", "Sikat Sabut Kelapa Tangan", "pcs", 8000, 3000, 5),
    ]),
    ("X03", "Koperasi Sembako Karawang Makmur", "koperasi", "32.15", "", True, [
        ("paket-sembako", "Paket Sembako Beras 5 kg + Minyak 2 L + Gula 1 kg + Mie 5", "paket", 145000, 5000, 5),
        ("pembersih-lantai", "Cairan Pembersih Lantai Wangi Jeriken 5 L", "jeriken", 55000, 1500, 4),
    ]),
    ("X04", "Bendera Umbul-umbul Serang", "mikro", "36.73", "", True, [
        ("bendera", "Bendera Merah Putih Katun 120 x 180 cm", "pcs", 45000, 2000, 5),
        ("umbul-umbul", "Umbul-umbul Kain Satin 5 m + Tiang Bambu", "pcs", 95000, 600, 7),
    ]),
]

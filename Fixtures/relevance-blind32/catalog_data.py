"""Hand-written suppliers and products of relevance-blind32 (fictional). Each product carries the labeller's kind tag.

SUPPLIERS: (key, name, scale, region, certificates, active, [(kind, name, unit, price, capacity/month, lead days)])
The key's first letter is the category.
"""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "C": "kosmetik", "L": "logam", "R": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Made and eaten the same day: capacity_per_month must cover the whole quantity.
PERISHABLE = {"nasi-kotak", "snack-box", "prasmanan", "coffee-break", "tumpeng-mini", "nasi-kebuli",
              "jamu-kunyit-asam", "jamu-beras-kencur"}

SUPPLIERS = [
    ("M1", "Kerupuk Ikan Hj. Ijah Karangantu", "mikro", "36.73", "pirt;halal", True, [
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri Mentah 500 gr", "bungkus", 28000, 800, 3),
        ("otak-otak", "Otak-otak Bandeng Frozen isi 20", "pack", 45000, 300, 2),
        ("kerupuk-kulit-ikan", "KERUPUK KULIT IKAN PEDAS 100gr Snack Renyah", "pcs", 15000, 1000, 2)]),
    ("M2", "UD Sambal Bu Rukmini", "kecil", "36.01", "halal;pirt", True, [
        ("sambal", "Sambal Bawang Botol 150ml Pedas Mantap", "botol", 22000, 1500, 3),
        ("sambal-cumi", "Sambal Cumi Asin Jar 200 gr", "jar", 45000, 500, 3),
        ("bumbu-pecel", "Bumbu Pecel Kacang 250gr", "bungkus", 18000, 1000, 2)]),
    ("M3", "Dapur Keripik Way Halim", "mikro", "18.71", "pirt-expired", True, [
        ("keripik-pisang", "Keripik Pisang Coklat Lampung 250 gr", "pcs", 25000, 2000, 3),
        ("kemplang", "Kemplang Panggang Ikan Tenggiri 250gr", "pcs", 30000, 800, 3)]),
    ("M4", "CV Dodol Garut Rasa", "kecil", "32.05", "halal", True, [
        ("dodol", "Dodol Garut Aneka Rasa Kemasan 500gr", "pcs", 32000, 1500, 4),
        ("wajit", "Wajit Cililin Bungkus Daun Jagung", "pcs", 25000, 600, 4)]),
    ("M5", "Rumah Olahan Susu Lembang", "kecil", "32.17", "pirt;halal", True, [
        ("dodol-susu", "Dodol Susu Sapi Lembang 250 gr", "pcs", 30000, 800, 3),
        ("permen-susu", "Permen Susu Karamel 200gr", "pcs", 20000, 1000, 3)]),
    ("M6", "Abon & Dendeng Ny. Lim", "kecil", "36.71", "halal", True, [
        ("abon-sapi", "ABON SAPI ASLI 250gr [HALAL] Premium", "pcs", 65000, 400, 3),
        ("dendeng", "Dendeng Sapi Balado 200 gr", "pcs", 70000, 300, 3)]),
    ("M7", "KWT Melati Sukadana", "koperasi", "18.07", "pirt", True, [
        ("keripik-singkong", "Keripik Singkong Balado 1 kg Grosir", "kg", 40000, 1500, 3),
        ("gula-aren", "Gula Merah Aren Cetak 1kg", "kg", 28000, 2000, 3)]),
    ("N1", "Kopi Tanggamus Mandiri", "kecil", "18.06", "halal;pirt", True, [
        ("kopi-robusta", "Kopi Bubuk Robusta Tanggamus 250gr Premium Grade", "pcs", 35000, 2000, 4),
        ("greenbean-robusta", "Green Bean Robusta Lampung 1kg", "kg", 60000, 1000, 5)]),
    ("N2", "Kakao Kita Pringsewu", "mikro", "18.10", "pirt", True, [
        ("cokelat-bubuk", "Bubuk Cokelat Murni Pringsewu 200 gr", "pcs", 40000, 600, 4),
        ("cokelat-sachet", "Minuman Cokelat Sachet isi 10", "pack", 30000, 800, 4)]),
    ("N3", "Sari Buah Pakuan", "kecil", "32.01", "bpom;halal", True, [
        ("sirup-pala", "Sirup Pala Bogor 600 ml", "botol", 35000, 1000, 4),
        ("jus-jambu", "Sari Buah Jambu Kristal 250 ml isi 24", "box", 90000, 300, 4)]),
    ("N4", "CV Teh Rakyat Pangalengan", "kecil", "32.04", "halal", True, [
        ("teh-hijau", "Teh Hijau Celup Premium isi 25", "kotak", 25000, 2000, 4),
        ("teh-hitam", "TEH HITAM TUBRUK 250GR", "pcs", 20000, 2000, 4)]),
    ("N5", "AMDK Tirta Lebak", "menengah", "36.02", "sni;halal;bpom", True, [
        ("amdk-gelas", "Air Mineral Gelas 240ml isi 48 dus", "dus", 22000, 5000, 2),
        ("amdk-botol", "AIR MINERAL BOTOL 600 ML 1 DUS ISI 24", "dus", 45000, 3000, 2)]),
    ("N6", "Koperasi Jahe Merah Cugenang", "koperasi", "32.03", "halal", True, [
        ("jahe-instan", "Jahe Merah Instan Bubuk 250gr", "pcs", 30000, 1500, 4)]),
    ("J1", "Catering Bu Endah", "kecil", "36.73", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar Lengkap", "box", 35000, 3000, 2),
        ("snack-box", "Snack Box Isi 3 Kue Basah", "box", 15000, 4000, 1)]),
    ("J2", "Dapur Prasmanan Kang Asep", "menengah", "32.73", "halal", True, [
        ("prasmanan", "Paket Prasmanan Menu Sunda per pax", "pax", 65000, 5000, 3),
        ("nasi-kotak", "NASI BOX PREMIUM Rendang + Buah", "box", 45000, 4000, 2),
        ("coffee-break", "Coffee Break Rapat (kue 2 + kopi/teh)", "pax", 25000, 6000, 2)]),
    ("J3", "Katering Betawi Mpok Nori", "kecil", "31.71", "halal", True, [
        ("nasi-kotak", "Nasi Box Nasi Uduk Betawi Komplit", "box", 32000, 2500, 2),
        ("snack-box", "Kue Kotak Tradisional isi 4", "box", 18000, 3000, 1)]),
    ("J4", "Catering Sehat Metro", "mikro", "18.72", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Goreng", "box", 28000, 400, 2),
        ("tumpeng-mini", "Tumpeng Nasi Kuning Mini", "pcs", 40000, 200, 2)]),
    ("J6", "Nasi Kotak Murah Kaujon", "mikro", "36.73", "halal", False, [
        ("nasi-kotak", "NASI KOTAK RAPAT Murah Ayam Goreng + Sayur", "box", 25000, 1000, 1)]),
    ("J5", "Aqiqah & Catering Berkah", "kecil", "32.15", "", True, [
        ("nasi-kebuli", "Paket Nasi Kebuli Kambing per box", "box", 55000, 800, 3),
        ("snack-box", "Snack box 2 kue + air mineral", "box", 12000, 2000, 1)]),
    ("F1", "Batik Tulis Krakatoa", "kecil", "36.72", "batikmark", True, [
        ("batik-tulis-kain", "Kain Batik Tulis Motif Krakatau 2m", "lembar", 650000, 60, 14),
        ("kemeja-batik-cap", "Kemeja Batik Cap Pria Lengan Panjang", "pcs", 185000, 400, 7)]),
    ("F2", "Konveksi Seragam Bekasi Jaya", "menengah", "32.16", "sni", True, [
        ("pdh", "Kemeja PDH Kantor Drill Custom Bordir", "pcs", 145000, 2000, 14),
        ("polo", "Kaos Polo Kerah Custom Logo Bordir", "pcs", 75000, 3000, 10),
        ("rompi", "ROMPI Kerja Proyek Bahan American Drill", "pcs", 85000, 1000, 10)]),
    ("F3", "Tapis Siger Indah", "kecil", "18.71", "", True, [
        ("tapis", "Kain Tapis Lampung Motif Kapal Benang Emas", "lembar", 1500000, 20, 30),
        ("selendang-tapis", "Selendang Tapis Lampung", "pcs", 250000, 200, 10)]),
    ("F4", "Sepatu Kulit Ciomas Bogor", "mikro", "32.01", "", True, [
        ("pantofel", "Sepatu Pantofel Pria Kulit Sapi Asli", "pasang", 275000, 300, 10),
        ("sandal-hotel", "Sandal Hotel Jepit Putih Grosir", "pasang", 6000, 10000, 5)]),
    ("F5", "Tas Promosi Cikupa", "kecil", "36.03", "", True, [
        ("tas-spunbond", "TAS SEMINAR Spunbond 75gsm Sablon Logo", "pcs", 9000, 8000, 7),
        ("totebag-kanvas", "Tote Bag Kanvas Custom Sablon Ukuran 30x40", "pcs", 22000, 3000, 7),
        ("ransel", "Tas Ransel Laptop Custom Bordir", "pcs", 125000, 500, 14)]),
    ("F6", "Mukena Bordir Citra Tasik", "kecil", "32.78", "", True, [
        ("mukena", "Mukena Katun Rayon Bordir Tasik Dewasa", "pcs", 150000, 600, 7),
        ("sajadah", "Sajadah Travel Lipat", "pcs", 45000, 1000, 5)]),
    ("F7", "Distro Sablon Metro", "mikro", "18.72", "", True, [
        ("kaos", "Kaos Oblong Cotton Combed 30s Sablon DTF", "pcs", 55000, 1500, 7),
        ("jersey", "Kaos Olahraga Dry Fit Jersey Custom", "pcs", 85000, 800, 10)]),
    ("F8", "Konveksi Topi Kragilan", "mikro", "36.04", "", False, [
        ("topi", "Topi Baseball Bordir Logo Instansi", "pcs", 35000, 2000, 7)]),
    ("F9", "PT Garmen Nusantara Karawang", "besar", "32.15", "sni;iso-9001", True, [
        ("pdl", "Seragam PDL Lapangan Ripstop", "pcs", 210000, 20000, 14),
        ("pdh", "Kemeja PDH Pria Katun Drill", "pcs", 120000, 20000, 14)]),
    ("K1", "Anyaman Pandan Mekarsari", "mikro", "36.01", "", True, [
        ("tas-pandan", "Tas Anyaman Pandan Motif Warna", "pcs", 65000, 300, 7),
        ("tikar-pandan", "Tikar Pandan Lipat 150x200", "lembar", 120000, 100, 7),
        ("kotak-tisu-pandan", "Kotak Tisu Anyaman Pandan", "pcs", 35000, 400, 7)]),
    ("K2", "Kerajinan Bambu Rajapolah", "kecil", "32.06", "svlk", True, [
        ("nampan-bambu", "Nampan Bambu Anyam Bulat 40cm", "pcs", 45000, 500, 7),
        ("kap-lampu-bambu", "Kap Lampu Bambu Hias", "pcs", 95000, 200, 10),
        ("besek", "Besek Bambu 20x20 isi 10", "pak", 25000, 2000, 5)]),
    ("K3", "Gerabah Plered Lestari", "mikro", "32.14", "", True, [
        ("guci", "Guci Gerabah Hias Tinggi 60cm", "pcs", 175000, 100, 10),
        ("pot-tanah-liat", "Pot Tanah Liat Tanaman diameter 25", "pcs", 20000, 2000, 5),
        ("celengan", "Celengan Gerabah Karakter", "pcs", 15000, 1500, 5)]),
    ("K4", "Akrilik Kreasi Cipondoh", "kecil", "36.71", "", True, [
        ("plakat-akrilik", "Plakat Akrilik Custom Grafir 15x20 + Box", "pcs", 175000, 500, 5),
        ("ganci-akrilik", "Gantungan Kunci Akrilik Custom Full Print", "pcs", 4500, 10000, 5),
        ("pin", "PIN Peniti Custom 44mm Grosir", "pcs", 2500, 20000, 4)]),
    ("K5", "Sanggar Ukir Gadingrejo", "mikro", "18.10", "svlk", True, [
        ("plakat-kayu", "Plakat Kayu Jati Ukir Logo Instansi", "pcs", 275000, 100, 10),
        ("miniatur-rumah-adat", "Miniatur Rumah Adat Lampung Nuwo Sesat", "pcs", 350000, 50, 14)]),
    ("K8", "Ukir Kayu Kemayoran", "mikro", "31.71", "svlk", False, [
        ("plakat-kayu", "Plakat Kayu Jati Ukir Custom Logo", "pcs", 200000, 100, 7)]),
    ("K6", "Mainan Kayu Cerdas Depok", "mikro", "32.76", "", True, [
        ("puzzle", "Puzzle Kayu Huruf Angka Mainan Edukasi Anak", "pcs", 35000, 800, 5),
        ("balok", "Balok Susun Kayu Edukatif isi 50", "set", 85000, 400, 5),
        ("alat-peraga", "Alat Peraga Montessori Papan Hitung", "pcs", 120000, 200, 7)]),
    ("K7", "Bandung Souvenir Kreatif", "kecil", "32.73", "", True, [
        ("mug", "Mug Keramik Custom Print Logo 11oz", "pcs", 22000, 5000, 5),
        ("tumbler", "Tumbler Stainless 500ml Custom Grafir Nama", "pcs", 48000, 3000, 7),
        ("lanyard", "Lanyard Tali ID Card Printing 2cm + Stopper", "pcs", 6500, 10000, 5)]),
    ("P1", "Perak Kotagede Sekar", "kecil", "34.71", "", True, [
        ("bros-perak", "Bros Perak 925 Motif Batik Handmade", "pcs", 350000, 100, 14),
        ("cincin-perak", "Cincin Perak Ukir Pria", "pcs", 250000, 150, 10)]),
    ("P2", "Manik Baduy Kanekes", "mikro", "36.02", "", True, [
        ("gelang-manik", "Gelang Manik Tenun Baduy", "pcs", 15000, 1000, 5),
        ("kalung-manik", "Kalung Manik-manik Etnik", "pcs", 35000, 500, 5)]),
    ("P3", "Grosir Xuping Pasar Baru Tangerang", "kecil", "36.03", "", True, [
        ("bros-imitasi", "Bros Hijab Xuping Lapis Emas Murah", "pcs", 12000, 5000, 3),
        ("kalung-xuping", "Kalung Xuping Liontin Lapis Emas 24k", "pcs", 30000, 2000, 3)]),
    ("P4", "Akik Kalianda", "mikro", "18.01", "", True, [
        ("cincin-akik", "Cincin Batu Akik Lampung Ikat Perak", "pcs", 200000, 60, 7),
        ("liontin-akik", "Liontin Batu Akik", "pcs", 150000, 80, 7)]),
    ("U1", "Mebel Rotan Tegalwangi", "kecil", "32.09", "svlk", True, [
        ("kursi-rotan", "Kursi Rotan Teras Set Meja Sintetis", "set", 1750000, 30, 21),
        ("rak-rotan", "Rak Rotan Susun 3", "pcs", 450000, 60, 14)]),
    ("U2", "Meubel Jati Ciruas", "kecil", "36.04", "svlk", True, [
        ("meja-kerja", "Meja Kerja Kayu Jati 120x60 laci 3", "unit", 1850000, 40, 21),
        ("lemari-arsip-kayu", "Lemari Arsip Kayu 2 Pintu", "unit", 2300000, 30, 21),
        ("rak-buku", "Rak Buku Kayu Mahoni 5 Susun", "unit", 950000, 50, 14)]),
    ("U3", "Interior Besi Jatiuwung", "kecil", "36.71", "sni", True, [
        ("filing-cabinet", "Lemari Arsip Besi 4 Laci Filing Cabinet", "unit", 2100000, 100, 14),
        ("kursi-lipat-besi", "Kursi Kuliah Lipat Besi Sandaran", "unit", 350000, 300, 10),
        ("rak-besi", "Rak Gudang Besi Siku Lubang 5 susun", "unit", 650000, 200, 10)]),
    ("U4", "Kursi Kantor Bekasi Mandiri", "kecil", "32.75", "", True, [
        ("kursi-kantor", "Kursi Kantor Putar Jaring Mesh Hidrolik", "unit", 650000, 300, 10),
        ("meja-rapat-8", "Meja Rapat Oval 8 Orang HPL", "unit", 4500000, 20, 21)]),
    ("U5", "PT Furnitur Raya Cikarang", "besar", "32.16", "sni;iso-9001", True, [
        ("kursi-kantor", "Kursi Kantor Ergonomis Putar", "unit", 550000, 10000, 7)]),
    ("H1", "Jamu Gendong Bu Sri", "mikro", "36.73", "pirt", True, [
        ("jamu-kunyit-asam", "Jamu Kunyit Asam Botol 250ml Segar", "botol", 8000, 1500, 1),
        ("jamu-beras-kencur", "Jamu Beras Kencur Segar 250ml", "botol", 8000, 1500, 1)]),
    ("H2", "Madu Hutan Lebak Lestari", "kecil", "36.02", "pirt", True, [
        ("madu-hutan", "Madu Hutan Baduy Murni 500gr", "botol", 95000, 400, 4),
        ("propolis", "Propolis Tetes 30 ml", "botol", 85000, 200, 4)]),
    ("H3", "Koperasi Toga Sari Ciawi", "koperasi", "32.01", "bpom", True, [
        ("kapsul-kelor", "Kapsul Kelor Moringa isi 60 BPOM", "botol", 75000, 1000, 5),
        ("teh-sirsak", "Teh Herbal Daun Sirsak Celup", "kotak", 30000, 1000, 5)]),
    ("H4", "Rempah Gedong Tataan", "mikro", "18.09", "pirt", True, [
        ("temulawak-instan", "Temulawak Bubuk Instan 200gr", "pcs", 25000, 800, 4),
        ("jahe-instan-herbal", "Serbuk Jahe Merah Gula Aren", "pcs", 30000, 800, 4)]),
    ("C1", "Sabun Alami Petir", "mikro", "36.04", "bpom", True, [
        ("sabun-batang", "Sabun Batang Sereh Wangi Handmade 100gr", "pcs", 15000, 2000, 5),
        ("sabun-cuci-tangan", "Sabun Cair Cuci Tangan Refill 5 Liter", "jerigen", 95000, 300, 5)]),
    ("C2", "Lilin Aroma Bekasi", "mikro", "32.75", "", True, [
        ("lilin-aromaterapi", "Lilin Aromaterapi Soy Wax Jar 100gr Lavender", "pcs", 45000, 1000, 5),
        ("reed-diffuser", "Reed Diffuser Pengharum Ruangan 100ml", "pcs", 55000, 600, 5)]),
    ("C3", "Kelapa Murni Kalianda", "kecil", "18.01", "bpom", True, [
        ("vco", "Virgin Coconut Oil 250ml", "botol", 45000, 800, 5),
        ("lulur", "Lulur Mandi Bengkuang", "pcs", 30000, 700, 5)]),
    ("C4", "Higienis Depok", "kecil", "32.76", "bpom", True, [
        ("hand-sanitizer", "HAND SANITIZER GEL 500ML ALKOHOL 70%", "botol", 35000, 3000, 3),
        ("body-lotion", "Hand Body Lotion Susu 250 ml", "botol", 28000, 1000, 3)]),
    ("L1", "Pandai Besi Ciomas", "mikro", "36.04", "", True, [
        ("golok-ciomas", "Golok Ciomas Asli Sarung Kayu", "pcs", 450000, 40, 14),
        ("cangkul", "Cangkul Baja Tempa Gagang Kayu", "pcs", 95000, 300, 7),
        ("arit", "Arit / Sabit Rumput Baja", "pcs", 55000, 400, 7)]),
    ("L2", "Bengkel Las Teralis Klari", "mikro", "32.15", "", True, [
        ("teralis-besi", "Teralis Jendela Besi Hollow Minimalis per m2", "m2", 350000, 200, 10),
        ("pagar-besi", "Pagar Besi Minimalis per meter", "meter", 650000, 100, 14),
        ("kanopi", "Kanopi Baja Ringan Atap Alderon per m2", "m2", 450000, 150, 14)]),
    ("L3", "Dapur Stainless Balaraja", "kecil", "36.03", "sni", True, [
        ("panci", "Panci Stainless Steel 24cm Tutup Kaca", "pcs", 135000, 500, 5),
        ("pisau-dapur-set", "Set Pisau Dapur Stainless 6 pcs + Stand", "set", 120000, 400, 5),
        ("wajan", "Wajan Penggorengan Besi 40cm", "pcs", 95000, 400, 5)]),
    ("R1", "Percetakan Mitra Grafika", "kecil", "36.73", "", True, [
        ("buku-yasin", "Cetak Buku Yasin Hard Cover 128 hal", "pcs", 18000, 5000, 10),
        ("brosur", "Cetak Brosur A4 Art Paper 150gsm Full Color", "lembar", 900, 50000, 5),
        ("kalender", "Kalender Dinding 2027 Custom 6 lembar", "pcs", 25000, 5000, 10),
        ("map-folder", "Cetak Map Folder Custom Logo Instansi", "pcs", 4500, 10000, 7),
        ("blocknote", "Block Note Seminar Custom Cover A5", "pcs", 9000, 8000, 7)]),
    ("R2", "ATK Grosir Tanjungkarang", "kecil", "18.71", "", True, [
        ("hvs-a4-70", "Kertas HVS A4 70gr 1 Rim SIDU", "rim", 52000, 3000, 2),
        ("hvs-f4-70", "Kertas HVS F4 70 gram 1 rim", "rim", 56000, 2000, 2),
        ("pulpen", "Ballpoint Pulpen Hitam 1 Pak isi 12", "pak", 25000, 2000, 2),
        ("map-plastik", "Map Plastik Kancing L Grosir", "pcs", 2500, 10000, 2)]),
    ("R3", "Kemasan UMKM Pakuan", "kecil", "32.01", "", True, [
        ("standing-pouch", "Standing Pouch Kraft Window Zip 12x20 isi 100", "pak", 85000, 2000, 5),
        ("box-hampers", "Box Kemasan Karton Custom Hampers 20x20", "pcs", 8500, 5000, 7),
        ("stiker-label", "Stiker Label Produk Vinyl Cutting A3", "lembar", 15000, 3000, 3)]),
    ("R4", "Digital Printing Karawang Barat", "mikro", "32.15", "", True, [
        ("spanduk", "Spanduk Banner Flexi 280gr per meter", "meter", 25000, 3000, 2),
        ("xbanner", "X-Banner 60x160 + Rangka", "pcs", 85000, 500, 2),
        ("id-card", "ID Card PVC Cetak 2 Sisi + Casing", "pcs", 9000, 5000, 3)]),
    ("T1", "Pokdakan Mina Sejahtera Metro", "koperasi", "18.72", "", True, [
        ("benih-lele", "Benih Lele Sangkuriang 5-7 cm", "ekor", 200, 200000, 3),
        ("pakan-ikan", "Pakan Ikan Apung Pelet 30kg", "karung", 350000, 300, 3)]),
    ("T2", "Tanaman Hias Sawangan", "mikro", "32.76", "", True, [
        ("monstera", "Tanaman Hias Monstera Pot 20cm", "pot", 85000, 300, 3),
        ("bibit-alpukat", "Bibit Tanaman Buah Alpukat Kaki Tiga", "batang", 45000, 1000, 5),
        ("sansevieria", "Lidah Mertua Sansevieria Pot Tanah Liat", "pot", 40000, 800, 3)]),
    ("T3", "Ikan Hias Pasar Kemis", "mikro", "36.03", "", True, [
        ("cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 25000, 2000, 2),
        ("koi", "Ikan Koi Lokal Blitar 10-15cm", "ekor", 35000, 800, 3)]),
    ("T4", "KTH Bibit Leuwidamar", "koperasi", "36.02", "", True, [
        ("bibit-durian", "Bibit Pohon Durian Musang King Okulasi", "batang", 65000, 2000, 5),
        ("bibit-sengon", "Bibit Sengon Polybag", "batang", 1500, 50000, 5),
        ("kompos", "Pupuk Kompos Organik 25kg", "karung", 35000, 2000, 3)]),
    ("T5", "Koperasi Tani Padi Menes", "koperasi", "36.01", "", True, [
        ("beras", "Beras Pandan Wangi Organik 5kg", "karung", 85000, 2000, 3)]),
    ("X1", "Serang Bersih Sejahtera", "mikro", "36.73", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 2000, 3),
        ("spin-mop", "Alat Pel Lantai Putar Spin Mop", "set", 150000, 500, 3),
        ("kemoceng", "Kemoceng Bulu Ayam Asli", "pcs", 20000, 1000, 3),
        ("tempat-sampah", "Tempat Sampah Pedal 20 Liter", "pcs", 85000, 500, 5)]),
    ("X2", "Perlengkapan Ibadah Al-Ikhlas", "kecil", "36.71", "", True, [
        ("al-quran", "Al-Quran Terjemah A5 Hard Cover", "pcs", 65000, 1000, 5),
        ("tasbih", "Tasbih Kayu Kokka 33 butir", "pcs", 15000, 1000, 5),
        ("peci", "Peci Hitam Beludru Nasional", "pcs", 35000, 1500, 5)]),
    ("X3", "Parcel Berkah Bandung", "kecil", "32.73", "", True, [
        ("paket-sembako", "Parcel Sembako Paket Lebaran", "paket", 250000, 1000, 7),
        ("paket-sembako-bansos", "Paket Sembako Bantuan Beras 5kg Minyak Gula", "paket", 150000, 5000, 5)]),
    ("X4", "Tekstil Rumah Majalaya", "kecil", "32.04", "", True, [
        ("sprei", "Sprei Katun Jepang 160x200 Set", "set", 175000, 500, 5),
        ("handuk", "Handuk Mandi Katun 70x140", "pcs", 45000, 2000, 5)]),
]

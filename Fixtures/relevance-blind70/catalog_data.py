"""Hand-written suppliers and products of relevance-blind70 (fictional; real Kemendagri region codes).

Each supplier: (key, name, scale, region, certificates, active, products). The key's first two letters
give the category. Each product: (kind, name, unit, price, capacity_per_month, lead_time_days).
The kind is the labeller's tag (the product *and its pack size*); it never reaches the CSVs.
"""

CATEGORY = {"MK": "makanan", "MN": "minuman", "JB": "jasa-boga", "FS": "fesyen", "KR": "kerajinan",
            "PH": "perhiasan", "FN": "furnitur", "HB": "herbal", "KS": "kosmetik", "LG": "logam",
            "PC": "percetakan", "PT": "pertanian", "LN": "lainnya"}

# Made and eaten within days: capacity_per_month must cover the whole quantity, and only the
# need's kabupaten/kota (else its province) is acceptable.
PERISHABLE = {"nasi-kotak", "snack-box", "prasmanan", "tumpeng", "nasi-bungkus", "coffee-break",
              "jamu-kunyit-asam-botol", "beras-kencur-botol"}

SUPPLIERS = [
    # ---------------------------------------------------------------- makanan
    ("MK1", "Keripik Singkong Mak Eroh Rangkasbitung", "mikro", "36.02", "halal;pirt", True, [
        ("keripik-singkong-balado-250", "Keripik Singkong Balado 250 gr", "pcs", 15000, 1500, 4),
        ("keripik-singkong-balado-1kg", "Keripik Singkong Balado 1 kg (curah)", "kg", 52000, 400, 4),
        ("keripik-singkong-original-250", "Keripik Singkong Original Asin 250 gr", "pcs", 13500, 1200, 4),
    ]),
    ("MK2", "Sentra Kerupuk Ikan Labuan", "kecil", "36.01", "halal;pirt", True, [
        ("kerupuk-ikan-500", "Kerupuk Ikan Tenggiri Mentah 500 gr", "pcs", 38000, 800, 5),
        ("kerupuk-udang-250", "Kerupuk Udang mentah 250gr", "pcs", 27000, 600, 5),
        ("otak-otak-beku", "Otak-otak Bandeng Frozen isi 20", "pack", 45000, 400, 3),
    ]),
    ("MK3", "Dapur Sambal Teh Iis", "mikro", "36.73", "halal;pirt-expired", True, [
        ("sambal-cumi-150", "Sambal Cumi Asin botol 150 ml", "botol", 35000, 600, 4),
        ("sambal-bawang-200", "Sambal Bawang Pedas Jar 200 gr", "pcs", 28000, 700, 4),
        ("bumbu-pecel-500", "Bumbu Pecel Kacang 500 gr", "pcs", 25000, 500, 4),
    ]),
    ("MK4", "KUB Gula Aren Sobang", "koperasi", "36.02", "halal", True, [
        ("gula-aren-cetak-1kg", "Gula Aren Cetak Batok 1 kg", "kg", 32000, 2000, 5),
        ("gula-semut-500", "Gula Semut Aren Organik 500 gr", "pcs", 30000, 1200, 5),
        ("gula-semut-250", "Gula Semut Aren 250 gr pouch", "pcs", 17000, 1500, 5),
    ]),
    ("MK5", "Kripik Pisang Bu Yati Pringsewu", "kecil", "18.10", "halal;pirt", True, [
        ("keripik-pisang-coklat-250", "Kripik Pisang Rasa Coklat 250gr", "pcs", 22000, 2000, 3),
        ("keripik-pisang-manis-500", "Keripik Pisang Kepok Manis 500 gr", "pcs", 35000, 1500, 3),
    ]),
    ("MK6", "Rengginang Bu Narsih Rengasdengklok", "mikro", "32.15", "pirt", True, [
        ("rengginang-500", "Rengginang Ketan Terasi mentah 500 gr", "pcs", 24000, 600, 5),
        ("opak-ketan", "Opak Ketan Bakar isi 10", "pack", 15000, 500, 4),
    ]),
    ("MK7", "PT Snack Nusantara Makmur", "besar", "36.71", "halal;bpom", True, [
        ("keripik-singkong-balado-250", "Keripik Singkong Balado 250 gr Snack Nusantara", "pcs", 11000, 50000, 2),
    ]),
    ("MK8", "Abon Tuna Binuangeun", "mikro", "36.02", "pirt", True, [
        ("abon-ikan-100", "Abon Ikan Tuna Pedas 100 gr", "pcs", 25000, 500, 5),
    ]),
    # ---------------------------------------------------------------- minuman
    ("MN1", "Koperasi Kopi Robusta Tanggamus Tani Makmur", "koperasi", "18.06", "halal;pirt", True, [
        ("kopi-robusta-biji-1kg", "Kopi Robusta Tanggamus Biji Sangrai (Roasted Bean) 1 kg", "kg", 145000, 500, 5),
        ("kopi-robusta-bubuk-250", "Kopi Bubuk Robusta Tanggamus 250 gr", "pcs", 38000, 2000, 4),
        ("kopi-robusta-bubuk-500", "Kopi Bubuk Robusta Tanggamus 500 gr", "pcs", 70000, 1200, 4),
        ("kopi-robusta-greenbean", "Green Bean Robusta Tanggamus grade 1 per kg", "kg", 65000, 3000, 7),
    ]),
    ("MN2", "Kopi Gunung Karang Pandeglang", "mikro", "36.01", "pirt", True, [
        ("kopi-bubuk-campur-200", "Kopi Bubuk Gunung Karang 200 gr", "pcs", 30000, 600, 4),
        ("kopi-arabika-biji-250", "Kopi Arabika Gunung Karang roasted beans 250 gr", "pcs", 75000, 200, 5),
    ]),
    ("MN3", "Sari Rempah Jahe Merah Ciruas", "mikro", "36.04", "halal;pirt", True, [
        ("jahe-merah-instan-250", "Jahe Merah Instan Bubuk 250 gr", "pcs", 25000, 1500, 3),
        ("jahe-merah-sachet-10", "Wedang Jahe Merah sachet isi 10", "box", 18000, 1500, 3),
    ]),
    ("MN4", "CV Tirta Sari Karawang", "kecil", "32.15", "halal;bpom", True, [
        ("amdk-gelas-220", "Air Minum Dalam Kemasan gelas 220 ml isi 48", "dus", 22000, 5000, 2),
        ("amdk-botol-600", "AMDK botol 600 ml isi 24", "dus", 42000, 3000, 2),
        ("amdk-botol-330", "Air Mineral Botol 330ml isi 24", "dus", 35000, 3000, 2),
    ]),
    ("MN5", "Kelompok Tani Kopi Sekampung", "mikro", "18.07", "pirt", True, [
        ("kopi-robusta-bubuk-250", "Kopi Robusta Bubuk Murni 250g", "pcs", 32000, 800, 4),
    ]),
    ("MN6", "Bandrek Abah Cibinong", "mikro", "32.01", "halal;pirt", True, [
        ("bandrek-sachet-10", "Bandrek Instan isi 10 sachet", "box", 16000, 1000, 3),
    ]),
    # ---------------------------------------------------------------- jasa-boga
    ("JB1", "Catering Dapur Bu Enok", "kecil", "36.04", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar + Lalapan", "kotak", 30000, 2000, 2),
        ("snack-box", "Snack Box isi 3 kue + air mineral", "kotak", 12000, 2500, 2),
        ("prasmanan", "Prasmanan menu ayam/ikan/sayur per pax", "pax", 45000, 1500, 3),
    ]),
    ("JB2", "Katering Berkah Kota Serang", "mikro", "36.73", "halal", True, [
        ("nasi-kotak", "Nasi Box Ayam Goreng Kremes", "box", 28000, 1500, 2),
        ("tumpeng", "Nasi Tumpeng Kuning lengkap 20 orang", "tumpeng", 650000, 40, 3),
    ]),
    ("JB3", "Pawon Catering Pringsewu", "kecil", "18.10", "halal", True, [
        ("nasi-kotak", "Nasi Kotak menu daging rendang", "kotak", 35000, 2400, 2),
        ("snack-box", "Kue Kotak 4 macam", "kotak", 13000, 2500, 2),
    ]),
    ("JB4", "Warung Nasi Liwet Teh Sumi Kotaagung", "mikro", "18.06", "", True, [
        ("nasi-bungkus", "Nasi Liwet Bungkus Daun Pisang", "bungkus", 20000, 800, 1),
    ]),
    ("JB5", "Dapur Sehat Cikarang", "kecil", "32.16", "halal", True, [
        ("nasi-kotak", "Nasi Box Premium Ayam Bakar Madu", "box", 38000, 2500, 2),
        ("snack-box", "Snack Box Rapat (3 kue)", "box", 15000, 2500, 2),
        ("coffee-break", "Coffee Break paket kopi/teh + 2 kue per pax", "pax", 25000, 2000, 2),
    ]),
    ("JB6", "Kantin Bu Tati Tangerang", "mikro", "36.71", "halal", True, [
        ("snack-box", "Snack box kue basah", "box", 11000, 1000, 1),
        ("nasi-kotak", "Nasi kotak ayam goreng", "kotak", 25000, 800, 1),
    ]),
    # ---------------------------------------------------------------- fesyen
    ("FS1", "Tapis Lampung Ratu Kembang", "kecil", "18.72", "", True, [
        ("kain-tapis-2m", "Kain Tapis Lampung motif Pucuk Rebung 2 meter", "lembar", 850000, 30, 14),
        ("selendang-tapis", "Selendang Tapis benang emas", "pcs", 250000, 60, 10),
        ("tas-tapis", "Tas Jinjing Kombinasi Tapis", "pcs", 175000, 80, 10),
    ]),
    ("FS2", "Konveksi Seragam Sinar Jaya Balaraja", "kecil", "36.03", "iso-9001", True, [
        ("kemeja-pdh-khaki", "Kemeja PDH Khaki lengan panjang (drill) ukuran S-XXL", "pcs", 135000, 1200, 21),
        ("kaos-sablon", "Kaos Olahraga Dry-fit Sablon Logo", "pcs", 65000, 2000, 14),
        ("rompi-drill", "Rompi Lapangan Drill Bordir", "pcs", 120000, 500, 14),
    ]),
    ("FS3", "Batik Banten Mukarnas", "menengah", "36.73", "batikmark", True, [
        ("batik-cap-kain", "Kain Batik Cap Motif Banten 2 m", "lembar", 185000, 400, 10),
        ("batik-tulis-kain", "Kain Batik Tulis Motif Sura Sowan 2,25 m", "lembar", 850000, 40, 21),
        ("kemeja-batik-cap", "Kemeja Batik Cap Banten Pria Lengan Pendek M/L/XL", "pcs", 195000, 500, 14),
    ]),
    ("FS4", "Kaos & Sablon Cimone", "mikro", "36.71", "", True, [
        ("kaos-polos", "Kaos Polos Cotton Combed 30s ukuran S M L XL", "pcs", 42000, 3000, 5),
        ("kaos-sablon", "T-shirt Sablon DTF Custom Logo", "pcs", 60000, 1500, 7),
    ]),
    ("FS5", "Sentra Sepatu Ciomas Bogor", "kecil", "32.01", "", True, [
        ("sepatu-pantofel", "Sepatu Pantofel Kulit Sapi Pria 39-44", "pasang", 285000, 300, 14),
        ("sandal-hotel", "Sandal Hotel Spon putih", "pasang", 6000, 10000, 7),
        ("sandal-kulit", "Sandal Kulit Pria Model Selop", "pasang", 95000, 400, 10),
    ]),
    ("FS6", "Konveksi Hidayah Kramatwatu", "mikro", "36.04", "", False, [
        ("kemeja-pdh-khaki", "Kemeja PDH Khaki Drill", "pcs", 98000, 2000, 10),
    ]),
    # ---------------------------------------------------------------- kerajinan
    ("KR1", "Anyaman Pandan Cibeber", "mikro", "36.02", "", True, [
        ("tikar-pandan-150x200", "Tikar Pandan Lebak ukuran 150x200", "lembar", 85000, 200, 10),
        ("tas-pandan", "Tas Anyaman Pandan motif", "pcs", 45000, 400, 7),
        ("topi-pandan", "Topi Pandan Anyam", "pcs", 30000, 500, 7),
    ]),
    ("KR2", "Kerajinan Bambu Gisting", "kecil", "18.06", "", True, [
        ("besek-bambu-20", "Besek Bambu 20x20 isi 10", "pack", 25000, 2000, 5),
        ("tempat-tisu-bambu", "Tempat Tisu Bambu ukir", "pcs", 40000, 300, 7),
        ("keranjang-parsel-bambu", "Keranjang Parcel Bambu Ukuran Sedang", "pcs", 22000, 800, 5),
    ]),
    ("KR3", "Gerabah Bumijaya Ciruas", "mikro", "36.04", "", True, [
        ("pot-gerabah-30", "Pot Gerabah Tanah Liat diameter 30 cm", "pcs", 35000, 600, 7),
        ("kendi-gerabah", "Kendi Gerabah Bumijaya", "pcs", 40000, 300, 7),
        ("celengan-gerabah", "Celengan Gerabah bentuk Badak", "pcs", 25000, 400, 7),
    ]),
    ("KR4", "Souvenir Akrilik & Plakat Cikupa", "mikro", "36.03", "", True, [
        ("plakat-akrilik-15x20", "Plakat Akrilik Custom 15x20 cm + box", "pcs", 165000, 300, 5),
        ("gantungan-akrilik", "Gantungan Kunci Akrilik Custom", "pcs", 5000, 5000, 5),
        ("plakat-kayu", "Plakat Kayu Jati Ukir Logo 20x25", "pcs", 275000, 100, 10),
    ]),
    ("KR5", "Galeri Siger Sukadana", "mikro", "18.07", "", True, [
        ("miniatur-siger", "Miniatur Siger Lampung warna emas 15 cm", "pcs", 95000, 200, 10),
    ]),
    # ---------------------------------------------------------------- perhiasan
    ("PH1", "Perak Ukir Cikande", "mikro", "36.04", "", True, [
        ("bros-perak", "Bros Perak 925 motif Badak Bercula Satu", "pcs", 350000, 60, 14),
        ("gelang-perak", "Gelang Perak 925 Ukir", "pcs", 425000, 40, 14),
    ]),
    ("PH2", "Aksesoris Tapis Metro", "mikro", "18.72", "", True, [
        ("bros-tapis", "Bros Kain Tapis", "pcs", 25000, 500, 5),
        ("kalung-manik", "Kalung Manik-manik Lampung", "pcs", 35000, 300, 5),
    ]),
    ("PH3", "Mutiara Krui Pesisir", "mikro", "18.13", "", True, [
        ("kalung-mutiara", "Kalung Mutiara Air Tawar 45 cm", "pcs", 450000, 30, 14),
        ("anting-mutiara", "Anting Mutiara Tusuk", "pcs", 150000, 80, 10),
    ]),
    ("PH4", "PT Toko Mas Sinar Serang", "besar", "36.73", "", True, [
        ("cincin-emas", "Cincin Emas 24K 2 gram", "pcs", 2800000, 100, 3),
        ("cincin-perak", "Cincin Perak Batu Akik Kalimaya", "pcs", 275000, 100, 3),
    ]),
    # ---------------------------------------------------------------- furnitur
    ("FN1", "Rotan Jaya Karawang", "kecil", "32.15", "svlk", True, [
        ("kursi-rotan-set", "Kursi Rotan Teras set 2 kursi + 1 meja", "set", 1850000, 20, 21),
        ("kursi-rotan-single", "Kursi Rotan Sintetis Single", "pcs", 650000, 60, 14),
    ]),
    ("FN2", "Mebel Sekolah Jati Mandiri Malingping", "kecil", "36.02", "svlk", True, [
        ("meja-kursi-siswa", "Meja + Kursi Siswa SD kayu (1 set)", "set", 650000, 200, 21),
        ("lemari-kelas", "Lemari Kelas Kayu 2 pintu", "pcs", 1750000, 30, 21),
    ]),
    ("FN3", "Meubel Kantor Karya Tangerang", "menengah", "36.71", "sni", True, [
        ("meja-kerja-120x60", "Meja Kerja Kantor 120x60 HPL", "pcs", 1350000, 80, 14),
        ("meja-kerja-100x50", "Meja Kantor 100x50", "pcs", 950000, 80, 14),
        ("kursi-kantor-putar", "Kursi Kantor Putar Hidrolik Jaring", "pcs", 750000, 150, 10),
        ("lemari-arsip-4laci", "Filing Cabinet Kayu 4 laci", "pcs", 2100000, 40, 14),
    ]),
    ("FN4", "Bengkel Kayu Gadingrejo", "mikro", "18.10", "", True, [
        ("rak-buku-5", "Rak Buku Kayu 5 susun 80x30x180", "pcs", 850000, 40, 14),
        ("meja-lesehan", "Meja Lipat Lesehan kayu 60x40", "pcs", 95000, 300, 7),
    ]),
    # ---------------------------------------------------------------- herbal
    ("HB1", "Jamu Gendong Mbok Sri Metro", "mikro", "18.72", "pirt", True, [
        ("jamu-kunyit-asam-botol", "Jamu Kunyit Asam botol 250 ml (segar)", "botol", 8000, 1200, 1),
        ("beras-kencur-botol", "Beras Kencur botol 250 ml", "botol", 8000, 1000, 1),
    ]),
    ("HB2", "Madu Hutan Ujung Kulon Lestari", "kecil", "36.01", "halal;pirt;bpom", True, [
        ("madu-hutan-250", "Madu Hutan Asli Ujung Kulon 250 ml", "botol", 65000, 600, 5),
        ("madu-hutan-500", "Madu Hutan Asli Ujung Kulon 500 ml", "botol", 120000, 400, 5),
        ("madu-hutan-1kg", "Madu Hutan Ujung Kulon 1 kg", "botol", 220000, 200, 5),
    ]),
    ("HB3", "Peternak Lebah Sari Bunga Ciawi", "mikro", "32.01", "pirt", True, [
        ("madu-randu-500", "Madu Randu 500 gr", "botol", 85000, 500, 4),
    ]),
    ("HB4", "Herbal Sehat Pagelaran", "kecil", "18.10", "halal;bpom", True, [
        ("kapsul-jahe-merah-60", "Kapsul Jahe Merah isi 60", "botol", 55000, 800, 5),
        ("minyak-urut-sereh", "Minyak Urut Sereh 60 ml", "botol", 25000, 1000, 5),
        ("teh-kelor-20", "Teh Daun Kelor celup isi 20", "box", 30000, 600, 5),
    ]),
    ("HB5", "Temulawak Instan Mak Onah", "mikro", "36.73", "pirt", True, [
        ("temulawak-instan-200", "Temulawak Instan 200 gr", "pcs", 22000, 800, 4),
        ("kunyit-asam-instan-200", "Serbuk Kunyit Asam Instan 200gr", "pcs", 22000, 800, 4),
    ]),
    ("HB6", "Madu Barokah Anyer", "mikro", "36.04", "halal;pirt", False, [
        ("madu-hutan-500", "Madu Hutan Baduy 500 ml", "botol", 90000, 500, 3),
    ]),
    # ---------------------------------------------------------------- kosmetik
    ("KS1", "Rumah Wangi Handmade Soap", "mikro", "36.71", "bpom", True, [
        ("sabun-sereh-100", "Sabun Mandi Batang Sereh Wangi 100 gr (handmade)", "pcs", 15000, 2000, 5),
        ("lilin-aromaterapi", "Lilin Aromaterapi Lavender dalam Gelas 100 gr", "pcs", 35000, 600, 5),
        ("sabun-cair-500", "Sabun Cuci Tangan Cair 500 ml Pump", "botol", 25000, 1500, 4),
    ]),
    ("KS2", "VCO Kelapa Murni Carita", "kecil", "36.01", "halal;bpom", True, [
        ("vco-250", "Virgin Coconut Oil (VCO) 250 ml", "botol", 45000, 800, 5),
        ("vco-100", "VCO Minyak Kelapa Murni 100ml", "botol", 22000, 1200, 5),
        ("lulur-beras-kencur", "Lulur Mandi Beras Kencur 200 gr", "pcs", 30000, 500, 5),
    ]),
    ("KS3", "Sabun Susu Kambing Etawa Batanghari", "mikro", "18.07", "pirt", True, [
        ("sabun-susu-kambing-80", "Sabun Susu Kambing Etawa 80g", "pcs", 18000, 1000, 5),
    ]),
    ("KS4", "Kosmetik Herbal Cibinong", "kecil", "32.01", "halal;bpom", True, [
        ("hand-sanitizer-500", "Hand Sanitizer Gel 500 ml", "botol", 35000, 3000, 3),
        ("shampo-lidah-buaya", "Shampo Lidah Buaya 250 ml", "botol", 30000, 800, 5),
    ]),
    # ---------------------------------------------------------------- logam
    ("LG1", "Pandai Besi Golok Ciomas Pak Udin", "mikro", "36.04", "", True, [
        ("golok-ciomas", "Golok Ciomas Asli Sarung Kayu 40 cm", "pcs", 350000, 60, 14),
        ("arit", "Arit / Celurit Rumput Baja", "pcs", 65000, 300, 7),
        ("cangkul", "Cangkul Baja Tempa + gagang", "pcs", 95000, 400, 7),
    ]),
    ("LG2", "Las & Teralis Karya Mandiri Metro", "mikro", "18.72", "", True, [
        ("teralis-besi", "Teralis Jendela Besi Hollow per m2", "m2", 450000, 150, 14),
        ("pagar-besi", "Pagar Besi Minimalis per meter", "meter", 650000, 100, 14),
    ]),
    ("LG3", "Alat Pertanian Tempa Gadingrejo", "kecil", "18.10", "sni", True, [
        ("cangkul", "Pacul / Cangkul Baja SNI 2 kg", "pcs", 110000, 1000, 7),
        ("parang-kebun", "Parang Kebun Sawit", "pcs", 85000, 500, 7),
        ("dodos-sawit", "Dodos Sawit Baja", "pcs", 120000, 300, 7),
    ]),
    ("LG4", "Kerajinan Aluminium Cikampek", "kecil", "32.15", "", True, [
        ("panci-aluminium-30", "Panci Aluminium 30 cm", "pcs", 95000, 500, 5),
        ("dandang-aluminium-40", "Dandang Aluminium 40 cm", "pcs", 225000, 150, 7),
    ]),
    # ---------------------------------------------------------------- percetakan
    ("PC1", "Percetakan Mitra Grafika Serang", "kecil", "36.73", "", True, [
        ("kertas-a4-70", "Kertas HVS A4 70 gsm 1 rim", "rim", 48000, 3000, 2),
        ("kertas-f4-70", "Kertas HVS F4 70 gr 1 rim", "rim", 52000, 2000, 2),
        ("spanduk-flexi", "Cetak Spanduk Banner Flexi 280 gr per m2", "m2", 25000, 5000, 2),
    ]),
    ("PC2", "Percetakan & Undangan Pringsewu", "mikro", "18.10", "", True, [
        ("undangan-hardcover", "Cetak Undangan Hardcover", "pcs", 7500, 5000, 5),
        ("kalender-dinding", "Kalender Dinding 6 lembar custom", "pcs", 25000, 3000, 10),
        ("buku-yasin", "Buku Yasin Hardcover 160 hal", "pcs", 18000, 2000, 10),
    ]),
    ("PC3", "ATK Sejahtera Cikarang", "kecil", "32.16", "", True, [
        ("kertas-a4-80", "Kertas A4 80 gsm (1 rim isi 500)", "rim", 58000, 4000, 2),
        ("kertas-a4-70", "HVS A4 70gsm per rim", "rim", 46000, 4000, 2),
        ("map-plastik", "Map Plastik Kancing isi 12", "pack", 24000, 2000, 2),
        ("pulpen-gel-12", "Pulpen Gel Hitam 0.5 isi 12", "box", 30000, 3000, 2),
    ]),
    ("PC4", "Kemasan & Label Sukadana", "mikro", "18.07", "", True, [
        ("box-kraft", "Box Kemasan Kraft 15x15x5 custom", "pcs", 2500, 20000, 7),
        ("stiker-label", "Stiker Label Produk Vinyl per lembar A3", "lembar", 8000, 5000, 3),
        ("paper-bag-kraft", "Paper Bag Kraft 25x30 sablon logo", "pcs", 4500, 10000, 7),
    ]),
    ("PC5", "Digital Printing Cipondoh", "mikro", "36.71", "", True, [
        ("id-card-lanyard", "Cetak ID Card PVC + lanyard", "pcs", 15000, 5000, 3),
        ("sertifikat-a4", "Cetak Sertifikat A4 Art Carton 260", "lembar", 3000, 10000, 2),
    ]),
    # ---------------------------------------------------------------- pertanian
    ("PT1", "Penangkar Bibit Buah Cileles", "mikro", "36.02", "", True, [
        ("bibit-durian", "Bibit Durian Musang King Okulasi 60-80 cm", "batang", 45000, 2000, 5),
        ("bibit-alpukat", "Bibit Alpukat Aligator sambung pucuk", "batang", 35000, 2000, 5),
    ]),
    ("PT2", "Pembenihan Ikan Mina Metro", "kecil", "18.72", "", True, [
        ("benih-lele-5-7", "Benih Lele Sangkuriang 5-7 cm", "ekor", 250, 200000, 3),
        ("benih-nila", "Bibit Ikan Nila Merah 3-5 cm", "ekor", 300, 150000, 3),
    ]),
    ("PT3", "Koi & Cupang Ciseeng", "mikro", "32.01", "", True, [
        ("ikan-koi", "Ikan Koi Lokal 10-15 cm", "ekor", 25000, 1000, 3),
        ("ikan-cupang", "Ikan Cupang Halfmoon jantan", "ekor", 35000, 500, 3),
    ]),
    ("PT4", "Tanaman Hias Saketi", "mikro", "36.01", "", True, [
        ("sansevieria", "Tanaman Sansevieria (Lidah Mertua) pot 20 cm", "pot", 35000, 800, 4),
        ("monstera", "Monstera Deliciosa pot 25 cm", "pot", 75000, 300, 4),
    ]),
    ("PT5", "Pakan Mandiri Pekalongan Lamtim", "kecil", "18.07", "", True, [
        ("pakan-ayam-50", "Pakan Ayam Kampung Fermentasi 50 kg/karung", "karung", 325000, 400, 5),
        ("pelet-ikan-apung-30", "Pelet Ikan Apung Protein 30% (30 kg)", "karung", 320000, 300, 5),
    ]),
    ("PT6", "Koperasi Tani Padi Karawang", "koperasi", "32.15", "", True, [
        ("beras-premium-5", "Beras Premium Karawang 5 kg", "karung", 72000, 5000, 3),
        ("beras-premium-25", "Beras Pulen Karawang 25 kg", "karung", 340000, 2000, 3),
    ]),
    # ---------------------------------------------------------------- lainnya
    ("LN1", "Sapu Ijuk Cipocok Jaya", "mikro", "36.73", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 1500, 3),
        ("sapu-lidi", "Sapu Lidi Gagang Bambu", "pcs", 15000, 2000, 3),
        ("keset-sabut-40x60", "Keset Sabut Kelapa 40x60", "pcs", 30000, 800, 5),
    ]),
    ("LN2", "Alat Kebersihan Pasar Kemis", "mikro", "36.03", "", True, [
        ("alat-pel", "Alat Pel Lantai Kain + gagang (mop)", "pcs", 45000, 600, 3),
        ("kemoceng", "Kemoceng Bulu Ayam 60 cm", "pcs", 20000, 800, 3),
    ]),
    ("LN3", "Hampers & Tas Promosi Tambun", "kecil", "32.16", "", True, [
        ("parcel-lebaran", "Parcel Lebaran isi 10 item", "paket", 350000, 500, 7),
        ("tas-spunbond", "Tas Belanja Spunbond 40x35 sablon", "pcs", 5000, 10000, 7),
    ]),
    ("LN4", "Karya Hijau Metro", "mikro", "18.72", "", True, [
        ("tempat-sampah-pilah", "Tempat Sampah Pilah 3 warna 60 L (set)", "set", 850000, 40, 10),
    ]),
]

"""Hand-written suppliers and products of relevance-blind79 (fictional businesses, real region codes).

Each supplier: (key, name, scale, region, certificates, active, products); the key's first letter is the
category. Each product: (kind, name, unit, unit_price, capacity_per_month, lead_time_days). The *kind* is the
labeller's tag; it never reaches the CSVs.
"""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

SUPPLIERS = [
    # makanan
    ("M01", "UMKM Emping Melinjo Bu Enah Menes", "mikro", "36.01", "halal;pirt", True, [
        ("emping-melinjo", "Emping Melinjo Menes Super (mentah)", "kg", 95000, 300, 5),
        ("emping-pedas", "Emping Melinjo Pedas Manis 250 gr", "pcs", 28000, 800, 4)]),
    ("M02", "Kerupuk Ikan Juragan Karangantu", "kecil", "36.73", "pirt", True, [
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri Mentah 500gr", "pcs", 35000, 1000, 3),
        ("otak-otak", "Otak-Otak Bandeng Frozen isi 10", "pack", 30000, 600, 3)]),
    ("M03", "KWT Sejahtera Keripik Pisang", "koperasi", "18.71", "halal;pirt", True, [
        ("keripik-pisang", "Keripik Pisang Coklat Lampung 250 gr", "pcs", 22000, 2000, 3),
        ("keripik-pisang", "Kripik Pisang Kepok Asin 1 kg", "kg", 70000, 400, 3)]),
    ("M04", "Gula Kawung Cibeber", "mikro", "36.02", "pirt", True, [
        ("gula-aren-cetak", "Gula Aren Cetak Lebak (Gula Kawung) 1 kg", "kg", 38000, 500, 5),
        ("gula-semut", "Gula Semut Aren Organik 500 gr", "pcs", 35000, 300, 5)]),
    ("M05", "Ikan Asin Mak Iyah Labuan", "mikro", "36.01", "pirt", True, [
        ("ikan-asin", "Ikan Asin Jambal Roti Labuan 500 gr", "pcs", 65000, 300, 4),
        ("abon-ikan", "Abon Ikan Tongkol Pedas 100 gr", "pcs", 25000, 500, 4),
        ("ikan-asin-teri", "Ikan Teri Jengki Asin 1 kg", "kg", 110000, 200, 4)]),
    ("M06", "Sambel Bu Cicih", "mikro", "36.04", "pirt;halal", True, [
        ("sambal", "Sambel Cumi Pedas Botol 150 ml", "pcs", 32000, 600, 3),
        ("sambal", "Sambal Bawang Level 5 botol 200 gr", "pcs", 27000, 600, 3)]),
    ("M07", "Kue Satu Bi Imas", "mikro", "36.73", "pirt-expired", True, [
        ("kue-satu", "Kue Satu Kacang Hijau khas Serang toples", "toples", 35000, 300, 3),
        ("nastar", "Nastar Nanas Toples 500 gr", "toples", 85000, 200, 5)]),
    ("M08", "Keripik Singkong Cap Dua Saudara", "kecil", "36.03", "halal;pirt", True, [
        ("keripik-singkong", "Keripik Singkong Balado 1kg", "kg", 48000, 1500, 3),
        ("makaroni", "Makaroni Bantet Pedas 200gr", "pcs", 10000, 3000, 2)]),
    ("M09", "Ranginang Karawang Ibu Ratna", "mikro", "32.15", "pirt", True, [
        ("rengginang", "Rengginang Ketan Terasi Mentah 1 kg", "kg", 45000, 500, 4),
        ("opak", "Opak Ketan Bakar isi 20", "pack", 18000, 600, 3)]),
    ("M10", "PT Snack Nusantara Jaya", "besar", "36.71", "halal;bpom", True, [
        ("keripik-singkong", "Keripik Singkong Original 1 kg", "kg", 30000, 20000, 2),
        ("keripik-pisang", "Keripik Pisang Manis 1 kg", "kg", 40000, 20000, 2)]),
    # minuman
    ("N01", "KTH Sinar Harapan Kopi Tanggamus", "koperasi", "18.06", "halal;pirt", True, [
        ("kopi-robusta-tgm", "Kopi Bubuk Robusta Tanggamus 250 gr", "pcs", 35000, 1500, 5),
        ("kopi-biji", "Kopi Robusta Roasted Bean 1 kg", "kg", 120000, 500, 7)]),
    ("N02", "Kopi Sumber Jaya Lampung Barat", "mikro", "18.04", "pirt", True, [
        ("kopi-luwak", "Kopi Luwak Liar Bubuk 100 gr", "pcs", 150000, 100, 7),
        ("kopi-robusta-lbr", "Robusta Lampung Barat Premium bubuk 500 gr", "pcs", 60000, 600, 5)]),
    ("N03", "Kopi Gunung Karang", "mikro", "36.01", "pirt", True, [
        ("kopi-robusta-pdg", "Kopi Bubuk Robusta Gunung Karang 200 gr", "pcs", 30000, 400, 4)]),
    ("N04", "Minuman Tradisional Bu Tati", "mikro", "36.04", "pirt;halal", True, [
        ("jahe-instan", "Jahe Merah Instan Serbuk 250 gr", "pcs", 25000, 800, 3),
        ("sari-pala", "Sari Buah Pala Banten 250 ml", "pcs", 9000, 2000, 3)]),
    ("N05", "CV Tirta Cibaliung", "kecil", "36.01", "halal;bpom;sni", True, [
        ("amdk-gelas", "Air Mineral Gelas 220 ml (1 dus isi 48)", "dus", 22000, 5000, 2),
        ("amdk-botol", "Air Minum Dalam Kemasan Botol 600 ml isi 24", "dus", 42000, 3000, 2)]),
    ("N06", "KWT Melati Metro", "koperasi", "18.72", "pirt", True, [
        ("teh-rosela", "Teh Bunga Rosella Kering 50 gr", "pcs", 20000, 500, 4),
        ("teh-serai", "Teh Celup Sereh Wangi isi 20", "box", 18000, 500, 4)]),
    ("N07", "Kakao Pesawaran", "mikro", "18.09", "pirt", True, [
        ("cokelat-bubuk", "Bubuk Cokelat Murni Pesawaran 250 gr", "pcs", 45000, 300, 5)]),
    # jasa-boga (perishable)
    ("J01", "Katering Dapur Hj. Nunung", "kecil", "36.04", "halal", True, [
        ("nasi-kotak", "Nasi Box Ayam Bakar + Lalapan", "box", 30000, 3000, 2),
        ("snack-box", "Snack Box isi 3 kue basah", "box", 12000, 3000, 1)]),
    ("J02", "Catering Pandeglang Barokah", "mikro", "36.01", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Menu Ikan Bakar", "box", 28000, 1200, 2),
        ("pmt-bubur", "Bubur Kacang Hijau (PMT Balita) per cup", "porsi", 6000, 2000, 1)]),
    ("J03", "Nasi Liwet Teh Euis", "mikro", "36.02", "", True, [
        ("nasi-liwet", "Nasi Liwet Komplit (Liwetan) per porsi", "porsi", 25000, 800, 1),
        ("prasmanan", "Paket Prasmanan 100 orang", "paket", 3500000, 10, 5)]),
    ("J04", "Dapur Sehat Posyandu Mawar", "mikro", "36.04", "", True, [
        ("pmt-balita", "PMT Balita: Nugget Ayam Sayur + Puding (per paket)", "paket", 10000, 1500, 1)]),
    ("J05", "Catering Mbak Yuli", "kecil", "18.71", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Goreng Lampung", "box", 27000, 2000, 2),
        ("tumpeng-mini", "Nasi Tumpeng Mini 1 porsi", "pcs", 35000, 500, 2)]),
    ("J06", "Katering Aisyah Cilegon", "menengah", "36.72", "halal", True, [
        ("nasi-kotak", "Nasi Box Rendang", "box", 35000, 5000, 2),
        ("snack-box", "Kue Kotak (Snack Box) 2 kue + air mineral", "box", 10000, 5000, 1)]),
    ("J07", "Tumpeng & Nasi Uduk Bu Sari", "mikro", "36.73", "", True, [
        ("tumpeng", "Tumpeng Nasi Kuning Besar 30 porsi", "pcs", 650000, 30, 3),
        ("nasi-uduk", "Nasi Uduk Bungkus + Telur", "bungkus", 12000, 1500, 1)]),
    ("J08", "Katering Nusa Indah Metro", "mikro", "18.72", "halal", True, [
        ("snack-box", "Snack Box Rapat isi 4 (risol, lemper, bolu, pisang)", "box", 15000, 1500, 1),
        ("nasi-kotak", "Nasi Kotak Paket Ayam Bakar Metro", "box", 25000, 1000, 2)]),
    # fesyen
    ("F01", "Sanggar Batik Krakatoa", "kecil", "36.73", "batikmark", True, [
        ("batik-tulis-banten", "Kain Batik Tulis Motif Banten (Datulaya) 2 m", "lembar", 750000, 40, 14),
        ("batik-cap-banten", "Batik Cap Motif Surosowan kain 2 meter", "lembar", 180000, 400, 7),
        ("kemeja-batik", "Kemeja Batik Banten Lengan Panjang Pria", "pcs", 225000, 300, 14)]),
    ("F02", "Tapis Ina Bakhi", "mikro", "18.71", "", True, [
        ("tapis", "Kain Tapis Lampung Motif Pucuk Rebung (benang emas)", "lembar", 1250000, 20, 21),
        ("tapis-selendang", "Selendang Tapis Sulam Usus", "pcs", 350000, 60, 14),
        ("tas-tapis", "Tas Tapis Lampung Clutch", "pcs", 150000, 100, 10)]),
    ("F03", "Konveksi Seragam Bintang Karawaci", "kecil", "36.71", "", True, [
        ("seragam-linmas", "Seragam Linmas Lengkap (PDL + Topi) set", "set", 285000, 500, 21),
        ("pdh", "Pakaian Dinas Harian (PDH) Khaki Jahit Ukur", "stel", 275000, 400, 21),
        ("kaos-polo", "Kaos Polo Bordir Logo Instansi", "pcs", 75000, 1500, 14)]),
    ("F04", "Konveksi Rangkasbitung Jaya", "mikro", "36.02", "", True, [
        ("kaos-sablon", "Kaos Oblong Sablon Cotton Combed 30s", "pcs", 55000, 1000, 10),
        ("rompi", "Rompi Relawan / Rompi Satgas Bordir", "pcs", 90000, 400, 10)]),
    ("F05", "Sinar Sandal Cikarang", "mikro", "32.16", "", True, [
        ("sandal-hotel", "Sandal Hotel Spons Custom Logo", "pasang", 6000, 5000, 10),
        ("sandal-kulit", "Sandal Kulit Pria Slip On", "pasang", 120000, 200, 10)]),
    ("F06", "Mukena Annisa Metro", "mikro", "18.72", "", True, [
        ("mukena", "Mukena Katun Rayon Dewasa", "pcs", 150000, 200, 10),
        ("kerudung", "Kerudung Segi Empat Seragam Paris", "pcs", 35000, 800, 7)]),
    ("F07", "PT Garmen Indah Sentosa", "besar", "32.16", "", True, [
        ("seragam-linmas", "Seragam Linmas Lengkap PDL", "set", 200000, 10000, 14)]),
    ("F08", "Batik Cahaya Lebak", "mikro", "36.02", "batikmark", False, [
        ("batik-tulis-banten", "Batik Tulis Lebak Motif Seren Taun", "lembar", 600000, 30, 14)]),
    ("F09", "Batik Cap Pusaka Kramatwatu", "mikro", "36.04", "", True, [
        ("batik-cap-banten", "Batik Cap Banten Motif Sabakingking 2 m", "lembar", 150000, 500, 7)]),
    # kerajinan
    ("K01", "Anyaman Bambu Kanekes", "mikro", "36.02", "", True, [
        ("tas-koja", "Tas Koja Baduy (anyaman kulit kayu teureup)", "pcs", 85000, 200, 10),
        ("besek", "Besek Bambu 20x20 tutup", "pcs", 4000, 3000, 7),
        ("boboko", "Boboko / Bakul Nasi Anyaman Bambu", "pcs", 25000, 300, 7)]),
    ("K02", "Anyaman Pandan Carita", "mikro", "36.01", "", True, [
        ("tikar-pandan", "Tikar Pandan Lipat 2x3 m", "lembar", 120000, 100, 10),
        ("tas-pandan", "Tas Anyaman Pandan Motif Tenun (Tote)", "pcs", 60000, 300, 10)]),
    ("K03", "Gerabah Bumi Jaya Ciruas", "mikro", "36.04", "", True, [
        ("pot-gerabah", "Pot Gerabah Tanah Liat Diameter 30 cm", "pcs", 35000, 500, 7),
        ("kendi", "Kendi Gerabah Hias", "pcs", 45000, 300, 7),
        ("celengan", "Celengan Gerabah Bentuk Ayam", "pcs", 20000, 500, 7)]),
    ("K04", "Suvenir Siger Bandar Lampung", "kecil", "18.71", "", True, [
        ("miniatur-siger", "Miniatur Siger Kayu Ukir 30 cm", "pcs", 175000, 150, 14),
        ("gantungan-akrilik", "Gantungan Kunci Akrilik Custom Logo", "pcs", 5000, 5000, 7)]),
    ("K05", "Ukir Kayu Menara Banten", "mikro", "36.73", "", True, [
        ("miniatur-menara", "Miniatur Menara Masjid Agung Banten (Kayu)", "pcs", 150000, 120, 14),
        ("plakat-kayu", "Plakat Kayu Jati Ukir + Grafir Nama", "pcs", 250000, 100, 10)]),
    ("K06", "Anyaman Bambu Sukadana", "mikro", "18.07", "", True, [
        ("caping", "Caping Bambu Petani", "pcs", 18000, 600, 7),
        ("tampah", "Tampah / Nyiru Bambu Diameter 50", "pcs", 20000, 500, 7)]),
    ("K07", "Kerang Anyer Art", "mikro", "36.04", "", True, [
        ("hiasan-kerang", "Hiasan Dinding Kerang Laut", "pcs", 75000, 200, 10)]),
    # perhiasan
    ("P01", "Perak Banten Lama", "mikro", "36.73", "", True, [
        ("bros-perak", "Bros Perak 925 Motif Menara Banten", "pcs", 275000, 100, 14),
        ("cincin-perak", "Cincin Perak Batu Akik Banten", "pcs", 200000, 100, 14)]),
    ("P02", "Aksesoris Tapis Bunda", "mikro", "18.71", "", True, [
        ("kalung-manik", "Kalung Manik-manik Etnik Lampung", "pcs", 45000, 300, 7),
        ("bros-tapis", "Bros Tapis Lampung (Pin Jilbab)", "pcs", 25000, 500, 7)]),
    ("P03", "Mutiara Pesisir Krui", "mikro", "18.13", "", True, [
        ("gelang-akar-bahar", "Gelang Akar Bahar Asli", "pcs", 85000, 200, 7),
        ("kalung-mutiara", "Kalung Mutiara Air Tawar", "pcs", 250000, 80, 10)]),
    ("P04", "PT Logam Mulia Cahaya", "besar", "36.71", "", True, [
        ("liontin-emas", "Liontin Emas 17K Motif Menara", "pcs", 1500000, 500, 7)]),
    # furnitur
    ("U01", "Rotan Jaya Tangerang", "kecil", "36.03", "", True, [
        ("kursi-rotan", "Kursi Rotan Sintetis Teras (set 2 kursi + meja)", "set", 1750000, 30, 21),
        ("sofa-rotan", "Sofa Rotan Natural 3 Dudukan", "pcs", 3200000, 10, 30)]),
    ("U02", "Mebel Mahoni Pringsewu", "mikro", "18.10", "svlk", True, [
        ("meja-siswa", "Meja Siswa Kayu Mahoni (Meja Sekolah 1 orang)", "pcs", 450000, 200, 21),
        ("kursi-siswa", "Kursi Siswa Kayu", "pcs", 275000, 250, 21),
        ("lemari-arsip", "Lemari Arsip Kayu 2 Pintu", "pcs", 2100000, 20, 30)]),
    ("U03", "Meubel Sekolah Pandeglang Mandiri", "mikro", "36.01", "svlk", True, [
        ("meja-siswa", "Meja Belajar Siswa SD (Kayu Sengon)", "pcs", 350000, 150, 21),
        ("papan-tulis", "Papan Tulis Whiteboard Rangka Kayu 120x240", "pcs", 850000, 40, 14)]),
    ("U04", "Meubel Besi Karya Las Cilegon", "kecil", "36.72", "sni", True, [
        ("rak-besi", "Rak Besi Siku Lubang 5 Susun", "pcs", 650000, 80, 10),
        ("kursi-tunggu", "Kursi Tunggu Besi 3 Dudukan (Kursi Bandara)", "pcs", 1350000, 40, 14)]),
    ("U05", "Bambu Furniture Lebak", "mikro", "36.02", "", True, [
        ("bale-bambu", "Bale-Bale Bambu (Saung Duduk)", "pcs", 750000, 20, 14),
        ("kursi-bambu", "Kursi Bambu Santai", "pcs", 250000, 60, 10)]),
    # herbal
    ("H01", "Jamu Mbok Sumi Metro", "mikro", "18.72", "pirt", True, [
        ("jamu-botol", "Jamu Kunyit Asam Botol 250 ml", "botol", 8000, 1500, 1),
        ("jamu-botol", "Jamu Beras Kencur Botol 250 ml", "botol", 8000, 1500, 1)]),
    ("H02", "Sari Alam Herbal Kragilan", "kecil", "36.04", "pirt;halal", True, [
        ("temulawak-instan", "Temulawak Instan Serbuk 200 gr", "pcs", 28000, 1000, 3),
        ("wedang-uwuh", "Wedang Uwuh Empon-empon kering sachet", "box", 25000, 600, 3)]),
    ("H03", "Madu Hutan Baduy", "mikro", "36.02", "pirt", True, [
        ("madu-hutan", "Madu Hutan Murni Lebak 500 ml", "botol", 125000, 300, 5)]),
    ("H04", "KWT Apotek Hidup Tanggamus", "koperasi", "18.06", "bpom", True, [
        ("kapsul-sirsak", "Kapsul Daun Sirsak isi 60", "botol", 55000, 400, 5),
        ("minyak-sereh", "Minyak Sereh Wangi 30 ml", "botol", 25000, 500, 5)]),
    ("H05", "Madu Apis Cerana Way Kanan", "mikro", "18.08", "pirt", True, [
        ("madu-hutan", "MADU HUTAN ASLI LAMPUNG 1 KG", "kg", 180000, 200, 5)]),
    # kosmetik
    ("S01", "Sabun Herbal Serai Wangi Pringsewu", "mikro", "18.10", "bpom", True, [
        ("sabun-batang", "Sabun Mandi Batang Sereh Wangi 100 gr", "pcs", 15000, 2000, 5),
        ("sabun-cuci-tangan", "Sabun Cuci Tangan Cair Refill 5 Liter", "jerigen", 120000, 200, 5)]),
    ("S02", "Sinar Lavender Home Scent", "mikro", "36.74", "", True, [
        ("lilin-aroma", "Lilin Aromaterapi Gelas Kaca 100 gr (Scented Candle)", "pcs", 45000, 500, 7),
        ("sabun-batang", "Sabun Susu Kambing Etawa Handmade", "pcs", 18000, 800, 7)]),
    ("S03", "VCO Kelapa Murni Pandeglang", "kecil", "36.01", "bpom", True, [
        ("vco", "Minyak Kelapa Murni (VCO) 250 ml", "botol", 45000, 500, 5),
        ("lulur", "Lulur Mandi Beras Kencur 200 gr", "pcs", 30000, 400, 5)]),
    ("S04", "Lip Care Kakao Pesawaran", "mikro", "18.09", "", True, [
        ("lip-balm", "Lip Balm Cokelat Pesawaran 10 gr", "pcs", 20000, 600, 5)]),
    # logam
    ("L01", "Pandai Besi Golok Ciomas Pusaka", "mikro", "36.04", "", True, [
        ("golok-ciomas", "Golok Ciomas Asli Sarangka Kayu", "pcs", 350000, 60, 14),
        ("arit", "Arit / Sabit Rumput Baja Per", "pcs", 65000, 300, 7)]),
    ("L02", "Pande Besi Tani Makmur Gunung Sugih", "mikro", "18.02", "", True, [
        ("cangkul", "Cangkul Baja Tempa + Gagang", "pcs", 95000, 400, 7),
        ("parang", "Parang Kebun Tempa 16 inch", "pcs", 110000, 300, 7),
        ("arit", "Sabit Padi Bergerigi", "pcs", 35000, 500, 7)]),
    ("L03", "Bengkel Las Teralis Karya Mandiri", "kecil", "36.73", "sni", True, [
        ("teralis", "Teralis Jendela Besi Minimalis per m2", "m2", 450000, 100, 14),
        ("pagar-besi", "Pagar Besi Hollow Galvanis per meter", "meter", 650000, 80, 14),
        ("tong-sampah-besi", "Tempat Sampah Besi Plat 3 Pilah", "unit", 1250000, 20, 14)]),
    ("L04", "Kuningan Juara Tangerang", "kecil", "36.71", "", True, [
        ("medali", "Medali Juara Logam Kuningan + Tali", "pcs", 25000, 3000, 10),
        ("plakat-kuningan", "Plakat Kuningan Etsa Kayu Jati", "pcs", 325000, 100, 14)]),
    ("L05", "PT Baja Perkakas Nusantara", "besar", "32.16", "sni", True, [
        ("cangkul", "Cangkul Baja SNI", "pcs", 60000, 20000, 7)]),
    # percetakan
    ("C01", "Percetakan Sinar Pandeglang", "kecil", "36.01", "", True, [
        ("spanduk", "Cetak Spanduk / Banner Flexi 280 gr per m2", "m2", 25000, 3000, 2),
        ("undangan", "Cetak Undangan Hardcover", "pcs", 5500, 5000, 7),
        ("stiker", "Stiker Vinyl Label Produk A3+", "lembar", 12000, 2000, 3)]),
    ("C02", "CV Cahaya Offset Serang", "kecil", "36.73", "iso-9001", True, [
        ("buku-agenda", "Buku Agenda Hardcover Logo Instansi", "pcs", 65000, 1000, 14),
        ("map-batik", "Map Batik Logo Pemda", "pcs", 8000, 5000, 10),
        ("kop-surat", "Kertas Kop Surat Cetak A4 80gsm per rim", "rim", 275000, 200, 7),
        ("kalender", "Kalender Dinding 2027 Full Color", "pcs", 22000, 3000, 14)]),
    ("C03", "ATK & Fotocopy Berkah Rangkasbitung", "mikro", "36.02", "", True, [
        ("hvs-a4", "Kertas HVS A4 70 gram (1 rim)", "rim", 52000, 1000, 2),
        ("pulpen", "Pulpen Standard AE7 Hitam (1 lusin)", "lusin", 25000, 500, 1),
        ("map-plastik", "Map Plastik Kancing isi 12", "pak", 24000, 500, 1),
        ("amplop", "Amplop Putih Polos 110 (1 box isi 100)", "box", 30000, 400, 1)]),
    ("C04", "Kemasan UMKM Box Lampung", "mikro", "18.71", "", True, [
        ("box-kraft", "Box Kemasan Kraft Custom Sablon 20x20", "pcs", 3500, 10000, 10),
        ("standing-pouch", "Standing Pouch Kraft Window 250 gr", "pcs", 1500, 20000, 7)]),
    ("C05", "Sablon & Digital Printing Metro", "mikro", "18.72", "", True, [
        ("id-card", "ID Card PVC + Lanyard Sablon", "pcs", 15000, 2000, 5),
        ("spanduk", "Banner / Baliho MMT Outdoor per meter", "m2", 22000, 2000, 2)]),
    # pertanian
    ("T01", "Penangkar Bibit Sinar Tani Lebak", "mikro", "36.02", "", True, [
        ("bibit-durian", "Bibit Durian Musang King Okulasi 80 cm", "pohon", 45000, 1000, 7),
        ("bibit-manggis", "Bibit Manggis Sambung 50 cm", "pohon", 40000, 800, 7),
        ("bibit-kelapa", "Bibit Kelapa Genjah Entok", "pohon", 35000, 800, 7)]),
    ("T02", "Kebun Bibit Rakyat Pringsewu", "koperasi", "18.10", "", True, [
        ("bibit-durian-montong", "BIBIT DURIAN MONTONG UNGGUL TINGGI 1 METER", "pohon", 55000, 1500, 7),
        ("bibit-alpukat", "Bibit Alpukat Miki Okulasi", "pohon", 45000, 1000, 7),
        ("bibit-kopi", "Bibit Kopi Robusta Sambung Pucuk (polybag)", "pohon", 3500, 20000, 7)]),
    ("T03", "Peternakan Kambing Etawa Berkah Saketi", "mikro", "36.01", "", True, [
        ("kambing", "Kambing PE Betina Siap Kawin", "ekor", 2500000, 30, 7)]),
    ("T04", "Ayam Kampung KUB Cikande", "mikro", "36.04", "", True, [
        ("ayam-kub", "Ayam Kampung KUB Umur 2 Bulan", "ekor", 45000, 1500, 7),
        ("doc-kub", "DOC Ayam Kampung Unggul (KUB) per ekor", "ekor", 8500, 5000, 5)]),
    ("T05", "Koperasi Tani Mulya Pupuk Organik", "koperasi", "18.07", "", True, [
        ("pupuk-organik", "Pupuk Kompos Organik Granul karung 40 kg", "karung", 45000, 2000, 5),
        ("pupuk-organik", "Pupuk Kandang Kotoran Kambing Fermentasi 25 kg", "karung", 25000, 1500, 5)]),
    ("T06", "Pakan Ternak Mandiri Metro", "mikro", "18.72", "", True, [
        ("pakan-ayam", "Pakan Ayam Fermentasi (Konsentrat) 50 kg", "karung", 300000, 300, 5),
        ("pakan-kambing", "Pakan Kambing Konsentrat 25 kg", "karung", 120000, 300, 5)]),
    ("T07", "Cupang & Koi Cipondoh", "mikro", "36.71", "", True, [
        ("koi", "Ikan Koi Lokal 10-12 cm", "ekor", 15000, 2000, 3),
        ("cupang", "Ikan Cupang Hias Halfmoon Jantan", "ekor", 25000, 1000, 3)]),
    ("T08", "Pokdakan Mina Sejahtera Karawang", "koperasi", "32.15", "", True, [
        ("benih-nila", "Benih Ikan Nila Merah 5-7 cm", "ekor", 300, 100000, 5),
        ("benih-lele", "Benih Lele Sangkuriang 7-9 cm", "ekor", 250, 100000, 5)]),
    ("T09", "Tanaman Hias Bogor Asri", "mikro", "32.01", "", True, [
        ("tanaman-hias", "Tanaman Hias Monstera (Janda Bolong) pot 20", "pot", 60000, 500, 5),
        ("tanaman-hias", "Anggrek Dendrobium Berbunga", "pot", 85000, 300, 5)]),
    ("T10", "Bibit Manggis Sari Pandeglang", "mikro", "36.01", "", False, [
        ("bibit-manggis", "Bibit Manggis Sambung Pandeglang", "pohon", 30000, 1000, 7)]),
    # lainnya
    ("X01", "KUB Sapu Ijuk Cimanuk", "mikro", "36.01", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 22000, 1000, 5),
        ("sapu-lidi", "Sapu Lidi Kelapa Gagang", "pcs", 12000, 1500, 3),
        ("keset-sabut", "Keset Sabut Kelapa 40x60", "pcs", 30000, 500, 5)]),
    ("X02", "Berkah Clean Cilegon", "mikro", "36.72", "", True, [
        ("karbol", "Karbol Wangi Cairan Pembersih Lantai 5 liter", "jerigen", 65000, 500, 3),
        ("sabun-serbaguna", "Sabun Cuci Serbaguna Cair 5 L", "jerigen", 55000, 500, 3),
        ("alat-pel", "Alat Pel Lantai + Kain Pel Microfiber", "set", 75000, 300, 5)]),
    ("X03", "Warung Sembako Berkah Malingping", "kecil", "36.02", "", True, [
        ("sembako", "Paket Sembako (beras 5 kg, minyak 2 L, gula 1 kg, mi instan 5)", "paket", 150000, 2000, 3)]),
    ("X04", "Sehat Sentosa Alat Posyandu", "mikro", "36.73", "", True, [
        ("dacin", "Timbangan Bayi Dacin 25 kg", "pcs", 350000, 50, 7),
        ("ape", "APE / Alat Permainan Edukatif Kayu PAUD", "set", 250000, 100, 10)]),
    ("X05", "Promosi Kreatif Cikarang", "mikro", "32.16", "", True, [
        ("payung", "Payung Lipat Custom Logo", "pcs", 55000, 1000, 14),
        ("tumbler", "Tumbler Stainless Custom Grafir 500 ml", "pcs", 45000, 1000, 10)]),
]

# Kinds produced and eaten within days: capacity must cover the whole quantity in one month, and the
# label keeps only producers in the need's kabupaten/kota when any qualifies, else its province.
PERISHABLE = {"nasi-kotak", "snack-box", "pmt-bubur", "nasi-liwet", "prasmanan", "pmt-balita", "tumpeng-mini",
              "tumpeng", "nasi-uduk"}

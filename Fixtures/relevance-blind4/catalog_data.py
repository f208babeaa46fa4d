"""Hand-written suppliers and products of relevance-blind4 (fictional; real Kemendagri region codes).

Each supplier: (key, name, scale, region, certificates, active, products); the key's letter is the category.
Each product: (kind, name as the IKM writes it, unit, unit_price, capacity_per_month, lead_time_days).
The kind is the labeller's tag; it never reaches the CSVs.
"""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Made and eaten the same day or week: the whole quantity in one month, from the need's kabupaten/kota
# when any maker there qualifies, else its province.
PERISHABLE = {"nasi-kotak", "snack-box", "nasi-liwet", "prasmanan", "coffee-break", "tumpeng", "jamu-kunyit"}

SUPPLIERS = [
    ("M1", "UMKM Kerupuk Ikan Bu Enah", "mikro", "36.04", "halal;pirt", True, [
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri Mentah 500 gr", "pcs", 28000, 600, 4),
        ("otak-otak-beku", "Otak-otak Bandeng Frozen isi 20", "pack", 45000, 300, 3)]),
    ("M2", "Sambal Cumi Teh Ratna", "mikro", "36.71", "pirt", True, [
        ("sambal-cumi", "Sambal Cumi Asin Botol 200 ml", "pcs", 38000, 400, 5),
        ("sambal-bawang", "Sambel Bawang Pedas Jar 150 gr", "pcs", 25000, 500, 5)]),
    ("M3", "KWT Sinar Tanggamus", "koperasi", "18.06", "halal;pirt", True, [
        ("keripik-pisang", "Keripik Pisang Kepok Manis 250 gr", "bks", 18000, 1000, 5),
        ("lanting", "Lanting Singkong Bawang 250 gr", "bks", 15000, 800, 5)]),
    ("M4", "Dapur Bumbu Mak Iyah", "kecil", "32.16", "halal", True, [
        ("bumbu-pecel", "Bumbu Pecel Kacang 500 gr", "pcs", 30000, 500, 4),
        ("bumbu-rendang", "Bumbu Rendang Instan 250 gr", "pcs", 22000, 600, 4)]),
    ("M5", "Gipang & Emping Pandeglang Mandiri", "mikro", "36.01", "pirt-expired", True, [
        ("gipang", "Gipang Beras Ketan Gula Merah 500 gr", "pcs", 25000, 300, 5)]),
    ("M6", "Abon Tongkol Labuan Bahari", "mikro", "36.01", "halal;pirt", True, [
        ("abon-tongkol", "Abon Ikan Tongkol Pedas 100 gr", "pcs", 30000, 600, 5)]),
    ("M7", "PT Snack Nusantara Raya", "besar", "36.03", "halal;bpom;iso-9001", True, [
        ("keripik-pisang", "Keripik Pisang Coklat 200 gr", "bks", 12000, 50000, 3)]),
    ("N1", "Kopi Robusta Ulubelu", "kecil", "18.06", "halal;pirt", True, [
        ("kopi-robusta-bubuk", "Kopi Bubuk Robusta Tanggamus 250 gr", "pcs", 35000, 800, 5),
        ("kopi-robusta-biji", "Kopi Robusta Biji Sangrai (Roasted Bean) 1 kg", "kg", 140000, 200, 5)]),
    ("N2", "Kakao Pesawaran Lestari", "mikro", "18.09", "pirt", True, [
        ("cokelat-bubuk", "Bubuk Cokelat Murni Kakao Pesawaran 250 gr", "pcs", 45000, 300, 5)]),
    ("N3", "Sirup Pala & Wedang Bogor", "mikro", "32.01", "pirt;halal", True, [
        ("sirup-pala", "Sirup Pala Asli Bogor 600 ml", "btl", 35000, 400, 5),
        ("wedang-jahe", "Wedang Jahe Merah Instan Sachet isi 10", "pak", 20000, 600, 4)]),
    ("N4", "Teh Rosella Cimarga", "mikro", "36.02", "pirt", True, [
        ("teh-rosella", "Teh Rosella Kering 50 gr", "pcs", 25000, 300, 5)]),
    ("N5", "CV Air Pegunungan Karang", "kecil", "36.01", "bpom;halal;sni", True, [
        ("amdk-gelas", "Air Mineral Gelas 220 ml (1 dus isi 48)", "dus", 22000, 2000, 2),
        ("amdk-botol", "Air Mineral Botol 600 ml isi 24", "dus", 45000, 1500, 2)]),
    ("J1", "Katering Berkah Ibu Tuti", "kecil", "36.73", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar + Lalapan", "porsi", 35000, 2500, 2),
        ("snack-box", "Snack Box isi 3 Kue Basah", "box", 15000, 2500, 2)]),
    ("J2", "Dapur Nasi Liwet Teh Imas", "mikro", "36.04", "halal", True, [
        ("nasi-liwet", "Nasi Liwet Komplit Tampah (10 orang)", "tampah", 350000, 100, 2),
        ("nasi-kotak", "Nasi Box Ayam Goreng Kremes", "porsi", 30000, 800, 2)]),
    ("J3", "Pondok Katering Pringsewu", "mikro", "18.10", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Rendang", "porsi", 38000, 1200, 2),
        ("prasmanan", "Prasmanan Paket Menu Nusantara per pax", "pax", 65000, 1500, 5)]),
    ("J4", "Jajan Pasar & Tumpeng Ci Lina", "mikro", "36.71", "", True, [
        ("snack-box", "Kue Kotak Jajan Pasar 4 macam", "box", 17000, 1500, 2),
        ("tumpeng", "Tumpeng Nasi Kuning Mini", "pcs", 45000, 200, 2)]),
    ("J5", "Catering Sehat Karawang", "menengah", "32.15", "halal", True, [
        ("nasi-kotak", "Nasi Box Menu Rapat (Ayam, Sayur, Buah)", "porsi", 40000, 2500, 2),
        ("coffee-break", "Paket Coffee Break (Kopi/Teh + 2 Kue)", "pax", 25000, 2000, 2)]),
    ("J6", "Kantin Bu Ros Metro", "mikro", "18.72", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ikan Bakar", "porsi", 35000, 400, 2),
        ("snack-box", "Snack Box Rapat", "box", 15000, 500, 2)]),
    ("F1", "Sanggar Tapis Siger Pringsewu", "mikro", "18.10", "", True, [
        ("kain-tapis", "Kain Tapis Lampung Motif Pucuk Rebung Benang Emas", "lembar", 1250000, 10, 30),
        ("selendang-tapis", "Selendang Tapis Sulam Usus", "lembar", 350000, 30, 14)]),
    ("F2", "Rumah Batik Banten Sultan", "kecil", "36.73", "batikmark", True, [
        ("batik-tulis-banten", "Kain Batik Tulis Banten Motif Datulaya 2 m", "lembar", 850000, 20, 21),
        ("batik-cap-banten", "Kain Batik Cap Banten 2 m", "lembar", 225000, 200, 10),
        ("kemeja-batik", "Kemeja Batik Cap Lengan Panjang Pria", "pcs", 185000, 300, 10)]),
    ("F3", "Konveksi Seragam Maju Jaya", "kecil", "36.03", "", True, [
        ("seragam-pdh", "Seragam PDH Khaki Drill (Kemeja+Celana)", "stel", 275000, 600, 21),
        ("kaos-polo", "Kaos Polo Shirt Lacoste CVC Bordir Logo", "pcs", 85000, 1500, 14),
        ("rompi", "Rompi Lapangan Drill Bordir", "pcs", 120000, 500, 14)]),
    ("F4", "Bekasi Sablon Printing", "mikro", "32.16", "", True, [
        ("kaos-sablon", "Kaos Oblong Cotton Combed 30s Sablon DTF", "pcs", 55000, 2000, 7)]),
    ("F5", "Sepatu & Sandal Kulit Ciomas Bogor", "kecil", "32.01", "sni", True, [
        ("sepatu-pantofel", "Sepatu Pantofel Kulit Sapi Pria", "pasang", 325000, 200, 14),
        ("sandal-hotel", "Sandal Hotel Spons Putih Custom Logo", "pasang", 6000, 5000, 10)]),
    ("F6", "Tas Seminar Spunbond Karawang", "mikro", "32.15", "", True, [
        ("tas-spunbond", "Tas Spunbond 75 gsm ukuran 30x40 Sablon 1 Warna", "pcs", 4500, 10000, 7),
        ("tas-kanvas", "Tote Bag Kanvas Resleting", "pcs", 28000, 2000, 7)]),
    ("F7", "PT Garmen Serang Sejahtera", "besar", "36.04", "iso-9001", True, [
        ("seragam-pdh", "Seragam PDH Pegawai Bahan American Drill", "stel", 190000, 20000, 14)]),
    ("K1", "Anyaman Pandan Cibaliung", "mikro", "36.01", "", True, [
        ("tikar-pandan", "Tikar Pandan Anyam 150x200", "lembar", 85000, 100, 10),
        ("tas-pandan", "Tas Anyaman Pandan Motif Badui", "pcs", 65000, 200, 10),
        ("kotak-tisu-pandan", "Kotak Tisu Anyaman Pandan", "pcs", 25000, 300, 7)]),
    ("K2", "Gerabah Bumijaya", "mikro", "36.04", "", True, [
        ("gerabah-pot", "Pot Gerabah Tanah Liat Diameter 30 cm", "pcs", 35000, 500, 7),
        ("gerabah-kendi", "Kendi Gerabah Hias", "pcs", 45000, 200, 7),
        ("celengan", "Celengan Gerabah Karakter", "pcs", 15000, 500, 7)]),
    ("K3", "Kerajinan Baduy Leuwidamar", "mikro", "36.02", "", True, [
        ("tas-koja", "Tas Koja Baduy Serat Kayu Teureup", "pcs", 75000, 200, 10),
        ("besek", "Besek Bambu 20x20 (isi 10)", "pak", 25000, 1000, 5)]),
    ("K4", "Souvenir Akrilik & Plakat Tangerang", "kecil", "36.71", "", True, [
        ("plakat-akrilik", "Plakat Akrilik Custom 15x20 cm Box Beludru", "pcs", 185000, 300, 7),
        ("gantungan-akrilik", "Gantungan Kunci Akrilik Custom Logo", "pcs", 5000, 5000, 7),
        ("plakat-kayu", "Plakat Kayu Jati Grafir Laser", "pcs", 225000, 150, 10)]),
    ("K5", "Boneka & Miniatur Badak Ujung Kulon", "mikro", "36.01", "", True, [
        ("boneka-badak", "Boneka Badak Jawa Dacron 25 cm", "pcs", 55000, 300, 10),
        ("miniatur-badak", "Miniatur Badak Jawa Resin", "pcs", 95000, 100, 14)]),
    ("K6", "Kriya Kayu Lampung Timur", "mikro", "18.07", "svlk", True, [
        ("miniatur-kapal", "Miniatur Kapal Kayu Pinisi 40 cm", "pcs", 250000, 40, 14)]),
    ("P1", "Galeri Aksesoris Siger Metro", "mikro", "18.72", "", True, [
        ("bros-siger", "Bros Siger Lampung Lapis Emas", "pcs", 45000, 500, 7),
        ("kalung-etnik", "Kalung Etnik Manik Tapis", "pcs", 60000, 200, 7)]),
    ("P2", "Gelang Kaukah & Tasbih Pandeglang", "mikro", "36.01", "", True, [
        ("gelang-kaukah", "Gelang Kaukah Asli Kayu Laut", "pcs", 35000, 400, 7),
        ("tasbih-kayu", "Tasbih Kayu Kokka 33 butir", "pcs", 50000, 300, 7)]),
    ("P3", "Sentra Perak Bogor", "kecil", "32.01", "sni", True, [
        ("cincin-perak", "Cincin Perak 925 Ukir Nama", "pcs", 250000, 100, 10),
        ("bros-perak", "Bros Perak 925 Motif Bunga", "pcs", 275000, 60, 10)]),
    ("P4", "Toko Aksesoris Karawang", "mikro", "32.15", "", True, [
        ("bros-imitasi", "Bros Hijab Mutiara Imitasi", "pcs", 8000, 3000, 5),
        ("kalung-titanium", "Kalung Titanium Anti Karat", "pcs", 25000, 1000, 5)]),
    ("U1", "Mebel Rotan Cisoka", "mikro", "36.03", "", True, [
        ("kursi-rotan", "Kursi Teras Rotan Sintetis Set (2 kursi+1 meja)", "set", 1850000, 20, 21),
        ("sofa-rotan", "Sofa Rotan Asli 3 Dudukan", "unit", 3500000, 8, 30)]),
    ("U2", "Mebel Jati Karawang Jaya", "menengah", "32.15", "svlk", True, [
        ("meja-kerja", "Meja Kerja Kayu Jati 1/2 Biro 120x60", "unit", 1450000, 30, 21),
        ("lemari-arsip-kayu", "Lemari Arsip Kayu Jati 4 Pintu", "unit", 3200000, 10, 30),
        ("kursi-kayu", "Kursi Makan Kayu Jati", "unit", 650000, 40, 21)]),
    ("U3", "Bengkel Furnitur Besi Sukadana", "mikro", "18.07", "", True, [
        ("rak-besi", "Rak Besi Siku Lubang 5 Susun 200x90x40", "unit", 450000, 60, 10),
        ("loker-besi", "Loker Besi 6 Pintu", "unit", 1750000, 20, 14)]),
    ("U4", "Meubel Sekolah Pringsewu", "mikro", "18.10", "", True, [
        ("meja-siswa", "Meja Kursi Siswa SD Satu Set Kayu Mahoni", "set", 650000, 100, 21),
        ("papan-tulis", "Papan Tulis Whiteboard 120x240 Rangka Alumunium", "unit", 950000, 30, 14)]),
    ("U5", "Mebel Bambu Lebak", "mikro", "36.02", "", False, [
        ("kursi-bambu", "Kursi Bambu Set Ruang Tamu", "set", 750000, 20, 14)]),
    ("H1", "Jamu Gendong Mbok Darmi", "mikro", "18.72", "pirt", True, [
        ("jamu-kunyit", "Jamu Kunyit Asam Botol 250 ml (segar)", "btl", 8000, 600, 1)]),
    ("H2", "Koperasi Madu Hutan Baduy", "koperasi", "36.02", "pirt", True, [
        ("madu-hutan", "Madu Hutan Murni Baduy 500 gr", "btl", 125000, 200, 5)]),
    ("H3", "Herbal Bogor Sehat", "kecil", "32.01", "bpom;iso-9001", True, [
        ("temulawak-kapsul", "Kapsul Temulawak Ekstrak isi 60", "botol", 55000, 1500, 7),
        ("minyak-sereh", "Minyak Sereh Wangi 60 ml", "btl", 25000, 800, 7)]),
    ("H4", "Empon-empon Ciruas", "mikro", "36.04", "pirt", True, [
        ("jahe-merah-bubuk", "Jahe Merah Bubuk Instan 250 gr", "pcs", 30000, 500, 5),
        ("beras-kencur", "Beras Kencur Instan Serbuk", "pcs", 20000, 500, 5)]),
    ("S1", "Sabun Herbal Sereh Cibinong", "mikro", "32.01", "bpom", True, [
        ("sabun-batang-herbal", "Sabun Mandi Batang Herbal Sereh & Kopi 100 gr", "pcs", 15000, 1500, 7),
        ("sabun-cair", "Sabun Cuci Tangan Cair Refill 5 Liter", "jerigen", 85000, 300, 7)]),
    ("S2", "Lilin Aroma Tangerang", "mikro", "36.71", "", True, [
        ("lilin-aroma", "Lilin Aromaterapi Gelas Kaca 100 gr Lavender", "pcs", 45000, 500, 7),
        ("reed-diffuser", "Essential Oil Reed Diffuser 100 ml", "pcs", 65000, 300, 7)]),
    ("S3", "Kemiri & Lulur Lampung Timur", "mikro", "18.07", "bpom", True, [
        ("minyak-kemiri", "Minyak Kemiri Penumbuh Rambut 100 ml", "btl", 35000, 400, 7),
        ("lulur", "Lulur Bengkoang Tradisional 200 gr", "pcs", 25000, 300, 7)]),
    ("S4", "CV Bersih Sehat Karawang", "kecil", "32.15", "bpom;halal", True, [
        ("hand-sanitizer", "Hand Sanitizer Gel 500 ml", "btl", 35000, 2000, 5)]),
    ("L1", "Pandai Besi Golok Ciomas Sinar", "mikro", "36.04", "", True, [
        ("golok-ciomas", "Golok Ciomas Asli Sarung Kayu", "pcs", 450000, 40, 14),
        ("arit", "Arit Sabit Rumput Baja Per", "pcs", 55000, 300, 7)]),
    ("L2", "Bengkel Las Teralis Jaya", "mikro", "36.03", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow Motif Minimalis per m2", "m2", 450000, 100, 14),
        ("pagar-besi", "Pagar Besi Hollow Minimalis per meter lari", "meter", 650000, 60, 14)]),
    ("L3", "Pandai Besi Tani Pringsewu", "mikro", "18.10", "", True, [
        ("cangkul", "Cangkul Baja Pacul 2 kg + Gagang", "pcs", 95000, 300, 7),
        ("parang", "Parang Kebun Tanggamus", "pcs", 85000, 200, 7)]),
    ("L4", "Aluminium Cor Bekasi", "kecil", "32.16", "sni", True, [
        ("panci-alumunium", "Panci Alumunium Cor 40 cm (Dandang)", "pcs", 350000, 100, 7),
        ("wajan", "Wajan Besi Cor 40 cm", "pcs", 185000, 150, 7)]),
    ("L5", "PT Baja Perkakas Indonesia", "besar", "32.16", "sni;iso-9001", True, [
        ("cangkul", "Cangkul Baja Forging", "pcs", 60000, 20000, 5)]),
    ("C1", "Percetakan Mandiri Rangkasbitung", "menengah", "36.02", "", True, [
        ("brosur", "Brosur A4 Art Paper 150 gr Full Color 2 Sisi", "lembar", 1500, 20000, 5),
        ("buku-yasin", "Buku Yasin Hardcover 160 hal Cetak Nama", "pcs", 22000, 3000, 10),
        ("spanduk", "Spanduk Banner Flexi 280 gr per m2", "m2", 25000, 2000, 2)]),
    ("C2", "CV Kertas & ATK Sejahtera Metro", "kecil", "18.72", "", True, [
        ("kertas-hvs", "Kertas HVS A4 70 gr (1 rim)", "rim", 52000, 3000, 3),
        ("map-snelhecter", "Map Snelhecter Plastik (isi 50)", "pak", 75000, 500, 3),
        ("pulpen", "Pulpen Gel Hitam 0.5 (1 lusin)", "lusin", 30000, 1000, 3)]),
    ("C3", "Undangan & Kalender Kota Serang", "mikro", "36.73", "", True, [
        ("kalender-dinding", "Kalender Dinding 2027 Custom 6 Lembar", "pcs", 22000, 3000, 10),
        ("kartu-undangan", "Kartu Undangan Hardcover", "pcs", 6000, 5000, 7),
        ("stempel", "Stempel Warna Otomatis (Flash)", "pcs", 85000, 200, 3)]),
    ("C4", "Kemasan Dus & Stiker Karawang", "mikro", "32.15", "", True, [
        ("dus-kemasan", "Dus Kemasan Makanan Custom Cetak 20x20", "pcs", 2500, 20000, 10),
        ("stiker-label", "Stiker Label Vinyl Cutting A3", "lembar", 15000, 3000, 5)]),
    ("C5", "Nota & Blangko Pringsewu", "mikro", "18.10", "", True, [
        ("nota", "Nota NCR 2 Ply Custom 1 Buku isi 50", "buku", 12000, 2000, 5)]),
    ("T1", "Penangkar Bibit Buah Batanghari", "mikro", "18.07", "", True, [
        ("bibit-durian", "Bibit Durian Musang King Okulasi 60 cm", "batang", 55000, 500, 7),
        ("bibit-alpukat", "Bibit Alpukat Siger Sambung Pucuk", "batang", 35000, 800, 7)]),
    ("T2", "Kebun Tanaman Hias Ciapus", "kecil", "32.01", "", True, [
        ("monstera", "Tanaman Hias Monstera Pot 30 cm", "pot", 75000, 300, 5),
        ("sansevieria", "Lidah Mertua Sansevieria Polybag", "polybag", 20000, 1000, 5)]),
    ("T3", "Pembenihan Ikan Cibadak Lebak", "mikro", "36.02", "", True, [
        ("benih-nila", "Benih Ikan Nila Merah ukuran 5-7 cm", "ekor", 400, 50000, 3),
        ("benih-lele", "Bibit Lele Sangkuriang 7-9 cm", "ekor", 250, 80000, 3)]),
    ("T4", "Ikan Hias Koi & Cupang Pasar Kemis", "mikro", "36.03", "", True, [
        ("ikan-koi", "Ikan Koi Kohaku 15-20 cm", "ekor", 45000, 500, 3),
        ("cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 25000, 800, 3)]),
    ("T5", "Pakan Ternak Mandiri Metro", "kecil", "18.72", "sni", True, [
        ("pakan-ayam", "Pakan Ayam Petelur Konsentrat 50 kg", "sak", 385000, 300, 5),
        ("pakan-ikan", "Pelet Ikan Apung 781 (30 kg)", "sak", 340000, 400, 5)]),
    ("T6", "Gapoktan Beras Pandeglang", "koperasi", "36.01", "", True, [
        ("beras", "Beras Premium Pandan Wangi 5 kg", "karung", 75000, 3000, 5)]),
    ("T7", "Pupuk Organik Kascing Telukjambe", "mikro", "32.15", "", True, [
        ("pupuk-kompos", "Pupuk Kompos Organik 25 kg", "karung", 30000, 2000, 5)]),
    ("X1", "Alat Kebersihan Ijuk Kramatwatu", "mikro", "36.04", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 800, 5),
        ("kemoceng", "Kemoceng Bulu Ayam Asli", "pcs", 20000, 500, 5),
        ("keset", "Keset Sabut Kelapa 40x60", "pcs", 30000, 500, 5)]),
    ("X2", "Pel & Lap Microfiber Tangerang", "mikro", "36.71", "", True, [
        ("alat-pel", "Alat Pel Lantai Spin Mop + Ember", "set", 145000, 300, 5),
        ("lap-microfiber", "Lap Microfiber 40x40 (isi 12)", "pak", 55000, 500, 5)]),
    ("X3", "Pembersih Lantai Cikarang", "kecil", "32.16", "", True, [
        ("pembersih-lantai", "Cairan Pembersih Lantai Aroma Pinus 5 Liter", "jerigen", 65000, 800, 5)]),
    ("X4", "CV Fiber Lestari Bekasi", "kecil", "32.16", "", True, [
        ("tong-sampah", "Tempat Sampah Fiber Pilah 3 Warna 50 L", "set", 1350000, 40, 14)]),
    ("X5", "Bendera & Umbul-umbul Pringsewu", "mikro", "18.10", "", True, [
        ("bendera", "Bendera Merah Putih Bahan Katun 90x135", "pcs", 35000, 1000, 7),
        ("umbul-umbul", "Umbul-umbul Kain Satin 5 m", "pcs", 65000, 500, 7)]),
]

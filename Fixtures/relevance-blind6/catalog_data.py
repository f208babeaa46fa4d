"""Hand-written suppliers and products of relevance-blind6 (fictional). Kinds are the labeller's tags only."""

CATEGORY = {"M": "makanan", "D": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "C": "kosmetik", "L": "logam", "R": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Perishable kinds: made in the delivery month (capacity_per_month >= quantity), labelled nearest first.
PERISHABLE = {"nasi-kotak", "snack-box", "coffee-break", "nasi-liwet", "prasmanan", "tumpeng", "bento"}

# key, name, scale, region, certificates, active, [(kind, product name, unit, price, capacity/month, lead days)]
SUPPLIERS = [
    ("M1", "Sate Bandeng Hj. Maemunah", "mikro", "36.73", "halal;pirt", True, [
        ("sate-bandeng", "Sate Bandeng Khas Serang (1 ekor, vakum)", "pcs", 45000, 600, 3),
        ("bandeng-presto", "Bandeng Presto Duri Lunak 500 gr", "pcs", 38000, 500, 3)]),
    ("M2", "Kerupuk Ikan Labuan Jaya", "mikro", "36.01", "pirt", True, [
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri Mentah 500 gr", "bungkus", 30000, 1200, 4),
        ("ikan-asin", "Ikan Asin Jambal Roti 250 gr", "bungkus", 42000, 300, 4)]),
    ("M3", "Sambal & Bumbu Mak Ijah", "kecil", "36.03", "halal;pirt", True, [
        ("sambal-bawang", "Sambal Bawang Pedas Botol Kaca 150 ml", "botol", 25000, 2500, 5),
        ("sambal-cumi", "Sambal Cumi Asin Pedas 200 gr", "botol", 38000, 800, 5),
        ("bumbu-pecel", "Bumbu Pecel Kacang Siap Seduh 250 gr", "bungkus", 15000, 1500, 5)]),
    ("M4", "Keripik Pisang Kepok Gisting", "mikro", "18.06", "pirt", True, [
        ("keripik-pisang", "Keripik Pisang Kepok Manis 250 gr", "bungkus", 17000, 1500, 4),
        ("sale-pisang", "Sale Pisang Basah Ambon 500 gr", "bungkus", 28000, 400, 4)]),
    ("M5", "Abon & Dendeng Sapi Rengasdengklok", "kecil", "32.15", "halal;pirt", True, [
        ("abon-sapi", "Abon Sapi Original 100 gr", "pcs", 32000, 2000, 5),
        ("dendeng-sapi", "Dendeng Sapi Balado 250 gr", "pcs", 85000, 400, 5)]),
    ("M6", "Rengginang Bu Tuti Ciruas", "mikro", "36.04", "pirt-expired", True, [
        ("rengginang", "Rengginang Ketan Terasi Mentah 1 kg", "kg", 40000, 300, 4),
        ("opak", "Opak Singkong Bakar 500 gr", "bungkus", 20000, 300, 4)]),
    ("M7", "Koperasi Peternak Sapi Perah Ciampea", "koperasi", "32.01", "halal", True, [
        ("keju", "Keju Mozzarella Lokal 250 gr", "pcs", 55000, 600, 5),
        ("dodol-susu", "Dodol Susu Sapi 250 gr", "pcs", 25000, 800, 5)]),
    ("M8", "Camilan Kekinian Pamulang", "kecil", "36.74", "halal;pirt", True, [
        ("makaroni", "Makaroni Bantat Pedas Daun Jeruk 250 gr", "bungkus", 12000, 3000, 3),
        ("basreng", "Basreng Pedas Stik 200 gr", "bungkus", 15000, 3000, 3)]),
    ("M9", "Otak-Otak & Abon Ikan Cak Dul", "mikro", "36.71", "halal;pirt", True, [
        ("otak-otak", "Otak-Otak Ikan Tenggiri Frozen isi 20", "pack", 35000, 800, 3),
        ("abon-ikan", "Abon Ikan Tuna Pedas 100 gr", "pcs", 22000, 1500, 4),
        ("kerupuk-udang", "Kerupuk Udang Rebon Mentah 250 gr", "bungkus", 18000, 1000, 4)]),
    ("D1", "Kopi Robusta Tanggamus Sumber Rejeki", "kecil", "18.06", "halal;pirt", True, [
        ("kopi-robusta", "Kopi Bubuk Robusta Tanggamus 250 gr", "pcs", 35000, 3000, 5),
        ("kopi-robusta", "Kopi Biji Sangrai Robusta Lampung 1 kg", "kg", 140000, 400, 5)]),
    ("D2", "Cokelat Pringsewu Lestari", "mikro", "18.10", "pirt", True, [
        ("cokelat-bubuk", "Bubuk Cokelat Murni Kakao 250 gr", "pcs", 45000, 500, 5),
        ("cokelat-sachet", "Minuman Cokelat Instan Sachet isi 10", "box", 28000, 800, 5)]),
    ("D3", "Jahe Merah Instan Bu Lela", "mikro", "36.02", "halal;pirt", True, [
        ("jahe-instan", "Serbuk Jahe Merah Instan 250 gr", "pcs", 25000, 1500, 4),
        ("bandrek", "Bandrek Gula Aren Sachet isi 10", "box", 20000, 800, 4)]),
    ("D4", "Koperasi Tirta Banten Kidul", "koperasi", "36.02", "halal;bpom;sni", True, [
        ("amdk-gelas", "Air Minum Dalam Kemasan Gelas 220 ml (dus isi 48)", "dus", 22000, 5000, 3),
        ("amdk-botol", "AMDK Botol 330 ml (dus isi 24)", "dus", 38000, 3000, 3)]),
    ("D5", "Etawa Farm Sekampung", "kecil", "18.07", "halal;bpom", True, [
        ("susu-etawa", "Susu Kambing Etawa Bubuk 200 gr", "pcs", 65000, 1000, 5),
        ("susu-kedelai", "Susu Kedelai Murni Botol 250 ml", "botol", 6000, 2000, 2)]),
    ("D6", "Sari Buah Bogor Raya", "kecil", "32.71", "halal;bpom", True, [
        ("sirup-pala", "Sirup Pala Bogor 620 ml", "botol", 35000, 1200, 4),
        ("sari-jambu", "Sari Buah Jambu Kristal Botol 250 ml", "botol", 8000, 4000, 3)]),
    ("D7", "PT Minuman Nusantara Tbk", "besar", "36.03", "halal;bpom;sni", True, [
        ("kopi-robusta", "Kopi Bubuk Robusta Sachet 25 gr isi 10", "box", 15000, 50000, 3),
        ("amdk-gelas", "Air Mineral Cup 220 ml isi 48", "dus", 18000, 90000, 2)]),
    ("J1", "Catering Dapur Ibu Ratna", "kecil", "36.73", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar + Lalapan", "porsi", 30000, 3000, 2),
        ("snack-box", "Snack Box 3 Kue + Air Mineral", "box", 12000, 5000, 2)]),
    ("J2", "Rumah Makan Saung Rangkasbitung", "mikro", "36.02", "halal", True, [
        ("nasi-liwet", "Nasi Liwet Komplit Paket Bancakan", "porsi", 35000, 800, 2),
        ("nasi-kotak", "Nasi Box Ayam Goreng Kremes", "porsi", 25000, 800, 2)]),
    ("J3", "Katering Berkah Metro", "kecil", "18.72", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Rendang Sapi", "porsi", 32000, 1500, 2),
        ("prasmanan", "Prasmanan Menu Standar (min. 100 pax)", "porsi", 45000, 2000, 3)]),
    ("J4", "Dapur Bunda Pringsewu", "mikro", "18.10", "halal", True, [
        ("snack-box", "Kue Basah Tradisional per Dus (Lemper, Risol, Lapis)", "box", 10000, 1500, 2),
        ("tumpeng", "Tumpeng Nasi Kuning Komplit (20 porsi)", "unit", 450000, 30, 3)]),
    ("J5", "Katering Sehat Cempaka", "menengah", "31.71", "halal", True, [
        ("nasi-kotak", "Nasi Box Premium Menu Nusantara", "porsi", 45000, 4000, 2),
        ("coffee-break", "Coffee Break Snack (2 kue + kopi/teh)", "pax", 25000, 4000, 1)]),
    ("J6", "Catering Berkah Karawang", "mikro", "32.15", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Goreng Serundeng", "porsi", 25000, 600, 2),
        ("bento", "Lunch Box Bento Anak", "box", 20000, 500, 2)]),
    ("J7", "PT Boga Raya Katering", "besar", "31.71", "halal", True, [
        ("nasi-kotak", "Nasi Box Ekonomis", "porsi", 20000, 50000, 1)]),
    ("F1", "Tapis Lampung Sinar Siger", "kecil", "18.71", "", True, [
        ("tapis-kain", "Kain Tapis Lampung Motif Pucuk Rebung 2 m", "lembar", 1500000, 20, 30),
        ("tapis-selendang", "Selendang Tapis Sulam Usus", "lembar", 350000, 60, 14)]),
    ("F2", "Sanggar Batik Kanekes", "mikro", "36.02", "batikmark", True, [
        ("batik-tulis", "Kain Batik Tulis Motif Baduy 2 m", "lembar", 650000, 25, 21),
        ("batik-cap", "Kain Batik Cap Motif Leuit 2 m", "lembar", 175000, 200, 10)]),
    ("F3", "Konveksi Seragam Mandiri Cikarang", "kecil", "32.16", "", True, [
        ("pdh", "Kemeja PDH Khaki Lengan Panjang Bordir Logo", "stel", 150000, 2000, 14),
        ("polo", "Kaos Polo Berkerah Bordir Logo Instansi", "pcs", 85000, 3000, 10),
        ("rompi", "Rompi Lapangan / Vest Multi Saku", "pcs", 120000, 800, 14)]),
    ("F4", "Sablon Kaos Cipondoh", "mikro", "36.71", "", True, [
        ("kaos", "Kaos Oblong Cotton Combed 30s Sablon DTF", "pcs", 55000, 5000, 7),
        ("totebag", "Totebag Kanvas Sablon 1 Warna 30x40", "pcs", 25000, 3000, 7)]),
    ("F5", "Kulit Sukaregang Mandiri", "kecil", "32.05", "", True, [
        ("pantofel", "Sepatu Pantofel Kulit Sapi Pria", "pasang", 350000, 300, 14),
        ("sandal-kulit", "Sandal Kulit Pria Model Slop", "pasang", 85000, 800, 7),
        ("dompet-kulit", "Dompet Kulit Asli Pria Lipat Dua", "pcs", 95000, 600, 7)]),
    ("F6", "Bordir Tasik Kawalu", "kecil", "32.06", "", True, [
        ("mukena", "Mukena Bordir Tasik Katun Rayon Dewasa", "pcs", 185000, 500, 10),
        ("koko", "Baju Koko Bordir Lengan Panjang", "pcs", 125000, 600, 10),
        ("sajadah", "Sajadah Travel Lipat Bordir", "pcs", 45000, 1000, 7)]),
    ("F7", "Grosir Batik Pekalongan Kauman", "menengah", "33.75", "batikmark", True, [
        ("kemeja-batik-print", "Kemeja Batik Printing Pria Lengan Panjang", "pcs", 85000, 5000, 7),
        ("kemeja-batik-kombinasi", "Kemeja Batik Cap Tulis Kombinasi", "pcs", 225000, 800, 14)]),
    ("K1", "Anyaman Pandan Cikeusik", "mikro", "36.01", "", True, [
        ("tikar-pandan", "Tikar Pandan Anyam 150x200", "lembar", 85000, 120, 10),
        ("tas-pandan", "Tas Anyaman Pandan Motif Warna", "pcs", 65000, 200, 10)]),
    ("K2", "Gerabah Bumijaya Ciruas", "mikro", "36.04", "", True, [
        ("gentong", "Gentong Gerabah Tanah Liat 30 L", "pcs", 175000, 40, 14),
        ("pot-gerabah", "Pot Tanah Liat Diameter 30 cm", "pcs", 25000, 600, 7),
        ("celengan", "Celengan Gerabah Lukis", "pcs", 15000, 800, 7)]),
    ("K3", "Kerajinan Bambu Leuwidamar", "mikro", "36.02", "", True, [
        ("besek", "Besek Bambu 20x20 (isi 10)", "pack", 20000, 1000, 5),
        ("tisu-bambu", "Tempat Tisu Bambu Ukir Nama", "pcs", 35000, 300, 7)]),
    ("K4", "Mainan Kayu Ceria Cibinong", "kecil", "32.01", "sni", True, [
        ("puzzle-kayu", "Puzzle Kayu Huruf & Angka (APE PAUD)", "set", 45000, 500, 7),
        ("balok-kayu", "Balok Susun Kayu 100 pcs", "set", 175000, 200, 7),
        ("menara-donat", "Alat Peraga Edukatif Menara Donat", "pcs", 40000, 300, 7)]),
    ("K5", "Akrilik Grafir Ciputat", "kecil", "36.74", "", True, [
        ("plakat-akrilik", "Plakat Akrilik Custom Grafir 20 cm + Box", "pcs", 175000, 500, 7),
        ("gantungan-akrilik", "Gantungan Kunci Akrilik Custom", "pcs", 5000, 5000, 5)]),
    ("K6", "Boneka Maskot Telukjambe", "mikro", "32.15", "", True, [
        ("boneka", "Boneka Maskot Custom Bahan Rasfur 30 cm", "pcs", 125000, 300, 14)]),
    ("K7", "Tasbih Kayu Kaoka Anyer", "mikro", "36.04", "", False, [
        ("tasbih", "Tasbih Kayu Kaoka 33 Butir", "pcs", 15000, 1000, 5)]),
    ("P1", "Perak Filigri Kasongan", "kecil", "34.02", "", True, [
        ("cincin-perak", "Cincin Perak 925 Ukir Motif", "pcs", 250000, 200, 10),
        ("bros-perak", "Bros Perak Filigri Motif Bunga", "pcs", 175000, 300, 10)]),
    ("P2", "Manik Etnik Cibeo", "mikro", "36.02", "", True, [
        ("gelang-manik", "Gelang Manik Etnik Khas Baduy", "pcs", 15000, 2000, 5),
        ("kalung-kayu", "Kalung Manik Kayu Natural", "pcs", 25000, 800, 5)]),
    ("P3", "Kalimaya Banten Gemstone", "mikro", "36.02", "", True, [
        ("cincin-kalimaya", "Cincin Batu Kalimaya Banten Ikat Perak", "pcs", 450000, 60, 10),
        ("liontin-kalimaya", "Liontin Kalimaya Opal Banten", "pcs", 300000, 60, 10)]),
    ("P4", "Toko Mas Sinar Terang", "besar", "36.73", "", True, [
        ("cincin-emas", "Cincin Emas 24K 2 Gram", "pcs", 3100000, 100, 3)]),
    ("P5", "Pin & Lencana Bekasi Jaya", "kecil", "32.75", "iso-9001", True, [
        ("pin-enamel", "Pin Logo Instansi Kuningan Enamel", "pcs", 25000, 3000, 10)]),
    ("U1", "Rotan Tegalwangi Jaya", "kecil", "32.09", "svlk", True, [
        ("kursi-rotan", "Kursi Rotan Sintetis Teras Set (2 Kursi + 1 Meja)", "set", 1650000, 60, 14),
        ("sofa-rotan", "Sofa Rotan 3 Dudukan", "unit", 3500000, 20, 21)]),
    ("U2", "Mebel Jati Ukir Tahunan", "menengah", "33.20", "svlk", True, [
        ("meja-jati", "Meja Kerja Kayu Jati 120x60", "unit", 2750000, 40, 21),
        ("lemari-jati", "Lemari Arsip Jati 2 Pintu", "unit", 4500000, 20, 21)]),
    ("U3", "Mebel Besi Karawang Baja", "kecil", "32.15", "sni", True, [
        ("rak-besi", "Rak Besi Siku Lubang 5 Susun", "unit", 650000, 200, 7),
        ("loker-besi", "Loker Besi 6 Pintu", "unit", 2100000, 60, 10)]),
    ("U4", "Mebel Sekolah Gadingrejo", "mikro", "18.10", "", True, [
        ("meja-kursi-siswa", "Meja Kursi Siswa SD (1 Set)", "set", 850000, 100, 14),
        ("rak-buku-kayu", "Rak Buku Kayu Mahoni 4 Susun", "unit", 750000, 60, 14)]),
    ("U5", "PT Furnitur Kantor Nusantara", "besar", "36.71", "sni", True, [
        ("kursi-putar", "Kursi Kantor Putar Ergonomis Jaring", "unit", 650000, 2000, 5)]),
    ("H1", "Jamu Serbuk Mbok Sri", "mikro", "18.72", "pirt", True, [
        ("kunyit-asam", "Jamu Kunyit Asam Serbuk 250 gr", "pcs", 20000, 1200, 4),
        ("beras-kencur", "Jamu Beras Kencur Instan 250 gr", "pcs", 20000, 1200, 4)]),
    ("H2", "Koperasi Madu Hutan Ujung Kulon", "koperasi", "36.01", "halal", True, [
        ("madu-hutan", "Madu Hutan Murni Ujung Kulon 500 gr", "botol", 95000, 600, 5)]),
    ("H3", "Biofarma Herbal Dramaga", "kecil", "32.01", "bpom", True, [
        ("kapsul-temulawak", "Kapsul Temulawak isi 60", "botol", 45000, 2000, 5),
        ("kelor-kering", "Simplisia Daun Kelor Kering 100 gr", "pcs", 25000, 800, 5),
        ("teh-sirsak", "Teh Herbal Daun Sirsak Celup isi 20", "box", 30000, 1000, 5)]),
    ("H4", "Atsiri Sereh Wangi Baros", "mikro", "36.04", "pirt", True, [
        ("minyak-gosok", "Minyak Gosok Sereh Wangi 60 ml", "botol", 18000, 1500, 4)]),
    ("H5", "Madu Klanceng Cigemblong", "mikro", "36.02", "", True, [
        ("madu-klanceng", "Madu Klanceng Trigona Asli 250 gr", "botol", 150000, 200, 5)]),
    ("C1", "Sabun & Lilin Aromaterapi Kaujon", "mikro", "36.73", "bpom", True, [
        ("sabun-batang", "Sabun Batang Herbal Sereh 100 gr", "pcs", 15000, 2000, 5),
        ("lilin-aroma", "Lilin Aromaterapi Soy Wax Jar 100 gr", "pcs", 45000, 500, 5)]),
    ("C2", "Rumah Sabun Cair Cikampek", "kecil", "32.15", "bpom", True, [
        ("sabun-cuci-tangan", "Sabun Cuci Tangan Cair Refill 5 Liter", "jerigen", 85000, 800, 5),
        ("sanitizer", "Hand Sanitizer Gel 500 ml", "botol", 30000, 1500, 5)]),
    ("C3", "Lulur Bengkoang Teluknaga", "mikro", "36.03", "bpom", True, [
        ("lulur", "Lulur Bengkoang Mandi 250 gr", "pcs", 30000, 800, 5),
        ("masker", "Masker Wajah Bengkoang Bubuk 100 gr", "pcs", 20000, 800, 5)]),
    ("C4", "Koperasi Kelapa Kotaagung", "koperasi", "18.06", "pirt", True, [
        ("minyak-kemiri", "Minyak Rambut Kemiri 100 ml", "botol", 25000, 1000, 5),
        ("vco", "Virgin Coconut Oil 250 ml", "botol", 40000, 1000, 5)]),
    ("C5", "PT Kosmetika Global", "besar", "32.16", "bpom;halal", True, [
        ("sabun-cuci-tangan", "Sabun Cuci Tangan Cair 5 L", "jerigen", 60000, 20000, 3),
        ("pasta-gigi", "Pasta Gigi Herbal Siwak 150 gr", "pcs", 12000, 50000, 3)]),
    ("L1", "Pandai Besi Sukajadi", "mikro", "18.10", "", True, [
        ("cangkul", "Cangkul Baja Tempa", "pcs", 85000, 300, 7),
        ("sabit", "Arit Sabit Rumput Baja", "pcs", 45000, 400, 5),
        ("parang", "Parang Kebun Baja Per", "pcs", 95000, 300, 7)]),
    ("L2", "Bengkel Las Teralis Maju", "mikro", "36.71", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow (per m2)", "m2", 350000, 150, 7),
        ("pagar-besi", "Pagar Besi Minimalis per Meter", "meter", 650000, 100, 10),
        ("kanopi", "Kanopi Baja Ringan per m2", "m2", 300000, 200, 7)]),
    ("L3", "Alat Dapur Stainless Kosambi", "kecil", "32.15", "sni", True, [
        ("panci", "Panci Stainless Steel 30 cm", "pcs", 175000, 500, 5),
        ("dandang", "Dandang Aluminium 40 cm (Kukusan)", "pcs", 250000, 300, 5),
        ("wajan", "Wajan Besi Cor 40 cm", "pcs", 185000, 300, 5)]),
    ("L4", "Golok Sulangkar Cibeber", "mikro", "36.02", "", True, [
        ("golok-sulangkar", "Golok Sulangkar Khas Lebak Sarung Kayu", "pcs", 450000, 40, 14)]),
    ("R1", "Percetakan Mitra Grafika", "kecil", "36.73", "", True, [
        ("spanduk", "Cetak Spanduk Flexi 280 gr per m2", "m2", 25000, 5000, 2),
        ("buku-yasin", "Cetak Buku Yasin Hard Cover 128 Hal", "eks", 17500, 3000, 10),
        ("kalender", "Cetak Kalender Dinding 2027 6 Lembar", "pcs", 25000, 3000, 10)]),
    ("R2", "ATK Sumber Ilmu Metro", "kecil", "18.72", "", True, [
        ("hvs-a4-70", "Kertas HVS A4 70 gsm 1 Rim", "rim", 52000, 2000, 3),
        ("map", "Map Snelhecter Plastik", "pcs", 3000, 5000, 3),
        ("pulpen", "Pulpen Gel Hitam 0.5 (1 lusin)", "lusin", 30000, 1000, 3)]),
    ("R3", "Kemasan Kraft Cikupa", "mikro", "36.03", "", True, [
        ("paperbag", "Paper Bag Kraft Custom Sablon 25x30", "pcs", 4500, 10000, 7),
        ("dus-nasi", "Dus Nasi Kotak 20x20 Cetak Logo", "pcs", 1500, 20000, 7),
        ("stiker", "Stiker Label Produk Vinyl (per A3)", "lembar", 8000, 5000, 3)]),
    ("R4", "Printing ID Card Bekasi", "kecil", "32.75", "iso-9001", True, [
        ("idcard", "ID Card PVC + Tali Lanyard Printing", "pcs", 12000, 5000, 5),
        ("sertifikat", "Cetak Sertifikat/Piagam Art Carton 260 gr", "lembar", 3500, 10000, 3)]),
    ("T1", "Cupang & Koi Farm Parung", "mikro", "32.01", "", True, [
        ("cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 35000, 500, 3),
        ("koi", "Ikan Koi Lokal 10-12 cm", "ekor", 25000, 800, 3)]),
    ("T2", "Kebun Sari Tanaman Hias & TOGA", "mikro", "36.74", "", True, [
        ("bibit-toga", "Bibit Tanaman Obat Keluarga (Jahe, Kunyit, Sereh) Polybag", "polybag", 7500, 3000, 3),
        ("monstera", "Tanaman Hias Monstera Polybag", "pohon", 45000, 300, 3),
        ("sansevieria", "Bibit Sansevieria Lidah Mertua", "pohon", 20000, 800, 3)]),
    ("T3", "Koperasi Pakan Mandiri Sukadana", "koperasi", "18.07", "", True, [
        ("pakan-ikan", "Pakan Ikan Apung Pelet 30 kg", "karung", 320000, 400, 5),
        ("pakan-sapi", "Konsentrat Pakan Sapi 50 kg", "karung", 275000, 300, 5)]),
    ("T4", "Pokdakan Mina Sejahtera Metro", "mikro", "18.72", "", True, [
        ("benih-nila", "Benih Ikan Nila Merah 5-7 cm", "ekor", 300, 50000, 5),
        ("benih-lele", "Benih Lele Sangkuriang 5-7 cm", "ekor", 200, 80000, 5)]),
    ("T5", "Kelompok Tani Bibit Kopi Ulubelu", "mikro", "18.06", "", True, [
        ("bibit-kopi", "Bibit Kopi Robusta Stek Polybag", "batang", 4000, 20000, 7),
        ("bibit-lada", "Bibit Lada Perdu Polybag", "batang", 7500, 5000, 7)]),
    ("T6", "Pupuk Kascing Kramatwatu", "mikro", "36.04", "", True, [
        ("kompos", "Pupuk Kompos Organik Kascing 25 kg", "karung", 35000, 1000, 5)]),
    ("X1", "Sapu Ijuk Saketi", "mikro", "36.01", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 20000, 1500, 4),
        ("sapu-lidi", "Sapu Lidi Kelapa Ikat", "pcs", 8000, 3000, 3),
        ("keset-sabut", "Keset Sabut Kelapa 40x60", "pcs", 30000, 800, 5)]),
    ("X2", "Alat Peraga Sekolah Cendekia", "kecil", "32.16", "", True, [
        ("torso", "Torso Anatomi Tubuh Manusia 85 cm", "unit", 1250000, 50, 14),
        ("globe", "Globe Bola Dunia 30 cm", "unit", 175000, 300, 7),
        ("whiteboard", "Papan Tulis Whiteboard 120x240", "unit", 850000, 100, 10)]),
    ("X3", "Kebersihan Sehat Kaujon", "mikro", "36.73", "", True, [
        ("karbol", "Karbol Wangi Sereh 5 Liter", "jerigen", 55000, 1000, 3),
        ("mop", "Mop Microfiber Putar + Ember", "set", 85000, 400, 5)]),
    ("X4", "Tekstil Rumah Tangga Majalaya", "kecil", "32.04", "", True, [
        ("handuk", "Handuk Mandi Katun 70x140", "pcs", 45000, 1500, 7),
        ("sprei", "Sprei Katun Single 120x200", "set", 125000, 300, 7)]),
]

"""Hand-written directory and products for relevance-blind2 (fictional).

SUPPLIERS: (key, name, scale, region, certifications, active, products)
product:   (kind, name, unit, unit_price, capacity_per_month, lead_time_days)
The kind is the labeller's own tag of what the product is; it never reaches the CSVs.
"""

SUPPLIERS = [
    # ---------------------------------------------------------------- makanan
    ("M1", "UMKM Emping Melinjo Bu Sarah", "mikro", "36.01", "halal;pirt", True, [
        ("empingmenes", "Emping Melinjo Menes Super 1 kg", "kg", 120000, 300, 5),
        ("empingmenes", "Emping melinjo pedas manis 250 gr", "pcs", 32000, 800, 5),
        ("opak", "Opak Ketan Bakar", "pcs", 15000, 600, 4),
    ]),
    ("M2", "Sentra Keripik Lampung Jaya", "kecil", "18.71", "halal;pirt", True, [
        ("keripikpisang", "Keripik Pisang Coklat Lampung 250gr", "pcs", 25000, 2000, 5),
        ("keripikpisang", "Kripik Pisang Kepok Asin Manis 500gr", "pcs", 38000, 1500, 5),
        ("keripiksingkong", "Keripik Singkong Balado 200 gr", "pcs", 14000, 2000, 5),
    ]),
    ("M3", "Dapur Sambal Mak Ijah", "mikro", "36.72", "halal;pirt-expired", True, [
        ("sambal", "Sambal Bawang Pedas Level 5 botol 150ml", "pcs", 22000, 600, 4),
        ("sambal", "Sambel Terasi Cilegon 200gr", "pcs", 25000, 500, 4),
        ("bandengpresto", "Bandeng Presto Duri Lunak isi 2", "pcs", 55000, 400, 3),
    ]),
    ("M4", "Kue Kering Teh Nining", "kecil", "32.75", "halal;pirt", True, [
        ("kuekering", "Kue Nastar Nanas Toples 500gr", "pcs", 85000, 400, 7),
        ("kuekering", "Kastengel Keju Premium 500 gr", "pcs", 95000, 300, 7),
        ("dodol", "Dodol Betawi Ketan Hitam 500gr", "pcs", 40000, 500, 7),
    ]),
    ("M5", "Olahan Ikan Karangantu", "mikro", "36.73", "pirt", True, [
        ("kerupukikan", "Kerupuk Ikan Tenggiri Mentah 500gr", "pcs", 35000, 700, 5),
        ("abonikan", "Abon Ikan Tongkol Pedas 100gr", "pcs", 28000, 600, 5),
        ("satebandeng", "Sate Bandeng Khas Serang", "pcs", 45000, 300, 3),
    ]),
    ("M6", "PT Snack Nusantara Raya", "besar", "36.03", "halal;bpom", True, [
        ("keripiksingkong", "Keripik Singkong Original 1kg", "kg", 35000, 20000, 3),
        ("emping", "Emping Melinjo 1 kg Kemasan Pabrik", "kg", 90000, 10000, 3),
    ]),
    ("M7", "Koperasi Petani Melinjo Sejahtera", "koperasi", "36.04", "pirt", True, [
        ("emping", "Emping Mlinjo Mentah Kualitas Ekspor", "kg", 110000, 500, 6),
        ("keripiksingkong", "Keripik Singkong Pedas Daun Jeruk 250gr", "pcs", 16000, 1200, 5),
    ]),
    ("M8", "Keripik Tempe Bu Ani", "mikro", "36.73", "pirt", False, [
        ("keripiktempe", "Keripik Tempe Sagu 250gr", "pcs", 12000, 1000, 3),
        ("keripiksingkong", "Keripik Singkong Pedas Murah 250gr", "pcs", 9000, 3000, 3),
    ]),
    # ---------------------------------------------------------------- minuman
    ("D1", "Koperasi Kopi Robusta Tani Makmur Liwa", "koperasi", "18.04", "halal", True, [
        ("kopibubukrobusta", "Kopi Bubuk Robusta Lampung 250 gr", "pcs", 35000, 3000, 5),
        ("kopibijirobusta", "Kopi Robusta Biji Sangrai 1kg", "kg", 160000, 500, 5),
        ("kopisachet", "Kopi Susu 3in1 Sachet isi 10", "pcs", 15000, 4000, 5),
    ]),
    ("D2", "Kedai Kopi Nusantara Serang", "mikro", "36.73", "halal;pirt", True, [
        ("kopigayo", "Kopi Arabika Gayo Bubuk 200gr", "pcs", 75000, 300, 4),
        ("kopigayo", "Biji Kopi Arabika Gayo Roasted 500gr", "pcs", 140000, 200, 4),
        ("kopirobustaserang", "Kopi Tubruk Robusta Serang 250gr", "pcs", 28000, 600, 3),
    ]),
    ("D3", "Sirup dan Minuman Pala Bu Ratna", "kecil", "36.72", "halal;pirt", True, [
        ("sirupPala", "Sirup Pala Khas Banten 600ml", "botol", 30000, 1000, 5),
        ("sirupjahe", "Sirup Jahe Merah 500ml", "botol", 28000, 800, 5),
    ]),
    ("D4", "Teh dan Wedang Sehat Cikarang", "mikro", "32.16", "halal;pirt", True, [
        ("tehcelup", "Teh Celup Melati isi 25", "box", 12000, 2000, 4),
        ("wedangjahe", "Wedang Jahe Instan Sachet isi 10", "box", 20000, 1000, 4),
        ("tehtubruk", "Teh Tubruk Wangi Melati 100gr", "pcs", 9000, 1500, 4),
    ]),
    ("D5", "Tirta Krakatau Cilegon", "menengah", "36.72", "halal;bpom;sni", True, [
        ("amdkgelas", "Air Mineral Kemasan Gelas 220ml dus isi 48", "dus", 22000, 5000, 2),
        ("amdkbotol", "Air Mineral Botol 600ml dus isi 24", "dus", 45000, 4000, 2),
    ]),
    ("D6", "Susu Etawa Pringsewu", "mikro", "18.10", "pirt", True, [
        ("susuetawa", "Susu Kambing Etawa Bubuk 200gr", "pcs", 65000, 600, 5),
    ]),
    ("D7", "PT Minuman Segar Indonesia", "besar", "36.03", "halal;bpom", True, [
        ("amdkgelas", "Air Mineral Cup 240ml isi 48", "dus", 17000, 100000, 2),
        ("tehcelup", "Teh Celup Hitam isi 50", "box", 9000, 50000, 2),
    ]),
    # ---------------------------------------------------------------- jasa-boga
    ("J1", "Catering Dapur Ibu Euis", "kecil", "36.73", "halal", True, [
        ("nasibox", "Nasi Kotak Ayam Bakar Lengkap", "porsi", 35000, 3000, 2),
        ("snackbox", "Snack Box Isi 3 Kue", "box", 12000, 3000, 2),
    ]),
    ("J2", "Rumah Makan Sunda Saung Cilegon", "kecil", "36.72", "halal", True, [
        ("nasibox", "Nasi Box Ayam Goreng + Lalapan", "porsi", 32000, 2000, 2),
        ("prasmanan", "Prasmanan Paket A per pax", "pax", 55000, 1500, 3),
        ("tumpeng", "Nasi Tumpeng Kuning 1 set (20 org)", "set", 650000, 30, 3),
    ]),
    ("J3", "Katering Barokah Bekasi", "mikro", "32.75", "halal", True, [
        ("nasibox", "Nasi Kotak Rendang Sapi", "porsi", 40000, 1500, 2),
        ("snackbox", "Kue Kotak Isi 4 Macam", "box", 15000, 2000, 2),
    ]),
    ("J4", "Jasa Boga Way Halim", "kecil", "18.71", "halal", True, [
        ("nasibox", "Nasi Kotak Ayam Goreng Serundeng", "porsi", 30000, 800, 2),
        ("snackbox", "Snack Box Kue Basah 3 Item", "box", 12000, 1500, 2),
        ("prasmanan", "Prasmanan Menu Lampung per orang", "pax", 50000, 600, 3),
    ]),
    ("J5", "Kue Basah Mak Onah", "mikro", "36.04", "halal", True, [
        ("snackbox", "Snack Box Kue Basah Tradisional", "box", 10000, 1500, 2),
    ]),
    ("J6", "Catering Murah Meriah", "mikro", "36.73", "halal", False, [
        ("nasibox", "Nasi Kotak Ekonomis Ayam Suwir", "porsi", 20000, 5000, 1),
    ]),
    ("J7", "PT Boga Industri Nusantara", "besar", "36.72", "halal", True, [
        ("nasibox", "Nasi Box Menu Pabrik", "porsi", 25000, 20000, 1),
        ("snackbox", "Snack Box Industri", "box", 8000, 20000, 1),
    ]),
    ("J8", "Warung Nasi Liwet Teh Imas", "mikro", "36.04", "halal", True, [
        ("nasiliwet", "Nasi Liwet Komplit Bungkus", "porsi", 25000, 600, 2),
        ("nasibox", "Nasi Kotak Pepes Ikan", "porsi", 30000, 400, 2),
    ]),
    # ---------------------------------------------------------------- fesyen
    ("F1", "Batik Krakatau Cilegon", "kecil", "36.72", "batikmark:BM-0412-2025", True, [
        ("batiktulis", "Kain Batik Tulis Motif Krakatau 2m", "lembar", 650000, 40, 30),
        ("batikcap", "Batik Cap Motif Debus 2m", "lembar", 250000, 200, 14),
        ("kemejabatikprint", "Kemeja Batik Print Pria Lengan Panjang", "pcs", 120000, 600, 14),
    ]),
    ("F2", "Konveksi Seragam Bekasi Jaya", "menengah", "32.75", "sni", True, [
        ("pdh", "Seragam PDH Pemda Kain Drill", "stel", 185000, 800, 21),
        ("pdl", "Baju PDL Lapangan Ripstop", "stel", 210000, 500, 21),
        ("kaosolahraga", "Kaos Olahraga Dry Fit Sablon", "pcs", 65000, 2000, 14),
        ("polo", "Kaos Polo Kerah Bordir Logo", "pcs", 85000, 1500, 14),
    ]),
    ("F3", "Tenun Kanekes Lebak", "mikro", "36.02", "", True, [
        ("tenunbaduy", "Kain Tenun Baduy Motif Poleng", "lembar", 350000, 40, 14),
        ("selendangtenun", "Selendang Tenun Baduy", "pcs", 150000, 60, 14),
    ]),
    ("F4", "Goodie Bag Tangsel", "mikro", "36.74", "", True, [
        ("totebag", "Tote Bag Kanvas Sablon Logo", "pcs", 25000, 3000, 10),
        ("tasspunbond", "Tas Spunbond Seminar", "pcs", 6000, 5000, 7),
        ("ransel", "Tas Ransel Dinas Laptop", "pcs", 95000, 800, 14),
        ("kaossablon", "T-Shirt Cotton Combed 30s Sablon Custom", "pcs", 55000, 2000, 10),
    ]),
    ("F5", "Tapis Lampung Indah", "kecil", "18.71", "", True, [
        ("tapis", "Kain Tapis Lampung Tumpal", "lembar", 900000, 20, 30),
        ("pecitapis", "Peci Tapis Lampung", "pcs", 75000, 300, 10),
    ]),
    ("F6", "PT Garmen Nusantara", "besar", "36.03", "sni;iso-9001", True, [
        ("pdh", "Seragam Dinas PDH Kain American Drill", "stel", 120000, 10000, 14),
        ("kaosolahraga", "Kaos Olahraga Polyester", "pcs", 35000, 20000, 7),
    ]),
    ("F7", "Konveksi Bu Wati", "mikro", "36.71", "", True, [
        ("kemejaputih", "Kemeja Putih Lengan Panjang Pria Katun", "pcs", 115000, 400, 10),
        ("rokkerja", "Rok Hitam Kerja Wanita", "pcs", 95000, 300, 10),
    ]),
    # ---------------------------------------------------------------- kerajinan
    ("K1", "Anyaman Pandan Mekarsari", "mikro", "36.01", "", True, [
        ("tasanyaman", "Tas Anyaman Pandan", "pcs", 65000, 300, 10),
        ("tikarpandan", "Tikar Pandan Motif", "pcs", 120000, 150, 10),
    ]),
    ("K2", "Rotan Craft Kragilan", "mikro", "36.04", "", True, [
        ("parsel", "Keranjang Parsel Rotan Bulat", "pcs", 45000, 800, 7),
        ("tempattisu", "Tempat Tisu Rotan", "pcs", 35000, 600, 7),
    ]),
    ("K3", "Souvenir Akrilik Cilegon", "kecil", "36.72", "", True, [
        ("gantunganakrilik", "Gantungan Kunci Akrilik Custom Logo", "pcs", 5000, 10000, 7),
        ("plakatakrilik", "Plakat Akrilik Custom + Box", "pcs", 175000, 300, 7),
        ("mug", "Mug Custom Print Logo", "pcs", 25000, 3000, 5),
    ]),
    ("K4", "Ukiran Kayu Kaibon", "mikro", "36.73", "", True, [
        ("plakatkayu", "Plakat Kayu Ukir Logo Instansi", "pcs", 250000, 100, 14),
        ("miniaturrumah", "Miniatur Rumah Adat Baduy Kayu", "pcs", 150000, 100, 14),
        ("miniaturgolok", "Souvenir Miniatur Golok Ciomas 15cm", "pcs", 40000, 500, 10),
    ]),
    ("K5", "Gerabah Bumijaya", "mikro", "36.04", "", True, [
        ("guci", "Guci Gerabah Bumijaya Hias", "pcs", 90000, 200, 10),
        ("vas", "Vas Bunga Gerabah", "pcs", 45000, 400, 7),
        ("celengan", "Celengan Gerabah Ayam", "pcs", 15000, 800, 7),
    ]),
    ("K6", "Siger Craft Lampung", "kecil", "18.71", "", True, [
        ("siger", "Miniatur Siger Lampung Kuningan", "pcs", 125000, 300, 10),
        ("gantungansiger", "Gantungan Kunci Siger", "pcs", 6000, 10000, 7),
    ]),
    ("K7", "Boneka Flanel Kreasi", "mikro", "32.75", "", True, [
        ("boneka", "Boneka Maskot Flanel Custom", "pcs", 45000, 500, 14),
    ]),
    # ---------------------------------------------------------------- perhiasan
    ("P1", "Kerajinan Perak Bu Lastri", "mikro", "34.71", "", True, [
        ("brosperak", "Bros Perak Filigri", "pcs", 250000, 100, 14),
        ("cincinperak", "Cincin Perak 925 Ukir", "pcs", 180000, 150, 14),
        ("kalungperak", "Kalung Perak 925 Liontin", "pcs", 350000, 100, 14),
    ]),
    ("P2", "Mutiara Lombok Sejahtera", "kecil", "52.71", "", True, [
        ("kalungmutiara", "Kalung Mutiara Air Laut Lombok", "pcs", 1500000, 30, 14),
        ("gelangimitasi", "Gelang Mutiara Imitasi", "pcs", 25000, 1000, 5),
    ]),
    ("P3", "Aksesoris Hijab Tangerang", "mikro", "36.71", "", True, [
        ("brosimitasi", "Bros Hijab Mutiara Imitasi isi 12", "pcs", 30000, 1000, 5),
        ("pinlogo", "Pin Logo Instansi Kuningan Enamel", "pcs", 20000, 2000, 10),
    ]),
    ("P4", "Batu Akik Way Kanan", "mikro", "18.08", "", True, [
        ("cincinakik", "Cincin Batu Akik Way Kanan", "pcs", 150000, 200, 7),
    ]),
    ("P5", "Kuningan Emblem Cilegon", "kecil", "36.72", "", True, [
        ("pinlogo", "Pin Emblem Logo Pemkot", "pcs", 15000, 3000, 10),
        ("lencana", "Lencana KORPRI Kuningan", "pcs", 12000, 3000, 10),
    ]),
    # ---------------------------------------------------------------- furnitur
    ("R1", "Mebel Jati Jepara Cabang Serang", "kecil", "36.73", "svlk", True, [
        ("mejarapat12", "Meja Rapat Kayu Jati 12 Kursi", "set", 18000000, 5, 45),
        ("lemariarsipkayu", "Lemari Arsip Kayu Jati 2 Pintu", "unit", 4500000, 10, 30),
        ("mejarapat6", "Meja Rapat Kecil 6 Orang Jati", "set", 8500000, 5, 30),
    ]),
    ("R2", "Furnitur Besi Cikarang", "kecil", "32.16", "sni", True, [
        ("kursitunggu", "Kursi Tunggu 3 Dudukan Stainless", "unit", 1800000, 60, 21),
        ("lemariarsipbesi", "Lemari Arsip Besi 4 Laci", "unit", 2600000, 50, 21),
        ("rakbesi", "Rak Besi Siku Serbaguna", "unit", 450000, 200, 10),
    ]),
    ("R3", "Meubel Rotan Lampung", "mikro", "18.71", "", True, [
        ("kursirotan", "Kursi Teras Rotan Sintetis", "unit", 750000, 40, 21),
        ("sofarotan", "Sofa Tamu Rotan 1 Set", "set", 6500000, 8, 30),
    ]),
    ("R4", "UD Sinar Plastik Cilegon", "mikro", "36.72", "", True, [
        ("kursiplastik", "Kursi Plastik Tanpa Sandaran", "unit", 45000, 1000, 5),
        ("mejalipat", "Meja Lipat Anak", "unit", 65000, 500, 5),
    ]),
    ("R5", "Interior Kantor Tangerang", "menengah", "36.71", "sni", True, [
        ("kursikantor", "Kursi Kantor Putar Jaring", "unit", 850000, 100, 14),
        ("mejakerja", "Meja Kerja Staf 1 Biro", "unit", 1400000, 60, 14),
        ("rakbuku", "Rak Buku Perpustakaan 5 Susun", "unit", 2200000, 40, 21),
    ]),
    # ---------------------------------------------------------------- herbal
    ("H1", "Jamu Gendong Mbok Sri", "mikro", "36.73", "pirt", True, [
        ("kunyitasam", "Jamu Kunyit Asam Botol 250ml", "botol", 8000, 1500, 1),
        ("beraskencur", "Beras Kencur Botol 250ml", "botol", 8000, 1500, 1),
    ]),
    ("H2", "Herbal Jahe Merah Lampung Tengah", "kecil", "18.02", "bpom;halal", True, [
        ("jahemerahinstan", "Jahe Merah Instan Bubuk 250gr", "pcs", 35000, 2000, 5),
        ("temulawak", "Temulawak Instan 200gr", "pcs", 30000, 2000, 5),
    ]),
    ("H3", "Madu Hutan Ujung Kulon", "mikro", "36.01", "", True, [
        ("maduhutan", "Madu Hutan Liar Ujung Kulon 500ml", "botol", 120000, 300, 7),
    ]),
    ("H4", "Minyak Kelapa Murni Cikande", "kecil", "36.04", "bpom", True, [
        ("vco", "Virgin Coconut Oil 250ml", "botol", 45000, 1000, 5),
        ("kayuputih", "Minyak Kayu Putih 60ml", "botol", 25000, 1500, 5),
        ("minyakurut", "Minyak Urut Sereh 60ml", "botol", 20000, 1000, 5),
    ]),
    ("H5", "Herbal Kelor Bekasi", "mikro", "32.75", "bpom", True, [
        ("kapsulkelor", "Kapsul Daun Kelor isi 60", "botol", 55000, 800, 5),
        ("tehkelor", "Teh Daun Kelor Celup", "box", 25000, 800, 5),
    ]),
    # ---------------------------------------------------------------- kosmetik
    ("C1", "Sabun Herbal Sereh Cilegon", "mikro", "36.72", "bpom;halal", True, [
        ("sabunbatang", "Sabun Batang Sereh Wangi 100gr", "pcs", 15000, 2000, 5),
        ("sabuncuci", "Sabun Cuci Tangan Cair 500ml", "botol", 25000, 1500, 5),
    ]),
    ("C2", "Kosmetik Alami Bekasi", "kecil", "32.75", "bpom;halal", True, [
        ("handsanitizer", "Hand Sanitizer Gel 500ml", "botol", 35000, 2000, 5),
        ("lotion", "Body Lotion Bengkoang 250ml", "botol", 40000, 1000, 5),
        ("lulur", "Lulur Mandi Tradisional 200gr", "pcs", 30000, 1000, 5),
    ]),
    ("C3", "Scrub Kopi Lampung", "mikro", "18.71", "bpom", True, [
        ("lulur", "Lulur Kopi Lampung 150gr", "pcs", 35000, 600, 5),
        ("sabunbatang", "Sabun Kopi Handmade 80gr", "pcs", 18000, 800, 5),
    ]),
    ("C4", "Minyak Rambut Urang Aring Kramatwatu", "mikro", "36.04", "bpom", True, [
        ("minyakrambut", "Minyak Rambut Urang Aring 100ml", "botol", 20000, 800, 5),
        ("sampo", "Sampo Lidah Buaya 250ml", "botol", 28000, 800, 5),
    ]),
    ("C5", "PT Kimia Kosmetika", "besar", "36.03", "bpom;halal;iso-9001", True, [
        ("handsanitizer", "Hand Sanitizer 500 ml Pabrik", "botol", 15000, 50000, 3),
    ]),
    # ---------------------------------------------------------------- logam
    ("L1", "Pandai Besi Ciomas Abah Udin", "mikro", "36.04", "", True, [
        ("golok", "Golok Ciomas Sarung Kayu", "pcs", 450000, 50, 21),
        ("pisaudapur", "Pisau Dapur Baja Per", "pcs", 60000, 300, 7),
        ("arit", "Arit Rumput Baja", "pcs", 55000, 300, 7),
        ("cangkul", "Cangkul Baja", "pcs", 95000, 200, 10),
    ]),
    ("L2", "Logam Cor Cilegon", "kecil", "36.72", "sni", True, [
        ("teralis", "Teralis Besi Tempa per m2", "m2", 650000, 100, 21),
        ("papannama", "Papan Nama Stainless Etching", "unit", 450000, 50, 14),
        ("tiangbendera", "Tiang Bendera Stainless 7m", "unit", 3500000, 10, 21),
    ]),
    ("L3", "Alat Pertanian Lampung Tengah", "mikro", "18.02", "sni", True, [
        ("cangkul", "Cangkul Pacul Baja Lampung", "pcs", 85000, 500, 10),
        ("parang", "Parang Kebun Lampung", "pcs", 70000, 300, 10),
        ("arit", "Sabit Arit Padi", "pcs", 50000, 400, 10),
    ]),
    ("L4", "Kuningan Kerajinan Tangerang", "mikro", "36.71", "", True, [
        ("piala", "Piala Kuningan Lomba", "pcs", 350000, 100, 14),
        ("lonceng", "Lonceng Kuningan", "pcs", 150000, 100, 14),
    ]),
    ("L5", "Aluminium Bekasi Makmur", "kecil", "32.16", "sni", True, [
        ("panci", "Panci Aluminium Besar 40cm", "pcs", 180000, 300, 7),
        ("tempatsampahstainless", "Tempat Sampah Stainless Pedal 30L", "unit", 650000, 100, 10),
    ]),
    # ---------------------------------------------------------------- percetakan
    ("T1", "Percetakan Mandiri Serang", "kecil", "36.73", "", True, [
        ("spanduk", "Cetak Spanduk Flexi 280gr per m2", "m2", 25000, 5000, 2),
        ("undangan", "Cetak Undangan Hardcover", "pcs", 8500, 5000, 5),
        ("kartunama", "Kartu Nama Art Carton 1 box", "box", 35000, 1000, 3),
    ]),
    ("T2", "Toko ATK Sinar Cilegon", "kecil", "36.72", "", True, [
        ("hvs", "Kertas HVS A4 70gr 1 Rim", "rim", 52000, 2000, 3),
        ("paketatk", "Paket ATK Pegawai (pulpen, pensil, map)", "paket", 45000, 1000, 3),
        ("mapplastik", "Map Plastik Kancing isi 12", "pak", 30000, 1000, 3),
        ("pulpen", "Pulpen Gel Hitam isi 12", "pak", 28000, 1000, 3),
    ]),
    ("T3", "Sablon dan Kemasan Bekasi", "mikro", "32.75", "", True, [
        ("dussnack", "Dus Snack Box Custom Print 16x16", "pcs", 1500, 20000, 7),
        ("stiker", "Stiker Label Produk Vinyl", "pcs", 500, 50000, 5),
    ]),
    ("T4", "Digital Printing Way Halim", "kecil", "18.71", "", True, [
        ("xbanner", "X-Banner 60x160 + Rangka", "pcs", 85000, 500, 3),
        ("spanduk", "Spanduk MMT per meter persegi", "m2", 22000, 3000, 2),
        ("brosur", "Brosur A4 Art Paper", "pcs", 1200, 20000, 4),
        ("agenda", "Buku Agenda Kulit Logo Instansi", "pcs", 75000, 500, 10),
    ]),
    ("T5", "Cetak Buku Tangerang", "kecil", "36.71", "", True, [
        ("bukulaporan", "Cetak Buku Laporan Tahunan Full Color", "eks", 85000, 1000, 14),
        ("blocknote", "Block Note Kop Instansi", "pcs", 12000, 3000, 5),
        ("kalender", "Kalender Dinding Custom", "pcs", 25000, 3000, 10),
    ]),
    ("T6", "PT Kertas Nusantara", "besar", "36.03", "sni;iso-9001", True, [
        ("hvs", "Kertas HVS A4 70 gsm Rim", "rim", 45000, 100000, 2),
    ]),
    # ---------------------------------------------------------------- pertanian
    ("A1", "Kelompok Tani Padi Makmur", "koperasi", "18.02", "", True, [
        ("benihpadi", "Benih Padi Inpari 32 Bersertifikat 5kg", "pak", 75000, 2000, 7),
        ("beras", "Beras Premium Lampung 5kg", "pak", 70000, 3000, 3),
    ]),
    ("A2", "Pembenihan Ikan Sangkanila", "mikro", "36.04", "", True, [
        ("bibitlele", "Bibit Ikan Lele Sangkuriang 5-7cm per ekor", "ekor", 250, 50000, 5),
        ("bibitnila", "Benih Ikan Nila Merah 5cm", "ekor", 400, 30000, 5),
        ("lelekonsumsi", "Ikan Lele Konsumsi per kg", "kg", 25000, 1500, 2),
    ]),
    ("A3", "Tani Organik Pandeglang", "mikro", "36.01", "", True, [
        ("kompos", "Pupuk Kompos Organik 25kg", "karung", 35000, 2000, 5),
        ("selada", "Selada Hidroponik 250gr", "pcs", 12000, 1500, 1),
    ]),
    ("A4", "Bibit Kopi Lampung Barat", "mikro", "18.04", "", True, [
        ("bibitkopi", "Bibit Kopi Robusta Polybag", "batang", 5000, 20000, 10),
        ("bibitdurian", "Bibit Durian Musang King Okulasi", "batang", 85000, 2000, 10),
        ("greenbean", "Kopi Green Bean Robusta 1kg", "kg", 60000, 3000, 5),
    ]),
    ("A5", "Ikan Hias Ciledug", "mikro", "36.71", "", True, [
        ("cupang", "Ikan Cupang Halfmoon", "ekor", 35000, 1000, 3),
        ("koi", "Ikan Koi Lokal 10cm", "ekor", 25000, 1000, 3),
    ]),
    ("A6", "Peternakan Ayam Petelur Cilegon", "mikro", "36.72", "", True, [
        ("telur", "Telur Ayam Ras per kg", "kg", 28000, 2000, 1),
    ]),
    # ---------------------------------------------------------------- lainnya
    ("X1", "Sapu Ijuk Pandeglang", "mikro", "36.01", "", True, [
        ("sapuijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 1000, 5),
        ("kemoceng", "Kemoceng Bulu Ayam", "pcs", 20000, 800, 5),
        ("sapulidi", "Sapu Lidi Gagang", "pcs", 10000, 2000, 5),
    ]),
    ("X2", "Alat Kebersihan Bekasi", "kecil", "32.75", "", True, [
        ("alatpel", "Alat Pel Lantai Putar + Ember", "set", 145000, 500, 5),
        ("kainpel", "Kain Pel Katun", "pcs", 15000, 2000, 5),
        ("embersampah", "Ember Sampah Tutup 60L", "pcs", 85000, 500, 5),
        ("keset", "Keset Kaki Serabut Kelapa", "pcs", 30000, 800, 5),
    ]),
    ("X3", "Plastik Kemasan Cilegon", "mikro", "36.72", "", True, [
        ("kantongsampah", "Kantong Plastik Sampah Hitam 60x100", "pak", 18000, 3000, 3),
        ("tongpilah", "Tong Sampah Plastik Pilah 3 Warna", "set", 950000, 50, 10),
    ]),
    ("X4", "Bendera dan Umbul-umbul Serang", "mikro", "36.73", "", True, [
        ("bendera", "Bendera Merah Putih 120x180 Kain Katun", "pcs", 55000, 2000, 5),
        ("umbul", "Umbul-umbul Kain 5m", "pcs", 75000, 1000, 7),
    ]),
    ("X5", "Lilin Aromaterapi Lampung", "mikro", "18.71", "", True, [
        ("lilin", "Lilin Aromaterapi Jar", "pcs", 35000, 500, 5),
        ("pengharum", "Pengharum Ruangan Gel", "pcs", 15000, 1000, 5),
    ]),
]

CATEGORY = {
    "M": "makanan", "D": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
    "R": "furnitur", "H": "herbal", "C": "kosmetik", "L": "logam", "T": "percetakan", "A": "pertanian",
    "X": "lainnya",
}

# Perishable kinds: made in the delivery month (capacity_per_month >= quantity) and, for the label,
# from the need's own kabupaten/kota when any qualifies, else its province.
PERISHABLE = {"nasibox", "snackbox", "prasmanan", "tumpeng", "nasiliwet", "kunyitasam", "beraskencur",
              "telur", "lelekonsumsi", "selada"}

"""Hand-written suppliers and products of relevance-blind67 (fictional).

SUPPLIERS: (key, name, scale, region, certificates, active, products); the key's first letter is the category.
Each product: (kind, name as the maker writes it, unit, unit_price, capacity_per_month, lead_time_days).
Kinds are the labeller's tags; they never reach the CSVs.
"""

SUPPLIERS = [
    # makanan
    ("MA", "UMKM Kerupuk Bandeng Mak Enok Pontang", "mikro", "36.04", "halal;pirt", True, [
        ("kerupukikan", "Kerupuk Ikan Bandeng Mentah 500 gr", "pack", 22000, 600, 3),
        ("otakotak", "Otak-otak Bandeng Frozen isi 10", "pack", 35000, 400, 3)]),
    ("MB", "Sambal Roa Teh Iyah", "kecil", "36.73", "halal;pirt", True, [
        ("sambalroa", "Sambal Roa Khas Banten Botol 200 ml", "botol", 38000, 800, 4),
        ("sambalbawang", "Sambal Bawang Pedas Jar 150 gr", "jar", 25000, 900, 4)]),
    ("MC", "Keripik Pisang Tanggamus Jaya", "mikro", "18.06", "pirt", True, [
        ("keripikpisang", "Keripik Pisang Kepok Manis 250 gr", "pack", 18000, 1500, 5),
        ("lanting", "Lanting Singkong Bawang 250 gr", "pack", 15000, 1000, 5)]),
    ("MD", "PT Sari Rasa Nusantara", "besar", "32.75", "halal;bpom;iso-9001", True, [
        ("dodol", "Dodol Betawi Ketan Hitam 500 gr", "box", 45000, 5000, 3),
        ("kuekering", "Nastar Premium Toples 500 gr", "toples", 65000, 8000, 3)]),
    ("ME", "Dapur Kue Bu Nining Tambun", "mikro", "32.16", "halal;pirt", True, [
        ("rengginang", "Rengginang Terasi Mentah 1 kg", "kg", 40000, 300, 4),
        ("kuekering", "Kue Kering Nastar Keju Toples 500gr", "toples", 75000, 400, 5),
        ("kuekering", "Kastengel Keju Edam Toples 400 gr", "toples", 80000, 300, 5)]),
    ("MF", "Koperasi Emping Melinjo Menes Sentosa", "koperasi", "36.01", "halal;pirt", True, [
        ("emping", "Emping Melinjo Super Tipis 1 kg", "kg", 95000, 500, 5),
        ("empingbalado", "Emping Balado Pedas Manis 250 gr", "pack", 28000, 600, 5)]),
    ("MG", "Abon Ikan Tongkol Bayah", "mikro", "36.02", "pirt-expired", True, [
        ("abonikan", "Abon Ikan Tongkol Pedas 100 gr", "pack", 30000, 500, 4)]),
    ("MH", "Opak Ketan Bu Enah Rengasdengklok", "mikro", "32.15", "pirt", True, [
        ("opak", "Opak Ketan Bakar 1 kg", "kg", 45000, 300, 4),
        ("keripiksingkong", "Keripik Singkong Balado 500 gr", "pack", 22000, 800, 4)]),
    # minuman
    ("NA", "Koperasi Tani Kopi Makmur Gisting", "koperasi", "18.06", "halal;pirt", True, [
        ("kopirobustatgm", "Kopi Bubuk Robusta Tanggamus 250 gr", "pack", 35000, 2000, 5),
        ("kopibiji", "Roasted Bean Robusta Fine Lampung 1 kg", "kg", 180000, 300, 7)]),
    ("NB", "Kopi Mbah Darmo Pringsewu", "mikro", "18.10", "pirt", True, [
        ("kopirobustapsw", "Kopi Robusta Tubruk Pringsewu 500 gr", "pack", 60000, 800, 4),
        ("kopijahe", "Kopi Jahe Sachet isi 10", "box", 25000, 1000, 4)]),
    ("NC", "Kakao Mandiri Cimarga", "kecil", "36.02", "halal;bpom", True, [
        ("cokelatbubuk", "Cokelat Bubuk Minuman Kakao Lebak 200 gr", "pack", 40000, 600, 5)]),
    ("ND", "Sirup Jahe Merah Wanayasa", "mikro", "32.14", "pirt", True, [
        ("sirupjahe", "Sirup Jahe Merah 600 ml", "botol", 35000, 500, 4),
        ("tehrosella", "Teh Rosella Kering 50 gr", "pack", 25000, 400, 4)]),
    ("NE", "CV Tirta Murni Cibinong", "kecil", "32.01", "halal;bpom;sni", True, [
        ("amdkgelas", "Air Mineral Gelas 220 ml dus isi 48", "dus", 24000, 5000, 2),
        ("amdkbotol", "Air Mineral Botol 600 ml dus isi 24", "dus", 45000, 3000, 2)]),
    # jasa-boga
    ("JA", "Catering Dapur Bu Yati Cikarang", "kecil", "32.16", "halal", True, [
        ("nasikotak", "Nasi Box Ayam Bakar + Lalapan", "box", 30000, 1500, 2),
        ("snackbox", "Snack Box isi 3 Kue", "box", 12000, 3000, 1)]),
    ("JB", "RM Sunda Karawang Asri", "mikro", "32.15", "halal", True, [
        ("nasikotak", "Nasi Kotak Ayam Goreng Sunda", "kotak", 28000, 800, 2),
        ("prasmanan", "Paket Prasmanan Menu Sunda per orang", "porsi", 55000, 600, 3),
        ("liwet", "Nasi Liwet Tampah 5 orang", "tampah", 175000, 100, 2)]),
    ("JC", "Katering Barokah Serang", "mikro", "36.73", "halal", True, [
        ("nasikotak", "NASI KOTAK Menu Ikan Bandeng Presto", "kotak", 32000, 1000, 2),
        ("tumpeng", "Tumpeng Nasi Kuning 20 orang", "paket", 650000, 30, 3)]),
    ("JD", "Dapur Sejahtera Sukadana", "mikro", "18.07", "halal", True, [
        ("nasikotak", "Nasi Kotak Pindang Ikan Patin", "kotak", 27000, 500, 2),
        ("snackbox", "Kue Kotak Isi 4 (Lemper, Risoles, Bolu, Air Mineral)", "kotak", 15000, 900, 1)]),
    ("JE", "Pondok Katering Cipondoh", "kecil", "36.71", "halal", True, [
        ("snackbox", "Snack Box Premium Meeting", "box", 18000, 2500, 1),
        ("prasmanan", "Buffet Menu Nusantara min 100 pax", "pax", 65000, 1500, 4)]),
    ("JF", "Dapur Ibu Iis Cibinong", "mikro", "32.01", "pirt", True, [
        ("nasikotak", "Nasi Box Ayam Geprek Sambal Bawang", "box", 22000, 600, 1)]),
    # fesyen
    ("FA", "Konveksi Seragam Cikarang Jaya", "kecil", "32.16", "", True, [
        ("pdh", "Seragam PDH Dinas Bahan Drill Kheki", "stel", 185000, 800, 21),
        ("kemejaputih", "Kemeja Putih Lengan Panjang Bahan Katun", "pcs", 110000, 1000, 14),
        ("rompi", "Rompi Lapangan Bordir Logo Instansi", "pcs", 125000, 500, 14)]),
    ("FB", "Kreasindo Sablon Karawang", "mikro", "32.15", "", True, [
        ("kaossablon", "Kaos Sablon Cotton Combed 30s Custom Logo", "pcs", 55000, 2000, 10),
        ("kaospolo", "Kaos Polo Bordir Bahan Lacoste PE", "pcs", 85000, 800, 14)]),
    ("FC", "Sanggar Tapis Siger", "kecil", "18.71", "", True, [
        ("tapis", "Kain Tapis Lampung Motif Pucuk Rebung 2 m", "lembar", 850000, 40, 21),
        ("tastapis", "Tas Selempang Motif Tapis", "pcs", 150000, 200, 10)]),
    ("FD", "Batik Krakatoa Cilegon", "mikro", "36.72", "batikmark", True, [
        ("batiktulis", "Batik Tulis Krakatau Kain 2 m", "lembar", 750000, 30, 30),
        ("batikcap", "Kain Batik Cap Motif Banten 2 m", "lembar", 180000, 400, 14),
        ("kemejabatik", "Kemeja Batik Cap Pria Lengan Panjang", "pcs", 165000, 500, 14)]),
    ("FE", "Sandal Hotel Mandiri Curug", "mikro", "36.03", "", True, [
        ("sandalhotel", "Sandal Hotel Spon Putih 5 mm", "pasang", 4500, 10000, 7),
        ("sandaljepit", "Sandal Jepit Karet Logo Custom", "pasang", 15000, 3000, 10)]),
    ("FF", "Topi & Tas Seminar Bekasi Utara", "mikro", "32.75", "", True, [
        ("totebag", "Tote Bag Blacu Sablon 1 Warna 30x40", "pcs", 12000, 5000, 7),
        ("topi", "Topi Rimba Bordir Logo", "pcs", 45000, 1500, 10)]),
    ("FG", "PT Garmen Prima Cileungsi", "besar", "32.01", "iso-9001", True, [
        ("kaossablon", "Kaos Oblong Cotton Combed Sablon", "pcs", 38000, 50000, 7)]),
    ("FH", "Konveksi Seragam Sekolah Cibarusah", "mikro", "32.16", "", True, [
        ("seragamsd", "Seragam SD Putih Merah Stel Kemeja + Celana/Rok Size 6-14", "stel", 95000, 2000, 14),
        ("kaospolo", "Kaos Polo Shirt Pria Lacoste CVC Bordir Logo Warna Navy Merah Hitam S-XXL", "pcs", 78000, 1500, 10),
        ("kaossablon", "Kaos Polos Cotton Combed 30s + Sablon DTF Custom A4 READY S M L XL", "pcs", 48000, 3000, 7)]),
    # kerajinan
    ("KA", "Koperasi Anyaman Pandan Cibeber", "koperasi", "36.02", "", True, [
        ("tikarpandan", "Tikar Pandan Anyam 2x3 m", "lembar", 120000, 100, 10),
        ("tasanyaman", "Tas Anyaman Pandan Jinjing", "pcs", 65000, 300, 10),
        ("topianyaman", "Topi Pandan Anyam Pantai", "pcs", 30000, 400, 7)]),
    ("KB", "Gerabah Bumijaya", "mikro", "36.04", "", True, [
        ("gerabah", "Guci Hias Gerabah Tanah Liat 40 cm", "pcs", 95000, 150, 14),
        ("pot", "Pot Tanah Liat Diameter 25 cm", "pcs", 18000, 1000, 7)]),
    ("KC", "Bambu Kreatif Plered", "mikro", "32.14", "", True, [
        ("besek", "Besek Bambu Tutup 20x20", "pcs", 4000, 8000, 5),
        ("tempatpensil", "Tempat Pensil Bambu Ukir Nama", "pcs", 20000, 1000, 7)]),
    ("KD", "Souvenir Akrilik Karawaci", "kecil", "36.71", "", True, [
        ("plakatakrilik", "Plakat Akrilik Custom 15x20 cm + Box", "pcs", 175000, 300, 7),
        ("gantungankunci", "Gantungan Kunci Akrilik Full Print", "pcs", 5000, 8000, 7),
        ("mug", "Mug Keramik Sablon Logo 11 oz + Dus", "pcs", 25000, 3000, 7)]),
    ("KE", "Seni Ukir Kayu Telukjambe", "mikro", "32.15", "svlk", True, [
        ("plakatkayu", "Plakat Kayu Jati Ukir Logo 20x30", "pcs", 350000, 80, 14),
        ("miniatur", "Miniatur Perahu Pinisi Kayu 40 cm", "pcs", 275000, 60, 14)]),
    ("KF", "Karawang Souvenir Center", "kecil", "32.15", "", True, [
        ("plakatakrilik", "Plakat Akrilik Motif Kayu 15x20 cm Custom Logo + Kotak", "pcs", 150000, 300, 5),
        ("gantungankunci", "Gantungan Kunci Kayu Laser Logo Instansi", "pcs", 7000, 5000, 5)]),
    # perhiasan
    ("PA", "Perak Kilau Kotaagung", "mikro", "18.06", "", True, [
        ("brosperak", "Bros Perak 925 Motif Siger", "pcs", 185000, 200, 10),
        ("cincinperak", "Cincin Perak Batu Akik Lampung", "pcs", 220000, 150, 10)]),
    ("PB", "Aksesoris Manik Baduy Pandeglang", "mikro", "36.01", "", True, [
        ("kalungmanik", "Kalung Manik-manik Etnik Baduy", "pcs", 35000, 800, 7),
        ("gelangkoko", "Gelang Tali Koko Baduy isi 10", "pack", 25000, 1500, 5)]),
    ("PC", "PT Galeri Emas Bekasi", "besar", "32.75", "sni", True, [
        ("cincinemas", "Cincin Emas 24K 2 gram", "pcs", 2800000, 100, 7)]),
    ("PD", "Mutiara Kalianda", "kecil", "18.01", "", True, [
        ("brosmutiara", "Bros Mutiara Air Tawar Bentuk Bunga", "pcs", 125000, 300, 7),
        ("kalungmutiara", "Kalung Mutiara Air Tawar 45 cm", "pcs", 350000, 120, 10)]),
    ("PE", "Emblem Jaya Cibitung", "mikro", "32.16", "", True, [
        ("pinlogo", "Pin Bros Logo Pemda Kuningan Lapis Emas", "pcs", 45000, 2000, 14)]),
    # furnitur
    ("UA", "Mebel Sekolah Karya Cikampek", "kecil", "32.15", "svlk", True, [
        ("mejasiswa", "Meja Siswa Kayu Mahoni 1 orang 60x40x75 cm", "unit", 450000, 300, 21),
        ("kursisiswa", "Kursi Siswa Kayu Mahoni Sandaran", "unit", 275000, 400, 21),
        ("mejaguru", "Meja Guru Kayu 1/2 Biro 120x60x75 cm", "unit", 1350000, 60, 21)]),
    ("UB", "Rotan Jaya Tigaraksa", "mikro", "36.03", "", True, [
        ("kursirotan", "Kursi Teras Rotan Sintetis Set 2 Kursi + Meja", "set", 1850000, 30, 21),
        ("sofarotan", "Sofa Rotan Alami 3 Dudukan", "unit", 3200000, 15, 30)]),
    ("UC", "CV Furni Office Bekasi", "menengah", "32.75", "sni;iso-9001", True, [
        ("lemariarsip", "Lemari Arsip Besi 4 Laci Folio", "unit", 2650000, 80, 14),
        ("mejakantor", "Meja Kantor Minimalis 120x60x75 cm Top HPL Putih", "unit", 1150000, 100, 14),
        ("kursikantor", "Kursi Kantor Putar Hidrolik Jaring Hitam", "unit", 650000, 200, 10),
        ("rakbuku", "Rak Buku Kayu 5 Susun 80x30x180", "unit", 950000, 80, 14)]),
    ("UD", "Mebel Jati Gadingrejo", "mikro", "18.10", "svlk", True, [
        ("lemaripakaian", "Lemari Pakaian Jati 2 Pintu", "unit", 4500000, 10, 30),
        ("mejarapat", "Meja Rapat Jati Oval 8 Kursi 240x120", "set", 14500000, 5, 45)]),
    ("UE", "Whiteboard Serang Mandiri", "mikro", "36.73", "", True, [
        ("papantulis", "Papan Tulis Whiteboard 120x240 Frame Aluminium", "unit", 850000, 100, 7)]),
    ("UF", "PT Kursi Indo Makmur", "besar", "32.16", "sni", True, [
        ("kursikantor", "Kursi Kerja Ergonomis Kantor", "unit", 500000, 2000, 7)]),
    ("UG", "Mebel Kayu Setu", "mikro", "32.16", "", False, [
        ("lemariarsip", "Lemari Arsip Kayu 2 Pintu", "unit", 1600000, 40, 14)]),
    ("UH", "Toko Mebelku Official Bekasi", "kecil", "32.75", "", True, [
        ("mejakantor", "MEJA KANTOR MEBELKU MK-120 Ukuran 120x60x75 cm Warna Walnut / Putih [FREE ONGKIR JABODETABEK]", "unit", 1250000, 60, 10),
        ("kursikantor", "Kursi Kantor Staff KENZO K-21 Jaring Mesh Hidrolik Hitam Roda Nylon READY STOCK", "unit", 720000, 150, 7),
        ("lemariarsip", "Lemari Arsip Besi 4 Laci FOLIO Warna Abu (Grey) MEBELKU LA-4 Kunci Central", "unit", 2900000, 40, 10),
        ("kursitunggu", "Kursi Tunggu 3 Dudukan Stainless Besi Model Bandara Hitam", "unit", 1800000, 40, 10),
        ("mejalipat", "Meja Lipat Serbaguna 120x60 Kaki Besi Top Multipleks", "unit", 650000, 80, 7)]),
    # herbal
    ("HA", "Jamu Gendong Mbok Sarmi", "mikro", "18.72", "pirt", True, [
        ("jamukunyit", "Jamu Kunyit Asam Botol 250 ml", "botol", 8000, 1500, 1),
        ("beraskencur", "Beras Kencur Botol 250 ml", "botol", 8000, 1200, 1)]),
    ("HB", "Madu Hutan Baduy Leuwidamar", "kecil", "36.02", "halal;pirt", True, [
        ("maduhutan", "Madu Hutan Baduy Asli 500 gr", "botol", 125000, 400, 5)]),
    ("HC", "Herbal Sehat Lestari Ciawi", "kecil", "32.01", "bpom;halal", True, [
        ("jaheinstan", "Jahe Merah Instan Bubuk 250 gr", "pack", 32000, 1500, 4),
        ("temulawak", "Temulawak Instan Serbuk 200 gr", "pack", 30000, 1000, 4),
        ("kapsulkelor", "Kapsul Daun Kelor isi 60", "botol", 65000, 600, 5)]),
    ("HD", "Minyak Urut Sereh Batujaya", "mikro", "32.15", "pirt", True, [
        ("minyakurut", "Minyak Urut Sereh Wangi 60 ml", "botol", 20000, 800, 4),
        ("balsem", "Balsem Herbal Jahe 20 gr", "pot", 15000, 800, 4)]),
    # kosmetik
    ("SA", "Sabun Sereh Wangi Carita", "mikro", "36.01", "bpom", True, [
        ("sabunbatang", "Sabun Mandi Batang Sereh Handmade 100 gr", "pcs", 15000, 2000, 5),
        ("lilinaroma", "Lilin Aromaterapi Lavender Gelas 100 gr", "pcs", 35000, 500, 7)]),
    ("SB", "Rumah Sabun Natural Tambun", "kecil", "32.16", "bpom;halal", True, [
        ("sabuncair", "Sabun Cuci Tangan Cair Refill 5 Liter", "jerigen", 85000, 400, 5),
        ("sabunbatang", "Sabun Kopi Scrub Handmade 80 gr", "pcs", 18000, 1200, 5),
        ("handsanitizer", "Hand Sanitizer Gel 500 ml Pump", "botol", 35000, 800, 5)]),
    ("SC", "Lulur Tradisional Kasemen", "mikro", "36.73", "pirt", True, [
        ("lulur", "Lulur Mandi Bengkoang 200 gr", "pot", 25000, 500, 5)]),
    ("SD", "Minyak Kemiri Talang Padang", "mikro", "18.06", "bpom", True, [
        ("minyakkemiri", "Minyak Kemiri Penumbuh Rambut 100 ml", "botol", 30000, 400, 5)]),
    # logam
    ("LA", "Bengkel Las Teralis Cikarang Barat", "mikro", "32.16", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow Motif Minimalis per m2", "m2", 425000, 200, 14),
        ("pagar", "Pagar Besi Minimalis Hollow 4x4 per meter", "m", 650000, 150, 21),
        ("kanopi", "Kanopi Baja Ringan Atap Alderon per m2", "m2", 375000, 300, 14)]),
    ("LB", "Koperasi Pandai Besi Ciomas", "koperasi", "36.04", "sni", True, [
        ("golok", "Golok Ciomas Sarung Kayu 35 cm", "pcs", 325000, 100, 14),
        ("cangkul", "Cangkul Baja Tempa Gagang Kayu", "pcs", 95000, 300, 10),
        ("arit", "Arit Sabit Rumput Baja", "pcs", 55000, 400, 10)]),
    ("LC", "Karya Logam Gunung Putri", "kecil", "32.01", "sni", True, [
        ("tongsampah", "Tong Sampah Besi Plat Bulat 60 Liter Tutup", "unit", 450000, 150, 14),
        ("raksiku", "Rak Besi Siku Lubang 5 Susun 200x40x90", "unit", 550000, 200, 7),
        ("tongsampahpilah", "Tempat Sampah Pilah 3 in 1 Stainless", "set", 3200000, 40, 21)]),
    ("LD", "Pandai Besi Pagelaran", "mikro", "18.10", "", True, [
        ("parang", "Parang Kebun Baja Per", "pcs", 110000, 300, 7),
        ("pisaudapur", "Pisau Dapur Baja Stainless Set 3", "set", 85000, 300, 7)]),
    ("LE", "PT Baja Karawang Prima", "besar", "32.15", "sni;iso-9001", True, [
        ("raksiku", "Rak Gudang Heavy Duty 4 Susun", "unit", 1500000, 800, 7)]),
    ("LF", "Las Listrik Berkah Tambun", "mikro", "32.16", "", True, [
        ("tongsampah", "TONG SAMPAH BESI PLAT 1.2 mm Kapasitas 60 Liter Cat Hijau + Tutup | Bisa Custom Tulisan", "unit", 480000, 60, 10),
        ("pagarbrc", "Pagar BRC Galvanis 2.4 m x 1.2 m Hot Dip", "lembar", 550000, 300, 7),
        ("gerobaksampah", "Gerobak Sampah Besi Roda 2 Kapasitas 1 m3", "unit", 3500000, 20, 14)]),
    # percetakan
    ("CA", "Mitra Grafika Bekasi", "kecil", "32.75", "iso-9001", True, [
        ("spanduk", "Cetak Spanduk Flexi 280 gr per meter", "m2", 25000, 10000, 2),
        ("xbanner", "X-Banner 60x160 + Rangka", "pcs", 75000, 1000, 2),
        ("amplopkop", "Amplop Kop Dinas Cetak 1 Warna Ukuran 110x230 (DL) isi 100", "box", 95000, 800, 5)]),
    ("CB", "Stempel Kilat Karawang", "mikro", "32.15", "", True, [
        ("stempelflash", "Stempel Flash Otomatis Custom Logo", "pcs", 85000, 800, 2),
        ("stempelkayu", "Stempel Karet Gagang Kayu", "pcs", 45000, 1000, 2)]),
    ("CC", "CV Kertas Purwakarta Makmur", "kecil", "32.14", "", True, [
        ("snelhecter", "Map Snelhecter Plastik Folio Warna isi 50", "pack", 75000, 1000, 4),
        ("mapkop", "Map Kop Instansi Cetak Full Color Art Carton 260 gr", "pcs", 6500, 5000, 7),
        ("undangan", "Kartu Undangan Hardcover Cetak Nama", "pcs", 8500, 3000, 10)]),
    ("CD", "Toko ATK Serang Jaya", "mikro", "36.73", "", True, [
        ("hvs", "Kertas HVS A4 70 gr 1 rim", "rim", 55000, 3000, 2),
        ("pulpen", "Pulpen Gel Hitam 0.5 isi 12", "lusin", 30000, 2000, 2),
        ("bukutulis", "Buku Tulis 38 lembar isi 10", "pak", 35000, 2000, 2)]),
    ("CE", "Percetakan Al-Barokah Way Jepara", "mikro", "18.07", "", True, [
        ("kalender", "Kalender Dinding 2027 Custom 6 Lembar", "pcs", 22000, 3000, 14),
        ("yasin", "Buku Yasin Hardcover 176 Hal", "pcs", 20000, 2000, 14)]),
    ("CF", "ATK & Percetakan Online Cikarang", "kecil", "32.16", "", True, [
        ("hvs", "Kertas HVS A4 70gsm 1 RIM 500 Lembar [Grosir Kantor] Putih Bersih", "rim", 52000, 2000, 2),
        ("mapplastik", "Map Plastik Kancing L Folio Bening isi 12 Warna Warni", "lusin", 30000, 2000, 3),
        ("amplopcoklat", "Amplop Coklat Kabinet Folio 25x35 isi 100", "pak", 65000, 1000, 3),
        ("stempelkayu", "STEMPEL KARET Custom Nama Logo Gagang Kayu 1 Hari Jadi", "pcs", 35000, 1500, 1)]),
    # pertanian
    ("TA", "Kebun Bibit Durian Pulau Panggung", "mikro", "18.06", "", True, [
        ("bibitdurian", "Bibit Durian Musang King Okulasi 80 cm", "batang", 75000, 2000, 7),
        ("bibitalpukat", "Bibit Alpukat Aligator Sambung Pucuk", "batang", 45000, 1500, 7)]),
    ("TB", "Aquatic Ikan Hias Cibinong", "mikro", "32.01", "", True, [
        ("ikankoki", "Ikan Koki Oranda 5 cm", "ekor", 15000, 3000, 3),
        ("cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 35000, 1000, 3)]),
    ("TC", "Pokdakan Mina Batanghari", "koperasi", "18.07", "", True, [
        ("benihlele", "Benih Lele Sangkuriang 5-7 cm", "ekor", 250, 200000, 3),
        ("benihnila", "Benih Ikan Nila Merah 3-5 cm", "ekor", 400, 150000, 3)]),
    ("TD", "Pakan Ternak Sentosa Klari", "kecil", "32.15", "sni", True, [
        ("pakanayam", "Pakan Ayam Petelur Konsentrat 50 kg", "sak", 425000, 500, 3),
        ("pakanikan", "Pelet Ikan Apung 781 Karung 30 kg", "sak", 360000, 600, 3)]),
    ("TE", "Serang Green Nursery", "mikro", "36.73", "", True, [
        ("sansevieria", "Tanaman Hias Sansevieria Pot 20", "pot", 35000, 1500, 5),
        ("pucukmerah", "Bibit Pucuk Merah Tinggi 1 m", "batang", 25000, 3000, 5)]),
    # lainnya
    ("XA", "Sapu Ijuk Rangkasbitung", "mikro", "36.02", "", True, [
        ("sapuijuk", "Sapu Ijuk Gagang Kayu", "pcs", 22000, 2000, 5),
        ("sapulidi", "Sapu Lidi Aren Ikat Besar", "pcs", 12000, 3000, 3),
        ("keset", "Keset Sabut Kelapa 40x60", "pcs", 30000, 1000, 5)]),
    ("XB", "CV Bersih Jaya Tambun", "kecil", "32.16", "", True, [
        ("spinmop", "Alat Pel Lantai Putar Spin Mop + Ember", "set", 165000, 600, 4),
        ("karbol", "Pembersih Lantai Karbol Sereh 5 liter", "jerigen", 65000, 800, 4),
        ("kainlap", "Kain Lap Microfiber 40x40 isi 10", "pack", 45000, 1200, 4)]),
    ("XC", "Koperasi Sembako Berkah Kutawaluya", "koperasi", "32.15", "", True, [
        ("paketsembako", "Paket Sembako Beras 5 kg + Minyak 2 L + Gula 1 kg", "paket", 165000, 2000, 5)]),
    ("XD", "APE Kayu Edukasi Metro", "mikro", "18.72", "", True, [
        ("ape", "Alat Peraga Edukasi Puzzle Kayu Huruf", "set", 85000, 500, 7),
        ("balok", "Mainan Edukatif Balok Susun Kayu 50 pcs", "set", 120000, 300, 7)]),
]

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Made for one day: capacity_per_month must cover the quantity, and a local maker is preferred.
PERISHABLE = {"nasikotak", "snackbox", "prasmanan", "tumpeng", "liwet", "jamukunyit", "beraskencur"}

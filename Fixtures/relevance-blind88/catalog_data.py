"""Hand-written suppliers and products for relevance-blind88 (all fictional).

SUPPLIERS: (key, name, scale, region, certificates, active, category, products)
product:   (kind, name, unit, unit_price, capacity_per_month, lead_time_days)
The kind is the labeller's private reading of what the product is; it never reaches the CSVs.
"""

PERISHABLE = {"nasikotak", "snackbox", "prasmanan", "tumpeng", "kuebasah", "lele", "sayurhidro", "jamukunyit"}

SUPPLIERS = [
    # makanan
    ("MKP", "Keripik Pisang Mbok Sri", "mikro", "18.71", "pirt;halal", True, "makanan", [
        ("kpisang", "Keripik Pisang Coklat Lumer 250 gr", "pcs", 25000, 1500, 3),
        ("kpisang", "Keripik Pisang Kepok Original 250 gr", "pcs", 20000, 1500, 3)]),
    ("MEM", "UD Emping Melinjo Menes", "mikro", "36.01", "pirt", True, "makanan", [
        ("emping_mentah", "Emping Melinjo Mentah Super 1 kg", "kg", 95000, 400, 4),
        ("emping_bumbu", "Emping Melinjo Pedas Manis 200 gr", "pcs", 28000, 600, 4)]),
    ("MKM", "Kemplang Panggang Teluk Betung", "mikro", "18.71", "pirt;halal", True, "makanan", [
        ("kemplang", "Kerupuk Kemplang Panggang Ikan Tenggiri 500 gr", "pcs", 35000, 800, 3)]),
    ("MKB", "Dapur Kue Ibu Rukmini", "mikro", "36.73", "pirt;halal", True, "makanan", [
        ("kuebasah", "Kue Basah Tradisional (lemper, risol, lapis, nagasari) per biji", "pcs", 3000, 6000, 1),
        ("lapislegit", "Lapis Legit Premium Wisman 20x20 cm", "pcs", 275000, 60, 5)]),
    ("MDB", "Dodol Betawi Ciputat Asli", "mikro", "36.74", "pirt", True, "makanan", [
        ("dodolbetawi", "Dodol Betawi Ketan Hitam 500 gr", "pcs", 45000, 500, 5)]),
    ("MSB", "Sambal Bawang Rumahan Kramatwatu", "kecil", "36.04", "pirt;halal", True, "makanan", [
        ("sambal", "Sambal Bawang Botol 200 ml", "pcs", 32000, 1200, 4),
        ("sambalcumi", "Sambal Cumi Asin Pedas 150 gr", "pcs", 38000, 800, 4)]),
    ("MNS", "Nastar Bunda Cake & Cookies", "kecil", "32.73", "pirt;halal", True, "makanan", [
        ("nastar", "Kue Kering Nastar Nanas Toples 500 gr", "pcs", 95000, 800, 5),
        ("kastengel", "Kastengel Keju Edam Toples 500 gr", "pcs", 105000, 600, 5)]),
    ("MKS", "Keripik Singkong Balado Pringsewu", "mikro", "18.10", "pirt", True, "makanan", [
        ("ksingkong", "Keripik Singkong Balado 250 gr", "pcs", 18000, 2000, 3)]),
    ("MBS", "PT Sari Roti Nusantara Makmur", "besar", "32.16", "pirt;halal;bpom", True, "makanan", [
        ("roti", "Roti Tawar Kupas Kulit 400 gr", "pcs", 16000, 200000, 2),
        ("kpisang", "Keripik Pisang Manis Kemasan 200 gr", "pcs", 15000, 100000, 3)]),
    # minuman
    ("NKT", "Kopi Robusta Tanggamus Jaya", "kecil", "18.06", "pirt;halal", True, "minuman", [
        ("kopibubuk", "Kopi Bubuk Robusta Lampung 250 gr", "pcs", 38000, 2000, 4),
        ("kopibiji", "Biji Kopi Robusta Sangrai (Roasted Bean) 1 kg", "kg", 150000, 300, 5),
        ("kopidrip", "Kopi Drip Bag Robusta isi 10", "box", 55000, 600, 5)]),
    ("NKL", "Koperasi Petani Kopi Lampung Barat", "koperasi", "18.04", "pirt;halal", True, "minuman", [
        ("kopiluwak", "Kopi Luwak Liar Bubuk 100 gr Kemasan Kayu", "pcs", 250000, 100, 7),
        ("kopibubuk", "Kopi Bubuk Robusta Lampung Barat 250 gr", "pcs", 40000, 3000, 3)]),
    ("NAM", "AMDK Tirta Kaduketug", "kecil", "36.02", "halal;bpom;sni", True, "minuman", [
        ("amdk_cup", "Air Mineral Gelas 240 ml isi 48", "dus", 22000, 5000, 2),
        ("amdk_botol", "Air Mineral Botol 600 ml isi 24", "dus", 45000, 3000, 2)]),
    ("NSP", "Sirup Pala Cilegon Segar", "mikro", "36.72", "pirt", True, "minuman", [
        ("sirup_pala", "Sirup Pala Asli 600 ml", "botol", 35000, 400, 5)]),
    ("NTH", "Teh Hijau Gunung Halimun", "mikro", "32.02", "pirt", True, "minuman", [
        ("tehcelup", "Teh Hijau Celup isi 25", "box", 18000, 1500, 4)]),
    ("NKA", "Kopi Arabika Java Preanger Pangalengan", "kecil", "32.04", "pirt;halal", True, "minuman", [
        ("kopiarabika", "Kopi Arabika Java Preanger Bubuk 200 gr", "pcs", 75000, 800, 5)]),
    # jasa-boga
    ("JBE", "Catering Bu Endang Serang", "kecil", "36.73", "halal", True, "jasa-boga", [
        ("nasikotak", "Nasi Kotak Ayam Bakar + Buah", "kotak", 35000, 6000, 2),
        ("snackbox", "Snack Box 3 Kue + Air Mineral", "kotak", 15000, 8000, 1)]),
    ("JSR", "Rumah Makan Sate Bandeng Rawu", "mikro", "36.04", "halal", True, "jasa-boga", [
        ("nasikotak", "Nasi Box Sate Bandeng", "kotak", 30000, 1500, 2),
        ("prasmanan", "Paket Prasmanan Menu Banten per Pax", "pax", 65000, 2000, 3)]),
    ("JTB", "Dapur Catering Teluk Betung", "kecil", "18.71", "halal", True, "jasa-boga", [
        ("nasikotak", "Nasi Kotak Seruit Ikan Bakar", "kotak", 32000, 5000, 2),
        ("snackbox", "Kue Kotak Rapat (3 macam)", "kotak", 14000, 6000, 1),
        ("prasmanan", "Prasmanan Buffet Nusantara per Orang", "pax", 60000, 3000, 3)]),
    ("JMY", "Catering Mini Ibu Yanti", "mikro", "18.72", "", True, "jasa-boga", [
        ("snackbox", "Snack Box Kue Tradisional", "kotak", 12000, 300, 1)]),
    ("JBR", "Boga Rasa Parahyangan", "menengah", "32.73", "halal", True, "jasa-boga", [
        ("nasikotak", "Nasi Box Sunda Komplit", "kotak", 40000, 10000, 2),
        ("prasmanan", "Buffet Prasmanan Premium per Pax", "pax", 85000, 5000, 3),
        ("snackbox", "Coffee Break Snack Box 2 Kue + Teh", "kotak", 20000, 8000, 1),
        ("tumpeng", "Nasi Tumpeng Kuning Besar 30 orang", "buah", 850000, 60, 3)]),
    ("JTC", "Aneka Tumpeng Cilegon", "mikro", "36.72", "", True, "jasa-boga", [
        ("tumpeng", "Tumpeng Nasi Kuning Lengkap 20 porsi", "buah", 650000, 40, 2)]),
    ("JTR", "Catering Tangerang Raya", "kecil", "36.71", "halal", True, "jasa-boga", [
        ("nasikotak", "Nasi Kotak Rendang", "kotak", 38000, 7000, 2),
        ("snackbox", "Snack Box Rapat 3 Item", "kotak", 16000, 9000, 1)]),
    # fesyen
    ("FBK", "Batik Tulis Krakatoa", "mikro", "36.72", "batikmark", True, "fesyen", [
        ("batiktulis", "Kain Batik Tulis Motif Krakatau 2 m", "lembar", 850000, 40, 14)]),
    ("FBC", "Batik Cap Banten Sejahtera", "kecil", "36.73", "batikmark", True, "fesyen", [
        ("batikcap", "Kain Batik Cap Motif Surosowan 2 m", "lembar", 275000, 300, 10),
        ("kemejabatik", "Kemeja Batik Cap Lengan Panjang Pria", "pcs", 225000, 400, 14)]),
    ("FTP", "Tapis Lampung Sinar Siger", "mikro", "18.01", "", True, "fesyen", [
        ("kaintapis", "Kain Tapis Lampung Sulam Benang Emas", "lembar", 1500000, 20, 21),
        ("selendangtapis", "Selendang Tapis Motif Pucuk Rebung", "lembar", 350000, 80, 10)]),
    ("FKS", "Konveksi Seragam Maju Karawang", "kecil", "32.15", "sni", True, "fesyen", [
        ("seragampdh", "Seragam PDH Kantor Drill Lengan Panjang", "stel", 285000, 1500, 21),
        ("polo", "Kaos Polo Lacoste Bordir Logo", "pcs", 85000, 3000, 14)]),
    ("FTS", "Tas Seminar Kit Cimahi", "kecil", "32.77", "", True, "fesyen", [
        ("tasseminar", "Tas Seminar Kit Dinier 600D Sablon Logo", "pcs", 45000, 3000, 10),
        ("totebag", "Tote Bag Kanvas Sablon Custom", "pcs", 28000, 4000, 7),
        ("tasransel", "Tas Ransel Laptop 15 inch Bordir", "pcs", 165000, 800, 14)]),
    ("FTR", "Batik Trusmi Cirebon Ayu", "kecil", "32.09", "batikmark", True, "fesyen", [
        ("batiktulis", "Batik Tulis Mega Mendung Sutra", "lembar", 1200000, 60, 20),
        ("batikcap", "Kain Batik Cap Trusmi Katun Primisima", "lembar", 250000, 500, 10)]),
    ("FKM", "Konveksi Kaos Sablon Metro", "mikro", "18.72", "", True, "fesyen", [
        ("kaos", "Kaos Oblong Cotton Combed 30s Sablon", "pcs", 55000, 2000, 10),
        ("topi", "Topi Baseball Bordir Logo Instansi", "pcs", 35000, 2500, 10)]),
    ("FGN", "PT Garmen Nasional Cikarang", "besar", "32.16", "sni;iso-9001", True, "fesyen", [
        ("seragampdh", "Seragam Dinas PDH Pria/Wanita", "stel", 250000, 20000, 14),
        ("polo", "Polo Shirt Bordir Logo Perusahaan", "pcs", 70000, 20000, 10)]),
    ("FTB", "Tenun Baduy Kanekes", "mikro", "36.02", "", True, "fesyen", [
        ("tenunbaduy", "Kain Tenun Baduy Motif Suat Songket", "lembar", 450000, 50, 14)]),
    # kerajinan
    ("KMS", "Souvenir Miniatur Menara Siger", "mikro", "18.71", "", True, "kerajinan", [
        ("miniatursiger", "Miniatur Menara Siger Resin 15 cm", "pcs", 75000, 500, 10),
        ("gancisiger", "Gantungan Kunci Siger Akrilik", "pcs", 8000, 5000, 7)]),
    ("KGB", "Gerabah Bumijaya", "mikro", "36.04", "", True, "kerajinan", [
        ("gerabah", "Vas Bunga Gerabah Bumijaya Ukir", "pcs", 60000, 400, 10),
        ("celengan", "Celengan Gerabah Karakter", "pcs", 25000, 600, 10)]),
    ("KAP", "Koperasi Anyaman Pandan Rajapolah", "koperasi", "32.06", "", True, "kerajinan", [
        ("taspandan", "Tas Anyaman Pandan Motif Etnik", "pcs", 85000, 1200, 10),
        ("tisuanyaman", "Tempat Tisu Anyaman Pandan", "pcs", 35000, 2000, 7)]),
    ("KWG", "Wayang Golek Giriharja", "mikro", "32.04", "", True, "kerajinan", [
        ("wayanggolek", "Wayang Golek Cepot Hiasan 40 cm", "pcs", 450000, 100, 21),
        ("wayanggolek", "Miniatur Wayang Golek Arjuna 25 cm", "pcs", 175000, 200, 14)]),
    ("KUK", "Ukir Kayu Jepara Pasar Kemis", "kecil", "36.03", "svlk", True, "kerajinan", [
        ("plakatkayu", "Plakat Kayu Jati Ukir Logo Instansi", "pcs", 250000, 300, 14),
        ("kotakukir", "Kotak Perhiasan Kayu Ukir", "pcs", 150000, 300, 14)]),
    ("KBL", "Kerajinan Bambu Lebak", "mikro", "36.02", "", True, "kerajinan", [
        ("pensilbambu", "Tempat Pensil Bambu Grafir", "pcs", 20000, 2000, 7),
        ("tumblerbambu", "Tumbler Bambu Grafir Nama", "pcs", 55000, 1000, 10)]),
    ("KPC", "Kain Perca Craft Serang", "mikro", "36.73", "", False, "kerajinan", [
        ("pouch", "Pouch Kain Perca Batik Serbaguna", "pcs", 25000, 1000, 7)]),
    ("KKG", "Kerajinan Kulit Sukaregang", "kecil", "32.05", "", True, "kerajinan", [
        ("dompetkulit", "Dompet Kulit Sapi Asli Pria", "pcs", 175000, 800, 14),
        ("gancikulit", "Gantungan Kunci Kulit Emboss Nama", "pcs", 20000, 3000, 7)]),
    # perhiasan
    ("PPC", "Perak Bakar Ciomas", "mikro", "36.04", "", True, "perhiasan", [
        ("brosperak", "Bros Perak 925 Motif Bunga Wijaya Kusuma", "pcs", 350000, 150, 14),
        ("cincinperak", "Cincin Perak 925 Ukir", "pcs", 275000, 200, 14)]),
    ("PSG", "Siger Gold Craft", "mikro", "18.71", "", True, "perhiasan", [
        ("brossiger", "Bros Siger Lapis Emas 24K", "pcs", 125000, 600, 10),
        ("pinsiger", "Pin Siger Lapis Emas", "pcs", 65000, 1500, 10)]),
    ("PMT", "Mutiara Teluk Ratai", "kecil", "18.09", "", True, "perhiasan", [
        ("kalungmutiara", "Kalung Mutiara Laut Selatan Asli", "pcs", 1500000, 60, 14),
        ("antingmutiara", "Anting Mutiara Air Laut", "pasang", 450000, 150, 10)]),
    ("PGM", "Gelang Manik Etnik Pandeglang", "mikro", "36.01", "", True, "perhiasan", [
        ("gelangmanik", "Gelang Manik-Manik Etnik Baduy", "pcs", 25000, 2000, 7)]),
    ("PLK", "Perhiasan Kuningan Tasik", "mikro", "32.78", "", True, "perhiasan", [
        ("liontinkuningan", "Kalung Liontin Kuningan Ukir", "pcs", 85000, 500, 10)]),
    # furnitur
    ("RJK", "Mebel Jati Karya Pandeglang", "kecil", "36.01", "svlk", True, "furnitur", [
        ("mejarapat", "Meja Rapat Kayu Jati 240 x 120 cm", "unit", 6500000, 20, 30),
        ("sofa", "Kursi Tamu Jati Set 3-1-1", "set", 12000000, 8, 30)]),
    ("RBT", "Mebel Besi Kantor Tangerang", "kecil", "36.71", "sni", True, "furnitur", [
        ("kursikerja", "Kursi Kerja Putar Hidrolik Sandaran Jaring", "unit", 1150000, 300, 14),
        ("filingbesi", "Filing Cabinet Besi 4 Laci Folio", "unit", 2750000, 100, 14)]),
    ("RRC", "Furnitur Rotan Cirebon Indah", "kecil", "32.09", "svlk", True, "furnitur", [
        ("kursirotan", "Kursi Rotan Sintetis Teras", "unit", 850000, 150, 21),
        ("mejarotan", "Meja Tamu Rotan Kaca", "unit", 1250000, 60, 21)]),
    ("RLT", "Kayu Mebel Lampung Timur", "mikro", "18.07", "", True, "furnitur", [
        ("lemarikayu", "Lemari Arsip Kayu 2 Pintu Kaca", "unit", 2250000, 30, 21),
        ("rakbuku", "Rak Buku Kayu Mahoni 5 Susun", "unit", 950000, 60, 14)]),
    # herbal
    ("HJG", "Jamu Gendong Sehat Serang", "mikro", "36.73", "pirt", True, "herbal", [
        ("jamukunyit", "Jamu Kunyit Asam Botol 250 ml", "botol", 8000, 2000, 1)]),
    ("HJM", "Herbal Jahe Merah Sumedang", "kecil", "32.11", "pirt;halal", True, "herbal", [
        ("jahemerah", "Jahe Merah Instan Serbuk 250 gr", "pcs", 30000, 2000, 5),
        ("temulawak", "Temulawak Instan Serbuk 250 gr", "pcs", 30000, 1500, 5)]),
    ("HKL", "Kelor Lampung Herbal", "mikro", "18.10", "pirt", True, "herbal", [
        ("kapsulkelor", "Kapsul Daun Kelor isi 60", "botol", 65000, 500, 7),
        ("tehkelor", "Teh Daun Kelor Celup isi 20", "box", 35000, 800, 5)]),
    ("HMU", "Koperasi Madu Hutan Ujung Kulon", "koperasi", "36.01", "pirt;halal", True, "herbal", [
        ("madu", "Madu Hutan Murni 500 gr", "botol", 140000, 600, 5)]),
    ("HRB", "Koperasi Rempah Bogor", "koperasi", "32.01", "pirt;halal;bpom", True, "herbal", [
        ("wedangrempah", "Wedang Uwuh Rempah Seduh isi 10", "pcs", 35000, 1500, 5),
        ("kapsultemulawak", "Kapsul Temulawak isi 50", "botol", 55000, 1000, 7)]),
    # kosmetik
    ("SSW", "Sabun Herbal Sereh Wangi Lebak", "mikro", "36.02", "bpom", True, "kosmetik", [
        ("sabunsereh", "Sabun Batang Sereh Wangi 100 gr", "pcs", 15000, 3000, 5),
        ("lulurrempah", "Lulur Rempah Tradisional 200 gr", "pcs", 35000, 800, 7)]),
    ("SHS", "Hand Sanitizer Sehat Bekasi", "kecil", "32.75", "bpom;halal", True, "kosmetik", [
        ("handsanitizer", "Hand Sanitizer Gel 500 ml", "botol", 45000, 3000, 5),
        ("sabuncair", "Sabun Cuci Tangan Cair 500 ml Refill", "botol", 30000, 4000, 5)]),
    ("SKL", "Aromaterapi Kopi Lampung", "mikro", "18.71", "", True, "kosmetik", [
        ("lulurkopi", "Body Scrub Lulur Kopi Lampung 200 gr", "pcs", 40000, 500, 7)]),
    ("SAB", "Kosmetik Alami Bogor", "kecil", "32.71", "bpom;halal", True, "kosmetik", [
        ("lipbalm", "Lip Balm Madu Beeswax 10 gr", "pcs", 25000, 2000, 7),
        ("sabunsusu", "Sabun Batang Susu Kambing 100 gr", "pcs", 18000, 4000, 5)]),
    # logam
    ("LGC", "Pandai Besi Golok Ciomas", "mikro", "36.04", "", True, "logam", [
        ("golok", "Golok Ciomas Sarung Kayu Ukir", "pcs", 450000, 100, 14),
        ("pisau", "Pisau Dapur Baja Per 8 inch", "pcs", 65000, 800, 7)]),
    ("LMB", "Medali & Plakat Logam Bekasi", "kecil", "32.75", "", True, "logam", [
        ("medali", "Medali Kuningan Cetak Logo Diameter 5 cm", "pcs", 45000, 3000, 10),
        ("plakatlogam", "Plakat Logam Kuningan Etsa Box Beludru", "pcs", 350000, 500, 10),
        ("pinlogam", "Pin Logam Enamel Logo Custom", "pcs", 15000, 10000, 10)]),
    ("LAP", "Alat Pertanian Pande Gunung Sugih", "mikro", "18.02", "", True, "logam", [
        ("cangkul", "Cangkul Baja Tempa Gagang Kayu", "pcs", 95000, 500, 7),
        ("arit", "Arit Rumput Baja Tempa", "pcs", 45000, 800, 7)]),
    ("LSS", "Stainless Souvenir Cikarang", "kecil", "32.16", "", True, "logam", [
        ("tumblerstainless", "Tumbler Stainless 500 ml Grafir Laser", "pcs", 75000, 3000, 10)]),
    # percetakan
    ("CSG", "Percetakan Serang Grafika", "kecil", "36.73", "", True, "percetakan", [
        ("seminarkit", "Paket Seminar Kit (Map, Blocknote, Pulpen)", "paket", 35000, 5000, 7),
        ("idcard", "ID Card PVC + Lanyard Printing", "pcs", 12000, 8000, 5),
        ("sertifikat", "Cetak Sertifikat Art Carton 260 gr", "lembar", 5000, 10000, 4)]),
    ("CDL", "Digital Printing Tanjung Karang", "mikro", "18.71", "", True, "percetakan", [
        ("spanduk", "Cetak Spanduk Flexi 280 gr per m2", "m2", 25000, 3000, 2),
        ("xbanner", "X-Banner 60 x 160 cm + Rangka", "pcs", 125000, 300, 3)]),
    ("CPB", "Goodie Bag & Paper Bag Tangerang", "kecil", "36.71", "", True, "percetakan", [
        ("paperbag", "Paper Bag Custom Logo Ivory 250 gr", "pcs", 6500, 20000, 10),
        ("mapfolder", "Map Folder Logo Instansi Art Carton", "pcs", 5500, 20000, 7)]),
    ("CAB", "Percetakan Agenda Bandung", "kecil", "32.73", "iso-9001", True, "percetakan", [
        ("agenda", "Buku Agenda 2026 Hardcover Logo Emboss", "pcs", 65000, 4000, 14),
        ("kalender", "Kalender Meja 2026 Custom", "pcs", 35000, 5000, 14),
        ("blocknote", "Blocknote A5 Custom Logo 50 lembar", "pcs", 8000, 10000, 7)]),
    ("CUS", "Undangan & Stiker Metro", "mikro", "18.72", "", True, "percetakan", [
        ("undangan", "Cetak Undangan Hardcover", "pcs", 4500, 5000, 5),
        ("stiker", "Stiker Label Vinyl Custom", "pcs", 1500, 20000, 4)]),
    ("CPN", "PT Percetakan Negara Raya", "besar", "32.73", "iso-9001", True, "percetakan", [
        ("seminarkit", "Seminar Kit Lengkap Map Blocknote Pulpen", "paket", 25000, 50000, 5),
        ("kalender", "Kalender Dinding dan Meja 2026", "pcs", 25000, 30000, 10)]),
    # pertanian
    ("TBK", "Koperasi Bibit Kopi Tanggamus", "koperasi", "18.06", "", True, "pertanian", [
        ("bibitkopi", "Bibit Kopi Robusta Sambung Pucuk Polybag", "batang", 5000, 20000, 14),
        ("bibitkakao", "Bibit Kakao Unggul Polybag", "batang", 5500, 10000, 14)]),
    ("TBP", "Penangkaran Benih Padi Karawang", "kecil", "32.15", "sni", True, "pertanian", [
        ("benihpadi", "Benih Padi Inpari 32 Label Biru 5 kg", "kg", 14000, 20000, 7)]),
    ("TKL", "Kolam Lele Pringsewu Mandiri", "mikro", "18.10", "", True, "pertanian", [
        ("lele", "Ikan Lele Segar Konsumsi", "kg", 25000, 3000, 1),
        ("benihlele", "Benih Lele Sangkuriang 5-7 cm", "ekor", 250, 50000, 5)]),
    ("THL", "Hidroponik Lembang Segar", "mikro", "32.17", "", True, "pertanian", [
        ("sayurhidro", "Sayur Hidroponik Selada dan Pakcoy", "kg", 40000, 800, 1)]),
    ("TBD", "Bibit Durian Musang King Bogor", "mikro", "32.01", "", True, "pertanian", [
        ("bibitdurian", "Bibit Durian Musang King Okulasi 80 cm", "batang", 85000, 800, 10),
        ("bibitalpukat", "Bibit Alpukat Miki Sambung", "batang", 45000, 1000, 10)]),
    ("TKO", "Kompos Organik Walantaka", "mikro", "36.73", "", True, "pertanian", [
        ("kompos", "Pupuk Kompos Organik Karung 40 kg", "karung", 45000, 2000, 5)]),
    # lainnya
    ("XSI", "Sapu Ijuk & Keset Sabut Rangkasbitung", "mikro", "36.02", "", True, "lainnya", [
        ("sapuijuk", "Sapu Ijuk Gagang Kayu", "pcs", 35000, 1500, 5),
        ("keset", "Keset Sabut Kelapa 40 x 60", "pcs", 30000, 1200, 5)]),
    ("XBK", "Briket Arang Kelapa Kalianda", "kecil", "18.01", "", True, "lainnya", [
        ("briket", "Briket Arang Batok Kelapa Kubus", "kg", 18000, 20000, 7)]),
    ("XLA", "Lilin Aromaterapi Depok", "mikro", "32.76", "", True, "lainnya", [
        ("lilin", "Lilin Aromaterapi Soy Wax Gelas Kaca", "pcs", 45000, 1500, 7)]),
]

CATEGORY = {key: cat for key, _n, _s, _r, _c, _a, cat, _p in SUPPLIERS}

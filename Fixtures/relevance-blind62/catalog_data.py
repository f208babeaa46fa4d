"""Hand-written directory and catalog of relevance-blind62 (fictional businesses; real Kemendagri codes).

SUPPLIERS rows: key, name, scale, region, certificates (build.py fills numbers), active, category, products.
Product rows: kind (the labeller's tag, never written to the CSVs), name as written, unit, price, capacity
per month, lead time in days.
"""

# Kinds made to order and eaten the same day (or within days): must be produced in the delivery month.
PERISHABLE = {"nasi-kotak", "snack-box", "prasmanan", "tumpeng", "tumpeng-mini", "coffee-break", "kue-basah",
              "nasi-liwet", "jamu-kunyit-asam", "beras-kencur"}

# Shop names sellers put into some re-listing titles (fictional).
BRAND = {"MKP": "Yeni Snack", "NKL": "Sekar Arum", "NKT": "Tanggamus Coffee", "NAM": "TIRTA WAYKA", "OSL": "Asri Naturals",
         "CSG": "SinarGraf", "XSI": "Gadingrejo", "FKS": "MANDIRI CONVECTION", "HLH": "Herba Sukadana",
         "KSA": "SIGERCRAFT", "TIM": "Mina Metro", "MLD": "Hj. Masnah", "NSE": "Etawa Sinar Tani", "FSK": "TGR Kreatif"}

SUPPLIERS = [
    # ---------------- makanan
    ("MKP", "UMKM Keripik Pisang Bu Yeni", "mikro", "18.71", "halal;pirt", True, "makanan", [
        ("keripik-pisang-coklat", "Keripik Pisang Rasa Coklat 250 gr", "pcs", 22000, 1500, 3),
        ("keripik-pisang", "Keripik Pisang Manis Original 500gr", "pcs", 35000, 1200, 3),
        ("keripik-singkong", "Keripik Singkong Balado Pedas 250 gr", "pcs", 15000, 1000, 3),
    ]),
    ("MKM", "Kemplang Panggang Mang Udin Krui", "mikro", "18.13", "pirt", True, "makanan", [
        ("kemplang", "Kemplang Ikan Tenggiri Panggang 250 gr", "pcs", 25000, 600, 4),
        ("kemplang-udang", "Kerupuk Kemplang Udang Goreng 200gr", "pcs", 28000, 400, 4),
    ]),
    ("MLD", "Lempok Durian Hj. Masnah", "kecil", "18.03", "halal;pirt", True, "makanan", [
        ("lempok-durian", "Lempok Durian Asli Kotabumi 250 gr", "pcs", 45000, 800, 5),
        ("dodol-nanas", "Dodol Nanas Lampung 250 gr", "pcs", 20000, 800, 5),
    ]),
    ("MSR", "Dapur Ulun Sambal Seruit", "mikro", "18.02", "pirt", True, "makanan", [
        ("sambal-seruit", "Sambal Seruit Terasi Botol 200 ml", "botol", 27000, 500, 4),
        ("sambal-tempoyak", "Sambal Tempoyak Durian Jar 150 gr", "botol", 30000, 300, 4),
        ("bumbu-pecel", "Bumbu Pecel Kacang Tanah 500 g", "pcs", 24000, 600, 3),
    ]),
    ("MKI", "Otak-Otak dan Kerupuk Ikan Karangantu", "kecil", "36.73", "halal", True, "makanan", [
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri Mentah 1 kg", "kg", 85000, 700, 4),
        ("otak-otak", "Otak-Otak Ikan Bandeng Beku isi 20", "pack", 40000, 500, 3),
    ]),
    ("MEM", "Emping Melinjo Bu Iroh Menes", "mikro", "36.01", "pirt-expired", True, "makanan", [
        ("emping", "Emping Melinjo Manis Pedas 500 gr", "pcs", 48000, 600, 5),
    ]),
    ("MKK", "Kue Kering Mutiara Kedaton", "kecil", "18.71", "halal;pirt", True, "makanan", [
        ("nastar", "Nastar Selai Nanas Toples 500 gr", "toples", 95000, 400, 7),
        ("kastengel", "Kastengel Keju Edam Toples 500 gr", "toples", 105000, 300, 7),
        ("lapis-legit", "Lapis Legit Lampung Loyang 20x20", "loyang", 275000, 100, 5),
    ]),
    ("MSN", "PT Snack Nusantara Raya", "besar", "36.03", "halal;pirt;iso-9001", True, "makanan", [
        ("keripik-pisang", "Keripik Pisang Premium Kemasan 1 kg", "pcs", 60000, 20000, 3),
        ("keripik-singkong", "Keripik Singkong Original 1 kg", "pcs", 40000, 20000, 3),
    ]),
    ("MKW", "KWT Melati Pringsewu", "koperasi", "18.10", "pirt", True, "makanan", [
        ("keripik-tempe", "Kripik Tempe Sagu Renyah 200 gr", "pcs", 14000, 900, 3),
        ("rengginang", "Rengginang Ketan Mentah 500 gr", "pcs", 18000, 700, 4),
    ]),
    # ---------------- minuman
    ("NKL", "Kopi Robusta Liwa Sekar Arum", "kecil", "18.04", "halal;pirt", True, "minuman", [
        ("kopi-robusta-bubuk", "Kopi Bubuk Robusta Lampung Barat 250 gr", "pcs", 38000, 1500, 4),
        ("kopi-robusta-biji", "Biji Kopi Robusta Roasted Medium 1 kg", "kg", 140000, 400, 5),
        ("kopi-luwak", "Kopi Luwak Robusta Liar 100 gr", "pcs", 250000, 60, 7),
    ]),
    ("NKT", "Kedai Kopi Tanggamus Jaya", "mikro", "18.06", "pirt", True, "minuman", [
        ("kopi-robusta-bubuk", "KOPI ROBUSTA TANGGAMUS Bubuk Murni 500g", "pcs", 65000, 500, 4),
        ("kopi-jahe", "Kopi Jahe Sachet Isi 10", "pack", 18000, 800, 3),
    ]),
    ("NTR", "Teh Herbal Rosella Mbak Tin", "mikro", "18.72", "pirt", True, "minuman", [
        ("teh-rosella", "Teh Bunga Rosella Kering 100 gr", "pcs", 30000, 300, 4),
        ("teh-kelor", "Teh Celup Daun Kelor isi 25", "box", 25000, 400, 4),
    ]),
    ("NAM", "CV Tirta Way Kanan", "kecil", "18.08", "halal;bpom;sni", True, "minuman", [
        ("amdk-gelas", "Air Minum Dalam Kemasan Gelas 220 ml Dus Isi 48", "dus", 24000, 5000, 2),
        ("amdk-botol-600", "AMDK Botol 600 ml Dus isi 24", "dus", 42000, 3000, 2),
        ("amdk-botol-330", "Air Mineral Botol Kecil 330 ml Karton isi 24", "dus", 33000, 2500, 2),
        ("air-galon", "Air Mineral Galon 19 Liter (Isi Ulang)", "galon", 20000, 2000, 1),
    ]),
    ("NSE", "Koperasi Susu Kambing Etawa Sinar Tani", "koperasi", "18.10", "pirt", True, "minuman", [
        ("susu-etawa-bubuk", "Susu Kambing Etawa Bubuk 200 gr", "pcs", 55000, 500, 5),
        ("susu-etawa-cair", "Susu Kambing Etawa Pasteurisasi Botol 250 ml", "botol", 12000, 1200, 2),
    ]),
    ("NJM", "Sari Jahe Merah Rangkasbitung", "mikro", "36.02", "halal", True, "minuman", [
        ("jahe-instan", "Minuman Serbuk Jahe Merah Instan 250 gr", "pcs", 28000, 700, 3),
        ("sirup-markisa", "Sirup Markisa Asli 600 ml", "botol", 32000, 500, 4),
    ]),
    ("NTB", "PT Tirta Bening Sumber Makmur", "besar", "18.71", "halal;bpom;sni", True, "minuman", [
        ("amdk-botol-600", "Air Mineral Botol 600ml isi 24", "dus", 36000, 50000, 1),
    ]),
    # ---------------- jasa-boga
    ("JDB", "Catering Dapur Bunda Enggal", "kecil", "18.71", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar + Lalapan", "kotak", 35000, 3000, 2),
        ("snack-box", "Snack Box Isi 3 Kue Basah", "kotak", 15000, 4000, 1),
        ("prasmanan", "Prasmanan Menu Nusantara per Pax", "pax", 65000, 1500, 3),
        ("tumpeng", "Tumpeng Nasi Kuning Besar untuk 30 Orang", "buah", 850000, 40, 2),
    ]),
    ("JPM", "RM Pindang Meranjat Way Halim", "mikro", "18.71", "", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Box Pindang Patin", "kotak", 40000, 600, 1),
    ]),
    ("JSR", "Katering Sri Rejeki Gunung Sugih", "mikro", "18.02", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Rendang Daging", "kotak", 38000, 800, 2),
        ("snack-box", "Kue Kotak Isi 4", "kotak", 14000, 1000, 1),
        ("tumpeng-mini", "Nasi Tumpeng Mini Per Porsi", "porsi", 30000, 300, 2),
    ]),
    ("JMS", "Dapur Mbok Sinem Kotabumi", "mikro", "18.03", "", True, "jasa-boga", [
        ("nasi-kotak", "NASI BOX Ayam Goreng Lengkap", "kotak", 30000, 500, 1),
        ("snack-box", "Snack Box Rapat Isi 3", "kotak", 12000, 700, 1),
        ("coffee-break", "Coffee Break Snack + Kopi/Teh per orang", "pax", 25000, 400, 1),
    ]),
    ("JMB", "Catering Berkah Mesuji", "mikro", "18.11", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Ikan Bakar Sambal", "kotak", 32000, 300, 2),
        ("snack-box", "Snack Kotak Jajanan", "kotak", 12000, 400, 1),
    ]),
    ("JSK", "Warung Seafood Krui", "mikro", "18.13", "", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Ikan Tuhuk Bakar", "kotak", 45000, 250, 2),
        ("prasmanan", "Prasmanan Seafood Pesisir per pax", "pax", 80000, 300, 3),
    ]),
    ("JKS", "Katering Sultan Serang", "kecil", "36.73", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Box Ayam Bakakak", "kotak", 35000, 2000, 2),
        ("prasmanan", "Paket Prasmanan Rapat / Resepsi", "pax", 60000, 1000, 3),
        ("snack-box", "Snack Box Kue Basah Khas Banten", "kotak", 13000, 2500, 1),
        ("nasi-liwet", "Nasi Liwet Kotak Sunda Komplit", "kotak", 33000, 800, 2),
    ]),
    ("JKB", "Kue Basah Bu Tati Metro", "mikro", "18.72", "", True, "jasa-boga", [
        ("kue-basah", "Jajanan Pasar Kue Basah per biji", "pcs", 2500, 6000, 1),
        ("snack-box", "Snack Box Jajan Pasar isi 3", "kotak", 11000, 1500, 1),
    ]),
    # ---------------- fesyen
    ("FTR", "Sanggar Tapis Ragom Gawi", "kecil", "18.71", "", True, "fesyen", [
        ("tapis-kain", "Kain Tapis Lampung Motif Pucuk Rebung 2 m", "lembar", 1750000, 30, 21),
        ("selendang-tapis", "Selendang Tapis Sulam Benang Emas", "pcs", 450000, 80, 14),
        ("peci-tapis", "Peci Tapis Lampung Pria", "pcs", 120000, 200, 7),
    ]),
    ("FBS", "Batik Lampung Siger Jaya", "mikro", "18.71", "batikmark", True, "fesyen", [
        ("batik-tulis", "Batik Tulis Lampung Motif Siger Kain 2 m", "lembar", 850000, 40, 21),
        ("batik-cap", "Batik Cap Motif Gajah Lampung 2 meter", "lembar", 175000, 300, 10),
        ("kemeja-batik", "Kemeja Batik Pria Lengan Panjang Motif Siger", "pcs", 210000, 250, 14),
    ]),
    ("FKS", "Konveksi Seragam Mandiri Bandar Jaya", "kecil", "18.02", "", True, "fesyen", [
        ("pdh-khaki", "Seragam PDH Khaki Dinas Jahit Ukur", "stel", 325000, 400, 21),
        ("polo-bordir", "Kaos Polo Bordir Logo Instansi Lacoste CVC", "pcs", 95000, 800, 14),
        ("rompi", "Rompi Lapangan Drill Multi Saku", "pcs", 135000, 300, 14),
    ]),
    ("FSK", "Sablon Kaos Tangerang Kreatif", "mikro", "36.71", "", True, "fesyen", [
        ("kaos-sablon", "Kaos Sablon Custom Cotton Combed 30s", "pcs", 65000, 1500, 10),
        ("tote-bag", "Tote Bag Kanvas Sablon Logo", "pcs", 35000, 1200, 10),
    ]),
    ("FSD", "Pengrajin Sandal Kulit Sukadana", "mikro", "18.07", "", True, "fesyen", [
        ("sandal-kulit", "Sandal Kulit Sapi Pria Model Selop", "pasang", 150000, 200, 10),
    ]),
    ("FKB", "PT Konveksi Bekasi Makmur", "besar", "32.16", "iso-9001", True, "fesyen", [
        ("pdh-khaki", "Seragam Dinas PDH Khaki", "stel", 260000, 10000, 14),
        ("kaos-sablon", "Kaos Oblong Sablon Event", "pcs", 45000, 20000, 7),
    ]),
    ("FTB", "Tenun Baduy Kanekes", "mikro", "36.02", "", True, "fesyen", [
        ("tenun-baduy", "Kain Tenun Baduy Motif Poleng", "lembar", 400000, 40, 14),
        ("ikat-kepala", "Ikat Kepala Lomar Baduy", "pcs", 45000, 300, 7),
    ]),
    # ---------------- kerajinan
    ("KAP", "Anyaman Pandan Bu Romlah", "mikro", "36.04", "", True, "kerajinan", [
        ("tikar-pandan", "Tikar Pandan Anyam 2x3 m", "lembar", 175000, 60, 14),
        ("tas-pandan", "Tas Anyaman Pandan Wanita Motif", "pcs", 85000, 200, 10),
    ]),
    ("KBB", "Kerajinan Bambu Seputih Raman", "mikro", "18.02", "", True, "kerajinan", [
        ("besek", "Besek Bambu Tutup 20x20", "pcs", 6000, 5000, 5),
        ("tampah", "Tampah Bambu Diameter 50 cm", "pcs", 25000, 600, 5),
        ("lampu-bambu", "Lampu Hias Gantung Bambu", "pcs", 150000, 80, 10),
    ]),
    ("KGB", "Gerabah Bumijaya Ciruas", "mikro", "36.04", "", True, "kerajinan", [
        ("guci", "Guci Gerabah Hias Tinggi 40 cm", "pcs", 175000, 100, 10),
        ("pot-tanah-liat", "Pot Tanah Liat Diameter 30 cm", "pcs", 35000, 800, 7),
        ("kendi", "Kendi Gerabah Tradisional", "pcs", 40000, 300, 7),
    ]),
    ("KSA", "Souvenir Siger Akrilik Tanjung Karang", "kecil", "18.71", "", True, "kerajinan", [
        ("miniatur-siger", "Miniatur Siger Lampung Kuningan Warna Emas 15 cm", "pcs", 185000, 300, 10),
        ("gantungan-akrilik", "Gantungan Kunci Akrilik Custom Logo", "pcs", 7500, 5000, 7),
        ("plakat-akrilik", "Plakat Akrilik Custom Ukir Laser + Box", "pcs", 225000, 200, 7),
    ]),
    ("KUK", "Ukiran Kayu Krui", "mikro", "18.13", "", False, "kerajinan", [
        ("miniatur-perahu", "Miniatur Perahu Jukung Kayu", "pcs", 250000, 50, 14),
        ("plakat-kayu", "Plakat Kayu Jati Ukir Nama", "pcs", 300000, 60, 14),
    ]),
    # ---------------- perhiasan
    ("PPT", "Pengrajin Perak Tanjung Karang", "mikro", "18.71", "", True, "perhiasan", [
        ("bros-perak", "Bros Perak Motif Siger", "pcs", 275000, 100, 14),
        ("cincin-perak", "Cincin Perak 925 Batu Akik", "pcs", 350000, 80, 14),
        ("kalung-perak", "Kalung Perak Liontin Tapis", "pcs", 400000, 60, 14),
    ]),
    ("PML", "Aksesoris Manik Lebak", "mikro", "36.02", "", True, "perhiasan", [
        ("gelang-manik", "Gelang Manik-Manik Baduy", "pcs", 15000, 2000, 5),
        ("kalung-manik", "Kalung Manik Kayu Etnik", "pcs", 30000, 800, 5),
        ("bros-imitasi", "Bros Tapis Kain Imitasi", "pcs", 25000, 1000, 5),
    ]),
    ("PMT", "Mutiara Laut Teluk Pesawaran", "kecil", "18.09", "", True, "perhiasan", [
        ("kalung-mutiara", "Kalung Mutiara Air Laut Asli", "pcs", 650000, 60, 14),
        ("anting-mutiara", "Anting Mutiara Laut Tusuk", "pasang", 300000, 100, 10),
    ]),
    # ---------------- furnitur
    ("UJS", "Mebel Jati Sumber Rezeki", "kecil", "18.02", "svlk", True, "furnitur", [
        ("meja-kerja", "Meja Kerja Kayu Jati 120x60", "unit", 2250000, 40, 21),
        ("kursi-tamu", "Kursi Tamu Jati Set 3 Dudukan + Meja", "set", 8500000, 10, 30),
        ("lemari-arsip-kayu", "Lemari Arsip Kayu 2 Pintu Kaca", "unit", 3200000, 20, 21),
    ]),
    ("URT", "Mebel Rotan Sepatan", "mikro", "36.03", "", True, "furnitur", [
        ("kursi-rotan", "Kursi Rotan Teras Sandaran Tinggi", "unit", 650000, 60, 14),
        ("meja-rotan", "Meja Rotan Bundar Kaca 60 cm", "unit", 550000, 40, 14),
    ]),
    ("UMS", "CV Mebel Sekolah Karya Metro", "kecil", "18.72", "svlk", True, "furnitur", [
        ("meja-kursi-siswa", "Meja Kursi Siswa SD 1 Set (1 Meja 2 Kursi)", "set", 950000, 300, 21),
        ("papan-tulis", "Papan Tulis Whiteboard 120x240 Rangka Kayu", "unit", 1100000, 80, 14),
        ("lemari-kelas", "Lemari Kelas Kayu Pintu Ganda", "unit", 1750000, 60, 21),
    ]),
    ("UBS", "UD Besi Furniture Serang", "mikro", "36.73", "", True, "furnitur", [
        ("lemari-arsip-besi", "Filing Cabinet Besi 4 Laci", "unit", 2400000, 40, 14),
        ("rak-besi", "Rak Besi Siku Lubang 5 Susun", "unit", 650000, 100, 7),
    ]),
    # ---------------- herbal
    ("HJG", "Jamu Gendong Mbok Darmi", "mikro", "18.72", "", True, "herbal", [
        ("jamu-kunyit-asam", "Jamu Kunyit Asam Botol 250 ml", "botol", 6000, 1500, 1),
        ("beras-kencur", "Jamu Beras Kencur Botol 250 ml", "botol", 6000, 1200, 1),
    ]),
    ("HLH", "Herbal Nusantara Sukadana", "kecil", "18.07", "bpom;halal", True, "herbal", [
        ("minyak-urut", "Minyak Urut Sereh Wangi 60 ml", "botol", 25000, 1500, 5),
        ("kapsul-temulawak", "Kapsul Temulawak isi 60", "botol", 45000, 800, 5),
        ("madu-hutan", "Madu Hutan Way Kambas 500 gr", "botol", 120000, 300, 5),
    ]),
    ("HMK", "Madu Klanceng Pesisir", "mikro", "18.13", "pirt", False, "herbal", [
        ("madu-kelulut", "Madu Kelulut Klanceng 250 ml", "botol", 150000, 100, 5),
    ]),
    ("HKP", "Koperasi Herbal Pandeglang", "koperasi", "36.01", "bpom", True, "herbal", [
        ("minyak-kayu-putih", "Minyak Kayu Putih 60 ml", "botol", 28000, 1000, 5),
        ("balsem-sereh", "Balsem Sereh Jahe 20 gr", "pcs", 15000, 1000, 5),
    ]),
    # ---------------- kosmetik
    ("OSL", "Sabun Herbal Lampung Asri", "mikro", "18.71", "bpom;halal", True, "kosmetik", [
        ("sabun-batang", "Sabun Batang Kopi Lampung 100 gr", "pcs", 18000, 2000, 5),
        ("sabun-cuci-tangan", "Sabun Cair Cuci Tangan 500 ml", "botol", 22000, 1500, 5),
        ("lulur", "Lulur Mandi Kopi 200 gr", "pcs", 35000, 600, 5),
    ]),
    ("OAS", "Lilin Aromaterapi Kaujon", "mikro", "36.73", "", True, "kosmetik", [
        ("lilin-aroma", "Lilin Aromaterapi Soy Wax Jar 100 ml", "pcs", 55000, 400, 7),
        ("sabun-batang", "Sabun Transparan Aroma Melati 80 gr", "pcs", 15000, 800, 5),
        ("essential-oil", "Minyak Esensial Sereh Wangi 10 ml", "botol", 35000, 500, 5),
    ]),
    ("OKB", "CV Kosmetika Cikarang", "menengah", "32.16", "bpom", True, "kosmetik", [
        ("hand-sanitizer", "Hand Sanitizer Gel 500 ml", "botol", 30000, 5000, 5),
        ("lotion", "Body Lotion Lidah Buaya 250 ml", "botol", 32000, 3000, 5),
    ]),
    # ---------------- logam
    ("LPC", "Pandai Besi Ciomas", "mikro", "36.04", "", True, "logam", [
        ("golok", "Golok Ciomas Sulangkar Sarung Kayu", "pcs", 450000, 60, 14),
        ("sabit", "Arit Sabit Rumput Baja", "pcs", 55000, 300, 7),
        ("cangkul", "Cangkul Baja Tempa", "pcs", 95000, 200, 7),
    ]),
    ("LTN", "Bengkel Las Teralis Jaya Natar", "mikro", "18.01", "", True, "logam", [
        ("teralis", "Teralis Jendela Besi Hollow per m2", "m2", 450000, 120, 10),
        ("pagar-besi", "Pagar Besi Minimalis per meter", "meter", 650000, 100, 14),
        ("kanopi", "Kanopi Baja Ringan Atap Alderon per m2", "m2", 550000, 150, 10),
    ]),
    ("LLU", "Pandai Besi Abung Lampung Utara", "mikro", "18.03", "sni", True, "logam", [
        ("parang", "Parang Kebun Baja Per", "pcs", 85000, 300, 7),
        ("pisau-sadap", "Pisau Sadap Karet", "pcs", 35000, 800, 5),
        ("dodos", "Dodos Sawit Baja", "pcs", 120000, 200, 7),
    ]),
    # ---------------- percetakan
    ("CSG", "Percetakan Sinar Grafika", "kecil", "18.71", "", True, "percetakan", [
        ("map-folder", "Cetak Map Folder Logo Instansi Art Carton 260", "pcs", 5500, 10000, 7),
        ("amplop", "Cetak Amplop Dinas Kop Surat Ukuran 110x230", "box", 85000, 1000, 5),
        ("agenda", "Buku Agenda Custom Logo Hardcover", "pcs", 45000, 2000, 10),
        ("kalender", "Kalender Dinding 2027 Custom 6 Lembar", "pcs", 25000, 5000, 10),
    ]),
    ("CAR", "Toko ATK Rajabasa", "mikro", "18.71", "", True, "percetakan", [
        ("hvs-a4", "Kertas HVS A4 70 gsm 1 Rim", "rim", 52000, 3000, 2),
        ("hvs-f4", "Kertas HVS F4 70 gr 1 rim", "rim", 58000, 2000, 2),
        ("pulpen", "Pulpen Gel Hitam 0.5 mm 1 Lusin", "lusin", 36000, 1000, 2),
        ("map-snelhecter", "Map Plastik Snelhecter Folio", "pcs", 3000, 5000, 2),
    ]),
    ("CSS", "Serang Digital Printing", "mikro", "36.73", "", True, "percetakan", [
        ("spanduk", "Cetak Spanduk Banner Flexi 280 gr per m2", "m2", 25000, 3000, 2),
        ("x-banner", "X-Banner 60x160 + Rangka", "pcs", 85000, 500, 2),
        ("stiker", "Stiker Vinyl Logo Cutting", "lembar", 12000, 3000, 3),
    ]),
    ("CKT", "Kemasan Kraft Tangerang", "kecil", "36.71", "", True, "percetakan", [
        ("paper-bag", "Paper Bag Kraft Custom Sablon Logo", "pcs", 4500, 20000, 10),
        ("dus-nasi", "Dus Nasi Kotak 20x20 Cetak Logo", "pcs", 1800, 30000, 7),
        ("standing-pouch", "Standing Pouch Zipper Kraft 500 gr", "pcs", 2000, 30000, 7),
    ]),
    # ---------------- pertanian
    ("TBD", "Penangkar Bibit Durian Bukit Kemuning", "mikro", "18.03", "", True, "pertanian", [
        ("bibit-durian", "Bibit Durian Musang King Okulasi 60 cm", "batang", 65000, 1500, 7),
        ("bibit-alpukat", "Bibit Alpukat Miki Okulasi", "batang", 45000, 1000, 7),
    ]),
    ("TKL", "Koperasi Bibit Kopi Liwa", "koperasi", "18.04", "", True, "pertanian", [
        ("bibit-kopi", "Bibit Kopi Robusta Stek Klon Tugusari", "batang", 4500, 20000, 14),
        ("bibit-lada", "Bibit Lada Perdu Polybag", "batang", 6500, 8000, 14),
    ]),
    ("TIM", "Pembenihan Ikan Mina Metro", "mikro", "18.72", "", True, "pertanian", [
        ("benih-nila", "Benih Ikan Nila Merah 5-7 cm", "ekor", 350, 80000, 3),
        ("benih-lele", "Bibit Ikan Lele Sangkuriang 7-8 cm", "ekor", 250, 120000, 3),
        ("koi", "Ikan Koi Lokal 10-12 cm", "ekor", 25000, 500, 3),
    ]),
    ("TTH", "Serang Green Tanaman Hias", "mikro", "36.73", "", True, "pertanian", [
        ("monstera", "Tanaman Hias Monstera Pot 25", "pot", 85000, 200, 5),
        ("pucuk-merah", "Pohon Pucuk Merah Tinggi 1 m", "batang", 35000, 1500, 5),
        ("bougenville", "Bunga Bougenville Pot 30", "pot", 60000, 400, 5),
    ]),
    ("TPK", "Pakan Ternak Mandiri Terbanggi", "kecil", "18.02", "sni", True, "pertanian", [
        ("pakan-ayam", "Pakan Ayam Petelur Konsentrat Karung 50 kg", "karung", 385000, 800, 5),
        ("dedak", "Dedak Padi Halus per Karung 50 kg", "karung", 150000, 1000, 3),
    ]),
    ("TPM", "Gapoktan Tani Makmur Mesuji", "koperasi", "18.11", "", True, "pertanian", [
        ("kompos", "Pupuk Kompos Organik Karung 25 kg", "karung", 30000, 3000, 5),
        ("pupuk-kandang", "Pupuk Kandang Kambing Fermentasi 20 kg", "karung", 25000, 2000, 5),
    ]),
    # ---------------- lainnya
    ("XSI", "Sapu Ijuk Gadingrejo", "mikro", "18.10", "", True, "lainnya", [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 2000, 5),
        ("sapu-lidi", "Sapu Lidi Kelapa Ikat Besar", "pcs", 12000, 3000, 3),
        ("alat-pel", "Alat Pel Kain Katun Gagang Kayu", "pcs", 30000, 1000, 5),
        ("keset-sabut", "Keset Sabut Kelapa 40x60", "pcs", 35000, 800, 5),
    ]),
    ("XPL", "Cairan Pembersih Mitra Bersih", "mikro", "18.71", "", True, "lainnya", [
        ("pembersih-lantai", "Cairan Pembersih Lantai Wangi Jerigen 5 Liter", "jerigen", 65000, 600, 3),
        ("sabun-piring", "Sabun Cuci Piring Jeruk Nipis 5 L", "jerigen", 60000, 600, 3),
    ]),
    ("XSB", "Paket Sembako Berkah Metro", "kecil", "18.72", "", True, "lainnya", [
        ("paket-sembako", "Paket Sembako Beras 5kg Minyak 2L Gula 1kg Mie 5", "paket", 175000, 3000, 5),
    ]),
]

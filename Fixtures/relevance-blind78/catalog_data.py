"""Hand-written suppliers and products of relevance-blind78 (fictional).

Each supplier: (key, name, scale, region, certificates, active, category, products).
Each product: (kind, name as the seller writes it, unit, unit price, capacity per month, lead time days).
The kind is the labeller's tag of what the product *is*; it never reaches the CSVs.
"""

# Perishable kinds: made for the day, so capacity_per_month must cover the whole quantity.
PERISHABLE = {"nasi-kotak", "snack-box", "prasmanan", "tumpeng-mini", "tumpeng-besar", "coffee-break", "nasi-liwet",
              "rantang", "jamu-kunyit-asam", "jamu-beras-kencur", "susu-kedelai", "telur-kampung"}

SUPPLIERS = [
    # --- lainnya: kebersihan ---
    ("L1", "UD Ijuk Jaya Cibinong", "kecil", "32.01", "", True, "lainnya", [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 18000, 2000, 5),
        ("sapu-lidi-ikat", "Sapu Lidi Aren Ikat (tanpa gagang)", "ikat", 7000, 3000, 3),
        ("kemoceng", "Kemoceng Bulu Ayam Asli 60 cm", "pcs", 22000, 500, 5)]),
    ("L2", "Toko Plastik Berkah Depok", "kecil", "32.76", "", True, "lainnya", [
        ("ember", "Ember Plastik Lion Star 18 Liter + Tutup", "pcs", 38000, 800, 3),
        ("tempat-sampah-pedal", "Tempat Sampah Pedal Lion Star 15L Injak", "pcs", 65000, 300, 3),
        ("tempat-sampah-besar", "Tong Sampah Tutup Ayun Shinpo 60 Liter SIP-120", "pcs", 145000, 200, 4),
        ("gayung", "Gayung Plastik Gagang Panjang", "pcs", 8000, 2000, 3)]),
    ("L3", "CV Bersih Sejahtera Bekasi", "kecil", "32.75", "", True, "lainnya", [
        ("pel-spin", "Alat Pel Lantai Spin Mop Microfiber + Ember Putar", "set", 135000, 300, 4),
        ("pel-refill", "Refill Kepala Pel Microfiber Bulat", "pcs", 25000, 1000, 3),
        ("pembersih-lantai-5l", "Cairan Pembersih Lantai Wangi Sereh Jerigen 5 Liter", "jerigen", 55000, 600, 3),
        ("karbol-1l", "Karbol Sereh Wangi Botol 1 Liter", "botol", 15000, 1500, 3)]),
    ("L4", "Koperasi Wanita Mandiri Karawang", "koperasi", "32.15", "", True, "lainnya", [
        ("keset-sabut", "Keset Kaki Serabut Kelapa 40x60", "pcs", 35000, 400, 7),
        ("keset-kain", "Keset Kain Perca Handmade Bulat", "pcs", 15000, 1000, 5),
        ("kantong-sampah", "Kantong Sampah Hitam 60x100 isi 10", "pak", 9000, 5000, 3)]),
    ("L5", "UMKM Tisu Ceria", "kecil", "36.71", "", True, "lainnya", [
        ("tisu-wajah", "Tisu Wajah Facial 250 Sheet 2 Ply", "pak", 11000, 5000, 5),
        ("tisu-toilet", "Tisu Gulung Toilet isi 10 Roll Embos", "pak", 32000, 2000, 5),
        ("tisu-towel", "Tissue Towel Lipat Multifold 150 lembar", "pak", 15000, 2000, 5)]),
    ("L6", "Sikat Mandiri Ciruas", "mikro", "36.04", "", True, "lainnya", [
        ("sikat-wc", "Sikat WC Gagang Panjang", "pcs", 12000, 500, 4),
        ("sikat-lantai", "Sikat Lantai Ijuk Bergagang", "pcs", 20000, 400, 4),
        ("sapu-lidi-gagang", "Sapu Lidi Gagang Kayu untuk Halaman", "pcs", 12000, 1000, 4)]),
    ("L7", "PT Rumah Tangga Makmur Sentosa", "besar", "32.75", "iso-9001", True, "lainnya", [
        ("ember", "Ember Cor Hitam 20 Liter", "pcs", 25000, 10000, 2),
        ("tempat-sampah-pedal", "Tempat Sampah Injak 15 Liter Stainless Look", "pcs", 55000, 5000, 2)]),
    # --- kosmetik ---
    ("K1", "Rumah Sabun Sereh Bogor", "mikro", "32.01", "bpom", True, "kosmetik", [
        ("sabun-batang", "Sabun Batang Sereh Wangi Handmade 100 gr", "pcs", 12000, 2000, 7),
        ("sabun-cuci-tangan", "Sabun Cair Cuci Tangan Aroma Lemon 500 ml", "botol", 22000, 1500, 5),
        ("lilin-aromaterapi", "Lilin Aromaterapi Lavender Jar 150 gr", "pcs", 45000, 300, 10)]),
    ("K2", "Kosmetika Alami Depok", "kecil", "32.76", "bpom;halal", True, "kosmetik", [
        ("hand-sanitizer", "Hand Sanitizer Gel 500 ml Alkohol 70%", "botol", 35000, 1000, 5),
        ("lotion", "Body Lotion Bengkoang 250 ml", "botol", 28000, 800, 7),
        ("lulur", "Lulur Mandi Kopi Lampung 200 gr", "pcs", 25000, 600, 7)]),
    ("K3", "Sabun Kolang Kaling Pandeglang", "mikro", "36.01", "pirt", True, "kosmetik", [
        ("sabun-mandi-cair", "Sabun Mandi Cair Refill 1 Liter", "pouch", 30000, 500, 5),
        ("sabun-batang", "Sabun Batang Susu Kambing Etawa", "pcs", 15000, 800, 7)]),
    ("K4", "Aroma Serumpun Metro", "mikro", "18.72", "", True, "kosmetik", [
        ("lilin-aromaterapi", "Lilin Aromaterapi Kopi Lampung Gelas Kaca", "pcs", 38000, 200, 7),
        ("minyak-pijat", "Minyak Pijat Aromaterapi Sereh 100 ml", "botol", 30000, 300, 7)]),
    ("K5", "CV Hand Wash Tigaraksa", "kecil", "36.03", "bpom", True, "kosmetik", [
        ("sabun-cuci-tangan", "Hand Soap Refill Pouch 1 Liter Antibakteri", "pouch", 28000, 3000, 5),
        ("sabun-cuci-piring", "Sabun Cuci Piring Jeruk Nipis 800 ml", "botol", 14000, 2000, 5)]),
    # --- percetakan / ATK ---
    ("P1", "CV Kertas Nusantara Bekasi", "kecil", "32.75", "iso-9001", True, "percetakan", [
        ("hvs-a4-70", "Kertas HVS A4 70 gram SiDU 1 Rim", "rim", 48000, 3000, 3),
        ("hvs-f4-70", "Kertas HVS F4 70 gsm SiDU Rim", "rim", 54000, 2000, 3),
        ("hvs-a4-80", "Kertas HVS A4 80gr PaperOne 1 rim", "rim", 62000, 2000, 3),
        ("amplop-coklat-folio", "Amplop Coklat Folio isi 100", "box", 45000, 500, 3),
        ("amplop-putih", "Amplop Putih 104 Polos Paperline isi 100", "box", 28000, 800, 3)]),
    ("P2", "Toko ATK Sinar Depok", "mikro", "32.76", "", True, "percetakan", [
        ("map-snelhecter", "Map Snelhecter Plastik Folio", "pcs", 3000, 10000, 2),
        ("map-kancing", "Map Plastik Kancing Folio", "pcs", 4000, 10000, 2),
        ("ordner", "Ordner Folio 7 cm Bantex", "pcs", 32000, 1000, 3),
        ("stapler", "Stapler Kenko HD-10 + Isi", "pcs", 18000, 1000, 2),
        ("pulpen", "Pulpen Joyko GP-265 Hitam isi 12", "box", 24000, 1000, 2),
        ("spidol-wb", "Spidol Whiteboard Snowman BG-12 Hitam", "pcs", 9000, 2000, 2),
        ("binder-clip", "Binder Clip Joyko No. 260 1 Kotak", "kotak", 14000, 1000, 2)]),
    ("P3", "Percetakan Mandiri Karawang", "kecil", "32.15", "", True, "percetakan", [
        ("cetak-kop", "Cetak Kop Surat HVS 80gr A4 per rim", "rim", 150000, 300, 5),
        ("amplop-kop", "Cetak Amplop Kop Dinas Logo Instansi", "lembar", 900, 20000, 7),
        ("nota", "Cetak Kuitansi / Nota NCR 2 Ply per buku", "buku", 12000, 3000, 5),
        ("spanduk", "Cetak Spanduk Banner Flexi 280 gr per meter", "meter", 25000, 2000, 2),
        ("kalender", "Kalender Dinding 2027 Custom 6 Lembar", "eks", 22000, 5000, 14)]),
    ("P4", "Stempel Kilat Cibinong", "mikro", "32.01", "", True, "percetakan", [
        ("stempel-flash", "Stempel Flash Otomatis Custom Logo Dinas", "pcs", 95000, 200, 2),
        ("stempel-karet", "Stempel Karet Gagang Kayu", "pcs", 45000, 200, 2),
        ("tinta-stempel-flash", "Tinta Stempel Flash 30 ml", "botol", 18000, 1000, 1),
        ("bak-stempel", "Bak Stempel Artline No.1 + Tinta Ungu", "pcs", 25000, 500, 1)]),
    ("P5", "Refill Tinta Jaya Tangerang", "mikro", "36.71", "", True, "percetakan", [
        ("tinta-printer-epson", "Tinta Refill Printer Epson 664 Hitam 70 ml", "botol", 28000, 2000, 2),
        ("tinta-printer-canon", "Tinta Printer Canon GI-790 Black", "botol", 32000, 2000, 2),
        ("toner", "Toner Cartridge Compatible HP 85A", "pcs", 185000, 200, 3)]),
    ("P6", "Grafika Sukadana", "kecil", "18.07", "", True, "percetakan", [
        ("buku-yasin", "Cetak Buku Yasin Hard Cover 128 hal", "eks", 18000, 3000, 14),
        ("map-ijazah", "Cetak Map Ijazah / Map Raport Bludru", "pcs", 25000, 2000, 14),
        ("id-card", "Cetak ID Card PVC + Tali Lanyard", "pcs", 12000, 3000, 7)]),
    ("P7", "Kemasan Kreatif Serang", "mikro", "36.73", "", True, "percetakan", [
        ("dus-nasi", "Dus Kemasan Nasi Box Duplex 20x20 Printing", "pcs", 1500, 20000, 7),
        ("paper-bag", "Paper Bag Kraft Custom Sablon 1 warna", "pcs", 4500, 5000, 7)]),
    ("P8", "PT Kertas Raya Indonesia", "besar", "36.03", "sni", True, "percetakan", [
        ("hvs-f4-80", "Kertas HVS F4 80 gram rim", "rim", 60000, 50000, 2),
        ("continuous-form", "Kertas Continuous Form 9.5 x 11 2 Ply", "dus", 250000, 1000, 3)]),
    ("P9", "Toko Map Rangkasbitung", "mikro", "36.02", "", False, "percetakan", [
        ("map-gantung", "Map Gantung Hanging Folder Folio", "pcs", 7500, 1000, 3)]),
    # --- logam ---
    ("M1", "Bengkel Las Sinar Baja", "mikro", "32.16", "", True, "logam", [
        ("teralis-jendela", "Teralis Jendela Besi Hollow 4x4 per m2", "m2", 350000, 100, 14),
        ("pagar-besi", "Pintu Pagar Besi Hollow Minimalis per m2", "m2", 650000, 60, 21),
        ("kanopi", "Kanopi Baja Ringan Atap Spandek per m2", "m2", 300000, 150, 14)]),
    ("M2", "CV Rak Besi Depok", "kecil", "32.76", "", True, "logam", [
        ("rak-siku-5", "Rak Besi Siku Lubang 5 Susun 200x90x40", "unit", 650000, 100, 7),
        ("rak-heavy", "Rak Gudang Heavy Duty 4 Susun", "unit", 1650000, 30, 10),
        ("rak-siku-4", "Rak Arsip Besi Siku 4 Susun", "unit", 520000, 100, 7)]),
    ("M3", "Logam Mulia Furniture Karawang", "kecil", "32.15", "sni", True, "logam", [
        ("filing-cabinet", "Filing Cabinet Besi 4 Laci Folio", "unit", 2350000, 40, 14),
        ("lemari-besi-sliding", "Lemari Besi Arsip 2 Pintu Sliding Kaca", "unit", 2650000, 30, 14),
        ("loker", "Loker Besi 12 Pintu", "unit", 3200000, 20, 14)]),
    ("M4", "Pandai Besi Ciomas", "mikro", "36.04", "", True, "logam", [
        ("golok", "Golok Ciomas Sulangkar", "pcs", 450000, 50, 14),
        ("cangkul", "Cangkul Baja Tempa Gagang Kayu", "pcs", 95000, 300, 7),
        ("arit", "Arit Rumput Baja Per", "pcs", 55000, 300, 7),
        ("parang", "Parang Kebun", "pcs", 120000, 200, 7)]),
    ("M5", "Pande Besi Pringsewu", "mikro", "18.10", "", True, "logam", [
        ("cangkul", "Cangkul Sawah Pringsewu", "pcs", 85000, 400, 7),
        ("garu", "Koret / Garu Tanah", "pcs", 60000, 400, 7),
        ("pisau-sadap", "Pisau Sadap Karet", "pcs", 35000, 500, 7)]),
    ("M6", "Stainless Karya Tangerang", "kecil", "36.71", "", True, "logam", [
        ("tiang-bendera", "Tiang Bendera Stainless 6 meter", "unit", 4500000, 10, 21),
        ("tempat-sampah-stainless", "Tempat Sampah Stainless Pilah 3 in 1", "unit", 1750000, 30, 14),
        ("rak-piring", "Rak Piring Stainless 2 Susun", "unit", 350000, 100, 7)]),
    # --- furnitur ---
    ("F1", "Mebel Jati Muda Bogor", "kecil", "32.01", "svlk", True, "furnitur", [
        ("meja-siswa", "Meja Siswa Kayu Mahoni Single", "unit", 450000, 300, 21),
        ("kursi-siswa", "Kursi Siswa Kayu Mahoni", "unit", 325000, 300, 21),
        ("meja-guru", "Meja Guru Kayu 1/2 Biro", "unit", 1350000, 50, 21),
        ("lemari-arsip-kayu", "Lemari Arsip Kayu 2 Pintu Kaca", "unit", 2200000, 30, 21)]),
    ("F2", "CV Furnitur Kantor Bekasi", "kecil", "32.75", "", True, "furnitur", [
        ("kursi-lipat-chitose", "Kursi Lipat Chitose Yamato Besi", "unit", 385000, 500, 5),
        ("kursi-putar", "Kursi Kantor Putar Hidrolik Jaring (Mesh)", "unit", 750000, 100, 5),
        ("meja-kantor", "Meja Kerja Kantor 120x60 Melamin", "unit", 1150000, 60, 7),
        ("kursi-tunggu", "Kursi Tunggu 3 Dudukan Besi", "unit", 1650000, 40, 7)]),
    ("F3", "Rotan Indah Karawang", "mikro", "32.15", "", True, "furnitur", [
        ("kursi-rotan-set", "Kursi Rotan Sintetis Teras Set 2 Kursi 1 Meja", "set", 2250000, 20, 21),
        ("sofa-rotan", "Sofa Rotan Asli 3 Dudukan", "unit", 4500000, 8, 30)]),
    ("F4", "Mebel Sekolah Lebak", "mikro", "36.02", "", True, "furnitur", [
        ("meja-kursi-siswa-paket", "Meja Kursi Siswa SD Paket (1 meja 2 kursi)", "set", 950000, 100, 30),
        ("whiteboard", "Papan Tulis Whiteboard 120x240 Rangka Alumunium", "unit", 850000, 60, 14),
        ("rak-buku-kayu", "Rak Buku Perpustakaan Kayu 5 Susun", "unit", 1450000, 30, 21)]),
    ("F5", "Bambu Lestari Pandeglang", "mikro", "36.01", "", True, "furnitur", [
        ("kursi-bambu", "Kursi Bambu Teras", "unit", 350000, 50, 14),
        ("meja-bambu", "Meja Bambu Lesehan", "unit", 280000, 50, 14)]),
    ("F6", "Mebel Kota Agung", "mikro", "18.06", "svlk", False, "furnitur", [
        ("meja-rapat-oval", "Meja Rapat Kayu Oval 10 Orang", "unit", 6500000, 10, 30)]),
    # --- makanan ---
    ("A1", "Keripik Pisang Mbok Sri", "mikro", "18.72", "pirt;halal", True, "makanan", [
        ("keripik-pisang", "Keripik Pisang Cokelat Lampung 250 gr", "bungkus", 25000, 2000, 5)]),
    ("A2", "Otak-Otak Bandeng Bu Iyah", "mikro", "36.73", "pirt;halal", True, "makanan", [
        ("otak-otak", "Otak-Otak Bandeng Frozen isi 10", "pak", 35000, 500, 3),
        ("sate-bandeng", "Sate Bandeng Khas Banten", "ekor", 60000, 300, 3),
        ("kerupuk-kulit-ikan", "Kerupuk Kulit Ikan Bandeng 100gr", "bungkus", 15000, 1000, 3)]),
    ("A3", "Emping Mlinjo Menes", "mikro", "36.01", "pirt", True, "makanan", [
        ("emping", "Emping Melinjo Manis 250 gr", "bungkus", 30000, 1000, 5),
        ("emping", "Emping Melinjo Tawar 1 kg", "kg", 95000, 400, 5)]),
    ("A4", "Kerupuk Ikan Tenggiri Karawang", "kecil", "32.15", "pirt;halal", True, "makanan", [
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri Mentah 500 gr", "bungkus", 32000, 1500, 5),
        ("amplang", "Amplang Ikan Tenggiri 200 gr", "bungkus", 20000, 1000, 5)]),
    ("A5", "Sambal Bu Ratna", "mikro", "32.76", "pirt", True, "makanan", [
        ("sambal-cumi", "Sambal Cumi Asin Botol 150 gr", "botol", 35000, 800, 5),
        ("sambal-bawang", "Sambal Bawang Pedas 200 gr", "botol", 25000, 1000, 5),
        ("bumbu-pecel", "Bumbu Pecel Kacang 250 gr", "bungkus", 18000, 600, 5)]),
    ("A6", "Dodol Betawi Cikarang", "mikro", "32.16", "pirt;halal", True, "makanan", [
        ("dodol", "Dodol Betawi Ketan Hitam 500 gr", "pcs", 40000, 400, 7),
        ("nastar", "Kue Kering Nastar Toples 500 gr", "toples", 85000, 300, 7),
        ("rengginang", "Rengginang Terasi Mentah 500 gr", "bungkus", 25000, 500, 5)]),
    ("A7", "Keripik Singkong Saketi", "mikro", "36.01", "pirt-expired", True, "makanan", [
        ("keripik-singkong", "Keripik Singkong Balado Pedas 200 gr", "bungkus", 12000, 3000, 5),
        ("opak", "Opak Singkong Bakar", "bungkus", 15000, 1000, 5)]),
    ("A8", "Abon Ikan Kota Agung", "mikro", "18.06", "pirt;halal", True, "makanan", [
        ("abon-ikan", "Abon Ikan Tuna Pedas 100 gr", "pcs", 30000, 600, 7)]),
    # --- minuman ---
    ("B1", "Kopi Robusta Tanggamus Jaya", "kecil", "18.06", "pirt;halal", True, "minuman", [
        ("kopi-robusta-bubuk", "Kopi Bubuk Robusta Tanggamus 250 gr", "bungkus", 35000, 3000, 5),
        ("kopi-robusta-biji", "Kopi Biji Sangrai Robusta 1 kg", "kg", 140000, 500, 5)]),
    ("B2", "Cokelat Pringsewu Mandiri", "mikro", "18.10", "pirt", True, "minuman", [
        ("cokelat-bubuk", "Bubuk Cokelat Murni Kakao Pringsewu 200 gr", "bungkus", 40000, 500, 5),
        ("cokelat-sachet", "Minuman Cokelat Sachet isi 10", "pak", 25000, 1000, 5)]),
    ("B3", "Jahe Instan Cibinong", "mikro", "32.01", "pirt;halal", True, "minuman", [
        ("jahe-instan", "Wedang Jahe Merah Instan 250 gr", "bungkus", 28000, 1500, 5),
        ("teh-rosella", "Teh Rosella Kering Kemasan 50 gr", "pcs", 25000, 800, 5),
        ("sirup-pala", "Sirup Pala Khas Bogor Botol 620 ml", "botol", 35000, 600, 5)]),
    ("B4", "AMDK Tirta Lebak", "kecil", "36.02", "bpom;halal;sni", True, "minuman", [
        ("amdk-gelas", "Air Mineral Gelas 240 ml isi 48 (karton)", "karton", 22000, 5000, 3),
        ("amdk-botol-600", "Air Mineral Botol 600 ml isi 24", "karton", 42000, 3000, 3),
        ("galon", "Air Mineral Galon 19 L", "galon", 20000, 3000, 2)]),
    ("B5", "Kopi Halimun Bogor", "mikro", "32.01", "pirt", True, "minuman", [
        ("kopi-arabika-bubuk", "Kopi Arabika Gunung Halimun Bubuk 200 gr", "bungkus", 65000, 400, 5)]),
    ("B6", "Sari Kedelai Karawang", "mikro", "32.15", "pirt", True, "minuman", [
        ("susu-kedelai", "Susu Kedelai Segar Botol 250 ml", "botol", 5000, 3000, 1)]),
    # --- jasa-boga ---
    ("C1", "Dapur Bu Eni Catering Cibinong", "kecil", "32.01", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar Lengkap", "porsi", 35000, 4000, 2),
        ("snack-box", "Snack Box Isi 3 Kue", "box", 12000, 5000, 1),
        ("prasmanan", "Prasmanan Menu Standar per Pax", "pax", 65000, 2000, 3)]),
    ("C2", "Catering Berkah Sawangan", "mikro", "32.76", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Box Ayam Goreng + Sayur + Buah", "box", 30000, 2000, 2),
        ("snack-box", "Kue Kotak (Snack Box) 4 Item", "box", 14000, 3000, 1)]),
    ("C3", "Boga Rasa Bekasi", "kecil", "32.75", "halal", True, "jasa-boga", [
        ("tumpeng-mini", "Nasi Tumpeng Mini Ayam Kuning", "pcs", 45000, 600, 2),
        ("tumpeng-besar", "Tumpeng Besar 20 Orang", "buah", 850000, 40, 3),
        ("coffee-break", "Paket Coffee Break (Kopi/Teh + 2 Kue)", "pax", 20000, 3000, 1)]),
    ("C4", "Catering Sari Rasa Karawang", "mikro", "32.15", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Rendang", "porsi", 40000, 1500, 2),
        ("nasi-liwet", "Nasi Liwet Komplit Bungkus", "bungkus", 25000, 1000, 2)]),
    ("C5", "Dapur Umi Kota Serang", "mikro", "36.73", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Box Ayam Bakar Madu", "box", 32000, 1500, 2),
        ("snack-box", "Snack Box 3 Macam", "box", 11000, 2000, 1),
        ("rantang", "Makan Siang Harian Pegawai Rantang", "porsi", 25000, 3000, 2)]),
    ("C6", "Catering Metro Asri", "mikro", "18.72", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Ayam Goreng Serundeng", "porsi", 28000, 800, 2),
        ("snack-box", "Snack Box Kue Basah", "box", 10000, 1000, 1)]),
    # --- fesyen ---
    ("D1", "Konveksi Seragam Bekasi", "kecil", "32.75", "", True, "fesyen", [
        ("pdh", "Kemeja PDH Dinas Drill American Lengan Panjang", "pcs", 165000, 1500, 21),
        ("training-set", "Seragam Olahraga Training Set Sekolah", "stel", 120000, 2000, 21),
        ("rompi", "Rompi Lapangan Drill Bordir", "pcs", 125000, 600, 14)]),
    ("D2", "Batik Tulis Tradisiku", "kecil", "32.01", "batikmark", True, "fesyen", [
        ("batik-tulis-kain", "Kain Batik Tulis Motif Hujan Gerimis 2 m", "lembar", 650000, 80, 21),
        ("kemeja-batik-cap", "Kemeja Batik Cap Motif Kujang Lengan Pendek", "pcs", 185000, 500, 14)]),
    ("D3", "Tapis Citra Sukadana", "mikro", "18.07", "", True, "fesyen", [
        ("kain-tapis", "Kain Tapis Lampung Motif Pucuk Rebung 2 m", "lembar", 1250000, 20, 30),
        ("selendang-tapis", "Selendang Tapis", "pcs", 350000, 60, 14),
        ("peci-tapis", "Peci Tapis", "pcs", 85000, 300, 14)]),
    ("D4", "Sablon Kaos Cipondoh", "mikro", "36.71", "", True, "fesyen", [
        ("kaos-sablon", "Kaos Oblong Cotton Combed 30s Sablon Custom", "pcs", 65000, 3000, 10),
        ("polo", "Kaos Polo Bordir Logo", "pcs", 110000, 1000, 14),
        ("topi", "Topi Bordir Logo Instansi", "pcs", 45000, 2000, 10)]),
    ("D5", "Sepatu Kulit Karya Pasar Kemis", "mikro", "36.03", "", True, "fesyen", [
        ("sepatu-pdh", "Sepatu PDH Kulit Sapi Asli Pria", "pasang", 375000, 300, 21),
        ("sandal-hotel", "Sandal Hotel Handuk Custom Logo", "pasang", 6000, 5000, 10),
        ("sandal-kulit", "Sandal Kulit Pria", "pasang", 125000, 300, 14)]),
    ("D6", "Tas Ransel Depok", "mikro", "32.76", "", True, "fesyen", [
        ("tas-ransel", "Tas Ransel Laptop Custom Logo", "pcs", 150000, 800, 14),
        ("tas-seminar", "Tas Seminar Map Resleting Kanvas", "pcs", 35000, 2000, 10)]),
    ("D7", "Tenun Baduy Kanekes", "mikro", "36.02", "", True, "fesyen", [
        ("tenun-baduy", "Kain Tenun Baduy Motif Suat Songket", "lembar", 450000, 40, 14),
        ("selendang-tenun", "Selendang Tenun Baduy", "pcs", 150000, 100, 14),
        ("lomar", "Ikat Kepala Lomar Baduy", "pcs", 60000, 300, 7)]),
    # --- kerajinan ---
    ("E1", "Anyaman Pandan Rajeg", "mikro", "36.03", "", True, "kerajinan", [
        ("tas-pandan", "Tas Anyaman Pandan Motif Warna", "pcs", 55000, 600, 14),
        ("tikar-pandan", "Tikar Pandan Lipat 150x200", "pcs", 85000, 200, 14),
        ("kotak-tisu-pandan", "Kotak Tisu Anyaman Pandan", "pcs", 30000, 500, 10)]),
    ("E2", "Anyaman Bambu Jasinga", "mikro", "32.01", "", True, "kerajinan", [
        ("besek", "Besek Bambu Tutup 20x20 Isi 10", "paket", 25000, 3000, 7),
        ("tampah", "Tampah Bambu Diameter 60 cm", "pcs", 25000, 800, 7),
        ("kap-lampu-bambu", "Kap Lampu Bambu", "pcs", 75000, 200, 10)]),
    ("E3", "Gerabah Bumi Jaya Ciruas", "mikro", "36.04", "", True, "kerajinan", [
        ("pot-tanah-liat", "Pot Tanah Liat Diameter 30 cm", "pcs", 35000, 1000, 7),
        ("kendi", "Kendi Gerabah Hias", "pcs", 45000, 300, 10),
        ("celengan-gerabah", "Celengan Gerabah Karakter", "pcs", 20000, 1000, 7)]),
    ("E4", "Souvenir Akrilik Bekasi", "mikro", "32.75", "", True, "kerajinan", [
        ("gantungan-akrilik", "Gantungan Kunci Akrilik Custom Logo", "pcs", 5000, 10000, 7),
        ("plakat-akrilik", "Plakat Akrilik Custom Box Beludru", "pcs", 185000, 300, 7)]),
    ("E5", "Ukir Kayu Rengasdengklok", "mikro", "32.15", "svlk", True, "kerajinan", [
        ("plakat-kayu", "Plakat Kayu Jati Ukir Logo Daerah", "pcs", 275000, 100, 21),
        ("miniatur-kayu", "Miniatur Rumah Adat Kayu", "pcs", 350000, 50, 21)]),
    ("E6", "Boneka Flanel Cinere", "mikro", "32.76", "", True, "kerajinan", [
        ("boneka-maskot", "Boneka Maskot Flanel Custom 30 cm", "pcs", 95000, 300, 14),
        ("gantungan-flanel", "Gantungan Kunci Flanel", "pcs", 7000, 3000, 7)]),
    ("E7", "Kerajinan Tapis Metro", "mikro", "18.72", "", True, "kerajinan", [
        ("kotak-tisu-tapis", "Tempat Tisu Motif Tapis", "pcs", 65000, 200, 10),
        ("hiasan-tapis", "Hiasan Dinding Tapis Bingkai", "pcs", 250000, 60, 14)]),
    # --- perhiasan ---
    ("G1", "Mutiara Teluk Semaka", "kecil", "18.06", "", True, "perhiasan", [
        ("kalung-mutiara", "Kalung Mutiara Air Laut Lampung", "pcs", 650000, 50, 14),
        ("bros-mutiara", "Bros Mutiara Air Tawar", "pcs", 125000, 200, 10),
        ("anting-mutiara", "Anting Mutiara", "pasang", 150000, 200, 10)]),
    ("G2", "Perak Karya Depok", "mikro", "32.76", "", True, "perhiasan", [
        ("cincin-perak", "Cincin Perak 925 Ukir", "pcs", 275000, 100, 10),
        ("gelang-perak", "Gelang Perak 925 Rantai", "pcs", 350000, 100, 10),
        ("liontin-perak", "Liontin Perak Kaligrafi", "pcs", 225000, 100, 10)]),
    ("G3", "Pin dan Emblem Bekasi", "mikro", "32.75", "", True, "perhiasan", [
        ("pin-kuningan", "Pin Kuningan Logo Instansi Lapis Emas", "pcs", 35000, 3000, 14),
        ("bros-imitasi", "Bros Hijab Mutiara Imitasi", "pcs", 12000, 5000, 5)]),
    ("G4", "Manik Banten Pandeglang", "mikro", "36.01", "", True, "perhiasan", [
        ("gelang-manik", "Gelang Manik-Manik Etnik Baduy", "pcs", 15000, 2000, 7),
        ("kalung-manik", "Kalung Manik Kayu", "pcs", 25000, 1000, 7)]),
    # --- herbal ---
    ("H1", "Jamu Gendong Mbok Sumi", "mikro", "32.75", "pirt", True, "herbal", [
        ("jamu-kunyit-asam", "Jamu Kunyit Asam Botol 250 ml (segar)", "botol", 6000, 1500, 1),
        ("jamu-beras-kencur", "Jamu Beras Kencur Botol 250 ml", "botol", 6000, 1500, 1)]),
    ("H2", "Madu Hutan Baduy", "mikro", "36.02", "pirt", True, "herbal", [
        ("madu-hutan", "Madu Hutan Asli Baduy 500 gr", "botol", 110000, 300, 5),
        ("madu-klanceng", "Madu Klanceng Trigona 250 gr", "botol", 150000, 50, 5)]),
    ("H3", "Herbal Sehat Bogor", "kecil", "32.01", "bpom;halal", True, "herbal", [
        ("kapsul-temulawak", "Kapsul Temulawak Ekstrak isi 60", "botol", 45000, 2000, 5),
        ("serbuk-jahe-kunyit", "Serbuk Jahe Merah Kunyit Instan 300 gr", "bungkus", 35000, 1500, 5),
        ("minyak-kayu-putih", "Minyak Kayu Putih 60 ml", "botol", 25000, 1000, 5)]),
    ("H4", "Empon Sehat Pringsewu", "mikro", "18.10", "pirt", True, "herbal", [
        ("empon-kering", "Rempah Wedang Empon-empon Kering", "bungkus", 15000, 800, 5),
        ("teh-kelor", "Teh Daun Kelor Celup", "kotak", 25000, 600, 5)]),
    # --- pertanian ---
    ("T1", "Kebun Bibit Ciapus", "kecil", "32.01", "", True, "pertanian", [
        ("bibit-durian", "Bibit Durian Musang King Okulasi 60 cm", "batang", 85000, 1000, 7),
        ("bibit-alpukat", "Bibit Alpukat Miki", "batang", 45000, 1500, 7),
        ("aglonema", "Aglonema Red Sumatra Pot 15", "pot", 65000, 500, 5),
        ("bibit-trembesi", "Bibit Pohon Trembesi", "batang", 15000, 3000, 7)]),
    ("T2", "Bibit Kopi Gisting", "mikro", "18.06", "", True, "pertanian", [
        ("bibit-kopi-robusta", "Bibit Kopi Robusta Polybag Stek", "batang", 3500, 20000, 14),
        ("bibit-kakao", "Bibit Kakao Sambung Pucuk", "batang", 5000, 10000, 14)]),
    ("T3", "Pokdakan Mina Depok", "koperasi", "32.76", "", True, "pertanian", [
        ("benih-nila", "Benih Ikan Nila Merah 5-7 cm", "ekor", 450, 100000, 5),
        ("benih-lele", "Benih Lele Sangkuriang 7-9 cm", "ekor", 250, 200000, 5),
        ("ikan-koki", "Ikan Hias Koki Oranda 5 cm", "ekor", 15000, 1000, 5)]),
    ("T4", "Cupang dan Guppy Tambun", "mikro", "32.16", "", True, "pertanian", [
        ("ikan-cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 25000, 1000, 3),
        ("ikan-guppy", "Guppy Blue Grass Sepasang", "pasang", 20000, 1000, 3)]),
    ("T5", "Pakan Mandiri Karawang", "kecil", "32.15", "", True, "pertanian", [
        ("pelet-ikan", "Pelet Ikan Apung Protein 30% Karung 30 kg", "karung", 310000, 500, 5),
        ("pakan-ayam", "Pakan Ayam Petelur Konsentrat 50 kg", "karung", 420000, 300, 5),
        ("dedak", "Dedak Padi Halus 50 kg", "karung", 150000, 500, 5)]),
    ("T6", "KWT Melati Pringsewu", "koperasi", "18.10", "", True, "pertanian", [
        ("kompos", "Pupuk Kompos Organik 25 kg", "karung", 25000, 3000, 7),
        ("poc", "Pupuk Organik Cair 1 Liter", "botol", 30000, 1000, 7),
        ("beras-organik", "Beras Organik Pringsewu 5 kg", "karung", 80000, 1000, 5)]),
    ("T7", "Telur Kampung Petir", "mikro", "36.04", "", True, "pertanian", [
        ("telur-kampung", "Telur Ayam Kampung Tray 30 butir", "tray", 70000, 200, 2)]),
]

"""Hand-written suppliers and products of relevance-blind64 (fictional).

Each supplier: (key, name, scale, region, certificates, active, products); the key's first letter is the
category. Each product: (kind, name as the maker writes it, unit, unit price, capacity/month, lead days).
The kind is the labeller's tag for what the product is; it never reaches the CSVs.
"""

CATEGORY = {
    "M": "makanan", "D": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
    "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
    "X": "lainnya",
}

# Cooked food: made and eaten the same day, so a month's capacity must cover the whole quantity.
PERISHABLE = {"nasi-box", "snack-box", "prasmanan", "tumpeng", "nasi-bungkus"}

SUPPLIERS = [
    # makanan
    ("M1", "Dapur Otak-Otak Bu Iin", "mikro", "36.71", "halal;pirt", True, [
        ("otak-otak-bandeng", "Otak-otak Bandeng Frozen isi 10", "pack", 35000, 1500, 3),
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri mentah 500gr", "pack", 28000, 1000, 3),
    ]),
    ("M2", "Sambal Ncing Depok", "mikro", "32.76", "pirt", False, [
        ("sambal-cumi", "Sambal Cumi Asin Botol 150ml", "botol", 32000, 800, 4),
        ("sambal-bawang", "Sambel Bawang Pedas Jar 200 gr", "botol", 25000, 1000, 4),
    ]),
    ("M3", "KUB Olahan Pisang Tanggamus", "koperasi", "18.06", "pirt;halal", True, [
        ("keripik-pisang", "Keripik Pisang Kepok Manis Pedas 250 gram", "pack", 18000, 3000, 5),
        ("sale-pisang", "Sale Pisang Basah Kemasan 400g", "pack", 22000, 1200, 5),
    ]),
    ("M4", "Emping Bu Sarah Menes", "mikro", "36.01", "pirt", True, [
        ("emping", "Emping Melinjo Super tipis 1 kg", "kg", 95000, 400, 5),
    ]),
    ("M5", "Nadia Cookies Pamulang", "mikro", "36.74", "halal;pirt", True, [
        ("nastar", "Nastar Nanas Premium toples 500gr", "toples", 85000, 600, 7),
        ("kastengel", "Kastengel Keju Edam toples 500gr", "toples", 95000, 500, 7),
    ]),
    ("M6", "Dodol Betawi Mpok Nah", "mikro", "32.16", "halal;pirt", True, [
        ("dodol", "Dodol Betawi Ketan Hitam 1 kg", "kg", 70000, 400, 5),
        ("geplak", "Geplak Betawi 500 gr", "pack", 30000, 500, 4),
    ]),
    ("M7", "Rengginang Sri Rejeki Rengasdengklok", "mikro", "32.15", "pirt-expired", True, [
        ("rengginang", "Rengginang Terasi Mentah 1 kg", "kg", 45000, 800, 4),
    ]),
    ("M8", "PT Snack Nusantara Raya", "besar", "32.75", "halal;iso-9001", True, [
        ("keripik-singkong", "Keripik Singkong Balado 250gr", "pack", 12000, 50000, 3),
        ("keripik-pisang", "Keripik Pisang Manis 250 gr", "pack", 11000, 50000, 3),
    ]),
    ("M9", "Lapis Legit Oma Bintaro", "kecil", "36.74", "halal;pirt", True, [
        ("lapis-legit", "Lapis Legit Original Loyang 20x20", "loyang", 350000, 100, 5),
    ]),
    ("M10", "Abon Pesisir Karangantu", "mikro", "36.04", "pirt;halal", True, [
        ("abon-ikan", "Abon Ikan Tuna Pedas 100gr", "pack", 30000, 1500, 4),
    ]),
    # minuman
    ("D1", "Kopi Robusta Ulubelu Jaya", "kecil", "18.06", "halal;pirt", True, [
        ("kopi-robusta-bubuk", "Kopi Bubuk Robusta Tanggamus 250 gr", "pack", 45000, 2000, 5),
        ("green-bean-robusta", "Green Bean Robusta Ulubelu Grade 1 per kg", "kg", 90000, 800, 7),
    ]),
    ("D2", "Sangrai Margonda", "mikro", "32.76", "halal", True, [
        ("kopi-arabika", "Kopi Arabika Java Preanger Roasted Bean 200gr", "pack", 85000, 300, 4),
        ("kopi-dripbag", "Drip Bag Coffee Arabika isi 10", "box", 65000, 400, 4),
    ]),
    ("D3", "Jahe Merah Bu Warsih", "mikro", "18.10", "pirt", True, [
        ("jahe-instan", "Minuman Jahe Merah Instan Serbuk 250gr", "pack", 25000, 1500, 4),
    ]),
    ("D4", "Sirup Pala Cap Pandeglang", "mikro", "36.01", "pirt;halal", True, [
        ("sirup-pala", "Sirup Buah Pala 600 ml", "botol", 35000, 700, 5),
    ]),
    ("D5", "Koperasi Kakao Sekampung", "koperasi", "18.07", "pirt", True, [
        ("cokelat-bubuk", "Bubuk Cokelat Murni 250 gram (Cocoa Powder)", "pack", 48000, 600, 5),
    ]),
    ("D6", "Teh Telang Ciampea", "mikro", "32.01", "pirt", True, [
        ("teh-telang", "Teh Bunga Telang Kering 50 gr", "pack", 25000, 800, 4),
    ]),
    ("D7", "Tirta Cisadane Mandiri", "kecil", "36.71", "halal;sni;bpom", True, [
        ("amdk-gelas", "Air Mineral Gelas 220 ml (1 dus isi 48)", "dus", 22000, 4000, 2),
        ("amdk-botol", "Air Mineral Botol 600 ml isi 24", "dus", 48000, 2500, 2),
    ]),
    # jasa-boga
    ("J1", "Catering Dapur Berkah Ciledug", "kecil", "36.71", "halal", True, [
        ("nasi-box", "Nasi Kotak Ayam Bakar + Lalapan", "box", 35000, 3000, 3),
        ("snack-box", "Snack Box isi 3 kue", "box", 15000, 5000, 2),
    ]),
    ("J2", "Katering Sunda Ceu Euis", "mikro", "32.76", "halal", True, [
        ("nasi-box", "Nasi Box Liwet Komplit", "box", 40000, 1200, 3),
        ("prasmanan", "Prasmanan Menu Nusantara (per pax)", "pax", 60000, 2000, 5),
    ]),
    ("J3", "Katering Tumpeng Mbak Yuni", "mikro", "36.74", "halal", True, [
        ("tumpeng", "Nasi Tumpeng Kuning 20 porsi", "tumpeng", 650000, 30, 3),
        ("snack-box", "Kue Basah Kotak (Lemper, Risol, Sus)", "box", 14000, 2500, 2),
    ]),
    ("J4", "Dapur Ibu Cikarang", "mikro", "32.16", "halal", True, [
        ("nasi-box", "Nasi Kotak Rendang", "box", 42000, 2000, 3),
        ("snack-box", "Coffee Break Snack 2 item + air mineral", "pax", 18000, 3000, 2),
    ]),
    ("J5", "Katering Metro Sehat", "mikro", "18.72", "halal", True, [
        ("nasi-box", "Nasi Box Ayam Goreng", "box", 30000, 600, 3),
    ]),
    ("J6", "Warung Nasi Uduk Kebon Nanas", "mikro", "36.71", "", True, [
        ("nasi-bungkus", "Nasi Uduk Bungkus + Telur", "bungkus", 15000, 1500, 1),
    ]),
    # fesyen
    ("F1", "Konveksi Seragam Jaya Tangerang", "menengah", "36.71", "", True, [
        ("pdh", "Seragam PDH Khaki ASN (jahit ukur)", "stel", 285000, 600, 21),
        ("pdl", "Kemeja PDL Lapangan Bahan American Drill", "pcs", 210000, 500, 21),
        ("rompi", "Rompi / Vest Bordir Logo Instansi", "pcs", 120000, 800, 14),
    ]),
    ("F2", "Batik Tulis Mekar Cikarang", "mikro", "32.16", "batikmark", True, [
        ("batik-tulis-kain", "Kain Batik Tulis Motif Bekasi 2 m", "lembar", 650000, 40, 20),
        ("kemeja-batik-cap", "Kemeja Batik Cap Pria Lengan Panjang", "pcs", 175000, 400, 14),
    ]),
    ("F3", "Batik Al-Barkah Ciputat", "kecil", "36.74", "batikmark", True, [
        ("batik-print-kain", "Batik Printing Motif Nusantara kain 2 m", "lembar", 85000, 1500, 7),
        ("kemeja-batik-custom", "Kemeja Batik Seragam Kantor (Custom motif) min 50 pcs", "pcs", 195000, 700, 30),
    ]),
    ("F4", "Sablon Depok Kreatif", "mikro", "32.76", "", True, [
        ("kaos-polos", "Kaos Polos Cotton Combed 30s", "pcs", 45000, 3000, 5),
        ("kaos-sablon", "Kaos Sablon Custom DTF Logo Event", "pcs", 65000, 2500, 7),
        ("polo", "Polo Shirt Bordir Logo Lacoste PE", "pcs", 95000, 1500, 10),
    ]),
    ("F5", "Sepatu Kulit Ciomas Bogor", "mikro", "32.01", "", True, [
        ("pantofel", "Sepatu Pantofel Pria Kulit Sapi Asli", "pasang", 325000, 300, 14),
        ("sepatu-pdl", "Sepatu PDL Boots Kulit", "pasang", 420000, 150, 21),
    ]),
    ("F6", "Tas Craft Cikupa", "mikro", "36.03", "", True, [
        ("totebag", "Tote Bag Kanvas Sablon 1 warna 30x40", "pcs", 22000, 5000, 7),
        ("tas-ransel", "Tas Seminar Ransel Dinier 600D", "pcs", 85000, 1500, 14),
        ("tas-map", "Seminar Kit Map Resleting Kain", "pcs", 25000, 3000, 7),
    ]),
    ("F7", "Sanggar Tapis Pringsewu", "mikro", "18.10", "", True, [
        ("tapis", "Kain Tapis Lampung Motif Pucuk Rebung", "lembar", 1250000, 20, 30),
        ("selendang-tapis", "Selendang Tapis Sulam Usus", "pcs", 250000, 100, 14),
    ]),
    ("F8", "PT Garmen Ekspor Balaraja", "besar", "36.03", "iso-9001", True, [
        ("kaos-polos", "Kaos Polos Cotton Combed 24s Grosir", "pcs", 28000, 100000, 5),
    ]),
    ("F9", "Sandal Hotel Pasar Kemis", "mikro", "36.03", "", True, [
        ("sandal-hotel", "Sandal Hotel Spons Putih", "pasang", 4500, 10000, 5),
    ]),
    ("F10", "Kerudung Ummi Bekasi", "mikro", "32.75", "", True, [
        ("jilbab", "Jilbab Segi Empat Seragam Voal", "pcs", 35000, 2000, 7),
    ]),
    # perhiasan
    ("P1", "Galeri Perak Sinar Depok", "mikro", "32.76", "sni", True, [
        ("bros-perak", "Bros Perak 925 Motif Kujang", "pcs", 275000, 100, 14),
        ("cincin-perak", "Cincin Perak 925 Batu Akik", "pcs", 185000, 150, 10),
    ]),
    ("P2", "Mutiara Lombok Outlet Tangerang", "kecil", "36.71", "", True, [
        ("kalung-mutiara", "Kalung Mutiara Air Tawar 45 cm", "pcs", 350000, 80, 7),
        ("anting-mutiara", "Anting Mutiara Lombok Tusuk Perak", "pasang", 150000, 150, 7),
    ]),
    ("P3", "Manik Kreasi Bunda Rangkasbitung", "mikro", "36.02", "", True, [
        ("gelang-manik", "Gelang Manik Kayu Etnik Baduy", "pcs", 15000, 1500, 7),
        ("kalung-manik", "Kalung Manik-Manik Batu Alam", "pcs", 45000, 500, 7),
    ]),
    ("P4", "Aksesoris Grosir Serpong", "mikro", "36.74", "", True, [
        ("bros-imitasi", "Bros Hijab Imitasi Mutiara Sintetis", "pcs", 8000, 3000, 5),
        ("pin-enamel", "Pin Kerah / Lapel Pin Logo Enamel", "pcs", 18000, 2000, 14),
        ("kalung-xuping", "Kalung Lapis Emas 18K Xuping", "pcs", 65000, 500, 5),
    ]),
    ("P5", "Perak Bakar Banten", "mikro", "36.73", "", False, [
        ("bros-perak", "Bros Perak Motif Badak", "pcs", 240000, 100, 10),
    ]),
    # kerajinan
    ("K1", "Tangerang Kreasindo Akrilik", "kecil", "36.71", "", True, [
        ("plakat-akrilik", "Plakat Akrilik 15x20 cm + Box Beludru", "pcs", 165000, 500, 7),
        ("ganci-akrilik", "Gantungan Kunci Akrilik Custom Logo", "pcs", 6000, 5000, 7),
    ]),
    ("K2", "Ukir Pusaka Pandeglang", "mikro", "36.01", "svlk", True, [
        ("plakat-kayu", "Plakat Kayu Jati Ukir Logo Pemda", "pcs", 285000, 100, 14),
        ("miniatur-badak", "Miniatur Badak Cula Satu Kayu", "pcs", 125000, 120, 14),
    ]),
    ("K3", "Anyaman Pandan Mekarsari", "mikro", "36.02", "", True, [
        ("tikar-pandan", "Tikar Pandan 2x3 m", "lembar", 150000, 80, 14),
        ("tempat-tisu-anyaman", "Tempat Tisu Anyaman Pandan", "pcs", 25000, 800, 7),
        ("tas-anyaman", "Tas Anyaman Pandan Motif", "pcs", 55000, 500, 10),
    ]),
    ("K4", "Gerabah Bumijaya", "mikro", "36.04", "", True, [
        ("guci-gerabah", "Guci Gerabah Hias 40 cm", "pcs", 120000, 200, 10),
        ("pot-tanah-liat", "Pot Tanah Liat Diameter 25 cm", "pcs", 15000, 2000, 5),
    ]),
    ("K5", "Miniatur Resin Depok", "mikro", "32.76", "", True, [
        ("miniatur-pesawat", "Miniatur Pesawat Resin Custom 20cm", "pcs", 350000, 60, 21),
        ("miniatur-tugu", "Miniatur Tugu/Monumen Resin (Custom Ikon Kota)", "pcs", 175000, 150, 21),
    ]),
    ("K6", "Bambu Kreatif Karawang", "mikro", "32.15", "", True, [
        ("gelas-bambu", "Souvenir Gelas Bambu Ukir Nama", "pcs", 20000, 1500, 10),
        ("lampu-bambu", "Kap Lampu Anyaman Bambu", "pcs", 95000, 200, 14),
    ]),
    ("K7", "Boneka Flanel Cinta", "mikro", "36.03", "", True, [
        ("boneka-maskot", "Boneka Maskot Flanel Custom 25 cm", "pcs", 75000, 300, 14),
    ]),
    ("K8", "Printing Mug Bekasi", "mikro", "32.75", "", True, [
        ("mug-custom", "Mug Keramik Custom Print Foto/Logo", "pcs", 22000, 3000, 5),
        ("tumbler", "Tumbler Stainless Grafir Logo 500 ml", "pcs", 55000, 1500, 7),
    ]),
    # furnitur
    ("U1", "Rotan Jaya Furniture Tigaraksa", "kecil", "36.03", "svlk", True, [
        ("kursi-rotan-set", "Kursi Rotan Teras Set 2 kursi + meja", "set", 2250000, 20, 21),
        ("sofa-rotan", "Sofa Rotan Sintetis 3 dudukan", "unit", 3500000, 10, 30),
    ]),
    ("U2", "Mebel Sekolah Karya Guru", "kecil", "18.10", "svlk", True, [
        ("meja-kursi-siswa", "Meja Kursi Siswa SD (1 set meja + 2 kursi) Kayu Mahoni", "set", 850000, 200, 30),
        ("papan-tulis", "Papan Tulis Whiteboard Rangka Kayu 120x240", "unit", 750000, 60, 14),
    ]),
    ("U3", "Meubel Jati Cibarusah", "mikro", "32.16", "svlk", True, [
        ("lemari-arsip-kayu", "Lemari Arsip Kayu Jati 2 Pintu", "unit", 3200000, 15, 30),
        ("meja-kerja", "Meja Kerja Kantor 1/2 Biro Kayu", "unit", 1650000, 30, 21),
    ]),
    ("U4", "Steel Furniture Cimanggis", "menengah", "32.76", "sni", True, [
        ("lemari-arsip-besi", "Filing Cabinet Besi 4 Laci", "unit", 2350000, 40, 14),
        ("rak-besi", "Rak Besi Siku Lubang 5 Susun", "unit", 650000, 80, 7),
    ]),
    ("U5", "Kursi & Bangku Cikarang", "mikro", "32.16", "", True, [
        ("kursi-tunggu", "Kursi Tunggu Besi 3 Dudukan (Bangku Tunggu)", "unit", 1350000, 40, 14),
        ("kursi-putar", "Kursi Kantor Putar Jaring (Chair Mesh) Hidrolik", "unit", 650000, 60, 10),
    ]),
    # herbal
    ("H1", "Jamu Mbok Sri Metro", "mikro", "18.72", "pirt", True, [
        ("jamu-kunyit-asam", "Jamu Kunyit Asam Serbuk 200 gr", "pack", 20000, 1500, 5),
        ("temulawak-instan", "Temulawak Instan Serbuk", "pack", 22000, 1200, 5),
    ]),
    ("H2", "Madu Hutan Ujung Kulon", "mikro", "36.01", "pirt", True, [
        ("madu-hutan", "Madu Hutan Asli Ujung Kulon 500 ml", "botol", 120000, 300, 5),
        ("madu-klanceng", "Madu Klanceng / Trigona 250 ml", "botol", 150000, 80, 7),
    ]),
    ("H3", "Atsiri Sehat Tangsel", "kecil", "36.74", "bpom", True, [
        ("minyak-kayu-putih", "Minyak Kayu Putih 60 ml", "botol", 28000, 3000, 5),
        ("minyak-serai", "Minyak Serai Wangi Essential Oil 10ml", "botol", 35000, 1500, 5),
    ]),
    ("H4", "Kelor Herbal Setu", "mikro", "32.16", "bpom;halal", True, [
        ("kapsul-kelor", "Kapsul Daun Kelor Moringa isi 60", "botol", 55000, 800, 5),
        ("teh-kelor", "Teh Herbal Daun Kelor Celup", "box", 25000, 1000, 5),
    ]),
    # kosmetik
    ("S1", "Sabun Sereh Wangi Lebak", "mikro", "36.02", "bpom", True, [
        ("sabun-batang", "Sabun Mandi Batang Sereh Wangi 100 gr", "pcs", 12000, 3000, 5),
        ("handsoap", "Sabun Cair Cuci Tangan (Hand Soap) 500 ml", "botol", 22000, 2000, 5),
    ]),
    ("S2", "Lilin Aroma Bintaro", "mikro", "36.74", "", True, [
        ("lilin-aromaterapi", "Lilin Aromaterapi Soy Wax Jar 100 gr", "pcs", 45000, 600, 7),
        ("diffuser", "Reed Diffuser Pengharum Ruangan 100ml", "botol", 65000, 500, 7),
    ]),
    ("S3", "Depok Cantik Alami", "kecil", "32.76", "bpom;halal", True, [
        ("lulur", "Lulur Mandi Tradisional Bengkoang 200 gr", "pcs", 30000, 1000, 5),
        ("hand-sanitizer", "Hand Sanitizer Gel 500 ml", "botol", 35000, 2500, 4),
        ("lipbalm", "Lip Balm Madu Alami 5gr", "pcs", 15000, 1500, 5),
    ]),
    ("S4", "Minyak Kemiri Metro", "mikro", "18.72", "bpom", True, [
        ("minyak-kemiri", "Minyak Kemiri Penumbuh Rambut 100 ml", "botol", 30000, 800, 5),
    ]),
    # logam
    ("L1", "Pandai Besi Ciomas", "mikro", "36.04", "", True, [
        ("golok-ciomas", "Golok Ciomas Sarung Kayu", "pcs", 350000, 80, 14),
        ("cangkul", "Cangkul Baja Tempa", "pcs", 95000, 300, 10),
        ("arit", "Arit / Sabit Rumput Baja", "pcs", 55000, 400, 7),
    ]),
    ("L2", "Las Teralis Karya Mandiri", "mikro", "36.03", "", True, [
        ("teralis-besi", "Teralis Jendela Besi Hollow per m2", "m2", 450000, 100, 14),
        ("pagar-besi", "Pagar Besi Minimalis per meter", "m", 650000, 80, 21),
    ]),
    ("L3", "Kuningan Grafir Tangerang", "kecil", "36.71", "", True, [
        ("papan-nama-kuningan", "Papan Nama Meja Kuningan Grafir", "pcs", 250000, 150, 10),
        ("tempat-sampah-stainless", "Tempat Sampah Stainless Injak 20 L", "unit", 350000, 100, 7),
    ]),
    ("L4", "Tempa Pringsewu", "mikro", "18.10", "", True, [
        ("parang", "Parang Kebun Baja Per", "pcs", 85000, 300, 7),
        ("pisau-dapur", "Pisau Dapur Set 5 pcs Stainless", "set", 120000, 200, 7),
    ]),
    ("L5", "Aluminium Cor Setu", "mikro", "32.16", "", True, [
        ("panci", "Panci Aluminium Cor 30 cm", "pcs", 110000, 300, 7),
    ]),
    # percetakan
    ("C1", "Mandiri Offset Tangerang", "menengah", "36.71", "iso-9001", True, [
        ("buku", "Cetak Buku A5 isi 100 hal Soft Cover", "eksemplar", 18000, 10000, 14),
        ("kalender-dinding", "Kalender Dinding 2027 6 lembar Custom", "pcs", 22000, 5000, 14),
        ("brosur", "Brosur A4 Art Paper 150 gr 2 sisi", "lembar", 1200, 50000, 5),
    ]),
    ("C2", "Spanduk Kilat Depok", "mikro", "32.76", "", True, [
        ("spanduk", "Spanduk Banner Flexi 280 gr per m2", "m2", 25000, 5000, 2),
        ("x-banner", "X-Banner 60x160 + Stand", "pcs", 85000, 500, 3),
        ("rollup", "Roll Up Banner 80x200", "pcs", 350000, 200, 4),
    ]),
    ("C3", "Stempel Kilat Ciputat", "mikro", "36.74", "", True, [
        ("stempel-flash", "Stempel Flash Otomatis Custom", "pcs", 85000, 800, 2),
        ("stempel-karet", "Stempel Kayu Karet Biasa", "pcs", 45000, 800, 2),
    ]),
    ("C4", "Koperasi Pegawai Sukatani", "koperasi", "32.16", "", True, [
        ("hvs-a4-70", "Kertas HVS A4 70 gsm 1 rim", "rim", 52000, 3000, 3),
        ("map-snelhecter", "Map Snelhecter Plastik", "pcs", 3000, 20000, 3),
        ("amplop", "Amplop Coklat Kabinet Cetak Logo", "pcs", 1500, 20000, 7),
        ("buku-agenda", "Buku Agenda Surat Masuk/Keluar Hard Cover", "pcs", 35000, 1000, 7),
    ]),
    ("C5", "ID Card Center Bekasi", "mikro", "32.75", "", True, [
        ("idcard", "ID Card PVC + Tali Lanyard Printing", "pcs", 12000, 5000, 5),
        ("kartu-nama", "Kartu Nama 1 box isi 100", "box", 35000, 2000, 3),
    ]),
    ("C6", "Serang Packaging", "mikro", "36.73", "", True, [
        ("dus-nasi", "Dus Nasi Kotak Laminasi 20x20 Cetak Logo", "pcs", 1500, 30000, 7),
        ("paperbag", "Paper Bag Kraft Cetak Logo 25x30", "pcs", 4500, 10000, 10),
    ]),
    ("C7", "PT Cetak Nasional Prima", "besar", "36.71", "iso-9001", True, [
        ("buku", "Buku Cetak A5 100 halaman", "eksemplar", 12000, 200000, 10),
    ]),
    ("C8", "Percetakan Kalender Cahaya", "mikro", "36.71", "", False, [
        ("kalender-meja", "Kalender Meja Duduk 2027 Custom", "pcs", 18000, 3000, 10),
    ]),
    # pertanian
    ("T1", "Tanaman Hias Serpong Asri", "mikro", "36.74", "", True, [
        ("sansevieria", "Bibit Tanaman Hias Sansevieria (Lidah Mertua) Pot 15", "pot", 25000, 1000, 5),
        ("aglonema", "Tanaman Hias Aglonema Mix Pot Besar", "pot", 120000, 200, 5),
    ]),
    ("T2", "Kebun Bibit Buah Gadingrejo", "mikro", "18.10", "", True, [
        ("bibit-durian", "Bibit Durian Musang King Okulasi 60 cm", "batang", 45000, 1000, 7),
        ("bibit-alpukat", "Bibit Alpukat Miki", "batang", 35000, 800, 7),
        ("bibit-kopi", "Bibit Kopi Robusta Polybag", "batang", 3500, 10000, 7),
    ]),
    ("T3", "Koi & Cupang Sawangan", "mikro", "32.76", "", True, [
        ("koi", "Ikan Koi Kohaku 10-12 cm", "ekor", 35000, 500, 3),
        ("cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 25000, 600, 3),
    ]),
    ("T4", "Mina Sejahtera Lampung Timur", "kecil", "18.07", "", True, [
        ("pelet-ikan", "Pelet Ikan Apung 781-2 Karung 30 kg", "karung", 380000, 400, 5),
        ("pakan-ayam", "Konsentrat Pakan Ayam Petelur 50 kg", "karung", 420000, 300, 5),
    ]),
    ("T5", "Pembenihan Ikan Pontang", "mikro", "36.04", "", True, [
        ("benih-nila", "Benih Ikan Nila Merah 5-7 cm", "ekor", 400, 50000, 5),
        ("benih-lele", "Bibit Lele Sangkuriang 7-8 cm", "ekor", 250, 80000, 5),
    ]),
    ("T6", "Poktan Beras Organik Karawang", "koperasi", "32.15", "", True, [
        ("beras-organik", "Beras Organik Pandan Wangi 5 kg", "karung", 95000, 2000, 5),
    ]),
    ("T7", "Kascing Organik Bogor", "mikro", "32.01", "", True, [
        ("pupuk-kompos", "Pupuk Kompos Organik Kemasan 20 kg", "sak", 30000, 2000, 5),
    ]),
    # lainnya
    ("X1", "Sapu Ijuk Cisoka", "mikro", "36.03", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 1500, 5),
        ("sapu-lidi", "Sapu Lidi Aren Ikat", "ikat", 8000, 3000, 3),
        ("mop", "Kain Pel Katun (Mop Refill)", "pcs", 18000, 1500, 5),
    ]),
    ("X2", "Pembersih Wangi Tambun", "mikro", "32.16", "", True, [
        ("pembersih-lantai", "Cairan Pembersih Lantai Wangi Jerigen 5 L", "jerigen", 65000, 800, 5),
        ("sabun-cuci-piring", "Sabun Cuci Piring Cair 5 liter", "jerigen", 55000, 800, 5),
    ]),
    ("X3", "Dekorasi Acara Depok", "kecil", "32.76", "", True, [
        ("tenda", "Sewa Tenda Sarnafil 5x5", "unit", 750000, 30, 3),
        ("bendera", "Bendera Merah Putih Kain 120x180", "pcs", 55000, 2000, 5),
    ]),
    ("X4", "Koperasi Warga Karawaci", "koperasi", "36.71", "", True, [
        ("paket-sembako", "Paket Sembako (Beras 5kg, Minyak 2L, Gula 1kg, Mie)", "paket", 150000, 3000, 5),
    ]),
    ("X5", "Plastik Pilah Batuceper", "mikro", "36.71", "", True, [
        ("tempat-sampah-pilah", "Tempat Sampah Plastik Pedal 3 warna Set", "set", 450000, 100, 7),
    ]),
]

"""Hand-written suppliers and products of relevance-blind47 (fictional). Kinds are the labeller's tags; they never
reach the CSVs. Product tuple: (kind, name as the seller writes it, unit, price, capacity_per_month, lead_time_days)."""

CATEGORY = {"J": "jasa-boga", "M": "makanan", "N": "minuman", "F": "fesyen", "K": "kerajinan", "E": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Made and delivered fresh: the whole quantity in one month, from the nearest producers (README).
PERISHABLE = {"nasi-kotak", "nasi-liwet", "snack-box", "prasmanan", "coffee-break", "tumpeng", "tumpeng-mini",
              "nasi-bungkus", "sate-maranggi", "jamu-segar", "telur", "asinan"}

# key, name, scale, region, certificates, active, products
SUPPLIERS = [
    ("J1", "Dapur Bu Ratna Catering", "mikro", "32.75", "halal;pirt", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar + Lalapan Sambal", "porsi", 32000, 3000, 2),
        ("snack-box", "Snack Box isi 3 Kue Basah + Air Mineral", "box", 12000, 4000, 1),
        ("prasmanan", "Paket Prasmanan Menu Nasional per pax", "pax", 55000, 1500, 3)]),
    ("J2", "RM Sunda Saung Kabita", "kecil", "32.75", "halal", True, [
        ("nasi-liwet", "Nasi Liwet Komplit (Box) Ayam Goreng Tahu Tempe", "porsi", 35000, 1500, 2),
        ("tumpeng", "Tumpeng Nasi Kuning Komplit untuk 20 Orang", "paket", 650000, 40, 3)]),
    ("J3", "Katering Berkah Cikarang", "kecil", "32.16", "halal", True, [
        ("nasi-kotak", "Nasi Box Ayam Goreng Kremes", "porsi", 28000, 5000, 2),
        ("coffee-break", "Coffee Break 2 Kue + Kopi/Teh (min 30 pax)", "pax", 18000, 3000, 1)]),
    ("J4", "Mitra Boga Karawang", "mikro", "32.15", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Rendang Sapi", "porsi", 38000, 2000, 2),
        ("snack-box", "Kue Kotak isi 4 (Lemper, Risol, Bolu, Pastel)", "box", 15000, 2500, 1)]),
    ("J5", "Dapur Teh Enok", "mikro", "32.14", "", True, [
        ("nasi-kotak", "Nasi Timbel Komplit Dus", "porsi", 30000, 1200, 2),
        ("sate-maranggi", "Sate Maranggi Paket Prasmanan", "pax", 60000, 800, 3)]),
    ("J6", "Pangrango Catering Bogor", "menengah", "32.71", "halal;iso-9001", True, [
        ("nasi-kotak", "Nasi Box Premium Ayam Bakar Madu", "porsi", 40000, 6000, 2),
        ("prasmanan", "Prasmanan Menu Sunda min. 100 pax", "pax", 65000, 3000, 4),
        ("coffee-break", "Coffee Break Snack + Minuman Panas", "pax", 20000, 4000, 1)]),
    ("J7", "Roti Kukus Sempur", "mikro", "32.71", "pirt", True, [
        ("snack-box", "Snack Box Roti Kukus + Kue Basah", "box", 11000, 1500, 1)]),
    ("J8", "Catering Ibu Siti", "mikro", "36.73", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Goreng Serundeng", "porsi", 27000, 2500, 2),
        ("tumpeng-mini", "Tumpeng Mini / Tumpeng Box 1 Orang", "box", 35000, 500, 2)]),
    ("J9", "Dapur Begawi Lampung", "kecil", "18.71", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar Lampung", "porsi", 30000, 2000, 2),
        ("snack-box", "Snack Box Lampung (Engkak, Lapis Legit)", "box", 14000, 1500, 1)]),
    ("J10", "Warung Makan Metro Sejahtera", "mikro", "18.72", "", True, [
        ("nasi-bungkus", "Nasi Bungkus Rames", "porsi", 15000, 3000, 1)]),
    ("J11", "PT Aneka Rasa Boga Nusantara", "besar", "32.75", "halal;iso-9001", True, [
        ("nasi-kotak", "Nasi Box Ayam Goreng Paket Hemat", "porsi", 22000, 20000, 1)]),
    ("J12", "Katering Mekar Tambun", "mikro", "32.16", "halal", False, [
        ("snack-box", "Snack Box Kue Basah isi 3", "box", 10000, 3000, 1)]),

    ("M1", "Kerupuk Kulit Ikan Muara Gembong", "mikro", "32.16", "halal;pirt", True, [
        ("kerupuk-kulit-ikan", "Kerupuk Kulit Ikan Bandeng 250 gr", "pcs", 18000, 1500, 5),
        ("otak-otak", "Otak-Otak Bandeng Frozen isi 10", "pack", 35000, 600, 3)]),
    ("M2", "Kue Kering Ny. Lilis", "mikro", "32.75", "halal;pirt", True, [
        ("nastar", "Nastar Nanas Toples 500 gr", "toples", 85000, 400, 7),
        ("kastengel", "Kastengel Keju Edam Toples 500gr", "toples", 90000, 400, 7)]),
    ("M3", "Sambal Mak Ijah", "mikro", "36.04", "pirt", True, [
        ("sambal-cumi", "Sambal Cumi Asin Botol 200 ml", "botol", 35000, 800, 5),
        ("sambal-bawang", "Sambal Bawang Pedas 150 gr", "botol", 25000, 1000, 5)]),
    ("M4", "UMKM Opak Ketan Rengasdengklok", "mikro", "32.15", "pirt", True, [
        ("opak", "Opak Ketan Bakar Khas Karawang 250 gr", "pcs", 15000, 2000, 5),
        ("rengginang", "Rengginang Terasi 500 gr", "pcs", 22000, 1500, 5)]),
    ("M5", "Keripik Pisang Barokah Tanggamus", "mikro", "18.06", "halal;pirt", True, [
        ("keripik-pisang", "Keripik Pisang Kepok Manis 500 gr", "pcs", 25000, 2000, 4),
        ("keripik-singkong", "Keripik Singkong Balado 250gr", "pcs", 12000, 3000, 4)]),
    ("M6", "Dodol Betawi Bang Mamat", "mikro", "32.16", "pirt-expired", True, [
        ("dodol", "Dodol Betawi Ketan Hitam 1 kg", "kg", 75000, 300, 7)]),
    ("M7", "Roti Unyil Mbak Tini", "kecil", "32.71", "halal;pirt", True, [
        ("roti-unyil", "Roti Unyil Box isi 20 Aneka Rasa", "box", 40000, 1000, 2),
        ("asinan", "Asinan Sayur Bogor 500 gr", "pcs", 30000, 300, 1)]),

    ("N1", "KUB Tani Kopi Ulubelu", "koperasi", "18.06", "halal;pirt", True, [
        ("kopi-robusta-bubuk", "Kopi Bubuk Robusta Tanggamus 250 gr", "pcs", 35000, 2000, 5),
        ("kopi-robusta-biji", "Kopi Biji Robusta Roasted 1 kg", "kg", 140000, 300, 5)]),
    ("N2", "Rumah Kopi Puncak", "mikro", "32.01", "pirt", True, [
        ("kopi-arabika", "Arabica Coffee Bean Puncak Bogor 200gr", "pcs", 75000, 500, 5),
        ("kopi-drip", "Kopi Drip Bag isi 10 sachet", "box", 45000, 800, 5)]),
    ("N3", "Jahe Merah Bu Nunung", "mikro", "32.14", "halal;pirt", True, [
        ("jahe-instan", "Jahe Merah Instan Serbuk 250 gr", "pcs", 25000, 1500, 5)]),
    ("N4", "Kakao Lestari Pringsewu", "mikro", "18.10", "pirt", True, [
        ("cokelat-bubuk", "Cokelat Bubuk Murni 200gr", "pcs", 40000, 500, 5),
        ("cokelat-batang", "Dark Chocolate Bar 70% 50gr", "pcs", 18000, 1000, 5)]),
    ("N5", "Tirta Karawang Mandiri", "kecil", "32.15", "bpom;sni;halal", True, [
        ("amdk-gelas", "Air Mineral Gelas 220 ml (dus isi 48)", "dus", 22000, 5000, 2),
        ("amdk-600", "Air Mineral Botol 600ml isi 24", "dus", 45000, 3000, 2)]),
    ("N6", "PT Minuman Segar Bekasi", "besar", "32.75", "bpom;halal", True, [
        ("teh-kotak", "Teh Kotak Melati 200ml isi 24", "dus", 48000, 10000, 2)]),
    ("N7", "Sirup Pala Ibu Ani", "mikro", "32.71", "pirt", True, [
        ("sirup-pala", "Sirup Pala Asli Bogor 620 ml", "botol", 35000, 400, 5)]),

    ("F1", "Konveksi Seragam Mandiri Cibitung", "kecil", "32.16", "", True, [
        ("kemeja-pdh", "Kemeja PDH Drill Khaki Lengan Panjang", "pcs", 145000, 1500, 21),
        ("kaos-polo", "Kaos Polo Bordir Logo Instansi", "pcs", 85000, 2000, 14)]),
    ("F2", "Griya Batik Bekasi", "mikro", "32.75", "batikmark", True, [
        ("batik-tulis", "Kain Batik Tulis Motif Bekasi 2 m", "lembar", 450000, 60, 20),
        ("kemeja-batik-cap", "Kemeja Batik Cap Pria Lengan Pendek", "pcs", 175000, 300, 14)]),
    ("F3", "Tapis Sinar Siger", "mikro", "18.71", "", True, [
        ("tapis-kain", "Kain Tapis Lampung Benang Emas", "lembar", 1250000, 20, 30),
        ("tapis-selendang", "Selendang Tapis Lampung", "pcs", 250000, 100, 14)]),
    ("F4", "Sablon Kaos Karawang Jaya", "mikro", "32.15", "", True, [
        ("kaos", "Kaos Oblong Sablon Cotton Combed 30s", "pcs", 55000, 3000, 10),
        ("topi", "Topi Baseball Bordir Logo", "pcs", 35000, 2000, 10)]),
    ("F5", "Sepatu Kulit Ciomas", "mikro", "32.01", "", True, [
        ("sepatu-pdh", "Sepatu PDH Kulit Sapi Pria", "pasang", 325000, 400, 21),
        ("sandal-kulit", "Sandal Kulit Pria Slop", "pasang", 95000, 800, 10)]),
    ("F6", "Tajur Bag Collection", "kecil", "32.71", "", True, [
        ("tas-seminar", "Tas Seminar Kanvas Resleting Custom Logo", "pcs", 45000, 3000, 14),
        ("ransel", "Ransel Laptop 15 inch", "pcs", 150000, 500, 14)]),
    ("F7", "Seragam Instansi Official Store", "kecil", "36.71", "", True, [
        ("korpri", "Seragam Batik Korpri Terbaru Pria Wanita", "pcs", 135000, 1000, 10)]),
    ("F8", "Hijab Aisyah Purwakarta", "mikro", "32.14", "", True, [
        ("kerudung", "Kerudung Segi Empat Voal Motif", "pcs", 45000, 1500, 7)]),

    ("K1", "Anyaman Pandan Bu Euis", "mikro", "36.02", "", True, [
        ("tas-pandan", "Tas Anyaman Pandan Motif Baduy", "pcs", 65000, 500, 14),
        ("tikar-pandan", "Tikar Pandan 2x3 m", "lembar", 175000, 100, 14),
        ("kotak-tisu-pandan", "Kotak Tisu Anyaman Pandan", "pcs", 35000, 600, 10)]),
    ("K2", "Gerabah Plered Sentosa", "kecil", "32.14", "", True, [
        ("guci", "Guci Gerabah Plered Tinggi 60 cm", "pcs", 225000, 200, 14),
        ("pot-tanah", "Pot Tanah Liat Diameter 30 cm", "pcs", 35000, 2000, 7),
        ("celengan", "Celengan Gerabah Bentuk Ayam", "pcs", 20000, 1500, 7)]),
    ("K3", "Bekasi Kreasi Akrilik", "mikro", "32.75", "", True, [
        ("plakat-akrilik", "Plakat Akrilik Custom 20x25 cm + Kotak Beludru", "pcs", 185000, 300, 7),
        ("gantungan-akrilik", "Gantungan Kunci Akrilik Custom Logo", "pcs", 7500, 5000, 7)]),
    ("K4", "Ukir Jati Cikarang", "mikro", "32.16", "svlk", True, [
        ("plakat-kayu", "Plakat Kayu Jati Ukir Logo Instansi", "pcs", 275000, 150, 14),
        ("miniatur-kayu", "Miniatur Rumah Adat Kayu", "pcs", 350000, 50, 21)]),
    ("K5", "Bambu Kreatif Pringsewu", "mikro", "18.10", "", True, [
        ("keranjang-bambu", "Keranjang Bambu Parsel Ukuran Sedang", "pcs", 25000, 1500, 7),
        ("tempat-pensil-bambu", "Tempat Pensil Bambu Ukir", "pcs", 15000, 1000, 7)]),
    ("K6", "Boneka Flanel Metro", "mikro", "18.72", "", True, [
        ("boneka", "Boneka Maskot Flanel Custom 25cm", "pcs", 55000, 400, 14)]),
    ("K7", "Grosir Souvenir Instansi", "kecil", "36.71", "", True, [
        ("mug", "Mug Keramik Custom Sablon Foto/Logo", "pcs", 22000, 5000, 7),
        ("tumbler", "Tumbler Stainless Custom Grafir Nama 500ml", "pcs", 45000, 2000, 7)]),

    ("E1", "Mutiara Lampung Permata", "mikro", "18.71", "", True, [
        ("bros-mutiara", "Bros Mutiara Lampung", "pcs", 125000, 200, 10),
        ("kalung-mutiara", "Kalung Mutiara Air Tawar", "pcs", 275000, 100, 10)]),
    ("E2", "Bogor Silver Craft", "mikro", "32.71", "", True, [
        ("cincin-perak", "Cincin Perak 925 Ukir Nama", "pcs", 185000, 200, 10),
        ("pin-perak", "Pin Perak 925 Logo Instansi", "pcs", 95000, 500, 14)]),
    ("E3", "Manik Etnik Purwakarta", "mikro", "32.14", "", True, [
        ("gelang-manik", "Gelang Manik-Manik Etnik", "pcs", 15000, 2000, 5),
        ("kalung-manik", "Kalung Manik Kayu", "pcs", 25000, 1000, 5)]),
    ("E4", "Siger Gold Aksesoris", "kecil", "18.71", "", True, [
        ("bros-siger", "Bros Siger Lapis Emas", "pcs", 150000, 300, 10)]),

    ("U1", "Rotan Sinar Karawang", "kecil", "32.15", "svlk", True, [
        ("kursi-rotan-set", "Kursi Teras Rotan Sintetis Set (2 Kursi + Meja)", "set", 2250000, 30, 21),
        ("sofa-rotan", "Sofa Rotan 3 Dudukan", "pcs", 3500000, 15, 30)]),
    ("U2", "Mebel Sekolah Jati Mandiri", "kecil", "32.16", "sni", True, [
        ("meja-kursi-siswa", "Meja Kursi Siswa SD Kayu (1 set)", "set", 650000, 400, 30),
        ("whiteboard", "Papan Tulis Whiteboard 120x240 Rangka Aluminium", "pcs", 850000, 100, 14),
        ("lemari-kelas", "Lemari Kelas Kayu 2 Pintu", "pcs", 1800000, 60, 30)]),
    ("U3", "Cileungsi Steel Meubel", "kecil", "32.01", "sni", True, [
        ("rak-besi", "Rak Besi Siku Lubang 5 Susun", "pcs", 650000, 200, 14),
        ("filing-cabinet", "Lemari Arsip Besi 4 Laci", "pcs", 2400000, 80, 21)]),
    ("U4", "Furnitur Kantor Official Store", "kecil", "36.71", "", True, [
        ("kursi-kantor", "Kursi Kantor Ergonomis Jaring Hidrolik", "pcs", 850000, 300, 7),
        ("meja-kerja", "Meja Kerja Kantor 120 cm Minimalis", "pcs", 1100000, 200, 10)]),
    ("U5", "Bale Bambu Pandeglang", "mikro", "36.01", "", True, [
        ("bale-bambu", "Bale-Bale Bambu 2x1 m", "pcs", 750000, 40, 14)]),

    ("H1", "Jamu Mbok Sum", "mikro", "18.72", "pirt", True, [
        ("jamu-segar", "Jamu Kunyit Asam Botol 250 ml", "botol", 8000, 2000, 2),
        ("beras-kencur", "Beras Kencur Botol 250 ml", "botol", 8000, 2000, 2)]),
    ("H2", "Rumah Herbal Cimahpar", "kecil", "32.71", "bpom;halal", True, [
        ("temulawak-kapsul", "Kapsul Temulawak isi 60", "botol", 45000, 1500, 7),
        ("kayu-putih", "Minyak Kayu Putih Asli 60 ml", "botol", 30000, 1000, 7)]),
    ("H3", "Madu Hutan Baduy", "mikro", "36.02", "pirt", True, [
        ("madu-hutan", "Madu Hutan Baduy Asli 500 gr", "botol", 95000, 500, 5)]),
    ("H4", "Apiari Lebah Pringsewu", "mikro", "18.10", "halal;pirt", True, [
        ("madu-klanceng", "Madu Klanceng (Trigona) 250 gr", "botol", 120000, 200, 5),
        ("madu-randu", "Madu Randu 1 kg", "botol", 110000, 300, 5)]),
    ("H5", "Toko Herbal Sehat Alami", "kecil", "32.75", "bpom", True, [
        ("jahe-kapsul", "Jahe Merah Kapsul isi 100", "botol", 65000, 1000, 5),
        ("teh-kelor", "Teh Herbal Daun Kelor Celup isi 20", "box", 30000, 800, 5)]),

    ("S1", "Sabun Alami Nyi Iroh", "mikro", "32.01", "bpom", True, [
        ("sabun-batang", "Sabun Batang Sereh Wangi Handmade 100 gr", "pcs", 15000, 3000, 7),
        ("sabun-cair", "Sabun Cair Cuci Tangan Refill 1 Liter", "liter", 25000, 2000, 7)]),
    ("S2", "Lumen Candle Bekasi", "mikro", "32.75", "", True, [
        ("lilin-aroma", "Lilin Aromaterapi Soy Wax Jar 100 gr", "pcs", 45000, 800, 7),
        ("reed-diffuser", "Reed Diffuser 100 ml", "pcs", 65000, 500, 7)]),
    ("S3", "Kemiri Tanggamus Alami", "mikro", "18.06", "bpom", True, [
        ("minyak-kemiri", "Minyak Kemiri Penumbuh Rambut 100 ml", "botol", 30000, 1000, 5)]),
    ("S4", "Sari Ayu Tradisional Purwakarta", "mikro", "32.14", "bpom", True, [
        ("lulur", "Lulur Bengkoang Tradisional 250 gr", "pcs", 25000, 1500, 5),
        ("lotion", "Body Lotion Bengkoang 200 ml", "botol", 35000, 1000, 5)]),
    ("S5", "PT Kosmetika Nusantara", "besar", "36.03", "bpom;iso-9001", True, [
        ("sanitizer", "Hand Sanitizer Gel 500 ml", "botol", 30000, 20000, 3)]),

    ("L1", "Pandai Besi Ki Jaro Ciomas", "mikro", "36.04", "", True, [
        ("golok-ciomas", "Golok Ciomas Sarung Kayu", "pcs", 350000, 100, 14),
        ("cangkul", "Cangkul Baja Tempa", "pcs", 95000, 400, 10),
        ("arit", "Arit / Sabit Rumput", "pcs", 55000, 600, 10)]),
    ("L2", "Bengkel Las Teralis Maju", "mikro", "32.15", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow per m2", "m2", 450000, 200, 14),
        ("pagar", "Pagar Besi Minimalis per meter", "meter", 650000, 150, 21),
        ("kanopi", "Kanopi Baja Ringan per m2", "m2", 350000, 300, 14)]),
    ("L3", "Tempa Lampung Timur", "mikro", "18.07", "", True, [
        ("parang", "Parang Tebas Lampung", "pcs", 85000, 500, 7),
        ("cangkul", "Cangkul Pacul Lampung", "pcs", 75000, 800, 7)]),
    ("L4", "Kuningan Kreasi Bekasi", "kecil", "32.75", "", True, [
        ("pin-kuningan", "Pin Lencana Kuningan Enamel Logo Pemda", "pcs", 25000, 5000, 14),
        ("medali", "Medali Lomba Kuningan Custom", "pcs", 35000, 3000, 14)]),
    ("L5", "Logam Jaya Pasar Kemis", "mikro", "36.03", "", True, [
        ("dandang", "Dandang Aluminium 40 cm", "pcs", 250000, 200, 7),
        ("tong-sampah-besi", "Tong Sampah Besi Pilah 3 Warna", "set", 1750000, 40, 21)]),

    ("C1", "Karya Offset Bekasi", "kecil", "32.75", "", True, [
        ("yasin", "Cetak Buku Yasin Hard Cover 200 hlm", "pcs", 25000, 5000, 14),
        ("kalender", "Cetak Kalender Meja 2027", "pcs", 22000, 5000, 14),
        ("map-logo", "Map Folder Logo Instansi Art Carton", "pcs", 6500, 10000, 10)]),
    ("C2", "ATK Grosir Cikarang", "kecil", "32.16", "", True, [
        ("hvs-a4", "Kertas HVS A4 70 gsm SiDU 1 Rim", "rim", 52000, 3000, 3),
        ("hvs-f4", "Kertas HVS F4 80gsm PaperOne 1 Rim", "rim", 68000, 2000, 3),
        ("pulpen", "Pulpen Standard AE7 Hitam isi 12", "pak", 24000, 2000, 3),
        ("ordner", "Ordner Bantex Folio", "pcs", 32000, 1500, 3)]),
    ("C3", "Karawang Digital Printing", "mikro", "32.15", "", True, [
        ("spanduk", "Spanduk Banner Flexi 280 gr per meter", "m2", 25000, 3000, 2),
        ("xbanner", "X-Banner 60x160 + Rangka", "pcs", 85000, 500, 3)]),
    ("C4", "Bogor Pak Kemasan", "kecil", "32.71", "", True, [
        ("dus-nasi", "Dus Nasi Kotak Laminasi 20x20 Cetak Logo", "pcs", 1800, 20000, 10),
        ("paper-bag", "Paper Bag Custom Sablon Logo 25x35", "pcs", 6500, 5000, 10)]),
    ("C5", "Fotokopi & Jilid Metro", "mikro", "18.72", "", True, [
        ("undangan", "Cetak Undangan Softcover", "pcs", 3500, 3000, 5)]),
    ("C6", "Stempel & ID Card Serang", "mikro", "36.73", "", True, [
        ("stempel", "Stempel Flash Otomatis", "pcs", 85000, 300, 3),
        ("idcard", "Cetak ID Card PVC + Lanyard", "pcs", 15000, 3000, 5)]),

    ("T1", "Kebun Bibit Bogor Asri", "mikro", "32.01", "", True, [
        ("sansevieria", "Tanaman Hias Sansevieria Pot 15", "pcs", 25000, 2000, 5),
        ("bibit-durian-mk", "Bibit Durian Musang King Okulasi 80 cm", "pcs", 85000, 500, 10),
        ("bibit-alpukat", "Bibit Alpukat Miki", "pcs", 45000, 800, 7)]),
    ("T2", "Pokdakan Mina Karawang", "koperasi", "32.15", "", True, [
        ("benih-nila", "Benih Ikan Nila Merah 5-7 cm", "ekor", 400, 100000, 7),
        ("benih-lele", "Benih Lele Sangkuriang 5-7 cm", "ekor", 250, 200000, 7)]),
    ("T3", "Bekasi Aquatic", "mikro", "32.16", "", True, [
        ("koki", "Ikan Koki Oranda 5 cm", "ekor", 15000, 1500, 3),
        ("cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 25000, 1000, 3)]),
    ("T4", "Pakan Mandiri Lampung Timur", "kecil", "18.07", "", True, [
        ("pakan-ayam", "Pakan Ayam Petelur Racikan Karung 50 kg", "karung", 375000, 400, 5),
        ("pelet-ikan", "Pelet Ikan Apung 30 kg", "karung", 310000, 600, 5)]),
    ("T5", "KT Kopi Lada Tanggamus", "koperasi", "18.06", "", True, [
        ("bibit-kopi", "Bibit Kopi Robusta Sambung Polybag", "batang", 3500, 50000, 14),
        ("bibit-lada", "Bibit Lada Perdu", "batang", 5000, 20000, 14)]),
    ("T6", "Tani Jaya Pringsewu", "mikro", "18.10", "", True, [
        ("kompos", "Pupuk Kompos Organik Karung 25 kg", "karung", 30000, 3000, 5)]),
    ("T7", "Peternakan Ayam Maju Purwakarta", "mikro", "32.14", "", True, [
        ("telur", "Telur Ayam Negeri per kg", "kg", 28000, 3000, 2)]),

    ("X1", "Sapu Ijuk Lebak", "mikro", "36.02", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 3000, 5),
        ("sapu-lidi", "Sapu Lidi Gagang", "pcs", 12000, 5000, 5),
        ("kemoceng", "Kemoceng Bulu Ayam", "pcs", 20000, 1500, 5)]),
    ("X2", "CleanMart Bekasi", "kecil", "32.75", "", True, [
        ("spin-mop", "Alat Pel Lantai Spin Mop Bolde", "set", 175000, 500, 3),
        ("keset-sabut", "Keset Kaki Sabut Kelapa 40x60", "pcs", 35000, 1000, 3),
        ("lap-microfiber", "Kain Lap Microfiber isi 10", "pak", 45000, 800, 3)]),
    ("X3", "Coco Sabut Pandeglang", "mikro", "36.01", "", True, [
        ("keset-sabut", "Keset Sabut Kelapa 40x60 cm", "pcs", 30000, 2000, 5)]),
    ("X4", "Koperasi Karawang Makmur", "koperasi", "32.15", "", True, [
        ("sembako", "Paket Sembako (Beras 5kg, Minyak 2L, Gula 1kg, Mie 5)", "paket", 135000, 3000, 7)]),
    ("X5", "Fiber Bogor Lestari", "mikro", "32.01", "", True, [
        ("tong-sampah-fiber", "Tong Sampah Fiber Pilah 3 Warna 50 L", "set", 1500000, 50, 14)]),
    ("X6", "Toko Alat Kebersihan Sinar", "mikro", "32.71", "", False, [
        ("sapu-ijuk", "Sapu Ijuk Halus", "pcs", 20000, 2000, 3)]),
]

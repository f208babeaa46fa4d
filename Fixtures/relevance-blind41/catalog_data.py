"""Hand-written suppliers and products of relevance-blind41 (fictional). Kinds are the labeller's tags."""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

PERISHABLE = {"nasi-kotak", "prasmanan", "snack-box", "tumpeng", "nasi-liwet", "jamu-kunyit-asam", "jamu-beras-kencur", "bakso-ikan-segar"}

# (key, name, scale, region, certificates, active, [(kind, name, unit, price, capacity/month, lead days)])
SUPPLIERS = [
    ("M1", "UKM Otak-Otak Bandeng Bu Iyah", "mikro", "36.73", "halal;pirt", True, [
        ("otak-otak", "Otak-otak Bandeng Frozen isi 10", "pak", 35000, 400, 3),
        ("sate-bandeng", "Sate Bandeng Khas Serang", "pcs", 45000, 300, 3)]),
    ("M2", "Kerupuk Kemplang Palapa Labuan", "mikro", "36.01", "pirt-expired", True, [
        ("kemplang", "Kerupuk Kemplang Ikan Tenggiri 250 gr", "bungkus", 25000, 600, 4),
        ("rengginang", "Rengginang Ketan Terasi 500 gr", "bungkus", 22000, 500, 4)]),
    ("M3", "Kelompok Wanita Tani Sari Rasa Gisting", "koperasi", "18.06", "halal;pirt", True, [
        ("keripik-pisang", "Keripik Pisang Kepok Manis 250 gram", "bungkus", 18000, 1500, 5),
        ("keripik-talas", "Keripik Talas Bogor Original 200 gr", "bungkus", 20000, 900, 5)]),
    ("M4", "Sambal Roa Mamah Ade", "mikro", "36.71", "halal;pirt", True, [
        ("sambal-botol", "Sambal Cumi Pedas Botol 150 ml", "botol", 32000, 300, 4),
        ("sambal-botol", "Sambal Bawang Jar 200 gr", "botol", 27000, 400, 4)]),
    ("M5", "CV Lapis Legit Pringsewu", "kecil", "18.10", "halal", True, [
        ("kue-lapis", "Lapis Legit Original Loyang 20x20", "loyang", 250000, 120, 5),
        ("kue-kering", "Nastar Keju Toples 500 gr", "toples", 85000, 300, 6)]),
    ("M6", "Madu & Gula Aren Baduy Mandiri", "mikro", "36.02", "pirt", True, [
        ("gula-aren", "Gula Aren Cetak Baduy 1 kg", "kg", 38000, 700, 4),
        ("gula-semut", "Gula Semut Aren Organik 500 gram", "bungkus", 30000, 500, 4)]),
    ("M7", "PT Pangan Raya Nusantara", "besar", "32.16", "halal;bpom;iso-9001", True, [
        ("kemplang", "Kerupuk Ikan Premium 250g", "bungkus", 15000, 20000, 3),
        ("kue-kering", "Kue Kering Aneka Rasa 500 gr", "toples", 50000, 5000, 3)]),
    ("N1", "Kopi Pesisir Way Kanan Roastery", "mikro", "18.72", "halal;pirt", True, [
        ("kopi-robusta-biji", "Kopi Robusta Lampung Roasted Bean 1 kg", "kg", 160000, 200, 5),
        ("kopi-luwak", "Kopi Luwak Liar Lampung 100 gr", "bungkus", 150000, 80, 7)]),
    ("N2", "Cokelat Ndeso Lampung Timur", "mikro", "18.07", "pirt", True, [
        ("cokelat-bubuk", "Bubuk Kakao Murni 250 gr", "bungkus", 45000, 300, 5),
        ("cokelat-batang", "Cokelat Batangan Dark 70% 100 gr", "pcs", 30000, 400, 5)]),
    ("N3", "Sirup Pala & Jahe Merah Karawang", "kecil", "32.15", "halal;bpom", True, [
        ("sirup-pala", "Sirup Buah Pala 620 ml", "botol", 35000, 600, 4),
        ("wedang-jahe", "Wedang Jahe Merah Instan Sachet isi 20", "box", 28000, 900, 4)]),
    ("N5", "Kedai Kopi Ulubelu Gisting", "mikro", "18.06", "halal;pirt", True, [
        ("kopi-robusta", "Kopi Robusta Tanggamus Bubuk 250 gr", "bungkus", 40000, 800, 5),
        ("teh-serai", "Teh Serai Celup isi 25", "box", 22000, 400, 5)]),
    ("N4", "Depot Air Tirta Cibaliung", "mikro", "36.01", "", True, [
        ("air-galon", "Air Minum Isi Ulang Galon 19 L", "galon", 7000, 3000, 1)]),
    ("J1", "Katering Dapur Ceu Enok", "mikro", "36.04", "halal", True, [
        ("nasi-kotak", "Nasi Box Ayam Bakar + Sayur + Buah", "kotak", 35000, 1500, 2),
        ("snack-box", "Snack Box 3 Macam Kue + Air Mineral", "kotak", 15000, 2000, 2)]),
    ("J2", "Rumah Makan Saung Kuring Catering", "kecil", "36.71", "halal", True, [
        ("prasmanan", "Prasmanan Menu Sunda per orang", "porsi", 65000, 3000, 3),
        ("tumpeng", "Nasi Tumpeng Kuning Komplit 20 orang", "tumpeng", 850000, 30, 3)]),
    ("J3", "Catering Mbak Sri Metro", "mikro", "18.72", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Rendang Telur Sayur", "kotak", 30000, 800, 2),
        ("snack-box", "Kue Kotak Isi 4 (Lemper, Risol, Bolu, Aqua gelas)", "kotak", 12000, 1200, 2)]),
    ("J4", "Dapur Liwet Bekasi Barokah", "mikro", "32.16", "halal", True, [
        ("nasi-liwet", "Nasi Liwet Komplit Ayam Goreng per porsi", "porsi", 32000, 900, 2),
        ("nasi-kotak", "Nasi Box Ayam Geprek", "kotak", 25000, 1000, 2)]),
    ("F1", "Konveksi Seragam Dadi Jaya", "kecil", "36.03", "", True, [
        ("pdh", "Kemeja PDH Drill Lengan Panjang", "stel", 175000, 600, 14),
        ("kaos-polo", "Kaos Polo Lacoste CVC Bordir Logo", "pcs", 85000, 1200, 10)]),
    ("F2", "Tapis Siger Asli Lampung", "kecil", "18.71", "", True, [
        ("kain-tapis", "Kain Tapis Lampung Benang Emas Motif Pucuk Rebung", "lembar", 1500000, 40, 20),
        ("selendang-tapis", "Selendang Tapis Mini Sulam", "pcs", 250000, 150, 10)]),
    ("F3", "Batik Krakatoa Cilegon", "mikro", "36.72", "batikmark", True, [
        ("batik-cap", "Kain Batik Cap Motif Krakatau 2 m", "lembar", 185000, 300, 10),
        ("kemeja-batik", "Kemeja Batik Cap Pria Lengan Pendek", "pcs", 210000, 250, 12)]),
    ("F4", "Sablon Kaos Tangerang Kreatif", "mikro", "36.71", "", True, [
        ("kaos-sablon", "Kaos Cotton Combed 30s Sablon DTF", "pcs", 55000, 2000, 7),
        ("topi", "Topi Baseball Bordir Custom", "pcs", 35000, 1500, 7)]),
    ("F5", "Sandal Kulit Cibaduyut Banten", "mikro", "36.04", "", True, [
        ("sandal-kulit", "Sandal Kulit Sapi Pria Model Selop", "pasang", 120000, 300, 10)]),
    ("F6", "Rompi & Tas Ransel Bogor Outdoor", "kecil", "32.01", "", True, [
        ("rompi", "Rompi Lapangan Drill Multi Saku", "pcs", 145000, 500, 12),
        ("tas-ransel", "Tas Ransel Laptop 15 inch Bordir Logo", "pcs", 160000, 600, 12)]),
    ("K1", "Anyaman Pandan Sri Rezeki Pandeglang", "mikro", "36.01", "", True, [
        ("tas-pandan", "Tas Anyaman Pandan Motif Lurik", "pcs", 65000, 300, 7),
        ("tikar-pandan", "Tikar Pandan Lipat 90x180", "lembar", 95000, 150, 7)]),
    ("K2", "Kerajinan Bambu Leuwidamar", "mikro", "36.02", "", True, [
        ("besek-bambu", "Besek Bambu Tutup 20x20", "pcs", 6000, 3000, 5),
        ("tempat-tisu-bambu", "Kotak Tisu Bambu Ukir", "pcs", 45000, 300, 7)]),
    ("K3", "Gerabah Bumijaya Anyer", "mikro", "36.04", "", True, [
        ("gerabah-pot", "Pot Gerabah Tanah Liat Diameter 25 cm", "pcs", 35000, 600, 7),
        ("gerabah-kendi", "Kendi Gerabah Hias Cat Motif Banten", "pcs", 75000, 200, 10)]),
    ("K4", "Souvenir Akrilik Karawang Grafika", "kecil", "32.15", "", True, [
        ("plakat-akrilik", "Plakat Akrilik 3 mm + Box Beludru", "pcs", 150000, 400, 7),
        ("gantungan-akrilik", "Gantungan Kunci Akrilik Custom 2 Sisi", "pcs", 5000, 5000, 5)]),
    ("K5", "Sanggar Ukir Kayu Pringsewu", "mikro", "18.10", "svlk", True, [
        ("plakat-kayu", "Plakat Kayu Jati Ukir Logo Pemda", "pcs", 275000, 80, 14),
        ("miniatur-siger", "Miniatur Siger Kuningan Tatakan Kayu", "pcs", 180000, 100, 14)]),
    ("K6", "Koperasi Perajin Mendong Karawang", "koperasi", "32.15", "", False, [
        ("tas-pandan", "Tas Mendong Anyam Natural", "pcs", 55000, 400, 7)]),
    ("P1", "Perak Koto Gede Serang Art", "mikro", "36.73", "", True, [
        ("bros-perak", "Bros Perak 925 Motif Golok Banten", "pcs", 175000, 150, 10),
        ("cincin-perak", "Cincin Perak Batu Kalimaya Banten", "pcs", 450000, 60, 14)]),
    ("P2", "Aksesoris Manik Tapis Bandar Lampung", "mikro", "18.71", "", True, [
        ("kalung-manik", "Kalung Manik-manik Motif Tapis", "pcs", 45000, 500, 5),
        ("gelang-manik", "Gelang Tali Tenun Tapis", "pcs", 20000, 800, 5)]),
    ("P3", "Pin & Emblem Logam Bekasi", "kecil", "32.16", "", True, [
        ("pin-logo", "Pin Enamel Logo Instansi 2,5 cm", "pcs", 12000, 5000, 10)]),
    ("U1", "Mebel Rotan Cirebon Tangerang", "kecil", "36.03", "svlk", True, [
        ("kursi-rotan", "Kursi Teras Rotan Sintetis Set (2 kursi + 1 meja)", "set", 2200000, 40, 21),
        ("keranjang-rotan", "Keranjang Parcel Rotan Oval", "pcs", 40000, 800, 7)]),
    ("U2", "UD Mebel Sekolah Karya Lebak", "mikro", "36.02", "svlk", True, [
        ("meja-kursi-siswa", "Meja + Kursi Siswa SD Kayu Mahoni", "set", 650000, 200, 21),
        ("papan-tulis", "Papan Tulis Whiteboard Kaki 120x240", "unit", 1250000, 50, 14)]),
    ("U3", "Furniture Kantor Metro Jaya", "kecil", "18.72", "", True, [
        ("lemari-arsip", "Lemari Arsip Kayu 2 Pintu Kaca", "unit", 2750000, 30, 21),
        ("rak-buku", "Rak Buku Kayu 5 Susun", "unit", 900000, 40, 14)]),
    ("U4", "PT Mebel Nusantara Industri", "besar", "32.16", "svlk;iso-9001", True, [
        ("lemari-arsip", "LEMARI ARSIP KAYU 2 PINTU Grosir Harga Pabrik", "unit", 1900000, 500, 10),
        ("meja-kursi-siswa", "Meja Kursi Sekolah SD 1 Set", "set", 450000, 2000, 14)]),
    ("F7", "Sablon Kaos Metro Kreatif", "mikro", "18.72", "", False, [
        ("kaos-sablon", "Kaos Sablon Custom Cotton 24s", "pcs", 45000, 1500, 5)]),
    ("H1", "Jamu Gendong Mbok Sum Tangerang", "mikro", "36.71", "pirt", True, [
        ("jamu-kunyit-asam", "Jamu Kunyit Asam Botol 250 ml (segar, tahan 2 hari)", "botol", 8000, 600, 1),
        ("jamu-beras-kencur", "Beras Kencur Segar Botol 250 ml", "botol", 8000, 600, 1)]),
    ("H2", "Herbal Sehat Pesawaran Jaya", "kecil", "18.71", "bpom;halal", True, [
        ("madu-hutan", "Madu Hutan Liar Lampung 500 gr", "botol", 95000, 500, 5),
        ("temulawak-instan", "Serbuk Temulawak Instan 250 gr", "bungkus", 25000, 800, 5)]),
    ("H3", "Apiari Lebah Madu Bogor", "mikro", "32.01", "pirt", True, [
        ("madu-randu", "Madu Randu Murni 1 kg", "botol", 140000, 300, 4),
        ("propolis", "Propolis Cair 30 ml", "botol", 85000, 400, 4)]),
    ("H4", "Rempah Wangi Kab Serang", "mikro", "36.04", "", True, [
        ("minyak-sereh", "Minyak Sereh Wangi Gosok 60 ml", "botol", 25000, 700, 4)]),
    ("S1", "Sabun Herbal Kenanga Karawang", "mikro", "32.15", "bpom", True, [
        ("sabun-batang", "Sabun Mandi Batang Herbal Sereh 100 gr", "pcs", 15000, 2000, 5),
        ("lilin-aroma", "Lilin Aromaterapi Soy Wax Jar 100 gr", "pcs", 45000, 500, 6)]),
    ("S2", "Kosmetik Alami Kopi Lampung", "mikro", "18.07", "bpom", True, [
        ("lulur-kopi", "Lulur Body Scrub Kopi 200 gr", "pot", 35000, 600, 5),
        ("masker-wajah", "Masker Wajah Bubuk Beras Kencur 100 gr", "pcs", 30000, 500, 5)]),
    ("S3", "Hand Wash & Sabun Cair Serang", "mikro", "36.73", "", True, [
        ("sabun-cair", "Sabun Cuci Tangan Cair Refill 5 Liter", "jerigen", 85000, 400, 3)]),
    ("L1", "Pandai Besi Ki Ujang Ciomas", "mikro", "36.04", "", True, [
        ("golok", "Golok Ciomas Gagang Kayu Sarung Kulit", "pcs", 350000, 80, 14),
        ("cangkul", "Cangkul Baja Pacul Tani Plus Gagang", "pcs", 90000, 300, 10)]),
    ("L2", "Bengkel Las Teralis Sinar Karawang", "mikro", "32.15", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow Motif Minimalis per m2", "m2", 450000, 150, 14),
        ("rak-besi", "Rak Besi Siku Lubang 5 Susun 200 cm", "unit", 650000, 100, 10)]),
    ("L3", "Alat Pertanian Tani Makmur Lampung Timur", "kecil", "18.07", "sni", True, [
        ("sabit", "Arit / Sabit Rumput Baja", "pcs", 45000, 600, 7),
        ("sprayer", "Sprayer Manual Punggung 16 Liter", "unit", 275000, 200, 7)]),
    ("L4", "Kerajinan Tembaga Tangerang", "mikro", "36.03", "", True, [
        ("tempat-sampah-besi", "Tempat Sampah Stainless Injak 20 L", "unit", 325000, 150, 10)]),
    ("C1", "Percetakan Mandiri Offset Serang", "kecil", "36.73", "iso-9001", True, [
        ("map-logo", "Map Snelhecter Cetak Logo Instansi", "pcs", 4500, 20000, 7),
        ("buku-agenda", "Buku Agenda Hard Cover Logo Foil", "pcs", 55000, 2000, 10),
        ("kop-amplop", "Amplop Kop Putih Ukuran 110x230 Cetak 1 Warna", "box", 95000, 1000, 5)]),
    ("C2", "Digital Printing Pringsewu Jaya", "mikro", "18.10", "", True, [
        ("spanduk", "Cetak Spanduk Flexi 280 gr per meter", "m2", 25000, 5000, 2),
        ("x-banner", "X-Banner 60x160 + Rangka", "pcs", 95000, 800, 2)]),
    ("C3", "Grafika Kota Tangerang", "kecil", "36.71", "", True, [
        ("kalender", "Kalender Dinding 6 Lembar Custom 2027", "pcs", 25000, 5000, 14),
        ("id-card", "ID Card PVC + Lanyard Printing", "pcs", 15000, 5000, 5)]),
    ("T1", "Kebun Bibit Tanggamus Lestari", "mikro", "18.06", "", True, [
        ("bibit-kopi", "Bibit Kopi Robusta Polybag Siap Tanam", "batang", 5000, 20000, 7),
        ("bibit-alpukat", "Bibit Alpukat Siger Okulasi 60 cm", "batang", 35000, 3000, 7)]),
    ("T2", "Nursery Tanaman Hias Ciapus Bogor", "mikro", "32.01", "", True, [
        ("tanaman-hias", "Tanaman Hias Lidah Mertua Pot 30 cm", "pot", 45000, 800, 4),
        ("bibit-durian", "Bibit Durian Musang King Okulasi", "batang", 85000, 1000, 7)]),
    ("T3", "Pokdakan Mina Sejahtera Pandeglang", "koperasi", "36.01", "", True, [
        ("benih-nila", "Benih Ikan Nila Merah 5-7 cm", "ekor", 350, 50000, 5),
        ("ikan-hias-koi", "Ikan Koi Lokal Ukuran 10-12 cm", "ekor", 15000, 2000, 5)]),
    ("T4", "Pakan Ternak Mitra Metro", "kecil", "18.72", "sni", True, [
        ("pakan-ayam", "Pakan Ayam Petelur Konsentrat 50 kg", "sak", 420000, 500, 5),
        ("pupuk-organik", "Pupuk Kompos Organik Granul 25 kg", "sak", 45000, 3000, 5)]),
    ("X1", "Sapu Ijuk & Kebersihan Lebak", "mikro", "36.02", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 2000, 4),
        ("kemoceng", "Kemoceng Bulu Ayam Asli 60 cm", "pcs", 20000, 800, 4)]),
    ("X2", "Toko ATK Berkah Kab Tangerang", "kecil", "36.03", "", True, [
        ("kertas-a4", "Kertas HVS A4 70 gram 1 rim", "rim", 52000, 3000, 2),
        ("pulpen", "Pulpen Gel Hitam 0.5 mm isi 12", "box", 30000, 2000, 2)]),
    ("X3", "Karbol & Pembersih Lantai Bekasi", "mikro", "32.16", "", True, [
        ("karbol", "Karbol Wangi Sereh 1 Liter", "botol", 18000, 2000, 3),
        ("keset", "Keset Kaki Sabut Kelapa 40x60", "pcs", 35000, 600, 5)]),
    ("X4", "Paket Sembako Koperasi Metro Sejahtera", "koperasi", "18.72", "", True, [
        ("paket-sembako", "Paket Sembako Beras 5 kg + Minyak 2 L + Gula 1 kg", "paket", 135000, 2000, 5)]),
]

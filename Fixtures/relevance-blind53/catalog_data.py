"""Hand-written suppliers and products for relevance-blind53 (fictional). Each product carries the labeller's kind."""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Made and eaten the same day: capacity_per_month must cover the whole quantity, and nearness decides.
PERISHABLE = {"nasi-kotak", "snack-box", "prasmanan", "nasi-liwet-tampah", "tumpeng", "coffee-break",
              "jamu-segar", "beras-kencur"}

# key, name, scale, region, certificates, active, [(kind, name, unit, price, capacity/month, lead days)]
SUPPLIERS = [
    ("M1", "Otak-otak & Kerupuk Mang Ujang", "mikro", "36.72", "halal;pirt", True, [
        ("otak-otak", "Otak-otak Bandeng Khas Cilegon isi 10", "pack", 25000, 800, 2),
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri Mentah 500 gr", "pcs", 32000, 600, 3)]),
    ("M2", "Rumah Sambal Teh Iyah", "mikro", "36.04", "halal;pirt", True, [
        ("sambal-bawang", "Sambal Bawang Botol 150 ml", "botol", 22000, 1000, 3),
        ("sambal-cumi", "Sambal Cumi Asin Pedas 200gr", "botol", 38000, 400, 4)]),
    ("M3", "CV Kripik Pisang Tanggamus Berkah", "kecil", "18.06", "halal;pirt", True, [
        ("keripik-pisang", "Keripik Pisang Kepok Manis 250 gr", "pcs", 18000, 3000, 3),
        ("keripik-singkong", "Kripik Singkong Balado 250gr", "pcs", 15000, 2500, 3)]),
    ("M4", "Dapur Kue Kering Nyonya Lim", "mikro", "36.71", "pirt-expired", True, [
        ("nastar", "Nastar Nanas Premium Toples 500 gr", "toples", 85000, 300, 5),
        ("kue-bawang", "Kue Bawang Gurih Toples", "toples", 45000, 400, 4)]),
    ("M5", "UMKM Emping & Gipang Pandeglang", "mikro", "36.01", "pirt", True, [
        ("emping", "Emping Melinjo Pedas Manis 500gr", "pcs", 55000, 500, 4),
        ("gipang", "Gipang Ketan Khas Banten (oleh-oleh)", "pcs", 20000, 800, 3)]),
    ("M6", "Bandeng Presto Juwita", "kecil", "36.73", "halal;pirt", True, [
        ("bandeng-presto", "Bandeng Presto Duri Lunak Vakum 500gr", "pcs", 48000, 1200, 3),
        ("sate-bandeng", "Sate Bandeng Khas Serang", "pcs", 65000, 400, 2)]),
    ("M7", "Toko Oleh2 Banten Official", "kecil", "36.73", "halal", True, [
        ("keripik-tempe", "[READY] Keripik Tempe Sagu Renyah 200gr", "pcs", 16000, 1500, 2),
        ("dodol", "DODOL Ketan Hitam Asli 1 KG Oleh2 Khas", "pcs", 60000, 300, 3)]),
    ("N1", "Koperasi Kopi Pekon Tanggamus", "koperasi", "18.06", "halal;pirt", True, [
        ("kopi-robusta-lampung", "Kopi Robusta Tanggamus Bubuk 250 gr", "pcs", 35000, 2000, 5),
        ("green-bean", "Green Bean Robusta Lampung Grade 1 (1 kg)", "kg", 75000, 1000, 5)]),
    ("N2", "Cokelat Pringsewu Kakao Lestari", "kecil", "18.10", "halal;pirt", True, [
        ("cokelat-bubuk", "Bubuk Cokelat Murni Kakao Pringsewu 200 gr", "pcs", 40000, 600, 5),
        ("minuman-cokelat", "Choco Drink Sachet 3in1 isi 10", "pack", 30000, 800, 4)]),
    ("N3", "Sari Jahe Merah Teh Nenah", "mikro", "36.04", "pirt", True, [
        ("jahe-instan", "Jahe Merah Instan Bubuk 250 gr", "pcs", 28000, 1000, 3),
        ("sirup-markisa", "Sirup Markisa Botol 620ml", "botol", 32000, 600, 4)]),
    ("N4", "PT Tirta Krakatau Mandiri", "besar", "36.72", "bpom;halal;sni", True, [
        ("amdk-gelas", "Air Mineral Gelas 220ml dus isi 48", "dus", 22000, 20000, 1)]),
    ("N5", "Koperasi Air Minum Warga Ciwandan", "koperasi", "36.72", "bpom;halal;sni", True, [
        ("amdk-botol", "AMDK Botol 600 ml isi 24 (Dus)", "dus", 42000, 3000, 2),
        ("amdk-gelas", "Air Mineral Cup 240ml isi 48", "dus", 24000, 4000, 2)]),
    ("N6", "Teh Rosella Bu Dewi", "mikro", "32.01", "pirt", True, [
        ("teh-rosella", "Teh Rosella Kering Celup isi 25", "box", 25000, 500, 4)]),
    ("J1", "Catering Dapur Bunda Cilegon", "kecil", "36.72", "halal", True, [
        ("nasi-kotak", "Nasi Box Ayam Bakar + Lalapan + Buah", "porsi", 35000, 3000, 2),
        ("snack-box", "Snack Box 3 Kue + Air Mineral", "box", 15000, 4000, 1),
        ("prasmanan", "Prasmanan Menu Nusantara (min 100 pax)", "pax", 55000, 2000, 3)]),
    ("J2", "RM Sunda Teh Ai Catering", "mikro", "36.04", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Goreng Serundeng", "porsi", 30000, 1200, 2),
        ("nasi-liwet-tampah", "Nasi Liwet Komplit Tampah (10 org)", "tampah", 350000, 60, 2)]),
    ("J3", "Kedai Kue Basah Mbak Sri", "mikro", "36.73", "pirt", True, [
        ("snack-box", "Kue Kotak isi 4 (lemper, risol, bolu, pastel)", "kotak", 14000, 2500, 1),
        ("tumpeng", "Nasi Tumpeng Kuning Mini", "tumpeng", 450000, 30, 3)]),
    ("J4", "Catering Berkah Metro", "kecil", "18.72", "halal", True, [
        ("nasi-kotak", "Nasi Box Rendang Metro", "porsi", 32000, 800, 2),
        ("coffee-break", "Paket Coffee Break (2 kue + kopi/teh)", "pax", 18000, 1500, 1)]),
    ("J5", "Aneka Catering Tangerang Sejahtera", "menengah", "36.03", "halal;iso-9001", True, [
        ("nasi-kotak", "Nasi Kotak Premium Ayam Bakar Madu", "porsi", 45000, 5000, 2),
        ("prasmanan", "Buffet / Prasmanan Paket Gold", "pax", 85000, 3000, 3)]),
    ("J6", "Catering Ibu Romlah Jakarta Pusat", "mikro", "31.71", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Betawi Semur Daging", "porsi", 40000, 1500, 2),
        ("snack-box", "Snack Box Jajanan Pasar isi 3", "box", 17000, 2000, 1)]),
    ("F1", "Konveksi Seragam Cilegon Jaya", "kecil", "36.72", "sni", True, [
        ("kemeja-pdh", "Kemeja PDH Lengan Panjang Drill Khaki (bordir nama)", "pcs", 185000, 600, 21),
        ("kaos-polo", "Kaos Polo Lacoste CVC Bordir Logo Instansi", "pcs", 85000, 1500, 14),
        ("rompi", "Rompi Lapangan Drill Multi Saku", "pcs", 150000, 300, 14)]),
    ("F2", "Batik Krakatau Cilegon", "mikro", "36.72", "batikmark", True, [
        ("batik-tulis", "Kain Batik Tulis Motif Krakatau 2 m", "lembar", 650000, 40, 20),
        ("batik-cap", "Batik Cap Motif Debus 2 meter", "lembar", 175000, 300, 10),
        ("kemeja-batik", "Kemeja Batik Cap Pria Motif Banten Lengan Pendek", "pcs", 165000, 250, 14)]),
    ("F3", "Tapis Citra Pringsewu", "kecil", "18.10", "", True, [
        ("tapis", "Kain Tapis Lampung Sulam Usus", "lembar", 900000, 20, 30),
        ("selendang-tapis", "Selendang Tapis Motif Pucuk Rebung", "pcs", 250000, 100, 14)]),
    ("F4", "Serang Grafika Sablon & Kaos", "mikro", "36.73", "", True, [
        ("kaos-oblong", "KAOS OBLONG Cotton Combed 30s Sablon 1 Warna", "pcs", 55000, 3000, 7),
        ("topi", "Topi Baseball Bordir Logo", "pcs", 35000, 1000, 7)]),
    ("F5", "Pengrajin Sandal & Sepatu Ciomas Bogor", "kecil", "32.01", "", True, [
        ("sandal-hotel", "Sandal Hotel Spons Putih Logo Custom", "pasang", 6000, 10000, 10),
        ("sepatu-pdh", "Sepatu Pantofel Kulit Pria PDH Hitam", "pasang", 325000, 200, 14)]),
    ("F6", "Tas Seminar Karawang", "kecil", "32.15", "", True, [
        ("tote-bag", "Goodie Bag Blacu 30x40 Sablon", "pcs", 9000, 8000, 10),
        ("tas-ransel", "Tas Ransel Laptop Seminar Polyester", "pcs", 95000, 1000, 14)]),
    ("K1", "Anyaman Pandan Cinangka", "mikro", "36.04", "", True, [
        ("tikar-pandan", "Tikar Pandan Anyam 150x200", "lembar", 120000, 60, 14),
        ("tas-pandan", "Tas Anyaman Pandan Motif Kombinasi", "pcs", 75000, 200, 10),
        ("kotak-tisu-pandan", "Kotak Tisu Anyaman Pandan", "pcs", 35000, 300, 7)]),
    ("K2", "Gerabah Bumijaya Ciruas", "mikro", "36.04", "", True, [
        ("vas-gerabah", "Vas Bunga Gerabah Tanah Liat 30 cm", "pcs", 45000, 300, 10),
        ("kendi", "Kendi Gerabah Tradisional", "pcs", 35000, 200, 10),
        ("celengan", "Celengan Gerabah Karakter", "pcs", 15000, 500, 7)]),
    ("K3", "Cilegon Kreatif Souvenir & Plakat", "mikro", "36.72", "", True, [
        ("plakat-akrilik", "Plakat Akrilik Ukir Laser + Box Beludru", "pcs", 175000, 300, 7),
        ("gantungan-akrilik", "Gantungan Kunci Akrilik Custom Logo", "pcs", 5000, 5000, 7),
        ("plakat-kayu", "Plakat Kayu Jati Grafir Logo 20x25", "pcs", 250000, 100, 10)]),
    ("K4", "Bambu Kreasi Lebak", "mikro", "36.02", "", True, [
        ("besek", "Besek Bambu Persegi 20 cm", "pcs", 4000, 5000, 7),
        ("miniatur-baduy", "Miniatur Rumah Adat Baduy Bambu", "pcs", 85000, 100, 14),
        ("tempat-pulpen-bambu", "Tempat Pulpen Bambu Ukir Nama", "pcs", 25000, 500, 7)]),
    ("K5", "Koperasi Pengrajin Rotan Tangerang", "koperasi", "36.03", "", True, [
        ("keranjang-rotan", "Keranjang Parsel Rotan Oval", "pcs", 45000, 400, 7)]),
    ("P1", "Perak Bakar Serang", "mikro", "36.73", "", True, [
        ("bros-perak", "Bros Perak 925 Motif Siger", "pcs", 275000, 80, 14),
        ("cincin-perak", "Cincin Perak 925 Batu Kalimaya", "pcs", 350000, 40, 14)]),
    ("P2", "Manik Etnik Tanggamus", "mikro", "18.06", "", True, [
        ("gelang-manik", "Gelang Manik Etnik Lampung", "pcs", 15000, 1000, 7),
        ("kalung-manik", "Kalung Manik-manik Motif Tapis", "pcs", 35000, 500, 7),
        ("bros-imitasi", "Bros Jilbab Mutiara Imitasi", "pcs", 8000, 3000, 5)]),
    ("P3", "Kalimaya Pandeglang Gems", "kecil", "36.01", "", False, [
        ("liontin-kalimaya", "Liontin Batu Kalimaya Silver", "pcs", 450000, 50, 10)]),
    ("U1", "Mebel Jati Ciruas", "kecil", "36.04", "svlk", True, [
        ("meja-kerja", "Meja Kerja Kantor Jati 1/2 Biro 120x60", "unit", 1850000, 30, 21),
        ("lemari-arsip-kayu", "Lemari Arsip Kayu Jati 2 Pintu", "unit", 3200000, 15, 30),
        ("kursi-tamu", "Kursi Tamu Jati Set 3-2-1", "set", 9500000, 4, 45)]),
    ("U2", "Rotan Indah Karawang", "kecil", "32.15", "", True, [
        ("kursi-rotan", "Kursi Rotan Sintetis Teras", "unit", 650000, 40, 14)]),
    ("U3", "CV Mebel Sekolah Bekasi", "menengah", "32.16", "svlk;sni", True, [
        ("meja-kursi-siswa", "Meja + Kursi Siswa SD (1 set)", "set", 850000, 400, 21),
        ("papan-tulis", "Papan Tulis Whiteboard 120x240 Rangka Aluminium", "unit", 1250000, 100, 10),
        ("rak-buku", "Rak Buku Perpustakaan Kayu 5 Susun", "unit", 1400000, 60, 21)]),
    ("U4", "PT Graha Interior Nusantara", "besar", "36.71", "sni;iso-9001", True, [
        ("kursi-kantor", "Kursi Kantor Ergonomis Mesh High Back", "unit", 1500000, 500, 7)]),
    ("U5", "Meubel Besi Cikande", "mikro", "36.04", "", True, [
        ("lemari-arsip-besi", "Filing Cabinet Besi 4 Laci", "unit", 2650000, 40, 14),
        ("kursi-lipat", "Kursi Lipat Besi Model Chitose", "unit", 275000, 300, 7),
        ("kursi-kantor", "Kursi Kerja Putar Hidrolik Jaring", "unit", 850000, 80, 10)]),
    ("H1", "Jamu Gendong Mbok Darmi", "mikro", "36.72", "pirt", True, [
        ("jamu-segar", "Jamu Kunyit Asam Botol 250 ml (segar)", "botol", 8000, 1500, 1),
        ("beras-kencur", "Beras Kencur Segar Botol 250ml", "botol", 8000, 1000, 1)]),
    ("H2", "Herbal Lampung Timur Sehat", "kecil", "18.07", "pirt;bpom", True, [
        ("madu-hutan", "Madu Hutan Lampung Murni 500 gr", "botol", 120000, 300, 5),
        ("kapsul-kelor", "Kapsul Daun Kelor isi 60", "botol", 55000, 500, 5)]),
    ("H3", "Toga Bogor Farm", "kecil", "32.01", "bpom", True, [
        ("temulawak-instan", "Temulawak Instan Serbuk 200 gr", "pcs", 25000, 800, 4),
        ("minyak-sereh", "Minyak Sereh Wangi 30 ml", "botol", 20000, 800, 5)]),
    ("S1", "Sabun Herbal Sereh Lebak", "mikro", "36.02", "bpom", True, [
        ("sabun-batang", "Sabun Mandi Batang Sereh & Kopi 100 gr", "pcs", 15000, 2000, 5),
        ("lilin-aromaterapi", "Lilin Aromaterapi Gelas Lavender", "pcs", 35000, 300, 7)]),
    ("S2", "Bening Natural Cilegon", "kecil", "36.72", "bpom;halal", True, [
        ("sabun-cuci-tangan", "Sabun Cuci Tangan Cair Refill 5 Liter", "jerigen", 85000, 300, 5),
        ("hand-sanitizer", "Hand Sanitizer Gel 500ml Pump", "botol", 30000, 1000, 4),
        ("lulur", "Lulur Mandi Bengkoang 250 gr", "pcs", 28000, 500, 5)]),
    ("S3", "Kelapa Tanggamus Natural", "mikro", "18.06", "bpom", True, [
        ("body-lotion", "Body Lotion Kelapa Murni 200ml", "botol", 38000, 400, 5)]),
    ("L1", "Pandai Besi Golok Ciomas Ki Jaro", "mikro", "36.04", "", True, [
        ("golok", "Golok Ciomas Sarung Kayu", "pcs", 450000, 40, 21),
        ("arit", "Arit Rumput Baja Per", "pcs", 65000, 200, 10),
        ("cangkul", "Pacul/Cangkul Baja Tempa", "pcs", 95000, 200, 10)]),
    ("L2", "Bengkel Las Cilegon Teknik", "mikro", "36.72", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow (per m2)", "m2", 450000, 100, 14),
        ("pagar-besi", "Pintu Pagar Besi Minimalis (per m2)", "m2", 850000, 40, 21),
        ("tong-sampah-besi", "Tong Sampah Besi Drum 120 L", "unit", 350000, 50, 14)]),
    ("L3", "Koperasi Logam Karawang", "koperasi", "32.15", "sni", True, [
        ("parang", "Parang Kebun Baja 14 inch", "pcs", 85000, 500, 7),
        ("papan-nama-stainless", "Papan Nama Meja Stainless Grafir", "pcs", 125000, 300, 7)]),
    ("C1", "Percetakan Mandiri Cilegon", "kecil", "36.72", "", True, [
        ("amplop-kop", "Amplop Kop Putih 110 Cetak Logo (dus 500)", "dus", 185000, 200, 7),
        ("map-snelhecter", "Map Folder Snelhecter Cetak Logo", "pcs", 4500, 10000, 7),
        ("spanduk", "Spanduk Flexi 280 gr (per m2)", "m2", 25000, 3000, 2),
        ("kalender", "Kalender Dinding 6 Lembar Full Color", "pcs", 22000, 5000, 14)]),
    ("C2", "Toko ATK Serang Sentosa", "kecil", "36.73", "", True, [
        ("hvs-a4", "Kertas HVS A4 70 gsm 1 Rim SiDU", "rim", 52000, 2000, 2),
        ("pulpen", "Pulpen Gel 0.5 Hitam (1 lusin)", "lusin", 36000, 1000, 2),
        ("map-plastik", "Map Plastik L Folio isi 12", "pack", 15000, 1000, 2)]),
    ("C3", "Digital Printing Kab. Serang", "mikro", "36.04", "", True, [
        ("id-card", "ID Card PVC + Tali Lanyard Printing", "pcs", 15000, 3000, 5),
        ("agenda", "Cetak Buku Agenda Hardcover A5", "pcs", 45000, 1000, 14),
        ("piagam", "Cetak Piagam Sertifikat Art Carton 260", "lembar", 12000, 3000, 5)]),
    ("C4", "Kemasan Dus Karawang", "kecil", "32.15", "", True, [
        ("dus-nasi", "Dus Nasi Kotak 20x20 Laminasi Logo", "pcs", 2500, 20000, 10),
        ("paper-bag", "Paper Bag Kraft Cetak Logo 25x33", "pcs", 4500, 8000, 10),
        ("stempel", "Stempel Flash Otomatis", "pcs", 85000, 300, 3)]),
    ("T1", "Penangkar Bibit Pringsewu", "kecil", "18.10", "", True, [
        ("bibit-durian", "Bibit Durian Musang King Okulasi 80 cm", "batang", 45000, 2000, 14),
        ("bibit-alpukat", "Bibit Alpukat Miki Sambung Pucuk", "batang", 35000, 3000, 14),
        ("bibit-kopi", "Bibit Kopi Robusta Polybag", "batang", 3500, 20000, 14)]),
    ("T2", "Kelompok Ikan Hias Bogor", "kecil", "32.01", "", True, [
        ("ikan-koki", "Ikan Koki Oranda 5 cm", "ekor", 15000, 2000, 5),
        ("ikan-cupang", "Cupang Halfmoon Jantan", "ekor", 25000, 1000, 5)]),
    ("T3", "Pembenihan Ikan Kab. Serang", "mikro", "36.04", "", True, [
        ("benih-lele", "Benih Lele Sangkuriang 5-7 cm", "ekor", 200, 100000, 5),
        ("benih-nila", "Bibit Ikan Nila Merah 3-5cm", "ekor", 250, 80000, 5),
        ("pakan-lele", "Pelet Apung Ikan Lele Protein 30% (karung 30 kg)", "karung", 330000, 200, 3)]),
    ("T4", "Karawang Garden Tanaman Hias", "mikro", "32.15", "", True, [
        ("sansevieria", "Sansevieria / Lidah Mertua Pot 20cm", "pot", 35000, 500, 5),
        ("puring", "Tanaman Puring Pot 25", "pot", 40000, 400, 5)]),
    ("T5", "Poktan Padi Cipocok", "koperasi", "36.73", "", True, [
        ("beras", "Beras Pandan Wangi Lokal 5 kg", "karung", 78000, 2000, 3),
        ("pupuk-kompos", "Pupuk Kompos Organik Padat 25 kg", "karung", 35000, 1000, 5)]),
    ("X1", "Sapu & Alat Kebersihan Cikeusal", "mikro", "36.04", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 1000, 5),
        ("sapu-lidi", "Sapu Lidi Kelapa Gagang", "pcs", 12000, 2000, 3),
        ("keset-sabut", "Keset Kaki Sabut Kelapa 40x60", "pcs", 30000, 500, 5)]),
    ("X2", "Kebersihan Prima Kota Serang", "kecil", "36.73", "", True, [
        ("karbol", "Karbol Wangi Pembersih Lantai 5 Liter", "jerigen", 65000, 400, 3),
        ("mop", "Alat Pel Lantai Mop Microfiber + Ember Peras", "set", 165000, 200, 5),
        ("kain-lap", "Kain Lap Microfiber 40x40 isi 5", "pack", 35000, 1000, 3)]),
    ("X3", "Koperasi Karyawan Baja Cilegon", "koperasi", "36.72", "halal", True, [
        ("paket-sembako", "Paket Sembako Beras 5kg + Minyak 2L + Gula 1kg", "paket", 150000, 3000, 5),
        ("parcel", "Parcel Lebaran Kue Kaleng + Sirup", "paket", 250000, 500, 7)]),
    ("X4", "Bendera & Umbul-umbul Kota Serang", "mikro", "36.73", "", True, [
        ("bendera", "Bendera Merah Putih 90x135 Kain Katun", "pcs", 35000, 2000, 5),
        ("umbul-umbul", "Umbul-umbul Kain 5 Meter + Tiang", "pcs", 120000, 300, 7)]),
]

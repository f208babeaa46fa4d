"""Hand-written suppliers and products of relevance-blind35 (fictional). Each product: (kind, name, unit,
price, capacity_per_month, lead_time_days). The kind is the labeller's tag; it never reaches the CSVs."""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Made and eaten within the day: the whole quantity must come out of one month's capacity.
PERISHABLE = {"nasi-kotak", "nasi-liwet", "snack-box", "prasmanan", "tumpeng", "jamu-seduh", "nasi-uduk-box"}

SUPPLIERS = [
    # makanan
    ("M1", "Emping Melinjo Hj. Romlah", "mikro", "36.04", "halal;pirt", True, [
        ("emping-melinjo", "Emping Melinjo Tipis Khas Serang 500 gr", "pcs", 55000, 400, 4),
        ("emping-pedas", "Emping Balado Pedas Manis 250gr", "pcs", 28000, 300, 4)]),
    ("M2", "Kerupuk Ikan Bu Enah", "mikro", "36.72", "pirt", True, [
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri Mentah 1 kg", "kg", 85000, 200, 5),
        ("kerupuk-kulit", "Kerupuk Kulit Sapi Rambak Siap Makan 200 gr", "pcs", 32000, 150, 5)]),
    ("M3", "Rempeyek Kacang Mak Isah", "mikro", "36.03", "pirt-expired", True, [
        ("rempeyek", "Rempeyek Kacang Tanah Toples 300gr", "pcs", 30000, 250, 3)]),
    ("M4", "Otak-Otak Bandeng Pak Ujang", "kecil", "36.72", "halal;pirt", True, [
        ("otak-otak", "Otak-otak Ikan Tenggiri Frozen isi 20", "pack", 45000, 600, 3),
        ("nugget-ikan", "Nugget Ikan Tuna Beku 500 gr", "pack", 38000, 400, 3)]),
    ("M5", "Dimsum Frozen Teh Lilis", "mikro", "36.71", "halal", True, [
        ("dimsum", "DIMSUM SIOMAY AYAM FROZEN isi 25 Halal", "pack", 50000, 300, 3)]),
    ("M6", "Sambal Roa Dapur Ceu Popon", "kecil", "36.73", "halal;pirt;bpom", True, [
        ("sambal-botol", "Sambal Bawang Botol 200 ml Level 3", "botol", 27000, 800, 5),
        ("bumbu-pecel", "Bumbu Pecel Kacang Siap Seduh 250 gr", "pcs", 18000, 500, 5)]),
    ("M7", "Keripik Pisang Tanggamus Sari", "koperasi", "18.06", "halal;pirt", True, [
        ("keripik-pisang", "Keripik Pisang Kepok Manis 250 gr", "pcs", 20000, 1000, 6)]),
    ("M8", "Pabrik Kerupuk Cap Jago", "besar", "36.03", "halal;bpom", True, [
        ("kerupuk-udang", "Kerupuk Udang Sidoarjo Kemasan 1 kg", "kg", 70000, 5000, 3)]),
    ("M9", "Kue Kering Teh Nunung", "mikro", "36.04", "pirt", True, [
        ("nastar", "Nastar Nanas Premium Toples 500gr", "toples", 85000, 120, 7),
        ("kastengel", "Kastengel Keju Edam Toples 500 gr", "toples", 95000, 100, 7)]),
    ("M10", "Gipang Cilegon Abah Dul", "mikro", "36.72", "pirt", True, [
        ("gipang", "Gipang Beras Ketan Khas Cilegon 250 gr", "pcs", 15000, 400, 4)]),
    # minuman
    ("N1", "Kopi Robusta Tanggamus Bumi", "kecil", "18.06", "halal;pirt", True, [
        ("kopi-bubuk-robusta", "Kopi Bubuk Robusta Tanggamus 250 gr", "pcs", 35000, 600, 5),
        ("kopi-biji-robusta", "Roasted Bean Robusta Lampung 1 kg", "kg", 140000, 200, 5)]),
    ("N2", "Sari Jahe Merah Mang Oji", "mikro", "36.04", "pirt", True, [
        ("jahe-instan", "Jahe Merah Instan Serbuk 250 gr", "pcs", 25000, 300, 4)]),
    ("N3", "Sirup Pala Banten Jaya", "mikro", "36.73", "halal;pirt", True, [
        ("sirup-pala", "Sirup Buah Pala Asli 600 ml", "botol", 35000, 250, 5)]),
    ("N4", "Cokelat Pringsewu Kakao Kita", "kecil", "18.10", "halal", True, [
        ("cokelat-bubuk", "Bubuk Cokelat Murni Kakao Lampung 500gr", "pcs", 65000, 200, 6)]),
    ("N5", "AMDK Tirta Serang", "besar", "36.04", "halal;bpom;sni", True, [
        ("amdk-botol", "Air Mineral Botol 600 ml Dus isi 24", "dus", 45000, 20000, 2)]),
    ("N6", "Teh Tarik Cilegon Sejahtera", "mikro", "36.72", "", True, [
        ("teh-celup", "Teh Hitam Celup isi 25 Kantong", "box", 12000, 500, 3)]),
    # jasa-boga
    ("J1", "Catering Berkah Krakatau", "kecil", "36.72", "halal", True, [
        ("nasi-kotak", "Nasi Box Ayam Bakar + Sayur + Buah", "porsi", 35000, 2500, 2),
        ("snack-box", "Kue Kotak isi 3 (Risol, Lemper, Bolu)", "box", 15000, 3000, 2)]),
    ("J2", "Dapur Bu Ratna Catering", "mikro", "36.04", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Rendang Paket Komplit", "porsi", 40000, 400, 2),
        ("tumpeng", "Nasi Tumpeng Kuning Lengkap 20 Orang", "paket", 850000, 20, 3)]),
    ("J3", "Rumah Makan Sunda Ciruas", "kecil", "36.04", "halal", True, [
        ("prasmanan", "Prasmanan Menu Sunda per Orang", "porsi", 55000, 1500, 3),
        ("nasi-liwet", "Nasi Liwet Komplit Box", "porsi", 30000, 800, 2)]),
    ("J4", "Serang Snack Corner", "mikro", "36.73", "halal", True, [
        ("snack-box", "Snack Box Rapat isi 4 Kue Basah", "box", 17500, 1200, 2),
        ("nasi-uduk-box", "Nasi Uduk Box Telur Balado", "porsi", 22000, 600, 1)]),
    ("J5", "Catering Tangerang Raya", "menengah", "36.03", "halal", True, [
        ("nasi-kotak", "NASI BOX PREMIUM Ayam Goreng Lengkuas", "porsi", 38000, 5000, 2),
        ("snack-box", "Snack Box Premium isi 5", "box", 20000, 5000, 2)]),
    # fesyen
    ("F1", "Konveksi Seragam Mandiri Cilegon", "kecil", "36.72", "", True, [
        ("seragam-pdh", "Seragam PDH Kemeja Khaki Lengan Panjang", "stel", 185000, 300, 21),
        ("kaos-olahraga", "Kaos Olahraga Dry-Fit Sablon Logo", "pcs", 65000, 1000, 14),
        ("topi", "Topi Bordir Logo Instansi Model Baseball", "pcs", 35000, 800, 10)]),
    ("F2", "Batik Krakatoa Griya", "mikro", "36.72", "batikmark", True, [
        ("batik-tulis", "Kain Batik Tulis Motif Krakatau 2 m", "lembar", 650000, 30, 21),
        ("batik-cap", "Batik Cap Motif Debus Bahan Katun", "lembar", 175000, 200, 10)]),
    ("F3", "Tapis Lampung Ratu", "mikro", "18.72", "", True, [
        ("kain-tapis", "Kain Tapis Lampung Benang Emas", "lembar", 1250000, 15, 30)]),
    ("F4", "Tas Kulit Cibaduyut Banten", "mikro", "36.71", "", True, [
        ("dompet-kulit", "Dompet Kulit Sapi Asli Pria Lipat", "pcs", 120000, 150, 10),
        ("tas-laptop", "Tas Ransel Laptop 15 inch Bahan Cordura", "pcs", 175000, 200, 14)]),
    ("F5", "Atribut Dinas Sinar Bordir", "mikro", "36.73", "", True, [
        ("badge-bordir", "Badge Bordir Logo Pemda Bahan Drill", "pcs", 8500, 3000, 7),
        ("dasi", "Dasi Seragam Polos Hitam Panjang", "pcs", 25000, 500, 7)]),
    ("F6", "Sandal Sepatu Lebak Kreasi", "mikro", "36.02", "", True, [
        ("sandal-hotel", "Sandal Hotel Spon Putih Disposable", "pasang", 4500, 5000, 7),
        ("sepatu-pantofel", "Sepatu Pantofel Pria Kulit Sintetis", "pasang", 210000, 100, 14)]),
    ("F7", "Tenun Baduy Kanekes", "koperasi", "36.02", "", True, [
        ("tenun-baduy", "Kain Tenun Baduy Motif Poleng 2 m", "lembar", 350000, 40, 14)]),
    ("F8", "Garmen Nusantara Tbk", "besar", "36.03", "iso-9001", True, [
        ("jas-almamater", "Jas Almamater Bahan Drill Bordir", "pcs", 195000, 10000, 21)]),
    ("F9", "Goodie Bag Serang Printing Bag", "mikro", "36.73", "", True, [
        ("tote-bag", "TOTE BAG KANVAS Sablon 1 Warna 30x40", "pcs", 22000, 2000, 10)]),
    # kerajinan
    ("K1", "Anyaman Pandan Pak Darma", "mikro", "36.01", "", True, [
        ("tikar-pandan", "Tikar Pandan Anyam 150x200", "lembar", 95000, 80, 10),
        ("tas-pandan", "Tas Anyaman Pandan Motif Warna", "pcs", 60000, 150, 10)]),
    ("K2", "Gerabah Bumijaya Ciruas", "mikro", "36.04", "", True, [
        ("gerabah-vas", "Vas Bunga Gerabah Tanah Liat Ukir 30 cm", "pcs", 75000, 120, 10),
        ("celengan", "Celengan Gerabah Bentuk Ayam", "pcs", 20000, 300, 7)]),
    ("K3", "Souvenir Akrilik Cilegon Art", "mikro", "36.72", "", True, [
        ("plakat-akrilik", "Plakat Akrilik Trophy Custom 20 cm", "pcs", 150000, 200, 7),
        ("gantungan-akrilik", "Gantungan Kunci Akrilik Custom Logo", "pcs", 5000, 3000, 7)]),
    ("K4", "Kerajinan Bambu Lebak", "koperasi", "36.02", "", True, [
        ("besek-bambu", "Besek Bambu Anyam 20x20 Tutup", "pcs", 6000, 4000, 7),
        ("kap-lampu-bambu", "Kap Lampu Anyaman Bambu Hias", "pcs", 110000, 60, 14)]),
    ("K5", "Dekorasi Umbul-Umbul Serang", "mikro", "36.73", "", True, [
        ("umbul-umbul", "Umbul-umbul Kain Satin 5 m + Tiang Bambu", "pcs", 95000, 300, 7),
        ("bunga-papan", "Karangan Bunga Papan Ucapan 2x1.25 m", "pcs", 550000, 60, 1)]),
    ("K6", "Ukir Kayu Jepara Cabang Tangerang", "kecil", "36.71", "svlk", True, [
        ("plakat-kayu", "Plakat Kayu Jati Ukir Logo Instansi", "pcs", 275000, 80, 14)]),
    ("K7", "Boneka Maskot Kreatif", "mikro", "36.74", "", False, [
        ("boneka-maskot", "Boneka Maskot Custom Bahan Rasfur 30 cm", "pcs", 85000, 300, 14)]),
    # perhiasan
    ("P1", "Perak Ciomas Silverindo", "mikro", "36.04", "", True, [
        ("bros-perak", "Bros Perak 925 Motif Siger", "pcs", 225000, 60, 14),
        ("cincin-perak", "Cincin Perak Ukir Batu Kecubung", "pcs", 180000, 50, 14)]),
    ("P2", "Mutiara Lampung Indah", "kecil", "18.71", "", True, [
        ("kalung-mutiara", "Kalung Mutiara Air Laut Lombok 45 cm", "pcs", 950000, 30, 10),
        ("anting-mutiara", "Anting Mutiara Tusuk Perak", "pcs", 250000, 80, 10)]),
    ("P3", "Aksesoris Manik Tangerang", "mikro", "36.03", "", True, [
        ("gelang-manik", "Gelang Manik Kayu Etnik Handmade", "pcs", 15000, 1000, 5)]),
    # furnitur
    ("U1", "Mebel Rotan Tigaraksa", "kecil", "36.03", "svlk", True, [
        ("kursi-rotan", "Kursi Rotan Teras Sintetis + Meja", "set", 1850000, 20, 21),
        ("keranjang-rotan", "Keranjang Rotan Parsel Oval", "pcs", 45000, 300, 10)]),
    ("U2", "Meubel Jati Cilegon", "mikro", "36.72", "svlk", True, [
        ("lemari-arsip", "Lemari Arsip Kayu Jati 4 Pintu", "unit", 4200000, 10, 30),
        ("meja-kerja", "Meja Kerja Kayu Jati 120x60 + Laci", "unit", 1650000, 15, 21)]),
    ("U3", "Kursi Besi Serang Steel", "kecil", "36.73", "sni", True, [
        ("kursi-lipat", "Kursi Lipat Besi Chitose Model Futura", "pcs", 325000, 400, 10),
        ("rak-besi", "Rak Besi Siku Lubang 5 Susun", "unit", 550000, 100, 10)]),
    ("U4", "Mebel Sekolah Mandiri", "kecil", "36.04", "", True, [
        ("meja-kursi-siswa", "Meja + Kursi Siswa SD Kayu Mahoni 1 Set", "set", 650000, 150, 30),
        ("papan-tulis", "Papan Tulis Whiteboard Gantung 120x240", "unit", 850000, 60, 14)]),
    # herbal
    ("H1", "Jamu Gendong Mbok Sumi", "mikro", "36.72", "", True, [
        ("jamu-seduh", "Jamu Kunyit Asam Botol 250 ml Segar", "botol", 7000, 600, 1),
        ("beras-kencur", "Beras Kencur Segar Botol 250 ml", "botol", 7000, 500, 1)]),
    ("H2", "Herbal Sehat Banten", "kecil", "36.04", "halal;bpom", True, [
        ("kapsul-kunyit", "Kapsul Ekstrak Kunyit Putih isi 60", "botol", 55000, 1000, 5),
        ("minyak-gosok", "Minyak Urut Sereh Wangi 60 ml", "botol", 22000, 800, 5)]),
    ("H3", "Madu Hutan Lebak Baduy", "koperasi", "36.02", "pirt", True, [
        ("madu-hutan", "Madu Hutan Murni Baduy 500 gr", "botol", 110000, 200, 5)]),
    ("H4", "Jamu Instan Tangerang", "mikro", "36.03", "pirt", True, [
        ("temulawak-instan", "Temulawak Instan Bubuk 200 gr", "pcs", 20000, 400, 4)]),
    # kosmetik
    ("S1", "Sabun Herbal Sarinah", "mikro", "36.73", "bpom", True, [
        ("sabun-batang", "Sabun Mandi Batang Sereh Handmade 100 gr", "pcs", 15000, 1000, 7),
        ("lilin-aroma", "Lilin Aromaterapi Lavender Kaleng 150 gr", "pcs", 45000, 200, 7)]),
    ("S2", "Lulur Kenanga Pandeglang", "mikro", "36.01", "", True, [
        ("lulur", "Lulur Mandi Tradisional Beras Kencur 250 gr", "pcs", 25000, 300, 5)]),
    ("S3", "Hand Sanitizer Cilegon Bersih", "kecil", "36.72", "bpom;halal", True, [
        ("hand-sanitizer", "Hand Sanitizer Gel 500 ml Pump", "botol", 35000, 2000, 4),
        ("sabun-cuci-tangan", "Sabun Cuci Tangan Cair Refill 1 Liter", "botol", 28000, 2000, 4)]),
    # logam
    ("L1", "Pandai Besi Golok Ciomas Ki Jaka", "mikro", "36.04", "", True, [
        ("golok", "Golok Ciomas Asli Sarung Kayu", "pcs", 450000, 40, 14),
        ("arit", "Arit Rumput Baja Per", "pcs", 55000, 200, 7)]),
    ("L2", "Bengkel Las Teralis Merak", "mikro", "36.72", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow per m2", "m2", 450000, 100, 14),
        ("pagar-besi", "Pagar Besi Minimalis per meter", "m", 650000, 80, 21)]),
    ("L3", "Alat Tani Pringsewu Logam", "kecil", "18.10", "sni", True, [
        ("cangkul", "Cangkul Baja Lengkap Gagang Kayu", "pcs", 95000, 500, 7),
        ("sabit", "Sabit Padi Bergerigi", "pcs", 35000, 600, 7)]),
    ("L4", "Kuningan Plakat Juwana Serang", "mikro", "36.73", "", True, [
        ("plakat-kuningan", "Plakat Kuningan Etsa Kotak Beludru", "pcs", 450000, 20, 21)]),
    # percetakan
    ("C1", "Percetakan Cahaya Cilegon", "kecil", "36.72", "", True, [
        ("banner", "Cetak Spanduk Banner Flexi 280 gr per m2", "m2", 25000, 5000, 2),
        ("kop-surat", "Cetak Kop Surat HVS 80 gr 1 Rim", "rim", 250000, 200, 5),
        ("undangan", "Undangan Cetak Art Carton Lipat + Amplop", "pcs", 3500, 10000, 7)]),
    ("C2", "ATK Serang Sentosa", "kecil", "36.73", "", True, [
        ("kertas-hvs-a4", "Kertas HVS A4 70 gsm 1 Rim", "rim", 52000, 3000, 2),
        ("map-snelhecter", "Map Snelhecter Plastik Warna", "pcs", 2500, 10000, 2),
        ("pulpen", "Pulpen Gel Hitam 0.5 mm Box isi 12", "box", 30000, 2000, 2)]),
    ("C3", "Penerbit Buku Banten Ilmu", "mikro", "36.04", "", True, [
        ("buku-cetak", "Cetak Buku Soft Cover A5 100 hlm", "eks", 35000, 3000, 14),
        ("buku-tulis", "Buku Tulis Sekolah 38 lembar Pack isi 10", "pack", 32000, 2000, 7)]),
    ("C4", "Digital Printing Tangerang Kilat", "mikro", "36.71", "", True, [
        ("stiker", "Cetak Stiker Vinyl Cutting Logo", "lembar", 15000, 5000, 3),
        ("id-card", "ID Card PVC + Lanyard Printing", "pcs", 12000, 3000, 5),
        ("x-banner", "X-Banner 60x160 + Rangka", "pcs", 85000, 500, 3)]),
    ("C5", "Kemasan Dus Serang Pack", "mikro", "36.04", "", True, [
        ("dus-nasi", "Dus Nasi Kotak Laminasi 20x20 Cetak Logo", "pcs", 1800, 20000, 7)]),
    # pertanian
    ("T1", "Bibit Tanaman Hias Anyer Flora", "mikro", "36.04", "", True, [
        ("tanaman-hias", "Tanaman Hias Aglonema Red Pot 20 cm", "pot", 75000, 200, 5),
        ("bibit-mangga", "Bibit Mangga Harum Manis Okulasi 60 cm", "batang", 25000, 1000, 5)]),
    ("T2", "Ikan Hias Cikande Koi", "mikro", "36.04", "", True, [
        ("ikan-koi", "Ikan Koi Lokal Ukuran 10-12 cm", "ekor", 15000, 2000, 3)]),
    ("T3", "Pokdakan Lele Sangkanila", "koperasi", "36.72", "", True, [
        ("bibit-lele", "Benih Lele Sangkuriang 5-7 cm", "ekor", 250, 100000, 3),
        ("ikan-bandeng", "Bandeng Segar Tambak Pontang", "kg", 38000, 800, 2)]),
    ("T4", "Pakan Ternak Lampung Timur Makmur", "kecil", "18.07", "sni", True, [
        ("pakan-ayam", "Pakan Ayam Petelur Konsentrat 50 kg", "sak", 420000, 300, 5),
        ("pakan-ikan", "Pelet Pakan Ikan Apung 30 kg", "sak", 310000, 400, 5)]),
    ("T5", "Kelompok Tani Jagung Metro", "koperasi", "18.72", "", True, [
        ("benih-jagung", "Benih Jagung Hibrida Lokal 5 kg", "pcs", 350000, 300, 5)]),
    ("T6", "Telur Ayam Kampung Ciwandan", "mikro", "36.72", "", True, [
        ("telur-ayam", "Telur Ayam Ras Segar per Kg", "kg", 29000, 800, 1)]),
    # lainnya
    ("X1", "Sapu Ijuk Bu Minah Pontang", "mikro", "36.04", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 500, 5),
        ("sapu-lidi", "Sapu Lidi Kelapa Ikat Besar", "pcs", 12000, 1000, 3)]),
    ("X2", "Sabun Lantai Cilegon Kimia Rumah", "mikro", "36.72", "", True, [
        ("pembersih-lantai", "Cairan Pembersih Lantai Wangi Jeriken 5 Liter", "jeriken", 65000, 500, 4),
        ("sabun-cuci-piring", "Sabun Cuci Piring Jeruk Nipis 5 Liter", "jeriken", 60000, 500, 4)]),
    ("X3", "Keset Perca Tangerang", "mikro", "36.03", "", True, [
        ("keset", "Keset Kaki Kain Perca Bulat", "pcs", 12000, 1500, 5),
        ("lap-majun", "Kain Lap Majun Perca 1 kg", "kg", 15000, 2000, 3)]),
    ("X4", "Alat Peraga Sekolah Edukasi Banten", "kecil", "36.04", "", True, [
        ("globe", "Globe Bola Dunia Diameter 30 cm", "pcs", 175000, 100, 7),
        ("alat-peraga-matematika", "Alat Peraga Matematika SD 1 Paket", "paket", 1250000, 30, 14)]),
    ("F10", "Tas Sekolah Serang Kids", "mikro", "36.73", "", True, [
        ("tas-sekolah", "Tas Ransel Sekolah Anak SD Karakter", "pcs", 85000, 500, 10)]),
]

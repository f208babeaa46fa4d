"""Hand-written suppliers and products of relevance-blind58 (fictional). Kinds are the labeller's tags; they never reach the CSVs.

SUPPLIERS: (key, name, scale, region, certificates, active, [(kind, name, unit, price, capacity/month, lead days)])
"""
CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Made and eaten the same day or week: capacity in the delivery month, and the nearest makers first.
PERISHABLE = {"nasi-kotak", "nasi-kotak-padang", "nasi-kotak-pindang", "snack-box", "prasmanan", "tumpeng", "nasi-kebuli",
              "nasi-liwet", "coffee-break", "jamu-kunyit-asam", "beras-kencur"}

SUPPLIERS = [
    ("M1", "UMKM Keripik Pisang Mbak Yanti", "mikro", "18.71", "halal;pirt", True, [
        ("keripik-pisang-coklat", "Keripik Pisang Coklat Lumer 250 gr", "pcs", 25000, 1500, 4),
        ("keripik-pisang-asin", "Keripik Pisang Kepok Rasa Asin Gurih 500gr", "pcs", 30000, 800, 4)]),
    ("M2", "KWT Kemplang Pesisir Padang Cermin", "kecil", "18.09", "halal;pirt", True, [
        ("kemplang-ikan", "Kemplang Ikan Tenggiri Panggang 1 kg", "kg", 95000, 400, 5),
        ("kerupuk-kulit", "Kerupuk Kulit Sapi (Rambak) 250 gr", "pcs", 28000, 500, 5)]),
    ("M3", "Otak-Otak Bandeng Hj. Romlah", "mikro", "36.73", "pirt", True, [
        ("otak-otak", "Otak-otak Bandeng Khas Serang isi 10", "box", 45000, 600, 3),
        ("sate-bandeng", "Sate Bandeng Presto Original", "pcs", 60000, 400, 3)]),
    ("M4", "Dapur Teh Ela Rangkasbitung", "mikro", "36.02", "pirt;halal", True, [
        ("sambal-ijo-botol", "Sambel Ijo Cumi Botol 200ml", "pcs", 35000, 600, 4),
        ("sambal-bawang", "Sambal Bawang Pedas Level 5 Jar 150 gr", "pcs", 22000, 900, 4)]),
    ("M5", "CV Rasa Nusantara Snack", "menengah", "36.71", "halal;pirt;bpom", True, [
        ("kacang-bawang", "Kacang Bawang Renyah Toples 500 gr", "pcs", 38000, 2000, 5),
        ("kue-kering-nastar", "Nastar Nanas Premium Toples 500gr", "pcs", 85000, 1000, 7)]),
    ("M6", "Bolu dan Lapis Ibu Dewi Metro", "mikro", "18.72", "pirt", True, [
        ("lapis-legit", "Lapis Legit Original Loyang 20x20", "pcs", 275000, 80, 5),
        ("bolu-pandan", "Bolu Pandan Gulung", "pcs", 45000, 300, 2)]),
    ("M7", "PT Sinar Pangan Makmur Tbk", "besar", "36.03", "halal;bpom", True, [
        ("keripik-pisang-manis", "Keripik Pisang Manis Kemasan 200 gr", "pcs", 15000, 50000, 3)]),
    ("N1", "Koperasi Produsen Kopi Tanggamus Lestari", "koperasi", "18.06", "halal;pirt", True, [
        ("kopi-robusta-bubuk", "Kopi Bubuk Robusta Lampung 250 gr", "pcs", 35000, 3000, 5),
        ("kopi-robusta-biji", "Kopi Robusta Biji Sangrai (Roasted Bean) 1 kg", "kg", 160000, 800, 5),
        ("lilin-aromaterapi", "Lilin Aromaterapi Kopi Gelas Kaca 100 gr", "pcs", 45000, 500, 7, "kosmetik")]),
    ("N2", "Kopi Luwak Liwa Pak Harun", "mikro", "18.04", "pirt", True, [
        ("kopi-luwak", "Kopi Luwak Liar Bubuk 100 gr", "pcs", 150000, 200, 7)]),
    ("N4", "CV Bogor Segar Sari Pala", "kecil", "32.01", "halal;pirt;bpom", True, [
        ("sirup-pala", "Sirup Pala Asli Bogor 620 ml", "pcs", 32000, 1500, 5)]),
    ("N6", "CV Tirta Way Kanan", "kecil", "18.08", "bpom;halal;sni", True, [
        ("amdk-gelas", "Air Mineral Gelas 220 ml (dus isi 48)", "dus", 21000, 6000, 2),
        ("amdk-botol", "Air Minum Botol 600 ml isi 24", "dus", 42000, 3000, 2)]),
    ("N7", "Kopi Gunung Karang Pak Encep", "mikro", "36.01", "pirt-expired", True, [
        ("kopi-robusta-serang", "Kopi Bubuk Robusta Gunung Karang 200 gr", "pcs", 25000, 800, 4)]),
    ("J1", "Catering Dapur Bunda Kalianda", "kecil", "18.01", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar + Buah", "porsi", 35000, 3000, 2),
        ("snack-box", "Snack Box isi 3 Kue + Air Mineral", "box", 15000, 4000, 1)]),
    ("J2", "RM Padang Sederhana Tanjung Karang", "mikro", "18.71", "halal", True, [
        ("nasi-kotak-padang", "Nasi Box Padang Rendang", "porsi", 38000, 1500, 1),
        ("prasmanan", "Prasmanan Menu Lengkap (min 100 pax)", "pax", 65000, 2000, 3)]),
    ("J3", "Katering Ibu Nining", "mikro", "36.01", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Menu Ayam Goreng Lengkap", "porsi", 30000, 800, 2),
        ("tumpeng", "Nasi Tumpeng Kuning Mini", "pcs", 60000, 200, 2)]),
    ("J4", "Dapur Seruit Gedong Tataan", "mikro", "18.09", "", True, [
        ("nasi-kotak-pindang", "Nasi Box Pindang Patin Khas Lampung", "porsi", 40000, 400, 2)]),
    ("J5", "Catering Aqiqah Berkah Cikupa", "kecil", "36.03", "halal", True, [
        ("nasi-kebuli", "Nasi Kebuli Kambing 1 porsi", "porsi", 55000, 600, 3),
        ("snack-box", "Kue Kotak Isi 4 (Risol, Lemper, Sus, Lapis)", "box", 17000, 3000, 1)]),
    ("J6", "Jasa Boga Barokah Malingping", "mikro", "36.02", "halal", True, [
        ("nasi-liwet", "Nasi Liwet Komplit Ayam", "porsi", 32000, 500, 2),
        ("coffee-break", "Coffee Break (Kopi/Teh + 2 Kue)", "pax", 20000, 1500, 1)]),
    ("F1", "Sanggar Tapis Ratu Way Halim", "kecil", "18.71", "", True, [
        ("tapis-kain", "Kain Tapis Lampung Sulam Benang Emas 2 m", "lembar", 1500000, 20, 21),
        ("tapis-selendang", "Selendang Tapis Motif Pucuk Rebung", "pcs", 275000, 120, 10)]),
    ("F2", "Batik Lampung Sebagi", "kecil", "18.71", "batikmark", True, [
        ("batik-lampung-cap", "Kain Batik Cap Motif Siger 2,25 m", "lembar", 185000, 300, 7),
        ("kemeja-batik-lampung", "Kemeja Batik Lampung Lengan Panjang Pria", "pcs", 225000, 400, 10)]),
    ("F3", "Batik Krakatoa Cilegon", "mikro", "36.72", "batikmark", True, [
        ("batik-tulis-banten", "Kain Batik Tulis Khas Banten Motif Surosowan", "lembar", 850000, 30, 21),
        ("batik-cap-banten", "Kain Batik Cap Banten 2 m", "lembar", 165000, 400, 7)]),
    ("F4", "Konveksi Seragam Jaya Pringsewu", "kecil", "18.10", "", True, [
        ("seragam-pdh", "Seragam PDH Khaki Setelan (Kemeja+Celana) Bahan American Drill", "stel", 275000, 600, 21),
        ("kaos-olahraga", "Kaos Olahraga Sekolah Setelan", "stel", 95000, 1500, 14),
        ("rompi-proyek", "Rompi Kerja Proyek Scotlight", "pcs", 65000, 800, 7)]),
    ("F5", "Konveksi dan Sablon Berkah Tigaraksa", "mikro", "36.03", "", True, [
        ("kaos-sablon", "Kaos Polos Cotton Combed 30s Sablon Logo", "pcs", 55000, 3000, 10),
        ("topi-baseball", "Topi Baseball Bordir Logo", "pcs", 35000, 2000, 7),
        ("bendera-merah-putih", "Bendera Merah Putih Kain Katun 90x135", "pcs", 35000, 3000, 5, "lainnya"),
        ("umbul-umbul", "Umbul-Umbul Kain Sablon 5 m", "pcs", 85000, 800, 7, "lainnya")]),
    ("F6", "Pengrajin Sepatu Kulit Ciomas", "kecil", "36.04", "sni", True, [
        ("sepatu-pdh", "Sepatu PDH Kulit Sapi Asli Pria Hitam", "pasang", 325000, 200, 21),
        ("sandal-jepit", "Sandal Jepit Karet Custom Logo", "pasang", 18000, 3000, 10)]),
    ("F8", "PT Garmen Nusantara Cikarang", "besar", "32.16", "iso-9001", True, [
        ("seragam-pdh", "Seragam PDH Setelan Drill", "stel", 180000, 20000, 14)]),
    ("K1", "Anyaman Pandan Mekarsari", "mikro", "36.01", "", True, [
        ("tikar-pandan", "Tikar Pandan Anyam Ukuran 150x200", "lembar", 85000, 300, 7),
        ("tas-pandan", "Tas Anyaman Pandan Motif Cantik", "pcs", 65000, 400, 7),
        ("kotak-hantaran", "Kotak Hantaran Pandan Set 5", "set", 120000, 100, 10)]),
    ("K2", "Kerajinan dan Mebel Bambu Kanekes", "mikro", "36.02", "", True, [
        ("tas-koja", "Tas Koja Baduy Serat Kulit Kayu", "pcs", 75000, 300, 7),
        ("tampah", "Anyaman Bambu Tampah Diameter 50 cm", "pcs", 25000, 800, 5),
        ("kursi-bambu", "Kursi Bambu Set Tamu", "set", 1500000, 20, 30, "furnitur"),
        ("rak-bambu", "Rak Buku Bambu 4 Susun", "pcs", 275000, 80, 14, "furnitur")]),
    ("K3", "Gerabah Bumijaya Ciruas", "mikro", "36.04", "", True, [
        ("gerabah-pot", "Pot Gerabah Tanah Liat Diameter 30 cm", "pcs", 45000, 600, 7),
        ("gerabah-kendi", "Kendi Gerabah Hias", "pcs", 60000, 300, 7)]),
    ("K4", "Ukiran Kayu Siger Menggala", "kecil", "18.05", "svlk", True, [
        ("miniatur-siger", "Miniatur Siger Lampung Kuningan 30 cm Plus Box", "pcs", 350000, 100, 14),
        ("plakat-kayu", "Plakat Kayu Jati Ukir Custom Logo", "pcs", 250000, 150, 14)]),
    ("K5", "Souvenir dan Goodie Bag Kreatif Ciledug", "mikro", "36.71", "", True, [
        ("plakat-akrilik", "Plakat Akrilik Custom Logo 20x25 cm", "pcs", 150000, 300, 7),
        ("gantungan-kunci-akrilik", "Gantungan Kunci Akrilik Custom", "pcs", 5000, 10000, 7),
        ("tote-bag", "Tote Bag Blacu Sablon 1 Warna 30x40", "pcs", 12000, 5000, 7, "fesyen")]),
    ("K6", "Rotan Craft Hanura", "mikro", "18.09", "", True, [
        ("keranjang-rotan", "Keranjang Parcel Rotan Oval", "pcs", 45000, 500, 7)]),
    ("P1", "Galeri Perak Teluk Betung", "kecil", "18.71", "", True, [
        ("bros-siger-perak", "Bros Siger Perak 925 Lapis Emas", "pcs", 250000, 200, 14),
        ("cincin-perak", "Cincin Perak 925 Batu Akik", "pcs", 175000, 150, 10)]),
    ("P2", "KUB Perempuan Pulomerak", "mikro", "36.72", "", True, [
        ("kalung-manik", "Kalung Manik-Manik Etnik Handmade", "pcs", 40000, 600, 5),
        ("gelang-manik", "Gelang Manik Kayu", "pcs", 15000, 1000, 5),
        ("keset-perca", "Keset Kaki Kain Perca Bulat", "pcs", 15000, 3000, 5, "lainnya"),
        ("kain-pel", "Kain Pel Lantai Tali (Refill Mop)", "pcs", 18000, 2000, 5, "lainnya")]),
    ("P3", "Kuningan Craft Kasemen", "mikro", "36.73", "", True, [
        ("bros-kuningan", "Bros Siger Imitasi Kuningan", "pcs", 35000, 800, 7),
        ("pin-kuningan", "Pin Logo Kuningan Custom Enamel", "pcs", 25000, 2000, 10)]),
    ("P4", "Mutiara Teluk Lampung", "kecil", "18.09", "", True, [
        ("kalung-mutiara", "Kalung Mutiara Air Laut Asli", "pcs", 650000, 80, 10),
        ("anting-mutiara", "Anting Mutiara Tusuk", "pasang", 120000, 200, 7)]),
    ("U1", "CV Mebel Sekolah Sinar Pringsewu", "kecil", "18.10", "svlk", True, [
        ("meja-kursi-siswa", "Meja Kursi Siswa SD 1 Set (Kayu Mahoni)", "set", 650000, 400, 30),
        ("papan-tulis", "Papan Tulis Whiteboard 120x240 Rangka Kayu", "pcs", 550000, 150, 14),
        ("lemari-kelas", "Lemari Kelas Kayu 2 Pintu Kaca", "pcs", 1800000, 60, 30)]),
    ("U2", "Rotan Indah Pasar Kemis", "kecil", "36.03", "", True, [
        ("kursi-rotan", "Kursi Teras Rotan Sintetis Set 2 Kursi + Meja", "set", 2500000, 50, 21)]),
    ("U3", "CV Meubel Kantor Karawang Mandiri", "menengah", "32.15", "iso-9001;sni", True, [
        ("meja-kerja", "Meja Kerja Staf 1/2 Biro 120x60", "pcs", 1350000, 200, 21),
        ("kursi-kantor", "Kursi Kantor Putar Jaring Hidrolik", "pcs", 850000, 300, 14),
        ("lemari-arsip-besi", "Filing Cabinet Besi 4 Laci", "pcs", 2750000, 100, 21)]),
    ("U5", "PT Furnitur Global Indonesia", "besar", "32.75", "iso-9001", True, [
        ("kursi-kantor", "Kursi Kantor Putar Jaring", "pcs", 600000, 5000, 7)]),
    ("U6", "UD Kayu Jati Blambangan Umpu", "mikro", "18.08", "", False, [
        ("meja-kursi-siswa", "Meja + Kursi Siswa Kayu Jati", "set", 500000, 300, 21)]),
    ("H1", "Jamu Gendong Bu Parmi", "mikro", "18.72", "pirt", True, [
        ("jamu-kunyit-asam", "Jamu Kunyit Asam Botol 250 ml (segar)", "botol", 8000, 1500, 1),
        ("beras-kencur", "Beras Kencur Botol 250ml", "botol", 8000, 1500, 1)]),
    ("H2", "Madu Hutan Way Kanan Lestari", "kecil", "18.08", "pirt;halal", True, [
        ("madu-hutan", "Madu Hutan Asli Way Kanan 500 gr", "botol", 110000, 400, 5)]),
    ("H3", "CV Herbal Banten Sehat", "kecil", "36.04", "bpom;halal", True, [
        ("kapsul-kelor", "Kapsul Daun Kelor 60 kapsul", "botol", 55000, 2000, 7),
        ("temulawak-instan", "Temulawak Instan Serbuk 200 gr", "pcs", 28000, 1500, 5),
        ("jahe-instan", "Jahe Merah Instan Serbuk 250 gr", "pcs", 25000, 1200, 4, "minuman")]),
    ("H5", "Koperasi Wanita Herbal Cibodas", "koperasi", "36.71", "bpom", True, [
        ("teh-sirsak", "Teh Herbal Daun Sirsak Celup isi 20", "box", 30000, 1000, 5)]),
    ("H6", "VCO dan Minyak Herbal Way Ratai", "mikro", "18.09", "pirt", True, [
        ("vco", "Minyak Kelapa Murni (Virgin Coconut Oil) 250 ml", "botol", 45000, 600, 5),
        ("minyak-urut", "Minyak Urut Herbal Sereh 60 ml", "botol", 25000, 800, 5, "herbal"),
        ("sabun-kelapa", "Sabun Minyak Kelapa Handmade Aroma Kopi", "pcs", 20000, 800, 5, "kosmetik")]),
    ("S1", "Sabun Sereh Wangi Cipanas", "mikro", "36.02", "bpom", True, [
        ("sabun-batang-sereh", "Sabun Mandi Batang Sereh Wangi 100 gr", "pcs", 15000, 3000, 5),
        ("sabun-cair-tangan", "Sabun Cuci Tangan Cair Refill 5 liter", "jerigen", 95000, 400, 5)]),
    ("S3", "Kosmetik Bengkoang Banten", "kecil", "36.73", "bpom;halal", True, [
        ("lulur", "Lulur Mandi Bengkoang 200 gr", "pcs", 35000, 1200, 5),
        ("masker-beras", "Masker Wajah Bubuk Beras 100 gr", "pcs", 25000, 800, 5)]),
    ("L1", "Pandai Besi Abah Jaya Ciomas", "mikro", "36.04", "", True, [
        ("golok-ciomas", "Golok Ciomas Asli Sarung Kayu", "pcs", 350000, 100, 14),
        ("arit", "Arit/Clurit Rumput Baja Per", "pcs", 55000, 500, 7)]),
    ("L2", "Pandai Besi Tani Makmur Pagelaran", "kecil", "18.10", "sni", True, [
        ("cangkul", "Cangkul Baja Tempa + Gagang", "pcs", 85000, 800, 7),
        ("parang", "Parang Kebun Baja Per", "pcs", 95000, 600, 7),
        ("garpu-tanah", "Garpu Tanah (Garpu Kebun) 4 Gigi", "pcs", 70000, 400, 7)]),
    ("L3", "Bengkel Las Teralis Jaya Rajabasa", "mikro", "18.71", "", True, [
        ("teralis-besi", "Teralis Jendela Besi Hollow per m2", "m2", 450000, 200, 14),
        ("pagar-besi", "Pagar Besi Minimalis per meter", "m", 650000, 150, 21),
        ("rak-besi", "Rak Besi Siku Lubang 5 Susun", "pcs", 550000, 200, 10)]),
    ("L4", "Las Kanopi Cikarang Utara", "kecil", "32.16", "", True, [
        ("kanopi", "Kanopi Baja Ringan Atap Alderon per m2", "m2", 375000, 500, 14),
        ("tong-sampah-besi", "Tempat Sampah Besi 3 Pilah", "unit", 1250000, 100, 14)]),
    ("C1", "Percetakan Siger Offset", "kecil", "18.71", "", True, [
        ("spanduk", "Cetak Spanduk Banner Flexi 280 gr per m2", "m2", 22000, 5000, 2),
        ("buku-agenda", "Buku Agenda Hard Cover Custom Logo A5", "pcs", 45000, 2000, 10),
        ("map-cetak", "Map Snelhecter Cetak Logo", "pcs", 4500, 10000, 7),
        ("dus-kemasan", "Dus Kemasan Box Makanan Custom Cetak 20x20", "pcs", 3000, 20000, 10, "percetakan"),
        ("paper-bag", "Paper Bag Kraft Custom Sablon 25x33", "pcs", 6500, 8000, 10, "percetakan")]),
    ("C2", "Toko ATK dan Fotocopy Mitra Cipocok", "mikro", "36.73", "", True, [
        ("kertas-hvs-a4", "Kertas HVS A4 70 gram (1 rim)", "rim", 52000, 2000, 2),
        ("pulpen", "Pulpen Gel Hitam (1 lusin)", "lusin", 30000, 3000, 2),
        ("map-folio", "Map Kertas Folio (Stopmap) isi 50", "pack", 45000, 1000, 2)]),
    ("C3", "Digital Printing Kreatif Labuan", "mikro", "36.01", "", True, [
        ("stiker-label", "Stiker Label Kemasan Cromo Cutting A3", "lembar", 7500, 5000, 3),
        ("kartu-nama", "Kartu Nama Art Carton 260 gr 1 box", "box", 35000, 2000, 3)]),
    ("C5", "Percetakan Kalender Jatiuwung", "menengah", "36.71", "iso-9001", True, [
        ("kalender-dinding", "Kalender Dinding 2027 Custom 6 Lembar", "pcs", 25000, 10000, 14),
        ("undangan", "Kartu Undangan Hardcover", "pcs", 9000, 5000, 10),
        ("kwitansi", "Blangko Kwitansi NCR Rangkap 3", "buku", 9000, 5000, 5)]),
    ("T1", "Kelompok Tani Penangkar Bibit Ulubelu", "kecil", "18.06", "", True, [
        ("bibit-kopi-robusta", "Bibit Kopi Robusta Sambung Pucuk (Polybag)", "batang", 4500, 50000, 14),
        ("bibit-lada", "Bibit Lada Natar 1 Perdu Polybag", "batang", 5000, 20000, 21)]),
    ("T2", "Penangkar Bibit Buah Baradatu", "kecil", "18.08", "", True, [
        ("bibit-durian", "Bibit Durian Musang King Okulasi 80 cm", "batang", 45000, 3000, 14),
        ("bibit-alpukat", "Bibit Alpukat Siger Sambung", "batang", 35000, 3000, 14)]),
    ("T3", "Pakan Ternak Mandiri Sukadana", "kecil", "18.07", "", True, [
        ("pakan-ayam", "Pakan Ayam Petelur Konsentrat 50 kg", "karung", 425000, 500, 5),
        ("pakan-ikan", "Pakan Ikan Pelet Terapung Lele/Nila 30 kg", "sak", 350000, 800, 5)]),
    ("T4", "Ikan Hias Koi Cupang Periuk", "mikro", "36.71", "", True, [
        ("ikan-koi", "Ikan Koi Kohaku Lokal 15-20 cm", "ekor", 35000, 1000, 3),
        ("ikan-cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 25000, 2000, 3)]),
    ("T5", "Pokdakan Mina Sejahtera Jatisari", "kecil", "32.15", "", True, [
        ("benih-nila", "Benih Ikan Nila Merah ukuran 5-7 cm", "ekor", 400, 200000, 5),
        ("benih-lele", "Benih Lele Sangkuriang 7-9 cm", "ekor", 250, 300000, 5)]),
    ("T6", "Tanaman Hias Bogor Asri", "mikro", "32.01", "", True, [
        ("tanaman-hias", "Tanaman Hias Sansevieria Pot 20 cm", "pot", 35000, 2000, 5),
        ("aglonema", "Aglonema Red Anjamani Pot Sedang", "pot", 75000, 500, 5)]),
    ("T7", "Koperasi Tani Mekar Cileles", "koperasi", "36.02", "", True, [
        ("kompos", "Pupuk Kompos Organik Kotoran Sapi 25 kg", "karung", 25000, 5000, 5),
        ("teh-rosela", "Teh Bunga Rosella Kering 50 gr", "pcs", 30000, 500, 3, "minuman")]),
    ("X1", "Sapu Ijuk Menes Pak Dulah", "mikro", "36.01", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 3000, 5),
        ("sapu-lidi", "Sapu Lidi Gagang Panjang", "pcs", 15000, 4000, 5),
        ("kemoceng", "Kemoceng Bulu Ayam 60 cm", "pcs", 20000, 1000, 5)]),
    ("X3", "Koperasi Karya Mandiri Kedaton", "koperasi", "18.71", "", True, [
        ("karbol", "Karbol Sereh Pembersih Lantai 5 liter", "jerigen", 65000, 1000, 5),
        ("sabun-cuci-piring", "Sabun Cuci Piring Jeruk Nipis 5 Liter", "jerigen", 70000, 800, 5)]),
    ("X4", "Paket Sembako Berkah Metro", "kecil", "18.72", "", True, [
        ("paket-sembako", "Paket Sembako (Beras 5kg, Minyak 2L, Gula 1kg, Mie 5)", "paket", 175000, 3000, 5)]),
]

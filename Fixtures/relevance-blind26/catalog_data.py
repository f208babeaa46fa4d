"""Hand-written suppliers and products of relevance-blind26 (fictional). Kinds are the labeller's tags; they
never reach the CSVs. Product tuple: (kind, name as the IKM writes it, unit, unit price, capacity/month, lead days)."""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Made and eaten the same day or week: capacity_per_month must cover the whole quantity.
PERISHABLE = {"nasi-kotak", "snack-box", "prasmanan", "coffee-break", "nasi-tumpeng", "makanan-tambahan",
              "jamu-kunyit-asam-cair", "beras-kencur-cair", "telur-ayam"}

# key, name, scale, region, supplier certificates, active, products
SUPPLIERS = [
    ("M01", "Otak-Otak Bandeng Ibu Enah", "mikro", "36.73", "pirt;halal", True, [
        ("otak-otak-bandeng", "Otak-otak Bandeng Khas Serang isi 10", "pak", 35000, 600, 3),
        ("sate-bandeng", "Sate Bandeng Bakar Tanpa Duri", "ekor", 55000, 300, 3)]),
    ("M02", "UD Kerupuk Ikan Sinar Laut Karangantu", "kecil", "36.04", "halal;pirt", True, [
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri Mentah 500 gr", "bungkus", 28000, 2000, 5),
        ("keripik-kulit-ikan", "Keripik Kulit Ikan Salmon Pedas 100gr", "pcs", 22000, 800, 4)]),
    ("M03", "Abon Tuna Labuan Berkah", "mikro", "36.01", "pirt-expired;halal", True, [
        ("abon-ikan", "Abon Ikan Tuna 250 gram", "pcs", 45000, 500, 5)]),
    ("M04", "Dapur Sambal Teh Iin", "mikro", "32.16", "pirt;halal", True, [
        ("sambal-cumi", "Sambal Cumi Asin botol 200 ml", "botol", 38000, 900, 4),
        ("sambal-bawang", "Sambel Bawang Ekstra Pedas 150ml", "botol", 25000, 1200, 3)]),
    ("M05", "KWT Mekar Sari Pekon Gisting", "koperasi", "18.06", "pirt", True, [
        ("keripik-pisang", "Keripik Pisang Kepok Manis 250gr", "pcs", 18000, 3000, 5),
        ("kemplang", "Kemplang Panggang Ikan Tenggiri 200 gr", "pcs", 25000, 1500, 4)]),
    ("M06", "Dodol Betawi Bu Romlah", "mikro", "31.75", "halal", True, [
        ("dodol-betawi", "Dodol Betawi Ketan Hitam 500 gr", "kotak", 45000, 400, 7),
        ("kue-kering-nastar", "Nastar Nanas Toples 500 gr", "toples", 85000, 600, 7)]),
    ("M07", "Rengginang Ceu Imas", "mikro", "32.15", "pirt", True, [
        ("rengginang", "Rengginang Ketan Terasi Mentah 1 kg", "kg", 40000, 800, 5)]),
    ("N01", "Kopi Pekon Ulu Tanggamus", "kecil", "18.06", "pirt;halal", True, [
        ("kopi-robusta-bubuk", "Kopi Robusta Tanggamus Bubuk 250 gr", "pcs", 42000, 2000, 5),
        ("kopi-robusta-biji", "Kopi Robusta Biji Sangrai (Roast Bean) 1 kg", "kg", 150000, 400, 7)]),
    ("N02", "Cokelat Pringsewu Makmur", "mikro", "18.10", "pirt", True, [
        ("cokelat-bubuk", "Bubuk Cokelat Murni Pringsewu 200 gr", "pcs", 38000, 700, 5)]),
    ("N03", "Rempah Ibu Sari Pasar Kemis", "mikro", "36.03", "pirt;halal", True, [
        ("jahe-instan", "Jahe Merah Instan Bubuk 250 gr", "pcs", 28000, 1500, 4),
        ("wedang-rempah", "Wedang Uwuh Rempah Celup isi 10", "box", 25000, 1000, 4)]),
    ("N04", "CV Sirup Pala Sinar Bogor", "kecil", "32.01", "bpom;halal", True, [
        ("sirup-pala", "Sirup Buah Pala 620 ml", "botol", 32000, 2500, 5)]),
    ("N05", "KUB Rosela Kebun Kita", "koperasi", "36.71", "pirt", False, [
        ("teh-rosella", "Teh Bunga Rosella Kering 50 gr", "pcs", 22000, 800, 3)]),
    ("N06", "PT Tirta Sehat Banten", "besar", "36.04", "sni;bpom;halal", True, [
        ("amdk-gelas", "Air Mineral Gelas 240 ml isi 48", "dus", 22000, 20000, 2),
        ("amdk-botol", "Air Mineral Botol 600 ml isi 24", "dus", 45000, 20000, 2)]),
    ("N07", "CV Tirta Cimanuk", "kecil", "36.01", "sni;bpom;halal", True, [
        ("amdk-gelas", "AMDK Cup 220ml isi 48 gelas", "dus", 19000, 6000, 2)]),
    ("J01", "Catering Dapur Bunda", "kecil", "36.71", "halal;pirt", True, [
        ("nasi-kotak", "Nasi Box Ayam Bakar + Lalapan", "kotak", 32000, 3000, 2),
        ("snack-box", "Snack Box 3 Macam Kue + Air Mineral", "box", 15000, 4000, 2),
        ("prasmanan", "Prasmanan Menu Sunda per orang", "porsi", 65000, 1500, 3)]),
    ("J02", "Aisyah Catering", "kecil", "31.71", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Rendang Paket Rapat", "kotak", 45000, 5000, 2),
        ("snack-box", "Kue Kotak isi 3 (Lemper, Risoles, Bolu)", "kotak", 18000, 6000, 1),
        ("coffee-break", "Coffee Break Paket (Kopi/Teh + 2 Kue)", "pax", 25000, 3000, 1)]),
    ("J03", "Katering Berkah Cipocok", "mikro", "36.73", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Goreng Serundeng", "kotak", 28000, 1200, 2),
        ("nasi-tumpeng", "Tumpeng Nasi Kuning Mini 10 orang", "tumpeng", 450000, 60, 3)]),
    ("J04", "Dapur Mak Ijah", "mikro", "32.75", "halal", True, [
        ("nasi-kotak", "Nasi Box Paket Komplit", "box", 30000, 1500, 2),
        ("snack-box", "Snack Box Jajan Pasar", "box", 12000, 2500, 1)]),
    ("J05", "Katering Sehat Gizi", "kecil", "32.15", "halal;pirt", True, [
        ("makanan-tambahan", "Paket PMT Balita (Bubur Kacang Hijau + Telur Rebus)", "paket", 15000, 3000, 2),
        ("nasi-kotak", "Nasi Kotak Ikan Bakar", "kotak", 33000, 2000, 2)]),
    ("J06", "Catering Sukadana Jaya", "mikro", "18.07", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Pindang Ikan Patin", "kotak", 30000, 500, 2)]),
    ("F01", "Konveksi Seragam Mandiri Cikupa", "kecil", "36.03", "", True, [
        ("seragam-pdh", "Seragam PDH Khaki Bahan American Drill (Jahit Ukur)", "stel", 275000, 800, 21),
        ("seragam-sekolah", "Seragam Sekolah SD Putih Merah (Kemeja + Celana/Rok)", "stel", 135000, 2500, 21)]),
    ("F02", "Batik Krakatoa", "kecil", "36.72", "batikmark", True, [
        ("batik-tulis", "Kain Batik Tulis Motif Krakatau 2 m", "lembar", 650000, 60, 14),
        ("batik-cap", "Kain Batik Cap Motif Debus 2 m", "lembar", 185000, 500, 7),
        ("kemeja-batik-cap", "Kemeja Batik Cap Pria Lengan Panjang Motif Banten", "pcs", 210000, 600, 14)]),
    ("F03", "Tapis Sekar Pringsewu", "mikro", "18.10", "", True, [
        ("kain-tapis", "Kain Tapis Lampung Sulam Benang Emas", "lembar", 1250000, 30, 21),
        ("selendang-tapis", "Selendang Tapis Motif Pucuk Rebung", "pcs", 285000, 100, 14)]),
    ("F04", "Sablon Distro Metro", "mikro", "18.72", "", True, [
        ("kaos-sablon", "Kaos Sablon Custom Cotton Combed 30s", "pcs", 65000, 3000, 10),
        ("polo-bordir", "Kaos Polo Bordir Logo Instansi (Lacoste PE)", "pcs", 95000, 1500, 14)]),
    ("F05", "Busana Muslim Al-Ikhlas", "kecil", "32.06", "", True, [
        ("mukena", "Mukena Katun Rayon Bordir Tasik Dewasa", "pcs", 175000, 1200, 10),
        ("sarung", "Sarung Tenun Motif Kotak Dewasa", "pcs", 85000, 2000, 7),
        ("peci", "Peci Hitam Beludru Nasional No. 7", "pcs", 45000, 3000, 7),
        ("sajadah", "Sajadah Travel Lipat Motif Polos", "pcs", 55000, 1500, 7)]),
    ("F06", "Ganesha Leather Garut", "kecil", "32.05", "", True, [
        ("tas-kulit", "Tas Selempang Kulit Sapi Asli Garut", "pcs", 350000, 200, 14),
        ("dompet-kulit", "Dompet Kulit Pria Lipat", "pcs", 120000, 500, 10),
        ("ikat-pinggang-kulit", "Ikat Pinggang Kulit Sapi Gesper Kuningan", "pcs", 135000, 500, 10)]),
    ("F07", "Tas Seminar Spunbond Kaujon", "mikro", "36.73", "", True, [
        ("tas-spunbond", "Goodie Bag Spunbond 75 gsm Sablon 1 warna", "pcs", 6500, 10000, 7),
        ("tas-kanvas", "Totebag Kanvas Blacu Resleting + Sablon", "pcs", 28000, 3000, 10)]),
    ("F08", "Sepatu Cibaduyut Mulya", "menengah", "32.73", "sni", True, [
        ("sepatu-pdh", "Sepatu PDH Kulit Pria Hitam Mengkilap", "pasang", 385000, 400, 21),
        ("sandal-kulit", "Sandal Kulit Pria Slop", "pasang", 120000, 600, 10)]),
    ("K01", "Anyaman Pandan Sinar Lebak", "mikro", "36.02", "", True, [
        ("tikar-pandan", "Tikar Pandan Anyam 2x3 m", "lembar", 185000, 150, 14),
        ("tas-pandan", "Tas Anyaman Pandan Motif Baduy", "pcs", 75000, 400, 10),
        ("topi-pandan", "Topi Pandan Lebar", "pcs", 35000, 500, 7)]),
    ("K02", "Kerajinan Bambu Hejo", "mikro", "32.01", "", True, [
        ("besek-bambu", "Besek Bambu 20x20 cm Tutup", "pcs", 4500, 10000, 7),
        ("tampah-bambu", "Tampah Bambu Diameter 50 cm", "pcs", 25000, 800, 7),
        ("lampu-bambu", "Lampu Hias Anyaman Bambu Gantung", "pcs", 145000, 150, 14)]),
    ("K03", "Gerabah Bumijaya", "mikro", "36.04", "", True, [
        ("gerabah-kendi", "Kendi Gerabah Tanah Liat Bumijaya", "pcs", 45000, 500, 10),
        ("gerabah-pot", "Pot Tanah Liat Gerabah Diameter 30 cm", "pcs", 35000, 1000, 7),
        ("gerabah-celengan", "Celengan Gerabah Bentuk Ayam", "pcs", 20000, 1500, 7)]),
    ("K04", "Cipta Kreasi Akrilik", "kecil", "36.71", "", True, [
        ("plakat-akrilik", "Plakat Akrilik 15x20 cm Cetak UV + Box", "pcs", 175000, 600, 7),
        ("gantungan-kunci-akrilik", "Gantungan Kunci Akrilik Custom 2 sisi", "pcs", 6000, 8000, 7),
        ("plakat-kayu", "Plakat Kayu Jati Ukir Laser Logo", "pcs", 325000, 200, 14)]),
    ("K05", "Mainan Kayu Cerdas", "mikro", "32.76", "", True, [
        ("puzzle-kayu", "Puzzle Kayu Huruf & Angka (Mainan Edukatif)", "set", 45000, 1000, 10),
        ("balok-kayu", "Balok Susun Kayu 50 pcs warna", "set", 85000, 500, 10),
        ("boneka-jari", "Boneka Jari Flanel Edukasi isi 10", "set", 35000, 800, 10)]),
    ("K06", "Sanggar Ukir Menara Siger", "mikro", "18.72", "", True, [
        ("miniatur-siger", "Miniatur Siger Lampung Kuningan Warna Emas", "pcs", 225000, 150, 14),
        ("gantungan-kunci-kayu", "Gantungan Kunci Kayu Ukir Siger", "pcs", 9000, 3000, 7)]),
    ("P01", "Perak Ciampea Lestari", "mikro", "32.01", "", True, [
        ("cincin-perak", "Cincin Perak 925 Batu Akik", "pcs", 185000, 300, 10),
        ("bros-perak", "Bros Perak Motif Melati Lapis Emas", "pcs", 245000, 200, 14),
        ("kalung-perak", "Kalung Liontin Perak 925", "pcs", 265000, 200, 14)]),
    ("P02", "Manik Ciboleger", "mikro", "36.02", "", True, [
        ("gelang-manik", "Gelang Manik-Manik Khas Baduy", "pcs", 10000, 3000, 5),
        ("kalung-manik", "Kalung Manik Kayu Etnik", "pcs", 25000, 1000, 7)]),
    ("P03", "Toko Emas Pusaka Jaya", "besar", "36.73", "", True, [
        ("cincin-emas", "Cincin Emas 24K 2 gram", "pcs", 2800000, 50, 7)]),
    ("P04", "Bros Hijab Rina", "mikro", "32.75", "", True, [
        ("bros-imitasi", "Bros Hijab Mutiara Imitasi Premium", "pcs", 15000, 2000, 5),
        ("pin-logo", "Pin Logo Instansi Kuningan Enamel", "pcs", 25000, 3000, 10)]),
    ("U01", "Mebel Rotan Cisoka Indah", "kecil", "36.03", "svlk", True, [
        ("kursi-rotan", "Kursi Teras Rotan Sintetis Set (2 kursi + meja)", "set", 1850000, 40, 21),
        ("keranjang-rotan", "Keranjang Rotan Laundry Tutup", "pcs", 165000, 200, 14)]),
    ("U02", "CV Meubel Jati Serang Jaya", "kecil", "36.73", "svlk", True, [
        ("lemari-arsip-kayu", "Lemari Arsip Kayu Jati 2 Pintu Kaca", "unit", 3500000, 20, 30),
        ("meja-kerja", "Meja Kerja Kantor Kayu 1/2 Biro 120x60", "unit", 1650000, 40, 21),
        ("meja-kursi-siswa", "Meja + Kursi Siswa SD (1 set)", "set", 650000, 300, 30)]),
    ("U03", "Bengkel Furnitur Besi Karawang", "kecil", "32.15", "sni", True, [
        ("lemari-arsip-besi", "Filing Cabinet Besi 4 Laci Folio", "unit", 2450000, 60, 14),
        ("rak-besi", "Rak Besi Siku Lubang 5 susun", "unit", 650000, 200, 10),
        ("kursi-lipat-besi", "Kursi Lipat Besi Futura Rangka Chrome", "pcs", 225000, 600, 10)]),
    ("U04", "Mebel Sekolah Pringsewu", "mikro", "18.10", "", True, [
        ("meja-kursi-siswa", "Meja Kursi Sekolah Kayu Mahoni Siswa SMP", "set", 700000, 150, 30),
        ("papan-tulis", "Papan Tulis Whiteboard Bingkai Kayu 120x240", "unit", 850000, 100, 14)]),
    ("U05", "Furnitur Masjid Al-Barokah", "mikro", "36.01", "", True, [
        ("mimbar", "Mimbar Masjid Kayu Jati Ukir", "unit", 7500000, 8, 45),
        ("rak-alquran", "Rak Al-Quran Kayu Susun 3", "unit", 450000, 100, 14),
        ("rehal", "Meja Lipat Ngaji (Rehal Meja) Kayu", "pcs", 65000, 1000, 7)]),
    ("H01", "Jamu Gendong Mbok Sri", "mikro", "32.16", "pirt", True, [
        ("jamu-kunyit-asam-cair", "Jamu Kunyit Asam Segar Botol 250 ml", "botol", 8000, 1500, 1),
        ("beras-kencur-cair", "Beras Kencur Segar 250ml", "botol", 8000, 1500, 1)]),
    ("H02", "Herbal Temulawak Sehat", "kecil", "36.04", "pirt;bpom", True, [
        ("temulawak-instan", "Temulawak Instan Serbuk 200 gr", "pcs", 30000, 2000, 5),
        ("kapsul-temulawak", "Kapsul Ekstrak Temulawak isi 60", "botol", 55000, 1000, 7)]),
    ("H03", "Koperasi Madu Hutan Baduy Lestari", "koperasi", "36.02", "pirt", True, [
        ("madu-hutan", "Madu Hutan Murni Baduy 500 gr", "botol", 120000, 500, 5)]),
    ("H04", "KWT Melati Toga Metro", "koperasi", "18.72", "pirt", True, [
        ("teh-kelor", "Teh Daun Kelor Celup isi 20", "box", 25000, 1500, 4),
        ("minyak-sereh", "Minyak Sereh Wangi Gosok 60 ml", "botol", 25000, 1000, 5)]),
    ("H05", "Jahe Merah Emprit Karawang", "mikro", "32.15", "bpom;halal", True, [
        ("minuman-herbal-jahe", "Minuman Herbal Jahe Merah Sereh Siap Seduh Sachet isi 10", "box", 32000, 2500, 5)]),
    ("S01", "Sabun Herbal Sahabat", "mikro", "36.74", "bpom", True, [
        ("sabun-batang", "Sabun Mandi Batang Herbal Sereh 100 gr", "pcs", 15000, 3000, 5),
        ("sabun-cair-tangan", "Sabun Cuci Tangan Cair Refill 5 Liter", "jerigen", 95000, 600, 5)]),
    ("S02", "Lilin Senja Bogor", "mikro", "32.71", "", True, [
        ("lilin-aromaterapi", "Lilin Aromaterapi Soy Wax Lavender dalam Gelas Kaca 100 gr", "pcs", 45000, 800, 7),
        ("minyak-esensial", "Essential Oil Lavender 10 ml", "botol", 35000, 1000, 5)]),
    ("S03", "Kosmetik Alami Ayu", "kecil", "18.71", "bpom;halal", True, [
        ("lulur", "Lulur Mandi Bengkoang 200 gr", "pot", 35000, 1000, 5),
        ("hand-sanitizer", "Hand Sanitizer Gel 500 ml Alkohol 70%", "botol", 40000, 2500, 3)]),
    ("S04", "PT Kosmetika Nusantara Raya", "besar", "32.16", "bpom;iso-9001", True, [
        ("hand-sanitizer", "Hand Sanitizer 5 Liter", "jerigen", 250000, 10000, 3)]),
    ("L01", "Pandai Besi Ki Jaka Ciomas", "mikro", "36.04", "", True, [
        ("golok-ciomas", "Golok Ciomas Sarung Kayu", "pcs", 350000, 100, 14),
        ("arit", "Arit Rumput Baja Per", "pcs", 65000, 600, 7),
        ("cangkul", "Cangkul Baja Gagang Kayu", "pcs", 95000, 500, 7)]),
    ("L02", "Bengkel Las Teralis Maju", "mikro", "36.71", "", True, [
        ("teralis-besi", "Teralis Jendela Besi Hollow per m2", "m2", 450000, 300, 14),
        ("pagar-besi", "Pagar Besi Minimalis per meter lari", "m", 850000, 150, 21)]),
    ("L03", "Sumber Rejeki Stainless", "kecil", "32.75", "sni", True, [
        ("panci-stainless", "Panci Stainless Steel 3 Susun 24 cm", "set", 285000, 400, 7),
        ("dandang", "Dandang Aluminium 40 cm Kukusan", "pcs", 325000, 200, 7),
        ("wajan-besi", "Wajan Besi Baja Masak 36 cm", "pcs", 125000, 400, 7),
        ("pisau-dapur", "Pisau Dapur Stainless 3 pcs Set", "set", 75000, 800, 5)]),
    ("L04", "Cor Logam Cikarang", "kecil", "32.16", "", True, [
        ("sendok-garpu", "Sendok Garpu Stainless 1 lusin", "lusin", 85000, 1000, 5),
        ("nampan", "Nampan / Baki Aluminium 40 cm", "pcs", 45000, 1500, 5)]),
    ("L05", "Pandai Besi Pringsewu", "mikro", "18.10", "", True, [
        ("golok-kebun", "Parang / Golok Kebun Pringsewu", "pcs", 110000, 300, 7),
        ("cangkul", "Pacul Baja Tempa", "pcs", 85000, 400, 7)]),
    ("C01", "Percetakan Cahaya Offset", "kecil", "36.73", "", True, [
        ("map-cetak", "Map Folder Cetak Full Color Art Carton 260", "pcs", 3500, 20000, 7),
        ("spanduk", "Cetak Spanduk Banner Flexi 280 gr per m2", "m2", 25000, 5000, 2),
        ("buku-agenda", "Buku Agenda Hard Cover Logo Instansi A5", "pcs", 55000, 2000, 14),
        ("kalender", "Kalender Dinding 6 lembar Custom", "pcs", 22000, 5000, 10)]),
    ("C02", "Toko ATK Sumber Ilmu", "mikro", "32.75", "", True, [
        ("kertas-hvs-a4", "Kertas HVS A4 70 gsm 1 rim", "rim", 52000, 3000, 2),
        ("buku-tulis", "Buku Tulis 38 lembar isi 10 (pak)", "pak", 30000, 5000, 3),
        ("pulpen", "Pulpen Gel Hitam 0.5 isi 12", "lusin", 24000, 3000, 2),
        ("map-plastik", "Map Plastik Kancing L Folio isi 12", "lusin", 20000, 3000, 2)]),
    ("C03", "Digital Printing Karya Metro", "mikro", "18.72", "", True, [
        ("stiker", "Stiker Vinyl Cutting Logo", "lembar", 15000, 3000, 3),
        ("spanduk", "Banner MMT Flexi Korea Cetak Per Meter", "m2", 30000, 2000, 3),
        ("sertifikat", "Cetak Sertifikat/Piagam Art Paper 260 gsm", "lembar", 3500, 10000, 3)]),
    ("C04", "Kemasan Dus Sukses Tangerang", "kecil", "36.03", "", True, [
        ("dus-makanan", "Dus Nasi Kotak 20x20 Cetak Logo", "pcs", 1500, 50000, 7),
        ("paper-bag", "Paper Bag Kraft Cetak Logo 25x35", "pcs", 4500, 20000, 10)]),
    ("C05", "Percetakan Al-Hikmah", "kecil", "36.71", "", True, [
        ("buku-yasin", "Buku Yasin & Tahlil Hard Cover 176 hal Custom Nama", "pcs", 25000, 5000, 14),
        ("iqro", "Buku Iqro Jilid 1-6 Paket", "paket", 30000, 3000, 10)]),
    ("T01", "Kebun Bibit Citayam", "mikro", "32.01", "", True, [
        ("sansevieria", "Tanaman Hias Sansevieria (Lidah Mertua) Pot 20", "pot", 35000, 1500, 5),
        ("aglonema", "Aglonema Red Sumatra Pot Plastik", "pot", 85000, 500, 5)]),
    ("T02", "Penangkaran Bibit Buah Unggul Sukadana", "kecil", "18.07", "", True, [
        ("bibit-durian", "Bibit Durian Musang King Okulasi 60-80 cm", "batang", 75000, 3000, 10),
        ("bibit-alpukat", "Bibit Alpukat Miki Sambung Pucuk", "batang", 45000, 3000, 10),
        ("bibit-kopi", "Bibit Kopi Robusta Polybag", "batang", 3500, 20000, 7)]),
    ("T03", "Pokdakan Mina Sejahtera", "koperasi", "36.01", "", True, [
        ("benih-lele", "Benih Ikan Lele Sangkuriang 5-7 cm", "ekor", 250, 200000, 3),
        ("benih-nila", "Bibit Ikan Nila Merah 5-8 cm", "ekor", 350, 100000, 3)]),
    ("T04", "Cupang & Koi Tambun", "mikro", "32.16", "", True, [
        ("ikan-cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 25000, 1000, 3),
        ("ikan-koi", "Ikan Koi Lokal 10-12 cm", "ekor", 35000, 800, 3)]),
    ("T05", "KWT Toga Cilegon Asri", "koperasi", "36.72", "", True, [
        ("bibit-toga", "Bibit Tanaman Obat (TOGA) Paket 10 jenis Polybag", "paket", 65000, 500, 7),
        ("pupuk-kompos", "Pupuk Kompos Organik Karung 25 kg", "karung", 35000, 2000, 5)]),
    ("T06", "Ternak Mandiri Karawang", "kecil", "32.15", "", True, [
        ("pakan-ayam", "Pakan Ayam Kampung Fermentasi 25 kg", "karung", 185000, 800, 5),
        ("telur-ayam", "Telur Ayam Kampung Segar", "kg", 45000, 1000, 2)]),
    ("X01", "Sapu Ijuk Rangkasbitung", "mikro", "36.02", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 3000, 5),
        ("sapu-lidi", "Sapu Lidi Aren Ikat Besar", "pcs", 12000, 5000, 3),
        ("keset-sabut", "Keset Sabut Kelapa 40x60", "pcs", 35000, 1000, 5)]),
    ("X02", "Edu Kreasi Alat Peraga", "kecil", "32.73", "iso-9001", True, [
        ("kit-ipa", "Alat Peraga IPA SD (KIT IPA) 1 set", "set", 3500000, 60, 21),
        ("globe", "Globe Bola Dunia Diameter 30 cm", "pcs", 185000, 300, 7),
        ("torso", "Torso Anatomi Manusia 85 cm", "unit", 2750000, 40, 21)]),
    ("X03", "Pel & Lap Cikarang", "mikro", "32.16", "", True, [
        ("alat-pel", "Alat Pel Lantai Putar Spin Mop + Ember", "set", 135000, 800, 5),
        ("lap-microfiber", "Kain Lap Microfiber 40x40 isi 5", "pak", 35000, 2000, 3)]),
    ("X04", "Sentosa Tempat Sampah", "mikro", "36.74", "", True, [
        ("tempat-sampah-pedal", "Tempat Sampah Pedal Stainless 20 Liter", "pcs", 265000, 300, 7),
        ("tempat-sampah-pilah", "Tempat Sampah Organik Anorganik 3 in 1 Fiber 50 L", "set", 1850000, 60, 14)]),
    ("X05", "Karpet Masjid Al-Amin", "kecil", "32.16", "", True, [
        ("karpet-masjid", "Karpet Masjid Sajadah Roll Turki Tebal per m", "meter", 185000, 800, 7),
        ("tasbih", "Tasbih Kayu Kokka 33 butir", "pcs", 15000, 3000, 5)]),
    ("M08", "Bawang Goreng Bu Yati", "mikro", "32.75", "pirt", True, [
        ("bawang-goreng", "Bawang Goreng Renyah Toples 250 gr", "toples", 30000, 800, 3)]),
    ("N08", "Kopi Gunung Karang", "mikro", "36.01", "pirt", True, [
        ("kopi-robusta-pandeglang", "Kopi Bubuk Robusta Pandeglang 250gr", "pcs", 35000, 1500, 4)]),
    ("K07", "Anyaman Rotan Cikeusal", "mikro", "36.04", "", True, [
        ("keranjang-rotan-parcel", "Keranjang Parcel Anyaman Rotan Oval", "pcs", 45000, 600, 7)]),
    ("F09", "Konveksi Putra Cikokol", "mikro", "36.71", "", True, [
        ("kemeja-putih", "Kemeja Putih Lengan Panjang Seragam Kantor", "pcs", 110000, 1000, 14),
        ("rompi", "Rompi Lapangan Bordir Logo Instansi", "pcs", 125000, 800, 14)]),
    ("T07", "Bibit Durian Montong Gadingrejo", "mikro", "18.10", "", True, [
        ("bibit-durian-montong", "Bibit Durian Montong Okulasi 50 cm", "batang", 40000, 2000, 7)]),
    ("C06", "Fotocopy & ATK Karya", "mikro", "36.71", "", True, [
        ("kertas-hvs-f4", "Kertas HVS F4 / Folio 70 gsm 1 rim", "rim", 55000, 2000, 1),
        ("amplop", "Amplop Coklat Kabinet Cetak Kop", "box", 45000, 1500, 5)]),
]

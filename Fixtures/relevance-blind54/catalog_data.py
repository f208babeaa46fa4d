"""Hand-written suppliers and products for relevance-blind54 (fictional). Kinds never reach the CSVs."""

# Kinds made to order and eaten the same day: the whole quantity in one month, from nearby.
PERISHABLE = {"nasi-kotak", "snack-box", "prasmanan", "nasi-bungkus", "tumpeng", "jamu-kunyit-asam",
              "beras-kencur"}

# (key, name, scale, region, certs, active, category, [(kind, name, unit, price, cap/month, lead days)])
SUPPLIERS = [
    ("MK1", "Kemplang Panggang Bu Siti", "mikro", "18.71", "halal;pirt", True, "makanan", [
        ("kemplang-ikan", "Kemplang Ikan Tenggiri Panggang 250 gr", "bks", 18000, 1500, 5),
        ("kemplang-udang", "Kerupuk Kemplang Udang Goreng 200gr", "bks", 16000, 1200, 5)]),
    ("MK2", "UD Keripik Pisang Mutiara", "kecil", "18.71", "halal;pirt", True, "makanan", [
        ("keripik-pisang-coklat", "Keripik Pisang Cokelat Lumer 250 gr", "bks", 22000, 3000, 4),
        ("keripik-pisang-asin", "Keripik Pisang Kepok Original Asin 250gr", "bks", 18000, 3000, 4)]),
    ("MK3", "Emping Melinjo Hj. Romlah Menes", "mikro", "36.01", "pirt", True, "makanan", [
        ("emping-manis", "Emping Melinjo Manis Pedas 250 gr", "bks", 25000, 800, 5),
        ("emping", "Emping Melinjo Original Mentah 1 kg", "kg", 95000, 300, 5)]),
    ("MK4", "Sambal Mak Ijah Sukadana", "mikro", "18.07", "halal;pirt", True, "makanan", [
        ("sambal-terasi", "Sambal Terasi Lampung Botol 200 ml", "btl", 20000, 1000, 3),
        ("sambal-bawang", "Sambal Bawang Pedas Mantap 150 ml", "btl", 18000, 1000, 3),
        ("sambal-seruit", "Sambal Seruit Tempoyak Khas Lampung 200ml", "btl", 25000, 500, 3)]),
    ("MK5", "KWT Sri Rejeki Pekalongan", "koperasi", "18.07", "pirt", True, "makanan", [
        ("keripik-singkong-balado", "Keripik Singkong Balado 200 gr", "bks", 12000, 4000, 3),
        ("keripik-singkong-original", "Kripik Singkong Rasa Original 200 gr", "bks", 11000, 4000, 3)]),
    ("MK6", "Otak-Otak Bandeng Pak Haji", "kecil", "36.73", "pirt-expired", True, "makanan", [
        ("sate-bandeng", "Sate Bandeng Khas Banten", "ekor", 45000, 600, 2),
        ("otak-otak", "Otak-Otak Bandeng Frozen isi 10", "pak", 35000, 800, 2)]),
    ("MK7", "Lempok Durian Tubaba Sejahtera", "mikro", "18.12", "pirt", True, "makanan", [
        ("lempok", "Lempok Durian Asli 250 gr", "bks", 40000, 400, 5)]),
    ("MK8", "Kerupuk Kulit Ikan Mesuji Raya", "mikro", "18.11", "pirt", True, "makanan", [
        ("kerupuk-kulit-ikan", "Kerupuk Kulit Ikan Patin 100 gr", "bks", 15000, 1500, 4)]),
    ("MK9", "PT Snack Nusantara Abadi", "besar", "36.03", "halal;bpom", True, "makanan", [
        ("keripik-singkong-pedas", "Keripik Singkong Pedas 200g", "bks", 8000, 50000, 2),
        ("keripik-pisang-manis", "Keripik Pisang Manis 200g", "bks", 12000, 50000, 2)]),
    ("MK10", "Kue Kering Ibu Enok Rangkasbitung", "mikro", "36.02", "halal", True, "makanan", [
        ("kue-kering", "Nastar Nanas Toples 500 gr", "toples", 85000, 300, 7),
        ("kue-kering", "Kastengel Keju Toples 500 gr", "toples", 90000, 300, 7),
        ("dodol", "Dodol Ketan Durian 500 gr", "bks", 35000, 400, 5)]),

    ("MN1", "Koperasi Kopi Tanggamus Lestari", "koperasi", "18.06", "halal", True, "minuman", [
        ("kopi-robusta-lampung", "Kopi Bubuk Robusta Tanggamus 250 gr", "bks", 35000, 3000, 5),
        ("kopi-biji-robusta", "Biji Kopi Robusta Roasted Medium 1 kg", "kg", 150000, 500, 5)]),
    ("MN2", "Kopi Bukit Kemuning Jaya", "kecil", "18.03", "halal", True, "minuman", [
        ("kopi-robusta-lampung", "Kopi Robusta Bukit Kemuning Bubuk 200gr", "bks", 28000, 2500, 4),
        ("kopi-luwak", "Kopi Luwak Liar Lampung 100 gr", "bks", 175000, 100, 7)]),
    ("MN3", "Jahe Merah Instan Bu Darsih", "mikro", "18.72", "halal;pirt", True, "minuman", [
        ("jahe-instan", "Jahe Merah Instan Serbuk 250 gr", "bks", 25000, 1500, 4),
        ("temulawak-instan", "Minuman Serbuk Temulawak Instan 250 gr", "bks", 25000, 1000, 4)]),
    ("MN4", "Koperasi Gula Aren Baduy Mandiri", "koperasi", "36.02", "halal", True, "minuman", [
        ("gula-semut", "Gula Aren Semut Organik 500 gr", "bks", 35000, 2000, 5),
        ("gula-aren-cetak", "Gula Aren Cetak Batok 1 kg", "kg", 30000, 3000, 5)]),
    ("MN5", "CV Tirta Way Kanan", "kecil", "18.08", "bpom;halal", True, "minuman", [
        ("amdk-cup", "Air Minum Dalam Kemasan Cup 220 ml (dus isi 48)", "dus", 22000, 5000, 3),
        ("amdk-botol", "AMDK Botol 600 ml dus isi 24", "dus", 45000, 3000, 3)]),
    ("MN6", "Sirup Pala Serang Asri", "mikro", "36.04", "pirt", True, "minuman", [
        ("sirup-pala", "Sirup Buah Pala Asli 500 ml", "btl", 30000, 600, 5)]),
    ("MN7", "Rosela Pringsewu Berkah", "mikro", "18.10", "pirt", True, "minuman", [
        ("teh-rosela", "Teh Bunga Rosela Kering 50 gr", "bks", 20000, 800, 4)]),

    ("JB1", "Catering Dapur Ibu Ani", "kecil", "18.71", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar + Sayur + Buah", "kotak", 35000, 3000, 2),
        ("snack-box", "Snack Box 3 Macam Kue + Air Mineral", "kotak", 15000, 4000, 2)]),
    ("JB2", "RM Sederhana Sukadana", "mikro", "18.07", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Box Ayam Goreng Lalapan", "kotak", 28000, 600, 2),
        ("prasmanan", "Prasmanan Menu Pindang Ikan per orang", "porsi", 55000, 400, 3)]),
    ("JB3", "Katering Berkah Menggala", "mikro", "18.05", "", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Menu Rendang", "kotak", 30000, 400, 2),
        ("snack-box", "Kue Kotak isi 3 (lemper, risol, bolu)", "kotak", 12000, 600, 1)]),
    ("JB4", "Dapur Mesuji Jaya", "mikro", "18.11", "", True, "jasa-boga", [
        ("nasi-bungkus", "Nasi Bungkus Lauk Ayam", "bungkus", 18000, 250, 1),
        ("snack-box", "Snack Box Kue Basah isi 2", "kotak", 10000, 300, 1)]),
    ("JB5", "Catering Al-Barokah Kotabumi", "kecil", "18.03", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Ayam Goreng Kremes", "kotak", 32000, 1500, 2),
        ("tumpeng", "Nasi Tumpeng Kuning Komplit 20 porsi", "tumpeng", 650000, 30, 3)]),
    ("JB6", "Pondok Catering Serang", "kecil", "36.73", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Box Premium Ayam Bakar Madu", "kotak", 40000, 2000, 2),
        ("snack-box", "Paket Coffee Break 2 Kue + Teh/Kopi", "pax", 20000, 2000, 1)]),

    ("FS1", "Sanggar Tapis Ragom Gawi", "kecil", "18.71", "", True, "fesyen", [
        ("tapis", "Kain Tapis Lampung Motif Pucuk Rebung", "lembar", 1250000, 20, 21),
        ("selendang-tapis", "Selendang Tapis Sulam Benang Emas", "lembar", 350000, 60, 14)]),
    ("FS2", "Tapis Jung Sarat Tubaba", "mikro", "18.12", "", True, "fesyen", [
        ("tapis", "Tapis Jung Sarat Benang Emas Asli", "lembar", 2500000, 6, 30)]),
    ("FS3", "Batik Lampung Sekar Siger", "kecil", "18.71", "batikmark", True, "fesyen", [
        ("batik-tulis", "Kain Batik Tulis Motif Siger 2 m", "lembar", 650000, 40, 21),
        ("batik-cap", "Kain Batik Cap Motif Sembagi 2 m", "lembar", 175000, 300, 10),
        ("kemeja-batik", "Kemeja Batik Lampung Lengan Panjang Pria", "pcs", 185000, 300, 14)]),
    ("FS4", "Konveksi Seragam Mandiri Metro", "kecil", "18.72", "", True, "fesyen", [
        ("kemeja-pdh", "Kemeja PDH Khaki Lengan Panjang + Bordir", "pcs", 165000, 600, 21),
        ("polo", "Kaos Polo Berkerah Bordir Logo Instansi", "pcs", 85000, 1500, 14)]),
    ("FS5", "Konveksi Rizky Karawang", "menengah", "32.15", "", True, "fesyen", [
        ("kaos", "Kaos Oblong Cotton Combed 30s Sablon", "pcs", 45000, 5000, 10),
        ("topi", "Topi Rimba Bordir Logo", "pcs", 35000, 2000, 10)]),
    ("FS6", "Tas Seminar Dinar Tangerang", "mikro", "36.71", "", True, "fesyen", [
        ("tas-seminar", "Tas Seminar Bahan Dinier Resleting Sablon Logo", "pcs", 40000, 1500, 10),
        ("goodie-bag", "Goodie Bag Spunbond 35x40 Sablon", "pcs", 6000, 5000, 7)]),
    ("FS7", "Sepatu Kulit Ciomas Bogor", "mikro", "32.01", "", True, "fesyen", [
        ("sepatu-pantofel", "Sepatu Pantofel Kulit Sapi Asli Pria", "pasang", 325000, 200, 14)]),

    ("KR1", "Anyaman Pandan Sri Mulyo", "mikro", "18.07", "", True, "kerajinan", [
        ("tikar-pandan", "Tikar Pandan Anyam 2x3 m", "lembar", 150000, 80, 10),
        ("tas-pandan", "Tas Anyaman Pandan Motif Tapis", "pcs", 65000, 300, 7)]),
    ("KR2", "Kerajinan Bambu Abung", "mikro", "18.03", "", True, "kerajinan", [
        ("besek", "Besek Bambu 20x20 (isi 10)", "ikat", 25000, 2000, 5),
        ("tampah", "Tampah Bambu Diameter 50 cm", "pcs", 20000, 600, 5)]),
    ("KR3", "Gerabah Plered Sinar", "kecil", "32.14", "", True, "kerajinan", [
        ("pot-gerabah", "Pot Gerabah Tanah Liat Diameter 30", "pcs", 45000, 1000, 7),
        ("guci", "Guci Hias Keramik Tinggi 60 cm", "pcs", 350000, 60, 14)]),
    ("KR4", "Souvenir Siger Bandar Lampung", "mikro", "18.71", "", True, "kerajinan", [
        ("miniatur-siger", "Miniatur Siger Lampung Kuningan Tinggi 15 cm", "pcs", 175000, 200, 10),
        ("gantungan-akrilik", "Gantungan Kunci Akrilik Custom Logo", "pcs", 5000, 5000, 7)]),
    ("KR5", "Ukir Kayu Mitra Jepara", "kecil", "33.20", "svlk", True, "kerajinan", [
        ("plakat-kayu", "Plakat Kayu Jati Ukir Nama + Logo", "pcs", 250000, 200, 14)]),
    ("KR6", "Rotan Parsel Menggala", "mikro", "18.05", "", True, "kerajinan", [
        ("keranjang-parsel", "Keranjang Parsel Rotan Oval Sedang", "pcs", 40000, 800, 7)]),

    ("PH1", "Perak Bakung Teluk", "mikro", "18.71", "", True, "perhiasan", [
        ("bros-perak", "Bros Perak 925 Motif Siger", "pcs", 275000, 100, 14),
        ("cincin-perak", "Cincin Perak Ukir Tapis", "pcs", 225000, 100, 14)]),
    ("PH2", "Mutiara Pesawaran Indah", "mikro", "18.09", "", True, "perhiasan", [
        ("kalung-mutiara", "Kalung Mutiara Air Laut Asli Pesawaran", "pcs", 850000, 40, 14),
        ("gelang-mutiara", "Gelang Mutiara Lombok Air Tawar", "pcs", 120000, 200, 7)]),
    ("PH3", "Aksesoris Hijab Cimone", "mikro", "36.71", "", True, "perhiasan", [
        ("bros-imitasi", "Bros Hijab Mutiara Imitasi", "pcs", 15000, 3000, 5),
        ("pin-logo", "Pin Kerah Logo Pemda Kuningan Lapis Emas", "pcs", 35000, 2000, 10)]),

    ("FN1", "Mebel Rotan Tegalwangi", "kecil", "32.09", "svlk", True, "furnitur", [
        ("kursi-rotan", "Kursi Rotan Teras Sandaran Tinggi", "pcs", 750000, 100, 14),
        ("meja-rotan", "Meja Tamu Rotan Kaca Oval", "pcs", 900000, 60, 14)]),
    ("FN2", "Mebel Jati Mandiri Metro", "kecil", "18.72", "svlk", True, "furnitur", [
        ("meja-kerja", "Meja Kerja Kayu Jati 1/2 Biro 120x60", "unit", 2250000, 40, 21),
        ("lemari-arsip", "Lemari Arsip Kayu 2 Pintu Kaca", "unit", 3200000, 20, 21)]),
    ("FN3", "UD Mebel Sekolah Unit Dua", "mikro", "18.05", "", True, "furnitur", [
        ("mebel-siswa", "Meja Kursi Siswa SD 1 Set Kayu Mahoni", "set", 850000, 150, 21),
        ("papan-tulis", "Papan Tulis Whiteboard Kayu 120x240", "unit", 1100000, 40, 14)]),
    ("FN4", "Mebel Besi Kotabumi", "kecil", "18.03", "sni", True, "furnitur", [
        ("rak-besi", "Rak Besi Siku Lubang 5 Susun", "unit", 650000, 200, 7),
        ("loker", "Lemari Loker Besi 12 Pintu", "unit", 2850000, 40, 14)]),
    ("FN5", "PT Furnitur Kantor Raya", "besar", "36.03", "sni;iso-9001", True, "furnitur", [
        ("kursi-kantor", "Kursi Kantor Putar Hidrolik", "unit", 650000, 2000, 7)]),
    ("FN6", "Kursi Kantor Karya Cibodas", "mikro", "36.71", "", True, "furnitur", [
        ("kursi-kantor", "Kursi Kerja Putar Jaring Sandaran Tinggi", "unit", 850000, 150, 10)]),

    ("HB1", "Jamu Mbak Yuni Metro", "mikro", "18.72", "pirt", True, "herbal", [
        ("jamu-kunyit-asam", "Jamu Kunyit Asam Segar Botol 250 ml", "btl", 8000, 1500, 1),
        ("beras-kencur", "Beras Kencur Segar Botol 250 ml", "btl", 8000, 1000, 1)]),
    ("HB2", "Madu Hutan Way Kanan", "mikro", "18.08", "", True, "herbal", [
        ("madu-hutan", "Madu Hutan Liar Way Kanan 500 gr", "btl", 120000, 300, 5),
        ("madu-klanceng", "Madu Klanceng Trigona Asli 250 gr", "btl", 150000, 80, 5)]),
    ("HB3", "Kelor Sehat Lampung Timur", "kecil", "18.07", "pirt;bpom", True, "herbal", [
        ("teh-kelor", "Teh Daun Kelor Celup isi 20", "box", 25000, 2000, 4),
        ("kapsul-kelor", "Kapsul Daun Kelor 60 Kapsul", "botol", 55000, 1000, 5)]),
    ("HB4", "Rempah Sehat Pringsewu", "mikro", "18.10", "", True, "herbal", [
        ("minyak-urut", "Minyak Urut Sereh Jahe 60 ml", "btl", 20000, 800, 4),
        ("minyak-kayu-putih", "Minyak Kayu Putih Asli 100 ml", "btl", 35000, 600, 4)]),
    ("HB5", "Toga Lebak Baduy Sehat", "mikro", "36.02", "bpom", True, "herbal", [
        ("serbuk-temulawak", "Serbuk Temulawak Herbal 100 gr", "bks", 30000, 800, 5),
        ("jahe-bubuk-herbal", "Jahe Merah Bubuk Herbal 100 gr", "bks", 30000, 800, 5)]),

    ("KS1", "Sabun Sereh Pringsewu", "mikro", "18.10", "bpom", True, "kosmetik", [
        ("sabun-batang", "Sabun Mandi Batang Sereh Wangi 100 gr", "pcs", 15000, 2000, 5),
        ("sabun-cuci-tangan", "Sabun Cuci Tangan Cair 500 ml", "btl", 25000, 1500, 4)]),
    ("KS2", "Lilin Aroma Kaujon", "mikro", "36.73", "", True, "kosmetik", [
        ("lilin-aroma", "Lilin Aromaterapi Gelas Lavender 100 gr", "pcs", 45000, 500, 7)]),
    ("KS3", "VCO Kelapa Kalianda", "kecil", "18.01", "bpom;halal", True, "kosmetik", [
        ("vco", "Virgin Coconut Oil Murni 250 ml", "btl", 45000, 1000, 4),
        ("minyak-kemiri", "Minyak Kemiri Penumbuh Rambut 100 ml", "btl", 35000, 600, 4)]),
    ("KS4", "Koperasi Kosmetik Halal Tigaraksa", "koperasi", "36.03", "bpom;halal", True, "kosmetik", [
        ("hand-sanitizer", "Hand Sanitizer Gel 500 ml Pump", "btl", 35000, 3000, 3),
        ("lulur", "Lulur Mandi Bengkoang 200 gr", "pot", 30000, 800, 4)]),

    ("LG1", "Pandai Besi Sidorejo", "mikro", "18.07", "", True, "logam", [
        ("cangkul", "Cangkul Baja Tempa Gagang Kayu", "pcs", 95000, 400, 7),
        ("arit", "Arit Rumput Baja Per", "pcs", 55000, 500, 5),
        ("golok", "Golok Kebun Baja Per 40 cm", "pcs", 85000, 400, 5)]),
    ("LG2", "Golok Ciomas Pusaka", "mikro", "36.04", "", True, "logam", [
        ("golok-ciomas", "Golok Ciomas Asli Sarung Kayu", "pcs", 450000, 60, 14)]),
    ("LG3", "Bengkel Las Teralis Menggala", "mikro", "18.05", "", True, "logam", [
        ("teralis", "Teralis Jendela Besi Hollow per m2", "m2", 450000, 200, 10),
        ("pagar-besi", "Pagar Besi Minimalis per meter", "m", 650000, 150, 14)]),
    ("LG4", "Alat Sawit Mesuji Tani", "mikro", "18.11", "", True, "logam", [
        ("dodos", "Dodos Sawit Baja Lebar 14 cm", "pcs", 120000, 300, 5),
        ("egrek", "Egrek Sawit Baja Per Melengkung", "pcs", 150000, 300, 5)]),

    ("CT1", "CV Mitra Grafika Bandar Lampung", "kecil", "18.71", "", True, "percetakan", [
        ("spanduk", "Cetak Spanduk Flexi 280 gr per m2", "m2", 25000, 5000, 2),
        ("kop-surat", "Cetak Kertas Kop Surat HVS 80 gr (rim)", "rim", 350000, 200, 5),
        ("map-logo", "Map Folder Logo Instansi Art Carton 260", "pcs", 4500, 10000, 7)]),
    ("CT2", "Sablon & Digital Print Metro", "mikro", "18.72", "", True, "percetakan", [
        ("stiker", "Stiker Vinyl Cutting Logo", "lembar", 15000, 3000, 3),
        ("kalender", "Kalender Dinding 6 Lembar Custom 2027", "pcs", 25000, 3000, 14)]),
    ("CT3", "Toko ATK Sinar Kotabumi", "kecil", "18.03", "", True, "percetakan", [
        ("hvs-a4", "Kertas HVS A4 70 gram (1 rim)", "rim", 52000, 2000, 2),
        ("buku-tulis", "Buku Tulis 38 Lembar (pak isi 10)", "pak", 35000, 2000, 2),
        ("pulpen", "Pulpen Ballpoint Hitam (box isi 12)", "box", 25000, 2000, 2)]),
    ("CT4", "Percetakan Al-Ikhlas Kota Serang", "mikro", "36.73", "", True, "percetakan", [
        ("buku-yasin", "Buku Yasin dan Tahlil Hard Cover 176 hal", "pcs", 22000, 3000, 14)]),
    ("CT5", "Kemasan Dus Pasar Kemis", "mikro", "36.03", "", True, "percetakan", [
        ("dus-nasi", "Dus Nasi Kotak Laminasi 20x20", "pcs", 1500, 20000, 5),
        ("paper-bag", "Paper Bag Kraft Sablon Logo 25x35", "pcs", 5500, 10000, 7)]),

    ("PT1", "Penangkar Bibit Sawit Mesuji", "kecil", "18.11", "sni", True, "pertanian", [
        ("bibit-sawit", "Bibit Kelapa Sawit DxP Siap Tanam 12 bulan", "batang", 45000, 5000, 7)]),
    ("PT2", "Kebun Bibit Durian Ulubelu", "mikro", "18.06", "", True, "pertanian", [
        ("bibit-durian", "Bibit Durian Musang King Okulasi 60 cm", "batang", 35000, 1000, 5),
        ("bibit-alpukat", "Bibit Alpukat Siger Sambung Pucuk", "batang", 30000, 800, 5)]),
    ("PT3", "Koperasi Tani Makmur Kotabumi", "koperasi", "18.03", "", True, "pertanian", [
        ("pupuk-kompos", "Pupuk Kompos Organik Karung 40 kg", "karung", 45000, 3000, 5),
        ("poc", "Pupuk Organik Cair (POC) 1 liter", "liter", 35000, 2000, 5)]),
    ("PT4", "Pakan Ikan Mandiri Tuba", "mikro", "18.05", "", True, "pertanian", [
        ("pakan-ikan", "Pelet Ikan Apung Protein 30% karung 30 kg", "karung", 320000, 300, 5),
        ("pakan-ayam", "Pakan Ayam Kampung Fermentasi 25 kg", "karung", 240000, 200, 5)]),
    ("PT5", "Pembenihan Lele Metro Jaya", "mikro", "18.72", "", True, "pertanian", [
        ("benih-lele", "Bibit Ikan Lele Sangkuriang 5-7 cm", "ekor", 250, 100000, 3),
        ("benih-nila", "Benih Ikan Nila Merah 3-5 cm", "ekor", 300, 60000, 3)]),
    ("PT6", "Koperasi Penangkar Benih Sukadana", "koperasi", "18.07", "sni", True, "pertanian", [
        ("benih-padi", "Benih Padi Inpari 32 Label Biru 5 kg", "sak", 65000, 4000, 7),
        ("benih-jagung", "Benih Jagung Hibrida 1 kg", "kg", 95000, 2000, 7)]),
    ("PT7", "Ikan Hias Pringsewu Koi Farm", "mikro", "18.10", "", True, "pertanian", [
        ("ikan-koki", "Ikan Koki Oranda 5 cm", "ekor", 15000, 2000, 3),
        ("cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 25000, 1000, 3)]),
    ("PT8", "Florist Tanaman Hias Rajabasa", "mikro", "18.71", "", False, "pertanian", [
        ("lidah-mertua", "Tanaman Lidah Mertua Pot 20 cm", "pot", 35000, 500, 3)]),

    ("LN1", "Sapu Ijuk Way Jepara", "mikro", "18.07", "", True, "lainnya", [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 2000, 5),
        ("sapu-lidi", "Sapu Lidi Kelapa Gagang", "pcs", 15000, 2000, 5)]),
    ("LN2", "Sabut Kelapa Ganjar Agung", "mikro", "18.72", "", True, "lainnya", [
        ("keset-sabut", "Keset Sabut Kelapa 40x60", "pcs", 35000, 600, 5),
        ("pel", "Kain Pel Katun Gagang Aluminium", "pcs", 45000, 500, 5)]),
    ("LN3", "Koperasi Bersih Sejahtera Karawaci", "koperasi", "36.71", "", True, "lainnya", [
        ("pembersih-lantai", "Cairan Pembersih Lantai Wangi 1 Liter", "btl", 15000, 5000, 3),
        ("sabun-cuci-piring", "Sabun Cuci Piring Jeruk Nipis 800 ml", "btl", 14000, 5000, 3)]),
    ("LN4", "Sandal Hotel Spon Neglasari", "mikro", "36.71", "", True, "lainnya", [
        ("sandal-hotel", "Sandal Hotel Spon Putih Bordir Logo", "pasang", 6000, 5000, 7)]),
    ("LN5", "Koperasi Sembako Menggala", "koperasi", "18.05", "", True, "lainnya", [
        ("paket-sembako", "Paket Sembako Beras 5 kg + Minyak 2 L + Gula 1 kg", "paket", 150000, 2000, 5)]),
]

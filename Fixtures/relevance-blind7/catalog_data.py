"""Hand-written suppliers and products of relevance-blind7 (fictional).

Each supplier: (key, name, scale, region, certificates, active, products); the key's first letter is the
category. Each product: (kind, name as the maker writes it, unit, price, capacity_per_month, lead_time_days
[, product certificates]). The kind is the labeller's tag and never reaches the CSVs.
"""

CATEGORY = {
    "M": "makanan", "N": "minuman", "B": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
    "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
    "X": "lainnya",
}

# Made and delivered within the month; also the labelling rule on nearness (same kabupaten/kota first).
PERISHABLE = {
    "nasi-kotak", "snack-box", "prasmanan", "tumpeng", "kue-tampah", "coffee-break",
    "susu-pasteur", "yogurt", "kopi-aren", "kunyit-asam", "beras-kencur", "telur-kampung",
}

SUPPLIERS = [
    # ---- makanan
    ("M1", "Dapur Bu Ani Way Halim", "mikro", "18.71", "pirt;halal", True, [
        ("kemplang", "Kemplang Panggang Bu Ani", "bungkus", 18000, 1500, 3),
        ("keripik-pisang", "Kripik Pisang Coklat Lumer 250gr", "pack", 20000, 2000, 3),
    ]),
    ("M2", "Toko Kue Ci Meiling", "kecil", "18.71", "pirt", True, [
        ("lapis-legit", "Lapis Legit Pandan", "loyang", 350000, 120, 5),
        ("engkak", "Engkak Ketan Khas Lampung", "loyang", 180000, 150, 4),
    ]),
    ("M3", "Olahan Ikan Mbak Sari Pontang", "mikro", "36.04", "pirt-expired", True, [
        ("otak-otak", "Otak2 Tenggiri Frozen isi 50", "pack", 45000, 600, 2),
        ("sate-bandeng", "Sate Bandeng Bumbu Kuning", "ekor", 55000, 400, 2),
    ]),
    ("M4", "Emping Hj. Rohmah", "mikro", "36.01", "pirt", True, [
        ("emping", "Emping Tipis Hj Rohmah (1 kg)", "kg", 95000, 600, 4),
        ("emping", "Emping Balado Manis Pedas", "kg", 90000, 400, 4),
    ]),
    ("M5", "Sambel Ceu Edah", "kecil", "32.01", "pirt;halal", True, [
        ("sambal-bawang", "Sambel Bawang Ceu Edah 150gr", "botol", 25000, 3000, 3),
        ("sambal-cumi", "Cumi Asin Cabe Ijo Ceu Edah", "botol", 38000, 1500, 3),
    ]),
    ("M6", "UD Abon Pak Harun", "kecil", "18.72", "pirt;halal", True, [
        ("abon-ikan", "Abon Tuna Pedas 100 gr", "pack", 32000, 1200, 3),
        ("dendeng-sapi", "Dendeng Balado Pak Harun", "pack", 75000, 500, 4),
    ]),
    ("M7", "Kerupuk Sari Laut Mauk", "kecil", "36.03", "pirt", True, [
        ("kerupuk-kulit", "Krupuk Kulit Ikan Asli Mauk 250 gr", "pack", 30000, 1500, 3),
        ("kerupuk-udang", "Kerupuk Udang Mentah 1 Kg", "kg", 70000, 800, 3),
    ]),
    ("M8", "Koperasi Susu Giri Tani (olahan)", "koperasi", "32.01", "pirt;halal", True, [
        ("dodol-susu", "Dodol Susu Sapi Cisarua", "pack", 20000, 2000, 3),
        ("karamel-susu", "Karamel Susu isi 20 (Milk Caramel)", "pack", 18000, 1500, 3),
    ]),
    # ---- minuman
    ("N1", "Kopi Tanggamus Lestari", "mikro", "18.06", "pirt;halal", True, [
        ("kopi-robusta", "Robusta Tanggamus Giling Halus 250g", "pack", 42000, 2000, 3),
        ("green-bean", "Green Bean Robusta Grade 1 (biji mentah)", "kg", 65000, 1500, 5),
        ("kopi-luwak", "Kopi Luwak Liar 100gr", "pack", 180000, 100, 5),
    ]),
    ("N2", "Rumah Kakao Pringsewu", "kecil", "18.10", "pirt", True, [
        ("cokelat-bubuk", "Bubuk Kakao Murni 200 gr", "pack", 38000, 1000, 4),
        ("cokelat-sachet", "Choco Drink Sachet isi 10", "box", 30000, 1200, 4),
    ]),
    ("N3", "Koperasi Susu Giri Tani", "koperasi", "32.01", "pirt;halal", True, [
        ("susu-pasteur", "Susu Pasteurisasi Stroberi 200ml", "botol", 6000, 5000, 1),
        ("yogurt", "Yogurt Drink Botol 250 ml", "botol", 9000, 3000, 1),
    ]),
    ("N4", "KUB Aren Cibeber", "mikro", "36.02", "pirt", True, [
        ("jahe-instan", "Jahe Merah Instan 250 gr", "pack", 25000, 1500, 3),
        ("kopi-aren", "Kopsu Aren Literan 1L", "botol", 85000, 300, 1),
        ("gula-semut", "Gula Semut Aren Organik 500g", "pack", 30000, 2000, 3),
    ]),
    ("N5", "CV Tirta Pandeglang", "menengah", "36.01", "sni;bpom;halal", True, [
        ("amdk-gelas", "Air Mineral Cup 220 ml (dus isi 48)", "dus", 22000, 20000, 2),
        ("amdk-botol", "AMDK Botol 600ml isi 24", "dus", 45000, 10000, 2),
    ]),
    ("N6", "PT Kopi Nusantara Raya", "besar", "36.74", "halal;iso-9001", True, [
        ("kopi-robusta", "Kopi Bubuk Robusta 250 gr", "pack", 30000, 50000, 2),
    ]),
    # ---- jasa-boga
    ("B1", "Catering Umi Salamah", "mikro", "36.01", "halal", True, [
        ("nasi-kotak", "Nasi Box Ayam Bakar + Lalab", "box", 30000, 1500, 2),
        ("snack-box", "Snack Box isi 3 Kue + Air Mineral", "box", 12000, 2000, 2),
    ]),
    ("B2", "Dapur Ibu Ratna", "kecil", "36.73", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Rames", "kotak", 27000, 3000, 2),
        ("prasmanan", "Prasmanan Menu Sunda (min. 100 pax)", "pax", 55000, 2000, 3),
        ("tumpeng", "Tumpeng Nasi Kuning 20 org", "buah", 750000, 30, 2),
    ]),
    ("B3", "Dapur Seruit Mak Yun", "mikro", "18.07", "", True, [
        ("nasi-kotak", "Pindang Patin + Nasi + Lalapan", "box", 28000, 800, 2),
        ("kue-tampah", "Kue Basah Tampah isi 50", "tampah", 150000, 100, 2),
    ]),
    ("B4", "Katering Berkah Karawang", "kecil", "32.15", "halal", True, [
        ("nasi-kotak", "Nasi Box Paket Hemat", "box", 22000, 4000, 2),
        ("coffee-break", "Coffee Break (2 snack + kopi/teh)", "pax", 18000, 3000, 2),
    ]),
    ("B5", "Kue Basah Ibu Tati", "mikro", "36.71", "", True, [
        ("snack-box", "Kue Kotak (Risol, Lemper, Bolu)", "kotak", 11000, 2500, 1),
    ]),
    ("B6", "Jakarta Sehat Catering", "kecil", "31.74", "halal", True, [
        ("nasi-kotak", "Healthy Lunch Box Menu Harian", "box", 45000, 3000, 2),
        ("snack-box", "Snack Box Premium 4 item", "box", 20000, 2000, 2),
    ]),
    ("B7", "Catering Mutiara Metro", "kecil", "18.72", "halal", False, [
        ("nasi-kotak", "Nasi Kotak Ayam Goreng", "kotak", 20000, 2000, 2),
    ]),
    # ---- fesyen
    ("F1", "Tapis Cahaya Lampung", "kecil", "18.71", "", True, [
        ("kain-tapis", "Tapis Tumpal Benang Emas (kain)", "lembar", 1250000, 20, 20),
        ("selendang-tapis", "Selendang Tapis Motif Siger", "lembar", 350000, 60, 10),
    ]),
    ("F2", "Rumah Batik Bantenan Sri", "kecil", "36.73", "batikmark", True, [
        ("batik-tulis", "Batik Tulis Bantenan Motif Datulaya", "lembar", 850000, 30, 14),
        ("batik-cap", "Batik Cap Bantenan 2 m", "lembar", 175000, 400, 7),
        ("kemeja-batik", "Kemeja Batik Pria Lengan Panjang", "pcs", 230000, 300, 10),
    ]),
    ("F3", "Konveksi Jaya Seragam Cikarang", "kecil", "32.16", "", True, [
        ("kemeja-pdh", "Kemeja PDH Drill Custom Bordir", "pcs", 145000, 1500, 21),
        ("kaos-polo", "Kaos Polo Kerah Bordir Logo", "pcs", 75000, 3000, 14),
        ("rompi", "Rompi Lapangan Drill", "pcs", 120000, 800, 14),
    ]),
    ("F4", "Metro Sablon Kreatif", "mikro", "18.72", "", True, [
        ("kaos-sablon", "Kaos Sablon Cotton Combed 30s", "pcs", 55000, 2000, 10),
        ("totebag", "Totebag Kanvas Sablon", "pcs", 25000, 3000, 7),
    ]),
    ("F5", "Sentra Sepatu Ciomas Mandiri", "mikro", "32.01", "", True, [
        ("sepatu-pantofel", "Pantofel Pria Kulit Sapi Asli", "pasang", 275000, 300, 14),
        ("sandal-kulit", "Sendal Kulit Pria Model Slop", "pasang", 120000, 400, 10),
    ]),
    ("F6", "Mukena Bordir Ayu Pasar Kemis", "kecil", "36.03", "", True, [
        ("mukena", "Mukena Katun Rayon Bordir Dewasa", "pcs", 135000, 500, 10),
        ("sarung", "Sarung Tenun Motif Kotak", "pcs", 95000, 600, 10),
        ("peci", "Peci Hitam Polos Beludru", "pcs", 35000, 2000, 7),
    ]),
    ("F7", "Kulit Rudi Bogor", "mikro", "32.71", "", True, [
        ("dompet-kulit", "Dompet Kulit Sapi Asli Pria", "pcs", 110000, 300, 7),
        ("ikat-pinggang", "Ikat Pinggang Kulit Gesper Rel", "pcs", 95000, 400, 7),
    ]),
    ("F8", "PT Garmen Nusantara", "besar", "36.71", "iso-9001", True, [
        ("kemeja-pdh", "Kemeja PDH Seragam Dinas", "pcs", 99000, 20000, 14),
    ]),
    # ---- kerajinan
    ("K1", "Anyaman Pandan Ibu Enah", "mikro", "36.02", "", True, [
        ("tikar-pandan", "Tikar Pandan Warna 2x3 m", "lembar", 120000, 100, 7),
        ("tas-pandan", "Tas Pandan Anyam Tali Kulit", "pcs", 65000, 300, 7),
        ("kotak-tisu-pandan", "Kotak Tisu Pandan", "pcs", 30000, 400, 5),
    ]),
    ("K2", "Koperasi Gerabah Bumijaya", "koperasi", "36.04", "", True, [
        ("kendi", "Kendi Tanah Liat", "pcs", 25000, 500, 7),
        ("pot-gerabah", "Pot Gerabah Diameter 30", "pcs", 35000, 600, 7),
        ("celengan", "Celengan Gerabah Karakter", "pcs", 15000, 1000, 7),
    ]),
    ("K3", "Anyaman Bambu Pak Odih", "mikro", "32.01", "", True, [
        ("besek", "Besek 20x20 (isi 10)", "ikat", 20000, 3000, 5),
        ("tampah-bambu", "Tampah Bambu dia. 40", "pcs", 15000, 1000, 5),
        ("kap-lampu", "Kap Lampu Bambu", "pcs", 85000, 100, 10),
    ]),
    ("K4", "Siger Souvenir Lampung", "kecil", "18.71", "", True, [
        ("miniatur-nuwo", "Miniatur Nuwo Sesat", "pcs", 250000, 50, 14),
        ("gantungan-siger", "Gantungan Kunci Siger Akrilik", "pcs", 5000, 5000, 5),
    ]),
    ("K5", "Mainan Kayu Bunda Pamulang", "mikro", "36.74", "", True, [
        ("puzzle-hijaiyah", "Puzzle Hijaiyah Kayu", "set", 45000, 500, 7),
        ("balok-susun", "Balok Susun Kayu 100 pcs", "set", 120000, 200, 7),
    ]),
    # ---- perhiasan
    ("P1", "Silver Kriya Bogor", "mikro", "32.71", "", True, [
        ("cincin-perak", "Cincin Perak 925 Batu Akik", "pcs", 250000, 100, 10),
        ("liontin-perak", "Liontin Perak Kaligrafi", "pcs", 300000, 80, 10),
    ]),
    ("P2", "Mutiara Teluk Pesawaran", "kecil", "18.09", "", True, [
        ("kalung-mutiara", "Kalung Mutiara Air Laut", "pcs", 750000, 50, 10),
        ("anting-mutiara", "Anting Mutiara Tusuk", "pasang", 175000, 200, 7),
        ("bros-mutiara", "Bros Mutiara Jilbab", "pcs", 85000, 300, 7),
    ]),
    ("P3", "Manik Wastra Ujung Kulon", "mikro", "36.01", "", True, [
        ("gelang-manik", "Gelang Manik Motif Badak", "pcs", 15000, 2000, 5),
        ("kalung-manik", "Kalung Etnik Manik Kayu", "pcs", 30000, 1000, 5),
    ]),
    # ---- furnitur
    ("U1", "Rotan Jaya Tegalwangi", "kecil", "32.09", "svlk", True, [
        ("kursi-rotan-set", "Set Teras Rotan Sintetis (2 kursi + 1 meja)", "set", 2200000, 30, 21),
        ("kursi-malas", "Kursi Malas Rotan", "pcs", 1400000, 40, 21),
    ]),
    ("U2", "Meubel Jati Pak Darto", "mikro", "36.02", "svlk", True, [
        ("meja-kerja-jati", "Meja Kerja Jati 120x60", "unit", 2600000, 20, 25),
        ("lemari-arsip", "Lemari Arsip Jati 2 Pintu", "unit", 3200000, 10, 30),
        ("rak-buku", "Rak Buku 5 Susun Kayu Mahoni", "unit", 850000, 40, 14),
    ]),
    ("U3", "Furnitur Sekolah Karya Guna", "kecil", "18.72", "", True, [
        ("meja-kursi-siswa", "Meja Kursi Siswa SD (1 set)", "set", 650000, 300, 20),
        ("lemari-kelas", "Lemari Buku Kelas Pintu Kaca", "unit", 1500000, 60, 20),
    ]),
    ("U4", "PT Indo Furnitur Utama", "besar", "32.16", "iso-9001", True, [
        ("kursi-kantor", "Kursi Kantor Putar Hidrolik", "unit", 700000, 2000, 7),
        ("meja-kerja", "Meja Kerja Kantor 1/2 Biro", "unit", 1200000, 1000, 7),
    ]),
    # ---- herbal
    ("H1", "Jamu Gendong Mbok Sri", "mikro", "18.72", "", True, [
        ("kunyit-asam", "Kunir Asem Botol 250ml", "botol", 8000, 1500, 1),
        ("beras-kencur", "Beras Kencur Segar 250 ml", "botol", 8000, 1500, 1),
    ]),
    ("H2", "Herbal Rimpang Lebak", "kecil", "36.02", "pirt", True, [
        ("temulawak", "Temulawak Instan 200g", "pack", 22000, 2000, 4),
        ("wedang-jahe", "Wedang Jahe Serai Celup", "box", 18000, 1500, 4),
        ("kapsul-kelor", "Kapsul Daun Kelor isi 60", "botol", 45000, 800, 5, "bpom"),
    ]),
    ("H3", "Madu Hutan Way Kanan", "mikro", "18.08", "pirt", True, [
        ("madu-hutan", "Madu Hutan Liar 500 gr", "botol", 120000, 300, 5),
        ("bee-pollen", "Bee Pollen 100g", "botol", 90000, 100, 5),
    ]),
    ("H4", "Kebun Herbal Cigombong", "kecil", "32.01", "bpom", True, [
        ("minyak-sereh", "Minyak Sereh Wangi Roll On 30 ml", "botol", 25000, 1000, 4),
        ("teh-sirsak", "Teh Daun Sirsak Kering", "pack", 28000, 600, 4),
    ]),
    # ---- kosmetik
    ("S1", "Sabun Wangi Alami Ciputat", "mikro", "36.74", "", True, [
        ("sabun-kopi", "Sabun Kopi Scrub 100gr", "pcs", 18000, 1500, 5),
        ("lilin-aroma", "Lilin Aromaterapi Lavender Kaleng", "pcs", 45000, 500, 5),
    ]),
    ("S2", "CV Berkah Bersih Karawang", "kecil", "32.15", "sni", True, [
        ("hand-soap", "Hand Soap Refill 5 Liter Aroma Lemon", "jerigen", 85000, 800, 3),
        ("shampo-lidah-buaya", "Shampo Lidah Buaya 250ml", "botol", 22000, 2000, 3),
    ]),
    ("S3", "Lulur Tradisional Sekar", "mikro", "36.71", "bpom", True, [
        ("lulur", "Lulur Mandi Bengkoang 200gr", "pot", 30000, 800, 4),
        ("masker-beras", "Masker Wajah Beras", "pot", 25000, 600, 4),
    ]),
    ("S4", "Minyak Kemiri Bu Nyai", "mikro", "18.06", "", True, [
        ("minyak-kemiri", "Minyak Kemiri Penumbuh Rambut 100ml", "botol", 30000, 500, 4),
    ]),
    # ---- logam
    ("L1", "Bengkel Golok Ki Ahmad", "mikro", "36.04", "", True, [
        ("golok-sulangkar", "Golok Sulangkar", "pcs", 450000, 40, 14),
        ("bedog", "Bedog Kebon Gagang Kayu", "pcs", 120000, 200, 7),
        ("arit", "Arit Rumput Baja Per", "pcs", 45000, 500, 5),
    ]),
    ("L2", "Pande Besi Gisting", "mikro", "18.06", "", True, [
        ("cangkul", "Cangkul Baja 2 kg + Gagang", "pcs", 85000, 300, 7),
        ("parang", "Parang Babat", "pcs", 95000, 200, 7),
        ("linggis", "Linggis Besi 150 cm", "pcs", 75000, 150, 7),
    ]),
    ("L3", "Las & Teralis Sinar Jaya", "kecil", "36.71", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow (per m2)", "m2", 350000, 300, 10),
        ("pagar-besi", "Pagar Besi Minimalis per meter", "meter", 650000, 100, 14),
        ("rak-sepatu", "Rak Sepatu Besi 4 Susun", "pcs", 150000, 100, 7),
    ]),
    ("L4", "Alat Dapur Aluminium Pak Komar", "mikro", "32.15", "", True, [
        ("dandang", "Dandang Aluminium 40 cm", "pcs", 350000, 100, 7),
        ("panci-set", "Panci Aluminium Set 5 pcs", "set", 275000, 150, 7),
        ("wajan", "Wajan Besi Cor 30cm", "pcs", 120000, 200, 7),
    ]),
    # ---- percetakan
    ("C1", "Percetakan Sinar Pandeglang", "kecil", "36.01", "", True, [
        ("spanduk", "Cetak Spanduk Flexi 280gr per meter", "m2", 25000, 3000, 2),
        ("undangan", "Undangan Hardcover", "pcs", 8500, 5000, 5),
        ("kop-surat", "Kop Surat HVS 80 gr (rim)", "rim", 250000, 100, 5),
    ]),
    ("C2", "ATK Mitra Sekolah Tanjungkarang", "kecil", "18.71", "", True, [
        ("kertas-hvs", "Kertas HVS A4 70 gsm 1 rim", "rim", 52000, 2000, 2),
        ("map", "Map Snelhecter Plastik", "pcs", 2500, 20000, 2),
        ("buku-tulis", "Buku Tulis 38 Lembar isi 10", "pak", 35000, 1000, 2),
    ]),
    ("C3", "Kemasan Kreatif Tambun", "mikro", "32.16", "", True, [
        ("dus-nasi", "Dus Nasi 20x20 Laminasi", "pcs", 1200, 30000, 5),
        ("paper-bag", "Paper Bag Kraft Custom Logo", "pcs", 4500, 10000, 7),
        ("stiker-label", "Stiker Label Produk Vinyl", "lembar", 3500, 10000, 4),
    ]),
    ("C4", "Digital Print Metro Jaya", "mikro", "18.72", "", True, [
        ("x-banner", "X-Banner 60x160 + Stand", "pcs", 95000, 300, 2),
        ("kartu-nama", "Kartu Nama 1 box", "box", 40000, 500, 2),
        ("id-card", "ID Card PVC + Tali Lanyard", "pcs", 15000, 3000, 4),
    ]),
    ("C5", "Percetakan Kota Serang Grafika", "menengah", "36.73", "iso-9001", True, [
        ("cetak-buku", "Cetak Buku A5 Softcover 100 Hal", "eks", 28000, 5000, 14),
        ("kalender", "Kalender Dinding 2027", "pcs", 25000, 5000, 10),
        ("map-folder", "Map Folder Cetak Logo", "pcs", 6000, 5000, 7),
    ]),
    # ---- pertanian
    ("T1", "Nursery Hijau Daun Ciawi", "mikro", "32.01", "", True, [
        ("aglonema", "Aglonema Red Sumatra pot 15", "pot", 75000, 300, 5),
        ("bibit-durian", "Durian Musang King Okulasi 60cm", "batang", 65000, 500, 7),
        ("bibit-jahe", "Bibit Jahe Merah (rimpang) per kg", "kg", 30000, 500, 5),
        ("paket-toga", "Paket TOGA 10 jenis (polybag)", "paket", 150000, 100, 7),
    ]),
    ("T2", "Cupang & Koi Cipondoh", "mikro", "36.71", "", True, [
        ("cupang", "Cupang Halfmoon Jantan", "ekor", 35000, 300, 3),
        ("koi", "Koi Lokal Size 10-12 cm", "ekor", 25000, 1000, 3),
    ]),
    ("T3", "Pokdakan Mina Lestari Sukadana", "koperasi", "18.07", "", True, [
        ("benih-nila", "Benih Nila Gesit 5-7 cm", "ekor", 300, 100000, 5),
        ("benih-patin", "Benih Patin 2 inch", "ekor", 250, 80000, 5),
        ("pakan-apung", "Pelet Apung 30 kg", "sak", 320000, 200, 3),
    ]),
    ("T4", "Kelompok Tani Pringsewu Makmur", "koperasi", "18.10", "", True, [
        ("beras-pandan", "Beras Pandan Wangi 5 kg", "karung", 75000, 2000, 3),
        ("jagung-pipil", "Jagung Pipil Kering", "kg", 5500, 20000, 3),
        ("kompos", "Kompos Organik 25 kg", "sak", 30000, 3000, 3),
    ]),
    ("T5", "Peternak Ayam Kampung Rangkasbitung", "mikro", "36.02", "", True, [
        ("telur-kampung", "Telur Ayam Kampung isi 10", "pack", 30000, 400, 2),
        ("doc-ayam", "DOC Ayam Kampung Super", "ekor", 7500, 3000, 5),
    ]),
    # ---- lainnya
    ("X1", "Sapu & Keset Ijuk Pak Usin", "mikro", "36.04", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 2000, 3),
        ("keset-sabut", "Keset Sabut Kelapa 40x60", "pcs", 30000, 1000, 3),
        ("sikat-wc", "Sikat WC Ijuk", "pcs", 8000, 2000, 3),
    ]),
    ("X2", "Karbol Sejahtera Balaraja", "kecil", "36.03", "", True, [
        ("pembersih-lantai", "Pembersih Lantai Wangi Sereh 5 L", "jerigen", 60000, 500, 3),
        ("disinfektan", "Cairan Disinfektan 1 liter", "botol", 25000, 1000, 3),
        ("kain-pel", "Kain Pel Microfiber + Gagang", "set", 65000, 300, 3),
    ]),
    ("X3", "APE Karya Guru Pringsewu", "mikro", "18.10", "", True, [
        ("papan-pasak", "Papan Pasak Berhitung Kayu", "set", 65000, 200, 7),
        ("jam-belajar", "Jam Dinding Belajar Kayu", "pcs", 55000, 200, 7),
        ("boneka-tangan", "Boneka Tangan Karakter Hewan (isi 5)", "set", 75000, 150, 7),
    ]),
    ("X4", "Perlengkapan Ibadah Al-Ikhlas", "mikro", "36.73", "", True, [
        ("sajadah", "Sajadah Busa Motif Masjid", "pcs", 45000, 500, 5),
        ("tasbih", "Tasbih Kayu Kokka 33 butir", "pcs", 25000, 1000, 5),
        ("rehal", "Rehal Al-Qur'an Kayu Lipat", "pcs", 40000, 600, 5),
    ]),
    ("X5", "Sprei Rahayu Cibitung", "mikro", "32.16", "", True, [
        ("sprei", "Sprei Katun Jepang 160x200", "set", 165000, 200, 7),
        ("handuk", "Handuk Mandi Katun 70x140", "pcs", 45000, 1000, 5),
        ("gorden", "Gorden Blackout per meter", "meter", 75000, 500, 7),
    ]),
]

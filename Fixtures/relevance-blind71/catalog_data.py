"""Hand-written suppliers and products of relevance-blind71 (fictional).

SUPPLIERS: (key, name, scale, region, certificates, active, category, products)
product:   (kind, name as the seller writes it, unit, unit_price, capacity_per_month, lead_time_days)
Kinds are the labeller's tags; they never reach the CSVs.
"""

# Perishable kinds: made for the delivery day, so the month's capacity must cover the whole quantity and a
# producer nearby is wanted (same kabupaten/kota when any qualifies, else the same province).
PERISHABLE = {
    "nasi-kotak", "snack-box", "prasmanan", "tumpeng-besar", "tumpeng-mini", "coffee-break", "katering-harian",
    "buah-potong", "seruit", "nasi-liwet", "kue-basah", "roti", "jamu-kunyit-asam", "jamu-beras-kencur",
}

SUPPLIERS = [
    # ---------------- jasa-boga ----------------
    ("J1", "Catering Dapur Bu Eni", "mikro", "36.73", "halal;pirt", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar + Lalapan Sambal", "box", 32000, 3000, 2),
        ("snack-box", "Snack Box isi 3 kue basah + air mineral gelas", "box", 15000, 4000, 1),
        ("prasmanan", "Prasmanan Menu Sunda per pax (min. 100 pax)", "pax", 55000, 1500, 3),
    ]),
    ("J2", "RM & Catering Sari Rasa Pandeglang", "kecil", "36.01", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Box Ayam Goreng Serundeng", "box", 28000, 2000, 2),
        ("tumpeng-besar", "Nasi Tumpeng Kuning Komplit untuk 20 orang", "tumpeng", 650000, 40, 2),
        ("nasi-liwet", "Nasi Liwet Komplit Bakul (5 orang)", "bakul", 175000, 200, 1),
    ]),
    ("J3", "Katering Lebak Berkah", "mikro", "36.02", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Rendang Daging", "box", 30000, 300, 2),
        ("snack-box", "Kue Kotak isi 4 (lemper, risol, bolu, sus)", "kotak", 12000, 500, 1),
    ]),
    ("J4", "Raja Catering Tangerang", "menengah", "36.71", "halal;iso-9001", True, "jasa-boga", [
        ("nasi-kotak", "NASI BOX PREMIUM Ayam Bakar Madu - Catering Kantor", "box", 40000, 10000, 2),
        ("prasmanan", "Paket Buffet Prasmanan Menu Nusantara per orang", "pax", 68000, 3000, 4),
        ("coffee-break", "Coffee Break Meeting (2 snack + kopi/teh) per pax", "pax", 25000, 5000, 1),
        ("katering-harian", "Katering Harian Karyawan makan siang per porsi", "porsi", 22000, 20000, 3),
    ]),
    ("J5", "Dapur Mbak Yuli Snack & Kue", "mikro", "36.03", "pirt", True, "jasa-boga", [
        ("snack-box", "Snack Box Arisan / Rapat (risol, lemper, bolu pandan)", "box", 13000, 2500, 1),
        ("nasi-kotak", "Nasi Uduk Kotak Telur Balado", "box", 17000, 400, 1),
    ]),
    ("J6", "Catering Siger Rasa", "kecil", "18.71", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Ayam Pop + Sambal Lado", "box", 30000, 2500, 2),
        ("prasmanan", "Prasmanan Pesta / Acara Dinas per orang", "orang", 60000, 2000, 3),
        ("tumpeng-mini", "Tumpeng Mini Nasi Kuning (perorangan)", "pcs", 35000, 800, 2),
        ("seruit", "Paket Seruit Ikan Bakar Khas Lampung", "porsi", 45000, 600, 2),
    ]),
    ("J7", "Dapur Ibu Ratna Metro", "mikro", "18.72", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Bungkus / Nasi Kotak Lauk Telur Balado", "box", 18000, 600, 1),
        ("snack-box", "Snack Box Kue Tradisional isi 3", "box", 11000, 1000, 1),
    ]),
    ("J8", "Katering Pringsewu Barokah", "mikro", "18.10", "halal", True, "jasa-boga", [
        ("katering-harian", "Catering Harian Rantangan (makan siang)", "porsi", 20000, 3000, 2),
        ("nasi-kotak", "Nasi Box Ayam Goreng Lengkuas", "box", 25000, 1500, 2),
    ]),
    ("J9", "Bekasi Wedding & Event Catering", "kecil", "32.16", "halal", True, "jasa-boga", [
        ("prasmanan", "Paket Prasmanan Buffet per orang (pondokan, gubukan)", "pax", 65000, 3000, 4),
        ("coffee-break", "Paket Coffee Break Pagi/Sore", "pax", 22000, 3000, 1),
        ("buah-potong", "Buah Potong Cup (semangka, melon, pepaya, nanas)", "cup", 8000, 3000, 1),
    ]),
    ("J10", "Catering Karawang Sehat", "mikro", "32.15", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Menu Sehat Nasi Merah", "box", 35000, 800, 2),
        ("katering-harian", "Makan Siang Harian Pegawai (rantang) per porsi", "porsi", 20000, 1500, 2),
    ]),
    ("J11", "Bogor Snack Corner", "mikro", "32.01", "halal;pirt", True, "jasa-boga", [
        ("snack-box", "Snack Box Meeting Isi 3 + Air Mineral Cup", "box", 14000, 2000, 1),
        ("coffee-break", "Coffee Break Seminar (kue + teh manis/kopi)", "pax", 20000, 1500, 1),
    ]),
    ("J12", "Tumpeng & Nasi Kuning Bu Haji Cilegon", "mikro", "36.72", "halal", True, "jasa-boga", [
        ("tumpeng-besar", "Nasi Tumpeng Besar 30 orang (ayam ingkung)", "tumpeng", 900000, 20, 3),
        ("nasi-kotak", "Nasi Kuning Kotak Ayam Suwir", "box", 20000, 1000, 1),
    ]),
    ("J13", "Catering Mutiara Serang", "kecil", "36.73", "halal", False, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Ekonomis", "box", 20000, 5000, 1),
        ("coffee-break", "Coffee Break Ekonomis", "pax", 15000, 5000, 1),
    ]),
    ("J14", "PT Boga Prima Nusantara", "besar", "36.71", "halal;iso-9001", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Box Catering Industri", "box", 19000, 50000, 1),
        ("prasmanan", "Prasmanan Industri per pax", "pax", 40000, 50000, 2),
        ("tumpeng-besar", "Tumpeng Besar Syukuran", "tumpeng", 700000, 200, 2),
    ]),
    # ---------------- makanan ----------------
    ("M1", "Kemplang Tenggiri Bu Ros", "mikro", "18.71", "halal;pirt", True, "makanan", [
        ("kemplang", "Kemplang Panggang Ikan Tenggiri 250 gr", "bungkus", 25000, 800, 3),
        ("kemplang", "Kerupuk Kemplang Goreng Tenggiri 500gr", "bungkus", 40000, 500, 3),
    ]),
    ("M2", "Otak-Otak & Sate Bandeng Kang Ujang", "mikro", "36.04", "pirt", True, "makanan", [
        ("otak-otak", "Otak-Otak Ikan Tenggiri isi 10 (frozen)", "pack", 30000, 600, 2),
        ("sate-bandeng", "Sate Bandeng Khas Serang per ekor", "ekor", 45000, 400, 2),
    ]),
    ("M3", "Keripik Pisang Lampung Sumber Rezeki", "kecil", "18.71", "halal;pirt", True, "makanan", [
        ("keripik-pisang-coklat", "Keripik Pisang Coklat 250 gr", "bungkus", 22000, 2000, 3),
        ("keripik-pisang-asin", "Keripik Pisang Original Asin 500 gr", "bungkus", 30000, 1500, 3),
    ]),
    ("M4", "Gipang Ketan Ci Neneng", "mikro", "36.72", "pirt-expired", True, "makanan", [
        ("gipang", "Gipang Beras Ketan Warna-warni 250 gr", "bungkus", 15000, 1000, 3),
    ]),
    ("M5", "Jajan Pasar Mbok Darmi", "mikro", "36.73", "pirt", True, "makanan", [
        ("kue-basah", "Kue Basah Aneka (lapis, nagasari, kue mangkok) per pcs", "pcs", 2500, 3000, 1),
        ("kue-basah", "Lemper Ayam & Arem-arem per biji", "pcs", 3500, 2000, 1),
    ]),
    ("M6", "Sambal Cumi & Bumbu Dapur Teh Lilis", "mikro", "32.01", "halal;pirt", True, "makanan", [
        ("sambal", "Sambal Cumi Pedas Botol 200 ml", "botol", 35000, 800, 3),
        ("bumbu-pecel", "Bumbu Pecel Kacang Siap Saji 500 gr", "bungkus", 25000, 600, 3),
    ]),
    ("M7", "Dodol & Kue Kering Karawang Manis", "kecil", "32.15", "halal;pirt", True, "makanan", [
        ("dodol", "Dodol Betawi Ketan Hitam Box 500 gr", "box", 40000, 700, 4),
        ("kue-kering", "Kue Kering Nastar Toples 500gr", "toples", 85000, 600, 5),
    ]),
    ("M8", "Kripik Singkong Balado Tanggamus", "mikro", "18.06", "pirt", True, "makanan", [
        ("keripik-singkong", "Kripik Singkong Balado Pedas 1 kg", "kg", 45000, 500, 3),
    ]),
    ("M9", "Abon Ikan Tuna Pesisir", "mikro", "18.13", "halal;pirt", True, "makanan", [
        ("abon-ikan", "Abon Ikan Tuna Original 100 gr", "pcs", 28000, 700, 4),
    ]),
    ("M10", "Bakery Roti Sobek Metro", "mikro", "18.72", "halal;pirt", True, "makanan", [
        ("roti", "Roti Sobek Coklat Keju", "pcs", 18000, 1000, 1),
        ("roti", "Roti Manis Isi (kacang hijau/srikaya) per pcs", "pcs", 4000, 3000, 1),
    ]),
    ("M11", "PT Snack Makmur Sentosa", "besar", "36.03", "halal;bpom", True, "makanan", [
        ("keripik-pisang-coklat", "Keripik Pisang Coklat Lumer 200 gr", "bungkus", 15000, 50000, 2),
        ("kemplang", "Kerupuk Ikan Kemplang 250 gr", "bungkus", 14000, 50000, 2),
    ]),
    # ---------------- minuman ----------------
    ("N1", "Koperasi Kopi Robusta Tanggamus Tani Makmur", "koperasi", "18.06", "halal;pirt", True, "minuman", [
        ("kopi-bubuk", "Kopi Bubuk Robusta Tanggamus 250 gr", "pcs", 30000, 3000, 3),
        ("green-bean", "Green Bean Robusta Grade 1 (kopi mentah) per kg", "kg", 55000, 5000, 5),
    ]),
    ("N2", "Kopi Luwak Liwa Lampung Barat", "mikro", "18.04", "pirt", True, "minuman", [
        ("kopi-luwak", "Kopi Luwak Liar Bubuk 100 gr", "pcs", 150000, 150, 5),
    ]),
    ("N3", "Kakao Mandiri Pesawaran", "kecil", "18.09", "halal;pirt;bpom", True, "minuman", [
        ("cokelat-bubuk", "Bubuk Cokelat Murni (Kakao) 200 gr", "pcs", 40000, 1000, 4),
        ("cokelat-bubuk", "Minuman Coklat 3in1 Sachet isi 10", "box", 25000, 1500, 4),
    ]),
    ("N4", "Jahe Merah Instan Bu Tati", "mikro", "32.71", "pirt", True, "minuman", [
        ("jahe-instan", "Minuman Serbuk Jahe Merah Instan 250 gr", "pcs", 25000, 1000, 3),
    ]),
    ("N5", "Sirup Pala Asli Bogor", "mikro", "32.71", "halal;pirt", True, "minuman", [
        ("sirup-pala", "Sirup Pala Asli Bogor 620 ml", "botol", 35000, 800, 3),
    ]),
    ("N6", "Koperasi Tirta Lebak Mandiri", "koperasi", "36.02", "sni;halal;bpom", True, "minuman", [
        ("amdk-gelas", "Air Mineral Gelas 220 ml (1 dus isi 48)", "dus", 22000, 5000, 2),
        ("amdk-botol", "Air Mineral Botol 600 ml (1 dus isi 24)", "dus", 45000, 3000, 2),
    ]),
    ("N7", "Teh Tubruk Melati Cap Gunung", "mikro", "36.02", "pirt", True, "minuman", [
        ("teh-melati", "Teh Tubruk Melati 100 gr", "bungkus", 8000, 2000, 2),
    ]),
    # ---------------- fesyen ----------------
    ("F1", "Tapis Lampung Sinar Siger", "kecil", "18.71", "", True, "fesyen", [
        ("kain-tapis", "Kain Tapis Lampung Motif Pucuk Rebung 2 m", "lembar", 1250000, 20, 21),
        ("selendang-tapis", "Selendang Tapis Sulam Usus", "helai", 350000, 80, 10),
        ("tas-tapis", "Tas Selempang Motif Tapis", "pcs", 175000, 150, 7),
    ]),
    ("F2", "Batik Krakatau Cilegon", "mikro", "36.72", "batikmark", True, "fesyen", [
        ("batik-cap", "Kain Batik Cap Motif Krakatau 2 m", "lembar", 180000, 300, 7),
        ("kemeja-batik", "Kemeja Batik Cap Lengan Panjang Pria", "pcs", 225000, 250, 10),
    ]),
    ("F3", "Konveksi Seragam Mandiri Karawang", "kecil", "32.15", "", True, "fesyen", [
        ("seragam-pdh", "Seragam PDH Drill Khaki (kemeja + celana)", "stel", 285000, 500, 21),
        ("polo", "Kaos Polo Lacoste Bordir Logo Instansi", "pcs", 85000, 1500, 14),
        ("rompi", "Rompi Lapangan Drill Multi Saku", "pcs", 120000, 600, 14),
    ]),
    ("F4", "Sablon & Kaos Tangerang Jaya", "mikro", "36.71", "", True, "fesyen", [
        ("kaos", "Kaos Sablon Cotton Combed 30s Custom Desain", "pcs", 55000, 2000, 10),
    ]),
    ("F5", "Sepatu Kulit Cibaduyut Gagah", "mikro", "32.04", "sni", True, "fesyen", [
        ("sepatu-pdh", "Sepatu PDH Kulit Sapi Pria Hitam Mengkilap", "pasang", 350000, 300, 14),
    ]),
    ("F6", "Sandal Hotel Bekasi Murah", "mikro", "32.75", "", True, "fesyen", [
        ("sandal-hotel", "Sandal Hotel Spons Putih Tebal 5 mm", "pasang", 3500, 10000, 5),
    ]),
    ("F7", "Batik Tulis & Tenun Baduy Ciboleger", "mikro", "36.02", "batikmark", True, "fesyen", [
        ("batik-tulis", "Kain Batik Tulis Motif Baduy 2 m", "lembar", 650000, 40, 30),
        ("tenun-baduy", "Kain Tenun Baduy Luar (Suat Samata)", "lembar", 450000, 30, 20),
    ]),
    ("F8", "PT Garmen Raya Cikupa", "besar", "36.03", "iso-9001", True, "fesyen", [
        ("seragam-pdh", "Seragam Dinas PDH Khaki Stel", "stel", 190000, 20000, 14),
        ("kaos", "Kaos Oblong Sablon Massal", "pcs", 30000, 50000, 7),
    ]),
    # ---------------- kerajinan ----------------
    ("K1", "Anyaman Pandan Cikeusik", "mikro", "36.01", "", True, "kerajinan", [
        ("tikar-pandan", "Tikar Pandan Anyam 150x200", "lembar", 85000, 200, 10),
        ("tas-pandan", "Tas Anyaman Pandan Motif Warna", "pcs", 45000, 300, 7),
        ("kotak-pandan", "Box Hampers Anyaman Pandan 25x25", "pcs", 35000, 400, 7),
    ]),
    ("K2", "Kerajinan Bambu Jasinga", "mikro", "32.01", "", True, "kerajinan", [
        ("besek", "Besek Bambu ukuran 20x20", "pcs", 3500, 5000, 5),
        ("tudung-saji", "Tudung Saji Bambu Anyam", "pcs", 40000, 300, 5),
        ("lampu-bambu", "Lampu Hias Bambu Gantung", "pcs", 120000, 100, 10),
    ]),
    ("K3", "Gerabah Bumijaya Ciruas", "mikro", "36.04", "", True, "kerajinan", [
        ("pot-gerabah", "Pot Tanah Liat Gerabah Diameter 30 cm", "pcs", 25000, 800, 7),
        ("kendi", "Kendi Gerabah Tradisional", "pcs", 30000, 400, 7),
        ("celengan", "Celengan Gerabah Karakter", "pcs", 15000, 600, 7),
    ]),
    ("K4", "Souvenir Akrilik & Plakat Tangsel", "mikro", "36.74", "", True, "kerajinan", [
        ("plakat-akrilik", "Plakat Akrilik Custom + Box Beludru", "pcs", 185000, 300, 7),
        ("ganci-akrilik", "Gantungan Kunci Akrilik Logo Custom", "pcs", 4500, 5000, 7),
    ]),
    ("K5", "Ukiran Kayu & Miniatur Siger Way Halim", "kecil", "18.71", "", True, "kerajinan", [
        ("miniatur-siger", "Miniatur Siger Kuningan 30 cm", "pcs", 450000, 60, 14),
        ("plakat-kayu", "Plakat Kayu Ukir Logo Pemda", "pcs", 350000, 100, 14),
    ]),
    ("K6", "Rotan Craft Plered Cirebon", "kecil", "32.09", "", True, "kerajinan", [
        ("keranjang-parsel", "Keranjang Parsel Rotan Oval Sedang", "pcs", 65000, 1000, 7),
    ]),
    # ---------------- perhiasan ----------------
    ("P1", "Perak Bakar Perhiasan Lampung", "mikro", "18.71", "", True, "perhiasan", [
        ("bros-perak", "Bros Perak 925 Motif Tapis", "pcs", 250000, 100, 14),
        ("cincin-perak", "Cincin Perak Batu Akik Lampung", "pcs", 175000, 150, 10),
    ]),
    ("P2", "Mutiara Sekarbela", "kecil", "52.71", "", True, "perhiasan", [
        ("kalung-mutiara", "Kalung Mutiara Air Tawar 45 cm", "pcs", 350000, 200, 10),
    ]),
    ("P3", "Aksesoris Manik Baduy Kanekes", "mikro", "36.02", "", True, "perhiasan", [
        ("gelang-manik", "Gelang Manik-Manik Baduy", "pcs", 10000, 2000, 5),
        ("kalung-manik", "Kalung Manik Kayu Etnik", "pcs", 15000, 1000, 5),
    ]),
    ("P4", "Emblem & Pin Emas Muda Tangerang", "kecil", "36.71", "", True, "perhiasan", [
        ("pin-logo", "Pin Emblem Logo Kuningan Lapis Emas", "pcs", 45000, 2000, 10),
    ]),
    # ---------------- furnitur ----------------
    ("U1", "Mebel Rotan Pasar Kemis", "mikro", "36.03", "", True, "furnitur", [
        ("kursi-rotan", "Kursi Rotan Teras + Meja (1 set)", "set", 1850000, 30, 14),
    ]),
    ("U2", "Mebel Jati Jepara Makmur", "kecil", "33.20", "svlk", True, "furnitur", [
        ("meja-kerja", "Meja Kerja Jati 1/2 Biro", "unit", 2400000, 40, 21),
        ("lemari-arsip", "Lemari Arsip Jati 2 Pintu", "unit", 3500000, 30, 21),
    ]),
    ("U3", "Meubel Sekolah Karya Metro", "kecil", "18.72", "svlk", True, "furnitur", [
        ("mebel-siswa", "Meja Kursi Siswa SD (1 set)", "set", 650000, 200, 21),
        ("papan-tulis", "Papan Tulis Whiteboard Rangka Kayu 120x240", "unit", 900000, 60, 14),
    ]),
    ("U4", "Kasur Busa & Spring Bed Cikarang", "kecil", "32.16", "sni", True, "furnitur", [
        ("kasur", "Kasur Busa Single 90x200 tebal 15 cm", "pcs", 850000, 300, 7),
    ]),
    ("U5", "Bengkel Kayu Rangkasbitung", "mikro", "36.02", "", True, "furnitur", [
        ("rak-buku", "Rak Buku Kayu Mahoni 5 susun", "unit", 750000, 40, 14),
        ("bangku-panjang", "Bangku Panjang Kayu 2 m", "unit", 650000, 40, 14),
    ]),
    ("U6", "PT Mebel Kantor Indo", "besar", "36.74", "iso-9001", True, "furnitur", [
        ("lemari-arsip", "Lemari Arsip Besi 4 Laci", "unit", 2100000, 1000, 7),
        ("mebel-siswa", "Meja Kursi Sekolah Besi Set", "set", 450000, 5000, 14),
    ]),
    # ---------------- herbal ----------------
    ("H1", "Jamu Gendong Mbok Sri", "mikro", "36.71", "pirt", True, "herbal", [
        ("jamu-kunyit-asam", "Jamu Kunyit Asam Botol 250 ml (segar)", "botol", 6000, 1500, 1),
        ("jamu-beras-kencur", "Jamu Beras Kencur Botol 250 ml", "botol", 6000, 1500, 1),
    ]),
    ("H2", "Madu Hutan Ujung Kulon", "kecil", "36.01", "halal;pirt", True, "herbal", [
        ("madu-hutan", "Madu Hutan Asli Ujung Kulon 500 gr", "botol", 120000, 600, 5),
        ("madu-klanceng", "Madu Klanceng / Kelulut 250 gr", "botol", 150000, 150, 5),
    ]),
    ("H3", "Serbuk Temulawak Ciawi", "mikro", "32.01", "pirt", True, "herbal", [
        ("temulawak", "Serbuk Temulawak Instan 200 gr", "pcs", 22000, 1000, 4),
        ("minyak-sereh", "Minyak Sereh Wangi 100 ml", "botol", 35000, 500, 4),
    ]),
    ("H4", "Koperasi Tani Herbal Pringsewu", "koperasi", "18.10", "bpom", True, "herbal", [
        ("kapsul-kelor", "Kapsul Daun Kelor isi 60", "botol", 45000, 800, 5),
        ("teh-kelor", "Teh Daun Kelor Celup isi 20", "box", 25000, 800, 5),
    ]),
    # ---------------- kosmetik ----------------
    ("C1", "Sabun Sereh & Lilin Aroma Kang Dedi", "mikro", "32.71", "bpom", True, "kosmetik", [
        ("sabun-batang", "Sabun Batang Sereh Wangi Handmade 100 gr", "pcs", 15000, 1500, 5),
        ("lilin-aromaterapi", "Lilin Aromaterapi Lavender dalam Gelas", "pcs", 35000, 500, 5),
    ]),
    ("C2", "Sabun Cair Cuci Tangan Berkah", "mikro", "36.73", "bpom", True, "kosmetik", [
        ("sabun-cuci-tangan", "Sabun Cuci Tangan Cair Wangi Jeruk 5 liter", "jerigen", 90000, 300, 3),
    ]),
    ("C3", "Lulur & Lip Balm Kopi Lampung", "mikro", "18.01", "bpom", True, "kosmetik", [
        ("lulur-kopi", "Lulur Mandi Kopi Robusta 200 gr", "pot", 30000, 600, 4),
        ("lip-balm", "Lip Balm Madu Alami 10 gr", "pcs", 18000, 800, 4),
    ]),
    ("C4", "PT Kosmetika Global Tangerang", "besar", "36.03", "bpom;halal", True, "kosmetik", [
        ("sabun-cuci-tangan", "Hand Soap Refill 5 L", "jerigen", 60000, 20000, 3),
        ("sabun-batang", "Sabun Mandi Batang Hotel 25 gr", "pcs", 2500, 100000, 3),
    ]),
    # ---------------- logam ----------------
    ("L1", "Pandai Besi Ki Sarmin Talang Padang", "mikro", "18.06", "", True, "logam", [
        ("cangkul", "Cangkul Baja Tempa + Gagang", "pcs", 85000, 400, 7),
        ("parang", "Parang Kebun Tempa Sarung Kayu", "pcs", 90000, 300, 7),
        ("arit", "Arit Rumput Baja Per", "pcs", 45000, 500, 5),
    ]),
    ("L2", "Bengkel Las Teralis Jaya Cikupa", "mikro", "36.03", "", True, "logam", [
        ("teralis-besi", "Teralis Jendela Besi Hollow per m2 (terpasang)", "m2", 350000, 200, 10),
        ("pagar-besi", "Pagar Besi Minimalis per meter lari", "m", 650000, 150, 14),
        ("kanopi", "Kanopi Baja Ringan Atap Alderon per m2", "m2", 280000, 300, 10),
    ]),
    ("L3", "Alat Dapur Aluminium Batuceper", "kecil", "36.71", "sni", True, "logam", [
        ("panci-set", "Panci Aluminium Set 5 pcs", "set", 250000, 400, 5),
        ("dandang", "Dandang Aluminium 40 cm", "pcs", 300000, 200, 5),
        ("wajan", "Wajan Besi Cor 40 cm", "pcs", 175000, 300, 5),
    ]),
    ("L4", "Pisau Dapur Stainless Cibinong", "mikro", "32.01", "", True, "logam", [
        ("pisau-set", "Pisau Dapur Stainless Set 6 pcs + Talenan", "set", 120000, 500, 5),
    ]),
    ("L5", "Loyang & Cetakan Kue Bekasi", "mikro", "32.75", "", True, "logam", [
        ("loyang", "Loyang Aluminium Bulat 22 cm", "pcs", 35000, 1000, 5),
    ]),
    # ---------------- percetakan ----------------
    ("R1", "Percetakan Mandiri Serang", "kecil", "36.73", "", True, "percetakan", [
        ("buku-yasin", "Cetak Buku Yasin & Tahlil Hard Cover 160 hlm", "eksemplar", 18000, 5000, 10),
        ("kalender", "Cetak Kalender Dinding 2027 (6 lembar)", "eksemplar", 25000, 5000, 10),
        ("spanduk", "Cetak Spanduk / Banner Flexi 280 gr per m2", "m2", 25000, 3000, 2),
    ]),
    ("R2", "ATK Sentosa Metro", "mikro", "18.72", "", True, "percetakan", [
        ("hvs-a4", "Kertas HVS A4 70 gram 1 rim", "rim", 55000, 1000, 2),
        ("map-snelhecter", "Map Snelhecter Plastik Folio", "pcs", 2500, 5000, 2),
        ("pulpen", "Pulpen Standard AE7 Hitam isi 12", "pak", 25000, 1000, 2),
    ]),
    ("R3", "Kemasan Dus & Paper Bag Karawang", "mikro", "32.15", "", True, "percetakan", [
        ("paper-bag", "Paper Bag Kraft Custom Logo ukuran 25x35", "pcs", 4500, 5000, 10),
        ("dus-nasi", "Dus Nasi Kotak 20x20 (isi 100)", "pak", 85000, 500, 5),
    ]),
    ("R4", "Stempel & Undangan Tanjungkarang", "mikro", "18.71", "", True, "percetakan", [
        ("stempel", "Stempel Flash Otomatis", "pcs", 85000, 300, 3),
        ("undangan", "Cetak Undangan Hardcover", "pcs", 5500, 5000, 7),
    ]),
    ("R5", "ID Card & Lanyard Tambun", "mikro", "32.16", "", True, "percetakan", [
        ("id-card", "ID Card PVC + Tali Lanyard Printing", "set", 12000, 3000, 5),
    ]),
    # ---------------- pertanian ----------------
    ("T1", "Penangkar Bibit Buah Gadingrejo", "mikro", "18.10", "", True, "pertanian", [
        ("bibit-durian", "Bibit Durian Musang King Okulasi 60 cm", "batang", 45000, 3000, 7),
        ("bibit-alpukat", "Bibit Alpukat Aligator Sambung Pucuk", "batang", 35000, 3000, 7),
        ("bibit-kopi", "Bibit Kopi Robusta Polybag", "batang", 3000, 20000, 7),
    ]),
    ("T2", "Koperasi Pakan Mandiri Lampung Timur", "koperasi", "18.07", "sni", True, "pertanian", [
        ("pakan-ikan", "Pakan Ikan Apung Pelet Protein 30% 30 kg", "sak", 320000, 1000, 3),
        ("pakan-ayam", "Pakan Ayam Petelur Konsentrat 50 kg", "sak", 400000, 800, 3),
    ]),
    ("T3", "Pokdakan Mina Karawang", "koperasi", "32.15", "", True, "pertanian", [
        ("benih-nila", "Benih Ikan Nila Merah 5-7 cm", "ekor", 350, 100000, 5),
        ("benih-lele", "Benih Lele Sangkuriang 5-7 cm", "ekor", 200, 150000, 5),
    ]),
    ("T4", "Ikan Hias Koi & Cupang Bekasi", "mikro", "32.75", "", True, "pertanian", [
        ("koi", "Ikan Koi Kohaku 15 cm", "ekor", 75000, 300, 3),
        ("cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 25000, 500, 3),
    ]),
    ("T5", "Pupuk Organik Kompos Leuwiliang", "mikro", "32.01", "", True, "pertanian", [
        ("kompos", "Pupuk Kompos Organik 25 kg", "sak", 35000, 2000, 5),
        ("pupuk-kandang", "Pupuk Kandang Kambing 20 kg", "sak", 20000, 2000, 5),
    ]),
    ("T6", "Tanaman Hias & Bibit Pohon Tigaraksa", "mikro", "36.03", "", True, "pertanian", [
        ("lidah-mertua", "Tanaman Hias Lidah Mertua Pot 20 cm", "pot", 35000, 800, 5),
        ("bibit-trembesi", "Bibit Pohon Trembesi Polybag 1 m", "batang", 15000, 3000, 7),
    ]),
    ("T7", "Ternak Kambing & Ayam Kampung Cibadak", "mikro", "36.02", "", True, "pertanian", [
        ("kambing", "Kambing Jantan Kacang Hidup 25 kg", "ekor", 3200000, 60, 7),
        ("telur-kampung", "Telur Ayam Kampung", "butir", 2500, 6000, 2),
    ]),
    # ---------------- lainnya ----------------
    ("O1", "Sapu Ijuk & Alat Kebersihan Cipocok", "mikro", "36.73", "", True, "lainnya", [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 1000, 3),
        ("sapu-lidi", "Sapu Lidi Kelapa Ikat", "ikat", 8000, 2000, 3),
        ("kemoceng", "Kemoceng Bulu Ayam 60 cm", "pcs", 20000, 500, 3),
    ]),
    ("O2", "Keset Sabut Kelapa Labuan", "mikro", "36.01", "", True, "lainnya", [
        ("keset-sabut", "Keset Sabut Kelapa 40x60", "pcs", 30000, 800, 5),
        ("alat-pel", "Alat Pel Lantai Kain Katun + Gagang", "pcs", 30000, 600, 5),
    ]),
    ("O3", "Pembersih Lantai Wangi Cikarang", "mikro", "32.16", "", True, "lainnya", [
        ("pembersih-lantai", "Cairan Pembersih Lantai Wangi 5 liter", "jerigen", 55000, 500, 3),
    ]),
    ("O4", "Koperasi Serba Usaha Metro Sejahtera", "koperasi", "18.72", "", True, "lainnya", [
        ("paket-sembako", "Paket Sembako (beras 5 kg, minyak 1 L, gula 1 kg, mie 5)", "paket", 125000, 3000, 5),
    ]),
    ("O5", "Bendera & Umbul-Umbul Cimone", "mikro", "36.71", "", True, "lainnya", [
        ("bendera", "Bendera Merah Putih 120x180 Kain Katun", "lembar", 45000, 2000, 5),
        ("umbul-umbul", "Umbul-Umbul Kain 5 meter", "pcs", 85000, 500, 5),
    ]),
]

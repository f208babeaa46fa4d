"""Hand-written suppliers and products of relevance-blind43 (fictional). Each product carries the labeller's kind tag.

A supplier's key starts with its category letter; a product is (kind, name, unit, unit_price, capacity_per_month,
lead_time_days). Kinds never reach the CSVs.
"""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Made and eaten the same day (or within days): the whole quantity must come from one month's capacity.
PERISHABLE = {"nasi-kotak", "snack-box", "prasmanan", "tumpeng", "nasi-uduk", "pindang", "jamu-kunyit-asam",
              "beras-kencur", "telur-kampung"}

SUPPLIERS = [
    # makanan
    ("MA", "Kripik Pisang Ibu Enah", "mikro", "36.02", "halal;pirt", True, [
        ("keripik-pisang", "Keripik Pisang Manis Lebak 250 gr", "pcs", 15000, 800, 5),
        ("keripik-pisang-coklat", "Kripik Pisang Coklat Lumer 200gr", "pcs", 18000, 500, 5),
        ("sale-pisang", "Sale Pisang Goreng Lebak", "pcs", 20000, 400, 5)]),
    ("MB", "UMKM Gipang Cimanggu", "mikro", "36.01", "pirt", True, [
        ("gipang", "Gipang Beras Ketan Khas Pandeglang", "pcs", 12000, 600, 4),
        ("emping-melinjo", "Emping Melinjo Mentah 1 kg", "kg", 95000, 150, 5)]),
    ("MC", "Otak-Otak Bandeng Bu Ratna", "kecil", "36.73", "halal;pirt", True, [
        ("otak-otak-bandeng", "Otak-Otak Bandeng Frozen isi 10", "pack", 35000, 600, 3),
        ("sate-bandeng", "Sate Bandeng Khas Serang", "pcs", 45000, 300, 3),
        ("kerupuk-bandeng", "Kerupuk Ikan Bandeng Mentah 500 gr", "pcs", 25000, 500, 4)]),
    ("MD", "Kelompok Wanita Tani Sido Makmur", "koperasi", "18.02", "pirt", True, [
        ("keripik-singkong", "Keripik Singkong Balado 500gr", "pcs", 22000, 1000, 5),
        ("tiwul", "Tiwul Instan Gula Merah 500 gr", "pcs", 17000, 400, 5)]),
    ("ME", "Sambal Mak Yati", "mikro", "18.72", "halal;pirt", True, [
        ("sambal-bawang", "Sambal Bawang Mak Yati botol 200 ml", "pcs", 25000, 600, 4),
        ("sambal-teri", "Sambal Teri Pedas 150gr", "pcs", 30000, 400, 4),
        ("bumbu-pecel", "Bumbu Pecel Kacang Metro 250 gr", "pcs", 15000, 500, 4)]),
    ("MF", "Kerupuk Kemplang Teluk Semaka", "mikro", "18.06", "pirt-expired", True, [
        ("kemplang", "Kerupuk Kemplang Ikan Tenggiri Panggang 250 gr", "pcs", 28000, 700, 5)]),
    ("MG", "Rengginang & Kue Kering Ceu Imas", "mikro", "36.04", "pirt", True, [
        ("rengginang", "Rengginang Terasi Mentah 500gr", "pcs", 20000, 500, 5),
        ("nastar", "Nastar Nanas Toples 500 gr", "pcs", 65000, 300, 7)]),
    ("MH", "PT Snack Nusantara Jaya", "besar", "36.71", "halal;bpom;iso-9001", True, [
        ("keripik-singkong", "Keripik Singkong Pedas 500 gr", "pcs", 15000, 10000, 3),
        ("keripik-pisang", "Keripik Pisang Original 250gr", "pcs", 11000, 10000, 3)]),
    ("MI", "Keripik Tempe Bu Sri", "mikro", "18.72", "pirt", False, [
        ("keripik-tempe", "Keripik Tempe Sagu Renyah 250 gr", "pcs", 14000, 500, 4)]),
    # minuman
    ("NA", "Kopi Bubuk Tanggamus Pak Darto", "kecil", "18.06", "halal;pirt", True, [
        ("kopi-robusta-bubuk", "Kopi Bubuk Robusta Tanggamus 250 gr", "pcs", 35000, 800, 5),
        ("kopi-robusta-biji", "Biji Kopi Robusta Sangrai (Roasted Bean) 1 kg", "kg", 160000, 200, 7)]),
    ("NB", "Rempah Instan Pringsewu", "mikro", "18.10", "pirt", True, [
        ("jahe-instan", "Jahe Merah Instan Bubuk 250gr", "pcs", 25000, 600, 4),
        ("kopi-jahe", "Kopi Jahe Sachet isi 10", "box", 20000, 500, 4)]),
    ("NC", "Koperasi Aren Lebak Sejahtera", "koperasi", "36.02", "halal;pirt", True, [
        ("sirup-aren", "Sirup Gula Aren Botol 600 ml", "pcs", 35000, 400, 5),
        ("teh-kelor", "Teh Daun Kelor Celup isi 20", "box", 25000, 300, 5)]),
    ("ND", "Cokelat Sekampung", "mikro", "18.07", "pirt", True, [
        ("cokelat-bubuk", "Cokelat Bubuk Minuman Murni 200gr", "pcs", 40000, 300, 5)]),
    ("NE", "AMDK Tirta Kanekes", "menengah", "36.02", "halal;bpom;sni", True, [
        ("amdk-gelas", "Air Mineral Gelas 220 ml (dus isi 48)", "dus", 22000, 3000, 3),
        ("amdk-botol", "Air Mineral Botol 600ml isi 24", "dus", 42000, 2000, 3)]),
    # jasa-boga
    ("JA", "Catering Dapur Ibu Lilis", "kecil", "36.73", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar + Lalapan", "kotak", 30000, 3000, 2),
        ("snack-box", "Snack Box 3 Macam Kue", "kotak", 12000, 3000, 1)]),
    ("JB", "Rumah Makan Saung Lebak", "mikro", "36.02", "halal", True, [
        ("nasi-kotak", "Paket Nasi Box Liwet Komplit", "kotak", 27000, 800, 2),
        ("prasmanan", "Prasmanan Menu Sunda per orang", "porsi", 55000, 600, 3)]),
    ("JC", "Katering Berkah Metro", "kecil", "18.72", "halal", True, [
        ("nasi-kotak", "Nasi Box Rendang Telur", "box", 28000, 1500, 2),
        ("snack-box", "Kue Kotak isi 4 (Risoles, Lemper, Bolu, Air Mineral)", "kotak", 13000, 1500, 1)]),
    ("JD", "Warung Nasi Mpok Siti", "mikro", "36.01", "", True, [
        ("nasi-uduk", "Nasi Uduk Bungkus", "bungkus", 12000, 400, 1),
        ("tumpeng", "Nasi Tumpeng Kuning 20 orang", "paket", 650000, 20, 3)]),
    ("JE", "Dapur Gunung Sugih", "mikro", "18.02", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Goreng", "kotak", 25000, 500, 2),
        ("pindang", "Pindang Ikan Patin per porsi", "porsi", 35000, 200, 2)]),
    ("JF", "PT Boga Prima Nusantara", "besar", "36.71", "halal;iso-9001", True, [
        ("nasi-kotak", "Nasi Kotak Menu Nusantara", "kotak", 26000, 20000, 2)]),
    # fesyen
    ("FA", "Tapis Sinar Siger", "kecil", "18.02", "", True, [
        ("tapis-kain", "Kain Tapis Lampung Motif Pucuk Rebung Sulam Benang Emas", "lembar", 1500000, 10, 21),
        ("tapis-selendang", "Selendang Tapis Semi Sulam", "pcs", 250000, 40, 14),
        ("tas-tapis", "Tas Tapis Jinjing Kombinasi Kulit Sintetis", "pcs", 185000, 60, 10)]),
    ("FB", "Batik Banten Sultan", "kecil", "36.73", "batikmark", True, [
        ("batik-tulis", "Kain Batik Tulis Motif Datulaya 2 m", "lembar", 750000, 20, 21),
        ("batik-cap", "Kain Batik Cap Motif Sabakingking 2 m", "lembar", 175000, 300, 10),
        ("kemeja-batik", "Kemeja Batik Cap Pria Lengan Panjang", "pcs", 210000, 200, 14)]),
    ("FC", "Konveksi Seragam Rangkasbitung", "kecil", "36.02", "", True, [
        ("pdh", "Seragam PDH Khaki Drill (jahit ukur)", "stel", 285000, 400, 21),
        ("kaos-sablon", "Kaos Cotton Combed 30s Sablon Logo", "pcs", 55000, 1500, 10),
        ("rompi", "Rompi Lapangan Bahan Drill Bordir Nama", "pcs", 135000, 300, 14)]),
    ("FD", "Sentra Sandal Cikeusal", "mikro", "36.04", "", True, [
        ("sandal-hotel", "Sandal Hotel Spon Putih Cetak Logo", "pasang", 7500, 3000, 10),
        ("sandal-pandan", "Sandal Jepit Anyaman Pandan Wanita", "pasang", 45000, 200, 10)]),
    ("FE", "Mukena Bordir Ibu Nur", "mikro", "18.10", "", True, [
        ("mukena", "Mukena Katun Bordir Jepang Dewasa", "pcs", 175000, 100, 14),
        ("kerudung", "Kerudung Segi Empat Voal Motif", "pcs", 45000, 400, 7)]),
    ("FF", "PT Garmen Sejahtera Abadi", "besar", "32.16", "iso-9001", True, [
        ("kaos-sablon", "Kaos Polos Sablon Custom", "pcs", 35000, 20000, 7)]),
    # kerajinan
    ("KA", "Anyaman Pandan Ibu Atikah", "mikro", "36.01", "", True, [
        ("tikar-pandan", "Tikar Pandan Anyaman 150x200", "lembar", 120000, 60, 10),
        ("tas-pandan", "Tas Anyaman Pandan Motif Kombinasi", "pcs", 75000, 150, 10),
        ("pouch-pandan", "Pouch Pandan Resleting", "pcs", 25000, 300, 7)]),
    ("KB", "Kerajinan Ciboleger", "mikro", "36.02", "", True, [
        ("tas-koja", "Tas Koja Baduy Serat Kulit Kayu Teureup", "pcs", 85000, 150, 7),
        ("besek", "Besek Bambu 20x20 (isi 10)", "ikat", 35000, 500, 7),
        ("miniatur-baduy", "Miniatur Rumah Adat Baduy", "pcs", 150000, 40, 14)]),
    ("KC", "Sentra Gerabah Bumijaya", "mikro", "36.04", "", True, [
        ("guci-gerabah", "Guci Gerabah Hias Tinggi 40 cm", "pcs", 95000, 100, 10),
        ("pot-tanah-liat", "Pot Bunga Tanah Liat Diameter 25 cm", "pcs", 18000, 800, 7),
        ("celengan-gerabah", "Celengan Gerabah Karakter", "pcs", 15000, 500, 7)]),
    ("KD", "Akrilik Kreasi Serang", "mikro", "36.73", "", True, [
        ("plakat-akrilik", "Plakat Akrilik 3 mm Grafir + Kotak Beludru", "pcs", 175000, 200, 7),
        ("gantungan-akrilik", "Gantungan Kunci Akrilik Print 2 Sisi", "pcs", 5000, 3000, 7)]),
    ("KE", "Ukir Siger Metro", "mikro", "18.72", "", True, [
        ("miniatur-siger", "Miniatur Siger Lampung Kuningan Warna Emas 20 cm", "pcs", 225000, 60, 10),
        ("plakat-kayu", "Plakat Kayu Jati Ukir Logo Instansi", "pcs", 250000, 80, 14)]),
    # perhiasan
    ("PA", "Aksesoris Ratu Tapis", "mikro", "18.02", "", True, [
        ("bros-tapis", "Bros Hijab Motif Tapis", "pcs", 25000, 500, 7),
        ("kalung-manik", "Kalung Manik-Manik Etnik Lampung", "pcs", 45000, 200, 7)]),
    ("PB", "Rangkas Silver", "kecil", "36.02", "", True, [
        ("cincin-perak", "Cincin Perak 925 Ukir Motif Baduy", "pcs", 275000, 60, 14),
        ("bros-perak", "Bros Perak 925 Logo Custom", "pcs", 350000, 50, 21),
        ("gelang-perak", "Gelang Perak Rantai", "pcs", 300000, 40, 14)]),
    ("PC", "Kerang Mutiara Labuhan Maringgai", "mikro", "18.07", "", True, [
        ("kalung-mutiara", "Kalung Mutiara Air Laut Asli", "pcs", 450000, 30, 10),
        ("bros-kerang", "Bros Kerang Laut Handmade", "pcs", 20000, 300, 7)]),
    # furnitur
    ("UA", "Mebel Jati Belanda Metro", "kecil", "18.72", "svlk", True, [
        ("meja-kerja", "Meja Kerja Kayu Jati Belanda 120x60", "unit", 1350000, 30, 21),
        ("lemari-arsip", "Lemari Arsip Kayu 2 Pintu Kaca", "unit", 2400000, 15, 30),
        ("rak-buku", "Rak Buku Kayu 5 Susun", "unit", 850000, 30, 21)]),
    ("UB", "Mebel Rotan Cikande", "kecil", "36.04", "", True, [
        ("kursi-rotan", "Kursi Teras Rotan Sintetis 1 Set (2 Kursi + Meja)", "set", 1850000, 20, 21),
        ("sofa-rotan", "Sofa Rotan Asli 3 Dudukan", "unit", 3500000, 8, 30)]),
    ("UC", "Mebel Sekolah Lebak Mandiri", "kecil", "36.02", "svlk", True, [
        ("meja-kursi-siswa", "Meja + Kursi Siswa SD Kayu Mahoni (1 Set)", "set", 650000, 150, 30),
        ("papan-tulis", "Papan Tulis Whiteboard Rangka Kayu 120x240", "unit", 950000, 40, 14),
        ("lemari-kelas", "Lemari Kelas Kayu 2 Pintu", "unit", 1600000, 20, 30)]),
    ("UD", "PT Furnindo Prima", "besar", "36.03", "iso-9001", True, [
        ("kursi-kantor", "Kursi Kantor Putar Hidrolik", "unit", 750000, 500, 7),
        ("meja-kerja", "Meja Kantor 1/2 Biro", "unit", 1100000, 300, 7)]),
    # herbal
    ("HA", "Jamu Gendong Mbok Sarmi", "mikro", "18.72", "", True, [
        ("jamu-kunyit-asam", "Jamu Kunyit Asam Segar botol 250 ml", "botol", 8000, 600, 1),
        ("beras-kencur", "Beras Kencur botol 250ml", "botol", 8000, 600, 1)]),
    ("HB", "Herbal Sehat Kanekes", "kecil", "36.02", "pirt;halal", True, [
        ("madu-hutan", "Madu Hutan Baduy Asli 500 gr", "botol", 120000, 200, 5),
        ("temulawak", "Serbuk Temulawak Instan 250 gr", "pcs", 30000, 300, 5),
        ("minyak-sereh", "Minyak Gosok Sereh Wangi 60 ml", "pcs", 25000, 400, 5)]),
    ("HC", "Madu Klanceng Pandeglang", "mikro", "36.01", "pirt", True, [
        ("madu-klanceng", "Madu Klanceng (Trigona) Pandeglang 250 ml", "botol", 150000, 80, 5),
        ("kapsul-kelor", "Kapsul Daun Kelor 60 kapsul", "botol", 55000, 200, 5)]),
    ("HD", "Apotek Hidup Sekar Wangi", "mikro", "18.02", "", True, [
        ("rosella", "Teh Rosella Kering 100 gr", "pcs", 30000, 200, 5),
        ("wedang-rempah", "Wedang Jahe Rempah Celup", "box", 25000, 200, 5)]),
    # kosmetik
    ("SA", "Sabun Herbal Sekar Lebak", "mikro", "36.02", "bpom", True, [
        ("sabun-batang", "Sabun Mandi Batang Susu Kambing 100 gr", "pcs", 15000, 1000, 7),
        ("sabun-cair", "Sabun Cuci Tangan Cair Aroma Sereh 500 ml", "botol", 22000, 800, 5)]),
    ("SB", "Metro Candle", "mikro", "18.72", "", True, [
        ("lilin-aroma", "Lilin Aromaterapi Gelas Kaca 100 gr Lavender", "pcs", 45000, 300, 7),
        ("reed-diffuser", "Reed Diffuser Pengharum Ruangan 100 ml", "pcs", 65000, 200, 7)]),
    ("SC", "Kosmetik Alami Pandeglang", "kecil", "36.01", "bpom;halal", True, [
        ("lulur", "Lulur Mandi Bengkoang 200 gr", "pcs", 25000, 500, 7),
        ("minyak-kemiri", "Minyak Kemiri Penumbuh Rambut 100 ml", "botol", 30000, 400, 7),
        ("hand-sanitizer", "Hand Sanitizer Gel 500 ml", "botol", 28000, 1000, 5)]),
    ("SD", "PT Kosmetika Lestari", "besar", "32.16", "bpom;halal;iso-9001", True, [
        ("sabun-batang", "Sabun Mandi Batang 90 gr", "pcs", 6000, 50000, 5),
        ("sabun-cair", "Sabun Cair Cuci Tangan 500 ml", "botol", 14000, 50000, 5)]),
    # logam
    ("LA", "Pandai Besi Ki Sarip Ciomas", "mikro", "36.04", "", True, [
        ("golok-ciomas", "Golok Ciomas Sarung Kayu Sonokeling", "pcs", 450000, 30, 21),
        ("arit", "Arit / Sabit Rumput Baja Per", "pcs", 65000, 200, 10),
        ("cangkul", "Cangkul Baja Tempa + Gagang", "pcs", 110000, 150, 10)]),
    ("LB", "Pandai Besi Sumber Rejeki", "mikro", "18.10", "", True, [
        ("parang", "Parang Kebun Baja Per 14 inch", "pcs", 95000, 150, 10),
        ("cangkul", "Pacul Tempa Jawa (tanpa gagang)", "pcs", 85000, 200, 7),
        ("pisau-dapur", "Pisau Dapur Stainless Gagang Kayu 8 inch", "pcs", 45000, 200, 7)]),
    ("LC", "Bengkel Las Tiga Putra", "mikro", "36.02", "", True, [
        ("teralis-besi", "Teralis Jendela Besi Hollow Motif Minimalis per m2", "m2", 450000, 120, 14),
        ("pagar-besi", "Pagar Besi Hollow Galvanis per meter lari", "m", 650000, 80, 21),
        ("tong-sampah-besi", "Tong Sampah Besi Pilah 3 Warna", "unit", 1750000, 20, 21)]),
    # percetakan
    ("CA", "Percetakan Sinar Rangkas", "menengah", "36.02", "", True, [
        ("spanduk", "Cetak Spanduk Banner Flexi 280 gr per m2", "m2", 25000, 3000, 2),
        ("map-folder", "Map Folder Logo Instansi Art Carton 260", "pcs", 4500, 5000, 7),
        ("amplop-kop", "Amplop Kop Instansi Cetak Warna (Box isi 100)", "box", 120000, 200, 7)]),
    ("CB", "Fotocopy & ATK Mandiri", "mikro", "18.72", "", True, [
        ("kertas-hvs-a4", "Kertas HVS A4 70 gram (1 rim)", "rim", 52000, 1000, 2),
        ("ballpoint", "Pulpen Ballpoint Hitam 1 box isi 12", "box", 30000, 500, 2),
        ("stopmap", "Stopmap Kertas Folio isi 50", "pak", 45000, 300, 2)]),
    ("CC", "Sablon & Kemasan Kota Serang", "kecil", "36.73", "", True, [
        ("stiker-label", "Stiker Label Kemasan Vinyl Cutting (per lembar A3)", "lembar", 12000, 3000, 3),
        ("kotak-kemasan", "Dus Kemasan Makanan Ivory Custom Print 20x20", "pcs", 3500, 10000, 7),
        ("paper-bag", "Paper Bag Kraft Sablon Logo 25x30", "pcs", 4500, 5000, 7)]),
    ("CD", "Digital Printing Gunung Sugih", "mikro", "18.02", "", True, [
        ("kalender-dinding", "Kalender Dinding 6 Lembar 2027 Custom", "pcs", 25000, 2000, 10),
        ("buku-yasin", "Cetak Buku Yasin Hard Cover 128 hlm", "pcs", 18000, 3000, 14),
        ("id-card", "ID Card PVC + Tali Lanyard Printing", "pcs", 15000, 2000, 5)]),
    # pertanian
    ("TA", "Penangkar Bibit Durian Cileles", "mikro", "36.02", "", True, [
        ("bibit-durian", "Bibit Durian Montong Okulasi 60-80 cm", "batang", 45000, 1000, 7),
        ("bibit-alpukat", "Bibit Alpukat Miki Sambung Pucuk", "batang", 40000, 800, 7)]),
    ("TB", "Pokdakan Mina Tani Metro", "koperasi", "18.72", "", True, [
        ("benih-lele", "Benih Ikan Lele Sangkuriang 5-7 cm", "ekor", 250, 50000, 5),
        ("benih-nila", "Bibit Nila Merah ukuran 3-5 cm", "ekor", 300, 40000, 5),
        ("pelet-ikan", "Pelet Ikan Apung Buatan Sendiri 1 kg", "kg", 9000, 3000, 3)]),
    ("TC", "Nursery Tanaman Hias Cipondoh", "mikro", "36.71", "", True, [
        ("sansevieria", "Tanaman Hias Sansevieria (Lidah Mertua) Pot 20 cm", "pot", 35000, 500, 5),
        ("pucuk-merah", "Pohon Pucuk Merah Tinggi 1 m Polybag", "batang", 25000, 1000, 5),
        ("ikan-koi", "Ikan Hias Koi Lokal 10-12 cm", "ekor", 25000, 500, 5)]),
    ("TD", "Gapoktan Sri Rejeki", "koperasi", "18.02", "", True, [
        ("beras", "Beras Premium Lampung Tengah 5 kg", "karung", 75000, 2000, 3),
        ("pupuk-kompos", "Pupuk Organik Kompos Kotoran Sapi 25 kg", "karung", 30000, 1000, 5)]),
    ("TE", "Peternak Ayam Kampung Saketi", "mikro", "36.01", "", True, [
        ("telur-kampung", "Telur Ayam Kampung Segar (per butir)", "butir", 2500, 6000, 2),
        ("doc-ayam", "DOC Ayam Kampung Super umur 1 minggu", "ekor", 9000, 2000, 7)]),
    # lainnya
    ("XA", "Sapu Ijuk Cibadak", "mikro", "36.02", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 600, 5),
        ("sapu-lidi", "Sapu Lidi Aren Gagang", "pcs", 15000, 800, 5),
        ("keset-sabut", "Keset Sabut Kelapa 40x60", "pcs", 35000, 300, 7)]),
    ("XB", "Metro Bersih", "mikro", "18.72", "", True, [
        ("pembersih-lantai", "Cairan Pembersih Lantai Wangi Jerigen 5 Liter", "jerigen", 45000, 400, 3),
        ("alat-pel", "Kain Pel Katun Microfiber + Gagang", "pcs", 55000, 200, 5),
        ("kain-majun", "Lap Majun Kain Perca 1 kg", "kg", 15000, 1000, 3)]),
    ("XC", "Toko Kelontong Barokah", "mikro", "36.73", "", True, [
        ("paket-sembako", "Paket Sembako Isi Beras 5kg, Minyak 2L, Gula 1kg, Mie 5", "paket", 150000, 1000, 5),
        ("tas-spunbond", "Tas Spunbond Sablon 1 Warna 30x40", "pcs", 4000, 5000, 7)]),
    ("XD", "CV Kebersihan Prima", "kecil", "36.73", "", False, [
        ("alat-pel", "Alat Pel Lantai Putar + Ember", "pcs", 40000, 500, 3)]),
]

"""Hand-written suppliers and products of relevance-blind72 (fictional businesses, real region codes).

SUPPLIERS: (key, name, scale, region, certificates, active, products); a product is
(kind, name as the IKM writes it, unit, unit_price, capacity_per_month, lead_time_days).
The first letter of the key is the category. Kinds are the labeller's tags and never reach the CSVs.
"""

CATEGORY = {"M": "makanan", "D": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Made and eaten within days: the whole quantity must come out of one month, from the need's province.
PERISHABLE = {"nasi-kotak", "snack-box", "prasmanan", "tumpeng", "nasi-uduk", "coffee-break", "jamu-segar",
              "otak-otak"}

SUPPLIERS = [
    # ---- makanan
    ("M1", "Otak-Otak Bandeng Bu Imas", "mikro", "36.73", "pirt;halal", True, [
        ("otak-otak", "Otak-otak Bandeng Bakar isi 10", "pak", 25000, 400, 2),
        ("sate-bandeng", "Sate Bandeng Khas Serang (tanpa duri)", "ekor", 45000, 300, 3),
    ]),
    ("M2", "Kemplang Pringsewu Jaya", "kecil", "18.10", "pirt;halal", True, [
        ("kemplang", "Kerupuk Kemplang Ikan Tenggiri Panggang 250 gr", "bks", 22000, 2000, 5),
        ("kerupuk-kulit", "Kerupuk Kulit Sapi (Rambak) 200 gr", "bks", 28000, 800, 5),
    ]),
    ("M3", "Sambal & Bumbu Teh Lilis", "mikro", "32.01", "pirt;halal", True, [
        ("sambal-bawang", "Sambal Bawang Pedas Botol 200 ml", "botol", 27000, 1200, 4),
        ("bumbu-pecel", "Bumbu Pecel Kacang Siap Seduh 250 gr", "bks", 18000, 1000, 4),
        ("sambal-roa", "Sambal Ikan Roa Botol 150 gr", "botol", 38000, 500, 5),
    ]),
    ("M4", "Gipang & Emping Ciomas Abah Ucup", "mikro", "36.04", "pirt-expired", True, [
        ("gipang", "Gipang Beras Ketan Khas Banten Toples", "toples", 35000, 600, 5),
        ("emping-manis", "Emping Melinjo Manis Pedas 500 gr", "bks", 48000, 700, 5),
    ]),
    ("M5", "Keripik Pisang Lamtim Makmur", "kecil", "18.07", "pirt;halal", True, [
        ("keripik-pisang", "Keripik Pisang Kepok Rasa Coklat 500 gr", "bks", 32000, 3000, 4),
        ("lanting", "Lanting Singkong Bawang 250 gr", "bks", 14000, 2500, 4),
    ]),
    ("M6", "Dodol & Kue Kering Bu Nur Cikarang", "mikro", "32.16", "halal", True, [
        ("dodol", "Dodol Betawi Ketan Hitam 1 kg", "kg", 75000, 400, 6),
        ("kembang-goyang", "Kue Kembang Goyang Toples 400 gr", "toples", 40000, 500, 5),
    ]),
    # ---- minuman
    ("D1", "Koperasi Kopi Sumber Rejeki Tanggamus", "koperasi", "18.06", "pirt;halal", True, [
        ("kopi-robusta-bubuk", "Kopi Bubuk Robusta Tanggamus 250 gr", "bks", 38000, 3000, 5),
        ("kopi-robusta-biji", "Biji Kopi Robusta Roasted Medium 1 kg", "kg", 140000, 800, 5),
    ]),
    ("D2", "Kakao Mandiri Pesawaran", "mikro", "18.09", "pirt", True, [
        ("cokelat-bubuk", "Minuman Cokelat Bubuk Murni Kakao Pesawaran 200 gr", "bks", 35000, 900, 5),
    ]),
    ("D3", "Sari Jahe Bu Entin Rangkasbitung", "mikro", "36.02", "pirt;halal", True, [
        ("jahe-instan", "Jahe Merah Instan Gula Aren 250 gr", "bks", 25000, 1500, 4),
        ("teh-serai", "Teh Serai Celup isi 25", "box", 20000, 800, 4),
    ]),
    ("D4", "AMDK Cibeber Segar", "menengah", "36.72", "sni;halal;bpom", True, [
        ("amdk-cup", "Air Mineral Cup 220 ml isi 48", "dus", 19000, 8000, 2),
        ("amdk-botol", "Air Mineral Botol 600 ml isi 24", "dus", 38000, 5000, 2),
    ]),
    ("D5", "Kopi Luwak Liwa Lestari", "mikro", "18.04", "pirt", True, [
        ("kopi-luwak", "Kopi Luwak Liar Bubuk 100 gr", "bks", 150000, 200, 7),
    ]),
    # ---- jasa-boga
    ("J1", "Katering Dapur Bunda Pandeglang", "mikro", "36.01", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar + Buah", "kotak", 32000, 1500, 2),
        ("snack-box", "Snack Box isi 3 Kue Basah + Air Mineral", "kotak", 12000, 2000, 2),
    ]),
    ("J2", "RM Saung Kuring Karawang", "kecil", "32.15", "halal", True, [
        ("prasmanan", "Prasmanan Menu Sunda (nasi, 2 lauk, sayur, kerupuk)", "porsi", 45000, 3000, 3),
        ("tumpeng", "Nasi Liwet Tumpeng Mini 10 orang", "paket", 450000, 60, 3),
    ]),
    ("J3", "Dapur Mbak Sri Metro", "mikro", "18.72", "halal", True, [
        ("nasi-kotak", "Nasi Box Ayam Goreng Lalapan", "box", 27000, 600, 2),
        ("snack-box", "Kue Kotak Isi 4 (Risol, Lemper, Bolu, Pastel)", "kotak", 14000, 900, 2),
    ]),
    ("J4", "Katering Al-Barokah Cipondoh", "kecil", "36.71", "halal", True, [
        ("nasi-kotak", "Paket Nasi Kotak Rendang Sapi", "kotak", 40000, 3000, 3),
        ("coffee-break", "Paket Coffee Break (2 kue + teh/kopi)", "pax", 18000, 3000, 2),
    ]),
    ("J5", "Nasi Uduk & Tumpeng Mpok Ati", "mikro", "36.03", "", True, [
        ("tumpeng", "Tumpeng Nasi Kuning Lengkap 20 orang", "paket", 900000, 40, 3),
        ("nasi-uduk", "Nasi Uduk Kotak Betawi", "kotak", 20000, 800, 2),
    ]),
    ("J6", "Katering Sehati Bandar Lampung", "kecil", "18.71", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Menu Pindang Patin", "kotak", 35000, 900, 3),
        ("snack-box", "Snack Box Kue Tradisional Lampung", "kotak", 13000, 1500, 2),
    ]),
    # ---- fesyen
    ("F1", "Batik Tulis Krakatau", "kecil", "36.72", "batikmark", True, [
        ("batik-tulis-kain", "Kain Batik Tulis Motif Krakatau 2 m", "lembar", 850000, 40, 14),
        ("kemeja-batik-tulis", "Kemeja Batik Tulis Pria Lengan Panjang Katun Primissima", "pcs", 650000, 60, 14),
    ]),
    ("F2", "Batik Cap Baduy Lebak", "mikro", "36.02", "", True, [
        ("batik-cap-kain", "Kain Batik Cap Motif Kawung Baduy 2 m", "lembar", 185000, 300, 7),
        ("kemeja-batik-cap", "Kemeja Batik Cap Pria Motif Seba Baduy", "pcs", 210000, 250, 10),
    ]),
    ("F3", "Konveksi Seragam Maju Bersama", "menengah", "32.16", "", True, [
        ("pdh", "Kemeja PDH Khaki Drill Lengan Panjang + Bordir Nama", "pcs", 165000, 1200, 14),
        ("batik-printing-seragam", "Seragam Batik Printing Motif Korpri/Instansi", "pcs", 95000, 2000, 14),
        ("rompi", "Rompi Lapangan Drill Multi Saku", "pcs", 120000, 800, 10),
    ]),
    ("F4", "Tapis Ratu Kencana", "kecil", "18.71", "", True, [
        ("tapis-kain", "Kain Tapis Lampung Sulam Benang Emas", "lembar", 1250000, 30, 21),
        ("selendang-tapis", "Selendang Tapis Motif Pucuk Rebung", "pcs", 275000, 120, 10),
    ]),
    ("F5", "Karawang Kreatif Sablon & Bordir", "mikro", "32.15", "", True, [
        ("kaos-sablon", "Kaos Oblong Cotton Combed 30s Sablon Plastisol 1 Warna", "pcs", 55000, 2500, 10),
        ("kaos-dtf", "Kaos Combed 24s Print DTF Full Color", "pcs", 68000, 1500, 7),
        ("polo-bordir", "Polo Shirt Lacoste CVC Bordir Logo Dada", "pcs", 95000, 1000, 12),
        ("jaket", "Jaket Parasut Taslan Furing Bordir Logo", "pcs", 185000, 500, 14),
    ]),
    ("F6", "Pringsewu Mandiri Tas & Topi", "mikro", "18.10", "", True, [
        ("topi", "Topi Rimba/Lapangan Bordir Logo", "pcs", 45000, 1500, 10),
        ("tas-ransel", "Tas Ransel Seminar Dinier 600 Sablon Logo", "pcs", 85000, 1000, 14),
        ("tote-bag", "Tote Bag Blacu Sablon Custom 30x40", "pcs", 15000, 4000, 7),
    ]),
    ("F7", "Sepatu Kulit Tangerang Jaya", "kecil", "36.71", "sni", True, [
        ("sepatu-pdh", "Sepatu PDH Kulit Sapi Hitam Pria (Pantofel Dinas)", "pasang", 325000, 400, 14),
        ("sandal-hotel", "Sandal Hotel Spons Logo Custom", "pasang", 9000, 5000, 7),
    ]),
    ("F8", "PT Garmen Nusantara Cikupa", "besar", "36.03", "iso-9001", True, [
        ("kaos-sablon", "Kaos Sablon Promosi Cotton 30s", "pcs", 32000, 50000, 7),
        ("pdh", "Kemeja PDH Drill Seragam Dinas", "pcs", 120000, 20000, 14),
    ]),
    ("F9", "Tenun Baduy Kanekes Ambu Sarni", "mikro", "36.02", "", True, [
        ("tenun-baduy", "Kain Tenun Baduy Hitam Biru Tangan (ATBM)", "lembar", 450000, 40, 21),
        ("ikat-kepala", "Iket Lomar/Ikat Kepala Tenun Baduy", "pcs", 75000, 200, 10),
    ]),
    # ---- kerajinan
    ("K1", "Anyaman Pandan Bu Rukayah", "mikro", "36.01", "", True, [
        ("tikar-pandan", "Tikar Pandan Anyam 2x3 m", "lembar", 175000, 80, 14),
        ("tas-pandan", "Tas Jinjing Anyaman Pandan Motif", "pcs", 65000, 400, 10),
        ("kotak-tisu-pandan", "Kotak Tisu Anyaman Pandan", "pcs", 35000, 500, 7),
    ]),
    ("K2", "Kerajinan Bambu Cibeber Lebak", "mikro", "36.02", "", True, [
        ("besek", "Besek Bambu Tutup 20x20", "pcs", 4500, 6000, 5),
        ("lampu-bambu", "Kap Lampu Hias Anyaman Bambu", "pcs", 120000, 150, 10),
    ]),
    ("K3", "Gerabah Bumijaya", "mikro", "36.04", "", True, [
        ("guci-gerabah", "Guci Gerabah Hias Tinggi 50 cm", "pcs", 175000, 100, 14),
        ("pot-gerabah", "Pot Tanah Liat Diameter 25 cm", "pcs", 25000, 1500, 7),
    ]),
    ("K4", "Kreasi Akrilik Serang", "kecil", "36.73", "", True, [
        ("plakat-akrilik", "Plakat Akrilik 5 mm Cetak UV + Kotak Beludru", "pcs", 175000, 600, 7),
        ("ganci-akrilik", "Gantungan Kunci Akrilik 2 Sisi Custom", "pcs", 6500, 8000, 7),
        ("piala-akrilik", "Piala Akrilik Bening Grafir Laser Tinggi 25 cm", "pcs", 225000, 300, 10),
    ]),
    ("K5", "Juara Trophy Bogor", "kecil", "32.71", "", True, [
        ("piala", "Piala Kejuaraan Tiang 3 Susun Tinggi 90 cm", "set", 650000, 150, 10),
        ("medali", "Medali Kuningan Emas/Perak/Perunggu + Tali", "pcs", 22000, 5000, 10),
        ("plakat-kayu", "Plakat Kayu Jati Emblem Kuningan Etsa", "pcs", 285000, 300, 14),
    ]),
    ("K6", "Sanggar Siger Mas", "mikro", "18.71", "", True, [
        ("miniatur-siger", "Miniatur Siger Lampung Kuningan Tinggi 20 cm", "pcs", 165000, 250, 10),
        ("kapal-hias", "Pajangan Miniatur Kapal Pinisi Kayu 40 cm", "pcs", 210000, 80, 14),
    ]),
    ("K7", "Souvenir Badak Ujung Kulon", "mikro", "36.01", "", True, [
        ("boneka-badak", "Boneka Badak Jawa Bahan Velboa 25 cm", "pcs", 55000, 1200, 10),
        ("ganci-kayu", "Gantungan Kunci Kayu Ukir Badak", "pcs", 8000, 5000, 7),
    ]),
    ("K8", "Galeri Suvenir Cilegon (tutup)", "mikro", "36.72", "", False, [
        ("plakat-akrilik", "Plakat Akrilik Murah Custom", "pcs", 95000, 800, 5),
        ("ganci-akrilik", "Ganci Akrilik Murah", "pcs", 3500, 10000, 5),
    ]),
    ("K9", "Wayang & Ukir Kayu Metro", "mikro", "18.72", "", True, [
        ("ukiran-kayu", "Hiasan Dinding Ukiran Kayu Motif Lampung 60x40", "pcs", 450000, 50, 21),
    ]),
    # ---- perhiasan
    ("P1", "Perak Silverina Pamulang", "mikro", "36.74", "", True, [
        ("cincin-perak", "Cincin Perak 925 Ukir Motif Batik", "pcs", 185000, 300, 10),
        ("bros-perak", "Bros Perak 925 Motif Siger/Badak", "pcs", 225000, 200, 10),
    ]),
    ("P2", "Mutiara Teluk Kalianda", "kecil", "18.01", "", True, [
        ("kalung-mutiara", "Kalung Mutiara Air Laut Asli 45 cm", "pcs", 650000, 120, 10),
        ("anting-mutiara", "Anting Mutiara Lombok/Kalianda Tusuk Perak", "pasang", 175000, 300, 7),
    ]),
    ("P3", "Kuningan Craft Cibinong", "mikro", "32.01", "", True, [
        ("pin-kuningan", "Pin Kuningan Logo Instansi Enamel", "pcs", 27000, 6000, 14),
        ("gelang-akik", "Gelang Batu Akik Bacan Tali Kulit", "pcs", 95000, 400, 7),
    ]),
    ("P4", "Toko Emas Serang Raya", "besar", "36.73", "", True, [
        ("cincin-emas", "Cincin Emas 24 Karat 2 gram", "pcs", 3100000, 200, 3),
    ]),
    ("P5", "Manik & Aksesoris Tanggamus", "mikro", "18.06", "", True, [
        ("gelang-manik", "Gelang Manik Kayu Motif Tapis", "pcs", 15000, 3000, 5),
        ("bros-tapis", "Bros Kain Tapis Imitasi", "pcs", 20000, 2000, 5),
    ]),
    # ---- furnitur
    ("U1", "Mebel Rotan Pasar Kemis", "kecil", "36.03", "", True, [
        ("kursi-rotan", "Kursi Teras Rotan Asli Set (2 kursi + 1 meja)", "set", 1850000, 60, 14),
        ("keranjang-rotan", "Keranjang Rotan Serbaguna Besar", "pcs", 95000, 400, 7),
    ]),
    ("U2", "Mebel Jati Harapan Bekasi", "kecil", "32.75", "svlk", True, [
        ("meja-kerja", "Meja Kerja Kayu Jati 120x60 + Laci", "unit", 2300000, 40, 21),
        ("lemari-arsip", "Lemari Arsip Kayu Jati 2 Pintu Kaca", "unit", 3400000, 25, 21),
    ]),
    ("U3", "CV Pelita Mebel Sekolah", "kecil", "18.72", "sni", True, [
        ("meja-kursi-siswa", "Meja Kursi Siswa SD Kayu Mahoni (1 set)", "set", 650000, 400, 21),
        ("papan-tulis", "Papan Tulis Whiteboard Kaki 120x240", "unit", 1450000, 60, 14),
    ]),
    ("U4", "Karawang Steel Loker", "mikro", "32.15", "", True, [
        ("loker", "Loker Besi 9 Pintu", "unit", 2100000, 50, 14),
        ("rak-besi", "Rak Buku Besi Siku 5 Susun", "unit", 650000, 100, 10),
    ]),
    ("U5", "Bambu Mebel Cimanuk", "mikro", "36.01", "", True, [
        ("kursi-bambu", "Kursi Bambu Santai Set Meja", "set", 950000, 30, 14),
    ]),
    # ---- herbal
    ("H1", "Jamu Gendong Mbok Darmi", "mikro", "18.72", "", True, [
        ("jamu-segar", "Jamu Kunyit Asam Segar Botol 250 ml", "botol", 8000, 600, 1),
        ("jamu-beras-kencur", "Jamu Beras Kencur Segar Botol 250 ml", "botol", 8000, 600, 1),
    ]),
    ("H2", "Madu Hutan Baduy Lestari", "mikro", "36.02", "pirt", True, [
        ("madu-hutan", "Madu Hutan Liar Baduy 500 gr", "botol", 120000, 300, 5),
    ]),
    ("H3", "Herbal Sehat Pandeglang", "kecil", "36.01", "pirt;bpom", True, [
        ("kapsul-temulawak", "Kapsul Temulawak isi 60", "botol", 55000, 1500, 5),
        ("teh-kelor", "Teh Daun Kelor Celup isi 20", "box", 30000, 1200, 5),
    ]),
    ("H4", "Madu Klanceng Tanggamus", "mikro", "18.06", "", True, [
        ("madu-klanceng", "Madu Klanceng (Trigona) Murni 250 ml", "botol", 135000, 150, 5),
    ]),
    ("H5", "Rempah Nusantara Karawang", "kecil", "32.15", "bpom", True, [
        ("minyak-kayu-putih", "Minyak Kayu Putih Aromatherapy 60 ml", "botol", 32000, 2000, 5),
        ("serbuk-jahe", "Serbuk Jahe Merah Herbal 200 gr", "bks", 27000, 1500, 5),
    ]),
    # ---- kosmetik
    ("S1", "Sabun Sereh Wangi Lebak", "mikro", "36.02", "bpom", True, [
        ("sabun-batang", "Sabun Mandi Batang Sereh Wangi Handmade 100 gr", "pcs", 15000, 3000, 5),
        ("sabun-cair-tangan", "Sabun Cuci Tangan Cair Sereh 500 ml", "botol", 25000, 2000, 5),
    ]),
    ("S2", "Rumah Wangi Tangsel", "mikro", "36.74", "", True, [
        ("lilin-aroma", "Lilin Aromaterapi Soy Wax Gelas Kaca 150 gr", "pcs", 65000, 600, 7),
        ("diffuser", "Reed Diffuser Pengharum Ruangan 100 ml", "botol", 75000, 500, 7),
    ]),
    ("S3", "Kosmetik Bengkoang Karawang", "kecil", "32.15", "bpom;halal", True, [
        ("masker-bengkoang", "Masker Bengkoang Bubuk 100 gr", "pot", 22000, 2500, 5),
        ("lulur", "Lulur Mandi Tradisional Kopi 200 gr", "pot", 28000, 2000, 5),
    ]),
    # ---- logam
    ("L1", "Golok Ciomas Pusaka Abah", "mikro", "36.04", "", True, [
        ("golok", "Golok Ciomas Sulangkar Gagang Kayu Sarung Kulit", "pcs", 550000, 60, 21),
    ]),
    ("L2", "Pandai Besi Talang Padang", "mikro", "18.06", "", True, [
        ("cangkul", "Cangkul Baja Per Tempa Tangan", "pcs", 85000, 500, 10),
        ("arit", "Arit / Sabit Rumput Baja", "pcs", 45000, 800, 7),
        ("parang", "Parang Kebun Tempa 40 cm", "pcs", 95000, 400, 10),
    ]),
    ("L3", "Las Teralis Sinar Kaligandu", "mikro", "36.73", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow Motif Minimalis", "m2", 450000, 200, 10),
        ("pagar-besi", "Pagar Besi Hollow Galvanis Tinggi 1,5 m", "m2", 600000, 150, 14),
        ("kanopi", "Kanopi Baja Ringan Atap Alderon", "m2", 475000, 150, 14),
    ]),
    ("L4", "Etsa Kuningan Bekasi", "kecil", "32.16", "", True, [
        ("papan-nama-kuningan", "Papan Nama Kuningan Etsa Meja Pejabat", "pcs", 350000, 200, 14),
        ("tong-sampah-stainless", "Tempat Sampah Stainless Injak 20 L", "unit", 425000, 150, 7),
    ]),
    # ---- percetakan
    ("C1", "Serang Grafika Undangan", "kecil", "36.73", "", True, [
        ("undangan-hardcover", "Undangan Hardcover Emboss + Pita (min 100)", "pcs", 9500, 8000, 7),
        ("undangan-softcover", "Undangan Softcover Art Carton 260 gr", "pcs", 2500, 20000, 5),
        ("piagam", "Cetak Piagam/Sertifikat BC Putih + Map Beludru", "set", 45000, 3000, 7),
    ]),
    ("C2", "Cilegon Digital Printing", "mikro", "36.72", "", True, [
        ("banner", "Spanduk / Banner Flexi China 280 gr", "m2", 22000, 5000, 2),
        ("x-banner", "X-Banner 60x160 + Rangka", "pcs", 75000, 600, 2),
        ("stiker", "Stiker Vinyl Cutting / Print Laminasi A3", "lembar", 15000, 6000, 2),
    ]),
    ("C3", "Metro Press", "menengah", "18.72", "", True, [
        ("buku", "Cetak Buku A5 Softcover 100 Halaman HVS 70 gr", "eks", 32000, 3000, 14),
        ("map-folder", "Map Folder Logo Instansi Art Carton 310 gr", "pcs", 6000, 10000, 7),
        ("kalender", "Kalender Dinding 6 Lembar Custom", "pcs", 25000, 5000, 10),
    ]),
    ("C4", "ATK Kurnia Labuan", "mikro", "36.01", "", True, [
        ("kertas-a4", "Kertas HVS A4 70 gram (1 rim)", "rim", 52000, 2000, 3),
        ("amplop-kop", "Amplop Kop Instansi Putih 110 (1 dus isi 500)", "dus", 125000, 400, 7),
    ]),
    ("C5", "Karawang Box Kemasan", "kecil", "32.15", "", True, [
        ("dus-kemasan", "Dus Kemasan Nasi/Snack Box Karton Sablon Logo", "pcs", 1800, 50000, 7),
        ("paper-bag", "Paper Bag Kraft Sablon Logo 25x33", "pcs", 4500, 20000, 10),
    ]),
    ("C6", "ID Card Kresna Balaraja", "mikro", "36.03", "", True, [
        ("id-card", "ID Card PVC 2 Sisi + Tali Lanyard Printing", "set", 17000, 5000, 5),
        ("stempel", "Stempel Flash Otomatis Custom", "pcs", 85000, 600, 3),
    ]),
    # ---- pertanian
    ("T1", "Bogor Flora Nursery", "mikro", "32.01", "", True, [
        ("aglonema", "Aglonema Red Sumatra Pot 15", "pot", 85000, 500, 5),
        ("bibit-durian", "Bibit Durian Montong Okulasi 80 cm", "batang", 45000, 2000, 7),
        ("lidah-mertua", "Tanaman Lidah Mertua (Sansevieria) Pot 20", "pot", 40000, 800, 5),
    ]),
    ("T2", "Cupang & Koi Cipondoh", "mikro", "36.71", "", True, [
        ("cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 35000, 1000, 3),
        ("koi", "Ikan Koi Lokal Blitar 10-12 cm", "ekor", 25000, 1500, 3),
    ]),
    ("T3", "Koperasi Tani Lamtim Sejahtera", "koperasi", "18.07", "", True, [
        ("bibit-kakao", "Bibit Kakao Sambung Pucuk Polybag", "batang", 6000, 20000, 14),
        ("kompos", "Pupuk Kompos Organik Karung 25 kg", "karung", 35000, 3000, 7),
    ]),
    ("T4", "Pakan Mandiri Pringsewu", "kecil", "18.10", "", True, [
        ("pakan-ayam", "Konsentrat Pakan Ayam Petelur 50 kg", "karung", 410000, 600, 5),
        ("pelet-ikan", "Pelet Ikan Apung Protein 30% 30 kg", "karung", 315000, 800, 5),
    ]),
    ("T5", "Pembenihan Mina Ciruas", "mikro", "36.04", "", True, [
        ("benih-nila", "Benih Ikan Nila Merah 5-7 cm", "ekor", 400, 80000, 5),
        ("benih-lele", "Bibit Lele Sangkuriang 7-9 cm", "ekor", 300, 100000, 5),
    ]),
    ("T6", "Kebun Bibit Sukadana (nonaktif)", "mikro", "18.07", "", False, [
        ("bibit-alpukat", "Bibit Alpukat Miki Sambung 60 cm", "batang", 35000, 1000, 7),
    ]),
    # ---- lainnya
    ("X1", "Sapu Ijuk Cimarga", "mikro", "36.02", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 22000, 3000, 5),
        ("sapu-lidi", "Sapu Lidi Aren Gagang", "pcs", 12000, 4000, 5),
        ("kemoceng", "Kemoceng Bulu Ayam 60 cm", "pcs", 18000, 1500, 5),
    ]),
    ("X2", "Keset Perca Karawaci", "mikro", "36.71", "", True, [
        ("keset", "Keset Kaki Kain Perca Bulat 40 cm", "pcs", 12000, 3000, 5),
        ("kain-pel", "Kain Pel Lantai Katun Tebal (refill)", "pcs", 14000, 2500, 5),
    ]),
    ("X3", "Koperasi Serba Usaha Banten Berkah", "koperasi", "36.73", "halal", True, [
        ("sembako", "Paket Sembako (beras 5 kg, minyak 1 L, gula 1 kg, mie 5)", "paket", 135000, 3000, 5),
    ]),
    ("X4", "Bendera Umbul-Umbul Bogor", "mikro", "32.71", "", True, [
        ("bendera", "Bendera Merah Putih Kain Katun 120x180", "pcs", 65000, 2000, 5),
        ("umbul", "Umbul-Umbul Kain Printing 5 m", "pcs", 95000, 1000, 7),
    ]),
]

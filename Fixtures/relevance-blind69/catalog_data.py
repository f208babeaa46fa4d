"""Hand-written suppliers and products of relevance-blind69 (fictional businesses, real Kemendagri codes).

Each supplier: (key, name, scale, region, certificates, active, products). The key's first letter is the
category (CATEGORY). Each product: (kind, name as the maker writes it, unit, price, capacity/month,
lead days). The kind is the labeller's tag; it never reaches the CSVs.
"""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Made and eaten the same day or week: the whole quantity must come out of one month's capacity.
PERISHABLE = {"nasi-kotak", "snack-box", "prasmanan", "tumpeng", "nasi-liwet", "coffee-break",
              "jamu-kunyit-asam", "jamu-beras-kencur"}

SUPPLIERS = [
    # ---------------- makanan ----------------
    ("M1", "UMKM Emping Melinjo Ibu Enah", "mikro", "36.01", "pirt;halal", True, [
        ("emping-melinjo", "Emping Melinjo Menes Super Tipis", "kg", 95000, 300, 3),
        ("emping-melinjo", "Emping Balado Pedas Manis 250 gr", "pack", 23000, 600, 3),
    ]),
    ("M2", "Keripik Pisang Mekar Sari", "kecil", "18.71", "pirt;halal", True, [
        ("keripik-pisang", "Keripik Pisang Coklat Lampung 250gr", "pack", 20000, 2000, 4),
        ("keripik-pisang", "Keripik Pisang Kepok Original Asin", "kg", 70000, 500, 4),
    ]),
    ("M3", "Otak-Otak Bandeng Mang Udin", "mikro", "36.04", "pirt", True, [
        ("otak-otak", "Otak-Otak Bandeng Khas Serang (isi 10)", "pack", 30000, 600, 2),
        ("sate-bandeng", "Sate Bandeng Asli Banten", "ekor", 45000, 400, 2),
    ]),
    ("M4", "Kemplang Tenggiri Menggala", "mikro", "18.05", "pirt", True, [
        ("kemplang", "Kerupuk Kemplang Panggang Ikan Tenggiri", "kg", 110000, 300, 5),
        ("kerupuk-kulit-ikan", "Kerupuk Kulit Ikan Patin", "pack", 25000, 400, 5),
    ]),
    ("M5", "Koperasi Gula Aren Hanjuang Cibeber", "koperasi", "36.02", "halal;pirt", True, [
        ("gula-semut", "Gula Semut Aren Organik 500 gr", "pack", 35000, 3000, 5),
        ("gula-aren-cetak", "Gula Aren Cetak Batok", "kg", 28000, 5000, 3),
    ]),
    ("M6", "Dapur Sambal Teh Nining", "mikro", "36.73", "pirt;halal", True, [
        ("sambal-teri", "Sambal Teri Kacang Pedas Botol 200 ml", "botol", 28000, 800, 3),
        ("sambal-bawang", "Sambel Bawang Cabe Rawit Jar 150gr", "botol", 22000, 800, 3),
    ]),
    ("M7", "Keripik Singkong Ny. Lastri", "mikro", "18.02", "pirt", True, [
        ("keripik-singkong", "Keripik Singkong Balado Pedas 500 gr", "pack", 25000, 1500, 3),
        ("kelanting", "Kelanting Singkong Gurih 250 gr", "pack", 12000, 1500, 3),
    ]),
    ("M8", "PT Camilan Nusantara Prima", "besar", "36.03", "halal;bpom", True, [
        ("keripik-singkong", "KERIPIK SINGKONG PEDAS 500GR Grosir", "pack", 15000, 50000, 2),
        ("keripik-pisang", "Keripik Pisang Manis 250 gr", "pack", 12000, 50000, 2),
    ]),
    ("M9", "Rengginang Bu Yati Kotabumi", "mikro", "18.03", "pirt-expired", True, [
        ("rengginang", "Rengginang Ketan Terasi Mentah 1 kg", "kg", 45000, 300, 4),
        ("kue-bawang", "Kue Bawang Renyah 250gr", "pack", 15000, 600, 4),
    ]),
    ("M10", "Lempok Durian Berkah Blambangan Umpu", "mikro", "18.08", "pirt", True, [
        ("lempok-durian", "Lempok Durian Asli 250 gr", "pack", 40000, 400, 5),
    ]),
    # ---------------- minuman ----------------
    ("N1", "Koperasi Kopi Robusta Way Kanan Jaya", "koperasi", "18.08", "halal;pirt", True, [
        ("kopi-robusta-bubuk-wk", "Kopi Bubuk Robusta Way Kanan 250 gr", "pack", 38000, 2000, 5),
        ("kopi-robusta-biji", "Kopi Robusta Biji Sangrai (Roast Bean) 1 kg", "kg", 135000, 500, 5),
    ]),
    ("N2", "Kopi Tanggamus Kebun Kita", "kecil", "18.06", "halal;pirt", True, [
        ("kopi-robusta-bubuk", "Kopi Robusta Lampung Bubuk Premium 200 gr", "pack", 35000, 3000, 4),
        ("kopi-lanang", "Kopi Lanang (Peaberry) Robusta Bubuk 200 gr", "pack", 55000, 600, 4),
    ]),
    ("N3", "Koperasi Karyawan Tirta Pandeglang", "koperasi", "36.01", "sni;halal;bpom", True, [
        ("amdk-gelas", "Air Minum Dalam Kemasan Gelas 220 ml isi 48", "dus", 24000, 6000, 2),
        ("amdk-botol", "Air Mineral Botol 600 ml (1 dus 24 btl)", "dus", 42000, 3000, 2),
    ]),
    ("N4", "Jahe Merah Instan Bu Warsih", "mikro", "36.02", "pirt", True, [
        ("jahe-instan", "Minuman Serbuk Jahe Merah Instan 250 gr", "pack", 25000, 800, 3),
        ("kunyit-asam-instan", "Serbuk Kunyit Asam Instan 250 gr", "pack", 25000, 800, 3),
    ]),
    ("N5", "Susu Kambing Etawa Pringsewu", "kecil", "18.10", "pirt;halal", True, [
        ("susu-etawa", "Susu Kambing Etawa Bubuk 200 gr", "pack", 65000, 500, 5),
    ]),
    ("N6", "Kakao Pesawaran Mandiri", "mikro", "18.09", "pirt", True, [
        ("cokelat-bubuk", "Bubuk Kakao Murni 250 gr", "pack", 45000, 400, 5),
        ("cokelat-sachet", "Minuman Cokelat Sachet 3in1 isi 10", "pack", 30000, 600, 5),
    ]),
    # ---------------- jasa-boga ----------------
    ("J1", "Katering Dapur Bunda Rangkas", "kecil", "36.02", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar + Lalapan", "kotak", 35000, 3000, 2),
        ("snack-box", "Snack Box Isi 3 Kue + Air Mineral", "kotak", 15000, 4000, 1),
        ("prasmanan", "Prasmanan Menu Sunda (min 100 porsi)", "porsi", 55000, 1500, 3),
    ]),
    ("J2", "RM Saung Menes Catering", "mikro", "36.01", "halal", True, [
        ("nasi-kotak", "Nasi Box Ayam Goreng Lengkap", "kotak", 32000, 700, 2),
        ("tumpeng", "Tumpeng Nasi Kuning Komplit 20 orang", "tumpeng", 750000, 20, 3),
        ("nasi-liwet", "Nasi Liwet Paket Ngariung 5 orang", "paket", 150000, 100, 2),
    ]),
    ("J3", "Aisyah Catering Gunung Sugih", "mikro", "18.02", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Rendang", "kotak", 33000, 1200, 2),
        ("snack-box", "Kue Kotak (Snack) Rapat isi 4", "kotak", 13000, 1500, 1),
    ]),
    ("J4", "Katering Sejahtera Kotabumi", "kecil", "18.03", "halal", True, [
        ("nasi-kotak", "Paket Nasi Box Menu Ayam Pop", "kotak", 30000, 2000, 2),
        ("snack-box", "Snack Box Jajanan Pasar", "kotak", 12000, 2500, 1),
        ("coffee-break", "Coffee Break (Kopi/Teh + 2 Kue) per orang", "porsi", 18000, 1500, 1),
    ]),
    ("J5", "Dapur Umi Blambangan Umpu", "mikro", "18.08", "", True, [
        ("nasi-kotak", "Nasi Bungkus / Nasi Kotak Lauk Ikan", "kotak", 25000, 300, 2),
        ("snack-box", "Snack Kotak", "kotak", 10000, 400, 1),
    ]),
    ("J6", "PT Boga Prima Tangerang", "besar", "36.71", "halal;iso-9001", True, [
        ("nasi-kotak", "Nasi Box Premium Corporate", "kotak", 28000, 30000, 1),
        ("prasmanan", "Buffet Prasmanan Hotel Style", "porsi", 60000, 10000, 2),
    ]),
    ("J7", "Katering Citra Rasa Serang", "kecil", "36.73", "halal", True, [
        ("snack-box", "Kotak Kue Rapat 3 Item", "kotak", 14000, 3000, 1),
        ("nasi-kotak", "Nasi Kotak Ayam Bakakak", "kotak", 38000, 2500, 2),
    ]),
    ("J8", "Katering Menggala Berkah", "mikro", "18.05", "halal", True, [
        ("prasmanan", "Prasmanan Hajatan & Dinas per Pax", "porsi", 45000, 800, 3),
        ("nasi-kotak", "Nasi Kotak Pindang Ikan Baung", "kotak", 30000, 600, 2),
    ]),
    ("J9", "Kue Basah Ibu Nani Rangkasbitung", "mikro", "36.02", "halal", True, [
        ("snack-box", "Dus Kue Basah isi 3 (Lemper, Bolu, Risol)", "dus", 10000, 2000, 1),
    ]),
    ("J10", "Katering Bunda Kotabumi", "mikro", "18.03", "halal", False, [
        ("nasi-kotak", "Nasi Kotak Ayam Goreng Kremes", "kotak", 27000, 1500, 2),
    ]),
    # ---------------- fesyen ----------------
    ("F1", "Sanggar Tapis Ratu Sekar", "kecil", "18.02", "", True, [
        ("tapis-kain", "Kain Tapis Lampung Motif Pucuk Rebung Sulam Benang Emas", "lembar", 1250000, 25, 21),
        ("tapis-selendang", "Selendang Tapis Lampung", "lembar", 350000, 80, 10),
        ("peci-tapis", "Peci / Kopiah Motif Tapis", "pcs", 85000, 300, 7),
    ]),
    ("F2", "Batik Lebak Kalagumarang", "mikro", "36.02", "batikmark", True, [
        ("batik-cap-kain", "Kain Batik Cap Motif Seren Taun 2 meter", "lembar", 175000, 200, 10),
        ("batik-kemeja-lebak", "Kemeja Batik Lebak Lengan Panjang Pria", "pcs", 235000, 150, 14),
        ("batik-tulis-kain", "Kain Batik Tulis Motif Sawarna 2,25 m", "lembar", 650000, 20, 21),
    ]),
    ("F3", "Konveksi Seragam Maju Bersama", "kecil", "32.15", "iso-9001", True, [
        ("pdh", "Seragam PDH Khaki Setelan (Kemeja + Celana)", "stel", 285000, 600, 21),
        ("polo-bordir", "Kaos Polo Lacoste Bordir Logo Instansi", "pcs", 85000, 1500, 14),
        ("rompi", "Rompi Lapangan Drill Bordir", "pcs", 135000, 500, 14),
    ]),
    ("F4", "Sablon & Konveksi Pringsewu Kreatif", "mikro", "18.10", "", True, [
        ("kaos-sablon", "Kaos Oblong Cotton Combed 30s Sablon", "pcs", 55000, 1500, 10),
        ("tas-spunbond", "Tas Spunbond Sablon Logo 35x40", "pcs", 6500, 5000, 7),
        ("topi", "Topi Bordir Logo Kegiatan", "pcs", 35000, 1000, 10),
    ]),
    ("F5", "Tenun Baduy Ambu Sarni", "mikro", "36.02", "", True, [
        ("tenun-baduy", "Kain Tenun Baduy Motif Suat Samata", "lembar", 450000, 30, 14),
        ("iket-baduy", "Iket / Ikat Kepala Baduy Batik Biru", "pcs", 40000, 400, 5),
    ]),
    ("F6", "Sandal Spon Pasar Kemis", "kecil", "36.03", "", True, [
        ("sandal-hotel", "Sandal Hotel Spon Putih 5 mm", "pasang", 4500, 10000, 5),
        ("sandal-jepit", "Sandal Jepit Karet Dewasa", "pasang", 12000, 5000, 5),
    ]),
    ("F7", "Kerudung Seragam Hj. Romlah", "mikro", "36.73", "", True, [
        ("jilbab-seragam", "Jilbab Segi Empat Voal Seragam (Warna Instansi)", "pcs", 28000, 1500, 7),
        ("mukena", "Mukena Katun Rayon Dewasa", "pcs", 95000, 300, 10),
    ]),
    ("F8", "PT Garmindo Seragam Nusantara", "besar", "36.71", "iso-9001", True, [
        ("pdl", "Seragam PDL Lapangan Bahan American Drill", "stel", 250000, 20000, 14),
    ]),
    ("F9", "Galeri Tapis Printing Tanjungkarang", "kecil", "18.71", "", True, [
        ("tapis-print", "Kain Motif Tapis Printing 2 meter", "lembar", 95000, 800, 5),
    ]),
    ("F10", "Batik Cikadu Pandeglang", "mikro", "36.01", "batikmark", True, [
        ("batik-cap-kain", "Kain Batik Cap Motif Badak Cula Satu 2 m", "lembar", 150000, 300, 7),
        ("batik-kemeja", "Kemeja Batik Cap Cikadu Pria", "pcs", 195000, 200, 10),
    ]),
    # ---------------- kerajinan ----------------
    ("K1", "Anyaman Pandan Mekarjaya", "mikro", "36.01", "", True, [
        ("tikar-pandan", "Tikar Pandan Anyam Ukuran 2x3 m", "lembar", 150000, 100, 10),
        ("tas-pandan", "Tas Anyaman Pandan Motif Badak", "pcs", 65000, 300, 7),
        ("tempat-tisu-pandan", "Tempat Tisu Anyaman Pandan", "pcs", 30000, 400, 5),
    ]),
    ("K2", "Kerajinan Bambu Gisting", "mikro", "18.06", "", True, [
        ("besek", "Besek Bambu Tutup 20x20 cm", "pcs", 3500, 6000, 5),
        ("lampu-bambu", "Lampu Hias Gantung Anyaman Bambu", "pcs", 125000, 60, 10),
        ("tampah", "Tampah Bambu Diameter 50 cm", "pcs", 18000, 500, 5),
    ]),
    ("K3", "Koja Baduy Leuwidamar", "mikro", "36.02", "", True, [
        ("tas-koja", "Tas Koja Baduy Kulit Kayu Teureup", "pcs", 60000, 300, 7),
    ]),
    ("K4", "Gerabah Bumijaya Ciruas", "mikro", "36.04", "", True, [
        ("guci-gerabah", "Guci Gerabah Hias Tinggi 40 cm", "pcs", 95000, 150, 10),
        ("pot-gerabah", "Pot Tanah Liat Diameter 25 cm", "pcs", 18000, 1000, 7),
        ("celengan-gerabah", "Celengan Gerabah Bentuk Ayam", "pcs", 15000, 800, 7),
    ]),
    ("K5", "Siger Craft Metro", "mikro", "18.72", "", True, [
        ("miniatur-siger", "Miniatur Siger Lampung Akrilik Gold 20 cm", "pcs", 75000, 400, 7),
        ("gantungan-siger", "Gantungan Kunci Siger Akrilik", "pcs", 5000, 3000, 5),
        ("plakat-kayu", "Plakat Kayu Jati Ukir Logo Siger", "pcs", 275000, 100, 14),
    ]),
    ("K6", "Ukiran Kayu Nuwo Sesat Kotabumi", "mikro", "18.03", "svlk", True, [
        ("miniatur-rumah-adat", "Miniatur Rumah Adat Lampung (Nuwo Sesat) Kayu", "pcs", 350000, 40, 14),
        ("pigura-ukir", "Pigura Ukir Kayu Motif Kapal Lampung", "pcs", 225000, 60, 14),
    ]),
    ("K7", "Akrilik Jaya Advertising Serang", "kecil", "36.73", "", True, [
        ("plakat-akrilik", "Plakat Akrilik Custom 15x20 cm + Box", "pcs", 125000, 500, 7),
        ("gantungan-akrilik", "Gantungan Kunci Akrilik Custom Logo", "pcs", 4000, 5000, 5),
    ]),
    ("K8", "CV Souvenir Grosir Indonesia", "besar", "36.74", "", True, [
        ("plakat-akrilik", "PLAKAT AKRILIK MURAH Custom Nama", "pcs", 80000, 10000, 5),
    ]),
    ("K9", "Kerajinan Batok & Kayu Labuan", "mikro", "36.01", "", True, [
        ("batok-kelapa", "Gelas & Sendok Batok Kelapa Set", "set", 35000, 400, 7),
        ("patung-badak", "Patung Badak Bercula Satu Kayu Ujung Kulon", "pcs", 120000, 80, 10),
    ]),
    # ---------------- perhiasan ----------------
    ("P1", "Perak Kenari Ciomas", "kecil", "36.04", "", True, [
        ("bros-perak", "Bros Perak 925 Motif Bunga Melati", "pcs", 275000, 100, 10),
        ("cincin-perak", "Cincin Perak 925 Ukir Polos", "pcs", 185000, 150, 10),
    ]),
    ("P2", "Gelang Baduy Ciboleger", "mikro", "36.02", "", True, [
        ("gelang-baduy", "Gelang Tali Baduy Hitam", "pcs", 10000, 3000, 3),
        ("kalung-manik", "Kalung Manik-Manik Baduy Warna", "pcs", 25000, 500, 5),
    ]),
    ("P3", "Aksesoris Tapis Bunda Rina", "mikro", "18.71", "", True, [
        ("bros-tapis", "Bros Jilbab Motif Tapis (Imitasi)", "pcs", 15000, 2000, 5),
        ("anting-tapis", "Anting Tapis Lampung", "pasang", 20000, 800, 5),
    ]),
    ("P4", "Mutiara Sekarbela", "kecil", "52.71", "", True, [
        ("kalung-mutiara", "Kalung Mutiara Air Tawar Lombok", "pcs", 350000, 200, 7),
        ("bros-mutiara", "Bros Mutiara Bentuk Bunga", "pcs", 150000, 200, 7),
    ]),
    ("P5", "Akik Way Kanan Mandiri", "mikro", "18.08", "", True, [
        ("cincin-akik", "Cincin Batu Akik Lampung Ikat Titanium", "pcs", 125000, 80, 7),
    ]),
    # ---------------- furnitur ----------------
    ("U1", "Mebel Jati Pringsewu Makmur", "kecil", "18.10", "svlk", True, [
        ("meja-siswa", "Meja Siswa Tunggal Kayu Jati 60x40", "unit", 450000, 150, 21),
        ("kursi-siswa", "Kursi Siswa Kayu Sandaran", "unit", 275000, 200, 21),
        ("lemari-kelas", "Lemari Kelas Kayu 2 Pintu Kaca", "unit", 1850000, 30, 21),
    ]),
    ("U2", "Meubel Sekolah Rangkas Jaya", "mikro", "36.02", "", True, [
        ("meja-kursi-siswa", "Meja + Kursi Siswa SD Sepasang (Kayu Mahoni)", "set", 700000, 80, 21),
        ("papan-tulis", "Papan Tulis Whiteboard Bingkai Kayu 120x240", "unit", 650000, 40, 14),
    ]),
    ("U3", "Las & Mebel Besi Metro Teknik", "kecil", "18.72", "sni", True, [
        ("rak-besi", "Rak Besi Siku Arsip 5 Susun", "unit", 750000, 60, 14),
        ("loker-besi", "Loker Besi 12 Pintu", "unit", 3200000, 15, 21),
        ("filing-cabinet", "Filing Cabinet Besi 4 Laci", "unit", 2350000, 20, 21),
    ]),
    ("U4", "Kursi Kantor Cikarang Furnindo", "kecil", "32.16", "", True, [
        ("kursi-putar", "Kursi Kerja Putar Hidrolik Sandaran Jaring", "unit", 650000, 200, 10),
        ("meja-kerja", "Meja Kerja Staf 1/2 Biro 120 cm", "unit", 1100000, 80, 14),
    ]),
    ("U5", "PT Mebel Modern Indonesia", "besar", "36.71", "iso-9001", True, [
        ("kursi-putar", "KURSI KANTOR ERGONOMIS Jaring", "unit", 550000, 5000, 5),
        ("meja-rapat", "Meja Rapat Oval 10 Orang", "unit", 6500000, 200, 10),
    ]),
    ("U6", "Rotan Tegalwangi Cirebon", "kecil", "32.09", "svlk", True, [
        ("kursi-rotan-teras", "Kursi Teras Rotan Sintetis Set (2 Kursi + 1 Meja)", "set", 2800000, 40, 21),
        ("sofa-rotan", "Sofa Tamu Rotan Alami 3-2-1", "set", 8500000, 10, 30),
    ]),
    ("U7", "Bambu Furnitur Cimarga", "mikro", "36.02", "", True, [
        ("kursi-bambu", "Kursi Bambu Set Meja (Bale Bambu)", "set", 1200000, 20, 14),
    ]),
    # ---------------- herbal ----------------
    ("H1", "Jamu Gendong Mbok Sri", "mikro", "18.72", "pirt", True, [
        ("jamu-kunyit-asam", "Jamu Kunyit Asam Segar Botol 250 ml", "botol", 6000, 1500, 1),
        ("jamu-beras-kencur", "Jamu Beras Kencur Segar Botol 250 ml", "botol", 6000, 1500, 1),
    ]),
    ("H2", "Koperasi Madu Hutan Way Kanan", "koperasi", "18.08", "pirt", True, [
        ("madu-hutan", "Madu Hutan Asli Way Kanan 500 gr", "botol", 95000, 600, 5),
        ("madu-hutan", "Madu Hutan Murni 1 kg Botol Kaca", "botol", 175000, 300, 5),
    ]),
    ("H3", "Herbal Temulawak Sehat Serang", "kecil", "36.04", "bpom;halal", True, [
        ("temulawak-instan", "Temulawak Instan Serbuk 200 gr", "pack", 22000, 2000, 4),
        ("kapsul-kelor", "Kapsul Daun Kelor isi 60", "botol", 45000, 1000, 4),
    ]),
    ("H4", "Atsiri Sereh Wangi Cibeber", "mikro", "36.02", "pirt", True, [
        ("minyak-sereh", "Minyak Sereh Wangi Botol 30 ml", "botol", 25000, 600, 4),
        ("balsem-sereh", "Balsem Sereh Wangi 20 gr", "pot", 15000, 600, 4),
    ]),
    ("H5", "Empon-Empon Tanggamus Sehat", "mikro", "18.06", "pirt", True, [
        ("empon-kering", "Paket Empon-Empon Kering (Jahe, Kunyit, Temulawak, Sereh) 500 gr", "pack", 40000, 500, 5),
        ("wedang-rempah", "Wedang Rempah Celup isi 10", "pack", 25000, 500, 5),
    ]),
    # ---------------- kosmetik ----------------
    ("S1", "Sabun Herbal Lerak Pandeglang", "mikro", "36.01", "bpom", True, [
        ("sabun-batang", "Sabun Batang Sereh & Kopi Handmade 100 gr", "pcs", 15000, 1500, 5),
        ("sabun-cuci-tangan", "Sabun Cuci Tangan Cair Jerigen 5 Liter", "jerigen", 85000, 400, 4),
    ]),
    ("S2", "Lilin Aromaterapi Tapis Wangi", "mikro", "18.71", "", True, [
        ("lilin-aromaterapi", "Lilin Aromaterapi Kopi Lampung 100 gr (Jar)", "pcs", 35000, 500, 7),
        ("reed-diffuser", "Reed Diffuser Pengharum Ruangan 100 ml", "botol", 55000, 300, 7),
    ]),
    ("S3", "Lulur Putri Gunung Sugih", "mikro", "18.02", "bpom", True, [
        ("lulur", "Lulur Mandi Bengkoang & Beras 200 gr", "pot", 25000, 800, 5),
        ("masker", "Masker Wajah Bubuk Kopi 100gr", "pot", 20000, 600, 5),
    ]),
    ("S4", "Minyak Kelapa & Kemiri Kalianda", "mikro", "18.01", "pirt", True, [
        ("minyak-kemiri", "Minyak Kemiri Penumbuh Rambut 100 ml", "botol", 30000, 500, 5),
        ("vco", "Virgin Coconut Oil Murni 250 ml", "botol", 45000, 400, 5),
    ]),
    ("S5", "PT Sabun Cemerlang Abadi", "besar", "36.03", "bpom", True, [
        ("sabun-cuci-tangan", "HAND SOAP Refill 5L Grosir", "jerigen", 55000, 20000, 3),
        ("sabun-batang", "Sabun Mandi Batang 90 gr", "pcs", 4500, 50000, 3),
    ]),
    # ---------------- logam ----------------
    ("L1", "Pandai Besi Golok Ciomas Ki Santa", "mikro", "36.04", "", True, [
        ("golok-ciomas", "Golok Ciomas Sulangkar Asli (Sarung Kayu)", "pcs", 450000, 40, 14),
        ("golok-kebun", "Golok Kebun Tempa Baja Per", "pcs", 150000, 150, 7),
    ]),
    ("L2", "Pande Besi Sumber Makmur", "mikro", "18.02", "", True, [
        ("cangkul", "Cangkul Baja Tempa Tanpa Gagang", "pcs", 95000, 400, 7),
        ("egrek", "Egrek Sawit Baja + Sambungan", "pcs", 185000, 200, 7),
        ("sabit", "Arit / Sabit Rumput Baja", "pcs", 45000, 600, 5),
    ]),
    ("L3", "Bengkel Las Teralis Karya Mandiri", "kecil", "36.71", "", True, [
        ("teralis-besi", "Teralis Jendela Besi Hollow Minimalis per m2", "m2", 350000, 200, 14),
        ("pagar-besi", "Pagar Besi Minimalis per meter lari", "meter", 650000, 150, 14),
        ("kanopi", "Kanopi Baja Ringan Atap Alderon per m2", "m2", 425000, 150, 14),
    ]),
    ("L4", "Alat Dapur Logam Rangkasbitung", "mikro", "36.02", "", True, [
        ("dandang", "Dandang Aluminium 30 Liter", "pcs", 375000, 60, 7),
        ("wajan-besi", "Wajan Besi Cor Diameter 40 cm", "pcs", 185000, 80, 7),
    ]),
    ("L5", "Medali & Pin Logam Bekasi Jaya", "kecil", "32.75", "", True, [
        ("medali", "Medali Kuningan Custom Emboss 5 cm + Tali", "pcs", 25000, 3000, 14),
        ("pin-logam", "Pin Logam Enamel Logo Instansi", "pcs", 8500, 5000, 14),
    ]),
    ("L6", "Alsintan Way Kanan Tani", "kecil", "18.08", "sni", True, [
        ("gerobak", "Gerobak Sorong Dorong Roda Satu Besi", "unit", 550000, 100, 7),
        ("gasrok", "Landak Sawah Besi (Gasrok)", "unit", 250000, 100, 10),
    ]),
    # ---------------- percetakan ----------------
    ("C1", "Percetakan Mitra Rangkas", "kecil", "36.02", "", True, [
        ("kop-surat", "Cetak Kertas Kop Surat HVS 80 gr (per rim)", "rim", 185000, 300, 5),
        ("spanduk", "Spanduk / Banner Flexi 280 gr per m2", "m2", 25000, 3000, 2),
        ("kalender", "Kalender Dinding 2027 Custom 6 Lembar", "pcs", 22000, 3000, 14),
        ("map-logo", "Map Snelhecter Cetak Logo Instansi", "pcs", 6500, 5000, 10),
    ]),
    ("C2", "Koperasi Pegawai Pemkab Lampung Utara", "koperasi", "18.03", "", True, [
        ("hvs-a4-70", "Kertas HVS A4 70 gsm 1 Rim", "rim", 52000, 2000, 2),
        ("pulpen", "Pulpen Gel Hitam 0.5 (Box isi 12)", "box", 30000, 1000, 2),
        ("map-plastik", "Map Plastik Kancing Folio", "pcs", 3000, 5000, 2),
        ("amplop", "Amplop Coklat Folio (Pak isi 50)", "pak", 45000, 500, 2),
    ]),
    ("C3", "Digital Printing Terang Metro", "mikro", "18.72", "", True, [
        ("id-card", "Cetak ID Card PVC + Tali Lanyard Printing", "pcs", 12000, 3000, 5),
        ("sertifikat", "Cetak Sertifikat / Piagam Art Carton 260 gr", "lembar", 4500, 5000, 3),
        ("spanduk", "Cetak Banner MMT Outdoor per meter persegi", "m2", 22000, 2000, 2),
    ]),
    ("C4", "Kemasan UMKM Ciruas Packaging", "mikro", "36.04", "", True, [
        ("dus-nasi", "Dus Nasi Kotak 20x20 Cetak Logo", "pcs", 1800, 20000, 7),
        ("paper-bag", "Paper Bag Kraft Coklat Sablon Logo 25x30", "pcs", 4500, 5000, 7),
        ("stiker-label", "Stiker Label Produk Vinyl Cutting A3", "lembar", 12000, 2000, 3),
    ]),
    ("C5", "Toko ATK Sinar Way Kanan", "mikro", "18.08", "", True, [
        ("hvs-a4-80", "Kertas HVS A4 80 gsm 1 Rim", "rim", 62000, 800, 3),
        ("buku-tulis", "Buku Tulis 38 Lembar (Pak isi 10)", "pak", 32000, 1000, 2),
        ("tinta", "Tinta Printer Refill 100 ml", "botol", 25000, 500, 2),
    ]),
    ("C6", "PT Grafika Nusantara Print", "besar", "36.74", "iso-9001", True, [
        ("buku-yasin", "Cetak Buku Yasin Hard Cover 200 hlm", "pcs", 15000, 50000, 14),
        ("kalender", "Kalender Meja Custom", "pcs", 12000, 50000, 14),
    ]),
    # ---------------- pertanian ----------------
    ("T1", "Pembibitan Buah Cibeber Lestari", "mikro", "36.02", "", True, [
        ("bibit-durian", "Bibit Durian Musang King Okulasi 60-80 cm", "batang", 55000, 1500, 7),
        ("bibit-manggis", "Bibit Manggis Sambung Pucuk", "batang", 40000, 1000, 7),
        ("bibit-alpukat", "Bibit Alpukat Aligator Grafting", "batang", 35000, 1500, 7),
    ]),
    ("T2", "Penangkar Bibit Kopi Ulubelu", "kecil", "18.06", "", True, [
        ("bibit-kopi", "Bibit Kopi Robusta Sambung Polybag 30 cm", "batang", 3500, 30000, 14),
        ("bibit-lada", "Bibit Lada Perdu (Sulur) Polybag", "batang", 6000, 10000, 14),
    ]),
    ("T3", "Pokdakan Mina Jaya Metro", "koperasi", "18.72", "", True, [
        ("benih-nila", "Benih Ikan Nila Merah 5-7 cm", "ekor", 350, 60000, 5),
        ("benih-lele", "Benih Lele Sangkuriang 7-8 cm", "ekor", 250, 100000, 5),
    ]),
    ("T4", "Pakan Ternak Mandiri Terbanggi", "kecil", "18.02", "sni", True, [
        ("pelet-ikan", "Pelet Ikan Apung Protein 30% Karung 30 kg", "karung", 320000, 600, 5),
        ("konsentrat-sapi", "Pakan Konsentrat Sapi Potong Karung 50 kg", "karung", 195000, 800, 5),
        ("pakan-ayam", "Pakan Ayam Kampung Fermentasi 25 kg", "karung", 165000, 500, 5),
    ]),
    ("T5", "Flora Tanaman Hias Ciawi", "mikro", "32.01", "", True, [
        ("sansevieria", "Tanaman Hias Sansevieria (Lidah Mertua) Pot 20 cm", "pot", 35000, 1000, 5),
        ("anggrek", "Anggrek Dendrobium Berbunga Pot", "pot", 85000, 300, 5),
        ("aglonema", "Aglaonema Red Anjamani Pot 20", "pot", 65000, 500, 5),
    ]),
    ("T6", "Koi & Ikan Hias Sepatan", "mikro", "36.03", "", True, [
        ("koi", "Ikan Koi Lokal Blitar 10-15 cm", "ekor", 25000, 2000, 3),
        ("koki", "Ikan Mas Koki Oranda 5 cm", "ekor", 15000, 1500, 3),
    ]),
    ("T7", "Koperasi Peternak Ayam KUB Lebak", "koperasi", "36.02", "", True, [
        ("doc-kub", "Bibit Ayam KUB (DOC) Umur 1 Hari", "ekor", 9000, 4000, 7),
        ("pullet", "Ayam Kampung Pullet Siap Telur", "ekor", 75000, 300, 7),
    ]),
    ("T8", "Penangkar Benih Padi Tulang Bawang Makmur", "kecil", "18.05", "sni", True, [
        ("benih-padi", "Benih Padi Inpari 32 Label Biru 5 kg", "kantong", 65000, 4000, 7),
    ]),
    ("T9", "Kebun Bibit Abung Lestari", "mikro", "18.03", "", False, [
        ("bibit-durian", "Bibit Durian Montong Okulasi", "batang", 40000, 2000, 5),
        ("bibit-alpukat", "Bibit Alpukat Miki", "batang", 30000, 2000, 5),
    ]),
    # ---------------- lainnya ----------------
    ("X1", "Sapu Ijuk & Lidi Cimarga", "mikro", "36.02", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 22000, 800, 5),
        ("sapu-lidi", "Sapu Lidi Aren Bergagang", "pcs", 12000, 1000, 5),
        ("kemoceng", "Kemoceng Bulu Ayam 60 cm", "pcs", 15000, 400, 5),
    ]),
    ("X2", "Koperasi Kebersihan Sabilulungan", "koperasi", "32.15", "", True, [
        ("pembersih-lantai", "Cairan Pembersih Lantai Wangi Jerigen 5 Liter", "jerigen", 65000, 1000, 4),
        ("mop", "Alat Pel Lantai Kain Katun Gagang Aluminium", "pcs", 35000, 800, 4),
        ("keset-sabut", "Keset Sabut Kelapa 40x60", "pcs", 25000, 600, 5),
    ]),
    ("X3", "Fiber Tong Sampah Karya", "mikro", "36.71", "", True, [
        ("tong-sampah-pilah", "Tong Sampah Pilah 3 Warna Fiber 50 L (Set)", "set", 1200000, 60, 14),
    ]),
    ("X4", "Keset Perca Bu Tini Pagelaran", "mikro", "18.10", "", True, [
        ("keset-perca", "Keset Kaki Kain Perca Bulat", "pcs", 12000, 1500, 5),
        ("lap-perca", "Kain Lap Perca Serbet (kg)", "kg", 18000, 500, 3),
    ]),
    ("X5", "Koperasi Sembako Maju Menes", "koperasi", "36.01", "halal", True, [
        ("paket-sembako", "Paket Sembako (Beras 5 kg, Minyak 1 L, Gula 1 kg, Mie 5)", "paket", 145000, 2500, 5),
    ]),
    ("X6", "Sembako Berkah Menggala", "mikro", "18.05", "", True, [
        ("paket-sembako", "Paket Bantuan Sembako Keluarga", "paket", 150000, 800, 5),
    ]),
]

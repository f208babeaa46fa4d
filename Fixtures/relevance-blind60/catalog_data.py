"""Hand-written suppliers and products of relevance-blind60 (fictional businesses, real Kemendagri codes).

Each supplier: (key, name, scale, region, certificate spec, active, products); each product:
(kind, name as the IKM writes it, unit, unit_price, capacity_per_month, lead_time_days). The first letter
of the key is the category. `kind` is the labeller's tag and never reaches the CSVs.
"""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Kinds that must be made in the delivery month (capacity_per_month >= quantity) and, for labels, by a
# producer in the need's kabupaten/kota when one qualifies, else in its province.
PERISHABLE = {"nasi-kotak", "snack-box", "prasmanan", "tumpeng", "nasi-liwet", "coffee-break",
              "jamu-kunyit-asam", "beras-kencur"}

SUPPLIERS = [
    # makanan
    ("MA", "Dapur Mak Icih Cibitung", "mikro", "32.16", "halal;pirt", True, [
        ("keripik-singkong", "Keripik Singkong Balado pedas manis 250gr", "pcs", 12000, 3000, 3),
        ("rengginang", "Rengginang Terasi mentah 500 gr", "pcs", 18000, 800, 5),
        ("dodol", "Dodol Betawi Ketan Item", "pcs", 25000, 600, 5)]),
    ("MB", "CV Bandeng Juwita Karawang", "kecil", "32.15", "halal;pirt;bpom", True, [
        ("bandeng-presto", "Bandeng Presto Duri Lunak isi 2 ekor", "pack", 45000, 1500, 3),
        ("otak-otak", "Otak-otak Ikan Tenggiri Frozen isi 20", "pack", 38000, 1200, 4),
        ("nugget-ikan", "Nugget Ikan Tuna 500 gram", "pack", 32000, 1000, 4)]),
    ("MC", "Kemplang & Kerupuk Mbak Yanti Labuhan Maringgai", "mikro", "18.07", "pirt", True, [
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri Mentah 1 kg", "kg", 65000, 400, 5),
        ("kemplang", "Kemplang Panggang khas Lampung", "pack", 20000, 900, 4)]),
    ("MD", "Frozen Food Berkah Cibarusah", "mikro", "32.16", "halal;pirt", True, [
        ("dimsum", "Dimsum Ayam Udang isi 25", "pack", 55000, 700, 3),
        ("bakso-sapi", "Bakso Sapi Urat Frozen 50 butir", "pack", 60000, 500, 3),
        ("risoles-frozen", "Risoles Ragout Frozen isi 10", "pack", 30000, 800, 3)]),
    ("ME", "Sambal Nyonya Lestari", "kecil", "18.71", "halal;pirt", True, [
        ("sambal-bawang", "Sambal Bawang Botol 150ml", "botol", 22000, 2000, 4),
        ("sambal-teri", "Sambal Teri Pedas 200gr", "botol", 28000, 1000, 4)]),
    ("MF", "Emping Melinjo Pak Darta", "mikro", "36.01", "pirt", True, [
        ("emping", "Emping Melinjo Super 1 kg", "kg", 95000, 300, 7)]),
    ("MG", "Kue Kering Teh Nenden", "mikro", "32.14", "halal;pirt-expired", True, [
        ("kue-kering", "Kue Kering Nastar Nanas Toples 500gr", "toples", 85000, 400, 7),
        ("simping", "Simping Purwakarta aneka rasa", "pack", 15000, 1500, 5)]),
    # minuman
    ("NA", "Kopi Robusta Tanggamus Jaya", "kecil", "18.06", "halal;pirt", True, [
        ("kopi-bubuk-robusta", "Kopi Bubuk Robusta Tanggamus 250gr", "pcs", 35000, 2000, 5),
        ("green-bean", "Green Bean Robusta Lampung 1 kg", "kg", 70000, 500, 7)]),
    ("NB", "Kopi Puncak Megamendung", "mikro", "32.01", "pirt", True, [
        ("kopi-arabika", "Kopi Arabika Java Preanger Roasted Bean 200gr", "pcs", 75000, 400, 5)]),
    ("NC", "Sirup Pala Ibu Ani", "mikro", "32.01", "pirt", True, [
        ("sirup-pala", "Sirup Pala Bogor 600ml", "botol", 30000, 800, 5)]),
    ("ND", "Koperasi Wanita Wedang Jahe Karawang", "koperasi", "32.15", "halal;pirt", True, [
        ("jahe-instan", "Jahe Merah Instan Serbuk 250gr", "pcs", 25000, 1500, 4),
        ("bajigur", "Bajigur Instan Sachet isi 10", "pack", 20000, 1000, 4)]),
    ("NE", "PT Tirta Cibeet Lestari", "menengah", "32.16", "halal;bpom;sni", True, [
        ("amdk-gelas", "Air Mineral Gelas 220 ml (1 dus isi 48)", "dus", 22000, 5000, 2),
        ("amdk-botol", "Air Minum Botol 600ml isi 24", "dus", 45000, 3000, 2)]),
    ("NF", "Cokelat Kakao Pringsewu", "mikro", "18.10", "pirt", True, [
        ("cokelat-bubuk", "Cokelat Bubuk Murni Kakao Lampung 250gr", "pcs", 45000, 600, 5)]),
    # jasa-boga
    ("JA", "Katering Sari Rasa Cikarang", "kecil", "32.16", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar Komplit", "kotak", 35000, 3000, 2),
        ("snack-box", "Snack Box isi 3 kue", "box", 15000, 4000, 1),
        ("prasmanan", "Prasmanan paket nasi + 3 lauk", "porsi", 55000, 1500, 3)]),
    ("JB", "Dapur Bu Eha Catering", "mikro", "32.75", "halal", True, [
        ("nasi-kotak", "Nasi Box Ayam Goreng Lalapan", "box", 30000, 1200, 1),
        ("tumpeng", "Nasi Tumpeng Kuning 20 orang", "buah", 750000, 20, 3)]),
    ("JC", "RM Sunda Saung Karawang", "kecil", "32.15", "halal", True, [
        ("nasi-liwet", "Nasi Liwet Paket Komplit", "porsi", 40000, 1000, 2),
        ("snack-box", "Kue Kotak isi 4 (lemper, risol, bolu, air)", "box", 17000, 2000, 1)]),
    ("JD", "Catering Purwa Boga", "mikro", "32.14", "", True, [
        ("nasi-kotak", "Nasi Kotak Rendang", "kotak", 38000, 600, 2),
        ("coffee-break", "Paket Coffee Break Rapat", "pax", 25000, 800, 1)]),
    ("JE", "Kantin Sehat Cibinong", "mikro", "32.01", "halal", True, [
        ("nasi-kotak", "Nasbox Ayam Geprek + Es Teh", "box", 28000, 900, 1),
        ("snack-box", "Snack Rapat Kotak (3 item)", "box", 14000, 1500, 1)]),
    ("JF", "Katering Pandeglang Rasa", "mikro", "36.01", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ikan Bakar", "kotak", 32000, 500, 2)]),
    # fesyen
    ("FA", "Konveksi Seragam Tambun", "kecil", "32.16", "", True, [
        ("seragam-pdh", "Seragam PDH Kemeja Khaki Lengan Panjang", "pcs", 150000, 1500, 14),
        ("kaos-polo", "Kaos Polo Bordir Logo Instansi", "pcs", 75000, 2000, 10),
        ("rompi", "Rompi Lapangan Drill", "pcs", 120000, 800, 14)]),
    ("FB", "Batik Bekasi Mekar Sari", "mikro", "32.75", "batikmark", True, [
        ("batik-tulis", "Kain Batik Tulis motif Bekasi 2 m", "lembar", 450000, 60, 21),
        ("batik-cap", "Kemeja Batik Cap Pria motif Tugu", "pcs", 165000, 400, 14)]),
    ("FC", "Tapis Siger Indah Metro", "mikro", "18.72", "", True, [
        ("tapis", "Kain Tapis Lampung Benang Emas", "lembar", 850000, 30, 30),
        ("selendang-tapis", "Selendang Tapis motif Kapal", "lembar", 250000, 100, 14)]),
    ("FD", "Pengrajin Sepatu Ciomas Bogor", "mikro", "32.01", "", True, [
        ("sepatu-pdh", "Sepatu PDH Kulit Sapi Pria", "pasang", 285000, 300, 14),
        ("sandal-kulit", "Sandal Kulit Pria Casual", "pasang", 95000, 400, 10)]),
    ("FE", "Karawang Sablon Kaos", "mikro", "32.15", "", True, [
        ("kaos-sablon", "Kaos Combed 30s Sablon Custom", "pcs", 55000, 3000, 7),
        ("topi", "Topi Baseball Bordir", "pcs", 35000, 2000, 7)]),
    ("FF", "Goodie Bag Cileungsi", "mikro", "32.01", "", True, [
        ("tote-bag", "Tas Tote Bag Kanvas Sablon", "pcs", 25000, 3000, 7),
        ("tas-seminar", "Tas Seminar Resleting Dinier", "pcs", 35000, 2000, 10)]),
    ("FG", "PT Garmen Nusantara Cikarang", "besar", "32.16", "iso-9001", True, [
        ("seragam-pdh", "Seragam PDH Kemeja Dinas Pria/Wanita", "pcs", 110000, 20000, 10)]),
    # kerajinan
    ("KA", "Koperasi Anyaman Pandan Mendut", "koperasi", "36.01", "", True, [
        ("tikar-pandan", "Tikar Pandan motif 150x200", "lembar", 120000, 200, 10),
        ("tas-pandan", "Tas Anyaman Pandan Wanita", "pcs", 85000, 300, 10),
        ("kotak-tisu-pandan", "Kotak Tisu Anyaman Pandan", "pcs", 35000, 500, 7)]),
    ("KB", "Kerajinan Bambu Jatiluhur", "mikro", "32.14", "", True, [
        ("besek", "Besek Bambu 20x20 (ikat isi 10)", "ikat", 25000, 1500, 5),
        ("kap-lampu", "Kap Lampu Bambu Hias", "pcs", 95000, 100, 14),
        ("tempat-pensil-bambu", "Tempat Pensil Bambu Ukir Nama", "pcs", 20000, 800, 7)]),
    ("KC", "Gerabah Plered Mulya", "mikro", "32.14", "", True, [
        ("gerabah-vas", "Vas Bunga Gerabah Plered tinggi 40cm", "pcs", 65000, 300, 10),
        ("pot-tanah-liat", "Pot Tanah Liat diameter 30", "pcs", 30000, 800, 7),
        ("celengan", "Celengan Gerabah Karakter", "pcs", 25000, 500, 7)]),
    ("KD", "Bekasi Kreasi Akrilik", "mikro", "32.75", "", True, [
        ("gantungan-akrilik", "Gantungan Kunci Akrilik Custom Logo", "pcs", 6000, 5000, 7),
        ("plakat-akrilik", "Plakat Akrilik Ukir Laser + Box", "pcs", 175000, 300, 7)]),
    ("KE", "Sanggar Ukir Kayu Karawang", "mikro", "32.15", "svlk", True, [
        ("plakat-kayu", "Plakat Kayu Jati Ukir", "pcs", 250000, 80, 14),
        ("miniatur", "Miniatur Kapal Pinisi Kayu 40cm", "pcs", 350000, 40, 21)]),
    # perhiasan
    ("PA", "Galeri Perak Sekar Tangerang", "mikro", "36.71", "", True, [
        ("cincin-perak", "Cincin Perak 925 Ukir Nama", "pcs", 185000, 150, 10),
        ("bros-perak", "Bros Perak motif Siger", "pcs", 225000, 100, 14),
        ("kalung-perak", "Kalung Perak Liontin Inisial", "pcs", 245000, 120, 10)]),
    ("PB", "Aksesoris Manik Bekasi", "mikro", "32.16", "", True, [
        ("gelang-manik", "Gelang Manik-manik Etnik", "pcs", 15000, 2000, 5),
        ("bros-hijab", "Bros Hijab Mutiara Imitasi", "pcs", 12000, 2500, 5),
        ("kalung-manik", "Kalung Manik Kayu", "pcs", 25000, 800, 7)]),
    ("PC", "Mutiara Teluk Lampung", "kecil", "18.01", "", True, [
        ("kalung-mutiara", "Kalung Mutiara Air Tawar Lampung", "pcs", 350000, 100, 14),
        ("anting-mutiara", "Anting Mutiara Tusuk", "pasang", 95000, 200, 10)]),
    ("PD", "PT Emas Jaya Mulia", "besar", "32.01", "sni", True, [
        ("cincin-emas", "Cincin Emas 24K 3 gram", "pcs", 4200000, 500, 7)]),
    # furnitur
    ("UA", "Rotan Indah Mebel Setu", "kecil", "32.16", "svlk", True, [
        ("kursi-rotan", "Kursi Teras Rotan Sintetis set 2 kursi + meja", "set", 2750000, 30, 21),
        ("sofa-rotan", "Sofa Rotan 3 Dudukan", "pcs", 3500000, 15, 30)]),
    ("UB", "Mebel Sekolah Karya Purwakarta", "kecil", "32.14", "svlk;sni", True, [
        ("meja-siswa", "Meja Kursi Siswa SD 1 set", "set", 650000, 400, 21),
        ("papan-tulis", "Papan Tulis Whiteboard 120x240", "pcs", 850000, 100, 14),
        ("lemari-kelas", "Lemari Kelas Kayu 2 Pintu", "pcs", 1800000, 60, 21)]),
    ("UC", "CV Furnitur Kantor Cikarang Jaya", "menengah", "32.16", "iso-9001", True, [
        ("meja-kerja", "Meja Kerja Staf 1/2 Biro 120x60", "pcs", 1250000, 150, 14),
        ("kursi-kantor", "Kursi Kerja Putar Hidrolik", "pcs", 750000, 200, 10),
        ("filing-cabinet", "Filing Cabinet Besi 4 Laci", "pcs", 2300000, 60, 14)]),
    ("UD", "Bengkel Kayu Jati Leuwiliang", "mikro", "32.01", "svlk", True, [
        ("rak-buku", "Rak Buku Kayu Jati 5 Susun", "pcs", 1100000, 30, 21),
        ("meja-rapat", "Meja Rapat Oval Jati 10 orang", "pcs", 6500000, 5, 45)]),
    ("UE", "Mebel Lipat Tambun", "mikro", "32.16", "", False, [
        ("kursi-lipat", "Kursi Lipat Besi Chitose Style", "pcs", 200000, 500, 7)]),
    # herbal
    ("HA", "Jamu Gendong Mbok Sri Metro", "mikro", "18.72", "pirt", True, [
        ("jamu-kunyit-asam", "Jamu Kunyit Asam botol 250ml (segar)", "botol", 8000, 1500, 1),
        ("beras-kencur", "Beras Kencur botol 250ml", "botol", 8000, 1200, 1)]),
    ("HB", "Herbal Nusantara Karawang", "kecil", "32.15", "pirt;halal", True, [
        ("temulawak-instan", "Temulawak Instan Serbuk 200gr", "pcs", 28000, 2000, 5)]),
    ("HC", "Madu Odeng Lebak", "mikro", "36.02", "pirt", True, [
        ("madu-hutan", "Madu Hutan Baduy 500ml", "botol", 120000, 300, 5)]),
    ("HD", "Minyak Atsiri Sereh Bogor", "mikro", "32.01", "bpom", True, [
        ("minyak-sereh", "Minyak Sereh Wangi 60ml", "botol", 25000, 1500, 5),
        ("minyak-kayu-putih", "Minyak Kayu Putih 60 ml", "botol", 30000, 1000, 5)]),
    ("HE", "Kelor Sehat Tanggamus", "mikro", "18.06", "pirt", True, [
        ("teh-kelor", "Teh Daun Kelor Celup isi 25", "box", 22000, 800, 5),
        ("kapsul-kelor", "Kapsul Daun Kelor 60 kapsul", "botol", 45000, 500, 7)]),
    # kosmetik
    ("SA", "Sabun Herbal Cikarang Wangi", "mikro", "32.16", "bpom", True, [
        ("sabun-batang", "Sabun Mandi Batang Susu Kambing 100gr", "pcs", 15000, 3000, 5),
        ("sabun-cair", "Sabun Cuci Tangan Cair 500ml Refill", "pcs", 18000, 2500, 4)]),
    ("SB", "Bogor Candle Studio", "mikro", "32.71", "", True, [
        ("lilin-aroma", "Lilin Aromaterapi Soy Wax Jar 100gr", "pcs", 45000, 600, 7),
        ("reed-diffuser", "Reed Diffuser Pengharum Ruangan 100ml", "pcs", 65000, 400, 7)]),
    ("SC", "Kosmetik Alami Serang", "kecil", "36.73", "bpom;halal", True, [
        ("lulur", "Lulur Mandi Bengkoang 200gr", "pcs", 25000, 1500, 5),
        ("hand-body", "Hand Body Lotion Zaitun 250ml", "pcs", 30000, 1200, 5),
        ("masker-wajah", "Masker Wajah Bubuk Beras", "pcs", 20000, 800, 5)]),
    ("SD", "Sabun Sereh Handmade Teluk Betung", "mikro", "18.71", "", True, [
        ("sabun-batang", "Sabun Sereh Handmade 80gr", "pcs", 12000, 1500, 5)]),
    # logam
    ("LA", "Bengkel Las Teralis Jaya Tambun", "mikro", "32.16", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow Motif Minimalis per m2", "m2", 450000, 200, 14),
        ("pagar-besi", "Pagar Besi Hollow Galvanis per meter", "meter", 650000, 150, 21),
        ("kanopi", "Kanopi Baja Ringan Alderon per m2", "m2", 550000, 150, 14)]),
    ("LB", "Pandai Besi Ciomas Banten", "mikro", "36.04", "", True, [
        ("golok-ciomas", "Golok Ciomas Sulangkar Sarung Kayu", "pcs", 450000, 60, 21),
        ("arit", "Arit / Sabit Rumput Baja Per", "pcs", 55000, 500, 7),
        ("cangkul", "Cangkul Baja Tempa + Gagang", "pcs", 95000, 400, 7)]),
    ("LC", "Pande Besi Sukamaju", "mikro", "18.07", "", True, [
        ("parang", "Parang Kebun Tempa Lampung", "pcs", 120000, 200, 10),
        ("cangkul", "Pacul Tempa Lampung", "pcs", 85000, 300, 7)]),
    ("LD", "Stainless Kitchen Bekasi", "kecil", "32.75", "sni", True, [
        ("panci-stainless", "Panci Stainless Steel 24cm Tutup Kaca", "pcs", 185000, 500, 7),
        ("pisau-dapur", "Set Pisau Dapur Stainless 6 pcs + Stand", "set", 150000, 400, 7),
        ("rak-piring", "Rak Piring Stainless 2 Susun", "pcs", 210000, 300, 7),
        ("sendok-makan", "Sendok Makan Stainless (lusin)", "lusin", 45000, 1500, 5)]),
    ("LE", "Las Karya Purwakarta", "mikro", "32.14", "", True, [
        ("tempat-sampah-besi", "Tong Sampah Besi Pilah 3 Warna", "set", 1800000, 40, 14),
        ("gerobak", "Gerobak Sorong Sampah", "pcs", 850000, 60, 14)]),
    # percetakan
    ("CA", "Cikarang Grafika", "kecil", "32.16", "", True, [
        ("map-cetak", "Map Folder Cetak Logo Dinas", "pcs", 4500, 10000, 7),
        ("buku-agenda", "Buku Agenda Custom Hardcover A5", "pcs", 45000, 2000, 14),
        ("spanduk", "Spanduk Banner Flexi 280gr per meter", "m2", 25000, 3000, 2)]),
    ("CB", "Digital Printing Karawang", "mikro", "32.15", "", True, [
        ("x-banner", "X-Banner 60x160 + Rangka", "pcs", 85000, 500, 2),
        ("stiker", "Stiker Vinyl Cutting Logo", "pcs", 3500, 10000, 3),
        ("kartu-nama", "Kartu Nama Art Carton 260 (1 box isi 100)", "box", 35000, 2000, 2)]),
    ("CC", "Koperasi Pegawai Bekasi ATK", "koperasi", "32.75", "", True, [
        ("kertas-hvs", "Kertas HVS A4 70gr (rim)", "rim", 48000, 3000, 3),
        ("map-plastik", "Map Plastik Kancing (lusin)", "lusin", 24000, 1000, 3),
        ("pulpen", "Pulpen Gel Hitam (box isi 12)", "box", 30000, 2000, 3),
        ("amplop", "Amplop Coklat Folio (pak isi 50)", "pak", 45000, 800, 3)]),
    ("CD", "Purwakarta Pack Kemasan", "mikro", "32.14", "", True, [
        ("dus-nasi", "Dus Nasi Kotak 20x20 Laminasi (isi 100)", "pak", 120000, 2000, 5),
        ("paper-bag", "Paper Bag Kraft Sablon Logo", "pcs", 4000, 8000, 7)]),
    ("CE", "Percetakan Undangan Bogor", "mikro", "32.01", "", True, [
        ("undangan", "Undangan Cetak Hardcover", "pcs", 6000, 5000, 10),
        ("sertifikat", "Piagam / Sertifikat Cetak Art Paper + Map", "pcs", 15000, 3000, 5)]),
    # pertanian
    ("TA", "Kios Tani Subur Karawang", "kecil", "32.15", "", True, [
        ("pupuk-organik", "Pupuk Organik Kompos Granul 40kg", "karung", 45000, 2000, 5),
        ("pupuk-kandang", "Pupuk Kandang Kambing Fermentasi 25kg", "karung", 25000, 1500, 5)]),
    ("TB", "Penangkaran Bibit Buah Leuwiliang", "mikro", "32.01", "", True, [
        ("bibit-durian", "Bibit Durian Musang King Okulasi 60cm", "batang", 45000, 2000, 7),
        ("bibit-alpukat", "Bibit Alpukat Miki Sambung", "batang", 35000, 2500, 7),
        ("bibit-mangga", "Bibit Mangga Harum Manis Cangkok", "batang", 30000, 2000, 7)]),
    ("TC", "Cibinong Aquatic Ikan Hias", "mikro", "32.01", "", True, [
        ("ikan-koki", "Ikan Koki Oranda 5cm", "ekor", 15000, 3000, 3),
        ("ikan-cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 25000, 2000, 3),
        ("ikan-koi", "Ikan Koi Kohaku 10-12 cm", "ekor", 35000, 1500, 3)]),
    ("TD", "Pakan Ternak Mandiri Metro", "kecil", "18.72", "", True, [
        ("pakan-ayam", "Pakan Ayam Petelur Konsentrat 50kg", "karung", 380000, 500, 5),
        ("pakan-ikan", "Pelet Ikan Apung 781-2 30kg", "karung", 320000, 400, 5)]),
    ("TE", "Kelompok Tani Tanaman Hias Bekasi", "koperasi", "32.16", "", True, [
        ("tanaman-hias", "Tanaman Hias Sansevieria Pot 15", "pot", 25000, 2000, 5),
        ("benih-cabai", "Benih Cabai Rawit Sachet", "sachet", 12000, 3000, 3),
        ("pohon-pelindung", "Bibit Pohon Trembesi 1 meter", "batang", 15000, 3000, 7)]),
    ("TF", "Pembenihan Ikan Pringsewu", "mikro", "18.10", "", True, [
        ("bibit-nila", "Benih Ikan Nila Merah 5-7 cm", "ekor", 400, 100000, 5),
        ("bibit-lele", "Bibit Lele Sangkuriang 7-8cm", "ekor", 300, 150000, 5)]),
    ("TG", "Peternak Domba Wanayasa", "mikro", "32.14", "", True, [
        ("silase", "Silase Jagung Pakan Sapi 25kg", "karung", 45000, 1000, 5)]),
    # lainnya
    ("XA", "Bekasi Leather Craft", "mikro", "32.75", "", True, [
        ("dompet-kulit", "Dompet Kulit Sapi Pria Grafir Nama", "pcs", 125000, 400, 10),
        ("gantungan-kulit", "Gantungan Kunci Kulit Emboss Logo", "pcs", 15000, 3000, 7),
        ("sabuk-kulit", "Ikat Pinggang Kulit Asli", "pcs", 110000, 300, 10)]),
    ("XB", "Merchandise Karawang", "mikro", "32.15", "", True, [
        ("pin", "Pin Peniti Custom Logo 58mm", "pcs", 4500, 10000, 5),
        ("lanyard", "Tali ID Card Lanyard Printing 2cm + Stopper", "pcs", 9000, 8000, 7),
        ("mug", "Mug Keramik Sablon Custom", "pcs", 22000, 3000, 7)]),
    ("XC", "Koperasi Bersih Sejahtera", "koperasi", "32.16", "", True, [
        ("pembersih-lantai", "Pembersih Lantai Karbol Sereh 5 Liter", "jerigen", 55000, 1000, 4),
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 2000, 4),
        ("kain-pel", "Alat Pel Lantai Microfiber + Gagang", "pcs", 45000, 1000, 4),
        ("keset-sabut", "Keset Kaki Sabut Kelapa", "pcs", 35000, 800, 5)]),
    ("XD", "Konveksi Bendera Tambun", "mikro", "32.16", "", True, [
        ("bendera", "Bendera Merah Putih Katun 90x135", "pcs", 45000, 2000, 7),
        ("umbul-umbul", "Umbul-umbul Kain Satin 5 m", "pcs", 85000, 500, 7)]),
    ("XE", "Mainan Edukasi Kayu Serang", "mikro", "36.04", "", True, [
        ("puzzle-kayu", "Puzzle Kayu Edukasi Anak PAUD", "pcs", 35000, 800, 7),
        ("balok-kayu", "Balok Susun Kayu 50 pcs", "set", 75000, 300, 10)]),
    ("XF", "PT Bersih Jaya Abadi", "besar", "32.75", "iso-9001", True, [
        ("pembersih-lantai", "Cairan Pembersih Lantai Wangi 5 Liter", "jerigen", 40000, 20000, 3)]),
]

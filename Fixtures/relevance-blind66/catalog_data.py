"""Hand-written suppliers and products of relevance-blind66 (fictional; regions are real Kemendagri codes).

Each supplier: (key, name, scale, region, certificates, active, products); the key's first letter is the category.
Each product: (kind, name, unit, unit_price, capacity_per_month, lead_time_days). The kind is the labeller's tag
of what the product is; it never reaches the CSVs.
"""

CATEGORY = {"M": "makanan", "D": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Kinds that must be produced in the delivery month (cooked food).
PERISHABLE = {"nasi-kotak", "snack-box", "prasmanan", "tumpeng", "kue-basah", "liwet", "pempek", "nasi-padang"}

SUPPLIERS = [
    ("M1", "Emping Melinjo Hj. Romlah Menes", "mikro", "36.01", "halal;pirt", True, [
        ("emping-manis", "Emping Melinjo Manis Pedas 250 gr", "pcs", 22000, 600, 3),
        ("emping-menes", "Emping Melinjo Super Menes 1 kg", "kg", 115000, 250, 4)]),
    ("M2", "Sentra Olahan Melinjo Ciomas", "kecil", "36.04", "halal;pirt", True, [
        ("emping", "Emping Belinjo Tipis Khas Serang 500 gram", "pcs", 60000, 400, 3),
        ("kulit-melinjo", "Keripik Kulit Melinjo Balado 200g", "pcs", 15000, 500, 3)]),
    ("M3", "Kerupuk Ikan Bu Iyah Labuan", "mikro", "36.01", "pirt", True, [
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri Mentah 1 kg", "kg", 85000, 300, 4),
        ("otak-otak", "Otak-otak Bandeng Frozen isi 10", "pack", 35000, 400, 2)]),
    ("M4", "Keripik Pisang Mekar Tanggamus", "mikro", "18.06", "halal;pirt", True, [
        ("keripik-pisang", "Kripik Pisang Coklat Lumer 250gr", "pcs", 20000, 800, 3),
        ("kemplang", "Kemplang Panggang Ikan Tenggiri 250 gr", "pcs", 18000, 600, 3)]),
    ("M5", "Sambal & Bumbu Mak Ijah", "mikro", "36.73", "halal;pirt", True, [
        ("sambal-cumi", "Sambal Cumi Pedas Botol 150 ml", "pcs", 28000, 500, 3),
        ("bumbu-pecel", "Bumbu Pecel Kacang 500 gr", "pcs", 25000, 300, 3)]),
    ("M6", "Dodol & Gipang Kramatwatu", "mikro", "36.04", "pirt-expired", True, [
        ("dodol", "Dodol Ketan Hitam 500g", "pcs", 30000, 300, 4),
        ("gipang", "Gipang Beras Ketan Khas Banten (isi 20)", "pack", 25000, 400, 3)]),
    ("M7", "PT Snack Nusantara Raya", "besar", "36.03", "halal;bpom", True, [
        ("keripik-singkong", "Keripik Singkong Balado 1 kg", "kg", 55000, 5000, 2)]),
    ("M8", "Keripik Singkong Cilegon Jaya", "mikro", "36.72", "pirt", True, [
        ("keripik-singkong", "Keripik Singkong Pedas Manis 1 kg", "kg", 62000, 300, 3),
        ("rengginang", "Rengginang Terasi Mentah 500 gr", "pcs", 22000, 300, 3)]),

    ("D1", "KUD Kopi Sumber Rejeki Tanggamus", "koperasi", "18.06", "halal;pirt", True, [
        ("kopi-robusta-lpg", "Kopi Bubuk Robusta Lampung Tanggamus 250 gr", "pcs", 35000, 1000, 4),
        ("kopi-biji", "Biji Kopi Robusta Roasted 1 kg (Roast Bean)", "kg", 160000, 200, 5)]),
    ("D2", "Kopi Sangrai Baduy Lebak", "mikro", "36.02", "pirt", True, [
        ("kopi-robusta-baduy", "Kopi Bubuk Robusta Baduy 200 gr", "pcs", 30000, 300, 4)]),
    ("D3", "Kakao Lestari Pesawaran", "kecil", "18.09", "halal;bpom", True, [
        ("cokelat-minuman", "Bubuk Cokelat Minuman Kakao Murni 500 gr", "pcs", 65000, 300, 5)]),
    ("D4", "Sirup Pala & Wedang Cilegon", "mikro", "36.72", "pirt", True, [
        ("sirup-pala", "Sirup Pala Asli 620 ml", "pcs", 35000, 400, 3),
        ("wedang-jahe", "Wedang Jahe Merah Instan Sachet isi 10", "box", 25000, 500, 3)]),
    ("D5", "AMDK Tirta Lebak", "kecil", "36.02", "sni;halal;bpom", True, [
        ("amdk-gelas", "Air Mineral Gelas 220 ml (1 dus isi 48)", "dus", 22000, 3000, 2),
        ("amdk-botol", "Air Minum Dalam Kemasan Botol 600 ml isi 24", "dus", 45000, 1500, 2)]),

    ("J1", "Catering Dapur Bu Eni Cilegon", "kecil", "36.72", "halal", True, [
        ("nasi-kotak", "Nasi Box Ayam Bakar Lengkap", "porsi", 30000, 3000, 2),
        ("snack-box", "Snack Box isi 3 Kue", "box", 15000, 4000, 1)]),
    ("J2", "RM & Katering Sari Rasa Kota Serang", "kecil", "36.73", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Rames Ayam Goreng", "box", 28000, 2500, 2),
        ("prasmanan", "Paket Prasmanan Menu Nasional (min 100 pax)", "pax", 55000, 3000, 5),
        ("tumpeng", "Nasi Tumpeng Kuning Lengkap 20 porsi", "tumpeng", 650000, 30, 3)]),
    ("J3", "Kue Basah Teh Nining Pandeglang", "mikro", "36.01", "pirt", True, [
        ("kue-basah", "Kue Basah Aneka (lemper, risol, lapis) per biji", "pcs", 3000, 6000, 1),
        ("snack-box", "Kotak Kue Isi 4 Jajanan Pasar", "box", 14000, 1500, 1)]),
    ("J4", "Catering Barokah Rangkasbitung", "mikro", "36.02", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakakak", "box", 27000, 800, 2),
        ("liwet", "Nasi Liwet Sunda Paket Ngariung 10 orang", "paket", 350000, 40, 2)]),
    ("J5", "Dapur Sehat Serang Catering", "kecil", "36.04", "halal", True, [
        ("nasi-kotak", "Nasi Box Prasmanan Ayam Serundeng", "box", 26000, 1200, 2),
        ("kue-basah", "Jajanan Pasar Kue Basah Mix", "pcs", 2500, 3000, 1)]),
    ("J6", "Katering Metro Berkah", "mikro", "18.72", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Goreng Lalapan", "box", 25000, 500, 2),
        ("snack-box", "Snack Box Rapat isi 3", "box", 13000, 800, 1)]),
    ("J7", "Pempek & Katering Bunda Bandar Lampung", "kecil", "18.71", "halal", True, [
        ("pempek", "Pempek Kapal Selam Paket 10 pcs", "paket", 75000, 300, 2)]),

    ("F1", "Sanggar Tapis Siger Mas", "kecil", "18.71", "", True, [
        ("tapis", "Kain Tapis Lampung Motif Siger Tenun Tangan", "lembar", 1250000, 20, 20),
        ("selendang-tapis", "Selendang Tapis Sulam Usus 2 m", "pcs", 350000, 60, 10)]),
    ("F2", "Batik Krakatau Cilegon", "kecil", "36.72", "batikmark", True, [
        ("batik-cap", "Kain Batik Cap Motif Krakatau 2 m", "lembar", 185000, 300, 10),
        ("kemeja-batik", "Kemeja Batik Cilegon Lengan Panjang Pria", "pcs", 225000, 250, 14)]),
    ("F3", "Batik Banten Mukarnas", "menengah", "36.73", "batikmark;iso-9001", True, [
        ("batik-tulis", "Batik Tulis Banten Motif Surosowan Katun Primisima", "lembar", 900000, 30, 21),
        ("batik-cap", "Batik Cap Banten Motif Pamaranggen", "lembar", 250000, 200, 10)]),
    ("F4", "Konveksi Bina Usaha Karawang", "kecil", "32.15", "", True, [
        ("pdh", "Seragam PDH Khaki Dinas Pemda (jahit ukur)", "stel", 320000, 400, 21),
        ("kaos-sablon", "Kaos Cotton Combed 30s Sablon Logo", "pcs", 55000, 2000, 10)]),
    ("F5", "Konveksi Rompi & Topi Pasar Kemis", "mikro", "36.03", "", True, [
        ("rompi", "Rompi Lapangan Drill Bordir Nama Instansi", "pcs", 145000, 500, 14),
        ("topi", "Topi Baseball Bordir Logo", "pcs", 35000, 1500, 10)]),
    ("F6", "Sandal Sepatu Kulit Ciomas", "mikro", "36.04", "", True, [
        ("sandal", "Sandal Kulit Pria Slop Handmade", "pasang", 120000, 200, 10),
        ("sepatu-pantofel", "Sepatu Pantofel Kulit Sapi Pria", "pasang", 320000, 100, 14)]),
    ("F7", "Tas Blacu Rinjani Cikarang", "mikro", "32.16", "", True, [
        ("tote-bag", "Tote Bag Blacu Sablon 1 Warna 30x40", "pcs", 12000, 5000, 7),
        ("tas-seminar", "Tas Seminar Dinier Resleting + Bordir", "pcs", 45000, 1500, 10)]),
    ("F8", "Konveksi Mukena Pringsewu", "mikro", "18.10", "", False, [
        ("mukena", "Mukena Katun Rayon Bordir", "pcs", 175000, 200, 10)]),

    ("K1", "Anyaman Pandan Cibaliung", "mikro", "36.01", "", True, [
        ("tikar-pandan", "Tikar Pandan Anyam Ukuran 2x3 m", "lembar", 150000, 100, 10),
        ("tas-pandan", "Tas Anyaman Pandan Motif Etnik", "pcs", 65000, 300, 7)]),
    ("K2", "Kerajinan Baduy Ciboleger", "mikro", "36.02", "", True, [
        ("tas-koja", "Tas Koja Baduy Kulit Kayu Teureup", "pcs", 75000, 300, 7),
        ("bambu-pensil", "Tempat Pensil Bambu Ukir", "pcs", 25000, 600, 7)]),
    ("K3", "Gerabah Bumijaya", "mikro", "36.04", "", True, [
        ("gerabah-pot", "Pot Gerabah Tanah Liat Diameter 30 cm", "pcs", 45000, 500, 7),
        ("gerabah-guci", "Guci Gerabah Hias Motif Banten 50 cm", "pcs", 185000, 60, 14),
        ("celengan", "Celengan Tanah Liat Bentuk Ayam", "pcs", 15000, 1000, 5)]),
    ("K4", "Souvenir Akrilik Sinar Tangerang", "kecil", "36.71", "", True, [
        ("plakat-akrilik", "Plakat Akrilik Grafir Custom 20x15", "pcs", 175000, 300, 7),
        ("gantungan-akrilik", "Gantungan Kunci Akrilik Print 2 Sisi", "pcs", 4500, 10000, 7)]),
    ("K5", "Ukir Kayu Jepara Bekasi", "kecil", "32.75", "svlk", True, [
        ("plakat-kayu", "Plakat Kayu Jati Ukir Logo Instansi", "pcs", 350000, 100, 14)]),
    ("K6", "Menara Art Banten", "mikro", "36.73", "", True, [
        ("miniatur", "Miniatur Menara Masjid Agung Banten Resin 25cm", "pcs", 95000, 400, 10)]),
    ("K7", "Kerajinan Rotan Lidi Sukadana", "mikro", "18.07", "", True, [
        ("piring-lidi", "Piring Lidi Anyam isi 10", "pack", 30000, 800, 5),
        ("keranjang-rotan", "Keranjang Parsel Rotan Oval Sedang", "pcs", 40000, 600, 7)]),

    ("P1", "Perak Kotagede Cabang Bogor", "kecil", "32.01", "", True, [
        ("bros-perak", "Bros Perak 925 Motif Bunga", "pcs", 275000, 200, 14),
        ("cincin-perak", "Cincin Perak Ukir Batu Akik", "pcs", 250000, 150, 14)]),
    ("P2", "Aksesoris Manik Pandeglang", "mikro", "36.01", "", True, [
        ("gelang-manik", "Gelang Manik-manik Etnik Baduy", "pcs", 15000, 2000, 5),
        ("kalung-manik", "Kalung Manik Kayu Etnik", "pcs", 25000, 1000, 5)]),
    ("P3", "Bros Hijab Cantika Tangerang", "mikro", "36.03", "", True, [
        ("bros-imitasi", "Bros Hijab Mutiara Imitasi Gold", "pcs", 12000, 3000, 5)]),
    ("P4", "Toko Emas Sinar Besar", "besar", "36.73", "", True, [
        ("cincin-emas", "Cincin Emas 24K 2 gram", "pcs", 2800000, 100, 3)]),

    ("U1", "Mebel Rotan Cirebon Cabang Cikarang", "kecil", "32.16", "svlk", True, [
        ("kursi-rotan", "Kursi Teras Rotan Sintetis Set (2 kursi + meja)", "set", 1850000, 40, 21)]),
    ("U2", "Mebel Sekolah Karya Putra", "kecil", "36.04", "svlk", True, [
        ("meja-kursi-siswa", "Meja + Kursi Siswa SD Kayu Mahoni", "set", 650000, 300, 30),
        ("papan-tulis", "Papan Tulis Whiteboard Rangka Kayu 120x240", "unit", 850000, 60, 14)]),
    ("U3", "Furnitur Kantor Jaya Cikarang", "menengah", "32.16", "iso-9001", True, [
        ("lemari-arsip", "Lemari Arsip Besi 4 Laci", "unit", 2750000, 50, 14),
        ("meja-kantor", "Meja Kerja Kantor 1/2 Biro 120 cm", "unit", 1350000, 80, 14)]),
    ("U4", "Mebel Jati Lebak", "mikro", "36.02", "", True, [
        ("lemari-pakaian", "Lemari Pakaian Kayu Jati 2 Pintu", "unit", 3500000, 10, 30),
        ("kursi-tamu", "Kursi Tamu Kayu Jati Ukir 1 Set", "set", 6500000, 5, 45)]),
    ("U5", "Bengkel Meubel Sekolah Metro", "mikro", "18.72", "", True, [
        ("meja-kursi-siswa", "Bangku Sekolah Kayu Meranti 1 Meja 2 Kursi", "set", 700000, 80, 30)]),

    ("H1", "Jamu Gendong Mbok Sri", "mikro", "36.71", "pirt", True, [
        ("jamu-kunyit", "Jamu Kunyit Asam Botol 250 ml", "botol", 8000, 1500, 1),
        ("beras-kencur", "Jamu Beras Kencur Segar 250ml", "botol", 8000, 1500, 1)]),
    ("H2", "Koperasi Madu Hutan Lebak Lestari", "koperasi", "36.02", "halal;bpom", True, [
        ("madu-hutan", "Madu Hutan Baduy Asli 500 gr", "botol", 120000, 300, 5)]),
    ("H3", "Herbal Sehat Pringsewu", "kecil", "18.10", "bpom;halal", True, [
        ("jahe-instan", "Jahe Merah Instan Serbuk 250 gr", "pcs", 35000, 1000, 5),
        ("kapsul-kelor", "Kapsul Daun Kelor isi 60", "botol", 55000, 600, 7)]),
    ("H4", "Tani Herbal Cijeruk", "mikro", "32.01", "pirt", True, [
        ("temulawak", "Simplisia Temulawak Kering 1 kg", "kg", 60000, 200, 7)]),

    ("S1", "Sabun Sereh Wangi Pandeglang", "mikro", "36.01", "bpom", True, [
        ("sabun-batang", "Sabun Mandi Batang Sereh Wangi 100 gr Handmade", "pcs", 15000, 1500, 5),
        ("lilin-aroma", "Lilin Aromaterapi Sereh Soy Wax 100 gr", "pcs", 35000, 500, 5)]),
    ("S2", "Kosmetik Alami Bekasi Cantik", "kecil", "32.75", "bpom", True, [
        ("sabun-cair", "Sabun Cair Cuci Tangan (Hand Soap) 500 ml", "botol", 18000, 3000, 5),
        ("lulur", "Lulur Mandi Bengkoang 250 gr", "pcs", 30000, 800, 5)]),
    ("S3", "Minyak Kelapa Labuan", "mikro", "36.01", "pirt", True, [
        ("vco", "Minyak Kelapa Murni (Virgin Coconut Oil) 250 ml", "botol", 45000, 400, 5)]),
    ("S4", "Sabun Lerak Karawang", "mikro", "32.15", "", True, [
        ("sabun-lerak", "Sabun Lerak Cair Pencuci Batik 1 liter", "botol", 25000, 500, 5)]),

    ("L1", "Pandai Besi Golok Ciomas Ki Sarip", "mikro", "36.04", "", True, [
        ("golok", "Golok Ciomas Asli Sarung Kayu", "pcs", 350000, 60, 14),
        ("arit", "Arit / Celurit Rumput Baja Per", "pcs", 65000, 300, 7)]),
    ("L2", "Pandai Besi Sumber Baja Tanggamus", "mikro", "18.06", "", True, [
        ("parang", "Parang Kebun Baja Per Gagang Kayu", "pcs", 85000, 300, 7),
        ("cangkul", "Cangkul Baja Tempa Tanpa Gagang", "pcs", 70000, 500, 7)]),
    ("L3", "Bengkel Las Teralis Maju", "mikro", "36.73", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow per m2", "m2", 450000, 200, 10),
        ("pagar-besi", "Pagar Besi Minimalis Hollow per meter", "meter", 650000, 150, 14)]),
    ("L4", "Alat Dapur Stainless Cikarang", "kecil", "32.16", "sni", True, [
        ("panci", "Panci Stainless Steel 24 cm Tebal", "pcs", 145000, 400, 7),
        ("dandang", "Dandang Aluminium 40 cm", "pcs", 350000, 100, 7)]),

    ("C1", "Percetakan Cahaya Offset", "kecil", "36.73", "", True, [
        ("spanduk", "Cetak Spanduk Banner Flexi 280 gr per meter", "m2", 25000, 5000, 2),
        ("map", "Map Folder Logo Instansi Art Carton 260", "pcs", 6500, 10000, 7),
        ("undangan", "Cetak Undangan Hard Cover", "pcs", 6500, 5000, 7)]),
    ("C2", "Toko ATK & Fotocopy Sinar", "mikro", "36.01", "", True, [
        ("kertas-a4", "Kertas HVS A4 70 gram 1 rim", "rim", 52000, 500, 2),
        ("buku-tulis", "Buku Tulis 58 lembar isi 10", "pack", 35000, 800, 2)]),
    ("C3", "Sablon & Digital Printing Way Jepara", "mikro", "18.07", "", True, [
        ("stiker", "Stiker Vinyl Cutting Custom A4", "lembar", 15000, 3000, 3),
        ("kalender", "Kalender Dinding 6 Lembar Custom 2027", "pcs", 22000, 3000, 10)]),
    ("C4", "Cilegon Pack Kemasan", "kecil", "36.72", "", True, [
        ("dus-kemasan", "Dus Nasi Kotak Kertas 20x20 Cetak Logo", "pcs", 1800, 30000, 7),
        ("paper-bag", "Paper Bag Kraft Custom Sablon 25x35", "pcs", 5500, 10000, 10)]),
    ("C5", "Stempel Kilat Cikokol", "mikro", "36.71", "", True, [
        ("stempel", "Stempel Flash Otomatis Custom", "pcs", 95000, 300, 3)]),

    ("T1", "Penangkaran Bibit Cijeruk", "mikro", "32.01", "", True, [
        ("bibit-durian", "Bibit Durian Montong Okulasi 80 cm", "batang", 45000, 2000, 7),
        ("bibit-alpukat", "Bibit Alpukat Miki Grafting", "batang", 35000, 2000, 7)]),
    ("T2", "KWT Sayur Organik Metro", "koperasi", "18.72", "", True, [
        ("bibit-cabai", "Bibit Cabai Rawit Siap Tanam (polybag)", "pcs", 1500, 10000, 5),
        ("pupuk-organik", "Pupuk Kompos Organik Karung 25 kg", "karung", 35000, 1000, 5)]),
    ("T3", "Koi & Cupang Farm Sepatan", "mikro", "36.03", "", True, [
        ("ikan-koi", "Ikan Koi Kohaku Ukuran 15 cm", "ekor", 45000, 500, 3),
        ("ikan-cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 25000, 800, 3)]),
    ("T4", "Pembenihan Lele & Nila Cadasari", "kecil", "36.01", "", True, [
        ("benih-lele", "Benih Ikan Lele Sangkuriang 5-7 cm", "ekor", 250, 100000, 5),
        ("benih-nila", "Bibit Ikan Nila Merah 3-5 cm", "ekor", 300, 80000, 5)]),
    ("T5", "Pakan Ternak Mandiri Batanghari", "kecil", "18.07", "", True, [
        ("pakan-ayam", "Pakan Ayam Kampung Pelet 50 kg", "karung", 380000, 500, 5),
        ("pakan-ikan", "Pakan Ikan Apung Protein 30% 30 kg", "karung", 320000, 400, 5)]),
    ("T6", "Kebun Hias Cipondoh", "mikro", "36.71", "", True, [
        ("tanaman-hias", "Tanaman Hias Sansevieria Pot 20 cm", "pot", 35000, 1000, 3),
        ("pohon-peneduh", "Bibit Pohon Trembesi Tinggi 1,5 m", "batang", 25000, 2000, 5)]),

    ("X1", "Sapu Ijuk Kramatwatu", "mikro", "36.04", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 2000, 3),
        ("sapu-lidi", "Sapu Lidi Gagang Bambu", "pcs", 12000, 3000, 3),
        ("pel", "Alat Pel Lantai Kain Katun + Gagang", "pcs", 35000, 800, 3)]),
    ("X2", "UD Bersih Cilegon", "mikro", "36.72", "sni", True, [
        ("karbol", "Karbol Wangi Cairan Pembersih Lantai 1 Liter", "botol", 15000, 3000, 3),
        ("sabun-cuci-piring", "Sabun Cuci Piring Cair Jeruk Nipis 800 ml", "botol", 14000, 3000, 3)]),
    ("X3", "Keset & Lap Perca Karawaci", "mikro", "36.71", "", True, [
        ("keset", "Keset Kaki Kain Perca Bulat", "pcs", 15000, 2000, 5),
        ("lap", "Lap Kain Majun Serbet Kotak-kotak", "pcs", 5000, 5000, 3)]),
    ("X4", "Koperasi Warga Mandiri Lebak", "koperasi", "36.02", "", True, [
        ("paket-sembako", "Paket Sembako Bantuan (beras 5kg, minyak 1L, gula 1kg, mie 5)", "paket", 135000, 2000, 7)]),
    ("X5", "Fiber Glass Tempat Sampah Serang", "mikro", "36.73", "", True, [
        ("tempat-sampah", "Tong Sampah Fiber Pedal 60 Liter", "pcs", 275000, 200, 10)]),
]

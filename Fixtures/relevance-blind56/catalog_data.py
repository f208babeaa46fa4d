"""Hand-written suppliers and products of relevance-blind56 (fictional). Each product: (kind, name, unit, price,
capacity_per_month, lead_time_days). The kind is the labeller's tag; it never reaches the CSVs."""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "R": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Made and eaten within days: must be made in the delivery month, by a maker near the buyer.
PERISHABLE = {"nasi-kotak", "snack-box", "prasmanan", "coffee-break", "tumpeng", "pempek", "jamu-kunyit",
              "beras-kencur"}

SUPPLIERS = [
    # key, name, scale, region, certificates, active, products
    ("M1", "UMKM Otak-Otak Bu Iyah Mauk", "kecil", "36.03", "halal;pirt", True, [
        ("otak-otak", "Otak-Otak Ikan Tenggiri Frozen isi 20", "pack", 45000, 800, 3),
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri Mentah 500 gr", "pack", 32000, 600, 3)]),
    ("M2", "Emping Melinjo Hj. Romlah Menes", "mikro", "36.01", "pirt", True, [
        ("emping", "Emping Melinjo Super Menes 1 kg", "kg", 120000, 300, 4),
        ("emping-balado", "Emping Balado Pedas Manis 250gr", "pack", 28000, 400, 3)]),
    ("M3", "Koperasi Gula Aren Cibeber", "koperasi", "36.02", "halal", True, [
        ("gula-aren", "Gula Aren Cetak Asli Lebak 1 kg", "kg", 38000, 2000, 5),
        ("gula-semut", "Gula Semut Aren Organik 500 gr", "pack", 35000, 1500, 5)]),
    ("M4", "Keripik Pisang Tanggamus Jaya", "mikro", "18.06", "pirt", True, [
        ("keripik-pisang-coklat", "Keripik Pisang Coklat Lampung 250 gr", "pack", 22000, 1200, 5),
        ("keripik-pisang-ori", "Kripik Pisang Kepok Original 1kg", "kg", 65000, 400, 5)]),
    ("M5", "Sambal Mbok Ijah Pondok Aren", "kecil", "36.74", "halal;pirt", True, [
        ("sambal-bawang", "Sambal Bawang Botol 150 ml", "botol", 25000, 900, 3),
        ("sambal-cumi", "Sambal Cumi Asin Pedas 200 gr", "botol", 42000, 300, 3)]),
    ("M6", "CV Rengginang Cisoka", "kecil", "36.03", "halal", True, [
        ("rengginang", "Rengginang Terasi Mentah 1 kg", "kg", 48000, 700, 4),
        ("kue-kering", "Kue Kering Nastar Nanas Toples 500 gr", "toples", 75000, 500, 5)]),
    ("M7", "Abon Lele Metro Barokah", "kecil", "18.72", "halal;pirt", True, [
        ("abon-lele", "Abon Ikan Lele Pedas 100 gr", "pack", 25000, 800, 4)]),
    ("M8", "Keripik Tempe Sagu Cikupa", "mikro", "36.03", "pirt", False, [
        ("keripik-tempe", "Keripik Tempe Sagu Renyah 250 gr", "pack", 15000, 600, 3)]),
    ("N1", "Koperasi Kopi Ulubelu Tanggamus", "koperasi", "18.06", "halal;pirt", True, [
        ("kopi-bubuk", "Kopi Bubuk Robusta Tanggamus 250 gr", "pack", 35000, 3000, 5),
        ("kopi-biji", "Biji Kopi Robusta Roasted 1 kg", "kg", 140000, 500, 5)]),
    ("N2", "Jahe Merah Instan Warunggunung", "mikro", "36.02", "pirt", True, [
        ("jahe-instan", "Minuman Serbuk Jahe Merah Instan 250 gr", "pack", 22000, 800, 3)]),
    ("N3", "Cokelat Kakao Pringsewu", "kecil", "18.10", "halal;pirt", True, [
        ("cokelat-bubuk", "Bubuk Coklat Murni Kakao Pringsewu 200 gr", "pack", 40000, 600, 4)]),
    ("N4", "PT Tirta Baduy Sejahtera", "menengah", "36.02", "halal;sni;bpom", True, [
        ("amdk-gelas", "Air Mineral Gelas 220 ml (1 dus isi 48)", "dus", 24000, 10000, 2),
        ("amdk-botol", "Air Minum Kemasan Botol 600 ml isi 24", "dus", 45000, 6000, 2)]),
    ("N5", "Sirup Pala Carita", "mikro", "36.01", "pirt", True, [
        ("sirup-pala", "Sirup Pala Carita 600 ml", "botol", 30000, 400, 4)]),
    ("N6", "Teh Rosella Ciputat", "mikro", "36.74", "pirt-expired", True, [
        ("teh-rosela", "Teh Bunga Rosella Kering 50 gr", "pack", 25000, 300, 3)]),
    ("J1", "Catering Dapur Bu Enok Rangkasbitung", "kecil", "36.02", "halal", True, [
        ("nasi-kotak", "Nasi Box Ayam Bakar + Lalapan", "box", 30000, 1500, 2),
        ("snack-box", "Kue Kotak isi 3 (Lemper, Risol, Bolu)", "box", 12000, 3000, 1)]),
    ("J2", "RM Sunda Kang Asep Pandeglang", "mikro", "36.01", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ikan Bakar", "box", 32000, 600, 2),
        ("prasmanan", "Prasmanan Menu Sunda per pax", "pax", 55000, 800, 3)]),
    ("J3", "Kantin Sehat BSD", "kecil", "36.74", "halal", True, [
        ("snack-box", "Snack Box Premium 4 item", "box", 18000, 2500, 1),
        ("coffee-break", "Coffee Break paket (kopi/teh + 2 kue)", "pax", 25000, 1500, 1)]),
    ("J4", "Katering Berkah Tigaraksa", "menengah", "36.03", "halal", True, [
        ("nasi-kotak", "NASI BOX Ayam Goreng Lengkap", "box", 28000, 5000, 2),
        ("tumpeng", "Nasi Tumpeng Mini per box", "box", 35000, 400, 2)]),
    ("J5", "Katering Metro Sejahtera", "kecil", "18.72", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Rendang", "box", 35000, 800, 2)]),
    ("J6", "Pempek Kemiling", "mikro", "18.71", "", True, [
        ("pempek", "Pempek Kapal Selam per porsi", "porsi", 15000, 600, 1)]),
    ("F1", "Konveksi Seragam Cikupa", "menengah", "36.03", "sni", True, [
        ("kemeja-pdh", "Kemeja PDH Khaki Lengan Panjang", "pcs", 145000, 3000, 14),
        ("polo-bordir", "Kaos Polo Bordir Logo Instansi", "pcs", 85000, 4000, 10)]),
    ("F2", "Batik Lebak Multikultural", "kecil", "36.02", "batikmark", True, [
        ("batik-tulis", "Kain Batik Tulis Motif Leuit Lebak 2 m", "lembar", 450000, 80, 21),
        ("batik-cap", "Kemeja Batik Cap Motif Seren Taun", "pcs", 175000, 600, 14)]),
    ("F3", "Tenun Tapis Pringsewu", "mikro", "18.10", "", True, [
        ("tapis", "Kain Tapis Lampung Sulam Benang Emas", "lembar", 1250000, 20, 30),
        ("selendang-tapis", "Selendang Tapis Motif Siger", "pcs", 250000, 60, 14)]),
    ("F4", "Sablon Kaos Pamulang", "mikro", "36.74", "", True, [
        ("kaos-sablon", "Kaos Cotton Combed 30s Sablon Custom", "pcs", 55000, 2500, 7)]),
    ("F5", "Sandal Hotel Balaraja", "kecil", "36.03", "", True, [
        ("sandal-hotel", "Sandal Hotel Spon Putih 5 mm", "pasang", 4500, 20000, 7),
        ("sepatu-pdh", "Sepatu PDH Pria Kulit Sapi Hitam", "pasang", 320000, 200, 21)]),
    ("F6", "Topi & Rompi Karawaci", "kecil", "36.71", "", True, [
        ("rompi", "Rompi Lapangan Drill Bordir", "pcs", 120000, 1000, 10),
        ("topi", "Topi Pet Bordir Logo", "pcs", 35000, 3000, 7)]),
    ("K1", "Koperasi Anyaman Pandan Cibaliung", "koperasi", "36.01", "", True, [
        ("tikar-pandan", "Tikar Pandan Anyam 150x200", "lembar", 95000, 300, 10),
        ("tas-pandan", "Tas Anyaman Pandan Motif Badak", "pcs", 65000, 500, 7)]),
    ("K2", "Gerabah Bumijaya", "mikro", "36.04", "", True, [
        ("pot-gerabah", "Pot Gerabah Tanah Liat Diameter 30 cm", "pcs", 40000, 800, 7),
        ("vas-gerabah", "Vas Bunga Gerabah Ukir", "pcs", 75000, 300, 10)]),
    ("K3", "Kerajinan Bambu Leuwidamar", "mikro", "36.02", "", True, [
        ("besek", "Besek Bambu 20x20 (isi 10)", "ikat", 30000, 2000, 5),
        ("tas-koja", "Tas Koja Baduy Kulit Kayu Teureup", "pcs", 85000, 300, 7)]),
    ("K4", "Souvenir Akrilik Serpong", "kecil", "36.74", "", True, [
        ("plakat-akrilik", "Plakat Akrilik Custom 20 cm + Box", "pcs", 175000, 500, 7),
        ("gantungan-akrilik", "Gantungan Kunci Akrilik Custom Printing", "pcs", 5000, 10000, 5)]),
    ("K5", "Miniatur Kapal Kota Agung", "mikro", "18.06", "", True, [
        ("miniatur-kapal", "Miniatur Kapal Layar Kayu 40 cm", "pcs", 350000, 40, 14)]),
    ("P1", "Kerajinan Perak Cipondoh", "kecil", "36.71", "", True, [
        ("bros-perak", "Bros Perak 925 Motif Badak Bercula Satu", "pcs", 285000, 150, 14),
        ("cincin-perak", "Cincin Perak Batu Kalimaya Banten", "pcs", 450000, 80, 14)]),
    ("P2", "Kalimaya Sajira", "mikro", "36.02", "", True, [
        ("batu-kalimaya", "Batu Kalimaya (Opal) Banten Asli Bulat", "pcs", 600000, 50, 7),
        ("liontin-kalimaya", "Liontin Kalimaya Ikat Perak", "pcs", 750000, 30, 14)]),
    ("P3", "Aksesoris Manik Ciputat", "mikro", "36.74", "", True, [
        ("kalung-manik", "Kalung Manik-Manik Etnik Handmade", "pcs", 45000, 600, 5),
        ("gelang-manik", "Gelang Manik Kayu Koka", "pcs", 20000, 1000, 5)]),
    ("P4", "PT Emas Murni Jaya", "besar", "36.71", "sni", True, [
        ("cincin-emas", "Cincin Emas 24K 2 gram", "pcs", 3200000, 200, 3)]),
    ("P5", "Lampung Siger Craft", "kecil", "18.71", "", True, [
        ("bros-siger", "Bros Siger Lampung Lapis Kuningan", "pcs", 95000, 400, 7)]),
    ("R1", "Mebel Rotan Pasar Kemis", "kecil", "36.03", "", True, [
        ("kursi-rotan", "Kursi Rotan Sintetis Teras", "pcs", 650000, 80, 21),
        ("keranjang-rotan", "Keranjang Rotan Parsel Ukuran Sedang", "pcs", 55000, 600, 7)]),
    ("R2", "Mebel Sekolah Rangkasbitung", "kecil", "36.02", "svlk", True, [
        ("meja-kursi-siswa", "Meja + Kursi Siswa SD Kayu Mahoni (1 set)", "set", 750000, 300, 30),
        ("papan-tulis", "Papan Tulis Whiteboard 120x240 Rangka Aluminium", "pcs", 850000, 100, 14)]),
    ("R3", "Jati Mebel Labuan", "mikro", "36.01", "svlk", True, [
        ("lemari-arsip-jati", "Lemari Arsip Kayu Jati 2 Pintu", "pcs", 3500000, 20, 30),
        ("meja-kerja", "Meja Kerja Kantor Kayu Jati 120x60", "pcs", 2400000, 30, 30)]),
    ("R4", "Steel Furniture Curug", "menengah", "36.03", "sni;iso-9001", True, [
        ("filing-cabinet", "Filing Cabinet Besi 4 Laci", "unit", 2650000, 200, 14),
        ("rak-besi", "Rak Besi Siku Lubang 5 Susun", "unit", 450000, 600, 7)]),
    ("R5", "Bambu Furnitur Cibinong", "mikro", "32.01", "", False, [
        ("kursi-bambu", "Kursi Bambu Set Santai", "set", 900000, 30, 21)]),
    ("H1", "Jamu Gendong Mbok Sri Ciputat", "mikro", "36.74", "pirt", True, [
        ("jamu-kunyit", "Jamu Kunyit Asam Botol 250 ml (segar)", "botol", 8000, 1500, 1),
        ("beras-kencur", "Beras Kencur Segar 250 ml", "botol", 8000, 1500, 1)]),
    ("H2", "Koperasi Herbal Baduy Lestari", "koperasi", "36.02", "bpom", True, [
        ("madu-hutan", "Madu Hutan Baduy Murni 500 gr", "botol", 120000, 400, 5),
        ("minyak-urut", "Minyak Urut Sereh Baduy 60 ml", "botol", 25000, 800, 5)]),
    ("H3", "Temulawak Instan Gadingrejo", "mikro", "18.10", "pirt", True, [
        ("temulawak", "Serbuk Temulawak Instan 200 gr", "pack", 20000, 700, 4)]),
    ("H4", "Kelor Lampung Timur Sehat", "kecil", "18.07", "pirt", True, [
        ("teh-kelor", "Teh Daun Kelor Celup isi 20", "box", 30000, 800, 5),
        ("kapsul-kelor", "Kapsul Kelor 60 kapsul", "botol", 55000, 500, 5)]),
    ("H5", "Madu Klanceng Saketi", "mikro", "36.01", "", True, [
        ("madu-klanceng", "Madu Klanceng (Trigona) 250 ml", "botol", 150000, 100, 4)]),
    ("S1", "Sabun Sereh Wangi Bintaro", "mikro", "36.74", "bpom", True, [
        ("sabun-batang", "Sabun Mandi Batang Sereh Handmade 100 gr", "pcs", 18000, 2000, 5),
        ("lilin-aroma", "Lilin Aromaterapi Soy Wax 100 gr", "pcs", 45000, 500, 7)]),
    ("S2", "Lulur Putri Pandeglang", "mikro", "36.01", "bpom", True, [
        ("lulur", "Lulur Mandi Bengkuang Tradisional 200 gr", "pot", 35000, 600, 5)]),
    ("S3", "VCO Kelapa Malingping", "kecil", "36.02", "bpom;halal", True, [
        ("vco", "Virgin Coconut Oil (VCO) 250 ml", "botol", 50000, 1000, 5),
        ("minyak-kemiri", "Minyak Kemiri Penumbuh Rambut 100 ml", "botol", 35000, 800, 5)]),
    ("S4", "Koperasi Wanita Tigaraksa", "koperasi", "36.03", "", True, [
        ("sabun-cair", "Sabun Cuci Tangan Cair Refill 5 liter", "jerigen", 85000, 600, 4)]),
    ("S6", "Sabun Etawa Cisauk", "mikro", "36.03", "bpom", False, [
        ("sabun-susu", "Sabun Susu Kambing Etawa 80 gr", "pcs", 15000, 1000, 5)]),
    ("S5", "PT Kosmetika Nusantara", "besar", "36.71", "bpom", True, [
        ("hand-body", "Hand Body Lotion 200 ml", "botol", 25000, 20000, 3)]),
    ("L1", "Pandai Besi Cibeber", "mikro", "36.02", "", True, [
        ("golok-baduy", "Golok Sulangkar Baduy Sarung Kayu", "pcs", 250000, 100, 10),
        ("cangkul", "Cangkul Baja Tempa Gagang Kayu", "pcs", 95000, 400, 7),
        ("arit", "Arit/Sabit Rumput Baja Per", "pcs", 55000, 600, 5)]),
    ("L2", "Bengkel Las Teralis Pamulang", "kecil", "36.74", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow per m2", "m2", 450000, 300, 14),
        ("pagar-minimalis", "Pagar Besi Minimalis Hollow per meter lari", "m", 650000, 200, 21),
        ("kanopi", "Kanopi Baja Ringan Atap Alderon per m2", "m2", 550000, 300, 14)]),
    ("L3", "Aluminium Jaya Karawang", "kecil", "32.15", "", True, [
        ("panci", "Panci Aluminium Cor 30 cm", "pcs", 120000, 500, 7)]),
    ("L4", "Tralis & Pagar Balaraja", "mikro", "36.03", "", True, [
        ("pagar-tempa", "Pagar Besi Tempa Klasik per meter", "m", 850000, 60, 30),
        ("pintu-harmonika", "Pintu Harmonika Besi 3x2 m", "unit", 3500000, 20, 21)]),
    ("C1", "Percetakan Rangkasbitung Grafika", "kecil", "36.02", "", True, [
        ("spanduk", "Cetak Spanduk Banner Flexi 280gr per m2", "m2", 25000, 5000, 2),
        ("kop-surat", "Cetak Amplop & Kop Surat Instansi (rim)", "rim", 350000, 200, 5)]),
    ("C2", "Digital Printing Karawaci", "kecil", "36.71", "", True, [
        ("id-card", "ID Card PVC + Tali Lanyard Printing", "pcs", 15000, 5000, 3),
        ("x-banner", "X-Banner 60x160 + Rangka", "pcs", 85000, 800, 2),
        ("kalender-dinding", "Kalender Dinding 6 Lembar Custom", "pcs", 25000, 3000, 10)]),
    ("C3", "CV Cetak Buku Serpong", "menengah", "36.74", "iso-9001", True, [
        ("buku", "Cetak Buku A5 100 halaman Soft Cover", "eks", 25000, 10000, 14),
        ("map", "Map Folder Snelhecter Logo Cetak", "pcs", 6000, 8000, 7)]),
    ("C4", "Stempel Kilat Pandeglang", "mikro", "36.01", "", True, [
        ("stempel", "Stempel Flash Otomatis Custom", "pcs", 85000, 300, 3)]),
    ("C5", "Percetakan Metro", "mikro", "18.72", "", True, [
        ("undangan", "Undangan Cetak Hardcover", "pcs", 3500, 5000, 7),
        ("piagam", "Cetak Sertifikat / Piagam Art Carton 260", "lembar", 4000, 5000, 3)]),
    ("T1", "Ikan Hias Cisauk", "mikro", "36.03", "", True, [
        ("koi", "Ikan Koi Lokal Kohaku 10-12 cm", "ekor", 25000, 2000, 3),
        ("cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 35000, 500, 3)]),
    ("T2", "Pembenihan Lele Cikeusik", "kecil", "36.01", "", True, [
        ("benih-lele", "Bibit Ikan Lele Sangkuriang 5-7 cm", "ekor", 150, 200000, 3),
        ("benih-nila", "Benih Nila Merah 3-5 cm", "ekor", 200, 100000, 3)]),
    ("T3", "Serpong Garden Tanaman Hias", "mikro", "36.74", "", True, [
        ("aglonema", "Aglonema Red Sumatra Pot 20", "pot", 85000, 300, 3),
        ("bibit-mangga", "Bibit Mangga Harum Manis Okulasi 60 cm", "batang", 35000, 2000, 5)]),
    ("T4", "KWT Pakan Mandiri Lebak", "koperasi", "36.02", "", True, [
        ("pakan-ayam", "Pakan Ayam Kampung Fermentasi 25 kg", "karung", 210000, 500, 5),
        ("kompos", "Pupuk Kompos Organik 20 kg", "karung", 35000, 3000, 5)]),
    ("T5", "Koperasi Bibit Kopi Tanggamus", "koperasi", "18.06", "", True, [
        ("bibit-kopi", "Bibit Kopi Robusta Stek Polybag", "batang", 3500, 50000, 7)]),
    ("X1", "Toko Kebersihan Tigaraksa", "kecil", "36.03", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 22000, 2000, 3),
        ("keset-sabut", "Keset Kaki Sabut Kelapa 40x60", "pcs", 35000, 1000, 5),
        ("kemoceng", "Kemoceng Bulu Ayam 60 cm", "pcs", 18000, 800, 3)]),
    ("X2", "Sapu Lidi Mandalawangi", "mikro", "36.01", "", True, [
        ("sapu-lidi", "Sapu Lidi Kelapa Gagang", "pcs", 12000, 3000, 3)]),
    ("X3", "Koperasi Serpong Makmur", "koperasi", "36.74", "", True, [
        ("paket-sembako", "Paket Sembako Bantuan (Beras 5kg, Minyak 2L, Gula 1kg, Mie 5)", "paket", 160000, 5000, 7)]),
    ("X4", "Tas Seminar Ciledug", "kecil", "36.71", "", True, [
        ("tas-seminar", "Tas Seminar Dinier Resleting + Sablon Logo", "pcs", 35000, 5000, 10),
        ("goodie-bag", "Goodie Bag Spunbond 40x35 Sablon", "pcs", 4500, 20000, 7)]),
    ("X5", "Mainan Kayu Cikarang", "mikro", "32.16", "", True, [
        ("puzzle", "Puzzle Kayu Edukasi Anak PAUD", "set", 45000, 600, 7)]),
]

"""Hand-written suppliers and products of relevance-blind63 (fictional).

SUPPLIERS: (key, name, scale, region, certificates, active, products); a key's first letter is its category.
A product: (kind, name as the maker writes it, unit, unit_price, capacity_per_month, lead_time_days).
The kind is the labeller's tag; it never reaches the CSVs.
"""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "Z": "lainnya"}

# Made and eaten the same day or week: the whole quantity in the delivery month, from nearby.
PERISHABLE = {"nasi-kotak", "snack-box", "nasi-liwet", "prasmanan", "tumpeng", "coffee-break", "jamu-kunyit-asam",
              "beras-kencur"}

SUPPLIERS = [
    ("M1", "UMKM Kerupuk Ikan Bu Enih", "mikro", "36.04", "halal;pirt", True, [
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri Mentah 500 gr", "pcs", 28000, 800, 4),
        ("otak-otak", "Otak-otak Bandeng Frozen isi 20", "pack", 45000, 300, 3)]),
    ("M2", "Rumah Sambal Teh Ijah", "mikro", "36.73", "pirt;halal", True, [
        ("sambal-cumi", "Sambal Cumi Asin Botol 150 gr", "pcs", 35000, 600, 5),
        ("sambal-bawang", "Sambel Bawang Pedas Jar 200ml", "pcs", 25000, 900, 4)]),
    ("M3", "KUB Olahan Pisang Tanggamus", "koperasi", "18.06", "halal;pirt", True, [
        ("keripik-pisang", "Keripik Pisang Kepok Manis Pedas 250 gr", "pcs", 18000, 1500, 5),
        ("kemplang", "Kemplang Panggang Ikan Tenggiri 250 gr", "pcs", 30000, 800, 5)]),
    ("M4", "Dapur Gula Aren Cibeber", "mikro", "36.02", "pirt-expired", True, [
        ("gula-aren", "Gula Aren Cetak Baduy 1 kg", "kg", 38000, 500, 4),
        ("gula-semut", "Gula Semut Aren Organik 500 gr", "pcs", 32000, 400, 4)]),
    ("M5", "CV Bumbu Nusa Karawang", "kecil", "32.15", "halal;bpom;pirt", True, [
        ("bumbu-pecel", "Bumbu Pecel Kacang 500 gr", "pcs", 22000, 2000, 3),
        ("rengginang", "Rengginang Ketan Terasi Mentah 500 gr", "pcs", 20000, 1000, 4)]),
    ("N1", "Kopi Robusta Tanggamus Makmur", "kecil", "18.06", "pirt;halal", True, [
        ("kopi-robusta-bubuk", "Kopi Bubuk Robusta Lampung 250 gr", "pcs", 35000, 2000, 4),
        ("kopi-robusta-bean", "Green Bean Robusta Petik Merah 1 kg", "kg", 75000, 800, 5)]),
    ("N2", "Saung Kopi Gunung Karang", "mikro", "36.01", "pirt", True, [
        ("kopi-arabika-roasted", "Kopi Arabika Gunung Karang Roasted Bean 200 gr", "pcs", 65000, 300, 5)]),
    ("N3", "Koperasi Kakao Pesawaran", "koperasi", "18.09", "halal;pirt", True, [
        ("cokelat-bubuk", "Bubuk Cokelat Murni Kakao Pesawaran 250 gr", "pcs", 40000, 600, 5),
        ("minuman-cokelat", "Minuman Cokelat Sachet 3in1 isi 10", "box", 28000, 1000, 5)]),
    ("N4", "Sari Jahe Merah Bu Aas", "mikro", "32.14", "pirt;halal", True, [
        ("jahe-instan", "Jahe Merah Instan Bubuk 250 gr", "pcs", 30000, 1200, 3),
        ("sirup-kalamansi", "Sirup Jeruk Kalamansi 500 ml", "botol", 32000, 400, 4)]),
    ("N5", "PT Tirta Banten Sejahtera", "besar", "36.04", "halal;bpom", True, [
        ("amdk-gelas", "Air Mineral Gelas 240 ml (1 dus isi 48)", "dus", 22000, 50000, 2)]),
    ("N6", "Koperasi Air Minum Tirta Rahayu", "koperasi", "36.01", "halal;bpom", True, [
        ("amdk-botol", "Air Minum Dalam Kemasan Botol 600 ml isi 24", "dus", 45000, 3000, 3)]),
    ("J1", "Katering Ibu Neneng", "mikro", "36.73", "halal;pirt", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar + Lalapan", "kotak", 35000, 1500, 2),
        ("snack-box", "Kue Kotak isi 3 (Risol, Lemper, Bolu)", "kotak", 15000, 2500, 1)]),
    ("J2", "Dapur Cahaya Catering Karawang", "kecil", "32.15", "halal", True, [
        ("nasi-kotak", "Nasi Box Paket Rendang", "box", 40000, 3000, 2),
        ("prasmanan", "Prasmanan Menu Sunda per Pax", "pax", 65000, 2000, 4)]),
    ("J3", "Warung Nasi Liwet Teh Euis", "mikro", "32.14", "pirt", True, [
        ("nasi-liwet", "Nasi Liwet Komplit Ikan Asin per Porsi", "porsi", 30000, 600, 1)]),
    ("J4", "Katering Berkah Metro", "kecil", "18.72", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Goreng Kremes", "kotak", 30000, 1000, 2),
        ("tumpeng", "Nasi Tumpeng Kuning Besar (20 orang)", "paket", 650000, 40, 3)]),
    ("J5", "Snack Bu Rina Tangerang", "mikro", "36.71", "halal", True, [
        ("snack-box", "Snack Box Rapat 4 Item", "box", 18000, 3000, 1),
        ("coffee-break", "Paket Coffee Break (Kue + Kopi/Teh)", "pax", 25000, 800, 2)]),
    ("F1", "Tapis Lampung Sekar Pesisir", "kecil", "18.71", "", True, [
        ("tapis-selendang", "Selendang Tapis Lampung Sulam Benang Emas", "lembar", 450000, 60, 14),
        ("tapis-kain", "Kain Tapis Motif Pucuk Rebung 2 m", "lembar", 1200000, 15, 30)]),
    ("F2", "Batik Banten Mukarnas", "kecil", "36.73", "batikmark", True, [
        ("batik-tulis", "Kain Batik Tulis Banten Motif Datulaya 2,25 m", "lembar", 850000, 40, 21),
        ("batik-cap", "Kain Batik Cap Banten 2 m", "lembar", 175000, 400, 10)]),
    ("F3", "Konveksi Putra Mandiri", "kecil", "36.03", "", True, [
        ("seragam-pdl", "Seragam PDL Lapangan Drill Bordir Logo", "stel", 285000, 500, 21),
        ("kaos-polo", "Kaos Polo Lacoste CVC Bordir", "pcs", 75000, 2000, 14)]),
    ("F4", "Sablon Kaos Jago Cikarang", "mikro", "32.16", "", True, [
        ("kaos-sablon", "Kaos Oblong Cotton Combed 30s Sablon Plastisol", "pcs", 55000, 3000, 10),
        ("rompi-drill", "Rompi Kerja Drill Scotlight", "pcs", 95000, 600, 14)]),
    ("F5", "Pengrajin Sandal Hotel Ciampea", "mikro", "32.01", "", True, [
        ("sandal-hotel", "Sandal Hotel Spon Putih Custom Logo", "pasang", 6500, 10000, 10)]),
    ("F6", "Koperasi Tenun Kanekes", "koperasi", "36.02", "", True, [
        ("tenun-baduy", "Kain Tenun Baduy Motif Suat Samata", "lembar", 350000, 80, 21),
        ("ikat-kepala", "Ikat Kepala Baduy (Telekung) Biru", "pcs", 40000, 500, 7)]),
    ("K1", "Anyaman Pandan Mekarsari", "mikro", "36.01", "", True, [
        ("tikar-pandan", "Tikar Pandan Anyam 150x200", "lembar", 85000, 200, 10),
        ("tas-pandan", "Tas Anyaman Pandan Tote Motif", "pcs", 65000, 400, 10)]),
    ("K2", "Gerabah Bumijaya", "mikro", "36.04", "", True, [
        ("gerabah-guci", "Guci Gerabah Tanah Liat Tinggi 40 cm", "pcs", 120000, 100, 14),
        ("gerabah-pot", "Pot Gerabah Bunga Diameter 25 cm", "pcs", 25000, 1500, 7)]),
    ("K3", "Kerajinan Bambu Lebak Sejahtera", "kecil", "36.02", "", True, [
        ("besek-bambu", "Besek Bambu Tutup 20x20", "pcs", 4500, 8000, 7),
        ("kap-lampu-bambu", "Kap Lampu Anyaman Bambu Hias", "pcs", 95000, 150, 14)]),
    ("K4", "Siger Craft Tanjungkarang", "mikro", "18.71", "", True, [
        ("miniatur-siger", "Miniatur Siger Lampung Kuningan 15 cm", "pcs", 150000, 300, 14),
        ("plakat-kayu", "Plakat Kayu Ukir Logo Instansi + Box", "pcs", 175000, 250, 10)]),
    ("K5", "Akrilik Kreasi Karawang", "kecil", "32.15", "", True, [
        ("plakat-akrilik", "Plakat Akrilik Custom 20 cm + Kotak Beludru", "pcs", 135000, 600, 7),
        ("gantungan-akrilik", "Gantungan Kunci Akrilik Custom 2 Sisi", "pcs", 5000, 10000, 7)]),
    ("P1", "Perak Ciomas Silver", "mikro", "36.04", "", True, [
        ("bros-perak", "Bros Perak 925 Motif Bunga Wijaya Kusuma", "pcs", 250000, 100, 14),
        ("cincin-perak", "Cincin Perak Batu Kalimaya Banten", "pcs", 350000, 60, 14)]),
    ("P2", "Manik Etnik Sukadana", "mikro", "18.07", "", True, [
        ("kalung-manik", "Kalung Manik-manik Etnik Lampung", "pcs", 45000, 600, 7),
        ("gelang-manik", "Gelang Manik Tapis Handmade", "pcs", 25000, 1000, 7)]),
    ("P3", "Galeri Mutiara Teluk Betung", "kecil", "18.71", "", True, [
        ("kalung-mutiara", "Kalung Mutiara Air Tawar", "pcs", 400000, 150, 10),
        ("bros-mutiara", "Bros Mutiara Air Tawar Hijab", "pcs", 85000, 500, 7)]),
    ("P4", "PT Emas Sentosa Abadi", "besar", "36.71", "", True, [
        ("liontin-emas", "Liontin Emas 24K Logo Custom", "pcs", 2500000, 500, 14),
        ("cincin-emas", "Cincin Emas 24 Karat 2 gram", "pcs", 2800000, 500, 14)]),
    ("P5", "Kuningan Craft Kotabumi", "mikro", "18.03", "", False, [
        ("pin-kuningan", "Bros Pin Kuningan Lapis Emas Logo Pemda", "pcs", 60000, 1000, 10)]),
    ("U1", "Rotan Indah Purwakarta", "kecil", "32.14", "svlk", True, [
        ("kursi-rotan-set", "Kursi Tamu Rotan Sintetis 1 Set (4 Kursi + Meja)", "set", 4500000, 10, 30),
        ("kursi-rotan-teras", "Kursi Teras Rotan Alami", "pcs", 650000, 40, 21)]),
    ("U2", "CV Jati Karya Mebel Serang", "kecil", "36.04", "svlk", True, [
        ("meja-kantor-kayu", "Meja Kerja Kantor Kayu Jati 1/2 Biro 120x60", "unit", 1850000, 30, 30),
        ("lemari-arsip-kayu", "Lemari Arsip Kayu 2 Pintu Kaca", "unit", 2750000, 15, 30)]),
    ("U3", "Mebel Sekolah Pringsewu Mandiri", "kecil", "18.10", "svlk", True, [
        ("meja-kursi-siswa", "Meja Kursi Siswa SD (1 Meja 2 Kursi) Kayu Mahoni", "set", 950000, 200, 30),
        ("meja-guru", "Meja Guru Kayu 2 Laci", "unit", 1200000, 40, 30)]),
    ("U4", "Bengkel Furnitur Besi Citra", "kecil", "32.16", "sni", True, [
        ("lemari-arsip-besi", "Filing Cabinet Besi 4 Laci", "unit", 2300000, 60, 14),
        ("kursi-kuliah", "Kursi Kuliah Lipat Besi Papan Tulis (Chair Lecture)", "unit", 550000, 200, 14)]),
    ("U5", "Koperasi Mebel Karya Tangerang", "koperasi", "36.71", "", True, [
        ("kursi-kantor-putar", "Kursi Kantor Putar Jaring Hidrolik", "unit", 850000, 100, 10),
        ("rak-buku-kayu", "Rak Buku Kayu 5 Susun", "unit", 900000, 50, 21)]),
    ("U6", "PT Furnindo Raya", "besar", "32.16", "iso-9001", True, [
        ("meja-rapat-oval", "Meja Rapat Oval 12 Orang HPL", "unit", 9500000, 50, 21)]),
    ("H1", "Jamu Gendong Mbok Sri", "mikro", "18.72", "pirt", True, [
        ("jamu-kunyit-asam", "Jamu Kunyit Asam Botol 250 ml (segar)", "botol", 8000, 1500, 1),
        ("beras-kencur", "Beras Kencur Botol 250 ml", "botol", 8000, 1500, 1)]),
    ("H2", "Herbal Baduy Lestari", "kecil", "36.02", "pirt;bpom", True, [
        ("minyak-sereh", "Minyak Sereh Wangi 100 ml", "botol", 35000, 800, 5),
        ("teh-kelor", "Teh Daun Kelor Celup isi 20", "box", 25000, 1000, 5)]),
    ("H3", "Madu Hutan Ujung Kulon", "mikro", "36.01", "pirt", True, [
        ("madu-hutan", "Madu Hutan Murni Ujung Kulon 500 gr", "botol", 120000, 300, 5),
        ("madu-klanceng", "Madu Klanceng (Trigona) 250 gr", "botol", 150000, 80, 7)]),
    ("H4", "UD Rempah Sehat Cibinong", "kecil", "32.01", "bpom;halal", True, [
        ("jahe-kapsul", "Kapsul Ekstrak Jahe Merah isi 60", "botol", 55000, 2000, 5),
        ("temulawak-instan", "Serbuk Temulawak Instan 300 gr", "pcs", 28000, 1500, 4)]),
    ("S1", "Griya Aroma Pamulang", "mikro", "36.74", "bpom;halal", True, [
        ("sabun-batang-herbal", "Sabun Mandi Batang Herbal Sereh 100 gr", "pcs", 15000, 3000, 7),
        ("lilin-aromaterapi", "Lilin Aromaterapi Soy Wax Lavender 100 gr", "pcs", 45000, 500, 7)]),
    ("S2", "Koperasi Minyak Kemiri Liwa", "koperasi", "18.04", "bpom", True, [
        ("minyak-kemiri", "Minyak Kemiri Penyubur Rambut 100 ml", "botol", 25000, 1500, 5),
        ("hand-sanitizer", "Hand Sanitizer Gel 500 ml", "botol", 30000, 2000, 4)]),
    ("S3", "Rumah Lulur Tambun", "mikro", "32.16", "bpom", True, [
        ("lulur", "Lulur Mandi Bengkoang 250 gr", "pcs", 35000, 800, 5),
        ("sabun-cair", "Sabun Cair Cuci Tangan Refill 5 Liter", "jerigen", 85000, 400, 5)]),
    ("S4", "Dapur Sabun Rengasdengklok", "mikro", "32.15", "", True, [
        ("sabun-batang-susu", "Sabun Mandi Batang Susu Kambing", "pcs", 12000, 2000, 7)]),
    ("L1", "Pandai Besi Ciomas Sejati", "mikro", "36.04", "", True, [
        ("golok", "Golok Ciomas Sulangkar Sarung Kayu", "pcs", 450000, 60, 14),
        ("cangkul", "Cangkul Baja Tempa + Gagang", "pcs", 95000, 400, 10)]),
    ("L2", "Pandai Besi Sidomulyo", "mikro", "18.01", "", True, [
        ("arit", "Arit/Sabit Rumput Baja Per", "pcs", 45000, 800, 7),
        ("parang", "Parang Kebun Lampung 16 inch", "pcs", 85000, 500, 7),
        ("garpu-tanah", "Garpu Tanah Baja 4 Mata", "pcs", 110000, 200, 10)]),
    ("L3", "Bengkel Las Jaya Teknik", "kecil", "32.15", "sni", True, [
        ("kanopi", "Kanopi Baja Ringan Atap Alderon per m2", "m2", 425000, 400, 14),
        ("pagar-besi", "Pagar Besi Hollow Minimalis per m2", "m2", 650000, 300, 14),
        ("teralis", "Teralis Jendela Besi Hollow per m2", "m2", 380000, 300, 14)]),
    ("L4", "Las Listrik Mandiri Gadingrejo", "mikro", "18.10", "", True, [
        ("rak-besi", "Rak Besi Siku Lubang 5 Susun 200x40x90", "unit", 650000, 80, 10),
        ("gerobak-sampah", "Gerobak Sampah Besi 1 m3", "unit", 3500000, 15, 21)]),
    ("L5", "Koperasi Pengrajin Logam Wanayasa", "koperasi", "32.14", "", True, [
        ("pisau-dapur", "Pisau Dapur Set 3 pcs Stainless Gagang Kayu", "set", 75000, 800, 7)]),
    ("L6", "PT Baja Prima Cilegon", "besar", "36.72", "sni", True, [
        ("pagar-brc", "Pagar BRC Galvanis Hot Dip 2,4 m", "lembar", 450000, 5000, 7)]),
    ("C1", "Percetakan Sinar Rangkasbitung", "kecil", "36.02", "", True, [
        ("map-folder", "Map Folder Cetak Logo Art Carton 260", "pcs", 6500, 5000, 7),
        ("buku-agenda", "Buku Agenda Surat Masuk/Keluar Folio 100 Lembar", "pcs", 35000, 800, 5)]),
    ("C2", "Digital Printing Metro Jaya", "mikro", "18.72", "", True, [
        ("spanduk", "Cetak Spanduk Flexi 280 gr per Meter", "m2", 25000, 5000, 2),
        ("x-banner", "X-Banner 60x160 + Rangka", "pcs", 85000, 500, 2)]),
    ("C3", "CV Kertas Niaga Balaraja", "kecil", "36.03", "iso-9001", True, [
        ("kertas-hvs-a4", "Kertas HVS A4 70 gr 1 Rim", "rim", 52000, 5000, 3),
        ("amplop", "Amplop Coklat Folio Cetak Kop Dinas", "pcs", 1500, 20000, 7)]),
    ("C4", "Kemasan Kreatif Bogor", "mikro", "32.01", "", True, [
        ("dus-nasi", "Dus Nasi Kotak 20x20 Cetak Logo", "pcs", 1800, 20000, 7),
        ("paper-bag", "Paper Bag Kraft Cetak Logo 25x35", "pcs", 4500, 5000, 10)]),
    ("C5", "Stempel Kilat Kota Serang", "mikro", "36.73", "", True, [
        ("stempel", "Stempel Flash Otomatis Custom", "pcs", 95000, 300, 3),
        ("id-card", "ID Card PVC Cetak 2 Sisi + Tali Lanyard", "pcs", 15000, 3000, 5)]),
    ("T1", "Penangkar Benih Padi Tani Jaya", "kecil", "32.15", "bpsb", True, [
        ("benih-padi-inpari", "Benih Padi Inpari 32 Label Biru 5 kg", "pack", 65000, 3000, 7),
        ("benih-padi-ciherang", "Benih Padi Ciherang Bersertifikat 5 kg", "pack", 60000, 2000, 7)]),
    ("T2", "Pembenihan Lele Mina Sejahtera", "koperasi", "18.07", "", True, [
        ("benih-lele", "Bibit Lele Sangkuriang Ukuran 5-7 cm", "ekor", 250, 200000, 5),
        ("benih-nila", "Benih Ikan Nila Merah 3-5 cm", "ekor", 300, 100000, 5)]),
    ("T3", "Kebun Bibit Cibodas Lestari", "kecil", "32.01", "", True, [
        ("bibit-durian", "Bibit Durian Musang King Okulasi 60 cm", "batang", 45000, 2000, 7),
        ("bibit-alpukat", "Bibit Alpukat Miki Sambung Pucuk", "batang", 35000, 1500, 7),
        ("aglonema", "Aglonema Red Sumatra Pot 15", "pot", 75000, 400, 5)]),
    ("T4", "UD Pupuk Organik Tani Makmur", "kecil", "18.10", "", True, [
        ("pupuk-kompos", "Pupuk Kompos Organik Granul 40 kg", "karung", 45000, 5000, 5),
        ("pupuk-kandang", "Pupuk Kandang Kotoran Sapi Fermentasi 25 kg", "karung", 20000, 5000, 5)]),
    ("T5", "Pakan Mandiri Pontang", "mikro", "36.04", "", True, [
        ("pakan-ikan", "Pelet Ikan Apung Protein 30% 30 kg", "karung", 310000, 1000, 5),
        ("pakan-ayam", "Pakan Ayam Kampung Fermentasi 25 kg", "karung", 180000, 600, 5)]),
    ("T6", "Koperasi Tani Jagung Sekampung", "koperasi", "18.07", "", True, [
        ("benih-jagung", "Benih Jagung Hibrida 5 kg", "pack", 400000, 1000, 7),
        ("bibit-kakao", "Bibit Kakao Sambung Samping Polybag", "batang", 7500, 10000, 10)]),
    ("T7", "Ikan Hias Cibinong", "mikro", "32.01", "", True, [
        ("ikan-koi", "Ikan Koi Lokal Blitar 10-12 cm", "ekor", 25000, 1000, 3),
        ("ikan-cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 35000, 500, 3)]),
    ("T8", "Penangkar Bibit Kopi Way Tenong", "kecil", "18.04", "", True, [
        ("bibit-kopi", "Bibit Kopi Robusta Stek Polybag", "batang", 4000, 20000, 14)]),
    ("Z1", "UD Sapu Ijuk Cikande", "mikro", "36.04", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 18000, 3000, 5),
        ("sapu-lidi", "Sapu Lidi Gagang Bambu", "pcs", 10000, 5000, 3),
        ("kemoceng", "Kemoceng Bulu Ayam 60 cm", "pcs", 25000, 600, 5)]),
    ("Z2", "Koperasi Bersih Jaya Tambun", "koperasi", "32.16", "", True, [
        ("alat-pel", "Alat Pel Lantai Putar (Spin Mop) + Ember", "set", 145000, 400, 5),
        ("keset", "Keset Kaki Serabut Kelapa 40x60", "pcs", 35000, 1000, 5),
        ("pembersih-lantai", "Cairan Pembersih Lantai Wangi Pinus 5 Liter", "jerigen", 60000, 800, 4)]),
    ("Z3", "APE Tunas Bangsa", "kecil", "36.73", "", True, [
        ("ape-puzzle", "Alat Peraga Edukatif Puzzle Kayu Huruf Hijaiyah", "pcs", 55000, 500, 10),
        ("ape-matematika", "Alat Peraga Matematika SD 1 Set (Kayu)", "set", 850000, 50, 21),
        ("papan-tulis", "Papan Tulis Whiteboard 120x240 Rangka Alumunium", "unit", 850000, 60, 10)]),
    ("Z4", "Konveksi APD Safety Klari", "kecil", "32.15", "sni", True, [
        ("rompi-safety", "Rompi Safety Scotlight Hijau Stabilo", "pcs", 35000, 3000, 7),
        ("sepatu-boot", "Sepatu Boot Karet PVC Petani/Proyek", "pasang", 75000, 800, 5),
        ("helm-proyek", "Helm Proyek Safety SNI Tali Dagu", "pcs", 45000, 1000, 5)]),
    ("Z5", "Fiber Sampah Rajabasa", "mikro", "18.71", "", True, [
        ("tempat-sampah", "Tempat Sampah Pilah 3 Warna Fiber 60 L", "set", 1650000, 30, 14)]),
]

"""Hand-written suppliers and products of relevance-blind55 (fictional). Each product carries the labeller's kind tag;
kinds never reach the CSVs. Supplier keys start with the category letter (CATEGORY)."""

CATEGORY = {"A": "makanan", "B": "minuman", "C": "jasa-boga", "D": "fesyen", "E": "kerajinan", "F": "perhiasan",
            "G": "furnitur", "H": "herbal", "K": "kosmetik", "L": "logam", "P": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Made and eaten within days: capacity_per_month >= quantity, and the nearest region that has one (kab/kota, else province).
PERISHABLE = {"nasi-box", "prasmanan", "snack-box", "coffee-break", "tumpeng", "nasi-liwet", "jamu-kunyit-asam-botol",
              "beras-kencur", "susu-kedelai"}

# key, name, scale, region, supplier certificates, active, [(kind, name, unit, price, capacity/month, lead days)]
SUPPLIERS = [
    ("A1", "Otak-Otak & Kerupuk Mak Eroh", "mikro", "36.04", "halal;pirt", True, [
        ("otak-otak", "Otak-otak Bandeng Khas Serang isi 10", "pak", 35000, 400, 3),
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri Mentah 500 gr", "pak", 28000, 600, 3)]),
    ("A2", "UMKM Dapur Bu Tati Tambun", "mikro", "32.16", "pirt;halal", True, [
        ("rengginang", "Rengginang Terasi Mentah 1 kg", "kg", 45000, 300, 4),
        ("opak", "Opak Ketan Bakar", "pak", 15000, 500, 3),
        ("keripik-pisang", "Keripik Pisang Tanduk Manis 250gr", "pak", 18000, 800, 3)]),
    ("A3", "CV Sambal Juara Karawang", "kecil", "32.15", "halal;pirt;bpom", True, [
        ("sambal-bawang", "Sambal Bawang Botol 200 ml", "botol", 25000, 1500, 5),
        ("sambal-cumi", "Sambal Cumi Asin Pedas 150gr jar", "jar", 38000, 800, 5)]),
    ("A4", "Keripik Pisang Lampung Barokah", "kecil", "18.71", "halal;pirt", True, [
        ("keripik-pisang", "Keripik Pisang Cokelat Lampung 500 gr", "pak", 32000, 2000, 4),
        ("lanting", "Lanting Singkong Bawang", "pak", 12000, 1000, 3)]),
    ("A5", "Dodol Betawi Encang Mamat", "mikro", "32.75", "pirt", True, [
        ("dodol", "Dodol Betawi Ketan Hitam 500g", "pak", 40000, 500, 5),
        ("kue-kering", "Kue Kering Nastar Nanas Toples 500 gr", "toples", 75000, 300, 7)]),
    ("A6", "Koperasi Emping Melinjo Menes", "koperasi", "36.01", "pirt-expired", True, [
        ("emping", "Emping Melinjo Super Tipis 1 kg", "kg", 95000, 600, 5)]),
    ("B1", "Kopi Robusta Tanggamus Lestari", "kecil", "18.06", "halal;pirt", True, [
        ("kopi-robusta-bubuk", "Kopi Bubuk Robusta Tanggamus 250 gr", "pak", 35000, 2000, 4),
        ("kopi-robusta-biji", "Roasted Bean Robusta Lampung 1 kg", "kg", 150000, 400, 5)]),
    ("B2", "Kopi Gunung Canggah Subang", "kecil", "32.13", "halal", True, [
        ("kopi-arabika-bubuk", "Arabika Java Preanger Ground Coffee 200gr", "pak", 65000, 500, 5)]),
    ("B3", "Sirup Pala Ibu Yayah", "mikro", "32.01", "pirt", True, [
        ("sirup-pala", "Sirup Pala Asli Bogor 620 ml", "botol", 30000, 600, 4),
        ("wedang-jahe", "Wedang Jahe Merah Instan sachet isi 10", "box", 22000, 1000, 3)]),
    ("B4", "CV Tirta Karawang", "menengah", "32.15", "halal;bpom;sni", True, [
        ("amdk-gelas", "Air Mineral Gelas 220 ml (dus isi 48)", "dus", 24000, 10000, 2),
        ("amdk-botol", "Air Minum Dalam Kemasan Botol 600ml isi 24", "dus", 48000, 8000, 2)]),
    ("B5", "PT Minuman Nusantara Raya", "besar", "32.16", "halal;bpom", True, [
        ("teh-celup", "Teh Celup Melati box isi 25", "box", 9000, 50000, 2)]),
    ("B6", "Sari Kedelai Bu Ani", "mikro", "32.75", "pirt", True, [
        ("susu-kedelai", "Susu Kedelai Murni Botol 250 ml", "botol", 6000, 2000, 1)]),
    ("C1", "Catering Berkah Cikarang", "kecil", "32.16", "halal", True, [
        ("nasi-box", "Nasi Box Ayam Bakar + Lalapan", "box", 30000, 3000, 2),
        ("prasmanan", "Paket Prasmanan Menu Sunda min 100 pax", "porsi", 55000, 2000, 3),
        ("snack-box", "Snack Box 3 Kue + Air Mineral", "box", 15000, 4000, 1)]),
    ("C2", "Dapur Mama Ria", "mikro", "32.75", "halal", True, [
        ("nasi-box", "Nasi Kotak Rendang Komplit", "kotak", 35000, 1200, 2),
        ("coffee-break", "Coffee Break Meeting (2 kue + kopi/teh)", "pax", 20000, 1500, 1),
        ("tumpeng", "Tumpeng Nasi Kuning 1 meter (20 orang)", "tumpeng", 650000, 20, 3)]),
    ("C3", "Katering Sari Rasa Karawang", "kecil", "32.15", "halal", True, [
        ("nasi-box", "Nasi Box Ayam Goreng Serundeng", "box", 27000, 2500, 2),
        ("snack-box", "Kue Kotak Isi 4 (Lemper, Risoles, Bolu, Sus)", "kotak", 17000, 3000, 1),
        ("nasi-liwet", "Nasi Liwet Komplit Tampah 10 orang", "tampah", 350000, 60, 2)]),
    ("C4", "RM Pindang Bandeng Pagaden", "mikro", "32.13", "", True, [
        ("nasi-box", "Nasbox Pindang Bandeng Subang", "box", 25000, 800, 2),
        ("prasmanan", "Prasmanan Hajatan/Kantor per orang", "porsi", 45000, 1500, 3)]),
    ("C5", "Catering Al-Barokah Serang", "kecil", "36.73", "halal", True, [
        ("nasi-box", "Nasi Kotak Sate Bandeng", "kotak", 32000, 1500, 2),
        ("snack-box", "Snack Box Jajanan Pasar isi 3", "box", 12000, 2500, 1)]),
    ("C6", "Warung Nasi Uduk Mbak Sum", "mikro", "18.72", "halal", True, [
        ("nasi-box", "Nasi Uduk Kotak Telur Balado", "kotak", 18000, 500, 1)]),
    ("D1", "Konveksi Seragam Cikarang Jaya", "kecil", "32.16", "iso-9001", True, [
        ("seragam-pdh", "Kemeja PDH Khaki Lengan Panjang (bahan american drill)", "pcs", 185000, 800, 21),
        ("seragam-sekolah", "Seragam SD Putih Merah Setelan", "stel", 120000, 1500, 14),
        ("kaos", "Kaos Polo Bordir Logo Instansi", "pcs", 85000, 1200, 14)]),
    ("D2", "Sanggar Batik Lumbung Padi", "mikro", "32.15", "batikmark", True, [
        ("batik-tulis", "Kain Batik Tulis Motif Lumbung Padi 2 m", "lembar", 750000, 40, 30),
        ("batik-cap", "Kemeja Batik Cap Karawangan Pria", "pcs", 175000, 300, 14)]),
    ("D3", "Batik Bekasi Tjap Lengkong", "mikro", "32.75", "", True, [
        ("batik-printing", "Kemeja Batik Printing Motif Bekasi", "pcs", 95000, 1000, 10)]),
    ("D4", "Tapis Lampung Ratu", "kecil", "18.71", "", True, [
        ("tapis", "Kain Tapis Lampung Benang Emas 1 set", "set", 1500000, 20, 30),
        ("tas-tapis", "Tas Jinjing Motif Tapis", "pcs", 150000, 200, 10)]),
    ("D5", "IKM Sepatu Ciomas Bogor", "mikro", "32.01", "sni", True, [
        ("sepatu-pantofel", "Sepatu Pantofel Pria Kulit Sapi Asli", "pasang", 275000, 300, 14),
        ("sepatu-pdl", "Sepatu PDL Boots Kulit Hitam", "pasang", 350000, 200, 21)]),
    ("D6", "Sandal Hotel Batuceper", "mikro", "36.71", "", True, [
        ("sandal-hotel", "Sandal Hotel Spon Putih Grosir", "pasang", 4500, 20000, 5)]),
    ("D7", "Sablon Kaos Metro Kreatif", "mikro", "18.72", "", True, [
        ("kaos", "Kaos Sablon Custom Cotton Combed 30s", "pcs", 55000, 2000, 7)]),
    ("E1", "Koperasi Anyaman Pandan Cipanas", "koperasi", "36.02", "", True, [
        ("tikar-pandan", "Tikar Pandan Anyam 2x3 m", "lembar", 120000, 100, 14),
        ("tas-pandan", "Tas Anyaman Pandan Souvenir", "pcs", 35000, 500, 10)]),
    ("E2", "Gerabah Plered Mekar", "mikro", "32.14", "", True, [
        ("gerabah-pot", "Pot Gerabah Tanah Liat Diameter 30 cm", "pcs", 40000, 600, 7),
        ("gerabah-guci", "Guci Keramik Plered Hias Tinggi 60cm", "pcs", 450000, 50, 21)]),
    ("E3", "Kerajinan Bambu Cijambe", "mikro", "32.13", "", True, [
        ("besek", "Besek Bambu 20x20 isi 10", "ikat", 25000, 2000, 5),
        ("tempat-tisu-bambu", "Tempat Tisu Bambu Ukir", "pcs", 45000, 400, 7)]),
    ("E4", "Souvenir Akrilik Bekasi", "kecil", "32.75", "", True, [
        ("plakat-akrilik", "Plakat Akrilik Custom Full Print 20 cm", "pcs", 175000, 500, 7),
        ("gantungan-kunci-akrilik", "Gantungan Kunci Akrilik Custom 2 sisi", "pcs", 4500, 10000, 7)]),
    ("E5", "Ukir Kayu Rengasdengklok", "mikro", "32.15", "svlk", True, [
        ("plakat-kayu", "Plakat Kayu Jati Ukir Logo", "pcs", 325000, 100, 14)]),
    ("E6", "Miniatur Siger Way Halim", "mikro", "18.71", "", True, [
        ("siger", "Miniatur Siger Kuningan 25 cm", "pcs", 250000, 150, 10)]),
    ("F1", "Perak Pasar Kemis Silver", "mikro", "36.03", "", True, [
        ("cincin-perak", "Cincin Perak 925 Ukir Nama", "pcs", 150000, 200, 10),
        ("liontin-perak", "Liontin Perak Inisial", "pcs", 175000, 150, 10)]),
    ("F2", "Mutiara Teluk Pesawaran", "mikro", "18.09", "", True, [
        ("kalung-mutiara", "Kalung Mutiara Air Laut Lampung", "pcs", 450000, 80, 14),
        ("bros-mutiara", "Bros Mutiara Hijab", "pcs", 65000, 500, 7)]),
    ("F3", "Aksesoris Hijab Tambun", "mikro", "32.16", "", True, [
        ("bros-imitasi", "Bros Hijab Fashion Mutiara Sintetis (grosir 12 pcs)", "lusin", 60000, 1000, 5),
        ("gelang-manik", "Gelang Manik-manik Etnik", "pcs", 15000, 1000, 5)]),
    ("G1", "Mebel Sekolah Karawang Mandiri", "kecil", "32.15", "svlk", True, [
        ("meja-siswa", "Meja Siswa Kayu Single Top HPL", "unit", 450000, 300, 30),
        ("kursi-siswa", "Kursi Siswa Kayu Sandaran", "unit", 250000, 400, 30),
        ("papan-tulis", "Papan Tulis Whiteboard 120x240 Frame Aluminium", "unit", 850000, 100, 14)]),
    ("G2", "Rotan Cikarang Art", "mikro", "32.16", "", True, [
        ("kursi-rotan", "Kursi Teras Rotan Sintetis", "unit", 650000, 60, 21)]),
    ("G3", "CV Furniture Kantor Bekasi", "menengah", "32.75", "iso-9001", True, [
        ("lemari-arsip", "Lemari Arsip Kayu 4 Pintu", "unit", 2200000, 50, 21),
        ("meja-kerja", "Meja Kerja Staff 1/2 Biro 120x60", "unit", 1250000, 80, 21),
        ("kursi-kantor", "Kursi Kantor Putar Jaring (Mesh) Hidrolik", "unit", 900000, 100, 14)]),
    ("G4", "Mebel Jati Kalijati", "mikro", "32.13", "svlk", True, [
        ("lemari-buku", "Rak Buku Perpustakaan Kayu Mahoni 5 susun", "unit", 1600000, 30, 30),
        ("meja-rapat", "Meja Meeting Kayu Jati 8 orang", "unit", 6500000, 8, 45)]),
    ("G5", "PT Mebel Nusantara Industri", "besar", "32.16", "sni;iso-9001", True, [
        ("kursi-lipat", "Kursi Lipat Futura Kaki Besi", "unit", 300000, 5000, 7)]),
    ("H1", "Jamu Gendong Mbok Sri", "mikro", "32.15", "pirt", True, [
        ("jamu-kunyit-asam-botol", "Jamu Kunyit Asam Botol 250ml (fresh)", "botol", 8000, 1500, 1),
        ("beras-kencur", "Beras Kencur Segar 250 ml", "botol", 8000, 1500, 1)]),
    ("H2", "Herbal Sehat Pringsewu", "kecil", "18.10", "bpom;halal", True, [
        ("madu-hutan-lampung", "Madu Hutan Lampung Murni 500 gr", "botol", 120000, 400, 5),
        ("temulawak-serbuk", "Serbuk Instan Temulawak 250 gr", "pak", 25000, 800, 4)]),
    ("H3", "Koperasi Lebah Madu Leuwidamar", "koperasi", "36.02", "pirt", True, [
        ("madu-randu-baduy", "Madu Randu Baduy 250ml", "botol", 65000, 300, 4)]),
    ("H4", "Rumah Herbal Jatiasih", "mikro", "32.75", "bpom", True, [
        ("minyak-kayu-putih", "Minyak Kayu Putih Aromaterapi 60 ml", "botol", 28000, 1000, 5),
        ("balsem", "Balsem Sereh Herbal 20 g", "pcs", 15000, 1000, 5)]),
    ("K1", "Sabun Sereh Telukjambe", "mikro", "32.15", "bpom", True, [
        ("sabun-batang", "Sabun Mandi Batang Sereh Handmade 100gr", "pcs", 15000, 2000, 5),
        ("lilin-aromaterapi", "Lilin Aromaterapi Lavender Jar 150gr", "pcs", 45000, 500, 7)]),
    ("K2", "CV Bekasi Bersih Sehat", "kecil", "32.16", "bpom", True, [
        ("hand-sanitizer", "Hand Sanitizer Gel 500 ml Pump", "botol", 35000, 3000, 3),
        ("sabun-cair", "Sabun Cuci Tangan Cair Refill 5 Liter", "jerigen", 120000, 500, 3)]),
    ("K3", "Lulur Ratu Kasemen", "mikro", "36.73", "", True, [
        ("lulur", "Lulur Mandi Bengkoang 200gr", "pot", 25000, 600, 5)]),
    ("L1", "Pandai Besi Ciomas Sulangkar", "mikro", "36.04", "", True, [
        ("golok", "Golok Ciomas Sulangkar Sarung Kayu", "pcs", 450000, 60, 21),
        ("cangkul", "Cangkul Baja Tempa Gagang Kayu", "pcs", 85000, 500, 10),
        ("arit", "Arit / Sabit Rumput Baja Per", "pcs", 45000, 600, 7)]),
    ("L2", "Bengkel Las Jaya Teralis", "kecil", "32.16", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow Custom per m2", "m2", 350000, 200, 14),
        ("pagar-besi", "Pagar Besi Minimalis per meter", "meter", 650000, 150, 21),
        ("rak-siku", "Rak Besi Siku Lubang 5 Susun 200x90x40", "unit", 550000, 100, 10)]),
    ("L3", "Pande Besi Talang Padang", "mikro", "18.06", "", True, [
        ("parang", "Parang Kebun Lampung", "pcs", 95000, 300, 7),
        ("pisau-dapur", "Pisau Dapur Stainless Tempa 8 inch", "pcs", 75000, 400, 7)]),
    ("P1", "Percetakan Mitra Karawang", "kecil", "32.15", "", True, [
        ("spanduk", "Cetak Spanduk Banner Flexi 280 gr per m2", "m2", 25000, 5000, 2),
        ("map", "Map Folder Logo Instansi Art Carton 260", "pcs", 6500, 10000, 7),
        ("buku-tulis", "Buku Tulis Custom Cover Logo 38 lembar", "pcs", 4500, 20000, 10)]),
    ("P2", "Digital Printing Bekasi Cepat", "mikro", "32.75", "", True, [
        ("kartu-nama", "Kartu Nama Art Carton 1 box isi 100", "box", 35000, 3000, 2),
        ("stiker", "Stiker Vinyl Label Kemasan Cutting", "lembar", 8000, 5000, 3),
        ("buku-yasin", "Cetak Buku Yasin Hardcover 160 hal", "pcs", 22000, 2000, 14)]),
    ("P3", "Lampung Offset Mandiri", "kecil", "18.71", "", True, [
        ("kalender", "Kalender Dinding 2027 6 lembar Full Color", "pcs", 25000, 5000, 14),
        ("nota", "Nota / Kwitansi NCR 2 ply", "buku", 8000, 5000, 7)]),
    ("P4", "CV Kemasan Dus Serang", "mikro", "36.73", "", True, [
        ("dus-nasi", "Dus Nasi Kotak Laminasi 20x20", "pcs", 1200, 50000, 5),
        ("paper-bag", "Paper Bag Custom Sablon Logo", "pcs", 6000, 8000, 10)]),
    ("T1", "Kebun Bibit Sinar Tani", "kecil", "32.13", "", True, [
        ("bibit-durian", "Bibit Durian Musang King Okulasi 60 cm", "batang", 55000, 2000, 7),
        ("bibit-alpukat", "Bibit Alpukat Miki Sambung Pucuk", "batang", 35000, 3000, 7),
        ("tanaman-hias", "Tanaman Hias Monstera Pot 25", "pot", 85000, 300, 5)]),
    ("T2", "Koperasi Pembenihan Mina Karawang", "koperasi", "32.15", "", True, [
        ("benih-nila", "Benih Ikan Nila Merah 5-7 cm", "ekor", 300, 200000, 5),
        ("benih-lele", "Bibit Lele Sangkuriang 7-9 cm", "ekor", 250, 300000, 5)]),
    ("T3", "Koi Farm Setu", "mikro", "32.16", "", True, [
        ("koi", "Ikan Koi Kohaku 15 cm", "ekor", 75000, 300, 3),
        ("cupang", "Ikan Cupang Halfmoon", "ekor", 35000, 500, 3)]),
    ("T4", "Pakan Ternak Mandiri Sekampung", "kecil", "18.07", "", True, [
        ("pakan-ayam", "Pakan Ayam Kampung Fermentasi 25 kg", "karung", 210000, 500, 5),
        ("pupuk-kompos", "Pupuk Kompos Organik Karung 40 kg", "karung", 35000, 3000, 5)]),
    ("T5", "Kelompok Tani Saruni", "mikro", "36.01", "", True, [
        ("benih-padi", "Benih Padi Inpari 32 Label Biru 5 kg", "pak", 75000, 1000, 5),
        ("bibit-kelapa", "Bibit Kelapa Genjah Entog", "batang", 45000, 500, 7)]),
    ("X1", "Sapu Ijuk Cilamaya", "mikro", "32.15", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 2000, 3),
        ("sapu-lidi", "Sapu Lidi Aren Gagang", "pcs", 15000, 3000, 3),
        ("kemoceng", "Kemoceng Bulu Ayam Asli 70 cm", "pcs", 20000, 1000, 3)]),
    ("X2", "Kain Pel Tambun Jaya", "mikro", "32.16", "", True, [
        ("alat-pel", "Alat Pel Lantai Kain Katun + Gagang", "set", 45000, 1500, 3),
        ("keset", "Keset Kaki Serabut Kelapa 40x60", "pcs", 35000, 800, 5)]),
    ("X3", "Kreasi Bersih Subang", "kecil", "32.13", "", True, [
        ("pembersih-lantai", "Cairan Pembersih Lantai Karbol Wangi 5 Liter", "jerigen", 65000, 1000, 3),
        ("sabun-cuci-piring", "Sabun Cuci Piring Cair Jeruk Nipis 800 ml", "botol", 14000, 3000, 3)]),
    ("X4", "Bank Sampah Kreasi Rangkasbitung", "koperasi", "36.02", "", True, [
        ("tas-daur-ulang", "Tas Belanja Daur Ulang Bungkus Kopi", "pcs", 30000, 300, 7)]),
    ("X5", "Keset Cendol Batuceper", "mikro", "36.71", "", False, [
        ("keset", "Keset Cendol Microfiber 40x60", "pcs", 25000, 1000, 3)]),
]

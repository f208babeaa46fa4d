"""Hand-written suppliers and products of relevance-blind17 (fictional). Kinds never reach the CSVs.

SUPPLIERS rows: (key, name, scale, region, certificates, active, products); products:
(kind, name, unit, unit_price, capacity_per_month, lead_time_days[, category]). The key's first
letter gives the default category.
"""
CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Fresh goods: one month's capacity must cover the need, made in the need's kabupaten/kota (else province).
PERISHABLE = {"nasi-kotak-ayam", "nasi-kotak-rendang", "snack-box", "tumpeng", "prasmanan", "coffee-break",
              "nasi-liwet", "roti-tawar", "yoghurt-drink", "susu-pasteurisasi", "jamu-kunyit-asam", "beras-kencur"}

SUPPLIERS = [
    ("M1", "Kerupuk Ikan Mang Udin Karangantu", "mikro", "36.73", "halal;pirt", True, [
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri Mentah 500 gr", "bungkus", 28000, 800, 3),
        ("kerupuk-udang", "Kerupuk Udang Khas Karangantu 250gr", "bungkus", 22000, 600, 3),
        ("otak-otak-bandeng", "Otak-otak Bandeng Frozen isi 10", "pak", 35000, 300, 2)]),
    ("M2", "Pempek dan Otak-otak Bu Yanti", "mikro", "18.71", "pirt", True, [
        ("pempek", "Pempek Kapal Selam Frozen isi 5", "pak", 50000, 200, 3),
        ("otak-otak-tenggiri", "Otak Otak Ikan Tenggiri Bakar isi 10", "pak", 30000, 250, 2)]),
    ("M3", "Sambal dan Bumbu Dapur Teh Neng", "mikro", "32.01", "halal;pirt", True, [
        ("sambal-cumi", "Sambal Cumi Botol 150 ml", "botol", 35000, 500, 4),
        ("sambal-bawang", "Sambal Bawang Pedas Jar 200gr", "jar", 25000, 600, 4),
        ("bumbu-rendang", "Bumbu Rendang Instan 100 gr", "sachet", 12000, 1000, 5)]),
    ("M4", "Olahan Susu Sapi Cikole Lembang", "kecil", "32.17", "halal;pirt", True, [
        ("dodol-susu", "Dodol Susu Lembang isi 20", "kotak", 30000, 400, 4),
        ("karamel-susu", "Karamel Susu Sapi 250 gr", "pak", 27000, 300, 4),
        ("susu-pasteurisasi", "Susu Pasteurisasi Rasa Cokelat 200 ml", "botol", 7000, 2000, 1, "minuman"),
        ("yoghurt-drink", "Yoghurt Drink Stroberi 250ml", "botol", 10000, 1000, 1, "minuman")]),
    ("M5", "Abon dan Dendeng Sapi Hj. Rosidah", "kecil", "36.02", "halal;pirt", True, [
        ("abon-sapi", "Abon Sapi Original 250 gr", "pak", 65000, 400, 5),
        ("dendeng-sapi", "Dendeng Sapi Balado 250gr", "pak", 80000, 200, 5)]),
    ("M6", "Keripik Pisang Sekar Bandar Lampung", "mikro", "18.71", "halal;pirt", True, [
        ("keripik-pisang-coklat", "Keripik Pisang Cokelat Lumer 250gr", "pak", 25000, 1500, 3),
        ("keripik-pisang-asin", "Keripik Pisang Kepok Asin 500 gr", "pak", 30000, 1000, 3)]),
    ("M7", "Koperasi Gula Aren Leuwidamar", "koperasi", "36.02", "pirt;organik:OKPO-7731", True, [
        ("gula-semut", "Gula Aren Semut 500 gr", "pak", 40000, 800, 5),
        ("gula-aren-cetak", "Gula Aren Cetak Batok 1 kg", "kg", 35000, 1000, 4)]),
    ("M8", "Roti Manis Aisyah", "kecil", "36.71", "pirt-expired", True, [
        ("roti-tawar", "Roti Tawar Kupas 500 gr", "bungkus", 18000, 600, 1),
        ("roti-sobek", "Roti Sobek Cokelat", "bungkus", 15000, 600, 1)]),
    ("N1", "Kopi Robusta Tanggamus Jaya", "kecil", "18.06", "halal;pirt", True, [
        ("kopi-robusta-bubuk", "Kopi Bubuk Robusta Tanggamus 250 gr", "pak", 35000, 1000, 4),
        ("kopi-robusta-biji", "Biji Kopi Robusta Sangrai 1 kg", "kg", 120000, 300, 5)]),
    ("N2", "Kakao Mandiri Pesawaran", "mikro", "18.09", "pirt", True, [
        ("bubuk-cokelat", "Bubuk Cokelat Murni 200 gr", "pak", 45000, 300, 5),
        ("cokelat-sachet", "Minuman Cokelat Instan isi 10 sachet", "kotak", 30000, 400, 5)]),
    ("N3", "Minuman Rempah Bu Tuti", "mikro", "36.73", "halal;pirt", True, [
        ("jahe-instan", "Jahe Merah Instan Serbuk 250gr", "pak", 28000, 800, 3),
        ("wedang-rempah", "Wedang Rempah Celup isi 10", "kotak", 20000, 600, 3)]),
    ("N4", "Koperasi Air Tirta Pakuan", "koperasi", "32.01", "sni;halal;bpom", True, [
        ("amdk-gelas", "Air Mineral Gelas 220 ml (dus isi 48)", "dus", 24000, 5000, 2),
        ("amdk-botol", "Air Mineral Botol 600ml isi 24", "dus", 45000, 3000, 2)]),
    ("J1", "Catering Dapur Bu Enok", "mikro", "36.04", "halal", True, [
        ("nasi-kotak-ayam", "Nasi Kotak Ayam Bakar + Lalapan", "kotak", 30000, 1500, 1),
        ("snack-box", "Snack Box isi 3 kue", "kotak", 12000, 2000, 1)]),
    ("J2", "Rumah Makan Sunda Ceu Imas", "kecil", "32.16", "halal", True, [
        ("nasi-kotak-ayam", "Nasi Box Ayam Goreng Serundeng", "box", 28000, 2000, 1),
        ("tumpeng", "Nasi Tumpeng Kuning 30 porsi", "tumpeng", 850000, 20, 2),
        ("prasmanan", "Prasmanan Menu Sunda per orang", "pax", 55000, 1500, 3)]),
    ("J3", "Katering Ummi Pringsewu", "mikro", "18.10", "halal", True, [
        ("snack-box", "Kue Kotak Isi 4 (lemper, risoles, bolu, sus)", "kotak", 15000, 1200, 1),
        ("nasi-kotak-rendang", "Nasi Kotak Rendang", "kotak", 35000, 800, 1)]),
    ("J4", "Dapur Mak Ijah", "mikro", "36.71", "", True, [
        ("nasi-liwet", "Nasi Liwet Komplit Paket Ber-4", "paket", 120000, 150, 1),
        ("coffee-break", "Coffee Break Meeting (2 kue + kopi/teh)", "pax", 20000, 1500, 1)]),
    ("J5", "Catering Kantin Sehat Metro", "kecil", "18.72", "halal", True, [
        ("nasi-kotak-ayam", "Nasi Kotak Ayam Bakar Madu", "kotak", 27000, 1000, 1),
        ("snack-box", "Snack box 3 macam", "kotak", 11000, 1500, 1)]),
    ("F1", "Konveksi Seragam Cikupa", "kecil", "36.03", "", True, [
        ("kemeja-pdh", "Kemeja PDH Lengan Panjang Bahan American Drill", "pcs", 165000, 800, 14),
        ("kaos-polo", "Kaos Polo Bordir Logo Instansi", "pcs", 85000, 1500, 10),
        ("rompi", "Rompi Lapangan Bahan Taslan", "pcs", 120000, 500, 14)]),
    ("F2", "Tapis Lampung Ratu Indah", "mikro", "18.71", "", True, [
        ("tapis-kain", "Kain Tapis Lampung Motif Pucuk Rebung Sulam Benang Emas", "lembar", 1250000, 20, 30),
        ("tapis-selendang", "Selendang Tapis Lampung", "lembar", 350000, 60, 14),
        ("tas-tapis", "Tas Tangan Kombinasi Tapis", "pcs", 225000, 80, 10)]),
    ("F3", "Batik Krakatau Cilegon", "kecil", "36.72", "batikmark", True, [
        ("batik-cap", "Kain Batik Cap Motif Krakatau 2 m", "lembar", 175000, 300, 10),
        ("kemeja-batik", "Kemeja Batik Pria Lengan Pendek Motif Debus", "pcs", 210000, 250, 14)]),
    ("F4", "Sepatu Kulit Ciomas Bogor", "kecil", "32.01", "", True, [
        ("sepatu-pantofel", "Sepatu Pantofel Kulit Sapi Pria", "pasang", 350000, 300, 21),
        ("sandal-hotel", "Sandal Hotel Spons Putih Grosir", "pasang", 4500, 10000, 5),
        ("sandal-kulit", "Sandal Kulit Pria Model Jepit", "pasang", 120000, 200, 10)]),
    ("F5", "Bordir Hj. Nur Tasik", "mikro", "32.06", "", True, [
        ("mukena", "Mukena Bordir Tasik Katun Rayon Dewasa", "pcs", 185000, 300, 7),
        ("sajadah", "Sajadah Bordir Tasik Motif Kubah", "pcs", 95000, 400, 7),
        ("peci", "Peci Hitam Polos Beludru no 7", "pcs", 45000, 600, 5)]),
    ("F6", "Kulit Domba Sukaregang", "mikro", "32.05", "", True, [
        ("dompet-kulit", "Dompet Kulit Domba Garut Pria", "pcs", 135000, 200, 7),
        ("ikat-pinggang", "Ikat Pinggang Kulit Sapi Asli Gesper", "pcs", 110000, 250, 7),
        ("tas-kulit", "Tas Selempang Kulit Sapi", "pcs", 450000, 60, 14)]),
    ("F7", "Sablon Kaos Metro Kreatif", "mikro", "18.72", "", True, [
        ("kaos-sablon", "Kaos Sablon Custom Cotton Combed 30s", "pcs", 65000, 1500, 7)]),
    ("K1", "Anyaman Pandan Cibeber", "mikro", "36.02", "", True, [
        ("tikar-pandan", "Tikar Pandan Anyam 2x3 m", "lembar", 150000, 100, 10),
        ("tas-pandan", "Tas Anyaman Pandan Souvenir", "pcs", 35000, 500, 7),
        ("topi-pandan", "Topi Pandan Lebar", "pcs", 30000, 300, 7)]),
    ("K2", "Kerajinan Bambu Sukamaju", "mikro", "18.06", "", True, [
        ("besek", "Besek Bambu Tutup 20x20", "pcs", 3500, 5000, 5),
        ("tempat-tisu-bambu", "Tempat Tisu Bambu Ukir Nama", "pcs", 45000, 300, 7),
        ("tampah", "Tampah Bambu dia 50 cm", "pcs", 25000, 400, 5)]),
    ("K3", "Gerabah Bumijaya Ciruas", "mikro", "36.04", "", True, [
        ("pot-gerabah", "Pot Tanah Liat Gerabah Diameter 30", "pcs", 35000, 600, 5),
        ("kendi", "Kendi Gerabah Tanah Liat", "pcs", 40000, 300, 5),
        ("celengan-gerabah", "Celengan Gerabah Karakter", "pcs", 20000, 500, 5)]),
    ("K4", "Mainan Edukatif Kayu Ceria", "kecil", "32.71", "", True, [
        ("puzzle-kayu", "Puzzle Kayu Huruf Hijaiyah", "set", 55000, 400, 7),
        ("balok-kayu", "Balok Susun Kayu 50 pcs Warna", "set", 95000, 200, 7),
        ("sempoa", "Alat Peraga Berhitung Sempoa Kayu", "pcs", 65000, 200, 7)]),
    ("K5", "Akrilik Grafir Tangerang", "mikro", "36.71", "", True, [
        ("plakat-akrilik", "Plakat Akrilik Grafir 20x25 + Box Beludru", "pcs", 175000, 300, 5),
        ("ganci-akrilik", "Gantungan Kunci Akrilik Custom Logo", "pcs", 5000, 5000, 5),
        ("pin-peniti", "Pin Peniti Bulat 58mm Custom", "pcs", 3500, 5000, 3)]),
    ("K6", "Rotan Tegalwangi Jaya", "kecil", "32.09", "", True, [
        ("keranjang-rotan", "Keranjang Rotan Parcel", "pcs", 65000, 300, 7),
        ("kursi-rotan", "Kursi Teras Rotan Sintetis Set 2 Kursi 1 Meja", "set", 1750000, 40, 21, "furnitur"),
        ("sofa-rotan", "Sofa Rotan Alami 3 Dudukan", "unit", 3500000, 15, 30, "furnitur")]),
    ("P1", "Galeri Perak Kemang", "mikro", "32.01", "", True, [
        ("cincin-perak", "Cincin Perak 925 Batu Akik", "pcs", 250000, 100, 10),
        ("bros-perak", "Bros Perak Motif Kujang", "pcs", 175000, 150, 10),
        ("kalung-perak", "Kalung Liontin Perak Ukir", "pcs", 300000, 80, 14)]),
    ("P2", "Manik dan Mutiara Kalianda", "mikro", "18.01", "", True, [
        ("bros-mutiara", "Bros Jilbab Mutiara Air Tawar", "pcs", 65000, 300, 7),
        ("gelang-manik", "Gelang Manik-Manik Motif Tapis", "pcs", 25000, 800, 5),
        ("kalung-mutiara", "Kalung Mutiara Air Tawar 1 Lilit", "pcs", 350000, 60, 10)]),
    ("P3", "Emblem Kuningan Sinar Pasar Kemis", "kecil", "36.03", "", True, [
        ("pin-kuningan", "Pin Logo Instansi Kuningan Lapis Emas", "pcs", 95000, 500, 14)]),
    ("U1", "Mebel Jati Karya Sepatan", "kecil", "36.03", "svlk", True, [
        ("lemari-arsip-kayu", "Lemari Arsip Kayu Jati 2 Pintu", "unit", 4200000, 10, 30),
        ("meja-kerja", "Meja Kerja Kayu Jati 1/2 Biro 120x60", "unit", 1850000, 20, 21),
        ("rak-buku", "Rak Buku Kayu Mahoni 5 Susun", "unit", 950000, 30, 14)]),
    ("U2", "Meubel Sekolah Cahaya Cikarang", "menengah", "32.16", "sni;iso-9001", True, [
        ("meja-kursi-siswa", "Meja Kursi Siswa SD Set (1 meja 2 kursi)", "set", 850000, 200, 21),
        ("papan-tulis", "Papan Tulis Whiteboard 120x240 Kaki", "unit", 1100000, 50, 14),
        ("loker", "Loker Kayu 12 Pintu", "unit", 2200000, 20, 21)]),
    ("U3", "PT Interior Kantor Prima", "besar", "36.74", "iso-9001", True, [
        ("meja-rapat", "Meja Rapat Kayu 12 Orang Oval", "unit", 9500000, 30, 21)]),
    ("U4", "Rotan Way Jepara", "mikro", "18.07", "", False, [
        ("rak-sepatu-rotan", "Rak Sepatu Rotan 4 Susun", "unit", 450000, 20, 14)]),
    ("H1", "Jamu Mbok Sri", "mikro", "18.72", "pirt", True, [
        ("jamu-kunyit-asam", "Jamu Kunyit Asam Botol 250 ml", "botol", 8000, 600, 1),
        ("beras-kencur", "Jamu Beras Kencur Botol 250ml", "botol", 8000, 500, 1)]),
    ("H2", "Herbal Temulawak Lebak Sehat", "kecil", "36.02", "bpom;halal", True, [
        ("temulawak-instan", "Temulawak Instan Serbuk 200 gr", "pak", 30000, 1000, 4),
        ("kapsul-kelor", "Kapsul Daun Kelor isi 60", "botol", 55000, 500, 5),
        ("minyak-sereh", "Minyak Gosok Sereh Wangi 60 ml", "botol", 25000, 600, 4)]),
    ("H3", "Madu Hutan Ujung Kulon", "mikro", "36.01", "pirt", True, [
        ("madu-hutan", "Madu Hutan Murni Ujung Kulon 500 gr", "botol", 110000, 300, 5),
        ("madu-randu", "Madu Randu Botol 250ml", "botol", 55000, 300, 5)]),
    ("S1", "Kiara Handmade Soap and Candle", "mikro", "36.74", "bpom", True, [
        ("sabun-batang-herbal", "Sabun Batang Herbal Sereh Handmade 100 gr", "pcs", 18000, 1500, 5),
        ("lilin-aromaterapi", "Lilin Aromaterapi Soy Wax Jar 150 gr", "pcs", 45000, 400, 7),
        ("sabun-cair", "Sabun Cuci Tangan Cair Refill 1 Liter", "pouch", 30000, 800, 4)]),
    ("S2", "Kosmetik Sehat Bekasi", "kecil", "32.75", "bpom;halal", True, [
        ("lulur", "Lulur Mandi Bengkoang 200 gr", "pot", 35000, 600, 5),
        ("hand-sanitizer", "Hand Sanitizer Gel 500 ml", "botol", 40000, 1000, 4),
        ("minyak-kemiri", "Minyak Kemiri Penumbuh Rambut 100ml", "botol", 30000, 500, 5)]),
    ("L1", "Pandai Besi Ciomas", "mikro", "36.04", "", True, [
        ("golok", "Golok Ciomas Sarung Kayu", "pcs", 350000, 60, 14),
        ("arit", "Arit / Sabit Rumput Baja Per", "pcs", 55000, 300, 7),
        ("cangkul", "Cangkul Baja Tempa + Gagang", "pcs", 95000, 300, 7)]),
    ("L2", "Bengkel Las Maju Jaya Rajabasa", "mikro", "18.71", "", True, [
        ("teralis-besi", "Teralis Jendela Besi Hollow per m2", "m2", 350000, 200, 14),
        ("pagar-besi", "Pagar Besi Minimalis per meter lari", "m", 650000, 100, 21),
        ("rak-besi", "Rak Besi Siku Lubang 4 Susun", "unit", 450000, 80, 10)]),
    ("L3", "Aluminium Cor Sukadana", "mikro", "18.07", "", True, [
        ("panci-alu", "Panci Aluminium Cor 30 cm", "pcs", 120000, 200, 7),
        ("wajan-alu", "Wajan Penggorengan Aluminium Tebal 40 cm", "pcs", 140000, 200, 7),
        ("dandang", "Dandang Aluminium 30 Liter", "pcs", 450000, 50, 10)]),
    ("L4", "Baja Ringan Karawang Sejahtera", "kecil", "32.15", "sni", True, [
        ("kanopi-baja-ringan", "Kanopi Baja Ringan Atap Alderon per m2", "m2", 450000, 300, 14),
        ("tong-sampah-besi", "Tong Sampah Besi Plat Tutup", "pcs", 750000, 60, 14)]),
    ("C1", "Percetakan Sinar Grafika", "kecil", "36.73", "", True, [
        ("spanduk", "Cetak Spanduk Banner Flexi 280 gr per meter", "m2", 22000, 5000, 2),
        ("kalender", "Kalender Dinding 2027 6 lembar Full Color", "pcs", 25000, 3000, 10),
        ("buku-yasin", "Buku Yasin & Tahlil Hard Cover 176 hal", "pcs", 18000, 3000, 10)]),
    ("C2", "Digital Printing Metro Kreatif", "mikro", "18.72", "", True, [
        ("stiker", "Stiker Vinyl Cutting Custom per lembar A3", "lembar", 15000, 3000, 2),
        ("id-card", "ID Card PVC + Tali Lanyard Printing", "pcs", 15000, 3000, 4)]),
    ("C3", "Percetakan Buku dan Nota Bekasi", "kecil", "32.75", "", True, [
        ("nota", "Nota NCR 2 Ply Cetak 1 Warna", "buku", 8000, 5000, 5),
        ("blanko", "Formulir / Blanko Cetak HVS A4 1 warna", "rim", 180000, 500, 5),
        ("undangan", "Kartu Undangan Cetak Hard Cover", "pcs", 4500, 5000, 7)]),
    ("T1", "Bibit Buah Pringsewu Agro", "mikro", "18.10", "", True, [
        ("bibit-durian", "Bibit Durian Musang King Okulasi 60 cm", "batang", 45000, 2000, 7),
        ("bibit-alpukat", "Bibit Alpukat Miki Sambung Pucuk", "batang", 35000, 2000, 7),
        ("bibit-kopi", "Bibit Kopi Robusta Stek Siap Tanam", "batang", 5000, 10000, 10)]),
    ("T2", "Kebun Bunga Ciapus", "mikro", "32.01", "", True, [
        ("sansevieria", "Tanaman Hias Sansevieria dalam Pot 20 cm", "pot", 45000, 500, 5),
        ("monstera", "Monstera Deliciosa Pot 25", "pot", 85000, 200, 5),
        ("paket-toga", "Paket Bibit TOGA (Jahe, Kunyit, Sereh, Kencur) Polybag", "paket", 50000, 300, 7)]),
    ("T3", "Ikan Hias Cipondoh", "mikro", "36.71", "", True, [
        ("koi", "Ikan Koi Lokal Blitar 10-12 cm", "ekor", 25000, 1000, 3),
        ("cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 30000, 500, 3),
        ("pelet-ikan-hias", "Pelet Ikan Hias Apung 1 kg", "kg", 40000, 600, 3)]),
    ("T4", "Koperasi Pakan Ternak Batanghari", "koperasi", "18.07", "", True, [
        ("pakan-ayam", "Pakan Ayam Petelur Konsentrat Karung 50 kg", "karung", 420000, 300, 5),
        ("pelet-lele", "Pelet Lele Apung Karung 30 kg", "karung", 330000, 500, 5),
        ("dedak", "Dedak Padi Halus Karung 50 kg", "karung", 150000, 600, 3)]),
    ("T5", "Balai Benih Ikan Rangkasbitung", "kecil", "36.02", "", True, [
        ("benih-nila", "Benih Ikan Nila Merah 5-7 cm", "ekor", 300, 50000, 3),
        ("benih-lele", "Bibit Lele Sangkuriang 7-9 cm", "ekor", 250, 80000, 3)]),
    ("T6", "Koperasi Tani Makmur Rengasdengklok", "koperasi", "32.15", "", True, [
        ("pupuk-kompos", "Pupuk Kompos Organik Karung 25 kg", "karung", 35000, 3000, 5),
        ("pupuk-kandang", "Pupuk Kandang Kotoran Kambing Fermentasi 20 kg", "karung", 25000, 2000, 5),
        ("pestisida-nabati", "Pestisida Nabati Daun Mimba 1 liter", "botol", 45000, 500, 5)]),
    ("X1", "Sapu Ijuk Mandalawangi", "mikro", "36.01", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 1500, 3),
        ("sapu-lidi", "Sapu Lidi Kelapa Gagang", "pcs", 15000, 2000, 3),
        ("kemoceng", "Kemoceng Bulu Ayam 60 cm", "pcs", 20000, 800, 3)]),
    ("X2", "Koperasi Guru Kab. Serang", "koperasi", "36.04", "", True, [
        ("kertas-hvs", "Kertas HVS A4 70 gsm 1 rim", "rim", 52000, 2000, 3),
        ("map-plastik", "Map Plastik Kancing Folio", "pcs", 3000, 5000, 3),
        ("spidol", "Spidol Whiteboard Hitam isi 12", "kotak", 85000, 500, 3)]),
    ("X3", "Tekstil Rumah Tangga Majalaya", "kecil", "32.04", "", True, [
        ("keset", "Keset Kaki Kain Perca Bulat", "pcs", 12000, 3000, 5),
        ("sprei", "Sprei Katun Motif 160x200", "set", 175000, 300, 10),
        ("handuk", "Handuk Mandi Katun 70x140", "pcs", 55000, 800, 7),
        ("gorden", "Gorden Jendela Blackout 150x220", "pcs", 165000, 200, 10)]),
    ("X4", "Kebersihan Sereh Wangi Balaraja", "mikro", "36.03", "", True, [
        ("pembersih-lantai", "Pembersih Lantai Wangi Sereh Jerigen 5 L", "jerigen", 45000, 800, 3),
        ("sabun-cuci-piring", "Sabun Cuci Piring Jeruk Nipis 5 liter", "jerigen", 50000, 600, 3)]),
    ("X5", "PT Sumber ATK Nusantara", "besar", "31.73", "iso-9001", True, [
        ("kertas-hvs", "Kertas HVS A4 70gr (1 Rim 500 lbr)", "rim", 45000, 20000, 2)]),
    ("X6", "Toko Perlengkapan Ibadah Al-Ikhlas", "mikro", "36.73", "", False, [
        ("karpet-masjid", "Karpet Sajadah Masjid Roll 1,2 x 12 m", "roll", 1500000, 30, 7)]),
]

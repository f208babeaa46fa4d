"""Hand-written suppliers and products for relevance-blind16 (fictional). Kinds never reach the CSVs."""

# First letter of a supplier key -> category slug.
CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Kinds an officer treats as same-day/fresh: capacity per month must cover the quantity, local producers first.
PERISHABLE = {"nasi-kotak", "snack-box", "prasmanan", "tumpeng-mini", "nasi-liwet", "nasi-uduk", "coffee-break",
              "jamu-kunyit-asam-segar", "beras-kencur-segar"}

# (key, name, scale, region, certificates, active, [(kind, product name, unit, price, capacity/month, lead days)])
SUPPLIERS = [
    ("MA", "Kerupuk Kulit Ikan Bu Tini", "mikro", "36.04", "halal;pirt", True, [
        ("kerupuk-kulit-ikan", "Kerupuk Kulit Ikan Bandeng 250 gr", "pcs", 18000, 800, 4),
        ("otak-otak", "Otak-otak Bandeng Frozen isi 10", "pack", 35000, 300, 3),
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri Mentah 500 gr", "pcs", 28000, 600, 4)]),
    ("MB", "Sambel Mak Ijah Cibitung", "mikro", "32.16", "pirt", True, [
        ("sambal-bawang", "Sambel Bawang Pedas Jar 150ml", "pcs", 22000, 500, 5),
        ("sambal-cumi", "Sambal Cumi Asin Botol 200 gr", "pcs", 38000, 300, 5),
        ("bumbu-rendang", "Bumbu Rendang Instan 200 gr", "pcs", 15000, 400, 4)]),
    ("MC", "Dodol Betawi Encang Mamat", "mikro", "31.75", "halal;pirt", True, [
        ("dodol-betawi", "Dodol Betawi Ketan Hitam 500 gr", "pcs", 45000, 400, 6),
        ("kembang-goyang", "Kembang Goyang Renyah Toples 400 gr", "pcs", 40000, 300, 5),
        ("biji-ketapang", "Kue Biji Ketapang Manis 500 gr", "pcs", 35000, 300, 5)]),
    ("MD", "CV Olahan Susu Ciapus", "kecil", "32.01", "halal;pirt", True, [
        ("keju-mozzarella", "Keju Mozzarella Lokal 500 gr", "pcs", 65000, 200, 5),
        ("yoghurt", "Yoghurt Plain 1 Liter", "pcs", 40000, 600, 3),
        ("dodol-susu", "Dodol Susu Sapi 250 gr", "pcs", 25000, 500, 4)]),
    ("ME", "Abon & Dendeng Hj. Ros", "kecil", "32.71", "halal;pirt", True, [
        ("dendeng-sapi", "Dendeng Sapi Balado 250 gr", "pcs", 75000, 300, 5),
        ("abon-sapi", "Abon Sapi Original 250 gr", "pcs", 65000, 400, 5),
        ("rendang-kaleng", "Rendang Daging Sapi Kaleng 200 gr", "pcs", 55000, 250, 7)]),
    ("MF", "Kemplang Teluk Betung", "mikro", "18.71", "halal;pirt-expired", True, [
        ("kemplang", "Kemplang Ikan Panggang 250 gr", "pcs", 22000, 700, 4),
        ("keripik-pisang", "Keripik Pisang Cokelat 250 gr", "pcs", 20000, 900, 4)]),
    ("NA", "Koperasi Kopi Tani Makmur Tanggamus", "koperasi", "18.06", "halal;pirt", True, [
        ("kopi-robusta-bubuk", "Kopi Bubuk Robusta Tanggamus 250 gr", "pcs", 35000, 1500, 4),
        ("kopi-green-bean", "Green Bean Robusta Grade 1", "kg", 75000, 500, 5),
        ("kopi-luwak", "Kopi Luwak Liar 100 gr", "pcs", 150000, 50, 7)]),
    ("NB", "Roastery Kopi Sukamakmur", "mikro", "32.01", "halal", True, [
        ("kopi-arabika-bean", "Kopi Arabika Sukamakmur Roasted Bean 200 gr", "pcs", 85000, 300, 5),
        ("cold-brew", "Cold Brew Coffee Botol 250 ml", "pcs", 25000, 600, 2)]),
    ("NC", "Cocoa House Metro", "kecil", "18.72", "halal;pirt", True, [
        ("bubuk-kakao", "Bubuk Kakao Murni 500 gr", "pcs", 60000, 400, 5),
        ("cokelat-sachet", "Minuman Cokelat Sachet 10 x 25 gr", "box", 35000, 800, 4)]),
    ("ND", "Barokah Etawa Bogor", "mikro", "32.71", "halal;bpom", True, [
        ("susu-etawa-bubuk", "Susu Kambing Etawa Bubuk 200 gr", "pcs", 55000, 500, 4),
        ("sirup-pala", "Sirup Pala Asli 600 ml", "pcs", 30000, 400, 4)]),
    ("NE", "Rosella Karawang Asri", "mikro", "32.15", "pirt", True, [
        ("teh-rosella", "Teh Rosella Kering 100 gr", "pcs", 25000, 600, 4),
        ("teh-kelor", "Teh Celup Daun Kelor 25 sachet", "box", 20000, 500, 4)]),
    ("JA", "Catering Dapur Teh Nining", "mikro", "32.16", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar + Lalapan", "porsi", 30000, 1500, 2),
        ("snack-box", "Snack Box Isi 3 Kue Basah", "box", 15000, 2000, 1)]),
    ("JB", "Katering Berkah Karawang", "kecil", "32.15", "halal", True, [
        ("nasi-kotak", "Nasi Box Ayam Goreng Serundeng", "porsi", 28000, 2000, 2),
        ("prasmanan", "Prasmanan Menu Sunda per pax", "porsi", 55000, 1000, 3),
        ("tumpeng-mini", "Tumpeng Nasi Kuning Mini", "pcs", 45000, 200, 2)]),
    ("JC", "Rantangan Bu Ida Depok", "mikro", "32.76", "halal", True, [
        ("nasi-liwet", "Nasi Liwet Komplit Kotak", "porsi", 32000, 800, 2),
        ("snack-box", "Kue Kotak Rapat (Risol, Lemper, Bolu)", "box", 14000, 1000, 1)]),
    ("JD", "Betawi Catering Jakarta", "kecil", "31.71", "halal", True, [
        ("nasi-uduk", "Paket Nasi Uduk Betawi Box", "porsi", 27000, 1500, 2),
        ("coffee-break", "Coffee Break Set (2 kue + teh/kopi)", "pax", 25000, 1500, 1),
        ("nasi-kotak", "Nasi Kotak Rendang", "porsi", 40000, 1200, 2)]),
    ("JE", "Dapur Nyai Kota Serang", "mikro", "36.73", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Sate Bandeng", "porsi", 35000, 600, 2)]),
    ("FA", "Tapis Ratu Sekar", "mikro", "18.71", "", True, [
        ("kain-tapis", "Kain Tapis Lampung Benang Emas 2 m", "lembar", 1500000, 20, 21),
        ("selendang-tapis", "Selendang Tapis Motif Pucuk Rebung", "pcs", 350000, 60, 10),
        ("tas-tapis", "Tas Tapis Kombinasi Kulit", "pcs", 250000, 80, 10)]),
    ("FB", "Konveksi Seragam Cikarang Jaya", "kecil", "32.16", "", True, [
        ("kemeja-pdh", "Kemeja PDH Drill Lengan Panjang + Bordir Logo", "pcs", 145000, 1500, 21),
        ("kaos-polo", "Kaos Polo Lacoste CVC Bordir", "pcs", 85000, 2000, 14),
        ("rompi", "Rompi Lapangan Drill", "pcs", 120000, 800, 14)]),
    ("FC", "Batik Betawi Terogong", "mikro", "31.74", "batikmark", True, [
        ("batik-tulis-betawi", "Kain Batik Tulis Betawi Motif Ondel-ondel 2 m", "lembar", 650000, 40, 20),
        ("batik-cap-betawi", "Kain Batik Cap Betawi 2 m", "lembar", 185000, 300, 10),
        ("kemeja-batik", "Kemeja Batik Cap Betawi Pria", "pcs", 210000, 400, 14)]),
    ("FD", "Sepatu Kulit Ciomas Bogor", "mikro", "32.01", "sni", True, [
        ("sepatu-pantofel", "Sepatu Pantofel Kulit Sapi Pria", "pasang", 275000, 300, 14),
        ("sandal-kulit", "Sandal Kulit Selop Pria", "pasang", 95000, 500, 10),
        ("sepatu-pdl", "Sepatu PDL Kulit", "pasang", 350000, 150, 21)]),
    ("FE", "Sablon & Konveksi Depok Kreatif", "mikro", "32.76", "", True, [
        ("kaos-sablon", "Kaos Sablon Cotton Combed 30s Custom", "pcs", 55000, 3000, 10),
        ("topi", "Topi Baseball Bordir Logo", "pcs", 35000, 1500, 10),
        ("totebag", "Totebag Kanvas Sablon", "pcs", 30000, 2000, 10)]),
    ("FF", "Kulit Tangerang Craft", "mikro", "36.71", "", True, [
        ("dompet-kulit", "Dompet Kulit Pria Asli", "pcs", 125000, 300, 10),
        ("ikat-pinggang", "Ikat Pinggang Kulit Sapi", "pcs", 110000, 400, 10)]),
    ("KA", "Anyaman Pandan Cibeber", "mikro", "36.02", "", True, [
        ("tas-pandan", "Tas Anyaman Pandan Motif", "pcs", 45000, 500, 10),
        ("tikar-pandan", "Tikar Pandan 2x3 m", "pcs", 120000, 100, 14),
        ("kotak-tisu-pandan", "Kotak Tisu Anyaman Pandan", "pcs", 30000, 400, 10)]),
    ("KB", "Gerabah Bumijaya Ciruas", "mikro", "36.04", "", True, [
        ("gentong", "Gentong Gerabah Hias 40 cm", "pcs", 150000, 60, 14),
        ("vas-gerabah", "Vas Bunga Tanah Liat Motif", "pcs", 60000, 200, 10),
        ("celengan", "Celengan Gerabah Ayam", "pcs", 20000, 800, 7)]),
    ("KC", "Bambu Kreatif Leuwiliang", "mikro", "32.01", "", True, [
        ("besek", "Besek Bambu 20x20 cm", "pcs", 4000, 5000, 7),
        ("lampu-bambu", "Kap Lampu Bambu", "pcs", 95000, 100, 10),
        ("tempat-pensil-bambu", "Tempat Pensil Bambu Grafir Logo", "pcs", 25000, 1000, 10)]),
    ("KD", "Ondel-ondel Mini Setu Babakan", "mikro", "31.74", "", True, [
        ("ondel-ondel-miniatur", "Miniatur Ondel-ondel 30 cm Sepasang", "pasang", 175000, 150, 10),
        ("gantungan-ondel", "Gantungan Kunci Ondel-ondel Resin", "pcs", 8000, 3000, 7)]),
    ("KE", "Siger Craft Lampung", "mikro", "18.71", "", True, [
        ("siger-miniatur", "Miniatur Siger Lampung Kuningan", "pcs", 250000, 100, 14),
        ("gantungan-siger", "Gantungan Kunci Siger Akrilik", "pcs", 7000, 3000, 7)]),
    ("PA", "Depok Silver Art", "mikro", "32.76", "", True, [
        ("cincin-perak", "Cincin Perak 925 Batu Akik", "pcs", 185000, 100, 10),
        ("bros-perak", "Bros Perak Motif Bunga", "pcs", 150000, 150, 10),
        ("kalung-perak", "Kalung Perak Liontin Inisial", "pcs", 220000, 80, 10)]),
    ("PB", "Mutiara Pesisir Lampung", "mikro", "18.71", "", True, [
        ("kalung-mutiara", "Kalung Mutiara Air Laut", "pcs", 450000, 40, 10),
        ("anting-mutiara", "Anting Mutiara Tusuk", "pasang", 120000, 150, 7)]),
    ("PC", "Manik Betawi Aksesoris", "mikro", "31.75", "", True, [
        ("gelang-manik", "Gelang Manik-manik Etnik", "pcs", 15000, 2000, 7),
        ("bros-imitasi", "Bros Hijab Mutiara Sintetis", "pcs", 12000, 3000, 5)]),
    ("PD", "Toko Emas Karawang Jaya", "besar", "32.15", "sni", True, [
        ("cincin-emas", "Cincin Emas 24K 2 gr", "pcs", 2900000, 50, 5)]),
    ("UA", "Rotan Jaya Pasar Kemis", "kecil", "36.03", "svlk", True, [
        ("kursi-rotan-sintetis", "Kursi Rotan Teras Sintetis", "unit", 450000, 60, 21),
        ("set-kursi-rotan", "Set Kursi Rotan Alami + Meja", "set", 1850000, 20, 30)]),
    ("UB", "Mebel Jati Bekasi", "kecil", "32.75", "svlk", True, [
        ("meja-kerja-jati", "Meja Kerja Kayu Jati 120x60", "unit", 2200000, 40, 21),
        ("lemari-arsip-kayu", "Lemari Arsip Kayu 4 Pintu", "unit", 3500000, 20, 30),
        ("rak-buku", "Rak Buku Kayu Mahoni 5 Susun", "unit", 950000, 50, 14)]),
    ("UC", "Bengkel Furnitur Besi Cikarang", "mikro", "32.16", "", True, [
        ("meja-lipat-besi", "Meja Lipat Besi Hollow 180 cm", "unit", 650000, 60, 14),
        ("rak-besi", "Rak Besi Siku Lubang 5 Susun", "unit", 550000, 80, 10),
        ("kursi-tunggu", "Kursi Tunggu Besi 3 Dudukan", "unit", 1450000, 30, 14)]),
    ("UD", "Sofa Minimalis Tajur", "mikro", "32.71", "", True, [
        ("sofa-3-seater", "Sofa Tamu Minimalis 3 Seater", "unit", 3200000, 15, 21),
        ("sofa-2-seater", "Sofa Minimalis 2 Seater", "unit", 2400000, 15, 21)]),
    ("UE", "PT Mebel Nusantara Raya", "besar", "32.16", "svlk;iso-9001", True, [
        ("lemari-arsip-besi", "Filing Cabinet Besi 4 Laci", "unit", 2800000, 200, 14)]),
    ("HA", "Griya Herbal Cimande", "kecil", "32.01", "halal;bpom", True, [
        ("jahe-merah-instan", "Jahe Merah Instan Serbuk 250 gr", "pcs", 35000, 1000, 5),
        ("kapsul-sambiloto", "Kapsul Sambiloto 60 kaps", "pcs", 45000, 500, 5),
        ("minyak-sereh", "Minyak Gosok Sereh 60 ml", "pcs", 25000, 800, 5)]),
    ("HB", "Koperasi Madu Hutan Lampung Barat", "koperasi", "18.04", "pirt", True, [
        ("madu-hutan", "Madu Hutan Liar Lampung 500 gr", "pcs", 95000, 300, 5),
        ("madu-kelulut", "Madu Kelulut 250 ml", "pcs", 120000, 80, 5)]),
    ("HC", "Toga Sehat Karawang", "mikro", "32.15", "pirt", True, [
        ("temulawak-instan", "Temulawak Instan 200 gr", "pcs", 30000, 600, 5),
        ("teh-sirsak", "Teh Herbal Daun Sirsak", "box", 25000, 400, 5)]),
    ("HD", "Jamu Seduh Nyonya Bekasi", "mikro", "32.75", "halal", True, [
        ("jamu-kunyit-asam-segar", "Jamu Kunyit Asam Botol 250 ml", "botol", 8000, 1500, 1),
        ("beras-kencur-segar", "Beras Kencur Segar 250 ml", "botol", 8000, 1000, 1)]),
    ("HE", "Jamu Tradisional Mbok Darmi", "mikro", "36.71", "", False, [
        ("beras-kencur-segar", "Jamu Beras Kencur Botolan", "botol", 7000, 5000, 1)]),
    ("SA", "Sabun Herbal Kayu Manis Depok", "mikro", "32.76", "bpom", True, [
        ("sabun-batang", "Sabun Batang Sereh Wangi Handmade 100 gr", "pcs", 15000, 2000, 7),
        ("sabun-cair-tangan", "Sabun Cair Cuci Tangan 500 ml", "pcs", 25000, 1500, 7),
        ("lilin-aromaterapi", "Lilin Aromaterapi Soy Wax Lavender", "pcs", 45000, 500, 7)]),
    ("SB", "Atsiri Lebak Lestari", "mikro", "36.02", "", True, [
        ("essential-oil", "Essential Oil Sereh Wangi 10 ml", "pcs", 35000, 600, 7),
        ("lulur", "Lulur Rempah Tradisional 200 gr", "pcs", 30000, 500, 7)]),
    ("SC", "Kosmetik Alami Karawang", "kecil", "32.15", "bpom;halal", True, [
        ("lotion", "Hand Body Lotion Bengkoang 200 ml", "pcs", 30000, 1500, 7),
        ("sampo", "Sampo Lidah Buaya 250 ml", "pcs", 28000, 1000, 7)]),
    ("LA", "Pandai Besi Pasir Jambu", "mikro", "32.01", "", True, [
        ("cangkul", "Cangkul Baja Per 2 kg", "pcs", 85000, 300, 7),
        ("sabit", "Arit Sabit Rumput Baja", "pcs", 45000, 500, 7),
        ("golok", "Golok Kebun Gagang Kayu", "pcs", 95000, 300, 7)]),
    ("LB", "Bengkel Las Teralis Mandiri", "mikro", "36.71", "", True, [
        ("teralis", "Teralis Jendela Besi Minimalis per m2", "m2", 450000, 100, 14),
        ("pagar-besi", "Pagar Besi Hollow per m2", "m2", 550000, 80, 14),
        ("kanopi", "Kanopi Baja Ringan per m2", "m2", 300000, 150, 10)]),
    ("LC", "Alat Dapur Aluminium Bekasi", "menengah", "32.75", "sni", True, [
        ("panci", "Panci Aluminium 30 cm", "pcs", 120000, 400, 7),
        ("dandang", "Dandang Nasi Aluminium 40 cm", "pcs", 250000, 150, 7),
        ("wajan-besi", "Wajan Besi Cor 30 cm", "pcs", 175000, 200, 7)]),
    ("LD", "Kerajinan Kuningan Metro", "mikro", "18.72", "", True, [
        ("plakat-kuningan", "Plakat Kuningan Grafir Custom", "pcs", 350000, 100, 14),
        ("pin-kuningan", "Pin Kuningan Logo Instansi", "pcs", 25000, 2000, 10)]),
    ("CA", "Percetakan Cikarang Grafika", "menengah", "32.16", "", True, [
        ("buku-yasin", "Cetak Buku Yasin Hard Cover 100 hal", "pcs", 18000, 3000, 10),
        ("spanduk", "Cetak Spanduk Flexi per m2", "m2", 25000, 2000, 2),
        ("kalender", "Kalender Dinding 2026 Custom", "pcs", 22000, 2000, 10)]),
    ("CB", "Depok Print ATK", "mikro", "32.76", "", True, [
        ("map-snelhecter", "Map Snelhecter Plastik Cetak Logo", "pcs", 3500, 10000, 7),
        ("stopmap", "Stopmap Kertas Folio Cetak Logo", "pcs", 2500, 10000, 7),
        ("amplop", "Amplop Kop Dinas Cetak 1 Warna", "pcs", 900, 20000, 7)]),
    ("CC", "Percetakan Sinar Jakarta Timur", "kecil", "31.75", "iso-9001", True, [
        ("agenda", "Buku Agenda Kulit Sintetis Logo Instansi", "pcs", 55000, 1500, 14),
        ("kartu-nama", "Kartu Nama Art Carton", "box", 35000, 1000, 5),
        ("nota", "Nota Kwitansi NCR Rangkap 3", "buku", 12000, 3000, 7)]),
    ("CD", "Karawang Pack Kemasan", "mikro", "32.15", "", True, [
        ("dus-snack", "Dus Snack Box Cetak Logo 15x15", "pcs", 1200, 20000, 7),
        ("paper-bag", "Paper Bag Kraft Cetak Logo", "pcs", 4500, 10000, 7)]),
    ("TA", "Cibinong Koi Farm", "mikro", "32.01", "", True, [
        ("koi", "Ikan Koi Kohaku 15 cm", "ekor", 35000, 500, 5),
        ("cupang", "Ikan Cupang Halfmoon", "ekor", 15000, 1000, 5),
        ("koki", "Ikan Mas Koki Oranda", "ekor", 20000, 600, 5)]),
    ("TB", "Kebun Bibit Bogor Hijau", "mikro", "32.71", "", True, [
        ("bibit-kelengkeng", "Bibit Kelengkeng Itoh Okulasi 60 cm", "batang", 45000, 800, 7),
        ("bibit-toga", "Tanaman Obat Keluarga (Toga) Polybag: Jahe, Kunyit, Sereh", "polybag", 8000, 3000, 7),
        ("monstera", "Monstera Deliciosa Pot 20 cm", "pot", 85000, 200, 7)]),
    ("TC", "Pakan Karawang Makmur", "kecil", "32.15", "sni", True, [
        ("pakan-ikan", "Pakan Ikan Pelet Apung Protein 30% 30 kg", "karung", 320000, 500, 5),
        ("dedak", "Dedak Padi Halus 50 kg", "karung", 150000, 400, 5)]),
    ("TD", "Koperasi Tani Sayur Lampung Timur", "koperasi", "18.07", "", True, [
        ("beras-pandan", "Beras Pandan Wangi 5 kg", "karung", 75000, 2000, 5),
        ("jagung", "Jagung Pipil Kering", "kg", 6000, 20000, 5)]),
    ("TE", "Benih Lele Metro Jaya", "mikro", "18.72", "", True, [
        ("benih-lele", "Bibit Lele Sangkuriang 5-7 cm", "ekor", 200, 50000, 3)]),
    ("XA", "Perlengkapan Ibadah Al-Hikmah", "mikro", "32.75", "", True, [
        ("sajadah", "Sajadah Travel Lipat Bordir", "pcs", 45000, 1000, 7),
        ("mukena", "Mukena Katun Rayon Dewasa", "pcs", 125000, 500, 10),
        ("peci", "Peci Hitam Beludru Nasional", "pcs", 35000, 1000, 7)]),
    ("XB", "Mainan Edukatif Kayu Depok", "mikro", "32.76", "sni", True, [
        ("puzzle-hijaiyah", "Puzzle Kayu Huruf Hijaiyah", "set", 35000, 800, 7),
        ("balok-susun", "Balok Susun Kayu 50 pcs", "set", 95000, 300, 7),
        ("sempoa", "Alat Peraga Sempoa Kayu", "pcs", 40000, 500, 7)]),
    ("XC", "Sapu Lidi Lebak Bersih", "mikro", "36.02", "", True, [
        ("sapu-lidi", "Sapu Lidi Gagang Bambu", "pcs", 12000, 3000, 5),
        ("sapu-ijuk", "Sapu Ijuk", "pcs", 20000, 2000, 5),
        ("keset-sabut", "Keset Sabut Kelapa 40x60", "pcs", 25000, 1000, 5)]),
    ("XD", "Handuk & Sprei Tangerang", "kecil", "36.71", "", True, [
        ("handuk", "Handuk Mandi Katun 70x140", "pcs", 45000, 1500, 7),
        ("sprei", "Sprei Katun Jepang 180x200", "set", 150000, 300, 7),
        ("gorden", "Gorden Blackout per meter", "meter", 65000, 500, 7)]),
]

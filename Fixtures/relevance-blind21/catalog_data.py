"""Hand-written suppliers and products of relevance-blind21 (fictional). Each product carries the labeller's kind tag.

SUPPLIERS: (key, name, scale, region, certificates, active, products); the key's first letter is the category.
product: (kind, name as the seller writes it, unit, unit price, capacity per month, lead time days).
"""
CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}
# made and eaten the same month: capacity_per_month must cover the quantity, and the maker must be in the province
PERISHABLE = {"nasi-kotak", "nasi-liwet", "tumpeng", "kue-basah", "snack-box", "prasmanan", "nasi-bakar",
              "jamu-segar", "telur", "yoghurt"}

SUPPLIERS = [
    # makanan
    ("M01", "UMKM Gipang Bu Enah", "mikro", "36.04", "pirt", True, [
        ("gipang", "Gipang Ketan Gula Merah Khas Serang", "pak", 15000, 800, 3),
        ("jojorong", "Jojorong daun pisang", "box", 30000, 200, 2),
    ]),
    ("M02", "Sate Bandeng Hj. Rohmah", "kecil", "36.73", "pirt;halal", True, [
        ("sate-bandeng", "Sate Bandeng Asli Banten", "ekor", 45000, 1500, 2),
        ("otak-otak", "Otak-otak Bandeng Frozen isi 10", "pak", 28000, 900, 2),
    ]),
    ("M03", "Kemplang Pesisir Kalianda", "mikro", "18.01", "pirt", True, [
        ("kemplang", "Kemplang Ikan Tenggiri Panggang 250gr", "pak", 22000, 1200, 4),
        ("keripik-pisang", "Kripik Pisang Kepok Manis", "pak", 18000, 1000, 3),
    ]),
    ("M04", "Lempok & Keripik Way Halim", "kecil", "18.71", "pirt;halal", True, [
        ("lempok", "Lempok Durian Lampung 500 gram", "pak", 55000, 400, 5),
        ("keripik-pisang", "Keripik Pisang Coklat Lumer Lampung", "pak", 25000, 1500, 3),
        ("sambal-lingkung", "Sambal Lingkung Ikan", "botol", 35000, 300, 4),
    ]),
    ("M05", "Emping Melinjo Menes Jaya", "mikro", "36.01", "pirt-expired", True, [
        ("emping", "Emping melinjo super tipis 1 kg", "kg", 95000, 300, 4),
    ]),
    ("M06", "Dapur Sambal Teh Nining", "mikro", "32.01", "pirt;halal", True, [
        ("sambal-cumi", "Sambel Cumi Asin Pedas 150ml", "botol", 32000, 600, 3),
        ("sambal-bawang", "Sambal Bawang Bu Nining botol 200gr", "botol", 27000, 800, 3),
        ("bumbu-pecel", "Bumbu Pecel Kacang 250gr", "pak", 16000, 1000, 3),
    ]),
    ("M07", "Rengginang & Opak Karawang", "mikro", "32.15", "", True, [
        ("rengginang", "Rengginang Terasi Mentah 1kg", "kg", 40000, 500, 4),
        ("opak", "Opak Singkong Bakar", "pak", 12000, 700, 3),
    ]),
    ("M08", "PT Snack Nusantara Raya", "besar", "32.16", "halal;bpom", True, [
        ("keripik-singkong", "Keripik Singkong Balado 200g", "pak", 11000, 50000, 3),
    ]),
    ("M09", "Keripik Tempe Pringsewu Mak Sum", "mikro", "18.10", "pirt", True, [
        ("keripik-tempe", "Kripik tempe sagu", "pak", 14000, 600, 3),
        ("keripik-singkong", "Kripik Singkong Pedas Manis", "pak", 12000, 800, 3),
    ]),
    # minuman
    ("N01", "Kopi Tani Lampung Barat", "koperasi", "18.04", "pirt;halal", True, [
        ("kopi-robusta", "Kopi Bubuk Robusta Liwa 250gr", "pak", 38000, 2000, 4),
        ("kopi-robusta-biji", "Green Bean Robusta Fine 1 kg", "kg", 85000, 600, 5),
    ]),
    ("N02", "Wedang Sereh Pandeglang", "mikro", "36.01", "pirt", True, [
        ("wedang-jahe", "Jahe Merah Instan Sachet isi 10", "box", 25000, 700, 3),
        ("bandrek", "Bandrek Gula Aren bubuk", "pak", 20000, 600, 3),
    ]),
    ("N03", "Etawa Farm Tanggamus", "kecil", "18.06", "pirt;halal;bpom", True, [
        ("susu-kambing", "Susu Kambing Etawa Bubuk Original 200g", "pak", 65000, 900, 5),
        ("yoghurt", "Yoghurt susu kambing botol 250ml", "botol", 18000, 500, 1),
    ]),
    ("N04", "Sari Rosela Kota Tangerang", "mikro", "36.71", "pirt", True, [
        ("teh-rosela", "Teh Bunga Rosella Kering 50gr", "pak", 30000, 500, 3),
        ("sirup-pala", "Sirup Buah Pala 600ml", "botol", 35000, 400, 3),
    ]),
    ("N05", "Cokelat Pesawaran Coop", "koperasi", "18.09", "pirt", True, [
        ("cokelat-bubuk", "Bubuk Kakao Murni Pesawaran 250gr", "pak", 45000, 800, 4),
    ]),
    # jasa-boga
    ("J01", "Catering Dapur Bunda Cipocok", "kecil", "36.73", "halal", True, [
        ("nasi-kotak", "Nasi Box Ayam Bakar + Buah", "kotak", 35000, 3000, 2),
        ("snack-box", "Kue Kotak isi 3 (lemper, risol, bolu)", "kotak", 12000, 4000, 1),
        ("prasmanan", "Paket Prasmanan Menu Nusantara", "porsi", 55000, 1500, 5),
    ]),
    ("J02", "Warung Nasi Liwet Teh Ocoh", "mikro", "36.04", "", True, [
        ("nasi-liwet", "Nasi Liwet Komplit Ikan Asin Jambal", "porsi", 30000, 800, 2),
        ("nasi-bakar", "Nasbak ayam suwir kemangi", "bungkus", 18000, 600, 1),
    ]),
    ("J03", "Tumpeng Mbok Yah Metro", "mikro", "18.72", "halal", True, [
        ("tumpeng", "Tumpeng Nasi Kuning mini", "buah", 60000, 300, 3),
        ("nasi-kotak", "Nasi Kotak Rendang Metro", "kotak", 30000, 700, 2),
    ]),
    ("J04", "Jasa Boga Lampung Timur Sejahtera", "kecil", "18.07", "halal", True, [
        ("nasi-kotak", "Nasi box ayam goreng lengkap", "kotak", 28000, 1000, 2),
        ("snack-box", "Snack Box 4 Macam", "kotak", 13000, 1500, 1),
    ]),
    ("J05", "Katering Karawang Berkah", "kecil", "32.15", "halal", True, [
        ("nasi-kotak", "Paket Nasi Kotak Rapat (ayam, sayur, buah, air mineral)", "kotak", 32000, 2500, 2),
        ("kue-basah", "Jajanan Pasar Kue Basah per biji", "pcs", 2500, 6000, 1),
    ]),
    ("J06", "Aneka Kue Basah Bu Tati Lebak", "mikro", "36.02", "", True, [
        ("kue-basah", "Kue Basah Tradisional (Lapis, Putu Ayu, Nagasari)", "pcs", 2000, 1500, 1),
    ]),
    ("J07", "Dapur Kita Bogor Catering", "menengah", "32.01", "halal", True, [
        ("nasi-kotak", "NASI BOX PREMIUM Ayam Bakar Madu", "kotak", 45000, 4000, 2),
        ("prasmanan", "Buffet Prasmanan Standar 3 Lauk", "porsi", 50000, 2000, 4),
    ]),
    # fesyen
    ("F01", "Tapis Siger Kota Bandar Lampung", "kecil", "18.71", "", True, [
        ("tapis", "Kain Tapis Lampung Motif Siger Benang Emas", "lembar", 850000, 60, 14),
        ("tapis-selendang", "Selendang Tapis Sulam Usus", "lembar", 250000, 120, 10),
    ]),
    ("F02", "Batik Krakatau Cilegon", "kecil", "36.72", "batikmark", True, [
        ("batik-cap", "Batik Cap Motif Krakatau Katun Primissima 2m", "lembar", 180000, 400, 10),
        ("batik-tulis", "Batik Tulis Banten Motif Pamaranggen", "lembar", 750000, 40, 21),
    ]),
    ("F03", "Konveksi Seragam Cikupa", "kecil", "36.03", "", True, [
        ("seragam-pdh", "Seragam PDH Khaki Lengan Panjang (jahit ukur)", "stel", 275000, 600, 14),
        ("kaos-polo", "Polo Shirt Lacoste CVC Bordir Logo Instansi", "pcs", 85000, 2000, 10),
        ("rompi", "Rompi Lapangan Drill Bordir", "pcs", 120000, 800, 10),
    ]),
    ("F04", "Sablon & Kaos Metro Kreatif", "mikro", "18.72", "", True, [
        ("kaos", "Kaos Oblong Cotton Combed 30s Sablon 1 Warna", "pcs", 55000, 1500, 7),
    ]),
    ("F05", "Kopiah & Mukena Al-Barokah", "mikro", "36.02", "", True, [
        ("peci", "Peci Beludru Hitam Polos No. 7-9", "pcs", 35000, 1000, 5),
        ("mukena", "Mukena Katun Rayon Bordir Dewasa", "pcs", 150000, 300, 7),
        ("sarung", "Sarung Tenun Baduy Motif Kotak", "lembar", 200000, 150, 10),
    ]),
    ("F06", "Sandal Kelom Ciapus", "mikro", "32.01", "", True, [
        ("sandal-jepit", "Sandal Jepit Karet Hotel Logo Custom", "pasang", 9000, 5000, 10),
        ("sepatu-pantofel", "Sepatu Pantofel Kulit Sapi Pria", "pasang", 325000, 200, 14),
    ]),
    ("F07", "Kulit Garut Store Bekasi", "mikro", "32.16", "", True, [
        ("dompet-kulit", "Dompet Kulit Domba Asli Pria", "pcs", 120000, 300, 7),
        ("ikat-pinggang", "Ikat Pinggang Kulit Sapi Gesper Besi", "pcs", 95000, 400, 7),
    ]),
    # kerajinan
    ("K01", "Anyaman Pandan Cibaliung", "mikro", "36.01", "", True, [
        ("tas-anyaman-pandan", "Tas Jinjing Anyaman Pandan Motif", "pcs", 65000, 400, 10),
        ("tikar-pandan", "Samak Pandan 2x3 m", "lembar", 150000, 100, 14),
    ]),
    ("K02", "Gerabah Bumijaya Ciruas", "kecil", "36.04", "", True, [
        ("gerabah-vas", "Vas Bunga Gerabah Tanah Liat Ukir", "pcs", 45000, 600, 10),
        ("gerabah-kendi", "Kendi Tanah Liat Bumijaya", "pcs", 35000, 500, 10),
        ("gerabah-celengan", "Celengan gerabah karakter", "pcs", 20000, 800, 7),
    ]),
    ("K03", "Bambu Kreasi Lebak", "mikro", "36.02", "", True, [
        ("besek", "Besek Bambu Tutup 20x20", "pcs", 6000, 5000, 5),
        ("bakul-bambu", "Boboko / Bakul Nasi Bambu", "pcs", 25000, 600, 7),
    ]),
    ("K04", "Mainan Kayu Edukatif Bogor", "kecil", "32.71", "sni", True, [
        ("puzzle-kayu", "Puzzle Kayu Huruf Hijaiyah", "set", 55000, 700, 10),
        ("balok-kayu", "Balok Susun Kayu 50 pcs Warna", "set", 120000, 400, 10),
    ]),
    ("K05", "Souvenir Siger Akrilik Lampung", "mikro", "18.71", "", True, [
        ("miniatur-siger", "Miniatur Siger Lampung Kuningan Imitasi", "pcs", 75000, 300, 10),
        ("gantungan-kunci", "Gantungan Kunci Akrilik Custom Logo", "pcs", 5000, 8000, 7),
    ]),
    ("K06", "Tasbih Kayu Kokka Cilegon", "mikro", "36.72", "", True, [
        ("tasbih", "Tasbih Kayu Stigi 33 butir", "pcs", 25000, 1000, 5),
    ]),
    # perhiasan
    ("P01", "Kalimaya Banten Gemstone", "mikro", "36.02", "", True, [
        ("cincin-kalimaya", "Cincin Batu Kalimaya Opal Banten Ikat Perak", "pcs", 450000, 60, 14),
        ("liontin-kalimaya", "Liontin Kalimaya Opal Sajen", "pcs", 350000, 60, 14),
    ]),
    ("P02", "Perak Bekasi Silvercraft", "kecil", "32.75", "", True, [
        ("gelang-perak", "Gelang Perak 925 Motif Rantai", "pcs", 275000, 200, 10),
        ("bros-perak", "Bros Perak Lapis Emas Motif Bunga", "pcs", 180000, 250, 10),
    ]),
    ("P03", "Mutiara Teluk Lampung", "mikro", "18.09", "", True, [
        ("kalung-mutiara", "Kalung Mutiara Air Laut Lampung", "pcs", 650000, 50, 14),
    ]),
    # furnitur
    ("U01", "Rotan Jaya Tangerang", "kecil", "36.03", "svlk", True, [
        ("kursi-rotan", "Kursi Teras Rotan Alami Set (2 kursi + meja)", "set", 1750000, 40, 21),
        ("keranjang-rotan", "Keranjang Laundry Rotan", "pcs", 120000, 200, 10),
    ]),
    ("U02", "Mebel Jati Pringsewu", "kecil", "18.10", "svlk", True, [
        ("meja-kerja", "Meja Kerja Kayu Jati 120x60 Laci 2", "unit", 2250000, 30, 21),
        ("rak-buku", "Rak Buku Jati 5 Susun", "unit", 1350000, 40, 21),
        ("rehal", "Rehal Quran Jati Ukir Lipat", "pcs", 85000, 300, 10),
    ]),
    ("U03", "Furniture Besi Karawang", "menengah", "32.15", "sni;iso-9001", True, [
        ("lemari-arsip", "Filling Cabinet Besi 4 Laci", "unit", 2900000, 80, 14),
        ("kursi-lipat", "Kursi Lipat Chitose Besi", "unit", 275000, 500, 10),
    ]),
    ("U04", "Bale Bambu Pandeglang", "mikro", "36.01", "", True, [
        ("bale-bambu", "Balai-balai Bambu 2 x 1 m", "unit", 850000, 20, 14),
    ]),
    ("U05", "Mebel Kota Serang Lama", "kecil", "36.73", "", False, [
        ("meja-kerja", "Meja Kantor Kayu Mahoni 1/2 Biro", "unit", 1600000, 50, 14),
    ]),
    # herbal
    ("H01", "Jamu Gendong Mbok Darmi Metro", "mikro", "18.72", "", True, [
        ("jamu-segar", "Jamu Kunyit Asem Segar botol 250ml", "botol", 7000, 900, 1),
        ("jamu-segar", "Beras Kencur Segar 250ml", "botol", 7000, 900, 1),
    ]),
    ("H02", "Madu Hutan Baduy Leuwidamar", "mikro", "36.02", "pirt", True, [
        ("madu-hutan", "Madu Hutan Liar Baduy 500gr", "botol", 120000, 200, 5),
    ]),
    ("H03", "Herbal Temulawak Kab. Bekasi", "kecil", "32.16", "pirt;bpom", True, [
        ("temulawak-instan", "Temulawak Instan Serbuk 250gr", "pak", 30000, 1200, 4),
        ("minyak-kayu-putih", "Minyak Kayu Putih Aroma 60 ml", "botol", 28000, 1500, 4),
    ]),
    ("H04", "Apotek Hidup Tanggamus", "mikro", "18.06", "pirt", True, [
        ("sirih-merah", "Teh Celup Daun Sirih Merah", "box", 35000, 400, 5),
        ("kapsul-kelor", "Kapsul Daun Kelor 60 kaps", "botol", 55000, 500, 5),
    ]),
    # kosmetik
    ("S01", "Sabun Sereh Wangi Kaduhejo", "mikro", "36.01", "bpom", True, [
        ("sabun-batang", "Sabun Sereh Wangi Handmade 100gr", "pcs", 15000, 2000, 5),
        ("sabun-cair", "Sabun Cuci Tangan Sereh 500ml", "botol", 25000, 1200, 5),
    ]),
    ("S02", "Lilin Wangi Tangerang", "mikro", "36.71", "", True, [
        ("lilin-aromaterapi", "Aromatherapy Candle Soy Wax Jar 100gr", "pcs", 45000, 600, 7),
        ("diffuser", "Reed Diffuser Lemongrass 100ml", "botol", 65000, 400, 7),
    ]),
    ("S03", "Lulur Putri Sungkai", "mikro", "18.12", "bpom", True, [
        ("lulur", "Lulur Mandi Bengkoang Tradisional 250gr", "pot", 30000, 800, 5),
    ]),
    ("S04", "Kosmetik Alami Depok Raya", "besar", "32.76", "bpom;halal", True, [
        ("sabun-batang", "Sabun Mandi Batang Transparan", "pcs", 6000, 100000, 3),
    ]),
    # logam
    ("L01", "Pandai Besi Ciomas Bapak Jaya", "mikro", "36.04", "", True, [
        ("golok", "Golok Ciomas Sulangkar Sarung Kayu", "pcs", 450000, 60, 14),
        ("arit", "Arit Rumput Baja Per", "pcs", 65000, 300, 7),
    ]),
    ("L02", "Bengkel Las Teralis Tangerang Kota", "mikro", "36.71", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow (per m2)", "m2", 350000, 200, 10),
        ("pagar-besi", "Pagar Besi Minimalis (per m2)", "m2", 650000, 150, 14),
    ]),
    ("L03", "Alat Tani Gisting", "mikro", "18.06", "", True, [
        ("cangkul", "Pacul Baja Tempa Gagang Kayu", "pcs", 95000, 400, 7),
        ("parang", "Parang Kebun Lampung", "pcs", 85000, 300, 7),
    ]),
    ("L04", "Aluminium Dandang Karawang", "kecil", "32.15", "sni", True, [
        ("dandang", "Dandang Aluminium No. 40 Tebal", "pcs", 285000, 300, 7),
        ("panci", "Panci Aluminium Set 5 pcs", "set", 175000, 400, 7),
        ("pisau-dapur", "Pisau Dapur Stainless 8 inch", "pcs", 45000, 800, 5),
    ]),
    # percetakan
    ("C01", "Percetakan Sinar Kota Serang", "kecil", "36.73", "", True, [
        ("spanduk", "Cetak Spanduk Flexi 280gr per meter", "m2", 25000, 5000, 2),
        ("map-snelhecter", "Map Snelhecter Plastik", "pcs", 3500, 10000, 3),
        ("kalender", "Kalender Dinding 2027 Custom 6 Lembar", "pcs", 35000, 3000, 10),
    ]),
    ("C02", "Digital Printing Bandar Jaya", "mikro", "18.02", "", True, [
        ("stiker", "Stiker Vinyl Cutting Logo", "lembar", 15000, 3000, 3),
        ("kartu-nama", "Kartu Nama Art Carton 260 1 box", "box", 35000, 2000, 3),
    ]),
    ("C03", "Penerbit Amanah Cilegon", "kecil", "36.72", "", True, [
        ("buku-yasin", "Buku Yasin & Tahlil Hardcover 160 hal", "eks", 22000, 4000, 14),
        ("nota", "Nota / Kuitansi NCR 2 Ply Custom", "buku", 12000, 5000, 5),
    ]),
    ("C04", "Stempel & Akrilik Cibinong", "mikro", "32.01", "", True, [
        ("stempel", "Stempel Flash Otomatis Custom", "pcs", 95000, 600, 3),
        ("papan-nama", "Papan Nama Meja Akrilik 20x8", "pcs", 55000, 800, 5),
        ("plakat-akrilik", "Plakat Akrilik Jumbo Ukir Laser", "pcs", 185000, 300, 7),
    ]),
    ("C05", "Kemasan Dus Bekasi", "kecil", "32.16", "", True, [
        ("dus-nasi", "Dus Nasi Kotak 20x20 Cetak Logo", "pcs", 1500, 50000, 5),
    ]),
    # pertanian
    ("T01", "Kebun Bibit Durian Metro", "mikro", "18.72", "", True, [
        ("bibit-durian", "Bibit Durian Musang King Okulasi 1 m", "batang", 75000, 500, 7),
        ("bibit-alpukat", "Bibit Alpukat Aligator Sambung", "batang", 45000, 600, 7),
    ]),
    ("T02", "Koi & Cupang Farm Kab. Tangerang", "mikro", "36.03", "", True, [
        ("ikan-koi", "Ikan Koi Kohaku Lokal 10-12 cm", "ekor", 25000, 2000, 3),
        ("ikan-cupang", "Cupang Halfmoon Jantan", "ekor", 35000, 1000, 3),
    ]),
    ("T03", "Pakan Mandiri Lampung Tengah", "koperasi", "18.02", "sni", True, [
        ("pakan-ternak", "Konsentrat Pakan Sapi 50 kg", "sak", 210000, 800, 5),
        ("pakan-ayam", "Pakan Ayam Petelur Mash 50kg", "sak", 380000, 500, 5),
    ]),
    ("T04", "Peternak Telur Kab. Serang", "mikro", "36.04", "", True, [
        ("telur", "Telur Ayam Negeri Segar", "kg", 28000, 3000, 1),
    ]),
    ("T05", "Tanaman Obat Keluarga Cisarua", "mikro", "32.01", "", True, [
        ("bibit-tanaman-obat", "Bibit Jahe Merah Polybag", "polybag", 8000, 3000, 5),
        ("tanaman-hias", "Aglonema Red Sumatra pot 15", "pot", 85000, 300, 5),
    ]),
    ("T06", "Pupuk Kompos Tani Karawang", "koperasi", "32.15", "", True, [
        ("pupuk-organik", "Pupuk Kompos Organik Granul 25 kg", "sak", 45000, 3000, 5),
        ("beras", "Beras Pandan Wangi Karawang 5kg", "karung", 78000, 5000, 3),
    ]),
    # lainnya
    ("X01", "Sapu Ijuk Sabut Pandeglang", "mikro", "36.01", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Bambu", "pcs", 25000, 1500, 5),
        ("keset-sabut", "Keset Sabut Kelapa 40x60", "pcs", 30000, 1000, 5),
    ]),
    ("X02", "APE Edukasi Lampung", "mikro", "18.71", "", True, [
        ("alat-peraga", "Alat Peraga Matematika SD (KIT)", "set", 650000, 60, 14),
        ("papan-tulis", "Papan Tulis Whiteboard 120x240", "unit", 850000, 80, 10),
    ]),
    ("X03", "Sajadah Tenun Serang", "mikro", "36.73", "", True, [
        ("sajadah", "Sajadah Masjid Motif Sulam Polos", "pcs", 85000, 500, 7),
    ]),
    ("X04", "Kebersihan Sejahtera Bogor", "kecil", "32.71", "", True, [
        ("tempat-sampah", "Tong Sampah Pilah 3 Warna 60 L", "set", 1250000, 60, 10),
        ("kemoceng", "Kemoceng Bulu Ayam Asli", "pcs", 20000, 2000, 3),
        ("pel-lantai", "Alat Pel Lantai Kain Microfiber", "pcs", 45000, 1500, 3),
    ]),
]

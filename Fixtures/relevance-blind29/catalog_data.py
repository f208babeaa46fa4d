"""Hand-written suppliers and products of relevance-blind29 (fictional). Each product: (kind, name, unit, price,
capacity_per_month, lead_time_days). The kind is the labeller's tag and never reaches the CSVs."""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Made in the delivery month and eaten the same day (capacity_per_month >= quantity, nearest region first).
PERISHABLE = {"nasi-kotak", "snack-box", "prasmanan", "tumpeng", "kue-basah", "jamu-segar"}

SUPPLIERS = [
    # key, name, scale, region, certificates, active, products
    ("MA", "UKM Otak-Otak Bandeng Bu Enong", "mikro", "36.04", "pirt;halal", True, [
        ("otak-otak", "Otak-otak Bandeng Khas Serang isi 10", "pak", 25000, 800, 3),
        ("bandeng-presto", "Bandeng Presto Duri Lunak", "ekor", 30000, 600, 3),
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri mentah 500 gr", "bungkus", 35000, 500, 5)]),
    ("MB", "Kemplang Rajabasa Mak Uwo", "mikro", "18.71", "pirt-expired", True, [
        ("kemplang", "Kemplang Panggang Ikan Tenggiri 250g", "bungkus", 22000, 1500, 4),
        ("keripik-pisang", "Keripik Pisang Cokelat Lampung 200 gr", "bungkus", 20000, 2000, 3)]),
    ("MC", "Rumah Sambal Teh Iis", "mikro", "32.01", "pirt;halal", True, [
        ("sambal-cumi", "Sambal Cumi Asin Botol 150ml", "botol", 35000, 900, 4),
        ("sambal-bawang", "Sambal Bawang Pedas Botol 200 ml", "botol", 25000, 1200, 4),
        ("bumbu-rendang", "Bumbu Rendang Instan 250 gr", "pouch", 18000, 1000, 5)]),
    ("MD", "Kue Kering Rasa Bunda Slawi", "kecil", "33.28", "pirt;halal", True, [
        ("nastar", "Nastar Nanas Toples 500 gr", "toples", 85000, 700, 7),
        ("enting", "Enting-enting Kacang Gepuk 250 gr", "bungkus", 15000, 1500, 5)]),
    ("ME", "Koperasi Mina Sejahtera Kota Agung", "koperasi", "18.06", "pirt", True, [
        ("abon-ikan", "Abon Ikan Tuna Pedas 100gr", "pcs", 27000, 800, 5),
        ("ikan-asin", "Ikan Asin Teri Nasi Kering 250gr", "bungkus", 32000, 600, 4)]),
    ("MF", "Rengginang & Emping Barokah Menes", "mikro", "36.01", "pirt", True, [
        ("rengginang", "Rengginang Ketan Terasi mentah 500g", "bungkus", 25000, 800, 4),
        ("emping", "Emping Melinjo Super 1 kg", "kg", 110000, 400, 5)]),
    ("MG", "Olahan Daging Bu Haji Karawang", "mikro", "32.15", "pirt;halal", True, [
        ("rendang-kemasan", "Rendang Daging Sapi Kemasan Kaleng 250 gr", "kaleng", 75000, 500, 7),
        ("dendeng", "Dendeng Sapi Balado 250 gr", "pak", 85000, 400, 7)]),
    ("NA", "Kopi Robusta Tanggamus Mulya", "kecil", "18.06", "pirt;halal", True, [
        ("kopi-bubuk", "Kopi Bubuk Robusta Tanggamus 250 gr", "bungkus", 45000, 1200, 5),
        ("kopi-biji", "Biji Kopi Robusta Sangrai Roasted Bean 1 kg", "kg", 160000, 300, 5)]),
    ("NB", "Kakao Lestari Pesawaran", "mikro", "18.09", "pirt", True, [
        ("cokelat-bubuk", "Bubuk Cokelat Murni Kakao 200 gr", "bungkus", 40000, 500, 5)]),
    ("NC", "Koperasi Wanita Tani Karawang", "koperasi", "32.15", "pirt;halal", True, [
        ("jahe-instan", "Minuman Serbuk Jahe Merah Instan 250 gr", "pak", 28000, 1500, 4),
        ("sirup-jeruk", "Sirup Jeruk Nipis 620 ml", "botol", 30000, 800, 5)]),
    ("ND", "Teh Poci Gula Batu Slawi Ayu", "kecil", "33.28", "pirt;halal", True, [
        ("teh-melati", "Teh Tubruk Melati Cap Poci 80 gr isi 10", "pak", 35000, 2000, 5)]),
    ("NE", "Lebak Etawa Farm", "mikro", "36.02", "pirt", True, [
        ("susu-kambing", "Susu Kambing Etawa Bubuk 200gr", "pouch", 55000, 600, 5)]),
    ("JA", "Catering Mak Ijah Ciruas", "mikro", "36.04", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakakak lengkap", "kotak", 35000, 1500, 2),
        ("snack-box", "Snack Box isi 3 kue + air mineral", "kotak", 15000, 2500, 1)]),
    ("JB", "Dapur Bu Tini Metro", "mikro", "18.72", "halal", True, [
        ("nasi-kotak", "Nasi Box Ayam Goreng + Sayur + Buah", "box", 30000, 900, 2),
        ("tumpeng", "Nasi Tumpeng Kuning Mini", "porsi", 45000, 300, 2)]),
    ("JC", "Boga Rasa Karawang", "kecil", "32.15", "halal;pirt", True, [
        ("prasmanan", "Prasmanan Paket Menu Sunda per pax", "pax", 55000, 3000, 3),
        ("nasi-kotak", "Nasi Kotak Rendang", "kotak", 40000, 2000, 2),
        ("snack-box", "Kue Kotak Isi 4 (Kue Basah)", "kotak", 14000, 3000, 1)]),
    ("JD", "Warteg Mbak Yayuk Adiwerna", "mikro", "33.28", "", True, [
        ("nasi-kotak", "Nasi Bungkus Ponggol Setan Tegal", "bungkus", 15000, 800, 1),
        ("prasmanan", "Prasmanan Warteg Menu Komplit", "pax", 40000, 1000, 2)]),
    ("JE", "Katering Pringsewu Berkah", "mikro", "18.10", "halal", True, [
        ("nasi-kotak", "Nasi Box Paket Ayam Bakar", "box", 32000, 600, 2),
        ("snack-box", "Snack Box Rapat 3 item", "box", 12000, 1500, 1)]),
    ("JF", "Kue Basah Ibu Ros Balaraja", "mikro", "36.03", "", True, [
        ("kue-basah", "Kue Basah Tradisional (lemper, risol, lapis) per biji", "pcs", 3000, 8000, 1),
        ("snack-box", "Snack Box Kue Basah 3 macam", "dus", 13000, 2000, 1)]),
    ("JG", "Katering Cibinong Sehati", "kecil", "32.01", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar Madu + Lalapan", "kotak", 38000, 2500, 2),
        ("prasmanan", "Paket Prasmanan Nasional min. 100 pax", "pax", 60000, 4000, 3)]),
    ("FA", "Tapis Ragom Bandar Lampung", "kecil", "18.71", "", True, [
        ("tapis-kain", "Kain Tapis Lampung Motif Pucuk Rebung 2 meter", "lembar", 950000, 30, 14),
        ("tapis-selendang", "Selendang Tapis Sulam Benang Emas", "lembar", 350000, 60, 10)]),
    ("FB", "Konveksi Seragam Cikupa Jaya", "kecil", "36.03", "", True, [
        ("kemeja-pdh", "Kemeja PDH Lengan Panjang Drill Khaki", "pcs", 165000, 1500, 21),
        ("kaos-polo", "Kaos Polo Kerah Bordir Logo Instansi", "pcs", 85000, 2000, 14),
        ("rompi", "Rompi Lapangan Drill Multi Saku", "pcs", 145000, 800, 14)]),
    ("FC", "Batik Krakatau Cilegon", "mikro", "36.72", "batikmark", True, [
        ("batik-cap", "Kain Batik Cap Motif Krakatau 2m", "lembar", 185000, 200, 10),
        ("batik-tulis", "Batik Tulis Khas Banten Motif Sabakingking", "lembar", 650000, 30, 21)]),
    ("FD", "Batik Tegalan Sri Rejeki", "mikro", "33.28", "batikmark", True, [
        ("batik-tulis-tegal", "Kain Batik Tulis Tegalan Pewarna Alam", "lembar", 700000, 25, 21),
        ("kemeja-batik", "Kemeja Batik Cap Pria Lengan Pendek", "pcs", 175000, 300, 14)]),
    ("FE", "Sepatu Kulit Ciomas Bogor", "mikro", "32.01", "", True, [
        ("sepatu-pantofel", "Sepatu Pantofel Kulit Pria Hitam", "pasang", 285000, 500, 14),
        ("sandal-kulit", "Sandal Kulit Pria Slide", "pasang", 95000, 800, 7)]),
    ("FF", "Metro Ink Sablon", "mikro", "18.72", "", True, [
        ("kaos-sablon", "Kaos Sablon Custom Cotton Combed 30s", "pcs", 65000, 1500, 7),
        ("topi", "Topi Bordir Logo Custom", "pcs", 45000, 1000, 10)]),
    ("FG", "Kulit Garut Asli Sukaregang", "kecil", "32.05", "", True, [
        ("tas-kulit", "Tas Selempang Kulit Sapi Asli Pria", "pcs", 325000, 150, 10),
        ("dompet-kulit", "Dompet Kulit Domba Lipat", "pcs", 120000, 400, 7),
        ("ikat-pinggang", "Ikat Pinggang Kulit Gesper Kuningan", "pcs", 110000, 400, 7)]),
    ("FH", "PT Garmen Nusantara Cikarang", "besar", "32.16", "iso-9001", True, [
        ("kemeja-pdh", "Kemeja PDH Seragam Dinas Drill", "pcs", 110000, 20000, 14)]),
    ("KA", "Anyaman Pandan Mekarsari", "mikro", "36.02", "", True, [
        ("tikar-pandan", "Tikar Pandan Anyam 2x3 m", "lembar", 150000, 100, 10),
        ("tas-pandan", "Tas Anyaman Pandan Jinjing", "pcs", 65000, 400, 7)]),
    ("KB", "Gerabah Bumijaya", "mikro", "36.04", "", True, [
        ("vas-gerabah", "Vas Bunga Gerabah Tanah Liat Tinggi 40 cm", "pcs", 75000, 300, 10),
        ("kendi", "Kendi Gerabah Tanah Liat", "pcs", 35000, 500, 7),
        ("celengan", "Celengan Gerabah Karakter", "pcs", 20000, 800, 5)]),
    ("KC", "Kerajinan Bambu Sukaraja", "mikro", "32.01", "", True, [
        ("besek", "Besek Bambu Tutup 20x20", "pcs", 6000, 5000, 5),
        ("kap-lampu-bambu", "Kap Lampu Hias Anyaman Bambu", "pcs", 85000, 200, 10)]),
    ("KD", "Tangcity Akrilik Souvenir", "mikro", "36.71", "", True, [
        ("plakat-akrilik", "Plakat Akrilik Custom Cetak UV 20 cm", "pcs", 175000, 300, 7),
        ("gantungan-akrilik", "Gantungan Kunci Akrilik Custom 2 Sisi", "pcs", 5000, 5000, 7)]),
    ("KE", "Ukir Jati Jepara Mandiri", "kecil", "33.20", "svlk", True, [
        ("kaligrafi-ukir", "Kaligrafi Ukir Kayu Jati 60x120", "pcs", 1250000, 20, 30),
        ("plakat-kayu", "Plakat Kayu Ukir Logo Instansi", "pcs", 225000, 150, 14)]),
    ("PA", "Perak Ibu Lastri", "mikro", "18.71", "", True, [
        ("cincin-perak", "Cincin Perak 925 Motif Siger", "pcs", 250000, 100, 10),
        ("bros-perak", "Bros Perak Filigri Motif Tapis", "pcs", 180000, 150, 10)]),
    ("PB", "Mutiara Labuhan Maringgai", "mikro", "18.07", "", True, [
        ("kalung-mutiara", "Kalung Mutiara Air Tawar 45 cm", "pcs", 300000, 80, 10),
        ("gelang-manik", "Gelang Manik-manik Batu Alam", "pcs", 35000, 600, 5)]),
    ("PC", "Aksesoris Hijab Cantika Tangerang", "mikro", "36.71", "", True, [
        ("bros-imitasi", "Bros Hijab Mutiara Imitasi Cantik", "pcs", 15000, 3000, 5),
        ("pin-logo", "Pin Logo Instansi Kuningan Enamel", "pcs", 25000, 2000, 10)]),
    ("UA", "Rotan Tegalwangi Cirebon", "kecil", "32.09", "svlk", True, [
        ("kursi-rotan", "Kursi Teras Rotan Sintetis Set 2 kursi + meja", "set", 1850000, 40, 21),
        ("sofa-rotan", "Sofa Rotan Alami 3 dudukan", "unit", 3500000, 15, 30)]),
    ("UB", "Mebel Jati Serang Jaya", "mikro", "36.04", "svlk", True, [
        ("lemari-arsip-kayu", "Lemari Arsip Kayu Jati 4 Pintu", "unit", 4500000, 10, 30),
        ("meja-kerja", "Meja Kerja Kayu Jati Belanda 120x60", "unit", 1350000, 30, 21)]),
    ("UC", "Karawang Steel Furniture", "kecil", "32.15", "sni", True, [
        ("rak-besi", "Rak Besi Siku Lubang 5 susun", "unit", 550000, 100, 10),
        ("filing-cabinet", "Filing Cabinet Besi 4 Laci", "unit", 2400000, 40, 14),
        ("loker-besi", "Loker Besi 12 Pintu", "unit", 2800000, 30, 14)]),
    ("UD", "Meubel Sekolah Pringsewu", "mikro", "18.10", "", True, [
        ("meja-kursi-siswa", "Meja Kursi Sekolah Siswa 1 set Kayu", "set", 650000, 200, 21),
        ("papan-tulis", "Papan Tulis Whiteboard Kayu 120x240", "unit", 850000, 60, 14)]),
    ("UE", "Mebel Pandai Kayu Tegal", "mikro", "33.28", "", True, [
        ("rak-sepatu", "Rak Sepatu Kayu 4 Susun", "unit", 275000, 100, 10),
        ("bangku-panjang", "Bangku Panjang Kayu Mahoni 2 m", "unit", 950000, 40, 14)]),
    ("UF", "Mebel Murah Tangerang (tutup)", "mikro", "36.03", "", False, [
        ("meja-kerja", "Meja Kerja Kayu 120 x 60", "unit", 900000, 50, 10)]),
    ("HA", "Jamu Gendong Mbok Sarmi", "mikro", "32.01", "", True, [
        ("jamu-segar", "Jamu Kunyit Asam Botol 250ml (segar)", "botol", 8000, 600, 1)]),
    ("HB", "Herbal Temulawak Pringsewu Sehat", "kecil", "18.10", "pirt;bpom", True, [
        ("temulawak-instan", "Serbuk Temulawak Instan 200 gr", "pcs", 30000, 1000, 5),
        ("kapsul-kelor", "Kapsul Daun Kelor isi 60", "botol", 55000, 800, 5)]),
    ("HC", "Madu Hutan Ujung Kulon", "mikro", "36.01", "pirt", True, [
        ("madu-hutan", "Madu Hutan Murni Ujung Kulon 500 gr", "botol", 120000, 300, 5)]),
    ("HD", "Koperasi Toga Lestari Sukadana", "koperasi", "18.07", "pirt", True, [
        ("simplisia-sirsak", "Simplisia Kering Daun Sirsak 100 gr", "pak", 25000, 500, 5),
        ("minyak-urut", "Minyak Urut Sereh Wangi 60 ml", "botol", 25000, 1000, 5)]),
    ("SA", "Sabun Herbal Sereh Pasar Kemis", "mikro", "36.03", "bpom", True, [
        ("sabun-batang", "Sabun Batang Herbal Sereh & Kopi 100 gr", "pcs", 15000, 3000, 5),
        ("sabun-cair-tangan", "Sabun Cair Cuci Tangan Refill 1 liter", "botol", 25000, 1500, 5),
        ("lulur", "Lulur Mandi Bengkoang 250g", "pot", 35000, 800, 5)]),
    ("SB", "Senja Aromatherapy Bogor", "mikro", "32.71", "", True, [
        ("lilin-aromaterapi", "Lilin Aromaterapi Soy Wax Jar 100 gr", "pcs", 45000, 500, 7),
        ("essential-oil", "Essential Oil Lavender 10 ml", "botol", 35000, 600, 5)]),
    ("SC", "Aloe Vera Karawang Cantik", "kecil", "32.15", "bpom;halal", True, [
        ("lotion", "Hand Body Lotion Lidah Buaya 250 ml", "botol", 32000, 2000, 5),
        ("sampo", "Shampo Lidah Buaya 200 ml", "botol", 28000, 2000, 5)]),
    ("LA", "Pandai Besi Ciomas Serang", "mikro", "36.04", "", True, [
        ("golok", "Golok Ciomas Sulangkar Gagang Kayu", "pcs", 450000, 60, 14),
        ("arit", "Arit Rumput Baja Per", "pcs", 65000, 400, 7),
        ("cangkul", "Cangkul Baja Tempa", "pcs", 95000, 500, 7)]),
    ("LB", "Bengkel Las Teralis Maju Metro", "mikro", "18.72", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow Minimalis per m2", "m2", 450000, 200, 14),
        ("pagar-besi", "Pagar Besi Hollow per meter", "meter", 550000, 150, 14)]),
    ("LC", "Alat Dapur Logam Talang Tegal", "kecil", "33.28", "sni", True, [
        ("panci", "Panci Stainless Steel 24 cm Tutup Kaca", "pcs", 145000, 800, 7),
        ("dandang", "Dandang Aluminium Kukusan 30 cm", "pcs", 185000, 400, 7),
        ("wajan", "Wajan Besi Baja 36 cm", "pcs", 95000, 600, 7),
        ("pisau-dapur", "Pisau Dapur Stainless Set 5 pcs", "set", 120000, 500, 7)]),
    ("CA", "Percetakan Sinar Kota Serang", "kecil", "36.73", "", True, [
        ("map-cetak", "Map Snelhecktor Cetak Logo (Biola)", "pcs", 3500, 10000, 7),
        ("amplop-kop", "Cetak Amplop Kop Dinas 110x230", "pcs", 700, 50000, 7),
        ("spanduk", "Cetak Spanduk Banner Flexi 280 gr per m2", "m2", 25000, 5000, 2),
        ("buku-agenda", "Buku Agenda Hard Cover Logo Custom", "pcs", 55000, 2000, 14)]),
    ("CB", "ATK Grosir Metro Jaya", "mikro", "18.72", "", True, [
        ("kertas-a4", "Kertas HVS A4 70 gram 1 rim", "rim", 52000, 3000, 3),
        ("pulpen", "Pulpen Gel Hitam Box isi 12", "box", 30000, 2000, 3),
        ("stopmap", "Stopmap Kertas Folio Warna isi 50", "pak", 45000, 1000, 3)]),
    ("CC", "Bogor Pack Kemasan", "kecil", "32.01", "", True, [
        ("dus-kue", "Dus Kue / Snack Box Kertas 15x15 Cetak", "pcs", 1200, 50000, 7),
        ("stiker-label", "Stiker Label Produk Vinyl Cutting A3", "lembar", 12000, 3000, 3)]),
    ("CD", "Pringsewu Printing", "mikro", "18.10", "", True, [
        ("sertifikat", "Cetak Sertifikat/Piagam Art Carton 260 gr", "lembar", 3500, 10000, 3),
        ("buku-yasin", "Cetak Buku Yasin & Tahlil Hard Cover 160 hlm", "pcs", 22000, 3000, 14)]),
    ("TA", "Koi & Cupang Cipondoh", "mikro", "36.71", "", True, [
        ("ikan-koi", "Ikan Koi Kohaku 15-20 cm", "ekor", 75000, 500, 3),
        ("ikan-cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 25000, 800, 3)]),
    ("TB", "Koperasi Mina Metro", "koperasi", "18.72", "", True, [
        ("benih-lele", "Benih Ikan Lele Sangkuriang 5-7 cm", "ekor", 250, 200000, 3),
        ("benih-nila", "Bibit Ikan Nila Merah 5-8 cm", "ekor", 400, 100000, 3)]),
    ("TC", "Bogor Flora Nursery", "mikro", "32.01", "", True, [
        ("aglonema", "Aglonema Red Sumatra Pot 20", "pot", 85000, 300, 5),
        ("bibit-durian", "Bibit Durian Musang King Okulasi 80 cm", "batang", 75000, 1000, 7),
        ("bibit-alpukat", "Bibit Alpukat Miki Sambung Pucuk", "batang", 45000, 1500, 7)]),
    ("TD", "KWT Sayur Organik Pringsewu", "koperasi", "18.10", "", True, [
        ("beras-organik", "Beras Organik Pandan Wangi 5 kg", "karung", 95000, 1000, 5),
        ("bibit-toga", "Bibit Tanaman Obat Keluarga (TOGA) Polybag", "polybag", 6000, 5000, 5)]),
    ("TE", "Karawang Feed & Kompos", "kecil", "32.15", "", True, [
        ("pakan-ayam", "Pakan Ayam Kampung Fermentasi 25 kg", "karung", 280000, 500, 5),
        ("kompos", "Pupuk Kompos Organik Karung 20 kg", "karung", 35000, 3000, 5)]),
    ("XA", "Kreasi Anak Mainan Kayu", "mikro", "32.71", "sni", True, [
        ("puzzle-hijaiyah", "Puzzle Kayu Huruf Hijaiyah Edukasi Anak", "pcs", 45000, 800, 7),
        ("balok-kayu", "Mainan Balok Susun Kayu 50 pcs", "set", 85000, 400, 7)]),
    ("XB", "Alat Peraga Sekolah Serang", "mikro", "36.73", "", True, [
        ("kit-ipa", "Alat Peraga IPA SD (KIT IPA) 1 paket", "paket", 2500000, 30, 21),
        ("globe", "Globe Bola Dunia 30 cm", "pcs", 175000, 200, 7),
        ("torso", "Torso Manusia 85 cm Alat Peraga Biologi", "unit", 1650000, 20, 21)]),
    ("XC", "Sapu Ijuk Saketi", "mikro", "36.01", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 2000, 5),
        ("sapu-lidi", "Sapu Lidi Aren Ikat", "ikat", 12000, 3000, 3),
        ("keset-sabut", "Keset Sabut Kelapa 40x60", "pcs", 35000, 800, 5)]),
    ("XD", "Perlengkapan Ibadah Al-Barkah Lampung", "mikro", "18.71", "", True, [
        ("sajadah", "Sajadah Tapis Lampung Bordir", "pcs", 125000, 300, 10),
        ("peci", "Peci Hitam Beludru No 7", "pcs", 45000, 1500, 7)]),
    ("XE", "Tekstil Majalaya Rumah", "kecil", "32.04", "", True, [
        ("sprei", "Sprei Katun Motif 160x200", "set", 175000, 500, 7),
        ("handuk", "Handuk Mandi Katun 70x140", "pcs", 45000, 2000, 5),
        ("serbet", "Serbet Dapur Katun isi 12", "lusin", 60000, 1000, 5)]),
    ("XF", "Alat Peraga Murah (nonaktif)", "mikro", "36.04", "", False, [
        ("kit-ipa", "KIT IPA SD Lengkap", "paket", 1800000, 50, 14)]),
]

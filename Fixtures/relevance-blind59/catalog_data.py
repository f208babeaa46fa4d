"""Hand-written suppliers and products of relevance-blind59 (all fictional).

Each supplier: (key, name, scale, region, certificates, active, products); each product:
(kind, category code, name, unit, unit price, capacity per month, lead time days). The kind is the
labeller's own tag of what the product is; it never reaches the CSVs.
"""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Made fresh: the whole quantity must come from one month's capacity (labelling rule, see README).
PERISHABLE = {"nasi-kotak", "snack-box", "coffee-break", "prasmanan", "tumpeng", "jamu-segar"}

SUPPLIERS = [
    ("SRG1", "Dapur Bu Eti Catering", "kecil", "36.73", "halal", True, [
        ("nasi-kotak", "J", "Nasi Kotak Ayam Bakar + Lalapan & Sambal", "porsi", 32000, 3000, 2),
        ("snack-box", "J", "Snack Box 3 Macam Kue Basah", "box", 15000, 4000, 1),
        ("tumpeng", "J", "Nasi Tumpeng Kuning Besar (20 porsi)", "buah", 650000, 40, 3)]),
    ("SRG2", "RM Sate Bandeng Hj. Mariyam", "kecil", "36.73", "halal;pirt", True, [
        ("sate-bandeng", "M", "Sate Bandeng Khas Banten (per ekor)", "ekor", 45000, 1500, 2),
        ("otak-otak", "M", "Otak-Otak Bandeng Frozen isi 10", "pak", 35000, 800, 2)]),
    ("KSR1", "Katering Barokah Ciruas", "kecil", "36.04", "halal", True, [
        ("nasi-kotak", "J", "Nasi Box Paket Rames Ayam Goreng", "porsi", 28000, 1200, 2),
        ("nasi-kotak", "J", "Nasi Liwet Komplit Box", "porsi", 30000, 800, 2)]),
    ("KSR2", "Pandai Besi Ki Jaro Ciomas", "mikro", "36.04", "", True, [
        ("golok-ciomas", "L", "Golok Ciomas Sulangkar Asli Gagang Kayu", "bilah", 450000, 60, 14),
        ("pisau-dapur", "L", "Pisau Dapur Tempa 8 inch", "pcs", 85000, 200, 7),
        ("arit", "L", "Arit / Sabit Rumput Baja Per", "pcs", 55000, 300, 7)]),
    ("KSR3", "Gerabah Bumijaya Ciruas", "mikro", "36.04", "", True, [
        ("pot-gerabah", "K", "Pot Bunga Gerabah Tanah Liat Diameter 30 cm", "pcs", 35000, 500, 7),
        ("kendi", "K", "Kendi Gerabah Tradisional 1,5 L", "pcs", 45000, 300, 7),
        ("celengan", "K", "Celengan Gerabah Karakter", "pcs", 20000, 800, 7)]),
    ("PDG1", "Emping Menes Hj. Ucu", "mikro", "36.01", "pirt;halal", True, [
        ("emping", "M", "Emping Melinjo Menes Super 1 kg", "kg", 110000, 400, 3),
        ("emping-balado", "M", "Emping Balado Pedas Manis 250 gr", "pak", 30000, 600, 3)]),
    ("PDG2", "Sanggar Badak Ujung Kulon", "mikro", "36.01", "", True, [
        ("miniatur-badak", "K", "Miniatur Badak Jawa Bercula Satu Kayu Sengon 15 cm", "pcs", 95000, 200, 10),
        ("gantungan-badak", "K", "Gantungan Kunci Badak Kayu Ukir", "pcs", 12000, 2000, 7),
        ("boneka-badak", "K", "Boneka Badak Plush 25 cm", "pcs", 65000, 300, 7)]),
    ("PDG3", "KWT Melati Labuan", "koperasi", "36.01", "pirt", True, [
        ("kerupuk-ikan", "M", "Kerupuk Ikan Tengiri Labuan Mentah 250 gr", "pak", 25000, 1000, 3),
        ("abon-ikan", "M", "Abon Ikan Tongkol Pedas 100 gr", "pak", 28000, 500, 3)]),
    ("PDG4", "Toko Alat Tulis Berkah Pandeglang", "kecil", "36.01", "", True, [
        ("kertas-hvs", "C", "Kertas HVS A4 70 gsm 1 Rim", "rim", 52000, 2000, 2),
        ("map-snelhecter", "C", "Map Snelhecter Plastik Folio", "pcs", 3500, 10000, 2),
        ("stopmap", "C", "Stop Map Kertas Folio Warna", "pcs", 1500, 20000, 2),
        ("ordner", "C", "Ordner Besar Folio 7 cm", "pcs", 28000, 2000, 2)]),
    ("LBK1", "Madu & Gula Aren Baduy Leuwidamar", "kecil", "36.02", "pirt", True, [
        ("madu-hutan", "H", "Madu Hutan Baduy Murni 500 ml", "botol", 120000, 200, 5),
        ("gula-aren", "M", "Gula Aren Cetak Asli Lebak 1 kg", "kg", 35000, 2000, 3),
        ("gula-semut", "M", "Gula Semut Aren Organik 250 gr", "pak", 25000, 800, 3)]),
    ("LBK2", "Koperasi Tenun Baduy Kanekes", "koperasi", "36.02", "", True, [
        ("tenun-baduy", "F", "Kain Tenun Baduy Motif Suat Songket 3 m", "lembar", 350000, 40, 14),
        ("selendang-baduy", "F", "Selendang Tenun Baduy 2 m", "lembar", 175000, 80, 10),
        ("koja", "K", "Tas Koja Baduy Serat Kulit Kayu", "pcs", 85000, 150, 7)]),
    ("LBK3", "Sabun Sereh Cibeber", "mikro", "36.02", "bpom", True, [
        ("sabun-sereh", "S", "Sabun Sereh Wangi Handmade 100 gr", "pcs", 15000, 2000, 5),
        ("lilin-aroma", "S", "Lilin Aromaterapi Sereh Soy Wax 150 gr", "pcs", 45000, 300, 7),
        ("minyak-sereh", "H", "Minyak Sereh Wangi Murni 30 ml", "botol", 35000, 500, 5)]),
    ("LBK4", "Koperasi AMDK Lebak Sejahtera", "koperasi", "36.02", "sni;halal", True, [
        ("amdk-gelas", "N", "Air Minum Dalam Kemasan Gelas 220 ml (1 dus isi 48)", "dus", 21000, 5000, 2),
        ("amdk-botol", "N", "Air Mineral Botol 600 ml isi 24", "dus", 42000, 2000, 2)]),
    ("LBK5", "Kalimaya Gemstone Sajira", "mikro", "36.02", "", True, [
        ("cincin-kalimaya", "P", "Cincin Batu Kalimaya Banten Ikat Perak 925", "pcs", 650000, 40, 14),
        ("liontin-kalimaya", "P", "Liontin Kalimaya Ikat Perak", "pcs", 450000, 50, 14)]),
    ("TGR1", "Bengkel Las Jaya Teknik Cipondoh", "kecil", "36.71", "", True, [
        ("teralis", "L", "Teralis Jendela Besi Minimalis per m2", "m2", 450000, 200, 14),
        ("pagar", "L", "Pagar Besi Hollow Galvanis per meter", "m", 650000, 150, 14),
        ("kanopi", "L", "Kanopi Baja Ringan Atap Alderon per m2", "m2", 550000, 300, 10),
        ("tiang-bendera", "L", "Tiang Bendera Stainless 6 Meter", "unit", 3500000, 10, 14)]),
    ("TGR2", "Konveksi Seragam Mandiri Periuk", "kecil", "36.71", "", True, [
        ("pdh", "F", "Seragam PDH Dinas Kain Nagata Drill (Jahit Ukur)", "stel", 285000, 800, 21),
        ("kemeja-batik", "F", "Kemeja Batik Pria Lengan Panjang Katun Primis", "pcs", 175000, 600, 14),
        ("rompi", "F", "Rompi Seragam Drill + Bordir Logo", "pcs", 120000, 500, 14)]),
    ("TGR3", "Prasmanan Nyonya Lie", "kecil", "36.71", "halal", True, [
        ("prasmanan", "J", "Paket Prasmanan Menu Nusantara min 100 pax", "pax", 65000, 3000, 3),
        ("nasi-kotak", "J", "Nasi Kotak Premium Rendang", "porsi", 45000, 1500, 2),
        ("coffee-break", "J", "Coffee Break 2 Kue + Teh/Kopi", "pax", 25000, 2500, 1)]),
    ("KTG1", "Anyaman Pandan Mekar Sari Rajeg", "mikro", "36.03", "", True, [
        ("tikar-pandan", "K", "Tikar Pandan Anyam Motif 2 x 3 m", "lembar", 125000, 150, 10),
        ("tas-pandan", "K", "Tas Jinjing Anyaman Pandan Motif Batik 30 cm", "pcs", 65000, 400, 10),
        ("topi-pandan", "K", "Topi Pandan Lebar (Topi Pantai)", "pcs", 35000, 500, 7),
        ("kotak-tisu-pandan", "K", "Kotak Tisu Anyaman Pandan", "pcs", 40000, 500, 7)]),
    ("KTG2", "Sambal Mak Ijah Balaraja", "mikro", "36.03", "pirt;halal", True, [
        ("sambal-cumi", "M", "Sambal Cumi Asin Pedas Botol 150 gr", "botol", 38000, 600, 3),
        ("sambal-bawang", "M", "Sambal Bawang Original Jar 200 gr", "jar", 28000, 800, 3),
        ("bumbu-rendang", "M", "Bumbu Rendang Instan 250 gr", "pak", 30000, 400, 3)]),
    ("KTG3", "UD Alat Tani Sumber Rejeki Pasar Kemis", "kecil", "36.03", "sni", True, [
        ("cangkul", "L", "Cangkul Baja Tempa Pandai Besi + Gagang", "pcs", 95000, 500, 7),
        ("garpu-tanah", "L", "Garpu Tanah / Garu 4 Mata Baja", "pcs", 85000, 300, 7)]),
    ("KTG4", "Emblem & Pin Kuningan Cikupa", "kecil", "36.03", "", True, [
        ("pin-logo", "P", "Pin Logo Instansi Kuningan Lapis Emas (Enamel)", "pcs", 25000, 5000, 14),
        ("bros-jilbab", "P", "Bros Jilbab Mutiara Imitasi", "pcs", 15000, 3000, 7),
        ("plakat-logam", "L", "Plakat Kuningan Etsa + Kotak Beludru", "pcs", 325000, 200, 14),
        ("medali", "L", "Medali Kuningan Lomba Custom + Tali", "pcs", 35000, 2000, 10)]),
    ("KTG5", "Kemasan Dus Kraft Tigaraksa", "mikro", "36.03", "", True, [
        ("dus-kue", "C", "Dus Kue / Box Snack 15x15 Printing Logo", "pcs", 1500, 50000, 5),
        ("paper-bag", "C", "Paper Bag Kraft Sablon Logo 25x33", "pcs", 6500, 20000, 7),
        ("stiker-label", "C", "Stiker Label Kemasan Vinyl (per lembar A3)", "lembar", 8000, 5000, 3)]),
    ("CLG1", "Sablon & Percetakan Krakatau Grafika", "kecil", "36.72", "", True, [
        ("spanduk", "C", "Cetak Spanduk Banner Flexi 280 gr per m2", "m2", 25000, 5000, 2),
        ("xbanner", "C", "X-Banner 60x160 cm + Rangka", "pcs", 85000, 300, 2),
        ("rollup", "C", "Roll Up Banner 80 x 200 cm Alumunium", "pcs", 350000, 100, 3),
        ("kaos-sablon", "F", "Kaos Sablon Custom Cotton Combed 24s", "pcs", 65000, 2000, 7)]),
    ("SRG3", "CV Citra Plakat Banten", "kecil", "36.73", "", True, [
        ("plakat-akrilik", "C", "Plakat Akrilik Custom Ukir Laser 15 x 20 cm + Box", "pcs", 185000, 300, 5),
        ("plakat-kayu", "K", "Plakat Kayu Jati Ukir Logo Instansi", "pcs", 325000, 100, 10),
        ("sertifikat", "C", "Cetak Sertifikat / Piagam Art Carton A4", "lembar", 2500, 20000, 2)]),
    ("SRG4", "Batik Banten Mukarnas", "kecil", "36.73", "batikmark", True, [
        ("batik-tulis-banten", "F", "Kain Batik Tulis Banten Motif Pasepen 2 m", "lembar", 950000, 30, 21),
        ("batik-cap-banten", "F", "Kain Batik Cap Khas Banten 2 m", "lembar", 225000, 300, 10),
        ("kemeja-batik-pendek", "F", "Kemeja Batik Banten Cap Lengan Pendek", "pcs", 195000, 300, 14)]),
    ("SRG5", "Sanggar Kenari Miniatur Banten", "mikro", "36.73", "", True, [
        ("miniatur-menara", "K", "Miniatur Menara Masjid Agung Banten Kayu 25 cm", "pcs", 150000, 150, 10),
        ("miniatur-kapal", "K", "Miniatur Kapal Pinisi Kayu 40 cm", "pcs", 275000, 60, 14)]),
    ("SRG6", "Perlengkapan Kebersihan Kaujon", "mikro", "36.73", "", True, [
        ("sapu-ijuk", "X", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 1000, 3),
        ("sapu-lidi", "X", "Sapu Lidi Aren Ikat Besar", "ikat", 12000, 3000, 3),
        ("keset-sabut", "X", "Keset Sabut Kelapa 40 x 60 cm", "pcs", 35000, 800, 5),
        ("kemoceng", "X", "Kemoceng Bulu Ayam Asli", "pcs", 20000, 800, 3),
        ("alat-pel", "X", "Alat Pel Lantai Kain Katun + Gagang", "pcs", 45000, 500, 3)]),
    ("SRG7", "Kue Kering Hj. Nunung", "mikro", "36.73", "pirt;halal", True, [
        ("nastar", "M", "Nastar Nanas Premium Toples 500 gr", "toples", 85000, 600, 5),
        ("kastengel", "M", "Kastengel Keju Toples 500 gr", "toples", 95000, 500, 5)]),
    ("KBG1", "Kopi Gunung Halimun Nanggung", "kecil", "32.01", "halal;pirt", True, [
        ("kopi-arabika-biji", "N", "Roasted Bean Arabica Java Preanger Halimun 1 kg", "kg", 240000, 200, 5),
        ("kopi-arabika-bubuk", "N", "Kopi Arabika Bubuk Halimun 200 gr", "pak", 65000, 600, 5)]),
    ("KBG2", "Mebel Sekolah Cileungsi Jaya", "kecil", "32.01", "svlk", True, [
        ("meja-siswa", "U", "Meja Siswa SD Kayu Mahoni Single", "unit", 425000, 400, 21),
        ("kursi-siswa", "U", "Kursi Siswa Kayu Sandaran", "unit", 285000, 500, 21),
        ("lemari-kelas", "U", "Lemari Kelas Kayu 2 Pintu Kaca", "unit", 1650000, 60, 21),
        ("meja-guru", "U", "Meja Guru Kayu 1/2 Biro", "unit", 1250000, 60, 21)]),
    ("KBG3", "Bibit Tanaman Cibinong Flora", "mikro", "32.01", "", True, [
        ("bibit-durian", "T", "Bibit Durian Musang King Okulasi 80 cm", "batang", 85000, 1000, 5),
        ("bibit-alpukat", "T", "Bibit Alpukat Miki Sambung Pucuk", "batang", 45000, 1500, 5),
        ("aglonema", "T", "Tanaman Hias Aglaonema Red Sumatera Pot 20", "pot", 75000, 300, 3),
        ("monstera", "T", "Monstera Adansonii Pot Gantung", "pot", 55000, 200, 3),
        ("bibit-mangga", "T", "Bibit Mangga Harumanis Okulasi", "batang", 35000, 2000, 5)]),
    ("KBG4", "Koi Farm Ciseeng", "mikro", "32.01", "", True, [
        ("koi", "T", "Ikan Koi Lokal Kohaku 12-15 cm", "ekor", 25000, 2000, 3),
        ("cupang", "T", "Ikan Cupang Halfmoon Jantan", "ekor", 35000, 500, 3)]),
    ("KBG5", "Sepatu Kulit Ciomas Bogor", "kecil", "32.01", "", True, [
        ("pantofel", "F", "Sepatu Pantofel Pria Kulit Sapi Asli", "pasang", 325000, 500, 14),
        ("sepatu-pdh", "F", "Sepatu PDH Dinas Kulit Glossy", "pasang", 375000, 300, 14),
        ("sandal-kulit", "F", "Sandal Kulit Pria Slop", "pasang", 145000, 400, 10)]),
    ("KBG6", "PT Pangan Sehat Nusantara", "besar", "32.01", "halal;bpom;iso-9001", True, [
        ("kayu-putih", "H", "Minyak Kayu Putih 60 ml", "botol", 28000, 100000, 3),
        ("kopi-instan", "N", "Kopi Instan 3in1 Renceng isi 10", "renceng", 15000, 100000, 3),
        ("keripik-singkong", "M", "Keripik Singkong Balado 200 gr", "pak", 15000, 100000, 3)]),
    ("KBG7", "Koperasi Teh Rakyat Sukamakmur", "koperasi", "32.01", "pirt", True, [
        ("teh-hitam", "N", "Teh Hitam Tubruk Melati 100 gr", "pak", 12000, 3000, 3),
        ("teh-hijau", "N", "Green Tea Celup 25 Sachet", "box", 20000, 2000, 3),
        ("bajigur", "N", "Bajigur Instan Sachet isi 10", "box", 25000, 1500, 3)]),
    ("KBG8", "Mebel Kantor Parung", "kecil", "32.01", "svlk", True, [
        ("lemari-arsip", "U", "Lemari Arsip Kayu 2 Pintu Kunci", "unit", 1850000, 40, 21),
        ("meja-kantor", "U", "Meja Kerja Kantor 1/2 Biro 120 cm", "unit", 1350000, 60, 14),
        ("kursi-kantor", "U", "Kursi Kerja Putar Jaring (Mesh)", "unit", 650000, 150, 10),
        ("rak-buku", "U", "Rak Buku Kayu 5 Susun", "unit", 850000, 80, 14)]),
    ("BKS1", "Konveksi Cikarang Garment", "menengah", "32.16", "iso-9001", True, [
        ("polo", "F", "Polo Shirt Lacoste CVC Bordir Logo", "pcs", 95000, 3000, 14),
        ("jaket", "F", "Jaket Parasut Taslan Bordir Logo Instansi", "pcs", 185000, 1500, 14),
        ("kaos-polos", "F", "Kaos Polos Cotton Combed 30s", "pcs", 42000, 5000, 5),
        ("topi", "F", "Topi Baseball Bordir Logo", "pcs", 35000, 3000, 10),
        ("tote", "F", "Tote Bag Kanvas Sablon Logo", "pcs", 28000, 4000, 10)]),
    ("BKS2", "Kebersihan Sentosa Tambun", "kecil", "32.16", "", True, [
        ("pembersih-lantai", "X", "Cairan Pembersih Lantai Wangi Sereh Jerigen 5 L", "jerigen", 55000, 2000, 3),
        ("sabun-cuci-tangan", "X", "Sabun Cuci Tangan Cair Refill 5 Liter", "jerigen", 65000, 1500, 3),
        ("sabun-cuci-piring", "X", "Sabun Cuci Piring Jeruk Nipis 5 L", "jerigen", 45000, 1500, 3)]),
    ("BKS3", "Koperasi Karyawan Bekasi Mandiri", "koperasi", "32.75", "", True, [
        ("paket-sembako", "X", "Paket Sembako Bansos (Beras 5 kg, Minyak 1 L, Gula 1 kg, Mie 5)", "paket", 135000,
         5000, 5)]),
    ("KRW1", "Gapoktan Tani Makmur Karawang", "koperasi", "32.15", "", True, [
        ("beras-organik", "T", "Beras Organik Pandan Wangi 5 kg", "karung", 95000, 3000, 5),
        ("beras-premium", "T", "Beras Premium Setra Ramos 25 kg", "karung", 335000, 800, 5)]),
    ("KRW2", "Kerupuk Bu Sari Rengasdengklok", "mikro", "32.15", "pirt", True, [
        ("rengginang", "M", "Rengginang Ketan Terasi Mentah 500 gr", "pak", 25000, 1000, 3),
        ("kerupuk-udang", "M", "Kerupuk Udang Mentah Super 500 gr", "pak", 45000, 800, 3)]),
    ("BDG1", "Katering Sawargi", "menengah", "32.73", "halal", True, [
        ("nasi-kotak", "J", "Nasi Box Ayam Bakar Madu + Sayur + Buah", "box", 35000, 6000, 2),
        ("snack-box", "J", "Snack Box Isi 3 Kue + Air Mineral", "box", 17500, 8000, 1),
        ("nasi-kotak", "J", "Lunch Box Bento Sunda", "box", 40000, 2000, 2),
        ("coffee-break", "J", "Paket Coffee Break Seminar", "pax", 30000, 4000, 1)]),
    ("BDG2", "Sanggar Angklung Padasuka Rahayu", "mikro", "32.73", "", True, [
        ("angklung-mini", "K", "Angklung Mini Souvenir Gantungan", "pcs", 12000, 5000, 7),
        ("angklung-set", "K", "Angklung Set 1 Oktaf (8 nada) Bambu Hitam", "set", 450000, 60, 14),
        ("wayang-golek", "K", "Wayang Golek Mini Cepot 30 cm", "pcs", 125000, 200, 10)]),
    ("BDG3", "Dago Merch & Souvenir", "kecil", "32.73", "", True, [
        ("tumbler", "K", "Tumbler Stainless 500 ml Custom Grafir Logo", "pcs", 75000, 2000, 7),
        ("mug", "K", "Mug Keramik Custom Print Logo", "pcs", 25000, 3000, 7),
        ("seminar-kit", "C", "Seminar Kit Paket (Tas, Map, Blocknote, Pulpen)", "paket", 65000, 2000, 7),
        ("lanyard", "C", "Lanyard Tali ID Card Printing 2 cm + Stopper", "pcs", 9500, 10000, 5),
        ("idcard", "C", "ID Card PVC Cetak 2 Sisi", "pcs", 6000, 10000, 3),
        ("pulpen", "C", "Pulpen Custom Logo Cetak", "pcs", 3500, 20000, 5)]),
    ("BDG4", "Percetakan Cikapundung Offset", "kecil", "32.73", "", True, [
        ("map-seminar", "C", "Map Seminar Art Carton 260 gr Cetak Full Color Logo", "pcs", 7500, 10000, 5),
        ("blocknote", "C", "Blocknote A5 50 lembar Cover Cetak Logo", "pcs", 9000, 10000, 5),
        ("kalender", "C", "Kalender Meja 2027 Custom", "pcs", 25000, 3000, 7),
        ("amplop-kop", "C", "Amplop Kop Instansi Putih 110 (per box 100)", "box", 85000, 500, 5),
        ("buku-agenda", "C", "Buku Agenda Hard Cover Logo Instansi A5", "pcs", 45000, 1500, 10)]),
    ("BDG5", "Batik Sekar Parahyangan", "menengah", "32.73", "batikmark", True, [
        ("batik-cap-sunda", "F", "Kain Batik Cap Motif Merak Ngibing 2 m", "lembar", 185000, 500, 10),
        ("kemeja-batik", "F", "Kemeja Batik Cap Pria Slimfit Lengan Panjang", "pcs", 165000, 1000, 10),
        ("batik-printing", "F", "Kain Batik Printing Motif Mega Mendung", "lembar", 65000, 3000, 5)]),
    ("BDG6", "Rumah Jamu Ibu Imas", "mikro", "32.73", "pirt", True, [
        ("jamu-segar", "H", "Jamu Kunyit Asam Botol 250 ml (segar)", "botol", 10000, 2000, 1),
        ("jamu-beras-kencur", "H", "Jamu Beras Kencur Botol 250 ml", "botol", 10000, 1500, 1),
        ("hampers-jamu", "H", "Hampers Herbal Nusantara (4 Jamu Serbuk + Madu)", "paket", 185000, 200, 5),
        ("teh-kelor", "H", "Teh Daun Kelor Celup isi 20", "box", 25000, 1000, 3)]),
    ("JKS1", "Catering Dapur Senopati", "kecil", "31.74", "halal", True, [
        ("nasi-kotak", "J", "Nasi Kotak Paket Rapat Ayam Kremes", "porsi", 38000, 5000, 2),
        ("snack-box", "J", "Kue Kotak Rapat 4 Item", "kotak", 20000, 5000, 1),
        ("prasmanan", "J", "Prasmanan Buffet Menu Internasional", "pax", 125000, 2000, 5),
        ("coffee-break", "J", "Coffee Break Pagi & Sore (2x)", "pax", 45000, 3000, 1)]),
    ("JKS2", "Kemang Craft Gift & Hampers", "kecil", "31.74", "", True, [
        ("hampers-spa", "S", "Spa Gift Set Hampers (Sabun, Lulur, Lilin Aromaterapi, Body Butter)", "paket", 225000,
         300, 7),
        ("lilin-aroma", "S", "Aromatherapy Candle Soy Wax Lavender 100gr", "pcs", 65000, 800, 7),
        ("reed-diffuser", "S", "Reed Diffuser 100 ml", "botol", 85000, 500, 7),
        ("hampers-kopi", "N", "Hampers Kopi Nusantara (3 x 200 gr) + Mug", "paket", 275000, 200, 7)]),
    ("BDL1", "Keripik Pisang Mbak Lis Pagar Alam", "kecil", "18.71", "pirt;halal", True, [
        ("keripik-pisang-coklat", "M", "Keripik Pisang Cokelat Khas Lampung 250 gr", "pak", 30000, 3000, 3),
        ("keripik-pisang", "M", "Keripik Pisang Kepok Manis 500 gr", "pak", 40000, 2000, 3),
        ("kemplang", "M", "Kerupuk Kemplang Ikan Tenggiri Panggang 250 gr", "pak", 35000, 1500, 3)]),
    ("BDL2", "Tapis Lampung Ratu Balau", "kecil", "18.71", "", True, [
        ("tapis-kain", "F", "Kain Tapis Lampung Sulam Benang Emas 2 m", "lembar", 1250000, 30, 30),
        ("tapis-selendang", "F", "Selendang Tapis Lampung", "lembar", 350000, 100, 14),
        ("tas-tapis", "F", "Tas Tapis Lampung Handbag", "pcs", 185000, 200, 14),
        ("peci-tapis", "F", "Peci / Kopiah Motif Tapis", "pcs", 75000, 500, 10)]),
    ("BDL3", "Catering Begawi Tanjungkarang", "kecil", "18.71", "halal", True, [
        ("nasi-kotak", "J", "Nasi Kotak Seruit Ikan + Lalapan", "porsi", 35000, 2500, 2),
        ("snack-box", "J", "Snack Box Kue Khas Lampung (Engkak, Lapis Legit)", "box", 18000, 2000, 1)]),
    ("BDL4", "Siger Perak Craft", "mikro", "18.71", "", True, [
        ("bros-siger", "P", "Bros Siger Lampung Perak 925", "pcs", 275000, 100, 14),
        ("cincin-perak", "P", "Cincin Perak 925 Motif Tapis", "pcs", 225000, 150, 14),
        ("bros-siger-imitasi", "P", "Bros Siger Kuningan Lapis Emas (Imitasi)", "pcs", 45000, 1000, 7),
        ("miniatur-siger", "K", "Miniatur Siger Lampung Kuningan 20 cm", "pcs", 250000, 100, 14)]),
    ("TGM1", "Koperasi Kopi Robusta Tanggamus", "koperasi", "18.06", "halal;pirt", True, [
        ("kopi-robusta-bubuk", "N", "Kopi Bubuk Robusta Tanggamus 250 gr", "pak", 35000, 3000, 3),
        ("kopi-robusta-green", "N", "Green Bean Robusta Tanggamus Grade 1 1 kg", "kg", 75000, 2000, 3),
        ("bibit-kopi", "T", "Bibit Kopi Robusta Stek Polybag", "batang", 5000, 20000, 7)]),
    ("PSW1", "UD Pandai Besi Gadingrejo", "mikro", "18.10", "", True, [
        ("parang", "L", "Parang Kebun Baja Per Gagang Kayu", "pcs", 75000, 400, 7),
        ("cangkul", "L", "Cangkul Tempa Baja 2 kg", "pcs", 85000, 400, 7),
        ("pisau-sadap", "L", "Pisau Sadap Karet", "pcs", 45000, 500, 7)]),
    ("PSW2", "Anyaman Bambu Pringsewu Lestari", "mikro", "18.10", "", True, [
        ("besek", "K", "Besek Bambu Tutup 20 x 20 cm", "pcs", 3500, 20000, 5),
        ("tudung-saji", "K", "Tudung Saji Bambu Anyam Diameter 50 cm", "pcs", 35000, 500, 5),
        ("kap-lampu", "K", "Kap Lampu Hias Bambu", "pcs", 85000, 200, 7)]),
    ("PSW3", "Kakao Pesawaran Chocolate", "mikro", "18.09", "pirt;halal", True, [
        ("cokelat-batang", "M", "Dark Chocolate Bar 70% Kakao Lampung 50 gr", "pcs", 25000, 2000, 5),
        ("cokelat-bubuk", "N", "Cokelat Bubuk Minuman Kakao Lampung 200 gr", "pak", 45000, 1000, 5)]),
    ("LTM1", "Poklahsar Labuhan Maringgai", "koperasi", "18.07", "pirt", True, [
        ("kerupuk-ikan", "M", "Kerupuk Ikan Kakap Mentah 500 gr", "pak", 32000, 2000, 3),
        ("terasi", "M", "Terasi Udang Rebon 250 gr", "pak", 20000, 1500, 3),
        ("teri-asin", "M", "Ikan Teri Asin Kering 500 gr", "pak", 55000, 800, 3)]),
    ("LTM2", "Pembibitan & Pakan Way Jepara", "kecil", "18.07", "", True, [
        ("bibit-lada", "T", "Bibit Lada Perdu Natar 1 Polybag", "polybag", 12000, 5000, 7),
        ("pelet-ikan", "T", "Pelet Ikan Apung Protein 30% Karung 30 kg", "karung", 325000, 500, 3),
        ("pakan-ayam", "T", "Pakan Ayam Kampung Fermentasi 25 kg", "karung", 185000, 400, 3),
        ("maggot", "T", "Maggot BSF Kering 1 kg", "kg", 65000, 500, 3),
        ("madu-randu", "H", "Madu Randu Lampung Timur 250 gr", "botol", 65000, 300, 5)]),
    ("MTR1", "Benih Ikan Mina Metro", "kecil", "18.72", "", True, [
        ("bibit-lele", "T", "Benih Lele Sangkuriang 7-8 cm", "ekor", 250, 200000, 3),
        ("bibit-nila", "T", "Bibit Ikan Nila Merah 5-7 cm", "ekor", 350, 100000, 3),
        ("bumbu-pecel", "M", "Bumbu Pecel Kacang Khas Metro 250 gr", "pak", 18000, 1000, 3)]),
    ("YGY1", "Wedang Uwuh Sekar Kedhaton", "mikro", "34.71", "pirt", True, [
        ("wedang-uwuh", "N", "Wedang Uwuh Sachet Kotak isi 10", "box", 30000, 2000, 5),
        ("wedang-jahe", "N", "Wedang Jahe Merah Instan 250 gr", "pak", 28000, 1500, 5)]),
    ("CRB1", "Rotan Tegalwangi Furniture", "kecil", "32.74", "svlk", True, [
        ("kursi-rotan", "U", "Kursi Teras Rotan Sintetis Set 2 Kursi + 1 Meja", "set", 1850000, 60, 21),
        ("sofa-rotan", "U", "Sofa Rotan Tamu 3-1-1 + Meja", "set", 6500000, 15, 30),
        ("keranjang-rotan", "K", "Keranjang Parsel Rotan Oval", "pcs", 45000, 1000, 7)]),
    ("KSR4", "PT Kopi Banten Raya", "besar", "36.04", "halal", True, [
        ("kopi-robusta-bubuk", "N", "Kopi Bubuk Robusta Banten 250 gr", "pak", 25000, 50000, 3)]),
    ("KSR5", "Konveksi Batik Serang Lama", "kecil", "36.04", "", False, [
        ("kemeja-batik", "F", "Kemeja Batik Tulis Lengan Panjang", "pcs", 150000, 1000, 7)]),
    ("KSR6", "Kosmetik Herbal Ayu Cikande", "kecil", "36.04", "bpom;halal", True, [
        ("lulur", "S", "Lulur Bengkoang Tradisional 200 gr", "pot", 35000, 800, 5),
        ("minyak-kemiri", "S", "Minyak Kemiri Penyubur Rambut 100 ml", "botol", 30000, 1000, 5),
        ("lip-balm", "S", "Lip Balm Beeswax Madu 10 gr", "pcs", 25000, 1500, 5),
        ("hand-sanitizer", "S", "Hand Sanitizer Gel 500 ml", "botol", 45000, 2000, 5)]),
    ("KSR7", "Jamu & Herbal Ki Sunda Anyer", "mikro", "36.04", "pirt-expired", True, [
        ("vco", "H", "Virgin Coconut Oil (VCO) 250 ml", "botol", 45000, 800, 5),
        ("jahe-serbuk", "H", "Serbuk Jahe Merah Instan Gula Aren 250 gr", "pak", 30000, 1000, 5),
        ("kayu-putih", "H", "Minyak Kayu Putih Asli 60 ml", "botol", 30000, 1500, 5),
        ("temulawak", "H", "Temulawak Instan 200 gr", "pak", 27000, 1000, 5)]),
    ("MTR2", "Mutiara Sekarbela Lombok", "kecil", "52.71", "", True, [
        ("kalung-mutiara", "P", "Kalung Mutiara Air Tawar 45 cm", "pcs", 350000, 200, 10),
        ("gelang-mutiara", "P", "Gelang Mutiara Air Laut Lombok", "pcs", 450000, 100, 10),
        ("anting-mutiara", "P", "Anting Mutiara Air Tawar", "pasang", 150000, 300, 10)]),
]

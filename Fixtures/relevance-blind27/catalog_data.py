"""Hand-written suppliers and products of relevance-blind27 (fictional). Kinds are the labeller's tags only."""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Made and eaten the same day or within days: capacity_per_month >= quantity, and near producers first.
PERISHABLE = {"nasi-kotak", "snack-box", "nasi-liwet", "prasmanan", "tumpeng-mini", "nasi-jamblang", "empal-gentong",
              "coffee-break", "jamu-kunyit-asam", "beras-kencur", "selada", "tape-ketan", "susu-pasteur"}

# key, name, scale, region, certificates, active, [(kind, name, unit, unit_price, capacity/month, lead days)]
SUPPLIERS = [
    ("M1", "Olahan Ikan Bu Enong Pontang", "mikro", "36.04", "halal;pirt", True, [
        ("krupuk-ikan", "Kerupuk Ikan Tenggiri Mentah 250 gr", "pack", 18000, 600, 5),
        ("otak-otak", "Otak-otak Bandeng Frozen isi 10", "pack", 25000, 300, 3)]),
    ("M2", "UMKM Sambel Cumi Mak Ijah", "mikro", "36.01", "halal;pirt", True, [
        ("sambal-cumi", "Sambal Cumi Asin Botol 150 ml", "botol", 28000, 500, 4),
        ("sambal-bawang", "Sambal Bawang Pedas Jar 200 gr", "botol", 22000, 500, 4)]),
    ("M3", "Kemplang & Keripik Pisang Kota Agung", "kecil", "18.06", "halal;pirt", True, [
        ("keripik-pisang", "Keripik Pisang Coklat 250 gr", "pack", 20000, 2000, 5),
        ("kemplang", "Kemplang Panggang Ikan Tenggiri 200gr", "pack", 30000, 800, 5)]),
    ("M4", "Jenang Menara Kudus", "kecil", "33.19", "halal;pirt", True, [
        ("jenang-kudus", "Jenang Kudus Original Besek 500 gr", "besek", 35000, 1000, 7)]),
    ("M5", "Telur Asin H. Darto Brebes", "kecil", "33.29", "pirt", True, [
        ("telur-asin", "Telur Asin Bebek Brebes Matang", "butir", 4500, 20000, 3),
        ("bawang-goreng", "Bawang Goreng Brebes 250 gr", "pack", 30000, 2000, 4)]),
    ("M6", "Koperasi Susu Sapi Lembang Mukti", "koperasi", "32.17", "halal;pirt", True, [
        ("yoghurt", "Yoghurt Susu Sapi Lembang 250 ml", "botol", 9000, 5000, 2),
        ("tahu-susu", "Tahu Susu Lembang isi 20", "pack", 20000, 1500, 2),
        ("dodol-susu", "Dodol Susu Lembang 250gr", "pack", 25000, 1500, 5)]),
    ("M7", "Dapur Abon & Empal Cirebon", "mikro", "32.74", "halal;pirt-expired", True, [
        ("abon-ikan", "Abon Ikan Tongkol Pedas 100 gr", "pcs", 25000, 1000, 5),
        ("empal", "Empal Gepuk Sapi Frozen 500 gr", "pack", 75000, 400, 4),
        ("kerupuk-udang", "Kerupuk Udang Cirebon Mentah 500gr", "pack", 45000, 1000, 5)]),
    ("M8", "Tape Ketan Bu Nining Kuningan", "mikro", "32.08", "pirt", True, [
        ("tape-ketan", "Tape Ketan Daun Jambu Kuningan", "bungkus", 15000, 1500, 2),
        ("nastar", "Nastar Nanas Toples 500 gr", "toples", 85000, 600, 7)]),
    ("M9", "PT Snack Nusantara Makmur", "besar", "32.16", "halal;pirt;iso-9001", True, [
        ("keripik-singkong", "Keripik Singkong Balado 1 kg", "pack", 45000, 20000, 3)]),
    ("N1", "Kopi Robusta Sumber Jaya Tanggamus", "kecil", "18.06", "halal;pirt", True, [
        ("kopi-robusta-bubuk", "Kopi Bubuk Robusta Tanggamus 250 gr", "pack", 35000, 3000, 5),
        ("kopi-biji", "Green Bean Robusta Lampung Grade 1", "kg", 90000, 2000, 7)]),
    ("N2", "Koperasi Kakao Sekampung", "koperasi", "18.07", "halal;pirt", True, [
        ("cokelat-bubuk", "Bubuk Cokelat Murni 200 gr", "pack", 30000, 1500, 5),
        ("cokelat-minuman", "Minuman Cokelat Instan Sachet isi 10", "box", 25000, 2000, 5)]),
    ("N3", "Sari Buah Gunung Ciremai", "mikro", "32.08", "halal;pirt", True, [
        ("sirup-markisa", "Sirup Markisa Kuningan 620 ml", "botol", 35000, 800, 5),
        ("jahe-instan", "Sari Jahe Merah Instan 250 gr", "pack", 30000, 1500, 5)]),
    ("N4", "Kebun Teh & Susu Cisarua Bandung Barat", "kecil", "32.17", "halal;pirt", True, [
        ("teh-hijau", "Teh Hijau Daun Kering 100 gr", "pack", 25000, 1500, 5),
        ("susu-pasteur", "Susu Sapi Segar Pasteurisasi 1 Liter", "botol", 20000, 3000, 1)]),
    ("N5", "CV Tirta Karang Pandeglang", "kecil", "36.01", "halal;bpom;sni", True, [
        ("amdk-gelas", "Air Mineral Gelas 220 ml isi 48", "dus", 22000, 8000, 3),
        ("amdk-botol-600", "Air Mineral Botol 600 ml isi 24", "dus", 45000, 5000, 3)]),
    ("J1", "Catering Dapur Ibu Ratna", "kecil", "36.01", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar + Lalapan", "porsi", 30000, 3000, 2),
        ("snack-box", "Snack Box 3 Macam Kue Basah", "kotak", 12000, 3000, 2)]),
    ("J2", "RM Sunda Sari Rasa Padalarang", "mikro", "32.17", "halal", True, [
        ("nasi-liwet", "Nasi Liwet Komplit Bungkus Daun", "porsi", 28000, 1500, 2),
        ("prasmanan", "Prasmanan Menu Sunda per pax", "pax", 45000, 2000, 3)]),
    ("J3", "Katering Berkah Gunung Sugih", "kecil", "18.02", "halal", True, [
        ("nasi-kotak", "Nasi Box Ayam Goreng Lengkap", "porsi", 27000, 2500, 2),
        ("tumpeng-mini", "Nasi Tumpeng Kuning Mini (1 porsi)", "porsi", 35000, 500, 2)]),
    ("J4", "Nasi Jamblang Mang Dul", "mikro", "32.74", "halal", True, [
        ("nasi-jamblang", "Nasi Jamblang Paket Rapat", "porsi", 25000, 2000, 1),
        ("empal-gentong", "Empal Gentong per porsi", "porsi", 30000, 1000, 1)]),
    ("J5", "Kue Basah Bu Tati Brebes", "mikro", "33.29", "halal;pirt", True, [
        ("snack-box", "Kue Kotak Isi 4 (Lemper, Risol, Bolu, Pastel)", "kotak", 10000, 4000, 2)]),
    ("J6", "Jakarta Catering Service", "kecil", "31.74", "halal", True, [
        ("nasi-kotak", "Nasi Box Premium Menu Nusantara", "porsi", 45000, 5000, 2),
        ("coffee-break", "Coffee Break Paket Rapat (kopi/teh + 2 kue)", "pax", 20000, 5000, 2)]),
    ("J7", "Dapur Sehat Cigugur", "mikro", "32.08", "halal", True, [
        ("nasi-kotak", "Nasi Box Ayam Bakar", "porsi", 26000, 1200, 2)]),
    ("F1", "Tapis Siger Mas", "kecil", "18.71", "", True, [
        ("kain-tapis", "Kain Tapis Lampung Motif Pucuk Rebung Sulam Benang Emas", "lembar", 1500000, 40, 21),
        ("selendang-tapis", "Selendang Tapis Mini", "lembar", 250000, 150, 10)]),
    ("F2", "Batik Kahuripan Rangkasbitung", "mikro", "36.02", "batikmark", True, [
        ("batik-cap-baduy", "Kain Batik Cap Motif Baduy 2 m", "lembar", 150000, 600, 7)]),
    ("F3", "Batik Tulis Ki Gede Trusmi", "kecil", "32.09", "batikmark", True, [
        ("batik-tulis-megamendung", "Kain Batik Tulis Mega Mendung Sutra 2,4 m", "lembar", 950000, 60, 21),
        ("kemeja-batik-cap", "Kemeja Batik Cap Mega Mendung Pria Lengan Panjang", "pcs", 185000, 800, 14)]),
    ("F4", "Konveksi Seragam Tangerang Jaya", "kecil", "36.71", "", True, [
        ("pdh", "Seragam PDH Khaki Bahan American Drill (jahit ukur)", "stel", 275000, 1500, 21),
        ("polo", "Polo Shirt Bordir Logo Bahan Lacoste CVC", "pcs", 85000, 3000, 14),
        ("rompi", "Rompi Lapangan Drill Multi Saku", "pcs", 120000, 1000, 14)]),
    ("F5", "Sablon Kaos Metro Kreasi", "mikro", "18.72", "", True, [
        ("kaos-sablon", "Kaos Cotton Combed 30s Sablon DTF", "pcs", 55000, 2000, 7),
        ("topi", "Topi Baseball Bordir", "pcs", 35000, 1500, 7)]),
    ("F6", "Sepatu Kulit Ciomas Bogor", "kecil", "32.01", "", True, [
        ("pantofel-pria", "Sepatu Pantofel Kulit Sapi Pria Hitam", "pasang", 350000, 400, 14),
        ("sandal-hotel", "Sandal Hotel Spunbond Putih", "pasang", 4500, 20000, 5)]),
    ("F7", "Mukena & Sarung Kauman Pekalongan", "kecil", "33.75", "", True, [
        ("mukena", "Mukena Katun Rayon Bordir Dewasa", "pcs", 145000, 600, 10),
        ("sarung-tenun", "Sarung Tenun Goyor ATBM", "lembar", 165000, 400, 14)]),
    ("F8", "PT Garmen Karawang Sejahtera", "besar", "32.15", "iso-9001", True, [
        ("pdh", "Seragam PDH Drill Grosir Dinas", "stel", 150000, 50000, 14)]),
    ("F9", "Kulit Sukaregang Garut", "mikro", "32.05", "", True, [
        ("dompet-kulit", "Dompet Kulit Sapi Asli Pria", "pcs", 125000, 500, 7),
        ("tas-seminar", "Tas Seminar Kanvas Resleting + Sablon Logo", "pcs", 45000, 3000, 10),
        ("ikat-pinggang", "Ikat Pinggang Kulit Sapi", "pcs", 95000, 500, 7)]),
    ("K1", "Anyaman Pandan Mekarsari", "mikro", "36.01", "", True, [
        ("tikar-pandan", "Tikar Pandan Anyam 2x3 m", "lembar", 175000, 80, 10),
        ("tas-pandan", "Tas Anyaman Pandan Motif", "pcs", 65000, 300, 7),
        ("kotak-tisu-pandan", "Kotak Tisu Anyaman Pandan", "pcs", 35000, 400, 7)]),
    ("K2", "Kerajinan Bambu Cibeber", "mikro", "36.02", "", True, [
        ("besek", "Besek Bambu 20x20 Tutup", "pcs", 3500, 10000, 5),
        ("tempat-pensil-bambu", "Tempat Pensil Bambu Ukir Nama", "pcs", 25000, 1000, 7)]),
    ("K3", "Gerabah Sitiwinangun", "mikro", "32.09", "", True, [
        ("guci", "Guci Gerabah Hias Tinggi 40 cm", "pcs", 150000, 200, 10),
        ("pot-tanah-liat", "Pot Tanah Liat Diameter 25 cm", "pcs", 18000, 2000, 5),
        ("celengan", "Celengan Gerabah Karakter", "pcs", 15000, 1500, 5)]),
    ("K4", "Akrilik Kreasi Kota Serang", "mikro", "36.73", "", True, [
        ("plakat-akrilik", "Plakat Akrilik Grafir 15x20 + Box", "pcs", 150000, 500, 5),
        ("gantungan-akrilik", "Gantungan Kunci Akrilik Custom", "pcs", 5000, 10000, 5)]),
    ("K5", "Ukir Kayu Jepara Karya", "kecil", "33.20", "svlk", True, [
        ("plakat-kayu", "Plakat Kayu Jati Ukir Logo", "pcs", 225000, 200, 10),
        ("miniatur-kapal", "Miniatur Kapal Pinisi Kayu 40 cm", "pcs", 350000, 80, 14)]),
    ("K6", "Mainan Edukatif Kayu Cibitung", "kecil", "32.16", "sni", True, [
        ("puzzle-kayu", "Puzzle Kayu Huruf & Angka", "set", 45000, 1500, 7),
        ("balok-kayu", "Balok Susun Kayu 50 pcs", "set", 85000, 600, 7),
        ("menara-donat", "Alat Peraga Edukatif Menara Donat", "pcs", 35000, 1000, 7)]),
    ("K7", "Rotan Metro Indah", "mikro", "18.72", "", False, [
        ("keranjang-rotan", "Keranjang Rotan Parsel", "pcs", 60000, 500, 5)]),
    ("K8", "Boneka Flanel Telukjambe", "mikro", "32.15", "", True, [
        ("boneka-maskot", "Boneka Maskot Flanel Custom 25 cm", "pcs", 55000, 1000, 10)]),
    ("P1", "Perak Bakar Pringsewu", "mikro", "18.10", "", True, [
        ("bros-perak", "Bros Perak 925 Motif Siger", "pcs", 275000, 150, 10),
        ("cincin-perak", "Cincin Perak Batu Akik", "pcs", 185000, 200, 10)]),
    ("P2", "Manik Etnik Way Jepara", "mikro", "18.07", "", True, [
        ("kalung-manik", "Kalung Manik Kayu Etnik", "pcs", 35000, 1500, 7),
        ("gelang-tenun", "Gelang Tali Tenun Etnik", "pcs", 15000, 4000, 5)]),
    ("P3", "Pin & Lencana Cikupa", "kecil", "36.03", "", True, [
        ("pin-kuningan", "Pin Logo Bahan Kuningan Enamel 2,5 cm", "pcs", 22000, 5000, 10),
        ("medali", "Medali Kuningan Lapis Emas + Pita", "pcs", 35000, 3000, 10)]),
    ("P4", "Toko Emas & Perak Pekalipan", "menengah", "32.74", "sni", True, [
        ("liontin-perak", "Liontin Perak Kaligrafi", "pcs", 320000, 100, 10),
        ("cincin-emas", "Cincin Kawin Emas Kuning 70%", "pcs", 3500000, 20, 14)]),
    ("U1", "Rotan Tegalwangi Furniture", "kecil", "32.09", "iso-9001", True, [
        ("kursi-rotan-set", "Kursi Rotan Teras Set (2 kursi + meja)", "set", 2450000, 40, 21),
        ("sofa-rotan", "Sofa Rotan Sintetis 3 Dudukan", "unit", 4200000, 20, 21)]),
    ("U2", "Mebel Jati Jepara Abadi", "menengah", "33.20", "svlk", True, [
        ("meja-kerja-jati", "Meja Kerja Jati 120x60 Laci 2", "unit", 2750000, 60, 21),
        ("lemari-arsip-kayu", "Lemari Arsip Kayu Jati 4 Pintu", "unit", 4500000, 30, 30)]),
    ("U3", "Meubel Besi Las Cikupa", "mikro", "36.03", "", True, [
        ("rak-besi", "Rak Besi Siku Lubang 5 Susun 200x90x40", "unit", 650000, 200, 10),
        ("kursi-lipat-besi", "Kursi Lipat Besi Model Chitose", "unit", 185000, 500, 10)]),
    ("U4", "Mebel Sekolah Terbanggi", "kecil", "18.02", "", True, [
        ("meja-kursi-siswa", "Meja Kursi Siswa SD 1 Set Kayu Mahoni", "set", 650000, 300, 21),
        ("whiteboard", "Papan Tulis Whiteboard Kaki 120x240", "unit", 1250000, 80, 14)]),
    ("U5", "Bale Bambu Saketi", "mikro", "36.01", "", True, [
        ("bale-bambu", "Bale-bale Bambu 2x1 m", "unit", 850000, 30, 14)]),
    ("H1", "Jamu Gendong Bu Sri Laweyan", "mikro", "33.72", "pirt", True, [
        ("jamu-kunyit-asam", "Jamu Kunyit Asam Botol 250 ml (segar)", "botol", 7000, 2000, 1),
        ("beras-kencur", "Beras Kencur Botol 250 ml", "botol", 7000, 2000, 1)]),
    ("H2", "Herbal Temulawak Sukadana", "kecil", "18.07", "pirt;bpom", True, [
        ("temulawak-instan", "Serbuk Temulawak Instan 200 gr", "pack", 25000, 3000, 5),
        ("kapsul-kelor", "Kapsul Kelor 60 Kapsul", "botol", 45000, 2000, 5)]),
    ("H3", "Madu Hutan Kanekes", "mikro", "36.02", "", True, [
        ("madu-hutan", "Madu Hutan Murni 500 gr Botol", "botol", 120000, 400, 5),
        ("madu-kelulut", "Madu Klanceng / Kelulut 250 ml", "botol", 150000, 100, 7)]),
    ("H4", "Rempah Sehat Kuningan", "mikro", "32.08", "pirt", True, [
        ("minyak-kayu-putih", "Minyak Kayu Putih 60 ml", "botol", 28000, 2000, 5),
        ("wedang-jahe-celup", "Rempah Wedang Jahe Celup 20 sachet", "box", 20000, 2000, 5)]),
    ("H5", "Koperasi Herbal Tani Ciawi", "koperasi", "32.01", "bpom", True, [
        ("rosela", "Teh Rosella Kering 100 gr", "pack", 25000, 1500, 5),
        ("jahe-merah-bubuk", "Jahe Merah Bubuk Murni 250 gr", "pack", 40000, 1500, 5)]),
    ("S1", "Sabun Sereh Wangi Gisting", "mikro", "18.06", "bpom", True, [
        ("sabun-batang", "Sabun Batang Sereh Wangi 100 gr", "pcs", 12000, 3000, 5),
        ("lilin-aroma", "Lilin Aromaterapi Sereh Gelas 150 gr", "pcs", 45000, 600, 7)]),
    ("S2", "Natural Soap Bogor", "kecil", "32.71", "bpom", True, [
        ("sabun-cuci-tangan", "Sabun Cair Cuci Tangan Refill 5 Liter", "jerigen", 95000, 800, 5),
        ("hand-sanitizer", "Hand Sanitizer Gel 500 ml", "botol", 35000, 2000, 5)]),
    ("S3", "Minyak Kemiri Seputih Banyak", "mikro", "18.02", "bpom", True, [
        ("minyak-kemiri", "Minyak Kemiri Penyubur Rambut 100 ml", "botol", 30000, 1500, 5),
        ("lulur", "Lulur Mandi Bengkoang 250 gr", "pcs", 25000, 1000, 5)]),
    ("S4", "Aroma Sereh Karawang", "mikro", "32.15", "bpom", True, [
        ("reed-diffuser", "Diffuser Reed Aromaterapi 100 ml", "pcs", 65000, 500, 7)]),
    ("L1", "Pandai Besi Sumber Tani Pringsewu", "mikro", "18.10", "", True, [
        ("cangkul", "Cangkul Baja Tempa Gagang Kayu", "pcs", 95000, 600, 7),
        ("arit", "Arit / Sabit Rumput Baja Per", "pcs", 45000, 1000, 7),
        ("parang", "Parang Kebun 14 inch", "pcs", 85000, 500, 7)]),
    ("L2", "Bengkel Las Teralis Karya Mandiri", "mikro", "36.71", "", True, [
        ("teralis-besi", "Teralis Jendela Besi Hollow per m2", "m2", 450000, 150, 10),
        ("pagar-besi", "Pagar Besi Minimalis per meter", "meter", 650000, 100, 14),
        ("tiang-bendera", "Tiang Bendera Stainless 6 m", "unit", 3500000, 20, 14)]),
    ("L3", "Alat Dapur Logam Talang", "kecil", "33.28", "sni", True, [
        ("panci", "Panci Stainless Steel 30 cm", "pcs", 175000, 500, 7),
        ("wajan", "Wajan Besi Cor 40 cm", "pcs", 120000, 400, 7),
        ("pisau-dapur-set", "Pisau Dapur Stainless Set 5 pcs", "set", 95000, 800, 7)]),
    ("L4", "Kuningan Etsa Cikarang", "mikro", "32.16", "", True, [
        ("plakat-kuningan", "Plakat Logam Kuningan Etsa 20x25 Alas Kayu", "pcs", 350000, 200, 10)]),
    ("L5", "Golok Sembelih Cilimus", "mikro", "32.08", "", False, [
        ("golok", "Golok Sembelih Baja Per", "pcs", 110000, 300, 7)]),
    ("C1", "Percetakan Mandiri Kota Serang", "kecil", "36.73", "", True, [
        ("buku-yasin", "Cetak Buku Yasin Hard Cover 160 hal", "eks", 18000, 5000, 10),
        ("map-folder", "Map Folder Logo Art Carton 260 gr", "pcs", 4500, 10000, 7),
        ("kop-surat", "Kop Surat HVS 80 gr per rim", "rim", 120000, 500, 7)]),
    ("C2", "Digital Printing Metro Grafika", "mikro", "18.72", "", True, [
        ("spanduk", "Spanduk Flexi 280 gr per meter", "m2", 25000, 3000, 2),
        ("x-banner", "X-Banner 60x160 + Rangka", "pcs", 85000, 500, 2),
        ("roll-up", "Roll Up Banner 80x200", "pcs", 350000, 150, 3)]),
    ("C3", "CV ATK Sumber Ilmu", "kecil", "18.02", "", True, [
        ("hvs-a4-70", "Kertas HVS A4 70 gram 1 Rim", "rim", 55000, 3000, 3),
        ("buku-tulis", "Buku Tulis Sekolah 38 Lembar", "pcs", 3500, 20000, 5),
        ("pulpen", "Pulpen Gel Hitam 0,5 mm (1 lusin)", "lusin", 30000, 2000, 3)]),
    ("C4", "Kemasan Dus Losari", "mikro", "33.29", "", True, [
        ("dus-nasi", "Dus Kemasan Nasi Kotak 20x20 Cetak Logo", "pcs", 1500, 50000, 7),
        ("paper-bag", "Paper Bag Kraft Sablon Logo 25x33", "pcs", 4500, 20000, 7)]),
    ("C5", "PT Kertas Nusantara Balaraja", "besar", "36.03", "sni;iso-9001", True, [
        ("hvs-80", "Kertas HVS A4 80 gr", "rim", 60000, 100000, 3)]),
    ("C6", "Grafika Linggarjati", "mikro", "32.08", "", True, [
        ("sertifikat", "Cetak Sertifikat / Piagam Art Carton 260 gr", "lembar", 3500, 10000, 5),
        ("kalender", "Kalender Dinding 2027 6 Lembar", "eks", 25000, 3000, 14)]),
    ("T1", "Nursery Sukamaju Ciseeng", "mikro", "32.01", "", True, [
        ("aglonema", "Bibit Aglonema Red Sumatra Pot 15", "pot", 65000, 800, 5),
        ("sansevieria", "Tanaman Hias Sansevieria (Lidah Mertua) Pot 20", "pot", 35000, 1500, 5)]),
    ("T2", "Kebun Bibit Buah Bandar Jaya", "kecil", "18.02", "", True, [
        ("bibit-alpukat", "Bibit Alpukat Miki Okulasi 60 cm", "batang", 35000, 3000, 7),
        ("bibit-durian", "Bibit Durian Musang King Sambung Pucuk", "batang", 45000, 2000, 7),
        ("bibit-kopi", "Bibit Kopi Robusta Polybag", "batang", 3000, 20000, 7)]),
    ("T3", "Koi & Cupang Farm Pasar Kemis", "mikro", "36.03", "", True, [
        ("koi", "Ikan Koi Kohaku 15 cm", "ekor", 50000, 500, 3),
        ("cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 35000, 1000, 3)]),
    ("T4", "Pakan Ternak Mandiri Batanghari", "kecil", "18.07", "sni", True, [
        ("pakan-ayam", "Pakan Ayam Petelur Konsentrat 50 kg", "karung", 375000, 400, 5),
        ("pakan-ikan", "Pakan Ikan Pelet Apung 30 kg", "karung", 320000, 300, 5)]),
    ("T5", "Pembenihan Ikan Mina Tirtayasa", "mikro", "36.04", "", True, [
        ("benih-nila", "Benih Ikan Nila Merah 5-7 cm", "ekor", 350, 100000, 3),
        ("benih-lele", "Benih Lele Sangkuriang 7-9 cm", "ekor", 300, 150000, 3)]),
    ("T6", "KWT Toga Asri Kuningan", "koperasi", "32.08", "", True, [
        ("bibit-toga", "Bibit Tanaman Obat Keluarga (Jahe, Kunyit, Kencur) Polybag", "polybag", 7500, 5000, 5)]),
    ("X1", "Sapu Ijuk & Keset Sabut Menes", "mikro", "36.01", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 2000, 5),
        ("keset-sabut", "Keset Sabut Kelapa 40x60", "pcs", 30000, 1500, 5),
        ("kemoceng", "Kemoceng Bulu Ayam", "pcs", 20000, 1000, 5)]),
    ("X2", "Perlengkapan Ibadah Rajapolah", "kecil", "32.78", "", True, [
        ("sajadah", "Sajadah Bordir Tasik", "pcs", 85000, 1000, 7),
        ("peci", "Peci Hitam Beludru", "pcs", 35000, 2000, 7),
        ("tasbih", "Tasbih Kayu Kokka 33 butir", "pcs", 25000, 1500, 7)]),
    ("X3", "Karbol Sereh Batuceper", "mikro", "36.71", "", True, [
        ("karbol", "Karbol Wangi Sereh 5 Liter Jerigen", "jerigen", 65000, 1000, 3),
        ("sabun-cuci-piring", "Sabun Cuci Piring Jeruk Nipis 5 L", "jerigen", 55000, 1000, 3)]),
    ("X4", "Alat Peraga Sekolah Karawang", "kecil", "32.15", "", True, [
        ("torso", "Alat Peraga Torso Tubuh Manusia 85 cm", "unit", 1850000, 50, 14),
        ("globe", "Globe Bola Dunia 30 cm", "unit", 175000, 300, 7)]),
    ("X5", "Tenda & Terpal Way Halim", "kecil", "18.71", "", True, [
        ("tenda-pleton", "Tenda Pleton Terpal 6x14", "unit", 8500000, 20, 14),
        ("terpal", "Terpal Plastik A5 4x6", "lembar", 85000, 1000, 3)]),
]

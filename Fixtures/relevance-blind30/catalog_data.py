"""Hand-written suppliers and products for relevance-blind30 (fictional). Each product: (kind, name, unit,
unit_price, capacity_per_month, lead_time_days). The kind is the labeller's tag and never reaches the CSVs."""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# one-day goods: the whole quantity in one month, and a producer near the need (labelling rule)
PERISHABLE = {"nasi-kotak", "snack-box", "nasi-liwet", "prasmanan", "nasi-uduk", "coffee-break", "tumpeng",
              "nasi-timbel", "jamu-kunyit-asam"}

SUPPLIERS = [
    # key, name, scale, region, certificates, active, products
    ("MA", "Kerupuk Ikan Bu Eha Karangantu", "mikro", "36.73", "halal;pirt", True, [
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri Mentah 500 gr", "pack", 28000, 800, 3),
        ("otak-otak", "Otak-otak Bandeng Frozen isi 10", "pack", 35000, 400, 2)]),
    ("MB", "Sambel Roa Teh Lilis", "mikro", "36.71", "pirt;halal", True, [
        ("sambal-roa", "Sambal Roa Botol 150 ml", "botol", 32000, 600, 3),
        ("sambal-bawang", "Sambal Bawang Pedas Level 5 botol 200 gr", "botol", 25000, 600, 3)]),
    ("MC", "UD Sale Pisang Rangkasbitung", "mikro", "36.02", "pirt", True, [
        ("sale-pisang", "Sale Pisang Ambon Gulung 250 gr", "pack", 22000, 500, 4),
        ("keripik-talas", "Keripik Talas Beneng Original 200 gr", "pack", 18000, 700, 3)]),
    ("MD", "Dapur Kue Mbak Rini", "kecil", "36.03", "halal;pirt", True, [
        ("nastar", "Nastar Wisman Toples 500 gr", "toples", 95000, 300, 5),
        ("kue-bawang", "Kue Bawang Gurih Toples 400 gr", "toples", 45000, 400, 4)]),
    ("ME", "Keripik Pisang Tanggamus Jaya", "mikro", "18.06", "pirt", True, [
        ("keripik-pisang", "Keripik Pisang Coklat Lumer 200 gr", "pack", 20000, 1000, 3),
        ("kemplang", "Kemplang Panggang Ikan Tenggiri 250 gr", "pack", 25000, 600, 3)]),
    ("MF", "Koperasi Peternak Susu Cisarua", "koperasi", "32.01", "halal;pirt", True, [
        ("dodol-susu", "Dodol Susu Sapi 250 gr", "pack", 30000, 800, 4),
        ("keju-lokal", "Keju Mozzarella Lokal 250 gr", "pack", 55000, 300, 3)]),
    ("MG", "Dendeng & Abon Bu Haji Metro", "mikro", "18.72", "halal;pirt", True, [
        ("dendeng-sapi", "Dendeng Sapi Balado 250 gr", "pack", 85000, 200, 4),
        ("abon-ikan", "Abon Ikan Tuna Pedas 100 gr", "pack", 30000, 400, 3)]),
    ("MH", "Emping Melinjo Cikeusal", "mikro", "36.04", "pirt-expired", True, [
        ("emping", "Emping Melinjo Super Tipis 1 kg", "kg", 110000, 300, 4)]),
    ("MI", "Keripik Tempe Sanan Tangerang", "mikro", "36.71", "pirt", False, [
        ("keripik-tempe", "Keripik Tempe Sagu Renyah 250 gr", "pack", 15000, 800, 3)]),
    ("NA", "Kopi Robusta Ulubelu Tanggamus", "kecil", "18.06", "halal;pirt", True, [
        ("kopi-robusta", "Kopi Bubuk Robusta Tanggamus 250 gr", "pack", 45000, 800, 3),
        ("green-bean", "Green Bean Robusta Grade 1 per kg", "kg", 65000, 1500, 5)]),
    ("NB", "Kakao Sukadana Lampung Timur", "mikro", "18.07", "pirt", True, [
        ("cokelat-bubuk", "Bubuk Cokelat Murni 250 gr", "pack", 55000, 400, 4),
        ("cokelat-sachet", "Minuman Cokelat Sachet isi 10", "pack", 30000, 600, 3)]),
    ("NC", "Sirup Pala Bogor Asli", "kecil", "32.01", "pirt;halal", True, [
        ("sirup-pala", "Sirup Pala Bogor 600 ml", "botol", 40000, 800, 3)]),
    ("ND", "Bir Pletok Enyak Betawi", "mikro", "31.75", "pirt;halal", True, [
        ("bir-pletok", "Bir Pletok Botol 350 ml", "botol", 15000, 1500, 2)]),
    ("NE", "Teh Telang Pandeglang", "mikro", "36.01", "pirt", True, [
        ("teh-telang", "Teh Bunga Telang Kering 50 gr", "pack", 25000, 500, 3)]),
    ("NF", "KUD Susu Etawa Ciomas", "koperasi", "36.04", "halal;pirt", True, [
        ("susu-kambing", "Susu Kambing Etawa Bubuk 200 gr", "pack", 60000, 500, 4),
        ("yoghurt", "Yoghurt Drink Susu Sapi 250 ml", "botol", 12000, 2000, 2)]),
    ("NG", "Tirta Karawang Sejahtera", "menengah", "32.15", "halal;bpom;sni", True, [
        ("amdk-gelas", "Air Minum Dalam Kemasan Gelas 220 ml dus isi 48", "dus", 22000, 20000, 2)]),
    ("NH", "PT Aqua Segar Nusantara", "besar", "36.03", "halal;bpom;sni", True, [
        ("amdk-botol", "Air Mineral Botol 600 ml dus isi 24", "dus", 48000, 50000, 2)]),
    ("JA", "Catering Berkah Ciruas", "kecil", "36.04", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar + Lalapan", "porsi", 35000, 2000, 2),
        ("snack-box", "Snack Box isi 3 Kue", "box", 15000, 3000, 1)]),
    ("JB", "Dapur Mak Encun", "mikro", "36.73", "halal", True, [
        ("nasi-liwet", "Nasi Liwet Komplit Tampah (10 orang)", "tampah", 350000, 60, 2),
        ("nasi-kotak", "Nasi Box Rendang", "porsi", 40000, 800, 2)]),
    ("JC", "Katering Sehati Metro", "kecil", "18.72", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Goreng Kremes", "porsi", 30000, 1500, 2),
        ("prasmanan", "Prasmanan Menu Nusantara per pax", "pax", 55000, 3000, 3)]),
    ("JD", "Catering Betawi Bang Jali", "kecil", "31.71", "halal", True, [
        ("nasi-uduk", "Nasi Uduk Box Komplit", "porsi", 32000, 2500, 1),
        ("snack-box", "Snack Box Kue Basah 3 macam", "box", 18000, 4000, 1),
        ("coffee-break", "Paket Coffee Break (2 kue + kopi/teh)", "pax", 25000, 3000, 1)]),
    ("JE", "Tumpeng Bu Yati", "mikro", "36.03", "", True, [
        ("tumpeng", "Nasi Tumpeng Kuning 30 porsi", "buah", 850000, 40, 2)]),
    ("JF", "Rumah Makan Timbel Karawang", "mikro", "32.15", "halal", True, [
        ("nasi-timbel", "Nasi Timbel Komplit", "porsi", 30000, 1000, 1)]),
    ("FA", "Tapis Lampung Sri Rejeki", "kecil", "18.10", "", True, [
        ("kain-tapis", "Kain Tapis Lampung Motif Pucuk Rebung 2 m", "lembar", 750000, 40, 14),
        ("selendang-tapis", "Selendang Tapis Sulam Usus", "pcs", 250000, 80, 10)]),
    ("FB", "Batik Banten Mukarnas", "kecil", "36.04", "batikmark", True, [
        ("batik-cap-banten", "Kain Batik Cap Motif Banten 2 m", "lembar", 185000, 300, 7),
        ("kemeja-batik", "Kemeja Batik Pria Lengan Panjang Motif Banten", "pcs", 175000, 400, 14)]),
    ("FC", "Konveksi Seragam Jaya Karawang", "kecil", "32.15", "", True, [
        ("pdh", "Pakaian Dinas Harian (PDH) Khaki Drill Setelan", "stel", 285000, 600, 21),
        ("kaos-polo", "Kaos Polo Bordir Logo Instansi", "pcs", 85000, 2000, 10),
        ("rompi", "Rompi Lapangan Drill", "pcs", 120000, 800, 10)]),
    ("FD", "Sablon Distro Metro", "mikro", "18.72", "", True, [
        ("kaos-sablon", "Kaos Sablon Cotton Combed 30s", "pcs", 55000, 1500, 7)]),
    ("FE", "Sepatu Sandal Ciomas Bogor", "mikro", "32.01", "", True, [
        ("pantofel-pria", "Sepatu Pantofel Kulit Pria", "pasang", 325000, 300, 14),
        ("sandal-hotel", "Sandal Hotel Spon Putih", "pasang", 4500, 20000, 5),
        ("selop-kulit", "Sandal Selop Kulit Pria", "pasang", 95000, 400, 7)]),
    ("FF", "Busana Muslim Nur Tangerang", "mikro", "36.71", "", True, [
        ("mukena", "Mukena Katun Rayon Bordir", "pcs", 150000, 300, 7),
        ("peci", "Kopiah Hitam Polos Beludru No. 7", "pcs", 35000, 1500, 5)]),
    ("FG", "Tas Seminar Cikarang", "kecil", "32.16", "", True, [
        ("tas-seminar", "Tas Seminar Kanvas Resleting", "pcs", 35000, 3000, 10),
        ("totebag", "Totebag Blacu Sablon 1 Warna", "pcs", 12000, 5000, 7)]),
    ("FH", "Kulit Asli Curug", "mikro", "36.03", "", True, [
        ("dompet-kulit", "Dompet Kulit Sapi Pria", "pcs", 120000, 300, 7),
        ("ikat-pinggang", "Ikat Pinggang Kulit Asli Gesper Logo", "pcs", 95000, 500, 10)]),
    ("KA", "Anyaman Pandan Bu Ijah", "mikro", "36.01", "", True, [
        ("tikar-pandan", "Tikar Pandan Motif 2x3 m", "lembar", 175000, 60, 10),
        ("tas-pandan", "Tas Anyaman Pandan Handle Kayu", "pcs", 65000, 200, 7)]),
    ("KB", "Kerajinan Bambu Cibeber", "mikro", "36.02", "", True, [
        ("besek", "Besek Bambu 20x20 cm", "pcs", 3500, 5000, 5),
        ("tempat-tisu-bambu", "Tempat Tisu Anyaman Bambu", "pcs", 35000, 300, 7)]),
    ("KC", "Gerabah Bumijaya", "mikro", "36.04", "", True, [
        ("vas-gerabah", "Vas Bunga Gerabah Tinggi 40 cm", "pcs", 85000, 150, 10),
        ("pot-tanah", "Pot Tanah Liat Diameter 25 cm", "pcs", 18000, 1500, 5)]),
    ("KD", "Ukir Kayu Sukadana", "mikro", "18.07", "svlk", True, [
        ("miniatur-nuwo", "Miniatur Rumah Adat Lampung Nuwo Sesat", "pcs", 275000, 50, 14),
        ("plakat-kayu", "Plakat Kayu Ukir Logo Instansi", "pcs", 225000, 100, 10)]),
    ("KE", "Souvenir Akrilik Cipondoh", "kecil", "36.71", "", True, [
        ("plakat-akrilik", "Plakat Akrilik Custom 20x25 cm + Box", "pcs", 175000, 300, 5),
        ("gantungan-akrilik", "Gantungan Kunci Akrilik Print 2 Sisi", "pcs", 5000, 5000, 5)]),
    ("KF", "Mainan Edukatif Kayu Telukjambe", "mikro", "32.15", "", True, [
        ("puzzle-hijaiyah", "Puzzle Kayu Huruf Hijaiyah", "pcs", 45000, 500, 7),
        ("balok-kayu", "Balok Susun Kayu 50 pcs", "set", 85000, 300, 7)]),
    ("PA", "Perak Kotagede Sekar", "kecil", "34.71", "", True, [
        ("cincin-perak", "Cincin Perak 925 Ukir", "pcs", 250000, 200, 10),
        ("bros-perak", "Bros Perak Filigree", "pcs", 185000, 200, 10)]),
    ("PB", "Mutiara Cantik Karawaci", "mikro", "36.71", "", True, [
        ("kalung-mutiara", "Kalung Mutiara Air Tawar Asli", "pcs", 350000, 60, 7)]),
    ("PC", "Tasbih Kokka Kramatwatu", "mikro", "36.04", "", True, [
        ("gelang-kokka", "Gelang Tasbih Kayu Kokka", "pcs", 75000, 400, 5)]),
    ("PD", "Pin Logo Cibitung", "mikro", "32.16", "", True, [
        ("pin-logo", "Pin Bros Logo Kuningan Enamel", "pcs", 25000, 3000, 10)]),
    ("PE", "PT Emas Murni Jakarta", "besar", "31.71", "sni", True, [
        ("cincin-emas", "Cincin Emas 24 Karat 2 gram", "pcs", 2900000, 500, 3)]),
    ("UA", "Rotan Jaya Pasar Kemis", "kecil", "36.03", "", True, [
        ("kursi-rotan-set", "Kursi Teras Rotan Sintetis Set 2 Kursi + Meja", "set", 1850000, 30, 21)]),
    ("UB", "Mebel Jati Belanda Bogor", "kecil", "32.01", "svlk", True, [
        ("meja-kerja", "Meja Kerja Kayu Jati Belanda 120x60", "unit", 1250000, 40, 21),
        ("lemari-arsip-kayu", "Lemari Arsip Kayu 2 Pintu", "unit", 2750000, 20, 30)]),
    ("UC", "Bengkel Mebel Besi Karawang", "kecil", "32.15", "sni", True, [
        ("rak-besi", "Rak Besi Siku Lubang 5 Susun", "unit", 450000, 150, 7),
        ("kursi-lipat", "Kursi Lipat Futura Besi", "unit", 185000, 300, 7)]),
    ("UD", "Bambu Asri Metro", "mikro", "18.72", "", True, [
        ("bale-bambu", "Bale-bale Bambu 2x1 m", "unit", 650000, 20, 14)]),
    ("UE", "Mebel Sekolah Jati Lebak", "mikro", "36.02", "", True, [
        ("meja-kursi-siswa", "Meja Kursi Siswa SD Satu Set", "set", 650000, 200, 30)]),
    ("UF", "Oscar Sofa Cakung", "menengah", "31.75", "", True, [
        ("sofa-tamu", "Sofa Tamu L Minimalis Oscar", "set", 6500000, 10, 30)]),
    ("HA", "Jamu Gendong Mbok Sri", "mikro", "36.71", "", True, [
        ("jamu-kunyit-asam", "Jamu Kunyit Asam Botol 250 ml", "botol", 8000, 600, 1)]),
    ("HB", "Herbal Temulawak Menes", "kecil", "36.01", "pirt;bpom", True, [
        ("jahe-merah-instan", "Jahe Merah Instan Bubuk 250 gr", "pack", 30000, 1000, 3),
        ("temulawak-instan", "Temulawak Instan 200 gr", "pack", 25000, 1000, 3)]),
    ("HC", "Madu Hutan Ujung Kulon", "mikro", "36.01", "pirt", True, [
        ("madu-hutan", "Madu Hutan Liar Ujung Kulon 500 ml", "botol", 120000, 200, 4)]),
    ("HD", "Kelor Sehat Leuwiliang", "mikro", "32.01", "pirt;bpom", True, [
        ("kelor-kering", "Simplisia Daun Kelor Kering 100 gr", "pack", 20000, 800, 3),
        ("kapsul-kelor", "Kapsul Daun Kelor isi 60", "botol", 45000, 600, 3)]),
    ("HE", "Minyak Sereh Way Jepara", "mikro", "18.07", "pirt", True, [
        ("minyak-sereh", "Minyak Gosok Sereh Wangi 60 ml", "botol", 18000, 1000, 3)]),
    ("HF", "Rempah Wedang Tebet", "mikro", "31.74", "pirt", True, [
        ("wedang-uwuh", "Wedang Uwuh Sachet isi 10", "pack", 28000, 800, 3)]),
    ("SA", "Sabun Herbal Anyer", "mikro", "36.04", "bpom", True, [
        ("sabun-batang", "Sabun Batang Sereh Wangi Handmade 100 gr", "pcs", 15000, 2000, 5),
        ("lilin-aromaterapi", "Lilin Aromaterapi Gelas 150 gr", "pcs", 45000, 400, 5)]),
    ("SB", "Sabun Cair Cikarang Bersih", "kecil", "32.16", "bpom", True, [
        ("sabun-cuci-tangan", "Sabun Cuci Tangan Cair Refill 5 Liter", "jerigen", 85000, 500, 3)]),
    ("SC", "Minyak Kemiri Talang Padang", "mikro", "18.06", "bpom", True, [
        ("minyak-kemiri", "Minyak Kemiri Penyubur Rambut 100 ml", "botol", 35000, 500, 3)]),
    ("SD", "Lulur Putri Kaujon", "mikro", "36.73", "bpom", True, [
        ("lulur", "Lulur Mandi Beras Kencur 200 gr", "pot", 28000, 600, 3)]),
    ("SE", "Sanitizer Sehat Tangerang", "kecil", "36.71", "bpom", True, [
        ("hand-sanitizer", "Hand Sanitizer Gel 500 ml", "botol", 35000, 1500, 3)]),
    ("SF", "Lebah Madu Pagelaran", "mikro", "18.10", "", True, [
        ("lip-balm", "Lip Balm Beeswax Madu 5 gr", "pcs", 25000, 500, 5)]),
    ("LA", "Pandai Besi Cibeber", "mikro", "36.02", "", True, [
        ("cangkul", "Cangkul Baja Per Gagang Kayu", "pcs", 95000, 300, 7),
        ("sabit", "Arit Sabit Rumput Baja", "pcs", 45000, 500, 5)]),
    ("LB", "Bengkel Las Teralis Metro", "mikro", "18.72", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow per m2", "m2", 350000, 100, 10),
        ("pagar-besi", "Pagar Besi Minimalis per meter", "meter", 650000, 80, 14)]),
    ("LC", "Aluminium Cikarang Jaya", "kecil", "32.16", "sni", True, [
        ("dandang", "Dandang Aluminium 40 cm", "pcs", 285000, 200, 5),
        ("wajan", "Wajan Baja Jumbo 60 cm", "pcs", 250000, 200, 5)]),
    ("LD", "Tempa Pisau Gisting", "mikro", "18.06", "", True, [
        ("pisau-dapur", "Pisau Dapur Baja Per 8 inch", "pcs", 65000, 400, 5)]),
    ("LE", "Stainless Kreasi Balaraja", "kecil", "36.03", "", True, [
        ("rak-piring", "Rak Piring Stainless 3 Susun", "unit", 185000, 200, 5)]),
    ("CA", "Percetakan Mandiri Kaujon", "kecil", "36.73", "", True, [
        ("spanduk", "Cetak Spanduk Flexi 280 gr per m2", "m2", 25000, 5000, 2),
        ("buku-yasin", "Cetak Buku Yasin Hard Cover 160 hal", "pcs", 18000, 3000, 10)]),
    ("CB", "Digital Printing Metro Jaya", "mikro", "18.72", "", True, [
        ("kartu-nama", "Kartu Nama Art Carton 260 gr 1 box isi 100", "box", 35000, 1000, 2),
        ("x-banner", "X-Banner 60x160 + Rangka", "pcs", 85000, 500, 2)]),
    ("CC", "ATK Sumber Ilmu Karawaci", "mikro", "36.71", "", True, [
        ("hvs-a4", "Kertas HVS A4 70 gr 1 rim", "rim", 55000, 1000, 2),
        ("snelhecter", "Map Snelhecter Plastik", "pcs", 2500, 10000, 2),
        ("ordner", "Ordner Folio 7 cm", "pcs", 32000, 1000, 2)]),
    ("CD", "Kemasan Dus Pringsewu", "mikro", "18.10", "", True, [
        ("dus-snack", "Kotak Kemasan Snack Box Putih 15x15", "pcs", 900, 50000, 5),
        ("paper-bag", "Paper Bag Kraft Sablon Logo", "pcs", 4500, 10000, 7)]),
    ("CE", "Grafika Kalender Kembangan", "kecil", "31.73", "iso-9001", True, [
        ("kalender", "Kalender Dinding 6 Lembar Custom", "pcs", 25000, 5000, 14),
        ("agenda", "Buku Agenda Hard Cover Logo Instansi", "pcs", 55000, 3000, 14)]),
    ("CF", "Cetak Cepat Tambun", "mikro", "32.16", "", True, [
        ("sertifikat", "Cetak Sertifikat Piagam Art Paper 260 gr", "lembar", 3500, 5000, 3),
        ("stempel", "Stempel Flash Warna", "pcs", 85000, 300, 3)]),
    ("TA", "Ikan Hias Parung", "mikro", "32.01", "", True, [
        ("cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 35000, 500, 3),
        ("koi", "Ikan Koi Lokal 10-12 cm", "ekor", 25000, 1000, 3)]),
    ("TB", "Nursery Tanaman Hias Gadingrejo", "mikro", "18.10", "", True, [
        ("aglonema", "Tanaman Hias Aglonema Pot 15", "pot", 45000, 500, 5),
        ("sansevieria", "Sansevieria Lidah Mertua Pot 20", "pot", 30000, 800, 5)]),
    ("TC", "Pakan Ternak Batanghari", "kecil", "18.07", "sni", True, [
        ("pakan-ayam", "Pakan Ayam Petelur Konsentrat 50 kg", "sak", 420000, 400, 5),
        ("dedak", "Dedak Padi Halus 50 kg", "karung", 150000, 600, 3)]),
    ("TD", "Penangkar Bibit Ulubelu", "kecil", "18.06", "", True, [
        ("bibit-lada", "Bibit Lada Setek Polybag", "batang", 5000, 20000, 7),
        ("bibit-kopi", "Bibit Kopi Robusta Sambung Pucuk", "batang", 4000, 20000, 7)]),
    ("TE", "Gapoktan Beras Rengasdengklok", "koperasi", "32.15", "", True, [
        ("beras", "Beras Premium Karawang 5 kg", "karung", 75000, 5000, 3)]),
    ("TF", "Kebun TOGA Cibinong", "mikro", "32.01", "", True, [
        ("bibit-toga", "Paket Bibit Tanaman Obat Keluarga (jahe, kunyit, sereh, kencur)", "paket", 60000, 300, 7)]),
    ("TG", "Kompos Tani Kragilan", "mikro", "36.04", "", True, [
        ("kompos", "Pupuk Kompos Organik Karung 25 kg", "karung", 35000, 3000, 5)]),
    ("XA", "Sapu Ijuk Cileles", "mikro", "36.02", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 1500, 5),
        ("kemoceng", "Kemoceng Bulu Ayam", "pcs", 15000, 800, 5)]),
    ("XB", "Cairan Bersih Cikupa", "kecil", "36.03", "", True, [
        ("pembersih-lantai", "Pembersih Lantai Wangi Sereh 5 liter", "jerigen", 65000, 600, 3),
        ("sabun-cuci-piring", "Sabun Cuci Piring Jeruk Nipis 5 liter", "jerigen", 60000, 600, 3)]),
    ("XC", "Keset Sabut Labuan", "mikro", "36.01", "", True, [
        ("keset-sabut", "Keset Sabut Kelapa 40x60", "pcs", 35000, 800, 5)]),
    ("XD", "Tekstil Rumah Cibitung", "kecil", "32.16", "", True, [
        ("handuk", "Handuk Mandi Katun Bordir Nama 70x140", "pcs", 65000, 1000, 7),
        ("gorden", "Gorden Blackout Polos per meter", "meter", 55000, 1000, 7)]),
    ("XE", "Alat Peraga Cerdas Metro", "mikro", "18.72", "", True, [
        ("globe", "Globe Bola Dunia 30 cm", "pcs", 185000, 200, 7),
        ("torso", "Torso Anatomi Manusia 45 cm", "pcs", 650000, 50, 14)]),
    ("XF", "Tong Sampah Pilah Tangerang", "menengah", "36.71", "", True, [
        ("tong-pilah", "Tempat Sampah Pilah 3 Warna 60 L", "set", 1250000, 100, 10)]),
    ("XG", "Kebersihan Prima Serang", "mikro", "36.73", "", False, [
        ("alat-pel", "Alat Pel Lantai Putar Spin Mop", "set", 95000, 500, 3)]),
]

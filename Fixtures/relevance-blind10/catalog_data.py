"""Hand-written suppliers and products of relevance-blind10 (fictional).

Each product is (kind, name as the maker writes it, unit, unit price, capacity per month, lead days).
The kind is the labeller's tag; it never reaches the CSVs. A supplier's key letter is its category.
"""

CATEGORY = {"M": "makanan", "D": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# kinds produced for one day's event: the whole quantity within one month, nearest maker first
PERISHABLE = {"nasi-kotak", "snack-box", "prasmanan", "tumpeng-mini", "tumpeng-besar", "coffee-break", "bento"}

SUPPLIERS = [
    # key, name, scale, region, certificates, active, products
    ("M01", "UD Kerupuk Ikan Labuan Jaya", "mikro", "36.01", "pirt;halal", True, [
        ("kerupuk-ikan-tenggiri", "Kerupuk Ikan Tenggiri Asli Labuan 250 gr", "bungkus", 18000, 1500, 5),
        ("kerupuk-udang", "Kerupuk Udang Mentah Kemasan 500gr", "bungkus", 32000, 800, 5),
        ("otak-otak-tenggiri", "Otak-Otak Tenggiri Bakar Frozen isi 20", "pak", 45000, 400, 4)]),
    ("M02", "Bandeng Presto & Otak Otak Bu Iroh", "mikro", "36.73", "pirt", True, [
        ("otak-otak-bandeng", "Otak Otak Bandeng Serang Beku isi 10", "pak", 38000, 500, 3),
        ("bandeng-presto", "Bandeng Presto Duri Lunak 1 ekor", "ekor", 30000, 600, 3),
        ("kerupuk-bandeng", "Krupuk Kulit Bandeng Renyah 100 g", "bungkus", 15000, 700, 4)]),
    ("M03", "Dapur Sambal Ceu Ijah", "mikro", "36.73", "pirt:3673010223456-28;halal", True, [
        ("sambal-bawang", "Sambel Bawang Pedes Mantap Botol 150 ml", "botol", 25000, 1200, 4),
        ("sambal-cumi", "Sambal Cumi Asin Botol 150ml", "botol", 38000, 600, 4),
        ("bumbu-rendang", "Bumbu Rendang Instan Siap Masak 200 gr", "pcs", 22000, 900, 5),
        ("bawang-goreng", "Bawang Goreng Renyah Asli Brebes 250gr", "pcs", 30000, 800, 4)]),
    ("M04", "KUB Keripik Pisang Gisting", "koperasi", "18.06", "pirt;halal", True, [
        ("keripik-pisang-coklat", "Keripik Pisang Kepok Lumer Rasa Coklat 250gr", "bungkus", 27000, 2000, 6),
        ("keripik-pisang-asin", "Kripik Pisang Original Gurih Asin 250 gr", "bungkus", 21000, 2500, 6),
        ("keripik-pisang-manis", "Keripik Pisang Manis Gula Aren 250gr", "bungkus", 23000, 1800, 6)]),
    ("M05", "Dodol Betawi Mpok Sanih", "mikro", "36.03", "pirt", True, [
        ("dodol-ketan-hitam", "Dodol Betawi Ketan Item Besek 500 gr", "besek", 55000, 300, 7),
        ("dodol-durian", "Dodol Duren Asli Kemasan 500gr", "pcs", 60000, 250, 7),
        ("dodol-nanas", "Dodol Nanas Subang Box 400 g", "box", 35000, 400, 7)]),
    ("M06", "CV Olahan Daging Ciawi Berkah", "kecil", "32.01", "halal;pirt", True, [
        ("abon-sapi", "Abon Sapi Manis Premium 250 gr", "pcs", 65000, 700, 5),
        ("abon-tuna", "Abon Ikan Tuna Pedas 200gr", "pcs", 48000, 600, 5),
        ("dendeng-sapi", "Dendeng Sapi Balado Kering 250 gr", "pcs", 85000, 300, 6),
        ("permen-susu", "Permen Susu Karamel Sapi Perah isi 20", "pak", 20000, 1500, 5)]),
    ("M07", "Rengginang Teh Nunung", "mikro", "36.02", "pirt:3602011188888-23", True, [
        ("rengginang", "Rengginang Ketan Mentah Bulat 500 gr", "bungkus", 20000, 900, 5),
        ("opak", "Opak Singkong Bakar 250gr", "bungkus", 12000, 1000, 5)]),

    ("D01", "Kopi Tanggamus Mandiri", "kecil", "18.06", "halal;pirt", True, [
        ("kopi-robusta-bubuk", "Kopi Bubuk Robusta Tanggamus 250 gr", "pcs", 35000, 3000, 5),
        ("kopi-robusta-biji", "Robusta Roasted Bean Medium Roast 1 kg", "kg", 160000, 400, 7),
        ("kopi-luwak", "Kopi Luwak Liar Bubuk 100 gr", "pcs", 150000, 100, 7)]),
    ("D02", "Cokelat Ujung Kulon", "mikro", "36.01", "pirt", True, [
        ("cokelat-bubuk", "Bubuk Kakao Murni 100% 200 gram", "pcs", 45000, 500, 5),
        ("cokelat-sachet", "Minuman Coklat 3in1 Sachet isi 10", "pak", 25000, 1200, 5)]),
    ("D03", "Peternakan Etawa Cibungbulang", "kecil", "32.01", "pirt;halal", True, [
        ("susu-etawa-bubuk", "Susu Kambing Etawa Bubuk Full Cream 200 gr", "pcs", 55000, 800, 5),
        ("susu-sapi-pasteur", "Susu Sapi Segar Pasteurisasi 1 Liter", "botol", 24000, 1500, 2),
        ("yoghurt", "Yoghurt Drink Strawberry 250 ml", "botol", 12000, 2000, 2)]),
    ("D04", "Wedang Serang Sehat", "mikro", "36.73", "pirt", True, [
        ("wedang-jahe", "Jahe Merah Instan Serbuk Gula Aren 250gr", "pcs", 30000, 900, 5),
        ("bandrek", "Bandrek Susu Sachet isi 10", "pak", 22000, 900, 5)]),
    ("D05", "CV Tirta Cisadane", "kecil", "36.03", "sni;halal", True, [
        ("amdk-gelas", "Air Mineral Gelas 220 ml isi 48", "dus", 21000, 5000, 3),
        ("amdk-botol-330", "AMDK Botol 330ml isi 24", "dus", 30000, 4000, 3),
        ("amdk-botol-600", "Air Minum Kemasan Botol 600 ml isi 24", "dus", 42000, 3000, 3)]),
    ("D06", "PT Minuman Nusantara Besar", "besar", "36.73", "halal;sni", True, [
        ("amdk-botol-330", "AMDK Botol 330 ml Dus isi 24", "dus", 26000, 20000, 2)]),

    ("J01", "Katering Sari Rasa Serang", "kecil", "36.73", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar Lengkap", "kotak", 32000, 2000, 2),
        ("snack-box", "Snack Box isi 3 Kue Basah + Air Mineral", "kotak", 15000, 3000, 2),
        ("prasmanan", "Prasmanan Menu Sunda Komplit", "porsi", 55000, 1500, 3)]),
    ("J02", "Dapur Ibu Enok", "mikro", "36.04", "halal", True, [
        ("nasi-kotak", "Nasi Box Rames Ayam Goreng", "kotak", 27000, 800, 2),
        ("tumpeng-mini", "Tumpeng Mini Nasi Kuning Lauk 7 Macam", "pcs", 35000, 600, 2)]),
    ("J03", "Kue Jajan Pasar Pandeglang", "mikro", "36.01", "", True, [
        ("snack-box", "Kue Kotak Jajan Pasar isi 4", "kotak", 13000, 1500, 2),
        ("nasi-kotak", "Nasi Uduk Kotak Telur Balado", "kotak", 22000, 500, 2)]),
    ("J04", "Katering Metro Barokah", "kecil", "18.72", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Menu Ayam Goreng Kremes", "kotak", 28000, 600, 2),
        ("coffee-break", "Paket Coffee Break (2 Kue + Kopi/Teh)", "pax", 25000, 1000, 2),
        ("snack-box", "Snack Box Rapat isi 3", "kotak", 14000, 1200, 2)]),
    ("J05", "Catering Menteng Prima", "menengah", "31.71", "halal", True, [
        ("nasi-kotak", "Catering Nasi Box Premium Menu Nusantara", "box", 55000, 5000, 2),
        ("bento", "Lunch Box Bento Chicken Teriyaki", "box", 45000, 3000, 2),
        ("tumpeng-besar", "Tumpeng Besar Syukuran 30 Porsi", "paket", 1250000, 40, 3)]),
    ("J06", "Katering Cikarang Nikmat", "kecil", "32.16", "halal", True, [
        ("prasmanan", "Paket Prasmanan Buffet Min 100 Pax", "pax", 65000, 2000, 3),
        ("nasi-kotak", "Nasi Box Ayam Penyet", "box", 30000, 1500, 2)]),
    ("J07", "Katering Pandeglang Asri", "mikro", "36.01", "halal", False, [
        ("snack-box", "Snack Box Kue Basah Isi 3", "kotak", 12000, 2000, 2)]),

    ("F01", "Batik Kapurban Serang", "kecil", "36.73", "batikmark;sni", True, [
        ("batik-tulis-banten", "Kain Batik Tulis Motif Datulaya Banten Katun Primisima 2 m", "lembar", 850000, 40, 21),
        ("batik-cap-banten", "Batik Cap Banten Motif Kapurban 2 meter", "lembar", 275000, 300, 10),
        ("kemeja-batik-print", "Kemeja Batik Printing Motif Banten Lengan Panjang", "pcs", 135000, 600, 10)]),
    ("F02", "PT Batik Nusantara Raya", "besar", "36.73", "batikmark", True, [
        ("batik-tulis-banten", "Batik Tulis Banten Premium", "lembar", 700000, 500, 7)]),
    ("F03", "Tapis Ratu Lampung", "kecil", "18.71", "", True, [
        ("tapis-kain", "Kain Tapis Lampung Sulam Benang Emas Full", "lembar", 1500000, 30, 30),
        ("tapis-selendang", "Selendang Tapis Motif Kapal", "pcs", 350000, 120, 14),
        ("tas-tapis", "Tas Tapis Kombinasi Kulit Sintetis", "pcs", 275000, 150, 14)]),
    ("F04", "Konveksi Cikarang Seragam", "kecil", "32.16", "", True, [
        ("pdh-kemeja", "Seragam PDH Kemeja Drill American Lengan Panjang", "pcs", 165000, 1500, 21),
        ("polo-bordir", "Kaos Polo Lacoste Bordir Logo Instansi", "pcs", 95000, 2000, 14),
        ("rompi", "Rompi Kerja Drill Bordir Nama", "pcs", 120000, 1000, 14)]),
    ("F05", "Sepatu Kulit Cibaduyut Tangerang", "mikro", "36.71", "", True, [
        ("pantofel-kulit-pria", "Sepatu Pantofel Pria Kulit Sapi Asli", "pasang", 325000, 200, 14),
        ("sandal-kulit", "Sandal Kulit Pria Model Slop", "pasang", 120000, 300, 7),
        ("sepatu-sneakers", "Sneakers Kanvas Lokal Pria/Wanita", "pasang", 185000, 250, 10),
        ("flat-wanita", "Sepatu Flat Shoes Wanita Kulit Sintetis", "pasang", 150000, 200, 10)]),
    ("F06", "Sablon Kaos Pasar Kemis", "mikro", "36.03", "", True, [
        ("kaos-sablon", "Kaos Sablon Plastisol Cotton Combed 30s", "pcs", 55000, 3000, 10),
        ("topi-bordir", "Topi Bordir Logo Custom", "pcs", 35000, 2000, 10)]),
    ("F07", "Busana Muslim Dramaga", "kecil", "32.01", "", True, [
        ("mukena", "Mukena Dewasa Katun Rayon Bordir Tas", "pcs", 185000, 500, 14),
        ("sarung-tenun", "Sarung Tenun Motif Kotak Pria", "pcs", 150000, 400, 14),
        ("peci", "Peci Hitam Beludru Nasional No 7", "pcs", 45000, 800, 7)]),

    ("K01", "Anyaman Pandan Cadasari", "mikro", "36.01", "", True, [
        ("tikar-pandan", "Tikar Pandan Anyam Motif 2x3 m", "lembar", 175000, 120, 14),
        ("tas-pandan", "Tas Anyaman Pandan Motif Cantik", "pcs", 65000, 300, 10),
        ("topi-pandan", "Topi Pandan Lebar Pantai", "pcs", 35000, 300, 10)]),
    ("K02", "Kerajinan Baduy Ciboleger", "mikro", "36.02", "", True, [
        ("tas-koja", "Tas Koja Baduy Serat Kulit Teureup", "pcs", 85000, 200, 14),
        ("tampah-bambu", "Tampah / Nyiru Bambu Diameter 50", "pcs", 30000, 400, 7),
        ("besek", "Besek Bambu Tutup 20x20 cm", "pcs", 4500, 5000, 7)]),
    ("K03", "Gerabah Bumijaya Ciruas", "mikro", "36.04", "", True, [
        ("guci-gerabah", "Guci Hias Gerabah Bumijaya Tinggi 40 cm", "pcs", 150000, 100, 14),
        ("pot-gerabah", "Pot Bunga Tanah Liat Diameter 30cm", "pcs", 35000, 600, 7),
        ("celengan-gerabah", "Celengan Gerabah Ayam Jago", "pcs", 25000, 500, 7)]),
    ("K04", "Grafir Akrilik Tangerang", "kecil", "36.71", "", True, [
        ("plakat-akrilik", "Plakat Akrilik Custom Grafir Laser 20 cm", "pcs", 175000, 500, 7),
        ("plakat-kayu", "Plakat Kayu Jati Ukir Logo", "pcs", 250000, 200, 10),
        ("miniatur-menara", "Miniatur Menara Masjid Agung Banten Kayu", "pcs", 120000, 150, 14),
        ("piala-plastik", "Piala Trophy Juara 1 2 3 Set Plastik Emas", "set", 450000, 100, 7)]),
    ("K05", "Mainan Kayu Way Kambas", "mikro", "18.07", "", True, [
        ("puzzle-kayu", "Puzzle Kayu Huruf & Angka Mainan Edukasi", "set", 45000, 400, 7),
        ("balok-kayu", "Balok Susun Kayu 50 pcs Warna", "set", 85000, 300, 7),
        ("boneka-gajah", "Boneka Gajah Flanel Way Kambas 25 cm", "pcs", 40000, 500, 7)]),

    ("P01", "Perak Kasemen Banten", "mikro", "36.73", "", True, [
        ("bros-perak", "Bros Perak 925 Motif Batik Banten", "pcs", 225000, 200, 14),
        ("bros-imitasi", "Bros Hijab Mutiara Imitasi Cantik", "pcs", 25000, 1000, 5),
        ("kalung-perak", "Kalung Perak Rantai Italy 45cm", "pcs", 275000, 150, 10)]),
    ("P02", "Siger Craft Lampung", "mikro", "18.71", "", True, [
        ("gelang-manik", "Gelang Manik Tapis Lampung", "pcs", 30000, 600, 7),
        ("cincin-akik", "Cincin Akik Way Kanan Ikat Monel", "pcs", 150000, 150, 10),
        ("anting-siger-perak", "Anting Motif Siger Silver 925", "pasang", 185000, 200, 10)]),
    ("P03", "Leather & Pearl Bogor", "kecil", "32.01", "", True, [
        ("gelang-kulit", "Gelang Kulit Pria Anyam Handmade", "pcs", 55000, 500, 7),
        ("kalung-mutiara", "Kalung Mutiara Air Tawar Asli", "pcs", 350000, 100, 10),
        ("dompet-kulit", "Dompet Kulit Sapi Pria Lipat", "pcs", 150000, 200, 10)]),
    ("P04", "Pin & Emblem Ciputat", "kecil", "36.74", "", True, [
        ("pin-logo", "Pin Logo Instansi Kuningan Enamel", "pcs", 22000, 3000, 10),
        ("bros-kuningan", "Bros Kuningan Lapis Emas Motif Bunga", "pcs", 65000, 800, 10)]),

    ("U01", "Rotan Indah Teluknaga", "kecil", "36.03", "svlk", True, [
        ("kursi-rotan-sintetis", "Set Kursi Teras Rotan Sintetis 2 Kursi 1 Meja", "set", 1850000, 40, 14),
        ("kursi-rotan-asli", "Kursi Rotan Natural Asli Cirebon", "pcs", 650000, 60, 14),
        ("meja-rotan", "Meja Rotan Bundar Kaca 60 cm", "pcs", 750000, 40, 14)]),
    ("U02", "Mebel Jati Leuwiliang", "kecil", "32.01", "svlk", True, [
        ("lemari-arsip-kayu", "Lemari Arsip Kayu Jati 4 Pintu", "unit", 4500000, 20, 30),
        ("rak-buku", "Rak Buku Kayu Mahoni 5 Susun", "unit", 1650000, 40, 21),
        ("meja-kerja-kayu", "Meja Kerja Kayu 1/2 Biro", "unit", 1850000, 40, 21)]),
    ("U03", "CV Baja Mebel Bekasi", "kecil", "32.75", "sni", True, [
        ("filing-cabinet", "Filing Cabinet Besi 4 Laci Folio", "unit", 2750000, 60, 14),
        ("kursi-putar", "Kursi Kantor Putar Jaring Mesh Hidrolik", "unit", 850000, 100, 10),
        ("loker-besi", "Loker Besi 12 Pintu", "unit", 3250000, 30, 14)]),
    ("U04", "Mebel Pringsewu Karya", "mikro", "18.10", "", True, [
        ("podium", "Mimbar Podium Kayu Jati Ukir", "unit", 3500000, 10, 21),
        ("meja-rapat", "Meja Rapat Oval 10 Orang Kayu Mahoni", "unit", 6500000, 8, 30),
        ("rak-sepatu", "Rak Sepatu Kayu 4 Susun", "unit", 350000, 80, 7)]),
    ("U05", "Meubel Besi Cimone", "mikro", "36.71", "", True, [
        ("kursi-lipat-besi", "Kursi Lipat Besi Model Chitose Sandaran Busa", "unit", 285000, 300, 7),
        ("meja-lipat", "Meja Lipat Serbaguna Kaki Besi 120x60", "unit", 650000, 100, 7)]),

    ("H01", "Jamu Gendong Rangkasbitung", "mikro", "36.02", "pirt", True, [
        ("jamu-kunyit-asam", "Jamu Kunir Asem Botol 250ml", "botol", 8000, 1500, 2),
        ("jamu-beras-kencur", "Jamu Beras Kencur Botol 250 ml", "botol", 8000, 1500, 2),
        ("temulawak-instan", "Temulawak Instan Serbuk 200 g", "pcs", 28000, 600, 5)]),
    ("H02", "Madu Hutan Metro", "kecil", "18.72", "pirt;halal", True, [
        ("madu-hutan", "Madu Hutan Asli Lampung 500 gr", "botol", 95000, 400, 5),
        ("madu-kelulut", "Madu Klanceng Trigona 250 ml", "botol", 125000, 150, 5)]),
    ("H03", "Minyak Atsiri Jasinga", "kecil", "32.01", "bpom;halal", True, [
        ("minyak-kayu-putih", "Minyak Kayu Putih Asli 60 ml", "botol", 28000, 1500, 5),
        ("minyak-sereh", "Minyak Sereh Wangi 60ml", "botol", 25000, 1200, 5),
        ("teh-kelor", "Teh Daun Kelor Celup isi 20", "box", 30000, 800, 5)]),
    ("H04", "Herbal Sehat Cikande", "mikro", "36.04", "pirt", True, [
        ("kapsul-sirsak", "Kapsul Daun Sirsak isi 60", "botol", 45000, 500, 5),
        ("kapsul-kelor", "Kapsul Daun Kelor (Moringa) isi 60", "botol", 50000, 500, 5)]),

    ("S01", "Sabun Cisadane Bersih", "kecil", "36.71", "bpom;halal", True, [
        ("sabun-cuci-tangan", "Hand Soap Cair Lemon Refill 500 ml", "pcs", 22000, 3000, 5),
        ("sabun-batang-susu", "Sabun Mandi Batang Susu Kambing 100 gr", "pcs", 18000, 2000, 5),
        ("sabun-transparan", "Sabun Transparan Sereh Wangi 80gr", "pcs", 15000, 1500, 5)]),
    ("S02", "Aroma Puncak Handmade", "mikro", "32.01", "bpom", True, [
        ("lilin-aromaterapi", "Lilin Aromaterapi Soy Wax Lavender Jar 100 gr", "pcs", 55000, 500, 7),
        ("reed-diffuser", "Reed Diffuser Pengharum Ruangan 100 ml", "pcs", 65000, 400, 7),
        ("essential-oil", "Essential Oil Lavender Murni 10 ml", "botol", 45000, 600, 7)]),
    ("S03", "Kosmetik Alami Serang", "mikro", "36.73", "bpom;halal", True, [
        ("lulur", "Lulur Mandi Bengkoang 250 gr", "pcs", 25000, 800, 5),
        ("shampo-aloe", "Shampoo Lidah Buaya Herbal 200 ml", "botol", 30000, 600, 5)]),
    ("S04", "Sabun Kopi Sekampung", "mikro", "18.07", "", True, [
        ("sabun-kopi", "Sabun Kopi Lampung Handmade 100gr", "pcs", 20000, 800, 7),
        ("scrub-kopi", "Body Scrub Kopi Robusta 200 gr", "pcs", 35000, 500, 7)]),
    ("S05", "Bersih Wangi Karawaci", "mikro", "36.71", "bpom", True, [
        ("sabun-cuci-piring", "Sabun Cuci Piring Cair Jeruk Nipis 800 ml", "pcs", 16000, 3000, 3),
        ("sabun-mandi-cair", "Sabun Mandi Cair Susu 500 ml Refill", "pcs", 20000, 2000, 3)]),

    ("L01", "Pandai Besi Ciomas Sulangkar", "mikro", "36.04", "", True, [
        ("golok-ciomas", "Golok Ciomas Asli Sarung Kayu", "pcs", 450000, 80, 14),
        ("golok-kebun", "Golok Tebas Kebun Baja Per", "pcs", 120000, 200, 7),
        ("pisau-dapur", "Set Pisau Dapur Stainless 5 pcs", "set", 175000, 150, 7)]),
    ("L02", "Pandai Besi Gadingrejo", "mikro", "18.10", "", True, [
        ("cangkul", "Pacul Baja Tempa Gagang Kayu", "pcs", 95000, 400, 7),
        ("arit", "Arit / Sabit Rumput Baja", "pcs", 45000, 500, 7),
        ("linggis", "Linggis Besi 150 cm", "pcs", 125000, 200, 7)]),
    ("L03", "Bengkel Las Tambun Jaya", "mikro", "32.16", "", True, [
        ("teralis-besi", "Teralis Jendela Besi Hollow Minimalis per m2", "m2", 450000, 200, 14),
        ("pagar-besi", "Pagar Besi Minimalis per meter lari", "meter", 650000, 150, 14),
        ("kanopi", "Kanopi Baja Ringan Atap Alderon per m2", "m2", 550000, 200, 14)]),
    ("L04", "Alat Dapur Logam Tangerang", "kecil", "36.71", "sni", True, [
        ("panci-aluminium", "Panci Aluminium 30 cm Tebal", "pcs", 120000, 500, 7),
        ("wajan-besi", "Wajan Besi Cor Cast Iron 32 cm", "pcs", 250000, 200, 7),
        ("dandang", "Dandang Aluminium 40 cm Kukusan", "pcs", 275000, 150, 7),
        ("rantang-stainless", "Rantang Stainless Steel 4 Susun", "pcs", 150000, 300, 7)]),

    ("C01", "Toko ATK & Fotokopi Sinar Serang", "mikro", "36.73", "", True, [
        ("hvs-a4-70", "Kertas HVS A4 70 gsm 1 Rim", "rim", 52000, 2000, 3),
        ("hvs-f4-80", "Kertas HVS F4 80 gram 1 rim", "rim", 68000, 1500, 3),
        ("map-snelhecter", "Map Snelhecter Plastik Folio", "pcs", 3500, 5000, 3)]),
    ("C02", "Digital Printing Cikupa", "kecil", "36.03", "", True, [
        ("spanduk", "Cetak Spanduk Flexi 280 gr per m2", "m2", 25000, 3000, 2),
        ("brosur", "Cetak Brosur A4 Art Paper 150 gr", "lembar", 1500, 20000, 4),
        ("stiker", "Stiker Vinyl Cutting Custom", "lembar", 8000, 3000, 3)]),
    ("C03", "Percetakan Metro Cahaya", "kecil", "18.72", "", True, [
        ("buku-yasin", "Buku Yasin Hard Cover 128 hal Custom Nama", "pcs", 17500, 5000, 10),
        ("kalender", "Cetak Kalender Dinding 2027 6 Lembar", "pcs", 25000, 3000, 10),
        ("buku-tulis", "Buku Tulis 38 Lembar Sampul Custom", "pcs", 4000, 10000, 7)]),
    ("C04", "Kemasan Kardus Cibitung", "kecil", "32.16", "", True, [
        ("kardus-makanan", "Dus Kemasan Makanan Custom Cetak Logo", "pcs", 2500, 20000, 7),
        ("paper-bag", "Paper Bag Kraft Sablon Logo 25x30", "pcs", 5500, 10000, 7),
        ("stopmap", "Stopmap Kertas Folio Warna", "pcs", 1500, 10000, 5)]),
    ("C05", "Percetakan Royal Ciceri", "mikro", "36.73", "", True, [
        ("kertas-foto", "Kertas Foto Glossy A4 180 gsm isi 20", "pak", 25000, 1000, 3),
        ("map-piagam", "Map Piagam / Sertifikat Hard Cover Beludru", "pcs", 35000, 1000, 7)]),

    ("T01", "Kebun Bibit Ciampea", "mikro", "32.01", "", True, [
        ("bibit-jahe-merah", "Bibit Jahe Merah Polybag Siap Tanam", "polybag", 5000, 5000, 7),
        ("bibit-kunyit", "Bibit Kunyit Polybag", "polybag", 4500, 5000, 7),
        ("monstera", "Tanaman Hias Monstera Deliciosa Pot 20", "pot", 95000, 200, 5),
        ("sansevieria", "Sansevieria / Lidah Mertua Pot Plastik 20 cm", "pot", 45000, 400, 5)]),
    ("T02", "Penangkar Benih Tani Karawang", "koperasi", "32.15", "sni", True, [
        ("benih-padi", "Benih Padi Inpari 32 Label Biru 5 kg", "karung", 65000, 3000, 7),
        ("kompos", "Pupuk Organik Kompos 25 kg", "karung", 30000, 4000, 5),
        ("pupuk-kandang", "Pupuk Kandang Kotoran Sapi 20 kg", "karung", 20000, 4000, 5)]),
    ("T03", "Pembenihan Ikan Tanara", "mikro", "36.04", "", True, [
        ("bibit-nila", "Bibit Ikan Nila Merah 5-7 cm", "ekor", 400, 100000, 5),
        ("bibit-lele", "Benih Lele Sangkuriang 5-7 cm", "ekor", 250, 150000, 5),
        ("pelet-ikan", "Pakan Ikan Pelet Apung 781 Kemasan 1 kg", "kg", 14000, 5000, 3)]),
    ("T04", "Kelompok Tani Ikan Hias Batanghari", "koperasi", "18.07", "", True, [
        ("koi", "Ikan Koi Lokal Blitar Size 10-12 cm", "ekor", 25000, 1000, 5),
        ("cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 30000, 800, 5),
        ("bibit-kakao", "Bibit Kakao Sambung Pucuk Polybag", "polybag", 7500, 10000, 10)]),
    ("T05", "Peternak Kampung Menes", "mikro", "36.01", "", True, [
        ("pakan-ayam", "Pakan Ayam Kampung Fermentasi 5 kg", "karung", 45000, 1000, 5),
        ("telur-kampung", "Telur Ayam Kampung Segar isi 10", "pak", 28000, 800, 3)]),
    ("T06", "Tambak Nila Pontang", "mikro", "36.04", "", True, [
        ("nila-konsumsi", "Ikan Nila Merah Konsumsi Segar 1 kg isi 4-5", "kg", 38000, 1500, 2)]),

    ("X01", "Sapu Ijuk Pasar Kemis", "mikro", "36.03", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu Besar", "pcs", 30000, 1500, 5),
        ("sapu-lidi", "Sapu Lidi Aren Gagang Bambu", "pcs", 15000, 2000, 5),
        ("mop", "Alat Pel Mop Microfiber Putar + Ember", "set", 150000, 300, 5)]),
    ("X02", "Perlengkapan Ibadah Cimone", "mikro", "36.71", "", True, [
        ("sajadah", "Sajadah Busa Tebal Motif Turki", "pcs", 85000, 600, 7),
        ("tasbih", "Tasbih Kayu Kokka 99 Butir", "pcs", 35000, 800, 7),
        ("karpet-sajadah", "Karpet Sajadah Masjid Roll per meter", "meter", 225000, 300, 10)]),
    ("X03", "Tekstil Rumah Cileungsi", "kecil", "32.01", "", True, [
        ("sprei", "Sprei Katun Jepang 160x200 Set Sarung Bantal", "set", 185000, 400, 10),
        ("handuk", "Handuk Mandi Katun 70x140", "pcs", 65000, 800, 7),
        ("taplak", "Taplak Meja Batik 150x200", "pcs", 75000, 400, 7)]),
    ("X04", "Keset Sabut Kelapa Carita", "mikro", "36.01", "", True, [
        ("keset-sabut", "Keset Sabut Kelapa 40x60", "pcs", 35000, 800, 5),
        ("keset-perca", "Keset Kain Perca Bulat", "pcs", 12000, 1500, 5),
        ("tempat-sampah", "Tempat Sampah Pilah 3 Warna Plastik", "set", 450000, 100, 7)]),
    ("X05", "CV Alat Peraga Tapis Edu", "kecil", "18.71", "iso-9001", True, [
        ("kit-ipa", "KIT IPA SD Lengkap Alat Peraga", "set", 1750000, 50, 14),
        ("globe", "Globe Bola Dunia Diameter 30 cm", "pcs", 185000, 200, 7),
        ("torso", "Torso Anatomi Manusia 85 cm", "unit", 2250000, 30, 14)]),
]

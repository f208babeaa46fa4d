"""Hand-written content of relevance-blind75 (fictional). Each product carries the labeller's kind tag;
each need the kinds an officer accepts. Kinds never reach the CSVs.

A need's kinds: [] = no acceptable product by kind; ["!k"] = the kind exists but no item of it can meet the
need (quantity / one-day perishable), build.py checks that none is feasible.
"""

# key letter -> category
CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# kinds that must be made in the delivery month and come from the need's province
PERISHABLE = {"nasi-kotak", "snack-box", "prasmanan", "coffee-break", "tumpeng-mini", "jamu-kunyit-asam-fresh",
              "selada"}

# (key, name, scale, region, certs, active, [(kind, product name, unit, price, capacity/month, lead days)])
SUPPLIERS = [
    ("M1", "IKM Kemplang Panggang Bu Yati", "kecil", "18.71", "halal;pirt", True, [
        ("kemplang", "Kerupuk Kemplang Panggang Ikan Tenggiri 250 gr", "pcs", 22000, 2000, 3),
        ("kerupuk-ikan-mentah", "Kerupuk Ikan Mentah (siap goreng) 500gr", "pcs", 30000, 800, 3),
        ("keripik-pisang", "Keripik Pisang Coklat Lumer 200gr", "pcs", 18000, 3000, 4)]),
    ("M2", "Otak-Otak Bandeng Mak Ijah", "mikro", "36.73", "pirt", True, [
        ("otak-otak", "Otak-otak Bandeng Khas Serang isi 10", "pack", 35000, 500, 2),
        ("sate-bandeng", "Sate Bandeng Frozen 1 ekor", "pcs", 45000, 300, 3)]),
    ("M3", "Dapur Sambal Mbok Darmi", "kecil", "34.04", "halal;pirt", True, [
        ("sambal-bawang", "Sambal Bawang Pedas Botol 150 ml", "botol", 25000, 2000, 5),
        ("sambal-teri", "Sambal Teri Medan Jar 200 gr", "jar", 32000, 1000, 5),
        ("bumbu-pecel", "Bumbu Pecel Kacang Instan 250 gr", "pcs", 15000, 1500, 4)]),
    ("M4", "Koperasi Wanita Tani Melinjo Pandeglang", "koperasi", "36.01", "halal;pirt", True, [
        ("emping", "Emping Melinjo Tipis Super 1 kg", "kg", 110000, 400, 5),
        ("keripik-singkong", "Keripik Singkong Balado 250 gr", "pcs", 12000, 3000, 3)]),
    ("M5", "Bakpia & Geplak Ngasem", "kecil", "34.71", "halal;pirt", True, [
        ("bakpia", "Bakpia Kacang Hijau isi 20", "box", 40000, 2000, 3),
        ("geplak", "Geplak Kelapa Aneka Rasa 500 gr", "pack", 30000, 800, 3)]),
    ("M6", "UMKM Jenang Sari Rasa Kudus", "kecil", "33.19", "halal", True, [
        ("jenang", "Jenang Kudus Original Box 500 gr", "box", 35000, 1500, 4)]),
    ("M7", "Toko Kue Kering Cipondoh", "mikro", "36.71", "pirt", True, [
        ("nastar", "Nastar Nanas Premium Toples 500 gr", "toples", 95000, 400, 5),
        ("kastengel", "Kastengel Keju Edam Toples 500gr", "toples", 110000, 300, 5)]),
    ("M8", "PT Roti Sari Bogor Makmur", "besar", "32.01", "halal;bpom", True, [
        ("bagelen", "Bagelen Roti Kering Keju 250 gr", "pcs", 15000, 50000, 3),
        ("keripik-pisang", "Keripik Pisang Manis Pabrikan 200 gr", "pcs", 9000, 90000, 2)]),
    ("M9", "IKM Abon Tuna Daeng Ngalle", "kecil", "73.71", "halal;pirt", True, [
        ("abon-ikan", "Abon Ikan Tuna Pedas 100 gr", "pcs", 28000, 1500, 5),
        ("kacang-disko", "Kacang Disko Makassar 250 gr", "pcs", 20000, 1500, 4)]),
    ("M10", "Keripik Pisang Agung Lampung (tutup)", "mikro", "18.71", "halal;pirt", False, [
        ("keripik-pisang", "Keripik Pisang Cokelat 200 gr", "pcs", 14000, 5000, 3)]),

    ("N1", "KUB Kopi Sumber Rejeki Tanggamus", "koperasi", "18.06", "halal;pirt", True, [
        ("kopi-robusta-bubuk", "Kopi Bubuk Robusta Tanggamus 250 gr", "pcs", 35000, 2000, 4),
        ("kopi-robusta-biji", "Biji Kopi Robusta Lampung Roasted Bean 1 kg", "kg", 160000, 400, 5)]),
    ("N2", "Malabar Coffee Pangalengan", "kecil", "32.04", "halal", True, [
        ("kopi-arabika-bubuk", "Java Preanger Arabica Ground Coffee 200gr", "pcs", 75000, 800, 5),
        ("kopi-dripbag", "Drip Bag Coffee Arabika isi 10", "box", 65000, 1000, 5)]),
    ("N3", "UD Sirup Pala Cibinong", "mikro", "32.01", "pirt", True, [
        ("sirup-pala", "Sirup Pala Asli 630 ml", "botol", 38000, 800, 4)]),
    ("N4", "CV Wedang Uwuh Imogiri", "mikro", "34.02", "pirt", True, [
        ("wedang-uwuh", "Wedang Uwuh Celup isi 10", "box", 20000, 3000, 3),
        ("jahe-instan", "Jahe Merah Instan Bubuk 250 gr", "pcs", 30000, 1500, 4)]),
    ("N5", "Tirta Kanekes Lebak", "kecil", "36.02", "halal;bpom;sni", True, [
        ("amdk-gelas", "AMDK Gelas 220 ml (1 dus isi 48)", "dus", 22000, 5000, 2),
        ("amdk-botol", "Air Mineral Botol 600 ml dus isi 24", "dus", 45000, 3000, 2)]),
    ("N6", "Koperasi Kakao Pesawaran", "koperasi", "18.09", "halal", True, [
        ("coklat-bubuk", "Bubuk Cokelat Murni Kakao Pesawaran 250gr", "pcs", 45000, 800, 5)]),
    ("N7", "Kebun Teh Rakyat Cisurupan", "mikro", "32.05", "pirt", True, [
        ("teh-hitam", "Teh Hitam Tubruk Garut 250 gr", "pcs", 18000, 2000, 4)]),

    ("J1", "Catering Bu Endang Kemayoran", "kecil", "31.71", "halal", True, [
        ("nasi-kotak", "Nasi Box Ayam Bakar + Buah", "box", 45000, 3000, 2),
        ("snack-box", "Snack Box 3 item (Risol, Lemper, Bolu)", "box", 18000, 4000, 1)]),
    ("J2", "Dapur Betawi Catering Tebet", "mikro", "31.74", "halal", True, [
        ("prasmanan", "Prasmanan Menu Nusantara min 100 pax", "pax", 75000, 2000, 3),
        ("coffee-break", "Coffee Break Paket Rapat", "pax", 25000, 3000, 1)]),
    ("J3", "Katering Sunda Ceu Imas", "kecil", "32.73", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Paket Sunda (nasi liwet, ayam goreng, lalapan)", "box", 40000, 2500, 2),
        ("tumpeng-mini", "Tumpeng Mini 1 orang", "pcs", 35000, 600, 2)]),
    ("J4", "Gudeg & Catering Yu Narni", "mikro", "34.71", "halal", True, [
        ("nasi-kotak", "Nasi Gudeg Box Komplit", "box", 35000, 1500, 2),
        ("snack-box", "Snack Box Jajan Pasar isi 4", "box", 15000, 2500, 1)]),
    ("J5", "Rawon Catering Ketintang", "kecil", "35.78", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Rawon Daging", "box", 42000, 2000, 2),
        ("prasmanan", "Prasmanan Jawa Timuran", "pax", 70000, 1500, 3)]),
    ("J6", "Dapur Coto Daeng Sikki", "mikro", "73.71", "halal", True, [
        ("nasi-kotak", "Nasi Box Coto / Konro", "box", 48000, 800, 2),
        ("snack-box", "Kue Tradisional Bugis Box (Barongko, Putu Cangkir)", "box", 20000, 1500, 1)]),
    ("J7", "Catering Berkah Cipocok", "mikro", "36.73", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakakak", "box", 38000, 1200, 2),
        ("snack-box", "Snack Box Rapat isi 3", "box", 15000, 2000, 1)]),
    ("J8", "Katering Seruit Way Halim", "mikro", "18.71", "halal", True, [
        ("nasi-kotak", "Nasi Box Ikan Bakar Sambal Seruit", "box", 40000, 600, 2)]),
    ("J9", "PT Boga Prima Nusantara", "besar", "31.71", "halal;iso-9001", True, [
        ("nasi-kotak", "Nasi Box Premium Menu Harian", "box", 55000, 20000, 2),
        ("snack-box", "Snack Box Premium", "box", 22000, 30000, 1)]),

    ("F1", "Tapis Ragom Way Halim", "kecil", "18.71", "", True, [
        ("tapis-kain", "Kain Tapis Lampung Motif Pucuk Rebung 2 m", "lembar", 850000, 60, 14),
        ("tapis-selendang", "Selendang Tapis Lampung", "pcs", 250000, 150, 10)]),
    ("F2", "Batik Tulis Giriloyo Sekar Jagad", "kecil", "34.02", "batikmark", True, [
        ("batik-tulis", "Batik Tulis Pewarna Alam Kain 2 m", "lembar", 650000, 80, 21)]),
    ("F3", "Batik Cap Sinar Pekalongan", "kecil", "33.75", "", True, [
        ("batik-cap", "Kain Batik Cap Motif Jlamprang 2,25 m", "lembar", 135000, 1500, 10),
        ("kemeja-batik-print", "Kemeja Batik Printing Lengan Pendek Pria", "pcs", 95000, 3000, 7)]),
    ("F4", "Konveksi Seragam Karawang Jaya", "menengah", "32.15", "iso-9001", True, [
        ("pdh-setelan", "Seragam PDH Kemeja Dinas Khaki (setelan)", "stel", 285000, 3000, 21),
        ("polo", "Kaos Polo Bordir Logo Instansi", "pcs", 85000, 5000, 14),
        ("rompi", "Rompi Kerja / Vest Lapangan", "pcs", 120000, 1500, 14)]),
    ("F5", "Sablon & Kaos Metro Kreatif", "mikro", "18.72", "", True, [
        ("kaos-sablon", "Kaos Sablon Cotton Combed 30s", "pcs", 55000, 3000, 7),
        ("totebag-kanvas", "Totebag Kanvas Sablon", "pcs", 28000, 4000, 7)]),
    ("F6", "Tenun Ikat Troso Mulya", "kecil", "33.20", "", True, [
        ("tenun-ikat", "Kain Tenun Ikat Troso 2 m", "lembar", 375000, 200, 14),
        ("syal-tenun", "Syal Tenun Troso", "pcs", 95000, 400, 10)]),
    ("F7", "Tenun Kanekes Ibu Sarni", "mikro", "36.02", "", True, [
        ("tenun-baduy", "Kain Tenun Baduy Motif Poleng 3 m", "lembar", 300000, 80, 21)]),
    ("F8", "Sepatu Kulit Cibaduyut Asli", "kecil", "32.04", "sni", True, [
        ("pantofel", "Sepatu Pantofel Kulit Pria PDH", "pasang", 325000, 600, 14),
        ("sandal-kulit", "Sandal Kulit Pria Casual", "pasang", 120000, 800, 10)]),
    ("F9", "Sandal Hotel Pasar Kemis", "mikro", "36.03", "", True, [
        ("sandal-hotel", "Sandal Hotel Spon Putih", "pasang", 4500, 20000, 5)]),
    ("F10", "Tas Seminar Ciawi", "kecil", "32.01", "", True, [
        ("tas-seminar", "Tas Seminar Kanvas Ransel", "pcs", 65000, 3000, 10),
        ("goodie-spunbond", "Goodie Bag Spunbond 40x35", "pcs", 5000, 20000, 7)]),
    ("F11", "PT Garmen Indo Sejahtera", "besar", "32.16", "iso-9001;sni", True, [
        ("pdh-setelan", "Seragam PDH Khaki Setelan Pria/Wanita", "stel", 230000, 50000, 14),
        ("kaos-sablon", "Kaos Sablon Combed 30s Grosir", "pcs", 38000, 100000, 5)]),
    ("F12", "Batik Tulis Wijilan (tidak aktif)", "mikro", "34.71", "batikmark", False, [
        ("batik-tulis", "Kain Batik Tulis Klasik 2 m", "lembar", 500000, 100, 14)]),

    ("K1", "Anyaman Pandan Rajapolah Mandiri", "kecil", "32.06", "", True, [
        ("tas-pandan", "Tas Anyaman Pandan Motif", "pcs", 65000, 800, 10),
        ("tikar-pandan", "Tikar Pandan 120x180", "lembar", 85000, 400, 10),
        ("kotak-tisu-pandan", "Kotak Tisu Anyaman Pandan", "pcs", 35000, 1000, 7)]),
    ("K2", "Gerabah Kasongan Loro Blonyo", "kecil", "34.02", "", True, [
        ("guci-gerabah", "Guci Gerabah Hias Tinggi 60 cm", "pcs", 250000, 100, 14),
        ("vas-gerabah-mini", "Vas Bunga Gerabah Mini Souvenir", "pcs", 15000, 3000, 7)]),
    ("K3", "Gerabah Bumijaya Ciruas", "mikro", "36.04", "", True, [
        ("celengan-gerabah", "Celengan Gerabah Bentuk Ayam", "pcs", 12000, 2000, 7),
        ("pot-gerabah", "Pot Tanah Liat Diameter 25", "pcs", 18000, 1500, 7)]),
    ("K4", "Bambu Kreatif Pringsewu", "mikro", "18.10", "", True, [
        ("tempat-pensil-bambu", "Tempat Pensil Bambu Ukir Nama", "pcs", 15000, 2000, 7),
        ("besek", "Besek Bambu 20x20 isi 10", "pack", 25000, 3000, 5)]),
    ("K5", "Sanggar Siger Kedaton", "mikro", "18.71", "", True, [
        ("miniatur-siger", "Miniatur Siger Lampung Kuningan Mini", "pcs", 75000, 400, 10),
        ("plakat-kayu", "Plakat Kayu Siger Lampung", "pcs", 175000, 200, 10)]),
    ("K6", "Akrilik Laser Cut Karawaci", "kecil", "36.71", "", True, [
        ("plakat-akrilik", "Plakat Akrilik Custom 20x15", "pcs", 85000, 1500, 7),
        ("ganci-akrilik", "Gantungan Kunci Akrilik Custom", "pcs", 3500, 20000, 5)]),
    ("K7", "Ukiran Jepara Barokah", "kecil", "33.20", "svlk", True, [
        ("plakat-kayu", "Plakat Kayu Jati Ukir Logo", "pcs", 225000, 300, 14)]),
    ("K8", "Pinisi Art Bira", "mikro", "73.02", "", True, [
        ("pinisi", "Miniatur Kapal Pinisi 40cm", "pcs", 350000, 100, 14),
        ("pinisi-mini", "Miniatur Pinisi Mini 15 cm", "pcs", 85000, 400, 7)]),
    ("K9", "Sanggar Wayang Golek Jelekong", "mikro", "32.04", "", True, [
        ("wayang-golek", "Wayang Golek Cepot 40 cm", "pcs", 250000, 80, 14),
        ("ganci-wayang", "Wayang Golek Mini Gantungan Kunci", "pcs", 20000, 1500, 7)]),

    ("P1", "Perak Kotagede Sarwo Edi", "kecil", "34.71", "", True, [
        ("bros-perak", "Bros Perak Filigree Motif Bunga", "pcs", 275000, 200, 14),
        ("cincin-perak", "Cincin Perak 925 Ukir", "pcs", 185000, 300, 10)]),
    ("P2", "Mutiara Sekarbela Lombok", "kecil", "52.71", "", True, [
        ("kalung-mutiara", "Kalung Mutiara Air Tawar", "pcs", 350000, 200, 10),
        ("anting-mutiara", "Anting Mutiara Lombok", "pasang", 150000, 300, 10)]),
    ("P3", "Aksesoris Manik Leuwidamar", "mikro", "36.02", "", True, [
        ("gelang-manik", "Gelang Manik-Manik Etnik Baduy", "pcs", 15000, 3000, 5),
        ("kalung-manik", "Kalung Manik Kayu", "pcs", 25000, 1500, 5)]),
    ("P4", "Bros Hijab Tapis Metro", "mikro", "18.72", "", True, [
        ("bros-imitasi", "Bros Hijab Motif Tapis Lapis Emas", "pcs", 20000, 3000, 5)]),

    ("U1", "Mebel Rotan Tegalwangi", "kecil", "32.09", "svlk", True, [
        ("set-kursi-rotan", "Kursi Rotan Teras Set (2 kursi 1 meja)", "set", 1850000, 60, 21),
        ("kursi-rotan-sintetis", "Kursi Tamu Rotan Sintetis", "set", 3500000, 30, 30)]),
    ("U2", "Meubel Jati Jepara Sentosa", "kecil", "33.20", "svlk", True, [
        ("meja-kerja-jati", "Meja Kerja Kayu Jati 120x60", "unit", 2750000, 40, 30),
        ("lemari-arsip-kayu", "Lemari Arsip Kayu Jati 2 pintu", "unit", 3850000, 25, 30)]),
    ("U3", "Mebel Sekolah Karya Pringsewu", "mikro", "18.10", "", True, [
        ("meja-kursi-siswa", "Meja Kursi Siswa SD (1 set)", "set", 650000, 300, 21),
        ("whiteboard", "Papan Tulis Whiteboard Kaki Roda 120x240", "unit", 850000, 100, 14)]),
    ("U4", "Bengkel Las & Furnitur Besi Cikupa", "mikro", "36.03", "", True, [
        ("rak-besi", "Rak Besi Siku Lubang 5 susun", "unit", 650000, 200, 7),
        ("kursi-tunggu", "Kursi Tunggu Besi 3 dudukan", "unit", 1350000, 100, 14)]),
    ("U5", "Furnitur Kantor Cikarang Prima", "menengah", "32.16", "", True, [
        ("kursi-kantor", "Kursi Kantor Putar Hidrolik", "unit", 850000, 500, 10),
        ("lemari-arsip-besi", "Filing Cabinet Besi 4 laci", "unit", 2650000, 200, 14)]),
    ("U6", "CV Mebel Jaya Tamalanrea", "kecil", "73.71", "", True, [
        ("meja-rapat", "Meja Rapat Kayu Oval 10 orang", "unit", 7500000, 20, 30)]),

    ("H1", "Jamu Gendong Mbok Sri Wonokromo", "mikro", "35.78", "pirt", True, [
        ("jamu-kunyit-asam-fresh", "Jamu Kunyit Asam Botol 250 ml (segar)", "botol", 8000, 1500, 1)]),
    ("H2", "CV Herbal Nusantara Sleman", "kecil", "34.04", "bpom;halal", True, [
        ("kapsul-temulawak", "Kapsul Temulawak Ekstrak isi 60", "botol", 45000, 3000, 7),
        ("minyak-kayu-putih", "Minyak Kayu Putih Asli 60 ml", "botol", 28000, 2000, 7)]),
    ("H3", "Madu Hutan Ujung Kulon Lestari", "mikro", "36.01", "pirt", True, [
        ("madu-hutan", "Madu Hutan Asli Ujung Kulon 500 gr", "botol", 120000, 300, 5)]),
    ("H4", "Koperasi Herbal Sukadana", "koperasi", "18.07", "pirt-expired", True, [
        ("teh-kelor", "Teh Herbal Daun Kelor Celup", "box", 25000, 2000, 5),
        ("kelor-bubuk", "Serbuk Kelor Moringa Powder 100gr", "pcs", 35000, 1000, 5)]),
    ("H5", "Minyak Sereh Wangi Cigombong", "mikro", "32.01", "", True, [
        ("minyak-sereh", "Minyak Sereh Wangi (Citronella Oil) 30 ml", "botol", 35000, 1000, 5)]),

    ("S1", "Sabun Herbal Wangi Cicadas", "kecil", "32.73", "bpom;halal", True, [
        ("sabun-batang", "Sabun Batang Sereh & Kopi 100 gr", "pcs", 18000, 5000, 5),
        ("sabun-cuci-tangan", "Sabun Cair Cuci Tangan 500 ml Refill", "pouch", 22000, 3000, 5)]),
    ("S2", "Lilin Aroma Ubud", "mikro", "51.04", "", True, [
        ("lilin-aroma", "Lilin Aromaterapi Soy Wax Jar 100 gr", "pcs", 45000, 800, 7),
        ("diffuser", "Reed Diffuser Pengharum Ruangan 100 ml", "botol", 65000, 500, 7)]),
    ("S3", "Lulur Tradisional Laweyan", "mikro", "33.72", "bpom", True, [
        ("lulur", "Lulur Bengkoang Tradisional 200 gr", "jar", 30000, 1500, 5),
        ("masker-beras", "Masker Wajah Bubuk Beras", "pcs", 20000, 1500, 5)]),
    ("S4", "Minyak Kemiri Carita", "mikro", "36.01", "pirt", True, [
        ("minyak-kemiri", "Minyak Kemiri Penumbuh Rambut 100 ml", "botol", 30000, 1000, 5)]),
    ("S5", "Hampers Spa Tanjung Karang", "mikro", "18.71", "", True, [
        ("hampers-spa", "Hampers Spa Set (sabun, lulur, lilin)", "paket", 150000, 300, 7)]),

    ("L1", "Pande Besi Sukamaju", "mikro", "18.07", "", True, [
        ("cangkul", "Cangkul Baja Tempa", "pcs", 85000, 500, 7),
        ("sabit", "Arit / Sabit Rumput Baja", "pcs", 45000, 800, 5),
        ("parang", "Parang Kebun 16 inch", "pcs", 75000, 500, 7)]),
    ("L2", "Golok Sulangkar Baros", "mikro", "36.04", "", True, [
        ("golok", "Golok Sulangkar Baros Sarung Kayu", "pcs", 225000, 150, 10),
        ("pisau-dapur", "Pisau Dapur Set 3 pcs Baja Per", "set", 95000, 400, 7)]),
    ("L3", "Bengkel Las Teralis Periuk", "mikro", "36.71", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow per m2", "m2", 450000, 200, 10),
        ("pagar-besi", "Pagar Besi Minimalis per meter", "meter", 650000, 150, 14)]),
    ("L4", "Alat Tani Karawang Makmur", "kecil", "32.15", "sni", True, [
        ("sprayer", "Hand Sprayer Semprot Hama 16 L", "unit", 325000, 300, 7)]),

    ("C1", "Percetakan Mandiri Kaligandu", "kecil", "36.73", "", True, [
        ("banner", "Cetak Spanduk / Banner Flexi 280 gr per m2", "m2", 25000, 5000, 2),
        ("x-banner", "X-Banner 60x160 + Rangka", "pcs", 85000, 1000, 2),
        ("kartu-nama", "Cetak Kartu Nama 1 box", "box", 35000, 2000, 2)]),
    ("C2", "CV Grafika Teluk Betung", "kecil", "18.71", "", True, [
        ("buku-laporan", "Cetak Buku Laporan A4 Softcover 100 hal", "eks", 45000, 3000, 10),
        ("map-snelhecter", "Map Snelhecter Plastik Cetak Logo", "pcs", 3500, 10000, 7),
        ("stopmap", "Stopmap Kertas Folio", "pcs", 1500, 20000, 5)]),
    ("C3", "Kemasan & Label UMKM Tanah Sareal", "mikro", "32.71", "", True, [
        ("standing-pouch", "Standing Pouch Ziplock Kraft 14x22 (100 pcs)", "pack", 85000, 2000, 5),
        ("stiker-label", "Stiker Label Produk Vinyl per A3", "lembar", 15000, 5000, 2),
        ("box-kue", "Box Kemasan Kue Custom 20x20", "pcs", 3000, 20000, 7)]),
    ("C4", "Toko ATK & Fotocopy Gadingrejo", "mikro", "18.10", "", True, [
        ("kertas-a4-70", "Kertas HVS A4 70 gram 1 rim", "rim", 55000, 1000, 2),
        ("pulpen", "Pulpen Gel Hitam 1 pak isi 12", "pak", 30000, 1500, 2),
        ("buku-tulis", "Buku Tulis 38 lembar 1 pak", "pak", 35000, 1500, 2)]),
    ("C5", "Digital Printing Cawang", "kecil", "31.75", "", True, [
        ("backdrop", "Backdrop Panggung Banner + Rangka 3x2 m", "paket", 1250000, 100, 3),
        ("roll-up", "Roll Up Banner 80x200 Aluminium", "pcs", 275000, 500, 3)]),
    ("C6", "Sablon & Cetak Panakkukang", "mikro", "73.71", "", True, [
        ("sertifikat", "Cetak Sertifikat Art Carton 260 gr", "lembar", 3000, 10000, 3),
        ("brosur", "Cetak Brosur A4 Lipat 3", "lembar", 1500, 20000, 3)]),
    ("C7", "PT Mega Printing Indonesia", "besar", "35.78", "iso-9001", True, [
        ("banner", "Banner Flexi China 280gr Cetak Cepat", "m2", 18000, 100000, 1),
        ("roll-up", "Roll Up Banner 80x200 Murah", "pcs", 190000, 5000, 2)]),

    ("T1", "Penangkar Bibit Buah Pagelaran", "mikro", "18.10", "", True, [
        ("bibit-durian", "Bibit Durian Musang King Okulasi 60 cm", "batang", 45000, 2000, 7),
        ("bibit-alpukat", "Bibit Alpukat Miki Sambung Pucuk", "batang", 35000, 2000, 7)]),
    ("T2", "Pokdakan Mina Sejahtera Metro", "koperasi", "18.72", "", True, [
        ("benih-lele", "Benih Ikan Lele Sangkuriang 5-7 cm", "ekor", 200, 100000, 3),
        ("benih-nila", "Benih Ikan Nila Merah 5-7 cm", "ekor", 300, 80000, 3)]),
    ("T3", "Pakan Ternak Maju Klari", "kecil", "32.15", "sni", True, [
        ("pakan-ayam", "Pakan Ayam Petelur Konsentrat 50 kg", "karung", 385000, 400, 5),
        ("pelet-ikan", "Pelet Ikan Apung Protein 30% 30 kg", "karung", 320000, 500, 5)]),
    ("T4", "Tanaman Hias Sawangan", "mikro", "32.76", "", True, [
        ("sansevieria", "Tanaman Hias Sansevieria Pot 25", "pot", 45000, 1500, 5),
        ("monstera", "Monstera Deliciosa Pot Besar", "pot", 125000, 300, 5)]),
    ("T5", "Koi Farm Nglegok", "mikro", "35.05", "", True, [
        ("koi", "Ikan Koi Kohaku 15 cm", "ekor", 50000, 2000, 5),
        ("cupang", "Ikan Cupang Halfmoon", "ekor", 25000, 3000, 5)]),
    ("T6", "Hidroponik Lembang Segar", "mikro", "32.17", "", True, [
        ("selada", "Selada Hidroponik 250 gr", "pack", 12000, 2000, 1)]),
    ("T7", "Kompos Organik Walantaka", "mikro", "36.73", "", True, [
        ("kompos", "Pupuk Kompos Organik 25 kg", "karung", 30000, 3000, 3)]),
    ("T8", "Penangkar Benih Padi Rawamerta", "kecil", "32.15", "", True, [
        ("benih-padi", "Benih Padi Inpari 32 Label Biru 5 kg", "sak", 65000, 3000, 5)]),

    ("X1", "Sapu Ijuk Menes", "mikro", "36.01", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 2000, 5),
        ("sapu-lidi", "Sapu Lidi Kelapa Gagang", "pcs", 12000, 3000, 3),
        ("kemoceng", "Kemoceng Bulu Ayam", "pcs", 20000, 1000, 3)]),
    ("X2", "Sabut Kelapa Kalianda", "mikro", "18.01", "", True, [
        ("keset-sabut", "Keset Sabut Kelapa 40x60", "pcs", 35000, 1500, 5),
        ("pel-kain", "Pel Lantai Kain Katun", "pcs", 45000, 800, 5)]),
    ("X3", "Booth & Event Kebon Jeruk", "kecil", "31.73", "", True, [
        ("booth", "Booth Pameran Knock Down 3x3 m", "unit", 7500000, 30, 14),
        ("tenda", "Tenda Sarnafil 4x4", "unit", 6500000, 20, 14)]),
    ("X4", "Alat Peraga Edukasi Godean", "mikro", "34.04", "", True, [
        ("ape-puzzle", "Alat Peraga Edukasi Puzzle Kayu Peta Indonesia", "pcs", 85000, 500, 7),
        ("flipchart", "Papan Flipchart Kaki Tiga", "unit", 650000, 150, 7)]),
    ("X5", "Kain Lap & Majun Batuceper", "mikro", "36.71", "", True, [
        ("lap-microfiber", "Kain Lap Microfiber 30x30", "pcs", 5000, 10000, 3),
        ("majun", "Majun Kain Perca 1 kg", "kg", 8000, 5000, 3)]),
]

# code -> (name, delivery region)
OPDS = {
    "KIN-SETJEN": ("Sekretariat Jenderal Kementerian Perindustrian", "31.74"),
    "KIN-BDI-JKT": ("Balai Diklat Industri Jakarta", "31.75"),
    "KIN-BBSPJI-KB": ("Balai Besar Standardisasi dan Pelayanan Jasa Industri Kerajinan dan Batik", "34.71"),
    "KIN-BBSPJI-TEKSTIL": ("Balai Besar Standardisasi dan Pelayanan Jasa Industri Tekstil", "32.73"),
    "KIN-BDI-SBY": ("Balai Diklat Industri Surabaya", "35.78"),
    "KIN-BDI-MKS": ("Balai Diklat Industri Makassar", "73.71"),
    "KUKM-DEP-UM": ("Deputi Bidang Usaha Mikro Kementerian Koperasi dan UKM", "31.74"),
    "PAR-DIT-PN": ("Direktorat Pemasaran Pariwisata Nusantara Kemenparekraf", "31.71"),
    "LPG-PLUT": ("UPTD PLUT-KUMKM Provinsi Lampung", "18.71"),
    "SRG-DISPERINDAG": ("Dinas Perindustrian dan Perdagangan Kabupaten Serang", "36.04"),
    "TNG-DISKOPERINDAG": ("Dinas Koperasi UKM Perindustrian dan Perdagangan Kota Tangerang", "36.71"),
    "PDG-DISPARBUD": ("Dinas Pariwisata dan Kebudayaan Kabupaten Pandeglang", "36.01"),
    "LTM-DISTAN": ("Dinas Pertanian Kabupaten Lampung Timur", "18.07"),
    "PSW-DISKAN": ("Dinas Perikanan Kabupaten Pringsewu", "18.10"),
    "TGM-DISDIK": ("Dinas Pendidikan dan Kebudayaan Kabupaten Tanggamus", "18.06"),
    "MTR-SETDA": ("Sekretariat Daerah Kota Metro", "18.72"),
    "BKS-DISKOP": ("Dinas Koperasi dan UKM Kabupaten Bekasi", "32.16"),
    "KRW-DISTAN": ("Dinas Pertanian Kabupaten Karawang", "32.15"),
    "KSR-DLH": ("Dinas Lingkungan Hidup Kota Serang", "36.73"),
    "LBK-SETDA": ("Sekretariat Daerah Kabupaten Lebak", "36.02"),
    "BGR-DISPERINDAG": ("Dinas Perindustrian dan Perdagangan Kabupaten Bogor", "32.01"),
}

# (category, opd, description, quantity, unit, budget, needed_by, certs, kinds, note)
NEEDS = [
    # makanan
    ("makanan", "PAR-DIT-PN", "Belanja Barang Non Operasional Lainnya - Oleh-oleh Kuliner Nusantara (Kerupuk Kemplang Ikan Panggang) untuk buyer Famtrip Sumatera", 300, "pcs", 7500000, "2026-04-15", "", ["kemplang"], "kemplang panggang (not raw fish crackers)"),
    ("makanan", "KUKM-DEP-UM", "Belanja Bahan - Bakpia isi kacang hijau sajian Bazar UMKM Hari Koperasi", 150, "box", 7500000, "2026-06-20", "", ["bakpia"], "bakpia; kacang disko is not bakpia"),
    ("makanan", "SRG-DISPERINDAG", "Belanja Makanan dan Minuman Tamu - Otak Otak Bandeng", 100, "pack", 4000000, "2026-03-12", "", ["otak-otak"], "otak-otak bandeng"),
    ("makanan", "LPG-PLUT", "Belanja Bahan - makanan ringan KERIPIK PISANG COKLAT utk display pameran produk UMKM", 500, "pcs", 10000000, "2026-05-05", "halal", ["keripik-pisang"], "the closed maker and the besar maker are out"),
    ("makanan", "TNG-DISKOPERINDAG", "Kue kering (nastar / kastengel) toples 500 gr untuk parcel lebaran pegawai", 100, "toples", 11000000, "2026-03-10", "", ["nastar", "kastengel"], "either cookie"),
    ("makanan", "KIN-SETJEN", "Belanja Barang Non Operasional Lainnya - Abon Ikan Tuna 100 gr oleh-oleh khas Makassar untuk peserta Rakernas", 200, "pcs", 6500000, "2026-04-30", "halal", ["abon-ikan"], "abon tuna"),
    ("makanan", "PDG-DISPARBUD", "Belanja Hadiah - Keripik Talas 250 gr", 200, "pcs", 4000000, "", "", [], "(a) keripik talas: only singkong and pisang chips exist"),
    ("makanan", "KUKM-DEP-UM", "Belanja Bahan - Kacang Mete Goreng (Cashew Nut) 250gr", 100, "pcs", 8000000, "", "", [], "(a) cashew: only kacang disko exists"),
    ("makanan", "KIN-BDI-SBY", "Belanja Bahan - Sambal bawang botol produk binaan utk display pelatihan", 60, "botol", 1800000, "2026-03-20", "", ["sambal-bawang"], "sambal bawang, not sambal teri"),
    # minuman
    ("minuman", "KIN-SETJEN", "Belanja Barang Non Operasional Lainnya - Kopi Robusta Lampung bubuk kemasan 250 gr souvenir delegasi", 200, "pcs", 8000000, "2026-05-15", "", ["kopi-robusta-bubuk"], "ground robusta"),
    ("minuman", "KIN-BBSPJI-TEKSTIL", "Drip coffee arabika (isi 10 sachet) untuk tamu Balai", 100, "box", 7000000, "", "", ["kopi-dripbag"], "drip bag"),
    ("minuman", "LBK-SETDA", "Belanja Makanan dan Minuman Kegiatan - Air Mineral Cup 220 ml Seba Baduy", 200, "dus", 5000000, "2026-04-20", "", ["amdk-gelas"], "cups, not 600 ml bottles"),
    ("minuman", "PAR-DIT-PN", "Souvenir minuman tradisional Wedang Uwuh khas Imogiri", 300, "box", 7500000, "2026-06-30", "", ["wedang-uwuh"], "wedang uwuh"),
    ("minuman", "KUKM-DEP-UM", "Cocoa Powder / bubuk kakao murni 250 gr produk koperasi", 100, "pcs", 5000000, "", "", ["coklat-bubuk"], "cocoa powder"),
    ("minuman", "TNG-DISKOPERINDAG", "Kopi Bubuk Liberika 250 gr oleh-oleh", 100, "pcs", 6000000, "", "", [], "(a) liberica: only robusta and arabica exist"),
    ("minuman", "KIN-BDI-SBY", "Susu Kambing Etawa Bubuk 200 gr", 100, "pcs", 8000000, "", "", [], "(b) goat milk powder: shares bubuk only"),
    # jasa-boga
    ("jasa-boga", "KIN-SETJEN", "Belanja Jasa Konsumsi - Nasi Kotak Rapat Koordinasi Program Restrukturisasi Mesin IKM 250 pax", 250, "box", 12500000, "2026-03-05", "halal", ["nasi-kotak"], "Jakarta caterer (besar excluded)"),
    ("jasa-boga", "KUKM-DEP-UM", "Belanja Jasa Konsumsi - Snack Box (Kue Kotak) FGD Kurasi Produk UMKM 80 orang", 80, "box", 1800000, "2026-02-26", "halal", ["snack-box"], "snack box in DKI; coffee break is another service"),
    ("jasa-boga", "PAR-DIT-PN", "Belanja Jasa Konsumsi - Prasmanan Gala Dinner Apresiasi Desa Wisata 300 pax", 300, "pax", 25500000, "2026-04-24", "", ["prasmanan"], "buffet in DKI"),
    ("jasa-boga", "KIN-BDI-SBY", "Konsumsi Diklat 3in1 Operator Mesin Jahit - makan siang 90 peserta x 10 hari", 900, "box", 40500000, "2026-04-30", "", ["nasi-kotak"], "lunch boxes in Jawa Timur"),
    ("jasa-boga", "KIN-BDI-MKS", "Belanja Jasa Konsumsi - Kue kotak tradisional peserta Pelatihan Tenun Sutera 60 org", 60, "box", 1500000, "2026-03-25", "", ["snack-box"], "kue box Makassar"),
    ("jasa-boga", "KIN-BDI-MKS", "Belanja Jasa Konsumsi - Nasi Box Peserta Jalan Sehat Hari Jadi 5.000 porsi", 5000, "box", 250000000, "2026-05-10", "", ["!nasi-kotak"], "(c) 5,000 boxes in one day: no Sulawesi caterer makes that many a month"),
    ("jasa-boga", "KSR-DLH", "Tumpeng Nasi Kuning Besar (untuk 30 orang) Syukuran HUT Kota Serang", 3, "paket", 4500000, "2026-05-20", "", [], "(a) big tumpeng: only a one-person mini tumpeng, in Bandung"),
    ("jasa-boga", "LPG-PLUT", "Belanja Makanan dan Minuman Kegiatan - Nasi kotak pelatihan digital marketing UMKM 75 pax", 75, "box", 3375000, "2026-02-27", "halal", ["nasi-kotak"], "Lampung caterer"),
    ("jasa-boga", "KIN-BBSPJI-KB", "Belanja Jasa Konsumsi - Prasmanan Pembukaan Pameran Kriya dan Batik 200 pax", 200, "pax", 18000000, "2026-06-10", "", [], "(a) buffet in DIY: Yogya caterers only do boxes"),
    # fesyen
    ("fesyen", "KIN-BBSPJI-KB", "Belanja Hadiah yang Bersifat Barang - Kain Batik Tulis Pewarna Alami untuk narasumber internasional", 10, "lembar", 7500000, "2026-04-30", "batikmark", ["batik-tulis"], "hand-drawn batik; batik cap is not it; the inactive maker is out"),
    ("fesyen", "BKS-DISKOP", "Belanja Pakaian Dinas Harian (PDH) Khaki 150 stel", 150, "stel", 48000000, "2026-05-29", "", ["pdh-setelan"], "PDH; the besar garment maker is out"),
    ("fesyen", "LPG-PLUT", "Belanja Cinderamata - Selendang Tapis Lampung untuk tamu VIP", 30, "pcs", 9000000, "", "", ["tapis-selendang"], "tapis scarf, not the 2 m cloth"),
    ("fesyen", "PAR-DIT-PN", "Perlengkapan Pameran - Tote Bag Kanvas Sablon Logo Wonderful Indonesia", 1000, "pcs", 35000000, "2026-04-30", "", ["totebag-kanvas"], "canvas tote; spunbond goodie bag and backpack are not it"),
    ("fesyen", "KUKM-DEP-UM", "Tas seminar / goodie bag peserta Rakornas", 500, "pcs", 37500000, "2026-05-15", "", ["tas-seminar", "totebag-kanvas", "goodie-spunbond"], "any event bag"),
    ("fesyen", "TGM-DISDIK", "T-Shirt Cotton Combed 30s sablon 1 warna Porseni pelajar", 300, "pcs", 18000000, "2026-07-01", "", ["kaos-sablon"], "printed t-shirt; polo is not it"),
    ("fesyen", "LBK-SETDA", "Belanja Cinderamata - Kain Tenun Baduy untuk Tamu Kenegaraan", 20, "lembar", 7000000, "", "", ["tenun-baduy"], "Baduy weaving, not Troso"),
    ("fesyen", "KIN-BDI-JKT", "Sepatu Safety Boots untuk Praktikum Bengkel", 100, "pasang", 45000000, "", "", [], "(b) safety boots: only pantofel and sandals"),
    # kerajinan
    ("kerajinan", "PAR-DIT-PN", "Belanja Barang Non Operasional Lainnya - Souvenir Khas Daerah Miniatur Kapal Phinisi untuk Delegasi ASEAN Tourism Forum", 40, "pcs", 14000000, "2026-05-30", "", ["pinisi", "pinisi-mini"], "phinisi = pinisi"),
    ("kerajinan", "LPG-PLUT", "Plakat Kayu Siger untuk Narasumber", 15, "pcs", 3300000, "2026-03-31", "", ["plakat-kayu"], "wooden plaque; acrylic is not it"),
    ("kerajinan", "TNG-DISKOPERINDAG", "Plakat acrylic penghargaan UMKM juara", 25, "pcs", 2500000, "2026-03-31", "", ["plakat-akrilik"], "acrylic plaque"),
    ("kerajinan", "KIN-BBSPJI-KB", "Belanja Bahan - Guci Gerabah Kasongan untuk Display Showroom", 10, "pcs", 3000000, "", "", ["guci-gerabah"], "big jar, not the mini vase"),
    ("kerajinan", "KUKM-DEP-UM", "Besek bambu kemasan hampers produk binaan", 200, "pack", 6000000, "2026-04-10", "", ["besek"], "besek"),
    ("kerajinan", "PDG-DISPARBUD", "Tas Anyaman Pandan souvenir peserta Festival Tanjung Lesung", 150, "pcs", 11000000, "2026-06-15", "", ["tas-pandan"], "pandan bag"),
    ("kerajinan", "KIN-SETJEN", "Plakat Kristal (Crystal Award) Penghargaan Rintisan Teknologi Industri", 20, "pcs", 20000000, "", "", [], "(a) crystal plaque: only wood and acrylic"),
    ("kerajinan", "KSR-DLH", "Lampu Hias Anyaman Bambu", 20, "pcs", 3000000, "", "", [], "(b) bamboo lamp: nobody makes one"),
    ("kerajinan", "PAR-DIT-PN", "Perlengkapan Pameran - Keychain acrylic custom", 2000, "pcs", 8000000, "2026-04-30", "", ["ganci-akrilik"], "acrylic keychain"),
    # perhiasan
    ("perhiasan", "PAR-DIT-PN", "Belanja Cinderamata - Bros Perak Kotagede untuk Istri Delegasi", 30, "pcs", 9000000, "2026-05-30", "", ["bros-perak"], "silver brooch"),
    ("perhiasan", "KUKM-DEP-UM", "Freshwater pearl necklace / kalung mutiara Lombok", 20, "pcs", 7500000, "", "", ["kalung-mutiara"], "pearl necklace"),
    ("perhiasan", "LBK-SETDA", "Gelang manik Baduy untuk peserta", 500, "pcs", 8500000, "2026-04-20", "", ["gelang-manik"], "bead bracelet"),
    ("perhiasan", "MTR-SETDA", "Bros hijab motif tapis", 200, "pcs", 5000000, "", "", ["bros-imitasi"], "hijab brooch"),
    ("perhiasan", "KIN-SETJEN", "Kalung Mutiara Laut Selatan (South Sea Pearl)", 5, "pcs", 25000000, "", "", [], "(a) south sea pearl: only freshwater"),
    # furnitur
    ("furnitur", "TGM-DISDIK", "Belanja Modal Peralatan dan Mesin - Mebel Sekolah Meja Kursi Siswa SD", 120, "set", 84000000, "2026-07-15", "", ["meja-kursi-siswa"], "school desks"),
    ("furnitur", "KUKM-DEP-UM", "Kursi kerja putar (swivel chair) staf", 40, "unit", 38000000, "", "", ["kursi-kantor"], "office chair"),
    ("furnitur", "BGR-DISPERINDAG", "Filing cabinet 4 laci", 10, "unit", 28000000, "", "", ["lemari-arsip-besi"], "4-drawer cabinet"),
    ("furnitur", "PAR-DIT-PN", "Kursi Rotan Teras untuk Lounge Pameran", 5, "set", 10000000, "2026-05-15", "", ["set-kursi-rotan"], "rattan set"),
    ("furnitur", "KIN-BDI-MKS", "Meja rapat oval kayu 10 orang", 1, "unit", 8000000, "", "", ["meja-rapat"], "meeting table"),
    ("furnitur", "LPG-PLUT", "Rak besi siku untuk gudang display produk", 10, "unit", 7000000, "", "", ["rak-besi"], "steel rack"),
    ("furnitur", "KIN-SETJEN", "Belanja Modal - Meja kerja kayu jati 120x60", 200, "unit", 600000000, "2026-03-31", "", ["!meja-kerja-jati"], "(c) 200 teak desks by March: 40 a month"),
    # herbal
    ("herbal", "KIN-BDI-SBY", "Jamu kunyit asam segar botol untuk peserta senam", 200, "botol", 2000000, "2026-03-06", "", ["jamu-kunyit-asam-fresh"], "fresh jamu in Jawa Timur"),
    ("herbal", "KUKM-DEP-UM", "Madu hutan asli 500 gr bingkisan", 100, "botol", 13000000, "", "", ["madu-hutan"], "forest honey"),
    ("herbal", "LTM-DISTAN", "Teh celup daun kelor (moringa) produk binaan", 200, "box", 6000000, "", "", ["teh-kelor"], "kelor tea bags, not powder"),
    ("herbal", "KIN-BBSPJI-KB", "Kapsul Temulawak", 100, "botol", 5000000, "", "bpom", ["kapsul-temulawak"], "temulawak capsules"),
    ("herbal", "PAR-DIT-PN", "Minyak kayu putih 60 ml souvenir", 300, "botol", 9300000, "", "", ["minyak-kayu-putih"], "cajuput oil"),
    ("herbal", "PDG-DISPARBUD", "Madu Randu", 100, "botol", 15000000, "", "", [], "(a) kapok honey: only forest honey"),
    ("herbal", "KIN-BDI-MKS", "Minyak Urut Zaitun", 50, "botol", 2500000, "", "", [], "(b) olive massage oil: nobody"),
    # kosmetik
    ("kosmetik", "KIN-SETJEN", "Sabun mandi batang herbal (bar soap) amenities Wisma Diklat", 1000, "pcs", 20000000, "", "bpom", ["sabun-batang"], "bar soap"),
    ("kosmetik", "KSR-DLH", "Sabun cuci tangan cair refill 500ml", 100, "pouch", 2500000, "", "", ["sabun-cuci-tangan"], "hand soap"),
    ("kosmetik", "PAR-DIT-PN", "Lilin aromaterapi (aromatherapy candle) soy wax", 200, "pcs", 10000000, "", "", ["lilin-aroma"], "candle"),
    ("kosmetik", "KUKM-DEP-UM", "Hampers spa / paket perawatan tubuh", 40, "paket", 7000000, "", "", ["hampers-spa"], "spa hamper"),
    ("kosmetik", "LBK-SETDA", "Hand sanitizer gel 500 ml", 100, "botol", 5000000, "", "", [], "(b) sanitizer: hand soap is not it"),
    ("kosmetik", "PDG-DISPARBUD", "Minyak kemiri penumbuh rambut", 50, "botol", 2000000, "", "", ["minyak-kemiri"], "candlenut hair oil"),
    # logam
    ("logam", "LTM-DISTAN", "Belanja Bahan-Bahan Pertanian - Pacul baja untuk bantuan Poktan", 300, "pcs", 30000000, "", "", ["cangkul"], "pacul = cangkul"),
    ("logam", "KRW-DISTAN", "Hand sprayer / alat semprot hama 16 liter", 100, "unit", 36000000, "", "", ["sprayer"], "sprayer"),
    ("logam", "SRG-DISPERINDAG", "Cinderamata Golok Sulangkar Baros khas Kabupaten Serang", 20, "pcs", 5000000, "", "", ["golok"], "golok, not parang"),
    ("logam", "TNG-DISKOPERINDAG", "Belanja Modal - Pembuatan Teralis Jendela Besi Kantor Kecamatan", 40, "m2", 20000000, "", "", ["teralis"], "window grille"),
    ("logam", "LTM-DISTAN", "Arit rumput", 200, "pcs", 10000000, "", "", ["sabit"], "arit = sabit"),
    ("logam", "MTR-SETDA", "Kanopi Baja Ringan", 60, "m2", 30000000, "", "", [], "(b) canopy: nobody"),
    # percetakan
    ("percetakan", "PAR-DIT-PN", "Perlengkapan Pameran - Roll Up Banner 80x200", 20, "pcs", 6000000, "2026-04-30", "", ["roll-up"], "roll-up, not x-banner; the besar printer is out"),
    ("percetakan", "KSR-DLH", "Spanduk flexi sosialisasi Bank Sampah 30 lembar ukuran 3x1 m", 90, "m2", 2700000, "", "", ["banner"], "flexi banner"),
    ("percetakan", "TGM-DISDIK", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor - Kertas HVS A4 70gr", 200, "rim", 12000000, "", "", ["kertas-a4-70"], "A4 paper"),
    ("percetakan", "KUKM-DEP-UM", "Standing pouch kraft ziplock kemasan produk UMKM binaan", 100, "pack", 9000000, "", "", ["standing-pouch"], "pouches"),
    ("percetakan", "MTR-SETDA", "Map snelhecter cetak logo Pemkot", 2000, "pcs", 8000000, "", "", ["map-snelhecter"], "snelhecter folder"),
    ("percetakan", "KIN-BBSPJI-TEKSTIL", "Backdrop panggung 3x2 meter + rangka (Pameran Tekstil)", 2, "paket", 3000000, "", "", ["backdrop"], "backdrop"),
    ("percetakan", "LBK-SETDA", "Map Plastik Kancing", 500, "pcs", 2500000, "", "", [], "(a) button folder: only snelhecter and stopmap"),
    # pertanian
    ("pertanian", "PSW-DISKAN", "Belanja Bibit Ikan - Benih Lele Sangkuriang ukuran 5-7 cm", 50000, "ekor", 12500000, "", "", ["benih-lele"], "catfish fry"),
    ("pertanian", "LTM-DISTAN", "Bibit Alpukat Miki sambung pucuk untuk Program Pekarangan", 1000, "batang", 40000000, "", "", ["bibit-alpukat"], "avocado seedlings"),
    ("pertanian", "PSW-DISKAN", "Pakan ikan apung (pelet) protein 30%", 100, "karung", 35000000, "", "", ["pelet-ikan"], "fish feed, not chicken feed"),
    ("pertanian", "PAR-DIT-PN", "Tanaman hias lidah mertua untuk dekorasi booth", 100, "pot", 5000000, "", "", ["sansevieria"], "lidah mertua = sansevieria"),
    ("pertanian", "KSR-DLH", "Pupuk kompos organik 25kg taman kota", 200, "karung", 7000000, "", "", ["kompos"], "compost"),
    ("pertanian", "PSW-DISKAN", "Benih Ikan Patin", 20000, "ekor", 8000000, "", "", [], "(a) patin fry: only lele and nila"),
    ("pertanian", "LTM-DISTAN", "Bibit Durian Montong", 500, "batang", 30000000, "", "", [], "(a) montong: only musang king"),
    ("pertanian", "KRW-DISTAN", "Pakan Konsentrat Sapi", 100, "karung", 40000000, "", "", [], "(b) cattle feed: only chicken and fish feed"),
    # lainnya
    ("lainnya", "KSR-DLH", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Kebersihan dan Bahan Pembersih - Sapu Ijuk", 100, "pcs", 3000000, "", "", ["sapu-ijuk"], "ijuk broom, not lidi"),
    ("lainnya", "LBK-SETDA", "Keset kaki sabut kelapa", 50, "pcs", 2500000, "", "", ["keset-sabut"], "doormat"),
    ("lainnya", "PAR-DIT-PN", "Booth pameran knock down 3x3", 3, "unit", 27000000, "2026-04-15", "", ["booth"], "booth"),
    ("lainnya", "KIN-BDI-JKT", "Alat Peraga Pelatihan - Papan flipchart kaki tiga", 10, "unit", 8000000, "", "", ["flipchart"], "flipchart"),
    ("lainnya", "MTR-SETDA", "Spin Mop (alat pel ember putar)", 20, "set", 4000000, "", "", [], "(a) spin mop: only a cloth mop"),
    ("lainnya", "LPG-PLUT", "Tenda sarnafil 4x4 untuk bazar", 2, "unit", 14000000, "", "", ["tenda"], "tent"),
]

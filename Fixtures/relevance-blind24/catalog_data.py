"""Hand-written suppliers and products of relevance-blind24 (fictional businesses, real Kemendagri regions).

SUPPLIERS: (key, name, scale, region, certificates, active, category, products)
product:   (kind, name as the maker writes it, unit, price, capacity_per_month, lead_time_days)
The kind is the labeller's tag for what the product is; it never reaches the CSVs.
"""

PERISHABLE = {"nasi-kotak", "nasi-kotak-premium", "snack-box", "prasmanan", "tumpeng", "coffee-break", "nasi-liwet",
              "jamu-kunyit-asam", "jamu-beras-kencur", "telur-kampung", "otak-otak-segar"}

SUPPLIERS = [
    # ---------------- makanan ----------------
    ("MA", "UMKM Kerupuk Ikan Bu Enah", "mikro", "36.04", "pirt;halal", True, "makanan", [
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri Mentah 250 gr", "pcs", 18000, 1500, 3),
        ("kerupuk-kulit-ikan", "Kerupuk Kulit Ikan Goreng Renyah 100 gr", "pcs", 15000, 800, 3),
    ]),
    ("MB", "Otak-Otak Bandeng Mang Udin", "mikro", "36.73", "pirt", True, "makanan", [
        ("sate-bandeng", "Sate Bandeng Khas Serang (1 ekor)", "pcs", 35000, 600, 2),
        ("otak-otak-segar", "Otak-otak Bandeng Kukus isi 10", "pack", 30000, 300, 1),
    ]),
    ("MC", "Dapur Sambal Mama Lin", "mikro", "36.71", "pirt;halal", True, "makanan", [
        ("sambal-roa", "Sambal Roa Botol 150 ml", "botol", 38000, 900, 4),
        ("sambal-bawang", "Sambal Bawang Pedas 200 gr", "botol", 25000, 1200, 4),
    ]),
    ("MD", "Keripik Pisang Kepok Ratu Tanggamus", "kecil", "18.06", "pirt;halal", True, "makanan", [
        ("keripik-pisang", "Keripik Pisang Kepok Manis 250 gr", "pcs", 20000, 3000, 5),
        ("keripik-pisang-cokelat", "Keripik Pisang Lumer Cokelat 200 gr", "pcs", 27000, 2000, 5),
        ("lempok-durian", "Lempok Durian Asli 250 gr", "pcs", 45000, 400, 7),
    ]),
    ("ME", "KWT Mekar Sari Lebak", "koperasi", "36.02", "pirt", True, "makanan", [
        ("gula-semut", "Gula Aren Semut Organik 500 gr", "pcs", 32000, 2000, 5),
        ("gula-aren-cetak", "Gula Aren Cetak Batok 1 kg", "kg", 28000, 3000, 5),
        ("sale-pisang", "Sale Pisang Basah 250 gr", "pcs", 17000, 1000, 5),
    ]),
    ("MF", "Dapur Betawi Nyak Ipah", "mikro", "31.75", "pirt;halal", True, "makanan", [
        ("kembang-goyang", "Kue Kembang Goyang Toples 500 gr", "toples", 55000, 500, 5),
        ("dodol-betawi", "Dodol Betawi Ketan Hitam 500 gr", "pcs", 50000, 400, 6),
    ]),
    ("MG", "Rumah Olahan Susu Ciapus", "kecil", "32.01", "pirt;halal", True, "makanan", [
        ("dodol-susu", "Dodol Susu Sapi Murni 250 gr", "pcs", 28000, 800, 5),
        ("keju-mozzarella", "Keju Mozzarella Lokal 1 kg", "kg", 150000, 150, 5),
        ("dendeng-sapi", "Dendeng Sapi Balado 250 gr", "pcs", 85000, 300, 6),
    ]),
    ("MH", "Toko Oleh2 Jawara Official", "kecil", "36.71", "halal", True, "makanan", [
        ("emping-melinjo", "Emping Melinjo Pedas Manis 250gr", "pcs", 30000, 2500, 3),
        ("rengginang", "Rengginang Ketan Mentah 500gr", "pcs", 22000, 1500, 3),
        ("abon-ikan", "Abon Ikan Tuna Pedas 100 gr", "pcs", 32000, 1000, 3),
    ]),
    ("MI", "PT Snack Nusantara Makmur", "besar", "32.16", "halal;bpom;iso-9001", True, "makanan", [
        ("keripik-pisang", "Keripik Pisang Original 250 gr Kemasan Pabrik", "pcs", 14000, 50000, 3),
        ("emping-melinjo", "Emping Melinjo Original 250 gr", "pcs", 24000, 30000, 3),
    ]),
    # ---------------- minuman ----------------
    ("NA", "Kopi Tanggamus Jaya (Kelompok Tani Sinar Harapan)", "koperasi", "18.06", "pirt;halal", True, "minuman", [
        ("kopi-robusta-tanggamus", "Kopi Bubuk Robusta Tanggamus 250 gr", "pcs", 35000, 3000, 5),
        ("kopi-robusta-tanggamus", "Kopi Robusta Lampung Biji Sangrai 1 kg", "kg", 120000, 500, 5),
        ("kopi-luwak", "Kopi Luwak Liar 100 gr", "pcs", 175000, 100, 7),
    ]),
    ("NB", "Cokelat Pesawaran Kakao Lestari", "kecil", "18.09", "pirt;halal", True, "minuman", [
        ("cokelat-bubuk", "Minuman Cokelat Bubuk 3in1 isi 10 sachet", "pack", 30000, 2000, 5),
        ("kakao-murni", "Bubuk Kakao Murni 250 gr", "pcs", 45000, 800, 5),
    ]),
    ("NC", "Wedang Rempah Bu Tini", "mikro", "18.72", "pirt", True, "minuman", [
        ("wedang-jahe", "Wedang Jahe Merah Instan 250 gr", "pcs", 25000, 1500, 4),
        ("wedang-uwuh", "Wedang Uwuh Rempah Celup isi 10", "pack", 20000, 1000, 4),
    ]),
    ("ND", "Peternakan Etawa Pandeglang", "mikro", "36.01", "pirt", True, "minuman", [
        ("susu-kambing-bubuk", "Susu Kambing Etawa Bubuk 200 gr", "pcs", 55000, 600, 5),
    ]),
    ("NE", "CV Tirta Pakuan", "kecil", "32.71", "sni;bpom;halal", True, "minuman", [
        ("amdk-gelas", "Air Mineral Gelas 220 ml (dus isi 48)", "dus", 22000, 4000, 2),
        ("amdk-botol", "Air Mineral Botol 600 ml (dus isi 24)", "dus", 42000, 3000, 2),
    ]),
    ("NF", "Kedai Kopi Sudut Serang", "mikro", "36.73", "pirt", True, "minuman", [
        ("kopi-susu-literan", "Kopi Susu Gula Aren Literan 1 L", "botol", 85000, 300, 1),
        ("sirup-markisa", "Sirup Markisa Asli 600 ml", "botol", 40000, 400, 3),
    ]),
    # ---------------- jasa-boga ----------------
    ("JA", "Catering Teh Ani Serang", "kecil", "36.73", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Ayam Goreng + Sayur + Buah", "kotak", 32000, 3000, 2),
        ("snack-box", "Snack Box isi 3 Kue + Air Mineral", "kotak", 15000, 4000, 1),
        ("prasmanan", "Prasmanan Menu Nusantara per Orang", "porsi", 65000, 1500, 5),
    ]),
    ("JB", "Rumah Makan Saung Liwet Pandeglang", "mikro", "36.01", "halal", True, "jasa-boga", [
        ("nasi-liwet", "Nasi Liwet Komplit Bungkus Daun", "porsi", 30000, 800, 2),
        ("nasi-kotak", "Nasi Box Ayam Bakar Madu", "box", 35000, 600, 2),
    ]),
    ("JC", "Dapur Bu Sri Metro Catering", "mikro", "18.72", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Rendang Komplit", "kotak", 35000, 700, 2),
        ("snack-box", "Kue Kotak Isi 4 (Lemper, Risol, Bolu, Kue Lumpur)", "kotak", 18000, 1200, 1),
    ]),
    ("JD", "Jakarta Lunch Box Co.", "kecil", "31.71", "halal", True, "jasa-boga", [
        ("nasi-kotak-premium", "Premium Lunch Box Bento (Rice, Chicken Teriyaki, Salad)", "box", 55000, 5000, 2),
        ("coffee-break", "Coffee Break Package (2 Pastry + Coffee/Tea)", "pax", 35000, 6000, 2),
        ("snack-box", "Snack Box Meeting isi 3", "box", 25000, 6000, 1),
    ]),
    ("JE", "Tumpeng Berkah Cikarang", "mikro", "32.16", "halal", True, "jasa-boga", [
        ("tumpeng", "Tumpeng Nasi Kuning 1 Set (20 Orang)", "set", 750000, 30, 3),
        ("nasi-kotak", "Nasi Kotak Ayam Bakar Cikarang", "kotak", 30000, 1500, 2),
    ]),
    ("JF", "Catering Dapur Ibu Tangerang", "kecil", "36.03", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Box Paket Hemat (Ayam, Tahu, Sambal)", "box", 25000, 2500, 2),
        ("snack-box", "Kue Kotak isi 3 (Bolu, Risoles, Pastel)", "kotak", 12000, 3000, 1),
    ]),
    ("JG", "Catering Bunda Kotabumi", "mikro", "18.03", "", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Ayam Goreng Kremes", "kotak", 28000, 250, 2),
    ]),
    # ---------------- fesyen ----------------
    ("FA", "Sanggar Tapis Siger Pesawaran", "kecil", "18.09", "", True, "fesyen", [
        ("kain-tapis", "Kain Tapis Lampung Motif Siger 2 m", "lembar", 1250000, 30, 21),
        ("selendang-tapis", "Selendang Tapis Benang Emas", "lembar", 350000, 80, 14),
        ("peci-tapis", "Peci Tapis Lampung", "pcs", 85000, 300, 7),
    ]),
    ("FB", "Batik Banten Datulaya", "kecil", "36.73", "batikmark", True, "fesyen", [
        ("batik-tulis-banten", "Kain Batik Tulis Motif Datulaya 2,25 m", "lembar", 950000, 25, 21),
        ("batik-cap-banten", "Kain Batik Cap Motif Banten 2 m", "lembar", 225000, 300, 10),
        ("kemeja-batik", "Kemeja Batik Banten Lengan Panjang Pria", "pcs", 275000, 400, 14),
    ]),
    ("FC", "Konveksi Maju Bersama Cibitung", "kecil", "32.16", "", True, "fesyen", [
        ("seragam-pdh", "Seragam PDH Khaki Setelan (Kemeja + Celana)", "stel", 325000, 600, 21),
        ("kaos-polo", "Kaos Polo Bordir Logo Instansi", "pcs", 95000, 2000, 14),
        ("rompi", "Rompi Kerja Drill Bordir", "pcs", 110000, 800, 14),
        ("wearpack", "Wearpack Coverall Safety Drill", "pcs", 185000, 500, 14),
    ]),
    ("FD", "Sepatu Ciomas Bogor Handmade", "mikro", "32.01", "", True, "fesyen", [
        ("sepatu-pantofel", "Sepatu Pantofel Kulit Sapi Pria Hitam", "pasang", 325000, 300, 14),
        ("sepatu-pdl", "Sepatu PDL Kulit Lars Pendek", "pasang", 425000, 200, 14),
        ("sandal-kulit", "Sandal Kulit Pria Casual", "pasang", 120000, 500, 7),
    ]),
    ("FE", "Grosir Mukena Tangerang", "kecil", "36.71", "", True, "fesyen", [
        ("mukena", "Mukena Katun Rayon Dewasa Jumbo + Tas", "pcs", 135000, 1000, 7),
        ("sarung", "Sarung Tenun Motif Kotak Dewasa", "pcs", 95000, 1500, 7),
        ("peci-hitam", "Peci Hitam Beludru Polos No. 7", "pcs", 35000, 3000, 5),
    ]),
    ("FF", "Tas Seminar Kit Karawang", "mikro", "32.15", "", True, "fesyen", [
        ("goodie-bag-spunbond", "Goodie Bag Spunbond 35x40 Sablon 1 Warna", "pcs", 6500, 10000, 10),
        ("tas-ransel", "Tas Ransel Laptop 15 inch Custom Logo", "pcs", 145000, 1000, 14),
        ("tote-bag-kanvas", "Tote Bag Kanvas Blacu Sablon", "pcs", 22000, 5000, 10),
    ]),
    ("FG", "Tenun Baduy Kanekes", "mikro", "36.02", "", True, "fesyen", [
        ("tenun-baduy", "Kain Tenun Baduy Motif Poleng 2 m", "lembar", 450000, 40, 14),
        ("ikat-kepala-baduy", "Iket Kepala Baduy (Lomar)", "pcs", 75000, 200, 7),
    ]),
    ("FH", "Handuk Rumah Tangga Kab Tangerang", "mikro", "36.03", "", True, "fesyen", [
        ("handuk", "Handuk Mandi Katun 70x140 Bordir Nama", "pcs", 65000, 1000, 10),
    ]),
    # ---------------- kerajinan ----------------
    ("KA", "Anyaman Pandan Ibu-Ibu Tanara", "mikro", "36.04", "", True, "kerajinan", [
        ("tikar-pandan", "Tikar Pandan Anyam 2x3 m", "lembar", 175000, 100, 10),
        ("tas-anyaman-pandan", "Tas Anyaman Pandan Motif Etnik", "pcs", 85000, 300, 10),
        ("kotak-anyaman-pandan", "Kotak Hantaran Anyaman Pandan Set 3", "set", 120000, 150, 10),
    ]),
    ("KB", "Koja Baduy Leuit", "mikro", "36.02", "", True, "kerajinan", [
        ("tas-koja", "Tas Koja Baduy Kulit Kayu Teureup", "pcs", 90000, 200, 10),
        ("anyaman-bambu", "Boboko Anyaman Bambu (Wadah Nasi)", "pcs", 35000, 500, 7),
        ("miniatur-rumah-baduy", "Miniatur Rumah Adat Baduy Bambu", "pcs", 150000, 60, 14),
    ]),
    ("KC", "Gerabah Bumi Jaya Ciruas", "kecil", "36.04", "", True, "kerajinan", [
        ("pot-gerabah", "Pot Tanah Liat Gerabah Diameter 30 cm", "pcs", 45000, 1000, 7),
        ("kendi", "Kendi Gerabah Tradisional", "pcs", 40000, 600, 7),
        ("celengan-gerabah", "Celengan Gerabah Karakter", "pcs", 25000, 1000, 7),
    ]),
    ("KD", "Akrilik Kreasi Tangerang", "kecil", "36.71", "", True, "kerajinan", [
        ("plakat-akrilik", "Plakat Akrilik Custom 15x20 cm + Box", "pcs", 125000, 800, 7),
        ("gantungan-kunci-akrilik", "Gantungan Kunci Akrilik Custom 2 Sisi", "pcs", 6000, 10000, 7),
    ]),
    ("KE", "Mainan Kayu Edukatif Ciawi", "mikro", "32.01", "svlk", True, "kerajinan", [
        ("puzzle-hijaiyah", "Puzzle Kayu Huruf Hijaiyah", "pcs", 45000, 800, 7),
        ("balok-susun", "Balok Susun Kayu 50 pcs Warna", "set", 95000, 400, 7),
        ("ape-menara-donat", "APE Menara Donat Kayu (Alat Peraga Edukatif PAUD)", "pcs", 40000, 600, 7),
    ]),
    ("KF", "Ukiran Kayu Pringsewu", "mikro", "18.10", "", True, "kerajinan", [
        ("plakat-kayu-ukir", "Plakat Kayu Ukir Siger Lampung", "pcs", 225000, 100, 14),
        ("hiasan-siger", "Hiasan Dinding Siger Kayu Lapis Emas", "pcs", 180000, 120, 14),
    ]),
    ("KG", "Souvenir Marketplace Bekasi Jaya", "kecil", "32.75", "", True, "kerajinan", [
        ("gantungan-kunci-akrilik", "Gantungan Kunci Akrilik Souvenir Custom Logo", "pcs", 4500, 20000, 5),
        ("mug-custom", "Mug Keramik Custom Foto / Logo 11 oz", "pcs", 22000, 5000, 5),
    ]),
    # ---------------- perhiasan ----------------
    ("PA", "Pengrajin Siger Kuningan Bandar Lampung", "mikro", "18.71", "", True, "perhiasan", [
        ("bros-siger", "Bros Siger Lampung Kuningan Lapis Emas", "pcs", 75000, 400, 10),
        ("gelang-kuningan", "Gelang Kuningan Ukir Motif Tapis", "pcs", 95000, 200, 10),
    ]),
    ("PB", "Manik Baduy Craft", "mikro", "36.02", "", True, "perhiasan", [
        ("gelang-manik", "Gelang Manik-Manik Baduy", "pcs", 15000, 2000, 5),
        ("kalung-manik", "Kalung Manik-manik Etnik Baduy", "pcs", 35000, 800, 5),
    ]),
    ("PC", "Pin & Emblem Jakarta", "kecil", "31.74", "", True, "perhiasan", [
        ("pin-logo", "Pin Logo Instansi Kuningan Enamel + Jarum Peniti", "pcs", 25000, 5000, 10),
        ("medali", "Medali Kuningan Custom 5 cm + Tali", "pcs", 45000, 3000, 14),
    ]),
    ("PD", "Perak Mutiara Mataram", "kecil", "52.71", "", True, "perhiasan", [
        ("liontin-mutiara", "Liontin Mutiara Air Laut Perak 925", "pcs", 450000, 100, 10),
        ("cincin-perak", "Cincin Perak 925 Ukir", "pcs", 175000, 200, 10),
    ]),
    # ---------------- furnitur ----------------
    ("RA", "Rotan Tegalwangi Jaya", "kecil", "32.09", "svlk", True, "furnitur", [
        ("kursi-rotan", "Kursi Teras Rotan Sintetis", "pcs", 650000, 100, 21),
        ("sofa-rotan", "Set Sofa Rotan Alami 3-1-1 + Meja", "set", 6500000, 15, 30),
    ]),
    ("RB", "Mebel Jati Karawang", "kecil", "32.15", "svlk", True, "furnitur", [
        ("meja-kerja", "Meja Kerja Kayu Mahoni 120x60 cm", "unit", 1250000, 60, 21),
        ("lemari-arsip-kayu", "Lemari Arsip Kayu Jati 2 Pintu", "unit", 3200000, 30, 30),
        ("rak-buku", "Rak Buku Kayu 5 Susun", "unit", 850000, 80, 14),
    ]),
    ("RC", "Mebel Sekolah Karya Lebak", "mikro", "36.02", "", True, "furnitur", [
        ("meja-kursi-siswa", "Meja Kursi Siswa SD 1 Set (Kayu)", "set", 450000, 400, 21),
        ("bale-bambu", "Bale-bale Bambu 2x1 m", "unit", 600000, 40, 14),
    ]),
    ("RD", "Furniture Kantor Murah Bekasi", "kecil", "32.16", "", True, "furnitur", [
        ("kursi-kantor", "Kursi Kantor Putar Jaring Hidrolik", "unit", 725000, 300, 7),
        ("lemari-arsip-besi", "Filing Cabinet Besi 4 Laci", "unit", 2400000, 150, 10),
        ("rak-sepatu", "Rak Sepatu Kayu 4 Susun", "unit", 275000, 300, 7),
    ]),
    ("RE", "CV Mebel Pinggir Kali Kota Serang", "mikro", "36.73", "", False, "furnitur", [
        ("meja-kerja", "Meja Kerja Kayu 1/2 Biro", "unit", 1100000, 40, 14),
    ]),
    # ---------------- herbal ----------------
    ("HA", "Jamu Gendong Mbok Sarmi", "mikro", "36.71", "pirt", True, "herbal", [
        ("jamu-kunyit-asam", "Jamu Kunyit Asam Botol 250 ml", "botol", 8000, 1500, 1),
        ("jamu-beras-kencur", "Jamu Beras Kencur Botol 250 ml", "botol", 8000, 1500, 1),
    ]),
    ("HB", "Kebun Kelor Lampung Timur", "kecil", "18.07", "pirt;halal", True, "herbal", [
        ("teh-kelor", "Teh Celup Daun Kelor isi 25", "box", 28000, 2000, 5),
        ("kapsul-kelor", "Kapsul Daun Kelor 60 kaps", "botol", 55000, 1000, 5),
        ("simplisia-kelor", "Daun Kelor Kering (Simplisia) 250 gr", "pcs", 35000, 800, 5),
    ]),
    ("HC", "Madu Hutan Ujung Kulon", "mikro", "36.01", "pirt", True, "herbal", [
        ("madu-hutan", "Madu Hutan Murni Ujung Kulon 500 ml", "botol", 120000, 300, 5),
        ("propolis", "Propolis Lebah Hutan 10 ml", "botol", 85000, 200, 5),
    ]),
    ("HD", "Rempah Sehat Bogor", "kecil", "32.01", "pirt;halal;bpom", True, "herbal", [
        ("jahe-merah-bubuk", "Jahe Merah Bubuk Instan 300 gr", "pcs", 35000, 2000, 4),
        ("temulawak-instan", "Temulawak Instan Serbuk 250 gr", "pcs", 30000, 1500, 4),
        ("minyak-sereh", "Minyak Sereh Wangi Gosok 60 ml", "botol", 25000, 1000, 4),
    ]),
    ("HE", "Herbal Nusantara Official Store", "kecil", "31.73", "bpom;halal", True, "herbal", [
        ("jahe-merah-bubuk", "[READY] Serbuk Jahe Merah Premium 500gr", "pcs", 55000, 3000, 3),
        ("madu-hutan", "Madu Hutan Sumbawa Asli 1 kg", "botol", 175000, 500, 3),
    ]),
    # ---------------- kosmetik ----------------
    ("CA", "Sabun Susu Kambing Etawa Serang", "mikro", "36.04", "bpom;halal", True, "kosmetik", [
        ("sabun-batang-susu", "Sabun Batang Susu Kambing Etawa 100 gr", "pcs", 15000, 3000, 5),
        ("lulur-bengkoang", "Lulur Mandi Bengkoang 200 gr", "pcs", 25000, 800, 5),
    ]),
    ("CB", "Lilin Aroma Rumah Wangi", "mikro", "36.74", "", True, "kosmetik", [
        ("lilin-aromaterapi", "Lilin Aromaterapi Lavender Kaleng 100 gr", "pcs", 35000, 1000, 5),
        ("reed-diffuser", "Reed Diffuser Pengharum Ruangan 100 ml", "botol", 55000, 600, 5),
    ]),
    ("CC", "Kebersihan Bersinar Kota Bekasi", "kecil", "32.75", "", True, "kosmetik", [
        ("sabun-cuci-tangan", "Sabun Cuci Tangan Cair Jerigen 5 Liter", "jerigen", 85000, 1000, 5),
        ("hand-sanitizer", "Hand Sanitizer Gel 500 ml", "botol", 35000, 2000, 5),
    ]),
    ("CD", "Skincare Lokal Pringsewu", "mikro", "18.10", "bpom", True, "kosmetik", [
        ("lip-balm", "Lip Balm Madu Alami 10 gr", "pcs", 20000, 1000, 5),
        ("body-lotion", "Body Lotion Kelor 200 ml", "botol", 45000, 800, 5),
    ]),
    # ---------------- logam ----------------
    ("LA", "Pandai Besi Sukamaju Lebak", "mikro", "36.02", "", True, "logam", [
        ("cangkul", "Cangkul Baja Tempa Gagang Kayu", "pcs", 95000, 400, 7),
        ("arit", "Arit / Sabit Rumput Baja Per", "pcs", 55000, 600, 7),
        ("golok", "Golok Tempa Baja Per Sarung Kayu", "pcs", 175000, 200, 10),
    ]),
    ("LB", "Bengkel Las Sinar Baja Kota Tangerang", "kecil", "36.71", "", True, "logam", [
        ("teralis-besi", "Teralis Jendela Besi Hollow (per m2)", "m2", 450000, 300, 14),
        ("kanopi-baja-ringan", "Kanopi Baja Ringan Atap Alderon (per m2)", "m2", 550000, 400, 14),
        ("pagar-besi", "Pagar Besi Minimalis (per m2)", "m2", 650000, 200, 14),
    ]),
    ("LC", "Alat Dapur Logam Natar", "mikro", "18.01", "", True, "logam", [
        ("wajan-besi", "Wajan Besi Cor Diameter 30 cm", "pcs", 125000, 300, 7),
        ("dandang-aluminium", "Dandang Aluminium 40 cm", "pcs", 275000, 200, 7),
        ("pisau-dapur-set", "Set Pisau Dapur Stainless 5 pcs + Talenan", "set", 115000, 400, 7),
    ]),
    ("LD", "Kerajinan Kuningan Jakarta Timur", "kecil", "31.75", "", True, "logam", [
        ("plakat-kuningan", "Plakat Logam Kuningan Grafir + Kayu Jati", "pcs", 375000, 200, 14),
    ]),
    ("LE", "Toko Besi Pertanian Metro", "mikro", "18.72", "", True, "logam", [
        ("cangkul", "Pacul Baja Cap Buaya Lokal + Gagang", "pcs", 85000, 500, 5),
        ("garpu-tanah", "Garpu Tanah Baja 4 Gigi", "pcs", 110000, 200, 5),
    ]),
    # ---------------- percetakan ----------------
    ("TA", "Digital Printing Serang Kreatif", "kecil", "36.73", "", True, "percetakan", [
        ("spanduk", "Spanduk Flexi China 280 gr (per m2)", "m2", 25000, 5000, 2),
        ("x-banner", "X-Banner 60x160 + Rangka", "pcs", 85000, 800, 2),
        ("stiker-vinyl", "Stiker Vinyl Cutting Logo (per m2)", "m2", 95000, 500, 3),
    ]),
    ("TB", "Percetakan Offset Metro Grafika", "kecil", "18.72", "", True, "percetakan", [
        ("brosur", "Cetak Brosur A4 Art Paper 150 gr Full Color", "lembar", 1500, 50000, 5),
        ("buku-agenda", "Buku Agenda Hardcover Custom Logo A5", "pcs", 55000, 2000, 14),
        ("kop-amplop", "Amplop Kop Surat Instansi 110x230 (per box 100)", "box", 95000, 500, 7),
    ]),
    ("TC", "ATK Grosir Kota Tangerang", "kecil", "36.71", "", True, "percetakan", [
        ("kertas-hvs-a4", "Kertas HVS A4 70 gsm (1 rim)", "rim", 52000, 5000, 2),
        ("map-snelhecter", "Map Snelhecter Plastik Folio", "pcs", 3000, 20000, 2),
        ("pulpen", "Pulpen Gel 0,5 mm Hitam (1 pak isi 12)", "pak", 30000, 5000, 2),
    ]),
    ("TD", "Kemasan Dus Karawang", "mikro", "32.15", "", True, "percetakan", [
        ("dus-nasi", "Dus Nasi Kotak Laminasi 20x20 Cetak Logo", "pcs", 1800, 50000, 7),
        ("paper-bag", "Paper Bag Kraft Custom Sablon 25x30", "pcs", 4500, 20000, 10),
    ]),
    ("TE", "Sablon & Cetak Kalender Pandeglang", "mikro", "36.01", "", True, "percetakan", [
        ("kalender-dinding", "Kalender Dinding 6 Lembar Custom", "pcs", 28000, 3000, 14),
        ("sertifikat", "Cetak Sertifikat/Piagam Art Carton 260 gr", "lembar", 3500, 10000, 3),
    ]),
    # ---------------- pertanian ----------------
    ("AA", "Penangkar Bibit Tanggamus Hijau", "kecil", "18.06", "", True, "pertanian", [
        ("bibit-kopi-robusta", "Bibit Kopi Robusta Sambung Polybag 30 cm", "batang", 5000, 20000, 14),
        ("bibit-durian", "Bibit Durian Musang King Okulasi 80 cm", "batang", 65000, 1000, 14),
        ("bibit-alpukat", "Bibit Alpukat Miki Sambung Pucuk", "batang", 45000, 1500, 14),
    ]),
    ("AB", "Ikan Hias Parung Bogor", "mikro", "32.01", "", True, "pertanian", [
        ("ikan-koi", "Ikan Koi Lokal Blitar Ukuran 15 cm", "ekor", 35000, 2000, 3),
        ("ikan-cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 25000, 3000, 3),
    ]),
    ("AC", "UPR Benih Ikan Lampung Timur", "mikro", "18.07", "", True, "pertanian", [
        ("benih-nila", "Benih Ikan Nila Merah 5-7 cm", "ekor", 400, 200000, 5),
        ("benih-lele", "Bibit Lele Sangkuriang 7-9 cm", "ekor", 300, 300000, 5),
    ]),
    ("AD", "Pabrik Pakan Mandiri Karawang", "menengah", "32.15", "sni", True, "pertanian", [
        ("pakan-ikan", "Pakan Ikan Pelet Apung Protein 30% (karung 30 kg)", "karung", 350000, 2000, 7),
        ("pakan-ayam", "Pakan Ayam Petelur Konsentrat 50 kg", "karung", 420000, 1500, 7),
    ]),
    ("AE", "Tanaman Hias Sawangan", "mikro", "32.76", "", True, "pertanian", [
        ("monstera", "Tanaman Hias Monstera Deliciosa Pot 25", "pot", 85000, 500, 5),
        ("sansevieria", "Sansevieria (Lidah Mertua) Pot Kecil", "pot", 25000, 2000, 5),
    ]),
    ("AF", "Peternak Ayam Kampung Serang", "mikro", "36.04", "", True, "pertanian", [
        ("telur-kampung", "Telur Ayam Kampung (per butir)", "butir", 3000, 6000, 2),
    ]),
    ("AG", "Gapoktan Beras Pandanwangi Cianjur", "koperasi", "32.03", "", True, "pertanian", [
        ("beras-pandanwangi", "Beras Pandan Wangi Cianjur 5 kg", "karung", 95000, 4000, 5),
        ("beras-merah", "Beras Merah Organik 2 kg", "pcs", 48000, 1000, 5),
    ]),
    ("AH", "Pupuk Organik Tani Makmur Pringsewu", "mikro", "18.10", "", True, "pertanian", [
        ("pupuk-kompos", "Pupuk Kompos Organik Karung 25 kg", "karung", 35000, 3000, 5),
        ("poc", "Pupuk Organik Cair (POC) 1 Liter", "botol", 30000, 2000, 5),
    ]),
    # ---------------- lainnya ----------------
    ("XA", "Sapu Ijuk & Sabut Kelapa Pandeglang", "mikro", "36.01", "", True, "lainnya", [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 2000, 5),
        ("keset-sabut", "Keset Sabut Kelapa 40x60", "pcs", 30000, 1500, 5),
        ("sapu-lidi", "Sapu Lidi Gagang Panjang", "pcs", 15000, 3000, 5),
    ]),
    ("XB", "Perlengkapan Masjid Al-Barokah", "kecil", "36.71", "", True, "lainnya", [
        ("sajadah-roll", "Sajadah Masjid Roll Turki 1,2 x 12 m", "roll", 1850000, 60, 10),
        ("tasbih-kayu", "Tasbih Kayu Kokka 99 Butir", "pcs", 45000, 1000, 5),
        ("sajadah", "Sajadah Travel Lipat Saku", "pcs", 40000, 1500, 5),
    ]),
    ("XC", "Gorden & Sprei Bu Lilis Karawang", "mikro", "32.15", "", True, "lainnya", [
        ("gorden", "Gorden Blackout Custom (per meter)", "meter", 125000, 800, 10),
        ("sprei", "Sprei Katun Jepang 160x200 + 2 Sarung Bantal", "set", 175000, 500, 7),
        ("taplak-meja", "Taplak Meja Rapat Satin 2x6 m", "pcs", 275000, 200, 7),
    ]),
    ("XD", "Papan Tulis & Alat Peraga Sekolah Bogor", "kecil", "32.71", "", True, "lainnya", [
        ("whiteboard", "Papan Tulis Whiteboard 120x240 + Kaki", "unit", 1150000, 100, 10),
        ("globe", "Globe Bola Dunia Diameter 30 cm", "pcs", 185000, 200, 7),
    ]),
    ("XE", "Tempat Sampah Pilah Kab Tangerang", "mikro", "36.03", "", True, "lainnya", [
        ("tempat-sampah-pilah", "Tempat Sampah Pilah 3 Warna (Organik/Anorganik/B3) 60 L", "set", 1350000, 100, 10),
        ("kain-pel", "Alat Pel Lantai Putar + Ember (Spin Mop)", "set", 145000, 500, 5),
    ]),
    ("XF", "Toko Kebersihan Jaya (Distributor)", "besar", "31.72", "", True, "lainnya", [
        ("kain-pel", "Spin Mop Set Pel Lantai Import", "set", 99000, 10000, 3),
        ("sapu-ijuk", "Sapu Ijuk Premium Merk Nasional", "pcs", 19000, 20000, 3),
    ]),
    ("NG", "Kopi Nusantara Store Jakarta", "kecil", "31.74", "halal", True, "minuman", [
        ("kopi-robusta-lampung", "Kopi Robusta Lampung Ground Coffee 250gr Medium Roast", "pcs", 38000, 2000, 3),
        ("teh-melati", "Teh Melati Tubruk Wangi 100 gr", "pcs", 12000, 3000, 3),
    ]),
    ("JH", "Warung Nasi Bandeng Bu Haji Serang", "mikro", "36.73", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Bandeng Presto + Sayur Asem", "kotak", 28000, 500, 2),
        ("snack-box", "Snack Box Jajanan Pasar Isi 3", "kotak", 10000, 800, 1),
    ]),
    ("FI", "Toko Kain Lampung Murah", "mikro", "18.71", "", True, "fesyen", [
        ("tapis-printing", "Kain Motif Tapis Printing 2 m", "lembar", 150000, 1000, 3),
    ]),
    ("KH", "Galeri Gerabah Plered Jakarta", "mikro", "31.71", "", True, "kerajinan", [
        ("kendi-plered", "Kendi Tanah Liat Plered Purwakarta", "pcs", 35000, 800, 3),
        ("pot-gerabah-plered", "Pot Gerabah Plered Motif Batik D25", "pcs", 40000, 800, 3),
    ]),
    ("AI", "Pembenihan Ikan Mina Lestari Lampung Tengah", "mikro", "18.02", "", True, "pertanian", [
        ("benih-nila", "BIBIT IKAN NILA GIFT 5-7cm Siap Tebar", "ekor", 450, 150000, 5),
    ]),
    ("CE", "Sabun Cair Berkah Pasar Kemis", "mikro", "36.03", "", True, "kosmetik", [
        ("sabun-cuci-piring", "Sabun Cuci Piring Cair Jerigen 5 Liter Aroma Jeruk Nipis", "jerigen", 55000, 1500, 3),
    ]),
    ("XG", "Plastik Jaya Kota Tangerang", "mikro", "36.71", "", True, "lainnya", [
        ("tempat-sampah-injak", "Tempat Sampah Plastik Injak 30 Liter", "pcs", 95000, 600, 3),
    ]),
]

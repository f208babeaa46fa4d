"""Hand-written suppliers and products of relevance-blind61 (fictional; real Kemendagri region codes).

SUPPLIERS: (key, name, scale, region, certificates, active, category, products)
product:   (kind, name, unit, unit_price, capacity_per_month, lead_time_days[, item_certificates])
The kind is the labeller's tag of what the product is; it never reaches the CSVs.
"""

# Kinds made fresh: the whole quantity in one month, from a producer in the need's kabupaten/kota
# when one qualifies, else its province (the labelling rule; see README).
PERISHABLE = {"nasi-kotak", "snack-box", "prasmanan", "tumpeng", "nasi-bungkus", "coffee-break",
              "jamu-kunyit-asam", "beras-kencur"}

SUPPLIERS = [
    # ---------------- makanan ----------------
    ("MEMP", "Rumah Emping Bu Iyah Menes", "mikro", "36.01", "pirt;halal", True, "makanan", [
        ("emping-melinjo", "Emping Melinjo Menes Asli (tipis)", "kg", 85000, 400, 5),
        ("emping-pedas", "Emping Melinjo Balado Pedas Manis", "kg", 92000, 200, 5),
    ]),
    ("MDOD", "Dodol & Kolang Kaling Sari Pandeglang", "mikro", "36.01", "pirt", True, "makanan", [
        ("dodol-durian", "Dodol Durian kemasan 250 gr", "pcs", 22000, 1500, 4),
        ("dodol-aren", "Dodol Ketan Gula Aren Khas Banten", "pcs", 18000, 2000, 4),
        ("manisan-kolang", "Manisan Kolang Kaling Toples 500 gr", "pcs", 27000, 800, 3),
    ]),
    ("MOTK", "Olahan Bandeng Karangantu", "kecil", "36.73", "pirt;halal", True, "makanan", [
        ("otak-otak", "Otak-Otak Bandeng Frozen isi 10", "pack", 35000, 1200, 3),
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri 250 gr", "pcs", 24000, 1500, 4),
        ("sate-bandeng", "Sate Bandeng Khas Serang", "pcs", 45000, 600, 2),
    ]),
    ("MKPL", "Keripik Pisang Mama Yuli", "kecil", "18.71", "pirt;halal", True, "makanan", [
        ("keripik-pisang-coklat", "Keripik Pisang Rasa Coklat 250 gr", "pcs", 26000, 3000, 5),
        ("keripik-pisang", "Keripik Pisang Manis Original 250 gr", "pcs", 21000, 4000, 5),
        ("lempok", "Lempok Durian Lampung 200 gr", "pcs", 38000, 500, 5),
    ]),
    ("MSBL", "Sambal Ndeso Teh Rina", "mikro", "36.04", "pirt;halal", True, "makanan", [
        ("sambal-bawang", "Sambal Bawang Botol 150 ml", "botol", 19000, 1500, 4),
        ("sambal-cumi", "Sambal Cumi Asin 200 gr", "botol", 42000, 600, 4),
        ("bumbu-pecel", "Bumbu Pecel Kacang 250 gr", "pcs", 15000, 1000, 4),
    ]),
    ("MGAR", "Koperasi Gula Aren Baduy Lestari", "koperasi", "36.02", "pirt;halal", True, "makanan", [
        ("gula-aren-cetak", "Gula Aren Cetak Baduy (batok)", "kg", 32000, 3000, 5),
        ("gula-semut", "Gula Semut Aren Organik 500 gr", "pcs", 30000, 2000, 5),
    ]),
    ("MKUE", "Dapur Ummi Kue Kering", "mikro", "36.71", "halal;pirt-expired", True, "makanan", [
        ("kue-satu", "Kue Satu Kacang Hijau Toples", "toples", 35000, 500, 5),
        ("rengginang", "Rengginang Ketan Bawang mentah 500 gr", "pcs", 20000, 800, 5),
    ]),
    ("MTER", "Teri Nasi Labuan Jaya", "mikro", "36.01", "", True, "makanan", [
        ("teri", "Ikan Teri Nasi Kering Super", "kg", 140000, 300, 3),
        ("jambal", "Ikan Asin Jambal Roti", "kg", 160000, 150, 3),
    ]),
    ("MSMB", "UD Sembako Rangkasbitung", "kecil", "36.02", "halal", True, "makanan", [
        ("paket-sembako", "Paket Sembako 5 Item (beras 5kg, minyak 1L, gula 1kg, mie 5, sarden)", "paket", 165000, 2000, 7),
        ("sarden", "Sarden Kaleng Saus Tomat 425 gr", "kaleng", 24000, 6000, 3),
        ("mie-instan", "Mie Instan Goreng 1 dus isi 40", "dus", 118000, 1500, 3),
        ("minyak-goreng", "Minyak Goreng Kemasan Pouch 2 Liter", "pcs", 36000, 3000, 3),
    ]),
    ("MPAB", "PT Sumber Rejeki Pangan Industri", "besar", "36.03", "halal;bpom;sni", True, "makanan", [
        ("mie-instan", "Mie Instan Goreng Dus 40 bks (pabrik)", "dus", 98000, 50000, 2),
        ("sarden", "Sardines Kaleng 425 gr", "kaleng", 19000, 80000, 2),
        ("paket-sembako", "Paket Sembako Bantuan Sosial", "paket", 140000, 20000, 3),
    ]),
    ("MCOK", "Kakao Pesawaran Mandiri", "kecil", "18.09", "pirt;halal", True, "makanan", [
        ("cokelat-batang", "Cokelat Batang Dark 70% 100 gr", "pcs", 28000, 1500, 5),
        ("cokelat-bubuk", "Bubuk Cokelat Murni Pesawaran 250 gr", "pcs", 45000, 800, 5, "minuman"),
    ]),
    # ---------------- minuman ----------------
    ("DKRB", "KWT Sumber Jaya Kopi Tanggamus", "koperasi", "18.06", "pirt;halal", True, "minuman", [
        ("kopi-robusta-bubuk", "Kopi Bubuk Robusta Tanggamus 250 gr", "pcs", 38000, 2500, 5),
        ("kopi-robusta-biji", "Biji Kopi Robusta Roasted Medium 1 kg", "kg", 140000, 500, 5),
    ]),
    ("DKPR", "Kedai Kopi Pringsewu", "mikro", "18.10", "pirt", True, "minuman", [
        ("kopi-arabika", "Kopi Arabika Lampung Barat Bubuk 200 gr", "pcs", 55000, 800, 4),
        ("kopi-jahe", "Kopi Jahe Sachet isi 10", "box", 22000, 2000, 4),
    ]),
    ("DSRP", "Sirup Segar Cilegon", "kecil", "36.72", "pirt;halal", True, "minuman", [
        ("sirup-kalamansi", "Sirup Jeruk Kalamansi 500 ml", "botol", 32000, 1500, 4),
        ("jahe-instan", "Minuman Sari Jahe Merah Instan 250 gr", "pcs", 27000, 2000, 4),
    ]),
    ("DAMD", "CV Tirta Pandeglang", "kecil", "36.01", "sni;halal", True, "minuman", [
        ("amdk-cup", "Air Mineral Cup 240 ml Dus isi 48", "dus", 24000, 8000, 2),
        ("amdk-botol600", "Air Minum Botol 600 ml Dus isi 24", "dus", 42000, 5000, 2),
    ]),
    ("DKLR", "Teh Kelor Cibeber", "mikro", "36.02", "pirt", True, "minuman", [
        ("teh-kelor", "Teh Daun Kelor Celup isi 25", "box", 25000, 1000, 5),
    ]),
    ("DBSR", "PT Minuman Nusantara Raya", "besar", "36.03", "sni;halal;bpom", True, "minuman", [
        ("amdk-cup", "AMDK Gelas 240ml (48 cup)", "dus", 19000, 100000, 1),
        ("amdk-botol600", "AMDK Botol 600ml isi 24", "dus", 36000, 100000, 1),
    ]),
    # ---------------- jasa-boga ----------------
    ("JENH", "Catering Bu Haji Enah", "kecil", "36.01", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Box Ayam Bakar + Lalapan", "porsi", 30000, 2000, 2),
        ("snack-box", "Snack Box isi 3 Kue Basah", "kotak", 12000, 3000, 2),
    ]),
    ("JRKS", "Dapur Rangkas Catering", "kecil", "36.02", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Rendang Komplit", "porsi", 35000, 1500, 2),
        ("prasmanan", "Prasmanan Menu Sunda per pax", "pax", 55000, 800, 3),
    ]),
    ("JSRG", "RM Sederhana Kota Serang", "mikro", "36.73", "halal", True, "jasa-boga", [
        ("nasi-bungkus", "Nasi Bungkus Ayam Goreng Sambel", "bungkus", 20000, 500, 1),
    ]),
    ("JMTR", "Katering Sehat Metro", "kecil", "18.72", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Ayam Goreng Kremes", "porsi", 28000, 600, 2),
        ("snack-box", "Kue Kotak Rapat (3 kue + air mineral)", "kotak", 15000, 1000, 2),
    ]),
    ("JTMP", "Tumpeng Kreasi Pringsewu", "mikro", "18.10", "halal", True, "jasa-boga", [
        ("tumpeng", "Nasi Tumpeng Kuning 20 Porsi", "buah", 650000, 30, 3),
    ]),
    ("JBKS", "Catering Aisyah Cikarang", "kecil", "32.16", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Box Premium Ikan Gurame", "porsi", 45000, 1000, 2),
        ("coffee-break", "Coffee Break Snack 2 Item + Teh/Kopi", "pax", 18000, 1500, 2),
    ]),
    ("JCLG", "Katering Cilegon Jaya", "menengah", "36.72", "halal;iso-9001", True, "jasa-boga", [
        ("nasi-kotak", "Paket Nasi Kotak Makan Siang Dinas", "porsi", 32000, 3000, 2),
        ("snack-box", "Snack Box Rapat 4 item", "kotak", 14000, 4000, 2),
    ]),
    ("JNYL", "Catering Nyonya Lim Ciruas", "kecil", "36.04", "halal", False, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Ayam Bakakak", "porsi", 27000, 2500, 2),
    ]),
    # ---------------- fesyen ----------------
    ("FBBD", "Batik Baduy Kanekes Craft", "mikro", "36.02", "batikmark", True, "fesyen", [
        ("batik-baduy-kain", "Kain Batik Baduy Motif Adu Mancung 2 m", "lembar", 175000, 300, 10),
        ("kemeja-batik-baduy", "Kemeja Batik Baduy Lengan Panjang Pria", "pcs", 225000, 400, 14),
    ]),
    ("FTNB", "Tenun Baduy Ibu Sarti", "mikro", "36.02", "", True, "fesyen", [
        ("tenun-baduy", "Kain Tenun Baduy Suat Samata", "lembar", 450000, 40, 21),
        ("selendang-tenun", "Selendang Tenun Baduy", "lembar", 150000, 120, 14),
    ]),
    ("FTPS", "Tapis Ratu Lampung", "kecil", "18.71", "", True, "fesyen", [
        ("tapis-kain", "Kain Tapis Lampung Motif Pucuk Rebung", "lembar", 1250000, 30, 21),
        ("selendang-tapis", "Selendang Tapis Sulam Usus", "lembar", 350000, 80, 14),
        ("peci-tapis", "Peci Tapis Lampung", "pcs", 85000, 400, 7),
    ]),
    ("FKNV", "Konveksi Seragam Maju Bersama", "kecil", "36.03", "iso-9001", True, "fesyen", [
        ("pdh", "Kemeja PDH Drill Lengan Panjang Custom Bordir", "pcs", 135000, 1500, 21),
        ("polo", "Kaos Polo Lacoste PE Bordir Logo Instansi", "pcs", 85000, 2000, 14),
        ("rompi", "Rompi Lapangan Taslan + Scotlight", "pcs", 120000, 800, 14),
    ]),
    ("FSBL", "Sablon Distro Karawang", "mikro", "32.15", "", True, "fesyen", [
        ("kaos-sablon", "Kaos Sablon Cotton Combed 30s", "pcs", 55000, 2500, 10),
    ]),
    ("FTAS", "Tas Seminar Pringsewu", "mikro", "18.10", "", True, "fesyen", [
        ("tas-spunbond", "Tas Seminar Spunbond Sablon 1 Warna", "pcs", 6500, 6000, 7),
        ("tas-kanvas", "Tas Kanvas Resleting Custom Sablon", "pcs", 45000, 1500, 10),
    ]),
    ("FSDL", "Sandal Hotel Tangerang", "mikro", "36.71", "", True, "fesyen", [
        ("sandal-hotel", "Sandal Hotel Spons Tebal", "pasang", 6000, 10000, 7),
        ("sandal-jepit", "Sandal Jepit Karet Custom Logo", "pasang", 22000, 3000, 10),
    ]),
    ("FJLB", "Hijab Seragam Anisa", "mikro", "36.73", "", True, "fesyen", [
        ("jilbab", "Jilbab Segi Empat Voal Seragam", "pcs", 38000, 1500, 7),
    ]),
    ("FBTX", "Batik Pesisir Kota Serang (tutup)", "mikro", "36.73", "batikmark", False, "fesyen", [
        ("kemeja-batik-baduy", "Kemeja Batik Motif Baduy Lengan Panjang", "pcs", 190000, 600, 10),
    ]),
    # ---------------- kerajinan ----------------
    ("KPDN", "Anyaman Pandan Sukajaya", "mikro", "36.01", "", True, "kerajinan", [
        ("tikar-pandan", "Tikar Pandan Anyam 2x3 m", "lembar", 120000, 150, 10),
        ("tas-pandan", "Tas Anyaman Pandan Motif Warna", "pcs", 65000, 400, 7),
        ("topi-pandan", "Topi Anyaman Pandan", "pcs", 30000, 600, 7),
    ]),
    ("KBMB", "Koperasi Kerajinan Bambu Lebak Mandiri", "koperasi", "36.02", "", True, "kerajinan", [
        ("besek", "Besek Bambu Tutup 20x20", "pcs", 3500, 8000, 5),
        ("tisu-bambu", "Tempat Tisu Bambu Ukir Nama", "pcs", 35000, 500, 7),
        ("caping", "Caping Bambu", "pcs", 15000, 1000, 5),
    ]),
    ("KGRB", "Gerabah Bumijaya Ciruas", "mikro", "36.04", "", True, "kerajinan", [
        ("kendi", "Kendi Tanah Liat Bumijaya", "pcs", 45000, 300, 7),
        ("pot-gerabah", "Pot Gerabah Diameter 30 cm", "pcs", 40000, 500, 7),
        ("celengan-gerabah", "Celengan Gerabah Ayam", "pcs", 20000, 800, 7),
    ]),
    ("KAKR", "Souvenir Akrilik Cilegon", "mikro", "36.72", "", True, "kerajinan", [
        ("gantungan-akrilik", "Gantungan Kunci Akrilik Custom Logo", "pcs", 5000, 10000, 5),
        ("plakat-akrilik", "Plakat Akrilik Trophy 20 cm", "pcs", 175000, 300, 7),
    ]),
    ("KBDY", "Baduy Art Kanekes", "mikro", "36.02", "", True, "kerajinan", [
        ("miniatur-baduy", "Miniatur Rumah Adat Baduy Kayu", "pcs", 150000, 100, 10),
        ("koja", "Koja / Jarog Tas Kulit Kayu Teureup Baduy", "pcs", 60000, 400, 7),
    ]),
    ("KPLK", "Plakat Kayu Ukir Lampung", "mikro", "18.71", "", True, "kerajinan", [
        ("plakat-kayu", "Plakat Kayu Jati Ukir Siger", "pcs", 250000, 150, 10),
    ]),
    # ---------------- perhiasan ----------------
    ("PPRK", "Siger Silver Lampung", "mikro", "18.71", "", True, "perhiasan", [
        ("bros-perak", "Bros Siger Perak 925", "pcs", 185000, 200, 10),
        ("kalung-perak", "Kalung Perak Liontin Siger", "pcs", 325000, 100, 10),
    ]),
    ("PMTR", "Aksesoris Mutiara Labuan", "mikro", "36.01", "", True, "perhiasan", [
        ("gelang-mutiara", "Gelang Mutiara Air Tawar", "pcs", 75000, 300, 7),
        ("kalung-mutiara", "Kalung Mutiara Air Tawar 1 Susun", "pcs", 165000, 200, 7),
    ]),
    ("PMNK", "Manik Kreasi Serang", "mikro", "36.73", "", True, "perhiasan", [
        ("gelang-manik", "Gelang Manik Etnik Baduy", "pcs", 12000, 2000, 5),
        ("bros-imitasi", "Bros Hijab Mutiara Imitasi", "pcs", 15000, 2000, 5),
    ]),
    ("PKLM", "Kalimaya Bayah Stone", "mikro", "36.02", "", True, "perhiasan", [
        ("cincin-kalimaya", "Cincin Batu Kalimaya Banten Ring Perak", "pcs", 450000, 60, 14),
        ("liontin-kalimaya", "Liontin Batu Kalimaya", "pcs", 300000, 80, 14),
    ]),
    ("PPIN", "Pin & Medali Kreasi Bekasi", "kecil", "32.16", "", True, "perhiasan", [
        ("pin-enamel", "Pin Enamel Logo Custom", "pcs", 12000, 5000, 14),
        ("medali", "Medali Kuningan Juara 1 2 3 + Tali", "pcs", 35000, 2000, 10),
    ]),
    # ---------------- furnitur ----------------
    ("RRTN", "Mebel Rotan Asri Tangerang", "kecil", "36.03", "", True, "furnitur", [
        ("set-rotan", "Kursi Rotan Teras Set 2 Kursi 1 Meja", "set", 1850000, 60, 14),
        ("kursi-rotan-sintetis", "Kursi Rotan Sintetis Cafe", "pcs", 450000, 200, 10),
    ]),
    ("RSKL", "Mebel Sekolah Jati Mandiri", "kecil", "36.01", "svlk", True, "furnitur", [
        ("mebel-siswa", "Meja Kursi Siswa SD Kayu Mahoni (1 set)", "set", 650000, 300, 21),
        ("lemari-kelas", "Lemari Kelas Kayu 2 Pintu", "unit", 1350000, 60, 21),
    ]),
    ("RBSI", "Furnitur Besi Cilegon", "kecil", "36.72", "sni", True, "furnitur", [
        ("rak-besi", "Rak Besi Siku Lubang 5 Susun", "unit", 650000, 200, 7),
        ("loker", "Lemari Loker Besi 12 Pintu", "unit", 3200000, 40, 14),
    ]),
    ("RMTR", "Meubel Karya Metro", "mikro", "18.72", "", True, "furnitur", [
        ("meja-kerja", "Meja Kerja Kantor 1/2 Biro", "unit", 1150000, 60, 14),
        ("sofa-jati", "Kursi Tamu Jati Minimalis", "set", 6500000, 10, 21),
    ]),
    ("RBMB", "Bale Bambu Cisimeut", "mikro", "36.02", "", True, "furnitur", [
        ("bale-bambu", "Bale Bambu (Amben) 1x2 m", "unit", 450000, 60, 10),
        ("kursi-bambu", "Kursi Bambu Santai", "pcs", 175000, 100, 7),
    ]),
    ("RKSR", "Kasur Busa Cikarang", "kecil", "32.16", "sni", True, "furnitur", [
        ("kasur-lipat", "Kasur Busa Lipat 90x200", "pcs", 320000, 1500, 7),
    ]),
    # ---------------- herbal ----------------
    ("HJMU", "Jamu Gendong Mbok Sri", "mikro", "18.72", "pirt", True, "herbal", [
        ("jamu-kunyit-asam", "Jamu Kunyit Asam Botol 250 ml", "botol", 8000, 1200, 1),
        ("beras-kencur", "Beras Kencur Botol 250 ml", "botol", 8000, 1000, 1),
    ]),
    ("HBDY", "Koperasi Herbal Baduy Sehat", "koperasi", "36.02", "pirt", True, "herbal", [
        ("minyak-urut", "Minyak Urut Baduy 60 ml", "botol", 25000, 1500, 5),
        ("madu-hutan", "Madu Hutan Baduy 500 gr", "botol", 120000, 400, 5),
    ]),
    ("HMDU", "Madu Randu Natar", "mikro", "18.01", "pirt;halal", True, "herbal", [
        ("madu-randu", "Madu Randu Murni 1 kg", "botol", 150000, 600, 5),
    ]),
    ("HTML", "Rempah Tanggamus", "kecil", "18.06", "bpom;halal", True, "herbal", [
        ("kapsul-temulawak", "Kapsul Temulawak isi 60", "botol", 45000, 2000, 7),
        ("wedang-uwuh", "Wedang Uwuh Celup isi 10", "box", 20000, 1500, 5),
    ]),
    ("HKPT", "Kebun Herbal Karawang", "kecil", "32.15", "bpom", True, "herbal", [
        ("minyak-kayu-putih", "Minyak Kayu Putih 60 ml", "botol", 28000, 3000, 5),
        ("balsem", "Balsem Sereh Wangi 20 gr", "pcs", 15000, 2000, 5),
    ]),
    # ---------------- kosmetik ----------------
    ("CSRH", "Sabun Sereh Wangi Pandeglang", "mikro", "36.01", "", True, "kosmetik", [
        ("sabun-batang-sereh", "Sabun Batang Sereh Wangi Handmade 100 gr", "pcs", 12000, 3000, 5),
        ("lilin-aroma", "Lilin Aromaterapi Lavender Jar", "pcs", 45000, 500, 7),
    ]),
    ("CKPI", "Rumah Sabun Kopi Lampung", "kecil", "18.71", "bpom", True, "kosmetik", [
        ("sabun-kopi", "Sabun Kopi Scrub Lampung 100 gr", "pcs", 15000, 3000, 5),
        ("lulur-kopi", "Lulur Kopi 200 gr", "pcs", 38000, 1000, 5),
    ]),
    ("CCAR", "Koperasi Sabun Cair Berkah", "koperasi", "36.71", "", True, "kosmetik", [
        ("handsoap-5l", "Sabun Cuci Tangan Cair Jerigen 5 Liter", "jerigen", 85000, 800, 5),
        ("sanitizer", "Hand Sanitizer Gel 500 ml", "botol", 35000, 1500, 5),
    ]),
    ("CKMR", "Minyak Kemiri Ciomas", "mikro", "36.04", "bpom", True, "kosmetik", [
        ("minyak-kemiri", "Minyak Kemiri Penumbuh Rambut 100 ml", "botol", 35000, 800, 5),
        ("vco", "Virgin Coconut Oil 250 ml", "botol", 48000, 600, 5),
    ]),
    # ---------------- logam ----------------
    ("LCMS", "Pandai Besi Ciomas Mang Udin", "mikro", "36.04", "", True, "logam", [
        ("golok-ciomas", "Golok Ciomas Sulangkar Sarung Kayu", "pcs", 450000, 40, 14),
        ("arit", "Arit Sabit Rumput Baja Per", "pcs", 55000, 400, 7),
    ]),
    ("LPSW", "Pandai Besi Pringsewu", "mikro", "18.10", "", True, "logam", [
        ("cangkul", "Cangkul Baja Per Gagang Kayu", "pcs", 95000, 500, 7),
        ("parang", "Parang Kebun Tebas", "pcs", 85000, 400, 7),
        ("kored", "Kored Rumput", "pcs", 30000, 800, 5),
    ]),
    ("LLAS", "Las Listrik Sinar Kota Serang", "mikro", "36.73", "", True, "logam", [
        ("teralis", "Teralis Jendela Besi Hollow per m2", "m2", 450000, 150, 10),
        ("pagar-besi", "Pagar Besi Minimalis per meter", "m", 650000, 100, 14),
    ]),
    ("LSTN", "Etching Stainless Bekasi", "kecil", "32.16", "", True, "logam", [
        ("papan-nama-stainless", "Papan Nama Meja Stainless Etching 30x10", "pcs", 125000, 500, 7),
    ]),
    ("LALU", "Alat Dapur Aluminium Tangerang", "kecil", "36.71", "sni", True, "logam", [
        ("panci", "Panci Aluminium 40 cm", "pcs", 275000, 400, 5),
        ("dandang", "Dandang Nasi Aluminium 50 Liter", "pcs", 650000, 150, 7),
    ]),
    # ---------------- percetakan ----------------
    ("TPDG", "Percetakan Sinar Pandeglang", "kecil", "36.01", "", True, "percetakan", [
        ("brosur", "Cetak Brosur A4 Art Paper 150 gr", "lembar", 1200, 50000, 5),
        ("spanduk", "Cetak Spanduk Flexi 280 gr", "m2", 25000, 3000, 2),
        ("buku-yasin", "Cetak Buku Yasin Hard Cover", "eks", 22000, 3000, 14),
    ]),
    ("TRKS", "Digital Printing Rangkas", "mikro", "36.02", "", True, "percetakan", [
        ("xbanner", "X-Banner 60x160 + Stand", "pcs", 85000, 300, 2),
        ("stiker-label", "Stiker Vinyl Label Produk", "lembar", 1500, 20000, 5),
        ("kalender", "Kalender Dinding 6 Lembar Custom", "pcs", 28000, 3000, 14),
    ]),
    ("TATK", "Grosir ATK Cilegon", "kecil", "36.72", "", True, "percetakan", [
        ("hvs-a4-70", "Kertas HVS A4 70 gr 1 rim", "rim", 52000, 3000, 3),
        ("map-snelhecter", "Map Snelhecter Plastik", "pcs", 2500, 20000, 3),
        ("pulpen", "Pulpen Gel Hitam 1 lusin", "lusin", 30000, 2000, 3),
    ]),
    ("TMTR", "Percetakan Kota Metro", "kecil", "18.72", "", True, "percetakan", [
        ("amplop-kop", "Cetak Amplop & Kop Surat Dinas", "rim", 250000, 100, 7),
        ("formulir-ncr", "Cetak Formulir NCR 2 Ply", "buku", 15000, 3000, 7),
    ]),
    ("TKMS", "Kemasan Kraft Cikarang", "kecil", "32.16", "", True, "percetakan", [
        ("standing-pouch", "Standing Pouch Kraft Ziplock 250 gr", "pcs", 1800, 50000, 7),
        ("dus-nasi", "Dus Nasi Kotak Printing 20x20", "pcs", 1500, 50000, 7),
    ]),
    ("TBSR", "PT Kertas Nusantara Abadi", "besar", "36.03", "sni;iso-9001", True, "percetakan", [
        ("hvs-a4-70", "Kertas HVS A4 70gsm (rim)", "rim", 44000, 100000, 2),
    ]),
    # ---------------- pertanian ----------------
    ("ABRS", "Gapoktan Sri Rejeki Lampung Timur", "koperasi", "18.07", "", True, "pertanian", [
        ("beras-5kg", "Beras Premium Lokal Karung 5 kg", "karung", 72000, 6000, 5),
        ("beras-medium-kg", "Beras Medium Curah", "kg", 12500, 30000, 5),
    ]),
    ("ABBT", "Bibit Buah Lebak Hijau", "kecil", "36.02", "", True, "pertanian", [
        ("bibit-durian", "Bibit Durian Montong Okulasi 60 cm", "batang", 35000, 3000, 5),
        ("bibit-alpukat", "Bibit Alpukat Miki Sambung Pucuk", "batang", 30000, 3000, 5),
    ]),
    ("ATHS", "Karawang Flora", "mikro", "32.15", "", True, "pertanian", [
        ("monstera", "Tanaman Hias Monstera Pot 25", "pot", 85000, 300, 5),
        ("pucuk-merah", "Pohon Pucuk Merah 1 meter", "batang", 25000, 2000, 5),
    ]),
    ("ANLA", "Pembenihan Ikan Nila Pringsewu", "mikro", "18.10", "", True, "pertanian", [
        ("benih-nila", "Benih Ikan Nila Merah 5-7 cm", "ekor", 400, 100000, 3),
        ("benih-lele", "Benih Ikan Lele Sangkuriang 7-9 cm", "ekor", 250, 150000, 3),
    ]),
    ("AKOI", "Koi & Cupang Cibinong", "mikro", "32.01", "", True, "pertanian", [
        ("koi", "Ikan Koi Lokal 10-12 cm", "ekor", 35000, 1000, 3),
        ("cupang", "Ikan Cupang Halfmoon", "ekor", 25000, 1000, 3),
    ]),
    ("APKN", "Pakan Ternak Mandiri Sukadana", "kecil", "18.07", "sni", True, "pertanian", [
        ("pakan-ayam", "Pakan Ayam Petelur Konsentrat 50 kg", "karung", 420000, 1500, 5),
        ("pelet-ikan", "Pelet Ikan Apung 30 kg", "sak", 360000, 2000, 5),
    ]),
    ("AKMB", "Peternak Kambing Cimanuk", "mikro", "36.01", "", True, "pertanian", [
        ("kambing", "Kambing Jawa Randu 25-30 kg", "ekor", 3200000, 60, 7),
    ]),
    ("AKPS", "Pupuk Kascing Metro", "mikro", "18.72", "", True, "pertanian", [
        ("kompos", "Pupuk Kompos Organik 25 kg", "karung", 40000, 2000, 5),
        ("poc", "Pupuk Organik Cair 1 Liter", "botol", 30000, 1500, 5),
    ]),
    # ---------------- lainnya ----------------
    ("XBRS", "Kebersihan Berkah Serang", "mikro", "36.73", "", True, "lainnya", [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 1500, 3),
        ("pel", "Kain Pel Lantai + Gagang", "pcs", 45000, 800, 3),
        ("keset-sabut", "Keset Sabut Kelapa 40x60", "pcs", 35000, 800, 5),
    ]),
    ("XLOG", "Logistik Posko Siaga Lebak", "kecil", "36.02", "sni", True, "lainnya", [
        ("tenda-pleton", "Tenda Pleton Terpal 6x14 m", "unit", 8500000, 20, 14),
        ("selimut", "Selimut Polar Bantuan 150x200", "lembar", 45000, 5000, 5),
        ("terpal", "Terpal Plastik A5 4x6 m", "lembar", 110000, 1500, 5),
        ("jerigen", "Jerigen Air 20 Liter", "pcs", 55000, 1500, 5),
    ]),
    ("XKTG", "Plastik Makmur Balaraja", "kecil", "36.03", "", True, "lainnya", [
        ("kantong-sampah", "Kantong Sampah Hitam 90x120 (pak isi 10)", "pak", 18000, 5000, 3),
        ("karung-plastik", "Karung Plastik 50 kg", "pcs", 3500, 20000, 3),
    ]),
    ("XMAI", "Mainan Edukasi Kayu Gadingrejo", "mikro", "18.10", "", True, "lainnya", [
        ("puzzle", "Puzzle Kayu Edukasi PAUD", "pcs", 35000, 600, 7),
        ("balok-kayu", "Balok Susun Kayu 50 pcs", "set", 95000, 300, 7),
    ]),
]

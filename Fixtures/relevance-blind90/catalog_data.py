"""relevance-blind90 catalog: suppliers and hand-written products (the labeller's own; kinds are private).

SUPPLIERS rows: (key, name, scale, region, supplier certificates, active, category, products)
product rows:   (kind, name as the maker writes it, unit, unit_price, capacity_per_month, lead_time_days[, item certs])
"""

PERISHABLE = {"nasi-kotak", "snack-box", "prasmanan", "nasi-tumpeng", "kue-basah", "susu-kedelai",
              "jamu-kunyit-asam", "jamu-beras-kencur"}

SUPPLIERS = [
    # ---------------- minuman ----------------
    ("KPL", "Kopi Robusta Tanggamus Jaya", "mikro", "18.06", "halal;pirt", True, "minuman", [
        ("kopi-robusta-bubuk", "Kopi Robusta Lampung Bubuk 250 gram", "pcs", 35000, 800, 3),
        ("kopi-robusta-biji", "Kopi Robusta Biji Sangrai 1 kg", "kg", 120000, 200, 4),
        ("kopi-luwak", "Kopi Luwak Liar Bubuk 100 gr", "pcs", 185000, 60, 5)]),
    ("KAR", "Kopi Arabika Puntang Lestari", "kecil", "32.04", "halal;pirt", True, "minuman", [
        ("kopi-arabika-bubuk", "Kopi Arabika Java Preanger Bubuk 200 gr", "pcs", 65000, 500, 3),
        ("kopi-arabika-drip", "Drip Bag Kopi Arabika isi 10 sachet", "box", 55000, 400, 3)]),
    ("KSC", "Kopi Saset Gula Aren Cilegon", "mikro", "36.72", "pirt", True, "minuman", [
        ("kopi-sachet", "Kopi Susu Gula Aren Sachet 25 gr isi 10", "box", 22000, 1500, 2),
        ("kopi-robusta-bubuk", "Kopi Bubuk Robusta Pandeglang 250 gr", "pcs", 32000, 300, 3)]),
    ("TEH", "Teh Hijau Gunung Halimun", "kecil", "32.01", "halal;pirt", True, "minuman", [
        ("teh-hijau", "Teh Hijau Daun Kering 100 gram", "pcs", 28000, 900, 3),
        ("teh-celup-melati", "Teh Celup Melati isi 25 kantong", "box", 12000, 2000, 2),
        ("teh-hitam", "Teh Hitam Orthodox BOP 250 gr", "pcs", 30000, 600, 3)]),
    ("TRP", "Rosella Ibu Tani Pandeglang", "mikro", "36.01", "pirt", True, "minuman", [
        ("teh-rosella", "Teh Bunga Rosella Kering 50 gram", "pcs", 25000, 300, 3),
        ("sirup-rosella", "Sirup Rosella Merah 600 ml", "botol", 32000, 300, 3)]),
    ("SRP", "Sirup Kalapa Dua Tangerang", "kecil", "36.03", "halal;pirt", True, "minuman", [
        ("sirup-jeruk", "Sirup Jeruk Kalamansi 500 ml", "botol", 35000, 600, 3),
        ("sirup-pala", "Sirup Pala Asli 620 ml", "botol", 30000, 400, 3),
        ("sirup-cocopandan", "Sirup Cocopandan 620 ml", "botol", 18000, 1500, 2)]),
    ("WDG", "Wedang Rempah Pringsewu", "mikro", "18.10", "pirt", True, "minuman", [
        ("wedang-jahe-instan", "Wedang Jahe Merah Instan Bubuk 250 gr", "pcs", 25000, 700, 3),
        ("wedang-uwuh", "Wedang Uwuh Rempah Kering isi 10 sachet", "pcs", 20000, 500, 3),
        ("bandrek", "Bandrek Gula Aren Sachet isi 5", "pcs", 15000, 800, 2)]),
    ("SKD", "Susu Kedelai Segar Bunda", "mikro", "36.73", "pirt", True, "minuman", [
        ("susu-kedelai", "Susu Kedelai Murni Botol 250 ml", "botol", 5000, 3000, 1)]),
    ("SKL", "Sari Kedele Metro", "mikro", "18.72", "pirt", True, "minuman", [
        ("susu-kedelai", "Susu Kedele Original 200 ml", "botol", 4500, 2500, 1)]),
    ("AMD", "Koperasi Air Tirta Karang", "koperasi", "36.02", "halal;sni;bpom", True, "minuman", [
        ("amdk-gelas", "Air Mineral Gelas 220 ml isi 48", "dus", 22000, 3000, 2),
        ("amdk-botol-600", "Air Mineral Botol 600 ml isi 24", "dus", 42000, 2000, 2),
        ("amdk-galon", "Air Minum Galon 19 liter isi ulang", "galon", 20000, 1500, 1)]),
    ("AMB", "PT Tirta Raya Nusantara", "besar", "36.04", "halal;sni;bpom;iso-9001", True, "minuman", [
        ("amdk-botol-330", "Air Mineral Botol 330 ml isi 24", "dus", 38000, 20000, 2),
        ("amdk-gelas", "Air Mineral Cup 220 ml isi 48", "dus", 20000, 30000, 2)]),
    # ---------------- herbal ----------------
    ("JMU", "Jamu Gendong Mbok Sari", "mikro", "36.71", "pirt", True, "herbal", [
        ("jamu-kunyit-asam", "Jamu Kunyit Asam Botol 250 ml", "botol", 8000, 1200, 1),
        ("jamu-beras-kencur", "Jamu Beras Kencur Botol 250 ml", "botol", 8000, 1200, 1)]),
    ("JMI", "Jamu Instan Rahayu", "kecil", "32.09", "pirt;halal;cpotb", True, "herbal", [
        ("jamu-temulawak-serbuk", "Serbuk Temulawak Instan 200 gr", "pcs", 22000, 800, 3),
        ("jamu-kunyit-serbuk", "Kunyit Asam Instan Serbuk 250 gr", "pcs", 24000, 800, 3),
        ("jamu-pegal-linu-kapsul", "Kapsul Jamu Pegal Linu isi 30", "botol", 35000, 500, 4)]),
    ("MDU", "Madu Hutan Way Kambas", "kecil", "18.07", "halal;pirt", True, "herbal", [
        ("madu-hutan", "Madu Hutan Murni 500 gram", "botol", 95000, 400, 3),
        ("madu-klanceng", "Madu Klanceng (Trigona) 250 ml", "botol", 120000, 100, 4)]),
    ("MDR", "Koperasi Lebah Madu Pesawaran", "koperasi", "18.09", "halal", True, "herbal", [
        ("madu-randu", "Madu Randu Murni 1 kg", "botol", 150000, 300, 3),
        ("madu-sachet", "Madu Sachet 15 gr isi 20", "box", 30000, 600, 3)]),
    ("MAT", "Atsiri Sereh Wangi Lebak", "kecil", "36.02", "iso-9001", True, "herbal", [
        ("minyak-sereh", "Minyak Sereh Wangi (Citronella Oil) 100 ml", "botol", 45000, 500, 3),
        ("minyak-nilam", "Minyak Nilam (Patchouli Oil) 50 ml", "botol", 95000, 200, 4),
        ("minyak-kayu-putih", "Minyak Kayu Putih Asli 60 ml", "botol", 28000, 800, 3, "bpom")]),
    ("MAC", "Penyulingan Cengkeh Salawu", "mikro", "32.06", "", True, "herbal", [
        ("minyak-cengkeh", "Minyak Daun Cengkeh 100 ml", "botol", 40000, 300, 4)]),
    ("SMP", "Simplisia Herbal Nusantara", "kecil", "32.01", "iso-9001", True, "herbal", [
        ("simplisia-jahe", "Simplisia Jahe Merah Kering Iris 1 kg", "kg", 85000, 300, 5),
        ("simplisia-temulawak", "Simplisia Temulawak Rajang Kering 1 kg", "kg", 70000, 300, 5),
        ("simplisia-kelor", "Simplisia Daun Kelor Kering 500 gr", "pcs", 45000, 200, 5)]),
    ("HBL", "Herbal Kelor Kramatwatu", "mikro", "36.04", "pirt", True, "herbal", [
        ("teh-kelor", "Teh Daun Kelor Celup isi 20", "box", 25000, 500, 3),
        ("kapsul-kelor", "Kapsul Daun Kelor 60 kapsul", "botol", 55000, 300, 3)]),
    # ---------------- kosmetik ----------------
    ("SBN", "Sabun Etawa Cikajang", "mikro", "32.05", "", True, "kosmetik", [
        ("sabun-susu-kambing", "Sabun Susu Kambing Etawa 100 gr", "pcs", 15000, 1500, 3, "bpom"),
        ("sabun-sereh", "Sabun Batang Sereh Wangi 80 gram", "pcs", 12000, 1500, 3, "bpom")]),
    ("SBC", "Sabun Cair Sinar Cilegon", "kecil", "36.72", "bpom;halal", True, "kosmetik", [
        ("sabun-cair-tangan", "Sabun Cuci Tangan Cair 500 ml Refill", "pcs", 18000, 3000, 2),
        ("sabun-cair-tangan-5l", "Sabun Cuci Tangan Cair Jerigen 5 liter", "jerigen", 85000, 400, 2)]),
    ("LLR", "Lulur Putri Keraton", "mikro", "36.03", "bpom", True, "kosmetik", [
        ("lulur-bengkoang", "Lulur Mandi Bengkoang 200 gr", "pot", 25000, 600, 3),
        ("lulur-kopi", "Lulur Kopi Scrub 250 gram", "pot", 30000, 500, 3),
        ("masker-beras", "Masker Wajah Bubuk Beras 100 gr", "pcs", 20000, 500, 3)]),
    ("MRB", "Minyak Rambut Kemiri Tanjungkarang", "mikro", "18.71", "bpom", True, "kosmetik", [
        ("minyak-kemiri", "Minyak Kemiri Penumbuh Rambut 100 ml", "botol", 25000, 800, 3),
        ("minyak-urang-aring", "Minyak Urang-Aring 60 ml", "botol", 18000, 800, 3),
        ("pomade", "Pomade Minyak Rambut Waterbased 80 gr", "pot", 35000, 400, 3)]),
    ("LPB", "Lebah Cantik Bogor", "kecil", "32.71", "bpom;halal", True, "kosmetik", [
        ("lip-balm", "Lip Balm Beeswax Madu 10 gr", "pcs", 22000, 1000, 4),
        ("lip-balm-stick", "Lip Balm Stick Strawberry 4,5 gr", "pcs", 18000, 1000, 4)]),
    ("KSM", "PT Cantika Kosmetindo", "besar", "36.74", "bpom;halal;iso-9001", True, "kosmetik", [
        ("lipstik", "Lipstik Matte Tahan Lama 3,8 gr", "pcs", 45000, 50000, 3)]),
    ("SNT", "Sabun Nilam Menes", "mikro", "36.01", "", True, "kosmetik", [
        ("sabun-nilam", "Sabun Handmade Minyak Nilam 100 gr", "pcs", 20000, 400, 4)]),
    # ---------------- perhiasan ----------------
    ("PRK", "Perak Ciampea Bakti", "kecil", "32.01", "sni", True, "perhiasan", [
        ("cincin-perak", "Cincin Perak 925 Polos", "pcs", 150000, 200, 7),
        ("kalung-perak", "Kalung Perak 925 Rantai Italy 45 cm", "pcs", 250000, 150, 7),
        ("bros-perak", "Bros Perak Filigree Motif Bunga", "pcs", 175000, 120, 7),
        ("gelang-perak", "Gelang Perak Bali Motif Naga", "pcs", 300000, 100, 7)]),
    ("MTR", "Mutiara Teluk Betung", "kecil", "18.71", "", True, "perhiasan", [
        ("kalung-mutiara-laut", "Kalung Mutiara Laut Asli 8 mm", "pcs", 850000, 40, 10),
        ("anting-mutiara", "Anting Mutiara Air Tawar", "pcs", 95000, 150, 5),
        ("bros-mutiara", "Bros Mutiara Sintetis Motif Siger", "pcs", 45000, 500, 5)]),
    ("AKK", "Akik Kalimaya Sajira", "mikro", "36.02", "", True, "perhiasan", [
        ("cincin-kalimaya", "Cincin Batu Kalimaya Banten Ikat Perak", "pcs", 450000, 30, 7),
        ("liontin-akik", "Liontin Batu Akik Pancawarna", "pcs", 200000, 40, 7),
        ("akik-lepasan", "Batu Akik Bungur Lepasan (tanpa ikat)", "pcs", 120000, 80, 3)]),
    ("EMC", "Pengrajin Emas Plered Cirebon", "mikro", "32.09", "", False, "perhiasan", [
        ("cincin-emas", "Cincin Emas 24K 2 gram", "pcs", 2600000, 20, 7)]),
    ("PGB", "PT Permata Gemilang Abadi", "besar", "36.71", "sni;iso-9001", True, "perhiasan", [
        ("liontin-emas", "Liontin Emas Kuning 5 gram", "pcs", 4800000, 500, 5),
        ("cincin-emas", "Cincin Emas Kadar 24 Karat 2 gr", "pcs", 2700000, 500, 5)]),
    ("PRH", "Kuningan Ukir Tasik", "mikro", "32.78", "", True, "perhiasan", [
        ("gelang-kuningan", "Gelang Kuningan Ukir Motif Naga", "pcs", 60000, 300, 5),
        ("kalung-manik", "Kalung Manik-manik Etnik", "pcs", 35000, 400, 4)]),
    # ---------------- makanan ----------------
    ("KRP", "Keripik Pisang Kepok Bu Lina", "mikro", "18.71", "pirt;halal", True, "makanan", [
        ("keripik-pisang-coklat", "Keripik Pisang Rasa Coklat 250 gr", "pcs", 20000, 1500, 3),
        ("keripik-pisang-original", "Keripik Pisang Original 500 gr", "pcs", 30000, 1000, 3)]),
    ("EMP", "Emping Melinjo Menes Sejahtera", "kecil", "36.01", "pirt;halal", True, "makanan", [
        ("emping-melinjo", "Emping Melinjo Super 1 kg", "kg", 110000, 500, 3),
        ("emping-pedas", "Emping Pedas Manis 250 gr", "pcs", 28000, 800, 3)]),
    ("SMB", "Sambal Teh Nani Serang", "mikro", "36.73", "pirt;halal", True, "makanan", [
        ("sambal-cumi", "Sambal Cumi Botol 150 gr", "botol", 35000, 600, 3),
        ("sambal-bawang", "Sambal Bawang 200 gr", "botol", 25000, 800, 3)]),
    ("KBS", "Kue Basah Bu Ijah", "mikro", "36.04", "pirt", True, "makanan", [
        ("kue-basah", "Aneka Kue Basah (lemper, risol, lapis)", "pcs", 2500, 3000, 1)]),
    ("DDL", "Dodol Garut Kurnia", "kecil", "32.05", "halal;pirt", True, "makanan", [
        ("dodol", "Dodol Garut Aneka Rasa 500 gr", "pcs", 25000, 1000, 3)]),
    ("KMP", "Kemplang Panggang Pesawaran", "mikro", "18.09", "pirt", True, "makanan", [
        ("kemplang", "Kerupuk Kemplang Ikan Panggang 250 gr", "pcs", 22000, 800, 3)]),
    ("ABN", "Abon Tuna Labuan", "mikro", "36.01", "pirt;halal", True, "makanan", [
        ("abon-ikan", "Abon Ikan Tuna 100 gr", "pcs", 30000, 600, 3)]),
    # ---------------- jasa-boga ----------------
    ("CTS", "Catering Sari Rasa Serang", "kecil", "36.73", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar + Buah", "porsi", 35000, 3000, 2),
        ("snack-box", "Snack Box 3 Kue + Air Mineral", "box", 15000, 4000, 1),
        ("prasmanan", "Prasmanan Menu Nusantara per pax", "porsi", 60000, 1500, 3)]),
    ("CTL", "Dapur Bunda Bandar Lampung", "kecil", "18.71", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Box Ayam Goreng Lalapan", "porsi", 30000, 2500, 2),
        ("snack-box", "Kue Kotak isi 3 (Coffee Break)", "box", 14000, 3000, 1),
        ("nasi-tumpeng", "Nasi Tumpeng Mini Lauk Lengkap", "porsi", 30000, 500, 2)]),
    ("CTT", "Catering Berkah Tangerang", "mikro", "36.71", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Rendang Telur", "porsi", 33000, 800, 2),
        ("snack-box", "Snack Box Rapat isi 4", "box", 16000, 1000, 1)]),
    ("CTB", "Boga Priangan", "menengah", "32.73", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Sunda Komplit", "porsi", 38000, 2000, 2),
        ("prasmanan", "Prasmanan Sunda Buffet per pax", "porsi", 65000, 1200, 3)]),
    ("CTK", "Warung Nasi Bu Eha Cilegon", "mikro", "36.72", "", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Bungkus Kotak Lauk Ayam", "porsi", 25000, 150, 1)]),
    # ---------------- fesyen ----------------
    ("BTB", "Batik Banten Mukarnas", "kecil", "36.73", "batikmark", True, "fesyen", [
        ("batik-tulis-banten", "Kain Batik Tulis Banten 2 m", "pcs", 650000, 40, 14),
        ("batik-cap-banten", "Kain Batik Cap Motif Sabakingking 2 m", "pcs", 175000, 300, 7),
        ("kemeja-batik-cap", "Kemeja Batik Cap Pria Lengan Panjang", "pcs", 185000, 300, 10)]),
    ("TPS", "Tapis Ratu Lampung", "mikro", "18.71", "", True, "fesyen", [
        ("kain-tapis", "Kain Tapis Lampung Benang Emas", "pcs", 1500000, 20, 21),
        ("selendang-tapis", "Selendang Tapis Motif Siger", "pcs", 250000, 80, 10)]),
    ("KVS", "Konveksi Seragam Cikupa", "kecil", "36.03", "", True, "fesyen", [
        ("seragam-pdh", "Seragam PDH Kain American Drill", "stel", 210000, 1000, 21),
        ("kaos-polo", "Kaos Polo Bordir Logo Instansi", "pcs", 75000, 2000, 14),
        ("rompi", "Rompi Lapangan Drill", "pcs", 95000, 800, 14)]),
    ("BTT", "Batik Trusmi Wijaya", "kecil", "32.09", "batikmark", True, "fesyen", [
        ("batik-tulis-cirebon", "Batik Tulis Mega Mendung Kain 2,25 m", "pcs", 750000, 30, 14),
        ("kemeja-batik-cap", "Kemeja Batik Cap Mega Mendung", "pcs", 160000, 500, 10)]),
    # ---------------- kerajinan ----------------
    ("ANY", "Anyaman Pandan Cibaliung", "mikro", "36.01", "", True, "kerajinan", [
        ("tas-anyaman-pandan", "Tas Anyaman Pandan Motif Badak", "pcs", 65000, 400, 7),
        ("tikar-pandan", "Tikar Pandan 2x3 m", "pcs", 150000, 100, 7),
        ("kotak-tisu-pandan", "Kotak Tisu Anyaman Pandan", "pcs", 35000, 500, 5)]),
    ("GRB", "Gerabah Plered Citeko", "kecil", "32.14", "", True, "kerajinan", [
        ("guci-gerabah", "Guci Gerabah Tinggi 60 cm", "pcs", 250000, 60, 10),
        ("pot-gerabah", "Pot Tanah Liat Diameter 30 cm", "pcs", 35000, 800, 5),
        ("celengan-gerabah", "Celengan Gerabah Bentuk Ayam", "pcs", 15000, 1000, 5)]),
    ("SVK", "Souvenir Kayu Metro", "mikro", "18.72", "", True, "kerajinan", [
        ("miniatur-rumah-adat", "Miniatur Rumah Adat Lampung Kayu", "pcs", 175000, 60, 10),
        ("gantungan-kunci-kayu", "Gantungan Kunci Kayu Ukir Logo", "pcs", 8000, 5000, 7)]),
    ("BMB", "Kerajinan Bambu Cipanas Lebak", "koperasi", "36.02", "", True, "kerajinan", [
        ("besek-bambu", "Besek Bambu 20x20 cm", "pcs", 4000, 5000, 3),
        ("lampu-bambu", "Lampu Hias Bambu Gantung", "pcs", 120000, 100, 7)]),
    # ---------------- furnitur ----------------
    ("MBL", "Mebel Mahoni Cibinong", "kecil", "32.01", "svlk", True, "furnitur", [
        ("meja-kerja", "Meja Kerja Kayu Mahoni 120x60", "unit", 1350000, 40, 21),
        ("kursi-tamu", "Kursi Tamu Jati Set 4 Kursi + Meja", "set", 6500000, 6, 30),
        ("lemari-arsip-kayu", "Lemari Arsip Kayu 2 Pintu", "unit", 2400000, 15, 28)]),
    ("MBS", "Meubel Sekolah Pringsewu", "kecil", "18.10", "", True, "furnitur", [
        ("meja-kursi-siswa", "Meja Kursi Siswa SD Set", "set", 650000, 200, 21)]),
    ("RTN", "Rotan Tegalwangi", "kecil", "32.09", "svlk", True, "furnitur", [
        ("kursi-rotan", "Kursi Rotan Sintetis Teras", "unit", 850000, 40, 14)]),
    ("MBB", "PT Furnindo Mega", "besar", "36.03", "svlk;iso-9001", True, "furnitur", [
        ("sofa", "Sofa Ruang Tunggu 3 Dudukan", "unit", 3500000, 300, 14)]),
    # ---------------- logam ----------------
    ("GLK", "Pandai Besi Ciomas", "mikro", "36.04", "", True, "logam", [
        ("golok-ciomas", "Golok Ciomas Sarung Kayu", "pcs", 450000, 30, 14),
        ("arit", "Arit / Sabit Rumput", "pcs", 45000, 300, 5)]),
    ("PKK", "Perkakas Tani Seputih", "mikro", "18.02", "", True, "logam", [
        ("cangkul", "Cangkul Baja Tempa", "pcs", 75000, 400, 5),
        ("parang", "Parang Kebun 14 inch", "pcs", 85000, 300, 5)]),
    ("LGM", "Logam Cor Cikarang", "kecil", "32.16", "sni", True, "logam", [
        ("panci-aluminium", "Panci Aluminium Cor 30 cm", "pcs", 120000, 300, 7),
        ("wajan-besi", "Wajan Besi Tempa 40 cm", "pcs", 150000, 200, 7)]),
    # ---------------- percetakan ----------------
    ("PCT", "Percetakan Mandiri Serang", "kecil", "36.73", "", True, "percetakan", [
        ("spanduk", "Cetak Spanduk Flexi 280 gr per m2", "m2", 25000, 3000, 2),
        ("buku-agenda", "Cetak Buku Agenda Hardcover A5 Logo", "pcs", 55000, 1000, 14),
        ("map-folder", "Map Folder Logo Instansi Art Carton 260", "pcs", 6500, 5000, 7)]),
    ("ATK", "Koperasi Pegawai Metro", "koperasi", "18.72", "", True, "percetakan", [
        ("kertas-hvs", "Kertas HVS A4 70 gr 1 rim", "rim", 48000, 2000, 2),
        ("ordner", "Ordner Folio 7 cm", "pcs", 28000, 1000, 2),
        ("amplop", "Amplop Coklat Folio isi 50", "pak", 35000, 800, 2)]),
    ("KMS", "Kemasan Dus Karawang", "kecil", "32.15", "", True, "percetakan", [
        ("dus-nasi", "Dus Nasi Kotak Laminasi 20x20", "pcs", 1500, 20000, 5),
        ("paper-bag", "Paper Bag Kraft Sablon Logo 25x33", "pcs", 4500, 8000, 7)]),
    ("STP", "Stempel Plakat Bandung", "mikro", "32.73", "", True, "percetakan", [
        ("stempel", "Stempel Flash Otomatis", "pcs", 85000, 300, 3),
        ("plakat-akrilik", "Plakat Akrilik Ukir Laser 20 cm", "pcs", 175000, 200, 7)]),
    # ---------------- pertanian ----------------
    ("BBT", "Pembibitan Kopi Gisting", "mikro", "18.06", "", True, "pertanian", [
        ("bibit-kopi-robusta", "Bibit Kopi Robusta Sambung 6 bulan", "batang", 7500, 10000, 7),
        ("bibit-alpukat", "Bibit Alpukat Siger Okulasi 60 cm", "batang", 35000, 2000, 7)]),
    ("IKN", "Benih Ikan Sepatan", "mikro", "36.03", "", True, "pertanian", [
        ("benih-lele", "Benih Ikan Lele Sangkuriang 5-7 cm", "ekor", 250, 200000, 3),
        ("benih-nila", "Benih Ikan Nila Merah 5-7 cm", "ekor", 300, 100000, 3)]),
    ("PPK", "Kompos Tani Lembang", "koperasi", "32.17", "", True, "pertanian", [
        ("pupuk-kompos", "Pupuk Kompos Organik Karung 25 kg", "karung", 35000, 3000, 5),
        ("poc", "Pupuk Organik Cair 1 liter", "botol", 30000, 1000, 5)]),
    # ---------------- lainnya ----------------
    ("SPU", "Sapu Ijuk Cibadak", "mikro", "36.02", "", True, "lainnya", [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 800, 3),
        ("sapu-lidi", "Sapu Lidi Gagang Bambu", "pcs", 12000, 1000, 3),
        ("keset-sabut", "Keset Sabut Kelapa 40x60", "pcs", 30000, 500, 3)]),
    ("DTJ", "Koperasi Wanita Mekar Serang", "koperasi", "36.73", "", True, "lainnya", [
        ("sabun-cuci-piring", "Sabun Cuci Piring Cair 5 liter", "jerigen", 45000, 400, 2),
        ("karbol-sereh", "Pembersih Lantai Karbol Sereh 1 liter", "botol", 15000, 800, 2)]),
    ("BDR", "Penjahit Bendera Cicadas", "mikro", "32.73", "", True, "lainnya", [
        ("bendera", "Bendera Merah Putih 120x180 cm", "pcs", 45000, 1000, 5),
        ("umbul-umbul", "Umbul-umbul Kain Satin 5 m", "pcs", 65000, 500, 7)]),
]

CATEGORY = {s[0]: s[6] for s in SUPPLIERS}

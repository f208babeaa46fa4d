"""Hand-written directory and catalog for relevance-blind5 (fictional businesses).

Each supplier: (key, name, scale, region, certificates, active, category, products); each product:
(kind, name, unit, unit_price, capacity_per_month, lead_time_days). The kind is the labeller's tag for
"what this product is"; it never reaches the CSVs. Keys are unique and become the SKU prefix.
"""

# Kinds produced on the day they are eaten or drunk: the whole quantity in one month, and only from
# the need's kabupaten/kota when anyone there qualifies, else its province.
PERISHABLE = {"nasi_kotak", "snack_box", "prasmanan", "tumpeng_mini", "tumpeng_besar", "coffee_break",
              "nasi_liwet", "jamu_kunyit_asam", "beras_kencur", "telur_kampung", "selada"}

SUPPLIERS = [
    # ---- makanan
    ("MKR", "Kerupuk Ikan Bu Enah", "kecil", "36.04", "halal;pirt", True, "makanan", [
        ("kerupuk_ikan", "Kerupuk Ikan Tenggiri Mentah 500 gr", "pak", 28000, 800, 5),
        ("kerupuk_kulit", "Kerupuk Kulit Sapi (Rambak) 250gr", "pak", 22000, 300, 5)]),
    ("MOT", "Otak-Otak Bandeng Karangantu", "mikro", "36.73", "pirt;halal", True, "makanan", [
        ("otak_otak", "Otak-otak Ikan Bandeng isi 10", "pak", 35000, 400, 3),
        ("sate_bandeng", "Sate Bandeng Khas Serang", "ekor", 45000, 300, 3)]),
    ("MSR", "Dapur Sambal Teh Nining", "mikro", "36.71", "pirt;halal", True, "makanan", [
        ("sambal_roa", "Sambal Ikan Roa Botol 150 ml", "botol", 32000, 600, 4),
        ("sambal_bawang", "Sambel Bawang Pedas Jar 200gr", "botol", 25000, 600, 4)]),
    ("MBP", "UD Bumbu Pecel Sumber Rasa", "kecil", "18.10", "halal;pirt", True, "makanan", [
        ("bumbu_pecel", "Bumbu Pecel Kacang 250 gram", "pak", 15000, 1500, 5),
        ("keripik_pisang", "Keripik Pisang Kepok Manis 250g", "pak", 18000, 1000, 5)]),
    ("MKW", "Koperasi Wanita Tani Sekar Metro", "koperasi", "18.72", "pirt;halal", True, "makanan", [
        ("keripik_singkong", "Keripik Singkong Balado 200 gr", "pak", 12000, 2000, 4),
        ("kemplang", "Kemplang Ikan Panggang 250gr", "pak", 20000, 800, 5)]),
    ("MDB", "Dodol dan Lapis Talas Cibinong", "kecil", "32.01", "halal;pirt-expired", True, "makanan", [
        ("dodol", "Dodol Betawi Ketan Hitam 500 gr", "pak", 30000, 500, 5),
        ("lapis_talas", "Lapis Talas Bogor Kotak", "box", 45000, 600, 2)]),
    ("MEM", "Emping Melinjo Bu Haji Labuan", "mikro", "36.01", "pirt", True, "makanan", [
        ("emping_melinjo", "Emping Melinjo Super Tipis 1 kg", "kg", 95000, 400, 5),
        ("emping_jagung", "Emping Jagung Pedas Manis 250 gr", "pak", 14000, 800, 4)]),
    ("MGA", "Gula Aren Cimanuk Lestari", "mikro", "36.01", "pirt", True, "makanan", [
        ("gula_aren", "Gula Aren Cetak Asli Pandeglang 1 kg", "kg", 30000, 800, 4),
        ("gula_semut", "Gula Semut Aren 500 gr", "pak", 25000, 600, 4)]),
    ("MBS", "PT Snack Nusantara Cikupa", "besar", "36.03", "halal;bpom", True, "makanan", [
        ("keripik_singkong", "Keripik Singkong Original 200gr", "pak", 8000, 50000, 3),
        ("kerupuk_ikan", "Kerupuk Ikan Udang Siap Goreng 500 gr", "pak", 19000, 20000, 3)]),
    # ---- minuman
    ("NKT", "Kopi Sinar Bukit Tanggamus", "kecil", "18.06", "halal;pirt", True, "minuman", [
        ("kopi_robusta_bubuk", "Kopi Bubuk Robusta Tanggamus 250 gr", "pak", 38000, 1200, 5),
        ("kopi_robusta_biji", "Kopi Biji Sangrai Robusta (Roasted Bean) 1 kg", "kg", 140000, 300, 5)]),
    ("NKK", "Kakao Way Jepara", "mikro", "18.07", "pirt", True, "minuman", [
        ("cokelat_bubuk", "Bubuk Cokelat Murni (Cocoa Powder) 200gr", "pak", 35000, 400, 7),
        ("cokelat_batang", "Cokelat Batangan Dark 70% 100gr", "pcs", 28000, 300, 7)]),
    ("NJM", "Sari Jahe Merah Lebak", "mikro", "36.02", "pirt", True, "minuman", [
        ("jahe_instan", "Jahe Merah Instan Serbuk 250gr", "pak", 27000, 800, 4),
        ("teh_serai", "Teh Serai Celup isi 20", "box", 22000, 500, 4)]),
    ("NAM", "CV Tirta Gunung Salak", "menengah", "32.01", "bpom;halal", True, "minuman", [
        ("amdk_gelas", "Air Mineral Gelas 220 ml (1 dus isi 48)", "dus", 24000, 5000, 3),
        ("amdk_botol", "Air Minum Botol 600ml Karton isi 24", "dus", 48000, 3000, 3)]),
    ("NSP", "Sirup Pala Karawang Asri", "mikro", "32.15", "pirt", True, "minuman", [
        ("sirup_pala", "Sirup Pala Botol 620 ml", "botol", 30000, 500, 5),
        ("sirup_jeruk", "Sirup Jeruk Nipis 620ml", "botol", 27000, 500, 5)]),
    ("NTM", "Teh Seduh Cap Kembang", "mikro", "36.73", "pirt", True, "minuman", [
        ("teh_melati", "Teh Tubruk Melati 250 gr", "pak", 9000, 2000, 3)]),
    ("NBS", "PT Minuman Sehat Nusantara", "besar", "36.03", "bpom;halal", True, "minuman", [
        ("teh_melati", "Teh Celup Melati isi 25", "box", 7000, 90000, 2),
        ("kopi_arabika", "Kopi Arabika Bubuk Premium 200 gr", "pak", 30000, 20000, 3)]),
    # ---- jasa-boga
    ("JDB", "Catering Dapur Bunda", "kecil", "36.73", "halal", True, "jasa-boga", [
        ("nasi_kotak", "Nasi Kotak Sate Bandeng Khas Serang", "box", 35000, 3000, 2),
        ("snack_box", "Snack Box isi 3 kue + air mineral", "box", 15000, 4000, 1)]),
    ("JSL", "Rumah Makan Sari Laut Anyer", "mikro", "36.04", "halal", True, "jasa-boga", [
        ("prasmanan", "Paket Prasmanan Menu Seafood per orang", "porsi", 60000, 1500, 3),
        ("nasi_kotak", "Nasi Box Ikan Bakar Sambal Matah", "box", 40000, 1200, 2)]),
    ("JPB", "Katering Berkah Pringsewu", "kecil", "18.10", "halal", True, "jasa-boga", [
        ("nasi_kotak", "Nasi Kotak Rendang Komplit", "box", 38000, 2000, 2),
        ("snack_box", "Kue Kotak (Snack) 3 macam", "box", 13000, 2500, 1)]),
    ("JMU", "Dapur Mama Ully", "mikro", "36.71", "halal", True, "jasa-boga", [
        ("tumpeng_mini", "Nasi Tumpeng Kuning Mini 1 orang", "pcs", 30000, 800, 2),
        ("tumpeng_besar", "Tumpeng Nasi Kuning Besar (20 orang)", "paket", 650000, 40, 3),
        ("snack_box", "Snack Box Rapat Premium (4 item)", "box", 20000, 1500, 1)]),
    ("JBR", "Boga Rasa Cikarang", "kecil", "32.16", "halal", True, "jasa-boga", [
        ("nasi_kotak", "Nasi Kotak Ayam Goreng Lengkap", "box", 33000, 2500, 2),
        ("coffee_break", "Paket Coffee Break (kopi/teh + 2 kue)", "paket", 18000, 3000, 1)]),
    ("JNL", "Warung Nasi Liwet Teh Iis", "mikro", "32.15", "", True, "jasa-boga", [
        ("nasi_liwet", "Nasi Liwet Komplit Box", "box", 28000, 600, 2)]),
    ("JMJ", "Catering Metro Jaya", "kecil", "18.72", "halal", True, "jasa-boga", [
        ("prasmanan", "Prasmanan 1 meja (min 100 pax)", "pax", 55000, 2000, 3),
        ("snack_box", "Snack box kue basah 3 jenis", "box", 12000, 3000, 1)]),
    ("JLS", "Katering Lebak Sejahtera", "mikro", "36.02", "halal", False, "jasa-boga", [
        ("nasi_kotak", "Nasi Kotak Ayam Bakar Madu", "box", 30000, 2000, 2)]),
    # ---- fesyen
    ("FTP", "Tapis Sekar Wangi", "kecil", "18.06", "", True, "fesyen", [
        ("tapis_kain", "Kain Tapis Lampung Benang Emas Motif Pucuk Rebung", "lembar", 1250000, 30, 14),
        ("tapis_selendang", "Selendang Tapis Lampung", "pcs", 350000, 80, 10),
        ("tas_tapis", "Tas Jinjing Motif Tapis", "pcs", 150000, 120, 7)]),
    ("FTM", "Butik Tapis Siger Metro", "mikro", "18.72", "", True, "fesyen", [
        ("tapis_print", "Kain Tapis Printing Motif Siger 2 m", "lembar", 150000, 400, 5),
        ("peci_tapis", "Peci Tapis Lampung", "pcs", 85000, 300, 5)]),
    ("FBP", "Sanggar Batik Pandeglang", "kecil", "36.01", "batikmark", True, "fesyen", [
        ("batik_tulis_pdg", "Kain Batik Tulis Motif Badak Ujung Kulon 2 m", "lembar", 650000, 40, 14),
        ("batik_cap_pdg", "Kain Batik Cap Motif Pandeglang 2 m", "lembar", 175000, 300, 7)]),
    ("FBL", "Batik Kahuripan Lebak", "kecil", "36.02", "batikmark", True, "fesyen", [
        ("batik_tulis_lbk", "Batik Tulis Lebak Motif Sawarna 2m", "lembar", 600000, 30, 14),
        ("batik_cap_lbk", "Batik Cap Motif Seba Baduy", "lembar", 160000, 300, 7)]),
    ("FKM", "Konveksi Karya Mandiri", "menengah", "36.03", "", True, "fesyen", [
        ("seragam_pdh", "Seragam PDH Khaki (Kemeja + Celana) Jahit Ukur", "stel", 285000, 500, 21),
        ("kemeja_batik_print", "Kemeja Batik Printing Lengan Panjang Pria", "pcs", 120000, 800, 14),
        ("rompi", "Rompi Lapangan / Rompi Proyek Drill Bordir Logo", "pcs", 95000, 600, 14)]),
    ("FSB", "Sablon Kaos Bekasi Jaya", "mikro", "32.16", "", True, "fesyen", [
        ("kaos_sablon", "Kaos Polos Cotton Combed 30s + Sablon Logo", "pcs", 55000, 3000, 10),
        ("polo", "Kaos Polo Kerah Bordir Logo Instansi", "pcs", 85000, 1500, 14)]),
    ("FSC", "UD Kaki Kuat Sentra Sepatu Ciomas", "kecil", "32.01", "", True, "fesyen", [
        ("sepatu_pdh", "Sepatu PDH Kulit Sapi Pria Hitam Mengkilap", "pasang", 325000, 400, 14),
        ("sandal_jepit", "Sandal Jepit Karet Motif", "pasang", 15000, 3000, 7),
        ("kaos_kaki", "Kaos Kaki PDH Hitam (1 lusin)", "lusin", 60000, 1000, 5)]),
    ("FTB", "Tenun Kanekes", "mikro", "36.02", "", True, "fesyen", [
        ("tenun_baduy", "Kain Tenun Baduy Motif Poleng 3 m", "lembar", 400000, 25, 14),
        ("iket", "Iket Kepala Baduy (Lomar)", "pcs", 45000, 200, 7)]),
    ("FGS", "PT Garmen Serang Raya", "besar", "36.04", "sni;iso-9001", True, "fesyen", [
        ("seragam_pdh", "Seragam PDH Khaki Pria/Wanita", "stel", 190000, 20000, 14),
        ("kaos_sablon", "Kaos Sablon Custom Cotton 30s", "pcs", 38000, 50000, 7)]),
    # ---- kerajinan
    ("KAP", "Anyaman Pandan Pesisir Labuan", "mikro", "36.01", "", True, "kerajinan", [
        ("tikar_pandan", "Tikar Pandan Anyam 150 x 200 cm", "lembar", 120000, 100, 10),
        ("tas_pandan", "Tas Pandan Anyam Motif Warna", "pcs", 35000, 400, 7),
        ("kotak_tisu_pandan", "Kotak Tisu Anyaman Pandan", "pcs", 30000, 300, 7)]),
    ("KBB", "Bambu Kreasi Lebak", "mikro", "36.02", "", True, "kerajinan", [
        ("keranjang_bambu", "Keranjang Parcel Bambu Anyam Ukuran Sedang", "pcs", 25000, 800, 5),
        ("tempat_pensil_bambu", "Tempat Pensil Bambu Ukir Logo", "pcs", 30000, 500, 10),
        ("besek", "Besek Bambu 20x20 (isi 10)", "ikat", 25000, 1000, 4),
        ("tikar_bambu", "Tikar Bambu Lipat (Klasa) 2 x 3 m", "lembar", 180000, 60, 10)]),
    ("KGB", "Gerabah Bumijaya Ciruas", "kecil", "36.04", "", True, "kerajinan", [
        ("pot_gerabah", "Pot Tanah Liat Gerabah Diameter 30 cm", "pcs", 40000, 600, 7),
        ("guci_gerabah", "Guci Gerabah Hias Ukir Motif Banten 40cm", "pcs", 175000, 150, 10),
        ("celengan", "Celengan Gerabah Bentuk Ayam", "pcs", 15000, 1000, 5)]),
    ("KAK", "Kreasindo Souvenir Akrilik", "kecil", "36.71", "", True, "kerajinan", [
        ("plakat_akrilik", "Plakat Akrilik Custom Logo + Kotak Beludru", "pcs", 175000, 300, 7),
        ("gantungan_akrilik", "Gantungan Kunci Akrilik Full Print 2 Sisi", "pcs", 6000, 5000, 7),
        ("pin", "Pin Peniti Logo Custom 44mm", "pcs", 3500, 10000, 5)]),
    ("KUK", "Ukir Kayu Pringsewu", "mikro", "18.10", "svlk", True, "kerajinan", [
        ("plakat_kayu", "Plakat Kayu Jati Ukir Logo Instansi", "pcs", 275000, 80, 14),
        ("miniatur_rumah_adat", "Miniatur Rumah Adat Lampung Kayu", "pcs", 450000, 30, 21)]),
    ("KBF", "Boneka Flanel Bekasi", "mikro", "32.16", "", True, "kerajinan", [
        ("boneka_flanel", "Boneka Maskot Custom Bahan Flanel 25 cm", "pcs", 65000, 500, 14),
        ("gantungan_flanel", "Gantungan Kunci Flanel Karakter", "pcs", 7000, 2000, 7)]),
    # ---- perhiasan
    ("PPC", "Galeri Perak Ciampea", "kecil", "32.01", "", True, "perhiasan", [
        ("bros_perak", "Bros Perak 925 Motif Bunga Melati", "pcs", 285000, 100, 14),
        ("cincin_perak", "Cincin Perak Batu Kecubung", "pcs", 225000, 80, 10)]),
    ("PMT", "Mutiara Teluk Lampung", "mikro", "18.01", "", True, "perhiasan", [
        ("kalung_mutiara", "Kalung Mutiara Air Laut Lampung 1 Untai", "pcs", 750000, 40, 14),
        ("anting_mutiara", "Anting Mutiara Tusuk Perak", "pasang", 175000, 100, 10)]),
    ("PMA", "Manik-Manik Ayu", "mikro", "36.03", "", True, "perhiasan", [
        ("gelang_manik", "Gelang Manik-manik Etnik Banten", "pcs", 15000, 1500, 5),
        ("bros_imitasi", "Bros Jilbab Mutiara Imitasi Grosir", "pcs", 8000, 3000, 3)]),
    ("PEM", "Toko Mas Sinar Serang", "besar", "36.73", "", True, "perhiasan", [
        ("kalung_emas", "Kalung Emas 24K 5 gram", "pcs", 6500000, 50, 3)]),
    # ---- furnitur
    ("URK", "Rotan Jaya Mandiri", "kecil", "32.15", "", True, "furnitur", [
        ("kursi_rotan_set", "Kursi Teras Rotan Sintetis set (2 kursi + 1 meja)", "set", 1850000, 30, 21),
        ("sofa_rotan", "Sofa Rotan Alami 3 Dudukan + Bantal", "unit", 3500000, 15, 30)]),
    ("UJP", "Meubel Kayu Jati Pringsewu", "kecil", "18.10", "svlk", True, "furnitur", [
        ("meja_kerja_jati", "Meja Kerja Kayu Jati 120x60 + Laci", "unit", 1650000, 40, 21),
        ("lemari_arsip_kayu", "Lemari Arsip Kayu 2 Pintu Kaca", "unit", 2400000, 25, 30),
        ("kursi_tamu_jati", "Kursi Tamu Jati Ukir 3-2-1", "set", 9500000, 6, 45)]),
    ("UBT", "Bengkel Furnitur Besi Cipondoh", "menengah", "36.71", "sni", True, "furnitur", [
        ("rak_besi", "Rak Besi Siku Lubang 5 Susun 200x90x40", "unit", 650000, 100, 10),
        ("loker_besi", "Loker Besi 12 Pintu", "unit", 3200000, 20, 21),
        ("meja_lipat", "Meja Lipat Kaki Besi Top Multiplek 120x60", "unit", 550000, 100, 10),
        ("filing_cabinet", "Filing Cabinet Besi 4 Laci", "unit", 2750000, 30, 14)]),
    ("ULT", "Rotan Craft Lampung Timur", "mikro", "18.07", "", True, "furnitur", [
        ("meja_rotan", "Meja Rotan Bundar Diameter 60", "unit", 850000, 30, 14)]),
    ("UKK", "PT Kursi Kantor Sejahtera", "besar", "32.16", "sni;iso-9001", True, "furnitur", [
        ("kursi_kantor", "Kursi Kantor Putar Hidrolik", "unit", 750000, 2000, 7),
        ("meja_rapat", "Meja Rapat Oval 20 Orang", "unit", 9000000, 50, 21)]),
    # ---- herbal
    ("HJM", "Jamu Gendong Mbok Sri", "mikro", "18.72", "pirt", True, "herbal", [
        ("jamu_kunyit_asam", "Jamu Kunyit Asam Botol 350ml (segar)", "botol", 8000, 1500, 1),
        ("beras_kencur", "Jamu Beras Kencur Botol 350 ml", "botol", 8000, 1500, 1)]),
    ("HPS", "Herbal Pandeglang Sehat", "kecil", "36.01", "pirt;halal", True, "herbal", [
        ("jahe_kapsul", "Kapsul Jahe Merah isi 60", "botol", 45000, 600, 7),
        ("minyak_sereh", "Minyak Sereh Wangi 60 ml", "botol", 25000, 800, 5),
        ("temulawak", "Serbuk Temulawak Instan 200 gr", "pak", 25000, 800, 5)]),
    ("HMH", "Madu Hutan Honje", "mikro", "36.02", "pirt", True, "herbal", [
        ("madu_hutan", "Madu Hutan Baduy Murni 500 gr", "botol", 120000, 150, 5)]),
    ("HKT", "Koperasi Herbal Tanggamus", "koperasi", "18.06", "pirt", True, "herbal", [
        ("madu_randu", "Madu Randu Tanggamus 1 kg", "botol", 150000, 300, 5),
        ("teh_kelor", "Teh Daun Kelor Celup", "box", 30000, 500, 7)]),
    ("HJT", "Jamu Tradisional Balaraja", "mikro", "36.03", "pirt", False, "herbal", [
        ("minyak_kayu_putih", "Minyak Kayu Putih 60 ml", "botol", 22000, 1000, 5)]),
    # ---- kosmetik
    ("SRL", "Rumah Lerak Bogor", "mikro", "32.71", "bpom", True, "kosmetik", [
        ("sabun_batang", "Sabun Mandi Batang Natural Sereh & Kopi 100g", "pcs", 18000, 2000, 5),
        ("sabun_cuci_tangan", "Sabun Cuci Tangan Cair Refill 1 liter", "liter", 35000, 800, 5)]),
    ("SLA", "Lilin Aroma Serang", "mikro", "36.73", "", True, "kosmetik", [
        ("lilin_aromaterapi", "Lilin Aromaterapi Soy Wax Jar 100 gr", "pcs", 45000, 600, 7),
        ("reed_diffuser", "Reed Diffuser Pengharum Ruangan 100ml", "botol", 55000, 400, 7)]),
    ("SVC", "Kelapa Murni Lampung", "kecil", "18.07", "bpom;halal", True, "kosmetik", [
        ("vco", "VCO Virgin Coconut Oil 250 ml", "botol", 40000, 1000, 5),
        ("lulur", "Lulur Mandi Bengkoang 200gr", "pot", 30000, 800, 5),
        ("sabun_susu", "Sabun Batang Susu Kambing 80 gr", "pcs", 15000, 1500, 5)]),
    ("SHS", "Higienis Karawang", "kecil", "32.15", "bpom", True, "kosmetik", [
        ("hand_sanitizer", "Hand Sanitizer Gel 500 ml Alkohol 70%", "botol", 40000, 2000, 4),
        ("body_lotion", "Body Lotion Aloe Vera 250ml", "botol", 35000, 1000, 5)]),
    # ---- logam
    ("LCM", "Pandai Besi Ciomas", "mikro", "36.04", "", True, "logam", [
        ("golok_ciomas", "Golok Ciomas Sarung Kayu Asli", "pcs", 450000, 60, 14),
        ("arit", "Arit / Sabit Rumput Baja Per", "pcs", 65000, 300, 7),
        ("cangkul_tanpa_gagang", "Cangkul Baja Tempa tanpa Gagang", "pcs", 85000, 400, 7)]),
    ("LTK", "Bengkel Las Teralis Maju", "mikro", "32.15", "", True, "logam", [
        ("teralis", "Teralis Jendela Besi Hollow Minimalis per m2", "m2", 350000, 200, 14),
        ("pagar_besi", "Pagar Besi Hollow Minimalis per meter lari", "m", 550000, 150, 21),
        ("kanopi", "Kanopi Baja Ringan Atap Alderon per m2", "m2", 450000, 300, 14)]),
    ("LPD", "Perkakas Dapur Tambun", "mikro", "32.16", "", True, "logam", [
        ("pisau_dapur", "Pisau Dapur Stainless Set 5 pcs + Talenan", "set", 120000, 400, 7),
        ("wajan", "Wajan Besi Cor 32 cm", "pcs", 150000, 200, 10)]),
    ("LKN", "Kerajinan Kuningan Pasar Kemis", "kecil", "36.03", "", True, "logam", [
        ("plakat_kuningan", "Plakat Kuningan Etsa Logo Instansi Box Kayu", "pcs", 350000, 100, 14),
        ("medali", "Medali Kuningan Cor Custom + Pita", "pcs", 45000, 2000, 14)]),
    ("LTM", "Koperasi Pandai Besi Tempa Metro", "koperasi", "18.72", "", True, "logam", [
        ("cangkul_gagang", "Cangkul Tempa (Pacul) + Gagang Kayu", "pcs", 110000, 500, 7),
        ("parang", "Parang Kebun Baja Per 14 inch", "pcs", 95000, 300, 7)]),
    # ---- percetakan
    ("CCG", "Percetakan Cahaya Grafika", "kecil", "36.73", "", True, "percetakan", [
        ("spanduk", "Cetak Spanduk Flexi 280 gr per meter", "m2", 25000, 5000, 2),
        ("map_folder", "Map Folder Custom Logo Art Carton 260", "pcs", 7500, 5000, 7),
        ("undangan", "Kartu Undangan Hard Cover Cetak Nama", "pcs", 6500, 5000, 7)]),
    ("CAB", "Toko ATK Berkah", "mikro", "18.10", "", True, "percetakan", [
        ("kertas_a4", "Kertas HVS A4 70 gram 1 rim", "rim", 52000, 1000, 3),
        ("kertas_f4", "Kertas HVS F4 (Folio) 70 gsm 1 rim", "rim", 56000, 1000, 3),
        ("pulpen_gel", "Pulpen Gel Hitam 0.5 (1 lusin)", "lusin", 36000, 800, 3),
        ("map_plastik", "Map Plastik Kancing L isi 12", "pak", 18000, 1000, 3)]),
    ("CGR", "Grosir ATK Sumber Rezeki", "mikro", "18.72", "", True, "percetakan", [
        ("pulpen_standar", "Pulpen Standard AE7 Hitam 1 Pak isi 12 GROSIR", "pak", 24000, 2000, 2)]),
    ("CDP", "Digital Printing Bekasi Kreatif", "kecil", "32.16", "", True, "percetakan", [
        ("id_card", "ID Card PVC + Tali Lanyard Printing", "pcs", 12000, 5000, 5),
        ("stiker", "Stiker Vinyl Cutting Logo Kendaraan", "pcs", 15000, 3000, 5),
        ("kalender", "Kalender Dinding 2027 Custom 6 Lembar", "pcs", 22000, 3000, 14)]),
    ("CKT", "Kemasan Kardus Tangerang", "kecil", "36.71", "", True, "percetakan", [
        ("dus_nasi", "Dus Nasi Kotak Kertas Laminasi 20x20 Cetak Logo", "pcs", 1500, 50000, 7),
        ("paper_bag", "Paper Bag Kraft Cetak Logo ukuran 25x33", "pcs", 4500, 20000, 10)]),
    ("CGN", "PT Grafika Nasional", "besar", "32.01", "iso-9001", True, "percetakan", [
        ("buku_yasin", "Buku Yasin Hard Cover Cetak Nama", "eks", 18000, 20000, 10),
        ("kertas_a4", "Kertas HVS A4 70gsm Rim", "rim", 45000, 90000, 2)]),
    # ---- pertanian
    ("TIH", "Ikan Hias Parung Mandiri", "mikro", "32.01", "", True, "pertanian", [
        ("ikan_koki", "Ikan Mas Koki Oranda 5-7 cm", "ekor", 15000, 2000, 3),
        ("ikan_cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 25000, 1000, 3)]),
    ("TMM", "Pembenihan Metro Mina", "kecil", "18.72", "", True, "pertanian", [
        ("benih_lele", "Benih Ikan Lele Sangkuriang 5-7 cm", "ekor", 200, 200000, 5),
        ("benih_nila", "Bibit Nila Merah ukuran 3-5", "ekor", 250, 150000, 5)]),
    ("TNT", "Nursery Tanaman Hias Cipondoh", "mikro", "36.71", "", True, "pertanian", [
        ("sansevieria", "Tanaman Hias Sansevieria (Lidah Mertua) Pot 20", "pot", 45000, 500, 5),
        ("pucuk_merah", "Pohon Pucuk Merah tinggi 1 m", "batang", 35000, 1000, 5),
        ("bibit_mangga", "Bibit Mangga Harum Manis Okulasi 60cm", "batang", 30000, 800, 7)]),
    ("TPK", "Pakan dan Pupuk Subur Lampung Timur", "kecil", "18.07", "", True, "pertanian", [
        ("pakan_ayam", "Pakan Ayam Petelur Konsentrat 50 kg", "sak", 420000, 300, 5),
        ("pupuk_kompos", "Pupuk Kompos Organik Kotoran Sapi 25 kg", "karung", 30000, 3000, 5)]),
    ("THK", "Poktan Hidroponik Karawang", "mikro", "32.15", "", True, "pertanian", [
        ("selada", "Sayur Selada Hidroponik 250 gr", "pak", 12000, 1500, 1),
        ("beras", "Beras Pandan Wangi Karawang 5 kg", "karung", 85000, 2000, 3)]),
    ("TTK", "Peternak Ayam Kampung Cadasari", "mikro", "36.01", "", True, "pertanian", [
        ("telur_kampung", "Telur Ayam Kampung (per butir)", "butir", 2500, 6000, 2)]),
    # ---- lainnya
    ("XSI", "Sapu Ijuk Leuwidamar", "mikro", "36.02", "", True, "lainnya", [
        ("sapu_ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 1000, 5),
        ("sapu_lidi", "Sapu Lidi Aren Gagang Panjang", "pcs", 15000, 1500, 3),
        ("kemoceng", "Kemoceng Bulu Ayam 60 cm", "pcs", 20000, 600, 5)]),
    ("XBJ", "CV Bersih Jaya", "kecil", "36.03", "", True, "lainnya", [
        ("spin_mop", "Alat Pel Lantai Putar (Spin Mop) + Ember", "set", 150000, 300, 7),
        ("karbol", "Karbol Wangi Pembersih Lantai 5 liter", "jerigen", 55000, 1000, 4),
        ("sabun_cuci_piring", "Sabun Cuci Piring Cair Jeruk Nipis 5 Liter", "jerigen", 60000, 1000, 4)]),
    ("XKP", "Keset Kain Perca Kramatwatu", "mikro", "36.04", "", True, "lainnya", [
        ("keset_perca", "Keset Kaki Kain Perca Bulat", "pcs", 15000, 1500, 4),
        ("serbet", "Lap Tangan Handuk Kecil (Serbet) 30x30", "pcs", 7000, 3000, 4)]),
    ("XTS", "Tenda Sarnafil Metro", "kecil", "18.72", "", True, "lainnya", [
        ("tenda_kerucut", "Tenda Kerucut Sarnafil 5x5 m Rangka Besi", "unit", 12500000, 10, 30),
        ("terpal", "Terpal Plastik A5 ukuran 4x6 m", "lembar", 150000, 300, 5)]),
    ("XBU", "Bendera dan Umbul-umbul Cibitung", "mikro", "32.16", "", True, "lainnya", [
        ("bendera", "Bendera Merah Putih Bahan Katun 90x135", "pcs", 45000, 1500, 5),
        ("umbul_umbul", "Umbul-umbul Custom Printing 5 m", "pcs", 85000, 500, 7)]),
]

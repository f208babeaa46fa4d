"""Hand-written suppliers and products of relevance-blind22 (fictional). Each product carries the labeller's kind tag.

SUPPLIERS rows: (key, name, scale, region, certificates, active, products); a key's first letter is its category.
products rows: (kind, name as the seller writes it, unit, unit price, capacity per month, lead time days).
"""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

SUPPLIERS = [
    ("M1", "Rumah Otak-Otak Bandeng Bu Iyah", "mikro", "36.04", "halal;pirt", True, [
        ("otak_bandeng", "Otak-Otak Bandeng Khas Serang isi 10", "pak", 35000, 400, 3),
        ("sate_bandeng", "Sate Bandeng Banten Kemasan Vakum", "pcs", 45000, 300, 3)]),
    ("M2", "UD Kerupuk Ikan Labuan", "kecil", "36.01", "halal;pirt", True, [
        ("kerupuk_tenggiri", "Kerupuk Ikan Tenggiri Mentah 500 gr", "pak", 38000, 800, 4),
        ("amplang", "Amplang Ikan Tenggiri 250gr", "pak", 30000, 500, 4)]),
    ("M3", "KWT Melati Tanggamus", "koperasi", "18.06", "pirt", True, [
        ("keripik_pisang", "Keripik Pisang Kepok Manis 250 gr", "pak", 18000, 1000, 5),
        ("lanting", "Lanting Ubi Kayu Bumbu Balado", "pak", 15000, 600, 5)]),
    ("M4", "Dodol Susu Sapi Pringsewu", "mikro", "18.10", "halal;pirt", True, [
        ("dodol_susu", "Dodol Susu Kotak 200g", "box", 25000, 400, 4),
        ("permen_susu", "Karamel Susu (Permen Susu) 150 gr", "pak", 20000, 300, 4)]),
    ("M5", "CV Abon Tuna Lampung Timur", "kecil", "18.07", "halal;pirt;bpom", True, [
        ("abon_tuna", "Abon Ikan Tuna Pedas 100 gram", "pcs", 28000, 1500, 5),
        ("bakso_ikan", "Bakso Ikan Tenggiri Frozen 500 gr", "pak", 40000, 500, 3)]),
    ("M6", "Sambal Mak Ijah Cikokol", "mikro", "36.71", "pirt", True, [
        ("sambal_bawang", "Sambal Bawang Botol 200 ml", "botol", 25000, 600, 3),
        ("sambal_cumi", "Sambal Cumi Asin Toples 150 gr", "pcs", 40000, 300, 3)]),
    ("M7", "Rendang Uni Sari Pamulang", "kecil", "36.74", "halal;pirt", True, [
        ("rendang_kaleng", "Rendang Daging Sapi Kemasan Kaleng 200 gr", "pcs", 55000, 800, 7),
        ("serundeng", "Serundeng Kelapa Daging 200gr", "pak", 30000, 400, 4)]),
    ("M8", "Kue Kering Bunda Karawang", "mikro", "32.15", "halal;pirt-expired", True, [
        ("nastar", "Nastar Nanas Toples 500 gr", "pcs", 75000, 500, 5),
        ("kastengel", "Kastengel Keju Edam Toples 500gr", "pcs", 85000, 400, 5)]),
    ("M9", "Dendeng Sapi Mbok Sri", "mikro", "36.73", "halal;pirt", False, [
        ("dendeng_sapi", "Dendeng Sapi Balado 250 gr", "pak", 65000, 300, 5)]),
    ("N1", "Kopi Robusta Sinar Jaya Tanggamus", "kecil", "18.06", "halal;pirt", True, [
        ("kopi_bubuk_robusta", "Kopi Bubuk Robusta Tanggamus 250 gr", "pak", 35000, 2000, 4),
        ("kopi_biji_robusta", "Kopi Biji Sangrai Robusta 1 kg (Roasted Bean)", "kg", 150000, 300, 5)]),
    ("N2", "Rumah Cokelat Pesawaran", "mikro", "18.09", "halal;pirt", True, [
        ("cokelat_bubuk", "Cokelat Bubuk Murni 200 gr", "pak", 45000, 300, 5),
        ("cokelat_batang", "Cokelat Batang Dark 70% 100 gr", "pcs", 30000, 300, 5)]),
    ("N3", "UD Madu Hutan Baduy", "mikro", "36.02", "pirt", True, [
        ("madu_hutan", "Madu Hutan Murni Baduy 500 ml", "botol", 120000, 200, 5)]),
    ("N4", "CV Sirup Pala Cilegon", "kecil", "36.72", "halal;pirt;bpom", True, [
        ("sirup_pala", "Sirup Pala 620 ml", "botol", 30000, 1000, 4),
        ("teh_serai", "Teh Serai Celup isi 25", "box", 22000, 800, 4)]),
    ("N5", "PT Minuman Segar Nusantara", "besar", "36.03", "halal;bpom;sni", True, [
        ("amdk_gelas", "Air Mineral Gelas 220 ml Dus isi 48", "dus", 22000, 50000, 2)]),
    ("N6", "Susu Kambing Etawa Ciawi", "mikro", "32.01", "pirt", True, [
        ("susu_kambing_bubuk", "Susu Kambing Etawa Bubuk 200 gr", "pak", 65000, 300, 5)]),
    ("N7", "Wedang Jahe Bu Tuti Cikarang", "mikro", "32.16", "halal;pirt", True, [
        ("jahe_instan", "Jahe Merah Instan Serbuk 250 gr", "pak", 25000, 700, 4)]),
    ("J1", "Catering Dapur Ibu Nur", "kecil", "36.73", "halal", True, [
        ("nasi_kotak", "Nasi Kotak Ayam Bakar + Buah", "box", 30000, 3000, 2),
        ("snack_box", "Snack Box Isi 3 Kue + Air Mineral", "box", 12000, 4000, 1)]),
    ("J2", "RM Saung Sunda Pandeglang", "mikro", "36.01", "halal", True, [
        ("nasi_liwet", "Nasi Liwet Komplit Porsi", "porsi", 35000, 600, 2),
        ("prasmanan", "Prasmanan Menu Sunda per Pax", "pax", 55000, 1000, 3)]),
    ("J3", "Katering Berkah Metro", "kecil", "18.72", "halal", True, [
        ("nasi_kotak", "Nasi Box Rendang Katering Berkah", "box", 32000, 1500, 2),
        ("snack_box", "Kue Kotak Isi 4", "box", 11000, 2000, 1)]),
    ("J4", "Jakarta Catering Nusantara", "menengah", "31.74", "halal;iso-9001", True, [
        ("nasi_kotak", "Nasi Box Premium Ayam Goreng Lengkuas", "box", 45000, 8000, 2),
        ("coffee_break", "Coffee Break Paket Rapat (2 snack + kopi/teh)", "pax", 25000, 6000, 1),
        ("prasmanan", "Buffet Prasmanan Paket Nasional", "pax", 95000, 3000, 3)]),
    ("J5", "Tumpeng Bu Lastri Tambun", "mikro", "32.16", "halal", True, [
        ("tumpeng_mini", "Nasi Tumpeng Mini Kuning 1 orang", "pcs", 35000, 500, 2),
        ("tumpeng_besar", "Tumpeng Nasi Kuning Besar 30 orang", "pcs", 850000, 20, 3)]),
    ("F1", "Tapis Ratu Siger Pringsewu", "kecil", "18.10", "", True, [
        ("tapis_kain", "Kain Tapis Lampung Motif Kapal Tenun Tangan", "lembar", 850000, 40, 14),
        ("tapis_selendang", "Selendang Tapis Sulam Usus", "pcs", 250000, 100, 10)]),
    ("F2", "Batik Krakatau Cilegon", "mikro", "36.72", "batikmark", True, [
        ("batik_tulis", "Kain Batik Tulis Krakatau 2 m", "lembar", 600000, 60, 14),
        ("batik_cap", "Batik Cap Motif Debus 2 meter", "lembar", 150000, 400, 7)]),
    ("F3", "Konveksi Seragam Mandiri Balaraja", "kecil", "36.03", "sni", True, [
        ("seragam_pdh", "Seragam PDH Khaki Jahit Ukur", "stel", 275000, 800, 21),
        ("kemeja_batik", "Kemeja Batik Seragam Kantor Lengan Panjang", "pcs", 160000, 1000, 14)]),
    ("F4", "Sablon Kaos Karawang Jaya", "kecil", "32.15", "", True, [
        ("training_olahraga", "Setelan Training Olahraga (Jaket + Celana) Sablon Logo", "stel", 185000, 1500, 14),
        ("jersey", "Jersey Futsal Printing Full Custom", "pcs", 95000, 2000, 10),
        ("kaos_polo", "Kaos Polo Bordir Logo Instansi", "pcs", 75000, 2500, 10)]),
    ("F5", "Sandal Sepatu Kulit Kaujon", "mikro", "36.73", "", True, [
        ("sandal_kulit", "Sandal Kulit Sapi Pria", "pasang", 135000, 200, 10),
        ("sepatu_sekolah", "Sepatu Sekolah Hitam Kets Anak", "pasang", 110000, 500, 14)]),
    ("F6", "Leather Craft Tajurhalang", "kecil", "32.01", "", True, [
        ("tas_kulit", "Tas Selempang Kulit Asli Pria", "pcs", 275000, 150, 10),
        ("dompet_kulit", "Dompet Kulit Sapi Lipat", "pcs", 95000, 400, 7),
        ("ikat_pinggang", "Ikat Pinggang Kulit Gesper Logo", "pcs", 85000, 500, 10)]),
    ("F7", "Mukena Bordir Hj. Enah", "mikro", "36.03", "", True, [
        ("mukena", "Mukena Katun Bordir Dewasa", "pcs", 185000, 300, 10),
        ("sajadah", "Sajadah Travel Lipat", "pcs", 45000, 600, 7),
        ("peci", "Peci Hitam Nasional Beludru", "pcs", 40000, 800, 7)]),
    ("F8", "Tenun Baduy Ciboleger", "mikro", "36.02", "", True, [
        ("tenun_baduy", "Kain Tenun Baduy Motif Suat 2 m", "lembar", 450000, 30, 14)]),
    ("F9", "Griya Sprei Tambun", "kecil", "32.16", "", True, [
        ("sprei", "Sprei Katun Jepang 160x200", "set", 175000, 400, 7),
        ("handuk", "Handuk Mandi Katun 70x140", "pcs", 55000, 1000, 5),
        ("selimut", "Selimut Fleece Polos 150x200", "pcs", 65000, 1500, 5)]),
    ("K1", "Koperasi Anyaman Pandan Mekarsari", "koperasi", "36.02", "", True, [
        ("tikar_pandan", "Tikar Pandan Anyam 2x3 m", "lembar", 150000, 100, 10),
        ("tas_pandan", "Tas Anyaman Pandan Motif", "pcs", 65000, 300, 7)]),
    ("K2", "Gerabah Bumijaya", "mikro", "36.04", "", True, [
        ("pot_gerabah", "Pot Gerabah Tanah Liat Diameter 30 cm", "pcs", 45000, 500, 7),
        ("kendi", "Kendi Gerabah Hias", "pcs", 60000, 200, 7),
        ("celengan", "Celengan Gerabah Bentuk Ayam", "pcs", 25000, 400, 5)]),
    ("K3", "Bambu Kreasi Pringsewu", "mikro", "18.10", "", True, [
        ("besek", "Besek Bambu 20x20 Tutup", "pcs", 5000, 5000, 5),
        ("keranjang_bambu", "Keranjang Parsel Bambu", "pcs", 30000, 800, 5)]),
    ("K4", "Souvenir Akrilik Ciputat", "kecil", "36.74", "", True, [
        ("plakat_akrilik", "Plakat Akrilik Custom 20 cm + Box", "pcs", 175000, 300, 7),
        ("gantungan_akrilik", "Gantungan Kunci Akrilik Custom", "pcs", 5000, 5000, 7),
        ("pin", "Pin Peniti Logo Bulat 44 mm", "pcs", 3500, 5000, 5)]),
    ("K5", "Kulit Domba Cimande", "mikro", "32.01", "", True, [
        ("wayang_kulit", "Wayang Kulit Mini Hiasan Dinding", "pcs", 150000, 60, 14),
        ("gantungan_kulit", "Gantungan Kunci Kulit Ukir Nama", "pcs", 15000, 1000, 7)]),
    ("K6", "Mainan Kayu Edukatif Metro", "mikro", "18.72", "", True, [
        ("puzzle_kayu", "Puzzle Kayu Huruf Abjad", "set", 45000, 500, 7),
        ("balok_susun", "Balok Susun Kayu 50 pcs (Mainan Edukasi)", "set", 85000, 300, 7)]),
    ("P1", "Perak Bakar Kaujon", "mikro", "36.73", "", True, [
        ("cincin_perak", "Cincin Perak 925 Ukir Batu Akik", "pcs", 250000, 100, 10),
        ("bros_perak", "Bros Perak Motif Siger", "pcs", 175000, 150, 10)]),
    ("P2", "Mutiara Teluk Pesawaran", "kecil", "18.09", "", True, [
        ("kalung_mutiara", "Kalung Mutiara Air Tawar", "pcs", 300000, 100, 7),
        ("gelang_mutiara", "Gelang Mutiara Air Tawar", "pcs", 150000, 200, 7)]),
    ("P3", "Aksesoris Manik Rahayu", "mikro", "32.15", "", True, [
        ("gelang_manik", "Gelang Manik-Manik Etnik", "pcs", 15000, 2000, 5),
        ("kalung_manik", "Kalung Manik Kayu Etnik", "pcs", 25000, 1000, 5)]),
    ("P4", "PT Toko Emas Cahaya Abadi", "besar", "31.71", "sni", True, [
        ("cincin_emas", "Cincin Emas 24K 2 gram", "pcs", 2800000, 100, 3)]),
    ("U1", "Rotan Sari Karya Plumbon", "kecil", "32.09", "svlk", True, [
        ("kursi_rotan", "Kursi Rotan Sintetis Teras Set (2 Kursi + 1 Meja)", "set", 1800000, 40, 21)]),
    ("U2", "Mebel Jati Mandiri Kramatwatu", "kecil", "36.04", "svlk", True, [
        ("meja_kerja", "Meja Kerja Kayu Jati 120x60", "pcs", 1650000, 40, 21),
        ("lemari_arsip", "Lemari Arsip Kayu 4 Pintu", "pcs", 2400000, 20, 30),
        ("kursi_tamu", "Kursi Tamu Kayu Jati Set", "set", 6500000, 6, 30)]),
    ("U3", "Furnitur Besi Jatiuwung", "kecil", "36.71", "sni", True, [
        ("rak_besi", "Rak Besi Siku Lubang 5 Susun", "pcs", 650000, 100, 7),
        ("kursi_lipat", "Kursi Lipat Besi Model Chitose", "pcs", 185000, 500, 7),
        ("meja_sekolah", "Meja Kursi Siswa 1 Set (Besi + Multipleks)", "set", 650000, 300, 21)]),
    ("U4", "Dipan Kayu Metro", "kecil", "18.72", "", True, [
        ("dipan", "Dipan Ranjang Kayu 90x200 Single", "pcs", 950000, 50, 14),
        ("lemari_pakaian", "Lemari Pakaian 2 Pintu Kayu Mahoni", "pcs", 1750000, 30, 21)]),
    ("U5", "Whiteboard Mandiri Bekasi", "kecil", "32.75", "", True, [
        ("whiteboard", "Papan Tulis Whiteboard 120x240 + Kaki", "pcs", 1100000, 60, 7)]),
    ("H1", "Herbal Temulawak Rangkasbitung", "mikro", "36.02", "pirt", True, [
        ("kunyit_asam", "Jamu Kunyit Asam Botol 250 ml", "botol", 8000, 1500, 2),
        ("temulawak_instan", "Temulawak Instan Serbuk 200 gr", "pak", 22000, 600, 4)]),
    ("H2", "CV Lampung Sehat Herbal", "kecil", "18.01", "bpom", True, [
        ("kapsul_kelor", "Kapsul Daun Kelor 60 kapsul", "pcs", 55000, 800, 5),
        ("kapsul_sambiloto", "Kapsul Sambiloto Ekstrak 60 kaps", "pcs", 50000, 500, 5),
        ("minyak_kayu_putih", "Minyak Kayu Putih 60 ml", "botol", 28000, 2000, 4)]),
    ("H3", "Param Beras Kencur Bogor", "mikro", "32.01", "pirt", True, [
        ("param", "Param Kocok Beras Kencur 150 ml", "botol", 18000, 700, 4),
        ("balsem_jahe", "Balsem Jahe Gosok 20 gr", "pcs", 12000, 1500, 4)]),
    ("S1", "Sabun Susu Kambing Pringsewu", "mikro", "18.10", "bpom", True, [
        ("sabun_batang", "Sabun Susu Kambing Batang 100 gr", "pcs", 15000, 2000, 5),
        ("sabun_cuci_tangan", "Sabun Cair Cuci Tangan (Hand Soap) 500 ml", "botol", 25000, 1000, 4)]),
    ("S2", "Serenity Candle Bintaro", "mikro", "36.74", "", True, [
        ("lilin_aroma", "Lilin Aromaterapi Gelas Kaca 100 gr Lavender", "pcs", 45000, 500, 5),
        ("diffuser", "Reed Diffuser Pengharum Ruangan 100 ml", "botol", 55000, 400, 5)]),
    ("S3", "Kosmetik Alami Cibinong", "kecil", "32.01", "bpom;halal", True, [
        ("lulur", "Lulur Mandi Bengkoang 200 gr", "pcs", 28000, 800, 5),
        ("lotion", "Hand Body Lotion Aloe Vera 250 ml", "botol", 35000, 800, 5)]),
    ("S4", "Koperasi Wanita Sereh Wangi Karawang", "koperasi", "32.15", "", True, [
        ("sabun_cuci_piring", "Sabun Cuci Piring Cair Jeruk Nipis 800 ml", "pcs", 14000, 3000, 3),
        ("karbol", "Karbol Sereh Pembersih Lantai 1 liter", "botol", 18000, 2000, 3)]),
    ("L1", "Pandai Besi Ciomas", "mikro", "36.04", "", True, [
        ("golok", "Golok Ciomas Sarung Kayu", "pcs", 350000, 60, 14),
        ("cangkul", "Cangkul Baja Gagang Kayu", "pcs", 95000, 300, 7),
        ("arit", "Arit / Sabit Rumput Baja", "pcs", 55000, 400, 7)]),
    ("L2", "Bengkel Las Teralis Jaya", "kecil", "36.73", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow per m2", "m2", 450000, 200, 14),
        ("pagar_besi", "Pagar Besi Minimalis per meter", "m", 650000, 150, 14)]),
    ("L3", "Stainless Dapur Sepatan", "kecil", "36.03", "sni", True, [
        ("panci", "Panci Stainless Steel 24 cm Tutup Kaca", "pcs", 135000, 800, 5),
        ("sendok_garpu", "Set Sendok Garpu Stainless 12 pcs", "set", 55000, 1500, 5),
        ("rantang", "Rantang Stainless 4 Susun", "pcs", 115000, 600, 5),
        ("nampan", "Nampan Stainless Persegi 40 cm", "pcs", 65000, 700, 5)]),
    ("L4", "Pisau Pandai Besi Talang Padang", "mikro", "18.06", "", True, [
        ("pisau_dapur", "Pisau Dapur Baja Gagang Kayu 8 inch", "pcs", 45000, 500, 7)]),
    ("L5", "Baja Ringan Karawang Perkasa", "kecil", "32.15", "sni", True, [
        ("baja_ringan_c", "Rangka Baja Ringan C75 Tebal 0.75 mm 6 m", "batang", 95000, 2000, 5),
        ("reng", "Reng Baja Ringan 0.45 mm 6 m", "batang", 45000, 3000, 5)]),
    ("C1", "Percetakan Sinar Grafika Serang", "kecil", "36.73", "", True, [
        ("agenda", "Buku Agenda Hardcover Logo A5", "pcs", 55000, 2000, 10),
        ("kalender", "Kalender Dinding 6 Lembar Custom", "pcs", 25000, 5000, 10),
        ("spanduk", "Cetak Spanduk Banner Flexi per m2", "m2", 25000, 3000, 2)]),
    ("C2", "Koperasi Pegawai Metro ATK", "koperasi", "18.72", "", True, [
        ("hvs_a4_70", "Kertas HVS A4 70 gram 1 rim", "rim", 52000, 2000, 2),
        ("pulpen", "Pulpen Gel Hitam 0.5 mm isi 12", "box", 36000, 1000, 2),
        ("buku_tulis", "Buku Tulis Sekolah 38 lembar isi 10", "pak", 30000, 3000, 3)]),
    ("C3", "Kemasan Kraft Karawang", "kecil", "32.15", "", True, [
        ("paper_bag", "Paper Bag Kraft Cetak Logo 25x33", "pcs", 4500, 20000, 10),
        ("dus_nasi", "Dus Nasi Kotak Cetak 20x20", "pcs", 1500, 50000, 7),
        ("stiker_label", "Stiker Label Kemasan Vinyl Cetak", "lembar", 3000, 10000, 4)]),
    ("C4", "Digital Print Cikokol", "mikro", "36.71", "", True, [
        ("id_card", "ID Card PVC + Lanyard Printing", "pcs", 15000, 5000, 5),
        ("sertifikat", "Cetak Sertifikat Piagam Art Carton A4", "lembar", 4000, 10000, 3)]),
    ("C5", "PT Kertas Nusantara Raya", "besar", "31.73", "sni", True, [
        ("hvs_a4_80", "Kertas HVS A4 80 gsm 1 rim", "rim", 60000, 100000, 2)]),
    ("T1", "Gapoktan Bibit Buah Mandalawangi", "koperasi", "36.01", "", True, [
        ("bibit_durian", "Bibit Durian Montong Okulasi 60 cm", "pohon", 45000, 2000, 7),
        ("bibit_alpukat", "Bibit Alpukat Miki Sambung Pucuk", "pohon", 40000, 1500, 7)]),
    ("T2", "Koi & Cupang Parung", "mikro", "32.01", "", True, [
        ("ikan_koi", "Ikan Koi Kohaku 15-20 cm", "ekor", 60000, 500, 3),
        ("cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 25000, 1000, 3)]),
    ("T3", "Pakan Mandiri Sukadana", "kecil", "18.07", "sni", True, [
        ("pakan_ayam", "Pakan Ayam Petelur Konsentrat 50 kg", "sak", 380000, 500, 5),
        ("pakan_lele", "Pelet Ikan Apung Lele 30 kg", "sak", 320000, 600, 5)]),
    ("T4", "Benih Nila Jatisari", "mikro", "32.15", "", True, [
        ("benih_nila", "Benih Ikan Nila Merah 5-7 cm", "ekor", 350, 100000, 5)]),
    ("T5", "Tanaman Hias & TOGA Serpong", "mikro", "36.74", "", True, [
        ("monstera", "Tanaman Hias Monstera Pot 20", "pot", 75000, 200, 3),
        ("bibit_toga", "Bibit Tanaman Obat Keluarga (Jahe, Kunyit, Sereh) Polybag", "polybag", 8000, 3000, 5)]),
    ("T6", "Gapoktan Beras Organik Cibeber", "koperasi", "36.02", "", True, [
        ("beras_organik", "Beras Organik Pandan Wangi 5 kg", "karung", 95000, 2000, 4)]),
    ("X1", "CV Medika Sederhana Cikarang", "kecil", "32.16", "", True, [
        ("kotak_p3k", "Kotak P3K Dinding Lengkap Isi", "pcs", 185000, 300, 5),
        ("masker_kain", "Masker Kain 3 Ply Earloop", "pcs", 4000, 20000, 5),
        ("tandu", "Tandu Lipat Aluminium", "pcs", 1100000, 20, 14)]),
    ("X2", "Sapu Ijuk & Pel Cikande", "mikro", "36.04", "", True, [
        ("sapu_ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 1000, 3),
        ("spin_mop", "Alat Pel Lantai Putar (Spin Mop) + Ember", "set", 145000, 200, 5),
        ("keset_sabut", "Keset Kaki Sabut Kelapa 40x60", "pcs", 35000, 500, 5)]),
    ("X3", "Alat Peraga Edukasi Karawaci", "kecil", "36.71", "", True, [
        ("globe", "Globe Bola Dunia Diameter 30 cm", "pcs", 185000, 200, 7),
        ("kit_ipa", "Alat Peraga IPA KIT SD Lengkap", "paket", 3500000, 20, 21),
        ("torso", "Model Torso Anatomi Manusia 85 cm", "pcs", 1250000, 20, 14)]),
    ("X4", "Tenda Siaga Cileungsi", "kecil", "32.01", "", True, [
        ("tenda_peleton", "Tenda Peleton 6x14 m", "unit", 18500000, 5, 21),
        ("tenda_dome", "Tenda Dome Kapasitas 4 Orang", "pcs", 450000, 100, 7),
        ("terpal", "Terpal A5 4x6 m", "lembar", 120000, 1000, 3)]),
    ("X5", "Bata Ringan & Paving Maja", "kecil", "36.02", "sni", True, [
        ("hebel", "Bata Ringan Hebel 10 cm per m3", "m3", 750000, 200, 5),
        ("paving", "Paving Block Segi 6 Tebal 6 cm per m2", "m2", 65000, 3000, 7)]),
]

PERISHABLE = {"nasi_kotak", "snack_box", "nasi_liwet", "prasmanan", "coffee_break", "tumpeng_mini", "tumpeng_besar"}

"""Hand-written suppliers and products of relevance-blind50 (fictional businesses, real Kemendagri codes).

A supplier key's first letter gives its category. Each product: (kind, name, unit, price, capacity/month,
lead days). The kind is the labeller's tag and never reaches the CSVs.
"""

CATEGORY = {"M": "makanan", "D": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "C": "kosmetik", "L": "logam", "R": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Made and eaten the same day or week: capacity_per_month must cover the quantity, and the nearest makers win.
PERISHABLE = {"nasi_kotak", "nasi_ikan", "nasi_bungkus", "snack_box", "coffee_break", "prasmanan", "tumpeng",
              "jamu_kunyit_asam_fresh", "beras_kencur_fresh", "lele_konsumsi"}

SUPPLIERS = [
    # key, name, scale, region, certificates, active, products
    ("M1", "UMKM Keripik Mbok Sum Gedong Tataan", "mikro", "18.09", "pirt", True, [
        ("kripik_pisang_coklat", "Keripik Pisang Kepok Rasa Coklat 250 gr", "pcs", 18000, 2000, 5),
        ("keripik_ubi", "Keripik Ubi Ungu Original 200 gr", "pcs", 14000, 1500, 5)]),
    ("M2", "Otak-Otak Bandeng Ibu Yayah", "mikro", "36.04", "pirt;halal", True, [
        ("otak_bandeng", "Otak-otak Bandeng Khas Serang isi 10", "pack", 35000, 600, 3),
        ("sate_bandeng", "Sate Bandeng Presto", "pcs", 45000, 400, 3)]),
    ("M3", "Kemplang Pesisir Kota Agung", "kecil", "18.06", "pirt", True, [
        ("kemplang", "Kemplang Ikan Tenggiri Panggang 500 gram", "pcs", 40000, 1500, 4),
        ("kerupuk_kulit_ikan", "Kerupuk Kulit Ikan Mentah 250 gr", "pcs", 22000, 800, 4)]),
    ("M4", "Sambal Teh Iin", "mikro", "36.71", "pirt;halal", True, [
        ("sambal_bawang", "Sambal Bawang Botol 150 ml", "pcs", 25000, 1200, 5),
        ("sambal_cumi", "Sambal Cumi Asin 200 gr", "pcs", 38000, 500, 5)]),
    ("M5", "KWT Melati Pagelaran", "koperasi", "18.10", "pirt-expired", True, [
        ("bumbu_pecel", "Bumbu Pecel Kacang 500 gr", "pcs", 20000, 1000, 4),
        ("keripik_tempe", "Keripik Tempe Sagu 200 gr", "pcs", 15000, 1500, 4),
        ("rengginang", "Rengginang Terasi Mentah 500 gr", "pcs", 25000, 800, 4),
        ("sambal_tempoyak", "Sambal Seruit Tempoyak 150 gr", "pcs", 22000, 600, 4)]),
    ("M6", "Gula Aren Nyi Imas Cibeber", "mikro", "36.02", "", True, [
        ("gula_aren", "Gula Aren Cetak Asli Lebak 1 kg", "kg", 32000, 3000, 4),
        ("gula_semut", "Gula Semut Aren 250 gr", "pcs", 18000, 2000, 4)]),
    ("M7", "Dapur Kue Mamah Dedeh", "mikro", "18.72", "pirt", True, [
        ("lapis_legit", "Kue Lapis Legit Loyang 20x20", "pcs", 180000, 60, 3),
        ("bolu", "Bolu Pandan Loyang Bulat", "pcs", 60000, 200, 2)]),
    ("M8", "PT Aneka Snack Nusantara", "besar", "36.03", "halal;bpom", True, [
        ("keripik_singkong", "Keripik Singkong Balado 1 kg", "kg", 45000, 10000, 3)]),
    ("M9", "Abon Tuna Mina Jaya", "kecil", "36.72", "halal;pirt", True, [
        ("abon_ikan", "Abon Ikan Tuna Pedas 100 gr", "pcs", 28000, 1000, 5)]),
    ("M10", "Keripik Pisang Ibu Tanti", "mikro", "18.71", "pirt;halal", True, [
        ("kripik_pisang_balado", "Keripik Pisang Rasa Balado 500 gr", "pcs", 30000, 1500, 3),
        ("kripik_pisang_coklat", "Keripik Pisang Cokelat Lumer 250 gr", "pcs", 20000, 1500, 3)]),

    ("D1", "Kopi Liwa Jaya", "kecil", "18.04", "halal;pirt", True, [
        ("kopi_robusta_bubuk", "Kopi Bubuk Robusta Liwa 250 gr", "pcs", 35000, 3000, 5),
        ("kopi_greenbean", "Green Bean Robusta Lampung Barat 1 kg", "kg", 70000, 2000, 7),
        ("kopi_roastbean", "Kopi Roasted Bean Robusta Fine 500 gr", "pcs", 85000, 800, 5)]),
    ("D2", "Koperasi Petani Kopi Sumber Rejeki Tanggamus", "koperasi", "18.06", "halal", True, [
        ("kopi_robusta_bubuk_tgm", "Kopi Robusta Tanggamus Bubuk Halus 500 gr", "pcs", 60000, 2000, 5),
        ("kopi_luwak", "Kopi Luwak Liar 100 gr", "pcs", 150000, 100, 7)]),
    ("D3", "Saung Teh Sereh Cisarua", "mikro", "32.01", "pirt", True, [
        ("teh_sereh", "Teh Celup Serai Lemon isi 20", "box", 25000, 1500, 4),
        ("teh_melati", "Teh Tubruk Melati 100 gr", "pcs", 12000, 2000, 4)]),
    ("D4", "CV Rasa Alam Pandeglang", "kecil", "36.01", "halal;bpom", True, [
        ("sirup_pala", "Sirup Pala Asli 620 ml", "botol", 35000, 1500, 5),
        ("jahe_instan", "Sari Jahe Merah Instan 250 gr", "pcs", 30000, 1000, 5)]),
    ("D5", "Tirta Gunung Betung", "kecil", "18.09", "sni;bpom;halal", True, [
        ("amdk_gelas", "Air Mineral Gelas 220 ml (dus isi 48)", "dus", 22000, 5000, 2),
        ("amdk_botol", "Air Mineral Botol 600 ml isi 24", "dus", 45000, 3000, 2)]),
    ("D6", "Rumah Cokelat Kita Metro", "mikro", "18.72", "pirt", True, [
        ("cokelat_bubuk", "Bubuk Cokelat Murni Kakao Lampung 250 gr", "pcs", 40000, 600, 5),
        ("kopi_jahe", "Kopi Jahe Sachet isi 10", "pack", 20000, 1000, 5)]),

    ("J1", "Catering Dapur Bu Ratna", "kecil", "18.09", "halal", True, [
        ("nasi_kotak", "Nasi Kotak Ayam Bakar Lengkap", "kotak", 30000, 2000, 2),
        ("snack_box", "Snack Box 3 Kue + Air Mineral", "box", 12000, 3000, 1)]),
    ("J2", "Warung Nasi Teh Neneng", "mikro", "36.73", "halal", True, [
        ("prasmanan", "Paket Prasmanan Menu Sunda per Orang", "porsi", 45000, 1500, 3),
        ("nasi_kotak", "Nasi Box Ayam Goreng Serundeng", "box", 27000, 1200, 2)]),
    ("J3", "Katering Barokah Pringsewu", "mikro", "18.10", "halal", True, [
        ("nasi_kotak", "Nasi Kotak Rendang Daging", "kotak", 35000, 800, 2),
        ("tumpeng", "Nasi Tumpeng Kuning 20 porsi", "buah", 450000, 20, 3)]),
    ("J4", "Dapur Sehat Metro", "kecil", "18.72", "halal", True, [
        ("snack_box", "Kue Kotak isi 4 (Lemper, Risol, Bolu, Onde)", "box", 13000, 3000, 1),
        ("nasi_ikan", "Nasi Box Ikan Nila Bakar", "box", 28000, 1500, 2)]),
    ("J5", "Catering Syariah Cipondoh", "menengah", "36.71", "halal;iso-9001", True, [
        ("nasi_kotak", "Nasi Kotak Premium Ayam Bakar Madu", "kotak", 40000, 6000, 2),
        ("coffee_break", "Paket Coffee Break (2 kue + teh/kopi)", "pax", 20000, 5000, 1)]),
    ("J6", "RM Padang Sederhana Kota Agung", "mikro", "18.06", "", True, [
        ("nasi_bungkus", "Nasi Bungkus Padang Rendang", "bungkus", 25000, 600, 1)]),

    ("F1", "Sanggar Tapis Ratu Pesawaran", "kecil", "18.09", "", True, [
        ("tapis_kain", "Kain Tapis Lampung Motif Pucuk Rebung Sulam Benang Emas", "lembar", 1500000, 20, 21),
        ("sulam_usus", "Selendang Sulam Usus Lampung", "pcs", 250000, 60, 10)]),
    ("F2", "Konveksi Seragam Maju Bersama", "kecil", "36.03", "", True, [
        ("pdh", "Kemeja PDH Drill Khaki Lengan Panjang (Bordir Logo)", "pcs", 165000, 1500, 21),
        ("kaos_polo", "Kaos Polo Lacoste CVC Bordir", "pcs", 85000, 3000, 14),
        ("rompi", "Rompi Lapangan Drill Multi Saku", "pcs", 150000, 600, 14)]),
    ("F3", "Batik Krakatau Cilegon", "mikro", "36.72", "batikmark", True, [
        ("batik_tulis_krakatau", "Kain Batik Tulis Krakatau 2 m", "lembar", 650000, 40, 20),
        ("batik_cap", "Batik Cap Motif Debus 2 m", "lembar", 175000, 400, 10),
        ("kemeja_batik", "Kemeja Batik Cap Pria Lengan Pendek", "pcs", 190000, 500, 14)]),
    ("F4", "Sablon DTF Karawang Kreasi", "mikro", "32.15", "", True, [
        ("kaos_sablon", "Kaos Cotton Combed 30s Sablon Custom", "pcs", 55000, 4000, 10),
        ("totebag", "Totebag Blacu Sablon 1 Warna 30x40", "pcs", 12000, 5000, 7)]),
    ("F5", "Pengrajin Sandal Ciomas Bogor", "mikro", "32.01", "", True, [
        ("sandal_hotel", "Sandal Hotel Spon Custom Logo", "pasang", 6500, 10000, 14),
        ("sandal_kulit", "Sandal Kulit Pria Model Selop", "pasang", 95000, 400, 14),
        ("sepatu_pantofel", "Sepatu Pantofel Kulit Pria", "pasang", 275000, 150, 14)]),
    ("F6", "Tenun Kanekes Baduy", "mikro", "36.02", "", True, [
        ("tenun_baduy", "Kain Tenun Baduy Motif Suat Samata 2 m", "lembar", 350000, 50, 14),
        ("iket", "Iket Kepala Baduy Biru", "pcs", 45000, 300, 7)]),
    ("F7", "PT Garmen Sandang Prima", "besar", "36.03", "sni", True, [
        ("pdh", "Seragam PDH ASN Setelan", "pcs", 250000, 20000, 14)]),
    ("F8", "Batik Tulis Giriloyo Sekar Jagad", "mikro", "34.02", "batikmark", True, [
        ("batik_tulis_giriloyo", "Batik Tulis Tangan Motif Sido Mukti 2,15 m", "lembar", 950000, 30, 30)]),
    ("F9", "Lurik ATBM Pedan", "mikro", "33.10", "", True, [
        ("kain_lurik", "Kain Lurik ATBM 2 m", "lembar", 120000, 300, 10)]),

    ("K1", "Anyaman Pandan Mekar Sari", "mikro", "36.04", "", True, [
        ("tikar_pandan", "Tikar Pandan Anyam 150x200", "lembar", 85000, 300, 10),
        ("tas_pandan", "Tas Anyaman Pandan Motif", "pcs", 65000, 500, 10),
        ("kotak_tisu_pandan", "Kotak Tisu Anyaman Pandan", "pcs", 30000, 800, 7)]),
    ("K2", "Kerajinan Bambu Pringsewu", "mikro", "18.10", "", True, [
        ("besek", "Besek Bambu Ukuran 20x20 (isi 10)", "ikat", 25000, 3000, 5),
        ("lampu_bambu", "Lampu Hias Bambu Anyaman", "pcs", 120000, 100, 14),
        ("tampah", "Tampah Bambu Diameter 50 cm", "pcs", 20000, 1500, 5)]),
    ("K3", "Sentra Gerabah Bumijaya", "mikro", "36.04", "", True, [
        ("pot_gerabah", "Pot Tanah Liat Gerabah Diameter 30 cm", "pcs", 35000, 1000, 7),
        ("guci", "Guci Hias Gerabah Tinggi 60 cm", "pcs", 175000, 80, 14),
        ("celengan", "Celengan Gerabah Karakter", "pcs", 15000, 2000, 7)]),
    ("K4", "Souvenir Kayu & Akrilik Metro", "mikro", "18.72", "", True, [
        ("plakat_kayu", "Plakat Kayu Jati Grafir Laser 20x25", "pcs", 150000, 300, 10),
        ("gantungan_akrilik", "Gantungan Kunci Akrilik Custom 2 sisi", "pcs", 4500, 10000, 7),
        ("plakat_akrilik", "Plakat Akrilik Tebal 5 mm + Box", "pcs", 125000, 400, 7)]),
    ("K5", "Galeri Siger Bandar Lampung", "kecil", "18.71", "", True, [
        ("siger_miniatur", "Miniatur Siger Kuningan 20 cm", "pcs", 275000, 100, 14),
        ("pajangan_gajah", "Pajangan Gajah Way Kambas Kayu", "pcs", 85000, 200, 10)]),

    ("P1", "Kriya Perak Sinar Banten", "mikro", "36.73", "", True, [
        ("bros_perak", "Bros Perak 925 Motif Menara Banten", "pcs", 225000, 100, 14),
        ("cincin_perak", "Cincin Perak Ukir Pria", "pcs", 175000, 100, 14)]),
    ("P2", "Aksesoris Manik Sukadana", "mikro", "18.07", "", True, [
        ("kalung_manik", "Kalung Manik-Manik Etnik", "pcs", 35000, 600, 7),
        ("gelang_manik", "Gelang Manik Kayu", "pcs", 15000, 1000, 7),
        ("bros_imitasi", "Bros Hijab Mutiara Imitasi", "pcs", 12000, 2000, 5)]),
    ("P3", "Mutiara Teluk Ratai", "kecil", "18.09", "", True, [
        ("kalung_mutiara", "Kalung Mutiara Laut Asli Pesawaran", "pcs", 850000, 40, 14),
        ("anting_mutiara", "Anting Mutiara Air Laut", "pcs", 275000, 100, 10)]),

    ("U1", "Mebel Rotan Lestari", "kecil", "36.03", "", True, [
        ("kursi_rotan", "Kursi Teras Rotan Sintetis Set (2 kursi + 1 meja)", "set", 1850000, 30, 21),
        ("kursi_tamu_rotan", "Kursi Tamu Rotan Asli 1 Set", "set", 4500000, 10, 30)]),
    ("U2", "Mebel Sekolah Karya Jati Pringsewu", "kecil", "18.10", "svlk", True, [
        ("meja_siswa", "Meja Kursi Siswa SD (1 meja 2 kursi) Kayu Mahoni", "set", 950000, 200, 30),
        ("lemari_kelas", "Lemari Kelas Kayu 2 Pintu Kaca", "pcs", 1650000, 40, 30),
        ("papan_tulis", "Papan Tulis Whiteboard Bingkai Kayu 120x240", "pcs", 850000, 60, 14)]),
    ("U3", "Mebel Kantor Cikarang", "menengah", "32.16", "sni", True, [
        ("kursi_kantor", "Kursi Kerja Putar Hidrolik Jaring", "pcs", 650000, 300, 14),
        ("meja_kerja", "Meja Kerja 1/2 Biro 120x60", "pcs", 1250000, 100, 21),
        ("filing_cabinet", "Filing Cabinet Besi 4 Laci", "pcs", 2300000, 80, 14)]),
    ("U4", "Mebel Jati Tambun", "kecil", "32.16", "svlk", False, [
        ("meja_rapat", "Meja Rapat Jati Oval 10 Orang", "pcs", 9500000, 5, 45),
        ("rak_buku", "Rak Buku Kayu Jati 5 Susun", "pcs", 1750000, 20, 30)]),

    ("H1", "Jamu Gendong Mbok Darmi", "mikro", "18.72", "", True, [
        ("jamu_kunyit_asam_fresh", "Jamu Kunyit Asam Botol 250 ml (segar)", "botol", 6000, 800, 1),
        ("beras_kencur_fresh", "Beras Kencur Botol 250 ml", "botol", 6000, 600, 1)]),
    ("H2", "UKM Sehat Alami Rangkasbitung", "kecil", "36.02", "pirt;halal", True, [
        ("temulawak_instan", "Serbuk Temulawak Instan 250 gr", "pcs", 25000, 2000, 5),
        ("wedang_uwuh", "Wedang Uwuh Celup isi 10", "pack", 18000, 1500, 5)]),
    ("H3", "Koperasi Madu Hutan Way Kambas", "koperasi", "18.07", "halal", True, [
        ("madu_hutan", "Madu Hutan Liar Asli 500 gr", "botol", 95000, 500, 5)]),
    ("H4", "Herbalis Talang Padang", "mikro", "18.06", "bpom", True, [
        ("kapsul_kelor", "Kapsul Daun Kelor isi 60", "botol", 55000, 800, 5),
        ("minyak_sereh", "Minyak Gosok Sereh (Balsem Cair) 60 ml", "pcs", 25000, 1000, 5)]),
    ("H5", "Jahe Merah Way Lima", "mikro", "18.09", "pirt", True, [
        ("jahe_merah_bubuk", "Jahe Merah Bubuk Instan Gula Aren 300 gr", "pcs", 35000, 1200, 5)]),
    ("H6", "Jamu Seduh Sekar Arum", "mikro", "18.09", "pirt", False, [
        ("kunyit_asam_serbuk", "Kunyit Asam Serbuk 200 gr", "pcs", 20000, 1000, 5)]),

    ("C1", "Sabun Lerak Pringsewu", "mikro", "18.10", "bpom", True, [
        ("sabun_batang", "Sabun Mandi Batang Sereh Lemon 100 gr Handmade", "pcs", 15000, 2000, 5),
        ("sabun_cuci_tangan", "Sabun Cuci Tangan Cair Refill 1 Liter", "liter", 28000, 800, 5)]),
    ("C2", "Ayu Banten Natural", "kecil", "36.74", "bpom", True, [
        ("lulur", "Lulur Mandi Bengkoang Tradisional 200 gr", "pcs", 30000, 1000, 5),
        ("minyak_aroma", "Essential Oil Aromaterapi Lavender 10 ml", "pcs", 35000, 700, 5),
        ("lilin_aroma", "Lilin Aromaterapi Soy Wax Jar 100 gr", "pcs", 45000, 400, 7)]),
    ("C3", "VCO Kelapa Murni Labuan", "mikro", "36.01", "bpom;pirt", True, [
        ("vco", "Minyak Kelapa Murni VCO 250 ml", "botol", 40000, 600, 5),
        ("minyak_kemiri", "Minyak Kemiri Penumbuh Rambut 100 ml", "pcs", 25000, 800, 5)]),
    ("C5", "Bogor Soap Studio", "mikro", "32.71", "", True, [
        ("sabun_hotel", "Sabun Hotel Mini 15 gr (isi 100)", "pack", 65000, 300, 7),
        ("sabun_batang_susu", "Sabun Susu Kambing Batang 80 gr", "pcs", 18000, 1500, 5)]),

    ("L1", "Pandai Besi Golok Ciomas Abah Uci", "mikro", "36.04", "", True, [
        ("golok_ciomas", "Golok Ciomas Sarung Kayu", "pcs", 350000, 60, 14),
        ("arit", "Arit Rumput Baja Per", "pcs", 65000, 300, 7)]),
    ("L2", "Pande Besi Tani Metro", "mikro", "18.72", "", True, [
        ("cangkul", "Cangkul Baja Tempa + Gagang", "pcs", 95000, 500, 10),
        ("parang", "Parang Kebun Bilah 40 cm", "pcs", 85000, 400, 10),
        ("kored", "Kored Rumput Gagang Kayu", "pcs", 35000, 800, 7)]),
    ("L3", "Bengkel Las Teralis Jaya", "mikro", "36.71", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow per m2", "m2", 450000, 200, 14),
        ("pagar_besi", "Pagar Besi Minimalis per meter", "m", 750000, 100, 14),
        ("rak_siku", "Rak Besi Siku Lubang 4 Susun", "pcs", 550000, 150, 10)]),
    ("L4", "Aluminium Cor Pasar Baru Tangerang", "kecil", "36.71", "sni", True, [
        ("panci_aluminium", "Panci Aluminium Cor 30 cm", "pcs", 125000, 300, 7),
        ("dandang", "Dandang Aluminium 40 cm", "pcs", 275000, 100, 7)]),

    ("R1", "Percetakan Grafika Metro", "kecil", "18.72", "", True, [
        ("undangan", "Cetak Undangan Hardcover", "pcs", 7500, 5000, 10),
        ("buku_agenda", "Buku Agenda Hardcover Custom Logo A5", "pcs", 65000, 1000, 14),
        ("kalender", "Kalender Dinding 6 Lembar Custom 2027", "pcs", 30000, 3000, 14)]),
    ("R2", "Digital Printing Serang Jaya", "mikro", "36.73", "", True, [
        ("spanduk", "Spanduk Flexi 280 gr per meter persegi", "m2", 25000, 5000, 2),
        ("xbanner", "X-Banner 60x160 + Rangka", "pcs", 85000, 500, 3),
        ("stiker", "Stiker Vinyl Cutting Label Produk A3", "lembar", 12000, 3000, 3)]),
    ("R3", "Koperasi Pegawai Tigaraksa", "koperasi", "36.03", "", True, [
        ("kertas_hvs_a4", "Kertas HVS A4 70 gr 1 rim", "rim", 55000, 3000, 3),
        ("map_snelhecter", "Map Snelhecter Plastik Biru", "pcs", 3500, 10000, 3),
        ("ordner", "Ordner Bantex Folio 7 cm", "pcs", 35000, 2000, 3)]),
    ("R4", "Percetakan Al-Ikhlas Pringsewu", "mikro", "18.10", "", True, [
        ("yasin", "Buku Yasin Hardcover 176 hal + Nama", "pcs", 15000, 3000, 14),
        ("nota_ncr", "Cetak Nota NCR 2 Ply 1 Box isi 10 Buku", "box", 60000, 500, 7)]),
    ("R5", "Kemasan Kreasi Balaraja", "kecil", "36.03", "", True, [
        ("dus_nasi", "Dus Nasi Kotak Coklat 20x20 Laminasi (isi 100)", "pack", 95000, 2000, 7),
        ("paper_bag", "Paper Bag Kraft Sablon Logo 25x30", "pcs", 4500, 8000, 10)]),

    ("T1", "Penangkaran Bibit Durian Ulubelu", "mikro", "18.06", "", True, [
        ("bibit_durian", "Bibit Durian Musangking Okulasi 80 cm", "pohon", 75000, 2000, 7),
        ("bibit_alpukat", "Bibit Alpukat Siger Sambung Pucuk", "pohon", 45000, 1500, 7)]),
    ("T2", "Pokdakan Mina Sejahtera Metro", "koperasi", "18.72", "", True, [
        ("benih_lele", "Benih Lele Sangkuriang 5-7 cm", "ekor", 250, 200000, 3),
        ("lele_konsumsi", "Lele Konsumsi Segar (isi 7-8/kg)", "kg", 24000, 3000, 1)]),
    ("T3", "Koi & Cupang Farm Ciseeng", "mikro", "32.01", "", True, [
        ("ikan_koi", "Ikan Koi Lokal Blitar 10-12 cm", "ekor", 15000, 2000, 5),
        ("cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 25000, 1500, 5)]),
    ("T4", "Pakan Ternak Mandiri Pekalongan", "kecil", "18.07", "", True, [
        ("pakan_ayam", "Pakan Ayam Petelur Konsentrat 50 kg", "sak", 390000, 500, 5),
        ("pakan_kambing", "Pakan Fermentasi Kambing (Silase) 25 kg", "sak", 60000, 800, 5)]),
    ("T5", "Cibinong Green Nursery", "mikro", "32.01", "", True, [
        ("monstera", "Tanaman Hias Monstera Pot 25 cm", "pot", 85000, 300, 5),
        ("lidah_mertua", "Sansevieria / Lidah Mertua Polybag", "pcs", 15000, 2000, 5),
        ("pupuk_kompos", "Pupuk Kompos Organik 20 kg", "sak", 25000, 3000, 5)]),
    ("T6", "Bibit Kakao & Kopi Gadingrejo", "mikro", "18.10", "", True, [
        ("bibit_kopi", "Bibit Kopi Robusta Polybag Klon Tugusari", "batang", 3500, 50000, 7),
        ("bibit_kakao", "Bibit Kakao Sambung Samping", "batang", 5000, 30000, 7)]),

    ("X1", "Sapu Ijuk Berkah Kragilan", "mikro", "36.04", "", True, [
        ("sapu_ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 2000, 5),
        ("sapu_lidi", "Sapu Lidi Gagang Panjang", "pcs", 15000, 3000, 5),
        ("kemoceng", "Kemoceng Bulu Ayam", "pcs", 20000, 800, 5)]),
    ("X2", "Koperasi Wanita Tani Way Ratai", "koperasi", "18.09", "", True, [
        ("pembersih_lantai", "Cairan Pembersih Lantai Aroma Sereh 5 liter", "jerigen", 65000, 1000, 5),
        ("sabun_cuci_piring", "Sabun Cuci Piring Jeruk Nipis 5 L", "jerigen", 60000, 800, 5)]),
    ("X3", "Keset Perca Karawaci", "mikro", "36.71", "", True, [
        ("keset", "Keset Kaki Kain Perca Bulat", "pcs", 12000, 3000, 5),
        ("majun", "Kain Lap Majun Serbet 1 kg", "kg", 15000, 2000, 5)]),
    ("X4", "Parcel & Sembako Berkah Metro", "mikro", "18.72", "", True, [
        ("paket_sembako", "Paket Sembako (Beras 5 kg, Minyak 1 L, Gula 1 kg, Mie 5)", "paket", 125000, 2000, 5),
        ("hampers", "Hampers Lebaran Kue Kering & Sirup", "paket", 250000, 300, 7)]),
    ("X5", "APE Kayu Ceria Pamulang", "mikro", "36.74", "sni", True, [
        ("ape_puzzle", "Puzzle Kayu Alat Peraga Edukatif PAUD", "set", 45000, 800, 7),
        ("balok_susun", "Balok Susun Kayu 50 pcs", "set", 120000, 300, 7)]),
]

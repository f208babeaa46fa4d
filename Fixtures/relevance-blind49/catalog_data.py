"""Hand-written suppliers and products for relevance-blind49 (fictional).

Each product: (kind, name, unit, unit_price, capacity_per_month, lead_time_days). The kind is the labeller's
tag of what the product *is*; it never reaches the CSVs. The first letter of a supplier key picks its category.
"""

CATEGORY = {"M": "makanan", "D": "minuman", "B": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Made and eaten within days: the whole quantity must come from one month's capacity, from a nearby producer.
PERISHABLE = {"nasi_kotak", "snack_box", "prasmanan", "tumpeng", "kue_tampah", "nasi_bungkus", "kambing_guling",
              "rabeg", "jamu_kunyit_asam", "beras_kencur", "bandeng_segar", "telur_ayam"}

# key, name, scale, region, certificates, active, products
SUPPLIERS = [
    ("M1", "Sentra Oleh-oleh Bandeng dan Gipang Bu Eni", "mikro", "36.04", "halal;pirt", True, [
        ("otak_bandeng", "Otak-otak Bandeng Pontang isi 10", "pack", 35000, 600, 3),
        ("sate_bandeng", "Sate Bandeng Khas Serang", "pcs", 45000, 400, 3),
        ("gipang", "Gipang Ketan Gula Merah khas Banten 250 gr", "pack", 18000, 1000, 3),
        ("kue_satu", "Kue Satu Kacang Hijau toples", "toples", 30000, 300, 4)]),
    ("M2", "UD Kerupuk Ikan Karangantu", "mikro", "36.73", "pirt", True, [
        ("kerupuk_ikan", "Kerupuk Ikan Tenggiri mentah 500 gr", "pack", 28000, 800, 4),
        ("keripik_kulit_ikan", "Keripik Kulit Ikan Kakap 100gr", "pack", 22000, 500, 4)]),
    ("M4", "KWT Melati Keripik Pisang Tanggamus", "koperasi", "18.06", "pirt", True, [
        ("keripik_pisang", "Keripik Pisang Kepok Manis Pedas 250 gr", "pack", 17000, 1500, 5),
        ("sale_pisang", "Sale Pisang Ambon Lumpia", "pack", 20000, 600, 5)]),
    ("M5", "Rumah Sambal dan Bumbu Teh Iyah", "mikro", "36.03", "halal;pirt", True, [
        ("sambal_cumi", "Sambal Cumi Asin botol 150 ml", "botol", 38000, 800, 4),
        ("sambal_bawang", "Sambal Bawang Pedas Jar 200 gr", "botol", 25000, 1000, 4),
        ("bumbu_pecel", "Bumbu Pecel Kacang 500 gr", "pack", 22000, 600, 3),
        ("bumbu_rendang", "Bumbu Dasar Rendang Instan 200 gr", "pack", 18000, 400, 3)]),
    ("M7", "Kemplang Ikan Metro Bu Nur", "mikro", "18.72", "halal", True, [
        ("kemplang", "Kerupuk Kemplang Panggang Ikan 250gr", "pack", 25000, 700, 5)]),
    ("M8", "PT Snack Nusantara Makmur", "besar", "36.71", "halal;bpom", True, [
        ("keripik_singkong", "Keripik Singkong Balado 200gr", "pack", 9000, 50000, 2)]),
    ("M9", "Keripik Singkong Mak Onah", "mikro", "36.01", "halal;pirt-expired", True, [
        ("keripik_singkong", "Keripik Singkong Pedas Manis 250 gr", "pack", 15000, 1200, 4),
        ("opak", "Opak Ketan Bakar", "pack", 12000, 800, 4)]),
    ("M10", "KUB Madu Odeng Lebak", "koperasi", "36.02", "halal;pirt", True, [
        ("madu_hutan", "Madu Hutan Baduy Asli 500 ml", "botol", 125000, 300, 5)]),
    ("M11", "Ikan Asin dan Terasi Labuan", "mikro", "36.01", "", True, [
        ("ikan_asin", "Ikan Asin Jambal Roti 500gr", "pack", 60000, 400, 3),
        ("terasi", "Terasi Udang Rebon Labuan 250 gr", "pack", 15000, 800, 3)]),
    ("M12", "Kripik Tempe Sagu Bu Yayah", "mikro", "36.04", "pirt", False, [
        ("keripik_tempe", "Kripik Tempe Sagu Renyah 200 gr", "pack", 12000, 900, 3)]),
    ("M13", "Koperasi Konsumen Mitra Tani Serang", "koperasi", "36.04", "halal", True, [
        ("paket_sembako", "Paket Sembako isi Beras 5 kg, Minyak Goreng 1 L, Gula 1 kg, Mie Instan 5", "paket",
         150000, 2000, 7)]),

    ("D1", "Gapoktan Sumber Rejeki Kopi Tanggamus", "koperasi", "18.06", "halal;pirt", True, [
        ("kopi_robusta_bubuk", "Kopi Bubuk Robusta Tanggamus 250 gr", "pack", 32000, 1000, 5),
        ("kopi_robusta_biji", "Kopi Robusta Biji Sangrai (Roasted Bean) 1 kg", "kg", 140000, 300, 5),
        ("kopi_luwak", "Kopi Luwak Liar Lampung Barat 100 gr", "pack", 150000, 100, 7)]),
    ("D3", "Wedang Jahe Merah Bu Siti", "mikro", "36.73", "pirt;halal", True, [
        ("jahe_instan", "Jahe Merah Instan Gula Aren 250 gr", "pack", 25000, 800, 4),
        ("bandrek", "Bandrek Susu Sachet isi 10", "pack", 20000, 500, 4)]),
    ("D4", "UD Sari Buah Karawang", "kecil", "32.15", "halal;pirt;bpom", True, [
        ("sirup_jeruk", "Sirup Jeruk Kalamansi 620 ml", "botol", 35000, 1500, 5)]),
    ("D5", "CV Tirta Cibanten", "kecil", "36.04", "sni;bpom;halal", True, [
        ("amdk_gelas", "Air Mineral Gelas 220 ml (1 dus isi 48)", "dus", 22000, 5000, 2),
        ("amdk_botol", "AMDK Botol 600 ml dus isi 24", "dus", 42000, 3000, 2)]),
    ("D6", "Rumah Cokelat Pesawaran", "mikro", "18.09", "halal;pirt", True, [
        ("kakao_bubuk", "Bubuk Kakao Murni 250 gr", "pack", 45000, 300, 6),
        ("kopi_robusta_bubuk", "Kopi Robusta Pesawaran Bubuk Halus 200 gr", "pack", 28000, 400, 6)]),

    ("B1", "Catering Dapur Bu Haji Lilis", "mikro", "36.73", "halal", True, [
        ("nasi_kotak", "Nasi Kotak Ayam Bakar + Lalapan", "kotak", 30000, 1500, 2),
        ("snack_box", "Snack Box isi 3 (kue basah + air mineral)", "box", 15000, 2000, 1)]),
    ("B2", "Rumah Makan Rabeg Pak Jali", "mikro", "36.73", "halal", True, [
        ("rabeg", "Rabeg Kambing Khas Serang per porsi", "porsi", 45000, 600, 2),
        ("nasi_kotak", "Nasi Box Rabeg + Nasi Putih", "box", 40000, 500, 2)]),
    ("B3", "Katering Berkah Ciruas", "kecil", "36.04", "halal", True, [
        ("nasi_kotak", "Paket Nasi Box Ayam Goreng Lengkap", "box", 27000, 3000, 2),
        ("prasmanan", "Prasmanan / Buffet menu lengkap per pax (min. 100 pax)", "pax", 55000, 2000, 4),
        ("tumpeng", "Nasi Tumpeng Kuning (untuk 20 orang)", "paket", 650000, 60, 3)]),
    ("B4", "Kue Basah Bu Ade Cilegon", "mikro", "36.72", "pirt", True, [
        ("snack_box", "Kue Kotak 3 macam kue tradisional", "kotak", 12000, 1200, 1),
        ("kue_tampah", "Tampah Kue Tradisional isi 50", "tampah", 250000, 60, 2)]),
    ("B5", "Catering Barokah Pandeglang", "mikro", "36.01", "halal", True, [
        ("nasi_kotak", "Nasi Kotak Menu Ikan Bakar", "kotak", 28000, 800, 2)]),
    ("B6", "Catering Way Halim", "kecil", "18.71", "halal", True, [
        ("nasi_kotak", "Nasi Box Ayam Bakar Bandar Lampung", "box", 28000, 2500, 2),
        ("snack_box", "Snack Box Lampung isi 4", "box", 14000, 2000, 1)]),
    ("B7", "Dapur Sehat Bu Tini", "mikro", "36.02", "", True, [
        ("nasi_bungkus", "Makan Siang Paket Hemat (nasi bungkus)", "bungkus", 18000, 1000, 1)]),
    ("B8", "PT Boga Angkasa Nusantara", "besar", "36.71", "halal;iso-9001", True, [
        ("nasi_kotak", "Nasi Kotak Standar Instansi", "kotak", 25000, 100000, 2)]),
    ("B9", "Katering Aqiqah Barokah Tangerang", "kecil", "36.03", "halal", True, [
        ("kambing_guling", "Kambing Guling utuh (40-50 porsi)", "ekor", 3500000, 20, 3)]),

    ("F1", "Tapis Lampung Bu Aisyah", "kecil", "18.71", "", True, [
        ("tapis_kain", "Kain Tapis Lampung Motif Pucuk Rebung Sulam Benang Emas", "lembar", 1500000, 30, 14),
        ("tapis_selendang", "Selendang Tapis Mini untuk souvenir", "pcs", 150000, 200, 7)]),
    ("F2", "Batik Banten Mukarnas", "kecil", "36.73", "batikmark", True, [
        ("batik_tulis_banten", "Kain Batik Tulis Motif Banten (Sebakingking) 2 m", "lembar", 850000, 60, 14),
        ("batik_cap_banten", "Kain Batik Cap Banten katun primisima 2 m", "lembar", 225000, 400, 7),
        ("kemeja_batik", "Kemeja Batik Banten Lengan Panjang Pria (cap)", "pcs", 185000, 500, 10)]),
    ("F3", "Konveksi Seragam Cikande", "kecil", "36.04", "", True, [
        ("pdh", "Seragam PDH Kain Drill Khaki (jahit ukur)", "stel", 275000, 800, 21),
        ("kaos_polo", "Kaos Polo Kerah Bordir Logo Instansi", "pcs", 85000, 2000, 14),
        ("rompi", "Rompi Lapangan Multi Saku (Rompi BPBD / relawan)", "pcs", 150000, 600, 14)]),
    ("F4", "Serang Screen Sablon Kaos", "mikro", "36.73", "", True, [
        ("kaos_sablon", "Kaos Sablon Cotton Combed 30s custom", "pcs", 55000, 3000, 7)]),
    ("F5", "Sepatu Kulit Ciomas Bogor", "mikro", "32.01", "", True, [
        ("sepatu_pantofel", "Sepatu Pantofel Kulit Sapi Pria", "pasang", 350000, 300, 14),
        ("sandal_kulit", "Sandal Kulit Pria Casual", "pasang", 120000, 400, 7)]),
    ("F6", "Goodie Bag Kota Tangerang", "mikro", "36.71", "", True, [
        ("tote_bag", "Tote Bag Kanvas Blacu Sablon Logo 30x40", "pcs", 22000, 3000, 10),
        ("tas_seminar", "Tas Seminar Dinier Resleting + Sablon", "pcs", 45000, 2000, 14)]),
    ("F7", "Koperasi Tenun Baduy Kanekes", "koperasi", "36.02", "", True, [
        ("tenun_baduy", "Kain Tenun Baduy motif Poleng 3 m", "lembar", 400000, 80, 10),
        ("iket_baduy", "Iket / Lomar Baduy batik biru", "pcs", 35000, 500, 5)]),
    ("F8", "PT Garmen Bekasi Sejahtera", "besar", "32.16", "iso-9001", True, [
        ("pdh", "Seragam Dinas PDH Drill", "stel", 180000, 50000, 14)]),
    ("F9", "Batik Krakatau Cilegon", "mikro", "36.72", "", True, [
        ("batik_cap_banten", "Batik Cap Motif Krakatau 2 m", "lembar", 160000, 500, 7)]),

    ("K1", "Anyaman Pandan Cikeusal", "mikro", "36.04", "", True, [
        ("tikar_pandan", "Tikar Pandan Anyam 2x3 m", "lembar", 120000, 200, 7),
        ("tas_pandan", "Tas Jinjing Anyaman Pandan Motif", "pcs", 65000, 400, 7)]),
    ("K2", "Kerajinan Bambu Pringsewu", "mikro", "18.10", "", True, [
        ("besek", "Besek Bambu Tutup 20x20 (Grosir)", "pcs", 5000, 5000, 5),
        ("keranjang_parsel", "Keranjang Parsel / Hampers Bambu", "pcs", 30000, 800, 5),
        ("kap_lampu_bambu", "Kap Lampu Hias Bambu", "pcs", 90000, 100, 7)]),
    ("K3", "Gerabah Bumijaya", "mikro", "36.04", "", True, [
        ("pot_gerabah", "Pot Gerabah Tanah Liat diameter 30 cm", "pcs", 35000, 800, 7),
        ("gentong", "Gentong Air Gerabah Motif", "pcs", 150000, 100, 10),
        ("celengan_gerabah", "Celengan Gerabah Karakter", "pcs", 15000, 1000, 5)]),
    ("K4", "Souvenir Akrilik Cilegon", "kecil", "36.72", "", True, [
        ("plakat_akrilik", "Plakat Akrilik Custom Logo + Kotak Beludru", "pcs", 175000, 500, 7),
        ("gantungan_akrilik", "Gantungan Kunci Akrilik Custom 2 sisi", "pcs", 5000, 10000, 7),
        ("pin", "Pin Peniti Bulat 44mm Custom", "pcs", 3000, 10000, 5)]),
    ("K5", "Sanggar Seni Kasemen", "mikro", "36.73", "", True, [
        ("miniatur_menara", "Miniatur Masjid Agung Banten (Menara) kayu 25 cm", "pcs", 125000, 150, 10),
        ("plakat_kayu", "Plakat Kayu Ukir Logo Daerah", "pcs", 225000, 150, 10)]),
    ("K6", "Sanggar Siger Bandar Lampung", "mikro", "18.71", "", True, [
        ("miniatur_siger", "Miniatur Siger Lampung Kuningan 20 cm", "pcs", 175000, 200, 10),
        ("gantungan_siger", "Gantungan Kunci Siger Lampung", "pcs", 8000, 2000, 5)]),
    ("K7", "Kerajinan Kerang Anyer", "mikro", "36.04", "", True, [
        ("hiasan_kerang", "Hiasan Dinding Kerang Laut Anyer", "pcs", 60000, 200, 7),
        ("bingkai_kerang", "Bingkai Foto Kerang 10R", "pcs", 45000, 300, 7)]),

    ("P1", "Pengrajin Perak Bogor Jaya", "mikro", "32.01", "", True, [
        ("bros_perak", "Bros Perak 925 Motif Bunga", "pcs", 250000, 200, 10),
        ("cincin_perak", "Cincin Perak 925 Ukir Nama", "pcs", 200000, 200, 10)]),
    ("P2", "Galeri Mutiara Carita", "mikro", "36.01", "", True, [
        ("kalung_mutiara", "Kalung Mutiara Air Tawar 45 cm", "pcs", 300000, 100, 7),
        ("gelang_mutiara", "Gelang Mutiara Air Tawar", "pcs", 120000, 200, 7)]),
    ("P3", "Toko Bros Hijab Tangerang", "mikro", "36.71", "", True, [
        ("bros_imitasi", "Bros Hijab Mutiara Imitasi Grosir isi 12", "pack", 35000, 2000, 3),
        ("kalung_titanium", "Kalung Titanium anti karat wanita", "pcs", 45000, 1000, 3)]),
    ("P4", "Pengrajin Batu Kalimaya Sajira", "mikro", "36.02", "", True, [
        ("cincin_kalimaya", "Cincin Batu Kalimaya Banten ikat perak", "pcs", 450000, 60, 14)]),

    ("U1", "Rotan Jaya Furniture", "kecil", "36.03", "svlk", True, [
        ("kursi_rotan", "Kursi Teras Rotan Sintetis set 2 kursi 1 meja", "set", 1800000, 40, 21)]),
    ("U2", "Mebel Kayu Pak Darta", "kecil", "36.04", "svlk", True, [
        ("meja_siswa", "Meja Belajar Siswa SD Kayu (1 orang)", "unit", 350000, 400, 30),
        ("kursi_siswa", "Kursi Siswa Kayu Mahoni", "unit", 225000, 500, 30),
        ("lemari_arsip", "Lemari Arsip Kayu 2 Pintu", "unit", 2200000, 30, 30)]),
    ("U3", "Mebel Sekolah Rangkasbitung", "mikro", "36.02", "", True, [
        ("meja_siswa_smp", "MEJA SISWA SMP SINGLE RANGKA BESI TOP MDF", "unit", 420000, 300, 30),
        ("papan_tulis", "Papan Tulis Whiteboard 120x240 + kaki", "unit", 900000, 60, 14)]),
    ("U4", "Furnitur Kantor Bekasi", "kecil", "32.75", "", True, [
        ("kursi_kantor", "Kursi Kantor Putar Jaring Hidrolik", "unit", 650000, 200, 10),
        ("meja_kerja", "Meja Kerja Kantor 120 cm + laci", "unit", 1250000, 100, 14),
        ("rak_buku", "Rak Buku 5 susun kayu", "unit", 750000, 80, 14)]),
    ("U5", "PT Mebel Logam Indonesia", "besar", "36.71", "sni;iso-9001", True, [
        ("lemari_arsip", "Lemari Arsip Besi 4 laci", "unit", 2500000, 500, 7)]),
    ("U6", "Mebel Bambu Cibadak", "mikro", "36.02", "", False, [
        ("kursi_bambu", "Kursi Bambu Set Tamu", "set", 1500000, 20, 21)]),

    ("H1", "Jamu Gendong Mbok Sri", "mikro", "36.73", "pirt", True, [
        ("jamu_kunyit_asam", "Jamu Kunyit Asam botol 250 ml (segar)", "botol", 8000, 1500, 1),
        ("beras_kencur", "Jamu Beras Kencur botol 250 ml", "botol", 8000, 1500, 1)]),
    ("H2", "Rumah Herbal Temulawak Pringsewu", "mikro", "18.10", "pirt;halal", True, [
        ("temulawak_instan", "Serbuk Temulawak Instan 200 gr", "pack", 25000, 800, 4),
        ("kunyit_instan", "Serbuk Kunyit Putih Instan 200 gr", "pack", 25000, 600, 4),
        ("simplisia_jahe", "Simplisia Jahe Merah Iris Kering 250 gr", "pack", 30000, 300, 5)]),
    ("H3", "UD Minyak Sereh Wangi Lebak", "mikro", "36.02", "bpom", True, [
        ("minyak_sereh", "Minyak Sereh Wangi (Citronella Oil) 100 ml", "botol", 45000, 400, 5)]),
    ("H4", "Koperasi Herbal Tangerang", "koperasi", "36.71", "bpom;halal", True, [
        ("kapsul_kelor", "Kapsul Daun Kelor 60 kaps", "botol", 55000, 500, 5),
        ("teh_kelor", "Teh Celup Daun Kelor isi 20", "box", 25000, 600, 5)]),

    ("S1", "Sabun Herbal Etawa Cilegon", "mikro", "36.72", "bpom", True, [
        ("sabun_susu_kambing", "Sabun Mandi Batang Susu Kambing Etawa 100 gr", "pcs", 15000, 2000, 5),
        ("sabun_cair", "Sabun Cuci Tangan Cair Lemon 500 ml", "botol", 25000, 1500, 5)]),
    ("S2", "Lilin Aromaterapi Cikarang", "mikro", "32.16", "", True, [
        ("lilin_aroma", "Lilin Aromaterapi Soy Wax Gelas 100 gr", "pcs", 45000, 500, 7),
        ("reed_diffuser", "Reed Diffuser Pengharum Ruangan 100 ml", "botol", 60000, 300, 7)]),
    ("S3", "Kosmetik Tradisional Sari Alam", "kecil", "32.01", "bpom;halal", True, [
        ("lulur", "Lulur Mandi Bengkoang Tradisional 200 gr", "pot", 35000, 800, 5),
        ("lotion_kelor", "Hand & Body Lotion Kelor 250 ml", "botol", 40000, 500, 5),
        ("minyak_kemiri", "Minyak Kemiri Penumbuh Rambut 100 ml", "botol", 30000, 600, 5)]),

    ("L1", "Pandai Besi Sulangkar Ciomas", "mikro", "36.04", "", True, [
        ("golok_ciomas", "Golok Ciomas Asli Sarung Kayu", "pcs", 450000, 60, 14),
        ("arit", "Arit / Sabit Rumput Baja Per", "pcs", 55000, 400, 7),
        ("cangkul", "Cangkul Baja Tempa + Gagang", "pcs", 95000, 300, 7)]),
    ("L2", "Pande Besi Gisting", "mikro", "18.06", "", True, [
        ("cangkul", "Pacul Tempa Pande Besi Gisting (mata cangkul)", "pcs", 75000, 500, 7),
        ("parang", "Parang Kebun Lampung 14 inch", "pcs", 120000, 300, 7),
        ("garpu_tanah", "Garpu Tanah / Garu 4 gigi", "pcs", 85000, 200, 7)]),
    ("L3", "Bengkel Las Teralis Karya", "mikro", "36.73", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow per m2", "m2", 450000, 200, 14),
        ("pagar_besi", "Pagar Besi Minimalis per meter", "m", 750000, 100, 21)]),
    ("L4", "Alat Masak Aluminium Pringsewu", "mikro", "18.10", "", True, [
        ("dandang", "Dandang Aluminium 40 cm", "pcs", 250000, 100, 7),
        ("wajan", "Wajan Aluminium 50 cm", "pcs", 180000, 100, 7)]),
    ("L5", "PT Perkakas Tani Nasional", "besar", "32.16", "sni", True, [
        ("cangkul", "Cangkul Pabrikan Gagang Kayu", "pcs", 45000, 50000, 3)]),

    ("C1", "Percetakan dan Stempel Mandiri Kota Serang", "kecil", "36.73", "", True, [
        ("spanduk", "Cetak Spanduk Banner Flexi 280 gr per m2", "m2", 25000, 5000, 2),
        ("undangan", "Undangan Cetak Hard Cover + Amplop", "pcs", 6000, 5000, 7),
        ("buku_agenda", "Buku Agenda Kerja Hardcover Logo Instansi", "pcs", 65000, 1000, 14),
        ("stempel", "Stempel Flash Otomatis Custom", "pcs", 85000, 500, 3),
        ("amplop_kop", "Amplop Kop Dinas Cetak 1 warna (per box 100)", "box", 90000, 500, 5)]),
    ("C2", "CV Sinar ATK Cilegon", "kecil", "36.72", "iso-9001", True, [
        ("kertas_hvs", "Kertas HVS A4 70 gsm 1 rim", "rim", 48000, 3000, 2),
        ("map_plastik", "Map Snelhecter Plastik (isi 12)", "pack", 24000, 1000, 2),
        ("pulpen", "Pulpen Gel Hitam 0.5 (1 lusin)", "lusin", 30000, 2000, 2)]),
    ("C5", "Digital Printing Metro", "mikro", "18.72", "", True, [
        ("x_banner", "X-Banner 60x160 + rangka", "pcs", 85000, 500, 2),
        ("kalender", "Kalender Dinding 2027 6 lembar custom", "pcs", 25000, 3000, 14),
        ("piagam", "Cetak Sertifikat / Piagam Art Carton 260 + tinta emas", "lembar", 5000, 5000, 3)]),

    ("T1", "Penangkar Benih Lele Pontang", "mikro", "36.04", "", True, [
        ("bibit_lele", "Bibit Lele Sangkuriang ukuran 5-7 cm", "ekor", 250, 100000, 3),
        ("bibit_nila", "Benih Ikan Nila Merah 3-5 cm", "ekor", 300, 80000, 3)]),
    ("T2", "Tambak Bandeng Tirtayasa", "mikro", "36.04", "", True, [
        ("nener", "Nener Bandeng (benih) per ekor", "ekor", 150, 200000, 3),
        ("bandeng_segar", "Ikan Bandeng Segar Konsumsi (isi 3-4/kg)", "kg", 35000, 2000, 1)]),
    ("T3", "Koperasi Pakan Mandiri Lampung Timur", "koperasi", "18.07", "", True, [
        ("pakan_ikan", "Pakan Ikan Apung Pelet Mandiri 30 kg (protein 28%)", "karung", 280000, 500, 5),
        ("maggot", "Maggot BSF Kering 1 kg (pakan ternak/ikan)", "kg", 55000, 300, 5)]),
    ("T4", "Nursery Tanaman Hias Bogor", "kecil", "32.01", "", True, [
        ("aglonema", "Tanaman Hias Aglonema Pot 15", "pot", 75000, 500, 5),
        ("bibit_mangga", "Bibit Mangga Harum Manis Okulasi 60 cm", "batang", 25000, 3000, 7),
        ("bibit_durian", "Bibit Durian Musang King Okulasi", "batang", 75000, 1000, 7)]),
    ("T5", "KWT Mekar Kebun Bibit Kota Serang", "koperasi", "36.73", "", True, [
        ("bibit_cabai", "Bibit Cabai Rawit Polybag (siap tanam)", "polybag", 1500, 20000, 5),
        ("kompos", "Pupuk Kompos Organik 20 kg", "karung", 30000, 2000, 3)]),
    ("T8", "Peternak Telur Cikande", "mikro", "36.04", "", True, [
        ("telur_ayam", "Telur Ayam Negeri 1 peti (15 kg)", "peti", 420000, 300, 2)]),

    ("X1", "Sapu Ijuk Cipanas Lebak", "mikro", "36.02", "", True, [
        ("sapu_ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 1000, 5),
        ("sapu_lidi", "Sapu Lidi Aren Gagang Bambu", "pcs", 15000, 2000, 5),
        ("kemoceng", "Kemoceng Bulu Ayam Asli 70 cm", "pcs", 30000, 500, 5)]),
    ("X3", "Koperasi Nelayan Karangantu", "koperasi", "36.73", "", True, [
        ("jaring_insang", "Jaring Insang (Gillnet) Nelayan 1 piece 100 m", "pis", 650000, 100, 10),
        ("cool_box", "Cool Box Ikan Styrofoam 80 liter", "pcs", 150000, 300, 3),
        ("life_jacket", "Pelampung / Life Jacket Nelayan", "pcs", 175000, 200, 5)]),
    ("X4", "UD Terpal dan Perlengkapan Serang", "kecil", "36.04", "", True, [
        ("terpal", "Terpal Plastik A5 4x6 m", "lembar", 95000, 1000, 3),
        ("selimut", "Selimut Bantuan Polar 150x200", "pcs", 55000, 3000, 7),
        ("matras", "Matras / Kasur Lipat busa 90x200", "pcs", 250000, 300, 7)]),
    ("X6", "Koperasi Wanita Sejahtera Kramatwatu", "koperasi", "36.04", "", True, [
        ("hygiene_kit", "Paket Hygiene Kit Keluarga (sabun, pasta gigi, sikat, handuk)", "paket", 95000, 1500, 7)]),
]

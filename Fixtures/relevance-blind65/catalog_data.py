"""Hand-written suppliers and products of relevance-blind65 (fictional; real Kemendagri region codes).

Each supplier: (key, name, scale, region, certificates, active, products); each product:
(kind, name as the supplier writes it, unit, unit price, capacity per month, lead time days).
The key's first letter is the category. Kinds are the labeller's own tags and never reach the CSVs.
"""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan",
            "P": "perhiasan", "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam",
            "C": "percetakan", "T": "pertanian", "X": "lainnya"}

# Kinds made and delivered in the month they are eaten: capacity_per_month must cover the quantity,
# and only producers in the need's kabupaten/kota count when any qualifies, else its province.
PERISHABLE = {"nasi_kotak", "snack_box", "coffee_break", "prasmanan", "nasi_bungkus", "tumpeng",
              "kunyit_asam", "telur"}

SUPPLIERS = [
    # makanan
    ("M1", "Keripik Pisang Cap Siger Mekar", "kecil", "18.71", "halal;pirt", True, [
        ("keripik_pisang_coklat", "Keripik Pisang Coklat Lumer 250 gr", "pcs", 24000, 4000, 4),
        ("keripik_pisang", "Keripik Pisang Original Manis 250 gr", "pcs", 21000, 4000, 4),
        ("lanting", "Lanting Ubi Kayu Bawang 200 gr", "pcs", 15000, 1500, 4)]),
    ("M2", "UD Kemplang Panggang Mak Ijah", "mikro", "18.01", "pirt", True, [
        ("kemplang", "Kemplang Ikan Tenggiri Panggang 500 gr", "pcs", 38000, 900, 5),
        ("kemplang", "Kerupuk Kemplang Goreng Pedas 250 gr", "pcs", 19000, 1200, 5)]),
    ("M3", "Dapur Sambal Seruit Bunda Ana", "mikro", "18.09", "halal", True, [
        ("sambal_terasi", "Sambal Terasi Botol 200 ml", "botol", 27000, 800, 3),
        ("sambal_bawang", "Sambal Bawang Pedas Mantap 150 gr", "botol", 23000, 800, 3),
        ("abon_ikan", "Abon Ikan Tuna Pesisir 100 gr", "pcs", 32000, 500, 5)]),
    ("M4", "Otak-Otak Bandeng Kasemen", "mikro", "36.73", "pirt", True, [
        ("otak_otak", "Otak-Otak Bandeng Frozen isi 10", "pack", 35000, 600, 2),
        ("kerupuk_ikan", "Kerupuk Ikan Bandeng Mentah 500 gr", "pcs", 28000, 700, 4)]),
    ("M5", "Toko Kue Kering Hj. Entin", "kecil", "36.03", "halal;pirt", True, [
        ("kue_kering", "Nastar Nanas Premium Toples 500 gr", "toples", 85000, 1500, 7),
        ("kue_kering", "Kastengel Keju Edam Toples 500 gr", "toples", 95000, 1200, 7)]),
    ("M6", "Kripik Pisang Talang Padang", "mikro", "18.06", "", True, [
        ("keripik_pisang_kepok", "Kripik Pisang Kepok Asin 1 Kg", "kg", 62000, 400, 4)]),
    ("M7", "Keripik Tempe Sagu Gadingrejo", "mikro", "18.10", "pirt", True, [
        ("keripik_tempe", "Keripik Tempe Sagu Renyah 200 gr", "pcs", 14000, 1500, 3),
        ("keripik_singkong", "Keripik Singkong Balado 250 gr", "pcs", 13000, 1500, 3)]),
    ("M8", "PT Sumber Rasa Lampung Nusantara", "besar", "18.71", "halal;pirt", True, [
        ("keripik_pisang_coklat", "Keripik Pisang Coklat 250 gr Kemasan Standing Pouch", "pcs", 17000, 50000, 3),
        ("keripik_pisang", "Keripik Pisang Manis 250 gr", "pcs", 15000, 50000, 3)]),
    ("M9", "Sambal Cumi Bu Ratna", "mikro", "36.04", "pirt-expired", True, [
        ("sambal_cumi", "Sambal Cumi Asin Pedas 150 gr", "botol", 35000, 400, 3)]),
    # minuman
    ("N1", "Koperasi Produsen Kopi Sumber Jaya", "koperasi", "18.04", "halal", True, [
        ("kopi_robusta_bubuk", "Kopi Bubuk Robusta Lampung Barat 250 gr", "pcs", 32000, 3000, 5),
        ("kopi_robusta_biji", "Kopi Robusta Biji Sangrai 1 kg Medium Roast", "kg", 145000, 600, 5),
        ("kopi_greenbean", "Green Bean Robusta Petik Merah Grade 1 1 kg", "kg", 68000, 2000, 5)]),
    ("N2", "Kopi Luwak Bukit Gisting", "mikro", "18.06", "halal", True, [
        ("kopi_luwak", "Kopi Luwak Robusta Murni 100 gr", "pcs", 150000, 150, 7),
        ("kopi_robusta_bubuk_tgm", "Kopi Bubuk Robusta Tanggamus 500 gr", "pcs", 55000, 1000, 5)]),
    ("N3", "Rumah Jahe Metro Sehat", "mikro", "18.72", "pirt", True, [
        ("jahe_instan", "Wedang Jahe Merah Instan 250 gr", "pcs", 26000, 1000, 4),
        ("cokelat_bubuk", "Bubuk Cokelat Murni Kakao Lampung 250 gr", "pcs", 42000, 500, 4)]),
    ("N4", "CV Tirta Cibanten", "kecil", "36.04", "sni;halal", True, [
        ("amdk_gelas", "Air Minum Dalam Kemasan Gelas 220 ml Dus isi 48", "dus", 21000, 5000, 2),
        ("amdk_botol", "AMDK Botol 600 ml Dus isi 24", "dus", 42000, 3000, 2)]),
    ("N5", "Saung Rosella Baduy", "mikro", "36.02", "pirt", True, [
        ("teh_rosella", "Teh Bunga Rosella Kering 50 gr", "pcs", 25000, 400, 5),
        ("sirup", "Sirup Markisa Asli 630 ml", "botol", 38000, 300, 5)]),
    # jasa-boga
    ("J1", "Dapur Bunda Catering", "kecil", "18.71", "halal", True, [
        ("nasi_kotak", "Nasi Kotak Ayam Bakar + Buah", "porsi", 35000, 2500, 2),
        ("snack_box", "Snack Box Isi 3 Kue Basah", "box", 15000, 3000, 1),
        ("prasmanan", "Prasmanan Menu Lengkap per Pax", "pax", 55000, 1500, 5)]),
    ("J2", "Katering Sri Rejeki Metro", "mikro", "18.72", "halal", True, [
        ("nasi_kotak", "Nasi Box Ayam Goreng Lalapan", "porsi", 28000, 600, 2),
        ("snack_box", "Kue Kotak Isi 4 Jajanan Pasar", "box", 12000, 800, 1)]),
    ("J3", "Warung Nasi Mbok Darmi", "mikro", "18.10", "", True, [
        ("nasi_bungkus", "Nasi Bungkus Rames Telur Sayur", "bungkus", 15000, 1000, 1),
        ("tumpeng", "Tumpeng Nasi Kuning Lengkap 20 Orang", "pcs", 650000, 30, 3)]),
    ("J4", "Catering Bintang Serang", "kecil", "36.73", "halal", True, [
        ("nasi_kotak", "Nasi Kotak Rendang Sapi", "porsi", 40000, 2000, 2),
        ("snack_box", "Snack Box Premium 4 Item", "box", 20000, 2500, 1),
        ("coffee_break", "Coffee Break Rapat per Orang (Kue 2 + Kopi/Teh)", "pax", 25000, 1500, 1)]),
    ("J5", "Nasi Uduk Kotak Bang Jali", "menengah", "36.03", "halal", True, [
        ("nasi_kotak", "Nasi Uduk Kotak Ayam Semur", "porsi", 25000, 1200, 2)]),
    ("J6", "Katering Pesisir Kalianda", "mikro", "18.01", "", True, [
        ("nasi_kotak", "Nasi Kotak Ikan Bakar Sambal Seruit", "porsi", 32000, 400, 2)]),
    ("J7", "Catering Bakakak Karawang", "kecil", "32.15", "halal", True, [
        ("nasi_kotak", "Nasi Box Ayam Bakakak Lengkap", "porsi", 33000, 1500, 2)]),
    # fesyen
    ("F1", "Sanggar Tapis Cahaya Negeri", "kecil", "18.71", "", True, [
        ("tapis", "Kain Tapis Lampung Motif Pucuk Rebung Benang Emas", "lembar", 1750000, 20, 21),
        ("selendang_tapis", "Selendang Tapis Mini Motif Kapal", "pcs", 350000, 60, 10),
        ("tas_tapis", "Tas Selempang Tapis Wanita", "pcs", 275000, 100, 10)]),
    ("F2", "Sulam Usus Kreasi Ibu Metro", "mikro", "18.72", "", True, [
        ("kebaya_sulam_usus", "Kebaya Sulam Usus Kombinasi Brokat", "pcs", 650000, 30, 14),
        ("selendang_sulam_usus", "Selendang Sulam Usus Satin", "pcs", 225000, 60, 7)]),
    ("F3", "Konveksi Seragam Maju Cikarang", "kecil", "32.16", "", True, [
        ("pdh", "Kemeja PDH Lengan Panjang Bahan Drill Nagata", "stel", 185000, 1500, 21),
        ("polo", "Kaos Polo Lacoste Bordir Logo Instansi", "pcs", 85000, 2000, 14),
        ("rompi", "Rompi Lapangan Drill Multi Saku", "pcs", 120000, 800, 14)]),
    ("F4", "Batik Banten Wastra Sultan", "kecil", "36.73", "batikmark", True, [
        ("batik_tulis", "Kain Batik Tulis Banten Motif Datulaya 2 m", "lembar", 850000, 40, 14),
        ("kemeja_batik_cap", "Kemeja Batik Cap Pria Motif Surosowan", "pcs", 175000, 500, 14)]),
    ("F5", "Sablon Kaos Pringsewu Kreatif", "mikro", "18.10", "", True, [
        ("kaos", "Kaos Oblong Cotton Combed 30s Sablon 1 Warna", "pcs", 55000, 2000, 10)]),
    ("F6", "Sandal Kulit Bakauheni", "mikro", "18.01", "", True, [
        ("sandal_kulit", "Sandal Kulit Sapi Pria Model Selop", "pasang", 120000, 300, 7)]),
    ("F7", "PT Garmen Nusantara Jaya", "besar", "36.71", "iso-9001", True, [
        ("pdh", "Seragam PDH Kemeja Drill Lengan Panjang", "stel", 140000, 20000, 14)]),
    # kerajinan
    ("K1", "Anyaman Pandan Sri Menanti", "mikro", "36.01", "", True, [
        ("tikar_pandan", "Tikar Pandan Motif Warna 2x3 m", "lembar", 150000, 120, 10),
        ("tas_pandan", "Tas Jinjing Anyaman Pandan", "pcs", 65000, 300, 7)]),
    ("K2", "Kerajinan Bambu Cibeber", "mikro", "36.02", "", True, [
        ("besek", "Besek Bambu 20x20 cm (pak isi 10)", "pak", 25000, 1500, 5),
        ("tempat_tisu_bambu", "Tempat Tisu Bambu Ukir", "pcs", 45000, 300, 7)]),
    ("K3", "Gerabah Bumijaya Ciruas", "mikro", "36.04", "", True, [
        ("pot_gerabah", "Pot Bunga Gerabah Tanah Liat Diameter 30 cm", "pcs", 35000, 1000, 7),
        ("kendi", "Kendi Gerabah Tanah Liat 1 Liter", "pcs", 40000, 500, 7),
        ("vas_gerabah", "Vas Bunga Gerabah Hias Motif Etnik", "pcs", 65000, 300, 7)]),
    ("K4", "Souvenir Siger Lampung Gallery", "kecil", "18.71", "", True, [
        ("siger_miniatur", "Miniatur Siger Resin Warna Emas 25 cm", "pcs", 250000, 200, 10),
        ("gantungan_akrilik", "Gantungan Kunci Siger Akrilik Custom", "pcs", 6000, 5000, 7),
        ("plakat_kayu", "Plakat Kayu Ukir Logo Instansi + Box", "pcs", 275000, 150, 10)]),
    ("K5", "Batok Art Pesawaran", "mikro", "18.09", "", True, [
        ("lampu_batok", "Lampu Hias Batok Kelapa Ukir", "pcs", 85000, 200, 7)]),
    ("K6", "Anyaman Pandan Carita (tutup)", "mikro", "36.01", "", False, [
        ("tikar_pandan", "Tikar Pandan Polos 2x3 m", "lembar", 110000, 200, 7)]),
    # perhiasan
    ("P1", "Perak Kreasi Tanjung Karang", "mikro", "18.71", "", True, [
        ("bros_perak", "Bros Perak 925 Motif Siger", "pcs", 225000, 150, 10),
        ("cincin_perak", "Cincin Perak 925 Batu Akik Way Kanan", "pcs", 175000, 200, 10)]),
    ("P2", "Galeri Mutiara Tangerang", "kecil", "36.03", "", True, [
        ("kalung_mutiara", "Kalung Mutiara Air Tawar Asli 45 cm", "pcs", 300000, 150, 7),
        ("bros_kuningan", "Bros Kuningan Lapis Emas Motif Tapis", "pcs", 65000, 800, 7)]),
    ("P3", "Manik Etnik Sukadana", "mikro", "18.07", "", True, [
        ("gelang_manik", "Gelang Manik-Manik Etnik Lampung", "pcs", 25000, 1000, 5)]),
    ("P4", "Pin Enamel Kota Serang", "mikro", "36.73", "", True, [
        ("pin_logo", "Pin Logo Instansi Kuningan Enamel 2,5 cm", "pcs", 35000, 2000, 10)]),
    # furnitur
    ("U1", "Rotan Sintetis Cibinong Furniture", "kecil", "32.01", "svlk", True, [
        ("kursi_rotan_set", "Set Kursi Teras Rotan Sintetis (2 Kursi + 1 Meja)", "set", 1950000, 60, 14)]),
    ("U2", "Mebel Jati Pringsewu Indah", "kecil", "18.10", "svlk", True, [
        ("meja_siswa", "Meja Belajar Siswa Kayu Jati Tunggal", "unit", 450000, 200, 21),
        ("kursi_siswa", "Kursi Siswa Kayu Jati Sandaran", "unit", 275000, 300, 21),
        ("lemari_arsip", "Lemari Arsip Kayu Jati 4 Pintu", "unit", 2750000, 15, 21)]),
    ("U3", "Furniture Besi Karawaci", "kecil", "36.71", "sni", True, [
        ("rak_besi", "Rak Besi Siku Lubang 5 Susun 200x90x40", "unit", 650000, 120, 10),
        ("meja_kantor", "Meja Kerja Kantor 1/2 Biro", "unit", 1250000, 80, 14)]),
    ("U4", "Mebel Taman Way Jepara", "mikro", "18.07", "", True, [
        ("bangku_taman", "Bangku Panjang Taman Kayu Bengkirai 150 cm", "unit", 900000, 40, 14)]),
    ("U5", "Kursi Tunggu Ciruas Steel", "mikro", "36.04", "", True, [
        ("kursi_tunggu", "Kursi Tunggu 3 Dudukan Besi Perforasi", "unit", 1450000, 60, 14)]),
    # herbal
    ("H1", "Madu Hutan Liwa Lestari", "mikro", "18.04", "pirt", True, [
        ("madu_hutan", "Madu Hutan Liar Lampung Barat 500 ml", "botol", 125000, 300, 5),
        ("madu_klanceng", "Madu Klanceng Murni 250 ml", "botol", 140000, 100, 5)]),
    ("H2", "Jamu Mbok Sri Metro", "mikro", "18.72", "pirt", True, [
        ("kunyit_asam", "Jamu Kunyit Asam Botol 250 ml", "botol", 8000, 500, 1),
        ("temulawak_instan", "Temulawak Instan 250 gr", "pcs", 28000, 600, 4),
        ("beras_kencur", "Beras Kencur Serbuk Instan 250 gr", "pcs", 26000, 600, 4)]),
    ("H3", "Herbal Baduy Lestari", "kecil", "36.02", "bpom", True, [
        ("minyak_sereh", "Minyak Sereh Wangi 30 ml", "botol", 22000, 1000, 5),
        ("kapsul_kelor", "Kapsul Daun Kelor isi 60", "botol", 65000, 800, 7)]),
    ("H4", "Kelor Pesawaran Sehat", "mikro", "18.09", "", True, [
        ("teh_kelor", "Teh Daun Kelor Celup isi 20", "box", 22000, 800, 4)]),
    # kosmetik
    ("S1", "Sabun Kopi Tanjung Seneng", "mikro", "18.71", "bpom", True, [
        ("sabun_batang", "Sabun Batang Scrub Kopi Robusta 100 gr", "pcs", 18000, 2000, 5),
        ("sabun_cuci_tangan", "Sabun Cair Cuci Tangan Sereh 500 ml", "botol", 25000, 1500, 5)]),
    ("S2", "Lilin Wangi Studio Cipondoh", "kecil", "36.71", "", True, [
        ("lilin_aroma", "Lilin Aromaterapi Soy Wax Lavender 100 gr", "pcs", 45000, 800, 7),
        ("diffuser", "Reed Diffuser Pengharum Ruangan 100 ml", "botol", 65000, 500, 7)]),
    ("S3", "Cikarang Care Kosmetika", "kecil", "32.16", "bpom", True, [
        ("hand_sanitizer", "Hand Sanitizer Gel 500 ml", "botol", 30000, 5000, 4),
        ("lotion", "Body Lotion Lidah Buaya 250 ml", "botol", 35000, 1500, 5)]),
    ("S4", "Lulur Putri Pringsewu", "mikro", "18.10", "", True, [
        ("lulur", "Lulur Tradisional Bengkoang 200 gr", "pcs", 30000, 500, 5)]),
    # logam
    ("L1", "Pandai Besi Ciomas Pusaka", "mikro", "36.04", "", True, [
        ("golok_ciomas", "Golok Ciomas Gagang Kayu Sarung Kulit", "pcs", 350000, 60, 14),
        ("cangkul", "Cangkul Baja Tempa Ciomas", "pcs", 85000, 400, 10)]),
    ("L2", "Pandai Besi Gadingrejo", "mikro", "18.10", "", True, [
        ("parang", "Parang Kebun Baja Per Tempa", "pcs", 95000, 300, 7),
        ("sabit", "Arit Rumput Baja Per", "pcs", 45000, 500, 7),
        ("cangkul", "Cangkul Tempa Pringsewu", "pcs", 75000, 500, 7),
        ("garpu_tanah", "Garpu Tanah / Koret Baja", "pcs", 70000, 300, 7)]),
    ("L3", "Bengkel Las Teralis Jaya Metro", "kecil", "18.72", "", True, [
        ("teralis_besi", "Teralis Jendela Besi Hollow per m2", "m2", 450000, 200, 10),
        ("pagar_besi", "Pagar Besi Minimalis per meter lari", "meter", 650000, 150, 14),
        ("kanopi", "Kanopi Baja Ringan Atap Spandek per m2", "m2", 350000, 300, 10)]),
    ("L4", "Aluminium Pasar Kemis", "kecil", "36.03", "sni", True, [
        ("panci_alu", "Panci Aluminium Masak Besar 40 cm", "pcs", 275000, 300, 7)]),
    # percetakan
    ("C1", "Percetakan Mandiri Offset Rajabasa", "kecil", "18.71", "", True, [
        ("map_folder", "Cetak Map Folder Logo Instansi Art Carton 260", "pcs", 4500, 20000, 7),
        ("nota", "Nota NCR 2 Ply Cetak Nama Instansi", "buku", 15000, 3000, 5),
        ("spanduk", "Spanduk Banner Flexi 280 gr per m2", "m2", 25000, 3000, 2)]),
    ("C2", "Koperasi Pegawai Bina Karya Metro", "koperasi", "18.72", "", True, [
        ("kertas_a4_70", "Kertas HVS A4 70 gsm 1 rim", "rim", 52000, 2000, 3),
        ("pulpen", "Pulpen Gel Tinta Hitam isi 12", "box", 30000, 1000, 3),
        ("ordner", "Ordner Binder Folio Besar", "pcs", 28000, 1500, 3)]),
    ("C3", "Cetak Kemasan Serang Kreatif", "mikro", "36.04", "", True, [
        ("dus_kemasan", "Dus Kemasan Makanan Cetak Logo 20x20", "pcs", 2500, 20000, 7),
        ("stiker", "Stiker Label Produk Vinyl per lembar A3", "lembar", 12000, 3000, 4),
        ("paper_bag", "Paper Bag Kraft Cetak Logo", "pcs", 6500, 8000, 7)]),
    ("C4", "PT Kertas Nusantara Raya", "besar", "36.71", "iso-9001", True, [
        ("kertas_a4_80", "Kertas HVS A4 80 gsm 1 rim", "rim", 58000, 100000, 2)]),
    ("C5", "Percetakan Pringsewu Grafika", "mikro", "18.10", "", True, [
        ("kalender", "Kalender Dinding 2027 Cetak Full Color 6 Lembar", "pcs", 22000, 3000, 10)]),
    # pertanian
    ("T1", "Penangkar Bibit Kopi Sekincau", "mikro", "18.04", "", True, [
        ("bibit_kopi", "Bibit Kopi Robusta Sambung Pucuk Umur 6 Bulan", "batang", 5000, 20000, 7),
        ("bibit_lada", "Bibit Lada Perdu Polybag", "batang", 7500, 5000, 7)]),
    ("T2", "Koperasi Tani Organik Makmur", "koperasi", "18.07", "", True, [
        ("pupuk_organik", "Pupuk Organik Padat Kompos Karung 40 kg", "karung", 45000, 3000, 7),
        ("poc", "Pupuk Organik Cair POC 1 Liter", "liter", 35000, 2000, 5)]),
    ("T3", "Pembenihan Ikan Sumber Mina", "mikro", "18.72", "", True, [
        ("benih_nila", "Benih Ikan Nila Merah 5-7 cm", "ekor", 300, 100000, 3),
        ("benih_lele", "Benih Lele Sangkuriang 5-7 cm", "ekor", 200, 150000, 3),
        ("benih_patin", "Bibit Ikan Patin 2 inch", "ekor", 350, 50000, 3)]),
    ("T4", "Koperasi Pakan Mandiri Pesawaran", "koperasi", "18.09", "", True, [
        ("pakan_ikan", "Pelet Apung Ikan Protein 30% Karung 30 kg", "karung", 330000, 500, 5),
        ("pakan_ayam", "Pakan Ayam Petelur Racikan 50 kg", "karung", 375000, 300, 5)]),
    ("T5", "Koi & Cupang Farm Bogor", "mikro", "32.01", "", True, [
        ("koi", "Ikan Koi Kohaku 10-12 cm", "ekor", 35000, 2000, 5),
        ("cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 25000, 1500, 5)]),
    ("T6", "Nursery Bibit Buah Lebak", "mikro", "36.02", "", True, [
        ("bibit_durian", "Bibit Durian Musang King Okulasi 60 cm", "batang", 85000, 1000, 7),
        ("sansevieria", "Tanaman Hias Sansevieria Pot 20", "pot", 35000, 800, 5),
        ("bibit_alpukat", "Bibit Alpukat Siger Sambung 50 cm", "batang", 40000, 1500, 7)]),
    ("T7", "Beras Pandan Wangi Rengasdengklok", "kecil", "32.15", "", True, [
        ("beras", "Beras Pandan Wangi Karawang 5 kg", "sak", 85000, 5000, 3)]),
    # lainnya
    ("X1", "Sapu Ijuk Bu Rohmah", "mikro", "36.02", "", True, [
        ("sapu_ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 2000, 5),
        ("sapu_lidi", "Sapu Lidi Kelapa Gagang Panjang", "pcs", 12000, 3000, 5),
        ("kemoceng", "Kemoceng Bulu Ayam", "pcs", 20000, 1000, 5)]),
    ("X2", "Koperasi Produk Kebersihan Balaraja", "koperasi", "36.03", "", True, [
        ("karbol", "Karbol Wangi Sereh 1 Liter", "botol", 12000, 5000, 3),
        ("pembersih_lantai", "Pembersih Lantai Cair Jerigen 5 Liter", "jerigen", 45000, 2000, 3),
        ("alat_pel", "Kain Pel Microfiber + Gagang Stainless", "set", 65000, 1000, 5)]),
    ("X3", "Toko Sembako Berkah Way Halim", "kecil", "18.71", "", True, [
        ("paket_sembako", "Paket Sembako (Beras 5 kg, Minyak 2 L, Gula 1 kg, Mie 5)", "paket", 150000, 3000, 5),
        ("tas_spunbond", "Tas Spunbond Sablon Logo 35x40", "pcs", 4500, 10000, 7)]),
    ("X4", "Keset Sabut Tambun", "mikro", "32.16", "", True, [
        ("keset_sabut", "Keset Kaki Serabut Kelapa 40x60", "pcs", 35000, 1000, 5)]),
    ("X5", "Konveksi Bendera Kaujon", "mikro", "36.73", "", True, [
        ("bendera", "Bendera Merah Putih Katun 120x180 cm", "pcs", 45000, 2000, 5)]),
]

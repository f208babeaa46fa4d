"""Hand-written suppliers and products of relevance-blind44 (fictional). The kind tag never reaches the CSVs.

A supplier is (key, name, scale, region, certificates, active, products); the key's first letter is its
category. A product is (kind, name as the IKM writes it, unit, unit price, capacity per month, lead days).
"""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Cooked food and fresh jamu: made in the delivery month, by someone near.
PERISHABLE = {"nasi_kotak", "nasi_kotak_liwet", "snack_box", "prasmanan", "tumpeng", "tumpeng_mini",
              "kunyit_asam", "beras_kencur"}

SUPPLIERS = [
    # makanan
    ("M1", "Keripik Pisang Kepok Bu Sumi", "mikro", "18.06", "pirt;halal", True, [
        ("kpisang", "Keripik Pisang Kepok Manis 250 gr", "pcs", 15000, 2000, 5),
        ("kpisang_c", "Keripik Pisang Coklat Lumer 200gr", "pcs", 18000, 1200, 5)]),
    ("M2", "UD Otak-Otak Bandeng Karangantu", "mikro", "36.73", "halal;pirt", True, [
        ("otak_bandeng", "Otak-otak Bandeng Kemasan Vakum isi 10", "pak", 35000, 800, 3),
        ("sate_bandeng", "Sate Bandeng Khas Serang", "pcs", 45000, 400, 3)]),
    ("M3", "Kerupuk Ikan Labuan Jaya", "kecil", "36.01", "pirt", True, [
        ("kerupuk_ikan", "Kerupuk Ikan Tenggiri Mentah 500gr", "pcs", 28000, 3000, 4),
        ("kerupuk_udang", "Kerupuk Udang Mentah 500 gr", "pcs", 40000, 1500, 4)]),
    ("M4", "Sambal & Bumbu Dapur Teh Ika", "mikro", "36.03", "pirt;halal", True, [
        ("sambal_cumi", "Sambal Cumi Asin Botol 150 ml", "botol", 30000, 1500, 5),
        ("bumbu_pecel", "Bumbu Pecel Kacang 250 gr", "pcs", 18000, 1000, 5)]),
    ("M5", "Kemplang & Lempok Metro Rasa", "mikro", "18.72", "pirt", True, [
        ("kemplang", "Kemplang Panggang Ikan Tenggiri", "pcs", 25000, 1500, 4),
        ("lempok", "Lempok Durian Asli 250 gr", "pcs", 40000, 500, 4)]),
    ("M6", "PT Snack Nusantara Makmur", "besar", "32.16", "halal;bpom", True, [
        ("kpisang", "Keripik Pisang Original 1 kg", "pcs", 60000, 20000, 3)]),
    ("M7", "Dodol Betawi Mpok Nah", "mikro", "32.16", "pirt", True, [
        ("dodol", "Dodol Betawi Ketan Hitam per kg", "kg", 50000, 600, 7)]),
    # minuman
    ("N1", "Koperasi Petani Kopi Tanggamus", "koperasi", "18.06", "halal;pirt", True, [
        ("kopi_robusta_bubuk", "Kopi Robusta Tanggamus Bubuk 200 gr", "pcs", 35000, 2000, 5),
        ("greenbean", "Green Bean Robusta Grade 1", "kg", 75000, 1000, 7)]),
    ("N2", "Cokelat Pringsewu Mandiri", "kecil", "18.10", "pirt", True, [
        ("coklat_bubuk", "Bubuk Cokelat Murni Kakao 250 gr", "pcs", 45000, 600, 5)]),
    ("N3", "Sari Jahe Merah Bu Atun", "mikro", "36.02", "pirt", True, [
        ("jahe_instan", "Jahe Merah Instan Serbuk 250 gr", "pcs", 25000, 1000, 4),
        ("sirup_pala", "Sirup Pala Segar 600 ml", "botol", 30000, 400, 4)]),
    ("N4", "AMDK Tirta Baduy", "kecil", "36.02", "sni;bpom", True, [
        ("amdk_cup", "Air Minum Dalam Kemasan Cup 240 ml (1 dus isi 48)", "dus", 22000, 5000, 3),
        ("amdk_botol600", "Air Mineral Botol 600 ml isi 24", "dus", 42000, 3000, 3)]),
    ("N5", "Kopi Arabika Way Tenong", "mikro", "18.04", "pirt", False, [
        ("kopi_arabika", "Kopi Arabika Lampung Barat 250 gr", "pcs", 80000, 500, 5)]),
    ("N6", "Teh Rosella Karawang", "mikro", "32.15", "pirt", True, [
        ("teh_rosella", "Teh Rosella Celup isi 25", "kotak", 30000, 800, 5)]),
    # jasa-boga
    ("J1", "Catering Dapur Bu Iroh", "mikro", "36.73", "halal", True, [
        ("nasi_kotak", "Nasi Box Ayam Bakar Komplit", "kotak", 35000, 3000, 2),
        ("snack_box", "Snack Box isi 3 kue + air mineral", "kotak", 15000, 4000, 2)]),
    ("J2", "Rumah Makan Sunda Sari Rasa", "kecil", "36.04", "halal", True, [
        ("prasmanan", "Paket Prasmanan Menu Sunda per orang", "porsi", 55000, 2000, 3),
        ("nasi_kotak_liwet", "Nasi Liwet Box Ikan Asin Peda", "kotak", 30000, 1500, 2)]),
    ("J3", "Katering Barokah Pringsewu", "mikro", "18.10", "halal", True, [
        ("nasi_kotak", "Nasi Kotak Rendang", "kotak", 32000, 800, 2),
        ("snack_box", "Kue Kotak Rapat isi 3", "kotak", 12000, 1200, 2)]),
    ("J4", "Tumpeng & Catering Metro", "mikro", "18.72", "halal", True, [
        ("tumpeng_mini", "Nasi Tumpeng Mini Bungkus Daun", "porsi", 25000, 500, 2),
        ("tumpeng", "Tumpeng Besar Lauk Lengkap 20 orang", "buah", 450000, 30, 3)]),
    ("J5", "Dapur Sehat Cikarang", "kecil", "32.16", "halal", True, [
        ("nasi_kotak", "Nasi Box Karyawan Menu Harian", "porsi", 25000, 6000, 2),
        ("snack_box", "Coffee Break Snack 2 item", "porsi", 14000, 5000, 2)]),
    ("J6", "Catering Tangerang Berkah", "kecil", "36.71", "halal", True, [
        ("nasi_kotak", "Lunch Box Premium Ayam Teriyaki", "kotak", 40000, 2500, 2)]),
    # fesyen
    ("F1", "Tapis Lampung Kartini", "mikro", "18.10", "", True, [
        ("tapis", "Kain Tapis Lampung Motif Pucuk Rebung 2 m", "lembar", 1250000, 20, 21),
        ("selendang_tapis", "Selendang Tapis Sulam Usus", "lembar", 350000, 60, 14)]),
    ("F2", "Konveksi Seragam Jaya Cikande", "kecil", "36.04", "", True, [
        ("pdh", "Seragam PDH Drill Lengan Panjang Custom", "stel", 185000, 1500, 21),
        ("kemeja_batik_cap", "Kemeja Batik Seragam Kantor Cap Custom", "pcs", 150000, 1000, 21),
        ("polo", "Kaos Polo Bordir Logo Instansi", "pcs", 85000, 2000, 14)]),
    ("F3", "Batik Banten Pusaka", "kecil", "36.73", "batikmark", True, [
        ("batik_tulis", "Batik Tulis Motif Banten Kain 2,25 m", "lembar", 950000, 40, 30)]),
    ("F7", "Sanggar Batik Cap Sawah Luhur", "mikro", "36.73", "batikmark", True, [
        ("batik_cap_kain", "Kain Batik Cap Motif Banten 2 m", "lembar", 225000, 400, 10)]),
    ("F4", "Sablon & Kaos Lebak", "mikro", "36.02", "", True, [
        ("kaos_sablon", "Kaos Sablon Cotton Combed 30s", "pcs", 55000, 3000, 10),
        ("topi", "Topi Bordir Logo", "pcs", 35000, 1500, 10)]),
    ("F5", "Sepatu Kulit & Sandal Karawang", "kecil", "32.15", "", True, [
        ("sepatu_pdh", "Sepatu PDH Kulit Sapi Pria", "pasang", 375000, 300, 21),
        ("sandal_jepit", "Sandal Jepit Karet Custom Logo", "pasang", 12000, 5000, 10)]),
    ("F6", "Tas & Goodie Bag Bogor", "mikro", "32.01", "", True, [
        ("tote_blacu", "Tote Bag Blacu Sablon 1 Warna 30x40", "pcs", 9500, 5000, 10),
        ("tas_ransel", "Tas Seminar Ransel Dinier", "pcs", 95000, 800, 14)]),
    # kerajinan
    ("K1", "Anyaman Pandan Mekarsari", "mikro", "36.01", "", True, [
        ("tikar_pandan", "Tikar Pandan Anyam 150x200", "lembar", 120000, 100, 10),
        ("tas_pandan", "Tas Anyaman Pandan Souvenir", "pcs", 45000, 500, 10),
        ("dompet_pandan", "Dompet Pandan Motif", "pcs", 20000, 800, 7)]),
    ("K2", "Kerajinan Bambu Lebak", "mikro", "36.02", "", True, [
        ("kotak_tisu_bambu", "Kotak Tisu Bambu", "pcs", 35000, 300, 7),
        ("tempat_pensil_bambu", "Tempat Pensil Bambu Ukir Nama", "pcs", 25000, 600, 10)]),
    ("K3", "Gerabah Bumi Jaya Ciruas", "mikro", "36.04", "", True, [
        ("kendi", "Kendi Gerabah Tanah Liat", "pcs", 30000, 400, 7),
        ("pot_gerabah", "Pot Tanah Liat Diameter 25 cm", "pcs", 20000, 1000, 7),
        ("celengan", "Celengan Gerabah Ayam", "pcs", 15000, 600, 7)]),
    ("K4", "Plakat Akrilik Metro", "kecil", "18.72", "", True, [
        ("plakat_akrilik", "Plakat Akrilik Cetak UV + Box", "pcs", 175000, 200, 7),
        ("gk_akrilik", "Gantungan Kunci Akrilik Custom", "pcs", 5000, 5000, 7)]),
    ("K5", "Ukiran Kayu Jati Karawang", "kecil", "32.15", "svlk", True, [
        ("plakat_kayu", "Plakat Kayu Jati Ukir Logo", "pcs", 275000, 100, 14)]),
    # perhiasan
    ("P1", "Kerajinan Perak Ciampea", "mikro", "32.01", "", True, [
        ("bros_perak", "Bros Perak 925 Motif Bunga", "pcs", 250000, 100, 14),
        ("cincin_perak", "Cincin Perak Batu Akik", "pcs", 175000, 150, 14)]),
    ("P2", "Mutiara Ketapang Lampung Selatan", "mikro", "18.01", "", True, [
        ("kalung_mutiara", "Kalung Mutiara Air Laut Lampung", "pcs", 450000, 50, 10),
        ("anting_mutiara", "Anting Mutiara Tusuk", "pasang", 150000, 100, 10)]),
    ("P3", "Aksesoris Manik Tangerang", "mikro", "36.71", "", True, [
        ("gelang_manik", "Gelang Manik-manik Etnik", "pcs", 15000, 2000, 7),
        ("pin_enamel", "Pin Lencana Enamel Custom", "pcs", 25000, 3000, 14)]),
    ("P4", "PT Perhiasan Mulia Abadi", "besar", "36.71", "sni", True, [
        ("cincin_emas", "Cincin Emas 24 Karat 2 gram", "pcs", 2800000, 500, 7)]),
    # furnitur
    ("U1", "Rotan Jaya Pasar Kemis", "kecil", "36.03", "svlk", True, [
        ("kursi_rotan_set", "Kursi Rotan Teras Set 2 Kursi + Meja", "set", 2250000, 20, 21)]),
    ("U2", "Mebel Sekolah Pringsewu", "kecil", "18.10", "svlk", True, [
        ("mejakursi_siswa", "Meja Kursi Siswa SD Kayu Mahoni 1 set", "set", 650000, 300, 30),
        ("whiteboard", "Papan Tulis Whiteboard 120x240", "unit", 850000, 60, 14)]),
    ("U3", "Furniture Kantor Bekasi", "menengah", "32.16", "iso-9001", True, [
        ("lemari_arsip_besi", "Lemari Arsip Besi 4 Pintu", "unit", 3200000, 50, 14),
        ("meja_kerja", "Meja Kerja Kantor 1/2 Biro", "unit", 1450000, 80, 14),
        ("kursi_putar", "Kursi Kantor Putar Jaring", "unit", 850000, 200, 14)]),
    ("U4", "Bambu Furniture Lebak", "mikro", "36.02", "", True, [
        ("kursi_bambu", "Kursi Bambu Santai", "unit", 450000, 30, 14),
        ("rak_bambu", "Rak Buku Bambu 4 Susun", "unit", 275000, 40, 14)]),
    ("U5", "Meubel Jati Metro", "mikro", "18.72", "", False, [
        ("lemari_pakaian", "Lemari Pakaian Jati 2 Pintu", "unit", 3500000, 10, 30)]),
    # herbal
    ("H1", "Jamu Tradisional Mbok Darmi", "mikro", "18.72", "pirt", True, [
        ("kunyit_asam", "Kunyit Asam Botol 250 ml", "botol", 8000, 1500, 2),
        ("beras_kencur", "Beras Kencur Botol 250 ml", "botol", 8000, 1500, 2)]),
    ("H2", "Herbal Baduy Lestari", "kecil", "36.02", "pirt;halal", True, [
        ("madu_hutan", "Madu Hutan Baduy 500 gr", "botol", 120000, 400, 5),
        ("minyak_gosok", "Minyak Gosok Sereh 60 ml", "botol", 25000, 1000, 5)]),
    ("H3", "Apotek Hidup Sehat Karawang", "mikro", "32.15", "pirt", True, [
        ("temulawak_kering", "Simplisia Temulawak Kering 250 gr", "pcs", 30000, 500, 5),
        ("kapsul_kelor", "Kapsul Daun Kelor 60 kapsul", "botol", 55000, 600, 5)]),
    ("H4", "Koperasi Peternak Lebah Tanggamus", "koperasi", "18.06", "halal", True, [
        ("madu_kopi", "Madu Kopi Tanggamus 1 kg", "botol", 160000, 300, 5)]),
    # kosmetik
    ("S1", "Rumah Sabun Anyer", "mikro", "36.04", "bpom", True, [
        ("sabun_susu_kambing", "Sabun Batang Susu Kambing 100 gr", "pcs", 15000, 2000, 7),
        ("lilin_aroma", "Lilin Aromaterapi Kaleng Lavender", "pcs", 45000, 500, 7)]),
    ("S2", "Kosmetik Alami Bogor", "kecil", "32.01", "bpom;halal", True, [
        ("sanitizer", "Hand Sanitizer Gel 500 ml", "botol", 35000, 3000, 5),
        ("sabun_cuci_tangan", "Sabun Cair Cuci Tangan 5 liter", "jerigen", 90000, 800, 5)]),
    ("S3", "Lulur Kopi Lampung Timur", "mikro", "18.07", "pirt", True, [
        ("lulur_kopi", "Lulur Mandi Kopi 200 gr", "pcs", 30000, 700, 7),
        ("lotion_sereh", "Body Lotion Sereh 250 ml", "botol", 40000, 500, 7)]),
    ("S4", "Wangi Ruang Tangerang", "mikro", "36.71", "", True, [
        ("diffuser", "Reed Diffuser 100 ml Aroma Melati", "pcs", 55000, 600, 7)]),
    # logam
    ("L1", "Pandai Besi Ciomas Warisan", "mikro", "36.04", "", True, [
        ("golok_ciomas", "Golok Ciomas Sulangkar Sarung Kayu", "pcs", 650000, 40, 21),
        ("pisau_dapur", "Pisau Dapur Set 3 pcs", "set", 120000, 200, 10)]),
    ("L2", "Alat Tani Gadingrejo", "mikro", "18.10", "", True, [
        ("cangkul", "Cangkul Baja Gagang Kayu", "buah", 95000, 500, 10),
        ("arit", "Arit Rumput Baja Per", "buah", 45000, 800, 7),
        ("parang", "Parang Kebun Lampung", "buah", 85000, 400, 7)]),
    ("L3", "Bengkel Las Teralis Karawang", "kecil", "32.15", "sni", True, [
        ("teralis", "Teralis Besi Jendela per m2", "m2", 450000, 200, 14),
        ("pagar_besi", "Pagar Besi Hollow per meter", "meter", 650000, 150, 14),
        ("rak_siku", "Rak Besi Siku Lubang 5 Susun", "unit", 550000, 100, 10)]),
    ("L4", "Logam Aluminium Tangerang", "mikro", "36.03", "sni", True, [
        ("panci", "Panci Aluminium 30 cm", "pcs", 175000, 300, 7)]),
    # percetakan
    ("C1", "Percetakan Mandiri Rangkasbitung", "kecil", "36.02", "", True, [
        ("spanduk", "Cetak Spanduk Banner Flexi 280gr per m2", "m2", 25000, 5000, 3),
        ("buku_yasin", "Cetak Buku Yasin Hardcover", "eks", 18000, 3000, 14),
        ("map_folder", "Stopmap Folder Cetak Logo", "pcs", 5000, 10000, 7)]),
    ("C2", "ATK Metro Grosir", "kecil", "18.72", "", True, [
        ("hvs_a4_70", "Kertas HVS A4 70 gram 1 rim", "rim", 52000, 2000, 3),
        ("pulpen", "Pulpen Gel Hitam 1 lusin", "lusin", 30000, 2000, 3),
        ("buku_tulis", "Buku Tulis 38 lembar pak isi 10", "pak", 35000, 1000, 3)]),
    ("C3", "Kemasan & Label Tangerang", "kecil", "36.71", "", True, [
        ("dus_snack", "Dus Kemasan Snack Box 15x15 Cetak", "pcs", 1500, 50000, 10),
        ("stiker_label", "Stiker Label Vinyl Produk UMKM per lembar A3", "lembar", 8000, 10000, 5),
        ("pouch", "Standing Pouch Kraft Zipper 14x22", "pcs", 1200, 40000, 10)]),
    ("C4", "Digital Printing Karawang", "mikro", "32.15", "", True, [
        ("kalender", "Kalender Dinding 2027 Custom 6 lembar", "pcs", 25000, 5000, 10),
        ("idcard", "ID Card PVC + Tali Lanyard", "pcs", 12000, 5000, 7)]),
    ("C5", "PT Kertas Nusantara Tbk", "besar", "32.15", "sni;iso-9001", True, [
        ("hvs_a4_80", "Kertas HVS A4 80 gram 1 rim", "rim", 60000, 50000, 3)]),
    # pertanian
    ("T1", "Kelompok Tani Bibit Buah Sekampung", "koperasi", "18.07", "", True, [
        ("bibit_durian", "Bibit Durian Musang King Okulasi 60 cm", "batang", 45000, 2000, 7),
        ("bibit_alpukat", "Bibit Alpukat Miki Sambung Pucuk", "batang", 35000, 2000, 7)]),
    ("T2", "Ikan Hias Cibinong", "mikro", "32.01", "", True, [
        ("ikan_koki", "Ikan Koki Oranda 5 cm", "ekor", 15000, 1000, 3),
        ("cupang", "Ikan Cupang Halfmoon", "ekor", 25000, 800, 3)]),
    ("T3", "Pembenihan Nila Karawang", "kecil", "32.15", "", True, [
        ("benih_nila", "Benih Ikan Nila Merah 5-7 cm", "ekor", 300, 100000, 5),
        ("pakan_ikan", "Pakan Ikan Apung Pelet 30 kg", "sak", 320000, 500, 5)]),
    ("T4", "Sanggar Flora Kota Tangerang", "mikro", "36.71", "", True, [
        ("sansevieria", "Tanaman Hias Lidah Mertua Pot 20 cm", "pot", 35000, 500, 5),
        ("monstera", "Monstera Deliciosa Polybag", "polybag", 60000, 200, 5)]),
    ("T5", "Pakan Ternak Mitra Serang", "kecil", "36.04", "", True, [
        ("pakan_ayam", "Pakan Ayam Petelur Konsentrat 50 kg", "sak", 420000, 400, 5),
        ("dedak", "Dedak Padi Halus per kg", "kg", 4000, 20000, 3)]),
    ("T6", "Koperasi Kompos Organik Pandeglang", "koperasi", "36.01", "", True, [
        ("kompos", "Pupuk Kompos Organik Karung 25 kg", "sak", 25000, 5000, 5)]),
    # lainnya
    ("X1", "Sapu Ijuk Lebak", "mikro", "36.02", "", True, [
        ("sapu_ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 2000, 5),
        ("sapu_lidi", "Sapu Lidi Aren Ikat", "ikat", 8000, 5000, 5),
        ("kemoceng", "Kemoceng Bulu Ayam", "pcs", 20000, 800, 5)]),
    ("X2", "Keset & Kain Pel Majalaya", "mikro", "32.04", "", True, [
        ("keset", "Keset Kaki Handuk Perca", "pcs", 12000, 3000, 5),
        ("kain_pel", "Kain Pel Lantai Microfiber Refill", "pcs", 15000, 2000, 5)]),
    ("X3", "Koperasi Wanita Sabun Metro", "koperasi", "18.72", "", True, [
        ("sabun_cuci_piring", "Sabun Cuci Piring Cair Jeruk Nipis 5 liter", "jerigen", 55000, 1000, 5)]),
    ("X4", "Paket Sembako Berkah Tangerang", "kecil", "36.03", "", True, [
        ("paket_sembako", "Paket Sembako Bantuan (beras 5kg, minyak 1L, gula 1kg, mie 5)", "paket", 125000, 3000, 5)]),
    ("X5", "Tempat Sampah Pilah Bekasi", "kecil", "32.16", "", True, [
        ("tempat_sampah", "Tempat Sampah Pilah 3 Warna 60 L", "unit", 650000, 100, 10)]),
]

"""Hand-written directory and catalog for relevance-blind9 (fictional businesses, real Kemendagri codes).

Each product is (kind, name, unit, unit_price, capacity_per_month, lead_time_days); the kind is the
labeller's tag of what the product is and never reaches the CSVs.
"""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Produced for the day they are eaten: the whole quantity must fit one month's capacity, and the producer
# must be in the need's kabupaten/kota when any qualifies, else in its province.
PERISHABLE = {"nasi_kotak", "snack_box", "prasmanan", "tumpeng", "tumpeng_mini", "coffee_break", "nasi_liwet",
              "jamu_kunyit", "beras_kencur"}

SUPPLIERS = [
    # --- makanan
    ("MA", "Emping Melinjo Hj. Romlah Menes", "mikro", "36.01", "pirt;halal", True, [
        ("emping_menes", "Emping Melinjo Asli Menes", "kg", 85000, 300, 5),
        ("emping_balado", "Emping Melinjo Balado Pedas Manis 250 gr", "pack", 22000, 600, 4)]),
    ("MJ", "Emping Bu Onih Pandeglang", "mikro", "36.01", "pirt", False, [
        ("emping_menes", "Emping Mlinjo Menes Super Tipis", "kg", 70000, 500, 3)]),
    ("MB", "Kerupuk Ikan Bu Yayah Karangantu", "mikro", "36.73", "pirt", True, [
        ("kerupuk_ikan", "Kerupuk Ikan Tenggiri Mentah 500gr", "pack", 35000, 400, 3),
        ("otak_otak", "Otak-otak Bandeng Frozen isi 10", "pack", 40000, 200, 3)]),
    ("MC", "Sale Pisang Lebak Jaya", "mikro", "36.02", "pirt-expired", True, [
        ("sale_pisang", "Sale Pisang Ambon Gulung Kering", "pack", 20000, 500, 5),
        ("keripik_pisang", "Keripik Pisang Kepok Manis", "pack", 18000, 500, 4)]),
    ("MD", "UD Keripik Pisang Tapis Berseri", "kecil", "18.71", "pirt;halal", True, [
        ("keripik_pisang", "KERIPIK PISANG COKELAT LAMPUNG 250GR", "pack", 25000, 2000, 3),
        ("keripik_pisang", "Kripik Pisang Rasa Original Kiloan", "kg", 60000, 800, 3)]),
    ("ME", "Rumah Sambal Teh Iis Cilegon", "mikro", "36.72", "pirt;halal", True, [
        ("sambal_bawang", "Sambel Bawang Pedas Botol 150ml", "botol", 25000, 600, 3),
        ("sambal_cumi", "Sambal Cumi Asin Botol 200gr", "botol", 38000, 300, 4)]),
    ("MF", "Dodol & Jojorong Bu Enok", "mikro", "36.04", "pirt", True, [
        ("jojorong", "Kue Jojorong Khas Serang isi 20", "box", 30000, 150, 2),
        ("dodol", "Dodol Ketan Khas Banten 500 gr", "pack", 30000, 400, 4)]),
    ("MG", "Koperasi Wanita Tani Sukatani", "koperasi", "32.16", "halal", True, [
        ("rengginang", "Rengginang Ketan Terasi Mentah 1 kg", "kg", 45000, 400, 4),
        ("kacang_bawang", "Kacang Bawang Renyah Toples 500gr", "toples", 40000, 300, 3)]),
    ("MH", "Abon Ikan Tuna Bahari Metro", "kecil", "18.72", "pirt;halal", True, [
        ("abon_ikan", "Abon Ikan Tuna Pedas 100 gram", "pack", 28000, 700, 4)]),
    ("MI", "Bakery Roti Kenanga", "kecil", "36.71", "halal", True, [
        ("bolu_gulung", "Bolu Gulung Pandan Keju", "box", 55000, 300, 2),
        ("nastar", "Kue Kering Nastar Premium Toples 500gr", "toples", 95000, 400, 5)]),
    # --- minuman
    ("NA", "Kopi Robusta Tanggamus Mandiri", "kecil", "18.06", "halal;pirt", True, [
        ("kopi_bubuk_robusta", "Kopi Bubuk Robusta Tanggamus 250 gr", "pack", 35000, 1000, 4),
        ("kopi_biji_robusta", "Biji Kopi Robusta Sangrai (Roasted Bean) 1 kg", "kg", 140000, 300, 5)]),
    ("NB", "Sari Jahe Merah Bu Tati", "mikro", "36.03", "pirt", True, [
        ("jahe_instan", "Jahe Merah Instan Serbuk Toples 300gr", "toples", 35000, 500, 4)]),
    ("NC", "CV Tirta Baduy Lestari", "kecil", "36.02", "bpom;halal", True, [
        ("amdk_gelas", "Air Minum Dalam Kemasan Gelas 220 ml (dus isi 48)", "dus", 22000, 3000, 2),
        ("amdk_botol", "AMDK Botol 600ml isi 24", "dus", 45000, 1500, 2)]),
    ("ND", "Sirup Kalamansi Teluk Jambe", "mikro", "32.15", "pirt", True, [
        ("sirup_kalamansi", "Sirup Jeruk Kalamansi 500ml", "botol", 30000, 400, 4)]),
    ("NE", "Kakao Pesawaran Berdikari", "mikro", "18.09", "pirt", True, [
        ("cokelat_bubuk", "Bubuk Cokelat Murni (Cocoa Powder) 500 gr", "pack", 55000, 300, 5)]),
    ("NF", "Teh Rosella Pringsewu Asri", "mikro", "18.10", "pirt", True, [
        ("teh_rosella", "Teh Bunga Rosella Kering Celup isi 20", "box", 25000, 500, 4)]),
    # --- jasa-boga
    ("JA", "Catering Dapur Bu Ratna", "kecil", "36.73", "halal", True, [
        ("nasi_kotak", "Nasi Box Ayam Bakar + Lalapan", "box", 30000, 3000, 2),
        ("snack_box", "Snack Box isi 3 Kue Basah + Air Mineral", "box", 12000, 4000, 1),
        ("tumpeng", "Nasi Tumpeng Kuning Lengkap (untuk 20 orang)", "paket", 650000, 30, 3)]),
    ("JB", "Katering Barokah Cilegon", "mikro", "36.72", "halal", True, [
        ("nasi_kotak", "Nasi Kotak Menu Rendang Sapi", "kotak", 35000, 1500, 2),
        ("prasmanan", "Prasmanan Menu Nusantara per pax", "pax", 55000, 2000, 4)]),
    ("JC", "Dapur Sehati Kramatwatu", "mikro", "36.04", "", True, [
        ("snack_box", "Kue Kotak (Dus) Isi 4", "dus", 15000, 1200, 1),
        ("nasi_liwet", "Nasi Liwet Komplit Paket Rapat", "porsi", 28000, 600, 2)]),
    ("JD", "Catering Kartika Bandar Lampung", "kecil", "18.71", "halal", True, [
        ("nasi_kotak", "Nasi Kotak Ayam Goreng Lengkap", "box", 28000, 2500, 2),
        ("prasmanan", "Paket Prasmanan Pernikahan / Instansi min 100 pax", "pax", 50000, 1500, 4)]),
    ("JE", "Boga Sari Bekasi", "menengah", "32.75", "halal;iso-9001", True, [
        ("nasi_kotak", "NASI BOX PREMIUM Ayam Teriyaki", "box", 38000, 5000, 2),
        ("snack_box", "Snack Box Premium Isi 5 item", "box", 20000, 5000, 1),
        ("coffee_break", "Paket Coffee Break (kopi/teh + 2 kue)", "pax", 25000, 3000, 1)]),
    ("JF", "Katering Mak Eha Rangkasbitung", "mikro", "36.02", "", True, [
        ("nasi_kotak", "Nasi Bungkus / Nasi Kotak Lauk Ayam", "kotak", 22000, 800, 1)]),
    ("JG", "Tumpeng Mbak Sri", "mikro", "36.71", "halal", True, [
        ("tumpeng_mini", "Tumpeng Mini Tasyakuran", "pcs", 45000, 400, 2),
        ("tumpeng", "Nasi Tumpeng Besar Syukuran 30 org", "paket", 950000, 20, 3)]),
    ("JH", "PT Aero Boga Nusantara", "besar", "36.71", "halal;iso-9001", True, [
        ("nasi_kotak", "Nasi Kotak Menu Harian", "box", 25000, 20000, 1),
        ("snack_box", "Snack Box Ekonomis", "box", 9000, 20000, 1)]),
    # --- fesyen
    ("FA", "Batik Krakatoa Cilegon", "kecil", "36.72", "batikmark", True, [
        ("batik_tulis", "Kain Batik Tulis Motif Krakatau 2 m", "lembar", 750000, 40, 21),
        ("batik_cap", "Batik Cap Motif Debus Katun Primisima", "lembar", 180000, 400, 10)]),
    ("FB", "Batik Banten Mukarnas", "menengah", "36.73", "batikmark;sni", True, [
        ("kemeja_batik", "Kemeja Batik Banten Lengan Panjang Pria", "pcs", 225000, 800, 14),
        ("batik_cap", "Kain Batik Cap Motif Sabakingking", "lembar", 200000, 600, 10)]),
    ("FC", "Tapis Siger Emas", "kecil", "18.71", "", True, [
        ("tapis", "Kain Tapis Lampung Tumpal Benang Emas", "lembar", 1500000, 20, 30),
        ("tas_tapis", "Tas Jinjing Motif Tapis", "pcs", 175000, 200, 10)]),
    ("FD", "Konveksi Seragam Maju Bersama", "kecil", "36.03", "", True, [
        ("pdh", "Seragam PDH ASN Bahan American Drill", "stel", 275000, 1500, 21),
        ("kaos_polo", "Kaos Polo Shirt Lacoste CVC Bordir Logo", "pcs", 85000, 3000, 14),
        ("rompi", "Rompi Kerja Drill Bordir", "pcs", 110000, 800, 14)]),
    ("FE", "Sepatu Kulit Ciomas Bogor", "mikro", "32.01", "", True, [
        ("sepatu_pantofel", "Sepatu Pantofel Pria Kulit Sapi Asli", "pasang", 320000, 200, 14),
        ("sandal_jepit", "Sandal Jepit Karet Custom Logo", "pasang", 15000, 5000, 7)]),
    ("FF", "Konveksi Kaos Sablon Karawang", "mikro", "32.15", "", True, [
        ("kaos_sablon", "Kaos Oblong Cotton Combed 30s Sablon Custom", "pcs", 55000, 4000, 10),
        ("topi", "Topi Baseball Bordir Logo Instansi", "pcs", 35000, 2000, 10)]),
    ("FG", "Mukena Al-Ikhlas Tambun", "mikro", "32.16", "", True, [
        ("mukena", "Mukena Katun Rayon Bordir Dewasa", "pcs", 145000, 500, 10),
        ("peci", "Peci / Kopiah Hitam Beludru", "pcs", 35000, 1000, 5)]),
    # --- kerajinan
    ("KA", "Anyaman Pandan Cibaliung", "mikro", "36.01", "", True, [
        ("tas_pandan", "Tas Anyaman Pandan Motif Kombinasi", "pcs", 65000, 300, 10),
        ("tikar_pandan", "Tikar Pandan Lipat 2x3 m", "lembar", 150000, 80, 10)]),
    ("KB", "Boneka Hj. Ida Ciruas", "mikro", "36.04", "", True, [
        ("boneka_maskot", "Boneka Maskot Custom Karakter Daerah 30 cm", "pcs", 95000, 500, 14),
        ("boneka_flanel", "Boneka Wisuda Flanel Mini", "pcs", 40000, 300, 7)]),
    ("KC", "Gerabah Bumijaya Anyer", "mikro", "36.04", "", True, [
        ("gerabah_vas", "Vas Bunga Gerabah Tanah Liat Ukir", "pcs", 45000, 300, 7),
        ("celengan_gerabah", "Celengan Gerabah Karakter", "pcs", 20000, 600, 7)]),
    ("KD", "Souvenir Siger Craft", "kecil", "18.71", "", True, [
        ("miniatur_siger", "Miniatur Siger Lampung Kuningan Akrilik", "pcs", 125000, 400, 10),
        ("gantungan_akrilik", "Gantungan Kunci Akrilik Custom Logo", "pcs", 6000, 5000, 7)]),
    ("KE", "Bambu Kreatif Leuwidamar", "mikro", "36.02", "", True, [
        ("tempat_tisu_bambu", "Tempat Tisu Anyaman Bambu", "pcs", 35000, 400, 7),
        ("besek", "Besek Bambu Persegi 20x20 (isi 10)", "pack", 30000, 1000, 5)]),
    ("KF", "Mainan Edukatif Kayu Tunas", "mikro", "36.74", "", True, [
        ("puzzle_kayu", "Puzzle Kayu Peta Indonesia APE Edukatif", "pcs", 75000, 300, 7),
        ("balok_kayu", "Mainan Balok Susun Kayu 50 pcs", "set", 120000, 200, 7)]),
    ("KG", "Plakat & Trophy Cilegon", "kecil", "36.72", "", True, [
        ("plakat_akrilik", "Plakat Akrilik Ukir Laser + Box Beludru", "pcs", 185000, 300, 7),
        ("plakat_kayu", "Plakat Kayu Jati Grafir", "pcs", 250000, 150, 10)]),
    # --- perhiasan
    ("PA", "Bros & Aksesoris Tapis Lampung", "mikro", "18.71", "", True, [
        ("bros_tapis", "Bros Motif Tapis Kuningan Lapis Emas", "pcs", 45000, 500, 7),
        ("kalung_mutiara", "Kalung Mutiara Air Tawar", "pcs", 250000, 100, 7)]),
    ("PB", "Pengrajin Perak Sukamaju", "mikro", "36.03", "", True, [
        ("cincin_perak", "Cincin Perak 925 Ukir Nama", "pcs", 175000, 150, 10),
        ("gelang_perak", "Gelang Perak 925 Wanita", "pcs", 210000, 120, 10)]),
    ("PC", "Batu Kalimaya Bayah", "mikro", "36.02", "", True, [
        ("akik_kalimaya", "Cincin Batu Akik Kalimaya Banten Ikat Perak", "pcs", 350000, 60, 7),
        ("liontin_kalimaya", "Liontin Batu Kalimaya", "pcs", 150000, 80, 7)]),
    ("PD", "Pin & Medali Karya Bekasi", "kecil", "32.75", "", True, [
        ("pin_logo", "Pin Logo Instansi Kuningan Enamel", "pcs", 25000, 5000, 10),
        ("medali", "Medali Kuningan Custom Lomba Diameter 5 cm", "pcs", 30000, 3000, 10)]),
    # --- furnitur
    ("UA", "Rotan Jaya Pasar Kemis", "kecil", "36.03", "", True, [
        ("kursi_rotan", "Kursi Teras Rotan Sintetis Set 2 kursi + meja", "set", 1850000, 30, 21)]),
    ("UB", "Mebel Jati Pringsewu", "kecil", "18.10", "svlk", True, [
        ("meja_kerja", "Meja Kerja Kantor Kayu Jati 120x60", "unit", 1750000, 40, 21),
        ("lemari_arsip", "Lemari Arsip Kayu 2 Pintu Kaca", "unit", 2500000, 25, 30)]),
    ("UC", "Mebel Sekolah Lestari", "mikro", "36.04", "", True, [
        ("meja_kursi_siswa", "Meja Kursi Siswa SD Set (1 meja 2 kursi)", "set", 850000, 200, 30),
        ("rak_buku", "Rak Buku Kayu 5 Susun", "unit", 650000, 60, 21)]),
    ("UD", "Furniture Besi Cikarang", "kecil", "32.16", "sni", True, [
        ("kursi_lipat", "Kursi Lipat Besi Chitose Model Futura", "pcs", 350000, 500, 10),
        ("rak_besi", "Rak Besi Siku Lubang 5 Susun", "unit", 450000, 200, 10)]),
    ("UE", "PT Furnindo Raya", "besar", "36.71", "iso-9001", True, [
        ("meja_kerja", "MEJA KANTOR 1/2 BIRO Kayu 120 cm", "unit", 1450000, 500, 14)]),
    ("UF", "Sofa & Kasur Bu Lina", "mikro", "18.72", "", False, [
        ("sofa", "Sofa Tamu 3-2-1 Busa", "set", 5500000, 10, 21)]),
    # --- herbal
    ("HA", "Jamu Gendong Mbok Sumi", "mikro", "18.10", "pirt", True, [
        ("jamu_kunyit", "Jamu Kunyit Asam Botol 250 ml (segar)", "botol", 8000, 600, 1),
        ("beras_kencur", "Beras Kencur Botol 250ml", "botol", 8000, 600, 1)]),
    ("HB", "Herbal Nusantara Sehat", "kecil", "32.01", "bpom;halal", True, [
        ("temulawak_kapsul", "Kapsul Ekstrak Temulawak isi 60", "botol", 55000, 2000, 5)]),
    ("HC", "Madu Hutan Baduy", "mikro", "36.02", "pirt", True, [
        ("madu_hutan", "Madu Hutan Asli Baduy 500 gr", "botol", 120000, 200, 5)]),
    ("HD", "Koperasi Toga Asri Metro", "koperasi", "18.72", "pirt", True, [
        ("simplisia_kunyit", "Simplisia Kunyit Kering 1 kg", "kg", 60000, 300, 5),
        ("teh_kelor", "Teh Daun Kelor Celup", "box", 30000, 400, 4)]),
    ("HE", "Rumah Herbal Cipondoh", "mikro", "36.71", "bpom", True, [
        ("minyak_sereh", "Minyak Sereh Wangi Aromaterapi 30 ml", "botol", 25000, 800, 4),
        ("balsem", "Balsem Jahe Hangat 20 gr", "pcs", 15000, 1000, 4)]),
    # --- kosmetik
    ("SA", "Sabun Herbal Sekar Cilegon", "mikro", "36.72", "bpom", True, [
        ("sabun_batang", "Sabun Mandi Batang Herbal Sereh 100 gr", "pcs", 15000, 2000, 5),
        ("lilin_aroma", "Lilin Aromaterapi Soy Wax Gelas 100 ml", "pcs", 45000, 300, 7)]),
    ("SB", "Koperasi PKK Sabun Cair Kragilan", "koperasi", "36.04", "", True, [
        ("hand_soap", "Sabun Cuci Tangan (Hand Soap) Refill 5 Liter", "jerigen", 85000, 500, 4),
        ("sabun_cair_mandi", "Sabun Cair Mandi Aroma Kopi 250ml", "botol", 30000, 600, 4)]),
    ("SC", "Lulur Putri Lampung Timur", "mikro", "18.07", "pirt", True, [
        ("lulur", "Lulur Bengkoang Susu 200gr", "pot", 30000, 500, 5),
        ("masker_wajah", "Masker Wajah Bubuk Beras", "pcs", 25000, 400, 5)]),
    ("SD", "Hampers Spa Cibitung", "kecil", "32.16", "bpom", True, [
        ("paket_spa", "Gift Set Spa (Sabun, Lulur, Garam Mandi) Box", "box", 150000, 300, 7),
        ("lotion_mini", "Hand Body Lotion Kemasan Hotel 30 ml", "pcs", 5000, 10000, 5)]),
    # --- logam
    ("LA", "Golok Ciomas Pusaka Ki Sanim", "mikro", "36.04", "", True, [
        ("golok_ciomas", "Golok Ciomas Asli Sarung Kayu Sonokeling", "pcs", 450000, 40, 21),
        ("pisau_dapur", "Pisau Dapur Baja Per Gagang Kayu", "pcs", 45000, 300, 7)]),
    ("LB", "Pandai Besi Sukamaju Tanggamus", "mikro", "18.06", "", True, [
        ("cangkul", "Cangkul Baja Tempa (tanpa gagang)", "pcs", 65000, 500, 7),
        ("sabit", "Arit / Sabit Rumput Baja Per", "pcs", 40000, 600, 7),
        ("parang", "Parang Kebun Tempa", "pcs", 85000, 300, 7)]),
    ("LC", "Bengkel Las Teralis Mandiri", "mikro", "36.71", "", True, [
        ("pagar_besi", "Pagar Besi Hollow Minimalis (per m2)", "m2", 650000, 200, 14),
        ("teralis", "Teralis Jendela Besi Ulir (per m2)", "m2", 450000, 150, 14)]),
    ("LD", "Alat Dapur Stainless Karawang", "kecil", "32.15", "sni", True, [
        ("panci_set", "Panci Stainless Set 5 pcs Tutup Kaca", "set", 350000, 300, 7),
        ("dandang", "Dandang Aluminium 40 cm Kukusan", "pcs", 280000, 100, 7)]),
    # --- percetakan
    ("CA", "Percetakan Mitra Grafika Serang", "kecil", "36.73", "", True, [
        ("spanduk", "Cetak Spanduk Banner Flexi 280gr (per m2)", "m2", 25000, 3000, 2),
        ("kalender", "Kalender Dinding 2027 Custom 6 lembar", "pcs", 25000, 5000, 10),
        ("map_logo", "Map Folder Logo Instansi Art Carton 260", "pcs", 4500, 10000, 7)]),
    ("CB", "CV Sinar ATK Pandeglang", "kecil", "36.01", "", True, [
        ("kertas_a4", "Kertas HVS A4 70 gram (1 rim)", "rim", 52000, 2000, 3),
        ("buku_tulis", "Buku Tulis Isi 38 Lembar (pak isi 10)", "pak", 35000, 1500, 3)]),
    ("CC", "Kemasan Kardus Kalianda", "mikro", "18.01", "", True, [
        ("dus_nasi", "Dus Nasi Kotak Laminasi 20x20 (isi 100)", "pack", 120000, 500, 5),
        ("paper_bag", "Paper Bag Kraft Sablon Logo", "pcs", 3500, 5000, 7)]),
    ("CD", "Digital Printing Bekasi Jaya", "kecil", "32.75", "", True, [
        ("stiker", "Stiker Vinyl Cutting Logo", "lembar", 10000, 5000, 3),
        ("piagam", "Cetak Piagam / Sertifikat Art Paper + Map", "pcs", 8000, 5000, 3),
        ("buku_yasin", "Buku Yasin Hard Cover 160 hlm Custom Cover", "pcs", 18000, 3000, 10)]),
    ("CE", "Sablon & ID Card Balaraja", "mikro", "36.03", "", True, [
        ("id_card", "ID Card PVC + Tali Lanyard Printing", "pcs", 15000, 3000, 5),
        ("stempel", "Stempel Flash Otomatis", "pcs", 85000, 200, 3)]),
    # --- pertanian
    ("TA", "Pokdakan Ikan Hias Cibinong", "koperasi", "32.01", "", True, [
        ("ikan_koki", "Ikan Mas Koki Oranda Size 5 cm", "ekor", 15000, 2000, 3),
        ("ikan_cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 35000, 500, 3)]),
    ("TB", "Benih Ikan Mina Lestari Pontang", "mikro", "36.04", "", True, [
        ("benih_lele", "Benih Lele Sangkuriang 5-7 cm", "ekor", 250, 100000, 3),
        ("benih_nila", "Bibit Ikan Nila Merah 3-5 cm", "ekor", 300, 80000, 3)]),
    ("TC", "Nursery Pondok Jaya", "mikro", "36.74", "", True, [
        ("monstera", "Tanaman Hias Monstera Adansonii Pot 15", "pot", 45000, 300, 3),
        ("bibit_mangga", "Bibit Mangga Harum Manis Okulasi 60 cm", "batang", 25000, 3000, 5)]),
    ("TD", "KT Tanggamus Makmur", "koperasi", "18.06", "", True, [
        ("bibit_kopi", "Bibit Kopi Robusta Stek 30 cm Polybag", "batang", 3500, 20000, 7),
        ("bibit_durian", "Bibit Durian Musang King Okulasi", "batang", 45000, 1000, 7)]),
    ("TE", "Pakan Ternak Mandiri Sukadana", "kecil", "18.07", "sni", True, [
        ("pakan_ayam", "Pakan Ayam Petelur Konsentrat 50 kg", "karung", 380000, 500, 5),
        ("pupuk_kompos", "Pupuk Organik Kompos Karung 25 kg", "karung", 30000, 2000, 5)]),
    ("TF", "Toga Lestari Rengasdengklok", "mikro", "32.15", "", True, [
        ("bibit_toga", "Paket Bibit Tanaman Obat Keluarga (TOGA) 10 jenis polybag", "paket", 75000, 300, 5)]),
    # --- lainnya
    ("XA", "Alat Kebersihan Cikande", "mikro", "36.04", "", True, [
        ("sapu_ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 1000, 3),
        ("sapu_lidi", "Sapu Lidi Gagang Bambu", "pcs", 15000, 1500, 3),
        ("pel", "Alat Pel Lantai Kain + Gagang", "pcs", 45000, 500, 3)]),
    ("XB", "Keset & Lap Perca Bekasi", "mikro", "32.75", "", True, [
        ("keset", "Keset Kaki Kain Perca Bulat", "pcs", 20000, 2000, 4),
        ("serbet", "Serbet / Lap Dapur Katun (lusin)", "lusin", 60000, 500, 4)]),
    ("XC", "Perlengkapan Masjid Berkah", "kecil", "36.73", "", True, [
        ("sajadah_roll", "Sajadah Masjid Roll Turki 1.2x25m", "roll", 2800000, 20, 14),
        ("sajadah_lipat", "Sajadah Batik Lipat Travel", "pcs", 45000, 1000, 5),
        ("tasbih", "Tasbih Kayu Kokka 33 butir", "pcs", 15000, 2000, 5)]),
    ("XD", "Tekstil Rumah Tangga Majalaya", "kecil", "32.04", "", True, [
        ("sprei", "Sprei Katun Jepang 160x200 + 2 Sarung Bantal", "set", 150000, 400, 7),
        ("handuk", "Handuk Mandi 70x140 Katun Bordir Nama", "pcs", 60000, 1000, 10)]),
    ("XE", "Alat Peraga Pendidikan Kreasi Metro", "mikro", "18.72", "", True, [
        ("torso", "Alat Peraga Torso Tubuh Manusia 45 cm", "pcs", 650000, 20, 14),
        ("globe", "Globe / Bola Dunia 30 cm", "pcs", 175000, 60, 7)]),
    ("XF", "Fiber Kreasi Cikupa", "kecil", "36.03", "", True, [
        ("tong_sampah", "Tempat Sampah Pilah 3 Warna Fiberglass", "set", 1250000, 50, 14)]),
]

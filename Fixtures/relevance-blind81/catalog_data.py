"""Hand-written suppliers and products of relevance-blind81 (fictional).

Each supplier: (key, name, scale, region, certificates, active, category, products).
Each product: (kind, name as the seller writes it, unit, unit price, capacity per month, lead days).
The kind is the labeller's tag; it never reaches the CSVs.
"""

# Jasa-boga is made on the day: capacity_per_month must cover the quantity, and the caterer must be near.
PERISHABLE = {"nasi_kotak", "snack_box", "prasmanan", "nasi_liwet_tampah", "tumpeng"}

SUPPLIERS = [
    # --- makanan
    ("MK01", "Kerupuk Ikan Mina Sari Pontang", "mikro", "36.04", "halal;pirt", True, "makanan", [
        ("kerupuk_ikan", "Kerupuk Ikan Tenggiri Mentah 500 gr", "pcs", 32000, 600, 4),
        ("otak_otak", "Otak-otak Bandeng Frozen isi 20", "pack", 45000, 300, 3),
    ]),
    ("MK02", "Pusat Oleh-oleh Sambal Ibu Ratna", "kecil", "36.73", "halal;pirt", True, "makanan", [
        ("sambal_botol", "Sambal Terasi Rawit Botol 150 ml", "pcs", 28000, 1500, 5),
        ("sambal_botol", "SAMBEL BAWANG GARING Toples 200gr Pedas Mantap", "pcs", 30000, 800, 5),
    ]),
    ("MK03", "Keripik Pisang Ny. Siti Way Halim", "mikro", "18.71", "halal;pirt", True, "makanan", [
        ("keripik_pisang_coklat", "Keripik Pisang Cokelat Lumer 250 gr", "pcs", 25000, 2000, 5),
        ("keripik_pisang", "Kripik Pisang Manis Original 1 kg", "kg", 70000, 400, 5),
    ]),
    ("MK04", "KWT Melati Pringsewu", "koperasi", "18.10", "pirt", True, "makanan", [
        ("kemplang", "Kemplang Panggang Ikan Tenggiri 250 gr", "pcs", 22000, 1200, 5),
        ("rengginang", "Rengginang Ketan Terasi Mentah 500 gr", "pcs", 20000, 600, 5),
    ]),
    ("MK05", "Sentra Gipang Cilegon Bu Haji Enah", "mikro", "36.72", "pirt:P-IRT 2063672010123-23", True, "makanan", [
        ("gipang", "Gipang Beras Ketan Khas Cilegon 250 gr", "pcs", 18000, 1000, 4),
    ]),
    ("MK06", "Toko Kue Kering Cahaya Cibinong", "kecil", "32.01", "halal;pirt", True, "makanan", [
        ("kue_kering", "Nastar Nanas Premium Toples 500 gr", "pcs", 85000, 800, 7),
        ("kue_kering", "Kue Putri Salju Toples 500 gr", "pcs", 80000, 800, 7),
    ]),
    ("MK07", "PT Snack Nusantara Balaraja", "besar", "36.03", "halal;iso-9001", True, "makanan", [
        ("keripik_singkong", "Keripik Singkong Balado 1 kg Kemasan Ekonomis", "kg", 38000, 20000, 3),
    ]),
    ("MK08", "UMKM Keripik Singkong Neng Ela Rangkasbitung", "mikro", "36.02", "pirt", True, "makanan", [
        ("keripik_singkong", "Kripik Singkong Pedas Manis 500 gr", "pcs", 22000, 900, 4),
    ]),
    # --- minuman
    ("MN01", "KT Sumber Rejeki Kopi Robusta Tanggamus", "koperasi", "18.06", "halal;pirt", True, "minuman", [
        ("kopi_robusta_bubuk", "Kopi Bubuk Robusta Tanggamus 250 gr", "pcs", 35000, 1500, 5),
        ("kopi_robusta_biji", "Roasted Bean Robusta Lampung Medium Roast 1 kg", "kg", 140000, 300, 5),
    ]),
    ("MN02", "Rumah Kopi Luwak Liwa", "mikro", "18.04", "pirt", True, "minuman", [
        ("kopi_luwak", "Kopi Luwak Liar Bubuk 100 gr", "pcs", 180000, 100, 7),
    ]),
    ("MN03", "Minuman Jahe Merah Mak Iyah", "mikro", "36.02", "halal;pirt", True, "minuman", [
        ("jahe_instan", "Jahe Merah Instan Serbuk 250 gr", "pcs", 25000, 1000, 4),
        ("sirup_aren", "Sirup Gula Aren Asli 500 ml", "botol", 35000, 400, 4),
    ]),
    ("MN04", "CV Tirta Cibinong Segar", "kecil", "32.01", "halal;bpom;sni", True, "minuman", [
        ("amdk_gelas", "Air Mineral Gelas 220 ml (1 dus isi 48)", "dus", 22000, 5000, 2),
        ("amdk_botol", "Air Mineral Botol 600 ml isi 24", "dus", 45000, 3000, 2),
    ]),
    ("MN05", "Kakao Lestari Pesawaran", "mikro", "18.09", "halal;pirt", True, "minuman", [
        ("kakao_bubuk", "Bubuk Kakao Murni Tanpa Gula 200 gr", "pcs", 45000, 500, 5),
    ]),
    # --- jasa-boga
    ("JB01", "Catering Dapur Bu Eni", "mikro", "36.73", "halal", True, "jasa-boga", [
        ("nasi_kotak", "Nasi Box Ayam Bakar + Lalapan + Sambal", "porsi", 30000, 1500, 1),
        ("snack_box", "Snack Box isi 3 Kue + Air Mineral", "box", 15000, 2000, 1),
    ]),
    ("JB02", "RM & Catering Sari Rasa Cilegon", "kecil", "36.72", "halal", True, "jasa-boga", [
        ("nasi_kotak", "Paket Nasi Kotak Rendang Sapi", "porsi", 35000, 3000, 2),
        ("prasmanan", "Prasmanan Menu Standar (per pax)", "pax", 55000, 2000, 3),
    ]),
    ("JB03", "Katering Ibu Yuli Labuan", "mikro", "36.01", "", True, "jasa-boga", [
        ("nasi_liwet_tampah", "Nasi Liwet Bakakak Ayam Tampah (isi 5 orang)", "tampah", 250000, 100, 2),
        ("snack_box", "Kue Basah Kotak isi 4", "box", 12000, 800, 1),
    ]),
    ("JB04", "Catering Mbak Sri Metro", "mikro", "18.72", "halal", True, "jasa-boga", [
        ("nasi_kotak", "Nasi Kotak Ayam Goreng Lengkap", "porsi", 27000, 600, 1),
        ("tumpeng", "Nasi Tumpeng Mini Syukuran", "pcs", 45000, 150, 2),
    ]),
    ("JB05", "Dapur Sehat Karawang", "kecil", "32.15", "halal", True, "jasa-boga", [
        ("nasi_kotak", "NASI BOX PREMIUM Menu Ikan Gurame", "porsi", 40000, 2500, 2),
        ("snack_box", "Kue Kotak / Snack Box Rapat isi 3", "box", 16000, 3000, 1),
    ]),
    ("JB06", "Boga Rasa Kalianda", "mikro", "18.01", "", True, "jasa-boga", [
        ("prasmanan", "Prasmanan Pesta & Rapat per Orang", "pax", 50000, 500, 3),
    ]),
    # --- fesyen
    ("FS01", "Tapis Sinar Siger", "kecil", "18.71", "", True, "fesyen", [
        ("kain_tapis", "Kain Tapis Lampung Motif Pucuk Rebung Benang Emas", "lembar", 1250000, 40, 21),
        ("selendang_tapis", "Selendang Tapis Songket Kecil", "pcs", 250000, 200, 10),
    ]),
    ("FS02", "Batik Krakatoa Cilegon", "mikro", "36.72", "batikmark", True, "fesyen", [
        ("batik_cap", "Kain Batik Cap Motif Krakatau 2 m", "lembar", 175000, 400, 7),
        ("batik_tulis", "Batik Tulis Motif Debus Bahan Sutra", "lembar", 850000, 30, 30),
    ]),
    ("FS03", "Konveksi Seragam Abadi Cipondoh", "kecil", "36.71", "iso-9001", True, "fesyen", [
        ("kemeja_pdh", "Seragam PDH Kemeja Drill Lengan Panjang + Bordir Logo", "pcs", 175000, 1500, 14),
        ("kaos_polo", "Kaos Polo Shirt Lacoste PE Bordir Logo Instansi", "pcs", 85000, 2000, 10),
        ("rompi", "Rompi Kerja Drill Reflektor", "pcs", 95000, 800, 10),
    ]),
    ("FS04", "Sablon & Konveksi Karawang Jaya", "mikro", "32.15", "", True, "fesyen", [
        ("kaos_oblong", "Kaos Oblong Cotton Combed 30s Sablon Custom", "pcs", 55000, 3000, 10),
        ("topi", "Topi Baseball Bordir Logo", "pcs", 35000, 2000, 7),
    ]),
    ("FS05", "Griya Batik Baduy Lebak", "mikro", "36.02", "batikmark", True, "fesyen", [
        ("batik_cap", "Batik Cap Motif Baduy Katun Primisima", "lembar", 150000, 300, 7),
        ("kemeja_batik", "Kemeja Batik Pria Lengan Pendek Motif Seba Baduy", "pcs", 195000, 300, 10),
    ]),
    ("FS06", "Sentra Sepatu Ciomas Bogor", "kecil", "32.01", "sni", True, "fesyen", [
        ("sepatu_pantofel", "Sepatu Pantofel Kulit Pria Dinas Hitam", "pasang", 275000, 500, 14),
        ("sandal_hotel", "Sandal Hotel Spon Putih Bordir", "pasang", 6000, 10000, 7),
    ]),
    ("FS07", "PT Garmen Cikarang Raya", "besar", "32.16", "iso-9001", True, "fesyen", [
        ("kaos_polo", "POLO SHIRT Pique Grosir Seragam Kantor", "pcs", 60000, 20000, 7),
        ("kaos_oblong", "Kaos Oblong Polos Cotton 30s Grosir", "pcs", 32000, 30000, 5),
    ]),
    ("FS08", "Tapis Way Kanan Indah", "mikro", "18.08", "", False, "fesyen", [
        ("kain_tapis", "Kain Tapis Lampung Benang Emas Motif Kapal", "lembar", 950000, 30, 21),
    ]),
    # --- kerajinan
    ("KR01", "Anyaman Pandan Cibeber", "mikro", "36.02", "", True, "kerajinan", [
        ("tikar_pandan", "Tikar Pandan Anyam 150x200", "lembar", 85000, 200, 7),
        ("tas_pandan", "Tas Anyaman Pandan Motif Lebak", "pcs", 65000, 300, 10),
        ("kotak_pandan", "Kotak Hantaran Anyaman Pandan", "pcs", 45000, 300, 10),
    ]),
    ("KR02", "Gerabah Bumijaya Ciruas", "mikro", "36.04", "", True, "kerajinan", [
        ("vas_gerabah", "Vas Bunga Gerabah Tanah Liat Ukir 40 cm", "pcs", 75000, 200, 10),
        ("celengan_gerabah", "Celengan Gerabah Bentuk Ayam", "pcs", 15000, 1000, 7),
        ("pot_gerabah", "Pot Tanah Liat Diameter 25 cm", "pcs", 12000, 2000, 5),
    ]),
    ("KR03", "Bambu Kreatif Pringsewu", "mikro", "18.10", "", True, "kerajinan", [
        ("besek", "Besek Bambu Tutup 20x20", "pcs", 5000, 5000, 7),
        ("parsel_bambu", "Keranjang Parsel Anyaman Bambu", "pcs", 35000, 500, 7),
    ]),
    ("KR04", "Tangerang Akrilik Souvenir", "kecil", "36.71", "", True, "kerajinan", [
        ("plakat_akrilik", "Plakat Akrilik Custom Logo + Box Beludru", "pcs", 185000, 300, 7),
        ("gantungan_akrilik", "Gantungan Kunci Akrilik Custom 2 Sisi", "pcs", 5000, 5000, 7),
    ]),
    ("KR05", "Ukiran Siger Tanjungkarang", "mikro", "18.71", "svlk", True, "kerajinan", [
        ("siger_miniatur", "Miniatur Siger Kuningan Pajangan 30 cm", "pcs", 350000, 60, 14),
        ("plakat_kayu", "Plakat Kayu Ukir Siger", "pcs", 275000, 80, 14),
    ]),
    # --- perhiasan
    ("PH01", "Kalimaya Banten Gems", "mikro", "36.02", "", True, "perhiasan", [
        ("cincin_kalimaya", "Cincin Perak Batu Kalimaya Asli Lebak", "pcs", 450000, 60, 10),
        ("liontin_kalimaya", "Liontin Kalimaya Ikat Perak", "pcs", 300000, 80, 10),
    ]),
    ("PH02", "Mutiara Teluk Pesawaran", "kecil", "18.09", "", True, "perhiasan", [
        ("kalung_mutiara", "Kalung Mutiara Air Laut Asli Lampung", "pcs", 750000, 50, 10),
        ("anting_mutiara", "Anting Mutiara Tusuk Lapis Perak", "pcs", 175000, 200, 7),
    ]),
    ("PH03", "Aksesoris Manik Cikupa", "mikro", "36.03", "", True, "perhiasan", [
        ("gelang_manik", "Gelang Manik-manik Etnik", "pcs", 15000, 2000, 5),
        ("bros_hijab", "Bros Hijab Mutiara Imitasi", "pcs", 8000, 3000, 5),
    ]),
    # --- furnitur
    ("FR01", "Mebel Rotan Tegalwangi", "kecil", "32.09", "svlk", True, "furnitur", [
        ("kursi_rotan", "Kursi Teras Rotan Sintetis Set (2 Kursi + 1 Meja)", "set", 1800000, 40, 21),
        ("sofa_rotan", "Sofa Rotan Asli 3-2-1", "set", 6500000, 10, 30),
    ]),
    ("FR02", "Mebel Jati Karya Pasar Kemis", "kecil", "36.03", "svlk", True, "furnitur", [
        ("meja_kerja", "Meja Kerja Kayu Jati 120x60 + Laci", "unit", 1650000, 50, 21),
        ("lemari_arsip", "Lemari Arsip Kayu 2 Pintu Kaca", "unit", 2400000, 30, 21),
    ]),
    ("FR03", "CV Mebel Sekolah Cerdas Pringsewu", "kecil", "18.10", "svlk", True, "furnitur", [
        ("meja_kursi_siswa", "Meja + Kursi Siswa SD (1 Set) Kayu Mahoni", "set", 650000, 300, 21),
        ("papan_tulis", "Papan Tulis Whiteboard 120x240 Rangka Aluminium", "unit", 850000, 100, 10),
    ]),
    ("FR04", "Las Besi Mandiri Metro", "mikro", "18.72", "", True, "furnitur", [
        ("rak_besi", "Rak Besi Siku Lubang 5 Susun", "unit", 450000, 100, 7),
    ]),
    ("FR05", "PT Interior Kantor Nusantara", "besar", "36.74", "iso-9001", True, "furnitur", [
        ("kursi_kantor", "Kursi Kantor Putar Hidrolik Sandaran Jaring", "unit", 550000, 2000, 5),
    ]),
    ("FR06", "Furniture Kantor Serang Mandiri", "mikro", "36.73", "", True, "furnitur", [
        ("kursi_kantor", "Kursi Kerja Staff Jaring (Mesh) Beroda", "unit", 750000, 100, 10),
        ("meja_rapat", "Meja Rapat Oval 8 Orang", "unit", 4500000, 10, 21),
    ]),
    # --- herbal
    ("HB01", "Madu & Herbal Kanekes", "mikro", "36.02", "pirt", True, "herbal", [
        ("madu_hutan", "Madu Hutan Baduy Asli 500 gr", "botol", 95000, 300, 5),
    ]),
    ("HB02", "Jamu Tradisional Mbok Darmi", "mikro", "18.72", "pirt", True, "herbal", [
        ("jamu_kunyit_asam", "Jamu Kunyit Asam Botol 250 ml", "botol", 8000, 1500, 1),
        ("beras_kencur", "Beras Kencur Botol 250 ml", "botol", 8000, 1500, 1),
    ]),
    ("HB03", "CV Herbal Nusantara Ciawi", "kecil", "32.01", "bpom;halal", True, "herbal", [
        ("kapsul_temulawak", "Kapsul Ekstrak Temulawak isi 60", "botol", 55000, 2000, 5),
        ("kapsul_jahe_merah", "Kapsul Jahe Merah isi 60", "botol", 55000, 2000, 5),
    ]),
    ("HB04", "Apiari Klanceng Lampung Barat", "mikro", "18.04", "", True, "herbal", [
        ("madu_trigona", "Madu Klanceng (Trigona) 250 ml", "botol", 120000, 150, 5),
    ]),
    ("HB05", "Kelor Sehat Kramatwatu", "mikro", "36.04", "pirt", True, "herbal", [
        ("teh_kelor", "Teh Herbal Daun Kelor Celup isi 25", "box", 30000, 800, 5),
    ]),
    # --- kosmetik
    ("KS01", "Saung Sabun Herbal Bogor", "mikro", "32.01", "bpom", True, "kosmetik", [
        ("sabun_susu_kambing", "Sabun Susu Kambing Etawa Handmade 100 gr", "pcs", 15000, 2000, 5),
        ("sabun_cair_tangan", "Sabun Cuci Tangan Cair (Hand Soap) 500 ml", "pcs", 22000, 1500, 5),
    ]),
    ("KS02", "Tangsel Candle Co", "mikro", "36.74", "", True, "kosmetik", [
        ("lilin_aromaterapi", "Lilin Aromaterapi Soy Wax Jar 100 gr", "pcs", 45000, 500, 7),
        ("reed_diffuser", "Reed Diffuser Pengharum Ruangan 100 ml", "pcs", 65000, 400, 7),
    ]),
    ("KS03", "Koperasi Kelapa Carita", "koperasi", "36.01", "bpom;halal", True, "kosmetik", [
        ("vco", "Minyak Kelapa Murni 250 ml", "botol", 40000, 800, 5),
    ]),
    ("KS04", "Lulur Dewi Sri Rengasdengklok", "mikro", "32.15", "bpom", True, "kosmetik", [
        ("lulur", "Lulur Tradisional Beras Kopi 200 gr", "pcs", 25000, 800, 5),
        ("masker_bengkoang", "Masker Wajah Bengkoang Bubuk 100 gr", "pcs", 20000, 800, 5),
    ]),
    ("KS05", "PT Kosmetika Cikarang", "besar", "32.16", "bpom;iso-9001", True, "kosmetik", [
        ("sabun_cair_tangan", "Hand Wash Sabun Cuci Tangan Refill 500 ml", "pcs", 15000, 50000, 3),
    ]),
    # --- logam
    ("LG01", "Pandai Besi Golok Ciomas Sadulur", "mikro", "36.04", "", True, "logam", [
        ("golok_ciomas", "Golok Ciomas Sorenan Gagang Kayu", "pcs", 350000, 60, 14),
        ("arit", "Arit / Sabit Rumput Baja Per", "pcs", 65000, 300, 7),
    ]),
    ("LG02", "Pande Besi Sukadana", "mikro", "18.07", "sni", True, "logam", [
        ("cangkul", "Cangkul Baja Tempa Gagang Kayu", "pcs", 95000, 500, 7),
        ("parang", "Parang Kebun Tempa 14 inch", "pcs", 85000, 300, 7),
    ]),
    ("LG03", "Bengkel Las & Teralis Jaya Curug", "mikro", "36.03", "", True, "logam", [
        ("teralis", "Teralis Jendela Besi Hollow Motif Minimalis per m2", "m2", 450000, 200, 10),
        ("pagar_hollow", "Pagar Besi Hollow Minimalis per meter", "m", 650000, 100, 14),
    ]),
    ("LG04", "Kuningan & Grafir Karawang", "kecil", "32.15", "", True, "logam", [
        ("papan_nama_kuningan", "Papan Nama Meja Kuningan Grafir", "pcs", 150000, 300, 7),
        ("tong_sampah_drum", "Tong Sampah Besi Drum 120 L", "unit", 350000, 100, 7),
    ]),
    # --- percetakan
    ("PC01", "Percetakan Mitra Grafika Ciceri", "kecil", "36.73", "", True, "percetakan", [
        ("spanduk", "Cetak Spanduk / Banner Flexi 280 gr per m2", "m2", 25000, 3000, 2),
        ("map_snelhecter", "Map Snelhecter Cetak Logo Dinas", "pcs", 3500, 10000, 5),
    ]),
    ("PC02", "CV ATK Sinar Lampung", "kecil", "18.71", "", True, "percetakan", [
        ("kertas_hvs_a4", "Kertas HVS A4 70 gram 1 Rim", "rim", 55000, 2000, 3),
        ("pulpen", "Pulpen Gel Hitam 0.5 (1 Lusin)", "lusin", 36000, 1000, 3),
    ]),
    ("PC03", "Digital Printing Metro Kreasi", "mikro", "18.72", "", True, "percetakan", [
        ("stiker", "Stiker Vinyl Cutting Logo", "lembar", 15000, 2000, 5),
        ("kalender", "Kalender Dinding 6 Lembar Custom", "pcs", 25000, 3000, 10),
    ]),
    ("PC04", "Karawang Press", "kecil", "32.15", "", True, "percetakan", [
        ("cetak_buku", "Cetak Buku Laporan A4 100 hal Full Color", "eks", 75000, 1000, 14),
        ("brosur", "Brosur / Leaflet A4 Lipat 3 Art Paper 150", "lembar", 1200, 20000, 5),
    ]),
    ("PC05", "Kemasan Karton Batuceper", "mikro", "36.71", "", True, "percetakan", [
        ("dus_nasi", "Dus Nasi Kotak 20x20 Cetak Logo", "pcs", 1500, 20000, 7),
        ("paper_bag", "Paper Bag Kraft Sablon Logo 25x30", "pcs", 4500, 5000, 7),
    ]),
    ("PC06", "Stempel & ID Card Tambun", "mikro", "32.16", "", True, "percetakan", [
        ("stempel", "Stempel Flash Otomatis Custom", "pcs", 95000, 300, 3),
        ("id_card", "ID Card PVC + Lanyard Printing", "pcs", 15000, 2000, 5),
    ]),
    # --- pertanian
    ("PT01", "Pembenihan Lele Mina Makmur Gedong Tataan", "mikro", "18.09", "", True, "pertanian", [
        ("benih_lele", "Bibit Lele Sangkuriang 5-7 cm", "ekor", 250, 200000, 3),
        ("benih_nila", "Benih Ikan Nila Merah 3-5 cm", "ekor", 300, 100000, 3),
    ]),
    ("PT02", "Koi & Cupang Farm Sepatan", "mikro", "36.03", "", True, "pertanian", [
        ("ikan_koi", "Ikan Koi Lokal Blitar 10-12 cm", "ekor", 25000, 500, 3),
        ("ikan_cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 35000, 300, 3),
    ]),
    ("PT03", "Bogor Flora Nursery", "kecil", "32.01", "", True, "pertanian", [
        ("bibit_durian", "Bibit Durian Musang King Okulasi 80 cm", "batang", 85000, 1000, 7),
        ("sansevieria", "Tanaman Hias Lidah Mertua + Pot", "pot", 35000, 2000, 5),
        ("bibit_alpukat", "Bibit Alpukat Miki Sambung Pucuk", "batang", 45000, 1500, 7),
    ]),
    ("PT04", "Koperasi Pakan Mandiri Lampung Tengah", "koperasi", "18.02", "sni", True, "pertanian", [
        ("pakan_ayam", "Pakan Ayam Kampung Super (Pelet) 50 kg", "sak", 380000, 500, 5),
        ("pelet_ikan", "Pelet Apung Ikan 781-2 Karung 30 kg", "sak", 320000, 400, 5),
    ]),
    ("PT05", "Penangkar Benih Kopi Ulubelu", "mikro", "18.06", "", True, "pertanian", [
        ("bibit_kopi", "Bibit Kopi Robusta Sambung Polybag", "batang", 3500, 20000, 7),
    ]),
    ("PT06", "Kompos Organik Tirtayasa", "mikro", "36.04", "", True, "pertanian", [
        ("pupuk_kompos", "Pupuk Kompos Organik Karung 25 kg", "karung", 20000, 3000, 5),
        ("poc", "POC Pupuk Organik Cair 1 L", "botol", 25000, 1000, 5),
    ]),
    # --- lainnya
    ("LN01", "Sapu Ijuk Menes Berkah", "mikro", "36.01", "", True, "lainnya", [
        ("sapu_ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 1000, 5),
        ("sapu_lidi", "Sapu Lidi Aren Bergagang", "pcs", 15000, 1500, 5),
        ("kemoceng", "Kemoceng Bulu Ayam Asli 60 cm", "pcs", 20000, 500, 5),
    ]),
    ("LN02", "Keset Sabut Kelapa Katibung", "mikro", "18.01", "", True, "lainnya", [
        ("keset_sabut", "Keset Sabut Kelapa 40x60", "pcs", 35000, 800, 5),
    ]),
    ("LN03", "CV Bersih Jaya Karawang", "kecil", "32.15", "", True, "lainnya", [
        ("karbol", "Karbol Wangi Pembersih Lantai 5 Liter (Jerigen)", "jerigen", 55000, 1000, 3),
        ("mop", "Alat Pel Lantai Kain Katun + Gagang", "pcs", 45000, 500, 5),
    ]),
    ("LN04", "Koperasi UMKM Madani Serang", "koperasi", "36.73", "", True, "lainnya", [
        ("paket_sembako", "Paket Sembako (Beras 5 kg, Minyak 2 L, Gula 1 kg, Mie 5)", "paket", 150000, 3000, 5),
    ]),
    ("LN05", "Bendera & Umbul-umbul Metro", "mikro", "18.72", "", True, "lainnya", [
        ("bendera", "Bendera Merah Putih Katun 90x135", "pcs", 35000, 2000, 5),
        ("umbul_umbul", "Umbul-umbul Kain Satin 5 m", "pcs", 85000, 500, 7),
    ]),
    ("LN06", "Sapu & Keset Cilegon Jaya", "mikro", "36.72", "", False, "lainnya", [
        ("sapu_ijuk", "Sapu Ijuk Super Gagang Besi", "pcs", 18000, 2000, 3),
    ]),
]

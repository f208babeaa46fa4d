"""Hand-written suppliers and products of relevance-blind84 (fictional). Kinds are the labeller's tags; they
never reach the CSVs. Tuple: (key, name, scale, region, category, certificates, active, products);
product: (kind, name as the supplier writes it, unit, unit price, capacity per month, lead days)."""

# Perishable kinds: made for the day, so one month's capacity must cover the quantity and only a
# producer in the need's province is acceptable.
PERISHABLE = {
    "nasi_kotak", "nasi_liwet", "snack_box", "kue_kotak", "prasmanan", "rabeg", "tumpeng_mini", "tumpeng_besar",
    "seruit", "coffee_break", "nasi_uduk", "nasi_geprek", "nasi_timbel", "jamu_kunyit_asam", "beras_kencur",
    "telur_ayam", "roti_manis",
}

SUPPLIERS = [
    # ---------------- jasa-boga
    ("JB01", "Dapur Teh Iis Catering", "mikro", "36.04", "jasa-boga", "halal;pirt", True, [
        ("nasi_kotak", "Nasi Kotak Ayam Bakar + Lalapan Sambal", "porsi", 28000, 1500, 2),
        ("nasi_liwet", "Nasi Liwet Sunda Komplit (ayam goreng, tahu, tempe, asin peda)", "porsi", 32000, 800, 2),
        ("snack_box", "Snack Box Isi 3 Kue Basah + Air Mineral", "box", 12000, 3000, 1)]),
    ("JB02", "RM Bu Ratna Catering & Prasmanan", "kecil", "36.73", "jasa-boga", "halal", True, [
        ("prasmanan", "Paket Prasmanan Menu Nusantara min. 100 orang", "porsi", 55000, 2000, 3),
        ("nasi_kotak", "Nasi Box Rendang Daging Sapi", "porsi", 38000, 1200, 2),
        ("rabeg", "Rabeg Kambing Khas Banten (per porsi)", "porsi", 45000, 400, 3)]),
    ("JB03", "Tumpeng Mbak Sri", "mikro", "36.71", "jasa-boga", "pirt", True, [
        ("tumpeng_mini", "Nasi Tumpeng Kuning Mini (1 orang)", "pcs", 25000, 600, 2),
        ("tumpeng_besar", "Tumpeng Nasi Kuning Besar untuk 20-25 Orang", "paket", 750000, 30, 3),
        ("kue_kotak", "Kue Kotak Jajan Pasar isi 4", "box", 13500, 2000, 1)]),
    ("JB04", "Katering Seruit Bu Rosmala", "mikro", "18.10", "jasa-boga", "halal", True, [
        ("seruit", "Paket Nasi Seruit Ikan Bakar Khas Lampung", "porsi", 35000, 500, 2),
        ("nasi_kotak", "Nasi Kotak Ayam Goreng Lengkap", "porsi", 27000, 900, 2)]),
    ("JB05", "Katering Berkah Metro", "kecil", "18.72", "jasa-boga", "halal", True, [
        ("prasmanan", "Prasmanan / Buffet Menu Ayam Bakar & Gurame Asam Manis", "porsi", 60000, 1500, 3),
        ("snack_box", "Snack Box Rapat (Lemper, Risol, Kue Lapis, Air Gelas)", "box", 14000, 2500, 1),
        ("coffee_break", "Paket Coffee Break (Kopi/Teh + 2 Kue)", "pax", 18000, 1500, 1)]),
    ("JB06", "Nasi Uduk Betawi Bang Ocid", "mikro", "32.16", "jasa-boga", "halal", True, [
        ("nasi_uduk", "Nasi Uduk Betawi Box (semur jengkol, telor balado, bihun)", "box", 24000, 1200, 1),
        ("nasi_geprek", "Nasi Box Ayam Geprek Sambel Bawang", "box", 22000, 1500, 1)]),
    ("JB07", "Katering Karawang Sejahtera", "kecil", "32.15", "jasa-boga", "halal", True, [
        ("nasi_kotak", "Nasi Kotak Paket Rapat Ayam Bakar Madu", "porsi", 30000, 2500, 2),
        ("nasi_timbel", "Nasi Timbel Komplit Bungkus Daun Pisang", "porsi", 33000, 700, 2)]),
    ("JB08", "Dapur Lebak Barokah", "mikro", "36.02", "jasa-boga", "", True, [
        ("nasi_kotak", "Nasi Kotak Sederhana Lauk Ayam/Telur", "porsi", 20000, 600, 2),
        ("snack_box", "Snack Box 2 Kue + Air Mineral Gelas", "box", 9000, 1500, 1)]),
    ("JB09", "Catering Carita Indah", "mikro", "36.01", "jasa-boga", "halal", False, [
        ("nasi_kotak", "Nasi Kotak Ikan Bakar Carita", "porsi", 26000, 1000, 2)]),
    ("JB10", "PT Boga Nusantara Prima", "besar", "36.74", "jasa-boga", "halal;iso-9001", True, [
        ("nasi_kotak", "Nasi Box Premium Ayam Bakar / Rendang / Gudeg", "porsi", 25000, 20000, 2),
        ("snack_box", "Snack Box Premium 3 Item", "box", 10000, 20000, 1)]),
    # ---------------- makanan
    ("MK01", "Emping Melinjo Bu Haji Ucu", "mikro", "36.01", "makanan", "pirt;halal", True, [
        ("emping", "Emping Melinjo Menes Super 1 kg", "kg", 85000, 400, 3),
        ("emping_manis", "Emping Melinjo Pedas Manis 250 gr", "pack", 25000, 600, 3)]),
    ("MK02", "Olahan Ikan Karangantu", "kecil", "36.73", "makanan", "pirt", True, [
        ("kerupuk_ikan", "Kerupuk Ikan Tenggiri Mentah 500 gr", "pack", 35000, 600, 3),
        ("otak_otak", "Otak-otak Bandeng Frozen isi 10", "pack", 40000, 300, 2),
        ("sate_bandeng", "Sate Bandeng Khas Banten", "pcs", 55000, 400, 2)]),
    ("MK03", "Keripik Pisang Kepok Tanggamus", "mikro", "18.06", "makanan", "pirt;halal", True, [
        ("keripik_pisang_coklat", "Keripik Pisang Coklat Lampung 250 gr", "pack", 22000, 1500, 3),
        ("keripik_pisang_asin", "Keripik Pisang Kepok Asin Gurih 500gr", "pack", 30000, 1000, 3),
        ("lempok_durian", "Lempok Durian Khas Lampung 200 gr", "pcs", 45000, 300, 5)]),
    ("MK04", "Sambal Nyai Tangerang", "mikro", "36.71", "makanan", "pirt;halal", True, [
        ("sambal_bawang", "Sambal Bawang Botol 150 ml", "botol", 22000, 1000, 3),
        ("sambal_cumi", "Sambal Cumi Asin Pedas 200 gr", "botol", 38000, 400, 3),
        ("bumbu_pecel", "Bumbu Pecel / Sambal Kacang 500 gr", "pack", 28000, 500, 3)]),
    ("MK05", "Kue Kering Dapur Aisyah", "kecil", "36.03", "makanan", "pirt;halal", True, [
        ("nastar", "Nastar Nanas Premium Toples 500 gr", "toples", 95000, 800, 5),
        ("kastengel", "Kastengel Keju Edam Toples 500 gr", "toples", 110000, 500, 5),
        ("parcel_kue", "Parcel Lebaran Kue Kering isi 4 Toples + Keranjang", "paket", 350000, 200, 7)]),
    ("MK06", "UMKM Kemplang Maju", "mikro", "18.71", "makanan", "pirt-expired", True, [
        ("kemplang", "Kerupuk Kemplang Ikan Panggang 250 gr", "pack", 25000, 800, 3),
        ("keripik_singkong", "Keripik Singkong Balado 200 gr", "pack", 15000, 2000, 3)]),
    ("MK07", "Dodol Betawi Mpok Nori", "mikro", "32.16", "makanan", "halal", True, [
        ("dodol", "Dodol Betawi Ketan Hitam 1 kg", "kg", 70000, 300, 5),
        ("kembang_goyang", "Kembang Goyang Renyah 250 gr", "pack", 20000, 700, 3)]),
    ("MK08", "Roti & Bolu Puncak", "kecil", "32.01", "makanan", "pirt;halal", True, [
        ("roti_manis", "Roti Manis Aneka Rasa (coklat, keju, srikaya)", "pcs", 5000, 5000, 1),
        ("bolu_talas", "Bolu Talas Bogor Original", "box", 45000, 1000, 2)]),
    ("MK09", "PT Snack Indo Raya", "besar", "36.04", "makanan", "halal;bpom", True, [
        ("keripik_singkong", "Keripik Singkong Balado 1 kg Kemasan Ekonomis", "pack", 40000, 10000, 3),
        ("keripik_tempe", "Keripik Tempe Sagu 250 gr", "pack", 12000, 10000, 3)]),
    # ---------------- minuman
    ("MN01", "Koperasi Tani Kopi Sejahtera Tanggamus", "koperasi", "18.06", "minuman", "halal", True, [
        ("kopi_robusta_lampung", "Kopi Bubuk Robusta Lampung 250 gr", "pack", 35000, 2000, 3),
        ("kopi_biji_robusta", "Kopi Biji Robusta Sangrai 1 kg", "kg", 120000, 500, 3)]),
    ("MN02", "Kopi Baduy Leuwidamar", "mikro", "36.02", "minuman", "", True, [
        ("kopi_baduy", "Kopi Bubuk Baduy Robusta 200 gr", "pack", 30000, 400, 3)]),
    ("MN03", "Sirup & Minuman Nyi Ageng", "mikro", "36.04", "minuman", "pirt;halal", True, [
        ("sirup_pala", "Sirup Pala Khas Banten 600 ml", "botol", 35000, 500, 3),
        ("jahe_instan", "Wedang Jahe Instan Sachet isi 10", "pack", 18000, 800, 3)]),
    ("MN04", "AMDK Tirta Lebak", "kecil", "36.02", "minuman", "sni;bpom", True, [
        ("amdk_gelas", "Air Mineral Gelas 220 ml (1 dus isi 48)", "dus", 22000, 5000, 2),
        ("amdk_botol", "Air Mineral Botol 600 ml isi 24", "dus", 45000, 3000, 2)]),
    ("MN05", "Teh Rosella Pringsewu", "mikro", "18.10", "minuman", "pirt", True, [
        ("teh_rosella", "Teh Bunga Rosella Kering 100 gr", "pack", 25000, 400, 3),
        ("cokelat_bubuk", "Cokelat Bubuk Murni Lampung 250 gr", "pack", 40000, 300, 3)]),
    ("MN06", "Kopi Arabika Puncak", "kecil", "32.01", "minuman", "halal", True, [
        ("kopi_arabika", "Kopi Arabika Java Preanger Bubuk 200 gr", "pack", 65000, 600, 3),
        ("kopi_drip", "Drip Bag Coffee Arabika isi 10", "box", 55000, 400, 3)]),
    ("MN07", "Bandrek Bajigur Karawang", "mikro", "32.15", "minuman", "pirt", True, [
        ("bandrek", "Bandrek Instan Gula Aren isi 10 sachet", "pack", 15000, 1000, 3),
        ("bajigur", "Bajigur Instan isi 10 sachet", "pack", 15000, 1000, 3)]),
    # ---------------- herbal
    ("HB01", "Jamu Gendong Mbok Yem", "mikro", "36.71", "herbal", "", True, [
        ("jamu_kunyit_asam", "Jamu Kunyit Asam Botol 250 ml (fresh)", "botol", 8000, 1500, 1),
        ("beras_kencur", "Beras Kencur Botol 250 ml", "botol", 8000, 1200, 1)]),
    ("HB02", "Herbal Nusantara Pringsewu", "kecil", "18.10", "herbal", "bpom;pirt", True, [
        ("temulawak_instan", "Serbuk Temulawak Instan 200 gr", "pack", 25000, 800, 3),
        ("jahe_merah", "Jahe Merah Bubuk Instan Premium 250 gr", "pack", 30000, 800, 3),
        ("madu_hutan", "Madu Hutan Lampung Asli 500 ml", "botol", 95000, 300, 3)]),
    ("HB03", "Madu Odeng Ujung Kulon", "mikro", "36.01", "herbal", "pirt", True, [
        ("madu_odeng", "Madu Odeng Ujung Kulon 250 gr", "botol", 120000, 150, 3),
        ("madu_randu", "Madu Randu 1 kg", "botol", 150000, 200, 3)]),
    ("HB04", "Apotek Hidup Bogor", "mikro", "32.01", "herbal", "bpom", True, [
        ("minyak_kayu_putih", "Minyak Kayu Putih Asli 60 ml", "botol", 25000, 1000, 3),
        ("kapsul_kelor", "Kapsul Daun Kelor isi 60", "botol", 45000, 500, 3)]),
    # ---------------- kosmetik
    ("KS01", "Sabun Herbal Cilegon", "mikro", "36.72", "kosmetik", "bpom", True, [
        ("sabun_batang", "Sabun Mandi Batang Sereh Wangi 100 gr (handmade)", "pcs", 15000, 1500, 3),
        ("hand_soap", "Sabun Cuci Tangan Cair Refill 5 liter", "jerigen", 85000, 300, 3)]),
    ("KS02", "Lilin Aromaterapi Lentera", "mikro", "36.74", "kosmetik", "", True, [
        ("lilin_aroma", "Lilin Aromaterapi Soy Wax 150 gr Lavender", "pcs", 45000, 400, 5),
        ("diffuser", "Reed Diffuser Aroma Sereh 100 ml", "pcs", 60000, 300, 5)]),
    ("KS03", "Kosmetik Alami Metro", "kecil", "18.72", "kosmetik", "bpom;halal", True, [
        ("lulur", "Lulur Mandi Tradisional Bengkoang 250 gr", "pcs", 30000, 500, 3),
        ("sabun_susu", "Sabun Susu Kambing Etawa Batang 80gr", "pcs", 18000, 800, 3),
        ("hand_sanitizer", "Hand Sanitizer Gel 500 ml", "botol", 35000, 600, 3)]),
    ("KS04", "PT Kosmetika Cahaya", "besar", "36.03", "kosmetik", "bpom;halal", True, [
        ("sabun_batang", "Sabun Mandi Batang Sereh 90 gr", "pcs", 6000, 50000, 3)]),
    # ---------------- fesyen
    ("FS01", "Sanggar Tapis Siger Tanggamus", "mikro", "18.06", "fesyen", "", True, [
        ("tapis_kain", "Kain Tapis Lampung Motif Pucuk Rebung 2 m", "lembar", 850000, 20, 14),
        ("tapis_selendang", "Selendang Tapis Sulam Benang Emas", "pcs", 350000, 40, 10)]),
    ("FS02", "Batik Krakatoa Cilegon", "kecil", "36.72", "fesyen", "batikmark", True, [
        ("batik_cap", "Kain Batik Cap Motif Krakatau 2,25 m", "lembar", 175000, 300, 7),
        ("batik_tulis", "Kain Batik Tulis Motif Debus Halus", "lembar", 650000, 25, 21)]),
    ("FS03", "Konveksi Seragam Mandiri Karawang", "menengah", "32.15", "fesyen", "sni", True, [
        ("pdh", "Seragam PDH Khaki Lengan Panjang (bahan Nagata drill)", "stel", 185000, 1500, 21),
        ("kemeja_batik", "Kemeja Batik Seragam Kantor Lengan Pendek (printing)", "pcs", 120000, 1000, 14),
        ("wearpack", "Wearpack Safety Coverall Katun", "pcs", 210000, 400, 14)]),
    ("FS04", "Sablon Distro Serang", "mikro", "36.73", "fesyen", "", True, [
        ("kaos_sablon", "Kaos Oblong Cotton Combed 30s Sablon Logo", "pcs", 55000, 2000, 10),
        ("polo", "Kaos Polo / Polo Shirt Bordir Logo Instansi", "pcs", 95000, 800, 14),
        ("topi", "Topi Bordir Logo", "pcs", 35000, 1500, 7)]),
    ("FS05", "Sandal Kulit Pringsewu", "mikro", "18.10", "fesyen", "", True, [
        ("sandal_kulit", "Sandal Kulit Sapi Pria Model Selop", "pasang", 120000, 200, 10)]),
    ("FS06", "Tas & Goodie Bag Cikarang", "kecil", "32.16", "fesyen", "", True, [
        ("tote_bag", "Tote Bag Kanvas Sablon Custom 35x40", "pcs", 22000, 3000, 10),
        ("tas_seminar", "Tas Seminar Dinier Resleting + Logo", "pcs", 38000, 2000, 14)]),
    # ---------------- kerajinan
    ("KR01", "Anyaman Pandan Wanasalam", "mikro", "36.02", "kerajinan", "", True, [
        ("tikar_pandan", "Tikar Pandan Lebak 2x3 m", "lembar", 175000, 60, 10),
        ("tas_pandan", "Tas Anyaman Pandan Motif Etnik", "pcs", 65000, 300, 7)]),
    ("KR02", "Gerabah Bumijaya Ciruas", "mikro", "36.04", "kerajinan", "", True, [
        ("gerabah_vas", "Vas Bunga Gerabah Tanah Liat Ukir", "pcs", 55000, 400, 7),
        ("gentong", "Gentong Air Tanah Liat 30 liter", "pcs", 150000, 60, 10),
        ("celengan", "Celengan Gerabah Karakter", "pcs", 15000, 1000, 5)]),
    ("KR03", "Bambu Kreasi Pandeglang", "mikro", "36.01", "kerajinan", "", True, [
        ("besek", "Besek Bambu 20x20 (isi 10)", "pack", 25000, 2000, 5),
        ("tempat_tisu_bambu", "Tempat Tisu Anyaman Bambu", "pcs", 35000, 500, 5)]),
    ("KR04", "Souvenir Siger Metro", "kecil", "18.72", "kerajinan", "", True, [
        ("miniatur_siger", "Miniatur Siger Lampung Kuningan Tinggi 20 cm", "pcs", 175000, 200, 10),
        ("plakat_akrilik", "Plakat Akrilik Custom Grafir Box Beludru", "pcs", 150000, 500, 7),
        ("gantungan_kunci", "Gantungan Kunci Akrilik Custom Logo (min 100)", "pcs", 4500, 5000, 7)]),
    ("KR05", "Ukiran Kayu Jati Cikupa", "mikro", "36.03", "kerajinan", "svlk", True, [
        ("plakat_kayu", "Plakat Kayu Jati Ukir Logo Pemda", "pcs", 250000, 150, 14)]),
    ("KR06", "Wayang Golek Ki Darma Bogor", "mikro", "32.01", "kerajinan", "", True, [
        ("wayang_golek", "Wayang Golek Cepot Ukuran 40 cm", "pcs", 225000, 80, 14)]),
    # ---------------- perhiasan
    ("PH01", "Perak Sekar Kotagede", "kecil", "34.71", "perhiasan", "", True, [
        ("bros_perak", "Bros Perak 925 Motif Bunga Filigree", "pcs", 275000, 100, 14),
        ("cincin_perak", "Cincin Perak 925 Polos Ukir Nama", "pcs", 185000, 150, 10)]),
    ("PH02", "Mutiara Lampung Pesawaran", "mikro", "18.09", "perhiasan", "", True, [
        ("kalung_mutiara", "Kalung Mutiara Air Laut Lampung", "pcs", 450000, 60, 10),
        ("anting_mutiara", "Anting Mutiara Tusuk Silver", "pcs", 150000, 100, 7)]),
    ("PH03", "Aksesoris Manik Kota Serang", "mikro", "36.73", "perhiasan", "", True, [
        ("gelang_manik", "Gelang Manik-manik Etnik Baduy", "pcs", 15000, 1000, 5),
        ("bros_imitasi", "Bros Jilbab Imitasi Lapis Emas", "pcs", 25000, 800, 5),
        ("pin_logo", "Pin Logo Instansi Kuningan Enamel", "pcs", 20000, 3000, 14)]),
    # ---------------- furnitur
    ("FR01", "Mebel Rotan Pasar Kemis", "mikro", "36.03", "furnitur", "", True, [
        ("kursi_rotan", "Kursi Teras Rotan Sintetis Set 2 Kursi + 1 Meja", "set", 1350000, 30, 21)]),
    ("FR02", "Mebel Sekolah Jati Lebak", "kecil", "36.02", "furnitur", "svlk", True, [
        ("meja_kursi_siswa", "Meja + Kursi Siswa SD Kayu (1 set)", "set", 650000, 200, 30),
        ("papan_tulis", "Papan Tulis Whiteboard 120x240 Rangka Aluminium", "pcs", 950000, 60, 14),
        ("lemari_arsip_kayu", "Lemari Arsip Kayu 2 Pintu Kaca", "pcs", 2250000, 20, 21)]),
    ("FR03", "Meubel Metro Jaya", "mikro", "18.72", "furnitur", "", True, [
        ("meja_kerja", "Meja Kerja Kantor 1/2 Biro Kayu Mahoni", "pcs", 1250000, 40, 21),
        ("rak_buku", "Rak Buku Perpustakaan Kayu 5 Susun", "pcs", 1450000, 30, 21)]),
    ("FR04", "Furniture Besi Cikarang", "kecil", "32.16", "furnitur", "sni", True, [
        ("lemari_arsip_besi", "Filing Cabinet Besi 4 Laci", "pcs", 2650000, 50, 14),
        ("rak_besi", "Rak Besi Siku Lubang 5 Susun", "pcs", 650000, 100, 7),
        ("loker", "Loker Besi 12 Pintu", "pcs", 3200000, 30, 14)]),
    # ---------------- logam
    ("LG01", "Pandai Besi Ciomas", "mikro", "36.04", "logam", "", True, [
        ("golok", "Golok Ciomas Sulangkar Sarung Kayu", "pcs", 450000, 50, 14),
        ("arit", "Arit / Sabit Rumput Baja", "pcs", 65000, 300, 7),
        ("cangkul", "Cangkul Baja Tempa + Gagang", "pcs", 95000, 300, 7)]),
    ("LG02", "Las & Teralis Mandiri", "mikro", "36.71", "logam", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow per m2", "m2", 450000, 100, 14),
        ("pagar", "Pagar Besi Minimalis per meter", "m", 650000, 80, 14),
        ("tong_sampah", "Tong Sampah Besi Pilah 3", "unit", 1850000, 20, 14)]),
    ("LG03", "Pandai Besi Sukadana", "mikro", "18.07", "logam", "", True, [
        ("parang", "Parang Kebun Baja Per", "pcs", 85000, 200, 7),
        ("cangkul", "Pacul Baja Cap Lokal", "pcs", 80000, 400, 7),
        ("egrek", "Egrek Sawit Baja", "pcs", 175000, 150, 7)]),
    ("LG04", "Aluminium & Stainless Karawang", "kecil", "32.15", "logam", "sni", True, [
        ("rak_piring", "Rak Piring Stainless 3 Susun", "pcs", 450000, 100, 7),
        ("dandang", "Dandang Aluminium 40 cm", "pcs", 350000, 100, 7)]),
    # ---------------- percetakan
    ("PC01", "Percetakan Sinar Banten", "kecil", "36.73", "percetakan", "", True, [
        ("undangan", "Cetak Undangan Hard Cover", "pcs", 8500, 5000, 7),
        ("kop_surat", "Cetak Kertas Kop Surat A4 HVS 80 gr (rim)", "rim", 95000, 200, 7),
        ("spanduk", "Cetak Spanduk / Banner Flexi 280 gr per m2", "m2", 25000, 2000, 2),
        ("map_folder", "Map Folder Cetak Logo Art Carton 260", "pcs", 6500, 3000, 7)]),
    ("PC02", "ATK & Fotocopy Berkah Cilegon", "mikro", "36.72", "percetakan", "", True, [
        ("kertas_hvs", "Kertas HVS A4 70 gram 1 rim", "rim", 52000, 800, 2),
        ("buku_tulis", "Buku Tulis Sekolah 38 lembar (pak isi 10)", "pak", 35000, 1000, 2),
        ("amplop", "Amplop Coklat Folio Cetak Logo", "pcs", 1500, 5000, 5)]),
    ("PC03", "Digital Printing Metro", "mikro", "18.72", "percetakan", "", True, [
        ("stiker", "Cetak Stiker Vinyl Cutting", "lembar", 15000, 1000, 3),
        ("kalender", "Kalender Dinding 2027 6 Lembar Custom", "pcs", 22000, 3000, 14),
        ("id_card", "ID Card PVC + Lanyard Printing", "pcs", 12000, 2000, 5)]),
    ("PC04", "Kemasan UMKM Bekasi", "kecil", "32.16", "percetakan", "", True, [
        ("dus_nasi", "Dus Nasi Kotak 20x20 Cetak Logo", "pcs", 1500, 20000, 7),
        ("pouch", "Standing Pouch Kraft Window 250 gr", "pcs", 1200, 20000, 7),
        ("buku_yasin", "Cetak Buku Yasin Hard Cover 160 hlm", "pcs", 18000, 3000, 14)]),
    # ---------------- pertanian
    ("PT01", "Koperasi Hortikultura Pandeglang", "koperasi", "36.01", "pertanian", "", True, [
        ("bibit_durian", "Bibit Durian Montong Okulasi 80 cm", "pcs", 45000, 500, 7),
        ("bibit_alpukat", "Bibit Alpukat Miki Sambung Pucuk", "pcs", 40000, 500, 7),
        ("bibit_cabai", "Bibit Cabai Rawit Siap Tanam (tray 50)", "tray", 30000, 300, 7)]),
    ("PT02", "Ikan Hias Cibinong", "mikro", "32.01", "pertanian", "", True, [
        ("ikan_koi", "Ikan Koi Lokal Blitar 10-12 cm", "ekor", 15000, 2000, 3),
        ("cupang", "Ikan Cupang Halfmoon", "ekor", 25000, 1000, 3)]),
    ("PT03", "Pembenihan Lele Sangkuriang Sukadana", "kecil", "18.07", "pertanian", "", True, [
        ("benih_lele", "Benih Lele Sangkuriang 5-7 cm", "ekor", 250, 200000, 5),
        ("benih_nila", "Bibit Ikan Nila Merah 3-5 cm", "ekor", 300, 100000, 5)]),
    ("PT04", "Pakan Ternak Mandiri Metro", "kecil", "18.72", "pertanian", "sni", True, [
        ("pakan_ikan", "Pakan Ikan Apung Pelet 781 Protein 30% 30 kg", "sak", 320000, 500, 5),
        ("dedak", "Dedak Padi Halus 50 kg", "sak", 150000, 300, 5)]),
    ("PT05", "Tanaman Hias Sepatan", "mikro", "36.03", "pertanian", "", True, [
        ("sansevieria", "Tanaman Hias Sansevieria + Pot Tanah", "pcs", 35000, 500, 5),
        ("pucuk_merah", "Pucuk Merah Tinggi 1 m polybag", "pcs", 25000, 1000, 5)]),
    ("PT06", "Telur & Beras Tani Kramatwatu", "mikro", "36.04", "pertanian", "", True, [
        ("telur_ayam", "Telur Ayam Negeri Segar per kg", "kg", 28000, 3000, 1),
        ("beras", "Beras Premium Serang 5 kg", "sak", 75000, 1000, 3)]),
    # ---------------- lainnya
    ("LN01", "Sapu Ijuk Cimarga", "mikro", "36.02", "lainnya", "", True, [
        ("sapu_ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 1000, 3),
        ("sapu_lidi", "Sapu Lidi Aren Ikat", "pcs", 10000, 2000, 3),
        ("keset", "Keset Sabut Kelapa 40x60", "pcs", 35000, 500, 5)]),
    ("LN02", "Chemical Kebersihan Tangerang", "kecil", "36.71", "lainnya", "", True, [
        ("pembersih_lantai", "Cairan Pembersih Lantai Wangi 5 Liter (Karbol)", "jerigen", 55000, 500, 3),
        ("sabun_cuci_piring", "Sabun Cuci Piring Jeruk Nipis 5 Liter", "jerigen", 60000, 500, 3),
        ("mop", "Kain Pel / Mop Refill Microfiber", "pcs", 25000, 800, 3)]),
    ("LN03", "Koperasi Sembako Karawang", "koperasi", "32.15", "lainnya", "", True, [
        ("paket_sembako", "Paket Sembako Bantuan (Beras 5 kg, Minyak 1 L, Gula 1 kg, Mie 5)", "paket", 150000, 3000, 7)]),
    ("LN04", "Mainan Edukasi Kayu Metro", "mikro", "18.72", "lainnya", "", True, [
        ("ape", "Alat Peraga Edukasi (APE) Puzzle Kayu PAUD", "set", 85000, 300, 10),
        ("balok", "Balok Susun Kayu 50 pcs", "set", 120000, 200, 10)]),
    ("LN05", "Kebersihan Sejahtera Serang", "mikro", "36.73", "lainnya", "", False, [
        ("sapu_ijuk", "Sapu Ijuk Super", "pcs", 20000, 800, 3)]),
]

"""relevance-blind89: hand-written suppliers and products. Each product carries the labeller's private kind.

SUPPLIERS rows: (key, name, scale, region, certs, active, category, products)
products: (kind, name as the maker writes it, unit, unit_price, capacity_per_month, lead_time_days)
"""
S = []


def sup(key, name, scale, region, certs, cat, products, active=True):
    S.append((key, name, scale, region, certs, active, cat, products))


# ---- makanan
sup("KPB", "UMKM Keripik Pisang Barokah", "mikro", "18.71", "halal;pirt", "makanan", [
    ("keripik-pisang", "Keripik Pisang Cokelat Lampung 250 gr", "pcs", 22000, 1500, 3),
    ("keripik-pisang", "Keripik pisang kepok original asin 200gr", "pcs", 18000, 1500, 3),
    ("sale-pisang", "Sale Pisang Ambon Kering 250 gr", "pcs", 25000, 600, 4)])
sup("EBE", "Emping Melinjo Bu Enah", "mikro", "36.01", "pirt", "makanan", [
    ("emping-melinjo", "Emping Melinjo Asli Pandeglang 500 gr", "pcs", 55000, 800, 3),
    ("emping-melinjo", "Emping manis pedas melinjo 250gr", "pcs", 30000, 800, 3)])
sup("KKP", "Kerupuk Kemplang Pesisir", "kecil", "18.01", "halal;pirt", "makanan", [
    ("kemplang-ikan", "Kerupuk Kemplang Ikan Tenggiri Panggang 500 gr", "pcs", 45000, 2000, 4),
    ("kemplang-ikan", "Kemplang goreng ikan tenggiri 250gr", "pcs", 24000, 2000, 4)])
sup("DGI", "Dodol Garut Hj. Iroh", "kecil", "32.05", "halal;pirt", "makanan", [
    ("dodol-ketan", "Dodol Garut Ketan Aneka Rasa Kotak 500 gr", "box", 35000, 3000, 5),
    ("cokelat-dodol", "Chocodot Cokelat Isi Dodol 100 gr", "pcs", 20000, 2500, 5)])
sup("SDN", "Sambal Dapur Ningsih", "mikro", "36.73", "pirt;halal", "makanan", [
    ("sambal-cumi", "Sambal Cumi Asin Pedas Botol 200 ml", "pcs", 38000, 700, 3),
    ("sambal-bawang", "Sambal Bawang Goreng Botol 150 ml", "pcs", 25000, 900, 3)])
sup("RNS", "PT Rasa Nusantara Snack Indo", "besar", "36.03", "halal;pirt;iso-9001", "makanan", [
    ("keripik-singkong", "Keripik Singkong Balado Pedas 250 gr", "pcs", 15000, 50000, 2),
    ("keripik-pisang", "Keripik Pisang Manis Pouch 200gr", "pcs", 14000, 50000, 2)])
sup("RLS", "Rengginang Lebak Sejahtera", "mikro", "36.02", "pirt", "makanan", [
    ("rengginang", "Rengginang Ketan Terasi Mentah 1 kg", "kg", 40000, 500, 4),
    ("opak-ketan", "Opak Ketan Bakar Khas Lebak 250 gr", "pcs", 15000, 600, 4)])
sup("BPK", "Bandeng Presto Bu Haji Kasemen", "mikro", "36.73", "halal;pirt", "makanan", [
    ("bandeng-presto", "Bandeng Presto Duri Lunak per ekor (300 gr)", "pcs", 30000, 900, 1),
    ("otak-otak", "Otak-otak Bandeng Kasemen isi 10", "pack", 35000, 500, 1)])
sup("KBL", "Kue Lapis & Bolu Bu Lina", "mikro", "18.72", "halal;pirt", "makanan", [
    ("lapis-legit", "Lapis Legit Premium 20x20 cm", "box", 280000, 60, 3),
    ("bolu-pisang", "Bolu Pisang Lampung Loyang 22 cm", "box", 60000, 200, 2)])

# ---- minuman
sup("KWT", "Kopi Robusta Way Tebu", "kecil", "18.06", "halal;pirt", "minuman", [
    ("kopi-robusta-bubuk", "Kopi Robusta Lampung Bubuk 250 gr", "pcs", 35000, 2000, 4),
    ("kopi-robusta-biji", "Biji Kopi Robusta Sangrai Medium 1 kg", "kg", 130000, 800, 5)])
sup("KGP", "Kopi Arabika Gunung Puntang", "kecil", "32.04", "halal", "minuman", [
    ("kopi-arabika-bubuk", "Kopi Arabika Java Preanger Bubuk 200 gr", "pcs", 65000, 1200, 5),
    ("kopi-arabika-biji", "Green bean arabika Puntang full wash 1 kg", "kg", 140000, 500, 7)])
sup("SBC", "Sirup & Sari Buah Ciujung", "mikro", "36.04", "pirt;halal", "minuman", [
    ("sirup-pala", "Sirup Pala Banten Botol 600 ml", "botol", 32000, 800, 4),
    ("sari-markisa", "Sari Buah Markisa Asli 500 ml", "botol", 35000, 600, 4)])
sup("ATB", "Koperasi Tirta Bening Lebak", "koperasi", "36.02", "sni;bpom;halal", "minuman", [
    ("amdk-gelas", "Air Mineral Gelas 220 ml (dus isi 48)", "dus", 24000, 6000, 2),
    ("amdk-botol", "Air Minum Dalam Kemasan Botol 600 ml dus isi 24", "dus", 45000, 4000, 2)])
sup("JMT", "Minuman Serbuk Bu Titin", "mikro", "18.10", "pirt;halal", "minuman", [
    ("jahe-instan", "Jahe Merah Instan Serbuk 250 gr", "pcs", 28000, 1000, 3),
    ("temulawak-instan", "Temulawak Instan Gula Aren 250 gr", "pcs", 28000, 700, 3)])
sup("THC", "Teh Hijau Cisarua Lestari", "kecil", "32.01", "pirt", "minuman", [
    ("teh-hijau", "Teh Hijau Daun Kering Premium 100 gr", "pcs", 30000, 2000, 3),
    ("teh-hijau", "Teh hijau celup isi 25", "box", 18000, 2000, 3)], active=False)
sup("TKM", "Teh Melati Malabar", "kecil", "32.04", "halal;pirt", "minuman", [
    ("teh-melati", "Teh Melati Tubruk Malabar 100 gr", "pcs", 12000, 3000, 3)])

# ---- jasa-boga (perishable)
sup("KBC", "Katering Barokah Cilegon", "kecil", "36.72", "halal", "jasa-boga", [
    ("nasi-kotak", "Nasi Kotak Ayam Bakar + Buah", "porsi", 35000, 3000, 2),
    ("snack-box", "Snack Box 3 Kue + Air Mineral", "box", 15000, 3000, 1)])
sup("DBY", "Dapur Bu Yuyun", "mikro", "36.73", "halal", "jasa-boga", [
    ("nasi-kotak", "Nasi box ayam goreng lalapan", "porsi", 28000, 600, 1),
    ("snack-box", "Kue kotak isi 4 kue basah", "box", 12000, 800, 1),
    ("tumpeng", "Tumpeng Nasi Kuning Lengkap 20 orang", "paket", 750000, 40, 2)])
sup("RMB", "Rumah Makan Begawi", "kecil", "18.71", "halal", "jasa-boga", [
    ("prasmanan", "Prasmanan Menu Nusantara min. 100 pax", "porsi", 55000, 2000, 3),
    ("nasi-kotak", "Nasi Kotak Gulai Ikan Seruit", "porsi", 32000, 1500, 2)])
sup("KSM", "Katering Sehati Metro", "mikro", "18.72", "halal", "jasa-boga", [
    ("snack-box", "Snack box rapat 3 macam kue", "box", 13000, 500, 1),
    ("nasi-kotak", "Nasi box rendang telur", "porsi", 30000, 400, 1)])
sup("KPK", "Katering Pakuan", "kecil", "32.71", "halal", "jasa-boga", [
    ("nasi-kotak", "Nasi Kotak Paket Pakuan (ayam, sayur, buah)", "porsi", 38000, 2500, 2),
    ("prasmanan", "Prasmanan Sunda Paket Resepsi", "porsi", 60000, 1500, 3),
    ("snack-box", "Coffee break / snack box 2 kue + teh", "box", 18000, 2000, 1)])
sup("LTI", "Liwet Sunda Teh Imas", "mikro", "32.04", "halal", "jasa-boga", [
    ("nasi-liwet", "Paket Nasi Liwet Sunda Ayam Goreng", "porsi", 30000, 300, 1)])

# ---- fesyen
sup("BTK", "Batik Tulis Krakatau", "kecil", "36.72", "batikmark", "fesyen", [
    ("batik-tulis-krakatau", "Kain Batik Tulis Krakatau Katun Primisima 2 m", "lembar", 650000, 60, 21),
    ("kemeja-batik-tulis", "Kemeja Batik Tulis Pria Lengan Panjang", "pcs", 450000, 80, 21)])
sup("BCB", "Batik Cap Banten Kota Serang", "mikro", "36.73", "", "fesyen", [
    ("batik-cap", "Kain Batik Cap Motif Surosowan 2 m", "lembar", 175000, 300, 10),
    ("kemeja-batik-cap", "Kemeja batik cap motif Banten lengan pendek", "pcs", 150000, 400, 10)])
sup("TLR", "Tapis Lampung Ragam", "kecil", "18.71", "", "fesyen", [
    ("kain-tapis", "Kain Tapis Lampung Sulam Benang Emas", "lembar", 1200000, 30, 30),
    ("selendang-tapis", "Selendang Tapis Motif Pucuk Rebung", "pcs", 250000, 150, 14),
    ("tas-tapis", "Tas Jinjing Tapis Lampung", "pcs", 185000, 200, 10)])
sup("KSM2", "Konveksi Seragam Mandiri", "kecil", "36.71", "", "fesyen", [
    ("seragam-pdh", "Seragam PDH ASN Bahan Drill (jahit ukur)", "stel", 250000, 800, 20),
    ("kaos-olahraga", "Kaos Olahraga Dry-fit Sablon Logo", "pcs", 75000, 2000, 14),
    ("kaos-polo", "Kaos Polo Lacoste Bordir Instansi", "pcs", 95000, 1500, 14)])
sup("TBK", "Tenun Baduy Kanekes", "mikro", "36.02", "", "fesyen", [
    ("tenun-baduy", "Kain Tenun Baduy Motif Poleng 2 m", "lembar", 350000, 40, 14),
    ("iket-baduy", "Iket / Ikat Kepala Baduy Biru", "pcs", 60000, 300, 7)])
sup("SKC", "Sepatu Kulit Cibaduyut Prima", "kecil", "32.73", "sni", "fesyen", [
    ("sepatu-pantofel", "Sepatu Pantofel Pria Kulit Sapi Asli", "pasang", 375000, 300, 14),
    ("sandal-kulit", "Sandal Kulit Sapi Pria Casual", "pasang", 150000, 400, 7)])
sup("GCK", "PT Garmen Cikarang Raya", "besar", "32.16", "iso-9001;sni", "fesyen", [
    ("jaket-parasut", "Jaket Parasut Taslan Bordir Logo", "pcs", 160000, 20000, 14),
    ("kaos-polo", "Kaos Polo Shirt Bordir", "pcs", 70000, 30000, 10)])
sup("BTM", "Batik Trusmi Sekar Jagad", "kecil", "32.09", "batikmark", "fesyen", [
    ("batik-tulis-megamendung", "Batik Tulis Mega Mendung Cirebon Katun 2,25 m", "lembar", 550000, 100, 14),
    ("batik-printing", "Kain Batik Printing Mega Mendung 2 m", "lembar", 85000, 3000, 5)])

# ---- kerajinan
sup("APM", "Anyaman Pandan Mekar", "mikro", "36.01", "", "kerajinan", [
    ("tas-pandan", "Tas Anyaman Pandan Motif Badak", "pcs", 85000, 400, 7),
    ("tikar-pandan", "Tikar Pandan 150 x 200 cm", "lembar", 120000, 150, 10),
    ("kotak-tisu-pandan", "Kotak Tisu Anyaman Pandan", "pcs", 35000, 600, 5)])
sup("GBS", "Gerabah Bumijaya", "mikro", "36.04", "", "kerajinan", [
    ("guci-gerabah", "Guci Gerabah Bumijaya Tinggi 40 cm", "pcs", 150000, 100, 10),
    ("pot-gerabah", "Pot Tanah Liat Gerabah Diameter 30 cm", "pcs", 45000, 600, 7),
    ("celengan-gerabah", "Celengan Gerabah Bentuk Ayam", "pcs", 25000, 800, 7)])
sup("KBT", "Kerajinan Bambu Rajapolah", "kecil", "32.06", "", "kerajinan", [
    ("keranjang-bambu", "Keranjang Parsel Bambu Anyam Ukuran Sedang", "pcs", 40000, 1500, 5),
    ("kap-lampu-bambu", "Kap Lampu Gantung Anyaman Bambu", "pcs", 95000, 300, 10),
    ("besek", "Besek Bambu 20x20 (isi 10)", "pack", 25000, 3000, 4)])
sup("MSL", "Lampung Art Souvenir", "mikro", "18.71", "", "kerajinan", [
    ("miniatur-siger", "Miniatur Siger Lampung Kayu Prada Emas", "pcs", 120000, 250, 10),
    ("patung-gajah", "Patung Gajah Way Kambas Kayu Ukir 25 cm", "pcs", 175000, 120, 14)])
sup("BFC", "Boneka Flanel Ceria", "mikro", "32.76", "", "kerajinan", [
    ("boneka-flanel", "Boneka Flanel Maskot Custom 20 cm", "pcs", 45000, 500, 10),
    ("gantungan-flanel", "Gantungan Kunci Flanel Custom", "pcs", 8000, 3000, 7)])
sup("KJK", "Kriya Jati Karawang", "kecil", "32.15", "svlk", "kerajinan", [
    ("kotak-tisu-kayu", "Kotak Tisu Kayu Jati Ukir Nama", "pcs", 75000, 400, 10),
    ("nampan-kayu", "Nampan Kayu Jati Saji 40 cm", "pcs", 90000, 300, 10)])

# ---- perhiasan
sup("GPS", "Galeri Perak Sinar Banten", "mikro", "36.73", "", "perhiasan", [
    ("cincin-perak", "Cincin Perak 925 Ukir Motif Banten", "pcs", 175000, 200, 10),
    ("bros-perak", "Bros Perak 925 Motif Debus", "pcs", 225000, 150, 10)])
sup("MLT", "Mutiara Teluk Lampung", "kecil", "18.09", "", "perhiasan", [
    ("kalung-mutiara-laut", "Kalung Mutiara Laut Selatan Asli 8 mm", "pcs", 1500000, 40, 14),
    ("anting-mutiara", "Anting Mutiara Laut Tusuk Perak", "pasang", 350000, 120, 10)])
sup("AMT", "Aksesoris Manik Tapis", "mikro", "18.71", "", "perhiasan", [
    ("gelang-manik", "Gelang Manik-manik Motif Tapis", "pcs", 25000, 1500, 5),
    ("bros-tapis", "Bros Kain Tapis Bingkai Kuningan", "pcs", 40000, 800, 7)])
sup("LMP", "PT Logam Mulia Priangan", "besar", "32.73", "iso-9001", "perhiasan", [
    ("kalung-emas", "Kalung Emas 22K Rantai Italy 5 gr", "pcs", 6500000, 2000, 7),
    ("cincin-emas", "Cincin Emas Kawin 18K", "pcs", 3500000, 2000, 7)])
sup("AKS", "Akik Sukabumi Jaya", "mikro", "32.02", "", "perhiasan", [
    ("cincin-akik", "Cincin Batu Akik Bungur Ikat Perak", "pcs", 250000, 150, 10),
    ("liontin-akik", "Liontin Batu Akik Kalimaya", "pcs", 200000, 100, 10)])

# ---- furnitur
sup("MJS", "Mebel Jati Sumber Rejeki", "kecil", "36.03", "svlk", "furnitur", [
    ("meja-kerja-kayu", "Meja Kerja Kayu Jati 120x60 cm", "unit", 2200000, 40, 21),
    ("kursi-kayu", "Kursi Tamu Kayu Jati Set", "set", 6500000, 10, 30),
    ("lemari-arsip-kayu", "Lemari Arsip Kayu Jati 2 Pintu", "unit", 3500000, 20, 30)])
sup("FBB", "Karya Logam Furnitur Bekasi", "kecil", "32.75", "sni", "furnitur", [
    ("filing-cabinet", "Filing Cabinet Besi 4 Laci Folio", "unit", 2400000, 80, 14),
    ("rak-besi", "Rak Besi Siku Lubang 5 Susun", "unit", 650000, 200, 7),
    ("kursi-lipat", "Kursi Lipat Besi Chitose Type", "unit", 220000, 600, 7)])
sup("RCT", "Rotan Tegalwangi Asri", "kecil", "32.09", "svlk", "furnitur", [
    ("kursi-rotan", "Kursi Rotan Sintetis Teras", "unit", 850000, 120, 14),
    ("meja-rotan", "Meja Rotan Bulat Kaca 60 cm", "unit", 750000, 80, 14)])
sup("MSP", "Meubel Sekolah Pringsewu", "mikro", "18.10", "svlk", "furnitur", [
    ("meja-kursi-siswa", "Meja + Kursi Siswa SD Kayu Mahoni (1 set)", "set", 650000, 150, 21),
    ("rak-buku-kayu", "Rak Buku Kayu Perpustakaan 5 Susun", "unit", 1400000, 40, 21)])
sup("BFL", "Bambu Furniture Lebak", "mikro", "36.02", "", "furnitur", [
    ("kursi-bambu", "Kursi Bambu Tamu Set 4 kursi + meja", "set", 1800000, 15, 21),
    ("bale-bambu", "Bale-bale Bambu 2 x 1 m", "unit", 650000, 30, 14)])

# ---- herbal
sup("HKP", "Herbal Kelor Pandeglang", "mikro", "36.01", "pirt", "herbal", [
    ("teh-kelor", "Teh Daun Kelor Celup isi 20", "box", 25000, 800, 4),
    ("kapsul-kelor", "Kapsul Daun Kelor 60 kapsul", "botol", 55000, 500, 5)])
sup("JMS", "Jamu Tradisional Mbok Sri", "mikro", "18.72", "pirt", "herbal", [
    ("jamu-kunyit-asam", "Jamu Kunyit Asam Botol 250 ml", "botol", 8000, 2000, 1),
    ("beras-kencur", "Jamu Beras Kencur Botol 250 ml", "botol", 8000, 2000, 1)])
sup("MHU", "Koperasi Madu Hutan Ujung Kulon", "koperasi", "36.01", "pirt;halal", "herbal", [
    ("madu-hutan", "Madu Hutan Asli Ujung Kulon 500 gr", "botol", 120000, 600, 5),
    ("madu-klanceng", "Madu Klanceng (Trigona) 250 ml", "botol", 150000, 150, 5)])
sup("HRB", "Herbal Rimpang Bogor", "kecil", "32.01", "bpom;halal", "herbal", [
    ("simplisia-jahe", "Simplisia Jahe Merah Kering Iris 500 gr", "pcs", 75000, 400, 7),
    ("kapsul-sambiloto", "Kapsul Sambiloto Ekstrak 60 kapsul", "botol", 60000, 600, 7)])

# ---- kosmetik
sup("SHC", "Sabun Herbal Ciwidey", "mikro", "32.04", "bpom", "kosmetik", [
    ("sabun-susu-kambing", "Sabun Batang Susu Kambing Etawa 100 gr", "pcs", 25000, 2000, 5),
    ("sabun-sereh", "Sabun Batang Sereh Wangi 100 gr", "pcs", 20000, 2000, 5)])
sup("LBA", "Lulur Banten Ayu", "mikro", "36.04", "bpom", "kosmetik", [
    ("lulur-bengkoang", "Lulur Mandi Bengkoang 200 gr", "pcs", 35000, 700, 5),
    ("masker-bengkoang", "Masker Wajah Bengkoang Bubuk 100 gr", "pcs", 30000, 600, 5)])
sup("MKR", "Minyak Kemiri Bu Ani", "mikro", "18.02", "pirt", "kosmetik", [
    ("minyak-kemiri", "Minyak Kemiri Penumbuh Rambut 100 ml", "botol", 30000, 900, 4),
    ("sabun-cair-tangan", "Sabun Cair Cuci Tangan Jeruk Nipis 500 ml", "botol", 22000, 1500, 4)])
sup("KJT", "PT Kosmetika Jaya Tangerang", "besar", "36.71", "bpom;iso-9001", "kosmetik", [
    ("hand-sanitizer", "Hand Sanitizer Gel 500 ml", "botol", 30000, 40000, 3),
    ("sabun-cair-tangan", "Sabun Cuci Tangan Cair 500 ml", "botol", 18000, 40000, 3)])

# ---- logam
sup("PBC", "Pandai Besi Ciomas", "mikro", "36.04", "", "logam", [
    ("golok", "Golok Ciomas Sarung Kayu", "pcs", 350000, 80, 14),
    ("sabit", "Arit Rumput Baja Per", "pcs", 65000, 300, 7)])
sup("PBG", "Pande Besi Galonggong", "mikro", "32.06", "", "logam", [
    ("cangkul", "Cangkul Baja Galonggong + Gagang", "pcs", 95000, 500, 7),
    ("sabit", "Sabit / Celurit Sawah", "pcs", 55000, 600, 7)])
sup("ACP", "Aluminium Cor Pringsewu", "kecil", "18.10", "", "logam", [
    ("panci-aluminium", "Panci Aluminium Cor 40 cm", "pcs", 275000, 200, 7),
    ("wajan-aluminium", "Wajan Aluminium Cor 50 cm", "pcs", 225000, 250, 7)])
sup("LKC", "Las & Konstruksi Cilegon Mandiri", "kecil", "36.72", "sni", "logam", [
    ("teralis-besi", "Teralis Jendela Besi Hollow per m2", "m2", 450000, 300, 14),
    ("tong-sampah-besi", "Tong Sampah Besi Pilah 3 Warna", "set", 1750000, 60, 14)])

# ---- percetakan
sup("PSC", "Percetakan Sinar Cilegon", "kecil", "36.72", "", "percetakan", [
    ("spanduk", "Spanduk Banner Flexi 280 gr per m2", "m2", 25000, 5000, 2),
    ("brosur", "Brosur A4 Art Paper 150 gr Full Color", "lembar", 1500, 50000, 3),
    ("kartu-nama", "Kartu Nama Art Carton 260 (box 100)", "box", 40000, 1000, 2)])
sup("SPM", "Stempel & Plakat Mulya", "mikro", "36.73", "", "percetakan", [
    ("stempel", "Stempel Flash Otomatis Instansi", "pcs", 120000, 300, 3),
    ("plakat-akrilik", "Plakat Akrilik Cetak UV + Kotak", "pcs", 175000, 400, 7)])
sup("PBL", "Percetakan Lampung Ilmu", "kecil", "18.71", "", "percetakan", [
    ("cetak-buku", "Cetak Buku A5 Soft Cover 100 hlm", "eks", 25000, 10000, 14),
    ("map-snelhecter", "Map Snelhecter Cetak Logo Instansi", "pcs", 4500, 20000, 7),
    ("kalender-dinding", "Kalender Dinding 6 Lembar Custom", "pcs", 25000, 8000, 14)])
sup("KDK", "Kemasan Dus Kraft Bogor", "kecil", "32.01", "", "percetakan", [
    ("dus-makanan", "Dus Nasi Kotak Kraft 20x20 Sablon Logo", "pcs", 1800, 50000, 5),
    ("paper-bag", "Paper Bag Kraft Tali Sablon 25x33", "pcs", 4500, 20000, 7)])
sup("KPM", "Koperasi Pegawai Percetakan Metro", "koperasi", "18.72", "", "percetakan", [
    ("buku-agenda", "Buku Agenda Cover Kulit Sintetis Logo Emboss", "pcs", 65000, 1500, 14),
    ("amplop-kop", "Amplop Kop Surat Dinas 110 (dus isi 100)", "dus", 55000, 1000, 5)])

# ---- pertanian
sup("PLS", "Pembenihan Lele Sangkuriang Metro", "mikro", "18.72", "", "pertanian", [
    ("bibit-lele", "Bibit Lele Sangkuriang 5-7 cm", "ekor", 200, 200000, 3),
    ("bibit-nila", "Benih Ikan Nila Merah 3-5 cm", "ekor", 250, 150000, 3)])
sup("BTS", "Bibit Buah Sinar Tani", "kecil", "32.01", "", "pertanian", [
    ("bibit-durian", "Bibit Durian Musang King Okulasi 60 cm", "batang", 65000, 3000, 7),
    ("bibit-alpukat", "Bibit Alpukat Miki Sambung Pucuk", "batang", 35000, 4000, 7),
    ("bibit-kelengkeng", "Bibit Kelengkeng Itoh Cangkok", "batang", 40000, 3000, 7)])
sup("GPS2", "Gapoktan Subur Makmur Lampung Tengah", "koperasi", "18.02", "", "pertanian", [
    ("pupuk-kompos", "Pupuk Kompos Organik Karung 25 kg", "karung", 30000, 6000, 5),
    ("poc", "Pupuk Organik Cair (POC) 1 liter", "botol", 25000, 4000, 5)])
sup("KCD", "Koi & Cupang Hias Depok", "mikro", "32.76", "", "pertanian", [
    ("ikan-koi", "Ikan Koi Kohaku 15-20 cm", "ekor", 75000, 400, 3),
    ("ikan-cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 35000, 1000, 3)])
sup("BKT", "Bibit Kopi & Kakao Tanggamus", "kecil", "18.06", "", "pertanian", [
    ("bibit-kopi-robusta", "Bibit Kopi Robusta Stek Klon BP 308 polybag", "batang", 4500, 50000, 7),
    ("bibit-kakao", "Bibit Kakao Sambung Samping polybag", "batang", 6000, 30000, 7)])
sup("BPK2", "Koperasi Benih Padi Karawang", "koperasi", "32.15", "sni", "pertanian", [
    ("benih-padi", "Benih Padi Inpari 32 Label Biru 5 kg", "kg", 14000, 40000, 5),
    ("beras-premium", "Beras Premium Pandan Wangi Karawang 5 kg", "karung", 78000, 8000, 3)])
sup("PTM", "Pakan Ternak Mandiri Lampung Selatan", "kecil", "18.01", "", "pertanian", [
    ("pelet-ikan", "Pelet Ikan Apung Protein 30% 30 kg", "karung", 310000, 2000, 5)])
sup("PAN", "PT Pupuk Agro Nusantara", "besar", "32.15", "sni;iso-9001", "pertanian", [
    ("pupuk-npk", "Pupuk NPK 16-16-16 Karung 50 kg", "karung", 650000, 100000, 5)])

# ---- lainnya
sup("SIP", "Sapu Ijuk Pandeglang Bersih", "mikro", "36.01", "", "lainnya", [
    ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 2000, 4),
    ("sapu-lidi", "Sapu Lidi Aren Gagang Bambu", "pcs", 15000, 3000, 3),
    ("keset-sabut", "Keset Sabut Kelapa 40 x 60 cm", "pcs", 35000, 800, 5)])
sup("BST", "Koperasi Bank Sampah Tangsel", "koperasi", "36.74", "", "lainnya", [
    ("tas-daur-ulang", "Tas Belanja Daur Ulang Bungkus Kopi", "pcs", 45000, 400, 7),
    ("pot-ban-bekas", "Pot Bunga dari Ban Bekas", "pcs", 35000, 300, 7)])
sup("TTL", "Tenda & Terpal Lampung", "kecil", "18.71", "sni", "lainnya", [
    ("tenda-pleton", "Tenda Pleton Kanvas 6 x 14 m", "unit", 9500000, 20, 21),
    ("terpal", "Terpal A5 Plastik 4 x 6 m", "lembar", 180000, 1000, 3)])
sup("APE", "Alat Peraga Edukasi Cimahi", "mikro", "32.77", "", "lainnya", [
    ("puzzle-kayu", "Puzzle Kayu Peta Indonesia", "pcs", 55000, 500, 7),
    ("balok-susun", "Balok Kayu Susun 100 Keping", "set", 150000, 200, 10)])

SUPPLIERS = S
CATEGORY = {key: cat for key, _n, _s, _r, _c, _a, cat, _p in S}
PERISHABLE = {"nasi-kotak", "snack-box", "tumpeng", "prasmanan", "nasi-liwet", "bandeng-presto", "otak-otak"}

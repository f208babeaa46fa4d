"""Hand-written suppliers and products for relevance-blind87 (all fictional).

SUPPLIERS: (key, name, scale, region, certificates, active, category, products)
product:   (kind, name as the supplier writes it, unit, unit_price, capacity_per_month, lead_time_days)
The kind is the labeller's private reading of what the product is; it never reaches the CSVs.
"""

SUPPLIERS = [
    # ---- makanan
    ("MK01", "UMKM Emping Melinjo Bu Idah", "mikro", "36.01", "halal;pirt", True, "makanan", [
        ("emping-melinjo", "Emping Melinjo Pandeglang Super Tipis", "kg", 95000, 300, 3),
        ("emping-pedas", "Emping Melinjo Balado Pedas Manis", "kg", 105000, 150, 3)]),
    ("MK02", "Kue Basah Ceu Enok", "mikro", "36.02", "pirt", True, "makanan", [
        ("kue-basah", "Aneka Kue Basah (Lemper, Risol, Bolu Kukus, Nagasari)", "pcs", 2500, 3000, 1),
        ("kue-lapis", "Kue Lapis Legit Loyang 20x20", "loyang", 185000, 40, 4)]),
    ("MK03", "Keripik Pisang Kepok Lampung Jaya", "kecil", "18.71", "halal;pirt", True, "makanan", [
        ("keripik-pisang", "Keripik Pisang Coklat Lampung 250 gr", "pcs", 22000, 2000, 3),
        ("keripik-pisang", "Keripik Pisang Kepok Original Asin 500 gr", "pcs", 34000, 1200, 3)]),
    ("MK04", "Sambal Lingkung Ibu Ratna", "mikro", "18.01", "pirt", True, "makanan", [
        ("abon-ikan", "Sambal Lingkung (Abon Ikan Tenggiri) 200 gr", "pcs", 45000, 500, 4),
        ("kemplang", "Kerupuk Kemplang Ikan Tenggiri Panggang 250 gr", "pcs", 28000, 800, 3)]),
    ("MK05", "Gula Aren Baduy Mandiri", "koperasi", "36.02", "pirt", True, "makanan", [
        ("gula-aren", "Gula Aren Cetak Lebak 1 kg", "kg", 32000, 1000, 4),
        ("gula-semut", "Gula Semut Aren Organik 500 gr", "pcs", 35000, 600, 4)]),
    ("MK06", "Roti Manis Sari Gandum", "kecil", "36.01", "halal;pirt", True, "makanan", [
        ("roti-manis", "Roti Manis Isi Coklat / Keju / Kacang Hijau", "pcs", 4000, 5000, 1),
        ("roti-tawar", "Roti Tawar Kupas 12 Slice", "bungkus", 16000, 800, 1)]),
    ("MK07", "PT Pangan Nusantara Raya", "besar", "36.04", "halal;bpom", True, "makanan", [
        ("kue-kering", "Kue Kering Nastar Nanas Toples 500 gr", "toples", 85000, 5000, 5),
        ("kue-kering", "Kastengel Keju Toples 500 gr", "toples", 90000, 5000, 5)]),
    ("MK08", "Rengginang Teh Yoyoh", "mikro", "36.01", "pirt", False, "makanan", [
        ("rengginang", "Rengginang Ketan Mentah Siap Goreng 1 kg", "kg", 40000, 200, 3)]),
    # ---- minuman
    ("MN01", "Kopi Robusta Kopi Kita Lampung", "kecil", "18.71", "halal;pirt", True, "minuman", [
        ("kopi-bubuk-robusta", "Kopi Bubuk Robusta Lampung 250 gr", "pcs", 38000, 2000, 3),
        ("kopi-biji", "Kopi Robusta Biji Sangrai (Roasted Bean) 1 kg", "kg", 150000, 300, 4)]),
    ("MN02", "Koperasi Teh Gunung Halimun", "koperasi", "36.02", "pirt", True, "minuman", [
        ("teh-hijau", "Teh Hijau Celup Halimun isi 25", "box", 18000, 1500, 3),
        ("teh-hitam", "Teh Hitam Tubruk Halimun 250 gr", "pcs", 21000, 1000, 3)]),
    ("MN03", "Sirup Pala Ibu Nenah", "mikro", "36.01", "pirt", True, "minuman", [
        ("sirup-pala", "Sirup Buah Pala 620 ml", "botol", 27000, 500, 4),
        ("wedang-jahe", "Wedang Jahe Merah Instan Sachet isi 10", "box", 22000, 800, 3)]),
    ("MN04", "Tirta Lebak Sejahtera", "kecil", "36.02", "sni;halal", True, "minuman", [
        ("amdk-gelas", "Air Mineral Gelas 220 ml Dus isi 48", "dus", 22000, 3000, 2),
        ("amdk-botol", "Air Mineral Botol 600 ml Dus isi 24", "dus", 42000, 1500, 2)]),
    ("MN05", "Susu Kedelai Segar Bu Tini", "mikro", "18.01", "pirt", True, "minuman", [
        ("susu-kedelai", "Susu Kedelai Segar Botol 250 ml", "botol", 5000, 1500, 1)]),
    # ---- jasa-boga
    ("JB01", "Katering Dapur Bu Haji Pandeglang", "kecil", "36.01", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar Lengkap", "kotak", 30000, 3000, 2),
        ("snack-box", "Snack Box Isi 3 Kue + Air Mineral", "kotak", 12000, 4000, 1),
        ("prasmanan", "Prasmanan Menu Nasional per Pax", "pax", 55000, 1500, 3)]),
    ("JB02", "Rumah Makan Sunda Saung Lebak", "mikro", "36.02", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Box Ayam Goreng + Lalapan Sambal", "kotak", 27000, 400, 1),
        ("nasi-liwet", "Nasi Liwet Tampah untuk 10 Orang", "tampah", 300000, 40, 2)]),
    ("JB03", "Catering Seruit Kalianda", "kecil", "18.01", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Menu Ikan Bakar Seruit", "kotak", 32000, 1500, 2),
        ("snack-box", "Kotak Snack Rapat (3 Kue)", "kotak", 11000, 2000, 1),
        ("tumpeng", "Nasi Tumpeng Kuning Lengkap 20 Orang", "unit", 650000, 20, 3)]),
    ("JB04", "Boga Sari Kota Serang", "kecil", "36.73", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Rendang Premium", "kotak", 38000, 2500, 2),
        ("coffee-break", "Paket Coffee Break (Kopi/Teh + 2 Snack)", "pax", 20000, 2000, 1)]),
    ("JB05", "Dapur Mbak Sum", "mikro", "18.71", "pirt", True, "jasa-boga", [
        ("snack-box", "Snack Kotak Arisan & Rapat", "kotak", 10000, 800, 1)]),
    ("JB06", "Katering Mak Onah", "mikro", "36.02", "", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Pindang Bandeng", "kotak", 25000, 150, 1)]),
    # ---- fesyen
    ("FS01", "Batik Badak Cula Pandeglang", "mikro", "36.01", "batikmark", True, "fesyen", [
        ("batik-tulis", "Kain Batik Tulis Motif Badak Cula Satu 2 m", "lembar", 650000, 30, 14),
        ("batik-cap", "Kain Batik Cap Motif Pandeglang 2 m", "lembar", 175000, 300, 7)]),
    ("FS02", "Batik Kanekes Lebak", "mikro", "36.02", "", True, "fesyen", [
        ("batik-cap", "Kain Batik Cap Motif Seba Baduy 2,25 m", "lembar", 160000, 200, 7),
        ("kemeja-batik-cap", "Kemeja Batik Cap Lengan Panjang Pria", "pcs", 185000, 250, 14)]),
    ("FS03", "Konveksi Seragam Mandiri Rangkasbitung", "kecil", "36.02", "", True, "fesyen", [
        ("pdl", "Pakaian Dinas Lapangan (PDL) Drill Bordir Nama & Logo", "stel", 245000, 600, 21),
        ("pdh", "Pakaian Dinas Harian (PDH) Khaki Pemda Setelan", "stel", 230000, 600, 21),
        ("kaos-olahraga", "Kaos Olahraga Dry-Fit Sablon Instansi", "pcs", 65000, 1500, 10),
        ("seragam-sekolah", "Seragam Sekolah SD Merah Putih Setelan", "stel", 120000, 800, 14),
        ("jilbab", "Jilbab Segi Empat Seragam Paris", "pcs", 35000, 1000, 7)]),
    ("FS04", "Tapis Lampung Siger Mas", "kecil", "18.71", "", True, "fesyen", [
        ("tapis", "Kain Tapis Lampung Benang Emas Sulam Usus", "lembar", 1250000, 25, 30),
        ("tapis-selendang", "Selendang Tapis Lampung Motif Siger", "pcs", 275000, 100, 14)]),
    ("FS05", "Tas Konveksi Ciampea", "kecil", "32.01", "", True, "fesyen", [
        ("tas-seminar", "Tas Seminar Kit Bahan Dinier 600D Resleting", "pcs", 45000, 3000, 10),
        ("ransel", "Tas Ransel Sekolah Anak", "pcs", 95000, 800, 14)]),
    ("FS06", "Sepatu Kulit Cibaduyut Lestari", "kecil", "32.04", "", True, "fesyen", [
        ("sepatu-pdl", "Sepatu PDL Kulit Sapi Asli", "pasang", 385000, 300, 21)]),
    ("FS07", "PT Garmen Banten Utama", "besar", "36.03", "iso-9001", True, "fesyen", [
        ("pdl", "PDL Lapangan Ripstop Standar Pemda", "stel", 210000, 10000, 14),
        ("rompi", "Rompi Lapangan Oranye Scotlight Reflektif", "pcs", 95000, 8000, 10),
        ("topi-lapangan", "Topi Lapangan Rimba Bordir Logo", "pcs", 40000, 8000, 10)]),
    # ---- kerajinan
    ("KR01", "Anyaman Bambu Cibaliung", "mikro", "36.01", "", True, "kerajinan", [
        ("besek", "Besek Bambu 20x20 cm", "pcs", 4000, 5000, 5),
        ("tampah", "Tampah Bambu Diameter 50 cm", "pcs", 25000, 500, 5)]),
    ("KR02", "Kerajinan Pandan Labuan", "mikro", "36.01", "", True, "kerajinan", [
        ("tas-pandan", "Tas Anyaman Pandan Laut Motif Etnik", "pcs", 75000, 300, 10),
        ("tikar-pandan", "Tikar Pandan 2x3 m", "lembar", 150000, 100, 14)]),
    ("KR03", "Souvenir Ujung Kulon Craft", "mikro", "36.01", "", True, "kerajinan", [
        ("miniatur-badak", "Miniatur Badak Bercula Satu Kayu Jati", "pcs", 125000, 200, 14),
        ("gantungan-kunci", "Gantungan Kunci Akrilik Custom Logo", "pcs", 5000, 5000, 7)]),
    ("KR04", "Gerabah Bumijaya", "mikro", "36.04", "", True, "kerajinan", [
        ("gerabah", "Gentong Gerabah Tanah Liat 30 Liter", "pcs", 180000, 60, 14),
        ("pot-gerabah", "Pot Tanah Liat Diameter 30 cm", "pcs", 35000, 400, 7)]),
    ("KR05", "Kerajinan Bambu Tanggamus", "mikro", "18.06", "", True, "kerajinan", [
        ("caping", "Caping Bambu Petani", "pcs", 20000, 500, 7)]),
    ("KR06", "Boneka Flanel Kreasi Bunda", "mikro", "36.02", "", True, "kerajinan", [
        ("boneka-flanel", "Boneka Flanel Maskot Custom", "pcs", 35000, 400, 10)]),
    # ---- perhiasan
    ("PH01", "Emas & Perak Siger Lampung", "kecil", "18.71", "sni", True, "perhiasan", [
        ("bros-siger", "Bros Perak Lapis Emas Motif Siger", "pcs", 325000, 120, 14),
        ("kalung-mutiara", "Kalung Mutiara Air Tawar Lampung", "pcs", 450000, 60, 14)]),
    ("PH02", "Perak & Akik Sajira", "mikro", "36.02", "", True, "perhiasan", [
        ("akik-kalimaya", "Cincin Batu Kalimaya Banten Ikat Perak", "pcs", 600000, 30, 14),
        ("cincin-perak", "Cincin Perak 925 Ukir Nama", "pcs", 250000, 100, 10)]),
    ("PH03", "Mutiara Pesawaran", "mikro", "18.09", "", True, "perhiasan", [
        ("kalung-mutiara", "Kalung Mutiara Laut Pesawaran", "pcs", 750000, 40, 14),
        ("anting-mutiara", "Anting Giwang Mutiara Laut", "pasang", 250000, 80, 10)]),
    # ---- furnitur
    ("FN01", "Mebel Jati Cikeusik", "kecil", "36.01", "svlk", True, "furnitur", [
        ("meja-kerja", "Meja Kerja Kayu Jati 1/2 Biro 120x60", "unit", 1850000, 40, 30),
        ("kursi-kayu", "Kursi Kayu Jati Sandaran", "unit", 650000, 80, 21),
        ("lemari-arsip-kayu", "Lemari Arsip Kayu 2 Pintu Kaca", "unit", 2750000, 20, 30)]),
    ("FN02", "Meubel Sekolah Rangkas", "kecil", "36.02", "svlk", True, "furnitur", [
        ("meja-siswa", "Meja Siswa Kayu Mahoni (1 Orang)", "unit", 450000, 300, 30),
        ("kursi-siswa", "Kursi Siswa Kayu Mahoni", "unit", 300000, 300, 30)]),
    ("FN03", "Rotan Kreasi Pringsewu", "mikro", "18.10", "", True, "furnitur", [
        ("kursi-rotan", "Kursi Tamu Rotan Sintetis 1 Set (4 Kursi + Meja)", "set", 4500000, 10, 30)]),
    ("FN04", "Mebel Kalianda Jaya", "mikro", "18.01", "", True, "furnitur", [
        ("rak-buku", "Rak Buku Kayu 5 Susun", "unit", 850000, 50, 21),
        ("meja-kerja", "Meja Kantor Kayu Mahoni 1 Biro", "unit", 1600000, 20, 30)]),
    ("FN05", "PT Interior Kantor Banten", "besar", "36.71", "iso-9001", True, "furnitur", [
        ("kursi-kantor-putar", "Kursi Kantor Putar Hidrolik Sandaran Jaring", "unit", 850000, 3000, 7),
        ("meja-kerja", "Meja Kerja Staff Panel HPL", "unit", 1200000, 2000, 7)]),
    # ---- herbal
    ("HB01", "Jamu Gendong & Madu Sehat Lestari", "mikro", "36.02", "pirt", True, "herbal", [
        ("jamu-kunyit-asam", "Jamu Kunyit Asam Botol 250 ml", "botol", 8000, 1500, 2),
        ("beras-kencur", "Jamu Beras Kencur Botol 250 ml", "botol", 8000, 1200, 2),
        ("madu-hutan", "Madu Hutan Baduy Asli 500 ml", "botol", 120000, 200, 5)]),
    ("HB02", "Herbal Jahe Merah Lampung", "kecil", "18.71", "pirt;bpom;halal", True, "herbal", [
        ("jahe-merah-instan", "Serbuk Jahe Merah Instan 250 gr", "pcs", 30000, 2000, 4),
        ("temulawak-instan", "Temulawak Instan 200 gr", "pcs", 28000, 1200, 4)]),
    ("HB03", "Koperasi Toga Mitra Tani", "koperasi", "36.01", "pirt", True, "herbal", [
        ("simplisia", "Simplisia Kering Kunyit / Temulawak Iris 1 kg", "kg", 65000, 200, 5)]),
    ("HB04", "Minyak Urut Sereh Wangi Abah", "mikro", "32.06", "pirt", True, "herbal", [
        ("minyak-urut", "Minyak Urut Sereh Wangi 60 ml", "botol", 25000, 800, 5)]),
    # ---- kosmetik
    ("KS01", "Sabun Herbal Sereh Banten", "mikro", "36.04", "bpom;halal", True, "kosmetik", [
        ("sabun-batang", "Sabun Mandi Batang Sereh Wangi 100 gr", "pcs", 12000, 3000, 5),
        ("sabun-cair-tangan", "Sabun Cuci Tangan Cair Refill 5 Liter", "jerigen", 95000, 300, 5)]),
    ("KS02", "Lulur Kopi Lampung Cantik", "mikro", "18.72", "bpom", True, "kosmetik", [
        ("lulur", "Lulur Kopi Robusta Lampung 200 gr", "pcs", 35000, 500, 5)]),
    ("KS03", "Bersih Sehat Cikarang", "kecil", "32.16", "bpom", True, "kosmetik", [
        ("hand-sanitizer", "Hand Sanitizer Gel 500 ml Pump", "botol", 35000, 2000, 4)]),
    ("KS04", "Koperasi Wanita Pandeglang Bersih", "koperasi", "36.01", "", True, "kosmetik", [
        ("sabun-cuci-piring", "Sabun Cuci Piring Cair Jeruk Nipis 5 Liter", "jerigen", 60000, 400, 3)]),
    # ---- logam
    ("LG01", "Pandai Besi Golok Ciomas", "mikro", "36.04", "", True, "logam", [
        ("golok", "Golok Ciomas Sorog Gagang Kayu Sonokeling", "pcs", 450000, 60, 14),
        ("arit", "Arit Rumput Baja Per", "pcs", 55000, 400, 7)]),
    ("LG02", "Pandai Besi Cibatu Lebak", "mikro", "36.02", "", True, "logam", [
        ("cangkul", "Cangkul Baja Lengkap Gagang Kayu", "pcs", 95000, 500, 7),
        ("parang", "Parang Kebun 16 Inci", "pcs", 85000, 400, 7)]),
    ("LG03", "Las Teralis Sinar Kalianda", "mikro", "18.01", "", True, "logam", [
        ("teralis", "Teralis Besi Jendela Motif Minimalis per m2", "m2", 450000, 100, 14),
        ("tong-sampah-besi", "Tong Sampah Drum Besi dengan Kaki", "unit", 650000, 30, 14),
        ("rak-besi", "Rak Besi Siku Lubang 5 Susun", "unit", 650000, 100, 10)]),
    ("LG04", "Kuningan Siger Tanggamus", "mikro", "18.06", "", True, "logam", [
        ("siger-kuningan", "Siger Lampung Kuningan Hiasan Dinding 40 cm", "pcs", 750000, 40, 21)]),
    ("LG05", "PT Baja Arsip Cikupa", "besar", "36.03", "sni", True, "logam", [
        ("lemari-besi", "Filing Cabinet Besi 4 Laci Folio", "unit", 2400000, 1000, 7)]),
    # ---- percetakan
    ("PC01", "Percetakan Sinar Pandeglang", "kecil", "36.01", "", True, "percetakan", [
        ("buku-agenda", "Cetak Buku Agenda Surat Masuk/Keluar Folio 100 Lembar", "buku", 45000, 500, 7),
        ("map-logo", "Cetak Map Folder Logo Instansi Art Carton 260", "pcs", 6500, 5000, 7),
        ("spanduk", "Cetak Spanduk Flexi 280 gr per m2", "m2", 25000, 3000, 2),
        ("blanko-ncr", "Cetak Blanko / Formulir NCR 3 Ply (Buku 50 Set)", "buku", 18000, 2000, 5)]),
    ("PC02", "CV Grafika Lebak", "kecil", "36.02", "", True, "percetakan", [
        ("leaflet", "Cetak Leaflet A4 Lipat 3 Art Paper 120", "lembar", 900, 20000, 4),
        ("x-banner", "X-Banner 60x160 + Rangka", "pcs", 85000, 500, 2)]),
    ("PC03", "Kalianda Digital Printing", "mikro", "18.01", "", True, "percetakan", [
        ("spanduk", "Spanduk MMT Outdoor per Meter Persegi", "m2", 22000, 1500, 1),
        ("kalender", "Kalender Dinding 6 Lembar Custom", "pcs", 22000, 1500, 10),
        ("undangan", "Undangan Cetak Soft Cover", "pcs", 3500, 3000, 5)]),
    ("PC04", "Koperasi Pegawai Pemda Lebak Unit Cetak", "koperasi", "36.02", "", True, "percetakan", [
        ("stempel", "Stempel Flash Otomatis", "pcs", 85000, 200, 3),
        ("amplop-kop", "Amplop Cetak Kop Dinas Putih No. 110 (Box isi 100)", "box", 65000, 300, 5)]),
    ("PC05", "Piagam & Kemasan Metro", "mikro", "18.72", "", True, "percetakan", [
        ("piagam", "Cetak Piagam / Sertifikat Kertas Linen + Map", "pcs", 15000, 2000, 5),
        ("dus-kemasan", "Dus Nasi Kotak Cetak Logo 20x20", "pcs", 1200, 20000, 7)]),
    ("PC06", "PT Graha Cetak Nusantara", "besar", "32.16", "iso-9001", True, "percetakan", [
        ("buku-rapor", "Cetak Buku Rapor Siswa SD/SMP Hard Cover", "pcs", 25000, 20000, 14)]),
    # ---- pertanian
    ("PT01", "Koperasi Tani Bibit Hortikultura Cimanuk", "koperasi", "36.01", "", True, "pertanian", [
        ("bibit-cabai", "Bibit Cabai Rawit Siap Tanam (Polybag Kecil)", "batang", 1000, 20000, 14),
        ("bibit-durian", "Bibit Durian Montong Okulasi 60 cm", "batang", 35000, 1000, 14),
        ("bibit-kelapa", "Bibit Kelapa Genjah Kuning Siap Tanam", "batang", 45000, 800, 14)]),
    ("PT02", "Penangkar Benih Padi Sri Lebak", "koperasi", "36.02", "sni", True, "pertanian", [
        ("benih-padi", "Benih Padi Inpari 32 Label Ungu Kemasan 5 kg", "kg", 14000, 10000, 7)]),
    ("PT03", "Pupuk Organik Tani Makmur", "koperasi", "18.01", "", True, "pertanian", [
        ("pupuk-kompos", "Pupuk Kompos Organik Granul 40 kg", "karung", 45000, 3000, 7),
        ("pupuk-cair", "Pupuk Organik Cair (POC) 1 Liter", "botol", 35000, 1500, 5)]),
    ("PT04", "Pembenihan Ikan Mina Jaya", "mikro", "18.01", "", True, "pertanian", [
        ("benih-lele", "Benih Ikan Lele Sangkuriang 5-7 cm", "ekor", 250, 200000, 7),
        ("benih-nila", "Benih Ikan Nila Merah 5-7 cm", "ekor", 350, 100000, 7)]),
    ("PT05", "Koperasi Bibit Kopi Tanggamus", "koperasi", "18.06", "", True, "pertanian", [
        ("bibit-kopi", "Bibit Kopi Robusta Sambung Pucuk", "batang", 4000, 30000, 14)]),
    ("PT06", "Tani Mulya Lebak", "mikro", "36.02", "", True, "pertanian", [
        ("beras", "Beras Lokal Premium Lebak Kemasan 5 kg", "pcs", 70000, 3000, 3),
        ("sayur", "Paket Sayur Segar (Bayam, Kangkung, Wortel)", "kg", 15000, 2000, 1)]),
    ("PT07", "Peternakan Ayam Petelur Berkah Natar", "mikro", "18.01", "", True, "pertanian", [
        ("telur", "Telur Ayam Ras Segar", "kg", 28000, 2000, 1)]),
    # ---- lainnya
    ("LN01", "Tenda & Dekorasi Berkah", "mikro", "36.01", "", True, "lainnya", [
        ("sewa-tenda", "Sewa Tenda Dekorasi 5x5 m + 50 Kursi", "paket", 1500000, 20, 3),
        ("sewa-sound", "Sewa Sound System 2000 W per Hari", "paket", 1200000, 25, 2)]),
    ("LN02", "Laundry Bersih Kalianda", "mikro", "18.01", "", True, "lainnya", [
        ("laundry", "Jasa Laundry Linen / Seprai Kiloan", "kg", 8000, 3000, 2)]),
    ("LN03", "CV Teknik Dingin Jaya", "kecil", "36.02", "", True, "lainnya", [
        ("servis-ac", "Jasa Service Cuci AC Split 1/2-1 PK", "unit", 75000, 300, 2),
        ("isi-ulang-apar", "Isi Ulang APAR Powder 3 kg", "tabung", 150000, 300, 3)]),
]

CATEGORY = {s[0]: s[6] for s in SUPPLIERS}

# Fresh food and catering: one month's capacity must carry the order, and the maker must be in the
# need's kabupaten/kota when any qualifies there, else in its province.
PERISHABLE = {"nasi-kotak", "snack-box", "prasmanan", "nasi-liwet", "tumpeng", "coffee-break", "kue-basah",
              "roti-manis", "roti-tawar", "susu-kedelai", "jamu-kunyit-asam", "beras-kencur", "sayur", "telur"}

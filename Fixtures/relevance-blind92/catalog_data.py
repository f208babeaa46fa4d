"""relevance-blind92 catalog: suppliers and hand-written products, each with the labeller's private kind.

SUPPLIERS rows: (key, name, scale, region, certificates, active, category, products);
product rows: (kind, name as the maker writes it, unit, unit_price, capacity_per_month, lead_time_days).
Kinds never reach the CSVs; build.py uses them to compute labels.
"""

SUPPLIERS = [
    # ---- jasa-boga (catering), Banten
    ("JB01", "Katering Dapur Bu Eni", "kecil", "36.73", "halal;pirt", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar + Lalapan", "box", 35000, 3000, 2),
        ("snack-box", "Snack Box Isi 3 Kue Basah + Air Mineral", "box", 15000, 4000, 1),
        ("prasmanan", "Paket Prasmanan Menu Nusantara", "porsi", 65000, 1500, 3)]),
    ("JB02", "RM Sari Rasa Labuan", "mikro", "36.01", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Box Ayam Goreng Bumbu Kuning", "box", 30000, 400, 1),
        ("nasi-liwet", "Nasi Liwet Komplit Paket Liwetan", "porsi", 40000, 300, 2)]),
    ("JB03", "Katering Berkah Cilegon", "kecil", "36.72", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Rendang Sapi", "box", 42000, 2500, 2),
        ("snack-box", "Paket Coffee Break 2 Kue + Kopi/Teh", "paket", 18000, 2000, 1),
        ("tumpeng", "Nasi Tumpeng Kuning Komplit 20 Orang", "tumpeng", 850000, 40, 3)]),
    ("JB04", "Dapur Gizi Sehat Rangkasbitung", "kecil", "36.02", "halal;pirt", True, "jasa-boga", [
        ("katering-pasien", "Katering Makan Pasien Rawat Inap Diet Biasa 3x Sehari", "porsi", 32000, 9000, 3),
        ("nasi-kotak", "Nasi Kotak Ikan Pindang", "box", 28000, 1200, 2)]),
    ("JB05", "PT Boga Raya Nusantara", "besar", "36.03", "halal;iso-9001", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Premium Ayam Bakar Madu", "box", 38000, 20000, 2),
        ("prasmanan", "Prasmanan Buffet Hotel Style", "porsi", 85000, 10000, 3),
        ("katering-pasien", "Katering Diet Pasien Rumah Sakit", "porsi", 36000, 30000, 5)]),
    ("JB06", "Katering Citra Rasa Cisadane", "menengah", "36.71", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Ayam Goreng Kremes", "box", 37000, 5000, 2),
        ("prasmanan", "Prasmanan Resepsi & Acara Dinas", "porsi", 70000, 3000, 4),
        ("snack-box", "Kue Kotak Isi 4 Macam", "box", 16000, 5000, 1)]),
    ("JB07", "Snack Kotak Mba Ratna", "mikro", "36.74", "pirt", True, "jasa-boga", [
        ("snack-box", "Snack Box Lemper Risol Sus", "box", 12000, 1500, 1),
        ("kue-tampah", "Kue Tampah Jajan Pasar", "tampah", 250000, 60, 2)]),
    # ---- jasa-boga, Lampung
    ("JB08", "Katering Siger Tanjungkarang", "kecil", "18.71", "halal;pirt", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Gulai Ikan Baung", "box", 36000, 3500, 2),
        ("prasmanan", "Prasmanan Menu Lampung Seruit & Pindang", "porsi", 60000, 2000, 3),
        ("snack-box", "Snack Box Rapat 3 Item", "box", 14000, 4000, 1)]),
    ("JB09", "Dapur Mama Metro", "mikro", "18.72", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Box Ayam Penyet", "box", 27000, 600, 1),
        ("snack-box", "Snack Box Kue Basah", "box", 11000, 800, 1)]),
    ("JB10", "Tumpeng & Nasi Box Pringsewu", "mikro", "18.10", "halal", True, "jasa-boga", [
        ("tumpeng-mini", "Tumpeng Mini Nasi Kuning Perorangan", "box", 30000, 800, 2),
        ("tumpeng", "Nasi Tumpeng Besar Hias 30 Porsi", "tumpeng", 1100000, 25, 3),
        ("nasi-kotak", "Nasi Kotak Ayam Bakar Taliwang", "box", 33000, 700, 2)]),
    ("JB11", "Katering Husada Kalianda", "kecil", "18.01", "halal;pirt", True, "jasa-boga", [
        ("katering-pasien", "Makan Pasien RS 3x Sehari + Snack", "porsi", 30000, 8000, 4),
        ("nasi-kotak", "Nasi Kotak Menu Harian", "box", 26000, 1500, 1)]),
    ("JB12", "Warung Nasi Bu Darmi", "mikro", "18.07", "", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Bungkus / Nasi Kotak Lauk Telur Balado", "box", 20000, 1000, 1)]),
    # ---- jasa-boga, Jawa Barat
    ("JB13", "Katering Puncak Sari", "kecil", "32.01", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Sunda Ayam Tahu Tempe Sambal", "box", 35000, 3000, 2),
        ("prasmanan", "Prasmanan Sunda Komplit", "porsi", 62000, 2500, 3),
        ("snack-box", "Snack Box Rapat Isi 3", "box", 15000, 3500, 1)]),
    ("JB14", "Katering Pangkal Perjuangan", "menengah", "32.15", "halal;iso-9001", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Makan Siang Peserta Pelatihan", "box", 34000, 6000, 2),
        ("snack-box", "Coffee Break Pagi/Sore Paket", "paket", 20000, 6000, 1),
        ("katering-pasien", "Katering Pasien Diet Lunak / Biasa", "porsi", 34000, 10000, 5)]),
    ("JB15", "Katering Cikarang Jaya", "kecil", "32.16", "halal", False, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar", "box", 30000, 4000, 2),
        ("prasmanan", "Prasmanan Menu Betawi", "porsi", 58000, 2000, 3)]),
    ("JB16", "Dapur Kue Ibu Nani", "mikro", "32.75", "halal;pirt", True, "jasa-boga", [
        ("snack-box", "Snack Box Kue Basah 3 Pcs", "box", 13000, 1200, 1),
        ("tumpeng-mini", "Tumpeng Mini Nasi Kuning per Orang", "box", 28000, 500, 2)]),
    # ---- makanan (oleh-oleh)
    ("MK01", "Keripik Pisang Cap Gajah", "kecil", "18.71", "halal;pirt", True, "makanan", [
        ("keripik-pisang-coklat", "Keripik Pisang Cokelat 250 gr", "pack", 25000, 4000, 3),
        ("keripik-pisang", "Keripik Pisang Original Manis 500 gr", "pack", 38000, 2500, 3),
        ("lanting", "Lanting Singkong Bawang 200 gr", "pack", 15000, 2000, 3)]),
    ("MK02", "Emping Melinjo Menes", "mikro", "36.01", "pirt", True, "makanan", [
        ("emping-mentah", "Emping Melinjo Mentah Super 500 gr", "pack", 55000, 800, 3),
        ("emping-goreng", "Emping Melinjo Goreng Manis Pedas 250 gr", "pack", 32000, 1000, 3)]),
    ("MK03", "Kemplang Tenggiri Kalianda", "mikro", "18.01", "halal;pirt", True, "makanan", [
        ("kemplang-panggang", "Kerupuk Kemplang Ikan Tenggiri Panggang 250 gr", "pack", 30000, 1500, 4),
        ("kemplang-goreng", "Kemplang Goreng Pedas 200 gr", "pack", 22000, 1200, 4)]),
    ("MK04", "Dodol Sari Rasa Garut", "kecil", "32.05", "halal;pirt", True, "makanan", [
        ("dodol-500", "Dodol Garut Aneka Rasa 500 gr isi 20", "box", 35000, 5000, 3),
        ("dodol-wijen", "Dodol Wijen 250 gr", "box", 20000, 3000, 3)]),
    ("MK05", "Abon Berkah Karawang", "mikro", "32.15", "halal;pirt", True, "makanan", [
        ("abon-sapi", "Abon Sapi Manis 250 gr", "pack", 60000, 1200, 3),
        ("abon-ikan", "Abon Ikan Tuna Pedas 100 gr", "pack", 28000, 900, 3)]),
    ("MK06", "Pia Legit Cisadane", "kecil", "36.71", "halal;pirt", True, "makanan", [
        ("pia-kacang-hijau", "Pia Kacang Hijau Isi 10", "box", 30000, 3000, 2),
        ("pia-keju", "Bakpia Keju Isi 15", "box", 40000, 2000, 2)]),
    ("MK07", "Gipang Jipang Ciwandan", "mikro", "36.72", "pirt", True, "makanan", [
        ("gipang", "Gipang Beras Ketan Gula Merah Khas Banten 250 gr", "pack", 18000, 1500, 3),
        ("rengginang-terasi", "Rengginang Terasi Mentah 500 gr", "pack", 25000, 1000, 3)]),
    ("MK08", "Sate Bandeng Bu Sari", "mikro", "36.73", "halal;pirt", True, "makanan", [
        ("sate-bandeng", "Sate Bandeng Khas Serang per Tusuk", "tusuk", 30000, 1500, 1),
        ("bandeng-presto", "Bandeng Presto Duri Lunak Isi 2", "pack", 45000, 1000, 2)]),
    ("MK09", "Keripik Talas Bogor Asli", "mikro", "32.01", "halal;pirt", True, "makanan", [
        ("keripik-talas", "Keripik Talas Balado 200 gr", "pack", 20000, 2500, 3),
        ("keripik-singkong", "Keripik Singkong Pedas Manis 250 gr", "pack", 17000, 3000, 3)]),
    ("MK10", "PT Nusa Snack Industri", "besar", "32.75", "halal;bpom;sni", True, "makanan", [
        ("keripik-kentang", "Keripik Kentang Balado 100 gr", "pack", 14000, 100000, 5),
        ("keripik-singkong", "Keripik Singkong Original 200 gr", "pack", 12000, 80000, 5)]),
    ("MK11", "Rumah Kue Ana Kragilan", "mikro", "36.04", "halal;pirt", True, "makanan", [
        ("kue-basah", "Kue Basah Jajanan Pasar Lemper Lapis Nagasari per Pcs", "pcs", 3500, 3000, 1),
        ("lapis-legit", "Lapis Legit Original 20x20 cm", "loyang", 350000, 80, 3)]),
    ("MK12", "Keripik Tempe Sagu Pasar Kemis", "mikro", "36.03", "pirt", True, "makanan", [
        ("keripik-tempe", "Keripik Tempe Sagu 250 gr", "pack", 18000, 2000, 3),
        ("kerupuk-rambak", "Kerupuk Kulit Sapi Rambak 100 gr", "pack", 22000, 800, 3)]),
    ("MK13", "Koperasi Opak Ranginang Lebak", "koperasi", "36.02", "pirt", True, "makanan", [
        ("rengginang-1kg", "Rengginang Ketan Mentah 1 kg", "pack", 45000, 800, 3),
        ("opak", "Opak Ketan Bakar 250 gr", "pack", 15000, 1000, 3)]),
    ("MK14", "Kerupuk Udang Karangampel", "kecil", "32.12", "halal;pirt", True, "makanan", [
        ("kerupuk-udang", "Kerupuk Udang Mentah 500 gr", "pack", 40000, 3000, 3),
        ("kerupuk-ikan", "Kerupuk Ikan Tengiri Mentah 500 gr", "pack", 35000, 2500, 3)]),
    # ---- minuman
    ("MN01", "Koperasi Kopi Robusta Gisting", "koperasi", "18.06", "halal;pirt", True, "minuman", [
        ("kopi-bubuk", "Kopi Robusta Bubuk Lampung 250 gr", "pack", 35000, 3000, 3),
        ("kopi-biji", "Kopi Robusta Biji Sangrai Roast Bean 1 kg", "kg", 140000, 500, 4)]),
    ("MN02", "Jahe Merah Instan Cimanuk", "mikro", "36.01", "pirt", True, "minuman", [
        ("jahe-instan", "Minuman Jahe Merah Instan Serbuk 250 gr", "pack", 25000, 1500, 3),
        ("bandrek", "Bandrek Instan Sachet Isi 10", "pack", 20000, 1000, 3)]),
    ("MN03", "Sirup Pala Kebun Raya", "mikro", "32.71", "halal;pirt", True, "minuman", [
        ("sirup-pala", "Sirup Pala Bogor 600 ml", "botol", 30000, 1200, 3)]),
    ("MN04", "AMDK Tirta Pesawaran", "kecil", "18.09", "halal;bpom;sni", True, "minuman", [
        ("amdk-gelas", "Air Minum Dalam Kemasan Gelas 240 ml Dus Isi 48", "dus", 22000, 8000, 2),
        ("amdk-botol", "AMDK Botol 600 ml Dus Isi 24", "dus", 42000, 5000, 2)]),
    ("MN05", "Teh Gunung Halimun", "mikro", "32.02", "pirt", True, "minuman", [
        ("teh-hijau", "Teh Hijau Daun Kering 100 gr", "pack", 25000, 1500, 3),
        ("teh-celup", "Teh Celup Hitam Isi 25", "box", 12000, 2000, 3)]),
    # ---- fesyen
    ("FS01", "Batik Krakatoa Serang", "kecil", "36.73", "batikmark", True, "fesyen", [
        ("batik-tulis", "Kain Batik Tulis Motif Banten 2 m", "lembar", 650000, 60, 14),
        ("batik-cap", "Kain Batik Cap Motif Sura Sowan 2 m", "lembar", 180000, 400, 7),
        ("kemeja-batik", "Kemeja Batik Cap Pria Lengan Panjang", "pcs", 210000, 500, 10)]),
    ("FS02", "Tapis Sinar Lampung", "mikro", "18.71", "", True, "fesyen", [
        ("kain-tapis", "Kain Tapis Lampung Benang Emas", "lembar", 1500000, 20, 21),
        ("selendang-tapis", "Selendang Tapis Motif Pucuk Rebung", "pcs", 350000, 100, 10)]),
    ("FS03", "Konveksi Mandiri Balaraja", "kecil", "36.03", "", True, "fesyen", [
        ("seragam-pdh", "Seragam PDH Khaki ASN Jahit Ukur", "stel", 275000, 1500, 21),
        ("kaos-polo", "Kaos Polo Bordir Logo Instansi", "pcs", 85000, 3000, 14)]),
    ("FS04", "Batik Trusmi Mega Mendung", "kecil", "32.09", "batikmark", True, "fesyen", [
        ("batik-tulis", "Batik Tulis Mega Mendung Sutra", "lembar", 900000, 40, 21),
        ("batik-cap", "Batik Cap Mega Mendung Katun Primis", "lembar", 150000, 800, 7)]),
    ("FS05", "Bordir Kawalu Tasik", "mikro", "32.78", "", True, "fesyen", [
        ("kerudung-bordir", "Kerudung Bordir Tasik Segi Empat", "pcs", 75000, 800, 7),
        ("mukena-bordir", "Mukena Bordir Tasik Katun", "pcs", 250000, 300, 10)]),
    # ---- kerajinan
    ("KR01", "Anyaman Pandan Rajapolah", "kecil", "32.06", "", True, "kerajinan", [
        ("tas-pandan", "Tas Anyaman Pandan Souvenir", "pcs", 35000, 2000, 10),
        ("keranjang-parsel", "Keranjang Parsel Anyaman Bambu", "pcs", 30000, 1500, 7),
        ("tikar-pandan", "Tikar Pandan 2x3 m", "lembar", 180000, 200, 10)]),
    ("KR02", "Gerabah Plered Lestari", "mikro", "32.14", "", True, "kerajinan", [
        ("vas-gerabah", "Vas Gerabah Tanah Liat Ukir", "pcs", 75000, 500, 14),
        ("celengan-gerabah", "Celengan Gerabah Karakter", "pcs", 20000, 1500, 7)]),
    ("KR03", "Souvenir Ciomas Asli", "mikro", "36.04", "", True, "kerajinan", [
        ("miniatur-golok", "Miniatur Golok Ciomas Gantungan Kunci", "pcs", 15000, 3000, 7),
        ("plakat-kayu", "Plakat Kayu Ukir Logo Instansi", "pcs", 175000, 300, 10)]),
    ("KR04", "Kerajinan Bambu Way Kanan", "mikro", "18.08", "", True, "kerajinan", [
        ("besek", "Besek Bambu Anyam Isi 10", "ikat", 25000, 2000, 5),
        ("miniatur-rumah-adat", "Miniatur Rumah Adat Nuwo Sesat", "pcs", 450000, 30, 21)]),
    ("KR05", "Boneka Flanel Margonda", "mikro", "32.76", "", True, "kerajinan", [
        ("boneka-maskot", "Boneka Maskot Custom Flanel 30 cm", "pcs", 95000, 400, 14)]),
    # ---- perhiasan
    ("PH01", "Perak Siger Lampung", "mikro", "18.71", "", True, "perhiasan", [
        ("bros-siger", "Bros Siger Lapis Emas", "pcs", 85000, 500, 10),
        ("cincin-perak", "Cincin Perak 925 Ukir", "pcs", 250000, 150, 14)]),
    ("PH02", "Mutiara Pesisir Anyer", "mikro", "36.04", "", True, "perhiasan", [
        ("kalung-mutiara-laut", "Kalung Mutiara Air Laut", "pcs", 650000, 60, 14),
        ("gelang-manik", "Gelang Manik-Manik Etnik", "pcs", 25000, 1500, 7)]),
    ("PH03", "Kriya Emas Tasik", "kecil", "32.78", "sni", True, "perhiasan", [
        ("liontin-emas", "Liontin Emas 24K 2 gram", "pcs", 2900000, 40, 14),
        ("pin-emas", "Pin Lencana Emas Kuning 2 gram", "pcs", 2700000, 50, 21)]),
    # ---- furnitur
    ("FN01", "Meubel Jati Rajabasa", "kecil", "18.01", "svlk", True, "furnitur", [
        ("meja-kerja", "Meja Kerja Kayu Jati 1/2 Biro", "unit", 1850000, 60, 21),
        ("kursi-tamu", "Kursi Tamu Kayu Jati 1 Set", "set", 4500000, 20, 30)]),
    ("FN02", "Rotan Tegalwangi", "kecil", "32.09", "svlk", True, "furnitur", [
        ("kursi-rotan", "Kursi Rotan Sintetis Teras", "unit", 650000, 200, 14),
        ("meja-rotan", "Meja Rotan Bundar", "unit", 900000, 100, 14)]),
    ("FN03", "Mebel Sekolah Karya Lebak", "mikro", "36.02", "", True, "furnitur", [
        ("meja-kursi-siswa", "Meja Kursi Siswa SD Kayu 1 Set", "set", 750000, 300, 30),
        ("lemari-kayu", "Lemari Arsip Kayu 2 Pintu", "unit", 2200000, 40, 30)]),
    ("FN04", "PT Steelindo Office", "besar", "36.71", "sni;iso-9001", True, "furnitur", [
        ("lemari-besi", "Lemari Arsip Besi 4 Laci", "unit", 3000000, 500, 14)]),
    # ---- herbal
    ("HB01", "Jamu Sehat Pringsewu", "mikro", "18.10", "pirt", True, "herbal", [
        ("jamu-temulawak", "Jamu Instan Temulawak Serbuk 200 gr", "pack", 22000, 1500, 3)]),
    ("HB02", "Koperasi Madu Hutan Way Kanan", "koperasi", "18.08", "pirt", True, "herbal", [
        ("madu-hutan", "Madu Hutan Murni 500 gr", "botol", 120000, 600, 5),
        ("madu-kelulut", "Madu Kelulut Trigona 250 gr", "botol", 150000, 200, 5)]),
    ("HB03", "Herbal Kelor Malingping", "mikro", "36.02", "bpom", True, "herbal", [
        ("kapsul-kelor", "Kapsul Daun Kelor Isi 60", "botol", 55000, 1000, 5),
        ("teh-kelor", "Teh Daun Kelor Celup", "box", 30000, 1000, 5)]),
    ("HB04", "Atsiri Samarang Garut", "kecil", "32.05", "bpom", True, "herbal", [
        ("minyak-sereh", "Minyak Sereh Wangi 100 ml", "botol", 40000, 1500, 5),
        ("minyak-kayu-putih", "Minyak Kayu Putih 60 ml", "botol", 30000, 2000, 5)]),
    # ---- kosmetik
    ("KS01", "Sabun Herbal Cibadak", "mikro", "32.02", "bpom", True, "kosmetik", [
        ("sabun-batang", "Sabun Mandi Batang Herbal Sereh 100 gr", "pcs", 15000, 3000, 5),
        ("sabun-cair", "Sabun Cair Cuci Tangan 500 ml", "botol", 25000, 2000, 5)]),
    ("KS02", "Lulur Putri Kasemen", "mikro", "36.73", "pirt", True, "kosmetik", [
        ("lulur", "Lulur Mandi Beras Kencur 200 gr", "jar", 35000, 800, 5),
        ("masker-bengkoang", "Masker Wajah Bengkoang 100 gr", "jar", 30000, 600, 5)]),
    ("KS03", "Kosmetik Alami Metro", "kecil", "18.72", "bpom;halal", True, "kosmetik", [
        ("hand-sanitizer", "Hand Sanitizer Gel 500 ml", "botol", 30000, 3000, 4),
        ("sabun-batang", "Sabun Transparan Madu 80 gr", "pcs", 12000, 2500, 4)]),
    # ---- logam
    ("LG01", "Pande Golok Ciomas", "mikro", "36.04", "", True, "logam", [
        ("golok", "Golok Ciomas Sarung Kayu", "pcs", 350000, 150, 14),
        ("pisau-dapur", "Pisau Dapur Baja Per", "pcs", 75000, 500, 7)]),
    ("LG02", "Pandai Besi Cibatu", "kecil", "32.14", "sni", True, "logam", [
        ("cangkul", "Cangkul Baja Gagang Kayu", "pcs", 95000, 1200, 10),
        ("arit", "Arit Sabit Rumput", "pcs", 55000, 1500, 7)]),
    ("LG03", "Kuningan Telukbetung", "mikro", "18.71", "", True, "logam", [
        ("plakat-kuningan", "Plakat Kuningan Ukir Nama", "pcs", 450000, 100, 14)]),
    ("LG04", "Aluminium Cilegon Jaya", "kecil", "36.72", "", True, "logam", [
        ("panci-besar", "Panci Aluminium Besar 50 Liter", "pcs", 850000, 150, 10),
        ("dandang", "Dandang Aluminium 40 cm", "pcs", 450000, 200, 10)]),
    # ---- percetakan
    ("PC01", "Percetakan Sinar Serang", "kecil", "36.73", "", True, "percetakan", [
        ("spanduk", "Cetak Spanduk Flexi 280 gr per m2", "m2", 25000, 5000, 2),
        ("undangan", "Undangan Cetak Hardcover", "pcs", 8000, 10000, 5)]),
    ("PC02", "Kemasan Dus Lampung", "mikro", "18.71", "", True, "percetakan", [
        ("dus-nasi", "Dus Nasi Kotak Laminasi 20x20", "pcs", 1500, 50000, 5),
        ("dus-snack", "Dus Snack Box Motif 15x15", "pcs", 900, 60000, 5)]),
    ("PC03", "ATK Mandiri Karawang", "kecil", "32.15", "", True, "percetakan", [
        ("map-snelhecter", "Map Snelhecter Plastik Cetak Logo", "pcs", 4500, 20000, 5),
        ("stempel", "Stempel Flash Otomatis", "pcs", 120000, 300, 3)]),
    ("PC04", "Sablon Label Pamulang", "mikro", "36.74", "", True, "percetakan", [
        ("stiker-label", "Stiker Label Kemasan UMKM Lembar A3", "lembar", 8000, 10000, 3),
        ("id-card", "ID Card PVC + Lanyard Cetak", "pcs", 15000, 5000, 4)]),
    # ---- pertanian
    ("PT01", "Pembenihan Lele Gadingrejo", "mikro", "18.10", "", True, "pertanian", [
        ("benih-lele", "Benih Ikan Lele Sangkuriang 5-7 cm", "ekor", 250, 200000, 3),
        ("benih-nila", "Benih Ikan Nila Merah 5-7 cm", "ekor", 400, 150000, 3)]),
    ("PT02", "Koperasi Beras Pandanwangi Cianjur", "koperasi", "32.03", "", True, "pertanian", [
        ("beras-pandanwangi", "Beras Pandan Wangi Cianjur 5 kg", "karung", 95000, 5000, 3),
        ("beras-medium", "Beras Medium IR 64 per kg", "kg", 13500, 100000, 3)]),
    ("PT03", "Bibit Buah Talang Padang", "mikro", "18.06", "", True, "pertanian", [
        ("bibit-durian", "Bibit Durian Musang King Okulasi 60 cm", "batang", 75000, 3000, 7),
        ("bibit-alpukat", "Bibit Alpukat Aligator Sambung", "batang", 45000, 3000, 7)]),
    ("PT04", "Koperasi Tani Organik Cibadak", "koperasi", "36.02", "", True, "pertanian", [
        ("pupuk-kompos", "Pupuk Kompos Organik 25 kg", "karung", 35000, 5000, 5),
        ("sayur-segar", "Sayur Segar Paket Bayam Kangkung Sawi per kg", "kg", 12000, 3000, 1)]),
    ("PT05", "Ikan Hias Ciseeng", "mikro", "32.01", "", True, "pertanian", [
        ("ikan-koki", "Ikan Mas Koki Oranda 5 cm", "ekor", 15000, 5000, 3)]),
    # ---- lainnya
    ("LN01", "Sapu Ijuk Cikande", "mikro", "36.04", "", True, "lainnya", [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 3000, 3),
        ("keset-sabut", "Keset Sabut Kelapa", "pcs", 20000, 2000, 5)]),
    ("LN02", "Genteng Jatiwangi Makmur", "kecil", "32.10", "sni", True, "lainnya", [
        ("genteng-tanah", "Genteng Tanah Liat Press Jatiwangi", "buah", 3500, 100000, 10),
        ("bata-merah", "Bata Merah Press", "buah", 900, 200000, 7)]),
    ("LN03", "Paving Blok Hadimulyo", "kecil", "18.72", "sni", True, "lainnya", [
        ("paving-blok", "Paving Blok K-300 6 cm per m2", "m2", 75000, 3000, 14)]),
]

CATEGORY = {key: cat for key, _n, _s, _r, _c, _a, cat, _p in SUPPLIERS}

# Perishable: every jasa-boga kind, plus fresh food that will not keep a week (kue basah, sate bandeng,
# bandeng presto, sayur segar). Made within one month; bought locally first (see README).
PERISHABLE = {kind for *_x, cat, prods in SUPPLIERS if cat == "jasa-boga" for kind, *_y in prods} | {
    "kue-basah", "sate-bandeng", "bandeng-presto", "sayur-segar"}

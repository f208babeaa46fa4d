"""Hand-written IKM catalog for relevance-blind95. Each product: (kind, name, unit, price, capacity/month, lead days).
Kinds are the labeller's private classes; they never reach the CSVs."""

# perishable kinds: all jasa-boga, plus kue basah and fresh hydroponic vegetables
PERISHABLE = {"nasi-kotak", "nasi-bungkus", "snack-box", "prasmanan", "tumpeng", "nasi-liwet", "coffee-break",
              "kue-basah", "sayur-hidroponik"}

# (key, name, scale, region, certificates, active, category, products)
SUPPLIERS = [
    # makanan
    ("MK1", "Keripik Pisang Ibu Sari", "mikro", "18.71", "halal;pirt", True, "makanan", [
        ("keripik-pisang", "Keripik Pisang Coklat 250 gr", "pcs", 18000, 3000, 5),
        ("keripik-pisang", "Keripik Pisang Original Lampung 500 gr", "pcs", 30000, 2000, 5),
        ("abon-ikan", "Sambal Lingkung (Abon Ikan Tenggiri) 200 gr", "pcs", 55000, 800, 5),
        ("kemplang", "Kerupuk Kemplang Ikan Tenggiri 250 gr", "pcs", 25000, 1500, 4)]),
    ("MK2", "Emping Melinjo Menes Jaya", "mikro", "36.01", "pirt", True, "makanan", [
        ("emping-1kg", "Emping Melinjo Super 1 kg", "kg", 95000, 400, 4),
        ("emping-pedas-250", "Emping Melinjo Pedas Manis 250 gr", "pcs", 28000, 1200, 4)]),
    ("MK3", "Sate Bandeng Bu Entin", "kecil", "36.73", "halal;pirt", True, "makanan", [
        ("sate-bandeng", "Sate Bandeng Khas Banten (per ekor, vakum)", "pcs", 45000, 600, 2),
        ("otak-otak", "Otak-otak Bandeng Frozen isi 10", "pack", 35000, 900, 2)]),
    ("MK4", "Dapur Kue Rima Cilegon", "mikro", "36.72", "halal", True, "makanan", [
        ("kue-basah", "Kue Basah Aneka (lemper, risol, kue lapis)", "pcs", 3500, 4000, 1),
        ("kue-basah", "Lemper Ayam Daun Pisang", "pcs", 3000, 2500, 1)]),
    ("MK5", "Pia & Lapis Legit Metro Sejahtera", "kecil", "18.72", "halal;pirt", True, "makanan", [
        ("pia", "Pia Kacang Hijau isi 20", "box", 40000, 1000, 3),
        ("lapis-legit", "Lapis Legit Premium 20x20 cm", "box", 250000, 150, 3),
        ("lapis-legit-10x20", "Lapis Legit Prunes 10x20 cm", "box", 140000, 200, 3)]),
    ("MK7", "PT Rasa Nusantara Food", "besar", "36.03", "halal;pirt;iso-9001", True, "makanan", [
        ("kue-kering", "Kue Kering Nastar Toples 500 gr", "toples", 85000, 20000, 3),
        ("kue-kering", "Kastengel Keju Toples 500 gr", "toples", 90000, 15000, 3)]),
    # minuman
    ("MN1", "Koperasi Kopi Lampung Barat", "koperasi", "18.04", "halal", True, "minuman", [
        ("kopi-bubuk", "Kopi Bubuk Robusta Lampung 250 gr", "pcs", 45000, 3000, 5),
        ("kopi-biji", "Kopi Biji Roasted Robusta 1 kg", "kg", 160000, 500, 5)]),
    ("MN2", "Sari Jahe Merah Ciomas", "mikro", "36.04", "pirt;halal", True, "minuman", [
        ("jahe-instan", "Minuman Serbuk Jahe Merah Instan 250 gr", "pcs", 25000, 1500, 3),
        ("kunyit-instan", "Kunyit Asam Instan Serbuk 250 gr", "pcs", 25000, 1000, 3)]),
    ("MN3", "Tirta Lebak Mandiri", "kecil", "36.02", "halal;bpom;sni", True, "minuman", [
        ("air-mineral-gelas", "Air Minum Dalam Kemasan Gelas 220 ml (dus isi 48)", "dus", 22000, 6000, 2),
        ("air-mineral-botol", "Air Mineral Botol 600 ml (dus isi 24)", "dus", 42000, 4000, 2)]),
    ("MN4", "Sirup Pala Bogor Asri", "mikro", "32.01", "pirt", True, "minuman", [
        ("sirup-pala", "Sirup Pala 600 ml", "botol", 35000, 600, 3)]),
    ("MN5", "Koperasi Tani Kopi Tanggamus", "koperasi", "18.06", "halal", True, "minuman", [
        ("kopi-bubuk", "Bubuk Kopi Tanggamus Premium 500 gr", "pcs", 75000, 2000, 4),
        ("teh-rosella", "Teh Bunga Rosella Kering 100 gr", "pcs", 30000, 500, 4)]),
    # jasa-boga
    ("JB1", "Catering Sinar Pandeglang", "kecil", "36.01", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar + Lalapan", "porsi", 30000, 3000, 2),
        ("snack-box", "Snack Box 3 Kue + Air Mineral", "box", 15000, 3000, 1)]),
    ("JB2", "Dapur Bu Ros Serang", "mikro", "36.73", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Box Ayam Goreng Sambal", "porsi", 27000, 500, 1),
        ("snack-box", "Kue Kotak Rapat isi 4", "box", 14000, 800, 1)]),
    ("JB3", "Catering Berkah Tanjungkarang", "kecil", "18.71", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Rendang Daging", "porsi", 35000, 2500, 2),
        ("prasmanan", "Prasmanan Paket Lengkap per orang", "pax", 55000, 1500, 3),
        ("tumpeng", "Nasi Tumpeng Mini per porsi", "porsi", 40000, 1200, 2)]),
    ("JB4", "Warung Nasi Mbak Yuni Pringsewu", "mikro", "18.10", "halal", True, "jasa-boga", [
        ("nasi-bungkus", "Nasi Bungkus Lauk Ayam", "porsi", 20000, 150, 1)]),
    ("JB5", "Liwet Kastel Cilegon", "mikro", "36.72", "halal", True, "jasa-boga", [
        ("nasi-liwet", "Nasi Liwet Komplit per porsi", "porsi", 28000, 200, 1)]),
    ("JB6", "Kartika Catering Tangerang", "kecil", "36.71", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Menu Padang", "porsi", 32000, 2000, 2),
        ("snack-box", "Snack Box Premium isi 3", "box", 18000, 2000, 1),
        ("coffee-break", "Paket Coffee Break (2 snack + kopi/teh)", "pax", 25000, 1500, 1)]),
    ("JB7", "Katering Putri Karawang", "kecil", "32.15", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Box Ayam Bakar Madu", "porsi", 29000, 1500, 2)]),
    # fesyen
    ("FS1", "Tapis Ratu Lampung", "kecil", "18.71", "", True, "fesyen", [
        ("kain-tapis", "Kain Tapis Lampung Tenun Benang Emas", "lembar", 850000, 40, 14),
        ("selendang-tapis", "Selendang Tapis Motif Siger", "pcs", 175000, 200, 7),
        ("peci-tapis", "Peci Motif Tapis", "pcs", 65000, 500, 5)]),
    ("FS2", "Batik Kaserangan Banten", "kecil", "36.73", "batikmark", True, "fesyen", [
        ("batik-cap-kain", "Kain Batik Cap Motif Banten 2 m", "lembar", 225000, 300, 7),
        ("kemeja-batik-cap", "Kemeja Batik Cap Banten Lengan Panjang", "pcs", 185000, 300, 10),
        ("batik-tulis-kain", "Kain Batik Tulis Motif Sebakingking 2,15 m", "lembar", 950000, 20, 21)]),
    ("FS3", "Konveksi Rangkasbitung Rapi", "kecil", "36.02", "", True, "fesyen", [
        ("seragam-pdh", "Seragam PDH / PDL ASN (kain + jahit)", "stel", 285000, 800, 21),
        ("kaos-kegiatan", "Kaos Kegiatan Cotton Combed 30s Sablon", "pcs", 65000, 2000, 10),
        ("rompi", "Rompi Drill Bordir Logo", "pcs", 120000, 500, 10)]),
    ("FS4", "Konveksi Metro Jaya", "mikro", "18.72", "", True, "fesyen", [
        ("kaos-polo", "Kaos Polo Lacoste Bordir Logo Instansi", "pcs", 95000, 600, 10),
        ("topi", "Topi Drill Bordir", "pcs", 35000, 1000, 7)]),
    ("FS6", "PT Garmen Cikarang Utama", "besar", "32.16", "sni", True, "fesyen", [
        ("seragam-sekolah", "Seragam Sekolah SD Putih Merah (stel)", "stel", 120000, 50000, 14)]),
    # kerajinan
    ("KR1", "Anyaman Pandan Lebak", "mikro", "36.02", "", True, "kerajinan", [
        ("tas-anyaman", "Tas Anyaman Pandan Motif Baduy", "pcs", 85000, 400, 7),
        ("tikar-pandan", "Tikar Pandan 2x3 m", "lembar", 150000, 100, 10)]),
    ("KR2", "Souvenir Siger Bandar Lampung", "kecil", "18.71", "", True, "kerajinan", [
        ("miniatur-siger", "Miniatur Siger Kuningan / Resin Pajangan", "pcs", 175000, 300, 7),
        ("gantungan-kunci", "Gantungan Kunci Akrilik Custom Logo", "pcs", 6000, 5000, 7)]),
    ("KR3", "Kerajinan Bambu Pandeglang", "mikro", "36.01", "", True, "kerajinan", [
        ("keranjang-parsel", "Keranjang Parsel Rotan/Bambu", "pcs", 45000, 600, 5),
        ("kotak-tisu-bambu", "Kotak Tisu Bambu", "pcs", 35000, 500, 5)]),
    ("KR4", "Koja Kanekes", "mikro", "36.02", "", True, "kerajinan", [
        ("tas-koja", "Tas Koja Baduy (serat kulit kayu teureup)", "pcs", 65000, 300, 7)]),
    ("KR5", "Plakat & Trophy Cipondoh", "kecil", "36.71", "", True, "kerajinan", [
        ("plakat-kayu", "Plakat Kayu Jati Ukir Logo Pemda", "pcs", 275000, 200, 10),
        ("plakat-akrilik", "Plakat Akrilik 20 cm + Kotak Beludru", "pcs", 150000, 500, 5)]),
    ("KR6", "Payung Geulis Tasik", "mikro", "32.06", "", True, "kerajinan", [
        ("payung-geulis", "Payung Geulis Tasik Hias", "pcs", 120000, 200, 7),
        ("kelom-geulis", "Kelom Geulis (sandal kayu lukis)", "pasang", 95000, 300, 7)]),
    # perhiasan
    ("PH1", "Perak & Akar Bahar Cilegon", "mikro", "36.72", "", True, "perhiasan", [
        ("cincin-perak", "Cincin Perak 925 Batu Akik", "pcs", 250000, 100, 7),
        ("bros-perak", "Bros Perak 925 Motif Siger", "pcs", 350000, 80, 10),
        ("gelang-akar-bahar", "Gelang Akar Bahar Asli", "pcs", 75000, 300, 5)]),
    ("PH2", "Siger Emas Kreasi", "kecil", "18.71", "", True, "perhiasan", [
        ("bros-sepuh", "Bros Siger Lapis Emas (sepuh)", "pcs", 85000, 500, 7),
        ("kalung-manik", "Kalung Manik-manik Motif Tapis", "pcs", 55000, 400, 5),
        ("pin-logo", "Pin Logo Pemda Kuningan Lapis Emas", "pcs", 45000, 1000, 10)]),
    ("PH3", "Mutiara Teluk Pesawaran", "mikro", "18.09", "", True, "perhiasan", [
        ("kalung-mutiara", "Kalung Mutiara Air Tawar 45 cm", "pcs", 450000, 60, 7),
        ("anting-mutiara", "Anting Mutiara Tusuk", "pasang", 150000, 100, 7)]),
    # furnitur
    ("FR1", "Mebel Jati Pringsewu", "kecil", "18.10", "svlk", True, "furnitur", [
        ("lemari-arsip-kayu", "Lemari Arsip Kayu Jati 2 Pintu 180x90", "unit", 4500000, 15, 30),
        ("meja-kerja-kayu", "Meja Kerja 1/2 Biro Kayu", "unit", 1850000, 30, 21),
        ("kursi-tamu-kayu", "Kursi Tamu Kayu Jati Set", "set", 6500000, 10, 30)]),
    ("FR2", "Las & Meubel Besi Cikande", "kecil", "36.04", "sni", True, "furnitur", [
        ("kursi-lipat-besi", "Kursi Lipat Besi (Chitose type) Rangka Chrome", "unit", 285000, 300, 10),
        ("lemari-arsip-besi", "Filing Cabinet Besi 4 Laci", "unit", 2900000, 40, 14),
        ("rak-besi", "Rak Besi Siku Lubang 5 Susun", "unit", 650000, 100, 7)]),
    ("FR3", "Meubel Sekolah Rangkas", "mikro", "36.02", "", True, "furnitur", [
        ("meja-kursi-siswa", "Meja Kursi Siswa SD/SMP Kayu (1 set)", "set", 850000, 200, 21),
        ("whiteboard", "Papan Tulis Whiteboard 120x240 Rangka Aluminium", "unit", 900000, 60, 10)]),
    ("FR4", "Rotan Tegalwangi", "kecil", "32.09", "svlk", True, "furnitur", [
        ("kursi-rotan", "Kursi Rotan Teras Set", "set", 2200000, 40, 14),
        ("kursi-lipat-kayu", "Kursi Lipat Kayu Jati", "unit", 350000, 150, 10)]),
    ("FR5", "Sofa Oscar Tangerang", "kecil", "36.03", "", True, "furnitur", [
        ("sofa", "Sofa Tamu 3-2-1 Oscar", "set", 5500000, 20, 21)]),
    ("FR6", "Meubel Sukadana", "mikro", "18.07", "", False, "furnitur", [
        ("lemari-pakaian", "Lemari Pakaian Kayu 3 Pintu", "unit", 2500000, 20, 14)]),
    ("FR7", "PT Furnindo Baja Cikarang", "besar", "32.16", "sni;iso-9001", True, "furnitur", [
        ("loker-besi", "Loker Besi 12 Pintu", "unit", 4200000, 500, 14)]),
    # herbal
    ("HB1", "Jamu Gendong Ibu Tini", "mikro", "18.72", "pirt", True, "herbal", [
        ("jamu-kunyit", "Jamu Kunyit Asam Botol 250 ml", "botol", 8000, 1500, 1),
        ("jamu-beras-kencur", "Jamu Beras Kencur Botol 250 ml", "botol", 8000, 1500, 1)]),
    ("HB2", "Herbal Kelor Lebak", "mikro", "36.02", "pirt", True, "herbal", [
        ("teh-kelor", "Teh Daun Kelor Celup isi 20", "box", 30000, 800, 4),
        ("kapsul-kelor", "Kapsul Kelor 60 kapsul", "botol", 65000, 500, 4)]),
    ("HB3", "Rempah Pandeglang Sehat", "kecil", "36.01", "bpom;halal", True, "herbal", [
        ("minyak-kayu-putih", "Minyak Kayu Putih Asli 60 ml", "botol", 28000, 2000, 4),
        ("minyak-telon", "Minyak Telon 60 ml", "botol", 25000, 1500, 4)]),
    ("HB4", "Madu Hutan Bogor", "kecil", "32.01", "pirt;halal", True, "herbal", [
        ("madu", "Madu Hutan Murni 500 gr", "botol", 120000, 300, 4),
        ("madu-klanceng", "Madu Klanceng (Trigona) 250 gr", "botol", 150000, 100, 4)]),
    ("HB5", "Temu Lawak Kotabumi", "mikro", "18.03", "pirt", True, "herbal", [
        ("temulawak-instan", "Temulawak Instan 200 gr", "pcs", 25000, 800, 3)]),
    # kosmetik
    ("KS1", "Sabun Herbal Tanggamus", "mikro", "18.06", "bpom", True, "kosmetik", [
        ("sabun-batang", "Sabun Mandi Batang Kopi Lampung 100 gr", "pcs", 15000, 2000, 5),
        ("sabun-cair", "Sabun Cair Cuci Tangan (Hand Soap) 500 ml", "botol", 25000, 1500, 5)]),
    ("KS2", "Bengkoang Serang Beauty", "kecil", "36.73", "bpom;halal", True, "kosmetik", [
        ("lulur", "Lulur Mandi Bengkoang 200 gr", "pcs", 35000, 800, 4),
        ("hand-body-lotion", "Hand Body Lotion Bengkoang 250 ml", "botol", 30000, 800, 4)]),
    ("KS3", "Higienis Depok Mandiri", "kecil", "32.76", "bpom", True, "kosmetik", [
        ("hand-sanitizer", "Hand Sanitizer Gel 500 ml", "botol", 35000, 3000, 3),
        ("sabun-cair", "Hand Soap Antiseptik 500 ml", "botol", 30000, 3000, 3),
        ("sabun-cair-5l", "Sabun Cuci Tangan Cair Refill 5 liter", "jerigen", 95000, 800, 3)]),
    ("KS4", "Minyak Kemiri Bu Asih", "mikro", "36.04", "pirt", True, "kosmetik", [
        ("minyak-kemiri", "Minyak Kemiri Penumbuh Rambut 100 ml", "botol", 30000, 600, 3)]),
    # logam
    ("LG1", "Pandai Besi Ciomas Pusaka", "mikro", "36.04", "", True, "logam", [
        ("golok", "Golok Ciomas Asli Sarung Kayu", "pcs", 350000, 60, 10),
        ("cangkul", "Cangkul / Pacul Baja", "pcs", 85000, 400, 7),
        ("arit", "Arit / Sabit Rumput", "pcs", 45000, 500, 5)]),
    ("LG2", "Bengkel Las Tanjung Karang", "kecil", "18.71", "", True, "logam", [
        ("teralis", "Teralis / Pagar Besi Hollow per m2", "m2", 650000, 200, 14),
        ("tong-sampah-besi", "Tempat Sampah Besi Plat 3 Pintu (organik/anorganik/B3)", "unit", 1850000, 30, 14),
        ("papan-nama-stainless", "Papan Nama Kantor Stainless Etching 60x40", "unit", 750000, 40, 10)]),
    ("LG4", "Aluminium Cikokol", "kecil", "36.71", "sni", True, "logam", [
        ("dandang", "Dandang Aluminium 40 liter", "pcs", 450000, 200, 5),
        ("panci", "Panci Aluminium Set 5 pcs", "set", 250000, 300, 5)]),
    ("LG5", "Stainless Sukabumi Jaya", "kecil", "32.02", "", True, "logam", [
        ("tiang-bendera", "Tiang Bendera Stainless 7 m", "unit", 4500000, 20, 14)]),
    # percetakan
    ("PC1", "Percetakan Cahaya Serang", "kecil", "36.73", "", True, "percetakan", [
        ("map-plastik", "Map Plastik / Clear Holder F4 isi 20", "pcs", 12000, 5000, 3),
        ("map-kertas", "Map Kertas Folio Cetak Logo Instansi", "pcs", 3500, 10000, 5),
        ("spanduk", "Spanduk / Banner Flexi 280 gr per m2", "m2", 25000, 3000, 2)]),
    ("PC2", "Digital Printing Way Halim", "kecil", "18.71", "", True, "percetakan", [
        ("spanduk", "Banner Flexi China 340 gr per m2", "m2", 22000, 4000, 2),
        ("x-banner", "X-Banner 60x160 + Rangka", "pcs", 85000, 500, 2),
        ("buku-agenda", "Buku Agenda / Notes Cetak Logo A5", "pcs", 35000, 1500, 7)]),
    ("PC3", "Stempel Kilat Cilegon", "mikro", "36.72", "", True, "percetakan", [
        ("stempel", "Stempel Flash Otomatis", "pcs", 95000, 300, 2),
        ("kwitansi", "Buku Kwitansi / Nota NCR Rangkap 2", "buku", 8000, 3000, 3)]),
    ("PC4", "Percetakan Multatuli Lebak", "kecil", "36.02", "iso-9001", True, "percetakan", [
        ("buku-cetak", "Cetak Buku A5 Soft Cover 100 hal", "eks", 25000, 5000, 14),
        ("kalender", "Kalender Dinding 6 Lembar Custom", "pcs", 30000, 3000, 10),
        ("sertifikat", "Cetak Sertifikat / Piagam Art Carton 260", "lembar", 5000, 5000, 3)]),
    ("PC5", "Karawang Print Center", "kecil", "32.15", "", True, "percetakan", [
        ("map-ordner", "Ordner / Odner Folio 7 cm", "pcs", 35000, 1500, 3),
        ("id-card", "ID Card PVC + Tali Lanyard Printing", "pcs", 15000, 2000, 3)]),
    # pertanian
    ("PT1", "Penangkar Benih Seputih Mandiri", "koperasi", "18.02", "", True, "pertanian", [
        ("benih-padi", "Benih Padi Inpari 32 Label Biru 5 kg", "pack", 75000, 2000, 5),
        ("benih-jagung", "Benih Jagung Komposit Lokal 5 kg", "pack", 90000, 800, 5)]),
    ("PT2", "Bibit Kopi & Kakao Tanggamus", "kecil", "18.06", "", True, "pertanian", [
        ("bibit-kopi", "Bibit Kopi Robusta Sambung Pucuk (polybag)", "batang", 5000, 20000, 7),
        ("bibit-kakao", "Bibit Kakao Polybag 40 cm", "batang", 4500, 10000, 7)]),
    ("PT3", "Koperasi Tani Makmur Pontang", "koperasi", "36.04", "", True, "pertanian", [
        ("pupuk-kompos", "Pupuk Kompos / Organik Granul 40 kg", "karung", 45000, 2000, 5),
        ("poc", "Pupuk Organik Cair (POC) 1 liter", "botol", 25000, 1500, 5)]),
    ("PT4", "Pembenihan Lele Cibaliung", "mikro", "36.01", "", True, "pertanian", [
        ("benih-lele", "Benih Ikan Lele Sangkuriang 5-7 cm", "ekor", 250, 50000, 3),
        ("benih-nila", "Bibit Nila Merah 5-7 cm", "ekor", 400, 30000, 3)]),
    ("PT5", "Kebun Bibit Batanghari", "mikro", "18.07", "", True, "pertanian", [
        ("bibit-durian", "Bibit Durian Musang King Okulasi 60 cm", "batang", 45000, 1000, 7),
        ("bibit-alpukat", "Bibit Alpukat Miki Sambung 50 cm", "batang", 35000, 1000, 7)]),
    ("PT6", "Hidroponik Ciawi Segar", "mikro", "32.01", "", True, "pertanian", [
        ("sayur-hidroponik", "Selada Hidroponik Segar per kg", "kg", 35000, 400, 1)]),
    ("PT7", "Koperasi Pakan Mina Sekampung", "koperasi", "18.07", "", True, "pertanian", [
        ("pakan-ikan", "Pakan Ikan Apung Pelet 30 kg", "sak", 285000, 600, 5)]),
    # lainnya
    ("LN1", "Sapu Ijuk Pandeglang", "mikro", "36.01", "", True, "lainnya", [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 1500, 3),
        ("sapu-lidi", "Sapu Lidi + Gagang", "pcs", 15000, 2000, 3)]),
    ("LN2", "Rumah Tangga Karawaci", "kecil", "36.71", "", True, "lainnya", [
        ("alat-pel", "Alat Pel / Mop Lantai Putar + Ember", "set", 150000, 300, 3),
        ("keset", "Keset Kaki Sabut Kelapa", "pcs", 35000, 800, 3),
        ("kasur-lipat", "Kasur Lipat Busa 90x200", "pcs", 350000, 200, 7)]),
    ("LN3", "Kimia Bersih Metro", "mikro", "18.72", "", True, "lainnya", [
        ("pembersih-lantai", "Cairan Pembersih Lantai Karbol 1 liter", "botol", 18000, 2000, 3),
        ("sabun-cuci-piring", "Sabun Cuci Piring 800 ml", "botol", 15000, 2000, 3)]),
    ("LN4", "Tas Seminar Tambun", "kecil", "32.16", "", True, "lainnya", [
        ("goodie-bag", "Tas Spunbond / Goodie Bag Sablon Logo", "pcs", 7500, 5000, 7),
        ("tas-seminar", "Tas Seminar Kanvas Resleting", "pcs", 45000, 1500, 10)]),
]

CATEGORY = {s[0]: s[6] for s in SUPPLIERS}

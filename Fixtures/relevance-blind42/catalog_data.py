"""Hand-written suppliers and products of relevance-blind42 (fictional). Each product carries the labeller's kind tag.

SUPPLIERS: (key, name, scale, region, certificates, active, [(kind, name, unit, price, capacity/month, lead days)])
The key's first letter gives the category.
"""
CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "R": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Made and eaten the same month: the whole quantity must come from one month's capacity.
PERISHABLE = {"nasi-kotak", "snack-box", "prasmanan", "coffee-break", "tumpeng", "nasi-liwet", "jamu-kunyit-asam"}

SUPPLIERS = [
    ("M1", "Kerupuk Kulit Ikan Mak Onah", "mikro", "36.04", "halal;pirt", True, [
        ("kerupuk-kulit-ikan", "Kerupuk Kulit Ikan Bandeng 250 gr", "pcs", 18000, 600, 4),
        ("otak-otak", "Otak-Otak Bandeng Frozen isi 10", "pack", 35000, 300, 3)]),
    ("M2", "Sambel Teh Iis Tambun", "mikro", "32.16", "halal;pirt", True, [
        ("sambal-bawang", "Sambal Bawang Pedas Botol 150 ml", "botol", 25000, 800, 5),
        ("sambal-cumi", "Sambal Cumi Asin Jar 200 gr", "botol", 45000, 300, 5)]),
    ("M3", "KWT Melati Pringsewu", "koperasi", "18.10", "pirt", True, [
        ("keripik-pisang", "Keripik Pisang Coklat Lumer 200 gr", "pcs", 22000, 1000, 5),
        ("kemplang", "Kemplang Panggang Ikan Tenggiri 250gr", "pcs", 30000, 800, 4)]),
    ("M4", "Dodol Betawi Babeh Rojali", "mikro", "32.75", "halal;pirt-expired", True, [
        ("dodol", "Dodol Betawi Ketan Hitam 500 gr", "pcs", 40000, 400, 7)]),
    ("M5", "Rengginang Ceu Dedeh Rengasdengklok", "mikro", "32.15", "pirt", True, [
        ("rengginang", "Rengginang Mentah Terasi 1 kg", "kg", 55000, 300, 5),
        ("opak", "Opak Ketan Bakar isi 20", "pack", 15000, 500, 3)]),
    ("M6", "PT Sentosa Snack Nusantara", "besar", "32.01", "halal;sni", True, [
        ("keripik-singkong", "Keripik Singkong Balado 250 gr", "pcs", 12000, 20000, 2)]),
    ("M7", "Kripik Cak Dul Sukadana", "mikro", "18.07", "halal;pirt", True, [
        ("keripik-singkong", "Kripik Singkong Pedas Manis 500gr", "pcs", 25000, 600, 4)]),
    ("M8", "Dapur Neng Cibinong", "mikro", "32.01", "halal;pirt", True, [
        ("kue-kering", "Kue Kering Nastar Toples 500 gr", "toples", 85000, 200, 7),
        ("bolu", "Bolu Talas Bogor", "box", 45000, 400, 2)]),
    ("N1", "Koperasi Produsen Kopi Sumber Jaya", "koperasi", "18.06", "halal;pirt", True, [
        ("kopi-robusta-bubuk", "Kopi Bubuk Robusta Tanggamus 250 gr", "pcs", 35000, 2000, 5),
        ("kopi-robusta-biji", "Kopi Robusta Biji Sangrai 1 kg", "kg", 140000, 500, 5)]),
    ("N2", "Kakao Pesawaran Ci Linda", "kecil", "18.09", "halal;bpom", True, [
        ("cokelat-bubuk", "Bubuk Cokelat Murni Kakao 500 gr", "pcs", 65000, 400, 5)]),
    ("N3", "Wedang Pak Ujang", "mikro", "32.71", "pirt", True, [
        ("wedang-jahe", "Wedang Jahe Merah Instan Sachet isi 10", "box", 28000, 600, 4),
        ("sirup-pala", "Sirup Pala Bogor 600 ml", "botol", 38000, 300, 5)]),
    ("N4", "CV Tirta Lebak Sejahtera", "kecil", "36.02", "halal;sni;bpom", True, [
        ("air-mineral-gelas", "Air Minum Dalam Kemasan Gelas 220 ml dus isi 48", "dus", 22000, 5000, 2),
        ("air-mineral-botol", "Air Mineral Botol 600 ml isi 24", "dus", 45000, 3000, 2)]),
    ("N5", "Kebun Teh Talang Puncak", "mikro", "32.01", "pirt", True, [
        ("teh-hitam", "Teh Hitam Tubruk Puncak 100 gr", "pcs", 20000, 800, 3)]),
    ("J1", "Catering Barokah Cikarang", "kecil", "32.16", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar + Lalapan", "kotak", 32000, 3000, 2),
        ("snack-box", "Snack Box Isi 3 Kue Basah", "kotak", 12000, 5000, 1)]),
    ("J2", "Dapur Bu Haji Ipah", "mikro", "32.15", "halal", True, [
        ("nasi-kotak", "Nasi Box Ayam Goreng Lengkap", "box", 28000, 1500, 2),
        ("tumpeng", "Nasi Tumpeng Kuning Lengkap 20 orang", "paket", 750000, 20, 3)]),
    ("J3", "RM Padang Sederhana Metro", "mikro", "18.72", "halal", True, [
        ("prasmanan", "Prasmanan Menu Padang per orang", "porsi", 45000, 2000, 3),
        ("nasi-kotak", "Nasi Bungkus Rendang", "bungkus", 25000, 1000, 1)]),
    ("J4", "Katering Sehati Tanjung Karang", "kecil", "18.71", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Menu Ikan Seruit", "kotak", 35000, 1800, 2),
        ("snack-box", "Kue Kotak Jajanan Pasar 4 macam", "kotak", 15000, 4000, 1),
        ("coffee-break", "Paket Coffee Break Rapat", "pax", 25000, 1500, 1)]),
    ("J5", "Bogor Rasa Catering", "kecil", "32.71", "halal", True, [
        ("prasmanan", "Prasmanan Sunda Buffet min 100 pax", "pax", 55000, 3000, 3),
        ("snack-box", "Snack Box Premium isi 5", "box", 20000, 3000, 1)]),
    ("J6", "Liwet Teh Eha", "mikro", "32.75", "", True, [
        ("nasi-liwet", "Nasi Liwet Ayam Kampung Komplit", "porsi", 30000, 600, 1)]),
    ("F1", "Sanggar Tapis Siger Emas", "kecil", "18.71", "", True, [
        ("tapis", "Kain Tapis Lampung Motif Pucuk Rebung Benang Emas", "lembar", 1250000, 30, 21),
        ("selendang-tapis", "Selendang Tapis Sulam Usus", "pcs", 275000, 80, 10)]),
    ("F2", "Konveksi Mandiri Cibitung", "kecil", "32.16", "", True, [
        ("seragam-pdh", "Seragam PDH Kemeja Lengan Panjang Drill (jahit ukur)", "stel", 210000, 800, 21),
        ("kaos-sablon", "Kaos Cotton Combed 30s Sablon Logo", "pcs", 55000, 3000, 10),
        ("rompi", "Rompi Lapangan Drill Bordir Logo", "pcs", 120000, 600, 14)]),
    ("F3", "Batik Mekar Sari Bekasi", "mikro", "32.75", "batikmark", True, [
        ("batik-tulis", "Kain Batik Tulis Motif Bambu Kuning 2 m", "lembar", 650000, 60, 20),
        ("kemeja-batik-cap", "Kemeja Batik Cap Pria Lengan Pendek", "pcs", 175000, 400, 14)]),
    ("F4", "Batik Kahuripan Kota Serang", "kecil", "36.73", "batikmark;sni", True, [
        ("kemeja-batik-print", "Kemeja Batik Printing Motif Banten", "pcs", 110000, 1500, 10)]),
    ("F5", "Sepatu Pak Endang Ciomas", "mikro", "32.01", "", True, [
        ("sepatu-pantofel", "Sepatu Pantofel Pria Kulit Sapi Asli", "pasang", 325000, 200, 21),
        ("sandal-hotel", "Sandal Hotel Spon 5 mm Logo Custom", "pasang", 4500, 5000, 10)]),
    ("F6", "Tas Blacu Karawang", "mikro", "32.15", "", True, [
        ("tote-bag", "Tas Tote Bag Blacu Sablon 1 Warna 30x40", "pcs", 12000, 4000, 10),
        ("tas-ransel", "Tas Ransel Seminar Polyester", "pcs", 85000, 600, 14)]),
    ("K1", "Kelompok Anyaman Pandan Cibaliung", "koperasi", "36.01", "", True, [
        ("anyaman-pandan-tas", "Tas Anyaman Pandan Motif", "pcs", 65000, 400, 10),
        ("tikar-pandan", "Tikar Pandan 150x200", "lembar", 120000, 150, 10)]),
    ("K2", "Sentra Gerabah Anjun Plered", "mikro", "32.14", "", True, [
        ("gerabah-vas", "Vas Bunga Gerabah Terakota Tinggi 40 cm", "pcs", 85000, 300, 14),
        ("gentong", "Gentong Air Tanah Liat 30 liter", "pcs", 175000, 80, 14)]),
    ("K3", "Bambu Kreasi Leuwiliang", "mikro", "32.01", "", True, [
        ("besek-bambu", "Besek Bambu Tutup 20x20", "pcs", 3500, 8000, 7),
        ("lampu-bambu", "Lampu Hias Anyaman Bambu Gantung", "pcs", 150000, 100, 14)]),
    ("K4", "Akrilik Art Tangerang", "kecil", "36.71", "", True, [
        ("plakat-akrilik", "Plakat Akrilik Ukir Laser + Box Beludru", "pcs", 185000, 500, 7),
        ("gantungan-akrilik", "Gantungan Kunci Akrilik Custom 2 Sisi", "pcs", 6000, 5000, 5)]),
    ("K5", "Nuwo Craft Metro", "mikro", "18.72", "", True, [
        ("miniatur-rumah-adat", "Miniatur Nuwo Sesat Kayu 30 cm", "pcs", 350000, 40, 21),
        ("siger-miniatur", "Miniatur Siger Kuningan Pajangan", "pcs", 225000, 100, 14)]),
    ("K6", "Kriya Batok Labuan", "mikro", "36.01", "", True, [
        ("batok", "Gelas & Mangkok Batok Kelapa Ukir", "set", 45000, 300, 10)]),
    ("P1", "Silverindo Bogor", "kecil", "32.71", "sni", True, [
        ("cincin-perak", "Cincin Perak 925 Ukir Nama", "pcs", 275000, 200, 10),
        ("bros-perak", "Bros Perak Filigri Motif Kujang", "pcs", 325000, 150, 14)]),
    ("P2", "Mutiara Ketapang", "mikro", "18.01", "", True, [
        ("kalung-mutiara", "Kalung Mutiara Air Laut Lampung 45 cm", "pcs", 850000, 60, 14),
        ("anting-mutiara", "Anting Mutiara Tusuk Silver", "pasang", 185000, 150, 10)]),
    ("P3", "Aksesoris Bayah", "mikro", "36.02", "", True, [
        ("gelang-akik", "Gelang Batu Kalimaya Banten", "pcs", 150000, 200, 7),
        ("bros-manik", "Bros Jilbab Manik Mutiara Sintetis", "pcs", 15000, 2000, 5)]),
    ("P4", "PT Toko Emas Cahaya Gemilang", "besar", "36.71", "sni", True, [
        ("kalung-emas", "Kalung Emas 24K 5 gram", "pcs", 6500000, 100, 7)]),
    ("R1", "Rotan Sintetis Bekasi Timur", "kecil", "32.75", "svlk", True, [
        ("kursi-rotan", "Kursi Teras Rotan Sintetis 2 kursi + meja", "set", 2150000, 40, 21)]),
    ("R2", "Mebel Karya Jati Karawang", "kecil", "32.15", "svlk;sni", True, [
        ("meja-kursi-siswa", "Meja + Kursi Siswa SD Kayu Mahoni (1 set)", "set", 650000, 400, 30),
        ("papan-tulis", "Papan Tulis Whiteboard Bingkai Aluminium 120x240", "unit", 850000, 100, 14),
        ("lemari-kayu-arsip", "Lemari Arsip Kayu 2 Pintu Kaca", "unit", 2750000, 40, 30)]),
    ("R3", "UD Meubel Mulya", "mikro", "18.72", "svlk", True, [
        ("meja-kerja-kayu", "Meja Kerja 1/2 Biro Kayu Jati", "unit", 1850000, 30, 30),
        ("kursi-kayu", "Kursi Tamu Kayu Jati Sandaran", "unit", 950000, 40, 30)]),
    ("R4", "Las Rak Mandiri Balaraja", "kecil", "36.03", "iso-9001", True, [
        ("rak-besi", "Rak Besi Siku Lubang 5 Susun 200x90x40", "unit", 575000, 200, 10),
        ("loker-besi", "Loker Besi 12 Pintu", "unit", 3100000, 30, 21)]),
    ("R5", "Bambu Tanggamus", "mikro", "18.06", "", True, [
        ("bale-bambu", "Bale-Bale Bambu Duduk 2 m", "unit", 650000, 50, 14)]),
    ("H1", "Jamu Mbok Sri", "mikro", "18.72", "pirt", True, [
        ("jamu-kunyit-asam", "Jamu Kunyit Asam Botol 250 ml (segar)", "botol", 7000, 1500, 1)]),
    ("H2", "Herbal Nusantara Bogor", "kecil", "32.01", "bpom;halal", True, [
        ("jahe-merah-kapsul", "Kapsul Ekstrak Jahe Merah isi 60", "botol", 65000, 2000, 7),
        ("temulawak-serbuk", "Serbuk Temulawak Instan 250 gr", "pcs", 30000, 1500, 5)]),
    ("H3", "Madu Baduy Kanekes", "mikro", "36.02", "pirt", True, [
        ("madu-hutan", "Madu Hutan Murni Baduy 500 ml", "botol", 120000, 300, 5)]),
    ("H4", "Trigona Way Kanan", "mikro", "18.08", "pirt", True, [
        ("madu-klanceng", "Madu Klanceng Trigona 250 ml", "botol", 135000, 150, 7)]),
    ("H5", "Sereh Wangi Karawang", "mikro", "32.15", "bpom", True, [
        ("minyak-sereh", "Minyak Sereh Wangi Gosok 60 ml", "botol", 25000, 1000, 5)]),
    ("S1", "Wangi Alam Bogor", "mikro", "32.71", "bpom", True, [
        ("sabun-batang", "Sabun Mandi Batang Natural Sereh 100 gr", "pcs", 18000, 2000, 7),
        ("lilin-aromaterapi", "Lilin Aromaterapi Lavender Kaleng 100 gr", "pcs", 45000, 600, 7)]),
    ("S2", "CV Bekasi Bersih", "kecil", "32.16", "bpom;halal", True, [
        ("sabun-cair-tangan", "Hand Soap Sabun Cuci Tangan 500 ml Pump", "botol", 22000, 3000, 5),
        ("sabun-cair-refill", "Sabun Cuci Tangan Refill Jerigen 5 L", "jerigen", 95000, 800, 5)]),
    ("S3", "Bunga Tanjung Karang", "mikro", "18.71", "bpom", True, [
        ("lulur", "Lulur Mandi Bengkuang 250 gr", "pcs", 35000, 500, 7)]),
    ("S4", "Kemiri Pandeglang", "mikro", "36.01", "pirt", True, [
        ("minyak-kemiri", "Minyak Kemiri Penumbuh Rambut 100 ml", "botol", 30000, 800, 5)]),
    ("L1", "Pandai Besi Sulangkar", "mikro", "36.04", "", True, [
        ("golok", "Golok Ciomas Sulangkar Sarung Kayu", "pcs", 450000, 60, 21),
        ("arit", "Arit Sabit Rumput Baja Per", "pcs", 65000, 300, 7)]),
    ("L2", "Pandai Besi Tani Seputih", "mikro", "18.02", "sni", True, [
        ("cangkul", "Cangkul Baja Tempa + Gagang", "pcs", 95000, 500, 10),
        ("parang", "Parang Kebun Baja 14 inch", "pcs", 110000, 300, 10)]),
    ("L3", "Bengkel Las Jaya Karawang", "mikro", "32.15", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow Minimalis per m2", "m2", 450000, 200, 14),
        ("pagar-besi", "Pagar Besi Hollow Galvanis per meter lari", "m", 650000, 150, 21)]),
    ("L4", "Aluminium Jaya Setu", "kecil", "32.16", "sni", True, [
        ("panci-aluminium", "Panci Aluminium Tebal 40 cm", "pcs", 275000, 300, 7),
        ("dandang", "Dandang Aluminium Kukusan 30 L", "pcs", 350000, 200, 7)]),
    ("L5", "PT Baja Cilegon Panel", "besar", "36.72", "sni;iso-9001", True, [
        ("pagar-besi", "Pagar Panel BRC Galvanis", "m", 350000, 10000, 7)]),
    ("C1", "Mitra Grafika Bekasi", "kecil", "32.75", "iso-9001", True, [
        ("spanduk", "Cetak Spanduk Banner Flexi 280 gr per m2", "m2", 20000, 10000, 2),
        ("map-logo", "Map Snelhecter Cetak Logo Instansi", "pcs", 6000, 10000, 7),
        ("kop-surat", "Cetak Kop Surat HVS 80 gr (rim)", "rim", 175000, 500, 5)]),
    ("C2", "Lampung Offset Metro", "mikro", "18.72", "", True, [
        ("agenda", "Buku Agenda Hard Cover A5 Logo", "pcs", 35000, 2000, 10),
        ("kalender", "Kalender Dinding 2027 6 Lembar", "pcs", 22000, 3000, 10),
        ("stiker", "Stiker Vinyl Cutting Logo", "pcs", 3500, 10000, 3)]),
    ("C3", "ATK Fotokopi Berkah Karawang", "mikro", "32.15", "", True, [
        ("kertas-hvs-a4", "Kertas HVS A4 70 gram 1 rim", "rim", 52000, 1000, 2),
        ("pulpen", "Pulpen Gel Hitam 0.5 mm isi 12", "box", 30000, 1000, 2),
        ("amplop", "Amplop Putih Panjang Cap Instansi isi 100", "box", 45000, 800, 5)]),
    ("C4", "Kemasan Cikarang", "kecil", "32.16", "", True, [
        ("paper-bag", "Paper Bag Kraft Sablon Logo 25x33", "pcs", 4500, 10000, 10),
        ("dus-nasi", "Dus Nasi Kotak Laminasi 20x20 cetak logo", "pcs", 1500, 20000, 7)]),
    ("C5", "Cetak Kilat Kota Serang", "mikro", "36.73", "", True, [
        ("undangan", "Cetak Undangan Hard Cover + Amplop", "pcs", 8500, 3000, 7),
        ("sertifikat", "Cetak Sertifikat Piagam Art Carton 260 gr", "lembar", 4000, 5000, 3)]),
    ("T1", "Tani Makmur Nursery Cibungbulang", "kecil", "32.01", "", True, [
        ("bibit-durian", "Bibit Durian Musang King Okulasi 80 cm", "batang", 65000, 2000, 7),
        ("bibit-alpukat", "Bibit Alpukat Miki Sambung Pucuk", "batang", 45000, 3000, 7)]),
    ("T2", "Ikan Hias Parung", "mikro", "32.01", "", True, [
        ("ikan-koki", "Ikan Hias Koki Oranda 5 cm", "ekor", 15000, 2000, 3),
        ("ikan-cupang", "Ikan Cupang Halfmoon", "ekor", 25000, 1500, 3)]),
    ("T3", "Koperasi Mina Sejahtera Natar", "koperasi", "18.01", "", True, [
        ("benih-lele", "Benih Ikan Lele Sangkuriang 5-7 cm", "ekor", 250, 200000, 5),
        ("benih-nila", "Benih Nila Merah 3-5 cm", "ekor", 350, 150000, 5)]),
    ("T4", "Pakan Mandiri Lampung Timur", "kecil", "18.07", "sni", True, [
        ("pakan-ayam", "Pakan Ayam Petelur Konsentrat 50 kg", "karung", 390000, 800, 5),
        ("pakan-ikan-apung", "Pelet Ikan Apung Protein 30% 30 kg", "karung", 320000, 600, 5)]),
    ("T5", "Green Nursery Cipondoh", "mikro", "36.71", "", True, [
        ("tanaman-hias-pot", "Tanaman Hias Sansevieria Lidah Mertua Pot 20 cm", "pot", 45000, 1500, 5),
        ("bibit-pucuk-merah", "Bibit Pucuk Merah Tinggi 1 m Polybag", "batang", 25000, 3000, 5)]),
    ("T6", "Koperasi Tani Subur Karawang", "koperasi", "32.15", "", True, [
        ("pupuk-kompos", "Pupuk Kompos Organik Padat 25 kg", "karung", 35000, 5000, 5),
        ("benih-padi", "Benih Padi Inpari 32 Bersertifikat 5 kg", "pack", 65000, 2000, 5)]),
    ("X1", "Kelompok Difabel Mandiri Bekasi", "mikro", "32.75", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 1500, 3),
        ("keset-sabut", "Keset Sabut Kelapa 40x60", "pcs", 35000, 800, 5),
        ("kemoceng", "Kemoceng Bulu Ayam Asli 60 cm", "pcs", 20000, 500, 3)]),
    ("X2", "Sinar Kimia Cikupa", "kecil", "36.03", "", True, [
        ("pembersih-lantai", "Cairan Pembersih Lantai Aroma Pinus 5 L", "jerigen", 65000, 2000, 3),
        ("pengharum-ruangan", "Pengharum Ruangan Gel 75 gr", "pcs", 12000, 2000, 3)]),
    ("X3", "Koperasi Konsumen Metro Bersatu", "koperasi", "18.72", "", True, [
        ("paket-sembako", "Paket Sembako Beras 5 kg + Minyak 1 L + Gula 1 kg + Mie", "paket", 125000, 3000, 5)]),
    ("X4", "Fiber Cibinong", "kecil", "32.01", "sni", True, [
        ("tong-sampah", "Tong Sampah Fiber Pilah 3 Warna 60 L", "set", 1350000, 100, 14),
        ("tempat-sampah-pedal", "Tempat Sampah Pedal Stainless 20 L", "pcs", 285000, 300, 7)]),
    ("X5", "Mop Jaya Kota Serang", "mikro", "36.73", "", False, [
        ("alat-pel", "Alat Pel Lantai Spin Mop", "set", 150000, 500, 3)]),
]

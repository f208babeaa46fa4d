"""Hand-written suppliers and products of relevance-blind73 (fictional). Each product carries the labeller's kind."""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Cooked food and fresh jamu: made in the delivery month (capacity_per_month >= quantity), bought near.
PERISHABLE = {"nasi-kotak", "snack-box", "prasmanan", "tumpeng-mini", "nasi-tumpeng", "coffee-break", "jamu-kunyit-asam"}

# key, name, scale, region, certificates, active, [(kind, name, unit, price, capacity/month, lead days)]
SUPPLIERS = [
    ("M1", "Dapur Otak-Otak Bu Imas", "mikro", "36.73", "halal;pirt", True, [
        ("otak-otak-bandeng", "Otak-otak Bandeng Serang isi 10", "pack", 35000, 600, 2),
        ("sate-bandeng", "Sate Bandeng Khas Banten (utuh)", "pcs", 45000, 300, 2)]),
    ("M2", "Kerupuk Ikan Kemuning Jaya", "mikro", "36.03", "pirt", True, [
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri Mentah 500 gr", "bks", 28000, 800, 3),
        ("keripik-kulit-ikan", "KERIPIK KULIT IKAN Salmon Crispy 100gr", "pcs", 18000, 1000, 3)]),
    ("M3", "UMKM Sambal Mak Icih Pamulang", "kecil", "36.74", "halal;pirt;bpom", True, [
        ("sambal-bawang", "Sambal Bawang Botol 150ml Level 3", "btl", 25000, 1500, 3),
        ("sambal-cumi", "Sambal Cumi Asin Pete 200gr", "jar", 42000, 500, 3)]),
    ("M4", "Keripik Pisang Tanggamus Makmur", "mikro", "18.06", "halal;pirt-expired", True, [
        ("keripik-pisang", "Keripik Pisang Kepok Manis 250 gr", "bks", 15000, 2000, 4)]),
    ("M5", "Kue Satu Bu Enong Cilegon", "mikro", "36.72", "pirt", True, [
        ("kue-satu", "Kue Satu Kacang Ijo khas Cilegon toples 250gr", "toples", 30000, 400, 3),
        ("rengginang", "Rengginang Terasi mentah 1/2 kg", "bks", 22000, 600, 3)]),
    ("M6", "Koperasi Gula Aren Leuwidamar", "koperasi", "36.02", "halal", True, [
        ("gula-aren", "Gula Aren Cetak Baduy 1 kg", "kg", 38000, 1500, 5),
        ("gula-semut", "Gula Semut Aren Organik 500gr", "pcs", 30000, 800, 5)]),
    ("M7", "Lapis Legit Ci Lanny Pringsewu", "mikro", "18.10", "halal", True, [
        ("lapis-legit", "Lapis Legit Original Loyang 20x20", "loyang", 250000, 80, 4),
        ("kue-kering", "Kue Kering Nastar Nanas Toples 500gr", "toples", 95000, 300, 5)]),
    ("M8", "PT Snack Nusantara Raya", "besar", "36.03", "halal;bpom", True, [
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri 500gr Pabrik", "bks", 19000, 20000, 2),
        ("otak-otak-bandeng", "Otak Otak Bandeng Frozen isi 10", "pack", 24000, 10000, 2)]),
    ("M9", "Keripik Tempe Sagu Bu Ratna", "mikro", "18.72", "pirt", True, [
        ("keripik-tempe", "Keripik Tempe Sagu Renyah 200gr", "pcs", 14000, 1500, 3)]),
    ("N1", "Koperasi Kopi Robusta Ulu Belu", "koperasi", "18.06", "halal", True, [
        ("kopi-bubuk-robusta", "Kopi Bubuk Robusta Tanggamus 250 gr", "pcs", 42000, 2000, 5),
        ("kopi-biji-robusta", "Kopi Biji Sangrai Robusta Lampung 1 kg (Roasted Bean)", "kg", 150000, 300, 5)]),
    ("N2", "Kakao Pesawaran Mandiri", "mikro", "18.09", "pirt", True, [
        ("cokelat-bubuk", "Bubuk Cokelat Murni Pesawaran 200gr", "pcs", 35000, 600, 5)]),
    ("N3", "Sari Jahe Merah Bu Endang", "mikro", "36.73", "halal;pirt", True, [
        ("jahe-instan", "Jahe Merah Instan Serbuk 250gr", "pcs", 25000, 1000, 3),
        ("temulawak-instan", "Temulawak Instan Serbuk 250gr", "pcs", 25000, 800, 3)]),
    ("N4", "CV Sirup Melon Kramatwatu", "kecil", "36.04", "halal;bpom", True, [
        ("sirup-melon", "Sirup Melon Asli Botol 620ml", "btl", 28000, 1200, 4)]),
    ("N5", "Tirta Pandeglang Lestari", "kecil", "36.01", "sni;halal;bpom", True, [
        ("amdk-gelas", "Air Mineral Gelas 240ml Dus isi 48", "dus", 22000, 3000, 2),
        ("amdk-botol", "Air Minum Dalam Kemasan Botol 600ml isi 24", "dus", 45000, 2000, 2)]),
    ("N6", "Kebun Rosella Cipanas Lebak", "mikro", "36.02", "", True, [
        ("teh-rosella", "Teh Bunga Rosella Kering 50gr", "pcs", 20000, 400, 4)]),
    ("J1", "Catering Dapur Ibu Cipocok", "kecil", "36.73", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar + Buah", "box", 35000, 3000, 2),
        ("snack-box", "Snack Box isi 3 kue + air mineral", "box", 15000, 4000, 1),
        ("prasmanan", "Prasmanan Menu Standar min 100 pax", "pax", 55000, 2000, 3)]),
    ("J2", "RM Sederhana Merak Catering", "kecil", "36.72", "halal", True, [
        ("nasi-kotak", "Nasi Box Ayam Goreng Lengkap", "box", 32000, 2500, 2),
        ("tumpeng-mini", "Nasi Tumpeng Mini (per orang)", "pcs", 25000, 500, 2)]),
    ("J3", "Tangsel Catering & Snack", "kecil", "36.74", "halal", True, [
        ("snack-box", "Kue Kotak Rapat (3 item)", "box", 14000, 5000, 1),
        ("nasi-kotak", "Paket Nasi Box Rendang", "box", 40000, 3000, 2),
        ("coffee-break", "Paket Coffee Break per pax (kopi/teh + 2 snack)", "pax", 25000, 2000, 1)]),
    ("J4", "Katering Barokah Tigaraksa", "mikro", "36.03", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Menu Ayam Bakar", "box", 30000, 1200, 2),
        ("nasi-tumpeng", "Tumpeng Nasi Kuning utk 20 org", "tumpeng", 450000, 40, 3)]),
    ("J5", "Catering Metro Berkah", "mikro", "18.72", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Goreng", "box", 27000, 800, 2)]),
    ("J6", "Catering Bu Yati Karawaci", "mikro", "36.71", "", True, [
        ("snack-box", "Snack Box Kue Basah 3 macam", "box", 12000, 1500, 1),
        ("nasi-kotak", "Nasi Box Ayam Penyet", "box", 33000, 1500, 2)]),
    ("F1", "Konveksi Seragam Cipta Mandiri", "menengah", "36.73", "", True, [
        ("pdh", "Seragam PDH Khaki Pemda Bahan Drill (jahit ukur)", "stel", 275000, 400, 21),
        ("pdl", "Baju PDL Lapangan Bahan Ripstop", "stel", 320000, 300, 21)]),
    ("F2", "Batik Banten Mukarnas", "kecil", "36.73", "batikmark", True, [
        ("batik-banten-cap", "Kain Batik Banten Motif Sabakingking Cap 2m", "lembar", 275000, 300, 10),
        ("batik-banten-tulis", "Batik Tulis Banten Motif Pasulaman 2,1 m", "lembar", 1250000, 25, 30),
        ("kemeja-batik-banten", "Kemeja Batik Banten Lengan Panjang Pria", "pcs", 325000, 250, 14)]),
    ("F3", "Sablon Kaos Ciledug Jaya", "mikro", "36.71", "", True, [
        ("kaos-sablon", "Kaos Cotton Combed 30s Sablon Custom", "pcs", 65000, 2000, 10),
        ("kaos-polo", "Kaos Polo Shirt Bordir Logo Instansi", "pcs", 95000, 800, 14)]),
    ("F4", "Atribut Dinas Serpong", "mikro", "36.74", "", True, [
        ("topi-bordir", "Topi Bordir Logo Dinas (Baseball Cap)", "pcs", 45000, 1500, 10),
        ("tanda-pangkat", "Tanda Pangkat Bahu PNS/Linmas Bordir", "psg", 30000, 1000, 7),
        ("papan-nama-dada", "Papan Nama Dada (Name Tag) Akrilik Dinas", "pcs", 20000, 2000, 5)]),
    ("F5", "Tapis Sekar Pesawaran", "mikro", "18.09", "", True, [
        ("kain-tapis", "Kain Tapis Lampung Sulam Usus 2m", "lembar", 850000, 20, 21),
        ("selendang-tapis", "Selendang Tapis motif Pucuk Rebung", "pcs", 250000, 60, 14)]),
    ("F6", "Sepatu & Sandal Ciomas Bogor", "mikro", "32.01", "", True, [
        ("sandal-hotel", "Sandal Hotel Spon Putih", "psg", 6000, 5000, 5),
        ("sepatu-pdh-kulit", "Sepatu PDH Pantofel Kulit Sapi Pria", "psg", 325000, 200, 14)]),
    ("F7", "Konveksi Jaket Karawang Barat", "kecil", "32.15", "", True, [
        ("jaket-parasut", "Jaket Parasut Bordir Logo Dinas", "pcs", 185000, 500, 21),
        ("rompi", "Rompi Lapangan Dinas Bahan Drill", "pcs", 135000, 400, 14)]),
    ("F8", "PT Garmen Sentosa Abadi", "besar", "36.03", "iso-9001", True, [
        ("pdh", "Seragam PDH Khaki Drill Ready Size", "stel", 190000, 5000, 14)]),
    ("F9", "Kerudung Bu Rina Cilegon", "mikro", "36.72", "", True, [
        ("kerudung-seragam", "Kerudung Seragam Segi Empat Voal Logo", "pcs", 40000, 800, 10)]),
    ("K1", "Anyaman Pandan Cibeber", "mikro", "36.02", "", True, [
        ("tikar-pandan", "Tikar Pandan Anyam 2x3 m", "lembar", 175000, 60, 10),
        ("tas-pandan", "Tas Anyaman Pandan Motif Baduy", "pcs", 85000, 200, 10)]),
    ("K2", "Gerabah Bumijaya Ciruas", "mikro", "36.04", "", True, [
        ("gerabah-vas", "Vas Bunga Gerabah Ukir Tinggi 40cm", "pcs", 95000, 150, 10),
        ("pot-tanah-liat", "Pot Tanah Liat Diameter 30cm", "pcs", 25000, 1000, 7),
        ("celengan", "Celengan Gerabah Motif Ayam", "pcs", 20000, 500, 7)]),
    ("K3", "Souvenir Akrilik Tangsel Digital", "kecil", "36.74", "", True, [
        ("plakat-akrilik", "Plakat Akrilik Custom + Box Beludru", "pcs", 175000, 300, 7),
        ("gantungan-akrilik", "Gantungan Kunci Akrilik Full Print 2 Sisi", "pcs", 6000, 5000, 7),
        ("pin", "Pin Peniti Logo Dinas diameter 4,4cm", "pcs", 4500, 5000, 5)]),
    ("K4", "Bambu Kreasi Pasar Kemis", "mikro", "36.03", "", True, [
        ("kotak-tisu-bambu", "Kotak Tisu Anyaman Bambu", "pcs", 35000, 400, 7),
        ("besek-bambu", "Besek Bambu Ukuran 20x20 isi 10", "ikat", 25000, 2000, 5)]),
    ("K5", "Banten Craft Kasemen", "mikro", "36.73", "svlk", True, [
        ("miniatur-masjid", "Miniatur Masjid Agung Banten Kayu", "pcs", 150000, 100, 14),
        ("plakat-kayu", "Plakat Kayu Ukir Logo Pemkot", "pcs", 225000, 120, 14)]),
    ("K6", "Boneka Flanel Metro", "mikro", "18.72", "", True, [
        ("boneka-maskot", "Boneka Maskot Custom 30 cm", "pcs", 95000, 200, 14)]),
    ("K7", "Kerajinan Rotan Tambun", "mikro", "32.16", "", False, [
        ("tudung-saji", "Tudung Saji Rotan", "pcs", 45000, 300, 7)]),
    ("P1", "Perak Siger Tanjung Karang", "kecil", "18.71", "", True, [
        ("bros-siger-perak", "Bros Siger Perak 925 Lapis Emas", "pcs", 250000, 100, 10),
        ("cincin-perak", "Cincin Perak Batu Akik Lampung", "pcs", 175000, 80, 10)]),
    ("P2", "Mutiara Labuan Pandeglang", "mikro", "36.01", "", True, [
        ("kalung-mutiara", "Kalung Mutiara Air Tawar", "pcs", 150000, 100, 7),
        ("gelang-mutiara", "Gelang Mutiara Asli Laut Selatan", "pcs", 95000, 120, 7)]),
    ("P3", "Aksesoris Hijab Cimone", "mikro", "36.71", "", True, [
        ("bros-imitasi", "Bros Hijab Kristal Imitasi Gold", "pcs", 15000, 2000, 3),
        ("liontin-kaligrafi", "Liontin Kaligrafi Kuningan", "pcs", 45000, 300, 5)]),
    ("U1", "Mebel Jati Ciceri", "kecil", "36.73", "svlk", True, [
        ("lemari-arsip-kayu", "Lemari Arsip Kayu Jati 2 Pintu Kaca", "unit", 3500000, 20, 30),
        ("meja-kerja-jati", "Meja Kerja 1/2 Biro Jati", "unit", 2250000, 20, 30)]),
    ("U2", "Rak & Lemari Besi Balaraja", "menengah", "36.03", "sni", True, [
        ("lemari-arsip-besi", "Filing Cabinet Besi 4 Laci", "unit", 2750000, 40, 14),
        ("rak-besi", "Rak Besi Siku Lubang 5 Susun 200x90x45", "unit", 650000, 80, 7),
        ("loker-besi", "Locker Besi 6 Pintu", "unit", 1900000, 30, 14)]),
    ("U3", "Mebel Sekolah Pringsewu", "kecil", "18.10", "", True, [
        ("meja-kursi-siswa", "Meja Kursi Siswa SD Sepasang Kayu", "set", 950000, 200, 30),
        ("papan-tulis", "Papan Tulis Whiteboard 120x240", "unit", 850000, 60, 14)]),
    ("U4", "Rotan Sintetis Cikarang", "kecil", "32.16", "", True, [
        ("kursi-rotan", "Kursi Teras Rotan Sintetis Set 2 Kursi 1 Meja", "set", 2250000, 30, 21),
        ("sofa-rotan", "Sofa Rotan Tamu 3-2-1", "set", 7500000, 10, 30)]),
    ("U5", "Furnindo Ciputat", "mikro", "36.74", "", True, [
        ("kursi-kantor", "Kursi Kantor Putar Jaring Hidrolik", "unit", 650000, 100, 7),
        ("kursi-lipat", "Kursi Lipat Besi Cover Busa", "unit", 225000, 300, 7)]),
    ("U6", "PT Mebel Modern Indo", "besar", "36.71", "sni;iso-9001", True, [
        ("lemari-arsip-besi", "Filing Cabinet 4 Laci Besi Ready Stock", "unit", 2300000, 500, 5)]),
    ("H1", "Jamu Gendong Mbok Sri", "mikro", "36.71", "pirt", True, [
        ("jamu-kunyit-asam", "Jamu Kunyit Asam Botol 250ml (segar)", "btl", 8000, 1500, 1)]),
    ("H2", "Koperasi Madu Ujung Kulon", "koperasi", "36.01", "halal", True, [
        ("madu-hutan", "Madu Hutan Asli Ujung Kulon 500 gr", "btl", 120000, 300, 5)]),
    ("H3", "Herbal Sukadana Lampung Timur", "kecil", "18.07", "bpom;halal", True, [
        ("kapsul-temulawak", "Kapsul Temulawak isi 60", "btl", 45000, 800, 5),
        ("minyak-kayu-putih", "Minyak Kayu Putih 60ml", "btl", 28000, 1000, 5)]),
    ("H4", "Empon-empon Pontang", "mikro", "36.04", "pirt", True, [
        ("simplisia-kunyit", "Simplisia Kunyit Kering Iris", "kg", 60000, 300, 5),
        ("minyak-urut", "Minyak Urut Gosok Sereh 60ml", "btl", 25000, 500, 5)]),
    ("S1", "Sabun Herbal Zahra Pondok Aren", "mikro", "36.74", "bpom", True, [
        ("sabun-batang", "Sabun Mandi Batang Sereh Handmade 100gr", "pcs", 15000, 2000, 5),
        ("sabun-cair-tangan", "Hand Soap Cair Refill 500ml", "pcs", 22000, 1500, 5)]),
    ("S2", "Lilin Aroma Cilegon", "mikro", "36.72", "", True, [
        ("lilin-aromaterapi", "Lilin Aromaterapi Gelas Kaca 100gr Lavender", "pcs", 35000, 600, 5),
        ("essential-oil-sereh", "Essential Oil Sereh Wangi 10ml", "pcs", 30000, 500, 5)]),
    ("S3", "Kopwan Sehat Cikupa", "koperasi", "36.03", "bpom", True, [
        ("hand-sanitizer", "Hand Sanitizer Gel 500ml", "btl", 30000, 1500, 3)]),
    ("S4", "Minyak Kemiri Kalianda", "mikro", "18.01", "bpom", True, [
        ("minyak-kemiri", "Minyak Kemiri Penumbuh Rambut 100ml", "btl", 35000, 600, 5)]),
    ("L1", "Pandai Besi Golok Ciomas Pak Jali", "mikro", "36.04", "", True, [
        ("golok-ciomas", "Golok Ciomas Asli Sarung Kayu", "pcs", 450000, 30, 21),
        ("arit", "Arit Rumput Baja Per", "pcs", 55000, 300, 7)]),
    ("L2", "Bengkel Las Jaya Cilegon", "mikro", "36.72", "", True, [
        ("teralis-besi", "Teralis Jendela Besi Hollow per m2", "m2", 450000, 100, 14),
        ("pagar-besi", "Pagar Besi Minimalis per meter", "m", 850000, 60, 14)]),
    ("L3", "Alat Tani Pringsewu Maju", "mikro", "18.10", "", True, [
        ("cangkul", "Cangkul Baja Tempa + Gagang", "pcs", 85000, 500, 7),
        ("parang", "Parang Kebun Lampung", "pcs", 95000, 300, 7),
        ("garpu-tanah", "Garpu Tanah 4 Jari", "pcs", 75000, 200, 7)]),
    ("L4", "Stainless Kemuning Kota Tangerang", "kecil", "36.71", "", True, [
        ("tempat-sampah-stainless", "Tempat Sampah Stainless Injak 20L", "pcs", 450000, 60, 7),
        ("rak-piring-stainless", "Rak Piring Stainless 3 Susun", "pcs", 350000, 80, 7)]),
    ("C1", "Percetakan Sinar Banten", "kecil", "36.73", "", True, [
        ("spanduk", "Cetak Spanduk Flexi 280gr per meter", "m2", 25000, 5000, 2),
        ("amplop-kop", "Amplop Kop Dinas Cetak 1 warna (isi 100)", "box", 95000, 500, 5)]),
    ("C2", "Toko ATK Mitra Pelajar Cilegon", "menengah", "36.72", "", True, [
        ("kertas-hvs-a4", "Kertas HVS A4 70gr 1 rim", "rim", 52000, 2000, 2),
        ("kertas-hvs-f4", "Kertas HVS F4 80 gsm Rim", "rim", 65000, 1500, 2),
        ("pulpen", "Pulpen Gel Hitam 0.5 (1 lusin)", "lusin", 30000, 1000, 2)]),
    ("C3", "Digital Printing Serpong", "kecil", "36.74", "", True, [
        ("id-card", "ID Card PVC + Tali Lanyard Printing", "pcs", 15000, 3000, 4),
        ("stiker-vinyl", "Stiker Vinyl Cutting per meter", "m", 65000, 1000, 3),
        ("kalender", "Kalender Dinding 2027 Custom 6 lembar", "pcs", 25000, 3000, 14)]),
    ("C4", "CV Kemasan Dus Sepatan", "kecil", "36.03", "", True, [
        ("dus-nasi", "Dus Nasi Kotak Laminasi 20x20 Cetak", "pcs", 1500, 20000, 5),
        ("paper-bag", "Paper Bag Kraft Custom Sablon", "pcs", 4000, 10000, 7)]),
    ("C5", "Percetakan Metro Grafika", "mikro", "18.72", "", True, [
        ("buku-yasin", "Cetak Buku Yasin Hardcover 200 hal", "pcs", 25000, 800, 10),
        ("undangan", "Undangan Cetak Hardcover", "pcs", 5000, 3000, 7)]),
    ("C6", "PT Kertas Nusantara Indo", "besar", "36.71", "sni", True, [
        ("kertas-hvs-a4", "Kertas HVS A4 70 gsm", "rim", 46000, 50000, 2)]),
    ("T1", "Nursery Bibit Buah Ciapus", "kecil", "32.01", "", True, [
        ("bibit-durian", "Bibit Durian Musang King Okulasi 80cm", "pohon", 75000, 500, 7),
        ("bibit-alpukat", "Bibit Alpukat Miki Sambung", "pohon", 45000, 800, 7)]),
    ("T2", "Kebun Tanaman Hias Serpong", "mikro", "36.74", "", True, [
        ("sansevieria", "Sansevieria / Lidah Mertua Pot 20cm", "pot", 35000, 600, 3),
        ("aglonema", "Aglonema Red Anjamani", "pot", 85000, 200, 3)]),
    ("T3", "Pembenihan Lele Sangkanila", "mikro", "36.04", "", True, [
        ("bibit-lele", "Bibit Ikan Lele Sangkuriang 5-7 cm", "ekor", 200, 50000, 3),
        ("bibit-nila", "Benih Ikan Nila Merah 3-5 cm", "ekor", 250, 30000, 3)]),
    ("T4", "Koi & Cupang Cibodas", "mikro", "36.71", "", True, [
        ("ikan-koi", "Ikan Koi Kohaku 15-20 cm", "ekor", 75000, 200, 3),
        ("ikan-cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 35000, 300, 3)]),
    ("T5", "Koperasi Pakan Lampung Timur Mandiri", "koperasi", "18.07", "sni", True, [
        ("pakan-ayam", "Pakan Ayam Petelur Konsentrat 50 kg", "sak", 420000, 400, 5),
        ("pakan-ikan", "Pelet Ikan Apung 781 (30 kg)", "sak", 380000, 300, 5)]),
    ("T6", "Gapoktan Karawang Subur", "koperasi", "32.15", "", True, [
        ("beras-premium", "Beras Premium Karawang 5 kg", "karung", 75000, 3000, 3)]),
    ("T7", "Pupuk Organik Rangkasbitung", "mikro", "36.02", "", True, [
        ("pupuk-kompos", "Pupuk Kompos Organik Karung 25 kg", "karung", 35000, 2000, 5)]),
    ("X1", "Sapu Ijuk Pak Darta", "mikro", "36.04", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 1500, 3),
        ("sapu-lidi", "Sapu Lidi Aren Gagang", "pcs", 15000, 2000, 3),
        ("kemoceng", "Kemoceng Bulu Ayam Asli 60 cm", "pcs", 20000, 500, 3)]),
    ("X2", "Kopwan Bersih Cemerlang Curug", "koperasi", "36.03", "", True, [
        ("pembersih-lantai", "Cairan Pembersih Lantai Wangi 5 liter (jerigen)", "jrg", 65000, 800, 3),
        ("sabun-cuci-piring", "Sabun Cuci Piring Cair Jeruk Nipis 5 L", "jrg", 55000, 800, 3),
        ("alat-pel", "Alat Pel Lantai Putar (Spin Mop) + Ember", "set", 150000, 200, 5)]),
    ("X3", "Keset Sabut Anyer", "mikro", "36.04", "", True, [
        ("keset-sabut", "Keset Sabut Kelapa 40x60", "pcs", 35000, 500, 5),
        ("keset-kain", "Keset Kain Perca Bulat", "pcs", 12000, 1000, 5)]),
    ("X4", "Toko Sembako Berkah Cilegon", "mikro", "36.72", "halal", True, [
        ("paket-sembako-mie", "Paket Sembako Isi Beras 5kg, Minyak 2L, Gula 1kg, Mie 5", "paket", 150000, 2000, 3)]),
    ("X5", "Koperasi Pasar Rau", "koperasi", "36.73", "", True, [
        ("paket-sembako-telur", "Paket Sembako Standar Bansos (beras 10kg, minyak, gula, telur)", "paket", 225000, 1500, 4),
        ("parcel-lebaran", "Parcel Lebaran Kue & Sirup", "paket", 350000, 300, 7)]),
    ("X6", "Tangsel Clean Supply", "kecil", "36.74", "", True, [
        ("tempat-sampah-pilah", "Tempat Sampah Pilah 3 warna 60L", "set", 750000, 60, 7),
        ("kantong-sampah", "Kantong Sampah Plastik Hitam 60x100 (1 pak)", "pak", 15000, 3000, 3)]),
]

"""Hand-written suppliers and products of relevance-blind11 (fictional). Each product carries the
labeller's kind tag; kinds never reach the CSVs.

SUPPLIERS: (key, name, scale, region, certificates, active, products)
product:   (kind, name as the maker writes it, unit, price, capacity_per_month, lead_time_days)
The key's first letter is the category (CATEGORY).
"""

CATEGORY = {"A": "makanan", "B": "minuman", "C": "jasa-boga", "D": "fesyen", "E": "kerajinan", "F": "perhiasan",
            "G": "furnitur", "H": "herbal", "K": "kosmetik", "L": "logam", "P": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Made and eaten within days: capacity_per_month must cover the quantity, and only makers in the need's
# kabupaten/kota (else its province) are acceptable.
PERISHABLE = {"nasi-kotak", "nasi-liwet", "snack-box", "prasmanan", "tumpeng-mini", "tumpeng-besar", "coffee-break",
              "jamu-kunyit-segar", "beras-kencur-segar", "telur-kampung", "yogurt-kambing"}

SUPPLIERS = [
    # makanan
    ("A1", "Dapur Otak-Otak Bu Imas", "mikro", "36.73", "halal;pirt", True, [
        ("otak-otak-bandeng", "Otak-Otak Bandeng Khas Serang isi 10", "pack", 35000, 400, 2),
        ("sate-bandeng", "Sate Bandeng Banten (tulang lunak)", "pcs", 45000, 300, 2)]),
    ("A2", "UD Kerupuk Karangantu Mang Udin", "mikro", "36.04", "pirt", True, [
        ("kerupuk-kulit-ikan", "Kerupuk Kulit Ikan Tenggiri 250gr", "pack", 25000, 500, 4),
        ("kerupuk-udang", "Kerupuk Udang Mentah 500 gr", "pack", 40000, 400, 4)]),
    ("A3", "UMKM Sambal Roa Teh Lilis", "kecil", "36.71", "halal;pirt", True, [
        ("sambal-roa", "Sambal Ikan Roa Botol 200ml", "botol", 38000, 800, 5)]),
    ("A10", "Sambel Bawang Mbak Ningsih", "mikro", "36.73", "pirt", True, [
        ("sambal-bawang", "Sambal Bawang Pedas Level 5 - 150 gr", "botol", 22000, 1000, 4)]),
    ("A4", "KUB Sinar Mulya Kripik Pisang Tanggamus", "koperasi", "18.06", "halal;pirt", True, [
        ("keripik-pisang-cokelat", "Keripik Pisang Coklat Lampung 250g", "pack", 22000, 2000, 5),
        ("keripik-pisang-asin", "Keripik Pisang Kepok Asin Gurih 250 gr", "pack", 18000, 2000, 5)]),
    ("A11", "Kripik Pisang Bu Yanti", "mikro", "18.71", "halal;pirt", True, [
        ("keripik-pisang-cokelat", "Keripik Pisang Cokelat Lumer 200gr", "pack", 20000, 1500, 4)]),
    ("A5", "Abon Ikan Pesisir Labuhan Maringgai", "mikro", "18.07", "pirt-expired", True, [
        ("abon-ikan", "Abon Ikan Tongkol Pedas 100 gram", "pack", 30000, 300, 5)]),
    ("A6", "Kue Jipang Ibu Rohmah Tambun", "mikro", "32.16", "pirt", True, [
        ("jipang", "Jipang Beras Manis (Kue Jipang) 500 gr", "pack", 20000, 600, 3),
        ("dodol-betawi", "Dodol Betawi Ketan Hitam 1 kg", "kg", 70000, 200, 5)]),
    ("A7", "Olahan Daging Pak Ahmad Metro", "kecil", "18.72", "halal;pirt", True, [
        ("dendeng-sapi", "Dendeng Sapi Balado 250 gr", "pack", 75000, 200, 5),
        ("rendang", "Rendang Daging Sapi Kemasan Kaleng 200 gr", "kaleng", 65000, 300, 7)]),
    ("A8", "Gipang & Sale Pisang Rangkasbitung", "mikro", "36.02", "pirt", True, [
        ("gipang", "Gipang Ketan Khas Lebak", "pack", 15000, 800, 3),
        ("sale-pisang", "Sale Pisang Basah Rangkasbitung 250gr", "pack", 17000, 600, 3)]),
    ("A9", "PT Snack Nusantara Raya", "besar", "36.03", "halal;pirt;bpom", True, [
        ("keripik-pisang-cokelat", "Keripik Pisang Coklat Premium 250g", "pack", 15000, 50000, 3)]),
    # minuman
    ("B1", "Koperasi Tani Makmur Kopi Tanggamus", "koperasi", "18.06", "halal", True, [
        ("kopi-robusta-bubuk", "Kopi Bubuk Robusta Tanggamus 250 gr", "pack", 35000, 3000, 5),
        ("kopi-robusta-biji", "Roasted Bean Robusta Lampung 1kg", "kg", 140000, 500, 7)]),
    ("B2", "Kedai Jahe Merah Ibu Ani", "mikro", "36.04", "pirt", True, [
        ("jahe-instan", "Jahe Merah Instan Bubuk 250 gr", "pack", 28000, 1000, 4)]),
    ("B8", "Bandrek Sereh Abah Kopo", "mikro", "36.04", "pirt", True, [
        ("bandrek", "Bandrek Sereh Sachet isi 10", "box", 20000, 800, 4)]),
    ("B3", "Etawa Farm Pringsewu", "kecil", "18.10", "halal;pirt", True, [
        ("susu-kambing-bubuk", "Susu Kambing Etawa Bubuk 200 gr", "pack", 55000, 600, 5),
        ("yogurt-kambing", "Yoghurt Susu Kambing Drink 250 ml", "botol", 15000, 500, 2)]),
    ("B4", "Rumah Kakao Pesawaran", "mikro", "18.09", "pirt", True, [
        ("coklat-bubuk", "Bubuk Coklat Murni Minuman Kakao Lampung 500gr", "pack", 60000, 300, 5)]),
    ("B5", "Sari Pala Bekasi", "kecil", "32.75", "halal;pirt;bpom", True, [
        ("sirup-pala", "Sirup Pala Asli 620 ml", "botol", 32000, 1000, 5)]),
    ("B6", "CV Tirta Baduy Lebak", "menengah", "36.02", "sni;halal;bpom", True, [
        ("amdk-gelas", "AMDK Air Mineral Gelas 220 ml (1 dus isi 48)", "dus", 22000, 5000, 2),
        ("amdk-botol", "Air Mineral Botol 600 ml isi 24", "dus", 45000, 3000, 2)]),
    ("B7", "Kebun Rosella Cisauk", "mikro", "36.03", "pirt", False, [
        ("teh-rosella", "Teh Rosella Kering 50gr", "pack", 25000, 300, 4)]),
    # jasa-boga
    ("C1", "Catering Dapur Mak Onah", "kecil", "36.73", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar + Buah + Air Mineral", "box", 35000, 3000, 2),
        ("snack-box", "Snack Box Isi 3 Kue Basah + Air Mineral", "box", 15000, 4000, 1)]),
    ("C2", "RM Sunda Saung Pandeglang", "mikro", "36.01", "halal", True, [
        ("nasi-liwet", "Nasi Liwet Komplit Box", "box", 30000, 800, 2),
        ("prasmanan", "Prasmanan Menu Sunda (min 100 pax)", "porsi", 55000, 1500, 3)]),
    ("C3", "Katering Berkah Bunda Metro", "mikro", "18.72", "halal", True, [
        ("nasi-kotak", "Nasi Box Ayam Goreng Lalapan", "box", 28000, 1500, 2),
        ("snack-box", "Kue Kotak / Snack Rapat isi 2", "box", 12000, 2000, 1)]),
    ("C4", "Tumpeng & Catering Bekasi Sejahtera", "kecil", "32.16", "halal", True, [
        ("tumpeng-mini", "Nasi Tumpeng Mini Komplit (1 orang)", "box", 40000, 1000, 2),
        ("tumpeng-besar", "Tumpeng Besar Syukuran 30 org", "unit", 850000, 40, 3),
        ("coffee-break", "Coffee Break Paket Rapat (2 kue + kopi/teh)", "pax", 20000, 3000, 1)]),
    ("C5", "Pawon Ibu Kalianda", "mikro", "18.01", "", True, [
        ("nasi-kotak", "Nasi Kotak Menu Ikan Pindang", "box", 30000, 500, 2)]),
    ("C6", "Dapur Sehat Cipondoh", "kecil", "36.71", "halal", True, [
        ("nasi-kotak", "Makan Siang Box (Bento) Karyawan", "box", 32000, 6000, 2),
        ("snack-box", "Paket Snack Box Premium 4 item", "box", 22000, 5000, 1)]),
    # fesyen
    ("D1", "Sanggar Tapis Ratu Bandar Lampung", "kecil", "18.71", "", True, [
        ("kain-tapis", "Kain Tapis Lampung Tenun Sulam Benang Emas", "lembar", 1500000, 20, 21)]),
    ("D11", "Tapis Pesisir Kalianda", "mikro", "18.01", "", True, [
        ("selendang-tapis", "Selendang Tapis Motif Siger", "pcs", 250000, 100, 10)]),
    ("D2", "Batik Krakatoa Cilegon", "kecil", "36.72", "batikmark", True, [
        ("batik-tulis", "Kain Batik Tulis Motif Krakatau 2 m", "lembar", 750000, 40, 21)]),
    ("D12", "Batik Cap Banten Lestari", "kecil", "36.73", "", True, [
        ("batik-cap", "Kain Batik Cap Motif Banten 2 m", "lembar", 150000, 500, 10)]),
    ("D3", "Konveksi Seragam Maju Jaya", "kecil", "32.75", "", True, [
        ("pdh", "Seragam PDH Lengan Panjang Bahan American Drill", "stel", 185000, 1500, 21),
        ("kemeja-batik", "Kemeja Batik Seragam Kantor Pria (bahan katun)", "pcs", 140000, 1000, 21),
        ("rompi", "Rompi Kerja / Vest Lapangan Bordir Logo", "pcs", 95000, 800, 14)]),
    ("D4", "Sablon Kaos Cikarang Kreatif", "mikro", "32.16", "", True, [
        ("kaos", "Kaos Sablon Custom Cotton Combed 30s", "pcs", 55000, 3000, 10),
        ("polo", "Kaos Polo Bordir Logo Instansi", "pcs", 85000, 1500, 14)]),
    ("D13", "Konveksi Kaos Telukjambe", "mikro", "32.15", "", True, [
        ("kaos", "T-SHIRT POLOS COMBED 30S SABLON DTF", "pcs", 48000, 2000, 10)]),
    ("D5", "Pengrajin Sandal Kulit Pakupatan", "mikro", "36.73", "", True, [
        ("sandal-kulit", "Sandal Kulit Pria Model Selop", "pasang", 120000, 200, 14),
        ("sandal-hotel", "Sandal Hotel / Sandal Spon Tamu", "pasang", 6000, 5000, 7)]),
    ("D6", "Konveksi Al-Ikhlas Tangerang", "kecil", "36.71", "", True, [
        ("mukena", "Mukena Katun Rayon Bordir Dewasa", "pcs", 150000, 500, 14),
        ("peci", "Peci Hitam Nasional Polos", "pcs", 35000, 1000, 7),
        ("sarung", "Sarung Tenun Motif Kotak", "pcs", 90000, 500, 14)]),
    ("D7", "Totebag & Anyaman Rangkas", "mikro", "36.02", "", True, [
        ("totebag", "Totebag Kanvas Sablon Custom 30x40", "pcs", 25000, 2000, 10),
        ("tas-pandan", "Tas Anyaman Pandan Wanita", "pcs", 85000, 200, 14)]),
    ("D8", "Tenun Kanekes Ambu Sarni", "mikro", "36.02", "", True, [
        ("tenun-baduy", "Kain Tenun Baduy Motif Poleng 3 m", "lembar", 350000, 30, 21)]),
    ("D9", "PT Garmen Prima Tangerang", "besar", "36.03", "iso-9001", True, [
        ("pdh", "Seragam PDH Drill Grosir", "stel", 120000, 20000, 14)]),
    ("D10", "Kulit Craft Pamulang", "mikro", "36.74", "", True, [
        ("dompet-kulit", "Dompet Kulit Sapi Asli Pria", "pcs", 150000, 200, 10),
        ("ikat-pinggang-kulit", "Ikat Pinggang Kulit Asli Gesper Logo", "pcs", 125000, 300, 14)]),
    # kerajinan
    ("E1", "Anyaman Bambu Cibaliung", "mikro", "36.01", "", True, [
        ("besek", "Besek Bambu Tutup 20x20", "pcs", 4500, 5000, 7),
        ("tampah", "Tampah Bambu Diameter 60 cm", "pcs", 25000, 400, 7)]),
    ("E2", "Gerabah Bumijaya Ciruas", "mikro", "36.04", "", True, [
        ("gentong", "Gentong Gerabah Tanah Liat 20 liter", "pcs", 120000, 100, 14),
        ("pot-gerabah", "Pot Tanah Liat / Pot Gerabah 25 cm", "pcs", 15000, 2000, 7)]),
    ("E8", "Celengan Gerabah Pak Odon", "mikro", "36.04", "", True, [
        ("celengan", "Celengan Gerabah Motif Ayam", "pcs", 12000, 1000, 7)]),
    ("E3", "Souvenir Akrilik Tangerang", "kecil", "36.71", "", True, [
        ("plakat-akrilik", "Plakat Akrilik Custom Logo 15x20 + Box", "pcs", 175000, 300, 7)]),
    ("E9", "Ganci Kreasi Karawaci", "mikro", "36.71", "", True, [
        ("ganci-akrilik", "Gantungan Kunci Akrilik Custom", "pcs", 5000, 5000, 7)]),
    ("E4", "Ukiran Siger Kayu Metro", "mikro", "18.72", "", True, [
        ("miniatur-siger", "Miniatur Siger Lampung Kayu Ukir 30 cm", "pcs", 200000, 60, 14),
        ("plakat-kayu", "Plakat Kayu Jati Ukir Logo", "pcs", 250000, 80, 14)]),
    ("E5", "Bengkel Mainan Kayu Cibinong", "mikro", "32.01", "", True, [
        ("puzzle-kayu", "Puzzle Kayu Huruf Angka untuk PAUD", "set", 45000, 500, 7),
        ("balok-kayu", "Balok Susun Kayu 50 pcs", "set", 85000, 300, 7)]),
    ("E6", "Tikar Pandan Cikeusik", "mikro", "36.01", "", True, [
        ("tikar-pandan", "Tikar Pandan Anyam 2x3 m", "lembar", 150000, 60, 14)]),
    ("E7", "Boneka Flanel Ceria Bekasi", "mikro", "32.16", "", False, [
        ("boneka-maskot", "Boneka Maskot Custom Flanel 40 cm", "pcs", 95000, 300, 14)]),
    # perhiasan
    ("F1", "Galeri Perak Banten", "mikro", "36.73", "", True, [
        ("bros-perak", "Bros Perak 925 Motif Kujang", "pcs", 275000, 50, 14),
        ("cincin-perak-akik", "Cincin Perak Batu Akik Bayah", "pcs", 350000, 40, 14)]),
    ("F2", "Manik Tapis Lampung", "mikro", "18.71", "", True, [
        ("kalung-manik", "Kalung Etnik Manik Motif Tapis", "pcs", 65000, 300, 7),
        ("gelang-tapis", "Gelang Tapis Kain", "pcs", 25000, 800, 7)]),
    ("F3", "Batu Bayah Kalimaya Art", "mikro", "36.02", "", True, [
        ("akik-bayah", "Batu Akik Bayah Kalimaya (Bahan/Polesan)", "pcs", 150000, 100, 7),
        ("liontin-kalimaya", "Liontin Batu Kalimaya Banten", "pcs", 220000, 60, 10)]),
    ("F4", "Mutiara Kalianda", "kecil", "18.01", "", True, [
        ("kalung-mutiara", "Kalung Mutiara Air Laut Lampung", "pcs", 450000, 40, 14),
        ("bros-imitasi", "Bros Mutiara Imitasi Hijab", "pcs", 20000, 1000, 5)]),
    # furnitur
    ("G1", "Rotan Jaya Tigaraksa", "kecil", "36.03", "svlk", True, [
        ("kursi-rotan-set", "Kursi Rotan Teras Set (2 kursi + meja)", "set", 1800000, 20, 21),
        ("sofa-rotan", "Sofa Rotan Sintetis 3 Dudukan", "unit", 3500000, 8, 30)]),
    ("G2", "Meubel Jati Karya Mandiri Pandeglang", "kecil", "36.01", "svlk", True, [
        ("meja-kerja-kayu", "Meja Kerja Kayu Jati 120x60", "unit", 2200000, 15, 30),
        ("lemari-arsip-kayu", "Lemari Arsip Kayu 2 Pintu", "unit", 2800000, 10, 30)]),
    ("G3", "Las & Furniture Besi Metro", "mikro", "18.72", "", True, [
        ("rak-besi", "Rak Besi Siku Lubang 5 Susun 200x90x40", "unit", 650000, 60, 10),
        ("loker-besi", "Loker Besi 12 Pintu", "unit", 2400000, 10, 21)]),
    ("G4", "Mebel Sekolah Terbanggi", "mikro", "18.02", "", True, [
        ("mebel-sekolah", "Meja Kursi Siswa SD Kayu Mahoni (1 set)", "set", 650000, 200, 30)]),
    ("G5", "Mebel Bambu Rengasdengklok", "mikro", "32.15", "", True, [
        ("kursi-bambu", "Kursi Bambu Betung Set Tamu", "set", 1200000, 10, 21),
        ("rak-bambu", "Rak Buku Bambu 4 Susun", "unit", 250000, 50, 14)]),
    # herbal
    ("H1", "Jamu Gendong Mbok Sri", "mikro", "18.72", "pirt", True, [
        ("jamu-kunyit-segar", "Jamu Kunyit Asam Botol 250 ml (segar)", "botol", 8000, 600, 1),
        ("beras-kencur-segar", "Beras Kencur Botol 250 ml", "botol", 8000, 600, 1)]),
    ("H2", "Rumah Herbal Temulawak Pandeglang", "kecil", "36.01", "pirt;halal", True, [
        ("temulawak-instan", "Temulawak Instan Serbuk 200 gr", "pack", 30000, 1000, 5),
        ("kapsul-kelor", "Kapsul Daun Kelor 60 kapsul", "botol", 45000, 500, 5)]),
    ("H3", "Apiari Madu Way Kanan", "mikro", "18.08", "pirt", True, [
        ("madu-hutan", "Madu Hutan Liar Lampung 500 gr", "botol", 110000, 300, 5),
        ("madu-klanceng", "Madu Klanceng/Trigona 250 ml", "botol", 150000, 60, 5)]),
    ("H4", "Kebun TOGA Sukatani", "mikro", "32.16", "", True, [
        ("simplisia-sirsak", "Simplisia Daun Sirsak Kering 100 gr", "pack", 20000, 400, 5),
        ("teh-kelor", "Teh Herbal Daun Kelor Celup", "box", 25000, 500, 5)]),
    ("H5", "Minyak Sereh Wangi Leuwidamar", "mikro", "36.02", "pirt", True, [
        ("minyak-sereh", "Minyak Sereh Wangi Roll On 10 ml", "botol", 15000, 1000, 5)]),
    # kosmetik
    ("K1", "Wangi Nusa Serang", "mikro", "36.73", "bpom", True, [
        ("sabun-batang", "Sabun Batang Herbal Sereh 100 gr", "pcs", 15000, 2000, 7),
        ("lilin-aromaterapi", "Lilin Aromaterapi Gelas Lavender 100 gr", "pcs", 45000, 400, 7)]),
    ("K2", "Sabun Cair Cikarang Bersih", "kecil", "32.16", "bpom", True, [
        ("sabun-cuci-tangan", "Hand Soap Sabun Cuci Tangan Refill 5 Liter", "jerigen", 85000, 500, 5),
        ("hand-sanitizer", "Hand Sanitizer Gel 500 ml", "botol", 35000, 1000, 5)]),
    ("K3", "Minyak Kemiri Pagelaran", "mikro", "18.10", "pirt", True, [
        ("minyak-kemiri", "Minyak Kemiri Penyubur Rambut 100 ml", "botol", 30000, 500, 5),
        ("lulur", "Lulur Bengkuang Tradisional 250 gr", "pot", 35000, 400, 5)]),
    ("K4", "Beauty Etawa Ciputat", "kecil", "36.74", "bpom", True, [
        ("body-lotion", "Body Lotion Susu Kambing 250 ml", "botol", 40000, 800, 7),
        ("lip-balm", "Lip Balm Beeswax Madu", "pcs", 20000, 1000, 7)]),
    # logam
    ("L1", "Pandai Besi Ki Jaya Ciomas", "mikro", "36.04", "", True, [
        ("golok-ciomas", "Golok Ciomas Asli Sarung Kayu", "pcs", 350000, 60, 14),
        ("arit", "Arit/Sabit Rumput Baja Per", "pcs", 60000, 300, 7),
        ("cangkul", "Cangkul Baja Tempa", "pcs", 85000, 300, 7)]),
    ("L2", "Bengkel Las Cahaya Karawang", "mikro", "32.15", "", True, [
        ("teralis-besi", "Teralis Jendela Besi Hollow per m2", "m2", 350000, 150, 14),
        ("pagar-besi", "Pagar Besi Minimalis per meter", "meter", 600000, 100, 21),
        ("kanopi", "Kanopi Baja Ringan per m2", "m2", 300000, 200, 14)]),
    ("L3", "Logam Jaya Alat Dapur", "kecil", "36.71", "sni", True, [
        ("panci", "Panci Stainless Steel 30 cm", "pcs", 180000, 300, 7),
        ("dandang", "Dandang Aluminium 40 cm", "pcs", 250000, 200, 7),
        ("wajan", "Wajan Besi Cor 36 cm", "pcs", 150000, 200, 7)]),
    ("L4", "Pandai Besi Pringsewu", "mikro", "18.10", "", True, [
        ("parang", "Parang Kebun Lampung 16 inch", "pcs", 90000, 200, 7),
        ("pisau-dapur", "Pisau Dapur Tempa Baja 8 inch", "pcs", 65000, 300, 7)]),
    ("L5", "PT Baja Konstruksi Nusantara", "besar", "32.15", "sni;iso-9001", True, [
        ("teralis-besi", "Teralis Besi Jendela Motif Minimalis", "m2", 250000, 5000, 7)]),
    # percetakan
    ("P1", "Mitra Grafika Serang", "kecil", "36.73", "", True, [
        ("spanduk", "Cetak Spanduk / Banner Flexi 280 gr per m2", "m2", 25000, 3000, 2),
        ("buku-yasin", "Cetak Buku Yasin Hard Cover 128 hal", "pcs", 18000, 3000, 14),
        ("map-folder", "Cetak Map Folder Logo Instansi", "pcs", 4500, 5000, 7)]),
    ("P2", "Toko ATK & Fotocopy Berkah Rangkas", "mikro", "36.02", "", True, [
        ("hvs-a4-70", "Kertas HVS A4 70 gram 1 rim", "rim", 55000, 1000, 2),
        ("snelhecter", "Map Plastik Snelhecter Warna (1 pak isi 12)", "pak", 20000, 500, 2),
        ("pulpen", "Pulpen Gel Hitam 1 lusin", "lusin", 30000, 500, 2)]),
    ("P3", "Digital Printing Metro", "mikro", "18.72", "", True, [
        ("kalender", "Cetak Kalender Dinding 2027 6 Lembar", "pcs", 25000, 2000, 10),
        ("stiker-label", "Cetak Stiker Label Kemasan Vinyl A3", "lembar", 12000, 3000, 3),
        ("id-card", "ID Card PVC + Tali Lanyard Printing", "pcs", 15000, 3000, 5)]),
    ("P4", "Kemasan UMKM Bekasi", "kecil", "32.75", "", True, [
        ("dus-snack", "Dus Kemasan Snack Box 15x15 (100 pcs)", "pak", 90000, 500, 5),
        ("paper-bag", "Paper Bag Kraft Cetak Logo 25x30", "pcs", 4000, 10000, 10)]),
    ("P5", "Percetakan Undangan Pringsewu", "mikro", "18.10", "", True, [
        ("sertifikat", "Cetak Sertifikat / Piagam Art Carton 260 gr", "lembar", 3500, 5000, 3),
        ("undangan", "Cetak Undangan Hard Cover", "pcs", 6000, 3000, 7)]),
    # pertanian
    ("T1", "Pokdakan Mina Sari Pontang", "koperasi", "36.04", "", True, [
        ("benih-nila", "Benih Ikan Nila Merah ukuran 5-7 cm", "ekor", 300, 50000, 3),
        ("benih-lele", "Bibit Lele Sangkuriang 7-9 cm", "ekor", 250, 80000, 3)]),
    ("T8", "Pembenihan Nila Sepatan", "mikro", "36.03", "", True, [
        ("benih-nila", "Bibit Nila Merah / Nila GIFT 5-8cm", "ekor", 280, 30000, 3)]),
    ("T2", "Koi & Cupang Neglasari", "mikro", "36.71", "", True, [
        ("koi", "Ikan Koi Kohaku ukuran 15 cm", "ekor", 50000, 200, 3),
        ("cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 35000, 300, 3)]),
    ("T3", "Pakan Ternak Mandiri Lampung Tengah", "kecil", "18.02", "", True, [
        ("pakan-ayam", "Pakan Ayam Petelur Konsentrat 50 kg", "karung", 420000, 300, 5),
        ("pelet-ikan", "Pelet Ikan Apung Protein 30% 30 kg", "karung", 330000, 300, 5)]),
    ("T4", "Nursery Ciapus", "mikro", "32.01", "", True, [
        ("bibit-durian", "Bibit Durian Musang King Okulasi 80 cm", "batang", 85000, 500, 7),
        ("monstera", "Tanaman Hias Monstera / Janda Bolong Pot 20", "pot", 75000, 200, 5),
        ("bibit-alpukat", "Bibit Alpukat Miki Sambung Pucuk", "batang", 45000, 800, 7)]),
    ("T5", "KWT Cabe Rawit Mandalawangi", "koperasi", "36.01", "", True, [
        ("benih-cabai", "Benih Cabai Rawit Lokal (sachet 10 gr)", "sachet", 25000, 400, 3),
        ("pupuk-kompos", "Pupuk Organik Kompos Kotoran Kambing 25 kg", "karung", 30000, 1000, 5)]),
    ("T6", "Telur Ayam Kampung Metro Jaya", "mikro", "18.72", "", True, [
        ("telur-kampung", "Telur Ayam Kampung Segar per butir", "butir", 2500, 5000, 1)]),
    ("T7", "Kultur Pisang Natar", "kecil", "18.01", "", True, [
        ("bibit-pisang", "Bibit Pisang Cavendish Kultur Jaringan", "batang", 6000, 20000, 7)]),
    # lainnya
    ("X1", "APE Kreatif Kramatwatu", "mikro", "36.04", "", True, [
        ("ape-matematika", "Alat Peraga Matematika SD Kit (Kayu)", "set", 750000, 40, 21),
        ("globe", "Globe / Bola Dunia 30 cm", "pcs", 150000, 50, 7)]),
    ("X2", "Alat Kebersihan Cikande", "mikro", "36.04", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 18000, 2000, 5),
        ("sapu-lidi", "Sapu Lidi Kelapa Ikat Besar", "pcs", 10000, 3000, 3),
        ("kain-pel", "Kain Pel Katun / Mop Refill", "pcs", 15000, 1000, 5)]),
    ("X7", "Sapu & Pel Warunggunung", "mikro", "36.02", "", True, [
        ("sapu-ijuk", "Sapu Lantai Ijuk Premium", "pcs", 20000, 1000, 5)]),
    ("X3", "Kimia Kreatif Karawang", "mikro", "32.15", "", True, [
        ("pembersih-lantai", "Karbol Wangi Pembersih Lantai 5 Liter", "jerigen", 45000, 800, 5),
        ("sabun-cuci-piring", "Sabun Cuci Piring Cair Jeruk Nipis 5 L", "jerigen", 50000, 800, 5)]),
    ("X4", "Grosir Perlengkapan Masjid Al Barkah", "kecil", "36.71", "", True, [
        ("karpet-masjid", "Karpet Sajadah Masjid Roll per meter", "meter", 180000, 300, 7),
        ("beduk", "Beduk Kayu Masjid Diameter 80 cm", "unit", 4500000, 3, 45)]),
    ("X5", "Gorden & Sprei Cibitung", "mikro", "32.16", "", True, [
        ("gorden", "Gorden Blackout Kantor per meter", "meter", 95000, 500, 10),
        ("sprei", "Sprei Katun Jepang 160x200", "set", 150000, 200, 7),
        ("keset-sabut", "Keset Kaki Serabut Kelapa 40x60", "pcs", 25000, 600, 5)]),
    ("X6", "Fiber Kreasi Metro", "kecil", "18.72", "", True, [
        ("tong-sampah-terpilah", "Tong Sampah Fiber 3 in 1 Terpilah", "set", 1600000, 20, 21)]),
]

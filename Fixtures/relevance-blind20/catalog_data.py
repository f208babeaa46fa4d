"""Hand-written suppliers and products of relevance-blind20 (fictional). Kinds are the labeller's tags, never in the CSVs.

SUPPLIERS: (key, name, scale, region, certificates, active, [(kind, name, unit, price, capacity/month, lead days)])
The key's first letter is the category.
"""
CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "C": "kosmetik", "L": "logam", "R": "percetakan", "T": "pertanian",
            "X": "lainnya"}
# Made and eaten within a day or two: the whole quantity in one month, and only near producers are acceptable.
PERISHABLE = {"sate-bandeng", "otak-otak", "yoghurt", "nasi-kotak", "snack-box", "nasi-liwet", "prasmanan",
              "coffee-break", "tumpeng", "jamu-kunyit", "beras-kencur", "sayur-organik"}

SUPPLIERS = [
    ("M01", "Kerupuk Ikan Bu Iyah Karangantu", "mikro", "36.04", "halal;pirt", True, [
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri Mentah 500 gr", "bungkus", 28000, 800, 3),
        ("otak-otak", "Otak-otak Bandeng Beku isi 20", "pack", 45000, 300, 2)]),
    ("M02", "UD Sambal Mbok Ratu", "kecil", "36.71", "halal;pirt", True, [
        ("sambal-bawang", "Sambal Bawang Pedas Botol 150 ml", "botol", 22000, 2000, 3),
        ("sambal-cumi", "SAMBEL CUMI ASIN Pedas Mantap 200gr [READY STOCK]", "botol", 38000, 600, 3)]),
    ("M03", "Keripik Pisang Tanggamus Jaya", "mikro", "18.06", "pirt", True, [
        ("keripik-pisang", "Keripik Pisang Kepok Manis 250 gr", "bungkus", 15000, 3000, 4),
        ("kemplang", "Kemplang Panggang Ikan Tenggiri 250 gr", "bungkus", 25000, 1500, 4)]),
    ("M04", "Dodol Betawi Nyak Mpok", "mikro", "32.16", "halal;pirt", True, [
        ("dodol", "Dodol Betawi Ketan Hitam 500 gr", "kotak", 40000, 600, 5),
        ("kue-kering", "Kue Kering Nastar Keju Toples 500 gr", "toples", 85000, 400, 5)]),
    ("M05", "Rumah Rendang Uni Ema", "kecil", "31.74", "halal;pirt", True, [
        ("rendang", "Rendang Daging Sapi Kemasan Vakum 250 gr (Tahan 6 Bulan)", "pack", 95000, 800, 4),
        ("abon-ayam", "Abon Ayam Pedas 100 gr", "pack", 32000, 1000, 3)]),
    ("M06", "Emping Melinjo Bu Eni Menes", "mikro", "36.01", "pirt-expired", True, [
        ("emping", "Emping Melinjo Super Tipis 1 kg", "kg", 110000, 200, 5),
        ("keripik-singkong", "Keripik Singkong Balado 200 gr", "bungkus", 12000, 2500, 3)]),
    ("M07", "Koperasi Wanita Tani Sri Rejeki Karawang", "koperasi", "32.15", "pirt", True, [
        ("rengginang", "Rengginang Ketan Mentah 500 gr", "pack", 20000, 1500, 4),
        ("telur-asin", "Telur Asin Matang Masir", "butir", 4000, 5000, 2)]),
    ("M08", "PT Snack Nusantara Raya", "besar", "36.03", "halal;bpom;iso-9001", True, [
        ("keripik-singkong", "Keripik Singkong Original 1 kg Grosir", "kg", 45000, 50000, 2),
        ("kue-kering", "Kue Kering Lebaran Aneka Rasa Parcel 4 Toples", "paket", 250000, 5000, 5)]),
    ("M09", "Sate Bandeng Bu Asih", "mikro", "36.73", "pirt", True, [
        ("sate-bandeng", "Sate Bandeng Khas Banten (per ekor)", "ekor", 35000, 900, 2)]),
    ("N01", "Koperasi Petani Kopi Robusta Ulubelu", "koperasi", "18.06", "halal;pirt", True, [
        ("kopi-robusta-lpg", "Kopi Bubuk Robusta Tanggamus 250 gr", "pack", 45000, 2000, 4),
        ("kopi-biji", "Biji Kopi Robusta Lampung Sangrai 1 kg (Roast Bean Medium)", "kg", 160000, 400, 5)]),
    ("N02", "Kakao Lestari Pringsewu", "mikro", "18.10", "pirt", True, [
        ("cokelat-bubuk", "Bubuk Cokelat Murni Kakao Pringsewu 200 gr", "pack", 38000, 800, 4),
        ("cokelat-sachet", "Minuman Cokelat 3in1 Sachet isi 10", "box", 30000, 1500, 4)]),
    ("N03", "Etawa Farm Ciampea", "kecil", "32.01", "halal;pirt", True, [
        ("susu-kambing", "Susu Kambing Etawa Bubuk Original 200 gr", "pack", 65000, 1500, 3),
        ("yoghurt", "Yoghurt Susu Kambing Botol 250 ml", "botol", 18000, 600, 1)]),
    ("N04", "Sirup & Wedang Kurnia Serang", "mikro", "36.73", "halal;pirt", True, [
        ("sirup-markisa", "Sirup Markisa Asli 620 ml", "botol", 32000, 1200, 3),
        ("wedang-jahe", "Wedang Jahe Merah Instan Sachet isi 20", "box", 28000, 2000, 3)]),
    ("N05", "CV Tirta Lebak Sejahtera", "kecil", "36.02", "halal;bpom;sni", True, [
        ("amdk-gelas", "Air Minum Dalam Kemasan Gelas 240 ml (Dus isi 48)", "dus", 26000, 8000, 2),
        ("amdk-botol", "Air Mineral Botol 600 ml isi 24", "dus", 42000, 5000, 2)]),
    ("N06", "Kopi Baduy Kanekes", "mikro", "36.02", "pirt", True, [
        ("kopi-robusta-baduy", "Kopi Robusta Baduy Bubuk 200 gr", "pack", 35000, 600, 4)]),
    ("J01", "Catering Dapur Hj. Nur", "kecil", "36.73", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar + Buah", "kotak", 35000, 3000, 2),
        ("snack-box", "Snack Box Isi 3 Kue Basah", "kotak", 12000, 4000, 1)]),
    ("J02", "Warung Nasi Liwet Teh Imas", "mikro", "36.04", "", True, [
        ("nasi-liwet", "Paket Nasi Liwet Sunda Komplit (Nampan 5 orang)", "paket", 150000, 200, 2),
        ("nasi-kotak", "Nasi Box Ayam Goreng Serundeng", "kotak", 28000, 800, 2)]),
    ("J03", "Jakarta Prasmanan Catering", "menengah", "31.71", "halal;iso-9001", True, [
        ("prasmanan", "Prasmanan Menu Nusantara per Pax (min 100)", "pax", 75000, 10000, 5),
        ("nasi-kotak", "Nasi Box Premium Menu Rendang", "box", 55000, 8000, 3),
        ("coffee-break", "Coffee Break Rapat (2 Kue + Kopi/Teh) per Orang", "pax", 25000, 12000, 2)]),
    ("J04", "Katering Bunda Metro", "mikro", "18.72", "", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Goreng Lalapan", "kotak", 27000, 600, 2),
        ("tumpeng", "Nasi Tumpeng Kuning 1 Tampah (20 orang)", "tampah", 450000, 40, 3)]),
    ("J05", "Dapur Sehat Bandar Lampung", "kecil", "18.71", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Gulai Ikan Patin", "kotak", 32000, 1500, 2),
        ("snack-box", "KUE KOTAK / SNACK BOX Isi 4 (Lemper, Risol, Bolu, Air Mineral)", "kotak", 15000, 3000, 1)]),
    ("J06", "Katering Berkah Karawang", "mikro", "32.15", "", True, [
        ("nasi-kotak", "Nasi Box Ayam Bakar Madu", "box", 30000, 700, 2)]),
    ("F01", "Tapis Sekar Siger", "kecil", "18.71", "", True, [
        ("tapis", "Kain Tapis Lampung Motif Pucuk Rebung Sulam Benang Emas", "lembar", 1250000, 30, 21),
        ("selendang-tapis", "Selendang Tapis Lampung Sulam Usus", "lembar", 350000, 80, 14)]),
    ("F02", "Batik Krakatau Cilegon", "kecil", "36.72", "batikmark", True, [
        ("batik-cap", "Kain Batik Cap Krakatau Motif Baja 2 m", "lembar", 175000, 300, 10),
        ("batik-kemeja", "Kemeja Batik Pria Lengan Panjang Motif Banten (S-XXL)", "pcs", 185000, 400, 14)]),
    ("F03", "Konveksi Mitra Seragam Balaraja", "kecil", "36.03", "", True, [
        ("seragam-pdh", "Seragam PDH Dinas Bahan Drill (Jahit Ukur)", "stel", 275000, 1500, 21),
        ("kaos-polo", "Kaos Polo Kerah Bordir Logo Instansi (Lacoste CVC)", "pcs", 85000, 3000, 14),
        ("rompi", "Rompi Lapangan Bahan Drill Saku Banyak", "pcs", 150000, 800, 14)]),
    ("F04", "Sepatu Kulit Ciledug", "mikro", "36.71", "", True, [
        ("sepatu-pdh", "Sepatu PDH Pria Kulit Sapi Asli Hitam Mengkilap", "pasang", 325000, 300, 14),
        ("sandal-kulit", "Sandal Kulit Pria Jepit Casual", "pasang", 95000, 500, 7)]),
    ("F05", "Tas & Goodie Bag Kaujon", "mikro", "36.73", "", True, [
        ("tote-bag", "Tote Bag Kanvas Sablon Logo 30x40", "pcs", 25000, 3000, 10),
        ("tas-ransel", "Tas Laptop Ransel Cordura Bordir Logo", "pcs", 165000, 500, 14)]),
    ("F06", "Busana Muslim Berkah Cibinong", "kecil", "32.01", "", True, [
        ("mukena", "Mukena Katun Rayon Bordir Dewasa (Free Tas)", "pcs", 135000, 600, 7),
        ("sarung", "Sarung Tenun Pria Motif Kotak", "pcs", 90000, 800, 7),
        ("peci", "Peci Hitam Polos Beludru No 7-10", "pcs", 35000, 2000, 5)]),
    ("F07", "PT Garmen Indo Perkasa", "besar", "32.16", "iso-9001", True, [
        ("kaos-polo", "Polo Shirt Custom Bordir Min 100 pcs", "pcs", 60000, 50000, 10)]),
    ("F08", "Kulit Mas Joko Pondok Aren", "mikro", "36.74", "", True, [
        ("ikat-pinggang", "Ikat Pinggang Kulit Asli Gesper Logo", "pcs", 120000, 300, 10),
        ("dompet", "Dompet Kulit Pria Lipat", "pcs", 95000, 300, 7)]),
    ("K01", "Anyaman Pandan Cibeber", "mikro", "36.02", "", True, [
        ("tikar-pandan", "Tikar Pandan Anyaman 2x3 m", "lembar", 175000, 100, 14),
        ("box-hampers", "Box Hampers Anyaman Pandan 30x20", "pcs", 45000, 400, 10)]),
    ("K02", "Kerajinan Bambu Saketi", "mikro", "36.01", "", True, [
        ("besek", "Besek Bambu 20x20 (isi 10)", "ikat", 25000, 1000, 7),
        ("lampu-bambu", "Lampu Hias Gantung Anyaman Bambu", "pcs", 125000, 100, 14)]),
    ("K03", "Gerabah Bumijaya Ciruas", "mikro", "36.04", "", True, [
        ("pot-gerabah", "Pot Gerabah Tanah Liat Diameter 30 cm", "pcs", 45000, 500, 10),
        ("kendi", "Kendi Gerabah Tradisional", "pcs", 35000, 400, 10)]),
    ("K04", "Akrilik Kreatif Serpong", "kecil", "36.74", "", True, [
        ("plakat-akrilik", "Plakat Akrilik Custom Tebal 5 mm + Box Beludru", "pcs", 185000, 600, 7),
        ("gantungan-akrilik", "Gantungan Kunci Akrilik Custom Logo (min 100)", "pcs", 5000, 10000, 7)]),
    ("K05", "Jepara Ukir Art", "kecil", "33.20", "svlk", True, [
        ("plakat-kayu", "Plakat Kayu Jati Ukir Custom Logo Instansi", "pcs", 350000, 200, 14),
        ("miniatur-kapal", "Miniatur Kapal Pinisi Kayu 40 cm", "pcs", 275000, 100, 14)]),
    ("K06", "Mainan Edukatif Cikampek", "mikro", "32.15", "", True, [
        ("puzzle-kayu", "Puzzle Kayu Edukasi Anak Huruf & Angka", "set", 45000, 600, 7),
        ("balok-kayu", "Mainan Balok Kayu Susun 50 pcs (Building Blocks)", "set", 85000, 300, 7),
        ("boneka", "Boneka Maskot Flanel Custom 30 cm", "pcs", 95000, 300, 14)]),
    ("K07", "Koperasi Perajin Sukadana", "koperasi", "18.07", "", True, [
        ("siger-miniatur", "Miniatur Siger Lampung Kuningan Hiasan Meja", "pcs", 150000, 200, 10),
        ("tempat-tisu", "Tempat Tisu Anyaman Purun", "pcs", 35000, 300, 10)]),
    ("P01", "Perak Bakti Kotagede", "kecil", "34.71", "", True, [
        ("bros-perak", "Bros Perak 925 Motif Daun Filigri", "pcs", 250000, 200, 10),
        ("cincin-perak", "Cincin Perak Batu Akik Pria", "pcs", 175000, 150, 10)]),
    ("P02", "Mutiara Sekarbela", "mikro", "52.71", "", True, [
        ("kalung-mutiara", "Kalung Mutiara Air Tawar Lombok 45 cm", "pcs", 275000, 150, 10),
        ("anting-mutiara", "Anting Mutiara Tusuk Lapis Emas", "pasang", 95000, 300, 7)]),
    ("P03", "Manik Etnik Gadingrejo", "mikro", "18.10", "", True, [
        ("gelang-manik", "Gelang Manik-manik Etnik Lampung", "pcs", 15000, 1500, 5),
        ("kalung-manik", "Kalung Manik Kayu Handmade", "pcs", 30000, 500, 7)]),
    ("P04", "Pin & Medali Cipondoh", "kecil", "36.71", "", True, [
        ("pin-logo", "Pin Logo Instansi Kuningan Lapis Emas (Enamel)", "pcs", 25000, 5000, 10),
        ("medali", "Medali Kuningan Custom + Pita (Emas/Perak/Perunggu)", "pcs", 45000, 3000, 14)]),
    ("P05", "PT Emas Cahaya Abadi", "besar", "31.71", "", True, [
        ("cincin-emas", "Cincin Emas 24K 2 gram", "pcs", 2600000, 500, 5)]),
    ("U01", "Rotan Tegalwangi Jaya", "kecil", "32.09", "svlk", True, [
        ("kursi-rotan", "Kursi Rotan Sintetis Teras Set (2 Kursi + 1 Meja)", "set", 1850000, 40, 21),
        ("meja-tamu-rotan", "Meja Tamu Rotan Kaca Bulat 60 cm", "pcs", 850000, 40, 21)]),
    ("U02", "Mebel Jati Kembang Kramatwatu", "kecil", "36.04", "svlk", True, [
        ("lemari-arsip", "Lemari Arsip Kayu Jati 2 Pintu Kaca", "unit", 3250000, 30, 30),
        ("meja-kerja", "Meja Kerja Kantor Kayu Jati 120x60 + Laci", "unit", 2100000, 40, 21)]),
    ("U03", "Las & Furnitur Besi Metro", "mikro", "18.72", "", True, [
        ("rak-besi", "Rak Besi Siku Lubang 5 Susun 200x90x40", "unit", 650000, 60, 10),
        ("loker-besi", "Loker Besi 9 Pintu Kunci", "unit", 2400000, 20, 14)]),
    ("U04", "CV Kursi Kantor Bekasi", "kecil", "32.75", "", True, [
        ("kursi-kantor", "KURSI KANTOR Putar Jaring/Mesh Hidrolik Sandaran Tinggi (Ergonomic Chair)", "unit", 950000, 200, 7),
        ("kursi-lipat", "Kursi Lipat Futura Chitose Model Besi", "unit", 325000, 400, 7)]),
    ("U05", "Mebel Sekolah Labuan", "mikro", "36.01", "svlk", True, [
        ("meja-siswa", "Meja Kursi Siswa SD Kayu Mahoni (1 set)", "set", 750000, 150, 21),
        ("rak-buku", "Rak Buku Perpustakaan Kayu 5 Susun Double Face", "unit", 2750000, 20, 30)]),
    ("H01", "Jamu Gendong Mbok Sri", "mikro", "36.71", "pirt", True, [
        ("jamu-kunyit", "Jamu Kunyit Asam Botol 250 ml (Segar)", "botol", 8000, 1500, 1),
        ("beras-kencur", "Jamu Beras Kencur Botol 250 ml", "botol", 8000, 1500, 1)]),
    ("H02", "Herbal Lestari Bogor", "kecil", "32.01", "bpom;halal", True, [
        ("kapsul-temulawak", "Kapsul Ekstrak Temulawak isi 60", "botol", 55000, 3000, 5),
        ("minyak-kayu-putih", "Minyak Kayu Putih Asli 60 ml", "botol", 35000, 2000, 5)]),
    ("H03", "Madu Hutan Ujung Kulon", "mikro", "36.01", "pirt", True, [
        ("madu-hutan", "Madu Hutan Murni Ujung Kulon 500 gr", "botol", 120000, 300, 5),
        ("madu-klanceng", "MADU KLANCENG / Trigona Asli 250 ml", "botol", 150000, 80, 5)]),
    ("H04", "Koperasi TOGA Natar", "koperasi", "18.01", "pirt", True, [
        ("jahe-merah", "Jahe Merah Bubuk Instan Tanpa Gula 250 gr", "pack", 35000, 1500, 4),
        ("kelor", "Simplisia Daun Kelor Kering 100 gr (Moringa Leaf Tea)", "pack", 25000, 800, 4)]),
    ("H05", "Jamu Instan Bu Darmi", "mikro", "36.03", "pirt;halal", True, [
        ("temulawak-instan", "Serbuk Temulawak Instan 250 gr", "pack", 25000, 1200, 3)]),
    ("C01", "Sabun Herbal Rumahan Serang", "mikro", "36.73", "bpom", True, [
        ("sabun-batang", "Sabun Batang Sereh Wangi Handmade 100 gr", "pcs", 15000, 2000, 5),
        ("sabun-cair", "Sabun Cuci Tangan Cair Jeruk Nipis Refill 5 Liter", "jerigen", 95000, 400, 4)]),
    ("C02", "Lilin Aroma Bintaro", "mikro", "36.74", "", True, [
        ("lilin-aroma", "Lilin Aromaterapi Soy Wax Jar 100 gr (Lavender/Vanilla/Sandalwood)", "pcs", 45000, 600, 5),
        ("diffuser", "Reed Diffuser Pewangi Ruangan 100 ml", "botol", 65000, 300, 5)]),
    ("C03", "Koperasi Kelapa Labuhan Maringgai", "koperasi", "18.07", "bpom;halal", True, [
        ("vco", "Virgin Coconut Oil 250 ml", "botol", 40000, 1500, 4),
        ("lulur", "Lulur Mandi Bengkoang Tradisional 250 gr", "pot", 30000, 800, 4)]),
    ("C04", "Glow Cosmetic Cikarang", "kecil", "32.16", "bpom;halal", True, [
        ("hand-sanitizer", "Hand Sanitizer Gel 500 ml Pump", "botol", 35000, 5000, 3),
        ("lip-balm", "Lip Balm Madu Organik 10 gr", "pcs", 25000, 1000, 5)]),
    ("C05", "Shampo Lidah Buaya Rengasdengklok", "mikro", "32.15", "", True, [
        ("shampo", "Shampo Lidah Buaya Herbal 250 ml", "botol", 28000, 500, 5)]),
    ("L01", "Pandai Besi Golok Ciomas Pak Ujang", "mikro", "36.04", "", True, [
        ("golok", "Golok Ciomas Sulangkar Asli + Sarung Kayu", "pcs", 450000, 40, 21),
        ("arit", "Arit Rumput Baja Per Gagang Kayu", "pcs", 65000, 300, 10)]),
    ("L02", "Bengkel Las Teralis Cipocok", "mikro", "36.73", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow Custom per m2", "m2", 450000, 150, 14),
        ("pagar-besi", "Pagar Besi Minimalis Hollow per meter", "meter", 650000, 100, 14)]),
    ("L03", "Pandai Besi Pagelaran", "mikro", "18.10", "", True, [
        ("cangkul", "Cangkul Baja Tempa Gagang Kayu", "pcs", 95000, 500, 7),
        ("parang", "Parang Kebun Tempa Baja Per Lampung", "pcs", 110000, 300, 7)]),
    ("L04", "Stainless Dapur Pasar Kemis", "kecil", "36.03", "sni", True, [
        ("panci", "Panci Stainless Steel 28 cm Tutup Kaca", "pcs", 185000, 600, 5),
        ("dandang", "Dandang Aluminium 40 cm Tebal (Kukusan Nasi)", "pcs", 275000, 200, 7),
        ("pisau-dapur", "Set Pisau Dapur Stainless 6 pcs + Gunting", "set", 125000, 500, 5)]),
    ("L05", "Kuningan & Trofi Tambun", "mikro", "32.16", "", True, [
        ("piala", "Vandel Trofi Piala Logam Custom 50 cm", "pcs", 350000, 150, 14)]),
    ("R01", "Percetakan Grafika Metro", "kecil", "18.72", "", True, [
        ("banner", "Cetak Spanduk/Banner Flexi 280 gr per m2", "m2", 25000, 5000, 2),
        ("buku-yasin", "Cetak Buku Yasin & Tahlil Hard Cover 160 hal", "eks", 25000, 3000, 10)]),
    ("R02", "Sablon & Digital Printing Cikokol", "mikro", "36.71", "", True, [
        ("stiker", "Stiker Vinyl Cutting Logo A4 (Die Cut)", "lembar", 8000, 5000, 3),
        ("id-card", "ID Card PVC + Tali Lanyard Printing + Yoyo", "pcs", 15000, 5000, 5)]),
    ("R03", "Toko ATK Sinar Jaya Serang", "kecil", "36.73", "", True, [
        ("kertas-a4", "Kertas HVS A4 70 gsm 1 rim (500 lbr) SiDU", "rim", 52000, 3000, 2),
        ("snelhecter", "Map Snelhecter Plastik Folio isi 50", "pack", 65000, 600, 2),
        ("amplop", "Amplop Putih Kop Dinas Cetak 1 Warna 110x230 (box 500)", "box", 175000, 400, 5)]),
    ("R04", "Kemasan Kraft Way Halim", "mikro", "18.71", "", True, [
        ("paper-bag", "Paper Bag Kraft Coklat Sablon Logo 25x33 cm", "pcs", 4500, 8000, 7),
        ("dus-kue", "Dus Kue / Box Snack Kraft 15x15 Print Logo", "pcs", 1800, 20000, 7)]),
    ("R05", "Percetakan Undangan Telukjambe", "mikro", "32.15", "", True, [
        ("undangan", "Cetak Undangan Hardcover + Amplop", "pcs", 6500, 5000, 7),
        ("sertifikat", "Cetak Sertifikat/Piagam Art Carton 260 gr A4 Full Color", "lembar", 4000, 8000, 3)]),
    ("R06", "PT Kertas Nasional Mandiri", "besar", "31.75", "sni", True, [
        ("kertas-a4-80", "KERTAS A4 80 GSM PaperOne 1 Rim", "rim", 58000, 100000, 1)]),
    ("T01", "Tanaman Hias Rangkasbitung", "mikro", "36.02", "", True, [
        ("sansevieria", "Tanaman Hias Sansevieria (Lidah Mertua) Pot 20 cm", "pot", 45000, 500, 5),
        ("aglonema", "Aglonema Red Anjamani Dewasa + Pot", "pot", 85000, 200, 5)]),
    ("T02", "Koperasi Penangkar Bibit Pringsewu", "koperasi", "18.10", "", True, [
        ("bibit-durian", "Bibit Durian Musang King Okulasi 60-80 cm", "batang", 45000, 2000, 7),
        ("bibit-alpukat", "Bibit Alpukat Aligator Sambung Pucuk", "batang", 35000, 1500, 7)]),
    ("T03", "Koi & Cupang Ciseeng", "mikro", "32.01", "", True, [
        ("ikan-koi", "Ikan Koi Kohaku Lokal 10-12 cm", "ekor", 25000, 1500, 3),
        ("cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 35000, 800, 3)]),
    ("T04", "Pakan Mandiri Terbanggi", "kecil", "18.02", "", True, [
        ("pakan-ayam", "Pakan Ayam Petelur Konsentrat 50 kg", "sak", 425000, 500, 5),
        ("pakan-ikan", "Pelet Ikan Apung Lele 30 kg (Protein 31%)", "sak", 330000, 600, 5)]),
    ("T05", "Kelompok Tani Organik Megamendung", "koperasi", "32.01", "", True, [
        ("sayur-organik", "Sayur Organik Paket Mix 1 kg (Kangkung, Bayam, Sawi)", "paket", 25000, 1000, 1),
        ("beras", "Beras Pandan Wangi Premium 5 kg", "karung", 85000, 3000, 2)]),
    ("T06", "Benih Nila Jatisari", "mikro", "32.15", "", True, [
        ("benih-nila", "Benih Ikan Nila Merah Ukuran 5-7 cm", "ekor", 300, 100000, 3)]),
    ("X01", "Sapu Ijuk Pekalongan Lamtim", "mikro", "18.07", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 1500, 4),
        ("kemoceng", "Kemoceng Bulu Ayam Asli 60 cm", "pcs", 30000, 500, 4)]),
    ("X02", "Alat Peraga Pendidikan Cikupa", "kecil", "36.03", "", True, [
        ("torso", "KIT Alat Peraga IPA SD (Torso Organ Tubuh Manusia 42 cm)", "unit", 650000, 100, 14),
        ("globe", "Globe Bola Dunia Diameter 30 cm", "pcs", 175000, 200, 7)]),
    ("X03", "Kebersihan Prima Bekasi", "kecil", "32.75", "", True, [
        ("spin-mop", "Alat Pel Lantai Microfiber Spin Mop + Ember", "set", 165000, 500, 3),
        ("tempat-sampah", "Tempat Sampah Pilah 3 Warna 60 L Injak (Organik/Anorganik/B3)", "set", 1450000, 60, 10)]),
    ("X04", "Sandal Hotel Pontang", "mikro", "36.04", "", True, [
        ("sandal-hotel", "Sandal Hotel Spons Putih Sablon Logo", "pasang", 4500, 5000, 7)]),
    ("X05", "Perlengkapan Ibadah Al-Ikhlas", "mikro", "36.01", "", True, [
        ("sajadah", "Sajadah Travel Lipat Motif", "pcs", 45000, 500, 5),
        ("tasbih", "Tasbih Kayu Kokka 99 Butir", "pcs", 35000, 600, 5)]),
    ("X06", "Kain Pel Sumber Rejeki", "mikro", "36.73", "", False, [
        ("kain-pel", "Kain Pel Lantai Katun Tebal", "pcs", 15000, 1000, 3),
        ("spin-mop", "Spin Mop Pel Putar Murah", "set", 95000, 300, 3)]),
]

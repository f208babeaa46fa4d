"""Hand-written suppliers and products of relevance-blind82 (fictional; real Kemendagri region codes).

Each product: (kind, name, unit, unit_price, capacity_per_month, lead_time_days). The kind is the
labeller's tag of what the product is; it never reaches the CSVs.
"""

CATEGORY = {"M": "makanan", "D": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Made and eaten the same day or week: the whole quantity must come out of one month's capacity.
PERISHABLE = {"nasi-kotak", "snack-box", "tumpeng-mini", "prasmanan", "coffee-break", "tumpeng",
              "jamu-kunyit-asam", "beras-kencur", "selada-hidroponik"}

# key, name, scale, region, certificates, active, products
SUPPLIERS = [
    ("M1", "Kerupuk Ikan Bu Enah", "mikro", "36.72", "halal;pirt", True, [
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri Mentah 500gr Oleh Oleh Cilegon", "pack", 28000, 800, 3),
        ("kerupuk-udang", "KERUPUK UDANG Asli Labuan 250 gr Original", "pack", 32000, 500, 3)]),
    ("M2", "Otak-Otak Bandeng Pak Jaja", "mikro", "36.04", "pirt", True, [
        ("otak-otak", "Otak Otak Bandeng Frozen isi 10 Khas Serang Banten", "pack", 35000, 400, 2),
        ("sate-bandeng", "Sate Bandeng Asli Serang Vakum 1 Ekor", "pcs", 45000, 300, 2)]),
    ("M3", "Sambal Teh Ipah", "kecil", "36.74", "halal;pirt", True, [
        ("sambal-cumi", "Sambal Cumi Asin Pedas 150ml Jar Kaca | Teh Ipah", "jar", 38000, 1200, 3),
        ("sambal-bawang", "SAMBEL BAWANG Teh Ipah 200gr Pedes Nampol", "jar", 25000, 1500, 3)]),
    ("M4", "Rumah Emping Ciomas", "mikro", "36.04", "halal;pirt", True, [
        ("emping-melinjo", "Emping Melinjo Super Tipis 1 kg Mentah Grosir", "kg", 95000, 300, 3),
        ("emping-balado", "Emping Balado Pedas Manis 250gr Siap Makan", "pack", 30000, 500, 3)]),
    ("M5", "Keripik Pisang Tanggamus Makmur", "kecil", "18.06", "halal;pirt", True, [
        ("keripik-pisang", "Keripik Pisang Coklat Lampung 250 gr Premium", "pack", 27000, 2000, 5),
        ("keripik-singkong", "Keripik Singkong Balado 500gr Kemasan Zipper", "pack", 24000, 2000, 5)]),
    ("M6", "Dapur Kue Mba Nur", "mikro", "36.71", "halal;pirt-expired", True, [
        ("nastar", "Kue Nastar Nanas Toples 500gr Lebaran Homemade", "toples", 95000, 300, 7),
        ("kue-bawang", "Kue Bawang Renyah 1kg Curah Gurih", "kg", 60000, 400, 4)]),
    ("M7", "Koperasi Gula Aren Baduy", "koperasi", "36.02", "pirt", True, [
        ("gula-semut", "Gula Aren Semut Organik 500gr Asli Baduy Lebak", "pack", 35000, 1000, 4),
        ("gula-batok", "Gula Merah Aren Batok 1 kg", "kg", 30000, 2000, 4)]),

    ("D1", "Koperasi Kopi Robusta Tanggamus", "koperasi", "18.06", "halal", True, [
        ("kopi-bubuk-lampung", "Kopi Robusta Lampung Bubuk 250 gr Single Origin Tanggamus", "pack", 45000, 2000, 5),
        ("kopi-biji", "Biji Kopi Robusta Roasted Beans 1kg Fine Robusta", "kg", 160000, 500, 5)]),
    ("D2", "Kopi Rangkas Mandiri", "mikro", "36.02", "pirt", True, [
        ("kopi-bubuk-lebak", "KOPI BUBUK ROBUSTA KHAS LEBAK 200gr Murah", "pack", 30000, 800, 3),
        ("kopi-jahe", "Kopi Jahe Sachet isi 10 Anget", "pack", 25000, 1000, 3)]),
    ("D3", "Sirup Rosella Ibu Ratna", "mikro", "36.73", "halal;pirt", True, [
        ("sirup-rosella", "Sirup Rosella Merah 600ml Botol Kaca Asli", "botol", 35000, 600, 4),
        ("teh-rosella", "Teh Bunga Rosella Kering Celup isi 20", "box", 28000, 800, 4)]),
    ("D4", "Cokelat Pesawaran Lestari", "kecil", "18.09", "halal;pirt", True, [
        ("cokelat-bubuk", "Bubuk Coklat Murni Cocoa Powder 500gr Pesawaran", "pack", 70000, 500, 5),
        ("cokelat-batang", "Dark Chocolate Bar 70% 100gr Lampung Cacao", "pcs", 35000, 800, 5)]),
    ("D5", "CV Cilegon Segar Tirta", "menengah", "36.72", "sni;halal;bpom", True, [
        ("amdk-gelas", "Air Mineral Gelas 220ml isi 48 Dus Cilegon Segar", "dus", 22000, 3000, 2),
        ("amdk-botol", "AIR MINERAL BOTOL 600ml isi 24 Karton Cilegon Segar", "dus", 48000, 2000, 2)]),
    ("D6", "Wedang Jahe Mak Iyah", "mikro", "36.03", "pirt", True, [
        ("jahe-instan", "Jahe Merah Instan Bubuk 250gr Gula Aren", "pack", 30000, 800, 4)]),

    ("J1", "Catering Barokah Cilegon", "kecil", "36.72", "halal", True, [
        ("nasi-kotak", "Nasi Box Ayam Bakar + Sayur + Buah Paket Rapat", "box", 35000, 3000, 2),
        ("snack-box", "Snack Box isi 3 Kue Basah + Air Mineral", "box", 15000, 4000, 1)]),
    ("J2", "Dapur Ibu Siti Ciruas", "mikro", "36.04", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Goreng Lengkap", "box", 30000, 1500, 2),
        ("tumpeng-mini", "Nasi Liwet Tumpeng Mini Per Porsi", "porsi", 40000, 600, 2)]),
    ("J3", "Pondok Rasa Pamulang Catering", "kecil", "36.74", "halal", True, [
        ("nasi-kotak", "Rice Box Chicken Teriyaki Catering Kantor Tangsel", "box", 32000, 2500, 2),
        ("prasmanan", "Paket Prasmanan Buffet min 100 pax Menu Nusantara", "pax", 65000, 3000, 5),
        ("coffee-break", "Coffee Break Package (Kue + Kopi/Teh) per pax", "pax", 25000, 3000, 2)]),
    ("J4", "Kue Basah Bu Enok", "mikro", "36.73", "halal", True, [
        ("snack-box", "Kue Kotak isi 4 Jajanan Pasar", "box", 14000, 1500, 1)]),
    ("J5", "Catering Sumber Rejeki Metro", "mikro", "18.72", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Rendang Paket Hemat", "box", 28000, 800, 2)]),
    ("J6", "Tumpeng Ayu Cilegon", "mikro", "36.72", "", True, [
        ("tumpeng", "Nasi Tumpeng Kuning Besar 30 Orang Syukuran", "paket", 850000, 30, 3)]),

    ("F1", "Konveksi Seragam Jaya Kragilan", "kecil", "36.04", "", True, [
        ("pdh", "Seragam PDH Dinas Kain American Drill Custom Bordir", "pcs", 185000, 800, 21),
        ("wearpack", "Wearpack Safety Coverall Katelpak Drill Custom", "pcs", 210000, 400, 21)]),
    ("F2", "Batik Krakatau Cilegon", "mikro", "36.72", "batikmark", True, [
        ("batik-tulis", "Kain Batik Tulis Motif Krakatau 2 m Handmade", "lembar", 650000, 40, 14),
        ("batik-cap", "Batik Cap Khas Cilegon Katun Primisima 2m", "lembar", 180000, 300, 7),
        ("kemeja-batik", "Kemeja Batik Pria Lengan Panjang Motif Debus Cilegon", "pcs", 210000, 200, 10)]),
    ("F3", "Tapis Lampung Mekar", "kecil", "18.71", "", True, [
        ("tapis", "Kain Tapis Lampung Sulam Benang Emas 1 Set", "set", 1500000, 20, 30),
        ("selendang-tapis", "Selendang Tapis Motif Kapal", "pcs", 250000, 80, 10)]),
    ("F4", "Tangsel Printing Sablon", "mikro", "36.74", "", True, [
        ("kaos-sablon", "Kaos Polos Cotton Combed 30s Sablon DTF Custom Logo", "pcs", 65000, 2000, 7),
        ("polo-bordir", "Polo Shirt Lacoste CVC Bordir Logo Instansi", "pcs", 95000, 1000, 10)]),
    ("F5", "Sandal Hotel Tangerang", "mikro", "36.71", "", True, [
        ("sandal-hotel", "Sandal Hotel Spon Putih 5mm Grosir isi 12", "lusin", 48000, 3000, 5),
        ("sandal-jepit", "Sandal Jepit Karet Motif Custom Nama", "pasang", 18000, 2000, 7)]),
    ("F6", "Tas Goodie Bag Serang", "mikro", "36.73", "", True, [
        ("tote-bag", "Totebag Kanvas Sablon Custom 30x40 Resleting", "pcs", 27000, 3000, 7),
        ("tas-seminar", "Tas Seminar Dinier Map Kancing Logo", "pcs", 22000, 3000, 7)]),
    ("F7", "PT Garmen Nusantara Cikande", "besar", "36.04", "iso-9001", True, [
        ("pdh", "Seragam Kerja PDH Kemeja Dinas Lengan Panjang", "pcs", 120000, 10000, 14)]),

    ("K1", "Koperasi Anyaman Pandan Pandeglang", "koperasi", "36.01", "", True, [
        ("tikar-pandan", "Tikar Pandan Anyaman 150x200 Motif Natural", "lembar", 120000, 200, 7),
        ("tas-pandan", "Tas Anyaman Pandan Souvenir Oleh Oleh Banten", "pcs", 45000, 600, 7)]),
    ("K2", "Gerabah Bumijaya Ciruas", "mikro", "36.04", "", True, [
        ("pot-gerabah", "Pot Gerabah Tanah Liat Diameter 30 cm", "pcs", 40000, 500, 7),
        ("vas-gerabah", "Vas Bunga Gerabah Hias Ukir Motif Banten", "pcs", 75000, 200, 10)]),
    ("K3", "Laser Akrilik Tangsel", "mikro", "36.74", "", True, [
        ("plakat-akrilik", "Plakat Akrilik Custom Logo 20x15 cm + Box", "pcs", 125000, 500, 5),
        ("gantungan-akrilik", "Gantungan Kunci Akrilik Custom Print 2 Sisi Min 50pcs", "pcs", 5500, 10000, 5),
        ("papan-nama-akrilik", "Papan Nama Meja Akrilik Custom Jabatan", "pcs", 65000, 500, 5)]),
    ("K4", "Ukir Kayu Debus Souvenir", "mikro", "36.73", "", True, [
        ("miniatur-golok", "Miniatur Golok Banten Kayu Ukir Souvenir + Sarung", "pcs", 85000, 300, 10),
        ("plakat-kayu", "Plakat Kayu Jati Ukir Nama + Logo Instansi", "pcs", 250000, 100, 14)]),
    ("K5", "Bambu Kreatif Lebak", "mikro", "36.02", "", True, [
        ("besek", "Besek Bambu 20x20 Anyaman isi 10", "pack", 35000, 1500, 5),
        ("lampu-bambu", "Lampu Hias Bambu Gantung Dekorasi", "pcs", 95000, 150, 10)]),
    ("K6", "Boneka Ujung Kulon Craft", "mikro", "36.01", "", True, [
        ("boneka-badak", "Boneka Badak Jawa Ujung Kulon Plush 25cm Souvenir", "pcs", 60000, 400, 7)]),

    ("P1", "Galeri Perak Cilegon", "mikro", "36.72", "", True, [
        ("cincin-perak", "Cincin Perak 925 Batu Akik Kalimaya Banten", "pcs", 350000, 60, 10),
        ("bros-perak", "Bros Perak Motif Siger Lapis Emas", "pcs", 275000, 100, 10)]),
    ("P2", "Aksesoris Tapis Bandar Lampung", "mikro", "18.71", "", True, [
        ("bros-tapis", "Bros Kain Tapis Lampung Handmade Hijab", "pcs", 25000, 800, 5),
        ("kalung-manik", "Kalung Manik Manik Etnik Lampung", "pcs", 40000, 400, 5)]),
    ("P3", "Mutiara Lampung Jewelry", "kecil", "18.01", "", True, [
        ("kalung-mutiara", "Kalung Mutiara Air Tawar Asli 45cm + Kotak", "pcs", 450000, 80, 7),
        ("anting-mutiara", "Anting Mutiara Air Tawar Tusuk Perak", "pcs", 180000, 150, 7)]),
    ("P4", "Kalimaya Stone Gallery Sajira", "mikro", "36.02", "", True, [
        ("batu-kalimaya", "Batu Kalimaya Opal Banten Natural Polish", "pcs", 400000, 50, 7),
        ("gelang-kayu", "Gelang Kayu Stigi Ukir", "pcs", 35000, 500, 5)]),

    ("U1", "Mebel Rotan Tangerang Jaya", "kecil", "36.03", "", True, [
        ("kursi-rotan", "Kursi Rotan Teras Set 2 Kursi + 1 Meja Sintetis", "set", 1800000, 20, 21)]),
    ("U2", "Mebel Jati Pandeglang", "kecil", "36.01", "svlk", True, [
        ("meja-kantor", "Meja Kantor Kayu Jati 120x60 + 3 Laci", "unit", 2500000, 15, 30),
        ("lemari-arsip-kayu", "Lemari Arsip Kayu Jati 2 Pintu Kaca", "unit", 3800000, 8, 30)]),
    ("U3", "Bengkel Mebel Sekolah Cikupa", "mikro", "36.03", "", True, [
        ("meja-kursi-siswa", "Meja Kursi Sekolah Siswa 1 Set Rangka Besi Kayu Multiplek", "set", 650000, 200, 21),
        ("papan-tulis", "Papan Tulis Whiteboard 120x240 Frame Alumunium", "unit", 950000, 50, 7)]),
    ("U4", "Cilegon Steel Furniture", "menengah", "36.72", "sni", True, [
        ("lemari-arsip-besi", "Filing Cabinet 4 Laci Besi Plat Tebal", "unit", 2200000, 40, 14),
        ("rak-besi", "Rak Besi Siku Lubang 4 Susun 200x40", "unit", 650000, 100, 7)]),
    ("U5", "Sofa Tangsel Custom", "mikro", "36.74", "", True, [
        ("sofa", "Sofa Ruang Tamu Kantor 3 Seater Oscar Custom", "unit", 3500000, 10, 21)]),
    ("U6", "PT Kursi Lipat Indo Perkasa", "besar", "36.71", "sni", True, [
        ("kursi-lipat", "Kursi Lipat Chitose Besi Kantor", "unit", 350000, 2000, 7)]),

    ("H1", "Jamu Gendong Bu Rukmini", "mikro", "36.71", "", True, [
        ("jamu-kunyit-asam", "Jamu Kunyit Asam Botol 250 ml Fresh", "botol", 10000, 600, 1),
        ("beras-kencur", "Beras Kencur Segar Botol 250ml", "botol", 10000, 500, 1)]),
    ("H2", "Madu Hutan Ujung Kulon", "kecil", "36.01", "pirt", True, [
        ("madu-hutan", "Madu Hutan Asli Ujung Kulon 500gr Raw Honey", "botol", 120000, 300, 5)]),
    ("H3", "Toga Sehat Cilegon", "mikro", "36.72", "pirt", True, [
        ("serbuk-jahe", "Serbuk Jahe Merah Herbal 200gr Original", "pack", 35000, 500, 4),
        ("teh-kelor", "Teh Daun Kelor Celup Moringa isi 25", "box", 30000, 600, 4)]),
    ("H4", "Rempah Herbal Pringsewu", "kecil", "18.10", "bpom", True, [
        ("kapsul-kelor", "Kapsul Daun Kelor 60 Kapsul BPOM", "botol", 65000, 800, 5),
        ("minyak-kayu-putih", "Minyak Kayu Putih Asli 60ml", "botol", 28000, 1000, 5)]),
    ("H5", "Herbal Temulawak Serang", "mikro", "36.73", "", False, [
        ("temulawak", "Temulawak Instan Bubuk 250gr", "pack", 28000, 600, 4)]),

    ("S1", "Sabun Herbal Tangsel Natural", "mikro", "36.74", "bpom", True, [
        ("sabun-batang", "Sabun Mandi Batang Handmade Sereh Wangi 100gr", "pcs", 18000, 2000, 5),
        ("lilin-aromaterapi", "Lilin Aromaterapi Soy Wax Jar 100ml Lavender", "pcs", 45000, 600, 5)]),
    ("S2", "Koperasi Sabun Cair Cilegon", "koperasi", "36.72", "", True, [
        ("sabun-cuci-tangan", "Hand Soap Sabun Cuci Tangan Refill 5 Liter Jerigen", "jerigen", 85000, 400, 3),
        ("hand-sanitizer", "Hand Sanitizer Gel 500ml Alkohol 70%", "botol", 35000, 800, 3)]),
    ("S3", "Kosmetik Alami Pandeglang", "mikro", "36.01", "bpom", True, [
        ("minyak-kemiri", "Minyak Kemiri Penumbuh Rambut 100ml", "botol", 35000, 800, 5),
        ("lulur", "Lulur Mandi Bengkoang Tradisional 200gr", "pot", 30000, 800, 5)]),
    ("S4", "Parfum Refill Kota Tangerang", "mikro", "36.71", "", True, [
        ("parfum-refill", "Parfum Refill Bibit Minyak Wangi 100ml Aroma Hotel", "botol", 40000, 1000, 3)]),

    ("L1", "Pandai Besi Golok Ciomas", "mikro", "36.04", "", True, [
        ("golok-ciomas", "Golok Ciomas Asli Sarung Kayu Sonokeling Tempa Manual", "pcs", 450000, 40, 14),
        ("arit", "Arit Sabit Rumput Baja Per Tempa", "pcs", 65000, 300, 7),
        ("cangkul", "Cangkul Pacul Baja Tempa Gagang Kayu", "pcs", 95000, 200, 7)]),
    ("L2", "Las Teralis Baja Cilegon", "mikro", "36.72", "", True, [
        ("teralis-besi", "Teralis Jendela Besi Hollow Minimalis per m2", "m2", 450000, 100, 14),
        ("pagar-besi", "Pagar Besi Hollow Galvanis per meter", "meter", 650000, 80, 14),
        ("kanopi", "Kanopi Baja Ringan Atap Alderon per m2", "m2", 550000, 150, 14)]),
    ("L3", "Parang Lampung Pesawaran", "mikro", "18.09", "", True, [
        ("parang", "Parang Kebun Lampung Baja Per Tempa 14 inch", "pcs", 120000, 200, 7),
        ("pisau-dapur", "Pisau Dapur Set 5 in 1 Stainless Tempa", "set", 150000, 150, 7)]),
    ("L4", "Alat Tani Sinar Metro", "kecil", "18.72", "sni", True, [
        ("sprayer", "Sprayer Elektrik 16 Liter Tangki Semprot Hama", "unit", 550000, 100, 7),
        ("cangkul", "Cangkul Baja CAP KUDA LARI 1.5kg", "pcs", 85000, 500, 7)]),

    ("C1", "Cilegon Grafika", "kecil", "36.72", "iso-9001", True, [
        ("amplop-kop", "Cetak Amplop Kop Dinas 110 Jendela 1 Box isi 500", "box", 275000, 200, 5),
        ("map-folder", "Map Folder Cetak Logo Art Carton 310gr", "pcs", 6000, 5000, 7),
        ("spanduk", "Cetak Spanduk Banner Flexi 280gr per m2", "m2", 20000, 5000, 2)]),
    ("C2", "ATK Grosir Serang", "mikro", "36.73", "", True, [
        ("kertas-a4", "Kertas HVS A4 70gsm 1 Rim Sinar Dunia", "rim", 52000, 2000, 2),
        ("buku-tulis", "Buku Tulis 38 Lembar isi 10 Sidu", "pak", 35000, 1000, 2),
        ("pulpen", "Pulpen Standard AE7 Hitam 1 Box isi 12", "box", 24000, 2000, 2)]),
    ("C3", "Pamulang Digital Printing", "mikro", "36.74", "", True, [
        ("stiker", "Cetak Stiker Vinyl Cutting Logo A3+", "lembar", 15000, 3000, 3),
        ("kalender", "Kalender Dinding 2027 Custom 6 Lembar Art Paper", "pcs", 25000, 3000, 10),
        ("id-card", "ID Card PVC + Lanyard Tali Printing Custom", "pcs", 15000, 3000, 5)]),
    ("C4", "Kemasan Kardus Balaraja", "kecil", "36.03", "", True, [
        ("dus-nasi", "Dus Nasi Kotak 20x20 Cetak Logo isi 100", "pack", 110000, 1000, 7),
        ("paper-bag", "Paper Bag Kraft Cokelat Sablon Logo 25x33", "pcs", 3500, 10000, 7)]),
    ("C5", "Stempel Flash Cilegon", "mikro", "36.72", "", True, [
        ("stempel", "Stempel Flash Warna Custom Logo Dinas", "pcs", 85000, 300, 2)]),

    ("T1", "Nursery Serpong Hijau", "mikro", "36.74", "", True, [
        ("monstera", "Tanaman Hias Monstera Adansonii + Pot Plastik 25cm", "pot", 75000, 300, 3),
        ("pucuk-merah", "Bibit Pucuk Merah Tinggi 1 m Polybag", "batang", 25000, 2000, 5)]),
    ("T2", "Bibit Buah Tanggamus", "kecil", "18.06", "", True, [
        ("bibit-durian", "Bibit Durian Musang King Okulasi 60 cm", "batang", 45000, 2000, 7),
        ("bibit-kopi", "Bibit Kopi Robusta Sambung Polybag", "batang", 5000, 10000, 7),
        ("bibit-alpukat", "Bibit Alpukat Aligator Okulasi", "batang", 40000, 1500, 7)]),
    ("T3", "Cikupa Aquatic", "mikro", "36.03", "", True, [
        ("ikan-cupang", "Ikan Cupang Halfmoon Jantan Grade A", "ekor", 35000, 500, 2),
        ("ikan-koi", "Ikan Koi Kohaku Size 15-20 cm", "ekor", 60000, 300, 2)]),
    ("T4", "Pakan Ternak Kragilan", "kecil", "36.04", "sni", True, [
        ("pakan-ayam", "Pakan Ayam Petelur Konsentrat 50kg Karung", "karung", 380000, 500, 3),
        ("pakan-ikan", "Pelet Ikan Apung 30kg Lele Nila", "karung", 320000, 400, 3)]),
    ("T5", "Pembenihan Lele Pandeglang", "mikro", "36.01", "", True, [
        ("benih-lele", "Benih Ikan Lele Sangkuriang 5-7 cm", "ekor", 250, 100000, 3),
        ("benih-nila", "Bibit Ikan Nila Merah 5-8 cm", "ekor", 400, 50000, 3)]),
    ("T6", "KWT Hidroponik Cilegon", "mikro", "36.72", "", True, [
        ("selada-hidroponik", "Selada Hidroponik Segar 250gr", "pack", 12000, 500, 1),
        ("kompos", "Pupuk Kompos Organik Kascing 5kg", "karung", 20000, 2000, 3)]),

    ("X1", "Sapu Ijuk Lebak", "mikro", "36.02", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu Lantai Rumah", "pcs", 25000, 1000, 4),
        ("sapu-lidi", "Sapu Lidi Aren Gagang Bambu", "pcs", 12000, 2000, 4),
        ("keset-sabut", "Keset Kaki Sabut Kelapa 40x60", "pcs", 35000, 500, 4)]),
    ("X2", "Karbol Cilegon Bersih", "mikro", "36.72", "", True, [
        ("pembersih-lantai", "Pembersih Lantai Super Pel Wangi Lemon 5 Liter Refill", "jerigen", 55000, 800, 3),
        ("alat-pel", "Alat Pel Lantai Putar Spin Mop + Ember", "set", 135000, 200, 3)]),
    ("X3", "Majun Tangerang", "mikro", "36.71", "", True, [
        ("kain-lap", "Kain Lap Microfiber 40x40 Grosir isi 10", "pack", 45000, 1000, 3)]),
    ("X4", "Fiber Tangsel Mandiri", "kecil", "36.74", "", True, [
        ("tempat-sampah", "Tempat Sampah Pilah 3 in 1 Fiber 60L Organik Anorganik B3", "set", 1350000, 40, 14)]),
    ("X5", "Koperasi Sembako Kramatwatu", "koperasi", "36.04", "", True, [
        ("paket-sembako", "Paket Sembako Beras 5kg Minyak 2L Gula 1kg Mie 5", "paket", 150000, 2000, 5)]),
]

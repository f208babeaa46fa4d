"""Hand-written suppliers and products of relevance-blind15 (fictional; real Kemendagri region codes).

A supplier key's first letter is its category. Each product: (kind, name as the maker writes it, unit,
unit price in rupiah, capacity per month, lead time in days). Kinds are the labeller's tag only.
"""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Produced for the day: capacity per month must cover the whole quantity.
PERISHABLE = {"nasi-kotak", "nasi-kotak-ikan", "snack-box", "prasmanan", "tumpeng", "nasi-uduk", "coffee-break",
              "jamu-kunyit", "jamu-beras-kencur", "otak-otak-segar"}

SUPPLIERS = [
    # ---------------------------------------------------------------- makanan
    ("M01", "Kemplang Panggang Bu Siti", "mikro", "18.71", "pirt;halal", True, [
        ("kemplang", "Kerupuk Kemplang Ikan Tenggiri Panggang 250 gr", "bungkus", 28000, 600, 3),
        ("kemplang-mentah", "Kemplang mentah ikan tenggiri (kiloan)", "kg", 95000, 150, 4),
    ]),
    ("M02", "Otak-Otak Bandeng Mang Udin", "mikro", "36.73", "pirt", True, [
        ("otak-otak-beku", "Otak2 bandeng frozen isi 10", "pack", 35000, 400, 2),
        ("sate-bandeng", "Sate Bandeng Khas Serang", "ekor", 45000, 300, 2),
    ]),
    ("M03", "Dapur Teh Lina", "mikro", "36.03", "pirt;halal", True, [
        ("sambal-cumi", "Sambel Cumi Asin Pedes botol 150 ml", "botol", 32000, 500, 3),
        ("sambal-bawang", "Sambal Bawang Level 5 Teh Lina 200 ml", "botol", 25000, 800, 3),
    ]),
    ("M04", "KUB Keripik Pisang Sari Rasa", "kecil", "18.10", "pirt;halal", True, [
        ("keripik-pisang-coklat", "Keripik Pisang Cokelat Lumer 250 gr", "bungkus", 22000, 2000, 3),
        ("keripik-pisang-asin", "Keripik Pisang Kepok Asin Gurih 250 gr", "bungkus", 18000, 2000, 3),
    ]),
    ("M05", "Gipang Nyai Ipah", "mikro", "36.01", "pirt", True, [
        ("gipang", "Gipang beras ketan khas Banten (toples 500 gr)", "toples", 30000, 300, 4),
        ("emping-melinjo", "Emping Melinjo Tipis Pandeglang 1 kg", "kg", 120000, 200, 4),
    ]),
    ("M06", "Lempok Durian Tanggamus", "mikro", "18.06", "pirt-expired", True, [
        ("lempok-durian", "Lempok Durian Asli Tanggamus 250 gr", "bungkus", 45000, 300, 5),
    ]),
    ("M07", "CV Abon Ikan Karawang", "kecil", "32.15", "pirt;halal", True, [
        ("abon-ikan", "Abon Ikan Tongkol Pedas 100 gr", "pcs", 25000, 1500, 4),
        ("bakso-ikan", "Bakso Ikan Tenggiri Beku 500 gr", "pack", 40000, 800, 3),
    ]),
    ("M08", "PT Snack Nusantara Jaya", "besar", "36.03", "halal;bpom", True, [
        ("keripik-singkong", "Keripik Singkong Balado 1 kg", "kg", 50000, 20000, 2),
        ("kemplang", "Kerupuk Kemplang Palembang Oven 250 gr", "bungkus", 20000, 20000, 2),
    ]),
    ("M09", "Kerupuk Kulit Pak Rahmat", "mikro", "18.07", "pirt", True, [
        ("kerupuk-kulit", "Kerupuk Kulit Sapi (Rambak) 200 gr", "bungkus", 27000, 500, 3),
        ("dendeng-sapi", "Dendeng Sapi Balado 250 gr", "bungkus", 85000, 200, 4),
    ]),
    # ---------------------------------------------------------------- minuman
    ("N01", "Koperasi Tani Kopi Sumber Rejeki", "koperasi", "18.06", "pirt;halal", True, [
        ("kopi-robusta-bubuk", "Kopi Bubuk Robusta Tanggamus 250 gr", "bungkus", 35000, 3000, 3),
        ("green-bean-robusta", "Green Bean Robusta Grade 1", "kg", 75000, 2000, 5),
    ]),
    ("N02", "Rumah Cokelat Pesawaran", "mikro", "18.09", "pirt", True, [
        ("cokelat-bubuk", "Bubuk Kakao Murni Pesawaran 200 gr", "bungkus", 38000, 600, 4),
        ("cokelat-instan", "Minuman Cokelat Instan Sachet isi 10", "box", 30000, 600, 4),
    ]),
    ("N03", "Wedang Bu Tatik", "mikro", "18.72", "pirt;halal", True, [
        ("jahe-instan", "Jahe Merah Instan Serbuk 250 gr", "toples", 30000, 800, 3),
        ("wedang-uwuh", "Wedang Uwuh Rempah isi 10 sachet", "pack", 25000, 500, 3),
    ]),
    ("N04", "Peternakan Etawa Lampung Timur", "kecil", "18.07", "bpom;halal", True, [
        ("susu-kambing-bubuk", "Susu Kambing Etawa Bubuk Original 200 gr", "box", 55000, 1000, 4),
        ("yoghurt", "Yoghurt Susu Kambing Botol 250 ml", "botol", 15000, 600, 2),
    ]),
    ("N05", "Teh Kelor Ciruas", "mikro", "36.04", "pirt", True, [
        ("teh-kelor", "Teh Celup Daun Kelor isi 25", "box", 20000, 700, 3),
    ]),
    ("N06", "Kopi Luwak Liwa", "mikro", "18.04", "", False, [
        ("kopi-robusta-bubuk", "Kopi Robusta Liwa Bubuk 200 gr", "bungkus", 30000, 900, 3),
    ]),
    # ---------------------------------------------------------------- jasa-boga
    ("J01", "Catering Dapur Ibu Ratna", "kecil", "36.73", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar + Lalapan + Buah", "kotak", 35000, 3000, 2),
        ("snack-box", "Snack Box isi 3 kue + air mineral", "kotak", 15000, 5000, 1),
    ]),
    ("J02", "Katering Bunda Lampung", "kecil", "18.71", "halal", True, [
        ("nasi-kotak", "Nasi Box Rendang Sapi", "box", 40000, 2500, 2),
        ("prasmanan", "Prasmanan Menu Nusantara per pax", "pax", 65000, 2000, 3),
        ("tumpeng", "Tumpeng Nasi Kuning lengkap untuk 20 orang", "tumpeng", 650000, 40, 2),
    ]),
    ("J03", "Nasi Uduk Mpok Nur", "mikro", "36.71", "", True, [
        ("nasi-uduk", "Nasi Uduk Betawi Kotak", "kotak", 22000, 900, 1),
        ("snack-box", "Kue Kotak Jajan Pasar (3 macam)", "kotak", 12000, 1500, 1),
    ]),
    ("J04", "Catering Sehat Metro", "mikro", "18.72", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Goreng Kremes", "kotak", 30000, 600, 2),
        ("nasi-kotak-ikan", "Nasi Kotak Pindang Ikan Patin", "kotak", 35000, 400, 2),
    ]),
    ("J05", "Dapur Betawi Catering", "kecil", "31.71", "halal", True, [
        ("nasi-kotak", "Nasi Box Menu Rapat (ayam/ikan, sayur, buah)", "box", 45000, 4000, 2),
        ("coffee-break", "Coffee Break 2 Kue + Teh/Kopi", "pax", 25000, 6000, 1),
    ]),
    ("J06", "Katering Banten Lama", "mikro", "36.04", "halal", False, [
        ("nasi-kotak", "Nasi Kotak Sate Bandeng", "kotak", 32000, 800, 2),
    ]),
    # ---------------------------------------------------------------- fesyen
    ("F01", "Tapis Ibu Rohana", "mikro", "18.71", "", True, [
        ("kain-tapis", "Kain Tapis Lampung sulam benang emas motif Siger 2 m", "lembar", 1250000, 20, 14),
        ("selendang-tapis", "Selendang Tapis Lampung", "lembar", 350000, 60, 7),
    ]),
    ("F02", "Konveksi Seragam Mandiri", "kecil", "32.16", "", True, [
        ("kemeja-pdh", "Kemeja PDH lengan panjang bahan drill, bordir logo", "pcs", 145000, 1500, 14),
        ("kaos-polo", "Kaos Polo Bordir Instansi Lacoste CVC", "pcs", 85000, 2000, 10),
        ("rompi", "Rompi Lapangan Drill Bordir", "pcs", 120000, 800, 10),
    ]),
    ("F03", "Batik Lebak Baduy", "mikro", "36.02", "batikmark", True, [
        ("batik-cap-baduy", "Kain Batik Cap Motif Baduy Lebak 2 m", "lembar", 175000, 300, 7),
        ("kemeja-batik", "Kemeja Batik Lebak Lengan Pendek Pria", "pcs", 185000, 300, 10),
    ]),
    ("F04", "Sepatu Kulit Ciomas Bogor Pak Darto", "mikro", "32.01", "", True, [
        ("sepatu-pantofel", "Sepatu Pantofel Kulit Sapi Pria Hitam", "pasang", 275000, 200, 10),
        ("sandal-hotel", "Sandal Hotel Spon Putih (sandal kamar)", "pasang", 6000, 5000, 5),
    ]),
    ("F05", "Distro Sablon Metro", "mikro", "18.72", "", True, [
        ("kaos-sablon", "Kaos Sablon Custom Cotton Combed 30s", "pcs", 55000, 1000, 7),
    ]),
    ("F06", "Peci & Mukena Haji Ahmad", "mikro", "36.04", "", True, [
        ("peci", "Peci Hitam Beludru Polos no. 7", "pcs", 35000, 800, 3),
        ("mukena", "Mukena Katun Rayon Bordir Dewasa", "pcs", 150000, 300, 7),
    ]),
    ("F07", "Kulit Asli Tangerang", "mikro", "36.03", "", True, [
        ("dompet-kulit", "Dompet Kulit Sapi Asli Pria Lipat", "pcs", 120000, 300, 5),
        ("ikat-pinggang", "Ikat Pinggang Kulit Sapi Gesper Kuningan", "pcs", 95000, 400, 5),
    ]),
    ("F08", "Garmen Nasional Tbk", "besar", "32.16", "iso-9001", True, [
        ("kemeja-pdh", "Seragam PDH Kemeja Dinas Lengan Panjang", "pcs", 110000, 20000, 7),
    ]),
    # ---------------------------------------------------------------- kerajinan
    ("K01", "Anyaman Pandan Cibeber", "mikro", "36.02", "", True, [
        ("tikar-pandan", "Tikar Pandan Motif 2x3 m", "lembar", 185000, 80, 10),
        ("tas-pandan", "Tas Jinjing Anyaman Pandan", "pcs", 65000, 300, 7),
        ("box-hampers-pandan", "Box hampers anyaman pandan 25x25", "pcs", 45000, 400, 7),
    ]),
    ("K02", "Gerabah Bumijaya", "mikro", "36.04", "", True, [
        ("gentong", "Gentong Gerabah 20 liter", "pcs", 150000, 100, 10),
        ("pot-tanah-liat", "Pot Tanah Liat Diameter 30 cm", "pcs", 25000, 1000, 5),
        ("celengan", "Celengan Gerabah Bentuk Ayam", "pcs", 15000, 1000, 5),
    ]),
    ("K03", "Kerajinan Bambu Pringsewu", "mikro", "18.10", "", True, [
        ("besek", "Besek Bambu 20x20 cm", "pcs", 4000, 5000, 4),
        ("lampu-bambu", "Lampu Hias Bambu Gantung", "pcs", 125000, 100, 10),
    ]),
    ("K04", "Souvenir Akrilik Tangerang", "kecil", "36.71", "", True, [
        ("plakat-akrilik", "Plakat Akrilik Custom Grafir + Box", "pcs", 150000, 500, 7),
        ("gantungan-akrilik", "Gantungan Kunci Akrilik Custom 2 sisi", "pcs", 5000, 5000, 5),
    ]),
    ("K05", "Mainan Kayu Edukatif Bogor", "mikro", "32.71", "sni", True, [
        ("puzzle-hijaiyah", "Puzzle Kayu Huruf Hijaiyah", "set", 45000, 500, 5),
        ("balok-susun", "Balok Susun Kayu 50 pcs (APE)", "set", 95000, 300, 7),
    ]),
    ("K06", "Sulam Usus Ibu Yeni", "mikro", "18.71", "", True, [
        ("taplak-sulam", "Taplak Meja Sulam Usus Lampung 60x120", "pcs", 175000, 80, 10),
    ]),
    # ---------------------------------------------------------------- perhiasan
    ("P01", "Aksesoris Perak Bu Ani", "mikro", "36.74", "", True, [
        ("cincin-perak", "Cincin Perak 925 Ukir Nama", "pcs", 175000, 200, 7),
        ("bros-siger", "Bros Siger Lapis Emas", "pcs", 85000, 300, 7),
    ]),
    ("P02", "Mutiara Teluk Pesawaran", "kecil", "18.09", "", True, [
        ("kalung-mutiara", "Kalung Mutiara Air Laut Asli 8 mm", "pcs", 650000, 100, 7),
        ("anting-mutiara", "Anting Mutiara Lombok-style Perak", "pasang", 175000, 200, 5),
    ]),
    ("P03", "Manik Baduy Kanekes", "mikro", "36.02", "", True, [
        ("gelang-koar", "Gelang Koar Baduy (tali akar)", "pcs", 10000, 2000, 3),
        ("kalung-manik", "Kalung Manik-manik Baduy", "pcs", 35000, 500, 5),
    ]),
    # ---------------------------------------------------------------- furnitur
    ("U01", "Mebel Rotan Karawang", "kecil", "32.15", "svlk", True, [
        ("kursi-rotan-set", "Kursi Rotan Teras Set 2 kursi + meja", "set", 1850000, 30, 21),
        ("sofa-rotan-sintetis", "Sofa Rotan Sintetis 3 dudukan", "unit", 3500000, 15, 30),
    ]),
    ("U02", "Meubel Jati Gunung Sugih", "kecil", "18.02", "svlk", True, [
        ("lemari-arsip-kayu", "Lemari Arsip Kayu Jati 4 Pintu", "unit", 4500000, 20, 21),
        ("meja-kerja-kayu", "Meja Kerja Kayu Mahoni 120x60", "unit", 1650000, 40, 14),
    ]),
    ("U03", "Bengkel Furnitur Besi Cikarang", "kecil", "32.16", "sni", True, [
        ("rak-besi", "Rak Besi Siku Lubang Susun 5", "unit", 650000, 100, 7),
        ("loker-besi", "Loker Besi 12 Pintu", "unit", 2750000, 40, 14),
    ]),
    ("U04", "Meja Kursi Sekolah Labuan", "mikro", "36.01", "", True, [
        ("meja-kursi-siswa", "Meja Kursi Siswa SD satu set (kayu)", "set", 750000, 200, 21),
        ("papan-tulis", "Papan Tulis Whiteboard 120x240 rangka alumunium", "unit", 850000, 60, 10),
    ]),
    ("U05", "PT Kantor Modern Indonesia", "besar", "36.03", "iso-9001", True, [
        ("kursi-kantor", "Kursi Kantor Ergonomis Jaring", "unit", 950000, 2000, 5),
    ]),
    ("U06", "Mimbar Ukir Jepara-Serang", "mikro", "36.73", "", True, [
        ("mimbar", "Mimbar Masjid Kayu Jati Ukir", "unit", 6500000, 6, 30),
    ]),
    # ---------------------------------------------------------------- herbal
    ("H01", "Jamu Gendong Mbok Sarni", "mikro", "18.72", "pirt", True, [
        ("jamu-kunyit", "Jamu Kunyit Asem botol 250 ml", "botol", 8000, 1500, 1),
        ("jamu-beras-kencur", "Beras Kencur Botol 250 ml", "botol", 8000, 1500, 1),
    ]),
    ("H02", "Herbal Sehat Pringsewu", "kecil", "18.10", "bpom;halal", True, [
        ("kapsul-temulawak", "Kapsul Temulawak isi 60", "botol", 45000, 2000, 5),
        ("minyak-kayu-putih", "Minyak Kayu Putih Asli 60 ml", "botol", 28000, 2000, 5),
    ]),
    ("H03", "Madu Hutan Ujung Kulon", "mikro", "36.01", "pirt", True, [
        ("madu-hutan", "Madu Hutan Asli Ujung Kulon 500 gr", "botol", 120000, 300, 4),
        ("madu-klanceng", "Madu Klanceng Murni 250 ml", "botol", 150000, 100, 4),
    ]),
    ("H04", "Rumah Atsiri Bogor", "kecil", "32.01", "bpom", True, [
        ("minyak-sereh", "Minyak Sereh Wangi 100 ml", "botol", 45000, 1000, 4),
        ("balsem-jahe", "Balsem Jahe Hangat 20 gr", "pot", 15000, 2000, 4),
    ]),
    # ---------------------------------------------------------------- kosmetik
    ("S01", "Sabun Herbal Anugerah", "mikro", "36.73", "bpom", True, [
        ("sabun-batang", "Sabun Batang Sereh Susu Kambing 100 gr", "pcs", 15000, 2000, 4),
        ("sabun-cuci-tangan", "Sabun Cair Cuci Tangan Jerigen 5 liter", "jerigen", 85000, 300, 4),
    ]),
    ("S02", "Lilin Wangi Kopi Lampung", "mikro", "18.71", "", True, [
        ("lilin-aromaterapi", "Lilin Aromaterapi Soy Wax 100 gr aroma kopi", "pcs", 45000, 500, 5),
        ("reed-diffuser", "Reed Diffuser 50 ml", "botol", 55000, 400, 5),
    ]),
    ("S03", "Koperasi Wanita Tani Sukadana", "koperasi", "18.07", "bpom", True, [
        ("lulur", "Lulur Rempah Tradisional 200 gr", "pot", 30000, 800, 4),
        ("masker-bengkoang", "Masker Bengkoang Bubuk 100 gr", "pot", 25000, 800, 4),
    ]),
    # ---------------------------------------------------------------- logam
    ("L01", "Pandai Besi Ciomas Mang Dedi", "mikro", "36.04", "", True, [
        ("golok-ciomas", "Golok Ciomas Gagang Sonokeling + Sarung", "pcs", 450000, 60, 14),
        ("arit", "Arit Rumput Baja Per", "pcs", 65000, 300, 5),
    ]),
    ("L02", "Bengkel Las Teralis Berkah", "mikro", "36.71", "", True, [
        ("teralis", "Teralis Jendela Besi Minimalis (per m2)", "m2", 450000, 200, 10),
        ("pagar-besi", "Pagar Besi Hollow Galvanis (per meter lari)", "m", 650000, 150, 14),
        ("kanopi", "Kanopi Baja Ringan Atap Alderon (per m2)", "m2", 375000, 300, 10),
    ]),
    ("L03", "Pandai Besi Sekampung", "mikro", "18.07", "", True, [
        ("cangkul", "Cangkul Baja Sekampung + Gagang", "pcs", 95000, 500, 5),
        ("parang", "Parang Kebun Sekampung", "pcs", 85000, 400, 5),
    ]),
    ("L04", "Alat Dapur Aluminium Cor Tambun", "kecil", "32.16", "sni", True, [
        ("wajan", "Wajan Aluminium Cor Diameter 40 cm", "pcs", 135000, 800, 5),
        ("dandang", "Dandang Kukusan Aluminium 30 cm", "pcs", 175000, 500, 5),
        ("panci-besar", "Panci Aluminium Besar 50 liter", "pcs", 450000, 200, 7),
    ]),
    # ---------------------------------------------------------------- percetakan
    ("C01", "Percetakan Cahaya Offset Serang", "kecil", "36.73", "", True, [
        ("buku-yasin", "Cetak Buku Yasin Hard Cover 128 hlm", "eks", 25000, 5000, 10),
        ("kalender", "Cetak Kalender Dinding 2027 (6 lembar)", "eks", 35000, 3000, 10),
        ("stopmap-logo", "Stopmap Cetak Logo Instansi (kertas Jasmine)", "lembar", 3500, 20000, 7),
    ]),
    ("C02", "Koperasi Pegawai Pemda Metro (ATK)", "koperasi", "18.72", "", True, [
        ("hvs-a4", "Kertas HVS A4 70 gr (rim)", "rim", 55000, 2000, 2),
        ("buku-tulis", "Buku Tulis 38 lembar", "pak", 35000, 2000, 2),
        ("pulpen", "Pulpen Gel Hitam (pak isi 12)", "pak", 30000, 2000, 2),
    ]),
    ("C03", "Digital Printing Karawang", "mikro", "32.15", "", True, [
        ("spanduk", "Spanduk Banner Flexi 280 gr (per meter persegi)", "m2", 25000, 5000, 2),
        ("x-banner", "X-Banner 60x160 + Stand", "pcs", 85000, 500, 3),
        ("stiker-label", "Stiker Vinyl Label Produk (per lembar A3)", "lembar", 12000, 5000, 3),
    ]),
    ("C04", "Kemasan Tangerang Pack", "kecil", "36.03", "", True, [
        ("standing-pouch", "Standing Pouch Zipper Kraft 14x22 (isi 100)", "pak", 95000, 3000, 5),
        ("dus-nasi", "Dus Kotak Nasi Cetak 20x20", "pcs", 1500, 50000, 5),
    ]),
    # ---------------------------------------------------------------- pertanian
    ("T01", "Nursery Tanaman Hias Cibinong", "mikro", "32.01", "", True, [
        ("monstera", "Tanaman Hias Monstera Pot 25 cm", "pot", 85000, 300, 5),
        ("pucuk-merah", "Bibit Pucuk Merah tinggi 1 m", "batang", 25000, 2000, 5),
    ]),
    ("T02", "Koi Farm Pasar Kemis", "mikro", "36.03", "", True, [
        ("koi", "Ikan Koi Lokal 10-12 cm", "ekor", 15000, 3000, 3),
        ("cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 25000, 1000, 3),
    ]),
    ("T03", "Pakan Ternak Mandiri Terbanggi", "kecil", "18.02", "sni", True, [
        ("pelet-ikan", "Pelet Ikan Apung Protein 30% (karung 30 kg)", "karung", 375000, 500, 3),
        ("konsentrat-sapi", "Konsentrat Sapi Potong (karung 50 kg)", "karung", 325000, 500, 3),
    ]),
    ("T04", "Penangkar Bibit Kopi Ulubelu", "mikro", "18.06", "", True, [
        ("bibit-kopi", "Bibit Kopi Robusta Sambung Pucuk (polybag)", "batang", 5000, 20000, 7),
        ("bibit-kakao", "Bibit Kakao Unggul Polybag", "batang", 4500, 15000, 7),
    ]),
    ("T05", "KWT TOGA Sari Asih", "mikro", "36.01", "", True, [
        ("bibit-jahe-merah", "Bibit Jahe Merah polybag", "polybag", 3000, 5000, 5),
        ("bibit-sereh", "Bibit Sereh Wangi (rumpun)", "rumpun", 2500, 5000, 5),
    ]),
    ("T06", "Gapoktan Beras Organik Gadingrejo", "koperasi", "18.10", "", True, [
        ("beras-organik", "Beras Organik Pandan Wangi 5 kg", "karung", 95000, 2000, 3),
    ]),
    # ---------------------------------------------------------------- lainnya
    ("X01", "Sapu Ijuk Rangkasbitung", "mikro", "36.02", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 2000, 3),
        ("kemoceng", "Kemoceng Bulu Ayam 70 cm", "pcs", 20000, 1000, 3),
        ("keset-sabut", "Keset Sabut Kelapa 40x60", "pcs", 30000, 1000, 4),
    ]),
    ("X02", "Koperasi Bersih Kalianda", "koperasi", "18.01", "", True, [
        ("pembersih-lantai", "Cairan Pembersih Lantai Wangi Jerigen 5 L", "jerigen", 65000, 600, 3),
        ("sabun-cuci-piring", "Sabun Cuci Piring Jerigen 5 L", "jerigen", 60000, 600, 3),
    ]),
    ("X03", "Alat Peraga Edukasi Banten", "kecil", "36.73", "", True, [
        ("kit-ipa", "KIT IPA SD Alat Peraga Sains", "set", 2500000, 60, 14),
        ("globe", "Globe Bola Dunia 30 cm", "pcs", 185000, 300, 5),
        ("torso", "Torso Organ Tubuh Manusia 85 cm", "unit", 1750000, 40, 14),
    ]),
    ("X04", "Perlengkapan Masjid Al-Hikmah", "mikro", "36.71", "", True, [
        ("sajadah-roll", "Sajadah Masjid Roll 12 m x 1,2 m", "roll", 1350000, 50, 7),
        ("tasbih", "Tasbih Kayu Kokka 33 butir", "pcs", 25000, 1000, 3),
    ]),
    ("X05", "Handuk & Sprei Bekasi", "mikro", "32.75", "", True, [
        ("handuk", "Handuk Mandi Katun 70x140", "pcs", 55000, 1000, 4),
        ("sprei", "Sprei Katun Jepang 180x200 + 2 sarung bantal", "set", 165000, 300, 5),
    ]),
]

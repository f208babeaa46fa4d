"""Hand-written IKM directory and products for relevance-blind31 (fictional businesses, real region codes).

SUPPLIERS: (key, name, scale, region, certificate spec, active, products)
products:  (kind, name as the IKM writes it, unit, unit_price, capacity_per_month, lead_time_days)
The first letter of the key is the category (CATEGORY). Kinds are the labeller's tags; they never reach the CSVs.
"""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Cooked food: made and delivered in the month it is eaten, by a nearby kitchen.
PERISHABLE = {"nasi-kotak", "snack-box", "tumpeng", "prasmanan", "nasi-bungkus", "bubur-kacang"}

SUPPLIERS = [
    # makanan
    ("M01", "KUB Keripik Pisang Sekala Bekhak", "mikro", "18.04", "pirt;halal", True, [
        ("kripik-pisang", "Keripik Pisang Kepok Manis Gurih 250 gr", "pcs", 18000, 3000, 3),
        ("kripik-pisang-coklat", "Kripik Pisang Coklat Lumer 200gr", "pcs", 22000, 1500, 3)]),
    ("M02", "UD Emping Menes Sari Rasa", "kecil", "36.01", "pirt;halal", True, [
        ("emping-melinjo", "Emping Melinjo Menes Super 1 kg", "kg", 95000, 800, 4),
        ("emping-pedas", "Emping Balado Pedas Manis 500 gr", "pcs", 48000, 600, 4)]),
    ("M03", "Dapur Bandeng Bu Iyah", "mikro", "36.73", "pirt;halal", True, [
        ("sate-bandeng", "Sate Bandeng Khas Serang", "pcs", 35000, 900, 2),
        ("bandeng-presto", "Bandeng Presto Duri Lunak 500gr", "pcs", 42000, 700, 2)]),
    ("M04", "Kemplang Pak Darno Labuhan Maringgai", "mikro", "18.07", "pirt-expired", True, [
        ("kemplang", "Kemplang Panggang Ikan Tenggiri 250g", "pcs", 25000, 2000, 3),
        ("kerupuk-kulit", "Kerupuk Kulit Sapi (Rambak) 200g", "pcs", 30000, 600, 3)]),
    ("M05", "Toko Kue Kering Cik Lian", "kecil", "36.71", "pirt;halal", True, [
        ("nastar", "Nastar Nanas Premium Toples 500 gr", "toples", 85000, 1200, 5),
        ("kue-kering-mix", "Parcel Kue Kering Lebaran isi 4 toples", "paket", 320000, 300, 7)]),
    ("M06", "Lempok Durian Mak Sani", "mikro", "18.11", "pirt", True, [
        ("lempok-durian", "Lempok Durian Asli 250gr", "pcs", 40000, 400, 3)]),
    ("M07", "Camilan Gedong Tataan", "mikro", "18.09", "halal", True, [
        ("keripik-tempe", "Keripik Tempe Sagu Renyah 200 gr", "pcs", 15000, 2500, 3),
        ("kacang-bawang", "Kacang Bawang Gurih 250gr", "pcs", 20000, 1500, 3)]),
    ("M08", "Koperasi Wanita Tani Cibeber", "koperasi", "36.02", "pirt;halal", True, [
        ("gula-aren", "Gula Aren Cetak Baduy 1 kg", "kg", 38000, 1500, 4),
        ("sale-pisang", "Sale Pisang Ambon Goreng 250 gr", "pcs", 22000, 800, 3)]),
    ("M09", "Sambal Mbok Tum Gunung Sugih", "kecil", "18.02", "pirt;halal", True, [
        ("sambal-botol", "Sambal Bawang Botol 150 ml Pedas Nampol", "botol", 25000, 1500, 4),
        ("bumbu-pecel", "Bumbu Pecel Kacang 250gr", "pcs", 18000, 1000, 3)]),
    ("M10", "Aneka Keripik Pagelaran", "mikro", "18.10", "pirt", True, [
        ("kripik-pisang-tanduk", "Keripik Pisang Tanduk Manis 200gr", "pcs", 16000, 2000, 3),
        ("kripik-singkong", "Keripik Singkong Balado 250 gr", "pcs", 14000, 3000, 3)]),
    # minuman
    ("N01", "Koperasi Produsen Kopi Sekala Brak", "koperasi", "18.04", "pirt;halal", True, [
        ("kopi-robusta-bubuk", "Kopi Bubuk Robusta Liwa 250 gr", "pcs", 45000, 2000, 4),
        ("kopi-robusta-biji", "Kopi Robusta Biji Sangrai (Roasted Bean) 1 kg", "kg", 165000, 500, 5),
        ("kopi-luwak", "Kopi Luwak Robusta Lampung Barat 100 gr", "pcs", 150000, 200, 5)]),
    ("N02", "Rumah Produksi Jahe Blambangan Umpu", "mikro", "18.08", "pirt;halal", True, [
        ("wedang-jahe", "Wedang Jahe Merah Instan Sachet isi 10", "box", 22000, 2000, 3),
        ("sirup-jeruk", "Sirup Jeruk Kalamansi 620 ml", "botol", 35000, 800, 4)]),
    ("N03", "CV Tirta Ciomas Lestari", "kecil", "36.04", "halal;bpom;sni", True, [
        ("air-mineral-gelas", "Air Minum Dalam Kemasan Gelas 220 ml (1 dus isi 48)", "dus", 22000, 3000, 2),
        ("air-mineral-botol", "AMDK Botol 600 ml isi 24", "dus", 45000, 2000, 2)]),
    ("N04", "Kakao Cimanuk Mandiri", "mikro", "36.01", "pirt", True, [
        ("cokelat-bubuk", "Cokelat Bubuk Murni Kakao Pandeglang 200g", "pcs", 40000, 600, 4)]),
    ("N05", "Sari Kedelai Bu Warsih", "mikro", "18.72", "pirt", True, [
        ("susu-kedelai", "Susu Kedelai Segar Botol 250 ml", "botol", 6000, 2000, 1),
        ("teh-rosela", "Teh Bunga Rosela Kering 50 gr", "pcs", 25000, 500, 3)]),
    ("N06", "Kopi Ulubelu Tanggamus", "mikro", "18.06", "pirt;halal", True, [
        ("kopi-robusta-tanggamus", "Kopi Robusta Tanggamus Bubuk Halus 200gr", "pcs", 35000, 1500, 4)]),
    # jasa-boga
    ("J01", "Katering Dapur Krakatau", "kecil", "36.72", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar + Sayur + Buah", "box", 35000, 3000, 2),
        ("snack-box", "Snack Box isi 3 Kue + Air Mineral", "box", 15000, 4000, 1)]),
    ("J02", "Katering Ibu Enung Labuan", "mikro", "36.01", "halal", True, [
        ("nasi-kotak", "Nasi Box Menu Ayam Goreng Lalapan", "box", 30000, 800, 1),
        ("tumpeng", "Nasi Tumpeng Kuning Ukuran 20 Orang", "paket", 650000, 30, 3)]),
    ("J03", "Rumah Makan Pindang Way Mengaku", "mikro", "18.04", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Pindang Ikan Khas Lampung", "box", 32000, 600, 2),
        ("snack-box", "Kue Kotak Isi 4 (Lemper, Risol, Bolu, Pastel)", "box", 14000, 1500, 1)]),
    ("J04", "Saung Prasmanan Rangkasbitung", "mikro", "36.02", "halal", True, [
        ("prasmanan", "Paket Prasmanan Per Orang (Nasi, 2 Lauk, Sayur, Buah, Minum)", "porsi", 45000, 1500, 3)]),
    ("J05", "Dapur Umi Baradatu", "kecil", "18.08", "halal", True, [
        ("nasi-bungkus", "Nasi Bungkus Rames Telur Balado", "bungkus", 15000, 2000, 1),
        ("snack-box", "Snack Box Rapat isi 3", "box", 12000, 2500, 1)]),
    ("J06", "PT Boga Nusantara Sejahtera", "besar", "18.71", "halal;iso-9001", True, [
        ("nasi-kotak", "Nasi Box Premium Menu Lengkap", "box", 40000, 20000, 2)]),
    ("J07", "Warung Bu Sri Simpang Pematang", "mikro", "18.11", "halal", True, [
        ("bubur-kacang", "Bubur Kacang Hijau Cup 200 ml", "cup", 7000, 1000, 1),
        ("nasi-kotak", "Nasi Kotak Lauk Ayam Semur", "box", 28000, 400, 2)]),
    # fesyen
    ("F01", "Sanggar Tapis Jejama Gunung Sugih", "kecil", "18.02", "", True, [
        ("kain-tapis", "Kain Tapis Lampung Motif Pucuk Rebung Sulam Benang Emas", "lembar", 1250000, 40, 21),
        ("selendang-tapis", "Selendang Tapis Lampung", "lembar", 350000, 150, 10)]),
    ("F02", "Tenun Kanekes Ciboleger", "mikro", "36.02", "", True, [
        ("tenun-baduy", "Kain Tenun Baduy Motif Adu Mancung 2 meter", "lembar", 450000, 60, 14),
        ("ikat-kepala-baduy", "Ikat Kepala Lomar Baduy", "pcs", 50000, 400, 5)]),
    ("F03", "Konveksi Sinar Kramatwatu", "kecil", "36.04", "iso-9001", True, [
        ("seragam-pdh", "Jasa Konveksi Kemeja PDH Drill Lengan Panjang + Bordir Logo", "pcs", 175000, 1500, 21),
        ("kaos-sablon", "Kaos Cotton Combed 30s Sablon Logo", "pcs", 55000, 4000, 10),
        ("rompi", "Rompi Lapangan Drill Bordir", "pcs", 150000, 800, 14)]),
    ("F04", "Sepatu Kulit Karya Cibodas", "kecil", "36.71", "sni", True, [
        ("sepatu-pdh", "Sepatu PDH Kulit Sapi Asli Pantofel Pria", "pasang", 385000, 600, 14),
        ("sandal-hotel", "Sandal Hotel Spon Bordir Logo", "pasang", 9000, 6000, 7)]),
    ("F05", "Batik Krakatau Cilegon", "kecil", "36.72", "batikmark", True, [
        ("batik-cap", "Kain Batik Cap Motif Krakatau 2 m", "lembar", 185000, 500, 10),
        ("batik-tulis", "Batik Tulis Cilegon Pewarna Alam 2,25 m", "lembar", 950000, 30, 30),
        ("kemeja-batik", "Kemeja Batik Cap Pria Lengan Pendek", "pcs", 210000, 600, 14)]),
    ("F06", "Kulit Asli Kalianda", "mikro", "18.01", "", True, [
        ("dompet-kulit", "Dompet Kulit Sapi Pria Lipat", "pcs", 125000, 300, 7),
        ("ikat-pinggang", "Ikat Pinggang Kulit Asli Gesper Kuningan", "pcs", 110000, 400, 7)]),
    ("F07", "Tas Cikarang Jaya", "kecil", "32.16", "", True, [
        ("tote-bag", "Tote Bag Kanvas Sablon 1 Warna 30x40", "pcs", 22000, 5000, 10),
        ("tas-ransel", "Tas Ransel Sekolah Anak SD", "pcs", 95000, 1200, 14)]),
    # kerajinan
    ("K01", "Anyaman Bambu Gadingrejo", "mikro", "18.10", "", True, [
        ("besek-bambu", "Besek Bambu Tutup 20x20", "pcs", 4500, 8000, 5),
        ("tampah", "Tampah Bambu Diameter 50 cm", "pcs", 25000, 1500, 5)]),
    ("K02", "Koperasi Anyaman Pandan Cikeusik", "koperasi", "36.01", "", True, [
        ("tikar-pandan", "Tikar Pandan Anyam 2x3 m", "lembar", 150000, 300, 10),
        ("tas-pandan", "Tas Anyaman Pandan Motif Warna", "pcs", 65000, 600, 7)]),
    ("K03", "Gerabah Bumijaya Ciruas", "mikro", "36.04", "", True, [
        ("gerabah-vas", "Vas Bunga Gerabah Tanah Liat Tinggi 40 cm", "pcs", 75000, 300, 10),
        ("kendi", "Kendi Gerabah Bumijaya", "pcs", 35000, 600, 7),
        ("pot-tanah-liat", "Pot Tanah Liat Diameter 25", "pcs", 18000, 2000, 5)]),
    ("K04", "Grafir Akrilik Karawaci", "mikro", "36.71", "", True, [
        ("plakat-akrilik", "Plakat Akrilik Custom Grafir 20x25 + Box", "pcs", 175000, 400, 7),
        ("gantungan-akrilik", "Gantungan Kunci Akrilik Custom Logo", "pcs", 6500, 10000, 7)]),
    ("K05", "Ukir Kayu Way Kambas", "mikro", "18.07", "", True, [
        ("miniatur-gajah", "Miniatur Gajah Way Kambas Kayu Ukir 15 cm", "pcs", 85000, 200, 10),
        ("siger-miniatur", "Miniatur Siger Lampung Kuningan Pajangan", "pcs", 225000, 150, 14)]),
    ("K06", "Ukir Jati Telukjambe", "kecil", "32.15", "svlk", True, [
        ("plakat-kayu", "Plakat Kayu Jati Ukir Nama + Logo", "pcs", 210000, 300, 10)]),
    # perhiasan
    ("P01", "Perak Banten Kasemen", "mikro", "36.73", "", True, [
        ("bros-perak", "Bros Perak 925 Motif Debus", "pcs", 275000, 100, 14),
        ("cincin-perak", "Cincin Perak Batu Akik Baturaja", "pcs", 180000, 200, 10)]),
    ("P02", "Mutiara Teluk Lampung", "kecil", "18.71", "", True, [
        ("kalung-mutiara", "Kalung Mutiara Air Laut Lampung", "pcs", 650000, 80, 14),
        ("gelang-mutiara", "Gelang Mutiara Air Tawar", "pcs", 150000, 300, 7)]),
    ("P03", "Emblem Cibinong Logam", "mikro", "32.01", "", True, [
        ("pin-logo", "Pin Logo Instansi Kuningan Lapis Emas", "pcs", 35000, 3000, 14),
        ("bros-imitasi", "Bros Hijab Imitasi Mutiara", "pcs", 15000, 5000, 5)]),
    ("P04", "Akar Bahar Liwa", "mikro", "18.04", "", False, [
        ("gelang-akar-bahar", "Gelang Akar Bahar", "pcs", 90000, 200, 5)]),
    # furnitur
    ("U01", "Mebel Jati Periuk", "kecil", "36.71", "svlk", True, [
        ("lemari-arsip", "Lemari Arsip Kayu Jati 2 Pintu Kaca", "unit", 3200000, 40, 30),
        ("meja-kerja", "Meja Kerja Kayu 120x60 Laci 1", "unit", 1350000, 80, 21)]),
    ("U02", "Rotan Indah Pagelaran", "mikro", "18.10", "", True, [
        ("kursi-rotan", "Kursi Teras Rotan Sintetis Set 2 Kursi + Meja", "set", 1800000, 30, 21)]),
    ("U03", "Mebel Sekolah Maja", "mikro", "36.02", "", True, [
        ("meja-belajar", "Meja Belajar Siswa Kayu + Kursi (1 Set)", "set", 650000, 300, 21),
        ("rak-buku", "Rak Buku Kayu 5 Susun", "unit", 750000, 100, 14)]),
    ("U04", "UD Kayu Mas Terbanggi", "kecil", "18.02", "", True, [
        ("kursi-lipat", "Kursi Lipat Besi Chitose Jok Busa", "unit", 285000, 500, 14),
        ("lemari-pakaian", "Lemari Pakaian Kayu Mahoni 3 Pintu", "unit", 2800000, 40, 21)]),
    ("U05", "CV Meranti Pasar Kemis", "kecil", "36.03", "svlk", True, [
        ("kusen", "Kusen Pintu Kayu Meranti 90x210", "unit", 1100000, 100, 21),
        ("meja-rapat", "Meja Rapat Oval Kayu 10 Orang", "unit", 6500000, 15, 30)]),
    ("U06", "Mebel Tanjung Raya", "mikro", "18.11", "", True, [
        ("dipan", "Dipan Kayu Ukuran 160x200", "unit", 1600000, 40, 21)]),
    # herbal
    ("H01", "Rempah Pesawaran Sehat", "kecil", "18.09", "pirt;halal", True, [
        ("jahe-merah-bubuk", "Serbuk Jahe Merah Instan 250 gr", "pcs", 35000, 1500, 4),
        ("temulawak", "Jamu Temulawak Instan 200gr", "pcs", 28000, 1200, 4)]),
    ("H02", "Koperasi Madu Hutan Kanekes", "koperasi", "36.02", "pirt;halal", True, [
        ("madu-hutan", "Madu Hutan Baduy Murni 500 gr", "botol", 120000, 400, 5),
        ("madu-klanceng", "Madu Klanceng (Trigona) 250 ml", "botol", 150000, 100, 5)]),
    ("H03", "Jamu Gendong Mbak Yati Metro", "mikro", "18.72", "pirt;bpom", True, [
        ("minyak-kayu-putih", "Minyak Kayu Putih Asli 60 ml", "botol", 30000, 1000, 5),
        ("beras-kencur", "Jamu Beras Kencur Botol 250 ml", "botol", 8000, 1500, 1)]),
    ("H04", "Herbal Pontang", "mikro", "36.04", "pirt", True, [
        ("kunyit-asam", "Kunyit Asam Kemasan Botol 350 ml", "botol", 10000, 2000, 1),
        ("rempah-celup", "Teh Rempah Celup Sereh Jahe isi 20", "box", 25000, 800, 4)]),
    # kosmetik
    ("S01", "Sabun Alami Banten Lama", "mikro", "36.73", "halal;bpom", True, [
        ("sabun-sereh", "Sabun Mandi Batang Sereh Wangi Handmade 100 gr", "pcs", 15000, 3000, 5),
        ("sabun-cair", "Sabun Cuci Tangan Cair Refill 500 ml", "pcs", 20000, 2000, 4)]),
    ("S02", "Lilin Wangi Tigaraksa", "mikro", "36.03", "", True, [
        ("lilin-aroma", "Lilin Aromaterapi Lavender Gelas 100 gr", "pcs", 45000, 800, 5),
        ("minyak-atsiri", "Essential Oil Sereh Wangi 10 ml", "botol", 35000, 800, 4)]),
    ("S03", "Kelapa Sehat Kalianda", "mikro", "18.01", "halal", True, [
        ("lulur", "Lulur Mandi Kopi Lampung 100 gr", "pcs", 30000, 800, 5),
        ("vco", "Minyak Kelapa Murni (VCO) 250 ml", "botol", 45000, 600, 5)]),
    ("S04", "CV Bersih Sehat Cilegon", "kecil", "36.72", "halal;bpom", True, [
        ("hand-sanitizer", "Hand Sanitizer Gel 500 ml", "botol", 35000, 3000, 3),
        ("shampo", "Shampo Lidah Buaya 200 ml", "botol", 28000, 1000, 5)]),
    # logam
    ("L01", "Pandai Besi Ciomas Abah Uci", "mikro", "36.04", "", True, [
        ("golok-ciomas", "Golok Ciomas Asli Sarung Kayu", "pcs", 450000, 60, 14),
        ("arit", "Arit / Sabit Rumput Baja Per", "pcs", 65000, 400, 7),
        ("cangkul", "Cangkul Baja Tempa + Gagang", "pcs", 120000, 300, 7)]),
    ("L02", "Pande Besi Sukoharjo", "mikro", "18.10", "", True, [
        ("parang", "Parang Kebun Baja Per 14 inch", "pcs", 95000, 400, 7),
        ("cangkul", "Pacul Baja Tempa Pringsewu", "pcs", 85000, 500, 7)]),
    ("L03", "Aluminium Jaya Batuceper", "kecil", "36.71", "sni", True, [
        ("panci-aluminium", "Panci Aluminium Tebal 40 cm", "pcs", 285000, 300, 7),
        ("dandang", "Dandang Aluminium 30 liter", "pcs", 320000, 200, 7)]),
    ("L04", "Bengkel Las Cibeber Teknik", "mikro", "36.72", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow per m2", "m2", 450000, 200, 14),
        ("pagar-besi", "Pagar Besi Minimalis per meter", "m", 650000, 150, 21)]),
    ("L05", "Stainless Tambun Abadi", "kecil", "32.16", "", True, [
        ("pisau-dapur", "Set Pisau Dapur Stainless 6 pcs + Stand", "set", 175000, 400, 7)]),
    # percetakan
    ("C01", "Percetakan Sinar Kaujon", "kecil", "36.73", "", True, [
        ("spanduk", "Cetak Spanduk Banner Flexi 280 gr per meter", "m2", 25000, 5000, 2),
        ("undangan", "Cetak Undangan Hard Cover", "pcs", 6500, 8000, 7),
        ("buku-yasin", "Cetak Buku Yasin Hard Cover 200 hlm", "pcs", 22000, 5000, 14)]),
    ("C02", "Toko ATK Saketi", "mikro", "36.01", "", True, [
        ("map-snelhecter", "Map Snelhecter Plastik Folio", "pcs", 2500, 10000, 3),
        ("stopmap", "Stopmap Kertas Folio Logo Instansi", "pcs", 3500, 10000, 7)]),
    ("C03", "CV Grafika Bandar Jaya", "kecil", "18.02", "", True, [
        ("kalender", "Kalender Dinding 6 Lembar Custom", "pcs", 25000, 4000, 10),
        ("buku-tulis", "Buku Tulis Sampul Custom 38 lembar", "pcs", 4500, 20000, 14)]),
    ("C04", "Kemasan Cibitung Prima", "kecil", "32.16", "", True, [
        ("dus-makanan", "Dus Makanan Kertas Laminasi 20x20 Cetak Logo", "pcs", 2200, 30000, 10),
        ("paper-bag", "Paper Bag Kraft Sablon Logo 25x32", "pcs", 4500, 15000, 10)]),
    ("C05", "Stempel Kilat Rangkas", "mikro", "36.02", "", True, [
        ("stempel", "Stempel Flash Otomatis", "pcs", 85000, 500, 3),
        ("amplop", "Amplop Kop Instansi Cetak Full Color", "pcs", 1200, 20000, 7)]),
    # pertanian
    ("T01", "Kebun Bibit Ambarawa", "mikro", "18.10", "", True, [
        ("bibit-durian", "Bibit Durian Musang King Okulasi 60 cm", "batang", 45000, 2000, 7),
        ("bibit-alpukat", "Bibit Alpukat Siger Sambung Pucuk", "batang", 35000, 3000, 7)]),
    ("T02", "Koperasi Pembudidaya Ikan Pekalongan", "koperasi", "18.07", "", True, [
        ("benih-lele", "Benih Ikan Lele Sangkuriang 5-7 cm", "ekor", 250, 100000, 3),
        ("benih-nila", "Bibit Ikan Nila Merah Ukuran 3-5 cm", "ekor", 400, 60000, 3)]),
    ("T03", "Koi Farm Ciseeng", "mikro", "32.01", "", True, [
        ("ikan-koi", "Ikan Koi Kohaku Lokal 15 cm", "ekor", 45000, 600, 5),
        ("ikan-cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 25000, 1000, 3)]),
    ("T04", "Koperasi Tani Organik Way Lima", "koperasi", "18.09", "", True, [
        ("pupuk-kompos", "Pupuk Kompos Organik Karung 25 kg", "karung", 35000, 3000, 5),
        ("pupuk-kandang", "Pupuk Kandang Kotoran Sapi Fermentasi 20 kg", "karung", 25000, 4000, 5)]),
    ("T05", "Nursery Hijau Balik Bukit", "kecil", "18.04", "", True, [
        ("tanaman-hias", "Tanaman Hias Aglonema Red Anjamani Pot 20", "pot", 65000, 500, 5),
        ("bibit-kopi", "Bibit Kopi Robusta Stek Polybag", "batang", 3500, 30000, 7)]),
    ("T06", "Alat Tangkap Nelayan Grogol", "mikro", "36.72", "", True, [
        ("jaring-ikan", "Jaring Insang Nelayan Nilon 1,5 inch per pis", "pis", 350000, 200, 7),
        ("bubu", "Bubu Bambu Penangkap Ikan", "pcs", 45000, 500, 5)]),
    ("T07", "Koperasi Peternak Tanjung Raya", "koperasi", "18.11", "", True, [
        ("pakan-ayam", "Pakan Ayam Kampung Fermentasi 25 kg", "karung", 185000, 1000, 5),
        ("telur-ayam", "Telur Ayam Kampung", "kg", 40000, 500, 2)]),
    # lainnya
    ("X01", "Beton Cetak Menes", "kecil", "36.01", "sni", True, [
        ("paving", "Paving Block Segi Enam K-300 tebal 6 cm", "m2", 85000, 3000, 7),
        ("batako", "Batako Press 10x20x40", "buah", 3200, 40000, 5)]),
    ("X02", "Genteng Press Seputih Agung", "mikro", "18.02", "", True, [
        ("genteng", "Genteng Tanah Liat Press Kodok", "buah", 2200, 40000, 7),
        ("bata-merah", "Bata Merah Oven", "buah", 900, 100000, 5)]),
    ("X03", "Sapu Ijuk Hadimulyo", "mikro", "18.72", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 2000, 3),
        ("sapu-lidi", "Sapu Lidi Gagang Panjang", "pcs", 15000, 3000, 3),
        ("keset-sabut", "Keset Kaki Sabut Kelapa 40x60", "pcs", 35000, 1000, 5)]),
    ("X04", "Mebel Masjid Baros", "kecil", "36.04", "", True, [
        ("kotak-amal", "Kotak Amal Masjid Kayu Kunci Gembok", "unit", 250000, 100, 10),
        ("mimbar", "Mimbar Masjid Kayu Jati Ukir", "unit", 7500000, 10, 45)]),
    ("X05", "APE Kayu Baradatu", "mikro", "18.08", "", True, [
        ("timbangan-dacin", "Timbangan Dacin Bayi Posyandu + Sarung", "set", 350000, 200, 7),
        ("alat-peraga", "Alat Peraga Edukatif Kayu PAUD (APE) Balok Angka", "set", 175000, 300, 10)]),
    ("X06", "PT Beton Raya Balaraja", "besar", "36.03", "sni;iso-9001", True, [
        ("paving", "Paving Block Bata K-350", "m2", 78000, 50000, 5)]),
]

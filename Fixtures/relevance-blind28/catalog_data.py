"""Hand-written suppliers and products of relevance-blind28 (fictional). Each product carries the labeller's kind tag."""

CATEGORY = {"M": "makanan", "N": "minuman", "B": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Made in the delivery month: capacity_per_month must cover the quantity; nearest producers only.
PERISHABLE = {"nasi-kotak", "snack-box", "nasi-bungkus", "tumpeng", "prasmanan", "coffee-break", "lunch-box-western",
              "jamu-kunyit-asam-segar", "beras-kencur-segar"}

# (key, name, scale, region, certificates, active, [(kind, product name, unit, price, capacity/month, lead days)])
SUPPLIERS = [
    ("M1", "Otak-Otak Bandeng Bu Iyah", "mikro", "36.04", "halal;pirt", True, [
        ("otak-otak", "Otak-otak Bandeng Khas Serang isi 10", "pack", 35000, 400, 2),
        ("sate-bandeng", "Sate Bandeng Banten Asli Tanpa Duri", "pcs", 45000, 300, 2)]),
    ("M2", "UD Sinar Laut Kemplang Labuhan Maringgai", "kecil", "18.07", "halal;pirt", True, [
        ("kemplang", "Kerupuk Kemplang Ikan Tenggiri 500 gr", "bks", 40000, 1000, 3),
        ("kerupuk-kulit", "Kerupuk Kulit Sapi (Rambak) 250 gr", "bks", 30000, 500, 3)]),
    ("M3", "Rumah Rendang Uni Tangerang", "kecil", "36.71", "halal;pirt", True, [
        ("rendang-kemasan", "Rendang Daging Sapi Kemasan Kaleng 200 gr", "kaleng", 65000, 600, 5),
        ("abon-ikan", "Abon Ikan Tuna Pedas 100 gr", "bks", 28000, 800, 3)]),
    ("M4", "Dodol Betawi Mpok Nori", "mikro", "31.75", "pirt", True, [
        ("dodol-betawi", "Dodol Betawi Ketan Hitam 500 gr", "box", 55000, 300, 4),
        ("kue-kering", "Kue Kering Lebaran Toples 500 gr (Nastar, Kastengel, Putri Salju)", "toples", 85000, 400, 5)]),
    ("M5", "Lampung Pisang Kepok Snack", "kecil", "18.71", "halal;pirt", True, [
        ("keripik-pisang-cokelat", "KERIPIK PISANG COKLAT LUMER Khas Lampung 250gr", "bks", 25000, 3000, 2),
        ("lanting", "Lanting Singkong Bawang Khas Lampung 200 gr", "bks", 15000, 2000, 2)]),
    ("M6", "Sambal & Bumbu Dapur Teh Ocha", "mikro", "32.01", "pirt", True, [
        ("sambal-botol", "Sambal Bawang Teh Ocha Botol 200 ml", "botol", 30000, 600, 3),
        ("bumbu-pecel", "Bumbu Pecel Kacang 250 gr", "bks", 18000, 500, 3)]),
    ("M7", "PT Aneka Snack Nusantara", "besar", "36.03", "halal;bpom", True, [
        ("keripik-singkong", "Keripik Singkong Balado 500 gr Grosir", "bks", 12000, 50000, 2)]),
    ("M8", "KUB Keripik Pringsewu Makmur", "koperasi", "18.10", "halal;pirt-expired", True, [
        ("keripik-singkong", "Keripik Singkong Pedas Manis 500 gr", "bks", 20000, 1500, 3)]),
    ("N1", "Koperasi Kopi Sumber Rejeki Tanggamus", "koperasi", "18.06", "halal", True, [
        ("kopi-robusta-bubuk", "Kopi Bubuk Robusta Tanggamus 250 gr", "bks", 35000, 2000, 3),
        ("kopi-robusta-biji", "Robusta Lampung Roasted Bean 1 kg (Medium Roast)", "kg", 120000, 500, 4)]),
    ("N2", "Kopi Luwak Liar Liwa", "mikro", "18.04", "", True, [
        ("kopi-luwak", "Kopi Luwak Liar Bubuk 100 gr Kemasan Kotak", "box", 250000, 100, 5)]),
    ("N3", "Bandrek Bajigur Sari Bogor", "kecil", "32.01", "halal;pirt", True, [
        ("bandrek", "Bandrek Instan Sachet isi 10", "box", 22000, 1500, 3),
        ("bajigur", "Bajigur Instan Sachet isi 10", "box", 22000, 1500, 3)]),
    ("N4", "Kakao Pesawaran Official Store", "mikro", "18.09", "", True, [
        ("cokelat-bubuk", "COKELAT BUBUK MURNI 100% Kakao Pesawaran 250gr [READY STOCK]", "bks", 45000, 800, 3)]),
    ("N5", "Sirup Pala dan Jahe Merah Pandeglang", "mikro", "36.01", "pirt", True, [
        ("sirup-jahe", "Sirup Jahe Merah 600 ml", "botol", 35000, 500, 3),
        ("sirup-pala", "Sirup Pala Asli 600 ml", "botol", 35000, 500, 3)]),
    ("N6", "Teh Rosella Karawang", "mikro", "32.15", "halal;pirt", True, [
        ("teh-rosella", "Teh Rosella Celup isi 25", "box", 30000, 600, 3)]),
    ("N7", "PT Tirta Banten Sejahtera", "besar", "36.04", "halal;sni", True, [
        ("amdk-gelas", "Air Mineral Gelas 220 ml isi 48", "dus", 20000, 100000, 2)]),
    ("N8", "Koperasi Susu Kambing Etawa Lebak", "koperasi", "36.02", "halal;pirt", True, [
        ("susu-etawa-bubuk", "Susu Kambing Etawa Bubuk Original 200 gr", "bks", 60000, 800, 4)]),
    ("B1", "Katering Barokah Kota Serang", "kecil", "36.73", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar + Buah", "kotak", 35000, 3000, 2),
        ("snack-box", "Snack Box 3 Item (Lemper, Risol, Bolu)", "box", 15000, 5000, 1)]),
    ("B2", "Dapur Bu Entin Pandeglang", "mikro", "36.01", "", True, [
        ("nasi-bungkus", "Nasi Bungkus Rames", "bungkus", 18000, 1500, 1),
        ("tumpeng", "Tumpeng Nasi Kuning 20 porsi", "tumpeng", 750000, 20, 3)]),
    ("B3", "Catering Metro Berkah", "kecil", "18.72", "halal", True, [
        ("nasi-kotak", "Nasi Box Paket Rapat (Nasi, Ayam Goreng, Sayur, Kerupuk, Air Mineral)", "box", 30000, 2000, 2)]),
    ("B4", "RM Prasmanan Sunda Ceu Popon Karawang", "kecil", "32.15", "halal", True, [
        ("prasmanan", "Prasmanan Paket Sunda per Pax (min 100)", "pax", 55000, 3000, 3),
        ("coffee-break", "Coffee Break Pagi/Sore per Orang (2 kue + teh/kopi)", "pax", 20000, 3000, 1)]),
    ("B5", "CV Jakarta Catering Service", "menengah", "31.74", "halal;iso-9001", True, [
        ("nasi-kotak", "Nasi Kotak Premium Menu Nusantara", "box", 55000, 8000, 2),
        ("lunch-box-western", "Lunch Box Western (Chicken Steak, Mashed Potato)", "box", 65000, 3000, 2),
        ("snack-box", "Snack Box Premium isi 4", "box", 25000, 8000, 1)]),
    ("B6", "PT Boga Tangsel Mandiri", "besar", "36.74", "halal", True, [
        ("nasi-kotak", "Nasi Box Hemat Ayam Goreng", "box", 20000, 20000, 1)]),
    ("F1", "Sanggar Tapis Siger Emas", "kecil", "18.71", "", True, [
        ("kain-tapis", "Kain Tapis Lampung Motif Siger Benang Emas 2 m", "lembar", 1500000, 30, 14),
        ("selendang-tapis", "Selendang Tapis Lampung", "pcs", 350000, 100, 7)]),
    ("F2", "Konveksi Seragam Cikupa", "kecil", "36.03", "", True, [
        ("pdh", "Seragam PDH Pria Kain American Drill", "stel", 185000, 1500, 14),
        ("kemeja-batik-print", "Kemeja Batik Seragam Kantor Lengan Panjang (Printing)", "pcs", 120000, 2000, 14)]),
    ("F3", "Batik Krakatoa Cilegon", "mikro", "36.72", "batikmark", True, [
        ("batik-tulis", "Batik Tulis Krakatau Katun Primisima 2 m", "lembar", 650000, 60, 10),
        ("batik-cap", "Batik Cap Motif Banten 2 m", "lembar", 175000, 400, 7)]),
    ("F4", "Grosir Kaos Polos Tanah Abang", "mikro", "31.71", "", True, [
        ("kaos-polos", "KAOS POLOS COTTON COMBED 30S Grosir Termurah Unisex", "pcs", 35000, 5000, 3),
        ("kaos-sablon", "Kaos Sablon Custom Logo Instansi (min 24 pcs)", "pcs", 55000, 3000, 7)]),
    ("F5", "Sepatu Kulit Ciomas Bogor", "mikro", "32.01", "", True, [
        ("sepatu-pdh", "Sepatu Pantofel PDH Kulit Sapi Asli Pria", "pasang", 350000, 300, 10),
        ("sandal-kulit", "Sandal Kulit Pria Slop Casual", "pasang", 120000, 400, 7)]),
    ("F6", "Garut Leather Craft", "kecil", "32.05", "", True, [
        ("dompet-kulit", "Dompet Kulit Domba Pria Lipat", "pcs", 150000, 300, 7),
        ("ikat-pinggang-kulit", "Ikat Pinggang Kulit Sapi Gesper Logo", "pcs", 175000, 300, 7)]),
    ("F7", "Bordir Tasik Al-Hikmah", "kecil", "32.78", "", True, [
        ("mukena", "Mukena Bordir Tasik Katun Rayon Dewasa", "pcs", 175000, 500, 7),
        ("peci", "Peci Hitam Polos Nasional No. 7", "pcs", 35000, 1000, 5),
        ("sajadah", "Sajadah Travel Bordir Lipat", "pcs", 45000, 800, 5)]),
    ("F8", "Koperasi Tenun Kanekes", "koperasi", "36.02", "", True, [
        ("tenun-baduy", "Kain Tenun Baduy Motif Suat Songket 1,5 m", "lembar", 450000, 80, 10),
        ("iket-baduy", "Iket Kepala Baduy Biru Batik", "pcs", 60000, 300, 5)]),
    ("F9", "Batik Lebak Wastra", "mikro", "36.02", "batikmark", False, [
        ("batik-tulis", "Batik Tulis Lebak Motif Seren Taun 2 m", "lembar", 400000, 60, 10)]),
    ("K1", "Anyaman Pandan Cikeusik", "mikro", "36.01", "", True, [
        ("tikar-pandan", "Tikar Pandan Anyam 150x200", "lembar", 120000, 200, 7),
        ("tas-pandan", "Tas Anyaman Pandan Motif Tumpal", "pcs", 65000, 500, 5)]),
    ("K2", "Gerabah Bumijaya Ciruas", "mikro", "36.04", "", True, [
        ("guci-gerabah", "Guci Gerabah Hias Tinggi 40 cm", "pcs", 85000, 300, 7),
        ("kendi", "Kendi Tanah Liat Bakar", "pcs", 25000, 800, 5),
        ("pot-tanah-liat", "Pot Tanah Liat Diameter 30 cm", "pcs", 30000, 800, 5)]),
    ("K3", "Souvenir Siger Bandar Lampung", "kecil", "18.71", "", True, [
        ("miniatur-siger", "Miniatur Siger Lampung Kuningan Bakar 20 cm + Box", "pcs", 175000, 300, 10),
        ("gantungan-akrilik", "Gantungan Kunci Siger Akrilik", "pcs", 6000, 5000, 5)]),
    ("K4", "Bambu Kreasi Lebak", "mikro", "36.02", "", True, [
        ("tempat-tisu-bambu", "Tempat Tisu Anyaman Bambu", "pcs", 35000, 400, 5),
        ("besek", "Besek Bambu 20x20 isi 10", "ikat", 25000, 2000, 3)]),
    ("K5", "Souvenir Pernikahan Murah Tangerang", "mikro", "36.71", "", True, [
        ("mug-custom", "[FREE ONGKIR] Souvenir Mug Custom Foto/Logo Grosir Min 50", "pcs", 18000, 3000, 5),
        ("tumbler-engrave", "Tumbler Stainless Custom Nama Laser Engrave 500ml", "pcs", 45000, 2000, 7)]),
    ("K6", "Plakat Kayu & Akrilik Cikarang", "kecil", "32.16", "", True, [
        ("plakat-akrilik", "Plakat Akrilik Custom Ukir Laser + Box Beludru", "pcs", 150000, 300, 7),
        ("plakat-kayu", "Plakat Kayu Jati Ukir Custom", "pcs", 250000, 150, 10)]),
    ("K7", "Mainan Edukatif Kayu Depok", "kecil", "32.76", "sni", True, [
        ("puzzle-kayu", "Puzzle Kayu Edukasi Huruf & Angka (APE PAUD)", "set", 75000, 600, 7),
        ("balok-susun", "Balok Susun Menara Donat Kayu", "set", 55000, 600, 7)]),
    ("K8", "Flanel Kreatif PKK Yosodadi", "mikro", "18.72", "", True, [
        ("boneka-flanel", "Boneka Flanel Maskot Custom", "pcs", 35000, 300, 7)]),
    ("P1", "Kerajinan Perak Ciampea", "kecil", "32.01", "", True, [
        ("bros-perak", "Bros Perak 925 Motif Bunga Melati", "pcs", 250000, 200, 10),
        ("cincin-perak", "Cincin Perak Batu Kalimaya Banten", "pcs", 300000, 150, 10)]),
    ("P2", "Mutiara Sekarbela", "mikro", "52.71", "", True, [
        ("kalung-mutiara", "Kalung Mutiara Air Tawar Lombok", "pcs", 350000, 100, 10)]),
    ("P3", "Aksesoris Hijab Grosir Balaraja", "mikro", "36.03", "", True, [
        ("bros-imitasi", "Bros Hijab Mutiara Imitasi Lapis Emas Grosir isi 12", "lusin", 60000, 2000, 3),
        ("gelang-tapis", "Gelang Tali Etnik Motif Tapis", "pcs", 15000, 1000, 3)]),
    ("P4", "Toko Emas dan Logam Mulia Kaujon", "menengah", "36.73", "", True, [
        ("pin-emas", "Pin Emas 24K Penghargaan Purna Bakti 2 gram", "pcs", 3500000, 50, 14)]),
    ("U1", "Rotan Tegalwangi Jaya", "kecil", "32.09", "", True, [
        ("kursi-rotan-set", "Kursi Rotan Sintetis Teras Set 1 Meja 2 Kursi", "set", 1750000, 40, 21)]),
    ("U2", "Meubel Jati Jepara Cabang Serang", "kecil", "36.73", "svlk", True, [
        ("meja-kerja-jati", "Meja Kerja Kayu Jati 120x60 + Laci", "unit", 2500000, 30, 21),
        ("lemari-arsip-kayu", "Lemari Arsip Kayu Jati 4 Pintu", "unit", 4500000, 20, 30)]),
    ("U3", "Interior Besi Kayu Tangerang", "kecil", "36.71", "", True, [
        ("rak-besi", "RAK BESI SIKU Lubang 5 Susun 200x100x40 Grosir", "unit", 850000, 100, 7),
        ("meja-lipat", "Meja Lipat Kaki Besi Seminar/Kuliah", "unit", 450000, 200, 7)]),
    ("U4", "CV Pringsewu Karya Mebel", "kecil", "18.10", "svlk", True, [
        ("meja-kursi-siswa", "Meja Kursi Siswa SD 1 Set", "set", 850000, 300, 21)]),
    ("U5", "PT Furnitur Kantor Indonesia", "besar", "32.16", "sni;iso-9001", True, [
        ("kursi-kantor", "Kursi Kantor Putar Hidrolik", "unit", 650000, 1000, 7)]),
    ("U6", "Bengkel Mebel Metro Jaya", "mikro", "18.72", "", True, [
        ("kursi-kantor", "Kursi Kantor Putar Jaring (Mesh) Sandaran Tinggi", "unit", 850000, 60, 10),
        ("sofa", "Sofa Tamu Minimalis 3-2-1", "set", 6500000, 10, 21)]),
    ("H1", "Jamu Gendong Mbok Sri", "mikro", "18.10", "", True, [
        ("jamu-kunyit-asam-segar", "Jamu Kunyit Asam Segar Botol 250 ml", "botol", 8000, 600, 1),
        ("beras-kencur-segar", "Beras Kencur Segar Botol 250 ml", "botol", 8000, 600, 1)]),
    ("H2", "Herbal Toga Lestari Bogor", "kecil", "32.01", "bpom", True, [
        ("kapsul-temulawak", "Kapsul Ekstrak Temulawak isi 60", "botol", 55000, 1000, 5),
        ("jahe-instan", "Jahe Merah Instan Serbuk 250 gr", "bks", 35000, 1500, 3)]),
    ("H3", "Madu Hutan Baduy Ciboleger", "mikro", "36.02", "pirt", True, [
        ("madu-hutan", "Madu Hutan Liar Baduy 500 ml", "botol", 120000, 200, 5)]),
    ("H4", "Koperasi Tanaman Obat Sekampung", "koperasi", "18.07", "pirt", True, [
        ("kelor-kering", "Simplisia Daun Kelor Kering 100 gr", "bks", 20000, 800, 3),
        ("teh-sirsak", "Teh Herbal Daun Sirsak Celup isi 20", "box", 25000, 600, 3)]),
    ("S1", "Sabun Lidah Buaya Rengasdengklok", "mikro", "32.15", "bpom", True, [
        ("sabun-batang", "Sabun Batang Lidah Buaya Handmade 100 gr", "pcs", 15000, 2000, 5),
        ("sabun-cuci-tangan", "Sabun Cair Cuci Tangan 5 Liter (Jerigen)", "jerigen", 75000, 300, 3)]),
    ("S2", "Lilin Aromaterapi Kota Hujan", "mikro", "32.71", "", True, [
        ("lilin-aromaterapi", "Lilin Aromaterapi Soy Wax Jar 100 gr Lavender", "pcs", 45000, 500, 5),
        ("reed-diffuser", "Reed Diffuser 100 ml Aroma Teh Hijau", "botol", 65000, 300, 5)]),
    ("S3", "Skincare Lokal Tangsel", "kecil", "36.74", "bpom", True, [
        ("hand-body-lotion", "Hand Body Lotion Whitening 250ml BPOM Ori", "botol", 35000, 3000, 3),
        ("hand-sanitizer", "Hand Sanitizer Gel 500 ml BPOM", "botol", 30000, 5000, 2)]),
    ("S4", "Lulur Rempah Ibu Tati", "mikro", "36.02", "", True, [
        ("lulur", "Lulur Bengkoang Tradisional 250 gr", "pot", 25000, 400, 5)]),
    ("L1", "Pandai Besi Golok Ciomas Abah Ujang", "mikro", "36.04", "", True, [
        ("golok-ciomas", "Golok Ciomas Asli Sarung Kayu", "pcs", 450000, 60, 14)]),
    ("L2", "Pandai Besi Sukamaju", "mikro", "18.02", "", True, [
        ("cangkul", "Cangkul Baja Per Gagang Kayu", "pcs", 95000, 300, 7),
        ("arit", "Arit Rumput Baja Per", "pcs", 55000, 400, 5),
        ("parang", "Parang Kebun Lampung", "pcs", 85000, 300, 5)]),
    ("L3", "Bengkel Las Karya Mandiri", "kecil", "36.71", "", True, [
        ("teralis-besi", "Teralis Jendela Besi Hollow Minimalis per m2", "m2", 450000, 200, 10),
        ("kanopi", "Pagar Besi / Kanopi Baja Ringan per m2", "m2", 350000, 300, 10)]),
    ("L4", "Perkakas Dapur Stainless Jakarta", "kecil", "31.73", "sni", True, [
        ("panci-set", "Panci Stainless Steel Set 5 pcs Tebal SNI", "set", 350000, 500, 3),
        ("pisau-dapur-set", "Pisau Dapur Set 6 pcs + Talenan", "set", 120000, 500, 3)]),
    ("L5", "Kerajinan Kuningan Emblem Bekasi", "kecil", "32.75", "", True, [
        ("pin-logo", "Pin Logo Instansi Kuningan Lapis Emas (Min 100)", "pcs", 25000, 5000, 14),
        ("medali", "Medali Kejuaraan Logam Custom 6 cm + Tali", "pcs", 20000, 3000, 10)]),
    ("C1", "Percetakan Mitra Grafika Serang", "kecil", "36.73", "", True, [
        ("banner", "Cetak Spanduk/Banner Flexi 280 gr per m2", "m2", 25000, 5000, 2),
        ("buku-yasin", "Cetak Buku Yasin Hardcover 128 hlm", "pcs", 22000, 3000, 10)]),
    ("C2", "Sablon & Digital Printing Metro", "mikro", "18.72", "", True, [
        ("map-cetak", "Map Snelhecter Plastik Cetak Logo", "pcs", 5500, 5000, 5),
        ("stiker", "Stiker Vinyl Cutting Logo", "pcs", 3000, 5000, 3)]),
    ("C3", "ATK Grosir Glodok", "kecil", "31.73", "", True, [
        ("hvs-a4-70", "Kertas HVS A4 70 gsm 1 Rim (500 lbr)", "rim", 52000, 10000, 2),
        ("pulpen", "Pulpen Gel Hitam 0.5 mm isi 12", "lusin", 30000, 5000, 2),
        ("ordner", "Ordner Binder Arsip Folio 7 cm", "pcs", 28000, 3000, 2)]),
    ("C4", "Kemasan Karton Cikarang", "kecil", "32.16", "", True, [
        ("dus-nasi", "Dus Box Nasi Kotak Cetak Logo 20x20 (min 1000)", "pcs", 1500, 50000, 7),
        ("paper-bag", "Paper Bag Kraft Sablon Logo 25x33", "pcs", 4500, 20000, 10)]),
    ("C5", "Karawang ID Card Printing", "mikro", "32.15", "", True, [
        ("id-card", "Cetak ID Card PVC 2 Sisi + Tali Lanyard", "pcs", 12000, 5000, 3),
        ("sertifikat", "Cetak Sertifikat/Piagam Art Carton 260 gsm", "lembar", 3500, 10000, 2)]),
    ("C6", "Percetakan Cahaya Kaujon", "mikro", "36.73", "", False, [
        ("banner", "Spanduk MMT Flexi Murah per meter persegi", "m2", 15000, 5000, 1)]),
    ("T1", "Bibit Unggul Pringsewu", "kecil", "18.10", "", True, [
        ("bibit-alpukat", "Bibit Alpukat Miki Okulasi 60-80 cm", "batang", 35000, 3000, 5),
        ("bibit-durian", "Bibit Durian Musang King Okulasi 80 cm", "batang", 65000, 2000, 5)]),
    ("T2", "Ikan Hias Cupang & Koi Ciseeng", "mikro", "32.01", "", True, [
        ("koi", "Ikan Koi Kohaku 15-20 cm", "ekor", 75000, 300, 3),
        ("cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 35000, 500, 2)]),
    ("T3", "Pakan Ternak Maju Natar", "kecil", "18.01", "sni", True, [
        ("pakan-ikan", "Pakan Ikan Apung Lele/Nila 30 kg (Protein 31%)", "sak", 350000, 1000, 3),
        ("dedak", "Dedak Bekatul Halus 50 kg", "sak", 150000, 500, 3)]),
    ("T4", "Kebun Anggrek Pasar Kemis", "mikro", "36.03", "", True, [
        ("anggrek", "Anggrek Dendrobium Berbunga Pot 15", "pot", 85000, 400, 3),
        ("monstera", "Monstera Janda Bolong Pot 30", "pot", 120000, 200, 3),
        ("bibit-toga", "Bibit Tanaman Obat Keluarga (TOGA) Paket 10 Polybag", "paket", 75000, 500, 7)]),
    ("T6", "Pokdakan Mina Lestari Rangkasbitung", "kecil", "36.02", "", True, [
        ("benih-lele", "Benih Ikan Lele Sangkuriang 5-7 cm", "ekor", 250, 100000, 3),
        ("benih-nila", "Benih Ikan Nila Merah 5-7 cm", "ekor", 400, 50000, 3)]),
    ("X1", "Kebersihan Sejahtera Kota Serang", "mikro", "36.73", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 1000, 2),
        ("keset-sabut", "Keset Kaki Serabut Kelapa 40x60", "pcs", 35000, 600, 3),
        ("mop-putar", "Pel Lantai Mop Putar + Ember", "set", 120000, 300, 3)]),
    ("X2", "Karpet Masjid Bekasi Jaya", "kecil", "32.16", "", True, [
        ("karpet-masjid", "Karpet Sajadah Masjid Roll Turki Tebal 1,2 x 25 m", "roll", 4500000, 30, 10)]),
    ("X3", "Alat Peraga Pendidikan Jaya", "kecil", "32.76", "", True, [
        ("torso", "Alat Peraga Torso Tubuh Manusia 85 cm", "unit", 1250000, 50, 10),
        ("globe", "Globe Bola Dunia 30 cm Kaki Besi", "unit", 250000, 200, 7)]),
    ("X4", "Tekstil Rumah Tangga Majalaya", "kecil", "32.04", "", True, [
        ("handuk", "Handuk Mandi Katun 70x140 Bordir Logo", "pcs", 55000, 2000, 7),
        ("sprei", "Sprei Katun Jepang 160x200 Set", "set", 175000, 500, 7)]),
    ("X5", "Cobek Batu Kali Cimanuk", "mikro", "36.01", "", True, [
        ("cobek", "Cobek Batu Kali Asli Diameter 20 cm + Ulekan", "pcs", 55000, 300, 5),
        ("talenan", "Talenan Kayu Asem Bulat", "pcs", 45000, 300, 5)]),
]

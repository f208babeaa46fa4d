"""Hand-written suppliers and products of relevance-blind85 (fictional). Kinds are the labeller's tags; they never reach the CSVs.

SUPPLIERS: (key, name, scale, region, certificates, active, [(kind, product name, unit, price, capacity/month, lead days)])
The key's first letter is the category.
"""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Kinds that must be made in the delivery month (capacity_per_month >= quantity) and come from nearby.
PERISHABLE = {"nasi-kotak", "nasi-kotak-ikan", "snack-box", "prasmanan", "tumpeng", "nasi-kebuli", "coffee-break",
              "jamu-kunyit-asam", "jamu-beras-kencur"}

SUPPLIERS = [
    # ---------------- fesyen ----------------
    ("F01", "Sanggar Batik Tulis Kuta Banten", "mikro", "36.04", "batikmark", True, [
        ("batik-tulis-kain", "Kain Batik Tulis Motif Sabakingking 2 m", "lembar", 850000, 20, 21),
        ("batik-tulis-kemeja", "Kemeja Batik Tulis Pria Lengan Panjang Motif Datulaya", "pcs", 650000, 25, 21),
    ]),
    ("F02", "Batik Cap Mandalawangi", "kecil", "36.01", "batikmark", True, [
        ("batik-cap-kain", "Kain Batik Cap Motif Badak Ujung Kulon 2 m", "lembar", 175000, 300, 10),
        ("batik-cap-tulis-kain", "Kain Batik Kombinasi Cap Tulis Motif Pandeglang 2 m", "lembar", 320000, 80, 14),
        ("batik-cap-kemeja", "Kemeja Batik Cap Pria Lengan Pendek Motif Kaligrafi Banten", "pcs", 185000, 250, 14),
    ]),
    ("F03", "Konveksi Seragam Cikupa Mandiri", "kecil", "36.03", "", True, [
        ("pdh-khaki", "Seragam PDH Khaki ASN Bahan American Drill (Jahit Ukur)", "stel", 285000, 600, 21),
        ("pdl", "Baju PDL Lapangan Lengan Panjang Kantong Banyak Drill Ripstop", "pcs", 230000, 400, 21),
        ("seragam-sd", "Seragam Sekolah SD Merah Putih 1 Stel (Kemeja + Celana/Rok)", "stel", 115000, 2000, 14),
    ]),
    ("F04", "Printing Batik Tigaraksa", "kecil", "36.03", "", True, [
        ("batik-printing-kemeja", "Kemeja Batik Printing Pria Motif Mega Mendung", "pcs", 95000, 3000, 7),
        ("batik-korpri", "Batik KORPRI Motif Resmi Lengan Panjang (Printing)", "pcs", 135000, 2500, 14),
    ]),
    ("F05", "Tapis Sinar Pesisir Kota Agung", "mikro", "18.06", "", True, [
        ("tapis-kain", "Kain Tapis Lampung Sulam Benang Emas (Cucuk) 1 m", "lembar", 1250000, 8, 30),
        ("tapis-selendang", "Selendang Tapis Motif Kapal", "pcs", 375000, 30, 14),
        ("tapis-printing", "Kain Motif Tapis Printing Katun per meter", "m", 45000, 1500, 5),
    ]),
    ("F06", "Tenun Kanekes Craft", "mikro", "36.02", "", True, [
        ("tenun-baduy", "Kain Tenun Baduy Motif Suat Samata 3 m", "lembar", 450000, 15, 21),
        ("iket-baduy", "Iket Kepala (Telekung) Tenun Baduy Biru", "pcs", 55000, 200, 7),
    ]),
    ("F07", "Bordir Pringsewu Jaya", "kecil", "18.10", "", True, [
        ("kerudung-bordir", "Kerudung Bordir Komputer Motif Siger", "pcs", 85000, 500, 10),
        ("emblem-bordir", "Emblem Bordir Logo Instansi (Badge) 8 cm", "pcs", 7500, 5000, 7),
    ]),
    ("F08", "Songket Cahaya Metro", "mikro", "18.72", "", True, [
        ("songket-lampung", "Kain Songket Lampung Benang Emas Motif Pucuk Rebung", "lembar", 1800000, 5, 30),
    ]),
    ("F09", "Sepatu Kulit Ciomas Bogor", "kecil", "32.01", "sni", True, [
        ("sepatu-pantofel", "Sepatu Pantofel Pria Kulit Sapi Asli Hitam", "pasang", 325000, 400, 14),
        ("sandal-hotel", "Sandal Hotel Spon Putih Bisa Sablon Logo", "pasang", 4500, 20000, 10),
        ("sepatu-pdl", "Sepatu PDL Kulit Hitam Sol Karet Tinggi", "pasang", 375000, 300, 14),
    ]),
    ("F10", "Konveksi Kaos Sablon Karawang", "kecil", "32.15", "", True, [
        ("kaos-sablon", "Kaos Oblong Cotton Combed 30s Sablon Plastisol 1 Warna", "pcs", 48000, 5000, 10),
        ("kaos-polo", "Kaos Polo Lacoste CVC Bordir Logo Dada", "pcs", 85000, 2000, 14),
        ("rompi", "Rompi Lapangan Drill Bordir Nama", "pcs", 95000, 800, 14),
    ]),
    ("F11", "PT Garmen Nusantara Balaraja", "besar", "36.03", "iso-9001", True, [
        ("pdh-khaki", "Seragam PDH Khaki ASN", "stel", 240000, 20000, 14),
        ("seragam-sd", "Seragam SD Merah Putih", "stel", 90000, 50000, 14),
    ]),
    ("F12", "Batik Tulis Saba Lebak", "mikro", "36.02", "batikmark", False, [
        ("batik-tulis-kain", "Kain Batik Tulis Lebak Motif Kahirupan Baduy 2 m", "lembar", 700000, 15, 21),
    ]),
    ("F13", "Tas Seminar Balaraja", "mikro", "36.03", "", True, [
        ("tas-seminar", "Tas Seminar Kanvas Resleting Sablon Logo", "pcs", 45000, 3000, 10),
        ("tas-ransel", "Tas Ransel Laptop Bordir Logo Instansi", "pcs", 165000, 800, 14),
    ]),
    # ---------------- kerajinan ----------------
    ("K01", "Anyaman Pandan Ibu-Ibu Carita", "mikro", "36.01", "", True, [
        ("tikar-pandan", "Tikar Pandan Anyam 150x200 Motif Warna", "lembar", 125000, 60, 14),
        ("tas-pandan", "Tas Jinjing Anyaman Pandan Lapis Kain", "pcs", 65000, 300, 10),
        ("kotak-tisu-pandan", "Kotak Tisu Anyaman Pandan", "pcs", 35000, 400, 7),
    ]),
    ("K02", "Kerajinan Bambu Cibeber", "mikro", "36.02", "", True, [
        ("besek-bambu", "Besek Bambu Tutup 20x20 cm", "pcs", 4500, 5000, 7),
        ("tudung-saji-bambu", "Tudung Saji Bambu Anyam Diameter 50", "pcs", 45000, 200, 7),
        ("kap-lampu-bambu", "Kap Lampu Hias Bambu Anyam", "pcs", 120000, 50, 14),
    ]),
    ("K03", "Koperasi Pengrajin Mendong Sukadana", "koperasi", "18.07", "", True, [
        ("tas-mendong", "Tas Belanja Anyaman Mendong Natural", "pcs", 55000, 500, 10),
        ("tikar-mendong", "Tikar Mendong Motif 120x180", "lembar", 95000, 150, 14),
    ]),
    ("K04", "Gerabah Bumijaya Anyar", "mikro", "36.04", "", True, [
        ("guci-gerabah", "Guci Gerabah Hias Terakota Tinggi 40 cm", "pcs", 150000, 100, 14),
        ("pot-gerabah", "Pot Tanah Liat (Gerabah) Diameter 30 cm", "pcs", 25000, 1000, 7),
        ("celengan-gerabah", "Celengan Gerabah Bentuk Badak Bercula Satu", "pcs", 30000, 800, 10),
    ]),
    ("K05", "Ukiran Kayu dan Miniatur Pringsewu", "kecil", "18.10", "svlk", True, [
        ("miniatur-rumah-adat", "Miniatur Rumah Adat Lampung Nuwo Sesat Kayu 30 cm", "pcs", 350000, 40, 21),
        ("plakat-kayu-ukir", "Plakat Kayu Jati Ukir Logo Timbul + Kotak", "pcs", 275000, 150, 14),
        ("miniatur-siger", "Miniatur Siger Lampung Kuningan Warna Emas 20 cm", "pcs", 185000, 200, 14),
    ]),
    ("K06", "Akrilik Souvenir Cipondoh", "kecil", "36.71", "", True, [
        ("plakat-akrilik", "Plakat Akrilik 5 mm Cetak UV + Box Beludru", "pcs", 135000, 1500, 7),
        ("gantungan-akrilik", "Gantungan Kunci Akrilik Custom 2 Sisi", "pcs", 4000, 20000, 7),
    ]),
    ("K07", "Boneka Flanel Kreasi Metro", "mikro", "18.72", "", True, [
        ("boneka-flanel", "Boneka Maskot Flanel 30 cm", "pcs", 85000, 150, 14),
    ]),
    ("K08", "Kerajinan Rotan Tenjo", "kecil", "32.01", "", True, [
        ("keranjang-parsel-rotan", "Keranjang Parsel Rotan Oval Besar", "pcs", 55000, 1000, 7),
        ("nampan-rotan", "Nampan Rotan Anyam Bulat 40 cm", "pcs", 65000, 400, 7),
    ]),
    ("K09", "PT Souvenir Indo Global", "besar", "36.71", "iso-9001", True, [
        ("plakat-akrilik", "Plakat Akrilik Premium", "pcs", 90000, 10000, 5),
        ("gantungan-akrilik", "Gantungan Kunci Akrilik", "pcs", 2500, 100000, 5),
    ]),
    ("K10", "Miniatur Menara Banten Kasemen", "mikro", "36.73", "", True, [
        ("miniatur-menara", "Miniatur Masjid Agung & Menara Banten Kayu 25 cm", "pcs", 225000, 60, 14),
        ("wayang-golek-mini", "Wayang Golek Mini Souvenir 25 cm", "pcs", 95000, 100, 14),
    ]),
    # ---------------- perhiasan ----------------
    ("P01", "Perak Kasemen", "mikro", "36.73", "", True, [
        ("bros-perak", "Bros Perak 925 Motif Menara Banten", "pcs", 275000, 100, 14),
        ("cincin-perak", "Cincin Perak 925 Polos Ukir Nama", "pcs", 350000, 60, 14),
    ]),
    ("P02", "Batu Kalimaya Sajira", "mikro", "36.02", "", True, [
        ("liontin-kalimaya", "Liontin Batu Kalimaya Asli Sajira Ikat Perak", "pcs", 650000, 30, 14),
        ("cincin-kalimaya", "Cincin Batu Kalimaya Sajira Ikat Perak", "pcs", 550000, 30, 14),
    ]),
    ("P03", "Aksesoris Manik Lampung", "kecil", "18.71", "", True, [
        ("kalung-manik", "Kalung Manik-Manik Etnik Lampung", "pcs", 45000, 500, 7),
        ("gelang-tapis", "Gelang Kain Tapis Mini", "pcs", 25000, 1000, 7),
    ]),
    ("P04", "Grosir Xuping Cikokol", "kecil", "36.71", "", True, [
        ("bros-imitasi", "Bros Hijab Imitasi Lapis Emas", "pcs", 15000, 5000, 5),
        ("cincin-imitasi", "Cincin Titanium Imitasi Anti Karat", "pcs", 20000, 5000, 5),
    ]),
    ("P05", "Pengrajin Emas Pasar Lama Tangerang", "menengah", "36.71", "", True, [
        ("cincin-emas", "Cincin Emas 24K Penghargaan 2 gram", "pcs", 3500000, 20, 14),
        ("pin-emas", "Pin Emas Kadar 22K Logo Pemda 3 gram", "pcs", 4500000, 20, 21),
    ]),
    # ---------------- furnitur ----------------
    ("U01", "Mebel Rotan Sukadana", "kecil", "18.07", "", True, [
        ("kursi-rotan-set", "Kursi Teras Rotan 1 Set (2 Kursi + Meja)", "set", 1850000, 30, 21),
        ("sofa-rotan", "Sofa Rotan Asli Natural 3 Dudukan", "pcs", 3250000, 10, 21),
    ]),
    ("U02", "Mebel Jati Pandeglang", "kecil", "36.01", "svlk", True, [
        ("meja-kursi-siswa", "Meja Siswa Kayu Mahoni Tunggal + Kursi (Mebel Sekolah)", "set", 650000, 400, 30),
        ("lemari-arsip-kayu", "Lemari Arsip Kayu Jati 2 Pintu Kaca", "pcs", 3200000, 20, 30),
    ]),
    ("U03", "Furnitur Besi Cikande", "kecil", "36.04", "", True, [
        ("kursi-lipat-besi", "Kursi Lipat Rangka Besi Jok Busa", "pcs", 185000, 500, 14),
        ("rak-besi", "Rak Besi Siku Lubang 5 Susun", "pcs", 450000, 200, 10),
        ("filing-cabinet", "Filing Cabinet Besi 4 Laci", "pcs", 1850000, 60, 14),
    ]),
    ("U04", "Mebel Sekolah Jaya Metro", "kecil", "18.72", "svlk", True, [
        ("meja-kursi-siswa", "Meja Kursi Sekolah SD Kayu Pinus Sepasang", "set", 575000, 300, 21),
        ("meja-guru", "Meja Guru 1/2 Biro Kayu Mahoni", "pcs", 1350000, 50, 21),
    ]),
    ("U05", "PT Mebel Indah Cikarang", "besar", "32.16", "iso-9001", True, [
        ("meja-kursi-siswa", "Meja Kursi Siswa", "set", 450000, 5000, 14),
        ("filing-cabinet", "Filing Cabinet 4 Laci", "pcs", 1500000, 1000, 7),
    ]),
    ("U06", "Kursi Rotan Tenjo Asri", "mikro", "32.01", "", True, [
        ("kursi-rotan-set", "Kursi Rotan Tamu Set Meja Kaca", "set", 2750000, 15, 21),
        ("ayunan-rotan", "Kursi Gantung Ayunan Rotan", "pcs", 1250000, 20, 14),
    ]),
    # ---------------- herbal ----------------
    ("H01", "Jamu Gendong Mbok Sri Pringsewu", "mikro", "18.10", "pirt", True, [
        ("jamu-kunyit-asam", "Jamu Kunyit Asam Botol 250 ml", "botol", 8000, 3000, 2),
        ("jamu-beras-kencur", "Beras Kencur Botol 250 ml", "botol", 8000, 3000, 2),
    ]),
    ("H02", "Herbal Ujung Kulon", "kecil", "36.01", "bpom;halal", True, [
        ("jahe-merah-instan", "Serbuk Jahe Merah Instan 250 gr", "pcs", 28000, 2000, 7),
        ("temulawak-instan", "Temulawak Instan Serbuk 200 gr", "pcs", 25000, 2000, 7),
    ]),
    ("H03", "Madu Hutan Kanekes", "mikro", "36.02", "pirt", True, [
        ("madu-hutan", "Madu Hutan Asli Baduy 500 gr", "botol", 120000, 300, 7),
    ]),
    ("H04", "Minyak Urut Rajabasa", "kecil", "18.01", "bpom", True, [
        ("minyak-urut", "Minyak Urut Sereh Wangi 60 ml", "botol", 22000, 3000, 7),
        ("minyak-kayu-putih", "Minyak Kayu Putih Asli 100 ml", "botol", 35000, 2000, 7),
    ]),
    ("H05", "Kelor Sehat Karawang", "kecil", "32.15", "bpom", True, [
        ("kapsul-kelor", "Kapsul Daun Kelor isi 60", "botol", 45000, 2000, 7),
        ("teh-kelor", "Teh Celup Daun Kelor isi 25", "box", 20000, 2000, 7),
    ]),
    # ---------------- kosmetik ----------------
    ("S01", "Sabun Sereh Cisoka", "mikro", "36.03", "bpom", True, [
        ("sabun-batang", "Sabun Batang Sereh Wangi Handmade 100 gr", "pcs", 15000, 3000, 7),
        ("lilin-aromaterapi", "Lilin Aromaterapi Kaleng Lavender 100 gr", "pcs", 35000, 500, 7),
    ]),
    ("S02", "Dapur Scrub Tanggamus", "mikro", "18.06", "bpom", True, [
        ("lulur-kopi", "Lulur Scrub Kopi Robusta Tanggamus 200 gr", "pot", 38000, 800, 7),
        ("sabun-cair-tangan", "Sabun Cair Cuci Tangan Sereh 500 ml", "botol", 25000, 1500, 7),
    ]),
    ("S03", "Kemiri Metro Natural", "mikro", "18.72", "bpom", True, [
        ("minyak-kemiri", "Minyak Kemiri Penumbuh Rambut 100 ml", "botol", 30000, 1000, 7),
        ("lip-balm", "Lip Balm Madu 10 gr", "pcs", 18000, 1500, 7),
    ]),
    ("S04", "Amenities Balaraja", "kecil", "36.03", "bpom", True, [
        ("sabun-hotel", "Sabun Hotel Mini 25 gr Cetak Logo", "pcs", 2000, 20000, 7),
        ("sampo-sachet", "Sampo Botol Mini Hotel 30 ml", "pcs", 3000, 20000, 7),
    ]),
    # ---------------- logam ----------------
    ("L01", "Pandai Besi Golok Ciomas Sejati", "mikro", "36.04", "", True, [
        ("golok-ciomas", "Golok Ciomas Asli Gagang Kayu Sarung Kayu Ukir", "pcs", 450000, 60, 21),
        ("golok-mini", "Golok Mini Souvenir Ciomas 20 cm + Kotak", "pcs", 150000, 200, 14),
    ]),
    ("L02", "Pandai Besi Gisting", "mikro", "18.06", "", True, [
        ("cangkul", "Cangkul Baja Tempa Gisting + Gagang", "pcs", 85000, 500, 10),
        ("arit", "Arit Sabit Rumput Baja Per", "pcs", 45000, 800, 7),
        ("parang", "Parang Kebun Lampung 40 cm", "pcs", 95000, 300, 7),
    ]),
    ("L03", "Las dan Teralis Sinar Cikarang", "kecil", "32.16", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow Motif Minimalis", "m2", 450000, 300, 14),
        ("pagar-besi", "Pagar Besi Hollow Tinggi 1,5 m", "m", 750000, 200, 14),
        ("tempat-sampah-besi", "Tempat Sampah Besi Pilah 3 Warna", "unit", 1850000, 50, 14),
    ]),
    ("L04", "Pin dan Medali Tigaraksa", "kecil", "36.03", "", True, [
        ("pin-kuningan", "Pin Logo Kuningan Enamel Custom 2,5 cm", "pcs", 12000, 10000, 14),
        ("medali", "Medali Kejuaraan Kuningan Diameter 5 cm + Tali", "pcs", 25000, 5000, 14),
    ]),
    ("L05", "Aluminium Cor Pringsewu", "mikro", "18.10", "sni", True, [
        ("dandang", "Dandang Aluminium Tebal Diameter 40 cm", "pcs", 350000, 100, 10),
        ("wajan", "Wajan Aluminium Cor Diameter 50 cm", "pcs", 175000, 200, 10),
    ]),
    # ---------------- percetakan ----------------
    ("C01", "Percetakan Mandiri Rangkasbitung", "kecil", "36.02", "", True, [
        ("map-snelhecter", "Map Snelhecter Cetak Logo Instansi", "pcs", 3500, 20000, 7),
        ("buku-yasin", "Cetak Buku Yasin Hard Cover 160 hal", "pcs", 18000, 3000, 14),
    ]),
    ("C02", "ATK dan Fotocopy Cahaya Metro", "kecil", "18.72", "", True, [
        ("kertas-a4", "Kertas HVS A4 70 gsm 1 Rim", "rim", 52000, 2000, 3),
        ("buku-tulis", "Buku Tulis 38 Lembar Sampul Cetak (Pack isi 10)", "pack", 32000, 3000, 5),
        ("amplop", "Amplop Putih Polos 110 Box isi 100", "box", 22000, 2000, 3),
    ]),
    ("C03", "Digital Printing Krakatau Cilegon", "kecil", "36.72", "", True, [
        ("spanduk", "Cetak Spanduk Flexi 280 gr per meter persegi", "m2", 18000, 10000, 2),
        ("x-banner", "X-Banner 60x160 Cetak + Rangka", "pcs", 85000, 1000, 3),
    ]),
    ("C04", "Kemasan Karton Karawang", "kecil", "32.15", "", True, [
        ("dus-nasi", "Dus Nasi Kotak 20x20 Cetak Logo Laminasi", "pcs", 2200, 50000, 10),
        ("paper-bag", "Paper Bag Kraft Sablon Logo 25x30", "pcs", 4500, 20000, 10),
    ]),
    ("C05", "Kalender dan Undangan Cetak Tangerang", "kecil", "36.71", "", True, [
        ("kalender-dinding", "Kalender Dinding 2027 Custom 6 Lembar Full Color", "pcs", 25000, 10000, 14),
        ("sertifikat", "Cetak Sertifikat Piagam Art Carton 260 gr A4 Full Color", "lembar", 3000, 20000, 5),
        ("id-card", "ID Card PVC + Tali Lanyard Printing", "pcs", 12000, 10000, 7),
    ]),
    # ---------------- pertanian ----------------
    ("T01", "Kebun Bibit Ciapus", "mikro", "32.01", "", True, [
        ("bibit-alpukat", "Bibit Alpukat Miki Okulasi 60 cm", "batang", 35000, 3000, 7),
        ("bibit-durian", "Bibit Durian Musangking Sambung 80 cm", "batang", 75000, 1500, 7),
        ("aglonema", "Aglonema Red Sumatra Pot 15", "pot", 65000, 500, 5),
        ("pucuk-merah", "Pohon Pucuk Merah 1 m (Tanaman Peneduh)", "batang", 35000, 2000, 7),
    ]),
    ("T02", "Penangkar Bibit Kopi Ulubelu", "mikro", "18.06", "", True, [
        ("bibit-kopi-robusta", "Bibit Kopi Robusta Klon Tugusari Polybag", "batang", 3500, 50000, 14),
        ("bibit-kakao", "Bibit Kakao Sambung Pucuk", "batang", 6000, 20000, 14),
    ]),
    ("T03", "Ikan Hias Metro Aquatic", "mikro", "18.72", "", True, [
        ("ikan-koi", "Ikan Koi Kohaku Lokal 10-12 cm", "ekor", 25000, 2000, 3),
        ("ikan-cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 20000, 1000, 3),
    ]),
    ("T04", "Koperasi Pembenih Ikan Pringsewu", "koperasi", "18.10", "", True, [
        ("benih-nila", "Benih Ikan Nila Merah 5-7 cm", "ekor", 350, 200000, 5),
        ("benih-lele", "Benih Lele Sangkuriang 7-9 cm", "ekor", 250, 300000, 5),
    ]),
    ("T05", "Pakan Ternak Mandiri Lampung Timur", "kecil", "18.07", "sni", True, [
        ("pakan-ayam-petelur", "Pakan Ayam Petelur Konsentrat 50 kg", "karung", 385000, 800, 5),
        ("pelet-ikan", "Pelet Ikan Apung Protein 30% 30 kg", "karung", 330000, 500, 5),
    ]),
    ("T06", "Kompos Tani Pandeglang", "mikro", "36.01", "", True, [
        ("pupuk-kompos", "Pupuk Organik Kompos Kotoran Sapi 25 kg", "karung", 30000, 5000, 5),
    ]),
    # ---------------- makanan ----------------
    ("M01", "Sate Bandeng Kasemen", "mikro", "36.73", "pirt;halal", True, [
        ("sate-bandeng", "Sate Bandeng Khas Banten Vakum", "tusuk", 35000, 1500, 3),
        ("otak-otak", "Otak-Otak Ikan Tenggiri Frozen isi 50", "pack", 65000, 500, 3),
    ]),
    ("M02", "Kemplang Labuhan Maringgai", "mikro", "18.07", "pirt", True, [
        ("kemplang-panggang", "Kemplang Ikan Tenggiri Panggang 250 gr", "pcs", 25000, 3000, 5),
        ("kerupuk-kulit-ikan", "Kerupuk Kulit Ikan Pedas 100 gr", "pcs", 15000, 2000, 5),
    ]),
    ("M03", "Emping Melinjo Cimanuk", "mikro", "36.01", "pirt", True, [
        ("emping-melinjo", "Emping Melinjo Tipis Super 1 kg", "kg", 120000, 400, 5),
    ]),
    ("M04", "Keripik Pisang Zahira Lampung", "kecil", "18.71", "pirt;halal", True, [
        ("keripik-pisang-coklat", "Keripik Pisang Cokelat Lampung 250 gr", "pcs", 27000, 5000, 5),
        ("keripik-pisang-manis", "Keripik Pisang Original Manis 500 gr", "pcs", 35000, 3000, 5),
    ]),
    ("M05", "Sambal dan Bumbu Ibu Nining", "mikro", "32.16", "pirt", True, [
        ("sambal-cumi", "Sambal Cumi Asin Botol 150 gr", "botol", 35000, 1000, 5),
        ("bumbu-rendang", "Bumbu Rendang Instan 200 gr", "pcs", 18000, 1500, 5),
    ]),
    ("M06", "Gipang Jojorong Cilegon", "mikro", "36.72", "pirt-expired", True, [
        ("gipang", "Gipang Beras Ketan Khas Cilegon 250 gr", "pcs", 15000, 2000, 5),
        ("jojorong", "Jojorong Kue Tradisional Banten Box isi 10", "box", 25000, 300, 2),
    ]),
    ("M07", "Lempok Durian Talang Padang", "mikro", "18.06", "pirt", True, [
        ("lempok-durian", "Lempok Durian Lampung 500 gr", "pcs", 60000, 600, 5),
    ]),
    ("M08", "Kue Kering Pringsewu Manis", "mikro", "18.10", "pirt;halal", True, [
        ("nastar", "Nastar Nanas Toples 500 gr", "toples", 85000, 600, 7),
        ("kastengel", "Kastengel Keju Toples 500 gr", "toples", 95000, 500, 7),
    ]),
    ("M09", "Abon Tuna Labuan", "mikro", "36.01", "pirt;halal", True, [
        ("abon-tuna", "Abon Ikan Tuna Pedas 100 gr", "pcs", 25000, 1500, 5),
    ]),
    # ---------------- minuman ----------------
    ("N01", "Kopi Sinar Gisting", "kecil", "18.06", "pirt;halal", True, [
        ("kopi-robusta-bubuk", "Kopi Bubuk Robusta Tanggamus 250 gr", "pcs", 35000, 3000, 5),
        ("kopi-robusta-biji", "Kopi Biji Roasted Robusta Fine 1 kg", "kg", 160000, 400, 5),
    ]),
    ("N02", "Kopi Luwak Liwa", "mikro", "18.04", "pirt", True, [
        ("kopi-luwak", "Kopi Luwak Liar Bubuk 100 gr", "pcs", 150000, 100, 7),
    ]),
    ("N03", "Kakao Pesawaran", "kecil", "18.09", "pirt;halal", True, [
        ("bubuk-cokelat", "Bubuk Cokelat Murni Kakao Lampung 250 gr", "pcs", 45000, 1000, 5),
        ("cokelat-instan", "Minuman Cokelat Instan Sachet isi 10", "pack", 30000, 1500, 5),
    ]),
    ("N04", "Tirta Pamarayan", "kecil", "36.04", "sni;bpom;halal", True, [
        ("amdk-gelas", "AMDK Gelas 240 ml Dus isi 48", "dus", 21000, 5000, 3),
        ("amdk-botol", "Air Mineral Botol 600 ml Dus isi 24", "dus", 42000, 3000, 3),
    ]),
    ("N05", "Sirup Pala Bogor Asli", "kecil", "32.01", "pirt", True, [
        ("sirup-pala", "Sirup Pala Bogor 630 ml", "botol", 35000, 1000, 5),
        ("sari-pala", "Sari Buah Pala Cup 180 ml Dus isi 24", "dus", 48000, 800, 5),
    ]),
    ("N06", "Wedang Jahe Tangerang", "mikro", "36.71", "pirt", True, [
        ("wedang-jahe-sachet", "Wedang Jahe Sereh Instan Sachet isi 10", "pack", 20000, 2000, 5),
    ]),
    # ---------------- jasa-boga ----------------
    ("J01", "Catering Dapur Bu Haji Kota Serang", "kecil", "36.73", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar Lengkap + Buah + Air Mineral", "porsi", 35000, 3000, 2),
        ("snack-box", "Snack Box Isi 3 Kue Tradisional + Air", "kotak", 15000, 3000, 1),
    ]),
    ("J02", "Rumah Makan Pandan Wangi Pandeglang", "mikro", "36.01", "halal", True, [
        ("nasi-kotak-ikan", "Nasi Box Sayur Asem + Ikan Bakar", "porsi", 30000, 1500, 2),
        ("prasmanan", "Prasmanan Menu Sunda per Orang", "porsi", 55000, 1000, 3),
    ]),
    ("J03", "Catering Nyai Tigaraksa", "kecil", "36.03", "", True, [
        ("nasi-kotak", "Nasi Liwet Kotak Ayam Goreng Lalapan", "porsi", 28000, 2000, 2),
        ("tumpeng", "Tumpeng Nasi Kuning 20 Porsi", "tumpeng", 650000, 40, 2),
    ]),
    ("J04", "Catering Pringsewu Berkah", "mikro", "18.10", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Rendang Sapi", "porsi", 32000, 1200, 2),
        ("snack-box", "Kue Kotak Isi 4", "kotak", 14000, 1500, 1),
    ]),
    ("J05", "Catering Metro Sehat", "kecil", "18.72", "halal", True, [
        ("nasi-kotak", "Nasi Box Ayam Goreng Kremes", "porsi", 30000, 2500, 2),
        ("prasmanan", "Paket Prasmanan Pesta per Porsi", "porsi", 45000, 2000, 3),
    ]),
    ("J06", "Dapur Karawang Rasa", "mikro", "32.15", "", True, [
        ("nasi-kotak-ikan", "Nasi Kotak Pepes Ikan Mas", "porsi", 30000, 1500, 2),
        ("coffee-break", "Coffee Break Snack 2 Kue + Kopi/Teh", "pax", 20000, 2000, 1),
    ]),
    ("J07", "Kebuli Cikarang Barokah", "mikro", "32.16", "halal", True, [
        ("nasi-kebuli", "Nasi Kebuli Ayam Box", "porsi", 38000, 800, 2),
    ]),
    # ---------------- lainnya ----------------
    ("X01", "Sapu Ijuk Cibadak", "mikro", "36.02", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 2000, 5),
        ("sapu-lidi", "Sapu Lidi Aren Bergagang", "pcs", 12000, 3000, 5),
    ]),
    ("X02", "Keset Sabut Kelapa Labuan", "mikro", "36.01", "", True, [
        ("keset-sabut", "Keset Sabut Kelapa 40x60", "pcs", 35000, 1000, 7),
    ]),
    ("X03", "Kimia Bersih Batuceper", "kecil", "36.71", "", True, [
        ("pembersih-lantai", "Cairan Pembersih Lantai Wangi Jerigen 5 liter", "jerigen", 55000, 2000, 5),
        ("kain-pel", "Kain Pel Katun + Gagang Aluminium", "set", 45000, 1000, 5),
    ]),
    ("X04", "Papan Tulis Kramatwatu", "kecil", "36.04", "", True, [
        ("whiteboard", "Papan Tulis Whiteboard 120x240 Bingkai Aluminium", "pcs", 850000, 100, 10),
    ]),
    ("X05", "APE Kayu Edukasi Metro", "mikro", "18.72", "svlk", True, [
        ("puzzle-kayu", "Puzzle Kayu Edukasi Peta Indonesia", "pcs", 65000, 300, 10),
        ("balok-kayu", "Mainan Balok Susun Kayu 50 pcs", "set", 95000, 200, 10),
    ]),
    ("X06", "Koperasi Warung Sembako Tani Makmur", "koperasi", "18.07", "", True, [
        ("paket-sembako", "Paket Sembako Beras 5 kg Minyak 1 L Gula 1 kg Mie 5", "paket", 125000, 3000, 5),
    ]),
]

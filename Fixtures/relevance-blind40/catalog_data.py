"""Hand-written suppliers and products of relevance-blind40 (fictional businesses, real Kemendagri codes).

Each product: (kind, category, name, unit, unit_price, capacity_per_month, lead_time_days). The kind is the
labeller's tag of what the product is; it never reaches the CSVs.
"""

PERISHABLE = {"nasi-box", "snack-box", "prasmanan", "coffee-break", "tumpeng-mini", "lunch-western",
              "jamu-kunyit-asam", "beras-kencur", "selada"}

SUPPLIERS = [
    ("MKA", "Kerupuk Ikan Bu Enah", "mikro", "36.04", "halal;pirt", True, [
        ("kerupuk-ikan", "makanan", "Kerupuk Ikan Tenggiri Mentah 500 gr", "bks", 32000, 800, 3),
        ("otak-otak", "makanan", "Otak-otak Bandeng Beku isi 10", "pak", 45000, 300, 2),
        ("bumbu-otak", "makanan", "Bumbu Kacang Otak-otak Botol 250 ml", "botol", 18000, 400, 2)]),
    ("MKB", "UD Sambal Mbok Darmi", "kecil", "36.74", "halal;pirt", True, [
        ("sambal-bawang", "makanan", "Sambal Bawang Pedas Botol 200 gr", "botol", 28000, 1500, 3),
        ("sambal-cumi", "makanan", "Sambal Cumi Asin 150 gr", "botol", 42000, 600, 3),
        ("bumbu-rendang", "makanan", "Bumbu Rendang Instan Sachet", "sachet", 12000, 3000, 3)]),
    ("MKC", "Keripik Pisang Lampung Jaya", "kecil", "18.72", "halal;pirt", True, [
        ("keripik-pisang-coklat", "makanan", "Keripik Pisang Coklat Lumer 250 gr", "bks", 25000, 2000, 3),
        ("keripik-pisang-asin", "makanan", "Kripik Pisang Kepok Asin 500gr", "bks", 30000, 1500, 3)]),
    ("MKD", "Dapur Kue Nyonya Lie", "mikro", "36.71", "pirt", True, [
        ("nastar", "makanan", "Nastar Nanas Toples 500 gr", "toples", 85000, 400, 5),
        ("lapis-legit", "makanan", "Lapis Legit Original Loyang 20x20", "loyang", 350000, 60, 4),
        ("dodol", "makanan", "Dodol Betawi Ketan Hitam 1 kg", "pcs", 70000, 200, 3)]),
    ("MKE", "Emping Melinjo Ibu Siti", "mikro", "36.01", "pirt-expired", True, [
        ("emping", "makanan", "Emping Melinjo Super Tipis 1 kg", "kg", 120000, 300, 4)]),
    ("MKF", "Olahan Ikan Muara Gembong", "kecil", "32.16", "halal;pirt", True, [
        ("abon-ikan", "makanan", "Abon Ikan Tuna 100 gr", "pcs", 28000, 1200, 4),
        ("bandeng-presto", "makanan", "Bandeng Presto Duri Lunak 1 ekor 400gr", "ekor", 38000, 1000, 2),
        ("kerupuk-udang", "makanan", "Kerupuk Udang Mentah 1 kg", "kg", 90000, 300, 3)]),
    ("MKG", "Toko Camilan Bekasi Official", "kecil", "32.75", "pirt", True, [
        ("basreng", "makanan", "[READY STOCK] Basreng Pedas Daun Jeruk 250gr Grosir Termurah", "bks", 15000, 5000, 2),
        ("makaroni", "makanan", "Makaroni Bantet Pedas 500gr BUY 3 GET 1", "bks", 22000, 4000, 2),
        ("makaroni", "makanan", "Makaroni Pedas rasa Basreng Daun Jeruk 250gr", "bks", 12000, 4000, 2),
        ("hampers-kue", "makanan", "PAKET HAMPERS Kue Kering Nastar + Kastengel + Putri Salju", "paket", 250000, 300, 5)]),
    ("MNA", "Koperasi Kopi Tanggamus Lestari", "koperasi", "18.06", "halal;pirt", True, [
        ("kopi-robusta-lampung", "minuman", "Kopi Bubuk Robusta Tanggamus 250 gr", "pcs", 45000, 2000, 4),
        ("kopi-biji-robusta", "minuman", "Biji Kopi Robusta Roasted 1 kg", "kg", 160000, 500, 4),
        ("cokelat-bubuk", "minuman", "Cokelat Bubuk Murni 200 gr", "pcs", 35000, 800, 4)]),
    ("MNB", "Sirup Pala Mak Ijah", "mikro", "36.02", "pirt", True, [
        ("sirup-pala", "minuman", "Sirup Pala Asli Botol 620 ml", "botol", 30000, 500, 3),
        ("manisan-pala", "makanan", "Manisan Pala Kering 250 gr", "bks", 22000, 400, 3),
        ("sirup-kopi", "minuman", "Sirup rasa Kopi Susu Gula Aren 620 ml", "botol", 35000, 400, 3)]),
    ("MNC", "CV Tirta Jaya Serpong", "kecil", "36.74", "halal;bpom;sni", True, [
        ("amdk-gelas", "minuman", "Air Mineral Gelas 220 ml dus isi 48", "dus", 22000, 5000, 2),
        ("amdk-botol", "minuman", "Air Minum Kemasan Botol 600ml isi 24", "dus", 48000, 3000, 2)]),
    ("MND", "Teh Sereh Wangi Store", "mikro", "36.03", "pirt", True, [
        ("teh-serai", "minuman", "TEH SEREH Celup Herbal 25 Sachet [FREE ONGKIR]", "box", 25000, 1500, 3),
        ("wedang-uwuh", "minuman", "Wedang Uwuh Instan Box isi 10", "box", 30000, 800, 3),
        ("jahe-instan", "minuman", "Jahe Merah Instan Bubuk 250gr Termurah", "pcs", 28000, 1500, 3)]),
    ("MNE", "PT Kopi Nusantara Raya", "besar", "31.74", "halal;bpom;iso-9001", True, [
        ("kopi-robusta-lampung", "minuman", "Kopi Robusta Lampung Bubuk Premium 250gr", "pcs", 40000, 100000, 3)]),
    ("JBA", "Catering Dapur Ummi", "kecil", "36.74", "halal", True, [
        ("nasi-box", "jasa-boga", "Nasi Box Ayam Bakar Komplit", "kotak", 35000, 3000, 2),
        ("snack-box", "jasa-boga", "Snack Box Isi 3 Kue + Air Mineral", "kotak", 15000, 4000, 1),
        ("prasmanan", "jasa-boga", "Paket Prasmanan Menu Nusantara min 100 pax", "pax", 65000, 1500, 3)]),
    ("JBB", "Katering Berkah Bekasi", "mikro", "32.75", "halal", True, [
        ("nasi-box", "jasa-boga", "Nasi Kotak Rendang Sayur Buah", "kotak", 40000, 2000, 2),
        ("tumpeng-mini", "jasa-boga", "Nasi Tumpeng Kuning Mini 1 orang", "pcs", 45000, 500, 2)]),
    ("JBC", "Rumah Makan Sunda Cikarang", "kecil", "32.16", "halal", True, [
        ("nasi-box", "jasa-boga", "[PROMO] Nasi Box Liwet Ayam Goreng Harga Instansi", "kotak", 32000, 2500, 2),
        ("snack-box", "jasa-boga", "Kue Kotak Rapat isi 4", "kotak", 17000, 3000, 1)]),
    ("JBD", "Jasa Boga Pusat Kota", "kecil", "31.71", "halal", True, [
        ("nasi-box", "jasa-boga", "Nasi Kotak Premium Menu Ayam Bakakak", "kotak", 55000, 1500, 2),
        ("coffee-break", "jasa-boga", "Paket Coffee Break 2x (pagi-sore)", "pax", 30000, 2000, 2),
        ("lunch-western", "jasa-boga", "Lunch Box Western Chicken Steak", "kotak", 60000, 500, 2)]),
    ("JBE", "Catering Mbak Rini Metro", "mikro", "18.72", "halal", True, [
        ("nasi-box", "jasa-boga", "Nasi Kotak Ayam Goreng Lalapan", "kotak", 25000, 400, 2)]),
    ("JBF", "Dapur Sehat Kota Tangerang", "mikro", "36.71", "", True, [
        ("snack-box", "jasa-boga", "Snack Box 2 Kue Basah", "kotak", 12000, 800, 1),
        ("nasi-box", "jasa-boga", "Nasi Box Ayam Teriyaki", "kotak", 30000, 800, 2)]),
    ("FSA", "Tapis Lampung Ratu", "kecil", "18.07", "", True, [
        ("kain-tapis", "fesyen", "Kain Tapis Lampung Motif Pucuk Rebung Benang Emas", "lembar", 1500000, 20, 21),
        ("selendang-tapis", "fesyen", "Selendang Tapis Sulam Usus", "lembar", 350000, 60, 14),
        ("tas-tapis", "fesyen", "Tas Tapis Jinjing Wanita", "pcs", 275000, 80, 14)]),
    ("FSB", "Konveksi Seragam Cikarang Mandiri", "kecil", "32.16", "", True, [
        ("seragam-pdh", "fesyen", "Seragam PDH Pria Kain American Drill Khaki", "pcs", 185000, 1500, 14),
        ("kemeja-batik-seragam", "fesyen", "Kemeja Batik Seragam Kantor Printing Lengan Panjang", "pcs", 125000, 2000, 14),
        ("rompi", "fesyen", "Rompi Lapangan Drill Bordir Logo", "pcs", 150000, 800, 10)]),
    ("FSC", "Batik Cap Kenanga Tangerang", "mikro", "36.71", "batikmark", True, [
        ("batik-cap", "fesyen", "Kain Batik Cap Motif Kembang Kenanga 2 m", "lembar", 225000, 150, 10),
        ("batik-tulis", "fesyen", "Batik Tulis Tangerang Motif Perahu Pewarna Alam", "lembar", 950000, 15, 30)]),
    ("FSD", "Sablon Kaos Ciputat", "mikro", "36.74", "", True, [
        ("kaos-sablon", "fesyen", "Kaos Cotton Combed 30s Sablon Logo Custom", "pcs", 65000, 2500, 10),
        ("polo", "fesyen", "Polo Shirt Lacoste Bordir Instansi", "pcs", 95000, 1200, 12),
        ("jaket-parasut", "fesyen", "Jaket Parasut Bordir Custom", "pcs", 160000, 500, 14)]),
    ("FSE", "Sepatu Kulit Ciomas Bogor", "kecil", "32.01", "sni", True, [
        ("sepatu-pantofel", "fesyen", "Sepatu Pantofel Kulit Sapi Pria", "pasang", 325000, 300, 14),
        ("sandal-hotel", "fesyen", "Sandal Hotel Spon Putih Grosir", "pasang", 3500, 20000, 7)]),
    ("FSF", "Hijab Tangsel Official", "kecil", "36.74", "", True, [
        ("jilbab", "fesyen", "Jilbab Segi Empat Voal Motif Seragam Kantor", "pcs", 45000, 3000, 7),
        ("tas-blacu", "fesyen", "Tas Belanja Kain Blacu Sablon Custom", "pcs", 12000, 3000, 7)]),
    ("FSG", "PT Garmen Sentosa Abadi", "besar", "32.16", "iso-9001", True, [
        ("seragam-pdh", "fesyen", "Seragam Dinas PDH Drill Grosir", "pcs", 150000, 20000, 14)]),
    ("KRA", "Koperasi Anyaman Pandan Cibeber", "koperasi", "36.02", "", True, [
        ("tikar-pandan", "kerajinan", "Tikar Pandan Motif 150x200", "lembar", 125000, 200, 7),
        ("tas-pandan", "kerajinan", "Tas Anyaman Pandan Souvenir Seminar", "pcs", 35000, 1500, 10),
        ("kotak-tisu-pandan", "kerajinan", "Kotak Tisu Anyaman Pandan", "pcs", 30000, 800, 7)]),
    ("KRB", "Bambu Kreasi Pringsewu", "mikro", "18.10", "", True, [
        ("tudung-saji", "kerajinan", "Tudung Saji Bambu Anyam Diameter 60", "pcs", 65000, 300, 5),
        ("keranjang-parsel", "kerajinan", "Keranjang Parsel Bambu Persegi", "pcs", 25000, 1500, 5),
        ("lampu-bambu", "kerajinan", "Lampu Hias Bambu Gantung", "pcs", 180000, 100, 10)]),
    ("KRC", "Gerabah Bumijaya Ciruas", "mikro", "36.04", "", True, [
        ("vas-gerabah", "kerajinan", "Vas Bunga Gerabah Tanah Liat Tinggi 40 cm", "pcs", 75000, 400, 7),
        ("gentong", "kerajinan", "Gentong Air Gerabah 50 L", "pcs", 250000, 60, 10),
        ("pot-tanah-liat", "kerajinan", "Pot Tanah Liat Diameter 30", "pcs", 35000, 600, 5)]),
    ("KRD", "Souvenir Akrilik Tangerang", "kecil", "36.71", "", True, [
        ("plakat-akrilik", "kerajinan", "Plakat Akrilik Cetak UV Custom + Box Beludru", "pcs", 175000, 600, 7),
        ("gantungan-akrilik", "kerajinan", "Gantungan Kunci Akrilik Custom 2 Sisi", "pcs", 5000, 10000, 7),
        ("mug", "kerajinan", "Mug Custom Foto Logo Instansi", "pcs", 25000, 3000, 5)]),
    ("KRE", "Boneka Bekasi Store", "mikro", "32.75", "sni", True, [
        ("boneka-maskot", "kerajinan", "BONEKA MASKOT CUSTOM Bahan Rasfur 30cm | Bisa Logo", "pcs", 85000, 500, 14),
        ("boneka-wisuda", "kerajinan", "Boneka Wisuda Beruang Toga", "pcs", 45000, 800, 7)]),
    ("KRF", "Ukir Jepara Cabang Bekasi", "kecil", "32.16", "svlk", True, [
        ("kaligrafi-kayu", "kerajinan", "Ukiran Kaligrafi Kayu Jati 60x120", "pcs", 1200000, 20, 30),
        ("plakat-kayu", "kerajinan", "Plakat Kayu Jati Ukir Logo", "pcs", 250000, 150, 14)]),
    ("PHA", "Perak Kotagede Jakarta Gallery", "kecil", "31.74", "", True, [
        ("cincin-perak", "perhiasan", "Cincin Perak 925 Ukir Batu Akik", "pcs", 250000, 200, 10),
        ("bros-perak", "perhiasan", "Bros Perak Filigri Motif Siger", "pcs", 185000, 300, 10),
        ("kalung-perak", "perhiasan", "Kalung Perak 925 Liontin Inisial", "pcs", 300000, 150, 10)]),
    ("PHB", "Mutiara Lampung Indah", "mikro", "18.71", "", True, [
        ("kalung-mutiara", "perhiasan", "Kalung Mutiara Air Tawar 1 Lapis", "pcs", 450000, 80, 7),
        ("anting-mutiara", "perhiasan", "Anting Mutiara Lombok Tusuk", "pasang", 150000, 150, 7)]),
    ("PHC", "Aksesoris Kota Serang Grosir", "mikro", "36.73", "", True, [
        ("bros-imitasi", "perhiasan", "BROS HIJAB Mutiara Imitasi Cantik Grosir Termurah", "pcs", 8000, 5000, 3),
        ("pin-kuningan", "perhiasan", "Pin Logo Instansi Kuningan Enamel", "pcs", 22000, 3000, 10),
        ("gelang-manik", "perhiasan", "Gelang Manik Etnik Baduy", "pcs", 15000, 2000, 5)]),
    ("FRA", "Mebel Rotan Tangerang", "kecil", "36.03", "svlk", True, [
        ("set-kursi-rotan", "furnitur", "Kursi Teras Rotan Sintetis Set 2 Kursi + 1 Meja", "set", 2250000, 30, 21),
        ("kursi-rotan", "furnitur", "Kursi Rotan Alami Sandaran Tinggi", "pcs", 850000, 50, 14)]),
    ("FRB", "Mebel Jati Karawang Abadi", "menengah", "32.15", "svlk", True, [
        ("lemari-arsip-kayu", "furnitur", "Lemari Arsip Kayu Jati 2 Pintu Kaca", "unit", 4500000, 20, 30),
        ("meja-kerja", "furnitur", "Meja Kerja Kantor 1/2 Biro Kayu Mahoni", "unit", 1850000, 40, 21),
        ("rak-buku", "furnitur", "Rak Buku Kayu 5 Susun", "unit", 950000, 60, 14)]),
    ("FRC", "Furniture Kantor Bekasi", "kecil", "32.75", "sni", True, [
        ("kursi-kantor", "furnitur", "[FREE ONGKIR JABODETABEK] Kursi Kantor Ergonomis Jaring Putar Hidrolik", "unit", 650000, 300, 7),
        ("filing-cabinet", "furnitur", "Lemari Arsip Besi 4 Laci Filing Cabinet", "unit", 2300000, 100, 7),
        ("meja-rapat-8", "furnitur", "Meja Rapat Oval 8 Orang Top HPL", "unit", 3800000, 20, 14)]),
    ("FRD", "Bengkel Kayu Pringsewu", "mikro", "18.10", "", True, [
        ("bangku-panjang", "furnitur", "Bangku Panjang Kayu Sekolah", "unit", 450000, 100, 10),
        ("meja-kursi-siswa", "furnitur", "Meja Kursi Siswa Kayu 1 Set", "set", 350000, 200, 14)]),
    ("HBA", "Jamu Gendong Mbok Sri", "mikro", "36.74", "pirt", True, [
        ("jamu-kunyit-asam", "herbal", "Jamu Kunyit Asam Botol 250 ml", "botol", 8000, 1500, 1),
        ("beras-kencur", "herbal", "Beras Kencur Botol 250ml", "botol", 8000, 1500, 1)]),
    ("HBB", "Herbal Jahe Merah Sumber Sehat", "kecil", "32.01", "bpom;halal", True, [
        ("kapsul-jahe", "herbal", "Kapsul Ekstrak Jahe Merah isi 60", "botol", 65000, 2000, 5),
        ("minyak-kayu-putih", "herbal", "Minyak Kayu Putih Aromaterapi 60 ml", "botol", 28000, 1500, 5),
        ("temulawak-instan", "herbal", "Temulawak Instan Serbuk 200 gr", "pcs", 30000, 1500, 5)]),
    ("HBC", "Koperasi Madu Hutan Ujung Kulon", "koperasi", "36.01", "pirt", True, [
        ("madu-hutan", "herbal", "Madu Hutan Asli Ujung Kulon 500 gr", "botol", 120000, 300, 5),
        ("madu-klanceng", "herbal", "Madu Klanceng Trigona 250 ml", "botol", 150000, 60, 5)]),
    ("HBD", "Herbalindo Tangerang", "mikro", "36.71", "bpom", True, [
        ("teh-kelor", "herbal", "Teh Herbal Daun Kelor Celup 20 Sachet", "box", 35000, 1000, 3),
        ("minyak-telon", "herbal", "Minyak Telon Plus Lavender 100ml", "botol", 32000, 1000, 3),
        ("kapsul-sirsak", "herbal", "Kapsul Daun Sirsak isi 60", "botol", 55000, 800, 3)]),
    ("KSA", "Sabun Sereh Wangi Lebak", "mikro", "36.02", "bpom", True, [
        ("sabun-batang-sereh", "kosmetik", "Sabun Mandi Batang Sereh Wangi 100 gr Handmade", "pcs", 15000, 3000, 5),
        ("lilin-aromaterapi", "kosmetik", "Lilin Aromaterapi Gelas Lavender 150 gr", "pcs", 45000, 500, 5),
        ("sabun-cuci-tangan", "kosmetik", "Sabun Cair Cuci Tangan Refill 5 Liter", "jerigen", 85000, 300, 5)]),
    ("KSB", "Beauty Bekasi Official", "kecil", "32.16", "bpom;halal", True, [
        ("lip-balm", "kosmetik", "[BPOM] Lip Balm Madu Natural 10gr BUY 3 GET 1", "pcs", 18000, 3000, 3),
        ("masker-bengkoang", "kosmetik", "Masker Wajah Bengkoang Bubuk 100gr", "pcs", 25000, 2000, 3),
        ("hand-sanitizer", "kosmetik", "Hand Sanitizer Gel 500 ml Food Grade", "botol", 35000, 2000, 3)]),
    ("KSC", "VCO Sumber Waras Lampung Timur", "mikro", "18.07", "pirt", True, [
        ("vco", "kosmetik", "VCO Minyak Kelapa Murni 250 ml", "botol", 45000, 400, 5),
        ("minyak-kemiri", "kosmetik", "Minyak Rambut Kemiri 100ml", "botol", 25000, 600, 5)]),
    ("LGA", "Pandai Besi Ciomas Serang", "mikro", "36.04", "", True, [
        ("golok-ciomas", "logam", "Golok Ciomas Asli Sarung Kayu", "pcs", 350000, 60, 14),
        ("arit", "logam", "Arit Rumput Baja Per", "pcs", 65000, 300, 7),
        ("cangkul", "logam", "Cangkul Baja Tempa Tanpa Gagang", "pcs", 85000, 300, 7)]),
    ("LGB", "Bengkel Las Teralis Karya Bekasi", "mikro", "32.75", "", True, [
        ("teralis-besi", "logam", "Teralis Jendela Besi Hollow Motif Minimalis per m2", "m2", 450000, 200, 10),
        ("pagar-besi", "logam", "Pagar Besi Hollow Galvanis per meter", "m", 650000, 100, 10),
        ("kanopi", "logam", "Kanopi Baja Ringan Atap Alderon per m2", "m2", 550000, 150, 10)]),
    ("LGC", "Alat Tani Pringsewu", "kecil", "18.10", "sni", True, [
        ("sprayer", "logam", "Sprayer Elektrik 16 Liter Tangki Hama Pertanian", "unit", 450000, 100, 7),
        ("parang", "logam", "Parang Kebun Baja Tempa Lampung", "pcs", 95000, 300, 7),
        ("sabit-padi", "logam", "Sabit Bergerigi Panen Padi", "pcs", 30000, 800, 5)]),
    ("LGD", "Kerajinan Kuningan Tangsel", "mikro", "36.74", "", True, [
        ("plakat-kuningan", "logam", "Plakat Kuningan Etsa Logo Instansi", "pcs", 450000, 100, 14),
        ("tempat-sampah-stainless", "logam", "Tempat Sampah Stainless Injak 20 L", "pcs", 375000, 100, 7)]),
    ("PCA", "Percetakan Cahaya Serpong", "menengah", "36.74", "", True, [
        ("buku-agenda", "percetakan", "Buku Agenda Hardcover Logo Instansi A5", "pcs", 55000, 3000, 10),
        ("kalender-dinding", "percetakan", "Kalender Dinding 6 Lembar Custom", "pcs", 25000, 5000, 10),
        ("map-snelhecter", "percetakan", "Map Folder Snelhecter Cetak Logo", "pcs", 4500, 10000, 7),
        ("set-pulpen", "percetakan", "Set Pulpen dan Pensil Kayu Souvenir Cetak Logo", "set", 20000, 3000, 7),
        ("spanduk", "percetakan", "Spanduk Banner Flexi 280 gr per m2", "m2", 25000, 3000, 2)]),
    ("PCB", "ATK Grosir Kota Tangerang", "kecil", "36.71", "", True, [
        ("hvs-a4-70", "percetakan", "KERTAS HVS A4 70 gram 1 RIM SiDU", "rim", 48000, 5000, 2),
        ("hvs-f4-75", "percetakan", "Kertas HVS F4 75gsm PaperOne 1 Rim", "rim", 58000, 3000, 2),
        ("paket-atk", "percetakan", "Paket ATK Pulpen + Buku Tulis + Map Plastik", "paket", 15000, 3000, 3),
        ("pulpen", "percetakan", "Pulpen Gel Hitam 0.5 mm isi 12", "box", 30000, 2000, 2),
        ("amplop-coklat", "percetakan", "Amplop Coklat Folio isi 100", "pak", 45000, 1000, 2)]),
    ("PCC", "Kemasan Kardus Karawang", "kecil", "32.15", "", True, [
        ("dus-nasi", "percetakan", "Dus Kemasan Nasi Box 20x20 Cetak Logo", "pcs", 1200, 50000, 7),
        ("standing-pouch", "percetakan", "Standing Pouch Kraft Window 14x22 isi 100", "pak", 65000, 2000, 5)]),
    ("PCD", "Undangan & Sertifikat Metro", "mikro", "18.72", "", True, [
        ("sertifikat", "percetakan", "Cetak Sertifikat Art Carton 260 gr A4", "lembar", 3500, 5000, 3),
        ("undangan", "percetakan", "Undangan Pernikahan Softcover", "pcs", 2500, 5000, 5)]),
    ("PTA", "Bogor Flora Bibit", "kecil", "32.01", "", True, [
        ("monstera", "pertanian", "Bibit Tanaman Hias Monstera Pot 20", "pot", 85000, 300, 5),
        ("pucuk-merah", "pertanian", "Bibit Pucuk Merah Tinggi 1 m", "pohon", 35000, 2000, 5),
        ("sansevieria", "pertanian", "Tanaman Lidah Mertua Sansevieria", "pot", 25000, 1500, 5)]),
    ("PTB", "Koi Depok Farm", "mikro", "32.76", "", True, [
        ("koi", "pertanian", "Ikan Koi Kohaku Lokal 15-20 cm", "ekor", 50000, 500, 3),
        ("cupang", "pertanian", "Ikan Cupang Halfmoon Jantan", "ekor", 25000, 1000, 3),
        ("pakan-koi", "pertanian", "Pakan Ikan Koi Apung 1 kg", "kg", 60000, 500, 3)]),
    ("PTC", "Kelompok Tani Ikan Pringsewu", "koperasi", "18.10", "", True, [
        ("benih-nila", "pertanian", "Benih Ikan Nila Merah 5-7 cm", "ekor", 400, 50000, 5),
        ("benih-lele", "pertanian", "Benih Lele Sangkuriang 7-9 cm", "ekor", 250, 80000, 5),
        ("pelet-lele", "pertanian", "Pakan Pelet Lele Apung 30 kg/sak", "sak", 350000, 200, 5)]),
    ("PTD", "Tani Makmur Karawang", "kecil", "32.15", "sni", True, [
        ("beras-karawang", "pertanian", "Beras Premium Pandan Wangi Karawang 5 kg", "karung", 75000, 3000, 3),
        ("benih-padi", "pertanian", "Benih Padi Inpari 32 5 kg Label Biru", "sak", 70000, 1000, 5),
        ("poc", "pertanian", "Pupuk Organik Cair 1 Liter", "botol", 35000, 1000, 5)]),
    ("PTE", "Kebun Hidroponik Tangsel", "mikro", "36.74", "", True, [
        ("selada", "pertanian", "Selada Hidroponik Segar 250 gr", "pak", 12000, 600, 1),
        ("bibit-cabai", "pertanian", "Bibit Cabai Rawit Polybag", "polybag", 3000, 5000, 5)]),
    ("LNA", "Sapu Ijuk Kampung Cikupa", "mikro", "36.03", "", True, [
        ("sapu-ijuk", "lainnya", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 1000, 3),
        ("sapu-lidi", "lainnya", "Sapu Lidi Kelapa Gagang", "pcs", 15000, 1000, 3),
        ("kemoceng", "lainnya", "Kemoceng Bulu Ayam 70cm", "pcs", 20000, 800, 3)]),
    ("LNB", "Kebersihan Bekasi Jaya", "kecil", "32.75", "", True, [
        ("spin-mop", "lainnya", "Alat Pel Lantai Putar Spin Mop + Ember", "set", 125000, 500, 3),
        ("keset-sabut", "lainnya", "Keset Kaki Sabut Kelapa 40x60", "pcs", 35000, 800, 3),
        ("karbol", "lainnya", "Karbol Wangi Sereh 5 Liter Jerigen", "jerigen", 60000, 500, 3),
        ("tempat-sampah-plastik", "lainnya", "Tempat Sampah Plastik Injak 20 Liter", "pcs", 95000, 400, 3)]),
    ("LNC", "Koperasi Difabel Metro", "koperasi", "18.72", "", True, [
        ("keset-perca", "lainnya", "Keset Kaki Perca Kain Bulat", "pcs", 15000, 1500, 3)]),
    ("LND", "Toko Alat Kebersihan Serpong Lama", "mikro", "36.74", "", False, [
        ("spin-mop", "lainnya", "Alat Pel Spin Mop Super", "set", 90000, 500, 2)]),
]

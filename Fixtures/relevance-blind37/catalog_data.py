"""Hand-written suppliers and products of relevance-blind37 (fictional). Kinds are the labeller's tags only."""

CATEGORY = {"M": "makanan", "D": "minuman", "B": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Made and delivered fresh: the whole quantity within one month, nearest producers first (labelling rule).
PERISHABLE = {"nasi-kotak", "snack-box", "prasmanan", "nasi-tumpeng", "coffee-break", "jamu-segar", "otak-otak-segar"}

# key, name, scale, region, certificates, active, [(kind, product name, unit, price, capacity/month, lead days)]
SUPPLIERS = [
    ("M1", "Kerupuk Ikan Bu Enok Pontang", "mikro", "36.04", "halal;pirt", True, [
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri Mentah 500 gr", "pack", 28000, 400, 3),
        ("otak-otak-beku", "Otak-otak Bandeng Frozen isi 10", "pack", 35000, 300, 2)]),
    ("M2", "UMKM Sari Emping Menes", "mikro", "36.01", "pirt", True, [
        ("emping-melinjo", "Emping Melinjo Manis 250gr", "pcs", 30000, 500, 3),
        ("emping-melinjo", "Emping Pedas Daun Jeruk 200 gr", "pcs", 27000, 300, 3)]),
    ("M3", "Dapur Bu Ros Rangkasbitung", "mikro", "36.02", "halal;pirt", True, [
        ("gula-aren", "Gula Aren Cetak Baduy 1 kg", "kg", 32000, 600, 4),
        ("sale-pisang", "Sale Pisang Goreng Rangkasbitung 250g", "pcs", 22000, 400, 3)]),
    ("M4", "CV Sambel Cobek Nusantara", "kecil", "36.71", "halal;pirt;bpom", True, [
        ("sambal-bawang", "Sambel Bawang Pedas Level 5 Botol 150ml", "botol", 25000, 1500, 3),
        ("sambal-roa", "Sambal Roa Asli 200 gr", "botol", 48000, 500, 3),
        ("bumbu-instan", "Bumbu Rendang Instan 100 gr", "pcs", 12000, 2000, 3)]),
    ("M5", "Keripik Tanggamus Jaya", "mikro", "18.06", "pirt-expired", True, [
        ("keripik-pisang", "Kripik Pisang Coklat Lampung 500 gr", "pcs", 35000, 800, 4),
        ("kemplang", "Kemplang Panggang Ikan Tenggiri 250 gr", "pcs", 20000, 600, 4)]),
    ("M6", "Rumah Kue Ibu Nining", "mikro", "36.73", "halal;pirt", True, [
        ("kue-kering", "Nastar Nanas Toples 500 gr", "toples", 85000, 300, 5),
        ("bolu", "Bolu Pandan Gulung", "pcs", 45000, 200, 2),
        ("sagon", "Kue Sagon Bakar Kelapa 250gr", "pcs", 25000, 400, 3)]),
    ("M7", "Bandeng Presto Bekasi Makmur", "kecil", "32.16", "halal", True, [
        ("bandeng-presto", "Bandeng Presto Duri Lunak isi 3 ekor", "pack", 60000, 700, 3)]),
    ("M8", "Keripik Singkong Mak Iyah", "mikro", "36.02", "pirt", False, [
        ("keripik-singkong", "Keripik Singkong Balado 250 gr", "pcs", 15000, 800, 3)]),
    ("D1", "Kopi Gunung Karang Pandeglang", "mikro", "36.01", "pirt;halal", True, [
        ("kopi-bubuk-pandeglang", "Kopi Bubuk Robusta Gunung Karang 250 gr", "pcs", 38000, 500, 4),
        ("kopi-biji", "Biji Kopi Robusta Roasted 1 kg", "kg", 140000, 150, 5)]),
    ("D2", "Koperasi Kopi Tanggamus Sejahtera", "koperasi", "18.06", "pirt;halal", True, [
        ("kopi-bubuk-lampung", "Kopi Lampung Robusta Bubuk Premium 200gr", "pcs", 30000, 2000, 5)]),
    ("D3", "Sirup Pala Cilegon", "mikro", "36.72", "pirt;halal", True, [
        ("sirup-pala", "Sirup Pala Asli 600 ml", "botol", 35000, 400, 3),
        ("jahe-instan", "Jahe Merah Instan Bubuk 250 gr", "pcs", 30000, 500, 3)]),
    ("D4", "Rumah Cokelat Pesawaran", "kecil", "18.09", "bpom;halal", True, [
        ("cokelat-bubuk", "Cokelat Bubuk Minuman 500 gr", "pcs", 55000, 600, 5)]),
    ("D5", "CV Tirta Kanekes", "menengah", "36.02", "sni;halal;bpom", True, [
        ("amdk-gelas", "Air Mineral Gelas 220 ml isi 48", "dus", 24000, 3000, 2),
        ("amdk-botol", "Air Minum Botol 600ml isi 24", "dus", 45000, 2000, 2)]),
    ("B1", "Catering Dapur Teh Iis", "mikro", "36.73", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar + Lalapan", "box", 30000, 1500, 2),
        ("snack-box", "Snack Box isi 3 Kue Basah", "box", 12000, 2000, 1)]),
    ("B2", "RM Sate Bandeng Hj. Ati", "kecil", "36.04", "halal", True, [
        ("nasi-kotak", "Paket Nasi Box Sate Bandeng", "box", 40000, 800, 2),
        ("prasmanan", "Prasmanan Menu Sunda per pax", "pax", 55000, 1000, 3)]),
    ("B3", "Catering Barokah Pandeglang", "mikro", "36.01", "halal", True, [
        ("nasi-kotak", "Nasi Box Rames Lauk Ayam", "box", 25000, 600, 2),
        ("nasi-tumpeng", "Nasi Liwet Tumpeng Mini", "pcs", 35000, 300, 2)]),
    ("B4", "Katering Berkah Cilegon", "kecil", "36.72", "halal", True, [
        ("nasi-kotak", "NASI KOTAK PREMIUM Rendang/Ayam Goreng", "box", 45000, 2000, 2),
        ("snack-box", "Kue Kotak Rapat (3 item + air mineral)", "box", 15000, 2500, 1)]),
    ("B5", "Dapur Mamah Lebak", "mikro", "36.02", "", True, [
        ("snack-box", "Snack Box Tradisional", "box", 10000, 400, 1),
        ("nasi-kotak", "Nasi Bungkus Rames", "bungkus", 18000, 500, 1)]),
    ("B6", "Catering Sehati Tangerang", "kecil", "36.71", "halal", True, [
        ("nasi-kotak", "Lunch Box Menu Nusantara", "box", 38000, 3000, 2),
        ("coffee-break", "Coffee Break Paket (2 Snack + Teh/Kopi)", "pax", 20000, 3000, 1)]),
    ("B7", "Catering Ibu Sum Pringsewu", "mikro", "18.10", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Goreng Kremes", "box", 28000, 500, 2)]),
    ("F1", "Batik Krakatau Cilegon", "kecil", "36.72", "batikmark", True, [
        ("batik-tulis", "Kain Batik Tulis Motif Krakatau 2 m", "lembar", 650000, 30, 21),
        ("batik-cap", "Batik Cap Motif Debus Katun 2 m", "lembar", 175000, 200, 7),
        ("kemeja-batik", "Kemeja Batik Cap Lengan Panjang Pria", "pcs", 185000, 300, 10)]),
    ("F2", "Konveksi Seragam Cikupa", "kecil", "36.03", "", True, [
        ("seragam-pdh", "Seragam PDH Khaki Setelan", "stel", 285000, 500, 14),
        ("kaos-polo", "Kaos Polo Bordir Logo Instansi", "pcs", 75000, 1500, 10),
        ("rompi", "Rompi Lapangan Bordir", "pcs", 120000, 400, 10)]),
    ("F3", "Tenun Baduy Kanekes", "mikro", "36.02", "", True, [
        ("tenun-baduy", "Kain Tenun Baduy Luar (Aros) 2 m", "lembar", 350000, 40, 14),
        ("iket-kepala", "Lomar / Iket Kepala Batik Baduy", "pcs", 45000, 300, 5)]),
    ("F4", "Tapis Ratu Pringsewu", "mikro", "18.10", "", True, [
        ("tapis", "Kain Tapis Lampung Benang Emas", "lembar", 1250000, 10, 30),
        ("tas-tapis", "Tas Tangan Motif Tapis", "pcs", 150000, 80, 10)]),
    ("F5", "Distro Sablon Serang", "mikro", "36.73", "", True, [
        ("kaos-sablon", "Kaos Sablon Custom Cotton Combed 30s", "pcs", 55000, 2000, 7),
        ("tote-bag", "Totebag Kanvas Sablon Logo", "pcs", 28000, 2000, 7)]),
    ("F6", "Sepatu Kulit Ciomas Bogor", "kecil", "32.01", "", True, [
        ("pantofel", "Sepatu Pantofel Kulit Pria", "pasang", 350000, 200, 14),
        ("sandal-hotel", "Sandal Hotel Spon Putih", "pasang", 6000, 5000, 5)]),
    ("F7", "PT Garmen Balaraja Raya", "besar", "36.03", "iso-9001", True, [
        ("seragam-pdh", "Seragam PDH Dinas Setelan", "stel", 200000, 10000, 10)]),
    ("F8", "Konveksi Mukena Lampung Timur", "mikro", "18.07", "", True, [
        ("mukena", "Mukena Katun Jepang Bordir", "pcs", 150000, 300, 10)]),
    ("K1", "Anyaman Pandan Carita", "mikro", "36.01", "", True, [
        ("tikar-pandan", "Tikar Pandan Anyam 2x3 m", "lembar", 175000, 60, 10),
        ("tas-pandan", "Tas Anyaman Pandan Seminar", "pcs", 45000, 400, 7)]),
    ("K2", "Koperasi Bambu Lebak Sejahtera", "koperasi", "36.02", "", True, [
        ("besek", "Besek Bambu 20x20 cm", "pcs", 4000, 5000, 5),
        ("kotak-tisu-bambu", "Kotak Tisu Anyaman Bambu", "pcs", 35000, 300, 7)]),
    ("K3", "Gerabah Bumijaya", "mikro", "36.04", "", True, [
        ("vas-gerabah", "Vas Bunga Gerabah Tanah Liat 30 cm", "pcs", 55000, 200, 10),
        ("celengan-gerabah", "Celengan Gerabah Karakter", "pcs", 15000, 500, 7),
        ("pot-gerabah", "Pot Tanah Liat Diameter 25", "pcs", 20000, 600, 7)]),
    ("K4", "Souvenir Banten Lama", "mikro", "36.73", "", True, [
        ("miniatur-menara", "Miniatur Masjid Agung Banten Resin", "pcs", 85000, 150, 14),
        ("gantungan-akrilik", "Gantungan Kunci Akrilik Custom Logo", "pcs", 5000, 5000, 7)]),
    ("K5", "Souvenir Kita Tangerang", "kecil", "36.71", "", True, [
        ("mug", "Mug Keramik Custom Print Logo", "pcs", 25000, 2000, 7),
        ("plakat-akrilik", "Plakat Akrilik Grafir + Box", "pcs", 175000, 300, 7)]),
    ("K6", "Boneka Flanel Karawang", "mikro", "32.15", "", True, [
        ("boneka", "Boneka Maskot Flanel Custom 30 cm", "pcs", 65000, 300, 14)]),
    ("P1", "Galeri Perak Ciledug", "mikro", "36.71", "", True, [
        ("bros-perak", "Bros Perak 925 Motif Siger", "pcs", 250000, 60, 14),
        ("cincin-perak", "Cincin Perak Ukir Pria", "pcs", 175000, 80, 14)]),
    ("P2", "Kerajinan Mutiara Lampung", "mikro", "18.71", "", True, [
        ("kalung-mutiara", "Kalung Mutiara Air Tawar Lampung", "pcs", 225000, 50, 10),
        ("bros-imitasi", "Bros Jilbab Mutiara Imitasi", "pcs", 15000, 1000, 5)]),
    ("P3", "Pin & Emblem Serang", "kecil", "36.73", "", True, [
        ("pin-logo", "Pin Logo Instansi Kuningan Enamel", "pcs", 18000, 3000, 10)]),
    ("P4", "Aksesoris Manik Baduy", "mikro", "36.02", "", True, [
        ("gelang-manik", "Gelang Manik-manik Baduy", "pcs", 10000, 1500, 5)]),
    ("U1", "Rotan Jaya Cikande", "kecil", "36.04", "svlk", True, [
        ("kursi-rotan", "Kursi Teras Rotan Sintetis Set 2+1 Meja", "set", 1850000, 20, 21)]),
    ("U2", "Mebel Sekolah Sinar Lebak", "kecil", "36.02", "svlk", True, [
        ("meja-kursi-siswa", "Meja Kursi Siswa SD Set Kayu Mahoni", "set", 650000, 300, 21),
        ("papan-tulis", "Papan Tulis Whiteboard 120x240", "pcs", 850000, 50, 10),
        ("lemari-kelas", "Lemari Kelas Kayu 2 Pintu", "pcs", 1450000, 40, 21)]),
    ("U3", "Meubel Jati Pringsewu", "mikro", "18.10", "svlk", True, [
        ("meja-kerja", "Meja Kerja Kantor Kayu Jati 1/2 Biro", "pcs", 2250000, 15, 21)]),
    ("U4", "Furnitur Kantor Modern Tangsel", "menengah", "36.74", "iso-9001", True, [
        ("kursi-kantor", "Kursi Kerja Staff Jaring Hidrolik", "pcs", 650000, 200, 10),
        ("rak-arsip", "Rak Arsip Besi 5 Susun", "pcs", 1350000, 40, 10),
        ("filing-cabinet", "Filing Cabinet 4 Laci", "pcs", 2400000, 30, 14)]),
    ("U5", "Mebel Bambu Pandeglang", "mikro", "36.01", "", False, [
        ("rak-bambu", "Rak Buku Bambu 4 Susun", "pcs", 250000, 60, 10)]),
    ("H1", "Jamu Gendong Mbok Sri Metro", "mikro", "18.72", "pirt", True, [
        ("jamu-segar", "Jamu Kunyit Asam Botol 250 ml", "botol", 8000, 600, 1),
        ("jamu-segar", "Beras Kencur Segar 250 ml", "botol", 8000, 600, 1)]),
    ("H2", "Herbal Baduy Sehat", "kecil", "36.02", "pirt;bpom", True, [
        ("kapsul-temulawak", "Kapsul Herbal Temulawak isi 60", "botol", 45000, 800, 5),
        ("minyak-urut", "Minyak Urut Sereh 60 ml", "botol", 20000, 1000, 5)]),
    ("H3", "Koperasi Madu Ujung Kulon", "koperasi", "36.01", "pirt", True, [
        ("madu-hutan", "Madu Hutan Asli Ujung Kulon 500 gr", "botol", 95000, 300, 5)]),
    ("H4", "Rempah Wangi Sepatan", "mikro", "36.03", "bpom", True, [
        ("temulawak-instan", "Temulawak Instan Serbuk 250 gr", "pcs", 30000, 600, 4),
        ("teh-kelor", "Teh Herbal Daun Kelor 50 gr", "pcs", 25000, 500, 4)]),
    ("S1", "Sabun Herbal Sereh Serang", "mikro", "36.73", "bpom", True, [
        ("sabun-batang", "Sabun Mandi Batang Sereh Wangi 100 gr", "pcs", 15000, 1500, 5),
        ("sabun-cuci-tangan", "Sabun Cuci Tangan Cair Refill 5 Liter", "jerigen", 85000, 300, 5)]),
    ("S2", "Lilin Aromaterapi Bintaro", "mikro", "36.74", "", True, [
        ("lilin-aroma", "Lilin Aromaterapi Soy Wax 100 gr Lavender", "pcs", 45000, 400, 7),
        ("reed-diffuser", "Reed Diffuser 100 ml Pengharum Ruangan", "pcs", 55000, 300, 7)]),
    ("S3", "Kemiri Tanggamus Asri", "kecil", "18.06", "bpom", True, [
        ("minyak-kemiri", "Minyak Kemiri Penumbuh Rambut 100 ml", "botol", 30000, 800, 5),
        ("lulur", "Lulur Mandi Bengkoang 200 gr", "pcs", 25000, 600, 5)]),
    ("S4", "PT Kosmetika Cikupa", "besar", "36.03", "bpom;halal", True, [
        ("sabun-batang", "Sabun Mandi Batangan 85 gr", "pcs", 5000, 100000, 5)]),
    ("L1", "Pandai Besi Ciomas", "mikro", "36.04", "", True, [
        ("golok", "Golok Ciomas Asli Sarung Kayu", "pcs", 450000, 40, 14),
        ("arit", "Arit Rumput Baja Per", "pcs", 65000, 300, 7),
        ("cangkul", "Cangkul Baja Gagang Kayu", "pcs", 95000, 300, 7)]),
    ("L2", "Bengkel Las Mandiri Cipondoh", "mikro", "36.71", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow per m2", "m2", 450000, 100, 14),
        ("pagar-besi", "Pagar Besi Minimalis per meter", "m", 650000, 80, 14)]),
    ("L3", "Alat Tani Pringsewu", "kecil", "18.10", "sni", True, [
        ("cangkul", "Pacul Baja Lampung Cap Buaya", "pcs", 85000, 600, 7)]),
    ("L4", "Aluminium Cikarang", "kecil", "32.16", "sni", True, [
        ("panci", "Panci Aluminium 30 cm", "pcs", 95000, 500, 7),
        ("dandang", "Dandang Aluminium Nasi 40 cm", "pcs", 275000, 200, 7)]),
    ("L5", "Grafir Stainless Cilegon", "mikro", "36.72", "", True, [
        ("papan-nama-stainless", "Papan Nama Stainless Grafir 30x10", "pcs", 250000, 100, 10)]),
    ("C1", "Percetakan Mandiri Rangkasbitung", "kecil", "36.02", "", True, [
        ("map-cetak", "Map Folder Cetak Logo Instansi", "pcs", 6500, 5000, 7),
        ("amplop", "Amplop Kop Dinas Cetak 1 Warna 110x230", "pcs", 800, 20000, 7),
        ("kop-surat", "Kertas Kop Surat HVS 80gr Cetak", "rim", 145000, 300, 7)]),
    ("C2", "Digital Printing Cilegon Jaya", "mikro", "36.72", "", True, [
        ("spanduk", "Spanduk Banner Flexi 280 gr per m2", "m2", 25000, 3000, 2),
        ("x-banner", "X-Banner 60x160 + Rangka", "pcs", 85000, 500, 2)]),
    ("C3", "Toko ATK Pena Mas", "kecil", "36.73", "", True, [
        ("kertas-a4", "Kertas HVS A4 70 gram 1 Rim", "rim", 52000, 2000, 3),
        ("pulpen", "Pulpen Gel Hitam 0.5 isi 12", "lusin", 30000, 1000, 3),
        ("buku-tulis", "Buku Tulis 38 lembar isi 10", "pak", 35000, 1000, 3)]),
    ("C4", "Kemasan Dus Pasar Kemis", "kecil", "36.03", "", True, [
        ("dus-nasi", "Dus Nasi Kotak Laminasi 20x20 Cetak", "pcs", 1800, 20000, 7),
        ("paper-bag", "Paper Bag Kraft Cetak Logo 25x30", "pcs", 4500, 10000, 7)]),
    ("C5", "Cetak Buku Pringsewu", "mikro", "18.10", "", True, [
        ("buku-yasin", "Buku Yasin & Tahlil Hardcover 144 hal", "pcs", 22000, 1000, 14),
        ("kalender", "Kalender Dinding 2027 Custom 6 Lembar", "pcs", 25000, 3000, 14)]),
    ("T1", "Bibit Durian Pandeglang Tani", "mikro", "36.01", "", True, [
        ("bibit-durian", "Bibit Durian Montong Okulasi 60-80 cm", "batang", 35000, 1000, 7),
        ("bibit-kelapa", "Bibit Kelapa Genjah Entok", "batang", 30000, 800, 7)]),
    ("T2", "Ikan Hias Cipondoh", "mikro", "36.71", "", True, [
        ("ikan-koi", "Ikan Koi Lokal 10-12 cm", "ekor", 25000, 500, 3),
        ("ikan-cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 20000, 600, 3)]),
    ("T3", "Koperasi Pakan Lebak Mandiri", "koperasi", "36.02", "", True, [
        ("pakan-ayam", "Pakan Ayam Kampung Fermentasi 25 kg", "karung", 190000, 300, 5),
        ("pakan-lele", "Pelet Ikan Apung Lele 30 kg", "karung", 285000, 200, 5)]),
    ("T4", "Pembenihan Lele Lampung Timur", "mikro", "18.07", "", True, [
        ("benih-lele", "Bibit Ikan Lele Sangkuriang 5-7 cm", "ekor", 250, 50000, 3),
        ("benih-nila", "Benih Nila Merah 3-5 cm", "ekor", 300, 40000, 3)]),
    ("T5", "Tanaman Hias Ciawi Bogor", "kecil", "32.01", "", True, [
        ("tanaman-hias", "Tanaman Hias Sansevieria Pot 15", "pot", 35000, 800, 5),
        ("tanaman-hias", "Monstera Adansonii Pot Gantung", "pot", 45000, 400, 5)]),
    ("T6", "Kelompok Tani Cabai Tanggamus", "koperasi", "18.06", "", True, [
        ("bibit-cabai", "Bibit Cabai Rawit Siap Tanam (tray 50)", "tray", 25000, 1000, 5),
        ("kompos", "Pupuk Kompos Organik 20 kg", "karung", 30000, 2000, 5)]),
    ("X1", "Sapu Ijuk Cikeusal", "mikro", "36.04", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 22000, 1500, 5),
        ("sapu-lidi", "Sapu Lidi Gagang Bambu", "pcs", 12000, 2000, 5),
        ("kemoceng", "Kemoceng Bulu Ayam 60 cm", "pcs", 20000, 800, 5)]),
    ("X2", "Produk Kebersihan Karawang", "kecil", "32.15", "sni", True, [
        ("karbol", "Karbol Wangi Sereh 1 Liter", "botol", 15000, 3000, 5),
        ("alat-pel", "Alat Pel Lantai Putar + Ember (Spin Mop)", "set", 135000, 400, 5),
        ("keset-sabut", "Keset Kaki Sabut Kelapa 40x60", "pcs", 35000, 800, 5)]),
    ("X3", "Koperasi Wanita Kota Serang", "koperasi", "36.73", "halal", True, [
        ("paket-sembako", "Paket Sembako 10 kg (Beras 5kg, Minyak 2L, Gula 1kg, Mie)", "paket", 165000, 2000, 5)]),
    ("X4", "Konveksi Bendera Cilegon", "mikro", "36.72", "", True, [
        ("bendera", "Bendera Merah Putih Kain Katun 90x135", "pcs", 45000, 2000, 5),
        ("umbul-umbul", "Umbul-umbul Kain 5 m + Tali", "pcs", 60000, 800, 7)]),
]

"""Hand-written directory and products for relevance-blind36 (fictional).

SUPPLIERS: (key, name, scale, region, certifications, active, products)
product:   (kind, name, unit, unit_price, capacity_per_month, lead_time_days)
The kind is the labeller's own tag of what the product is; it never reaches the CSVs.
"""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Kinds that must be made in the delivery month, near the buyer.
PERISHABLE = {"nasibox", "snackbox", "prasmanan", "tumpeng", "jamukunyit", "jamukencur", "ikanlelekonsumsi"}

SUPPLIERS = [
    # ---------------------------------------------------------------- makanan
    ("M1", "Kerupuk Kulit Ikan Mang Oji", "mikro", "32.16", "halal;pirt", True, [
        ("kerupukikan", "Kerupuk Ikan Tenggiri Mentah 500gr Oleh2 Khas Bekasi", "pcs", 32000, 900, 4),
        ("rengginang", "Rengginang Ketan Terasi 250 gr", "pcs", 18000, 700, 4),
    ]),
    ("M2", "CV Rasa Karawang Abadi", "kecil", "32.15", "halal;pirt;sni", True, [
        ("paketsembako", "Paket Sembako Bansos isi Beras 5kg Minyak 1L Gula 1kg Mie 5 bks", "paket", 145000, 3000, 7),
        ("paketsembako", "PAKET SEMBAKO MURAH Beras Premium 10kg + Minyak 2L + Telur 1kg", "paket", 245000, 2000, 7),
        ("berasmedium", "Beras Medium Karawang karung 25kg", "karung", 310000, 1500, 3),
    ]),
    ("M3", "Dapur Otak-otak Teh Imas", "mikro", "36.04", "pirt", True, [
        ("otakotak", "Otak Otak Bandeng Frozen isi 10 | Khas Serang", "pack", 35000, 600, 3),
        ("sambal", "Sambel Bawang Roa Botol 200ml Pedas Mantap", "botol", 28000, 500, 3),
    ]),
    ("M4", "Snack Kiloan Depok Jaya", "kecil", "32.76", "halal;pirt", True, [
        ("makaroni", "Makaroni Pedas Daun Jeruk 1kg Grosir Termurah", "kg", 48000, 1200, 3),
        ("basreng", "Basreng Pedas Kering 250gr READY STOCK", "pcs", 17000, 2000, 3),
        ("keripiksingkong", "Keripik Singkong Balado Kiloan 1 kg", "kg", 52000, 1000, 3),
    ]),
    ("M5", "KUB Madu Hutan Lebak", "koperasi", "36.02", "halal", True, [
        ("gulaaren", "Gula Aren Semut Organik Baduy 500gr", "pcs", 38000, 600, 5),
        ("dodol", "Dodol Durian Lebak 400 gr", "pcs", 45000, 300, 6),
    ]),
    ("M6", "Bolu Lapis Teh Ratna", "mikro", "32.01", "pirt-expired", True, [
        ("kuekering", "Kue Kering Nastar Keju Toples 500gr Hampers Lebaran", "toples", 90000, 300, 8),
        ("bolu", "Bolu Talas Bogor Original", "box", 55000, 400, 2),
    ]),
    ("M7", "Rumah Kopi Sachet PT Besar Nusantara", "besar", "32.16", "halal;pirt;bpom", True, [
        ("biskuit", "Biskuit Kaleng Assorted 800gr", "kaleng", 65000, 50000, 3),
    ]),
    # ---------------------------------------------------------------- minuman
    ("N1", "Kopi Tanggamus Sinar Jaya", "kecil", "18.06", "halal;pirt", True, [
        ("kopibubuk", "Kopi Bubuk Robusta Tanggamus 250gr Asli Lampung", "pcs", 35000, 1500, 4),
        ("kopibiji", "Biji Kopi Robusta Roasted Beans 1kg Medium Roast", "kg", 140000, 400, 5),
    ]),
    ("N2", "Koperasi Tani Kopi Cokelat Pringsewu", "koperasi", "18.10", "halal", True, [
        ("cokelatbubuk", "Bubuk Coklat Murni Kakao Lampung 500gr", "pcs", 65000, 500, 5),
        ("kopiluwak", "Kopi Luwak Liar Premium 100gr", "pcs", 180000, 60, 7),
    ]),
    ("N3", "Wedang Jahe Nyi Iroh", "mikro", "36.01", "pirt", True, [
        ("wedangjahe", "Jahe Merah Instan Serbuk 250gr Minuman Herbal Hangat", "pcs", 27000, 800, 4),
        ("teh", "Teh Melati Tubruk Kemasan 100 gr", "pcs", 15000, 900, 4),
    ]),
    ("N4", "AMDK Tirta Karawang", "kecil", "32.15", "halal;bpom;sni", True, [
        ("amdkgelas", "Air Mineral Gelas 220ml isi 48 / dus", "dus", 21000, 8000, 3),
        ("amdkbotol", "AIR MINERAL BOTOL 600ML 1 DUS ISI 24 Harga Instansi", "dus", 48000, 5000, 3),
    ]),
    ("N5", "Sari Buah Pala Bogor", "mikro", "32.71", "halal;pirt", True, [
        ("sirup", "Sirup Pala Asli Bogor 620ml", "botol", 38000, 400, 4),
        ("sarikedelai", "Susu Kedelai Botol 250ml Segar", "botol", 7000, 1500, 1),
    ]),
    ("N6", "Teh Kemasan Depok Sehat", "kecil", "32.76", "halal;bpom", True, [
        ("tehkemasan", "Teh Manis Kemasan Gelas 180ml 1 Dus isi 24", "dus", 26000, 3000, 3),
    ]),
    # ---------------------------------------------------------------- jasa-boga
    ("J1", "Catering Barokah Cikarang", "kecil", "32.16", "halal", True, [
        ("nasibox", "Nasi Box Ayam Bakar + Lalapan + Air Mineral", "box", 32000, 2500, 2),
        ("snackbox", "Snack Box isi 3 Kue + Air Gelas", "box", 12000, 4000, 1),
        ("prasmanan", "Paket Prasmanan Pernikahan / Acara Dinas min. 100 pax", "pax", 55000, 3000, 5),
    ]),
    ("J2", "Dapur Bu Ade Karawang", "mikro", "32.15", "halal", True, [
        ("nasibox", "Nasi Kotak Rames Komplit", "kotak", 25000, 800, 2),
        ("tumpeng", "Nasi Tumpeng Kuning 20 porsi + Lauk Lengkap", "paket", 650000, 40, 3),
    ]),
    ("J3", "Kue Basah Depok Ceu Nani", "mikro", "32.76", "halal;pirt", True, [
        ("snackbox", "Kue Kotak / Snack Box Rapat isi 4 macam", "kotak", 15000, 2500, 1),
    ]),
    ("J4", "Katering Sehat Cibinong", "kecil", "32.01", "halal", True, [
        ("nasibox", "Nasi Box Premium Rendang Daging Sapi", "box", 45000, 1500, 2),
        ("pmt", "Paket PMT Balita Bubur Kacang Hijau + Telur Rebus", "paket", 10000, 2000, 1),
    ]),
    ("J5", "Rumah Makan Saung Serang", "kecil", "36.73", "halal", True, [
        ("nasibox", "Nasi Box Sate Bandeng Khas Banten", "box", 38000, 600, 2),
        ("snackbox", "Snack Box Kue Basah Tradisional", "box", 13000, 1500, 1),
    ]),
    ("J6", "Catering Metro Berkah", "mikro", "18.72", "halal", True, [
        ("nasibox", "Nasi Kotak Ayam Goreng Lampung", "kotak", 24000, 400, 2),
    ]),
    # ---------------------------------------------------------------- fesyen
    ("F1", "Konveksi Seragam Bekasi Mandiri", "menengah", "32.75", "", True, [
        ("pdh", "Kemeja PDH Lengan Panjang Bahan American Drill Bordir Logo Instansi", "pcs", 185000, 1500, 21),
        ("kaos", "Kaos Polos Cotton Combed 30s Sablon Logo Grosir", "pcs", 55000, 5000, 10),
        ("rompi", "Rompi Lapangan Petugas Bahan Drill Banyak Saku", "pcs", 125000, 800, 14),
    ]),
    ("F2", "Batik Tulis Bogor Tradisiku", "mikro", "32.01", "batikmark", True, [
        ("batiktulis", "Kain Batik Tulis Motif Kujang Bogor 2m", "lembar", 650000, 40, 21),
        ("batikcap", "Kain Batik Cap Motif Hujan Gerimis 2 meter", "lembar", 180000, 300, 10),
    ]),
    ("F3", "Tapis Lampung Ratu Pringsewu", "mikro", "18.10", "", True, [
        ("tapis", "Kain Tapis Lampung Sulam Benang Emas Selendang", "lembar", 850000, 20, 30),
        ("tapis", "Sarung Tapis Motif Pucuk Rebung", "lembar", 1200000, 10, 45),
    ]),
    ("F4", "Sandal Jepit Ciomas Kencana", "kecil", "36.04", "sni", True, [
        ("sandaljepit", "Sandal Jepit Karet Dewasa Grosir Kodian", "kodi", 95000, 800, 5),
        ("sandalhotel", "Sandal Hotel Putih Tertutup Custom Logo", "pasang", 4500, 10000, 10),
    ]),
    ("F5", "Mukena Sajadah Tangerang Barokah", "kecil", "36.71", "", True, [
        ("mukena", "Mukena Dewasa Katun Rayon Bordir Jumbo", "pcs", 125000, 600, 7),
        ("sarung", "Sarung Tenun Goyor Motif Kotak Dewasa", "pcs", 95000, 500, 7),
        ("sajadah", "Sajadah Busa Tebal Motif Turki 70x120", "pcs", 55000, 800, 5),
    ]),
    ("F6", "Tas Spunbond Bekasi Printing", "mikro", "32.16", "", True, [
        ("totebag", "Goodie Bag Spunbond 40x35 Sablon 1 Warna min 100 pcs", "pcs", 4500, 20000, 7),
        ("totebag", "Tote Bag Kanvas Resleting Custom Sablon", "pcs", 28000, 3000, 10),
    ]),
    ("F7", "Garment Jakarta Raya Tbk", "besar", "31.75", "sni;iso-9001", True, [
        ("pdh", "Seragam PDH Dinas Pria Wanita Bahan Drill", "pcs", 150000, 30000, 14),
    ]),
    ("F8", "Konveksi Baju Bayi Bu Lina", "mikro", "32.76", "", True, [
        ("bajubayi", "Setelan Baju Bayi Newborn Katun isi 3 pcs", "set", 65000, 700, 7),
        ("bedongbayi", "Bedong Bayi Flanel Motif Lucu 1 lusin", "lusin", 110000, 400, 7),
    ]),
    # ---------------------------------------------------------------- kerajinan
    ("K1", "Anyaman Pandan Ibu-ibu Pandeglang", "koperasi", "36.01", "", True, [
        ("tikarpandan", "Tikar Pandan Anyaman Tangan 150x200", "lembar", 125000, 200, 10),
        ("tasanyaman", "Tas Anyaman Pandan Wanita Motif Etnik", "pcs", 85000, 300, 7),
    ]),
    ("K2", "Kerajinan Bambu Jasinga", "mikro", "32.01", "", True, [
        ("besekbambu", "Besek Bambu Ukuran 20x20 isi 50 pcs Tempat Nasi Berkat", "pak", 95000, 600, 5),
        ("kapbambu", "Kap Lampu Hias Bambu Anyam", "pcs", 120000, 100, 10),
        ("tampah", "Tampah Nyiru Bambu Diameter 60cm", "pcs", 35000, 500, 5),
    ]),
    ("K3", "Gerabah Plered Karawang Art", "kecil", "32.15", "", True, [
        ("potgerabah", "Pot Bunga Gerabah Tanah Liat Diameter 30cm", "pcs", 45000, 800, 7),
        ("kendi", "Kendi Gerabah Air Minum Tradisional", "pcs", 40000, 400, 7),
    ]),
    ("K4", "Souvenir Akrilik Tangerang Kreasi", "mikro", "36.71", "", True, [
        ("plakatakrilik", "Plakat Akrilik Penghargaan Custom 20x15cm + Box Beludru", "pcs", 175000, 300, 7),
        ("gantunganakrilik", "Gantungan Kunci Akrilik Custom Logo 2 Sisi", "pcs", 6500, 8000, 7),
    ]),
    ("K5", "Rotan Lampung Timur Lestari", "mikro", "18.07", "svlk", True, [
        ("keranjangrotan", "Keranjang Parsel Rotan Sintetis Oval Besar", "pcs", 65000, 500, 7),
        ("keranjangrotan", "Keranjang Hampers Rotan Asli Bulat Tutup", "pcs", 85000, 300, 7),
    ]),
    ("K6", "Kriya Kayu Jepara Ukir", "kecil", "33.20", "svlk", True, [
        ("plakatkayu", "Plakat Kayu Jati Ukir Logo Instansi 25x30", "pcs", 350000, 100, 14),
        ("miniaturkayu", "Miniatur Perahu Pinisi Kayu 40cm Pajangan", "pcs", 275000, 60, 14),
    ]),
    # ---------------------------------------------------------------- perhiasan
    ("P1", "Perak Bakar Depok Silver", "mikro", "32.76", "", True, [
        ("cincinperak", "Cincin Perak 925 Ukir Motif Batik", "pcs", 185000, 150, 10),
        ("brosperak", "Bros Perak Sterling Bunga Melati Lapis Emas", "pcs", 250000, 80, 14),
    ]),
    ("P2", "Mutiara Lombok Sentosa", "kecil", "52.71", "", True, [
        ("kalungmutiara", "Kalung Mutiara Air Tawar Asli Lombok 45cm", "pcs", 275000, 200, 7),
        ("antingmutiara", "Anting Mutiara Laut Jepit Emas Muda", "pasang", 450000, 60, 10),
    ]),
    ("P3", "Bros Hijab Cantik Bekasi", "mikro", "32.16", "", True, [
        ("brosimitasi", "Bros Hijab Mutiara Imitasi Grosir 1 lusin", "lusin", 60000, 1000, 4),
        ("gelangmanik", "Gelang Manik Kayu Etnik Unisex", "pcs", 15000, 1500, 4),
    ]),
    ("P4", "Emas Putih Serang Jewelry", "kecil", "36.73", "", False, [
        ("cincinemas", "Cincin Emas Kuning 24K 2 gram", "pcs", 2900000, 20, 7),
    ]),
    # ---------------------------------------------------------------- furnitur
    ("U1", "Mebel Rotan Cirebon Kencana", "kecil", "32.16", "svlk", True, [
        ("kursirotanset", "Kursi Teras Rotan Set Meja 2 Kursi", "set", 1850000, 30, 21),
        ("kursirotansingle", "Kursi Rotan Santai Single Sofa", "pcs", 950000, 40, 21),
    ]),
    ("U2", "Furniture Kayu Bogor Jaya", "menengah", "32.01", "svlk;sni", True, [
        ("lemariarsip", "Lemari Arsip Kayu Jati Belanda 2 Pintu Kaca", "unit", 2750000, 25, 30),
        ("mejakerja", "Meja Kerja Kantor Kayu Minimalis 120x60 + Laci", "unit", 1350000, 40, 21),
        ("rakbuku", "Rak Buku Kayu 5 Susun Perpustakaan", "unit", 950000, 40, 21),
    ]),
    ("U3", "Bengkel Mebel Sekolah Lebak", "mikro", "36.02", "", True, [
        ("mejasiswa", "Meja Kursi Siswa SD Set Kayu Mahoni", "set", 650000, 120, 30),
        ("papantulis", "Papan Tulis Whiteboard Kayu 120x240", "unit", 850000, 50, 14),
    ]),
    ("U4", "Kasur Busa Karawang Nyaman", "kecil", "32.15", "sni", True, [
        ("kasurbusa", "Kasur Busa Inoac 90x200 tebal 15cm", "pcs", 850000, 200, 7),
        ("kasurlipat", "Kasur Lipat Busa Tipis 3 Lipat Portable", "pcs", 275000, 400, 5),
    ]),
    # ---------------------------------------------------------------- herbal
    ("H1", "Jamu Gendong Mbok Sri Metro", "mikro", "18.72", "pirt", True, [
        ("jamukunyit", "Jamu Kunyit Asam Segar Botol 250ml", "botol", 6000, 1500, 1),
        ("jamukencur", "Jamu Beras Kencur Segar 250 ml", "botol", 6000, 1200, 1),
    ]),
    ("H2", "Herbal Nusantara Bogor Farma", "kecil", "32.01", "halal;bpom", True, [
        ("kapsulmeniran", "Kapsul Ekstrak Meniran Daya Tahan Tubuh isi 60", "botol", 65000, 1200, 10),
        ("minyakkayuputih", "Minyak Kayu Putih Asli 60ml", "botol", 32000, 2500, 7),
        ("tehherbal", "Teh Celup Daun Kelor Herbal isi 25", "box", 30000, 1000, 7),
    ]),
    ("H3", "Madu Odeng Pandeglang", "mikro", "36.01", "halal;pirt", True, [
        ("madu", "Madu Hutan Murni Baduy 500gr", "botol", 120000, 300, 4),
        ("madu", "MADU ODENG ASLI Pandeglang 250ml", "botol", 95000, 200, 4),
    ]),
    ("H4", "Rempah Empon Karawang", "koperasi", "32.15", "pirt", True, [
        ("empon", "Empon-empon Serbuk Instan Jahe Kunyit Temulawak 300gr", "pcs", 30000, 1500, 4),
    ]),
    # ---------------------------------------------------------------- kosmetik
    ("S1", "Sabun Herbal Sereh Depok", "mikro", "32.76", "bpom", True, [
        ("sabunbatang", "Sabun Mandi Batang Sereh Wangi Handmade 100gr", "pcs", 15000, 3000, 5),
        ("lilinaroma", "Lilin Aromaterapi Soy Wax Lavender Gelas 100ml", "pcs", 45000, 400, 7),
    ]),
    ("S2", "PT Kosmetik Cikarang Industri", "besar", "32.16", "bpom;halal;iso-9001", True, [
        ("sabuncairjerigen", "Sabun Cuci Tangan Cair Refill 5 Liter", "jerigen", 95000, 20000, 3),
    ]),
    ("S3", "Home Industri Sabun Cair Karawang", "kecil", "32.15", "bpom;halal", True, [
        ("sabuncairbotol", "Hand Soap Sabun Cuci Tangan Antiseptik 500ml Pump", "botol", 22000, 4000, 4),
        ("sabuncairjerigen", "Sabun Cuci Tangan Cair Jerigen 5L Grosir", "jerigen", 85000, 1500, 4),
    ]),
    ("S4", "Minyak Bayi Herbal Bogor", "mikro", "32.71", "bpom", True, [
        ("minyaktelon", "Minyak Telon Bayi Plus Lavender 100ml", "botol", 28000, 1000, 5),
        ("bedakbayi", "Bedak Bayi Herbal Beras 100gr", "pcs", 18000, 1000, 5),
    ]),
    ("S5", "Lulur Lampung Putri", "mikro", "18.71", "", True, [
        ("lulur", "Lulur Mandi Kopi Lampung 200gr", "pcs", 35000, 600, 5),
    ]),
    # ---------------------------------------------------------------- logam
    ("L1", "Pandai Besi Cibatu Ciomas", "mikro", "36.04", "", True, [
        ("golok", "Golok Ciomas Asli Banten Sarung Kayu", "pcs", 450000, 50, 14),
        ("cangkul", "Cangkul Baja Tempa Gagang Kayu", "pcs", 120000, 300, 7),
        ("arit", "Arit / Sabit Rumput Baja Per", "pcs", 65000, 400, 7),
    ]),
    ("L2", "Bengkel Las Teralis Bekasi Utama", "kecil", "32.75", "sni", True, [
        ("teralisbesi", "Teralis Jendela Besi Hollow Minimalis per m2", "m2", 450000, 150, 14),
        ("pagarbesi", "Pagar Besi Hollow Galvanis per meter lari", "meter", 650000, 200, 14),
        ("rakbesi", "Rak Besi Siku Lubang 4 Susun 200x40", "unit", 450000, 150, 7),
    ]),
    ("L3", "Alat Dapur Aluminium Tangerang", "kecil", "36.03", "sni", True, [
        ("pancialum", "Panci Aluminium Set 5 pcs Tebal", "set", 175000, 500, 5),
        ("dandang", "Dandang Aluminium 40cm Kukusan Nasi", "pcs", 235000, 300, 5),
        ("alatmakan", "Rantang Stainless 3 Susun Tempat Makan", "pcs", 85000, 600, 5),
    ]),
    ("L4", "Koperasi Pandai Besi Tanggamus", "koperasi", "18.06", "", True, [
        ("parang", "Parang Kebun Lampung Baja Per 40cm", "pcs", 110000, 300, 7),
        ("cangkul", "CANGKUL PACUL BAJA TEMPA Grosir Petani", "pcs", 105000, 500, 7),
    ]),
    # ---------------------------------------------------------------- percetakan
    ("C1", "Percetakan Digital Cikarang Print", "kecil", "32.16", "", True, [
        ("spanduk", "Cetak Spanduk Banner Flexi 280gr per meter", "m2", 25000, 5000, 2),
        ("brosur", "Cetak Brosur Art Paper 150gr A4 Full Color min 500", "lembar", 1200, 50000, 3),
        ("stiker", "Stiker Label Kemasan Vinyl Custom A3+", "lembar", 15000, 5000, 3),
    ]),
    ("C2", "Toko ATK Depok Grosir", "kecil", "32.76", "", True, [
        ("hvsa4", "Kertas HVS A4 70gr 1 Rim", "rim", 52000, 5000, 2),
        ("hvsf4", "KERTAS HVS F4 80 GSM 1 RIM Termurah", "rim", 62000, 3000, 2),
        ("mapfolder", "Map Snelhecter Plastik Folio isi 12", "pak", 25000, 3000, 2),
    ]),
    ("C3", "Undangan & Buku Yasin Karawang", "mikro", "32.15", "", True, [
        ("bukuyasin", "Buku Yasin dan Tahlil Hardcover 176 hal Custom Nama", "pcs", 22000, 3000, 10),
        ("undangan", "Cetak Undangan Pernikahan Softcover + Plastik", "pcs", 3500, 10000, 7),
    ]),
    ("C4", "Kemasan Dus Box Serang Pack", "mikro", "36.73", "", True, [
        ("dusnasi", "Dus Nasi Kotak Duplex 20x20 Cetak Logo", "pcs", 1500, 30000, 5),
        ("standingpouch", "Standing Pouch Kraft Zipper Window 14x22", "pcs", 1200, 20000, 5),
    ]),
    ("C5", "Percetakan Buku KIA Bogor", "menengah", "32.01", "iso-9001", True, [
        ("bukukia", "Buku KIA Kesehatan Ibu dan Anak Cetak Full Color", "pcs", 18000, 20000, 14),
        ("kartu", "Cetak Kartu Nama / ID Card PVC 2 Sisi", "pcs", 3500, 10000, 3),
    ]),
    # ---------------------------------------------------------------- pertanian
    ("T1", "Bibit Tanaman Hias Parung Flora", "mikro", "32.01", "", True, [
        ("tanamanhias", "Tanaman Hias Monstera Adansonii Pot 20cm", "pot", 45000, 500, 3),
        ("bibitpohon", "Bibit Pohon Trembesi Tinggi 1 meter Polybag", "batang", 15000, 3000, 5),
        ("bibitbuah", "Bibit Durian Musang King Okulasi 60cm", "batang", 65000, 800, 5),
    ]),
    ("T2", "Ikan Hias Depok Aquatic", "mikro", "32.76", "", True, [
        ("cupang", "Ikan Cupang Halfmoon Jantan Super", "ekor", 35000, 800, 2),
        ("koki", "Ikan Koki Oranda Ukuran 5cm", "ekor", 15000, 1000, 2),
    ]),
    ("T3", "Pembenihan Lele Sangkuriang Karawang", "kecil", "32.15", "", True, [
        ("benihlele", "Bibit Ikan Lele Sangkuriang 5-7 cm", "ekor", 250, 200000, 3),
        ("ikanlelekonsumsi", "Ikan Lele Konsumsi Segar per kg isi 8", "kg", 24000, 3000, 1),
    ]),
    ("T4", "Pakan Ternak Pringsewu Makmur", "kecil", "18.10", "sni", True, [
        ("pakanayam", "Pakan Ayam Petelur Konsentrat 50kg", "karung", 420000, 800, 5),
        ("pupukorganik", "Pupuk Kompos Organik Kotoran Sapi 25kg", "karung", 35000, 3000, 5),
    ]),
    ("T5", "Tani Sayur Lembang Segar", "kecil", "32.73", "", True, [
        ("benihsayur", "Benih Cabai Rawit Hibrida 10 gr", "pcs", 45000, 2000, 3),
    ]),
    # ---------------------------------------------------------------- lainnya
    ("X1", "Kebersihan Prima Bekasi", "kecil", "32.75", "", True, [
        ("sapu", "Sapu Ijuk Gagang Kayu Grosir", "pcs", 22000, 3000, 3),
        ("pel", "Alat Pel Lantai Spin Mop Ember Putar", "set", 145000, 600, 3),
        ("tongsampah", "Tong Sampah Plastik Injak 30 Liter", "pcs", 85000, 800, 5),
    ]),
    ("X2", "Konveksi Selimut & Handuk Bogor", "kecil", "32.01", "", True, [
        ("selimut", "Selimut Polar Fleece 150x200 Polos", "pcs", 55000, 3000, 5),
        ("handuk", "Handuk Mandi Katun Dewasa 70x140 Bordir Nama", "pcs", 48000, 2000, 7),
    ]),
    ("X3", "Perlengkapan Posyandu Mitra Sehat", "mikro", "32.16", "", True, [
        ("timbanganbayi", "Timbangan Dacin Bayi Posyandu Gantung 25kg Lengkap Sarung", "set", 450000, 100, 7),
        ("maskerkain", "Masker Kain 3 Ply Earloop Cuci Ulang Sablon Logo", "pcs", 5000, 20000, 5),
    ]),
    ("X4", "Koperasi Mainan Edukasi Kayu Tangsel", "koperasi", "36.74", "", True, [
        ("ape", "Alat Permainan Edukatif (APE) Balok Susun Kayu PAUD", "set", 185000, 200, 10),
        ("puzzle", "Puzzle Kayu Huruf Angka Anak", "pcs", 35000, 800, 7),
    ]),
    ("X5", "Tenda Terpal Serang Jaya", "mikro", "36.04", "", False, [
        ("tenda", "Tenda Pleton Terpal Darurat Bencana 6x12", "unit", 9500000, 10, 14),
    ]),
    ("X6", "Kotak Amal & Perlengkapan Masjid Lebak", "mikro", "36.02", "", True, [
        ("kotakamal", "Kotak Amal Akrilik Kunci 30x30x40", "pcs", 165000, 200, 7),
        ("tasbih", "Tasbih Kayu Kokka 33 Butir", "pcs", 12000, 2000, 5),
    ]),
]

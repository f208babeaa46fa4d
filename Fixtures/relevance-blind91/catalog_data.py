"""Hand-written suppliers and products of relevance-blind91 (all fictional).

SUPPLIERS: (key, name, scale, region, certificates, active, category, products)
product:   (kind, name as the supplier writes it, unit, unit_price, capacity_per_month, lead_time_days)
The kind is the labeller's private reading of what the product is; it never reaches the CSVs.
"""

SUPPLIERS = [
    # ---- percetakan (ATK, kemasan, cetak) ----
    ("SKC", "CV Sinar Kertas Cilegon", "kecil", "36.72", "", True, "percetakan", [
        ("kertas-hvs-a4", "Kertas HVS A4 70 gsm 1 Rim isi 500 lbr Putih Bersih", "rim", 52000, 3000, 3),
        ("kertas-hvs-f4", "Kertas HVS F4 / Folio 80gsm per rim", "rim", 61000, 2000, 3),
        ("map-snelhecter", "Map Snelhecter Plastik Folio Warna Warni (Map Jepit Ujung)", "pcs", 3500, 20000, 2),
        ("map-odner", "Odner / Ordner Bantex-style Folio 7cm Biru", "pcs", 32000, 2500, 4),
        ("amplop-coklat", "Amplop Coklat Kabinet Folio isi 100", "pak", 45000, 1500, 3),
    ]),
    ("PMP", "Percetakan Mandiri Pringsewu", "mikro", "18.10", "", True, "percetakan", [
        ("paper-bag", "PAPER BAG KRAFT COKLAT 20x10x28 Tas Kertas Tali Custom Sablon Logo", "pcs", 4200, 4000, 7),
        ("dus-nasi", "Dus Nasi / Kotak Nasi Kertas Duplex 20x20 Cetak Logo Dinas", "pcs", 1300, 30000, 6),
        ("kartu-nama", "Cetak Kartu Nama Art Carton 260 isi 100 (1 box)", "box", 35000, 800, 2),
    ]),
    ("LTG", "Lanyard Printing Tangerang", "kecil", "36.71", "", True, "percetakan", [
        ("lanyard", "Tali ID Card Lanyard Printing 2cm Full Color + Stopper + Kait", "pcs", 9500, 10000, 5),
        ("id-card", "ID Card PVC Cetak 2 Sisi Tebal 0.76 mm", "pcs", 6500, 15000, 4),
        ("name-tag-akrilik", "Name Tag Akrilik Peniti/Magnet Ukir Nama Pegawai", "pcs", 25000, 3000, 6),
    ]),
    ("GKW", "Grafika Karawang Utama", "menengah", "32.15", "iso-9001", True, "percetakan", [
        ("spanduk", "Spanduk Banner Flexi 280gr per meter persegi cetak full color", "m2", 22000, 8000, 2),
        ("stiker-label", "Stiker Label Kemasan Vinyl Cutting Bulat 5cm (per lembar A3)", "lembar", 9000, 6000, 3),
        ("buku-agenda", "Buku Agenda Custom Hardcover A5 Logo Emboss", "pcs", 48000, 3000, 14),
        ("kalender", "Kalender Dinding 2026 Custom 7 lembar Spiral", "pcs", 26000, 5000, 10),
    ]),
    ("KNR", "PT Kertas Nusantara Raya", "besar", "36.03", "sni;iso-9001", True, "percetakan", [
        ("kertas-hvs-a3", "Kertas HVS A3 80gsm Rim (Harga Pabrik)", "rim", 98000, 50000, 5),
        ("kertas-hvs-a4", "Kertas A4 80 gram fotocopy rim", "rim", 49000, 100000, 5),
    ]),
    ("SFL", "Stempel Flash Way Halim", "mikro", "18.71", "", True, "percetakan", [
        ("stempel", "Stempel Flash / Cap Otomatis Dinas Custom Desain 1 Hari Jadi", "pcs", 85000, 300, 2),
        ("kuitansi", "Blanko Kuitansi NCR Rangkap 2 isi 50 bendel", "buku", 7500, 4000, 3),
    ]),
    ("KGS", "Koperasi Guru Sejahtera Serang", "koperasi", "36.04", "", True, "percetakan", [
        ("buku-tulis", "Buku Tulis Sekolah 38 Lembar isi 10 (1 pak)", "pak", 29000, 5000, 3),
        ("pulpen", "Pulpen / Bolpoin Gel Hitam 0.5 isi 12 (1 lusin)", "lusin", 24000, 4000, 2),
        ("paket-atk", "Paket ATK Peserta Pelatihan (Map, Bolpoin, Notes, Pensil)", "paket", 27500, 3000, 5),
    ]),
    ("DKS", "Dus Kemasan Sukabumi", "mikro", "32.72", "", True, "percetakan", [
        ("dus-snack", "Dus Snack / Kotak Kue 15x15 Putih Polos Isi 100", "pak", 65000, 2000, 4),
        ("paper-bag", "Tas Kertas Paperbag Ivory Glossy 25x8x30 Printing Logo Acara", "pcs", 6800, 2500, 10),
        ("dus-nasi", "Box Nasi Kertas Laminasi Food Grade 18x18", "pcs", 1500, 15000, 5),
    ]),
    # ---- kerajinan ----
    ("APT", "Anyaman Pandan Rajapolah", "mikro", "32.06", "", True, "kerajinan", [
        ("keranjang-hampers", "Keranjang Parcel / Hampers Anyaman Pandan Oval Tutup", "pcs", 38000, 800, 7),
        ("tikar-pandan", "Tikar Pandan Motif 150x200 Anyam Tangan", "lembar", 95000, 300, 10),
        ("kotak-anyaman", "Kotak Tisu Anyaman Pandan Souvenir", "pcs", 22000, 1200, 5),
    ]),
    ("GPL", "Gerabah Plered Lestari", "mikro", "32.14", "", True, "kerajinan", [
        ("vas-gerabah", "Vas Bunga Gerabah Terakota Ukir 30cm", "pcs", 45000, 600, 8),
        ("celengan-gerabah", "Celengan Gerabah Tanah Liat Lukis Karakter", "pcs", 15000, 2000, 6),
    ]),
    ("SSL", "Sanggar Siger Lampung", "kecil", "18.71", "", True, "kerajinan", [
        ("miniatur-siger", "Miniatur Siger Lampung Kuningan Mini Souvenir Box Beludru", "pcs", 65000, 1000, 10),
        ("gantungan-kunci", "Gantungan Kunci Akrilik Custom Logo 2 Sisi Ganci", "pcs", 4500, 15000, 7),
        ("plakat-kayu", "Plakat Kayu Jati Belanda Ukir Logo Pemda + Kotak", "pcs", 175000, 300, 12),
    ]),
    ("TTS", "Tumbler & Merchandise Tangsel", "kecil", "36.74", "", True, "kerajinan", [
        ("tumbler-stainless", "TUMBLER STAINLESS 500ml Vacuum Flask Custom Grafir Nama/Logo", "pcs", 62000, 4000, 10),
        ("tumbler-plastik", "Tumbler Plastik BPA Free 700ml Sablon Logo Promosi", "pcs", 18500, 8000, 7),
        ("mug-keramik", "Mug Keramik Putih Custom Print Foto / Logo 11oz", "pcs", 21000, 5000, 5),
    ]),
    ("BKP", "Batok Kreatif Pandeglang", "mikro", "36.01", "", True, "kerajinan", [
        ("souvenir-batok", "Souvenir Batok Kelapa Ukir Gantungan Kunci Khas Banten", "pcs", 9000, 3000, 7),
        ("asbak-batok", "Asbak Batok Kelapa Pernis Natural", "pcs", 12000, 1500, 5),
    ]),
    ("BLB", "Boneka Lucu Bogor", "kecil", "32.01", "", True, "kerajinan", [
        ("boneka-maskot", "Boneka Maskot Custom Karakter Daerah Bahan Rasfur 30cm", "pcs", 55000, 1500, 14),
    ]),
    ("UKC", "Ukir Kaligrafi Cilegon", "mikro", "36.72", "", False, "kerajinan", [
        ("kaligrafi-ukir", "Kaligrafi Ukir Kayu Jati Ayat Kursi 60x120", "pcs", 850000, 40, 21),
    ]),
    ("GBS", "Goodie Souvenir Bandar Lampung", "mikro", "18.71", "", True, "kerajinan", [
        ("tumbler-plastik", "Botol Minum Tumbler Plastik 600 ml Tutup Ulir Custom", "pcs", 16000, 3000, 6),
        ("keranjang-hampers", "Keranjang Rotan Hampers Parsel Lebaran Bulat", "pcs", 42000, 600, 6),
    ]),
    # ---- fesyen ----
    ("KJB", "Konveksi Jaya Bekasi", "kecil", "32.16", "", True, "fesyen", [
        ("kaos-polo", "Kaos Polo Shirt Lacoste CVC Bordir Logo Instansi", "pcs", 78000, 3000, 14),
        ("kemeja-pdh", "Kemeja PDH / Seragam Dinas Harian Drill Lengan Panjang", "pcs", 145000, 1500, 21),
        ("rompi", "Rompi Lapangan Drill Multi Kantong Bordir", "pcs", 120000, 1000, 14),
    ]),
    ("BKC", "Batik Krakatau Cilegon", "mikro", "36.72", "batikmark", True, "fesyen", [
        ("batik-cap", "Kain Batik Cap Motif Krakatau 2 m Katun Primisima", "lembar", 185000, 400, 10),
        ("batik-tulis", "Batik Tulis Cilegon Motif Debus Pewarna Alam 2,25 m", "lembar", 650000, 60, 21),
        ("kemeja-batik", "Kemeja Batik Pria Lengan Panjang Motif Krakatau Furing", "pcs", 235000, 300, 14),
    ]),
    ("TLJ", "Tapis Lampung Jaya", "kecil", "18.71", "", True, "fesyen", [
        ("kain-tapis", "Kain Tapis Lampung Sulam Benang Emas 1 Set", "lembar", 1250000, 60, 30),
        ("selendang-tapis", "Selendang Tapis Motif Kapal Sulam Usus", "pcs", 175000, 300, 10),
    ]),
    ("TSS", "Tas Spunbond Serang", "mikro", "36.73", "", True, "fesyen", [
        ("goodie-bag", "GOODIE BAG SPUNBOND 75gsm 30x40 Sablon 1 Warna Tas Seminar Kit", "pcs", 5200, 15000, 7),
        ("tas-seminar", "Tas Seminar Dinier Ransel Resleting Bordir Logo Acara", "pcs", 52000, 2000, 14),
        ("tote-bag-kanvas", "Totebag Kanvas Blacu Natural Sablon Custom 35x40", "pcs", 19000, 4000, 8),
    ]),
    ("KTM", "Konveksi Topi Metro", "mikro", "18.72", "", True, "fesyen", [
        ("topi", "Topi Baseball Drill Bordir Logo Custom Velcro", "pcs", 27000, 3000, 10),
        ("kaos-oblong", "Kaos Oblong Cotton Combed 30s Sablon DTF Event", "pcs", 48000, 4000, 10),
    ]),
    ("SPC", "Sepatu Pantofel Cibaduyut", "kecil", "32.04", "", True, "fesyen", [
        ("sepatu-pantofel", "Sepatu Pantofel Pria Kulit Sapi Asli PDH Hitam", "pasang", 285000, 600, 14),
        ("sepatu-pdl", "Sepatu PDL Lapangan Kulit Boots Satpol PP", "pasang", 345000, 400, 21),
    ]),
    ("GTB", "PT Garmen Tangerang Besar", "besar", "36.03", "sni", True, "fesyen", [
        ("kemeja-pdh", "Seragam PDH Pemda Bahan Nagata Drill", "pcs", 135000, 50000, 14),
        ("kaos-polo", "Polo shirt seragam karyawan bordir", "pcs", 65000, 60000, 10),
    ]),
    ("MTK", "Mukena Bordir Tasikmalaya", "mikro", "32.78", "", True, "fesyen", [
        ("mukena", "Mukena Bordir Rayon Katun Jepang Tas Pouch", "pcs", 165000, 600, 10),
        ("sajadah", "Sajadah Bordir Tasik Beludru Souvenir Haji", "pcs", 75000, 800, 10),
    ]),
    # ---- perhiasan ----
    ("PCA", "Perak Ciampea Kencana", "mikro", "32.01", "", True, "perhiasan", [
        ("cincin-perak", "Cincin Perak 925 Polos Ukir Nama", "pcs", 210000, 200, 10),
        ("bros-perak", "Bros Perak 925 Motif Bunga Melati Lapis Rhodium", "pcs", 240000, 150, 10),
        ("gelang-perak", "Gelang Perak Rantai Wanita 925", "pcs", 265000, 150, 10),
    ]),
    ("MLS", "Mutiara Lampung Selatan", "kecil", "18.01", "", True, "perhiasan", [
        ("kalung-mutiara", "Kalung Mutiara Air Laut Asli Lampung 45cm", "pcs", 750000, 100, 14),
        ("anting-mutiara", "Anting Mutiara Lombok/Lampung Tusuk Emas Putih", "pasang", 320000, 150, 10),
    ]),
    ("AMS", "Aksesoris Manik Serang", "mikro", "36.04", "", True, "perhiasan", [
        ("gelang-manik", "Gelang Manik Kayu Etnik Baduy Souvenir Murah", "pcs", 8500, 4000, 5),
        ("kalung-manik", "Kalung Manik Batu Alam Etnik", "pcs", 35000, 1200, 5),
    ]),
    ("PLK", "Pin Lencana Kuningan Bogor", "kecil", "32.71", "", True, "perhiasan", [
        ("pin-lencana", "Pin Lencana Logo Pemda Kuningan Lapis Emas + Kotak", "pcs", 45000, 3000, 14),
    ]),
    # ---- furnitur ----
    ("MJC", "Mebel Jati Cirebon", "kecil", "32.09", "svlk", True, "furnitur", [
        ("meja-kerja-kayu", "Meja Kerja Kayu Jati 120x60 Laci 3 Finishing Melamin", "unit", 2350000, 60, 30),
        ("lemari-arsip-kayu", "Lemari Arsip Kayu Jati 2 Pintu Kaca Rak Susun", "unit", 3450000, 40, 30),
        ("meja-rapat-kayu", "Meja Rapat Oval Kayu Jati 240x120", "unit", 6800000, 15, 35),
    ]),
    ("BBC", "Bengkel Besi Cilegon Abadi", "kecil", "36.72", "sni", True, "furnitur", [
        ("kursi-lipat", "Kursi Lipat Besi Rangka Hollow Dudukan Busa Kulit Sintetis", "unit", 185000, 1500, 7),
        ("meja-lipat", "Meja Lipat Kaki Besi Top Multiplek 180x60 untuk Acara", "unit", 650000, 300, 10),
        ("rak-besi", "Rak Besi Siku Lubang 5 Susun 200x90x40 Gudang Arsip", "unit", 780000, 200, 10),
    ]),
    ("RCB", "Rotan Tegalwangi Cirebon", "mikro", "32.09", "", True, "furnitur", [
        ("kursi-rotan", "Kursi Rotan Teras Sintetis Set Meja 2 Kursi", "set", 1450000, 80, 14),
    ]),
    ("MSP", "Meubel Sekolah Pringsewu", "mikro", "18.10", "", True, "furnitur", [
        ("meja-kursi-siswa", "Meja Kursi Siswa SD 1 Set Kayu Mahoni", "set", 685000, 400, 21),
        ("papan-tulis", "Papan Tulis Whiteboard 120x240 Rangka Aluminium", "unit", 890000, 150, 10),
    ]),
    ("KSP", "Kasur Springbed Pesawaran", "mikro", "18.09", "", True, "furnitur", [
        ("kasur-busa", "Kasur Busa Lipat 90x200 Tebal 10cm Sarung Katun", "unit", 420000, 300, 10),
    ]),
    # ---- makanan ----
    ("KPA", "Keripik Pisang Bu Ani", "mikro", "18.71", "halal;pirt", True, "makanan", [
        ("keripik-pisang", "Keripik Pisang Coklat Lumer Khas Lampung 250gr", "bungkus", 25000, 3000, 3),
        ("keripik-singkong", "Keripik Singkong Balado Pedas Manis 250 gr", "bungkus", 18000, 3000, 3),
    ]),
    ("EMP", "Emping Melinjo Menes", "mikro", "36.01", "pirt", True, "makanan", [
        ("emping", "Emping Melinjo Super Tipis Khas Pandeglang 1 kg", "kg", 115000, 800, 3),
        ("emping", "Emping Melinjo Pedas Manis Pouch 200gr", "bungkus", 28000, 1500, 3),
    ]),
    ("KKC", "Kue Kering Cilegon Manis", "mikro", "36.72", "halal;pirt", True, "makanan", [
        ("nastar", "Nastar Premium Selai Nanas Asli Toples 500gr", "toples", 95000, 1200, 5),
        ("kastengel", "Kastengel Keju Edam Toples 500 gr", "toples", 105000, 1000, 5),
        ("hampers-kue", "Hampers Kue Kering Lebaran Isi 4 Toples + Kartu Ucapan", "paket", 385000, 300, 7),
    ]),
    ("SRS", "Sambal Roa Serang Mantap", "mikro", "36.73", "pirt", True, "makanan", [
        ("sambal-roa", "Sambal Roa Botol 200ml Oleh-oleh Khas", "botol", 42000, 1500, 3),
        ("abon-ikan", "Abon Ikan Tuna Pedas 100 gr", "bungkus", 32000, 1200, 3),
    ]),
    ("DDG", "Dodol Garut Cap Domba", "kecil", "32.05", "halal;pirt", True, "makanan", [
        ("dodol", "Dodol Garut Aneka Rasa Box 500gr", "box", 30000, 5000, 3),
    ]),
    ("KKL", "Kemplang Ikan Tenggiri Kalianda", "mikro", "18.01", "halal;pirt", True, "makanan", [
        ("kerupuk-kemplang", "Kerupuk Kemplang Ikan Tenggiri Panggang 500gr", "bungkus", 45000, 2000, 3),
        ("paket-oleh-oleh", "Kemasan Snack Mix Oleh-oleh Lampung (Keripik+Kemplang)", "paket", 75000, 600, 4),
    ]),
    ("RMK", "Rumah Makaroni Karawang", "mikro", "32.15", "pirt", True, "makanan", [
        ("makaroni", "Makaroni Bantet Pedas Daun Jeruk 200gr snack kekinian", "bungkus", 12000, 4000, 3),
        ("keripik-singkong", "Keripik Singkong Original Gurih 500 gr", "bungkus", 22000, 3000, 3),
    ]),
    # ---- minuman ----
    ("KRL", "Kopi Robusta Liwa", "kecil", "18.04", "halal", True, "minuman", [
        ("kopi-robusta-bubuk", "Kopi Bubuk Robusta Lampung Barat Asli 250gr", "bungkus", 38000, 3000, 4),
        ("kopi-robusta-biji", "Biji Kopi Robusta Roasted Medium 1kg", "kg", 145000, 600, 4),
    ]),
    ("AKL", "Koperasi Air Kaki Gunung Lebak", "koperasi", "36.02", "halal;sni", True, "minuman", [
        ("amdk-gelas", "Air Mineral Gelas 220 ml isi 48 (1 dus) AMDK Lokal", "dus", 22000, 8000, 2),
        ("amdk-botol", "Air Mineral Botol 600ml isi 24 per Karton", "dus", 46000, 5000, 2),
    ]),
    ("TRT", "Teh Rosella Tasik", "mikro", "32.06", "pirt", True, "minuman", [
        ("teh-rosella", "Teh Bunga Rosella Kering Celup isi 25", "box", 27000, 1500, 4),
        ("sirup-jahe", "Sirup Jahe Merah Botol 500ml", "botol", 35000, 1000, 4),
    ]),
    ("JIS", "Jahe Instan Bu Sri Metro", "mikro", "18.72", "pirt;halal", True, "minuman", [
        ("jahe-instan", "Minuman Serbuk Jahe Merah Instan 250gr Gula Aren", "bungkus", 26000, 2500, 3),
        ("kopi-robusta-bubuk", "Kopi Bubuk Lampung Tubruk 200gr", "bungkus", 25000, 1500, 3),
    ]),
    ("MBC", "PT Minuman Besar Cikande", "besar", "36.04", "halal;sni", True, "minuman", [
        ("amdk-gelas", "Air Mineral Cup 240ml isi 48", "dus", 19000, 200000, 2),
        ("teh-kemasan", "Teh Manis Kemasan Gelas 180ml isi 24", "dus", 28000, 100000, 2),
    ]),
    # ---- jasa-boga (perishable) ----
    ("CBS", "Catering Barokah Serang", "kecil", "36.73", "halal", True, "jasa-boga", [
        ("nasi-box", "Nasi Box Ayam Bakar Lalapan + Buah + Air Mineral", "porsi", 32000, 3000, 2),
        ("snack-box", "Snack Box 3 Kue Basah + Air Mineral Gelas", "box", 15000, 4000, 1),
        ("prasmanan", "Paket Prasmanan Menu Nasional per Pax min 100", "pax", 65000, 2500, 3),
    ]),
    ("DIC", "Dapur Ibu Cilegon", "mikro", "36.72", "halal", True, "jasa-boga", [
        ("nasi-box", "Nasbox Nasi Kotak Rendang/Ayam Goreng Menu Komplit", "porsi", 30000, 1500, 2),
        ("snack-box", "Kue Kotak / Snack Rapat isi 3 Jajan Pasar", "box", 13500, 2000, 1),
    ]),
    ("KSL", "Katering Sehati Bandar Lampung", "kecil", "18.71", "halal", True, "jasa-boga", [
        ("nasi-box", "Nasi Kotak Seruit Khas Lampung + Pindang", "porsi", 34000, 2500, 2),
        ("snack-box", "Snack Box Rapat Kantor 4 Item", "box", 16000, 3000, 1),
        ("tumpeng", "Nasi Tumpeng Kuning Lengkap 20 Orang", "tumpeng", 650000, 80, 3),
    ]),
    ("NLP", "Warung Nasi Liwet Menes", "mikro", "36.01", "", True, "jasa-boga", [
        ("nasi-liwet-box", "Nasi Liwet Box Ayam + Ikan Asin + Sambal", "porsi", 27000, 900, 2),
    ]),
    ("CKM", "Catering Karawang Makmur", "kecil", "32.15", "halal", True, "jasa-boga", [
        ("nasi-box", "Paket Nasi Box Rapat Ayam Bakar Madu", "porsi", 31000, 2500, 2),
        ("snack-box", "Coffee Break Snack Box 2 Kue + Teh", "box", 14000, 2500, 1),
    ]),
    ("KBT", "Kue Basah Bu Tini", "mikro", "36.71", "", True, "jasa-boga", [
        ("snack-box", "Snack Box Jajanan Pasar (Lemper, Risol, Kue Lapis)", "box", 12500, 1200, 1),
    ]),
    ("DMM", "Dapur Mini Metro", "mikro", "18.72", "halal", True, "jasa-boga", [
        ("nasi-box", "Nasi Box Ayam Geprek Sambal Bawang", "porsi", 22000, 150, 1),
        ("snack-box", "Snack Box Kue Basah 3 Macam", "box", 11000, 200, 1),
    ]),
    ("CBG", "Catering Bogor Raya", "kecil", "32.71", "halal", True, "jasa-boga", [
        ("nasi-box", "Nasi Box Premium Daging Empal Bogor", "porsi", 40000, 2000, 2),
        ("prasmanan", "Prasmanan Pernikahan/Acara Dinas 3 Lauk per pax", "pax", 70000, 3000, 4),
    ]),
    # ---- herbal ----
    ("JBY", "Jamu Bu Yati Pringsewu", "mikro", "18.10", "pirt", True, "herbal", [
        ("jamu-kunyit-asam", "Jamu Kunyit Asam Botol 250ml Segar", "botol", 8000, 2000, 2),
        ("jamu-beras-kencur", "Jamu Beras Kencur Botol 250 ml", "botol", 8000, 2000, 2),
    ]),
    ("HKL", "Herbal Kelor Lebak", "kecil", "36.02", "bpom;halal", True, "herbal", [
        ("teh-kelor", "Teh Daun Kelor Celup Moringa isi 20", "box", 32000, 2000, 5),
        ("kapsul-kelor", "Kapsul Ekstrak Kelor 60 Kapsul BPOM", "botol", 85000, 1000, 5),
    ]),
    ("MHU", "Madu Hutan Ujung Kulon", "mikro", "36.01", "", True, "herbal", [
        ("madu-hutan", "Madu Hutan Murni Apis Dorsata 500 gr Botol", "botol", 120000, 400, 4),
    ]),
    ("MUG", "Minyak Urut Garut Sehat", "mikro", "32.05", "pirt", True, "herbal", [
        ("minyak-urut", "Minyak Urut Sereh Jahe 60ml Pegal Linu", "botol", 25000, 2000, 3),
        ("minyak-telon", "Minyak Telon Bayi 100 ml", "botol", 28000, 1500, 3),
    ]),
    # ---- kosmetik ----
    ("SST", "Sabun Sereh Tangsel", "mikro", "36.74", "bpom", True, "kosmetik", [
        ("sabun-batang", "Sabun Batang Sereh Wangi Handmade Natural 100gr", "pcs", 15000, 4000, 4),
        ("sabun-cuci-tangan", "Sabun Cuci Tangan Cair Refill 1 Liter Antiseptik", "jerigen", 35000, 2000, 4),
    ]),
    ("KAB", "Kosmetik Alami Bogor", "kecil", "32.71", "bpom;halal", True, "kosmetik", [
        ("lulur", "Lulur Mandi Bengkoang Tradisional 200gr", "pot", 30000, 1500, 5),
        ("lotion", "Hand Body Lotion Susu Kambing 250ml", "botol", 38000, 1500, 5),
        ("lip-balm", "Lip Balm Alami Beeswax Madu 5gr", "pcs", 18000, 2000, 5),
    ]),
    ("HSP", "Koperasi Wanita Pesawaran", "koperasi", "18.09", "", True, "kosmetik", [
        ("hand-sanitizer", "Hand Sanitizer Gel 500ml Alkohol 70% Pump", "botol", 32000, 3000, 3),
        ("sabun-batang", "Sabun Kopi Lampung Batang Handmade", "pcs", 12000, 2000, 4),
    ]),
    # ---- logam ----
    ("PBG", "Pandai Besi Cibatu Garut", "mikro", "32.05", "", True, "logam", [
        ("golok", "Golok Sorog Baja Per Gagang Kayu Sarung", "pcs", 145000, 300, 7),
        ("cangkul", "Cangkul / Pacul Baja Tempa Tanpa Gagang", "pcs", 85000, 600, 7),
        ("arit", "Arit Rumput Baja Tempa Gagang Kayu", "pcs", 45000, 800, 5),
    ]),
    ("LCS", "Las & Logam Cipta Serang", "kecil", "36.04", "sni", True, "logam", [
        ("tong-sampah-stainless", "Tempat Sampah Stainless Pilah 3 Warna Tiang", "unit", 1850000, 60, 14),
        ("gerobak-sampah", "Gerobak Sampah Besi Plat 1 m3 Roda Karet", "unit", 3250000, 30, 21),
        ("teralis", "Teralis / Pagar Besi Hollow Minimalis per m2", "m2", 450000, 200, 14),
    ]),
    ("ALT", "Aluminium Lestari Tanggamus", "mikro", "18.06", "", True, "logam", [
        ("panci-aluminium", "Panci Aluminium Cor Tebal 40 cm Dandang", "pcs", 285000, 200, 7),
        ("wajan", "Wajan Aluminium Cor Besar 50cm Penggorengan", "pcs", 220000, 200, 7),
    ]),
    # ---- pertanian ----
    ("KTP", "Gapoktan Subur Pesawaran", "koperasi", "18.09", "", True, "pertanian", [
        ("bibit-kopi", "Bibit Kopi Robusta Sambung Pucuk Polybag 40cm", "batang", 5500, 30000, 7),
        ("bibit-durian", "Bibit Durian Musang King Okulasi 60cm", "batang", 45000, 3000, 7),
    ]),
    ("BIL", "Pembenihan Ikan Lele Kramatwatu", "mikro", "36.04", "", True, "pertanian", [
        ("benih-lele", "Benih Lele Sangkuriang Ukuran 5-7 cm", "ekor", 250, 300000, 3),
        ("benih-nila", "Benih Nila Merah 3-5 cm", "ekor", 300, 200000, 3),
    ]),
    ("POL", "Pupuk Organik Lampung Tengah", "kecil", "18.02", "", True, "pertanian", [
        ("pupuk-kompos", "Pupuk Kompos Organik Granul Karung 40kg", "karung", 45000, 6000, 5),
        ("poc", "Pupuk Organik Cair POC 1 Liter", "liter", 35000, 4000, 5),
    ]),
    ("BOP", "Beras Organik Pandeglang", "koperasi", "36.01", "", True, "pertanian", [
        ("beras", "Beras Premium Pandan Wangi Karung 5kg", "karung", 78000, 6000, 3),
    ]),
    ("IHB", "Ikan Hias Cibinong", "mikro", "32.01", "", True, "pertanian", [
        ("ikan-koi", "Ikan Koi Kohaku Lokal 10-12cm", "ekor", 25000, 2000, 5),
        ("ikan-cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 15000, 3000, 5),
    ]),
    # ---- lainnya ----
    ("SIL", "Sapu Ijuk Lebak Berkah", "mikro", "36.02", "", True, "lainnya", [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu Ikat Kawat", "pcs", 22000, 3000, 4),
        ("sapu-lidi", "Sapu Lidi Kelapa Gagang Bambu", "pcs", 12000, 4000, 3),
        ("kemoceng", "Kemoceng Bulu Ayam Asli 60cm", "pcs", 18000, 1500, 3),
    ]),
    ("PSR", "Parsel Serang Raya", "mikro", "36.73", "", True, "lainnya", [
        ("parsel-sembako", "Hampers Parcel Sembako Lebaran (Beras, Minyak, Gula, Sirup) Wrapping", "paket", 325000, 800, 7),
        ("parsel-buah", "Parsel Buah Segar Keranjang Rotan", "paket", 275000, 300, 2),
    ]),
    ("KST", "Keset Sabut Tanggamus", "mikro", "18.06", "", True, "lainnya", [
        ("keset-sabut", "Keset Sabut Kelapa Tebal 40x60", "pcs", 25000, 2000, 5),
        ("cocopot", "Pot Sabut Kelapa Gantung Cocopot 20cm", "pcs", 9000, 3000, 5),
    ]),
    ("APD", "Alat Peraga Edukasi Depok", "kecil", "32.76", "", True, "lainnya", [
        ("puzzle-kayu", "Puzzle Kayu Edukasi PAUD Peta Indonesia", "pcs", 65000, 800, 7),
        ("balok-kayu", "Mainan Balok Kayu Susun 100 pcs APE TK", "set", 185000, 400, 7),
    ]),
    ("BUT", "Bendera Umbul-umbul Tangerang", "mikro", "36.03", "", True, "lainnya", [
        ("bendera", "Bendera Merah Putih Kain Katun 120x180", "pcs", 55000, 3000, 5),
        ("umbul-umbul", "Umbul-umbul Kain Full Print 5 m + Tiang Bambu", "pcs", 145000, 800, 7),
    ]),
]

CATEGORY = {key: cat for key, _n, _s, _r, _c, _a, cat, _p in SUPPLIERS}
PERISHABLE = {kind for key, *_rest, cat, prods in SUPPLIERS if cat == "jasa-boga" for kind, *_ in prods}

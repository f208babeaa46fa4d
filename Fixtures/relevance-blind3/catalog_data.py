"""Hand-written suppliers and products of the blind3 set (fictional businesses, real Kemendagri region codes).

SUPPLIERS: (key, name, scale, region, certificates, active, products); the key's first letter is the category.
A product is (kind, name, unit, unit_price, capacity_per_month, lead_time_days[, description[, item certificates]]).
The kind is the labeller's tag of what the product *is*; it never reaches the CSVs.
"""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Made and eaten within days: the whole quantity must come out of one month, and an officer takes them only from a
# producer in the need's own province.
PERISHABLE = {"nasi-kotak", "nasi-liwet", "rice-bowl", "snack-box", "prasmanan", "tumpeng", "coffee-break",
              "kue-tampah", "tumpeng-mini", "jamu-kunyit-asam", "beras-kencur", "selada", "pakcoy", "ikan-segar"}

SUPPLIERS = [
    # ---------------------------------------------------------------- makanan
    ("M01", "UMKM Kerupuk Ikan Bu Enah", "mikro", "36.04", "halal;pirt", True, [
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri Mentah 500 gr", "pak", 27000, 900, 5, "kerupuk mentah khas pesisir Pontang, digoreng sendiri"),
        ("kerupuk-kulit-ikan", "Kerupuk Kulit Ikan Goreng 100 gr", "pcs", 15000, 600, 4),
    ]),
    ("M02", "Otak-Otak Bandeng Ibu Rosidah", "mikro", "36.73", "pirt", True, [
        ("otak-otak", "Otak-Otak Bandeng Khas Serang isi 10", "box", 38000, 500, 3, "frozen, tahan 2 minggu di freezer"),
        ("sate-bandeng", "Sate Bandeng Presto Bumbu Kuning", "pcs", 45000, 300, 3, "", "halal"),
    ]),
    ("M03", "Emping Melinjo Cening Jaya", "kecil", "36.01", "halal;pirt", True, [
        ("emping-melinjo", "Emping Melinjo Super Tipis 1 kg", "kg", 98000, 600, 5),
        ("emping-melinjo", "EMPING MELINJO PEDAS MANIS 250gr Oleh-Oleh Pandeglang", "pak", 28000, 800, 4),
        ("keripik-singkong", "Keripik Singkong Balado 200 gr", "pak", 14000, 1000, 4),
    ]),
    ("M04", "Sambal & Bumbu Teh Imas", "mikro", "36.71", "pirt;halal", True, [
        ("sambal-cumi", "Sambal Cumi Asin Botol 150 ml", "botol", 35000, 700, 4),
        ("sambal-bawang", "Sambal Bawang Pedas Kemasan Botol 200 gr", "botol", 25000, 900, 4),
        ("bumbu-pecel", "Bumbu Pecel Kacang Siap Seduh 250 gr", "pak", 18000, 800, 4),
    ]),
    ("M05", "Keripik Pisang Lampung Makmur", "kecil", "18.71", "halal;pirt", True, [
        ("keripik-pisang", "Keripik Pisang Cokelat Lumer 250 gr", "pak", 26000, 2000, 5),
        ("keripik-pisang", "Kripik Pisang Kepok Original Asin 500 gr", "pak", 32000, 1500, 5),
        ("lanting", "Lanting Singkong Bawang Putih 250 gr", "pak", 15000, 1200, 5),
    ]),
    ("M06", "Kemplang Panggang Pesisir Kota Agung", "mikro", "18.06", "pirt", True, [
        ("kemplang", "Kemplang Ikan Panggang 200 gr", "pak", 22000, 800, 6),
        ("kemplang", "Kerupuk Kemplang Goreng Sambal Pedas", "pak", 20000, 700, 6),
    ]),
    ("M07", "Dodol Nanas Ciruas Rasa", "mikro", "36.04", "pirt", True, [
        ("dodol-nanas", "Dodol Nanas Asli 500 gr", "pak", 30000, 700, 5),
        ("selai-nanas", "Selai Nanas Toples 300 gr", "toples", 28000, 500, 5),
    ]),
    ("M08", "Kue Kering Mutiara Cikarang", "kecil", "32.16", "halal;pirt", True, [
        ("nastar", "Nastar Nanas Premium Toples 500 gr", "toples", 85000, 600, 7),
        ("putri-salju", "Kue Putri Salju Toples 500 gr", "toples", 75000, 500, 7),
        ("kastengel", "Kastengel Keju Edam Toples 500 gr", "toples", 95000, 400, 7),
    ]),
    ("M09", "Roti & Bolu Ummi Pasar Kemis", "mikro", "36.03", "pirt-expired", True, [
        ("bolu-pandan", "Bolu Pandan Gulung Loyang", "loyang", 45000, 400, 2),
        ("roti-manis", "Roti Manis Isi Cokelat/Keju", "pcs", 4000, 6000, 1),
    ]),
    ("M10", "Koperasi Gula Aren Lebak Mandiri", "koperasi", "36.02", "halal", True, [
        ("gula-aren", "Gula Aren Cetak Batok Baduy 1 kg", "kg", 36000, 3000, 5, "gula merah aren murni tanpa campuran"),
        ("gula-semut", "Gula Semut Aren Organik 250 gr", "pak", 22000, 2000, 5),
    ]),
    ("M11", "PT Snack Nusantara Raya", "besar", "36.03", "halal;bpom", True, [
        ("keripik-kentang", "Keripik Kentang Rasa Balado 100 gr", "pak", 9000, 50000, 3),
        ("keripik-pisang", "Keripik Pisang Lumer Cokelat 200 gr", "pak", 15000, 40000, 3),
        ("kerupuk-udang", "Kerupuk Udang Sidoarjo 250 gr", "pak", 19000, 30000, 3),
    ]),
    ("M12", "Rengginang & Opak Bu Haji Rasih", "mikro", "32.15", "pirt", True, [
        ("rengginang", "Rengginang Ketan Terasi Mentah 1 kg", "kg", 45000, 400, 5),
        ("opak", "Opak Ketan Bakar Khas Karawang isi 20", "pak", 20000, 500, 5),
    ]),
    ("M13", "Abon & Terasi Labuhan Maringgai", "mikro", "18.07", "pirt;halal", True, [
        ("abon-ikan", "Abon Ikan Tuna Pedas 100 gr", "pak", 30000, 600, 6),
        ("terasi", "Terasi Udang Rebon Asli 250 gr", "pak", 18000, 900, 6),
    ]),
    ("M14", "Keripik Talas Bogor Sari", "mikro", "32.71", "pirt", False, [
        ("keripik-talas", "Keripik Talas Original 200 gr", "pak", 16000, 700, 4),
    ]),
    ("M15", "Toko Oleh-Oleh Banten Asli", "menengah", "36.72", "halal", True, [
        ("emping-melinjo", "[BISA COD] Emping Melinjo Mentah Kualitas Ekspor 1kg", "kg", 105000, 400, 3),
        ("keripik-pisang", "KERIPIK PISANG LAMPUNG Manis Gurih 500GR Grosir", "pak", 35000, 800, 3),
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri Palembang Asli 1 KG Ready Stock", "kg", 85000, 300, 3),
    ]),

    # ---------------------------------------------------------------- minuman
    ("N01", "Koperasi Kopi Robusta Tanggamus Sejahtera", "koperasi", "18.06", "halal;pirt", True, [
        ("kopi-robusta-bubuk", "Kopi Bubuk Robusta Tanggamus 250 gr", "pak", 32000, 3000, 5),
        ("kopi-robusta-biji", "Kopi Biji Robusta Sangrai Medium 1 kg", "kg", 140000, 800, 5),
    ]),
    ("N02", "Kedai Kopi Pringsewu Jaya", "mikro", "18.10", "pirt", True, [
        ("kopi-luwak", "Kopi Luwak Liar Bubuk 100 gr", "pak", 150000, 100, 7),
        ("kopi-jahe", "Kopi Jahe Sachet isi 10", "pak", 15000, 1500, 4),
    ]),
    ("N03", "Kakao Pesawaran Lestari", "kecil", "18.09", "halal;bpom", True, [
        ("kakao-bubuk", "Bubuk Kakao Murni 250 gr", "pak", 45000, 800, 6),
        ("cokelat-instan", "Minuman Cokelat Instan 3in1 isi 10 Sachet", "pak", 28000, 1500, 5),
    ]),
    ("N04", "Sari Jahe Merah Bu Tini", "mikro", "36.02", "pirt", True, [
        ("jahe-instan", "Wedang Jahe Merah Instan 250 gr", "pak", 25000, 900, 4),
        ("bandrek", "Bandrek Gula Aren Sachet isi 10", "pak", 20000, 900, 4),
    ]),
    ("N05", "Teh Rosella Kebun Ciomas", "mikro", "36.04", "pirt", True, [
        ("teh-rosella", "Teh Bunga Rosella Kering 50 gr", "pak", 25000, 600, 4),
        ("sirup-rosella", "Sirup Rosella Merah 600 ml", "botol", 35000, 500, 4),
    ]),
    ("N06", "Kalamansi Karawang Segar", "kecil", "32.15", "pirt;halal", True, [
        ("sirup-kalamansi", "Sirup Jeruk Kalamansi 500 ml", "botol", 32000, 1000, 4),
        ("sari-kalamansi", "Sari Buah Kalamansi Botol 250 ml", "botol", 9000, 3000, 3),
    ]),
    ("N07", "AMDK Tirta Baduy Lestari", "menengah", "36.02", "sni;bpom;halal", True, [
        ("amdk-gelas", "Air Minum Dalam Kemasan Gelas 220 ml (dus isi 48)", "dus", 23000, 8000, 3),
        ("amdk-botol-600", "AMDK Botol 600 ml isi 24", "dus", 42000, 5000, 3),
        ("amdk-galon", "Air Mineral Galon 19 liter (isi ulang segel)", "galon", 20000, 4000, 2),
    ]),
    ("N08", "CV Susu Kambing Etawa Cibungbulang", "kecil", "32.01", "bpom", True, [
        ("susu-kambing", "Susu Kambing Etawa Bubuk 200 gr", "pak", 65000, 900, 5),
    ]),
    ("N09", "Kopi Arabika Gunung Halu", "mikro", "32.17", "halal", True, [
        ("kopi-arabika", "Kopi Arabika Java Preanger Biji Sangrai 500 gr", "pak", 120000, 300, 6),
        ("kopi-arabika", "Kopi Arabika Giling Halus 250 gr", "pak", 70000, 400, 6),
    ]),
    ("N10", "PT Minuman Segar Banten", "besar", "36.72", "bpom;halal", True, [
        ("teh-kotak", "Teh Melati Kotak 200 ml isi 24", "dus", 48000, 20000, 2),
        ("amdk-gelas", "AMDK Gelas 240 ml isi 48", "dus", 19000, 30000, 2),
    ]),
    ("N11", "Reseller Kopi Lampung Online", "mikro", "36.74", "", True, [
        ("kopi-robusta-bubuk", "KOPI LAMPUNG ROBUSTA Bubuk Asli 500gr [FREE ONGKIR]", "pak", 55000, 600, 3),
        ("kopi-luwak", "Kopi Luwak Lampung Barat Premium Bubuk 100gr", "pak", 175000, 80, 4),
    ]),

    # ---------------------------------------------------------------- jasa-boga
    ("J01", "Catering Dapur Bu Yayah", "kecil", "36.73", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar Komplit", "kotak", 35000, 3000, 2),
        ("snack-box", "Snack Box 3 Macam Kue + Air Mineral", "kotak", 15000, 4000, 2),
        ("prasmanan", "Prasmanan Menu Nusantara (per orang)", "porsi", 65000, 1500, 5),
    ]),
    ("J02", "Rumah Makan Sari Laut Anyer", "mikro", "36.04", "halal", True, [
        ("nasi-kotak", "Nasi Box Ikan Bakar Sambal Dabu", "kotak", 42000, 800, 2),
        ("tumpeng", "Tumpeng Nasi Kuning 20 Porsi", "tumpeng", 750000, 30, 3),
    ]),
    ("J03", "Catering Berkah Cikupa", "kecil", "36.03", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Rendang Sapi", "kotak", 45000, 2500, 2),
        ("coffee-break", "Paket Coffee Break Rapat (2 kue + teh/kopi)", "orang", 25000, 2000, 1),
        ("kue-tampah", "Kue Basah Tampah isi 50", "tampah", 250000, 100, 2),
    ]),
    ("J04", "Dapur Sehat Karawaci", "mikro", "36.71", "halal", True, [
        ("nasi-kotak", "Nasi Box Ayam Geprek + Lalapan", "kotak", 28000, 1200, 1),
        ("rice-bowl", "Rice Bowl Chicken Teriyaki", "cup", 25000, 1500, 1),
    ]),
    ("J05", "Katering Wong Lampung", "kecil", "18.71", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Pindang Patin Khas Lampung", "kotak", 40000, 1500, 2),
        ("snack-box", "Snack Box Kue Tradisional Lampung (engkak, lapis legit)", "kotak", 18000, 2500, 2),
        ("prasmanan", "Prasmanan Acara Resmi per Pax", "pax", 75000, 1200, 5),
    ]),
    ("J06", "Catering Metro Berkah", "mikro", "18.72", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Goreng Lalapan", "kotak", 30000, 600, 2),
        ("tumpeng-mini", "Nasi Tumpeng Mini Kuning", "pcs", 45000, 300, 2),
    ]),
    ("J07", "Warung Nasi Liwet Teh Euis", "mikro", "36.01", "", True, [
        ("nasi-liwet", "Paket Nasi Liwet Ikan Asin Sambal Terasi", "porsi", 30000, 500, 2),
        ("nasi-kotak", "Nasi Box Pepes Ikan", "kotak", 27000, 500, 2),
    ]),
    ("J08", "Kue Kotak Bu Neneng Tambun", "mikro", "32.16", "pirt", True, [
        ("snack-box", "Kue Kotak isi 4 (risol, lemper, sus, bolu)", "kotak", 12000, 3000, 1),
    ]),
    ("J09", "Katering Karawang Sejahtera", "kecil", "32.15", "halal", True, [
        ("nasi-kotak", "NASI BOX PAKET HEMAT Ayam Goreng/Telur Balado", "kotak", 25000, 2000, 1),
        ("prasmanan", "Catering Prasmanan Pernikahan & Acara Kantor", "orang", 55000, 1500, 4),
    ]),

    # ---------------------------------------------------------------- fesyen
    ("F01", "Tapis Lampung Siger Emas", "kecil", "18.71", "", True, [
        ("kain-tapis", "Kain Tapis Lampung Motif Pucuk Rebung", "lembar", 1250000, 20, 21),
        ("selendang-tapis", "Selendang Tapis Sulam Usus", "lembar", 350000, 120, 10),
        ("peci-tapis", "Peci Motif Tapis Lampung", "pcs", 85000, 400, 7),
    ]),
    ("F02", "Batik Krakatau Cilegon", "kecil", "36.72", "batikmark", True, [
        ("batik-tulis-kain", "Kain Batik Tulis Motif Krakatau 2 m", "lembar", 650000, 40, 14),
        ("kemeja-batik-cap", "Kemeja Batik Cap Pria Lengan Panjang", "pcs", 185000, 300, 10),
    ]),
    ("F03", "Griya Batik Kota Serang", "kecil", "36.73", "batikmark", True, [
        ("batik-cap-kain", "Kain Batik Cap Motif Banten 2 m", "lembar", 225000, 200, 7),
        ("kemeja-batik-tulis", "Kemeja Batik Tulis Pria Lengan Panjang", "pcs", 750000, 25, 21),
        ("batik-printing", "Kain Batik Printing Motif Banten 2 m", "lembar", 95000, 600, 5),
    ]),
    ("F04", "Konveksi Seragam Mandiri Balaraja", "kecil", "36.03", "", True, [
        ("kemeja-pdh", "Kemeja PDH Drill Lengan Panjang + Emblem", "pcs", 145000, 1500, 14),
        ("kaos-olahraga", "Kaos Olahraga Dryfit Full Printing", "pcs", 75000, 2000, 10),
        ("rompi", "Rompi Bordir Logo Instansi", "pcs", 120000, 800, 10),
    ]),
    ("F05", "Sablon Kaos Karawaci Kreatif", "mikro", "36.71", "", True, [
        ("kaos-polos", "Kaos Polos Cotton Combed 30s", "pcs", 45000, 2000, 5),
        ("kaos-sablon", "T-Shirt Sablon Custom Logo DTF", "pcs", 62000, 1500, 7),
        ("polo", "Polo Shirt Lacoste Bordir Logo", "pcs", 95000, 900, 10),
    ]),
    ("F06", "Sepatu Kulit Ciomas Bogor", "kecil", "32.01", "sni", True, [
        ("sepatu-pantofel", "Sepatu Pantofel Kulit Sapi Pria", "pasang", 325000, 300, 14),
        ("sandal-kulit", "Sandal Kulit Pria Model Slop", "pasang", 120000, 500, 7),
        ("sepatu-pantofel", "SEPATU PANTOFEL WANITA Kulit Asli Hak 3cm PDH", "pasang", 310000, 250, 14),
    ]),
    ("F07", "Tas Seminar Karawang Jaya", "kecil", "32.15", "", True, [
        ("tas-seminar", "Tas Seminar Kanvas Resleting + Sablon Logo", "pcs", 45000, 3000, 10),
        ("tote-bag", "Tote Bag Blacu Sablon 1 Warna", "pcs", 15000, 5000, 7),
        ("ransel", "Tas Ransel Laptop 15 inch Bahan Cordura", "pcs", 150000, 600, 14),
    ]),
    ("F08", "Bordir Kerudung Tasik Indah", "kecil", "32.06", "", True, [
        ("kerudung", "Kerudung Segi Empat Bordir Tasik", "pcs", 75000, 1000, 7),
        ("mukena", "Mukena Katun Bordir Tasikmalaya", "pcs", 250000, 400, 10),
    ]),
    ("F09", "PT Garmen Cikarang Jaya", "besar", "32.16", "iso-9001", True, [
        ("kemeja-pdh", "Kemeja PDH Pemda Bahan American Drill", "pcs", 110000, 20000, 10),
        ("kaos-polos", "Kaos Polos Grosir Cotton 24s", "pcs", 28000, 50000, 5),
    ]),
    ("F10", "Tenun Baduy Kanekes", "mikro", "36.02", "", True, [
        ("tenun-baduy", "Kain Tenun Baduy Motif Suat Samata", "lembar", 450000, 15, 30),
        ("iket-baduy", "Iket Kepala Baduy Batik Biru", "pcs", 50000, 300, 7),
    ]),
    ("F11", "Konveksi Batik Pringsewu", "mikro", "18.10", "", True, [
        ("kemeja-batik-cap", "KEMEJA BATIK LAMPUNG Motif Siger Pria Lengan Pendek Ready Stock", "pcs", 165000, 400, 7),
        ("kaos-sablon", "Kaos Sablon Event/Kegiatan Min 24 pcs", "pcs", 55000, 1000, 7),
    ]),

    # ---------------------------------------------------------------- kerajinan
    ("K01", "Koperasi Anyaman Pandan Banjar", "koperasi", "36.01", "", True, [
        ("tas-pandan", "Tas Anyaman Pandan Motif Bunga", "pcs", 35000, 600, 10),
        ("tikar-pandan", "Tikar Pandan Lipat 2x1 m", "lembar", 85000, 300, 10),
        ("kotak-tisu-pandan", "Kotak Tisu Anyaman Pandan", "pcs", 30000, 500, 10),
    ]),
    ("K02", "Kerajinan Bambu Cibeber", "mikro", "36.02", "", True, [
        ("besek", "Besek Bambu Tutup 20x20 cm", "pcs", 6000, 5000, 7),
        ("tempat-pensil-bambu", "Tempat Pensil Bambu Ukir Nama", "pcs", 20000, 800, 7),
        ("lampu-bambu", "Lampu Hias Gantung Anyaman Bambu", "pcs", 150000, 100, 10),
    ]),
    ("K03", "Gerabah Bumijaya Ciruas", "mikro", "36.04", "", True, [
        ("kendi", "Kendi Gerabah Tanah Liat", "pcs", 25000, 400, 7),
        ("pot-gerabah", "Pot Bunga Gerabah Diameter 30 cm", "pcs", 40000, 500, 7),
        ("celengan", "Celengan Gerabah Bentuk Karakter", "pcs", 15000, 800, 7),
    ]),
    ("K04", "Souvenir Akrilik Tangerang Kreatif", "mikro", "36.71", "", True, [
        ("ganci-akrilik", "Gantungan Kunci Akrilik Custom 2 Sisi", "pcs", 5000, 6000, 5),
        ("plakat-akrilik", "Plakat Akrilik Grafir Laser + Box", "pcs", 175000, 300, 5),
        ("ganci-akrilik", "GANCI AKRILIK Custom Foto/Logo Murah Grosir min 100", "pcs", 3500, 8000, 5),
    ]),
    ("K05", "Ukir Kayu Jepara Art", "kecil", "33.20", "svlk", True, [
        ("plakat-kayu", "Plakat Kayu Jati Ukir Logo Instansi", "pcs", 350000, 80, 14),
        ("kaligrafi-kayu", "Kaligrafi Kayu Ukir Ayat Kursi 60x120", "pcs", 1200000, 20, 21),
    ]),
    ("K06", "Boneka Flanel Kreasi Cilegon", "mikro", "36.72", "", True, [
        ("boneka-maskot", "Boneka Maskot Custom 30 cm", "pcs", 125000, 200, 14),
        ("ganci-flanel", "Gantungan Kunci Flanel Karakter", "pcs", 7000, 1500, 7),
    ]),
    ("K07", "Rotan Keranjang Gunung Sugih", "mikro", "18.02", "", True, [
        ("keranjang-rotan", "Keranjang Parsel Rotan Oval", "pcs", 45000, 400, 7),
        ("tudung-saji", "Tudung Saji Rotan Diameter 50", "pcs", 55000, 300, 7),
    ]),
    ("K08", "Siger Souvenir Lampung", "mikro", "18.71", "", True, [
        ("miniatur-siger", "Miniatur Siger Lampung Kuningan 20 cm", "pcs", 175000, 150, 10),
        ("ganci-siger", "Gantungan Kunci Siger Lampung", "pcs", 7500, 3000, 5),
    ]),
    ("K09", "Eceng Gondok Karawang Kreasi", "mikro", "32.15", "", True, [
        ("tas-eceng", "Tas Anyaman Eceng Gondok Wanita", "pcs", 85000, 300, 10),
        ("keranjang-eceng", "Keranjang Laundry Eceng Gondok", "pcs", 95000, 200, 10),
    ]),
    ("K10", "Grosir Souvenir Nikah Bekasi", "mikro", "32.75", "", True, [
        ("ganci-akrilik", "[FREE ONGKIR] Souvenir Gantungan Kunci Akrilik Bisa Custom 100pcs", "pcs", 3000, 10000, 4),
        ("tas-pandan", "Souvenir Tas Pandan Mini Murah Meriah", "pcs", 12000, 2000, 5),
    ]),

    # ---------------------------------------------------------------- perhiasan
    ("P01", "Perak Bakti Kotagede", "kecil", "34.71", "", True, [
        ("cincin-perak", "Cincin Perak 925 Ukir Motif", "pcs", 250000, 200, 10),
        ("bros-perak", "Bros Perak Filigri Bunga", "pcs", 185000, 200, 10),
        ("kalung-perak", "Kalung Perak Liontin Siger", "pcs", 320000, 100, 14),
    ]),
    ("P02", "Batu Kalimaya Sajira", "mikro", "36.02", "", True, [
        ("cincin-kalimaya", "Cincin Batu Kalimaya Banten Ikat Perak", "pcs", 350000, 60, 10),
        ("gelang-kalimaya", "Gelang Batu Kalimaya Kristal", "pcs", 150000, 100, 7),
    ]),
    ("P03", "Bros Hijab Pamulang Grosir", "mikro", "36.74", "", True, [
        ("bros-imitasi", "Bros Hijab Mutiara Imitasi", "pcs", 12000, 3000, 3),
        ("gelang-etnik", "Gelang Etnik Tali Kulit Unisex", "pcs", 25000, 1500, 3),
    ]),
    ("P04", "Kriya Kuningan Tapis Pringsewu", "mikro", "18.10", "", True, [
        ("anting-kuningan", "Anting Kuningan Motif Tapis", "pasang", 45000, 300, 7),
        ("gelang-kuningan", "Gelang Kuningan Ukir Lampung", "pcs", 65000, 300, 7),
    ]),
    ("P05", "Mutiara Lombok Sekarbela", "kecil", "52.71", "", True, [
        ("kalung-mutiara", "Kalung Mutiara Air Tawar Lombok", "pcs", 275000, 150, 10),
        ("bros-mutiara", "Bros Mutiara Laut Asli", "pcs", 400000, 80, 10),
    ]),

    # ---------------------------------------------------------------- furnitur
    ("U01", "Rotan Indah Plered", "kecil", "32.09", "svlk", True, [
        ("kursi-rotan-set", "Kursi Teras Rotan Sintetis Set 2 Kursi + 1 Meja", "set", 2750000, 40, 21),
        ("kursi-rotan", "Kursi Rotan Tunggal Natural", "pcs", 650000, 120, 14),
    ]),
    ("U02", "Mebel Jati Jepara Barokah", "menengah", "33.20", "svlk", True, [
        ("meja-kerja-jati", "Meja Kerja Kayu Jati 120x60 Laci 3", "pcs", 2500000, 40, 21),
        ("lemari-arsip-kayu", "Lemari Arsip Kayu Jati 2 Pintu Kaca", "pcs", 3500000, 25, 30),
        ("kursi-tamu-jati", "Kursi Tamu Jati Ukir Set 3-1-1 + Meja", "set", 9500000, 8, 30),
    ]),
    ("U03", "Bengkel Mebel Besi Cikande", "kecil", "36.04", "sni", True, [
        ("lemari-arsip-besi", "Filing Cabinet Besi 4 Laci", "unit", 2200000, 60, 14),
        ("loker", "Loker Besi 12 Pintu", "unit", 3200000, 30, 14),
        ("rak-besi", "Rak Besi Siku Lubang 5 Susun", "unit", 650000, 150, 7),
    ]),
    ("U04", "Meubel Kayu Rangkasbitung", "mikro", "36.02", "", True, [
        ("meja-belajar", "Meja Belajar Anak Kayu Mahoni", "pcs", 450000, 60, 14),
        ("rak-buku", "Rak Buku Kayu 5 Susun", "pcs", 650000, 50, 14),
        ("kursi-siswa", "Kursi Siswa Kayu Sekolah", "pcs", 250000, 400, 21),
        ("meja-siswa", "Meja Siswa Kayu 1 Orang", "pcs", 350000, 400, 21),
    ]),
    ("U05", "Sofa Custom Bekasi Utara", "mikro", "32.75", "", True, [
        ("sofa", "Sofa Tamu 3 Dudukan Model Oscar", "unit", 3500000, 20, 21),
    ]),
    ("U06", "PT Kursi Kantor Nusantara", "besar", "36.03", "sni;iso-9001", True, [
        ("kursi-kantor", "Kursi Kantor Putar Hidrolik Sandaran Tinggi", "unit", 650000, 3000, 7),
        ("meja-kantor", "Meja Kantor Minimalis 1/2 Biro", "unit", 1250000, 1000, 7),
    ]),
    ("U07", "Furnitur Kantor Cipondoh", "mikro", "36.71", "", True, [
        ("kursi-kantor", "Kursi Kerja Jaring (Mesh) Putar Sandaran Tinggi", "unit", 850000, 80, 10),
        ("meja-kantor", "Meja Kerja Staf HPL 120 cm", "unit", 1450000, 40, 14),
    ]),
    ("U08", "Bale Bambu Pagelaran", "mikro", "18.10", "", True, [
        ("bale-bambu", "Balai-Balai Bambu (Bale) 2x1 m", "unit", 750000, 20, 14),
        ("kursi-bambu", "Kursi Bambu Santai", "pcs", 250000, 60, 10),
    ]),

    # ---------------------------------------------------------------- herbal
    ("H01", "Jamu Gendong Mbok Sri Metro", "mikro", "18.72", "pirt", True, [
        ("jamu-kunyit-asam", "Jamu Kunyit Asam Botol 250 ml", "botol", 7000, 1500, 1),
        ("beras-kencur", "Beras Kencur Botol 250 ml", "botol", 7000, 1200, 1),
    ]),
    ("H02", "Herbal Temulawak Menes", "kecil", "36.01", "bpom", True, [
        ("temulawak-instan", "Serbuk Temulawak Instan 250 gr", "pak", 25000, 1500, 5),
        ("kapsul-kunyit-putih", "Kapsul Ekstrak Kunyit Putih isi 60", "botol", 65000, 600, 5),
    ]),
    ("H03", "Koperasi Madu Hutan Ujung Kulon", "koperasi", "36.01", "halal", True, [
        ("madu-hutan", "Madu Hutan Murni Ujung Kulon 500 gr", "botol", 125000, 400, 7),
        ("madu-hutan", "MADU HUTAN BADUY ASLI 250ML Original 100% Murni", "botol", 70000, 300, 5),
    ]),
    ("H04", "Minyak Atsiri Liwa", "mikro", "18.04", "", True, [
        ("minyak-sereh", "Minyak Sereh Wangi Murni 100 ml", "botol", 55000, 400, 7),
        ("balsem", "Balsem Herbal Jahe Merah 20 gr", "pot", 15000, 800, 5),
    ]),
    ("H05", "Toga Sehat Rengasdengklok", "mikro", "32.15", "pirt", True, [
        ("kelor-kering", "Simplisia Daun Kelor Kering 100 gr", "pak", 20000, 500, 5),
        ("teh-kelor", "Teh Celup Daun Kelor isi 20", "kotak", 22000, 700, 5),
    ]),
    ("H06", "Rumah Jamu Sehat Kota Serang", "mikro", "36.73", "pirt", True, [
        ("jamu-kunyit-asam", "Jamu Kunyit Asem Segar Botol 330 ml", "botol", 9000, 800, 1),
        ("jahe-merah-bubuk", "Jahe Merah Bubuk Instan Tanpa Gula 200 gr", "pak", 30000, 500, 4),
    ]),

    # ---------------------------------------------------------------- kosmetik
    ("S01", "Sabun Herbal Sereh Wangi Bogor", "mikro", "32.01", "bpom", True, [
        ("sabun-batang", "Sabun Batang Sereh Wangi Handmade 100 gr", "pcs", 18000, 2000, 5),
        ("sabun-cuci-tangan", "Sabun Cair Cuci Tangan Aroma Jeruk 500 ml", "botol", 25000, 1500, 5),
    ]),
    ("S02", "Lilin Aromaterapi Serang", "mikro", "36.73", "", True, [
        ("lilin-aromaterapi", "Lilin Aromaterapi Gelas Kaca 100 gr Soy Wax", "pcs", 45000, 500, 7),
        ("reed-diffuser", "Reed Diffuser Essential Oil 50 ml", "botol", 55000, 400, 7),
    ]),
    ("S03", "Kosmetik Alami Bunda Lampung", "kecil", "18.71", "bpom;halal", True, [
        ("lulur", "Lulur Mandi Bengkoang 200 gr", "pot", 30000, 1000, 5),
        ("masker-wajah", "Masker Wajah Bubuk Beras Organik 100 gr", "pot", 35000, 800, 5),
        ("minyak-kemiri", "Minyak Kemiri Penumbuh Rambut 100 ml", "botol", 40000, 700, 5),
    ]),
    ("S04", "Sabun Susu Kambing Pasar Kemis", "mikro", "36.03", "bpom", True, [
        ("sabun-transparan", "Sabun Transparan Susu Kambing 80 gr", "pcs", 15000, 2500, 5),
        ("body-lotion", "Body Lotion Kopi Susu 200 ml", "botol", 45000, 600, 7),
    ]),
    ("S05", "Hampers Spa Kota Tangerang", "mikro", "36.71", "", True, [
        ("lilin-aromaterapi", "LILIN AROMATERAPI Kaleng Souvenir 50gr Bisa Custom Label", "pcs", 22000, 1500, 5),
        ("sabun-batang", "Sabun Mandi Batang Herbal Souvenir 50 gr", "pcs", 8000, 3000, 5),
    ]),

    # ---------------------------------------------------------------- logam
    ("L01", "Pandai Besi Waringinkurung", "mikro", "36.04", "", True, [
        ("cangkul", "Cangkul Baja Tempa Gagang Kayu", "pcs", 95000, 400, 7),
        ("sabit", "Arit / Sabit Rumput Baja Tempa", "pcs", 55000, 600, 7),
        ("golok", "Golok Tebas Gagang Kayu Sarung Kulit", "pcs", 110000, 300, 7),
    ]),
    ("L02", "Bengkel Las Teralis Cipocok", "mikro", "36.73", "", True, [
        ("teralis", "Tralis Jendela Besi Hollow per m2", "m2", 450000, 150, 10),
        ("pagar-besi", "Pagar Besi Minimalis per meter lari", "m", 750000, 100, 14),
        ("kanopi", "Kanopi Baja Ringan Atap Alderon per m2", "m2", 350000, 200, 14),
    ]),
    ("L03", "Aluminium Cor Rajeg", "kecil", "36.03", "", True, [
        ("wajan", "Wajan Aluminium Cor Diameter 40 cm", "pcs", 85000, 800, 7),
        ("dandang", "Dandang Aluminium 30 Liter", "pcs", 275000, 300, 7),
        ("panci-set", "Panci Aluminium Set 5 pcs", "set", 180000, 400, 7),
    ]),
    ("L04", "Bengkel Alsintan Metro Tani", "kecil", "18.72", "sni", True, [
        ("sprayer", "Hand Sprayer Elektrik 16 Liter", "unit", 425000, 200, 10),
        ("perontok-padi", "Mesin Perontok Padi Pedal (Gebotan)", "unit", 3500000, 15, 21),
        ("cangkul", "Cangkul Baja Karbon Model Lampung", "pcs", 85000, 500, 7),
    ]),
    ("L05", "Medali & Piala Bekasi Jaya", "mikro", "32.75", "", True, [
        ("medali", "Medali Kuningan Custom Emboss 5 cm + Tali", "pcs", 35000, 2000, 10),
        ("piala", "Piala Logam Tinggi 50 cm + Marmer", "pcs", 450000, 150, 10),
        ("pin-kuningan", "Pin Kuningan Logo Instansi Enamel", "pcs", 25000, 3000, 10),
    ]),
    ("L06", "Stainless Kreasi Serpong", "mikro", "36.74", "", True, [
        ("tiang-bendera", "Tiang Bendera Stainless 7 m", "unit", 4500000, 10, 21),
        ("rak-piring-stainless", "Rak Piring Stainless 3 Susun", "unit", 350000, 100, 7),
    ]),

    # ---------------------------------------------------------------- percetakan
    ("C01", "Percetakan Mandiri Cipocok", "kecil", "36.73", "", True, [
        ("spanduk", "Cetak Spanduk Flexi 280 gr per m2", "m2", 25000, 3000, 2),
        ("brosur", "Cetak Brosur A4 Art Paper 150 gr Full Color", "lembar", 1500, 20000, 3),
        ("buku-yasin", "Cetak Buku Yasin Hardcover 160 hlm", "pcs", 25000, 2000, 10),
        ("map-cetak", "Map Folder Kop Instansi Cetak Full Color", "pcs", 6000, 5000, 5),
    ]),
    ("C02", "Digital Printing Karawaci", "mikro", "36.71", "", True, [
        ("x-banner", "X-Banner 60x160 + Rangka", "pcs", 85000, 500, 1),
        ("kartu-nama", "Kartu Nama Art Carton 260 gr (1 box 100 lbr)", "box", 35000, 800, 2),
        ("id-card", "ID Card PVC 2 Sisi + Tali Lanyard Printing", "pcs", 15000, 3000, 4),
        ("stiker", "Stiker Vinyl Cutting Logo per m2", "m2", 95000, 300, 2),
    ]),
    ("C03", "Toko ATK Sumber Ilmu Metro", "kecil", "18.72", "", True, [
        ("hvs-a4-70", "Kertas HVS A4 70 gr (1 rim 500 lbr)", "rim", 52000, 3000, 3),
        ("hvs-f4-70", "Kertas HVS F4 70 gr 1 Rim", "rim", 58000, 2000, 3),
        ("pulpen", "Ballpoint Pen Hitam 0.5 (1 box isi 12)", "box", 30000, 2000, 3),
        ("map-plastik", "Map Plastik Kancing Folio", "pcs", 2500, 10000, 3),
        ("buku-tulis", "Buku Tulis 38 Lembar (1 pak isi 10)", "pak", 35000, 2000, 3),
    ]),
    ("C04", "Kemasan Kardus Cikupa", "kecil", "36.03", "", True, [
        ("dus-nasi", "Dus Nasi Kotak Cetak Logo 20x20", "pcs", 1500, 30000, 7),
        ("paper-bag", "Paper Bag Kraft Cetak Logo 25x30", "pcs", 4500, 10000, 7),
        ("dus-snack", "Kotak Snack Putih Polos 15x15", "pcs", 800, 50000, 5),
    ]),
    ("C05", "Undangan & Sertifikat Pringsewu", "mikro", "18.10", "", True, [
        ("sertifikat", "Cetak Sertifikat/Piagam Art Carton 260 gr", "lembar", 3500, 5000, 3),
        ("undangan", "Cetak Undangan Softcover 1 Lipat", "pcs", 4000, 5000, 5),
        ("kalender-dinding", "Kalender Dinding 2027 Custom 6 Lembar", "pcs", 35000, 2000, 10),
    ]),
    ("C06", "PT Kertas Nusantara Cilegon", "besar", "36.72", "sni;iso-9001", True, [
        ("hvs-a4-80", "Kertas HVS A4 80 gr Putih 1 Rim", "rim", 62000, 100000, 3),
        ("hvs-a4-70", "Kertas HVS A4 70 gsm 1 rim", "rim", 47000, 100000, 3),
    ]),
    ("C07", "Toko ATK Online Cilegon", "mikro", "36.72", "", True, [
        ("hvs-a4-70", "KERTAS HVS A4 70GSM 1 RIM 500 Lembar Termurah", "rim", 50000, 1500, 2),
        ("pulpen", "Pulpen Gel Hitam Grosir 1 Lusin READY", "lusin", 28000, 1500, 2),
        ("stabilo", "Stabilo Highlighter Warna Set isi 5", "set", 25000, 800, 2),
    ]),

    # ---------------------------------------------------------------- pertanian
    ("T01", "Kebun Bibit Cipanas Lebak", "mikro", "36.02", "", True, [
        ("bibit-durian", "Bibit Durian Montong Okulasi 60 cm", "batang", 35000, 2000, 7),
        ("bibit-alpukat", "Bibit Alpukat Miki Sambung Pucuk", "batang", 40000, 1500, 7),
        ("monstera", "Tanaman Hias Monstera Pot 20", "pot", 75000, 200, 5),
        ("sansevieria", "Tanaman Hias Lidah Mertua (Sansevieria)", "pot", 35000, 500, 5),
    ]),
    ("T02", "Koi & Ikan Hias Bogor", "mikro", "32.71", "", True, [
        ("koi", "Ikan Koi Lokal Blitar 15 cm", "ekor", 25000, 1500, 3),
        ("cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 20000, 1000, 3),
        ("koki", "Ikan Mas Koki Oranda", "ekor", 30000, 600, 3),
    ]),
    ("T03", "Pakan Ikan Mandiri Sukadana", "kecil", "18.07", "sni", True, [
        ("pakan-ikan", "Pelet Ikan Apung Protein 30% Karung 30 kg", "karung", 320000, 600, 5),
        ("pakan-ayam", "Pakan Ayam Petelur Konsentrat 50 kg", "karung", 430000, 400, 5),
    ]),
    ("T04", "Kelompok Tani Bibit Padi Pringsewu", "koperasi", "18.10", "sni", True, [
        ("benih-padi", "Benih Padi Inpari 32 Bersertifikat 5 kg", "kantong", 65000, 2000, 7),
        ("bibit-kopi", "Bibit Kopi Robusta Polybag 6 Bulan", "batang", 3500, 20000, 7),
    ]),
    ("T05", "Benih Ikan Sepatan", "mikro", "36.03", "", True, [
        ("benih-nila", "Benih Ikan Nila Merah Ukuran 5-7 cm", "ekor", 300, 100000, 3),
        ("benih-lele", "Bibit Lele Sangkuriang 7-9 cm", "ekor", 250, 150000, 3),
    ]),
    ("T06", "Hidroponik Kebon Serang", "mikro", "36.73", "", True, [
        ("selada", "Selada Hidroponik 250 gr", "pak", 12000, 1500, 1),
        ("pakcoy", "Pakcoy Hidroponik 250 gr", "pak", 10000, 1500, 1),
    ]),
    ("T07", "Peternakan Ayam Petelur Saketi", "mikro", "36.01", "", True, [
        ("telur", "Telur Ayam Ras Segar per kg", "kg", 27000, 4000, 2),
        ("telur-puyuh", "Telur Puyuh 1 Pak isi 50", "pak", 22000, 800, 2),
    ]),
    ("T08", "Koperasi Pupuk Organik Lebak", "koperasi", "36.02", "", True, [
        ("kompos", "Pupuk Kompos Organik 25 kg", "karung", 35000, 3000, 5),
        ("poc", "POC (Pupuk Organik Cair) 1 Liter", "botol", 25000, 2000, 5),
    ]),
    ("T09", "Nelayan Mandiri Labuan", "koperasi", "36.01", "", True, [
        ("ikan-segar", "Ikan Tongkol Segar per kg", "kg", 38000, 2000, 1),
        ("ikan-asin", "Ikan Asin Jambal Roti 250 gr", "pak", 45000, 500, 4),
    ]),
    ("T10", "Tani Jaya Agro Online", "mikro", "32.16", "", True, [
        ("bibit-durian", "BIBIT DURIAN MUSANGKING Super Cepat Berbuah Siap Tanam", "batang", 55000, 500, 5),
        ("sansevieria", "Tanaman Hias Sansevieria Murah Pot Plastik Grosir", "pot", 15000, 2000, 4),
    ]),

    # ---------------------------------------------------------------- lainnya
    ("X01", "Sapu Ijuk Cikande Bersih", "mikro", "36.04", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 2000, 5),
        ("sapu-lidi", "Sapu Lidi Aren Ikat Gagang", "pcs", 12000, 3000, 5),
        ("kemoceng", "Kemoceng Bulu Ayam Asli", "pcs", 20000, 800, 5),
        ("pel", "Alat Pel Lantai Kain + Gagang", "pcs", 35000, 1000, 5),
    ]),
    ("X02", "Koperasi Wanita Kebersihan Metro", "koperasi", "18.72", "", True, [
        ("pembersih-lantai", "Cairan Pembersih Lantai Aroma Lemon 1 liter", "botol", 15000, 3000, 4),
        ("deterjen", "Deterjen Cair 1 liter", "botol", 18000, 3000, 4),
    ]),
    ("X03", "Keset Perca Tambun", "mikro", "32.16", "", True, [
        ("keset", "Keset Kaki Kain Perca 40x60 cm", "pcs", 15000, 3000, 5),
        ("serbet", "Lap Serbet Dapur Katun", "pcs", 5000, 5000, 4),
    ]),
    ("X04", "Fiber Kreasi Serpong", "mikro", "36.74", "", True, [
        ("tempat-sampah-pilah", "Tong Sampah Pilah 3 in 1 Fiber 50 L", "set", 1850000, 40, 14),
        ("tempat-sampah-injak", "Tempat Sampah Plastik Injak 30 L", "pcs", 125000, 300, 5),
    ]),
    ("X05", "Mainan Edukasi Kayu Bogor", "mikro", "32.01", "", True, [
        ("puzzle-kayu", "Puzzle Kayu Huruf dan Angka", "pcs", 35000, 1000, 7),
        ("balok-kayu", "APE Balok Kayu TK Set 100 pcs", "set", 350000, 100, 10),
    ]),
    ("X06", "Bendera Umbul-Umbul Kota Serang", "mikro", "36.73", "", True, [
        ("bendera", "Bendera Merah Putih Katun 120x180", "pcs", 55000, 1500, 4),
        ("umbul-umbul", "Umbul-Umbul Kain Rayon 5 m Sablon", "pcs", 65000, 800, 7),
    ]),
    ("X07", "Perlengkapan Kebersihan Bandar Lampung", "mikro", "18.71", "", False, [
        ("sapu-ijuk", "Sapu Ijuk Lampung Kuat", "pcs", 22000, 2000, 4),
        ("keset", "Keset Sabut Kelapa 40x60", "pcs", 30000, 1000, 5),
    ]),
]

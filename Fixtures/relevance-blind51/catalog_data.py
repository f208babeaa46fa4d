"""Hand-written suppliers and products of relevance-blind51 (fictional businesses, real Kemendagri regions).

Each supplier: (key, name, scale, region, certificates, active, products); the key's first letter gives the
category. Each product: (kind, name as the maker writes it, unit, unit price, capacity per month, lead days).
The kind is the labeller's tag of what the product is; it never reaches the CSVs.
"""

CATEGORY = {
    "M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
    "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
    "X": "lainnya",
}

# Kinds made fresh: the whole quantity in the delivery month, and labelled only from the need's
# kabupaten/kota when one qualifies, else its province.
PERISHABLE = {"nasikotak_bgr", "nasibox_dpk", "nasimaranggi", "nasikotak_krw", "nasikotak_srg", "nasibox_mtr",
              "snackbox_bgr", "kuekotak_krw", "snackbox_srg", "prasmanan", "tumpeng", "jamukunyit", "beraskencur"}

NASI = ["nasikotak_bgr", "nasibox_dpk", "nasimaranggi", "nasikotak_krw", "nasikotak_srg", "nasibox_mtr"]
SNACK = ["snackbox_bgr", "kuekotak_krw", "snackbox_srg"]

SUPPLIERS = [
    # ---------------- fesyen ----------------
    ("F01", "Konveksi Rapi Jaya Cibinong", "kecil", "32.01", "iso-9001", True, [
        ("pdh", "Seragam PDH Khaki Lengan Panjang bahan American Drill", "stel", 185000, 1500, 21),
        ("kemejaputih", "Kemeja Putih Lengan Panjang Kantor (Katun Toyobo)", "pcs", 120000, 1200, 14),
        ("rompi", "Rompi Lapangan / Vest Proyek Bordir Logo", "pcs", 95000, 800, 14),
    ]),
    ("F02", "Sanggar Batik Tradisiku Bogor", "mikro", "32.71", "batikmark", True, [
        ("batiktulis", "Kain Batik Tulis Motif Kujang Kijang 2 m", "lembar", 650000, 60, 20),
        ("batikcap_bgr", "Kemeja Batik Cap Pria Motif Hujan Gerimis khas Bogor", "pcs", 165000, 400, 10),
    ]),
    ("F03", "Batik Karawang Lumbung Padi", "mikro", "32.15", "", True, [
        ("batikprint", "Kain Batik Printing Motif Padi Karawang 2,25 m", "lembar", 85000, 900, 7),
        ("batikcap_krw", "Kemeja Batik Cap Lengan Pendek Motif Kapal Rengasdengklok", "pcs", 175000, 300, 10),
    ]),
    ("F04", "Sepatu Ciomas Jaya Abadi", "kecil", "32.01", "sni", True, [
        ("pantofel", "Sepatu Pantofel Kulit Sapi Pria Hitam", "pasang", 285000, 600, 14),
        ("sepatusekolah", "Sepatu Sekolah Hitam Tali Anak SD/SMP", "pasang", 95000, 2000, 10),
        ("sepatusafety", "Sepatu Safety Boot Ujung Besi Kulit", "pasang", 245000, 300, 14),
    ]),
    ("F05", "Tas Tajur Berkah Mandiri", "mikro", "32.71", "", True, [
        ("ransel", "Tas Ransel Laptop 15 inch Polyester", "pcs", 135000, 800, 10),
        ("tasseminar", "Tas Seminar Resleting Dinier 600D Sablon Logo", "pcs", 42000, 3000, 10),
        ("totebag", "Totebag Kanvas Blacu 30x40 Sablon 1 Warna", "pcs", 18000, 5000, 7),
    ]),
    ("F06", "Konveksi Kaos Margonda", "kecil", "32.76", "", True, [
        ("kaos", "Kaos Oblong Cotton Combed 30s Sablon Logo", "pcs", 55000, 4000, 10),
        ("polo", "Polo Shirt Lacoste PE Bordir Instansi", "pcs", 85000, 1500, 14),
        ("jaket", "Jaket Parasut Taslan Bordir Nama", "pcs", 175000, 600, 21),
    ]),
    ("F07", "Tapis Sulam Pringsewu Indah", "mikro", "18.10", "", True, [
        ("tapis", "Kain Tapis Lampung Sulam Benang Emas 1 m", "lembar", 1250000, 25, 30),
        ("selendangtapis", "Selendang Tapis Motif Kapal", "pcs", 275000, 80, 14),
    ]),
    ("F08", "Busana Muslim Bu Enok Purwakarta", "mikro", "32.14", "", True, [
        ("kerudung", "Jilbab Segi Empat Voal Motif", "pcs", 45000, 1000, 7),
        ("peci", "Peci Hitam Beludru Nasional No. 7", "pcs", 38000, 800, 7),
    ]),
    ("F09", "PT Garmen Nusantara Karawang", "besar", "32.15", "iso-9001", True, [
        ("pdh", "Seragam PDH Pemda Bahan Nagata Drill", "stel", 165000, 20000, 14),
        ("kaos", "Kaos Polos Cotton Combed 24s", "pcs", 38000, 50000, 7),
    ]),
    ("F10", "Sepatu Kulit Ciomas Lama", "mikro", "32.01", "", False, [
        ("pantofel", "Sepatu Pantofel Pria Kulit Asli", "pasang", 210000, 300, 10),
    ]),
    # ---------------- furnitur ----------------
    ("U01", "Mebel Sekolah Karya Mandiri", "kecil", "32.01", "svlk", True, [
        ("mejasiswa", "Meja Siswa Kayu Mahoni 1 Orang (60x40x75 cm)", "unit", 450000, 400, 21),
        ("kursisiswa", "Kursi Siswa Kayu Mahoni Sandaran Bilah", "unit", 275000, 400, 21),
        ("mejaguru", "Meja Guru 1/2 Biro Kayu Jati Belanda", "unit", 1250000, 60, 21),
        ("papantulis", "Papan Tulis Whiteboard Bingkai Kayu 120x240", "unit", 850000, 80, 14),
    ]),
    ("U02", "Rotan Sintetis Plumbon", "kecil", "32.09", "", True, [
        ("kursirotan", "Kursi Teras Rotan Sintetis Set 2 Kursi 1 Meja", "set", 2750000, 40, 21),
    ]),
    ("U03", "Jati Purwakarta Interior", "mikro", "32.14", "svlk", True, [
        ("lemariarsip", "Lemari Arsip Kayu Jati 2 Pintu Kaca 180x90", "unit", 4200000, 20, 30),
        ("rakbuku", "Rak Buku Kayu 5 Susun 80x30x180", "unit", 1150000, 40, 21),
        ("mejakantor", "Meja Kerja Kantor Kayu 120x60 Laci 3", "unit", 1650000, 40, 21),
    ]),
    ("U04", "Karya Besi Depok Furniture", "kecil", "32.76", "sni", True, [
        ("filingcabinet", "Filing Cabinet Besi 4 Laci Folio", "unit", 2350000, 50, 14),
        ("kursilipat", "Kursi Lipat Besi Chitose Model Futura", "unit", 285000, 600, 10),
        ("lokerbesi", "Loker Besi 12 Pintu", "unit", 3100000, 20, 21),
    ]),
    ("U05", "Meubel Kayu Telukjambe", "mikro", "32.15", "", True, [
        ("kursiputar", "Kursi Kantor Putar Jaring Mesh Hidrolik", "unit", 650000, 100, 10),
        ("sofa", "Sofa Tamu Set 3-2-1 Oscar", "set", 6500000, 8, 30),
        ("mejarapat", "Meja Rapat Oval 240x120 (8 orang) HPL", "unit", 5200000, 10, 30),
    ]),
    ("U06", "Mebel Jepara Metro", "mikro", "18.72", "", True, [
        ("lemariarsip2", "Lemari Buku/Arsip Kayu Mahoni 4 Pintu", "unit", 3600000, 15, 30),
        ("mejasiswa2", "Meja Belajar Siswa Double 2 Orang", "unit", 650000, 200, 21),
    ]),
    ("U07", "PT Furnindo Cikarang", "besar", "32.16", "sni;iso-9001", True, [
        ("kursilipat", "Kursi Lipat Besi Futura Cover Kain", "unit", 210000, 10000, 7),
        ("filingcabinet", "Filing Cabinet 4 Laci Besi", "unit", 1900000, 500, 7),
    ]),
    # ---------------- logam ----------------
    ("L01", "Pandai Besi Ciomas Serang", "mikro", "36.04", "", True, [
        ("golok", "Golok Ciomas Sarung Kayu Asli", "pcs", 350000, 60, 14),
        ("arit", "Arit / Celurit Rumput Baja Per", "pcs", 55000, 400, 7),
        ("cangkul", "Cangkul Baja Tempa + Gagang", "pcs", 95000, 300, 7),
    ]),
    ("L02", "Bengkel Las Teralis Sinar Cibinong", "mikro", "32.01", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow Motif Minimalis per m2", "m2", 450000, 200, 14),
        ("pagarbesi", "Pagar Besi Hollow 4x4 Galvanis per meter lari", "meter", 650000, 150, 21),
        ("kanopi", "Kanopi Baja Ringan Atap Alderon per m2", "m2", 550000, 200, 14),
        ("tiangbendera", "Tiang Bendera Stainless 7 Meter", "unit", 3500000, 10, 21),
    ]),
    ("L03", "Las Karawang Jaya Teknik", "mikro", "32.15", "", True, [
        ("gerobak", "Gerobak Sorong Dorong Roda Satu", "unit", 550000, 100, 10),
        ("tongbesi", "Tong Sampah Besi Plat Tutup 120 L", "unit", 750000, 60, 14),
        ("rakbesi", "Rak Besi Siku Lubang 5 Susun 200x90x45", "unit", 850000, 60, 10),
    ]),
    ("L04", "Pande Besi Kota Agung", "mikro", "18.06", "", True, [
        ("parang", "Parang Kebun Lampung Baja Per", "pcs", 125000, 200, 10),
        ("pisaudapur", "Pisau Dapur Stainless Set 3 pcs", "set", 85000, 300, 7),
    ]),
    ("L05", "Kuningan Grafir Sawangan", "mikro", "32.76", "", True, [
        ("plakatlogam", "Plakat Kuningan Grafir Logo Kotak Beludru", "pcs", 325000, 150, 14),
        ("pinkuningan", "Pin Logo Kuningan Lapis Emas", "pcs", 35000, 2000, 14),
    ]),
    # ---------------- percetakan ----------------
    ("C01", "Percetakan Mitra Grafika Depok", "kecil", "32.76", "", True, [
        ("kartunama", "Kartu Nama Art Carton 260 gr 1 box isi 100", "box", 35000, 3000, 3),
        ("spanduk", "Spanduk Banner Flexi 280 gr per m2", "m2", 22000, 5000, 2),
        ("xbanner", "X-Banner 60x160 + Rangka", "pcs", 95000, 500, 3),
        ("mapfolder", "Map Folder Logo Instansi Art Carton 310 gr", "pcs", 6500, 10000, 7),
    ]),
    ("C02", "CV Cetak Kilat Karawang", "kecil", "32.15", "", True, [
        ("kopsurat", "Kertas Kop Surat A4 HVS 80 gr Cetak 1 rim", "rim", 185000, 300, 5),
        ("amplop", "Amplop Kop Dinas Cetak Logo 110x230 isi 500", "box", 225000, 200, 5),
        ("bukuagenda", "Buku Agenda Hard Cover Cetak Logo A5", "pcs", 45000, 2000, 14),
        ("kalender", "Kalender Dinding 6 Lembar Custom 2027", "pcs", 28000, 5000, 14),
    ]),
    ("C03", "Toko ATK Sumber Ilmu Purwakarta", "mikro", "32.14", "", True, [
        ("kertasa4", "Kertas HVS A4 70 gram Sinar Dunia 1 rim", "rim", 52000, 2000, 2),
        ("pulpen", "Pulpen Standard AE7 Hitam 1 pak isi 12", "pak", 24000, 3000, 2),
        ("mapplastik", "Map Plastik Kancing L Folio", "pcs", 2500, 10000, 2),
        ("bukutulis", "Buku Tulis Sidu 38 lembar 1 pak isi 10", "pak", 42000, 3000, 2),
    ]),
    ("C04", "Sablon dan Digital Printing Metro", "mikro", "18.72", "", True, [
        ("stiker", "Stiker Vinyl Cetak + Cutting A3+", "lembar", 18000, 2000, 2),
        ("idcard", "ID Card PVC Cetak 2 Sisi + Tali Lanyard", "pcs", 15000, 3000, 5),
        ("sertifikat", "Piagam / Sertifikat Cetak Art Paper 230 gr A4", "lembar", 3500, 5000, 3),
    ]),
    ("C05", "Dus Kemasan Kaujon Serang", "mikro", "36.73", "", True, [
        ("dusnasi", "Dus Nasi Kotak Laminasi 20x20 Cetak Logo", "pcs", 1800, 20000, 7),
        ("paperbag", "Paper Bag Kraft Tali 25x10x30 Sablon Logo", "pcs", 7500, 5000, 10),
    ]),
    # ---------------- lainnya ----------------
    ("X01", "Sapu Ijuk Lebak Mandiri", "mikro", "36.02", "", True, [
        ("sapuijuk", "Sapu Ijuk Gagang Kayu", "pcs", 22000, 1500, 5),
        ("sapulidi", "Sapu Lidi Aren Ikat Besar", "ikat", 12000, 3000, 3),
        ("kemoceng", "Kemoceng Bulu Ayam Asli 60 cm", "pcs", 25000, 500, 5),
    ]),
    ("X02", "Koperasi Bersih Sehat Bogor", "koperasi", "32.01", "", True, [
        ("pembersihlantai", "Cairan Pembersih Lantai Aroma Sereh 5 Liter (jerigen)", "jerigen", 65000, 800, 5),
        ("sabuncuci", "Sabun Cuci Piring Cair Jeruk Nipis 5 L", "jerigen", 55000, 800, 5),
        ("pelmop", "Alat Pel Lantai Mop Kain Microfiber + Gagang", "pcs", 45000, 500, 5),
        ("lapmicro", "Kain Lap Microfiber 40x40 isi 10", "pak", 45000, 800, 3),
    ]),
    ("X03", "Keset dan Perabot Cinere", "mikro", "32.76", "", True, [
        ("keset", "Keset Kaki Sabut Kelapa 40x60", "pcs", 35000, 600, 5),
        ("tongsampahpilah", "Tempat Sampah Pilah 3 Warna Organik/Anorganik/B3 60 L", "set", 1450000, 40, 14),
    ]),
    ("X04", "Bendera dan Umbul-umbul Cikampek", "mikro", "32.15", "", True, [
        ("bendera", "Bendera Merah Putih Katun 120x180", "pcs", 55000, 2000, 5),
        ("umbul", "Umbul-umbul Kain Satin 5 m + Tiang Bambu", "pcs", 85000, 500, 7),
    ]),
    # ---------------- makanan ----------------
    ("M01", "Keripik Singkong Bu Tati Karawang", "mikro", "32.15", "pirt;halal", True, [
        ("keripiksingkong", "Keripik Singkong Balado 250 gr", "bungkus", 15000, 3000, 3),
        ("keripikpisang", "Keripik Pisang Manis 250 gr", "bungkus", 17000, 2000, 3),
    ]),
    ("M02", "Dapur Talas Bogor", "kecil", "32.71", "halal;pirt", True, [
        ("bolutalas", "Bolu Talas Bogor Kotak Premium", "box", 55000, 2000, 2),
        ("lapistalas", "Lapis Legit Talas Loyang 20x20", "loyang", 145000, 300, 3),
    ]),
    ("M03", "Kemplang Ikan Kota Agung", "mikro", "18.06", "pirt", True, [
        ("kemplang", "Kerupuk Kemplang Ikan Tenggiri Panggang 500 gr", "bungkus", 45000, 1000, 5),
        ("otakotak", "Otak-otak Ikan Frozen isi 25", "pak", 40000, 500, 3),
    ]),
    ("M04", "Sambal Teh Iroh Depok", "mikro", "32.76", "pirt;halal", True, [
        ("sambalbawang", "Sambal Bawang Botol 200 ml", "botol", 25000, 1500, 3),
        ("sambalcumi", "Sambal Cumi Pedas Jar 150 gr", "jar", 38000, 600, 3),
    ]),
    ("M05", "Emping dan Kue Kering Menes", "mikro", "36.01", "pirt-expired", True, [
        ("emping", "Emping Melinjo Menes Mentah 1 kg", "kg", 110000, 400, 5),
        ("kuekering", "Kue Kering Nastar Toples 500 gr", "toples", 85000, 600, 5),
    ]),
    ("M06", "Dodol Betawi Tambun", "mikro", "32.16", "halal", True, [
        ("dodol", "Dodol Betawi Ketan Hitam 500 gr", "box", 45000, 800, 5),
    ]),
    ("M07", "Simping Kaum Purwakarta", "mikro", "32.14", "pirt", True, [
        ("simping", "Simping Kaum Purwakarta Aneka Rasa 250 gr", "bungkus", 20000, 1500, 3),
        ("manisanpala", "Manisan Pala Basah 500 gr", "toples", 35000, 500, 3),
    ]),
    # ---------------- minuman ----------------
    ("N01", "Kopi Robusta Liwa Sejahtera", "kecil", "18.04", "halal", True, [
        ("kopirobusta", "Kopi Bubuk Robusta Lampung Barat 250 gr", "bungkus", 35000, 2000, 5),
        ("greenbean", "Green Bean Robusta Grade 1 1 kg", "kg", 85000, 800, 7),
    ]),
    ("N02", "Kopi Cibulao Puncak", "mikro", "32.01", "halal", True, [
        ("kopiarabika", "Kopi Arabika Cibulao Puncak Bogor Roasted Bean 200 gr", "pack", 75000, 400, 5),
    ]),
    ("N03", "Tirta Karawang Murni", "kecil", "32.15", "sni;bpom", True, [
        ("amdkbotol", "Air Mineral AMDK Botol 600 ml Dus isi 24", "dus", 42000, 5000, 3),
        ("amdkgelas", "Air Mineral Gelas 220 ml Dus isi 48", "dus", 26000, 6000, 3),
    ]),
    ("N04", "Sari Belimbing Dewa Depok", "mikro", "32.76", "pirt", True, [
        ("sirupbelimbing", "Sirup Belimbing Dewa Depok 600 ml", "botol", 30000, 600, 5),
    ]),
    ("N05", "Jahe Merah Instan Wanayasa", "mikro", "32.14", "pirt;halal", True, [
        ("jaheinstan", "Jahe Merah Instan Bubuk 250 gr", "bungkus", 28000, 1000, 5),
    ]),
    # ---------------- jasa-boga ----------------
    ("J01", "Katering Sunda Rasa Cibinong", "kecil", "32.01", "halal", True, [
        ("nasikotak_bgr", "Nasi Kotak Ayam Bakar + Lalapan", "kotak", 35000, 3000, 2),
        ("snackbox_bgr", "Snack Box isi 3 Kue Basah", "kotak", 12000, 4000, 1),
    ]),
    ("J02", "Dapur Depok Catering", "mikro", "32.76", "halal", True, [
        ("nasibox_dpk", "Nasi Box Rendang Komplit", "box", 40000, 1500, 2),
        ("prasmanan", "Prasmanan Menu Nasional per pax (min 100)", "pax", 55000, 2000, 3),
    ]),
    ("J03", "Maranggi Catering Plered", "mikro", "32.14", "halal", True, [
        ("nasimaranggi", "Paket Nasi Sate Maranggi Kotak", "kotak", 38000, 1200, 2),
        ("tumpeng", "Nasi Tumpeng Kuning 20 Porsi", "tumpeng", 650000, 30, 2),
    ]),
    ("J04", "Katering Ibu Yayah Karawang", "mikro", "32.15", "", True, [
        ("nasikotak_krw", "Nasi Kotak Ayam Goreng Karawang", "kotak", 30000, 800, 2),
        ("kuekotak_krw", "Kue Kotak Isi 4 (Lemper, Risol, Bolu, Sus)", "kotak", 13000, 1500, 1),
    ]),
    ("J05", "Katering Berkah Kota Serang", "kecil", "36.73", "halal", True, [
        ("nasikotak_srg", "Nasi Kotak Menu Ayam Bakakak", "kotak", 33000, 2000, 2),
        ("snackbox_srg", "Snack Box Rapat 3 Item", "kotak", 11000, 3000, 1),
    ]),
    ("J07", "Katering Jumbo Cikampek", "kecil", "32.15", "halal", False, [
        ("nasikotak_krw", "Nasi Kotak Prasmanan Box Ayam Goreng Bumbu Kuning", "kotak", 32000, 6000, 3),
    ]),
    ("J06", "Warung Nasi Metro Barokah", "mikro", "18.72", "halal", True, [
        ("nasibox_mtr", "Nasi Box Ayam Goreng Lalapan", "box", 28000, 600, 2),
    ]),
    # ---------------- kerajinan ----------------
    ("K01", "Gerabah Plered Anugrah", "mikro", "32.14", "", True, [
        ("guci", "Guci Keramik Plered Hias 40 cm", "pcs", 185000, 200, 14),
        ("potbunga", "Pot Tanah Liat Gerabah Tanam Diameter 30", "pcs", 25000, 2000, 7),
        ("miniaturgentong", "Miniatur Gentong Keramik Plered Souvenir 10 cm", "pcs", 15000, 3000, 10),
    ]),
    ("K02", "Anyaman Pandan Cibeber", "mikro", "36.02", "", True, [
        ("tikarpandan", "Tikar Pandan Anyaman 150x200", "lembar", 95000, 300, 10),
        ("tasanyaman", "Tas Anyaman Pandan Jinjing Souvenir", "pcs", 45000, 600, 10),
    ]),
    ("K03", "Bambu Kreatif Leuwiliang", "mikro", "32.01", "", True, [
        ("besek", "Besek Bambu Tutup 15x15 isi 10", "pak", 20000, 2000, 5),
        ("tempatpensil", "Tempat Pensil Bambu Ukir Logo", "pcs", 22000, 1000, 10),
    ]),
    ("K04", "Akrilik Laser Beji", "mikro", "32.76", "", True, [
        ("plakatakrilik", "Plakat Akrilik 20 cm Box Beludru Custom", "pcs", 175000, 300, 7),
        ("gantungankunci", "Gantungan Kunci Akrilik Custom 5 cm", "pcs", 4500, 10000, 7),
    ]),
    ("K05", "Wayang Golek Ki Lengser Bogor", "mikro", "32.71", "", True, [
        ("wayang", "Wayang Golek Cepot 40 cm Kayu Albasia", "pcs", 350000, 40, 21),
    ]),
    ("K06", "Siger Souvenir Tanjung Karang", "mikro", "18.71", "", True, [
        ("siger", "Miniatur Siger Lampung Kuningan 15 cm", "pcs", 125000, 200, 10),
        ("dompettapis", "Dompet Tapis Souvenir", "pcs", 45000, 500, 7),
    ]),
    # ---------------- perhiasan ----------------
    ("P01", "Perak Bakti Depok", "mikro", "32.76", "", True, [
        ("brosperak", "Bros Perak 925 Motif Bunga Kujang", "pcs", 250000, 100, 14),
        ("cincinperak", "Cincin Perak 925 Ukir Nama", "pcs", 185000, 150, 10),
    ]),
    ("P02", "Mutiara Lampung Sari", "mikro", "18.71", "", True, [
        ("kalungmutiara", "Kalung Mutiara Air Tawar 45 cm", "pcs", 350000, 60, 10),
        ("antingmutiara", "Anting Mutiara Air Laut Klip", "pcs", 225000, 80, 10),
    ]),
    ("P03", "Aksesoris Etnik Karawang", "mikro", "32.15", "", True, [
        ("gelangkuningan", "Gelang Etnik Kuningan Motif Batik", "pcs", 65000, 300, 7),
        ("brosimitasi", "Bros Jilbab Imitasi Mutiara Sintetis", "pcs", 15000, 2000, 5),
    ]),
    # ---------------- herbal ----------------
    ("H01", "Jamu Gendong Bu Sari Cibinong", "mikro", "32.01", "pirt", True, [
        ("jamukunyit", "Jamu Kunyit Asam Botol 250 ml", "botol", 8000, 1500, 1),
        ("beraskencur", "Beras Kencur Botol 250 ml", "botol", 8000, 1200, 1),
    ]),
    ("H02", "Herbal Sehat Purwakarta", "kecil", "32.14", "bpom", True, [
        ("temulawak", "Temulawak Instan Serbuk 200 gr", "pcs", 25000, 2000, 5),
        ("kapsulkelor", "Moringa Capsule / Kapsul Kelor 60 kapsul", "botol", 45000, 1000, 5),
    ]),
    ("H03", "Madu Hutan Baduy Lestari", "mikro", "36.02", "", True, [
        ("maduhutan", "Madu Hutan Baduy Asli 500 ml", "botol", 120000, 300, 5),
    ]),
    ("H04", "Kelapa Murni Tanggamus", "mikro", "18.06", "pirt", True, [
        ("vco", "Minyak Kelapa Murni (Virgin Coconut Oil) 250 ml", "botol", 45000, 500, 5),
    ]),
    # ---------------- kosmetik ----------------
    ("S01", "Sabun Herbal Alami Depok", "mikro", "32.76", "bpom", True, [
        ("sabunbatang", "Sabun Mandi Batang Sereh Handmade 100 gr", "pcs", 18000, 2000, 5),
        ("lilin", "Lilin Aromaterapi Lavender dalam Gelas 150 gr", "pcs", 45000, 500, 7),
    ]),
    ("S02", "Kosmetika Alami Karawang", "kecil", "32.15", "bpom", True, [
        ("handsoap", "Sabun Cuci Tangan Cair Hand Soap Refill 5 L", "jerigen", 95000, 500, 5),
        ("handsanitizer", "Hand Sanitizer Gel 500 ml Pump", "botol", 35000, 2000, 5),
        ("lotion", "Body Lotion Bengkoang 250 ml", "botol", 28000, 1000, 5),
    ]),
    ("S03", "Minyak Kemiri Sukadana", "mikro", "18.07", "", True, [
        ("minyakkemiri", "Minyak Kemiri Penumbuh Rambut 100 ml", "botol", 30000, 500, 5),
    ]),
    # ---------------- pertanian ----------------
    ("T01", "Nursery Ciapus Hijau", "mikro", "32.01", "", True, [
        ("bibitmangga", "Bibit Mangga Harum Manis Okulasi 60-80 cm", "batang", 35000, 2000, 7),
        ("bibitdurian", "Bibit Durian Musang King Sambung 1 m", "batang", 85000, 500, 7),
        ("tanamanhias", "Tanaman Hias Aglonema / Monstera Pot 20", "pot", 75000, 400, 5),
    ]),
    ("T02", "Mina Hias Depok", "mikro", "32.76", "", True, [
        ("ikancupang", "Ikan Cupang Halfmoon Jantan", "ekor", 25000, 1000, 3),
        ("ikankoi", "Ikan Koi Lokal 10-12 cm", "ekor", 15000, 2000, 3),
    ]),
    ("T03", "Pokdakan Mina Sangkuriang Karawang", "koperasi", "32.15", "", True, [
        ("benihlele", "Benih Ikan Lele Sangkuriang 5-7 cm", "ekor", 250, 200000, 5),
        ("benihnila", "Bibit Ikan Nila Merah 3-5 cm", "ekor", 300, 100000, 5),
    ]),
    ("T04", "Pakan Ternak Sukadana", "kecil", "18.07", "", True, [
        ("pakanayam", "Pakan Ayam Petelur Konsentrat 50 kg", "karung", 425000, 300, 5),
        ("pakansapi", "Pakan Sapi Fermentasi Silase 50 kg", "karung", 90000, 1000, 5),
    ]),
    ("T05", "Koperasi Tani Lumbung Karawang", "koperasi", "32.15", "", True, [
        ("benihpadi", "Benih Padi Ciherang Label Biru 5 kg", "pak", 65000, 5000, 7),
        ("beras", "Beras Premium Karawang 5 kg", "karung", 75000, 3000, 3),
    ]),
    ("T06", "Pupuk Organik Darangdan", "mikro", "32.14", "", True, [
        ("kompos", "Pupuk Kompos Organik Kotoran Sapi 25 kg", "karung", 30000, 3000, 5),
    ]),
]

"""Hand-written suppliers and products of relevance-blind46 (fictional). Each product carries the labeller's kind tag.

Supplier key's first letter is the category: M makanan, D minuman, J jasa-boga, F fesyen, K kerajinan, P perhiasan,
U furnitur, H herbal, S kosmetik, L logam, C percetakan, T pertanian, X lainnya.
Product: (kind, name, unit, unit_price, capacity_per_month, lead_time_days).
"""

CATEGORY = {"M": "makanan", "D": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Kinds that must be made in the delivery month by a producer near the buyer (labelling rule).
PERISHABLE = {"nasi-kotak", "nasi-tumpeng", "snack-box", "prasmanan", "pempek", "otak-otak-segar", "jamu-segar", "jamu-kencur",
              "cabai-segar",
              "sayur-segar"}

SUPPLIERS = [
    # --- makanan
    ("M1", "Keripik Pisang Kepok Mbak Yanti", "mikro", "18.71", "halal;pirt", True, [
        ("keripik-pisang", "Keripik Pisang Kepok Manis 250 gr", "pcs", 18000, 1500, 4),
        ("keripik-pisang", "Kripik Pisang Coklat Lumer 200gr", "pcs", 22000, 1200, 4),
        ("keripik-talas", "Keripik Talas Balado 200 gr", "pcs", 17000, 600, 4)]),
    ("M2", "UD Sanjai Way Halim", "kecil", "18.71", "halal;pirt", True, [
        ("keripik-pisang", "KERIPIK PISANG LAMPUNG ANEKA RASA 500GR", "pcs", 32000, 2500, 5),
        ("kemplang", "Kemplang Ikan Tenggiri Panggang 250 gr", "pcs", 25000, 1000, 5)]),
    ("M3", "Olahan Ikan Bu Ratmi Labuan", "mikro", "36.01", "pirt-expired", True, [
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri Mentah 500gr", "pcs", 28000, 800, 5),
        ("otak-otak-beku", "Otak-otak Bandeng Frozen isi 10", "pack", 35000, 400, 3)]),
    ("M4", "Gapoktan Sambal Andaliman Pringsewu", "koperasi", "18.10", "halal;pirt", True, [
        ("sambal-botol", "Sambal Bawang Pedas Botol 200 ml", "botol", 23000, 1500, 5),
        ("sambal-botol", "Sambel Cumi Asin Jar 150gr", "botol", 38000, 500, 5),
        ("bumbu-pecel", "Bumbu Pecel Kacang 250 gr", "pcs", 15000, 900, 5)]),
    ("M5", "Dodol & Lempok Durian Tanggamus", "mikro", "18.06", "pirt", True, [
        ("lempok-durian", "Lempok Durian Asli Tanggamus 250 gr", "pcs", 45000, 300, 7),
        ("dodol-nanas", "Dodol Nanas Kotak 200 gr", "pcs", 16000, 700, 6)]),
    ("M6", "Sentra Emping Melinjo Cipeucang", "kecil", "36.01", "halal;pirt", True, [
        ("emping-melinjo", "Emping Melinjo Manis Pedas 500 gr", "pcs", 42000, 800, 5),
        ("emping-melinjo", "Emping Tipis Mentah 1 kg Khas Pandeglang", "kg", 95000, 400, 5)]),
    ("M7", "PT Snack Nusantara Makmur", "besar", "36.03", "halal;bpom;iso-9001", True, [
        ("keripik-pisang", "Keripik Pisang Premium Kemasan Standing Pouch 200 gr", "pcs", 12000, 50000, 3),
        ("kacang-oven", "Kacang Oven Bawang 250 gr", "pcs", 14000, 40000, 3)]),
    # --- minuman
    ("D1", "Kopi Robusta Lereng Tanggamus", "kecil", "18.06", "halal;pirt", True, [
        ("kopi-robusta-bubuk", "Kopi Bubuk Robusta Tanggamus 250 gr", "pcs", 38000, 1500, 5),
        ("kopi-robusta-bean", "Kopi Robusta Roasted Bean Medium 1 kg", "kg", 165000, 300, 6),
        ("kopi-luwak", "Kopi Luwak Liar Lampung Barat 100 gr", "pcs", 175000, 80, 7)]),
    ("D2", "KUB Kopi Sekincau Lampung Barat", "koperasi", "18.04", "halal;pirt", True, [
        ("kopi-robusta-bubuk", "KOPI ROBUSTA LAMPUNG BUBUK HALUS 500GR", "pcs", 65000, 1000, 5),
        ("kopi-luwak", "Civet Coffee / Kopi Luwak Bubuk 200gr Gift Box", "box", 320000, 60, 7),
        ("kopi-sachet", "Kopi Gula Aren Sachet isi 10", "box", 27000, 900, 5)]),
    ("D3", "Rumah Kakao Pesawaran", "mikro", "18.09", "pirt", True, [
        ("cokelat-bubuk", "Bubuk Cokelat Murni Pesawaran 250gr", "pcs", 48000, 300, 5),
        ("cokelat-batang", "Dark Chocolate Bar 70% Lampung 50 gr", "pcs", 25000, 500, 5)]),
    ("D4", "CV Madu Hutan Way Kanan", "kecil", "18.08", "pirt;halal", True, [
        ("madu-hutan", "Madu Hutan Murni 500 ml", "botol", 110000, 400, 5),
        ("madu-hutan-250", "Raw Honey Madu Liar Way Kanan 250ml", "botol", 65000, 500, 5)]),
    ("D5", "Wedang Uwuh & Sirup Jahe Serang", "mikro", "36.73", "pirt", True, [
        ("sirup-jahe", "Sirup Jahe Merah 600 ml", "botol", 35000, 600, 4),
        ("bandrek", "Bandrek Instan Sachet isi 10", "box", 22000, 1000, 4)]),
    ("D6", "Koperasi AMDK Tirta Lebak", "koperasi", "36.02", "halal;bpom;sni", True, [
        ("amdk-gelas", "Air Mineral Gelas 220 ml (1 dus isi 48)", "dus", 24000, 3000, 3),
        ("amdk-botol", "Air Mineral Botol 600 ml dus isi 24", "dus", 42000, 2000, 3)]),
    # --- jasa-boga
    ("J1", "Catering Dapur Bunda Kalianda", "kecil", "18.01", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar + Buah", "porsi", 35000, 2500, 2),
        ("snack-box", "Snack Box 3 Kue + Air Mineral", "box", 15000, 3000, 1),
        ("prasmanan", "Prasmanan Menu Nusantara min. 100 pax", "pax", 55000, 1500, 4)]),
    ("J2", "RM Pindang Gunung Sugih", "mikro", "18.02", "halal", True, [
        ("nasi-kotak", "Nasbox Pindang Patin Lengkap", "porsi", 38000, 800, 2),
        ("snack-box", "Kue Kotak isi 4 (lemper, risol, bolu, air)", "box", 16000, 1000, 1)]),
    ("J3", "Pempek Cek Nia Metro", "mikro", "18.72", "pirt", True, [
        ("pempek", "Paket Pempek Kapal Selam + Cuko (porsi)", "porsi", 25000, 600, 2),
        ("nasi-kotak", "Nasi Box Rendang Metro", "porsi", 32000, 700, 2)]),
    ("J4", "Jasa Boga Tumpeng Mak Iyah Serang", "mikro", "36.04", "halal", True, [
        ("nasi-tumpeng", "Nasi Tumpeng Kuning 20 porsi", "tumpeng", 650000, 40, 3),
        ("nasi-kotak", "NASI KOTAK RAPAT MENU AYAM GORENG", "porsi", 30000, 1500, 2)]),
    ("J5", "Katering Rantangan Bekasi Sejahtera", "kecil", "32.16", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Premium Daging Rendang", "porsi", 45000, 3000, 2),
        ("prasmanan", "Buffet Prasmanan Standar Kantor", "pax", 65000, 2000, 5)]),
    ("J6", "Dapur Sehat Bandar Lampung", "kecil", "18.71", "halal", True, [
        ("nasi-kotak", "Nasi Box Ayam Geprek Sambal Matah", "porsi", 28000, 1800, 2),
        ("snack-box", "Snack Box Rapat Isi 3 Kue Basah", "box", 14000, 2500, 1),
        ("nasi-tumpeng", "Tumpeng Mini Ulang Tahun 5 porsi", "tumpeng", 175000, 100, 2)]),
    # --- fesyen
    ("F1", "Sanggar Tapis Siger Negeri Katon", "kecil", "18.09", "", True, [
        ("tapis-kain", "Kain Tapis Lampung Motif Pucuk Rebung 2 m", "lembar", 1250000, 20, 14),
        ("tapis-selendang", "Selendang Tapis Bordir Benang Emas", "lembar", 350000, 60, 10),
        ("tapis-tas", "Tas Tapis Wanita Kombinasi Kulit Sintetis", "pcs", 275000, 80, 10)]),
    ("F2", "Tenun Ikat Sebuku Lampung Timur", "mikro", "18.07", "", True, [
        ("tenun-kain", "Kain Tenun Ikat ATBM 2x1 m", "lembar", 600000, 25, 14),
        ("tenun-selendang", "Selendang Tenun Sulam Usus", "lembar", 185000, 60, 10)]),
    ("F3", "Konveksi Seragam Sekolah Karya Mandiri", "kecil", "18.02", "sni", True, [
        ("seragam-sd", "Seragam SD Merah Putih 1 Stel (Kemeja+Celana/Rok)", "stel", 135000, 1500, 14),
        ("seragam-smp", "Seragam SMP Biru Putih Stel", "stel", 150000, 1200, 14),
        ("seragam-pramuka", "Baju Pramuka Penggalang Stel", "stel", 160000, 800, 14)]),
    ("F4", "Batik Krakatau Cilegon Rumah Batik Ayu", "kecil", "36.72", "batikmark", True, [
        ("batik-tulis", "Kain Batik Tulis Krakatau 2,25 m", "lembar", 850000, 30, 21),
        ("batik-cap", "Batik Cap Motif Debus 2 m", "lembar", 225000, 300, 10),
        ("kemeja-batik", "Kemeja Batik Pria Lengan Panjang Cap", "pcs", 245000, 400, 14)]),
    ("F5", "Sablon & Konveksi Tangerang Jaya", "kecil", "36.71", "", True, [
        ("kaos-sablon", "Kaos Cotton Combed 30s Sablon Logo", "pcs", 65000, 3000, 10),
        ("polo-bordir", "Polo Shirt Lacoste Bordir Logo Instansi", "pcs", 95000, 1500, 12),
        ("rompi", "Rompi Lapangan Drill Bordir", "pcs", 145000, 600, 14)]),
    ("F6", "Sepatu Kulit Cibaduyut Cabang Bogor", "kecil", "32.01", "sni", True, [
        ("sepatu-pdh", "Sepatu PDH Pria Kulit Sapi Asli", "pasang", 385000, 300, 14),
        ("sandal-kulit", "Sandal Kulit Pria Slop", "pasang", 125000, 500, 7)]),
    ("F7", "CV Topi & Tas Karawang", "kecil", "32.15", "", False, [
        ("topi", "Topi Rimba Bordir Instansi", "pcs", 45000, 2000, 10),
        ("tas-ransel", "Tas Ransel Laptop Bordir", "pcs", 185000, 700, 14)]),
    # --- kerajinan
    ("K1", "Anyaman Pandan Sinar Pesisir", "mikro", "18.13", "", True, [
        ("tikar-pandan", "Tikar Pandan Anyam 2x3 m", "lembar", 225000, 60, 14),
        ("tas-pandan", "Tas Anyaman Pandan Motif Tapis", "pcs", 85000, 300, 10)]),
    ("K2", "Kerajinan Bambu Way Sekampung", "mikro", "18.10", "", True, [
        ("bambu-tempat-tisu", "Tempat Tisu Anyaman Bambu", "pcs", 35000, 500, 7),
        ("bambu-tudung", "Tudung Saji Bambu Diameter 50cm", "pcs", 55000, 300, 7),
        ("bambu-besek", "Besek Bambu 20x20 (isi 10)", "pak", 30000, 2000, 5)]),
    ("K3", "Gerabah Bumi Ayu Ciruas", "kecil", "36.04", "", True, [
        ("gerabah-pot", "Pot Gerabah Tanah Liat Diameter 30 cm", "pcs", 40000, 800, 7),
        ("gerabah-guci", "Guci Gerabah Hias Motif Banten 50cm", "pcs", 275000, 80, 14),
        ("gerabah-kendi", "Kendi Gerabah Tradisional", "pcs", 45000, 300, 7)]),
    ("K4", "Souvenir Siger Lampung Craft", "kecil", "18.71", "", True, [
        ("miniatur-siger", "Miniatur Siger Kuningan Lapis Emas 20 cm", "pcs", 325000, 200, 14),
        ("gantungan-kunci-akrilik", "Gantungan Kunci Akrilik Custom Logo Pemda", "pcs", 7500, 5000, 7),
        ("plakat-kayu", "Plakat Kayu Jati Ukir Siger + Grafir Nama", "pcs", 275000, 300, 10)]),
    ("K5", "Rotan Indah Karawang", "kecil", "32.15", "svlk", True, [
        ("keranjang-rotan", "Keranjang Parsel Rotan Oval Besar", "pcs", 75000, 800, 7),
        ("kap-lampu-rotan", "Kap Lampu Gantung Rotan", "pcs", 185000, 100, 10)]),
    # --- perhiasan
    ("P1", "Perak Bakar Tanjung Karang", "mikro", "18.71", "", True, [
        ("bros-perak", "Bros Perak 925 Motif Siger", "pcs", 285000, 150, 14),
        ("cincin-perak", "Cincin Perak Batu Akik Way Kanan", "pcs", 225000, 100, 14)]),
    ("P2", "Kerajinan Mutiara Teluk Betung", "kecil", "18.71", "", True, [
        ("kalung-mutiara", "Kalung Mutiara Air Laut Lampung", "pcs", 750000, 50, 14),
        ("anting-mutiara", "Anting Mutiara Lombok Tusuk", "pasang", 185000, 150, 10)]),
    ("P3", "Aksesoris Manik Serang", "mikro", "36.73", "", True, [
        ("gelang-manik", "Gelang Manik-Manik Etnik Baduy", "pcs", 25000, 1500, 7),
        ("bros-imitasi", "BROS HIJAB IMITASI LAPIS EMAS CANTIK", "pcs", 18000, 3000, 5)]),
    # --- furnitur
    ("U1", "Mebel Sekolah Jati Mulya Metro", "kecil", "18.72", "svlk", True, [
        ("meja-kursi-siswa", "Meja + Kursi Siswa SD Kayu (1 set)", "set", 650000, 400, 21),
        ("meja-guru", "Meja Guru Kayu Laci 1/2 Biro", "unit", 1350000, 80, 21),
        ("papan-tulis", "Papan Tulis Whiteboard Rangka Kayu 120x240", "unit", 850000, 100, 14)]),
    ("U2", "CV Rotan Jaya Lampung Selatan", "kecil", "18.01", "svlk", True, [
        ("kursi-rotan", "Kursi Tamu Rotan Sintetis 1 Set (4 kursi+meja)", "set", 4500000, 30, 21),
        ("rak-buku", "Rak Buku Kayu Mahoni 5 Susun", "unit", 950000, 60, 14)]),
    ("U3", "Furniture Kantor Tangerang Prima", "menengah", "36.03", "sni;iso-9001", True, [
        ("lemari-arsip", "Lemari Arsip Kayu 2 Pintu Kaca", "unit", 2750000, 100, 21),
        ("meja-kerja", "Meja Kerja Kantor 1 Biro 120x60", "unit", 1450000, 150, 14),
        ("kursi-kantor", "Kursi Kantor Putar Hidrolik Jaring", "unit", 850000, 300, 10)]),
    ("U4", "Mebel Jepara Cabang Serang", "besar", "36.73", "svlk", True, [
        ("meja-kursi-siswa", "Meja Kursi Sekolah Set Murah", "set", 450000, 5000, 14)]),
    # --- herbal
    ("H1", "Jamu Gendong Mbok Sri Metro", "mikro", "18.72", "pirt", True, [
        ("jamu-segar", "Jamu Kunyit Asam Segar Botol 250 ml", "botol", 8000, 500, 1),
        ("jamu-kencur", "Beras Kencur Segar 250ml", "botol", 8000, 400, 1)]),
    ("H2", "UKM Herbal Empon-Empon Pringsewu", "kecil", "18.10", "pirt;halal", True, [
        ("jahe-instan", "Jahe Merah Instan Serbuk 200 gr", "pcs", 30000, 1000, 5),
        ("temulawak-instan", "Temulawak Instan Serbuk 250gr", "pcs", 28000, 800, 5)]),
    ("H3", "Koperasi Tanaman Obat Baduy", "koperasi", "36.02", "pirt", True, [
        ("minyak-sereh", "Minyak Sereh Wangi Murni 30 ml", "botol", 25000, 600, 5),
        ("teh-herbal", "Teh Herbal Daun Kelor Celup isi 20", "box", 24000, 700, 5)]),
    # --- kosmetik
    ("S1", "Sabun Herbal Alami Bumi Serang", "mikro", "36.73", "bpom", True, [
        ("sabun-batang", "Sabun Mandi Batang Sereh & Kopi 100 gr", "pcs", 15000, 2000, 5),
        ("sabun-cair", "Sabun Cair Cuci Tangan 500 ml Aroma Lemon", "botol", 22000, 1500, 5)]),
    ("S2", "Lilin Aromaterapi Kinar", "mikro", "36.74", "", True, [
        ("lilin-aroma", "Lilin Aromaterapi Soy Wax Gelas 100gr", "pcs", 45000, 400, 7),
        ("diffuser", "Reed Diffuser Pewangi Ruangan 100 ml", "botol", 65000, 300, 7)]),
    ("S3", "VCO & Lulur Tradisional Lampung Utara", "mikro", "18.03", "bpom;halal", True, [
        ("vco", "Virgin Coconut Oil (VCO) 250 ml", "botol", 40000, 500, 5),
        ("lulur", "Lulur Bengkoang Tradisional 200 gr", "pcs", 27000, 500, 5)]),
    # --- logam
    ("L1", "Pandai Besi Sinar Gunung Way Kanan", "mikro", "18.08", "", True, [
        ("cangkul", "Cangkul Baja Per Tempa Gagang Kayu", "pcs", 95000, 400, 7),
        ("parang", "Parang Kebun Tempa Per Mobil", "pcs", 85000, 300, 7),
        ("arit", "Arit / Sabit Rumput Tempa", "pcs", 45000, 500, 7)]),
    ("L2", "Golok Ciomas Pusaka Banten", "mikro", "36.04", "", True, [
        ("golok-ciomas", "Golok Ciomas Asli Sarung Kayu", "pcs", 450000, 60, 14),
        ("pisau-dapur", "Pisau Dapur Baja Stainless Tempa 8 inch", "pcs", 75000, 300, 7)]),
    ("L3", "Bengkel Las Teralis Mandiri Bekasi", "kecil", "32.75", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow per m2", "m2", 450000, 200, 14),
        ("pagar-besi", "Pagar Besi Minimalis per meter", "m", 750000, 150, 14),
        ("rak-besi", "Rak Besi Siku Lubang 5 Susun", "unit", 425000, 200, 7)]),
    ("L4", "Alsintan Tani Makmur Lampung Tengah", "kecil", "18.02", "sni", True, [
        ("sprayer", "Knapsack Sprayer Manual 16 Liter", "unit", 325000, 300, 7),
        ("garu", "Garu Tanah Besi 12 Gigi", "pcs", 65000, 300, 7)]),
    # --- percetakan
    ("C1", "Percetakan Offset Bumi Waras", "kecil", "18.71", "", True, [
        ("map-snelhecter", "Map Snelhecter Plastik Cetak Logo", "pcs", 4500, 10000, 7),
        ("kop-surat", "Cetak Kertas Kop Surat A4 1 rim", "rim", 185000, 300, 5),
        ("spanduk", "Spanduk Flexi 280gr per m2", "m2", 25000, 5000, 2),
        ("buku-yasin", "Buku Yasin Hard Cover 128 hal", "pcs", 17500, 3000, 10)]),
    ("C2", "Digital Printing Cahaya Metro", "mikro", "18.72", "", True, [
        ("id-card", "ID Card PVC + Lanyard Printing", "pcs", 15000, 3000, 5),
        ("stiker", "Stiker Vinyl Cutting Label Produk", "lembar", 8000, 5000, 3),
        ("kalender", "Kalender Dinding 2027 6 Lembar Full Color", "pcs", 25000, 3000, 14)]),
    ("C3", "Toko ATK & Fotocopy Sumber Ilmu Serang", "mikro", "36.73", "", True, [
        ("kertas-hvs-a4", "Kertas HVS A4 70 gram 1 rim", "rim", 55000, 1500, 2),
        ("ballpoint", "Pulpen Ballpoint Hitam isi 12", "pak", 28000, 2000, 2),
        ("buku-tulis", "Buku Tulis 38 Lembar isi 10", "pak", 32000, 2000, 2)]),
    ("C4", "Kemasan Box Karton UMKM Tangerang", "kecil", "36.71", "", True, [
        ("dus-makanan", "Dus Makanan Kraft 20x20 Cetak Logo", "pcs", 2800, 20000, 7),
        ("paper-bag", "Paper Bag Kraft Tali Kertas Ukuran 25x30", "pcs", 3500, 15000, 7)]),
    # --- pertanian
    ("T1", "Penangkar Bibit Kopi Sumberjaya", "kecil", "18.04", "", True, [
        ("bibit-kopi", "Bibit Kopi Robusta Stek Unggul Tinggi 30cm", "batang", 4500, 20000, 7),
        ("bibit-lada", "Bibit Lada Natar Sulur Panjat Polybag", "batang", 6000, 8000, 7)]),
    ("T2", "KWT Pupuk Organik Tani Rejo", "koperasi", "18.07", "", True, [
        ("pupuk-organik", "Pupuk Kompos Organik Granul 40 kg", "karung", 45000, 3000, 5),
        ("pupuk-kandang", "Pupuk Kandang Kotoran Sapi Fermentasi 25 kg", "karung", 25000, 2000, 5),
        ("poc", "Pupuk Organik Cair (POC) 1 liter", "botol", 30000, 1000, 5)]),
    ("T3", "Kelompok Ikan Hias Cibinong", "mikro", "32.01", "", True, [
        ("ikan-koi", "Ikan Koi Lokal Ukuran 10-12 cm", "ekor", 25000, 2000, 3),
        ("ikan-cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 35000, 800, 3)]),
    ("T4", "Pembibitan Ikan Lele & Nila Way Jepara", "kecil", "18.07", "", True, [
        ("benih-lele", "Benih Lele Sangkuriang 5-7 cm", "ekor", 250, 200000, 3),
        ("benih-nila", "Bibit Ikan Nila Merah 3-5 cm", "ekor", 350, 100000, 3),
        ("pakan-ikan", "Pelet Pakan Ikan Apung 781 (30 kg)", "karung", 375000, 300, 3)]),
    ("T5", "Tanaman Hias & Buah Bogor Asri", "mikro", "32.71", "", True, [
        ("bibit-durian", "Bibit Durian Musang King Okulasi 60cm", "batang", 85000, 500, 7),
        ("tanaman-hias", "Tanaman Hias Sansevieria Pot 20 cm", "pot", 45000, 600, 5)]),
    ("T6", "Tani Sayur Organik Gisting", "mikro", "18.06", "", True, [
        ("sayur-segar", "Sayur Kol / Kubis Segar per kg", "kg", 9000, 3000, 1),
        ("cabai-segar", "Cabe Merah Keriting Segar per kg", "kg", 55000, 800, 1)]),
    ("T7", "Peternak Ayam KUB Natar", "kecil", "18.01", "", True, [
        ("bibit-ayam", "DOC Ayam KUB Umur 1 Minggu", "ekor", 9500, 5000, 5)]),
    # --- lainnya
    ("X1", "Sapu Ijuk & Alat Kebersihan Cinangka", "mikro", "36.04", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 28000, 1500, 5),
        ("sapu-lidi", "Sapu Lidi Kelapa Gagang Panjang", "pcs", 15000, 2000, 5),
        ("keset-sabut", "Keset Sabut Kelapa 40x60", "pcs", 35000, 800, 5)]),
    ("X2", "Sabun Cuci & Karbol Koperasi Wanita Metro", "koperasi", "18.72", "", True, [
        ("sabun-cuci-piring", "Sabun Cuci Piring Cair Jeruk Nipis 5 liter", "jerigen", 65000, 800, 5),
        ("karbol", "Karbol Wangi Pembersih Lantai 1 liter", "botol", 18000, 1200, 5)]),
    ("X3", "CV Paket Sembako Berkah Lampung Tengah", "kecil", "18.02", "halal", True, [
        ("paket-sembako", "Paket Sembako 10kg Beras + Minyak 2L + Gula 1kg", "paket", 215000, 3000, 5)]),
    ("X4", "Tas Belanja Spunbond Sablon Tangsel", "mikro", "36.74", "", True, [
        ("tas-spunbond", "Tas Spunbond Goodie Bag 30x40 Sablon 1 Warna", "pcs", 4500, 10000, 7)]),
]

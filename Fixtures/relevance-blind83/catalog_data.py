"""Hand-written suppliers and products of relevance-blind83 (fictional).

Each supplier: (key, name, scale, region, certificates, active, products); the key's first letter is the
category. Each product: (kind, name as the seller writes it, unit, price, capacity per month, lead days).
The kind is the labeller's tag for "what this product is"; it never reaches the CSVs.
"""

CATEGORY = {"A": "makanan", "B": "minuman", "C": "jasa-boga", "D": "fesyen", "E": "kerajinan", "F": "perhiasan",
            "G": "furnitur", "H": "herbal", "K": "kosmetik", "L": "logam", "P": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Made fresh and eaten within days: the whole quantity must be made in one month, near the buyer.
PERISHABLE = {"nasi-kotak", "snack-box", "prasmanan", "coffee-break", "nasi-tumpeng", "kue-basah", "nasi-liwet",
              "jamu-kunyit", "beras-kencur", "telur-kampung"}

SUPPLIERS = [
    ("A1", "UMKM Kerupuk Ikan Bu Nengsih Pontang", "mikro", "36.04", "halal;pirt", True, [
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri mentah 500 gr", "bungkus", 28000, 400, 3),
        ("otak-otak", "Otak-otak Bandeng frozen isi 10", "pak", 35000, 300, 2)]),
    ("A2", "Sambal Dapur Mak Iyah", "kecil", "36.73", "pirt;halal", True, [
        ("sambal-bawang", "Sambal Bawang Pedas botol 150 ml", "botol", 22000, 600, 3),
        ("sambal-ijo", "Sambal Ijo Cabe Rawit jar 200 gr", "jar", 25000, 400, 3)]),
    ("A3", "Keripik Pisang Ratu Pringsewu", "mikro", "18.10", "pirt", True, [
        ("keripik-pisang", "Keripik Pisang Kepok Manis Original 250 gr", "bungkus", 15000, 800, 4),
        ("sale-pisang", "Sale Pisang Basah 200 gr", "bungkus", 18000, 300, 5)]),
    ("A4", "Emping dan Opak Bu Ratmi Menes", "mikro", "36.01", "pirt-expired", True, [
        ("emping-melinjo", "Emping Melinjo Super tipis 1 kg", "kg", 95000, 200, 4),
        ("opak-singkong", "Opak Singkong bakar 500 gr", "bungkus", 16000, 300, 3)]),
    ("A5", "PT Snack Nusantara Abadi", "besar", "36.03", "halal;iso-9001", True, [
        ("keripik-singkong", "Keripik Singkong Balado 500 gr", "bungkus", 14000, 20000, 3)]),
    ("A6", "Kelompok Wanita Tani Melati Sukadana", "koperasi", "18.07", "pirt;halal", True, [
        ("keripik-singkong", "Keripik Singkong Pedas Manis 500 gr", "bungkus", 20000, 500, 4),
        ("kerupuk-udang", "Kerupuk Udang Lampung Timur 250 gr", "bungkus", 30000, 300, 4)]),
    ("A7", "Roti dan Kue Kering Aisyah", "kecil", "36.71", "halal", True, [
        ("kue-kering", "Nastar Nanas toples 500 gr", "toples", 85000, 300, 5),
        ("bolu", "Bolu Pandan Loyang 22 cm", "loyang", 55000, 200, 2)]),
    ("B1", "Kopi Robusta Tanggamus Jaya", "kecil", "18.06", "halal;pirt", True, [
        ("kopi-robusta", "Kopi Bubuk Robusta Tanggamus 250 gr", "pak", 38000, 800, 4),
        ("kopi-biji", "Green Bean Robusta Lampung grade 1 per kg", "kg", 75000, 500, 5)]),
    ("B2", "Minuman Tradisional Cikande", "mikro", "36.04", "pirt;halal", True, [
        ("wedang-jahe", "Wedang Jahe Merah Instan sachet isi 10", "box", 25000, 500, 3),
        ("sirup-pala", "Sirup Pala khas Banten 600 ml", "botol", 35000, 300, 4)]),
    ("B3", "Kakao Mandiri Pringsewu", "kecil", "18.10", "halal", True, [
        ("cokelat-bubuk", "Cocoa Powder Bubuk Coklat Murni 200 gr", "pak", 45000, 400, 5),
        ("cokelat-minuman", "Minuman Cokelat Instan 3in1 isi 15 sachet", "box", 32000, 300, 4)]),
    ("B4", "Koperasi AMDK Tirta Pandeglang", "koperasi", "36.01", "halal;bpom;sni", True, [
        ("air-gelas", "Air Mineral Gelas 240 ml isi 48", "dus", 22000, 3000, 2),
        ("air-botol", "Air Mineral Botol 600 ml isi 24", "dus", 45000, 2000, 2)]),
    ("B5", "Teh Herbal Ciawi", "mikro", "32.01", "pirt", True, [
        ("teh-rosela", "Teh Bunga Rosella Kering 100 gr", "pak", 30000, 200, 5)]),
    ("C1", "Catering Dapur Bunda Serang", "kecil", "36.73", "halal", True, [
        ("nasi-kotak", "Nasi Box Ayam Bakar + lalapan", "porsi", 30000, 2000, 2),
        ("snack-box", "Snack Box 3 kue + air mineral", "kotak", 15000, 3000, 1)]),
    ("C2", "Rumah Makan Sunda Ibu Eti Pandeglang", "mikro", "36.01", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Goreng Sambal lalap", "kotak", 27000, 600, 1),
        ("prasmanan", "Prasmanan Menu Sunda per orang min 100 pax", "pax", 55000, 1500, 3)]),
    ("C3", "Katering Berkah Metro", "kecil", "18.72", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Rendang Telur", "kotak", 32000, 800, 2),
        ("nasi-tumpeng", "Tumpeng Nasi Kuning Mini 1 orang", "porsi", 45000, 200, 3)]),
    ("C4", "Kue Basah Mak Uneh", "mikro", "36.03", "", True, [
        ("kue-basah", "Kue Basah / Jajan Pasar (lemper, risol, lapis) per biji", "pcs", 3000, 5000, 1),
        ("snack-box", "Kue Kotak Isi 4 Jajan Pasar", "kotak", 14000, 1200, 1)]),
    ("C5", "Dapur Sehat Karawang", "kecil", "32.15", "halal", True, [
        ("nasi-kotak", "Nasi Box Ayam Geprek", "box", 25000, 1500, 2),
        ("coffee-break", "Paket Coffee Break 2 kue + teh/kopi", "pax", 20000, 2000, 1)]),
    ("C6", "Warung Nasi Liwet Teh Ocoh", "mikro", "36.02", "", True, [
        ("nasi-liwet", "Nasi Liwet Komplit Ikan Asin Per Porsi", "porsi", 28000, 300, 1)]),
    ("C7", "Catering Nikmat Rasa Tangerang", "kecil", "36.71", "halal", False, [
        ("nasi-kotak", "Nasi Kotak Komplit Ayam/Ikan", "kotak", 22000, 5000, 1)]),
    ("D1", "Tapis Lampung Sinar Siger", "kecil", "18.71", "", True, [
        ("kain-tapis", "Kain Tapis Lampung Motif Pucuk Rebung benang emas", "lembar", 1250000, 40, 14),
        ("selendang-tapis", "Selendang Tapis Sulam Usus", "lembar", 350000, 80, 10)]),
    ("D2", "Batik Krakatoa Cilegon", "mikro", "36.72", "batikmark", True, [
        ("batik-tulis", "Kain Batik Tulis Motif Krakatau 2 m", "lembar", 650000, 30, 21),
        ("batik-cap", "Kain Batik Cap Motif Debus 2 m", "lembar", 175000, 200, 10)]),
    ("D3", "Konveksi Seragam Cahaya", "kecil", "36.71", "", True, [
        ("seragam-pdh", "Seragam PDH Dinas Khaki kain American Drill", "stel", 225000, 600, 21),
        ("kaos-polo", "Kaos Polo Shirt Bordir Logo Instansi Lacoste CVC", "pcs", 85000, 1500, 14)]),
    ("D4", "Sablon Kaos Rizky", "mikro", "32.15", "", True, [
        ("kaos-sablon", "Kaos Oblong Sablon Custom Cotton Combed 30s", "pcs", 55000, 2000, 7),
        ("rompi", "Rompi Lapangan Drill Bordir", "pcs", 120000, 400, 14)]),
    ("D5", "Sandal dan Sepatu Kulit Ciomas", "mikro", "36.04", "", True, [
        ("sandal-kulit", "Sandal Kulit Pria Handmade", "pasang", 120000, 150, 10),
        ("sandal-hotel", "Sandal Hotel / Sandal Spons putih", "pasang", 6000, 5000, 5)]),
    ("D6", "Batik Lebak Wastra", "kecil", "36.02", "batikmark", True, [
        ("batik-cap", "Batik Cap Motif Baduy Seragam 2 m", "potong", 160000, 500, 10),
        ("kemeja-batik", "Kemeja Batik Pria Lengan Panjang Motif Lebak", "pcs", 195000, 400, 14)]),
    ("D7", "PT Garmen Mandiri Cikarang", "besar", "32.16", "iso-9001", True, [
        ("seragam-pdh", "Seragam PDH Pemda lengkap atribut", "stel", 180000, 10000, 14)]),
    ("D8", "Tas Seminar Cilegon", "mikro", "36.72", "", True, [
        ("tas-seminar", "Tas Seminar Dinier 600 + Sablon Logo", "pcs", 35000, 3000, 10),
        ("tote-bag", "Totebag Kanvas Blacu Sablon 30x40", "pcs", 15000, 5000, 7)]),
    ("E1", "Koperasi Anyaman Pandan Mekarsari", "koperasi", "36.01", "", True, [
        ("tikar-pandan", "Tikar Pandan Anyam Motif 150x200", "lembar", 85000, 200, 7),
        ("tas-pandan", "Tas Jinjing Anyaman Pandan", "pcs", 45000, 400, 7)]),
    ("E2", "Bambu Kreatif Lebak", "mikro", "36.02", "", True, [
        ("besek-bambu", "Besek Bambu Tutup 20x20", "pcs", 4500, 3000, 5),
        ("tudung-saji", "Tudung Saji Bambu Anyam diameter 50 cm", "pcs", 35000, 300, 7)]),
    ("E3", "Gerabah Bumijaya Ciruas", "mikro", "36.04", "", True, [
        ("gerabah-pot", "Pot Gerabah Tanah Liat Diameter 30 cm", "pcs", 30000, 500, 7),
        ("gentong", "Gentong Gerabah Tanah Liat 50 L", "pcs", 175000, 60, 10)]),
    ("E4", "Souvenir Akrilik Tangerang Kreasi", "kecil", "36.71", "", True, [
        ("gantungan-akrilik", "Gantungan Kunci Akrilik Custom Logo", "pcs", 6500, 5000, 7),
        ("plakat-akrilik", "Plakat Akrilik Ukir Laser 20 cm + kotak", "pcs", 175000, 300, 7)]),
    ("E5", "Ukir Kayu Siger Art", "mikro", "18.71", "svlk", True, [
        ("miniatur-siger", "Miniatur Siger Lampung Kayu Ukir 25 cm", "pcs", 150000, 100, 10),
        ("plakat-kayu", "Plakat Kayu Jati Ukir Nama", "pcs", 125000, 150, 10)]),
    ("E6", "Kerajinan Kerang Anyer", "mikro", "36.04", "", True, [
        ("kerajinan-kerang", "Bingkai Foto Hias Kerang Anyer 10R", "pcs", 40000, 300, 7)]),
    ("E7", "Rotan Craft Bogor", "kecil", "32.01", "", True, [
        ("keranjang-rotan", "Keranjang Parcel Rotan Sintetis Oval", "pcs", 55000, 600, 7)]),
    ("F1", "Perak Bakar Serang Silver", "mikro", "36.73", "", True, [
        ("bros-perak", "Bros Perak 925 Motif Bunga Wijaya Kusuma", "pcs", 275000, 60, 14),
        ("cincin-perak", "Cincin Perak Ukir Batu Kalimaya", "pcs", 350000, 40, 14)]),
    ("F2", "Batu Kalimaya Sajira", "mikro", "36.02", "", True, [
        ("batu-kalimaya", "Batu Kalimaya Banten Asli Lepasan (ikat perak)", "pcs", 450000, 30, 14),
        ("kalung-manik", "Kalung Manik Manik Etnik", "pcs", 45000, 300, 7)]),
    ("F3", "Aksesoris Tapis Pringsewu", "mikro", "18.10", "", True, [
        ("bros-imitasi", "Bros Hijab Motif Tapis Kuningan lapis emas imitasi", "pcs", 25000, 800, 5),
        ("anting-tapis", "Anting Etnik Tapis", "pasang", 35000, 400, 5)]),
    ("F4", "Koperasi Pengrajin Logam Mulia Karawang", "koperasi", "32.15", "sni", True, [
        ("pin-emas", "Pin Lencana Kuningan Lapis Emas 24K logo instansi", "pcs", 85000, 1000, 14)]),
    ("G1", "Mebel Rotan Asri Cikupa", "kecil", "36.03", "svlk", True, [
        ("kursi-rotan", "Kursi Teras Rotan Set 2 kursi + meja", "set", 1450000, 40, 21),
        ("sofa-rotan", "Sofa Rotan Tamu 3 dudukan", "unit", 2850000, 20, 30)]),
    ("G2", "Mebel Sekolah Karya Guru", "mikro", "36.04", "svlk", True, [
        ("meja-kursi-siswa", "Meja + Kursi Siswa SD Kayu Mahoni (1 set)", "set", 650000, 200, 30),
        ("papan-tulis", "Papan Tulis Whiteboard Rangka Kayu 120x240", "unit", 750000, 60, 14)]),
    ("G3", "CV Jati Indah Metro", "kecil", "18.72", "svlk", True, [
        ("lemari-arsip", "Lemari Arsip Kayu Jati 4 Pintu", "unit", 3250000, 15, 30),
        ("meja-kerja", "Meja Kerja Staf Kayu 1/2 Biro 120x60", "unit", 1150000, 40, 21)]),
    ("G4", "Furniture Besi Cikarang", "menengah", "32.16", "sni;iso-9001", True, [
        ("rak-besi", "Rak Besi Siku Lubang 5 susun 200x90x40", "unit", 650000, 300, 10),
        ("kursi-kantor", "Kursi Kantor Putar Jaring Hidrolik", "unit", 725000, 250, 10)]),
    ("G5", "Bale Bambu Cisoka", "mikro", "36.03", "", True, [
        ("balai-bambu", "Bale Bambu / Balai-balai 2x1 m", "unit", 850000, 25, 14)]),
    ("G6", "Mebel Jati Lama Pringsewu", "mikro", "18.10", "", False, [
        ("meja-kursi-siswa", "Meja Kursi Sekolah Kayu 1 set", "set", 450000, 500, 21)]),
    ("H1", "Jamu Gendong Mbok Sri", "mikro", "18.72", "pirt", True, [
        ("jamu-kunyit", "Jamu Kunyit Asam Botol 250 ml", "botol", 8000, 1500, 1),
        ("beras-kencur", "Jamu Beras Kencur Botol 250 ml", "botol", 8000, 1200, 1)]),
    ("H2", "Koperasi Madu Baduy Lestari", "koperasi", "36.02", "pirt", True, [
        ("madu-hutan", "Madu Hutan Asli Baduy botol 500 ml", "botol", 125000, 200, 5)]),
    ("H3", "Herbal Temulawak Nusa Cikupa", "kecil", "36.03", "bpom;halal", True, [
        ("temulawak-instan", "Serbuk Temulawak Instan 250 gr", "pak", 35000, 600, 4),
        ("jahe-merah-kapsul", "Kapsul Jahe Merah Ekstrak isi 60", "botol", 65000, 400, 5)]),
    ("H4", "Minyak Kayu Putih Tanggamus", "mikro", "18.06", "bpom", True, [
        ("minyak-kayu-putih", "Minyak Kayu Putih Asli 60 ml", "botol", 30000, 500, 5)]),
    ("H5", "Sari Kelor Sukadana", "mikro", "18.07", "pirt", True, [
        ("teh-kelor", "Teh Daun Kelor Celup isi 20", "box", 28000, 300, 5),
        ("serbuk-kelor", "Moringa Powder Bubuk Daun Kelor 100 gr", "pak", 40000, 300, 5)]),
    ("K1", "Sabun Herbal Rumah Wangi", "mikro", "36.73", "bpom", True, [
        ("sabun-batang", "Sabun Mandi Batang Sereh Wangi 100 gr", "pcs", 15000, 1000, 5),
        ("lilin-aroma", "Lilin Aromaterapi Soy Wax 150 gr", "pcs", 55000, 300, 7)]),
    ("K2", "Natural Care Bogor", "kecil", "32.01", "bpom;halal", True, [
        ("lotion", "Hand Body Lotion Bengkoang 250 ml", "botol", 35000, 800, 5),
        ("sabun-cair-tangan", "Sabun Cuci Tangan Cair Refill 1 L", "pouch", 30000, 1000, 4)]),
    ("K3", "Kosmetik Bunda Pandeglang", "mikro", "36.01", "pirt-expired", True, [
        ("lulur", "Lulur Mandi Tradisional Bengkoang 200 gr", "pot", 25000, 400, 5),
        ("minyak-rambut", "Minyak Kemiri Penyubur Rambut 100 ml", "botol", 30000, 300, 5)]),
    ("K4", "Soap Craft Metro", "mikro", "18.72", "bpom", True, [
        ("sabun-susu-kambing", "Sabun Susu Kambing Handmade Batang 80 gr", "pcs", 12000, 800, 5),
        ("sabun-souvenir", "Sabun Souvenir Mini Bentuk Bunga kemasan mika", "pcs", 3500, 3000, 7)]),
    ("L1", "Pandai Besi Kujang Ciomas", "mikro", "36.04", "", True, [
        ("golok", "Golok Ciomas Sarung Kayu", "pcs", 350000, 60, 14),
        ("arit", "Arit / Sabit Rumput Baja Per", "pcs", 55000, 300, 7),
        ("cangkul", "Cangkul Baja Tempa + Gagang", "pcs", 85000, 300, 7)]),
    ("L2", "Bengkel Las Teralis Karya Mandiri", "mikro", "36.71", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow per m2", "m2", 450000, 200, 14),
        ("pagar-besi", "Pagar Besi Minimalis per meter", "m", 850000, 100, 21)]),
    ("L3", "Koperasi Alat Tani Pringsewu", "koperasi", "18.10", "", True, [
        ("cangkul", "Pacul Baja Lampung tanpa gagang", "pcs", 60000, 500, 7),
        ("parang", "Parang Kebun Lampung Baja Per", "pcs", 95000, 300, 7),
        ("gembor", "Gembor Siram Tanaman Seng 10 L", "pcs", 75000, 200, 7)]),
    ("L4", "Aluminium Cor Cikarang", "kecil", "32.16", "sni", True, [
        ("panci-alu", "Panci Aluminium Cor Dandang 40 cm", "pcs", 275000, 150, 10),
        ("wajan", "Wajan Besi Baja 40 cm", "pcs", 140000, 200, 7)]),
    ("P1", "Percetakan Mitra Grafika Serang", "kecil", "36.73", "", True, [
        ("spanduk", "Cetak Spanduk Banner Flexi 280gr per m2", "m2", 25000, 5000, 2),
        ("undangan", "Undangan Cetak Hard Cover + amplop", "pcs", 5500, 10000, 7),
        ("map-logo", "Map Folder Cetak Logo Instansi Art Carton 260", "pcs", 4500, 8000, 7)]),
    ("P2", "Toko ATK Sumber Ilmu Metro", "mikro", "18.72", "", True, [
        ("kertas-hvs-a4", "Kertas HVS A4 70 gsm 1 rim Sinar Dunia", "rim", 52000, 1000, 2),
        ("buku-tulis", "Buku Tulis Sinar Dunia 38 lembar (pak isi 10)", "pak", 35000, 1000, 2)]),
    ("P3", "Digital Printing Karawang Jaya", "kecil", "32.15", "", True, [
        ("stiker", "Stiker Vinyl Cutting Label Produk A3+", "lembar", 12000, 3000, 2),
        ("kalender", "Kalender Dinding 6 lembar Custom 2027", "pcs", 17500, 5000, 14),
        ("buku-agenda", "Notebook / Buku Agenda Hardcover Logo A5", "pcs", 45000, 2000, 14)]),
    ("P4", "Kemasan Kardus Lebak Pack", "mikro", "36.02", "", True, [
        ("dus-nasi", "Dus Nasi Kotak Food Grade 20x20", "pcs", 1500, 20000, 3),
        ("paper-bag", "Paper Bag Kraft Cetak Logo 25x33", "pcs", 4500, 5000, 7)]),
    ("P5", "Stempel Kilat Tangerang", "mikro", "36.71", "", True, [
        ("stempel", "Stempel Flash Otomatis Custom", "pcs", 95000, 500, 2)]),
    ("T1", "Penangkaran Bibit Buah Pandeglang", "mikro", "36.01", "", True, [
        ("bibit-durian", "Bibit Durian Musang King Okulasi 80 cm", "batang", 65000, 1000, 7),
        ("bibit-alpukat", "Bibit Alpukat Miki Sambung Pucuk", "batang", 45000, 1500, 7)]),
    ("T2", "Pokdakan Mina Lestari Tirtayasa", "koperasi", "36.04", "", True, [
        ("benih-lele", "Benih Lele Sangkuriang 5-7 cm", "ekor", 200, 200000, 3),
        ("benih-nila", "Benih Ikan Nila Merah 3-5 cm", "ekor", 250, 150000, 3)]),
    ("T3", "Ikan Hias Cupang dan Koi Cipondoh", "mikro", "36.71", "", True, [
        ("ikan-koi", "Ikan Koi Lokal Blitar 15-20 cm", "ekor", 35000, 500, 3),
        ("ikan-cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 25000, 400, 3)]),
    ("T4", "Tanaman Hias Bogor Asri", "kecil", "32.01", "", True, [
        ("tanaman-hias", "Tanaman Hias Monstera/Aglonema dalam Pot 25 cm", "pot", 75000, 600, 5),
        ("pupuk-kompos", "Pupuk Kompos Organik Karung 25 kg", "karung", 35000, 2000, 5)]),
    ("T5", "Pakan Ternak Makmur Lampung Timur", "kecil", "18.07", "", True, [
        ("pakan-ayam", "Pakan Ayam Kampung Konsentrat 50 kg", "sak", 380000, 500, 5),
        ("jagung-pipil", "Jagung Pipil Kering 1 kg", "kg", 6000, 20000, 5)]),
    ("T6", "Bibit Kopi Tanggamus Tani", "mikro", "18.06", "", True, [
        ("bibit-kopi", "Bibit Kopi Robusta Polybag siap tanam", "batang", 4000, 30000, 7)]),
    ("T7", "Telur Ayam Kampung Bu Haji Rajeg", "mikro", "36.03", "", True, [
        ("telur-kampung", "Telur Ayam Kampung 1 kg (isi 18 butir)", "kg", 48000, 300, 2)]),
    ("T8", "PT Agro Benih Nusantara", "besar", "36.04", "iso-9001", True, [
        ("benih-lele", "Benih Lele Sangkuriang 5-7 cm grosir", "ekor", 150, 1000000, 2)]),
    ("X1", "Koperasi Kebersihan Bersih Sejahtera", "koperasi", "36.73", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 600, 3),
        ("sapu-lidi", "Sapu Lidi Aren Ikat Besar", "pcs", 12000, 1000, 3),
        ("keset", "Keset Kaki Sabut Kelapa 40x60", "pcs", 30000, 400, 5)]),
    ("X2", "Produk Kebersihan Cling Tangerang", "kecil", "36.71", "", True, [
        ("karbol", "Karbol Sereh Pembersih Lantai 1 L", "botol", 18000, 1500, 3),
        ("sabun-cuci-piring", "Sabun Cuci Piring Cair Jeruk Nipis Refill 800 ml", "pouch", 14000, 2000, 3),
        ("kain-pel", "Alat Pel Lantai Kain Microfiber + Gagang", "pcs", 45000, 500, 3)]),
    ("X3", "Mainan Edukasi Kayu Pringsewu", "mikro", "18.10", "", True, [
        ("puzzle-kayu", "Mainan Edukatif Puzzle Kayu Huruf dan Angka", "set", 45000, 300, 7),
        ("balok-kayu", "Balok Susun Kayu 50 pcs APE PAUD", "set", 125000, 150, 10)]),
    ("X4", "Bendera dan Umbul-umbul Kramatwatu", "mikro", "36.04", "", True, [
        ("bendera", "Bendera Merah Putih Kain Katun 90x135", "pcs", 35000, 2000, 5),
        ("umbul-umbul", "Umbul-umbul Kain 5 m", "pcs", 45000, 800, 5)]),
]

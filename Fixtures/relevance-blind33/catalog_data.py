"""Hand-written suppliers and products of relevance-blind33 (fictional). Kinds never reach the CSVs.

SUPPLIERS: (key, name, scale, region, certificates, active, [(kind, name, unit, price, capacity, lead_days)])
The key's first letter is the category (CATEGORY).
"""

CATEGORY = {
    "M": "makanan", "D": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
    "R": "furnitur", "H": "herbal", "C": "kosmetik", "L": "logam", "T": "percetakan", "A": "pertanian",
    "X": "lainnya",
}

# Kinds produced for one day: the whole quantity must be made in one month, by a maker near the buyer.
PERISHABLE = {"nasiKotak", "snackBox", "prasmanan", "nasiLiwet", "tumpeng", "jamuKunyit"}

SUPPLIERS = [
    ("M1", "Dodol Garut Ibu Imas", "kecil", "32.05", "halal;pirt", True, [
        ("dodol", "Dodol Garut Kemasan Besek 500 gr", "pcs", 35000, 800, 4),
        ("chocodot", "Chocodot Dodol Cokelat isi 10", "box", 28000, 500, 4)]),
    ("M2", "Olahan Singkong Rasa Sari", "mikro", "32.14", "pirt", True, [
        ("keripikSingkong", "Keripik Singkong Balado 250gr", "pcs", 12000, 1500, 3),
        ("opak", "Opak Singkong Bakar Khas Wanayasa", "pcs", 10000, 1000, 3)]),
    ("M3", "Kerupuk Ikan & Otak-Otak Pesisir Pontang", "mikro", "36.04", "pirt", True, [
        ("kerupukIkan", "Kerupuk Ikan Tenggiri Mentah 500 gram", "pcs", 30000, 600, 3),
        ("otakotak", "Otak-Otak Bandeng Frozen isi 20", "pack", 45000, 300, 3),
        ("sateBandeng", "Sate Bandeng Khas Serang", "pcs", 40000, 200, 2)]),
    ("M4", "Sambal & Bumbu Dapur Teh Rina", "mikro", "32.77", "pirt;halal", True, [
        ("sambal", "Sambal Bawang Pedas Botol 150 ml", "btl", 22000, 1000, 3),
        ("bumbuPecel", "Bumbu Pecel Kacang 250 gr", "pcs", 15000, 800, 3)]),
    ("M5", "Manisan & Selai Buah Mekar Subang", "kecil", "32.13", "pirt;halal", True, [
        ("selaiNanas", "Selai Nanas Subang 250 gr", "pcs", 25000, 1000, 4),
        ("manisanPepaya", "Manisan Pepaya Kering 200gr", "pcs", 18000, 500, 4)]),
    ("M6", "Kue Kering Bu Lely", "mikro", "36.74", "halal", True, [
        ("nastar", "Kue Nastar Nanas Toples 500 gr", "toples", 85000, 300, 5),
        ("kastengel", "Kastengel Keju Edam toples 500gr", "toples", 95000, 200, 5)]),
    ("M7", "Keripik Pisang Tanggamus Jaya", "mikro", "18.06", "pirt-expired", True, [
        ("keripikPisang", "Keripik Pisang Manis 250 gr", "pcs", 15000, 2000, 3)]),
    ("D1", "Koperasi Tani Kopi Tanggamus Makmur", "koperasi", "18.06", "halal", True, [
        ("kopiRobusta", "Kopi Bubuk Robusta Tanggamus 250 gr", "pcs", 38000, 1500, 4),
        ("kopiBiji", "Biji Kopi Robusta Sangrai 1 kg", "kg", 140000, 400, 5)]),
    ("D2", "Kopi Arabika Papandayan", "kecil", "32.05", "halal", True, [
        ("kopiArabika", "Kopi Arabika Garut Bubuk 200 gr", "pcs", 65000, 600, 5)]),
    ("D3", "Sirup & Sari Buah Pakuan", "mikro", "32.71", "pirt", True, [
        ("sirupPala", "Sirup Pala Khas Bogor 600 ml", "btl", 35000, 800, 4),
        ("sariNanas", "Sari Buah Nanas botol 250 ml", "btl", 9000, 2000, 3)]),
    ("D4", "Cokelat Cimahi Lestari", "mikro", "32.77", "pirt", True, [
        ("cokelatBubuk", "Cokelat Bubuk Minuman Murni 500 gr", "pcs", 60000, 300, 4)]),
    ("D5", "AMDK Tirta Purwa", "kecil", "32.14", "bpom;halal;sni", True, [
        ("amdkGelas", "Air Mineral Gelas 220 ml dus isi 48", "dus", 24000, 5000, 2),
        ("amdkBotol", "Air Minum Kemasan Botol 600 ml isi 24", "dus", 45000, 3000, 2)]),
    ("D6", "Bajigur Instan Ciater", "mikro", "32.13", "pirt", True, [
        ("bajigur", "Bajigur Instan isi 10 sachet", "pack", 20000, 800, 3)]),
    ("D7", "Kopi Luwak Lebak", "mikro", "36.02", "pirt", False, [
        ("kopiLuwak", "Kopi Luwak Liar Bubuk 100 gr", "pcs", 150000, 100, 5)]),
    ("J1", "Katering Dapur Mamah Purwakarta", "kecil", "32.14", "halal", True, [
        ("nasiKotak", "Nasi Kotak Ayam Bakar + Lalapan", "box", 30000, 2500, 2),
        ("snackBox", "Snack Box isi 3 kue basah", "box", 15000, 4000, 2)]),
    ("J2", "Catering Sunda Rasa Cimahi", "mikro", "32.77", "halal", True, [
        ("nasiKotak", "Nasi Box Sunda Komplit Ayam Goreng", "box", 32000, 1500, 2),
        ("nasiLiwet", "Nasi Liwet Tampah isi 10 orang", "tampah", 250000, 60, 3)]),
    ("J3", "Boga Kirana Tangsel", "kecil", "36.74", "halal", True, [
        ("prasmanan", "Prasmanan Menu Nusantara per pax", "pax", 65000, 3000, 5),
        ("snackBox", "Kue Kotak Premium isi 4", "box", 20000, 3000, 2),
        ("nasiKotak", "Nasi Kotak Rendang Daging", "box", 40000, 2000, 2)]),
    ("J4", "Tumpeng & Nasi Box Bu Ade", "mikro", "32.71", "", True, [
        ("tumpeng", "Tumpeng Nasi Kuning Mini", "pcs", 45000, 400, 3),
        ("nasiKotak", "Nasi Box Ayam Bakar Madu", "box", 35000, 800, 2)]),
    ("J5", "Katering Garut Barokah", "mikro", "32.05", "halal", True, [
        ("nasiKotak", "Nasi Kotak Ayam Goreng Lalap", "box", 25000, 1200, 2),
        ("snackBox", "Kue Basah Kotak isi 3", "box", 12000, 2000, 1)]),
    ("J6", "Catering Serang Berkah", "mikro", "36.04", "halal", True, [
        ("nasiKotak", "Nasi Kotak Ayam Bakakak", "box", 28000, 1000, 2),
        ("snackBox", "Snack Box Jajanan Pasar", "box", 13000, 1500, 1)]),
    ("J7", "PT Boga Nusantara Raya", "besar", "32.71", "halal;iso-9001", True, [
        ("nasiKotak", "Nasi Kotak Paket Hemat", "box", 20000, 20000, 1)]),
    ("F1", "Batik Garutan Rereng", "kecil", "32.05", "batikmark", True, [
        ("batikTulis", "Kain Batik Tulis Garutan 2 m", "lembar", 650000, 40, 14),
        ("batikCap", "Kain Batik Cap Garutan 2 meter", "lembar", 180000, 300, 7)]),
    ("F2", "Batik Printing Tangerang Jaya", "kecil", "36.71", "", True, [
        ("batikPrinting", "Kemeja Batik Printing Pria Lengan Panjang", "pcs", 95000, 2000, 7)]),
    ("F3", "Tenun Tapis Pringsewu", "mikro", "18.10", "", True, [
        ("tapis", "Kain Tapis Lampung Motif Sasab", "lembar", 1200000, 15, 21),
        ("selendangTapis", "Selendang Tapis Benang Emas", "pcs", 250000, 60, 10)]),
    ("F4", "Konveksi Seragam Baros Cimahi", "menengah", "32.77", "iso-9001", True, [
        ("seragamPDH", "Seragam PDH Dinas Bahan American Drill", "stel", 230000, 800, 21),
        ("kaos", "Kaos Polos Cotton Combed 30s", "pcs", 45000, 3000, 7),
        ("rompi", "Rompi Lapangan Drill Bordir Logo", "pcs", 120000, 500, 14)]),
    ("F5", "Bordir Kerudung Kawalu", "mikro", "32.78", "", True, [
        ("kerudungBordir", "Kerudung Bordir Tasik Paris Premium", "pcs", 55000, 800, 7),
        ("mukena", "Mukena Bordir Tasikmalaya Katun", "pcs", 185000, 300, 10)]),
    ("F6", "Sepatu & Sandal Kulit Sukaregang", "kecil", "32.05", "", True, [
        ("sepatuKulit", "Sepatu Pantofel Kulit Sapi Pria", "pasang", 350000, 200, 14),
        ("sandalKulit", "Sandal Kulit Pria Casual", "pasang", 120000, 500, 7),
        ("jaketKulit", "Jaket Kulit Domba Garut", "pcs", 900000, 60, 21)]),
    ("F7", "Tas Anyaman Pandan Rajapolah", "mikro", "32.06", "", True, [
        ("tasPandan", "Tas Anyaman Pandan Motif Etnik", "pcs", 85000, 600, 7)]),
    ("F8", "Atribut Pramuka Saka Lebak", "mikro", "36.02", "", True, [
        ("pramuka", "Seragam Pramuka Penggalang Putra Set", "stel", 140000, 600, 14),
        ("hasduk", "Kacu / Hasduk Pramuka Merah Putih", "pcs", 12000, 3000, 5)]),
    ("F9", "PT Garmen Nusantara Sejahtera", "besar", "36.03", "iso-9001;sni", True, [
        ("seragamPDH", "Seragam PDH PDL Kantor Drill", "stel", 150000, 10000, 14)]),
    ("K1", "Anyaman Bambu Rajapolah Mandiri", "mikro", "32.06", "", True, [
        ("besekBambu", "Besek Bambu 20x20 cm", "pcs", 3500, 10000, 5),
        ("tampahBambu", "Tampah Bambu Diameter 50", "pcs", 25000, 800, 5)]),
    ("K2", "Gerabah Plered Sinar", "kecil", "32.14", "", True, [
        ("gerabahVas", "Vas Bunga Gerabah Plered Tinggi 40 cm", "pcs", 75000, 400, 10),
        ("cobek", "Cobek Tanah Liat Diameter 25", "pcs", 20000, 1500, 7),
        ("celengan", "Celengan Gerabah Karakter", "pcs", 15000, 2000, 7)]),
    ("K3", "Kerajinan Kerang Anyer", "mikro", "36.04", "", True, [
        ("kerangTisu", "Hiasan Kerang Kotak Tisu", "pcs", 45000, 300, 7),
        ("kerangLampu", "Lampu Hias Kulit Kerang", "pcs", 150000, 80, 10)]),
    ("K4", "Sanggar Angklung Kujang", "mikro", "32.71", "", True, [
        ("angklung", "Angklung Set 1 Oktaf 8 nada", "set", 450000, 40, 14),
        ("calung", "Calung Bambu Renteng", "set", 600000, 20, 21),
        ("suling", "Suling Bambu Sunda", "pcs", 35000, 300, 7)]),
    ("K5", "Souvenir Akrilik & Kayu Serpong", "kecil", "36.74", "", True, [
        ("plakatAkrilik", "Plakat Akrilik Custom Logo + Box", "pcs", 125000, 500, 7),
        ("gantunganAkrilik", "Gantungan Kunci Akrilik Custom", "pcs", 5000, 5000, 7),
        ("plakatKayu", "Plakat Kayu Jati Ukir Nama", "pcs", 225000, 150, 10)]),
    ("K6", "Sanggar Golek Sekar Pakuan", "mikro", "32.01", "", True, [
        ("wayangGolek", "Wayang Golek Cepot ukuran 40 cm", "pcs", 175000, 100, 10)]),
    ("P1", "Perak Sindang Barang", "mikro", "32.01", "", True, [
        ("brosPerak", "Bros Perak 925 Motif Kujang", "pcs", 250000, 150, 10),
        ("cincinPerak", "Cincin Perak Batu Kalimaya", "pcs", 300000, 100, 10)]),
    ("P2", "Kalimaya Banten Asli", "mikro", "36.02", "", True, [
        ("liontinKalimaya", "Liontin Batu Kalimaya Ikat Perak", "pcs", 450000, 60, 14)]),
    ("P3", "Aksesoris Manik Cipondoh", "mikro", "36.71", "", True, [
        ("kalungManik", "Kalung Manik-Manik Etnik", "pcs", 35000, 1000, 5),
        ("brosImitasi", "Bros Jilbab Mutiara Imitasi", "pcs", 15000, 2000, 5)]),
    ("P4", "Koperasi Mutiara Teluk Lampung", "koperasi", "18.01", "", True, [
        ("kalungMutiara", "Kalung Mutiara Air Laut Lampung", "pcs", 1500000, 30, 14)]),
    ("R1", "Mebel Rotan Sinar Pasar Kemis", "kecil", "36.03", "", True, [
        ("kursiRotan", "Kursi Teras Rotan Sintetis set 2 kursi + meja", "set", 1800000, 30, 21)]),
    ("R2", "Mebel Bambu Cibadak Lebak", "mikro", "36.02", "", True, [
        ("kursiBambu", "Kursi Bambu Panjang 3 dudukan", "pcs", 650000, 40, 14),
        ("mejaBambu", "Meja Tamu Bambu", "pcs", 450000, 40, 14)]),
    ("R3", "Meubel Jati Subang Mandiri", "kecil", "32.13", "svlk", True, [
        ("lemariArsip", "Lemari Arsip Kayu Jati 2 Pintu", "pcs", 3200000, 20, 30),
        ("mejaKerja", "Meja Kerja Kantor Kayu 1/2 Biro", "pcs", 1400000, 40, 21),
        ("rakBuku", "Rak Buku Kayu Mahoni 5 susun", "pcs", 900000, 30, 21)]),
    ("R4", "Furnitur Sekolah Karawang", "kecil", "32.15", "sni", True, [
        ("mejaKursiSiswa", "Meja Kursi Siswa SD Set Kayu", "set", 750000, 300, 21),
        ("kursiLipatKayu", "Kursi Lipat Kayu", "pcs", 200000, 200, 14)]),
    ("R5", "PT Furnitur Modern Indah", "besar", "32.16", "sni;iso-9001", True, [
        ("lemariBesi", "Lemari Arsip Besi 4 Laci", "pcs", 2500000, 500, 14)]),
    ("H1", "Jamu Gendong Mbok Sri", "mikro", "18.72", "pirt", True, [
        ("jamuKunyit", "Jamu Kunyit Asam Segar botol 250 ml", "btl", 8000, 1500, 1)]),
    ("H2", "Jamu Instan Sari Rimpang", "kecil", "32.77", "pirt;halal", True, [
        ("jaheInstan", "Jahe Merah Instan Serbuk 250 gr", "pcs", 30000, 1500, 4),
        ("temulawakInstan", "Temulawak Instan 200 gr", "pcs", 28000, 1000, 4)]),
    ("H3", "Madu Hutan Kanekes", "mikro", "36.02", "", True, [
        ("maduHutan", "Madu Hutan Baduy Asli 500 gr", "btl", 120000, 200, 5)]),
    ("H4", "Atsiri Akar Wangi Samarang", "kecil", "32.05", "", True, [
        ("minyakAkarWangi", "Minyak Akar Wangi Garut 10 ml", "btl", 75000, 300, 7),
        ("minyakSereh", "Minyak Sereh Wangi 100 ml", "btl", 45000, 800, 5)]),
    ("H5", "Herbal Kelor Pamulang", "kecil", "36.74", "bpom;halal", True, [
        ("kapsulKelor", "Kapsul Daun Kelor isi 60", "btl", 55000, 800, 5)]),
    ("H6", "Jamu Ibu Tini", "mikro", "36.73", "pirt", False, [
        ("jaheInstan", "Jahe Instan Gula Aren 250 gr", "pcs", 25000, 800, 3)]),
    ("C1", "Sabun Herbal Kemuning", "mikro", "32.71", "bpom", True, [
        ("sabunSereh", "Sabun Batang Sereh Handmade 100 gr", "pcs", 18000, 2000, 5),
        ("sabunCair", "Sabun Cair Cuci Tangan Jeruk Nipis 500 ml", "btl", 25000, 1500, 4)]),
    ("C2", "Lilin Aromaterapi Lumen", "mikro", "36.74", "", True, [
        ("lilin", "Lilin Aromaterapi Soy Wax Jar 100 gr Lavender", "pcs", 45000, 600, 7),
        ("diffuser", "Reed Diffuser Pengharum Ruangan 100 ml", "btl", 55000, 500, 7)]),
    ("C3", "Lulur Tradisional Banten Ayu", "kecil", "36.73", "bpom;halal", True, [
        ("lulur", "Lulur Mandi Bengkoang 200 gr", "pcs", 28000, 1000, 5),
        ("bedakDingin", "Bedak Dingin Beras Kencur", "pcs", 10000, 1500, 4)]),
    ("C4", "Sabun Lerak Alami", "mikro", "36.73", "", False, [
        ("sabunLerak", "Sabun Cuci Piring Lerak 1 liter", "btl", 20000, 1000, 3)]),
    ("L1", "Pandai Besi Gagak Ciomas", "mikro", "36.04", "", True, [
        ("golokCiomas", "Golok Ciomas Sarung Kayu", "pcs", 450000, 60, 14),
        ("arit", "Arit Rumput Baja Per", "pcs", 65000, 400, 7),
        ("cangkul", "Cangkul Baja Tempa + Gagang", "pcs", 95000, 300, 7)]),
    ("L2", "Bengkel Las Karya Teralis", "mikro", "36.71", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow per m2", "m2", 450000, 200, 10),
        ("pagar", "Pagar Besi Minimalis per meter", "m", 650000, 150, 14)]),
    ("L3", "Peralatan Dapur Logam Cikarang", "kecil", "32.16", "sni", True, [
        ("panci", "Panci Aluminium Tebal 30 cm", "pcs", 120000, 500, 7),
        ("dandang", "Dandang Aluminium 40 cm", "pcs", 250000, 200, 7)]),
    ("L4", "Pisau Galonggong Tasik", "mikro", "32.06", "", True, [
        ("pisauDapur", "Pisau Dapur Baja Set 3 pcs", "set", 85000, 400, 7)]),
    ("T1", "Percetakan Pakuan Offset", "kecil", "32.71", "", True, [
        ("spanduk", "Cetak Spanduk Banner Flexi 280 gr per m2", "m2", 25000, 5000, 2),
        ("brosur", "Brosur A4 Art Paper 150 gr Full Color", "lembar", 1200, 50000, 4),
        ("buku", "Cetak Buku A5 Soft Cover 100 hal", "eks", 30000, 3000, 10)]),
    ("T2", "ATK Sumber Ilmu", "mikro", "36.73", "", True, [
        ("kertasHVS", "Kertas HVS A4 70 gram 1 rim", "rim", 52000, 2000, 2),
        ("map", "Map Snelhecter Plastik", "pcs", 3000, 5000, 2),
        ("pulpen", "Pulpen Gel Hitam 1 pak isi 12", "pak", 30000, 2000, 2)]),
    ("T3", "Digital Printing Cikarang", "mikro", "32.16", "", True, [
        ("stiker", "Stiker Vinyl Cutting Logo", "lembar", 15000, 3000, 3),
        ("kalender", "Kalender Dinding 6 lembar Custom", "pcs", 25000, 3000, 14),
        ("sertifikat", "Cetak Sertifikat / Piagam Art Carton 260 gr", "lembar", 4000, 10000, 4)]),
    ("T4", "Kemasan Dus & Box Ciputat", "kecil", "36.74", "", True, [
        ("dusNasi", "Dus Nasi Kotak 20x20 Laminasi", "pcs", 1500, 20000, 5),
        ("paperbag", "Paper Bag Kraft Sablon Logo", "pcs", 4500, 10000, 7)]),
    ("A1", "Bogor Flora Nursery", "mikro", "32.01", "", True, [
        ("aglonema", "Tanaman Hias Aglaonema Pot 20 cm", "pot", 85000, 300, 5),
        ("bibitDurian", "Bibit Durian Musang King Okulasi 60 cm", "batang", 75000, 500, 7),
        ("bibitAlpukat", "Bibit Alpukat Miki Sambung Pucuk", "batang", 50000, 800, 7)]),
    ("A2", "Ikan Hias Sepatan", "mikro", "36.03", "", True, [
        ("cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 35000, 1000, 3),
        ("koki", "Ikan Koki Oranda 5 cm", "ekor", 15000, 1500, 3)]),
    ("A3", "Koperasi Tani Organik Subang", "koperasi", "32.13", "", True, [
        ("pupukOrganik", "Pupuk Kompos Organik Karung 25 kg", "karung", 35000, 3000, 5),
        ("pestisidaNabati", "Pestisida Nabati Daun Mimba 1 liter", "btl", 45000, 800, 5),
        ("pakanAyam", "Pakan Ayam Fermentasi 10 kg", "karung", 85000, 500, 5)]),
    ("A4", "Koperasi Beras Karawang", "koperasi", "32.15", "", True, [
        ("beras", "Beras Pandan Wangi Karawang 5 kg", "pcs", 80000, 5000, 3),
        ("benihPadi", "Benih Padi Inpari 32 label biru 5 kg", "pcs", 65000, 2000, 5)]),
    ("A5", "Peternak Mandiri Sekampung", "mikro", "18.07", "", True, [
        ("kandangAyam", "Kandang Ayam Bambu Baterai 4 pintu", "unit", 180000, 200, 10),
        ("tempatPakan", "Tempat Pakan Ayam Otomatis 5 kg", "pcs", 35000, 800, 5),
        ("benihNila", "Bibit Ikan Nila 5-7 cm", "ekor", 300, 50000, 3)]),
    ("X1", "Sapu & Keset Sabut Labuan", "mikro", "36.01", "", True, [
        ("sapuIjuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 2000, 3),
        ("sapuLidi", "Sapu Lidi Kelapa Ikat", "pcs", 8000, 5000, 2),
        ("keset", "Keset Sabut Kelapa 40x60", "pcs", 30000, 1500, 3)]),
    ("X2", "Perlengkapan Posyandu Melati", "mikro", "32.71", "", True, [
        ("timbanganDacin", "Timbangan Dacin Bayi 25 kg lengkap sarung", "unit", 350000, 100, 7),
        ("perlak", "Perlak Bayi Karet", "pcs", 15000, 2000, 3)]),
    ("X3", "Pancing Joran Telagasari", "mikro", "32.15", "", True, [
        ("alatPancing", "Joran Pancing Fiber 180 cm + Reel", "set", 150000, 300, 5)]),
    ("X4", "Kebersihan Bening Tangsel", "kecil", "36.74", "", True, [
        ("pembersihLantai", "Cairan Pembersih Lantai Wangi 1 liter", "liter", 15000, 4000, 3),
        ("kainPel", "Alat Pel Lantai Microfiber + Gagang", "pcs", 65000, 800, 3)]),
    ("X5", "Perlengkapan Pramuka Kwarran Rangkasbitung", "mikro", "36.02", "", True, [
        ("tongkatPramuka", "Tongkat Pramuka Bambu 160 cm", "pcs", 15000, 2000, 5),
        ("tendaPramuka", "Tenda Pramuka Regu Kapasitas 8 orang", "unit", 1200000, 30, 14)]),
]

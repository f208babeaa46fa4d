"""Hand-written suppliers and products of relevance-blind25 (fictional). Kind tags never reach the CSVs.

SUPPLIERS: (key, name, scale, region, certificates, active, [(kind, product name, unit, price, capacity/month, lead days)])
The key's first letter is the category (CATEGORY).
"""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Made and eaten within days: capacity per month must carry the whole quantity, and the maker should be near.
PERISHABLE = {"nasi-kotak", "snack-box", "nasi-liwet", "prasmanan", "tumpeng-mini", "tumpeng-besar", "nasi-bungkus",
              "jamu-kunir-asam-fresh", "yoghurt", "susu-pasteur"}

SUPPLIERS = [
    ("M01", "Sale Pisang Bu Imas Rangkasbitung", "kecil", "36.02", "pirt;halal", True, [
        ("sale-pisang", "Sale Pisang Ambon Lebak 250 gr", "pcs", 18000, 2000, 5),
        ("keripik-pisang", "Keripik Pisang Tanduk Balado", "pcs", 15000, 1500, 4)]),
    ("M02", "UD Kemplang Sinar Laut Kalianda", "mikro", "18.01", "pirt", True, [
        ("kemplang", "Kerupuk Kemplang Ikan Tenggiri Bakar 500gr", "pcs", 45000, 800, 5),
        ("otak-otak", "Otak-otak Bandeng Beku isi 10", "pcs", 35000, 400, 3)]),
    ("M03", "Dapur Mochi Kaswari Cisaat", "mikro", "32.02", "pirt;halal", True, [
        ("mochi", "Mochi Kaswari Khas Sukabumi isi 10", "pcs", 25000, 3000, 3),
        ("dodol", "Dodol Ketan Kacang Tanah", "pcs", 20000, 1000, 4)]),
    ("M04", "Sari Rasa Tauco dan Manisan Cianjur", "kecil", "32.03", "pirt;halal", True, [
        ("tauco", "Tauco Cianjur Botol 250 ml", "btl", 17000, 2000, 3),
        ("manisan-pala", "Manisan Pala Basah 500 gr", "pcs", 30000, 600, 4)]),
    ("M05", "Sambal Teh Ijah", "mikro", "36.73", "pirt", True, [
        ("sambal-bawang", "Sambal Bawang Botol 150 gr", "btl", 22000, 1000, 3),
        ("sambal-cumi", "Sambal Cumi Asin Pedas 200gr", "btl", 38000, 500, 3)]),
    ("M06", "Koperasi Wanita Tani Emping Menes", "koperasi", "36.01", "pirt;halal", True, [
        ("emping", "Emping Melinjo Menes Super 1 kg", "pcs", 110000, 600, 6),
        ("gapit", "Kue Gapit Melinjo Toples", "pcs", 25000, 800, 4)]),
    ("M07", "Rengginang Mak Enok Rengasdengklok", "mikro", "32.15", "pirt-expired", True, [
        ("rengginang", "Rengginang Ketan Terasi Mentah 500 gr", "pcs", 20000, 1000, 4)]),
    ("M08", "Kerupuk Ikan Menggala Jaya", "mikro", "18.05", "halal", True, [
        ("kerupuk-ikan", "Kerupuk Ikan Belida Mentah 1 kg", "pcs", 60000, 500, 5)]),
    ("M09", "Roti dan Bolu Depok Jaya", "kecil", "32.76", "halal;pirt", True, [
        ("bolu-gulung", "Bolu Pandan Gulung", "pcs", 45000, 1500, 2),
        ("brownies", "Brownies Kukus Cokelat", "kotak", 40000, 2000, 2)]),
    ("M10", "Keripik Singkong Mak Ecin", "mikro", "36.02", "pirt", False, [
        ("keripik-singkong", "Keripik Singkong Pedas Manis", "pcs", 12000, 2000, 3)]),
    ("N01", "Koperasi Kopi Tunas Jaya Tanggamus", "koperasi", "18.06", "halal;pirt", True, [
        ("kopi-robusta", "Kopi Bubuk Robusta Tanggamus 250 gr", "pcs", 35000, 3000, 4),
        ("green-bean", "Green Bean Robusta Petik Merah 1 kg", "kg", 95000, 1000, 5)]),
    ("N02", "Kopi Sarongge Gunung Gede", "mikro", "32.03", "pirt", True, [
        ("kopi-arabika", "Kopi Arabika Sarongge Roasted Bean 200gr", "pcs", 85000, 400, 5)]),
    ("N03", "Sari Jahe Merah Bu Entin", "mikro", "32.01", "pirt;halal", True, [
        ("jahe-instan", "Jahe Merah Instan Serbuk 250 gr", "pcs", 30000, 1500, 3),
        ("bandrek", "Bandrek Instan Sachet isi 10", "pak", 20000, 1500, 3)]),
    ("N04", "Kakao Lestari Pringsewu", "kecil", "18.10", "pirt;halal", True, [
        ("bubuk-kakao", "Bubuk Cokelat Murni (Kakao) 500 gr", "pcs", 65000, 500, 4),
        ("cokelat-sachet", "Minuman Cokelat Sachet 3in1 isi 10", "pak", 25000, 1000, 3)]),
    ("N05", "CV Air Pegunungan Salak", "menengah", "32.01", "sni;halal;bpom;iso-9001", True, [
        ("amdk-gelas", "Air Minum Dalam Kemasan Gelas 220 ml (1 dus isi 48)", "dus", 22000, 20000, 2),
        ("amdk-botol", "AMDK Botol 600 ml isi 24", "dus", 45000, 10000, 2)]),
    ("N06", "Susu dan Yoghurt Mbak Rini", "mikro", "32.72", "pirt", True, [
        ("yoghurt", "Yoghurt Susu Sapi Botol 250 ml", "btl", 12000, 2000, 2),
        ("susu-pasteur", "Susu Murni Pasteurisasi 1 liter", "btl", 22000, 800, 2)]),
    ("J01", "Catering Dapur Bunda Serang", "kecil", "36.73", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakakak + Lalapan", "kotak", 30000, 3000, 2),
        ("snack-box", "Snack Box isi 3 Kue Basah", "kotak", 12000, 4000, 1)]),
    ("J02", "Rumah Makan Saung Sunda Cianjur", "mikro", "32.03", "halal", True, [
        ("nasi-liwet", "Nasi Liwet Komplit Box", "kotak", 35000, 1500, 2),
        ("prasmanan", "Prasmanan Menu Sunda per pax", "porsi", 55000, 2000, 3)]),
    ("J03", "Katering Berkah Depok", "kecil", "32.76", "halal", True, [
        ("nasi-kotak", "Nasi Box Rendang Sapi", "kotak", 40000, 2500, 2),
        ("snack-box", "Kue Kotak / Snack Box Rapat", "kotak", 15000, 3000, 1)]),
    ("J04", "Warung Seruit Bu Yati", "mikro", "18.71", "", True, [
        ("nasi-kotak", "Nasi Kotak Ikan Bakar Seruit", "kotak", 35000, 800, 2),
        ("tumpeng-mini", "Tumpeng Nasi Kuning Mini", "pcs", 30000, 300, 2)]),
    ("J05", "Catering Lebak Sejahtera", "mikro", "36.02", "", True, [
        ("nasi-bungkus", "Nasi Bungkus Ayam Goreng", "bungkus", 18000, 1000, 1)]),
    ("J06", "Katering Berkah Kalianda", "mikro", "18.01", "halal", True, [
        ("nasi-kotak", "Nasi Box Ayam Goreng Lalapan", "kotak", 28000, 1200, 2),
        ("snack-box", "Snack Box Kue Basah 3 macam", "kotak", 11000, 1500, 1)]),
    ("J07", "Dapur Tumpeng Karawang", "kecil", "32.15", "halal", True, [
        ("tumpeng-besar", "Nasi Tumpeng Besar 30 orang", "paket", 850000, 40, 2),
        ("snack-box", "Coffee Break / Snack Box", "kotak", 13000, 2000, 1)]),
    ("J08", "PT Boga Tebet Mantap", "besar", "31.74", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Premium Menu Nusantara", "kotak", 50000, 50000, 2)]),
    ("F01", "Rumah Tapis Siger", "kecil", "18.71", "", True, [
        ("kain-tapis", "Kain Tapis Lampung Motif Pucuk Rebung 2 m", "lembar", 1250000, 30, 20),
        ("selendang-tapis", "Selendang Tapis Sulam Usus", "pcs", 250000, 80, 10),
        ("peci-tapis", "Peci / Kopiah Motif Tapis", "pcs", 90000, 300, 7)]),
    ("F02", "Rumah Batik Pesona Serang", "kecil", "36.73", "batikmark", True, [
        ("batik-tulis", "Kain Batik Tulis Motif Banten 2 m", "lembar", 650000, 40, 14),
        ("batik-cap", "Kain Batik Cap Motif Sebakingking", "lembar", 180000, 400, 7),
        ("kemeja-batik", "Kemeja Batik Pria Lengan Panjang (Batik Cap)", "pcs", 225000, 300, 10)]),
    ("F03", "Konveksi Rapi Cianjur", "kecil", "32.03", "", True, [
        ("pdh", "Seragam PDH Coklat Khaki Pemda (Setelan)", "setel", 285000, 600, 21),
        ("polo", "Kaos Polo Bordir Logo Instansi", "pcs", 85000, 1500, 10),
        ("rompi", "Rompi Lapangan Drill", "pcs", 120000, 500, 10)]),
    ("F04", "Depok Printwear Sablon", "mikro", "32.76", "", True, [
        ("kaos-sablon", "Kaos Sablon Cotton Combed 30s", "pcs", 55000, 2000, 7),
        ("hoodie", "Hoodie Custom Sablon", "pcs", 150000, 300, 10)]),
    ("F05", "Sandal Hotel Cipondoh", "mikro", "36.71", "", True, [
        ("sandal-hotel", "Sandal Hotel Spon Putih Bordir Logo", "pasang", 7000, 5000, 7),
        ("sandal-kulit", "Sandal Kulit Pria Model Slop", "pasang", 120000, 300, 10)]),
    ("F06", "Bogor Leather Craft", "mikro", "32.71", "", True, [
        ("ikat-pinggang", "Ikat Pinggang Kulit Sapi Asli Gesper Kuningan", "pcs", 150000, 200, 7),
        ("dompet-kulit", "Dompet Kulit Pria Lipat", "pcs", 110000, 250, 7)]),
    ("F07", "Perlengkapan Ibadah Rabbani Karawang", "kecil", "32.15", "", True, [
        ("mukena", "Mukena Katun Rayon Bordir Dewasa", "pcs", 175000, 400, 7),
        ("peci-hitam", "Peci Hitam Beludru Nasional", "pcs", 35000, 2000, 5),
        ("sajadah", "Sajadah Travel Lipat", "pcs", 45000, 1000, 5)]),
    ("K01", "Kelompok Anyaman Pandan Rangkasbitung", "mikro", "36.02", "", True, [
        ("tikar-pandan", "Tikar Pandan Motif 2x3 m", "lembar", 150000, 100, 10),
        ("tas-pandan", "Tas Pandan Jinjing Natural", "pcs", 55000, 300, 10),
        ("topi-pandan", "Topi Pandan Pantai", "pcs", 35000, 300, 7)]),
    ("K02", "Bambu Kreatif Tanggamus", "mikro", "18.06", "", True, [
        ("besek", "Besek Bambu Tutup 20x20", "pcs", 6000, 5000, 5),
        ("tempat-tisu-bambu", "Tempat Tisu Bambu Ukir", "pcs", 40000, 300, 7)]),
    ("K03", "Gerabah Mekar Tanah Plered", "mikro", "32.14", "", True, [
        ("guci", "Guci Gerabah Hias Tinggi 60 cm", "pcs", 250000, 60, 10),
        ("pot-tanah-liat", "Pot Tanah Liat Bunga Diameter 30", "pcs", 25000, 1000, 5),
        ("celengan", "Celengan Gerabah Ayam", "pcs", 15000, 1000, 5)]),
    ("K04", "Tangerang Kreasi Akrilik", "kecil", "36.03", "", True, [
        ("plakat-akrilik", "Plakat Akrilik Custom Grafir 20 cm + Box", "pcs", 175000, 300, 7),
        ("gantungan-akrilik", "Gantungan Kunci Akrilik Full Print", "pcs", 4500, 10000, 5),
        ("pin", "Pin Enamel Custom Logo", "pcs", 12000, 3000, 10)]),
    ("K05", "Sanggar Ukir Kayu Sukabumi", "mikro", "32.02", "svlk", True, [
        ("plakat-kayu", "Plakat Kayu Jati Ukir Nama", "pcs", 225000, 100, 14),
        ("miniatur-perahu", "Miniatur Perahu Kayu", "pcs", 300000, 30, 14)]),
    ("K06", "Rumah Boneka Flanel Cikarang", "mikro", "32.16", "", True, [
        ("boneka", "Boneka Maskot Flanel Custom 30 cm", "pcs", 85000, 200, 14)]),
    ("P01", "Pengrajin Perak Bakti Kotagede", "kecil", "34.71", "", True, [
        ("bros-perak", "Bros Perak 925 Motif Siger", "pcs", 185000, 150, 10),
        ("cincin-perak", "Cincin Perak Batu Akik", "pcs", 150000, 100, 10)]),
    ("P02", "Mutiara Sekarbela", "mikro", "52.71", "", True, [
        ("kalung-mutiara", "Kalung Mutiara Air Tawar", "pcs", 350000, 80, 7)]),
    ("P03", "Aksesoris Manik Sukadana", "mikro", "18.07", "", True, [
        ("gelang-manik", "Gelang Manik-manik Motif Tapis", "pcs", 15000, 2000, 5),
        ("kalung-manik", "Kalung Manik Etnik", "pcs", 25000, 1000, 5)]),
    ("P04", "PT Perhiasan Logam Mulia Nusantara", "besar", "31.71", "sni", True, [
        ("cincin-emas", "Cincin Emas 24K 2 gram", "pcs", 2600000, 500, 5)]),
    ("U01", "Mebel Rotan Tegalwangi", "kecil", "32.09", "svlk", True, [
        ("kursi-rotan", "Kursi Rotan Sintetis Teras Set 2 Kursi 1 Meja", "set", 1800000, 20, 21),
        ("sofa-rotan", "Sofa Rotan Asli 3 Dudukan", "unit", 3500000, 10, 30)]),
    ("U02", "Mebel Jati Lebak Jaya", "kecil", "36.02", "svlk", True, [
        ("meja-kerja", "Meja Kerja Kayu Jati 120x60", "unit", 1650000, 30, 21),
        ("lemari-arsip", "Lemari Arsip Kayu 2 Pintu", "unit", 2400000, 15, 30)]),
    ("U03", "Bekasi Baja Furnitur", "kecil", "32.16", "sni;iso-9001", True, [
        ("rak-siku", "Rak Besi Siku Lubang 5 Susun", "unit", 450000, 200, 7),
        ("filing-cabinet", "Lemari Arsip Besi 4 Laci Filing Cabinet", "unit", 2100000, 60, 14),
        ("kursi-lipat", "Kursi Lipat Besi Model Futura", "unit", 175000, 500, 7)]),
    ("U04", "Meubel Sekolah Metro", "mikro", "18.72", "", True, [
        ("meja-kursi-siswa", "Meja Kursi Siswa SD Set", "set", 650000, 200, 20),
        ("whiteboard", "Papan Tulis Whiteboard 120x240", "unit", 850000, 50, 10)]),
    ("U05", "PT Mebel Nusantara Raya", "besar", "32.16", "svlk", True, [
        ("lemari-pakaian", "Lemari Pakaian Kayu 3 Pintu", "unit", 3200000, 300, 14)]),
    ("H01", "Rumah Herbal Temulawak Pringsewu", "mikro", "18.10", "pirt", True, [
        ("jamu-kunir-asam-fresh", "Jamu Kunyit Asam Botol 250 ml (fresh)", "btl", 8000, 1500, 1),
        ("temulawak-instan", "Serbuk Temulawak Instan 200 gr", "pcs", 25000, 1000, 3)]),
    ("H02", "Madu Hutan Ujung Kulon", "mikro", "36.01", "pirt", True, [
        ("madu-hutan", "Madu Hutan Asli Baduy 500 gr", "btl", 120000, 300, 5),
        ("propolis", "Propolis Tetes 10 ml", "btl", 75000, 200, 5)]),
    ("H03", "Kelor Sehat Sukabumi", "mikro", "32.02", "pirt;bpom", True, [
        ("teh-kelor", "Teh Herbal Daun Kelor Celup isi 20", "box", 28000, 1000, 3),
        ("kapsul-kelor", "Kapsul Daun Kelor isi 60", "btl", 55000, 800, 3)]),
    ("H04", "Minyak Urut Menggala", "mikro", "18.05", "", True, [
        ("minyak-urut", "Minyak Urut Sereh Wangi 60 ml", "btl", 20000, 1000, 3),
        ("balsem", "Balsem Jahe Hangat 20 gr", "pcs", 15000, 1000, 3)]),
    ("S01", "Sabunqu Herbal Bogor", "mikro", "32.71", "bpom", True, [
        ("sabun-susu-kambing", "Sabun Batang Susu Kambing 100 gr", "pcs", 15000, 3000, 4),
        ("sabun-cuci-tangan", "Sabun Cair Cuci Tangan Lerak 500 ml", "btl", 25000, 2000, 4)]),
    ("S02", "Wangi Karawang Lilin Aroma", "mikro", "32.15", "", True, [
        ("lilin-aroma", "Lilin Aromaterapi Soy Wax Lavender 100 gr", "pcs", 45000, 500, 5),
        ("diffuser", "Reed Diffuser 100 ml", "btl", 65000, 300, 5)]),
    ("S03", "Natural Tangsel Kosmetik", "kecil", "36.74", "bpom;halal", True, [
        ("lulur", "Lulur Mandi Bengkuang 200 gr", "pcs", 30000, 1000, 4),
        ("minyak-kemiri", "Minyak Rambut Kemiri 100 ml", "btl", 28000, 1000, 4),
        ("hand-sanitizer", "Hand Sanitizer Gel 500 ml", "btl", 30000, 2000, 3)]),
    ("S04", "Sabun VCO Rajabasa", "mikro", "18.01", "", True, [
        ("sabun-vco", "Sabun Mandi Batang VCO Kelapa", "pcs", 12000, 2000, 4)]),
    ("L01", "Pandai Besi Golok Ciomas Sejati", "mikro", "36.04", "", True, [
        ("golok-ciomas", "Golok Ciomas Sulangkar Sarung Kayu", "pcs", 450000, 60, 14),
        ("arit", "Arit Rumput Baja Per", "pcs", 65000, 400, 7)]),
    ("L02", "Paguyuban Pandai Besi Cisaat", "koperasi", "32.02", "", True, [
        ("cangkul", "Cangkul Baja (Pacul) Lengkap Gagang", "pcs", 95000, 600, 7),
        ("parang", "Parang Kebun / Bedog", "pcs", 85000, 500, 7),
        ("sabit", "Sabit Padi Bergerigi", "pcs", 30000, 800, 5)]),
    ("L03", "Bengkel Las Tangerang Jaya", "mikro", "36.71", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow per m2", "m2", 450000, 200, 10),
        ("pagar-besi", "Pagar Besi Minimalis per meter", "meter", 650000, 100, 14),
        ("kanopi", "Kanopi Baja Ringan per m2", "m2", 350000, 300, 10)]),
    ("L04", "Alat Dapur Aluminium Bekasi", "kecil", "32.75", "sni", True, [
        ("panci-set", "Panci Aluminium Set 5 pcs", "set", 250000, 300, 5),
        ("dandang", "Dandang Aluminium 40 cm", "pcs", 280000, 100, 5),
        ("wajan", "Wajan Besi Cor 30 cm", "pcs", 150000, 200, 5)]),
    ("C01", "Percetakan Lebak Offset", "kecil", "36.02", "", True, [
        ("buku-yasin", "Cetak Buku Yasin Hard Cover 160 hlm", "pcs", 18000, 5000, 10),
        ("brosur", "Cetak Brosur A4 Art Paper 150 gsm", "lembar", 1200, 50000, 5),
        ("spanduk", "Spanduk MMT / Banner Flexi per m2", "m2", 25000, 2000, 2)]),
    ("C02", "ATK dan Fotokopi Margonda", "mikro", "32.76", "", True, [
        ("hvs-a4-70", "Kertas HVS A4 70 gram 1 rim", "rim", 52000, 2000, 2),
        ("map", "Map Snelhecter Plastik", "pcs", 2500, 10000, 2),
        ("buku-tulis", "Buku Tulis 38 lembar isi 10", "pak", 35000, 1000, 2)]),
    ("C03", "Lampung Packindo", "kecil", "18.71", "", True, [
        ("dus-snack", "Dus Kemasan Snack Box 15x15 Cetak Logo", "pcs", 1500, 20000, 7),
        ("paper-bag", "Paper Bag Kraft Custom Sablon", "pcs", 4500, 8000, 7)]),
    ("C04", "Karawang Print Stempel", "mikro", "32.15", "", True, [
        ("nota", "Cetak Nota NCR 2 Ply", "buku", 8000, 3000, 5),
        ("kartu-nama", "Cetak Kartu Nama 1 box", "box", 35000, 1000, 3),
        ("stempel", "Stempel Flash Otomatis", "pcs", 85000, 500, 3)]),
    ("T01", "Koperasi Penangkar Benih Tulang Bawang Makmur", "koperasi", "18.05", "", True, [
        ("benih-padi", "Benih Padi Inpari 32 Label Biru 5 kg", "sak", 65000, 3000, 7)]),
    ("T02", "Cianjur Flora Kebun Bibit", "mikro", "32.03", "", True, [
        ("monstera", "Tanaman Hias Monstera Pot 25", "pot", 85000, 200, 5),
        ("bibit-mangga", "Bibit Pohon Mangga Harum Manis Okulasi 60 cm", "batang", 25000, 1500, 7),
        ("sansevieria", "Tanaman Sansevieria Lidah Mertua", "pot", 35000, 500, 5)]),
    ("T03", "Depok Koi dan Cupang", "mikro", "32.76", "", True, [
        ("koi", "Ikan Koi Kohaku 15 cm", "ekor", 45000, 500, 3),
        ("cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 25000, 500, 3)]),
    ("T04", "Pembenihan Lele Telagasari", "mikro", "32.15", "", True, [
        ("bibit-lele", "Bibit Lele Sangkuriang 5-7 cm", "ekor", 250, 100000, 3),
        ("bibit-nila", "Bibit Nila Merah 3-5 cm", "ekor", 300, 50000, 3)]),
    ("T05", "Pakan Ternak Mandiri Sukadana", "kecil", "18.07", "", True, [
        ("pakan-ayam", "Pakan Ayam Petelur Racikan 50 kg", "sak", 380000, 300, 5),
        ("pelet-ikan", "Pelet Ikan Apung 30 kg", "sak", 310000, 200, 5)]),
    ("T06", "TOGA Lestari Ciawi", "mikro", "32.01", "", True, [
        ("bibit-jahe", "Bibit Jahe Merah Polybag", "polybag", 5000, 3000, 5),
        ("paket-toga", "Bibit Tanaman Obat Keluarga Paket 10 jenis", "paket", 150000, 100, 7)]),
    ("X01", "Bocah Pintar Mainan Kayu", "mikro", "32.76", "sni", True, [
        ("puzzle-kayu", "Puzzle Kayu Huruf & Angka", "pcs", 35000, 800, 5),
        ("balok-kayu", "Balok Susun Kayu 50 pcs", "set", 85000, 300, 7)]),
    ("X02", "Metro Edukasi Alat Peraga", "kecil", "18.72", "", True, [
        ("tata-surya", "Alat Peraga Tata Surya (Planetarium Mini)", "unit", 450000, 40, 10),
        ("torso", "Torso Anatomi Tubuh Manusia 45 cm", "unit", 650000, 30, 10),
        ("globe", "Globe Bola Dunia 30 cm", "unit", 175000, 100, 5)]),
    ("X03", "Ijuk Jaya Pandeglang", "mikro", "36.01", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 2000, 3),
        ("sapu-lidi", "Sapu Lidi Aren Ikat", "pcs", 8000, 5000, 3),
        ("kemoceng", "Kemoceng Bulu Ayam", "pcs", 20000, 1000, 3),
        ("keset-sabut", "Keset Sabut Kelapa", "pcs", 30000, 1000, 3)]),
    ("X04", "Tekstil Rumah Pasar Kemis", "mikro", "36.03", "", True, [
        ("handuk", "Handuk Mandi Bordir Nama 70x140", "pcs", 65000, 1000, 7),
        ("sprei", "Sprei Katun 160x200 + Sarung Bantal", "set", 185000, 200, 7),
        ("gorden", "Gorden Blackout per meter", "meter", 75000, 500, 7)]),
    ("X05", "Perlengkapan Masjid Al-Ikhlas Serang", "mikro", "36.73", "", True, [
        ("tasbih", "Tasbih Kayu 99 Butir", "pcs", 15000, 2000, 5),
        ("karpet-masjid", "Karpet Sajadah Masjid Roll per meter", "meter", 175000, 300, 7)]),
]

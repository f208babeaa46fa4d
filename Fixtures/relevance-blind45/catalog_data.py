"""Hand-written IKM directory and products for relevance-blind45 (the labeller's own words; fictional).

Each product: (kind, name as the supplier writes it, unit, unit_price, capacity_per_month, lead_time_days).
The kind is the labeller's tag; it never reaches the CSVs.
"""

CATEGORY = {"M": "makanan", "D": "minuman", "B": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "C": "kosmetik", "L": "logam", "T": "percetakan", "A": "pertanian",
            "X": "lainnya"}

# produced for the day: capacity_per_month >= quantity, and nearest producers only (see README)
PERISHABLE = {"nasi-kotak", "snack-box", "prasmanan", "tumpeng", "kue-basah", "nasi-liwet", "jamu-kunyit",
              "jamu-kencur"}

SUPPLIERS = [
    ("M01", "UMKM Emping Melinjo Bu Enok", "mikro", "36.01", "pirt;halal", True, [
        ("emping-melinjo", "Emping Melinjo Menes Original", "kg", 95000, 300, 5),
        ("emping-pedas", "Emping Pedas Manis kemasan 250 gr", "pcs", 28000, 800, 5)]),
    ("M02", "Kerupuk Ikan Cap Dua Putri", "kecil", "36.72", "pirt;halal", True, [
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri Mentah 500 gr", "pcs", 32000, 1500, 4),
        ("otak-otak", "Otak-Otak Bandeng Frozen isi 10", "pcs", 35000, 600, 3)]),
    ("M03", "Keripik Pisang Mekar Sari", "mikro", "18.71", "pirt", True, [
        ("keripik-pisang-coklat", "Keripik Pisang Coklat Lampung 250 gr", "pcs", 25000, 2000, 5),
        ("keripik-pisang-asin", "Kripik Pisang Kepok Asin", "pcs", 20000, 1500, 5)]),
    ("M04", "Gula Aren & Sale Cibeber", "mikro", "36.02", "pirt", True, [
        ("gula-aren", "Gula Aren Cetak Cibeber 1 kg", "kg", 38000, 1000, 4),
        ("gula-semut", "Gula Semut Aren Organik 500gr", "pcs", 30000, 600, 4),
        ("sale-pisang", "Sale Pisang Basah Baduy", "pcs", 22000, 500, 4)]),
    ("M05", "Dapur Sambal Teh Imas", "mikro", "36.73", "pirt;halal", True, [
        ("sambal-bawang", "Sambal Bawang Pedas Botol 150ml", "pcs", 25000, 1200, 3),
        ("sambal-cumi", "Sambal Cumi Asin Jar 200 gr", "pcs", 42000, 400, 3)]),
    ("M06", "Rengginang & Opak Kang Asep", "mikro", "32.15", "pirt", True, [
        ("rengginang", "Rengginang Ketan Mentah Bulat 1 kg", "kg", 45000, 500, 5),
        ("opak", "Opak Singkong Bakar", "pcs", 15000, 1000, 5)]),
    ("M07", "Kue Kering Rumahan Dewi", "kecil", "36.71", "pirt;halal", True, [
        ("nastar", "Nastar Selai Nanas Toples 500 gr", "pcs", 95000, 400, 7),
        ("kue-bawang", "Kue Bawang Gurih Toples", "pcs", 45000, 500, 5)]),
    ("M08", "Abon Ikan Pesisir Kota Agung", "mikro", "18.06", "pirt-expired", True, [
        ("abon-ikan", "Abon Ikan Tongkol Pedas 100 gr", "pcs", 30000, 700, 5),
        ("ikan-asin", "Ikan Asin Jambal Roti 250gr", "pcs", 55000, 300, 5)]),
    ("D01", "Koperasi Tani Maju Kopi Tanggamus", "koperasi", "18.06", "halal", True, [
        ("kopi-lampung", "Kopi Bubuk Robusta Tanggamus 250 gr", "pcs", 35000, 3000, 4),
        ("green-bean", "Green Bean Robusta Lampung Grade 1", "kg", 65000, 2000, 4)]),
    ("D02", "Kopi Baduy Kanekes", "mikro", "36.02", "pirt", True, [
        ("kopi-baduy", "Kopi Bubuk Robusta Baduy Kemasan 200gr", "pcs", 30000, 800, 5),
        ("kopi-jahe", "Kopi Jahe Sachet isi 10", "pcs", 18000, 1500, 5)]),
    ("D03", "Kakao Pesawaran Mandiri", "kecil", "18.09", "pirt;bpom", True, [
        ("kakao-bubuk", "Bubuk Kakao Murni 500 gr", "pcs", 60000, 500, 5),
        ("cokelat-batang", "Cokelat Batang Dark 70% 100gr", "pcs", 28000, 900, 5)]),
    ("D04", "Wedang Jahe Ibu Ratna", "mikro", "36.04", "pirt", True, [
        ("jahe-instan", "Jahe Merah Instan Serbuk 250 gr", "pcs", 25000, 1000, 4),
        ("sirup-pala", "Sirup Pala Khas Banten 600ml", "pcs", 35000, 400, 4)]),
    ("D05", "AMDK Tirta Cimanuk", "kecil", "36.01", "bpom;sni;halal", True, [
        ("amdk-gelas", "Air Mineral Gelas 220 ml (dus isi 48)", "dus", 22000, 4000, 2),
        ("amdk-botol", "Air Mineral Botol 600 ml isi 24", "dus", 48000, 2500, 2)]),
    ("D06", "Teh Rosela Pringsewu", "mikro", "18.10", "pirt", True, [
        ("teh-rosela", "Teh Rosela Kering Kemasan 50 gr", "pcs", 25000, 500, 5)]),
    ("B01", "Katering Barokah Rangkasbitung", "kecil", "36.02", "halal;pirt", True, [
        ("nasi-kotak", "Nasi Box Ayam Bakar + Lalapan", "porsi", 30000, 3000, 2),
        ("snack-box", "Snack Box 3 Macam Kue", "box", 12000, 4000, 1)]),
    ("B02", "Dapur Mak Icih Pandeglang", "mikro", "36.01", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Komplit Ayam Goreng", "porsi", 27000, 800, 2),
        ("nasi-liwet", "Nasi Liwet Tumpeng Mini", "porsi", 35000, 300, 2),
        ("kue-basah", "Kue Basah Tradisional (per biji)", "pcs", 2500, 5000, 1)]),
    ("B03", "Catering Sehati Cilegon", "kecil", "36.72", "halal", True, [
        ("nasi-kotak", "Nasi Box Rendang Daging", "porsi", 38000, 2000, 2),
        ("prasmanan", "Paket Prasmanan Acara per pax", "pax", 55000, 1500, 5),
        ("snack-box", "Kue Kotak isi 4 (Risol, Lemper, Bolu, Air Mineral)", "box", 15000, 3000, 1)]),
    ("B04", "RM Padang Sederhana Kota Serang", "mikro", "36.73", "", True, [
        ("nasi-kotak", "Nasi Bungkus Padang Rendang", "porsi", 25000, 1500, 1)]),
    ("B05", "Katering Dahlia Metro", "kecil", "18.72", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Menu Ayam Bakar", "porsi", 28000, 1200, 2),
        ("snack-box", "Snack Box Rapat 3 item", "box", 11000, 2000, 1)]),
    ("B06", "Tumpeng Ibu Sari Ciruas", "mikro", "36.04", "halal", True, [
        ("tumpeng", "Tumpeng Nasi Kuning 20 orang", "paket", 450000, 30, 2)]),
    ("B07", "PT Boga Nusantara Prima", "besar", "36.72", "halal", True, [
        ("nasi-kotak", "Nasi Box Premium Ayam Bakar", "porsi", 29000, 10000, 2)]),
    ("F01", "Konveksi Seragam Maju Jaya", "kecil", "36.02", "sni", True, [
        ("seragam-sd", "Seragam Sekolah SD Merah Putih Setel", "setel", 95000, 3000, 21),
        ("seragam-pramuka", "Seragam Pramuka Penggalang Setel", "setel", 115000, 1500, 21),
        ("pdh", "Kemeja PDH Drill Custom Bordir", "pcs", 165000, 800, 21)]),
    ("F02", "Batik Krakatoa Cilegon", "kecil", "36.72", "batikmark", True, [
        ("batik-cap", "Kain Batik Cap Motif Krakatau 2 m", "lembar", 185000, 400, 10),
        ("batik-tulis", "Batik Tulis Cilegon Pewarna Alam 2,25 m", "lembar", 750000, 40, 30),
        ("kemeja-batik", "Kemeja Batik Pria Lengan Panjang Motif Debus", "pcs", 210000, 300, 14)]),
    ("F03", "Tapis Lampung Sinar Siger", "kecil", "18.71", "", True, [
        ("tapis", "Kain Tapis Lampung Sulam Benang Emas", "lembar", 1250000, 20, 30),
        ("selendang-tapis", "Selendang Tapis Motif Kapal", "pcs", 350000, 80, 14)]),
    ("F04", "Sablon Kaos Kreatif Tangerang", "mikro", "36.71", "", True, [
        ("kaos-sablon", "Kaos Oblong Cotton Combed 30s Sablon Custom", "pcs", 55000, 3000, 10),
        ("polo", "Polo Shirt Lacoste Bordir Logo Instansi", "pcs", 95000, 1200, 14)]),
    ("F05", "Sentra Sepatu Ciomas Bogor", "kecil", "32.01", "", True, [
        ("pantofel", "Sepatu Pantofel Kulit Pria Hitam", "pasang", 285000, 300, 14),
        ("sandal-hotel", "Sandal Hotel Putih", "pasang", 6000, 10000, 7)]),
    ("F06", "Tenun Baduy Kanekes", "mikro", "36.02", "", True, [
        ("tenun-baduy", "Kain Tenun Baduy Motif Poleng 3 m", "lembar", 450000, 30, 14),
        ("tas-koja", "Tas Koja Baduy", "pcs", 85000, 200, 7)]),
    ("F07", "Konveksi Kerudung Nur Ciruas", "mikro", "36.04", "", True, [
        ("kerudung", "Kerudung Segi Empat Voal Seragam", "pcs", 35000, 2000, 10)]),
    ("F08", "Goodie Bag Spunbond Cikarang", "mikro", "32.16", "", True, [
        ("spunbond-bag", "Tas Spunbond Goodie Bag Sablon 1 Warna 30x40", "pcs", 4500, 20000, 10)]),
    ("F09", "PT Lentera Garmen Indonesia", "besar", "36.03", "sni", True, [
        ("seragam-sd", "Seragam SD Merah Putih Lengkap", "setel", 80000, 20000, 14)]),
    ("K01", "Anyaman Pandan Ibu Eti", "mikro", "36.01", "", True, [
        ("tikar-pandan", "Tikar Pandan Lipat 150x200", "pcs", 120000, 150, 10),
        ("tas-pandan", "Tas Anyaman Pandan Motif Kombinasi", "pcs", 65000, 400, 10),
        ("topi-pandan", "Topi Pandan Pantai", "pcs", 30000, 500, 7)]),
    ("K02", "Kerajinan Bambu Cibadak", "mikro", "36.02", "", True, [
        ("besek", "Besek Bambu Ukuran 20x20 (isi 10)", "ikat", 25000, 3000, 5),
        ("kap-lampu-bambu", "Kap Lampu Hias Bambu", "pcs", 85000, 100, 10)]),
    ("K03", "Gerabah Bumijaya", "mikro", "36.04", "", True, [
        ("pot-gerabah", "Pot Gerabah Tanah Liat Diameter 25 cm", "pcs", 35000, 800, 7),
        ("kendi", "Kendi Gerabah Hias Bumijaya", "pcs", 75000, 200, 10)]),
    ("K04", "Souvenir Akrilik & Plakat Tangsel", "kecil", "36.74", "", True, [
        ("plakat-akrilik", "Plakat Akrilik Custom + Box Beludru", "pcs", 175000, 500, 7),
        ("gantungan-akrilik", "Gantungan Kunci Akrilik Printing 2 sisi", "pcs", 4500, 10000, 7),
        ("plakat-kayu", "Plakat Kayu Jati Ukir Grafir", "pcs", 325000, 100, 14)]),
    ("K05", "Miniatur Ujung Kulon Art", "mikro", "36.01", "", True, [
        ("miniatur-badak", "Miniatur Badak Cula Satu Kayu", "pcs", 95000, 150, 14)]),
    ("K06", "Mug & Merchandise Cilegon", "kecil", "36.72", "", True, [
        ("mug", "Mug Custom Sablon Foto / Logo", "pcs", 22000, 3000, 5)]),
    ("P01", "Perak Siger Telukbetung", "kecil", "18.71", "", True, [
        ("bros-perak", "Bros Perak 925 Motif Siger", "pcs", 225000, 100, 10),
        ("cincin-perak", "Cincin Perak 925 Polos", "pcs", 180000, 200, 10)]),
    ("P02", "Aksesoris Mutiara Kalianda", "mikro", "18.01", "", True, [
        ("kalung-mutiara", "Kalung Mutiara Air Tawar", "pcs", 250000, 100, 7),
        ("gelang-manik", "Gelang Manik-Manik Etnik", "pcs", 15000, 2000, 5)]),
    ("P03", "Pin & Emblem Logo Tangerang", "kecil", "36.71", "", True, [
        ("pin-kuningan", "Pin Bros Logo Instansi Kuningan Lapis Emas", "pcs", 27500, 5000, 14),
        ("bros-jilbab", "Bros Jilbab Mutiara Imitasi", "pcs", 8000, 3000, 5)]),
    ("P04", "Batu Kalimaya Bayah", "mikro", "36.02", "", True, [
        ("cincin-kalimaya", "Cincin Batu Kalimaya Banten Ikat Perak", "pcs", 450000, 30, 14),
        ("liontin-kalimaya", "Liontin Batu Kalimaya", "pcs", 300000, 40, 14)]),
    ("U01", "Mebel Jati Karya Pandeglang", "kecil", "36.01", "svlk", True, [
        ("meja-siswa", "Meja Siswa Kayu Mahoni 1 Orang", "unit", 450000, 300, 30),
        ("kursi-siswa", "Kursi Siswa Kayu Mahoni", "unit", 250000, 300, 30),
        ("lemari-arsip", "Lemari Arsip Kayu 2 Pintu Kaca", "unit", 2250000, 20, 30)]),
    ("U02", "Rotan Asri Tigaraksa", "mikro", "36.03", "", True, [
        ("kursi-rotan", "Kursi Teras Rotan Sintetis Set", "set", 2500000, 20, 21),
        ("sofa-rotan", "Sofa Rotan Minimalis 3 Dudukan", "unit", 3750000, 10, 21)]),
    ("U03", "Meubel Besi & Kayu Cilegon", "kecil", "36.72", "sni", True, [
        ("meja-guru", "Meja Guru 1/2 Biro Kayu", "unit", 950000, 60, 21),
        ("whiteboard", "Papan Tulis Whiteboard 120x240 Frame Alumunium", "unit", 850000, 80, 14),
        ("rak-buku", "Rak Buku Perpustakaan Besi 5 Susun", "unit", 1350000, 40, 14)]),
    ("U04", "PT Furnitur Indah Perkasa", "besar", "36.71", "sni", True, [
        ("kursi-kantor", "Kursi Kantor Putar Jaring", "unit", 650000, 500, 7)]),
    ("U05", "UD Meubel Sumber Rejeki Kota Serang", "mikro", "36.73", "", True, [
        ("kursi-kantor", "Kursi Kerja Putar Hidrolik Hitam", "unit", 725000, 50, 10),
        ("meja-kerja", "Meja Kerja Staf 120 cm", "unit", 1100000, 40, 14)]),
    ("H01", "Madu Hutan Baduy", "mikro", "36.02", "pirt", True, [
        ("madu-hutan", "Madu Hutan Murni Baduy 500 gr", "pcs", 95000, 300, 5)]),
    ("H02", "Jamu Gendong Bu Darmi", "mikro", "18.72", "pirt", True, [
        ("jamu-kunyit", "Jamu Kunyit Asam Botol 250 ml", "pcs", 8000, 1500, 2),
        ("jamu-kencur", "Beras Kencur Botol 250 ml", "pcs", 8000, 1500, 2)]),
    ("H03", "Herbal Sehat Sukadana", "kecil", "18.07", "bpom;halal", True, [
        ("temulawak", "Temulawak Instan Serbuk 200 gr", "pcs", 22000, 2000, 5),
        ("kayu-putih", "Minyak Kayu Putih 60 ml", "pcs", 28000, 1500, 5),
        ("kapsul-kelor", "Kapsul Daun Kelor isi 60", "pcs", 45000, 800, 5)]),
    ("H04", "Minyak Sereh Labuan", "mikro", "36.01", "", True, [
        ("minyak-sereh", "Minyak Gosok Sereh Wangi 30 ml", "pcs", 15000, 1000, 5)]),
    ("C01", "Sabun Herbal Sereh Wangi Lebak", "mikro", "36.02", "bpom", True, [
        ("sabun-batang", "Sabun Mandi Batang Sereh Wangi 100 gr", "pcs", 12000, 3000, 5),
        ("sabun-cair", "Sabun Cuci Tangan Cair Refill 1 Liter", "pcs", 28000, 1500, 5)]),
    ("C02", "Lilin Aroma Serpong", "mikro", "36.74", "", True, [
        ("lilin-aroma", "Lilin Aromaterapi Soy Wax Lavender 100 gr", "pcs", 45000, 600, 7),
        ("reed-diffuser", "Reed Diffuser Pengharum Ruangan 100 ml", "pcs", 55000, 400, 7)]),
    ("C03", "Koperasi Wanita Kelapa Carita", "koperasi", "36.01", "bpom", True, [
        ("vco", "Minyak Kelapa Murni VCO 250 ml", "pcs", 35000, 1000, 5),
        ("lulur", "Lulur Bengkoang Tradisional 100 gr", "pcs", 20000, 800, 5)]),
    ("L01", "Pandai Besi Golok Ciomas", "mikro", "36.04", "", True, [
        ("golok-ciomas", "Golok Ciomas Sulangkar Sarung Kayu", "pcs", 650000, 40, 21),
        ("golok-kebun", "Golok Tebas Kebun Baja Per", "pcs", 120000, 300, 10),
        ("arit", "Arit Rumput / Sabit Baja", "pcs", 65000, 500, 7)]),
    ("L02", "Pandai Besi Sinar Tani Pringsewu", "mikro", "18.10", "", True, [
        ("cangkul", "Cangkul Baja Tempa + Gagang", "pcs", 95000, 600, 10),
        ("parang", "Parang Kebun Lampung", "pcs", 110000, 400, 10),
        ("sabit-gerigi", "Sabit Bergerigi Panen Padi", "pcs", 35000, 1000, 7)]),
    ("L03", "Bengkel Las Sinar Baja Cilegon", "mikro", "36.72", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow per m2", "m2", 450000, 200, 14),
        ("pagar-besi", "Pagar Besi Minimalis per meter", "meter", 650000, 150, 21),
        ("tong-sampah-besi", "Tempat Sampah Besi Pilah 3 Warna", "unit", 1750000, 30, 21)]),
    ("L04", "Kerajinan Aluminium Cor Pasar Kemis", "mikro", "36.03", "sni", True, [
        ("panci", "Panci Aluminium Cor 30 cm", "pcs", 125000, 300, 7)]),
    ("T01", "Percetakan Mandiri Rangkasbitung", "kecil", "36.02", "", True, [
        ("spanduk", "Cetak Spanduk Flexi 280 gr per m2", "m2", 25000, 5000, 2),
        ("buku-saku", "Cetak Buku Saku A5 Custom 100 hlm", "pcs", 12000, 5000, 10)]),
    ("T02", "Toko ATK & Fotocopy Berkah Pandeglang", "mikro", "36.01", "", True, [
        ("kertas-a4", "Kertas HVS A4 70 gram 1 rim", "rim", 52000, 2000, 2),
        ("kertas-f4", "Kertas HVS F4 80 gr (Folio) rim", "rim", 62000, 1000, 2),
        ("pulpen", "Pulpen Gel Hitam 0.5 mm isi 12", "box", 30000, 1000, 2),
        ("map-snelhecter", "Map Snelhecter Plastik Folio", "pcs", 2500, 10000, 2)]),
    ("T03", "Digital Printing Cilegon Jaya", "kecil", "36.72", "", True, [
        ("id-card", "Cetak ID Card PVC + Lanyard Printing", "pcs", 15000, 3000, 5),
        ("undangan", "Cetak Undangan Hardcover", "pcs", 6500, 5000, 7),
        ("stiker", "Stiker Label Kemasan Vinyl A3", "lembar", 12000, 5000, 3)]),
    ("T04", "Kemasan Kraft Batuceper", "kecil", "36.71", "", True, [
        ("dus-kraft", "Dus Kemasan Kraft Snack Box 15x15", "pcs", 1500, 50000, 7),
        ("paper-bag", "Paper Bag Kraft Custom Logo", "pcs", 4500, 20000, 10)]),
    ("T05", "Stempel Kilat Metro", "mikro", "18.72", "", True, [
        ("stempel", "Stempel Flash Otomatis Custom", "pcs", 85000, 300, 3)]),
    ("T06", "PT Kertas Nusantara Jaya", "besar", "36.72", "sni", True, [
        ("kertas-a4", "Kertas A4 70gsm Rim", "rim", 45000, 50000, 2)]),
    ("A01", "Penangkar Bibit Cileles", "mikro", "36.02", "", True, [
        ("bibit-durian", "Bibit Durian Montong Okulasi 60 cm", "batang", 35000, 3000, 7),
        ("bibit-alpukat", "Bibit Alpukat Aligator Sambung Pucuk", "batang", 40000, 2000, 7),
        ("bibit-kopi", "Bibit Kopi Robusta Polybag", "batang", 4000, 10000, 7)]),
    ("A02", "Pokdakan Mina Lestari Labuan", "mikro", "36.01", "", True, [
        ("benih-nila", "Benih Ikan Nila Merah 5-7 cm", "ekor", 350, 100000, 3),
        ("benih-lele", "Bibit Lele Sangkuriang 7-9 cm", "ekor", 250, 150000, 3)]),
    ("A03", "Koi & Cupang Farm Sepatan", "mikro", "36.03", "", True, [
        ("koi", "Ikan Koi Kohaku 15 cm", "ekor", 45000, 500, 5),
        ("cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 25000, 800, 5)]),
    ("A04", "Pakan Ternak Sumber Rezeki Batanghari", "kecil", "18.07", "", True, [
        ("pakan-ayam", "Pakan Ayam Petelur Konsentrat 50 kg", "karung", 385000, 600, 5),
        ("pakan-ikan", "Pelet Ikan Apung 781 Karung 30 kg", "karung", 310000, 500, 5)]),
    ("A05", "Bogor Flora Tanaman Hias", "mikro", "32.01", "", True, [
        ("sansevieria", "Tanaman Hias Sansevieria (Lidah Mertua) Pot 20", "pot", 35000, 2000, 5),
        ("aglonema", "Aglonema Red Kochin Pot Plastik", "pot", 75000, 800, 5)]),
    ("A06", "Koperasi Gapoktan Sri Rahayu Karawang", "koperasi", "32.15", "", True, [
        ("beras", "Beras Pandan Wangi Karawang 5 kg", "karung", 85000, 5000, 3)]),
    ("A07", "Gapoktan Kompos Cibeber Cilegon", "mikro", "36.72", "", True, [
        ("kompos", "Pupuk Kompos Organik 25 kg", "karung", 35000, 2000, 5)]),
    ("X01", "Sapu Ijuk & Lidi Pak Udin", "mikro", "36.02", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 1000, 3),
        ("sapu-lidi", "Sapu Lidi Aren Gagang Panjang", "pcs", 15000, 1500, 3),
        ("kemoceng", "Kemoceng Bulu Ayam 60 cm", "pcs", 20000, 500, 3)]),
    ("X02", "Koperasi Karyawan Bersih Cilegon", "koperasi", "36.72", "", True, [
        ("karbol", "Karbol Wangi Pembersih Lantai 5 Liter", "jerigen", 55000, 800, 3),
        ("sabun-cuci-piring", "Sabun Cuci Piring Jeruk Nipis 5 Liter", "jerigen", 60000, 800, 3),
        ("spin-mop", "Alat Pel Lantai Spin Mop + Ember", "set", 165000, 200, 5)]),
    ("X03", "Keset Sabut Kelapa Carita", "mikro", "36.01", "", True, [
        ("keset-sabut", "Keset Sabut Kelapa 40x60", "pcs", 35000, 600, 5)]),
    ("X04", "UD Plastik Jaya Tambun", "menengah", "32.16", "sni", True, [
        ("tempat-sampah", "Tempat Sampah Plastik Injak 60 Liter", "pcs", 185000, 500, 5),
        ("ember", "Ember Plastik Cor 20 L", "pcs", 35000, 1000, 5)]),
    ("X05", "Kebersihan Mulya Saketi", "mikro", "36.01", "", False, [
        ("sapu-ijuk", "Sapu Ijuk Super", "pcs", 20000, 1000, 3)]),
]

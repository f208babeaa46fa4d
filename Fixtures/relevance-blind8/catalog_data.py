"""Hand-written suppliers and products for relevance-blind8 (fictional businesses).

Each supplier: (key, name, scale, region, certificates, active, products); the key's first letter is the category.
Each product: (kind, name as listed, unit, unit price, capacity per month, lead time days). The kind is the
labeller's tag ("what this product is"); it never reaches the CSVs.
"""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# Kinds produced and eaten within days: the whole quantity must be made in one month, by the nearest producers.
PERISHABLE = {"nasi-kotak", "snack-box", "prasmanan", "tumpeng-mini", "coffee-break", "nasi-liwet-tampah",
              "kunyit-asam", "beras-kencur", "susu-pasteurisasi", "yoghurt", "selada", "telur-ras"}

SUPPLIERS = [
    # ---------------- makanan ----------------
    ("MA", "Otak-Otak Bandeng Bu Eha", "mikro", "36.04", "pirt;halal", True, [
        ("otak-otak", "Otak-otak Bandeng isi 10", "pack", 35000, 600, 3),
        ("otak-otak", "OTAK OTAK BANDENG KHAS SERANG Isi 10 pcs + Sambal Kacang  Frozen Food", "pack", 38000, 500, 3),
        ("sate-bandeng", "Sate Bandeng Khas Banten (per ekor)", "ekor", 45000, 300, 3),
    ]),
    ("MB", "Kerupuk Ikan Mak Ijah Kota Agung", "kecil", "18.06", "pirt;halal", True, [
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri Mentah 500 gr", "pack", 42000, 800, 5),
        ("kerupuk-ikan", "KERUPUK IKAN TENGGIRI Asli Lampung 500gr Gurih Renyah Oleh Oleh Khas Tanggamus", "pack",
         45000, 700, 5),
        ("amplang", "Amplang Ikan Tenggiri 200 gr", "pack", 28000, 600, 5),
    ]),
    ("MC", "Dapur Sambal Teh Rina", "mikro", "36.71", "pirt", True, [
        ("sambal-bawang", "SAMBEL BAWANG Teh Rina 150ml Botol Kaca Level 5 Pedas Nampol", "botol", 27000, 900, 4),
        ("sambal-cumi", "Sambal Cumi Asin Pedas 200 gr Jar", "botol", 38000, 500, 4),
        ("bumbu-pecel", "Bumbu Pecel Kacang Tanah 250 gr", "pack", 18000, 700, 3),
    ]),
    ("MD", "UMKM Kripik Pisang Kepok Metro Jaya", "mikro", "18.72", "pirt", True, [
        ("keripik-pisang", "Keripik Pisang Kepok Rasa Coklat 250 gr", "pack", 22000, 1500, 4),
        ("keripik-pisang", "KRIPIK PISANG LAMPUNG Aneka Rasa 1 KG Coklat Susu Balado Original Grosir", "kg", 78000,
         400, 4),
        ("kemplang", "Kemplang Panggang Ikan Original 250 gr", "pack", 20000, 1000, 4),
    ]),
    ("ME", "Olahan Susu Sapi Cibungbulang", "kecil", "32.01", "pirt;halal", True, [
        ("dodol-susu", "Dodol Susu Sapi Asli 250 gr", "pack", 25000, 800, 5),
        ("permen-susu", "Permen Susu Karamel Milk Candy 200 gr (isi 40)", "pack", 21000, 1000, 5),
        ("kerupuk-susu", "Kerupuk Susu Renyah 200 gr", "pack", 17000, 800, 5),
    ]),
    ("MF", "Rendang & Abon Uni Lis", "kecil", "32.16", "halal;pirt", True, [
        ("abon-sapi", "ABON SAPI ASLI 250gr Original / Pedas | Halal MUI | Tanpa Pengawet", "pack", 65000, 2000, 5),
        ("abon-sapi", "Abon Daging Sapi Uni Lis 250 gram", "pack", 62000, 1500, 5),
        ("rendang-kering", "Rendang Daging Sapi Kering Kemasan Kaleng 200 gr", "kaleng", 85000, 600, 7),
    ]),
    ("MH", "KUB Gula Semut Aren Cibeber", "koperasi", "36.02", "pirt;halal", True, [
        ("gula-semut", "GULA SEMUT AREN ORGANIK 500gr Palm Sugar Asli Lebak Banten", "pack", 32000, 2000, 5),
        ("gula-aren-cetak", "Gula Aren Cetak Batok 1 kg", "kg", 30000, 1500, 5),
    ]),
    ("MI", "PT Sumber Rasa Nusantara Tbk", "besar", "36.03", "halal;bpom", True, [
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri Premium 500 gr", "pack", 30000, 50000, 3),
        ("keripik-pisang", "Keripik Pisang Coklat 250 gr", "pack", 15000, 50000, 3),
    ]),
    # ---------------- minuman ----------------
    ("NA", "Koperasi Petani Kopi Ulubelu", "koperasi", "18.06", "halal", True, [
        ("kopi-robusta", "Kopi Robusta Bubuk Ulubelu 250 gr", "pack", 35000, 3000, 5),
        ("kopi-robusta", "KOPI LAMPUNG ROBUSTA Fine Robusta Biji / Bubuk 1KG Roasting Medium | Single Origin", "kg",
         125000, 800, 5),
        ("kopi-luwak", "Kopi Luwak Liar Bubuk 100 gr", "pack", 150000, 100, 7),
    ]),
    ("NB", "Kakao Way Ratai", "mikro", "18.09", "pirt", True, [
        ("kakao-bubuk", "Bubuk Kakao Murni 100% Tanpa Gula 250 gr", "pack", 45000, 500, 5),
        ("cokelat-instan", "Minuman Coklat Bubuk Instan 3in1 isi 10 sachet", "pack", 25000, 1000, 5),
    ]),
    ("NC", "Koperasi Peternak Sapi Perah Giri Tani", "koperasi", "32.01", "halal;pirt", True, [
        ("susu-pasteurisasi", "Susu Sapi Pasteurisasi 200 ml Cup Rasa Coklat / Stroberi / Plain", "cup", 5000,
         12000, 2),
        ("yoghurt", "Yoghurt Drink Susu Sapi 250 ml Botol", "botol", 9000, 3000, 2),
    ]),
    ("NE", "Wedang Jahe Merah Bu Darsih", "mikro", "36.02", "pirt-expired", True, [
        ("jahe-instan", "Wedang Jahe Merah Instan Gula Aren 250 gr", "pack", 20000, 800, 4),
        ("sirup-markisa", "Sirup Markisa Asli 600 ml", "botol", 30000, 400, 4),
    ]),
    ("NF", "CV Tirta Pandeglang Sejahtera", "kecil", "36.01", "halal;sni;bpom", True, [
        ("amdk-botol-330", "Air Mineral Botol 330 ml (1 dus isi 24)", "dus", 38000, 4000, 3),
        ("amdk-gelas", "AIR MINERAL GELAS 220ml 1 Karton Isi 48 Cup Murah", "dus", 22000, 6000, 3),
    ]),
    # ---------------- jasa-boga ----------------
    ("JA", "Catering Dapur Bunda Ciruas", "kecil", "36.04", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar + Lalapan + Air Mineral", "kotak", 30000, 1500, 2),
        ("snack-box", "Snack Box isi 3 Kue Basah + Air Mineral Gelas", "box", 12000, 3000, 1),
        ("prasmanan", "Prasmanan Menu Sunda per pax (min. 100 pax)", "pax", 55000, 800, 3),
    ]),
    ("JB", "Catering Sehat Teh Neneng", "kecil", "36.71", "halal", True, [
        ("nasi-kotak", "NASI BOX Premium Ayam Goreng Kremes + Sambal + Buah", "kotak", 35000, 2000, 2),
        ("tumpeng-mini", "Tumpeng Mini Nasi Kuning Komplit (Box)", "box", 40000, 300, 2),
    ]),
    ("JC", "Katering Wong Kito Metro", "mikro", "18.72", "halal", True, [
        ("nasi-kotak", "Nasi Kotak Rendang Daging", "kotak", 32000, 600, 2),
        ("snack-box", "Kue Kotak isi 4 Jajan Pasar", "kotak", 13000, 900, 1),
    ]),
    ("JE", "PT Jakarta Boga Utama", "menengah", "31.71", "halal;iso-9001", True, [
        ("nasi-kotak", "Lunch Box / Nasi Box Menu Nusantara (Ayam, Ikan atau Daging)", "box", 45000, 5000, 3),
        ("snack-box", "Snack Box Premium isi 4 + Air Mineral", "box", 20000, 5000, 2),
        ("coffee-break", "Paket Coffee Break (2 Snack + Kopi/Teh) per orang", "pax", 25000, 4000, 2),
        ("prasmanan", "Prasmanan Buffet Menu Standar (min. 100 pax)", "pax", 95000, 3000, 4),
    ]),
    # ---------------- fesyen ----------------
    ("FA", "Sanggar Tapis Way Halom", "kecil", "18.10", "", True, [
        ("kain-tapis", "Kain Tapis Lampung Motif Pucuk Rebung Benang Emas 2 m", "lembar", 1750000, 30, 21),
        ("selendang-tapis", "Selendang Tapis Lampung Sulam Usus", "lembar", 350000, 80, 10),
        ("peci-tapis", "PECI TAPIS LAMPUNG Songkok Motif Siger Emas All Size", "pcs", 85000, 300, 7),
    ]),
    ("FB", "Konveksi Seragam Mandiri Serang", "kecil", "36.73", "", True, [
        ("kemeja-pdh", "Kemeja PDH Dinas Lengan Panjang Bahan American Drill Khaki", "stel", 185000, 600, 21),
        ("pdl", "Seragam PDL Lapangan Bahan Ripstop + Bordir Nama & Logo", "stel", 245000, 400, 21),
        ("kaos-olahraga", "Kaos Olahraga Dryfit Jersey Sablon Logo Instansi", "pcs", 65000, 1500, 14),
    ]),
    ("FC", "Batik Krakatau Cilegon", "mikro", "36.72", "batikmark", True, [
        ("batik-tulis", "Batik Tulis Krakatau Katun Primisima 2,25 m", "lembar", 650000, 40, 21),
        ("kemeja-batik-cap", "Kemeja Batik Cap Motif Banten Pria Lengan Pendek", "pcs", 135000, 400, 10),
    ]),
    ("FD", "Sepatu Kulit Ciomas Bogor", "kecil", "32.01", "sni", True, [
        ("sepatu-pdh", "Sepatu PDH Pria Kulit Sapi Asli Hitam Mengkilap (Pantofel) Size 38-45", "pasang", 325000,
         500, 14),
        ("sandal-kulit", "SANDAL KULIT PRIA Casual Jepit Handmade Size 39-44 ORI", "pasang", 95000, 800, 7),
        ("sepatu-safety", "Sepatu Safety Boots Ujung Besi Kulit Sapi", "pasang", 385000, 300, 14),
    ]),
    ("FE", "Garut Leather Craft", "mikro", "32.05", "", True, [
        ("dompet-kulit", "Dompet Kulit Pria Asli Garut Bifold Lipat Dua Kulit Sapi", "pcs", 120000, 400, 7),
        ("ikat-pinggang", "Ikat Pinggang Kulit Asli Gesper Kuningan Logo Custom", "pcs", 110000, 500, 10),
        ("tas-laptop-kulit", "Tas Laptop Kulit 14 inch Selempang", "pcs", 450000, 100, 14),
    ]),
    ("FF", "Sablon Kaos Ciputat", "mikro", "36.74", "", True, [
        ("kaos", "KAOS POLOS Cotton Combed 30s Sablon DTF Custom Logo Instansi S-XXL", "pcs", 55000, 2000, 7),
        ("topi", "Topi Baseball Bordir Logo Custom Bahan Drill", "pcs", 35000, 1500, 7),
    ]),
    ("FG", "Konveksi Mukena Al-Hikmah", "kecil", "32.06", "", True, [
        ("mukena", "Mukena Dewasa Katun Rayon Bordir Tasik Jumbo", "pcs", 145000, 2000, 14),
        ("sarung", "Sarung Tenun Motif Kotak Dewasa", "pcs", 95000, 1500, 10),
        ("peci-hitam", "Peci Hitam Polos Beludru Nasional No. 6-9", "pcs", 35000, 3000, 7),
    ]),
    ("FH", "PT Garmen Nusa Prima", "besar", "36.03", "sni;iso-9001", True, [
        ("kemeja-pdh", "Kemeja PDH Lengan Panjang American Drill", "stel", 140000, 20000, 14),
        ("kaos-olahraga", "Kaos Olahraga Dryfit Polos", "pcs", 40000, 20000, 7),
    ]),
    ("FI", "Batik Tulis Baduy Lebak", "mikro", "36.02", "batikmark", False, [
        ("batik-tulis", "Batik Tulis Baduy Katun 2 m", "lembar", 450000, 40, 14),
    ]),
    # ---------------- kerajinan ----------------
    ("KA", "Anyaman Pandan Cijaku", "mikro", "36.02", "", True, [
        ("tikar-pandan", "Tikar Pandan Anyam Ukuran 2x3 m Motif Warna", "lembar", 175000, 150, 10),
        ("tas-pandan", "Tas Anyaman Pandan Souvenir 30x25 cm", "pcs", 45000, 600, 7),
    ]),
    ("KB", "Bambu Kreatif Menes", "mikro", "36.01", "", True, [
        ("besek", "Besek Bambu 20x20 cm (isi 10)", "ikat", 25000, 2000, 5),
        ("tempat-tisu-bambu", "Tempat Tisu Bambu Ukir Motif Badak", "pcs", 55000, 400, 7),
        ("keranjang-parsel", "Keranjang Parcel Rotan Oval Besar", "pcs", 65000, 500, 7),
    ]),
    ("KD", "Galeri Souvenir Sai Bumi", "kecil", "18.71", "", True, [
        ("miniatur-rumah-adat", "Miniatur Rumah Adat Lampung Nuwo Sesat Kayu 30 cm + Box", "pcs", 275000, 150, 14),
        ("gantungan-kunci", "GANTUNGAN KUNCI SIGER LAMPUNG Akrilik Custom Nama Grosir Min 100", "pcs", 5000, 5000, 7),
        ("siger-kuningan", "Pajangan Siger Lampung Kuningan 30 cm", "pcs", 350000, 100, 14),
    ]),
    ("KE", "Rumah Mainan Kayu Bogor", "mikro", "32.71", "sni", True, [
        ("puzzle-hijaiyah", "Puzzle Kayu Huruf Hijaiyah APE Edukasi Anak", "set", 45000, 800, 7),
        ("balok-susun", "Balok Susun Kayu 50 pcs Mainan Edukatif Wooden Blocks", "set", 85000, 500, 7),
        ("boneka-tangan", "Boneka Tangan Flanel Karakter Hewan", "pcs", 30000, 700, 7),
    ]),
    ("KF", "Karawang Trophy & Plakat", "kecil", "32.15", "", True, [
        ("plakat-kayu", "Plakat Kayu Jati Ukir Logo Instansi + Box Beludru", "pcs", 225000, 300, 10),
        ("plakat-akrilik", "PLAKAT AKRILIK 3 LAPIS + Kotak Beludru Custom Nama & Logo", "pcs", 120000, 800, 5),
        ("piala", "Piala Trophy Fiber Tinggi 60 cm", "pcs", 175000, 300, 7),
    ]),
    # ---------------- perhiasan ----------------
    ("PA", "Perak Kotagede Mulyo", "kecil", "34.71", "", True, [
        ("cincin-perak", "Cincin Perak 925 Ukir Motif Batik", "pcs", 185000, 300, 10),
        ("liontin-perak", "Liontin Perak 925 Kaligrafi Allah + Rantai", "pcs", 245000, 200, 10),
    ]),
    ("PB", "Mutiara Teluk Ratai", "kecil", "18.09", "", True, [
        ("kalung-mutiara", "Kalung Mutiara Air Laut South Sea 8mm Asli Lampung", "pcs", 850000, 100, 14),
        ("anting-mutiara", "Anting Mutiara Tusuk Perak Lapis Emas Putih", "pasang", 175000, 300, 7),
        ("bros-mutiara", "BROS HIJAB MUTIARA Asli Teluk Lampung Elegan Grosir", "pcs", 65000, 500, 7),
    ]),
    ("PC", "Kerajinan Baduy Ciboleger", "mikro", "36.02", "", True, [
        ("gelang-etnik", "Gelang Koka Baduy Asli (isi 12)", "lusin", 60000, 400, 5),
        ("kalung-manik", "Kalung Manik Kayu Etnik Baduy", "pcs", 25000, 500, 5),
    ]),
    ("PD", "Toko Emas Murni Jaya", "mikro", "36.73", "", False, [
        ("cincin-emas", "Cincin Emas 24K 2 gram", "pcs", 2900000, 50, 3),
        ("gelang-emas", "Gelang Emas Kuning 17K 5 gram", "pcs", 5500000, 30, 3),
    ]),
    # ---------------- furnitur ----------------
    ("UA", "Mebel Rotan Sukadana", "kecil", "18.07", "", True, [
        ("kursi-rotan-set", "Kursi Teras Rotan Sintetis Set 2 Kursi + 1 Meja Kaca", "set", 1850000, 40, 21),
        ("sofa-rotan", "Sofa Rotan Alami 3 Dudukan + Bantal", "unit", 3250000, 20, 30),
    ]),
    ("UB", "UD Kayu Jaya Balaraja", "kecil", "36.03", "svlk", True, [
        ("lemari-arsip-kayu", "Lemari Arsip Kayu Jati 2 Pintu Kaca 180x90x40", "unit", 3750000, 30, 21),
        ("meja-kerja", "Meja Kerja Staf 1/2 Biro Kayu 120x60", "unit", 1450000, 60, 14),
        ("rak-buku", "Rak Buku Kayu Mahoni 5 Susun 180x80", "unit", 1250000, 50, 14),
    ]),
    ("UC", "CV Baja Office Furniture", "menengah", "36.71", "iso-9001;sni", True, [
        ("filing-cabinet", "Filing Cabinet Besi 4 Laci Folio Warna Abu", "unit", 2850000, 80, 10),
        ("kursi-putar", "Kursi Kantor Putar Jaring Hidrolik Sandaran Tinggi (Mesh Office Chair)", "unit", 850000,
         200, 10),
        ("kursi-lipat", "Kursi Lipat Besi Cover Kain Hitam", "unit", 175000, 800, 7),
    ]),
    ("UD", "Mebel Sekolah Karawang Makmur", "kecil", "32.15", "svlk", True, [
        ("meja-kursi-siswa", "Meja Kursi Siswa SD Set Kayu Mahoni (1 meja 1 kursi)", "set", 650000, 300, 21),
        ("lemari-kelas", "Lemari Kelas Kayu 2 Pintu", "unit", 1600000, 60, 21),
    ]),
    # ---------------- herbal ----------------
    ("HA", "Jamu Gendong Mbok Sri Pringsewu", "mikro", "18.10", "pirt", True, [
        ("kunyit-asam", "Jamu Kunyit Asam Botol 250 ml (Segar Harian)", "botol", 7000, 1500, 1),
        ("beras-kencur", "Jamu Beras Kencur Botol 250 ml", "botol", 7000, 1500, 1),
    ]),
    ("HB", "Madu Hutan Ujung Kulon Lestari", "kecil", "36.01", "pirt;halal", True, [
        ("madu-hutan", "MADU HUTAN ASLI Ujung Kulon 500gr Murni Raw Honey Tanpa Campuran", "botol", 120000, 600, 5),
        ("madu-kelulut", "Madu Klanceng / Kelulut Trigona 250 ml", "botol", 140000, 200, 5),
    ]),
    ("HC", "Rumah Herbal Toga Ciawi", "kecil", "32.01", "bpom;halal", True, [
        ("kapsul-sambiloto", "Kapsul Sambiloto Ekstrak isi 60 Kapsul BPOM", "botol", 45000, 1000, 7),
        ("teh-kelor", "Teh Daun Kelor Celup (Moringa Tea) isi 25", "box", 28000, 1200, 5),
        ("temulawak-simplisia", "Simplisia Temulawak Kering Iris 250 gr", "pack", 30000, 600, 5),
    ]),
    ("HD", "Minyak Herbal Cibitung", "mikro", "32.16", "pirt", True, [
        ("minyak-telon", "MINYAK TELON PLUS Anti Nyamuk 60 ml Bayi & Anak", "botol", 22000, 2000, 5),
        ("minyak-urut", "Minyak Urut Sereh Jahe 100 ml", "botol", 25000, 1000, 5),
    ]),
    # ---------------- kosmetik ----------------
    ("SA", "Sabun Herbal Sereh Wangi Cipanas", "mikro", "36.02", "bpom", True, [
        ("sabun-batang", "Sabun Batang Sereh Wangi Handmade 100 gr (Natural Soap Bar)", "pcs", 15000, 2000, 5),
        ("sabun-cuci-tangan", "Hand Soap Cair Antiseptik Refill 500 ml Aroma Sereh", "botol", 25000, 1500, 5),
    ]),
    ("SB", "Lilin Aroma Pamulang", "mikro", "36.74", "", True, [
        ("lilin-aromaterapi", "Lilin Aromaterapi Soy Wax 100 gr Jar Kaca Aroma Lavender / Vanilla", "pcs", 45000, 800,
         7),
        ("diffuser", "Reed Diffuser Pengharum Ruangan 100 ml + Stik Rotan", "botol", 65000, 500, 7),
    ]),
    ("SC", "Etawa Body Care Metro", "kecil", "18.72", "bpom;halal", True, [
        ("lotion-nyamuk", "Lotion Anti Nyamuk Sereh Wangi 100 ml", "botol", 18000, 2000, 5),
        ("body-lotion", "Body Lotion Susu Kambing Etawa 250 ml", "botol", 35000, 1000, 5),
    ]),
    # ---------------- logam ----------------
    ("LA", "Pandai Besi Sulangkar Ciomas", "mikro", "36.04", "", True, [
        ("golok", "Golok Ciomas Sulangkar Gagang Kayu + Sarung", "pcs", 450000, 60, 14),
        ("cangkul", "Cangkul Baja Tempa + Gagang", "pcs", 95000, 400, 7),
        ("arit", "Arit / Sabit Rumput Baja Per", "pcs", 55000, 500, 7),
    ]),
    ("LB", "Bengkel Las Sinar Metro", "mikro", "18.72", "", True, [
        ("teralis-besi", "Teralis Jendela Besi Hollow Motif Minimalis per m2", "m2", 450000, 150, 14),
        ("pagar-besi", "Pagar Besi Minimalis per meter lari", "meter", 650000, 100, 14),
    ]),
    ("LC", "Stainless Dapur Pasar Kemis", "kecil", "36.03", "sni", True, [
        ("panci-set", "PANCI SET STAINLESS STEEL 5 pcs Tutup Kaca SNI Induction Ready", "set", 385000, 300, 7),
        ("dandang", "Dandang Aluminium Tebal 40 cm", "pcs", 275000, 200, 7),
        ("pisau-dapur-set", "Pisau Dapur Set 6 pcs + Talenan Kayu (Kitchen Knife Set) Stainless", "set", 145000, 500,
         7),
    ]),
    ("LD", "Pandai Besi Gadingrejo", "mikro", "18.10", "", True, [
        ("parang", "Parang Kebun Lampung 16 inch Baja Per", "pcs", 120000, 300, 7),
        ("kored", "Kored Rumput Gagang Kayu", "pcs", 35000, 600, 5),
    ]),
    ("LE", "Kuningan Etsa Jatiasih", "mikro", "32.75", "", True, [
        ("plakat-kuningan", "Plakat Kuningan Etsa Logo Instansi + Box Kayu", "pcs", 375000, 150, 14),
        ("papan-nama-kuningan", "Papan Nama Meja Kuningan Akrilik Nama Pejabat", "pcs", 150000, 300, 7),
    ]),
    # ---------------- percetakan ----------------
    ("CA", "Percetakan Grafika Kaujon", "kecil", "36.73", "", True, [
        ("buku-yasin", "Cetak Buku Yasin & Tahlil Hard Cover 128 hal + Foto Almarhum", "eks", 22000, 5000, 10),
        ("kalender-dinding", "Cetak Kalender Dinding 2027 (6 lembar) Art Paper 150 gr", "eks", 27000, 5000, 14),
        ("map-logo", "Cetak Map Snelhecter Logo Instansi Full Color", "pcs", 4500, 10000, 7),
    ]),
    ("CB", "ATK Sinar Pringsewu", "mikro", "18.10", "", True, [
        ("kertas-a4-70", "KERTAS HVS A4 70 gsm 1 Rim (500 lembar) Putih Bersih", "rim", 52000, 1500, 3),
        ("kertas-f4-80", "Kertas HVS F4 / Folio 80 gram 1 Rim", "rim", 68000, 800, 3),
        ("pulpen", "Pulpen Gel Hitam 0.5 mm (isi 12)", "box", 30000, 1000, 3),
        ("amplop", "Amplop Putih Polos No. 110 (1 Box isi 100)", "box", 28000, 800, 3),
    ]),
    ("CC", "Karawang Digital Printing", "mikro", "32.15", "", True, [
        ("spanduk", "Spanduk MMT Frontlite 280 gr per m2 Cetak Cepat", "m2", 25000, 3000, 2),
        ("x-banner", "X-Banner 60x160 cm + Rangka", "pcs", 85000, 500, 2),
        ("id-card", "ID Card PVC 2 Sisi + Tali Lanyard Printing + Casing", "pcs", 17000, 3000, 5),
    ]),
    ("CD", "Kemasan Dus Tambun", "kecil", "32.16", "", True, [
        ("dus-nasi", "DUS NASI KOTAK Laminasi 20x20 Printing Logo Custom Min 1000", "pcs", 1800, 30000, 10),
        ("paper-bag", "Paper Bag Kraft Printing Logo 25x30 cm Tali Kertas", "pcs", 4500, 10000, 10),
    ]),
    ("CE", "Percetakan Piagam Bogor", "mikro", "32.01", "", True, [
        ("sertifikat", "Cetak Sertifikat / Piagam Art Carton 260 gr Full Color + Nomor Seri", "lembar", 3500, 10000,
         5),
        ("stempel", "Stempel Flash Otomatis Logo Instansi", "pcs", 125000, 300, 3),
    ]),
    ("CF", "PT Kertas Nusantara Mills", "besar", "36.03", "sni;iso-9001", True, [
        ("kertas-a4-70", "Kertas HVS A4 70 gsm 1 Rim", "rim", 45000, 100000, 3),
    ]),
    # ---------------- pertanian ----------------
    ("TA", "Nursery Tanaman Hias Cadasari", "mikro", "36.01", "", True, [
        ("aglonema", "Aglonema (Sri Rejeki) Red Anjamani Pot 15 cm", "pot", 85000, 300, 5),
        ("puring", "Tanaman Puring Polybag 40 cm", "polybag", 15000, 1000, 5),
        ("tabebuya", "Bibit Pohon Tabebuya Tinggi 1,5 m", "batang", 75000, 400, 7),
    ]),
    ("TB", "Kebun Bibit TOGA Ciapus", "mikro", "32.01", "", True, [
        ("bibit-jahe-merah", "Bibit Jahe Merah Polybag Siap Tanam", "polybag", 5000, 5000, 7),
        ("paket-toga", "Paket Bibit TOGA 10 Jenis (Kunyit, Jahe, Kencur, Sereh, dll)", "paket", 75000, 400, 7),
        ("bibit-sereh", "Bibit Sereh Wangi 1 Rumpun", "rumpun", 3000, 5000, 5),
    ]),
    ("TC", "Koi & Ikan Hias Cibinong", "kecil", "32.01", "", True, [
        ("koi", "IKAN KOI KOHAKU Import Blitar 15-18 cm Sehat", "ekor", 65000, 500, 3),
        ("cupang", "Ikan Cupang Halfmoon Jantan Grade A", "ekor", 35000, 600, 3),
    ]),
    ("TD", "Pembenihan Ikan Mina Tani Trimurjo", "koperasi", "18.02", "", True, [
        ("benih-nila", "Benih Ikan Nila Merah 5-7 cm", "ekor", 350, 60000, 5),
        ("benih-lele", "Bibit Lele Sangkuriang 7-9 cm", "ekor", 250, 80000, 5),
    ]),
    ("TE", "Toko Pakan Ternak Tani Makmur Kragilan", "kecil", "36.04", "sni", True, [
        ("pakan-ikan", "Pakan Ikan Apung (Pelet Terapung) Protein 30% Karung 30 kg", "karung", 385000, 500, 3),
        ("dedak", "Dedak Padi / Bekatul Halus 50 kg", "karung", 150000, 400, 3),
    ]),
    ("TF", "Gapoktan Sumber Rejeki Natar", "koperasi", "18.01", "", True, [
        ("beras", "Beras Premium Lampung Kemasan 5 kg", "sak", 72000, 3000, 3),
        ("telur-ras", "Telur Ayam Ras Segar 1 Peti (15 kg)", "peti", 390000, 200, 2),
    ]),
    ("TG", "Hidroponik Kebun Kota Cipondoh", "mikro", "36.71", "", True, [
        ("selada", "Selada Hidroponik Segar 250 gr", "pack", 12000, 1500, 1),
        ("kompos", "Pupuk Kompos Organik Karung 25 kg", "karung", 35000, 1000, 3),
    ]),
    # ---------------- lainnya ----------------
    ("XA", "Cairan Bersih Sejahtera Kasemen", "mikro", "36.73", "", True, [
        ("karbol", "Karbol Wangi Sereh 5 Liter Jerigen", "jerigen", 55000, 800, 3),
        ("sabun-cuci-piring", "SABUN CUCI PIRING CAIR Jeruk Nipis 5 Liter Jerigen Grosir Murah", "jerigen", 60000, 800,
         3),
        ("deterjen-cair", "Deterjen Cair Laundry 5 L", "jerigen", 75000, 500, 3),
    ]),
    ("XB", "Sapu Ijuk Pak Odang Labuan", "mikro", "36.01", "", True, [
        ("sapu-ijuk", "Sapu Ijuk Gagang Kayu Halus", "pcs", 25000, 1500, 3),
        ("sapu-lidi", "Sapu Lidi Gagang Bambu", "pcs", 12000, 2000, 3),
        ("kain-pel", "Kain Pel Lantai Katun Tebal + Gagang", "pcs", 30000, 800, 3),
    ]),
    ("XC", "Alat Peraga Pendidikan Cileungsi", "kecil", "32.01", "sni", True, [
        ("kit-matematika", "Alat Peraga Matematika SD 1 Set (KIT) Kemendikbud", "set", 1250000, 100, 14),
        ("torso", "Torso Anatomi Tubuh Manusia 85 cm (Alat Peraga IPA)", "unit", 1850000, 40, 21),
        ("globe", "Globe / Bola Dunia Diameter 30 cm Lampu", "unit", 275000, 200, 7),
    ]),
    ("XD", "Tekstil Rumah Tangga Majalaya", "kecil", "32.04", "", True, [
        ("sprei", "SPREI KATUN JEPANG 160x200 Full Set Motif Polos Hotel Grade", "set", 185000, 800, 7),
        ("handuk", "Handuk Mandi Katun 70x140 cm 500 gsm", "pcs", 65000, 1500, 7),
        ("gorden", "Gorden Blackout per Meter Lebar 140 cm", "meter", 75000, 1000, 7),
    ]),
    ("XE", "Karpet & Sajadah Barokah Cikarang", "kecil", "32.16", "", True, [
        ("karpet-masjid", "KARPET MASJID ROLL Turki Tebal 12 mm per Meter Lebar 1,2 m", "meter", 185000, 600, 10),
        ("sajadah", "Sajadah Tebal Motif Turki 70x110 cm", "pcs", 75000, 1500, 7),
    ]),
]

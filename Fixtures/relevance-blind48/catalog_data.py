"""Hand-written suppliers and products of relevance-blind48 (fictional businesses, real Kemendagri codes).

Each supplier: (key, name, scale, region, category, certificates, active, products);
each product: (kind, name as the maker writes it, unit, unit price, capacity per month, lead time days).
The kind is the labeller's tag; it never reaches the CSVs.
"""

# Cooked food and fresh jamu: the whole quantity must be made in the delivery month, by a maker nearby.
PERISHABLE = {"nasi_kotak", "snack_box", "prasmanan", "tumpeng", "liwet", "coffee_break", "jamu_kunyit_asam",
              "beras_kencur"}

SUPPLIERS = [
    # makanan
    ("MA", "Kerupuk Ikan Bu Enah Pontang", "mikro", "36.04", "makanan", "halal;pirt", True, [
        ("kerupuk_ikan", "Kerupuk Ikan Tenggiri Mentah 250 gr", "pack", 18000, 2000, 3),
        ("otak_otak", "Otak-Otak Bandeng Frozen isi 10", "pack", 25000, 800, 2),
        ("kerupuk_udang", "Kerupuk Udang Kampung 500 gr", "pack", 32000, 900, 3)]),
    ("MB", "UD Sambal Ndoro Cipondoh", "kecil", "36.71", "makanan", "halal;pirt", True, [
        ("sambal_bawang", "Sambal Bawang Pedas Botol 150 ml", "botol", 22000, 1500, 3),
        ("sambal_cumi", "Sambal Cumi Asin Jar 200 gr", "jar", 38000, 600, 3),
        ("bumbu_pecel", "Bumbu Pecel Kacang 250 gr", "pack", 15000, 1200, 2)]),
    ("MC", "Keripik Pisang Mekar Jaya", "mikro", "18.71", "makanan", "pirt", True, [
        ("keripik_pisang_coklat", "Keripik Pisang Coklat Lampung 250gr", "pack", 20000, 3000, 3),
        ("keripik_pisang_asin", "Keripik Pisang Kepok Original Asin 500 gr", "pack", 30000, 2000, 3)]),
    ("MD", "Dapur Emping Ciputat", "mikro", "36.74", "makanan", "halal", True, [
        ("emping", "Emping Melinjo Manis Pedas 250 gr", "pack", 28000, 700, 3),
        ("kacang_bawang", "Kacang Bawang Renyah 500 gr", "pack", 35000, 800, 2)]),
    ("ME", "Kue Kering Ny. Liem", "kecil", "36.71", "makanan", "halal;pirt", True, [
        ("nastar", "Nastar Nanas Toples 500 gr", "toples", 95000, 600, 5),
        ("kastengel", "Kastengel Keju Edam Toples 500gr", "toples", 110000, 500, 5),
        ("putri_salju", "Putri Salju Toples 400 gr", "toples", 80000, 500, 5)]),
    ("MF", "Ikan Asin & Terasi Labuan", "mikro", "36.01", "makanan", "pirt-expired", True, [
        ("ikan_asin", "Ikan Asin Jambal Roti 500 gr", "pack", 65000, 400, 4),
        ("terasi", "Terasi Udang Rebon 250 gr", "pack", 18000, 1000, 3)]),
    ("MG", "Koperasi Rengginang Lebak Sari", "koperasi", "36.02", "makanan", "pirt", True, [
        ("rengginang", "Rengginang Ketan Mentah 1 kg", "kg", 45000, 600, 4),
        ("opak", "Opak Singkong Bakar isi 20", "pack", 15000, 1000, 3)]),
    # minuman
    ("NA", "Koperasi Tani Kopi Tanggamus Makmur", "koperasi", "18.06", "minuman", "halal", True, [
        ("kopi_robusta_bubuk", "Kopi Robusta Bubuk Tanggamus 250 gr", "pack", 38000, 2500, 5),
        ("kopi_robusta_biji", "Biji Kopi Robusta Roasted 1 kg", "kg", 140000, 400, 5)]),
    ("NB", "Kopi Gunung Karang", "mikro", "36.01", "minuman", "pirt", True, [
        ("kopi_arabika_bubuk", "Kopi Arabika Bubuk Gunung Karang 200 gr", "pack", 65000, 300, 5)]),
    ("NC", "Wedang Jahe Merah Bu Tini", "mikro", "36.73", "minuman", "pirt;halal", True, [
        ("jahe_instan", "Jahe Merah Instan Serbuk 250 gr", "pack", 28000, 1200, 3),
        ("bandrek", "Bandrek Gula Aren Sachet isi 10", "pack", 20000, 1000, 3)]),
    ("ND", "Cokelat Pringsewu Kakao Mandiri", "kecil", "18.10", "minuman", "pirt;halal", True, [
        ("cokelat_bubuk", "Bubuk Cokelat Murni Kakao 200 gr", "pack", 42000, 800, 4)]),
    ("NE", "PT Tirta Lebak Sejahtera", "menengah", "36.02", "minuman", "halal;bpom;sni", True, [
        ("amdk_gelas", "Air Mineral Gelas 220 ml dus isi 48", "dus", 24000, 20000, 2),
        ("amdk_botol_330", "Air Mineral Botol 330 ml isi 24", "dus", 36000, 10000, 2),
        ("amdk_botol_600", "Air Minum Dalam Kemasan Botol 600 ml isi 24", "dus", 48000, 10000, 2)]),
    ("NF", "Teh Serai Pasar Kemis", "mikro", "36.03", "minuman", "pirt", True, [
        ("teh_serai", "Teh Serai Celup isi 25", "box", 22000, 900, 3)]),
    # jasa-boga
    ("JA", "Catering Dapur Bunda Cipondoh", "kecil", "36.71", "jasa-boga", "halal", True, [
        ("nasi_kotak", "Nasi Box Ayam Bakar Komplit", "kotak", 35000, 3000, 2),
        ("snack_box", "Snack Box Isi 3 Kue", "kotak", 15000, 4000, 2),
        ("prasmanan", "Prasmanan Paket Menu Sunda", "porsi", 55000, 1500, 3)]),
    ("JB", "Katering Barokah Tigaraksa", "mikro", "36.03", "jasa-boga", "halal", True, [
        ("nasi_kotak", "Nasi Kotak Ayam Goreng Lalapan", "kotak", 30000, 1500, 2),
        ("tumpeng", "Nasi Tumpeng Mini", "paket", 60000, 200, 3)]),
    ("JC", "Katering Serang Kuliner", "kecil", "36.73", "jasa-boga", "halal", True, [
        ("nasi_kotak", "Nasi Kotak Rapat Menu Ayam/Ikan", "kotak", 32000, 2500, 2),
        ("snack_box", "Kue Kotak 3 macam + Air Mineral", "kotak", 14000, 3000, 2),
        ("liwet", "Nasi Liwet Komplit", "porsi", 40000, 800, 2)]),
    ("JD", "Dapur Sehat Bintaro", "mikro", "36.74", "jasa-boga", "", True, [
        ("snack_box", "Snackbox Kue Basah", "kotak", 17000, 1200, 2),
        ("coffee_break", "Paket Coffee Break Kopi Teh + 2 Kue", "pax", 25000, 800, 2)]),
    ("JE", "Catering Metro Berkah", "mikro", "18.72", "jasa-boga", "halal", True, [
        ("nasi_kotak", "Nasi Box Menu Ayam Bakar", "kotak", 28000, 600, 2)]),
    # fesyen
    ("FA", "Tapis Lampung Sinar Pesisir", "kecil", "18.71", "fesyen", "", True, [
        ("tapis_kain", "Kain Tapis Lampung Motif Pucuk Rebung", "lembar", 850000, 60, 14),
        ("tapis_selendang", "Selendang Tapis Benang Emas", "lembar", 350000, 100, 10)]),
    ("FB", "Batik Kembang Tanjung Tangerang", "mikro", "36.71", "fesyen", "batikmark", True, [
        ("batik_cap_kain", "Kain Batik Cap Motif Kembang Tanjung 2 m", "lembar", 175000, 300, 10),
        ("kemeja_batik_pria", "Kemeja Batik Pria Lengan Panjang Motif Tangerang", "pcs", 225000, 250, 14)]),
    ("FC", "Konveksi Seragam Maju Bersama", "kecil", "36.03", "fesyen", "", True, [
        ("kemeja_pdh", "Kemeja PDH Pria Drill Kombinasi Bordir", "pcs", 165000, 800, 21),
        ("kemeja_pdh_wanita", "Kemeja PDH Wanita Drill Lengan Panjang", "pcs", 160000, 600, 21),
        ("kaos_polo", "Kaos Polo Shirt Lacoste Bordir Logo", "pcs", 85000, 1500, 14),
        ("rompi", "Rompi Lapangan Drill Banyak Saku", "pcs", 120000, 500, 14)]),
    ("FD", "Sablon Kaos Tangsel Kreatif", "mikro", "36.74", "fesyen", "", True, [
        ("kaos_sablon", "Kaos Sablon Cotton Combed 30s", "pcs", 60000, 2000, 10),
        ("topi", "Topi Baseball Bordir Logo", "pcs", 35000, 1500, 10)]),
    ("FE", "Tenun Baduy Kanekes", "mikro", "36.02", "fesyen", "", True, [
        ("tenun_baduy", "Kain Tenun Baduy Motif Suat Samata", "lembar", 400000, 40, 21),
        ("ikat_kepala", "Ikat Kepala Lomar Baduy", "pcs", 45000, 300, 7)]),
    ("FF", "Batik Krakatau Kota Serang", "kecil", "36.73", "fesyen", "batikmark", True, [
        ("batik_tulis_kain", "Batik Tulis Banten Motif Datulaya", "lembar", 650000, 80, 21),
        ("blus_batik_wanita", "Blus Batik Wanita Motif Sabakingking", "pcs", 210000, 300, 14)]),
    ("FG", "Sandal Kulit Bojonegara", "mikro", "36.04", "fesyen", "", True, [
        ("sandal_kulit", "Sandal Kulit Pria Model Slop", "pasang", 95000, 400, 10),
        ("sandal_hotel", "Sandal Hotel Spunbond Putih", "pasang", 4500, 5000, 5)]),
    # kerajinan
    ("KA", "Anyaman Pandan Rajeg", "mikro", "36.03", "kerajinan", "", True, [
        ("tikar_pandan", "Tikar Pandan 2x3 m", "lembar", 150000, 120, 10),
        ("tas_pandan", "Tas Anyaman Pandan Motif Bunga", "pcs", 65000, 400, 7)]),
    ("KB", "Gerabah Bumijaya Ciruas", "mikro", "36.04", "kerajinan", "", True, [
        ("gentong", "Gentong Tanah Liat 20 liter", "pcs", 120000, 100, 10),
        ("pot_gerabah", "Pot Tanah Liat Hias Diameter 30 cm", "pcs", 45000, 500, 7),
        ("celengan", "Celengan Gerabah Karakter", "pcs", 20000, 800, 7)]),
    ("KC", "Souvenir Akrilik Karawaci", "kecil", "36.71", "kerajinan", "", True, [
        ("plakat_akrilik", "Plakat Akrilik Cetak UV Custom", "pcs", 175000, 300, 7),
        ("gantungan_akrilik", "Gantungan Kunci Akrilik Custom", "pcs", 7000, 5000, 7)]),
    ("KD", "Bambu Kreatif Rangkasbitung", "mikro", "36.02", "kerajinan", "", True, [
        ("keranjang_bambu", "Keranjang Bambu Parcel", "pcs", 25000, 1000, 7),
        ("besek", "Besek Bambu 20x20", "pcs", 3500, 6000, 5),
        ("tempat_pensil_bambu", "Tempat Pensil Bambu Ukir", "pcs", 18000, 800, 7)]),
    ("KE", "Plakat Kayu Jati Kreasi Pamulang", "mikro", "36.74", "kerajinan", "", True, [
        ("plakat_kayu", "Plakat Kayu Jati Ukir Logo", "pcs", 250000, 150, 10),
        ("miniatur_menara", "Miniatur Menara Masjid Agung Banten", "pcs", 150000, 200, 10)]),
    ("KF", "Boneka & Siger Metro", "mikro", "18.72", "kerajinan", "", True, [
        ("boneka_flanel", "Boneka Maskot Flanel", "pcs", 45000, 600, 10),
        ("miniatur_siger", "Miniatur Siger Lampung Kuningan", "pcs", 120000, 200, 10)]),
    # perhiasan
    ("PA", "Silverindo Perak Serpong", "kecil", "36.74", "perhiasan", "", True, [
        ("cincin_perak", "Cincin Perak 925 Batu Akik", "pcs", 185000, 200, 10),
        ("bros_perak", "Bros Perak Motif Siger", "pcs", 150000, 300, 10),
        ("kalung_perak", "Kalung Perak Liontin Logo Custom", "pcs", 275000, 150, 14)]),
    ("PB", "Rumah Manik Kreasi Tangerang", "mikro", "36.71", "perhiasan", "", True, [
        ("gelang_manik", "Gelang Manik-Manik Etnik", "pcs", 15000, 2000, 5),
        ("bros_jilbab", "Bros Jilbab Mutiara Imitasi", "pcs", 12000, 2500, 5),
        ("kalung_manik", "Kalung Manik Kayu", "pcs", 25000, 1000, 5)]),
    ("PC", "Mutiara Teluk Lampung", "mikro", "18.71", "perhiasan", "", True, [
        ("kalung_mutiara", "Kalung Mutiara Lampung Asli", "pcs", 450000, 80, 10),
        ("anting_mutiara", "Anting Mutiara Tusuk", "pasang", 175000, 150, 7)]),
    ("PD", "PT Emas Gemilang Tangerang", "besar", "36.71", "perhiasan", "sni", True, [
        ("cincin_emas", "Cincin Emas 24K 2 gram", "pcs", 2900000, 500, 7)]),
    # furnitur
    ("RA", "Rotan Jaya Karawang", "kecil", "32.15", "furnitur", "svlk", True, [
        ("set_rotan", "Kursi Rotan Teras Set 2 kursi + meja", "set", 1800000, 40, 21),
        ("kursi_rotan_single", "Kursi Rotan Sofa Single", "pcs", 750000, 60, 14)]),
    ("RB", "Mebel Sekolah Pasir Jaya", "kecil", "36.01", "furnitur", "svlk", True, [
        ("meja_siswa", "Meja Siswa Kayu Single", "pcs", 350000, 400, 21),
        ("kursi_siswa", "Kursi Siswa Kayu", "pcs", 225000, 500, 21),
        ("papan_tulis", "Papan Tulis Whiteboard Rangka Kayu 120x240", "pcs", 850000, 60, 14)]),
    ("RC", "Mebel Jati Ciruas", "mikro", "36.04", "furnitur", "", True, [
        ("lemari_arsip_kayu", "Lemari Arsip Kayu 2 Pintu", "pcs", 2500000, 30, 21),
        ("meja_biro", "Meja Kerja 1/2 Biro Kayu", "pcs", 1350000, 40, 21),
        ("lemari_pakaian", "Lemari Pakaian Kayu 3 Pintu", "pcs", 2200000, 30, 21),
        ("rak_buku", "Rak Buku Kayu 5 Susun", "pcs", 850000, 50, 14)]),
    ("RD", "Besi Furniture Cikupa", "menengah", "36.03", "furnitur", "sni", True, [
        ("kursi_kuliah", "Kursi Kuliah Besi Lipat Papan Tulis", "pcs", 450000, 600, 14),
        ("loker", "Loker Besi 12 Pintu", "pcs", 3200000, 40, 21),
        ("rak_besi", "Rak Besi Siku 5 Susun", "pcs", 650000, 200, 7)]),
    ("RE", "PT Sofa Indah Nusantara", "besar", "36.71", "furnitur", "", True, [
        ("sofa_tamu", "Sofa Tamu Set 3-2-1", "set", 9500000, 30, 21)]),
    # herbal
    ("HA", "Jamu Gendong Bu Darmi", "mikro", "36.73", "herbal", "pirt", True, [
        ("jamu_kunyit_asam", "Jamu Kunyit Asam Botol 250 ml", "botol", 8000, 600, 1),
        ("beras_kencur", "Beras Kencur Botol 250ml", "botol", 8000, 500, 1)]),
    ("HB", "Madu Hutan Ujung Kulon", "kecil", "36.01", "herbal", "pirt;halal", True, [
        ("madu_hutan", "Madu Hutan Ujung Kulon 500 gr", "botol", 120000, 400, 5),
        ("madu_randu", "Madu Randu 250 ml", "botol", 65000, 600, 5)]),
    ("HC", "Herbal Temulawak Pondok Aren", "kecil", "36.74", "herbal", "bpom", True, [
        ("temulawak_serbuk", "Serbuk Instan Temulawak 200 gr", "pack", 30000, 1500, 4),
        ("kapsul_kelor", "Kapsul Daun Kelor isi 60", "botol", 55000, 1000, 4),
        ("minyak_kayu_putih", "Minyak Kayu Putih 60 ml", "botol", 25000, 2000, 4)]),
    ("HD", "Koperasi Herbal Sukadana", "koperasi", "18.07", "herbal", "pirt", True, [
        ("kapsul_jahe_merah", "Kapsul Jahe Merah isi 50", "botol", 45000, 800, 5),
        ("teh_kelor", "Teh Daun Kelor Celup isi 20", "box", 25000, 1000, 4)]),
    # kosmetik
    ("SA", "Sabun Herbal Olive Tangerang", "mikro", "36.71", "kosmetik", "bpom", True, [
        ("sabun_batang", "Sabun Batang Sereh Wangi 100 gr", "pcs", 15000, 3000, 4),
        ("sabun_cuci_tangan", "Sabun Cuci Tangan Cair 500 ml Refill", "pouch", 22000, 2000, 4),
        ("hand_sanitizer", "Hand Sanitizer Gel 500 ml", "botol", 35000, 1500, 4)]),
    ("SB", "Lilin Aromaterapi Serpong", "mikro", "36.74", "kosmetik", "", True, [
        ("lilin_aroma", "Lilin Aromaterapi Gelas Lavender", "pcs", 45000, 600, 7),
        ("reed_diffuser", "Reed Diffuser Pengharum Ruangan 100 ml", "botol", 65000, 400, 7)]),
    ("SC", "Minyak Kemiri Pringsewu", "kecil", "18.10", "kosmetik", "bpom", True, [
        ("minyak_kemiri", "Minyak Kemiri Penumbuh Rambut 100 ml", "botol", 35000, 1000, 5),
        ("lulur", "Lulur Bengkoang Mandi 200 gr", "jar", 30000, 800, 5)]),
    # logam
    ("LA", "Pandai Besi Sulangkar Ciomas", "mikro", "36.04", "logam", "", True, [
        ("golok", "Golok Ciomas Sulangkar Gagang Kayu", "pcs", 450000, 80, 14),
        ("pisau_dapur", "Pisau Dapur Baja Per", "pcs", 65000, 300, 7)]),
    ("LB", "Alat Tani Pandai Besi Talang Padang", "mikro", "18.06", "logam", "", True, [
        ("cangkul", "Cangkul Baja Tempa Gagang Kayu", "pcs", 95000, 400, 7),
        ("arit", "Arit Sabit Rumput", "pcs", 45000, 600, 5),
        ("parang", "Parang Kebun Tempa", "pcs", 85000, 300, 7)]),
    ("LC", "Bengkel Las Teralis Karawaci", "mikro", "36.71", "logam", "", True, [
        ("teralis", "Teralis Jendela Besi Hollow per m2", "m2", 450000, 200, 14),
        ("pagar_besi", "Pagar Besi Minimalis per meter", "m", 650000, 150, 14),
        ("kanopi", "Rangka Kanopi Baja Ringan per m2", "m2", 275000, 300, 10)]),
    ("LD", "Stainless Kreasi Tangsel", "kecil", "36.74", "logam", "", True, [
        ("tiang_bendera", "Tiang Bendera Stainless 6 m", "unit", 3500000, 20, 21),
        ("papan_nama_stainless", "Papan Nama Stainless Etching 40x60", "pcs", 650000, 100, 10)]),
    # percetakan
    ("CA", "Percetakan Serang Grafika", "kecil", "36.73", "percetakan", "", True, [
        ("spanduk", "Cetak Spanduk Banner Flexi 280 gr per m2", "m2", 25000, 5000, 2),
        ("buku_agenda", "Buku Agenda Hardcover Logo Instansi", "pcs", 65000, 1500, 10),
        ("kalender", "Kalender Dinding 2027 6 Lembar", "pcs", 35000, 3000, 10)]),
    ("CB", "Toko ATK Cikokol", "mikro", "36.71", "percetakan", "", True, [
        ("kertas_a4", "Kertas HVS A4 70 gsm 1 rim", "rim", 52000, 2000, 2),
        ("map_snelhecter", "Map Snelhecter Plastik", "pcs", 3000, 10000, 2),
        ("pulpen", "Pulpen Gel Hitam 1 lusin", "lusin", 30000, 1500, 2)]),
    ("CC", "Digital Printing Ciputat", "mikro", "36.74", "percetakan", "", True, [
        ("stiker", "Stiker Vinyl Cutting Logo", "lembar", 15000, 3000, 3),
        ("kartu_nama", "Kartu Nama Art Carton 260 1 box", "box", 45000, 500, 3),
        ("id_card", "ID Card PVC + Lanyard", "pcs", 12000, 3000, 5)]),
    ("CD", "Dus Kemasan Balaraja", "kecil", "36.03", "percetakan", "", True, [
        ("dus_nasi", "Dus Nasi Kotak Laminasi 20x20 isi 100", "pack", 95000, 800, 5),
        ("paper_bag", "Paper Bag Kraft Sablon Logo", "pcs", 6500, 8000, 7)]),
    # pertanian
    ("TA", "Tanaman Hias Pasar Kemis", "mikro", "36.03", "pertanian", "", True, [
        ("anggrek", "Anggrek Dendrobium Pot", "pot", 85000, 300, 5),
        ("sansevieria", "Sansevieria Lidah Mertua Pot 20", "pot", 45000, 600, 5),
        ("pucuk_merah", "Tanaman Pucuk Merah 1 m", "batang", 30000, 1000, 5)]),
    ("TB", "Penangkar Bibit Buah Pringsewu", "kecil", "18.10", "pertanian", "", True, [
        ("bibit_durian", "Bibit Durian Musang King Okulasi 60 cm", "batang", 75000, 800, 10),
        ("bibit_alpukat", "Bibit Alpukat Aligator Sambung", "batang", 45000, 1000, 10),
        ("bibit_kopi", "Bibit Kopi Robusta Polybag", "batang", 5000, 10000, 10)]),
    ("TC", "Koi & Cupang Cipondoh", "mikro", "36.71", "pertanian", "", True, [
        ("ikan_koi", "Ikan Koi Kohaku 15 cm", "ekor", 75000, 300, 5),
        ("cupang", "Ikan Cupang Halfmoon", "ekor", 25000, 800, 5)]),
    ("TD", "Koperasi Pakan Ternak Lampung Timur", "koperasi", "18.07", "pertanian", "", True, [
        ("pakan_ayam", "Pakan Ayam Petelur Konsentrat 50 kg", "karung", 420000, 500, 5),
        ("pelet_ikan", "Pelet Ikan Apung 30 kg", "karung", 310000, 600, 5),
        ("dedak", "Dedak Padi Halus 50 kg", "karung", 150000, 800, 3)]),
    ("TE", "Benih Ikan Nila Cimarga", "mikro", "36.02", "pertanian", "", True, [
        ("benih_nila", "Benih Ikan Nila 5-7 cm", "ekor", 350, 50000, 5),
        ("kompos", "Pupuk Kompos Organik 25 kg", "karung", 35000, 1000, 5)]),
    # lainnya
    ("XA", "Sapu Ijuk Rangkasbitung", "mikro", "36.02", "lainnya", "", True, [
        ("sapu_ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 25000, 1500, 5),
        ("sapu_lidi", "Sapu Lidi Ikat", "ikat", 10000, 3000, 3),
        ("kemoceng", "Kemoceng Bulu Ayam", "pcs", 20000, 800, 5)]),
    ("XB", "Keset & Lap Perca Batuceper", "mikro", "36.71", "lainnya", "", True, [
        ("keset", "Keset Kaki Kain Perca", "pcs", 15000, 2000, 5),
        ("serbet", "Kain Lap Serbet Dapur", "pcs", 8000, 3000, 5),
        ("keset_karet", "Keset Karet Anti Slip 40x60", "pcs", 18000, 1500, 5),
        ("alat_pel", "Alat Pel Lantai Kain + Gagang", "pcs", 45000, 600, 5)]),
    ("XC", "Koperasi Karyawan Sejahtera Serang", "koperasi", "36.73", "lainnya", "", True, [
        ("sembako", "Paket Sembako 10 kg (beras, minyak, gula, mie)", "paket", 185000, 3000, 7)]),
    ("XD", "Tempat Sampah Fiber Cikarang", "kecil", "32.16", "lainnya", "", True, [
        ("tempat_sampah_pilah", "Tempat Sampah Fiber Pilah 3 in 1 60L", "unit", 1650000, 100, 14),
        ("tong_sampah_injak", "Tong Sampah Plastik Injak 15 liter", "pcs", 85000, 500, 7)]),
    ("XE", "Sapu & Pel Lama Tutup", "mikro", "36.74", "lainnya", "", False, [
        ("sapu_ijuk", "Sapu Ijuk Super", "pcs", 18000, 1000, 3)]),
]

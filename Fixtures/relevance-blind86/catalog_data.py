"""Hand-written suppliers and products of relevance-blind86 (all fictional).

SUPPLIERS: (key, name, scale, region, certificates, active, category, products)
product:   (kind, name as the maker writes it, unit, unit price, capacity per month, lead time days)
A kind is the labeller's tag for "what this product is"; it never reaches the CSVs.
"""

# Kinds that must be made in the delivery month and bought near (cooked food, fresh drinks).
PERISHABLE = {"nasi_box", "snack_box", "prasmanan", "tumpeng", "jajanan_tampah", "nasi_liwet", "kunyit_asam"}

SUPPLIERS = [
    # ---------------- makanan ----------------
    ("MK01", "UMKM Otak-Otak Bandeng Bu Iyah", "mikro", "36.04", "halal;pirt", True, "makanan", [
        ("otak_bandeng", "Otak-otak Bandeng Khas Serang isi 10", "pack", 35000, 600, 2),
        ("sate_bandeng", "Sate Bandeng Presto Bumbu Kuning", "pcs", 45000, 400, 2),
    ]),
    ("MK02", "Kerupuk Kemplang Cap Ikan Mas", "kecil", "18.07", "halal;pirt", True, "makanan", [
        ("kemplang", "Kerupuk Kemplang Ikan Tenggiri Panggang 250 gr", "pack", 28000, 2000, 3),
        ("kerupuk_kulit_ikan", "Kerupuk Kulit Ikan Pari Goreng 100gr", "pack", 22000, 800, 3),
    ]),
    ("MK03", "Keripik Pisang Rumah Kuning", "kecil", "18.71", "halal;pirt", True, "makanan", [
        ("keripik_pisang_coklat", "Keripik Pisang Cokelat Lumer 250gr", "pack", 25000, 3000, 3),
        ("keripik_pisang_asin", "Keripik Pisang Kepok Asin Gurih 250gr", "pack", 21000, 3000, 3),
    ]),
    ("MK04", "Dapur Sambal Teh Nonon", "mikro", "36.71", "pirt", True, "makanan", [
        ("sambal_cumi", "Sambal Cumi Asin Botol 150 ml", "botol", 38000, 500, 4),
        ("sambal_bawang", "Sambal Bawang Original Pedas Mampus 200gr", "botol", 25000, 800, 4),
    ]),
    ("MK05", "Emping Melinjo Mekarsari", "mikro", "36.01", "halal;pirt", True, "makanan", [
        ("emping", "Emping Melinjo Super Tipis 1 kg", "kg", 95000, 400, 5),
    ]),
    ("MK06", "Rengginang Lebak Sari", "mikro", "36.02", "pirt", True, "makanan", [
        ("rengginang", "Rengginang Ketan Terasi Mentah 500 gr", "pack", 22000, 600, 4),
        ("gula_aren", "Gula Aren Cetak Baduy 1 kg", "kg", 40000, 1000, 4),
    ]),
    # ---------------- minuman ----------------
    ("MN01", "Koperasi Kopi Robusta Sumber Jaya", "koperasi", "18.06", "halal;pirt", True, "minuman", [
        ("kopi_robusta_bubuk", "Kopi Bubuk Robusta Tanggamus 250 gr", "pack", 35000, 2000, 3),
        ("green_bean_robusta", "Green Bean Robusta Grade 1 per kg", "kg", 60000, 3000, 5),
    ]),
    ("MN02", "Sirup Pala Nusantara", "kecil", "32.01", "halal;bpom", True, "minuman", [
        ("sirup_pala", "Sirup Pala Asli Bogor 620 ml", "botol", 30000, 1500, 4),
        ("bandrek", "Bandrek Instan Sachet isi 10", "box", 20000, 2000, 3),
    ]),
    ("MN03", "Kakao Lestari Pesawaran", "mikro", "18.09", "pirt", True, "minuman", [
        ("coklat_bubuk", "Bubuk Cokelat Murni Pesawaran 200 gr", "pack", 45000, 500, 5),
        ("coklat_sachet", "Minuman Cokelat Sachet 3in1 isi 10", "box", 25000, 1000, 5),
    ]),
    ("MN04", "Rosella Karawang Berkah", "mikro", "32.15", "pirt", True, "minuman", [
        ("teh_rosella", "Teh Bunga Rosella Kering 100gr", "pack", 30000, 600, 4),
        ("jahe_instan", "Jahe Merah Instan Gula Aren 250 gr", "pack", 30000, 900, 4),
    ]),
    ("MN05", "Air Minum Tirta Baduy", "kecil", "36.02", "halal;bpom;sni", True, "minuman", [
        ("amdk_gelas", "Air Mineral Gelas 220 ml (1 dus isi 48)", "dus", 22000, 3000, 2),
        ("amdk_botol_600", "Air Mineral Botol 600 ml isi 24", "dus", 48000, 2000, 2),
    ]),
    # ---------------- jasa-boga ----------------
    ("JB01", "Catering Dapur Ibu Ratna", "kecil", "36.73", "halal", True, "jasa-boga", [
        ("nasi_box", "Nasi Box Ayam Bakar + Lalapan + Buah", "box", 32000, 1500, 2),
        ("snack_box", "Snack Box 3 Kue + Air Mineral", "box", 15000, 2000, 2),
    ]),
    ("JB02", "Rumah Makan Sederhana Pringsewu", "mikro", "18.10", "halal", True, "jasa-boga", [
        ("nasi_box", "Nasi Kotak Rendang Sapi", "box", 35000, 500, 2),
        ("prasmanan", "Prasmanan per porsi (min 100 org)", "porsi", 45000, 800, 3),
    ]),
    ("JB03", "Katering Berkah Cikarang", "kecil", "32.16", "halal", True, "jasa-boga", [
        ("nasi_box", "Paket Nasi Box Premium Ayam Rica", "box", 40000, 3000, 2),
        ("tumpeng", "Tumpeng Nasi Kuning 30 orang", "pcs", 850000, 20, 3),
    ]),
    ("JB04", "Kue Basah Mak Ijah", "mikro", "36.03", "pirt", True, "jasa-boga", [
        ("snack_box", "Kue Kotak Isi 4 (lemper, risol, bolu, lapis)", "box", 12000, 3000, 1),
        ("jajanan_tampah", "Tampah Jajanan Pasar Tradisional", "pcs", 250000, 60, 2),
    ]),
    ("JB05", "Warung Nasi Liwet Teh Imas", "mikro", "36.04", "halal", True, "jasa-boga", [
        ("nasi_liwet", "Nasi Liwet Komplit per porsi", "porsi", 28000, 900, 2),
        ("nasi_box", "Nasi Box Liwet Ayam Goreng Serundeng", "box", 30000, 900, 2),
    ]),
    # ---------------- fesyen ----------------
    ("FS01", "Tapis Lampung Ratu Sekar", "mikro", "18.71", "", True, "fesyen", [
        ("tapis_kain", "Kain Tapis Lampung Motif Pucuk Rebung 2 m", "lembar", 1250000, 15, 21),
        ("tapis_selendang", "Selendang Tapis Sulam Benang Emas", "lembar", 350000, 40, 14),
    ]),
    ("FS02", "Batik Baduy Lebak", "kecil", "36.02", "batikmark", True, "fesyen", [
        ("batik_tulis", "Kain Batik Tulis Motif Baduy 2,25 m", "lembar", 650000, 40, 14),
        ("batik_cap", "Kain Batik Cap Motif Lebak Katun Primisima", "lembar", 175000, 300, 10),
        ("kemeja_batik", "Kemeja Batik Pria Lengan Panjang Motif Cap", "pcs", 185000, 400, 10),
    ]),
    ("FS03", "Konveksi Putra Mandiri Tigaraksa", "kecil", "36.03", "", True, "fesyen", [
        ("pdh_kemeja", "Kemeja PDH Drill Khaki Lengan Panjang + Bordir Logo", "pcs", 165000, 1500, 14),
        ("polo", "Kaos Polo Bordir Logo Instansi Lacoste CVC", "pcs", 75000, 2000, 10),
        ("rompi", "Rompi Lapangan Drill Multi Saku", "pcs", 120000, 800, 10),
    ]),
    ("FS04", "Sablon Grafika Metro", "mikro", "18.72", "", True, "fesyen", [
        ("kaos_sablon", "Kaos Sablon Cotton Combed 30s", "pcs", 55000, 1500, 7),
        ("topi", "Topi Bordir Logo Model Baseball", "pcs", 35000, 1000, 7),
    ]),
    ("FS05", "Sepatu Kulit Ciomas Bogor", "kecil", "32.71", "", True, "fesyen", [
        ("pantofel", "Sepatu Pantofel Kulit Sapi Pria", "pasang", 325000, 300, 14),
        ("sandal_hotel", "Sandal Hotel Spon Bordir Logo", "pasang", 9000, 5000, 7),
    ]),
    ("FS06", "Tas Seminar Cikarang Jaya", "mikro", "32.16", "", True, "fesyen", [
        ("tas_seminar", "Tas Seminar Kanvas Resleting + Sablon Logo", "pcs", 45000, 2000, 10),
        ("spunbond", "Goodie Bag Spunbond 30x40 Sablon 1 Warna", "pcs", 6000, 8000, 7),
    ]),
    # ---------------- kerajinan ----------------
    ("KR01", "Kerajinan Mendong dan Pandan Rajapolah", "kecil", "32.06", "", True, "kerajinan", [
        ("tas_pandan", "Tas Anyaman Pandan Motif Etnik 30x25", "pcs", 55000, 600, 10),
        ("tikar_pandan", "Tikar Pandan Lipat 150x200", "pcs", 95000, 300, 10),
        ("kotak_pandan", "Box Hampers Anyaman Pandan dengan Tutup", "pcs", 35000, 800, 7),
    ]),
    ("KR02", "Gerabah Bumijaya Ciruas", "mikro", "36.04", "", True, "kerajinan", [
        ("kendi", "Kendi Gerabah Tanah Liat", "pcs", 40000, 300, 7),
        ("pot_gerabah", "Pot Gerabah Tanah Liat Diameter 30 cm", "pcs", 45000, 500, 7),
        ("vas_gerabah", "Vas Bunga Gerabah Motif Banten", "pcs", 60000, 200, 10),
    ]),
    ("KR03", "Banten Craft Menara", "mikro", "36.73", "", True, "kerajinan", [
        ("miniatur_menara", "Miniatur Menara Masjid Agung Banten Kayu 25 cm", "pcs", 150000, 100, 10),
        ("ganci_akrilik", "Gantungan Kunci Akrilik Custom Logo", "pcs", 4500, 5000, 7),
    ]),
    ("KR04", "Bambu Kreasi Talang Padang", "mikro", "18.06", "", True, "kerajinan", [
        ("keranjang_bambu", "Keranjang Bambu Anyam Besar", "pcs", 45000, 300, 7),
        ("tisu_bambu", "Tempat Tisu Bambu Ukir", "pcs", 35000, 400, 7),
    ]),
    ("KR05", "Rotan Mekar Cirebon", "kecil", "32.09", "", True, "kerajinan", [
        ("parsel_rotan", "Keranjang Parsel Rotan Oval Ukuran Sedang", "pcs", 65000, 500, 7),
    ]),
    # ---------------- perhiasan ----------------
    ("PH01", "Pengrajin Perak Ciampea", "kecil", "32.01", "", True, "perhiasan", [
        ("bros_perak", "Bros Perak 925 Motif Bunga Melati", "pcs", 275000, 100, 14),
        ("cincin_perak", "Cincin Perak Batu Akik Kalimaya", "pcs", 225000, 150, 10),
        ("liontin_perak", "Liontin Perak Ukir Nama", "pcs", 185000, 120, 10),
    ]),
    ("PH02", "Aksesoris Manik Baduy", "mikro", "36.02", "", True, "perhiasan", [
        ("gelang_manik", "Gelang Manik-Manik Khas Baduy", "pcs", 15000, 2000, 5),
        ("kalung_manik", "Kalung Manik Etnik Warna Warni", "pcs", 25000, 1000, 5),
    ]),
    ("PH03", "Siger Gold Lampung", "mikro", "18.71", "", True, "perhiasan", [
        ("bros_siger", "Bros Siger Lampung Lapis Emas", "pcs", 85000, 300, 10),
        ("pin_enamel", "Pin Logo Instansi Kuningan Enamel", "pcs", 25000, 2000, 10),
    ]),
    # ---------------- furnitur ----------------
    ("FR01", "CV Mebel Sekolah Mandiri", "kecil", "36.04", "svlk", True, "furnitur", [
        ("meja_kursi_siswa", "Meja Kursi Siswa SD Kayu Mahoni (1 meja 2 kursi)", "set", 850000, 150, 21),
        ("meja_guru", "Meja Guru Kayu 1/2 Biro 120x60", "pcs", 1350000, 40, 21),
        ("papan_tulis_wb", "Papan Tulis Whiteboard 120x240 Rangka Aluminium", "pcs", 1100000, 60, 14),
    ]),
    ("FR02", "Rotan Jaya Tegalwangi", "menengah", "32.09", "svlk;iso-9001", True, "furnitur", [
        ("kursi_rotan_set", "Kursi Teras Rotan Sintetis Set 2 Kursi + Meja", "set", 2750000, 30, 21),
        ("sofa_rotan", "Sofa Rotan Tamu 3 Dudukan + Bantal", "pcs", 5500000, 15, 30),
    ]),
    ("FR03", "Jaya Steel Furniture Cikarang", "kecil", "32.16", "sni", True, "furnitur", [
        ("filing_cabinet", "Lemari Arsip Besi 4 Laci Filing Cabinet", "pcs", 2650000, 80, 14),
        ("lemari_arsip_kaca", "Lemari Arsip Besi Pintu Kaca Sliding", "pcs", 3100000, 60, 14),
        ("rak_siku", "Rak Besi Siku Lubang 5 Susun 200x90x40", "pcs", 850000, 200, 7),
    ]),
    ("FR04", "Mebel Kayu Sungkai Metro", "mikro", "18.72", "", True, "furnitur", [
        ("lemari_arsip_kayu", "Lemari Arsip Kayu 2 Pintu", "pcs", 2200000, 30, 21),
        ("rak_buku_kayu", "Rak Buku Kayu 5 Susun", "pcs", 950000, 50, 14),
        ("meja_siswa_tunggal", "Meja Belajar Siswa SMP Tunggal + Kursi", "set", 550000, 100, 21),
    ]),
    ("FR05", "Kayu Indah Pandeglang", "mikro", "36.01", "", True, "furnitur", [
        ("kursi_tunggu_kayu", "Kursi Tunggu Kayu 3 Dudukan", "pcs", 1650000, 30, 21),
        ("meja_rapat", "Meja Rapat Kayu Jati 240x120", "pcs", 4500000, 10, 30),
    ]),
    ("FR06", "PT Kursi Nusantara Industri", "besar", "36.71", "sni;iso-9001", True, "furnitur", [
        ("kursi_putar", "Kursi Kantor Putar Hidrolik Sandaran Jaring", "pcs", 950000, 2000, 7),
        ("loker_besi", "Lemari Loker Besi 12 Pintu", "pcs", 3900000, 300, 14),
    ]),
    # ---------------- herbal ----------------
    ("HB01", "Herbal Sehat Rangkasbitung", "mikro", "36.02", "pirt", True, "herbal", [
        ("kunyit_asam", "Jamu Kunyit Asam Botol 250 ml", "botol", 8000, 1500, 1),
        ("temulawak", "Temulawak Bubuk Instan 100 gr", "pack", 25000, 800, 4),
    ]),
    ("HB02", "Madu Hutan Ujung Kulon", "kecil", "36.01", "halal;pirt", True, "herbal", [
        ("madu_hutan", "Madu Hutan Asli Ujung Kulon 500 gr", "botol", 120000, 300, 5),
    ]),
    ("HB03", "Rumah Herbal Metro", "mikro", "18.72", "bpom", True, "herbal", [
        ("minyak_urut", "Minyak Urut Sereh Hangat 60 ml", "botol", 25000, 1000, 4),
        ("kapsul_kelor", "Kapsul Daun Kelor isi 60", "botol", 45000, 800, 4),
    ]),
    ("HB04", "Koperasi Tani Herbal Karawang", "koperasi", "32.15", "pirt", True, "herbal", [
        ("simplisia_jahe", "Simplisia Jahe Merah Kering 1 kg", "kg", 85000, 500, 7),
        ("teh_kelor", "Teh Celup Daun Kelor isi 25", "box", 22000, 1200, 5),
    ]),
    ("HB05", "Madu Klanceng Lebak Lestari", "mikro", "36.02", "pirt", False, "herbal", [
        ("madu_klanceng", "Madu Klanceng Trigona Murni 250 ml", "botol", 150000, 100, 5),
    ]),
    # ---------------- kosmetik ----------------
    ("KS01", "Sabun Herbal Kenanga", "mikro", "36.04", "bpom", True, "kosmetik", [
        ("sabun_sereh", "Sabun Batang Sereh Wangi Handmade 100 gr", "pcs", 15000, 1500, 5),
        ("sabun_susu", "Sabun Susu Kambing Etawa 80 gr", "pcs", 17000, 1200, 5),
    ]),
    ("KS02", "Lilin Aroma Sekar Tangerang", "mikro", "36.71", "", True, "kosmetik", [
        ("lilin_aroma", "Lilin Aromaterapi Soy Wax Jar 100 gr", "pcs", 45000, 600, 7),
        ("diffuser", "Reed Diffuser Pewangi Ruangan 100 ml", "pcs", 55000, 500, 7),
    ]),
    ("KS03", "Kelapa Murni Kalianda", "kecil", "18.01", "bpom;halal", True, "kosmetik", [
        ("lulur", "Lulur Mandi Tradisional Bengkoang 200 gr", "pcs", 30000, 800, 5),
        ("sanitizer", "Hand Sanitizer Gel Alkohol 70% 500 ml", "botol", 35000, 2000, 4),
        ("sabun_cair_tangan", "Sabun Cair Cuci Tangan 500 ml Refill", "pouch", 18000, 2500, 4),
    ]),
    # ---------------- logam ----------------
    ("LG01", "Pandai Besi Ciomas Sulangkar", "mikro", "36.04", "", True, "logam", [
        ("golok_ciomas", "Golok Ciomas Asli Sarung Kayu", "pcs", 450000, 60, 14),
        ("arit", "Arit Rumput Baja Per", "pcs", 55000, 400, 7),
        ("pisau_dapur", "Pisau Dapur Baja 8 inch Gagang Kayu", "pcs", 65000, 300, 7),
    ]),
    ("LG02", "Pande Besi Gadingrejo", "mikro", "18.10", "", True, "logam", [
        ("cangkul", "Cangkul Baja Tempa Gagang Kayu", "pcs", 95000, 500, 7),
        ("sabit_gerigi", "Sabit Panen Padi Bergerigi", "pcs", 35000, 800, 5),
        ("parang", "Parang Kebun Sawit Baja", "pcs", 120000, 300, 7),
    ]),
    ("LG03", "Las dan Teralis Karya Teknik Balaraja", "mikro", "36.03", "", True, "logam", [
        ("teralis", "Teralis Jendela Besi Hollow per m2", "m2", 350000, 200, 10),
        ("pagar", "Pagar Besi Minimalis per meter", "meter", 650000, 150, 14),
    ]),
    ("LG04", "Agro Teknik Karawang", "kecil", "32.15", "sni", True, "logam", [
        ("sprayer_manual", "Hand Sprayer Pompa Manual 16 Liter", "pcs", 285000, 200, 7),
        ("sprayer_elektrik", "Sprayer Elektrik Tangki 16 L Baterai", "pcs", 650000, 150, 7),
        ("garpu_tanah", "Garpu Tanah Baja 4 Gigi", "pcs", 85000, 300, 7),
    ]),
    ("LG05", "Aluminium Cor Karya Bekasi", "mikro", "32.16", "", True, "logam", [
        ("panci", "Panci Aluminium Cor 40 cm", "pcs", 250000, 200, 7),
        ("dandang", "Dandang Aluminium Kukusan 30 liter", "pcs", 350000, 150, 7),
    ]),
    # ---------------- percetakan ----------------
    ("PC01", "Percetakan Mitra Grafika Serang", "kecil", "36.73", "", True, "percetakan", [
        ("spanduk", "Cetak Spanduk Flexi 280 gr per meter", "m2", 20000, 5000, 2),
        ("xbanner", "X-Banner 60x160 + Rangka", "pcs", 85000, 500, 2),
        ("buku_yasin", "Cetak Buku Yasin Hard Cover 176 hal", "pcs", 15000, 3000, 10),
        ("kop_surat", "Cetak Kop Surat HVS 80 gr per rim", "rim", 185000, 300, 5),
    ]),
    ("PC02", "Stempel dan Plakat Jaya Rajabasa", "mikro", "18.71", "", True, "percetakan", [
        ("stempel_flash", "Stempel Flash Otomatis Logo Instansi", "pcs", 95000, 500, 3),
        ("plakat_akrilik", "Plakat Akrilik 15x20 Box Beludru", "pcs", 175000, 300, 7),
        ("papan_nama_meja", "Papan Nama Meja Akrilik", "pcs", 45000, 500, 5),
    ]),
    ("PC03", "Koperasi ATK Sinar Pringsewu", "koperasi", "18.10", "", True, "percetakan", [
        ("map_plastik", "Map Plastik Kancing Folio", "pcs", 2500, 10000, 3),
        ("ordner", "Ordner Bindex Folio 7 cm", "pcs", 32000, 1000, 3),
        ("buku_tulis", "Buku Tulis Sekolah 38 Lembar isi 10", "pack", 28000, 3000, 3),
        ("hvs_a4_70", "Kertas HVS A4 70 gr 1 rim", "rim", 48000, 3000, 3),
    ]),
    ("PC04", "Kemasan Kardus Cikande", "kecil", "36.04", "", True, "percetakan", [
        ("dus_nasi", "Dus Nasi Kotak 20x20 Laminasi", "pcs", 1200, 50000, 5),
        ("paper_bag", "Paper Bag Kraft Sablon Logo 25x35", "pcs", 3500, 20000, 7),
    ]),
    # ---------------- pertanian ----------------
    ("PT01", "Koperasi Penangkar Benih Sri Tani", "koperasi", "18.07", "", True, "pertanian", [
        ("benih_padi", "Benih Padi Inpari 32 Label Ungu 5 kg", "pack", 65000, 3000, 7),
    ]),
    ("PT02", "Kebun Bibit Sentul Asri", "mikro", "32.01", "", True, "pertanian", [
        ("bibit_durian", "Bibit Durian Musang King Okulasi 80 cm", "pcs", 85000, 500, 7),
        ("bibit_alpukat", "Bibit Alpukat Aligator Sambung Pucuk", "pcs", 45000, 800, 7),
        ("monstera", "Tanaman Hias Monstera Pot 30", "pcs", 125000, 100, 7),
        ("bibit_mahoni", "Bibit Pohon Mahoni Polybag 50 cm", "pcs", 5000, 5000, 7),
    ]),
    ("PT03", "Pokdakan Mina Lestari Pagelaran", "koperasi", "18.10", "", True, "pertanian", [
        ("benih_nila", "Benih Ikan Nila Merah 5-7 cm", "ekor", 300, 50000, 3),
        ("benih_lele", "Bibit Lele Sangkuriang 7-9 cm", "ekor", 250, 60000, 3),
    ]),
    ("PT04", "Berkah Tani Organik Lebak", "mikro", "36.02", "", True, "pertanian", [
        ("pupuk_organik", "Pupuk Kompos Organik Granul 40 kg", "karung", 45000, 2000, 5),
        ("poc", "Pupuk Organik Cair (POC) 1 liter", "botol", 35000, 1000, 5),
        ("pakan_ikan", "Pelet Ikan Apung Protein 30% 30 kg", "karung", 380000, 300, 5),
    ]),
    ("PT05", "Jaring dan Keramba Nelayan Labuan", "mikro", "36.01", "", True, "pertanian", [
        ("jaring_insang", "Jaring Insang Nilon (Gill Net) 1,5 inch 100 m", "pcs", 450000, 80, 10),
        ("kja", "Keramba Jaring Apung Bambu + Drum 4x4 m", "unit", 4500000, 6, 30),
        ("bubu", "Bubu Bambu Perangkap Ikan", "pcs", 35000, 400, 7),
    ]),
    ("PT06", "Ternak Maju Lampung Tengah", "mikro", "18.02", "", True, "pertanian", [
        ("konsentrat_sapi", "Pakan Konsentrat Sapi Potong 50 kg", "karung", 230000, 400, 5),
    ]),
    ("PT07", "Koi dan Cupang Cipondoh", "mikro", "36.71", "", True, "pertanian", [
        ("koi", "Ikan Koi Kohaku 15-20 cm", "ekor", 75000, 300, 5),
        ("cupang", "Ikan Cupang Halfmoon Jantan", "ekor", 35000, 500, 5),
    ]),
    ("PT08", "PT Agro Benih Nasional", "besar", "32.16", "sni", True, "pertanian", [
        ("benih_jagung", "Benih Jagung Hibrida 5 kg", "pack", 450000, 20000, 5),
    ]),
    # ---------------- lainnya ----------------
    ("LN01", "Sapu Ijuk dan Lidi Cisoka", "mikro", "36.03", "", True, "lainnya", [
        ("sapu_ijuk", "Sapu Ijuk Gagang Kayu", "pcs", 22000, 2000, 5),
        ("sapu_lidi", "Sapu Lidi Aren Ikat Besar", "pcs", 12000, 3000, 5),
        ("kemoceng", "Kemoceng Bulu Ayam 60 cm", "pcs", 15000, 1000, 5),
    ]),
    ("LN02", "Kebersihan Mandiri Metro", "mikro", "18.72", "", True, "lainnya", [
        ("pel_katun", "Alat Pel Lantai Katun + Gagang Stainless", "pcs", 45000, 800, 5),
        ("spin_mop", "Pel Putar Spin Mop Ember Set", "set", 165000, 300, 5),
        ("keset_sabut", "Keset Sabut Kelapa 40x60", "pcs", 30000, 1000, 5),
    ]),
    ("LN03", "Sinar Bersih Kota Tangerang", "kecil", "36.71", "", True, "lainnya", [
        ("pembersih_lantai", "Cairan Pembersih Lantai Wangi Karbol 5 liter", "jerigen", 65000, 1500, 4),
        ("tempat_sampah_pilah", "Tempat Sampah Pilah 3 Warna 60 L", "set", 1250000, 60, 10),
    ]),
    ("LN04", "Koperasi Sembako Barokah Cilegon", "koperasi", "36.72", "", True, "lainnya", [
        ("paket_sembako", "Paket Sembako (beras 5 kg, minyak 1 L, gula 1 kg, mie 5)", "paket", 125000, 3000, 5),
    ]),
]

CATEGORY = {key: cat for key, _, _, _, _, _, cat, _ in SUPPLIERS}

"""relevance-blind94 suppliers and hand-written products (fictional).

SUPPLIERS: (key, name, scale, region, certificates, active, category, products)
product:   (kind, name as the maker writes it, unit, unit_price, capacity_per_month, lead_time_days)
The kind is the labeller's private reading of what the product is; it never reaches the CSVs.
"""

PERISHABLE = {"nasi-kotak", "snack-box", "prasmanan", "kue-basah", "sate-bandeng", "bandeng-presto"}

SUPPLIERS = [
    # ---------------- Lampung 18.xx ----------------
    ("LH01", "Pembenihan Kerapu Hanura Jaya", "mikro", "18.09", "", True, "pertanian", [
        ("benih-kerapu-cantang", "Benih Kerapu Cantang ukuran 7-8 cm", "ekor", 3500, 20000, 7),
        ("benih-kakap-putih", "Benih Kakap Putih (Barramundi) 5 cm", "ekor", 2500, 15000, 7)]),
    ("LM02", "UD Bibit Ikan Tawar Metro", "mikro", "18.72", "", True, "pertanian", [
        ("benih-lele", "Benih Lele Sangkuriang 5-7 cm", "ekor", 250, 100000, 3),
        ("benih-nila-merah", "Benih Nila Merah 3-5 cm", "ekor", 300, 80000, 3),
        ("benih-gurame", "Bibit Gurame 7-9 cm", "ekor", 1500, 10000, 5)]),
    ("LT03", "CV Pakan Mandiri Sukadana", "kecil", "18.07", "sni", True, "pertanian", [
        ("pakan-ikan-apung", "Pakan Ikan Apung Protein 30% sak 30 kg", "sak", 340000, 800, 5),
        ("pakan-udang", "Pakan Udang Vaname Crumble sak 25 kg", "sak", 520000, 300, 7)]),
    ("LS04", "Koperasi Nelayan Mina Pesisir Kalianda", "koperasi", "18.01", "", True, "pertanian", [
        ("jaring-insang", "Jaring Insang (Gill Net) Nilon 2 inch panjang 100 m", "unit", 850000, 60, 14),
        ("bubu-rajungan", "Bubu Lipat Rajungan rangka besi", "pcs", 65000, 1500, 10)]),
    ("LP05", "UD Jaring Keramba Teluk Ratai", "mikro", "18.09", "", True, "pertanian", [
        ("jaring-keramba", "Jaring Keramba Jaring Apung PE 3x3x3 m", "unit", 1250000, 40, 14),
        ("waring", "Waring Hitam Tambak lebar 1,2 m roll 50 m", "roll", 375000, 100, 7)]),
    ("LS06", "Penangkar Benih Padi Sri Rejeki Natar", "mikro", "18.01", "", True, "pertanian", [
        ("benih-padi-inpari32", "Benih Padi Inpari 32 Label Ungu 5 kg", "kantong", 65000, 3000, 7),
        ("benih-jagung-hibrida", "Benih Jagung Hibrida Bisi 18 kemasan 5 kg", "kantong", 450000, 400, 7)]),
    ("LC07", "CV Pupuk Organik Tani Makmur", "kecil", "18.02", "sni", True, "pertanian", [
        ("pupuk-organik-granul", "Pupuk Organik Granul kemasan 40 kg", "sak", 48000, 5000, 7),
        ("pupuk-kandang", "Pupuk Kandang Kotoran Sapi Fermentasi karung 25 kg", "karung", 20000, 6000, 5),
        ("poc", "POC Pupuk Organik Cair 1 liter", "botol", 35000, 2000, 5)]),
    ("LB08", "Bibit Kopi Robusta Sekincau", "mikro", "18.04", "", True, "pertanian", [
        ("bibit-kopi-robusta", "Bibit Kopi Robusta Sambung Pucuk polybag", "batang", 4500, 20000, 14)]),
    ("LG09", "Penangkar Bibit Buah Gadingrejo", "mikro", "18.10", "", True, "pertanian", [
        ("bibit-durian-musangking", "Bibit Durian Musang King okulasi 60-80 cm", "batang", 75000, 1000, 7),
        ("bibit-alpukat", "Bibit Alpukat Siger okulasi", "batang", 35000, 1500, 7)]),
    ("LK10", "Keripik Pisang Bu Yati", "mikro", "18.71", "halal;pirt", True, "makanan", [
        ("keripik-pisang", "Keripik Pisang Coklat Lumer 250 gr", "bungkus", 25000, 3000, 3),
        ("lempok-durian", "Lempok Durian Asli 250 gr", "bungkus", 45000, 800, 5)]),
    ("LW11", "Kopi Lampung Sinar Way Kanan", "kecil", "18.08", "halal;pirt", True, "minuman", [
        ("kopi-robusta-bubuk", "Kopi Bubuk Robusta Lampung 250 gr", "bungkus", 35000, 4000, 5),
        ("kopi-robusta-biji", "Biji Kopi Robusta Sangrai (roasted bean) 1 kg", "kg", 140000, 600, 5)]),
    ("LT12", "Tapis Lampung Aisyah", "mikro", "18.71", "", True, "fesyen", [
        ("tapis-sulam-tangan", "Kain Tapis Lampung Sulam Tangan benang emas", "lembar", 1800000, 20, 30),
        ("tapis-mesin", "Kain Tapis Motif Bordir Mesin 2 m", "lembar", 350000, 200, 10)]),
    ("LC13", "Catering Dapur Siger", "kecil", "18.71", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Ayam Bakar + buah", "kotak", 35000, 4000, 1),
        ("snack-box", "Snack Box 3 kue + air mineral", "kotak", 15000, 6000, 1)]),
    ("LP14", "Katering Hanura Berkah", "mikro", "18.09", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Box Ikan Bakar Lengkap", "kotak", 32000, 1500, 1),
        ("prasmanan", "Prasmanan Menu Nusantara per pax", "pax", 55000, 2000, 3)]),
    ("LP15", "Anyaman Pandan Way Ratai", "mikro", "18.09", "", True, "kerajinan", [
        ("tikar-pandan", "Tikar Anyaman Pandan 2x3 m", "lembar", 150000, 200, 10),
        ("kotak-tisu-bambu", "Kotak Tisu Anyaman Bambu", "pcs", 35000, 1000, 7)]),
    ("LT16", "Pandai Besi Talang Padang", "mikro", "18.06", "", True, "logam", [
        ("parang", "Parang Tebas Baja Per 14 inch", "pcs", 95000, 400, 7),
        ("cangkul", "Cangkul Baja Tempa + gagang kayu", "pcs", 85000, 500, 7),
        ("pisau-fillet", "Pisau Fillet Ikan Stainless 6 inch", "pcs", 45000, 600, 5)]),
    ("LT17", "Madu Hutan Way Kambas", "mikro", "18.07", "pirt", True, "herbal", [
        ("madu-hutan", "Madu Hutan Murni 500 ml", "botol", 95000, 800, 5),
        ("jahe-instan", "Jahe Merah Instan 250 gr", "bungkus", 25000, 1500, 5)]),
    ("LB18", "Sabun Kelapa Murni Teluk", "mikro", "18.71", "bpom", True, "kosmetik", [
        ("sabun-vco", "Sabun Mandi Padat VCO 100 gr", "pcs", 15000, 3000, 5)]),
    ("LB19", "Percetakan Siger Grafika", "kecil", "18.71", "", True, "percetakan", [
        ("spanduk", "Cetak Spanduk Banner Flexi 280 gr per m2", "m2", 25000, 5000, 2),
        ("buku-saku", "Cetak Buku Saku A6 32 hlm full color", "eks", 9500, 5000, 7),
        ("leaflet", "Leaflet A4 lipat 3 Art Paper 150 gr", "lembar", 1200, 50000, 4)]),
    ("LM20", "Mebel Jati Metro", "kecil", "18.72", "svlk", True, "furnitur", [
        ("meja-kerja-kayu", "Meja Kerja Kayu Jati 120x60 cm setengah biro", "unit", 2400000, 40, 21),
        ("kursi-tamu-jati", "Kursi Tamu Jati Ukir 1 set (3-1-1 + meja)", "set", 9500000, 6, 30)]),
    ("LB21", "Perak Akik Tanjung Karang", "mikro", "18.71", "", True, "perhiasan", [
        ("cincin-perak", "Cincin Perak 925 Batu Akik Lampung", "pcs", 250000, 150, 10)]),
    ("LB22", "Fiber Boat Lampung", "kecil", "18.71", "", True, "lainnya", [
        ("bak-fiber", "Bak Fiber Bulat 1 ton untuk pembenihan", "unit", 2750000, 30, 14),
        ("cool-box", "Cool Box Ikan Fiberglass 100 liter", "unit", 1350000, 50, 14)]),
    ("LB23", "Pengolah Ikan Mina Bahari Menggala", "mikro", "18.05", "halal;pirt", True, "makanan", [
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri mentah 500 gr", "bungkus", 30000, 2000, 5),
        ("abon-ikan", "Abon Ikan Tuna 100 gr", "pcs", 28000, 1500, 5)]),
    ("LS24", "Hatchery Vaname Bakauheni", "mikro", "18.01", "", False, "pertanian", [
        ("benur-vaname", "Benur Udang Vaname PL 10", "ekor", 45, 2000000, 5)]),
    ("LS25", "PT Agro Pakan Nusantara", "besar", "18.01", "sni;iso-9001", True, "pertanian", [
        ("pakan-ikan-apung", "Pakan Ikan Terapung 781 sak 30 kg", "sak", 320000, 20000, 3),
        ("pakan-ternak-konsentrat", "Pakan Konsentrat Sapi Potong 50 kg", "sak", 260000, 10000, 3)]),
    ("LT26", "Kelompok Ternak Sumber Rejeki", "mikro", "18.02", "", True, "pertanian", [
        ("kambing-boer", "Bibit Kambing Boer jantan umur 8 bulan", "ekor", 3500000, 20, 14),
        ("pakan-ternak-konsentrat", "Konsentrat Ternak Racikan Sendiri 50 kg", "sak", 230000, 300, 5)]),
    ("LB27", "Oleh-oleh Siger Rasa", "mikro", "18.71", "halal;pirt", True, "makanan", [
        ("sambal-tempoyak", "Sambal Tempoyak Botol 200 gr", "botol", 30000, 1000, 4),
        ("keripik-singkong", "Keripik Singkong Balado 200 gr", "bungkus", 15000, 4000, 3)]),
    # ---------------- Banten 36.xx ----------------
    ("BK01", "Pembenihan Bandeng Karangantu", "mikro", "36.73", "", True, "pertanian", [
        ("nener-bandeng", "Nener Bandeng ukuran 1-2 cm", "ekor", 60, 500000, 3),
        ("gelondongan-bandeng", "Gelondongan Bandeng 5-7 cm", "ekor", 350, 50000, 5)]),
    ("BL02", "Koperasi Nelayan Binuangeun", "koperasi", "36.02", "", True, "pertanian", [
        ("jaring-insang", "Gill Net Monofilamen 1,5 inch panjang 100 m", "unit", 780000, 50, 14),
        ("rawai", "Rawai Dasar (Long Line) 200 mata pancing per set", "set", 450000, 80, 10)]),
    ("BP03", "Toko Alat Tangkap Labuan", "mikro", "36.01", "", True, "pertanian", [
        ("senar-pancing", "Senar Pancing Nilon 0,5 mm roll 500 m", "roll", 55000, 600, 3),
        ("mata-pancing", "Mata Pancing no. 7 isi 100", "box", 35000, 800, 3),
        ("pelampung-jaring", "Pelampung Jaring Busa Karet P-8", "pcs", 3500, 10000, 5)]),
    ("BP04", "Kelompok Tani Hortikultura Cikeusik", "mikro", "36.01", "", True, "pertanian", [
        ("benih-cabai-rawit", "Benih Cabai Rawit Hibrida sachet 10 gr", "sachet", 85000, 1000, 5),
        ("bibit-cabai-semai", "Bibit Cabai Siap Tanam tray 128 lubang", "tray", 60000, 500, 14)]),
    ("BS05", "UD Pupuk Hayati Kramatwatu", "kecil", "36.04", "", True, "pertanian", [
        ("pupuk-hayati", "Pupuk Hayati Cair (Biofertilizer) 1 liter", "botol", 45000, 3000, 5),
        ("dolomit", "Dolomit Kapur Pertanian 50 kg", "sak", 40000, 4000, 5),
        ("trichoderma", "Agens Hayati Trichoderma padat 1 kg", "kg", 30000, 1000, 7)]),
    ("BL06", "Penangkar Benih Padi Cibadak", "mikro", "36.02", "", True, "pertanian", [
        ("benih-padi-ciherang", "Benih Padi Ciherang Bersertifikat Label Biru 5 kg", "kantong", 60000, 2000, 7)]),
    ("BP07", "Emping Melinjo Menes", "mikro", "36.01", "halal;pirt", True, "makanan", [
        ("emping-melinjo", "Emping Melinjo Super 1 kg", "kg", 120000, 800, 3),
        ("emping-balado", "Emping Balado Pedas Manis 250 gr", "bungkus", 32000, 1500, 3)]),
    ("BS08", "Sate Bandeng Hj. Nurul", "mikro", "36.73", "halal;pirt", True, "makanan", [
        ("sate-bandeng", "Sate Bandeng Khas Banten per ekor", "ekor", 45000, 1200, 2),
        ("bandeng-presto", "Bandeng Presto Duri Lunak vakum 500 gr", "pcs", 40000, 1500, 2)]),
    ("BC09", "Catering Merak Rasa", "kecil", "36.72", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Kotak Paket Rapat ayam goreng sayur buah", "kotak", 30000, 3000, 1),
        ("snack-box", "Snack Box Rapat isi 3 + air mineral gelas", "kotak", 14000, 5000, 1)]),
    ("BS10", "Catering Barokah Kaloran", "mikro", "36.73", "halal", True, "jasa-boga", [
        ("nasi-kotak", "Nasi Box Rames Ayam Bakar", "kotak", 28000, 400, 1),
        ("snack-box", "Kue Kotak Isi 4 (snack rapat)", "kotak", 13000, 600, 1)]),
    ("BS11", "Batik Banten Mukarnas", "kecil", "36.73", "batikmark", True, "fesyen", [
        ("batik-tulis", "Kain Batik Tulis Motif Banten 2,25 m", "lembar", 950000, 60, 21),
        ("batik-cap", "Kain Batik Cap Motif Sabakingking 2 m", "lembar", 225000, 600, 10),
        ("kemeja-batik", "Kemeja Batik Banten Lengan Panjang", "pcs", 210000, 800, 14)]),
    ("BS12", "Konveksi Seragam Cikande", "kecil", "36.04", "", True, "fesyen", [
        ("baju-pdl", "Baju PDL Lapangan Drill Pakaian Dinas Lapangan", "pcs", 185000, 1500, 14),
        ("kaos-polo", "Kaos Polo Bordir Logo Instansi bahan Lacoste PE", "pcs", 75000, 3000, 10),
        ("topi-lapangan", "Topi Rimba Lapangan bordir logo", "pcs", 45000, 2000, 7),
        ("rompi-lapangan", "Rompi Lapangan Multi Saku", "pcs", 150000, 800, 14)]),
    ("BS14", "Golok Ciomas Pusaka", "mikro", "36.04", "", True, "logam", [
        ("golok-ciomas", "Golok Ciomas Asli Pamor Sulangkar", "pcs", 450000, 100, 14),
        ("parang", "Golok Tebas Kebun Baja Per", "pcs", 90000, 500, 7),
        ("sabit", "Arit Sabit Rumput Baja", "pcs", 45000, 800, 5)]),
    ("BL15", "Kerajinan Koja Kanekes", "mikro", "36.02", "", True, "kerajinan", [
        ("tas-koja", "Tas Koja Baduy serat kulit kayu teureup", "pcs", 85000, 600, 7),
        ("gelang-kerajinan", "Gelang Tali Baduy (hanjuang) isi 10", "pak", 25000, 1000, 5)]),
    ("BL16", "Tenun Baduy Kanekes", "mikro", "36.02", "", True, "fesyen", [
        ("tenun-baduy", "Kain Tenun Baduy Motif Adu Mancung 2 m", "lembar", 350000, 100, 14),
        ("selendang-tenun", "Selendang Tenun Baduy", "pcs", 150000, 200, 10)]),
    ("BS17", "Gerabah Bumi Jaya Bumijaya", "mikro", "36.04", "", True, "kerajinan", [
        ("pot-gerabah", "Pot Tanah Liat Gerabah diameter 30 cm", "pcs", 35000, 2000, 7),
        ("guci-gerabah", "Guci Gerabah Hias tinggi 60 cm", "pcs", 275000, 150, 14)]),
    ("BL18", "Mebel Mahoni Rangkasbitung", "kecil", "36.02", "svlk", True, "furnitur", [
        ("lemari-arsip-kayu", "Lemari Arsip Kayu Mahoni 2 pintu kaca", "unit", 3200000, 20, 21),
        ("meja-rapat-kayu", "Meja Rapat Oval Kayu Mahoni 10 orang", "unit", 8500000, 6, 30),
        ("kursi-kayu-rapat", "Kursi Rapat Kayu Mahoni jok busa", "unit", 850000, 80, 21)]),
    ("BC19", "Bengkel Las Stainless Ciwandan", "kecil", "36.72", "sni", True, "logam", [
        ("meja-stainless", "Meja Kerja Stainless Steel 150x75 cm", "unit", 3800000, 20, 14),
        ("rak-besi-siku", "Rak Besi Siku Lubang 5 susun", "unit", 650000, 100, 7),
        ("troli-stainless", "Troli Keranjang Ikan Stainless", "unit", 2200000, 15, 14)]),
    ("BP20", "Kopi Rempah Mandalawangi", "mikro", "36.01", "halal;pirt", True, "minuman", [
        ("kopi-robusta-bubuk", "Kopi Robusta Pandeglang bubuk 200 gr", "bungkus", 30000, 1500, 5),
        ("wedang-jahe", "Wedang Jahe Sereh Instan 10 sachet", "pak", 22000, 2000, 5),
        ("teh-kelor", "Teh Daun Kelor celup isi 20", "box", 28000, 1000, 5)]),
    ("BT22", "UMKM Herbal Sehat Balaraja", "mikro", "36.03", "pirt", True, "herbal", [
        ("temulawak-instan", "Serbuk Temulawak Instan 200 gr", "bungkus", 22000, 2000, 5),
        ("jahe-instan", "Jahe Merah Instan Serbuk 250 gr", "bungkus", 24000, 2000, 5)]),
    ("BT23", "Kosmetik Alami Pamulang", "kecil", "36.74", "bpom;halal", True, "kosmetik", [
        ("lulur", "Lulur Mandi Bengkoang 200 gr", "pot", 35000, 2000, 5),
        ("hand-sanitizer", "Hand Sanitizer Gel 500 ml", "botol", 30000, 3000, 3),
        ("sabun-cuci-tangan", "Sabun Cuci Tangan Cair jerigen 5 liter", "jerigen", 85000, 800, 5)]),
    ("BT24", "Perak Cisadane", "mikro", "36.71", "", True, "perhiasan", [
        ("bros-perak", "Bros Perak Motif Badak Bercula Satu", "pcs", 275000, 200, 10),
        ("kalung-mutiara", "Kalung Mutiara Air Tawar", "pcs", 350000, 100, 10)]),
    ("BS25", "Banten Offset", "kecil", "36.73", "", True, "percetakan", [
        ("piagam", "Cetak Piagam Sertifikat Art Carton 260 gr", "lembar", 3500, 20000, 3),
        ("map-snelhecter", "Map Snelhecter Plastik Folio", "pcs", 3500, 20000, 3),
        ("stiker-label", "Stiker Label Kemasan Vinyl", "lembar", 800, 50000, 3),
        ("agenda", "Buku Agenda Kulit Sintetis Logo Instansi", "pcs", 55000, 1000, 10)]),
    ("BC27", "Kemasan Perikanan Cilegon", "mikro", "36.72", "", True, "lainnya", [
        ("styrofoam-box", "Box Styrofoam Ikan 60 x 40 cm", "pcs", 45000, 2000, 3),
        ("plastik-benih", "Plastik Packing Benih Ikan 40x60 isi 100", "pak", 55000, 1000, 3)]),
    ("BC28", "PT Jaring Nusantara Cilegon", "besar", "36.72", "sni;iso-9001", True, "pertanian", [
        ("jaring-keramba", "Jaring Keramba Apung Knotless 3x3x3 m", "unit", 1100000, 2000, 7),
        ("jaring-insang", "Gill Net Multifilamen 100 m", "unit", 700000, 3000, 7)]),
    ("BP29", "Bibit Buah Cibaliung", "mikro", "36.01", "", True, "pertanian", [
        ("bibit-durian-musangking", "Bibit Durian Musangking Kaki Tiga", "batang", 120000, 300, 10),
        ("bibit-kelapa-genjah", "Bibit Kelapa Genjah Entok", "batang", 35000, 2000, 10)]),
    ("BL30", "Gula Aren Cibeber", "mikro", "36.02", "halal;pirt", True, "makanan", [
        ("gula-semut", "Gula Aren Semut Organik 500 gr", "bungkus", 35000, 2000, 5),
        ("gula-aren-cetak", "Gula Aren Cetak 1 kg", "kg", 30000, 3000, 5)]),
    ("BC32", "Kue Basah Bu Enok", "mikro", "36.72", "halal;pirt", True, "makanan", [
        ("kue-basah", "Jojorong dan Kue Basah Khas Banten per pcs", "pcs", 2500, 3000, 1),
        ("kue-satu", "Kue Satu Kacang Hijau 250 gr", "bungkus", 20000, 1000, 3)]),
    ("BT33", "Ikan Hias Cipondoh", "mikro", "36.71", "", True, "pertanian", [
        ("ikan-koi", "Ikan Koi Lokal 10-12 cm", "ekor", 25000, 2000, 3),
        ("ikan-cupang", "Ikan Cupang Halfmoon jantan", "ekor", 30000, 800, 3)]),
    ("BC34", "Safety Marine Merak", "mikro", "36.72", "", True, "lainnya", [
        ("life-jacket", "Life Jacket Pelampung Kerja Busa Standar", "pcs", 175000, 400, 7),
        ("terpal", "Terpal Plastik A5 ukuran 4x6 m", "lembar", 120000, 1000, 3)]),
    # ---------------- Jawa Barat 32.xx ----------------
    ("JK01", "Pembenihan Ikan Jatisari", "mikro", "32.15", "", True, "pertanian", [
        ("benih-nila-nirwana", "Benih Nila Nirwana 5-7 cm", "ekor", 400, 200000, 3),
        ("benih-patin", "Benih Patin 2 inch", "ekor", 300, 150000, 3)]),
    ("JS02", "Pakan Ikan Mandiri Subang", "kecil", "32.13", "sni", True, "pertanian", [
        ("pakan-ikan-tenggelam", "Pakan Ikan Tenggelam (sinking) sak 30 kg", "sak", 300000, 600, 5),
        ("pakan-ikan-apung", "Pelet Ikan Apung 781-2 sak 30 kg", "sak", 335000, 1000, 5)]),
    ("JP03", "Pandai Besi Cibatu", "mikro", "32.14", "", True, "logam", [
        ("cangkul", "Pacul Baja Cibatu tanpa gagang", "pcs", 70000, 800, 5),
        ("garpu-tanah", "Garpu Tanah Garu Baja 4 gigi", "pcs", 75000, 500, 5),
        ("kored", "Kored Rumput Baja", "pcs", 30000, 1500, 5)]),
    ("JC04", "Rotan Tegalwangi", "kecil", "32.09", "svlk", True, "furnitur", [
        ("kursi-rotan", "Kursi Teras Rotan Sintetis", "unit", 650000, 100, 14),
        ("meja-rotan", "Meja Bundar Rotan kaca 60 cm", "unit", 750000, 60, 14)]),
    ("JT05", "Anyaman Mendong Rajapolah", "mikro", "32.06", "", True, "kerajinan", [
        ("tas-mendong", "Tas Anyaman Mendong Motif", "pcs", 65000, 1500, 7),
        ("topi-pandan", "Topi Anyaman Pandan Pantai", "pcs", 40000, 1000, 7),
        ("tudung-saji", "Tudung Saji Bambu", "pcs", 45000, 800, 7)]),
    ("JT07", "Bordir Kawalu", "kecil", "32.78", "", True, "fesyen", [
        ("mukena-bordir", "Mukena Bordir Tasik Katun Rayon", "pcs", 275000, 500, 10),
        ("jilbab-bordir", "Kerudung Segi Empat Bordir", "pcs", 85000, 1500, 7)]),
    ("JG08", "Dodol Picnic Garut", "kecil", "32.05", "halal;pirt", True, "makanan", [
        ("dodol", "Dodol Garut Aneka Rasa 500 gr", "kotak", 30000, 3000, 3)]),
    ("JB09", "Teh Rakyat Pasirjambu", "mikro", "32.04", "halal;pirt", True, "minuman", [
        ("teh-hijau", "Teh Hijau Daun Kering 100 gr", "bungkus", 25000, 1500, 5),
        ("teh-celup-hitam", "Teh Celup Hitam isi 25", "box", 12000, 4000, 3)]),
    ("JB10", "Percetakan Ciomas Bogor", "kecil", "32.01", "", True, "percetakan", [
        ("buku-juknis", "Cetak Buku Petunjuk Teknis A5 80 hlm", "eks", 25000, 3000, 10),
        ("map-folder", "Map Folder Logo Instansi Art Carton", "pcs", 6500, 10000, 7)]),
    ("JB11", "PT Meubel Prima Cikarang", "besar", "32.16", "svlk;iso-9001", True, "furnitur", [
        ("kursi-kerja-ergonomis", "Kursi Kerja Ergonomis Sandaran Jaring", "unit", 1250000, 500, 7),
        ("lemari-arsip-besi", "Lemari Arsip Besi 4 laci", "unit", 2900000, 300, 7)]),
    ("JK12", "Alat Pertanian Klari", "mikro", "32.15", "", True, "lainnya", [
        ("sprayer-manual", "Knapsack Sprayer Manual 16 liter", "unit", 265000, 300, 5),
        ("karung-goni", "Karung Goni Bekas Kopi 60x100", "pcs", 9000, 5000, 3)]),
    ("JB13", "Koperasi Perajin Logam Cisaat", "koperasi", "32.02", "", True, "logam", [
        ("jangkar", "Jangkar Perahu Besi Cor 10 kg", "pcs", 325000, 100, 10)]),
]

CATEGORY = {s[0]: s[6] for s in SUPPLIERS}

"""Hand-written suppliers and products of relevance-blind13 (fictional). Each product carries the labeller's kind tag.

A supplier key's first letter gives its category; kinds never reach the CSVs.
"""

CATEGORY = {"M": "makanan", "N": "minuman", "J": "jasa-boga", "F": "fesyen", "K": "kerajinan", "P": "perhiasan",
            "U": "furnitur", "H": "herbal", "S": "kosmetik", "L": "logam", "C": "percetakan", "T": "pertanian",
            "X": "lainnya"}

# kinds that must be made in the delivery month near the buyer
PERISHABLE = {"nasi-kotak", "snack-box", "prasmanan", "nasi-liwet", "tumpeng", "jamu-segar", "otak-otak-segar",
              "ikan-konsumsi", "sayur-segar"}

# key, name, scale, region, certificates, active, [(kind, product name, unit, price, capacity/month, lead days)]
SUPPLIERS = [
    # makanan
    ("MA", "UD Kerupuk Ikan Hj. Enah", "mikro", "36.04", "pirt;halal", True, [
        ("kerupuk-ikan", "Kerupuk Ikan Tenggiri mentah 500gr", "pcs", 28000, 900, 4),
        ("kerupuk-kulit", "Krupuk kulit sapi (rambak) 250 gr", "pcs", 32000, 300, 4)]),
    ("MB", "Otak-Otak Bandeng Bu Rohmah", "mikro", "36.73", "pirt", True, [
        ("otak-otak-bandeng", "Otak-otak bandeng frozen isi 10", "pack", 45000, 600, 3),
        ("sate-bandeng", "Sate Bandeng khas Banten", "ekor", 65000, 400, 3)]),
    ("MC", "Kelompok Wanita Tani Sekar Melati", "koperasi", "18.10", "pirt;halal", True, [
        ("keripik-pisang", "Keripik Pisang Kepok rasa coklat 250g", "pcs", 18000, 2000, 5),
        ("keripik-pisang", "Kripik pisang manis gurih", "kg", 60000, 500, 5),
        ("sale-pisang", "Sale pisang goreng Pringsewu", "pcs", 20000, 800, 5)]),
    ("MD", "CV Sambal Cobek Mak Ijah", "kecil", "36.71", "pirt;halal;bpom", True, [
        ("sambal-botol", "Sambal Bawang Botol 200 ml", "botol", 25000, 3000, 4),
        ("sambal-botol", "Sambel Cumi Pedas jar 150gr", "botol", 38000, 1500, 4),
        ("bumbu-instan", "Bumbu Rendang instan sachet", "pcs", 9000, 5000, 4)]),
    ("ME", "Dodol Durian Rasa Lampung", "mikro", "18.06", "pirt", True, [
        ("dodol", "Dodol Durian kotak 400 g", "kotak", 40000, 700, 5),
        ("lempok", "Lempok durian gulung", "pcs", 35000, 400, 5)]),
    ("MF", "Emping & Kue Kering Ceu Popon", "mikro", "36.01", "pirt;halal", True, [
        ("emping", "Emping melinjo asli Pandeglang 1 kg", "kg", 110000, 300, 5),
        ("kue-kering", "Nastar Nanas toples 500gr", "toples", 85000, 500, 7),
        ("kue-kering", "Kastengel keju toples 500 gr", "toples", 95000, 400, 7)]),
    ("MG", "Abon & Dendeng Sapi Barokah", "kecil", "32.16", "pirt;halal", True, [
        ("abon-sapi", "Abon Sapi Original 250 gram", "pcs", 55000, 900, 5),
        ("dendeng", "Dendeng Balado kering 200g", "pcs", 60000, 500, 5)]),
    ("MH", "Keju & Yoghurt Susu Kambing Etawa Lebak", "mikro", "36.02", "pirt-expired", True, [
        ("yoghurt", "Yoghurt susu kambing etawa 250 ml", "botol", 18000, 1200, 3),
        ("susu-bubuk-kambing", "Susu kambing etawa bubuk 200gr", "pcs", 75000, 600, 5)]),
    # minuman
    ("NA", "Kopi Robusta Tanggamus Sumber Jaya", "kecil", "18.06", "pirt;halal", True, [
        ("kopi-robusta-bubuk", "Kopi Bubuk Robusta Tanggamus 250 gr", "pcs", 45000, 3000, 5),
        ("kopi-robusta-biji", "Biji Kopi Robusta Roasted 1 kg", "kg", 150000, 800, 6),
        ("kopi-luwak", "Kopi Luwak Lampung liar 100gr", "pcs", 250000, 100, 7)]),
    ("NB", "Kedai Cokelat Pesawaran", "mikro", "18.09", "pirt", True, [
        ("cokelat-bubuk", "Cokelat bubuk murni kakao 200g", "pcs", 48000, 700, 5),
        ("cokelat-batang", "Dark Chocolate bar 70% kakao", "pcs", 35000, 900, 5)]),
    ("NC", "Wedang Jahe Merah Cap Dua Putri", "mikro", "36.03", "pirt;halal", True, [
        ("wedang-jahe", "Jahe merah instan serbuk 250gr", "pcs", 30000, 2000, 4),
        ("sirup-pala", "Sirup Pala botol 600 ml", "botol", 35000, 600, 4)]),
    ("ND", "PT Tirta Baduy Mandiri", "menengah", "36.02", "halal;bpom;sni", True, [
        ("amdk-gelas", "Air minum dalam kemasan gelas 220ml (dus isi 48)", "dus", 24000, 20000, 3),
        ("amdk-botol", "AMDK botol 600ml dus isi 24", "dus", 45000, 15000, 3)]),
    # jasa-boga
    ("JA", "Catering Dapur Bu Ani", "mikro", "36.73", "halal", True, [
        ("nasi-kotak", "Nasi Kotak ayam bakar + sayur + buah", "kotak", 35000, 1500, 2),
        ("snack-box", "Snack box isi 3 kue + air mineral", "kotak", 15000, 2500, 1)]),
    ("JB", "Griya Boga Cilegon", "kecil", "36.72", "halal", True, [
        ("prasmanan", "Prasmanan menu nusantara min 100 pax", "pax", 65000, 3000, 5),
        ("nasi-kotak", "Nasi box Rames komplit", "kotak", 30000, 2000, 2)]),
    ("JC", "Rumah Makan Sunda Saung Liwet", "mikro", "32.16", "halal", True, [
        ("nasi-liwet", "Nasi liwet komplit porsi", "porsi", 40000, 800, 2),
        ("tumpeng", "Tumpeng nasi kuning 30 orang", "paket", 1250000, 20, 3)]),
    ("JD", "Katering Berkah Metro", "mikro", "18.72", "halal", True, [
        ("nasi-kotak", "Nasi kotak lauk ayam goreng", "kotak", 28000, 700, 2),
        ("snack-box", "Kue kotak (snack) isi 4", "kotak", 14000, 1200, 1)]),
    ("JE", "Boga Jaya Jakarta", "kecil", "31.71", "halal", True, [
        ("nasi-kotak", "Nasi kotak premium daging rendang", "kotak", 55000, 3000, 2),
        ("coffee-break", "Coffee break (kopi, teh, 2 kue)", "pax", 30000, 4000, 2)]),
    # fesyen
    ("FA", "Konveksi Seragam Putra Banten", "kecil", "36.03", "", True, [
        ("pdh", "Kemeja PDH lengan panjang bahan American drill", "pcs", 165000, 1500, 21),
        ("seragam-sekolah", "Seragam Sekolah SD putih merah 1 stel", "stel", 120000, 2000, 21),
        ("kaos-sablon", "Kaos sablon custom cotton combed 30s", "pcs", 55000, 5000, 10)]),
    ("FB", "Batik Krakatoa Cilegon", "mikro", "36.72", "batikmark", True, [
        ("batik-tulis", "Kain Batik Tulis motif Krakatau 2 m", "lembar", 750000, 40, 30),
        ("batik-cap", "Kain batik cap motif Banten 2m", "lembar", 200000, 300, 14),
        ("kemeja-batik", "Kemeja Batik cap pria lengan pendek", "pcs", 185000, 400, 14)]),
    ("FC", "Tapis Gading Tenun Lampung", "mikro", "18.07", "", True, [
        ("tapis", "Kain Tapis Lampung benang emas", "lembar", 1500000, 20, 45),
        ("tapis-souvenir", "Dompet motif tapis", "pcs", 65000, 500, 10)]),
    ("FD", "Sandal & Sepatu Kulit Cibaduyut Bekasi", "kecil", "32.75", "", True, [
        ("sepatu-pdh", "Sepatu PDH kulit sapi hitam pantofel", "pasang", 350000, 300, 20),
        ("sandal-hotel", "Sandal hotel spons putih", "pasang", 6000, 10000, 7)]),
    ("FE", "Konveksi Mukena Barokah Karawang", "mikro", "32.15", "", True, [
        ("mukena", "Mukena katun Rayon dewasa + tas", "pcs", 145000, 600, 14),
        ("sajadah", "Sajadah travel lipat", "pcs", 45000, 900, 10),
        ("peci", "Peci hitam beludru No. 7", "pcs", 35000, 1200, 7)]),
    ("FF", "Tas Kulit Domba Pringsewu", "mikro", "18.10", "", True, [
        ("dompet-kulit", "Dompet kulit asli pria", "pcs", 150000, 200, 14),
        ("tas-seminar", "Tas seminar resleting bahan dinier", "pcs", 35000, 3000, 10)]),
    # kerajinan
    ("KA", "Anyaman Pandan Mekar Lebak", "koperasi", "36.02", "", True, [
        ("tas-pandan", "Tas anyaman pandan motif etnik", "pcs", 85000, 400, 14),
        ("tikar-pandan", "Tikar pandan 2x3 m", "lembar", 250000, 60, 21)]),
    ("KB", "Gerabah Bumijaya Ciruas", "mikro", "36.04", "", True, [
        ("gerabah-vas", "Vas bunga gerabah tanah liat 30 cm", "pcs", 75000, 300, 14),
        ("gerabah-kendi", "Kendi gerabah mini souvenir", "pcs", 15000, 1500, 10),
        ("celengan-gerabah", "Celengan tanah liat bentuk ayam", "pcs", 20000, 800, 10)]),
    ("KC", "Bambu Kreatif Karawang", "mikro", "32.15", "", True, [
        ("anyaman-bambu", "Besek bambu 20x20", "pcs", 7000, 5000, 7),
        ("tempat-tisu-bambu", "Tempat tisu bambu ukir nama instansi", "pcs", 60000, 500, 14)]),
    ("KD", "Souvenir Akrilik Kota Serang", "mikro", "36.73", "", True, [
        ("plakat-akrilik", "Plakat akrilik custom 20x25 cm + box", "pcs", 175000, 300, 7),
        ("gantungan-akrilik", "Gantungan kunci akrilik printing 2 sisi", "pcs", 5000, 10000, 7)]),
    ("KE", "Ukiran Kayu Jepara Tigaraksa", "kecil", "36.03", "svlk", True, [
        ("plakat-kayu", "Plakat kayu jati ukir logo 30x40", "pcs", 350000, 100, 14),
        ("miniatur-kayu", "Miniatur Rumah Adat Baduy kayu", "pcs", 275000, 80, 21)]),
    ("KF", "Mainan Edukatif Kayu Bogor", "kecil", "32.01", "sni", True, [
        ("ape-kayu", "Puzzle kayu huruf & angka APE PAUD", "set", 85000, 800, 10),
        ("ape-kayu", "Balok susun kayu edukasi 50 pcs", "set", 150000, 500, 10)]),
    # perhiasan
    ("PA", "Perak Bakar Kota Bekasi", "mikro", "32.75", "", True, [
        ("bros-perak", "Bros Perak 925 motif siger", "pcs", 250000, 150, 14),
        ("cincin-perak", "Cincin perak batu akik", "pcs", 180000, 200, 10)]),
    ("PB", "Kriya Mutiara Teluk Lampung", "mikro", "18.71", "", True, [
        ("kalung-mutiara", "Kalung mutiara air tawar", "pcs", 300000, 100, 14),
        ("gelang-manik", "Gelang manik-manik etnik Lampung", "pcs", 25000, 2000, 7)]),
    ("PC", "Aksesoris Pin Logam Tangerang", "kecil", "36.71", "", True, [
        ("pin-enamel", "Pin / lencana enamel custom logo dinas", "pcs", 15000, 10000, 10),
        ("bros-imitasi", "Bros hijab imitasi mutiara", "pcs", 12000, 5000, 7)]),
    # furnitur
    ("UA", "Mebel Sekolah Jaya Serang", "kecil", "36.73", "", True, [
        ("meja-kursi-siswa", "Meja + kursi siswa SD kayu (1 set)", "set", 650000, 400, 21),
        ("papan-tulis", "Papan tulis whiteboard 120x240 kaki", "unit", 900000, 80, 14)]),
    ("UB", "Rotan Citra Cirebon Cabang Kab Tangerang", "mikro", "36.03", "", True, [
        ("kursi-rotan", "Kursi rotan teras sintetis", "pcs", 850000, 60, 21),
        ("meja-rotan", "Set sofa rotan 1 meja 4 kursi", "set", 4500000, 10, 30)]),
    ("UC", "CV Besi Kayu Furnindo", "kecil", "32.16", "svlk", True, [
        ("lemari-arsip", "Lemari arsip kayu 4 pintu", "unit", 2750000, 40, 21),
        ("meja-kantor", "Meja kerja kantor 1/2 biro", "unit", 1350000, 80, 14),
        ("kursi-lipat", "Kursi lipat kain Chitose-style", "pcs", 285000, 500, 14)]),
    ("UD", "Mebel Jati Metro", "mikro", "18.72", "", True, [
        ("rak-buku", "Rak buku kayu 5 susun", "unit", 950000, 40, 21),
        ("meja-kursi-siswa", "Bangku sekolah kayu 2 orang + meja", "set", 900000, 150, 21)]),
    ("UE", "PT Furnitur Raya Nusantara", "besar", "32.16", "iso-9001", True, [
        ("meja-kursi-siswa", "Meja kursi siswa besi+kayu 1 set", "set", 550000, 5000, 14),
        ("lemari-arsip", "Filing cabinet besi 4 laci", "unit", 2300000, 500, 10)]),
    # herbal
    ("HA", "Jamu Gendong Mbok Sri Bekasi", "mikro", "32.16", "pirt", True, [
        ("jamu-segar", "Jamu kunyit asam segar botol 250 ml", "botol", 8000, 1500, 1),
        ("jamu-segar", "Beras kencur segar 250ml", "botol", 8000, 1200, 1)]),
    ("HB", "Toga Sehat Pandeglang", "koperasi", "36.01", "pirt;halal", True, [
        ("jahe-instan", "Serbuk jahe instan toga 200gr", "pcs", 28000, 2000, 5),
        ("kunyit-instan", "Kunir asem bubuk instan", "pcs", 26000, 1500, 5),
        ("bibit-toga", "Paket bibit tanaman obat (jahe, kunyit, sereh, kencur)", "paket", 50000, 600, 7)]),
    ("HC", "Madu Hutan Way Kambas", "mikro", "18.07", "pirt", True, [
        ("madu-hutan", "Madu hutan murni 500 gr", "botol", 120000, 500, 5),
        ("madu-hutan", "MADU HUTAN LIAR ASLI 1 KG", "botol", 220000, 250, 5)]),
    ("HD", "Herbal Sehati Kota Tangerang", "kecil", "36.71", "bpom;halal", True, [
        ("minyak-kayu-putih", "Minyak kayu putih 60 ml", "botol", 30000, 3000, 5),
        ("kapsul-kelor", "Kapsul daun kelor isi 60", "botol", 55000, 1000, 5)]),
    # kosmetik
    ("SA", "Sabun Herbal Sekar Sari", "mikro", "36.73", "bpom", True, [
        ("sabun-batang", "Sabun mandi batang natural sereh 100g", "pcs", 15000, 3000, 7),
        ("lilin-aromaterapi", "Lilin aromaterapi gelas lavender", "pcs", 45000, 600, 7)]),
    ("SB", "Sabun Cair Berkah Lampung", "koperasi", "18.01", "", True, [
        ("sabun-cuci-tangan", "Sabun cuci tangan cair 5 liter jerigen", "jerigen", 65000, 800, 5),
        ("pembersih-lantai", "Pembersih lantai wangi 5 L", "jerigen", 55000, 800, 5)]),
    ("SC", "VCO & Minyak Zaitun Karawang", "mikro", "32.15", "bpom", True, [
        ("vco", "Virgin coconut oil (VCO) 250 ml", "botol", 45000, 900, 5),
        ("lulur", "Lulur mandi rempah 200 g", "pcs", 35000, 800, 5)]),
    # logam
    ("LA", "Pandai Besi Ki Sarman Ciomas", "mikro", "36.04", "", True, [
        ("golok", "Golok Ciomas sarung kayu", "pcs", 450000, 60, 21),
        ("arit", "Arit / sabit rumput baja per", "pcs", 75000, 400, 10),
        ("cangkul", "Cangkul baja 2 kg gagang kayu", "pcs", 110000, 500, 10)]),
    ("LB", "Bengkel Las Teralis Makmur", "mikro", "18.10", "", True, [
        ("teralis", "Teralis jendela besi hollow per m2", "m2", 450000, 200, 14),
        ("pagar-besi", "Pagar besi minimalis per meter", "meter", 650000, 150, 21)]),
    ("LC", "Alat Dapur Aluminium Tangerang", "kecil", "36.03", "sni", True, [
        ("dandang", "Dandang aluminium 40 cm", "pcs", 350000, 300, 10),
        ("panci", "Panci aluminium set 5 pcs", "set", 280000, 500, 10),
        ("wajan", "Wajan penggorengan besi 36cm", "pcs", 95000, 700, 7)]),
    # percetakan
    ("CA", "Percetakan Sinar Grafika Serang", "kecil", "36.73", "", True, [
        ("kalender", "Kalender dinding 2027 6 lembar custom", "pcs", 25000, 5000, 10),
        ("map-logo", "Map folder logo instansi laminasi", "pcs", 6000, 10000, 7),
        ("spanduk", "Spanduk / banner flexi 280 gr per m2", "m2", 25000, 3000, 2)]),
    ("CB", "Toko ATK Sumber Rejeki Bekasi", "kecil", "32.16", "", True, [
        ("kertas-a4", "Kertas HVS A4 70 gram 1 rim", "rim", 48000, 8000, 3),
        ("pulpen", "Pulpen gel hitam 0.5 isi 12", "pak", 24000, 5000, 3),
        ("map-plastik", "Map plastik snapfile isi 12", "pak", 18000, 6000, 3)]),
    ("CC", "Sablon & Digital Printing Metro", "mikro", "18.72", "", True, [
        ("id-card", "ID card PVC + tali lanyard printing", "pcs", 12000, 5000, 5),
        ("stiker", "Stiker vinyl cutting logo per lembar A3", "lembar", 15000, 3000, 3)]),
    ("CD", "Kemasan Dus UMKM Cikarang", "mikro", "32.16", "", True, [
        ("dus-kemasan", "Box kemasan makanan kraft 20x20 sablon", "pcs", 3500, 20000, 7),
        ("paper-bag", "Paper bag kraft custom logo uk 25x30", "pcs", 4500, 15000, 7)]),
    # pertanian
    ("TA", "Pembenihan Ikan Sido Mulyo", "kecil", "18.72", "", True, [
        ("benih-lele", "Bibit lele sangkuriang 5-7 cm", "ekor", 250, 200000, 5),
        ("benih-nila", "Benih ikan nila merah 5-7 cm", "ekor", 400, 100000, 5),
        ("pakan-ikan", "Pelet pakan ikan apung 30 kg", "sak", 380000, 300, 5)]),
    ("TB", "Kebun Bibit Pandeglang Hijau", "mikro", "36.01", "", True, [
        ("bibit-durian", "Bibit durian montong okulasi 60cm", "batang", 45000, 2000, 7),
        ("bibit-alpukat", "Bibit alpukat miki sambung pucuk", "batang", 40000, 2000, 7),
        ("bibit-cabai", "Bibit cabe rawit polybag siap tanam", "polybag", 1500, 30000, 5)]),
    ("TC", "Koi & Ikan Hias Bekasi Aquatic", "mikro", "32.16", "", True, [
        ("ikan-koi", "Ikan koi kohaku 15-20cm", "ekor", 85000, 500, 5),
        ("ikan-cupang", "Ikan cupang halfmoon jantan", "ekor", 35000, 800, 5)]),
    ("TD", "Tanaman Hias Serpong Asri", "mikro", "36.74", "", True, [
        ("tanaman-hias", "Tanaman hias monstera pot 30cm", "pot", 125000, 300, 5),
        ("tanaman-hias", "Sansevieria (lidah mertua) pot tanah liat", "pot", 55000, 800, 5)]),
    ("TE", "Poktan Sayur Segar Lembang Bogor", "koperasi", "32.01", "", True, [
        ("sayur-segar", "Sayur selada hidroponik segar", "kg", 35000, 600, 1),
        ("telur-ayam", "Telur ayam negeri", "kg", 28000, 3000, 2)]),
    ("TF", "Pupuk Organik Tani Makmur Lampung Timur", "koperasi", "18.07", "sni", True, [
        ("pupuk-organik", "Pupuk kompos organik granul 40 kg", "sak", 60000, 3000, 7),
        ("pupuk-kandang", "Pupuk kandang kambing 25 kg", "sak", 25000, 2000, 5)]),
    # lainnya
    ("XA", "Koperasi Kebersihan Mandiri Karawang", "koperasi", "32.15", "", True, [
        ("sapu-ijuk", "Sapu ijuk gagang kayu", "pcs", 30000, 2000, 5),
        ("sapu-lidi", "Sapu lidi gagang panjang", "pcs", 15000, 3000, 5),
        ("alat-pel", "Alat pel lantai + ember peras", "set", 120000, 500, 7)]),
    ("XB", "Kain Lap & Keset Tangerang", "mikro", "36.71", "", True, [
        ("keset", "Keset kaki kain perca", "pcs", 12000, 4000, 5),
        ("serbet", "Serbet / lap dapur katun", "lusin", 45000, 1500, 5),
        ("sprei", "Sprei katun motif ukuran 160x200", "set", 165000, 300, 10)]),
    ("XC", "Alat Peraga Sekolah Kreasi Guru Metro", "mikro", "18.72", "", True, [
        ("globe", "Globe bola dunia 30 cm", "pcs", 185000, 200, 10),
        ("kit-ipa", "Kit alat peraga IPA SD", "set", 1500000, 60, 21)]),
    ("XD", "Usaha Bersama Perlengkapan Ibadah Serang", "mikro", "36.04", "", True, [
        ("tasbih", "Tasbih kayu kokka 33 butir", "pcs", 25000, 1500, 7),
        ("al-quran-stand", "Rekal / rehal Quran kayu lipat", "pcs", 40000, 800, 7)]),
    ("XE", "Toko Kebersihan Lama Tutup", "mikro", "36.73", "", False, [
        ("sapu-nilon", "Sapu nilon lantai", "pcs", 25000, 2000, 3)]),
]

"""Hand-written needs for relevance-blind87: SiRUP-style packages of three kabupaten (Pandeglang 36.01,
Lebak 36.02, Lampung Selatan 18.01).

NEEDS: (category, opd_code, description, quantity, unit, budget, region, needed_by, certificates, kinds, note)
kinds: the kinds an officer accepts; empty when nobody offers the thing; `?kind` marks a kind that exists but
must be infeasible here (besar, inactive, capacity, lead time, certificate, budget, province) - build.py
checks that none of it qualifies in the need's province.
"""

UNITS = {
    "DINKES": "Dinas Kesehatan", "DISDIK": "Dinas Pendidikan dan Kebudayaan", "SETDPRD": "Sekretariat DPRD",
    "RSUD": "Rumah Sakit Umum Daerah", "DISTAN": "Dinas Pertanian", "DKP": "Dinas Kelautan dan Perikanan",
    "KECLBN": "Kecamatan Labuan", "KECCMK": "Kecamatan Cimanuk", "KECRKB": "Kecamatan Rangkasbitung",
    "KECCBR": "Kecamatan Cibeber", "KECKLD": "Kecamatan Kalianda", "PKMLBN": "UPT Puskesmas Labuan",
    "PKMCMK": "UPT Puskesmas Cimanuk", "PKMWRG": "UPT Puskesmas Warunggunung", "PKMKLD": "UPT Puskesmas Kalianda",
    "PKMNTR": "UPT Puskesmas Natar",
}

J = "Belanja Makanan dan Minuman Jamuan Tamu - "
R = "Belanja Makanan dan Minuman Rapat - "
H = "Belanja Hadiah yang Bersifat Barang - "
C = "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak - "
K = "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat/Bahan Kebersihan - "
P = "Belanja Bahan-Bahan Pertanian - "
M = "Belanja Modal Peralatan dan Mesin - Pengadaan Meubelair "

NEEDS = [
    # ---- makanan
    ("makanan", "3601.SETDPRD", J + "Emping Melinjo Khas Pandeglang untuk Oleh-oleh Tamu Kunjungan Kerja DPRD", 60, "kg", 7200000, "36.01", "2026-03-16", "halal", ["emping-melinjo", "emping-pedas"], "emping melinjo, any flavour"),
    ("makanan", "3601.KECLBN", R + "Kue Basah Rapat Minggon Kecamatan Labuan", 300, "pcs", 1050000, "36.01", "2026-02-20", "", ["kue-basah"], "kue basah; none in Pandeglang, so Lebak (same province)"),
    ("makanan", "1801.SETDPRD", J + "Keripik Pisang Khas Lampung Paket Tamu Pimpinan DPRD", 200, "pcs", 7000000, "18.01", "2026-04-30", "halal", ["keripik-pisang"], "keripik pisang, any flavour"),
    ("makanan", "3601.PKMCMK", "Belanja Makanan dan Minuman pada Fasilitas Pelayanan Urusan Kesehatan - Makanan Tambahan Roti Manis Penyuluhan Posyandu Balita", 1000, "pcs", 5000000, "36.01", "2026-02-28", "halal", ["roti-manis"], "roti manis, not roti tawar"),
    ("makanan", "3602.SETDPRD", J + "Gula Semut Aren Khas Lebak Bingkisan Tamu", 150, "pcs", 6500000, "36.02", "", "", ["gula-semut"], "gula semut, not gula aren cetak"),
    ("makanan", "3602.SETDPRD", J + "Kue Kering Nastar Idul Fitri 1447 H", 100, "toples", 12000000, "36.02", "2026-03-10", "", ["?kue-kering"], "nastar only from a besar maker"),
    ("makanan", "3601.KECCMK", "Rengginang ketan oleh2 tamu kecamatan", 20, "kg", 1200000, "36.01", "", "", ["?rengginang"], "the only rengginang maker is inactive"),
    ("makanan", "1801.DINKES", J + "Keripik Singkong Balado", 100, "pcs", 3000000, "18.01", "", "", [], "keripik singkong: nobody makes it (keripik pisang is another product)"),
    ("makanan", "1801.KECKLD", "Kerupuk kemplang panggang utk bingkisan HUT Kec. Kalianda", 100, "pcs", 3500000, "18.01", "2026-03-31", "", ["kemplang"], "kemplang, not abon"),
    # ---- minuman
    ("minuman", "1801.SETDPRD", R + "Kopi Bubuk Robusta untuk Ruang Rapat Paripurna", 100, "pcs", 4500000, "18.01", "", "", ["kopi-bubuk-robusta"], "ground robusta, not beans"),
    ("minuman", "3601.DINKES", "Kopi arabika bubuk 250 gr jamuan tamu", 50, "pcs", 3000000, "36.01", "", "", [], "arabica: nobody offers it (only robusta)"),
    ("minuman", "3602.KECRKB", R + "Air Mineral Gelas 220 ml Musrenbang Kecamatan Rangkasbitung", 100, "dus", 2600000, "36.02", "2026-02-23", "", ["amdk-gelas"], "cups, not bottles"),
    ("minuman", "3602.RSUD", "Teh hijau celup utk pantry ruang rapat RSUD", 200, "box", 4000000, "36.02", "", "", ["teh-hijau"], "green tea, not black"),
    ("minuman", "3601.SETDPRD", J + "Sirup Pala Khas Banten", 48, "botol", 1500000, "36.01", "", "", ["sirup-pala"], "sirup pala"),
    ("minuman", "1801.DISDIK", "Belanja Makanan dan Minuman pada Fasilitas Pelayanan Urusan Pendidikan - Susu Kedelai Segar Program Gizi Anak Sekolah SD", 1000, "botol", 6000000, "18.01", "2026-03-02", "", ["susu-kedelai"], "fresh soy milk (Lampung Selatan)"),
    ("minuman", "3602.DINKES", "Air mineral galon 19 liter isi ulang utk kantor", 40, "galon", 1000000, "36.02", "", "", [], "gallon refills: nobody offers them (cups and bottles only)"),
    # ---- jasa-boga
    ("jasa-boga", "3601.DINKES", R + "Nasi Kotak Rapat Koordinasi Program Imunisasi (150 orang)", 150, "kotak", 5250000, "36.01", "2026-02-25", "halal", ["nasi-kotak"], "nasi kotak in Pandeglang"),
    ("jasa-boga", "3602.DISDIK", R + "Snack Box Rapat Kepala Sekolah SD se-Kabupaten Lebak 200 orang", 200, "kotak", 2800000, "36.02", "2026-02-26", "", ["snack-box"], "snack box; none in Lebak, so Banten"),
    ("jasa-boga", "1801.DINKES", R + "Nasi Kotak Peringatan Hari Gizi Nasional", 120, "kotak", 4200000, "18.01", "2026-02-25", "halal", ["nasi-kotak"], "nasi kotak in Lampung Selatan"),
    ("jasa-boga", "3601.SETDPRD", J + "Prasmanan Rapat Paripurna Istimewa HUT Kabupaten Pandeglang", 300, "pax", 18000000, "36.01", "2026-04-01", "halal", ["prasmanan"], "prasmanan"),
    ("jasa-boga", "3602.DINKES", R + "Nasi Kotak Jambore Kader Posyandu se-Kabupaten Lebak (6.000 peserta)", 6000, "kotak", 240000000, "36.02", "2026-03-15", "", ["?nasi-kotak"], "no caterer in Banten makes 6,000 boxes a month"),
    ("jasa-boga", "1801.DISDIK", R + "Coffee Break Seminar Guru Penggerak", 150, "pax", 3750000, "18.01", "2026-03-05", "", ["?coffee-break"], "coffee break only by a Banten caterer (other province)"),
    ("jasa-boga", "1801.PKMKLD", "Snack box posyandu 300 kotak", 300, "kotak", 3600000, "18.01", "2026-02-24", "", ["snack-box"], "snack box in Lampung Selatan (Bandar Lampung maker out by the same-kabupaten rule)"),
    ("jasa-boga", "3601.DINKES", R + "Paket Coffee Break Pelatihan Kader 80 orang x 2 hari", 160, "pax", 3600000, "36.01", "2026-02-27", "", ["coffee-break"], "coffee break; none in Pandeglang, so Banten"),
    ("jasa-boga", "1801.SETDPRD", J + "Nasi Tumpeng HUT Kabupaten Lampung Selatan", 10, "unit", 7000000, "18.01", "2026-02-28", "", ["tumpeng"], "tumpeng"),
    # ---- fesyen
    ("fesyen", "3602.DISTAN", "Belanja Pakaian Dinas Lapangan (PDL) - Pengadaan PDL Penyuluh Pertanian Lapangan (PPL)", 80, "stel", 24000000, "36.02", "2026-04-30", "", ["pdl"], "PDL (the besar garment maker is out)"),
    ("fesyen", "3601.KECLBN", "Belanja Pakaian Dinas Harian (PDH) - PDH Khaki ASN Kecamatan Labuan", 40, "stel", 10000000, "36.01", "2026-05-31", "", ["pdh"], "PDH, not PDL"),
    ("fesyen", "3601.SETDPRD", "Belanja Pakaian Adat Daerah - Kain Batik Tulis Motif Daerah Cinderamata Tamu DPRD", 10, "lembar", 8000000, "36.01", "2026-04-15", "batikmark", ["batik-tulis"], "batik tulis; batik cap is not it"),
    ("fesyen", "3602.DISDIK", "Belanja Pakaian Batik Tradisional - Kain Batik Cap Khas Lebak untuk Seragam Guru", 150, "lembar", 27000000, "36.02", "2026-05-31", "", ["batik-cap"], "any kain batik cap; 'Khas Lebak' is context"),
    ("fesyen", "3601.DISDIK", "Belanja Pakaian Olahraga - Kaos Olahraga Guru SD Dry Fit", 300, "pcs", 21000000, "36.01", "2026-04-30", "", ["kaos-olahraga"], "kaos olahraga"),
    ("fesyen", "1801.DISDIK", "Bantuan seragam sekolah SD merah putih utk siswa kurang mampu", 500, "stel", 65000000, "18.01", "2026-06-30", "", ["seragam-sekolah"], "seragam SD"),
    ("fesyen", "1801.SETDPRD", H + "Kain Tapis Lampung Cinderamata Tamu Kehormatan", 5, "lembar", 7000000, "18.01", "2026-04-30", "", ["tapis"], "kain tapis, not the selendang"),
    ("fesyen", "3602.KECRKB", "Belanja Pakaian Dinas Lapangan (PDL) - Rompi Lapangan Reflektif Petugas Trantib", 50, "pcs", 6000000, "36.02", "", "", ["?rompi"], "rompi only from a besar maker"),
    ("fesyen", "3601.DISDIK", "Kain songket utk pakaian adat lomba", 20, "lembar", 20000000, "36.01", "", "", [], "songket: nobody makes it"),
    # ---- kerajinan
    ("kerajinan", "3601.KECCMK", "Besek bambu kemasan syukuran HUT Kecamatan Cimanuk", 500, "pcs", 2500000, "36.01", "2026-03-31", "", ["besek"], "besek"),
    ("kerajinan", "3601.SETDPRD", H + "Miniatur Badak Bercula Satu Cinderamata Tamu Kunjungan Kerja", 30, "pcs", 4500000, "36.01", "2026-04-15", "", ["miniatur-badak"], "miniatur badak"),
    ("kerajinan", "3601.KECLBN", H + "Tas Anyaman Pandan Hadiah Lomba Kebersihan Desa", 50, "pcs", 4500000, "36.01", "2026-04-15", "", ["tas-pandan"], "tas pandan, not tikar"),
    ("kerajinan", "3602.DISDIK", "Gantungan kunci akrilik logo Dinas Pendidikan", 1000, "pcs", 6000000, "36.02", "2026-03-31", "", ["gantungan-kunci"], "gantungan kunci"),
    ("kerajinan", "3602.KECRKB", "Tas anyaman rotan souvenir tamu", 30, "pcs", 4500000, "36.02", "", "", [], "rattan bag: nobody makes it (the pandan bag is another)"),
    ("kerajinan", "3601.DINKES", "Gentong gerabah utk tempat air wudhu Puskesmas", 10, "pcs", 1000000, "36.01", "", "", ["?gerabah"], "the gentong costs 1.8 jt for 10 (budget)"),
    ("kerajinan", "1801.DISTAN", "Caping bambu petani peserta Gerakan Tanam", 100, "pcs", 2500000, "18.01", "2026-03-31", "", ["caping"], "caping"),
    # ---- perhiasan
    ("perhiasan", "1801.SETDPRD", H + "Bros Perak Motif Siger Cinderamata Istri Tamu", 10, "pcs", 4000000, "18.01", "2026-04-15", "", ["bros-siger"], "bros siger"),
    ("perhiasan", "1801.SETDPRD", "Kalung mutiara cinderamata tamu kehormatan", 5, "pcs", 4500000, "18.01", "2026-04-15", "", ["kalung-mutiara"], "kalung mutiara, either maker"),
    ("perhiasan", "3601.DISDIK", H + "Cincin Perak 925 Ukir Nama Penghargaan Guru Berprestasi", 20, "pcs", 6000000, "36.01", "2026-05-02", "", ["cincin-perak"], "cincin perak, not the kalimaya ring"),
    ("perhiasan", "3601.SETDPRD", "Gelang emas 24 karat cinderamata", 5, "pcs", 25000000, "36.01", "", "", [], "gold bracelet: nobody makes it"),
    ("perhiasan", "1801.DINKES", "Anting mutiara giwang hadiah lomba, dibutuhkan segera", 10, "pasang", 3000000, "18.01", "2026-02-06", "", ["?anting-mutiara"], "the one maker needs 10 days; 4 left"),
    ("perhiasan", "1801.KECKLD", H + "Anting Giwang Mutiara Hadiah Lomba PKK", 10, "pasang", 3000000, "18.01", "2026-04-30", "", ["anting-mutiara"], "anting mutiara"),
    # ---- furnitur
    ("furnitur", "3602.DISDIK", M + "Meja Siswa SD Negeri 2 Cibeber", 60, "unit", 30000000, "36.02", "2026-06-30", "svlk", ["meja-siswa"], "meja siswa"),
    ("furnitur", "3602.DISDIK", M + "Kursi Siswa SD Negeri 2 Cibeber", 60, "unit", 20000000, "36.02", "2026-06-30", "", ["kursi-siswa"], "kursi siswa"),
    ("furnitur", "3601.PKMLBN", "Meja kerja kayu utk staf Puskesmas", 5, "unit", 10000000, "36.01", "2026-05-31", "", ["meja-kerja"], "any wooden office desk, 1/2 or 1 biro (the besar maker is out)"),
    ("furnitur", "3601.DINKES", M + "Lemari Arsip Kayu 2 Pintu Kaca", 3, "unit", 9000000, "36.01", "2026-05-31", "", ["lemari-arsip-kayu"], "lemari arsip kayu"),
    ("furnitur", "1801.RSUD", "Kursi tamu rotan ruang tunggu VIP", 2, "set", 10000000, "18.01", "2026-04-30", "", ["kursi-rotan"], "kursi rotan set"),
    ("furnitur", "1801.DISDIK", M + "Rak Buku Kayu Perpustakaan Sekolah", 10, "unit", 10000000, "18.01", "2026-05-31", "", ["rak-buku"], "wooden book rack, not the steel rack (logam)"),
    ("furnitur", "3602.RSUD", "Kursi kantor putar (hidrolik) staf administrasi", 20, "unit", 20000000, "36.02", "", "", ["?kursi-kantor-putar"], "swivel chair only from a besar maker"),
    ("furnitur", "1801.KECKLD", "Kursi kayu jati sandaran ruang pelayanan", 10, "unit", 7000000, "18.01", "2026-05-31", "", ["kursi-kayu"], "kursi kayu, not kursi siswa"),
    # ---- herbal
    ("herbal", "3602.DINKES", "Jamu kunyit asam senam sehat Jumat ASN Dinas Kesehatan", 200, "botol", 2000000, "36.02", "2026-02-20", "", ["jamu-kunyit-asam"], "fresh jamu kunyit asam (Lebak)"),
    ("herbal", "1801.DINKES", "Belanja Obat-obatan - Serbuk Jahe Merah Instan Ber-BPOM", 100, "pcs", 3500000, "18.01", "2026-03-31", "bpom", ["jahe-merah-instan"], "jahe merah instan, not the wedang (minuman)"),
    ("herbal", "1801.PKMNTR", "Temulawak instan untuk PMT lansia Posbindu", 100, "pcs", 3200000, "18.01", "2026-03-31", "", ["temulawak-instan"], "temulawak instan, not simplisia"),
    ("herbal", "3601.DINKES", "Belanja Bahan-Bahan Lainnya - Simplisia Kering untuk Percontohan Asuhan Mandiri TOGA", 20, "kg", 1500000, "36.01", "2026-03-31", "", ["simplisia"], "simplisia"),
    ("herbal", "3602.PKMWRG", "Madu hutan asli untuk ibu hamil KEK", 50, "botol", 7000000, "36.02", "2026-03-31", "", ["madu-hutan"], "madu hutan"),
    ("herbal", "1801.PKMKLD", "Jamu beras kencur botol untuk senam lansia", 100, "botol", 1000000, "18.01", "2026-02-20", "", ["?beras-kencur"], "fresh jamu made only in Banten (other province)"),
    ("herbal", "3601.PKMCMK", "Minyak kayu putih 60 ml untuk posyandu", 100, "botol", 3000000, "36.01", "", "", [], "minyak kayu putih: nobody makes it (minyak urut sereh is another)"),
    # ---- kosmetik
    ("kosmetik", "3602.RSUD", K + "Sabun Mandi Batang untuk Pasien Rawat Inap", 500, "pcs", 7500000, "36.02", "2026-03-31", "bpom", ["sabun-batang"], "bar soap"),
    ("kosmetik", "3601.DINKES", K + "Sabun Cuci Tangan Cair Refill 5 Liter", 20, "jerigen", 2500000, "36.01", "", "", ["sabun-cair-tangan"], "hand soap, not dish soap"),
    ("kosmetik", "1801.PKMKLD", "Hand sanitizer gel 500 ml pump", 100, "botol", 4500000, "18.01", "2026-03-31", "", ["hand-sanitizer"], "hand sanitizer"),
    ("kosmetik", "3601.RSUD", "Sabun cuci piring cair 5 liter untuk instalasi gizi", 20, "jerigen", 1500000, "36.01", "", "", ["sabun-cuci-piring"], "dish soap"),
    ("kosmetik", "3602.RSUD", K + "Sabun Cuci Piring Cair 5 Liter Ber-izin BPOM", 20, "jerigen", 1500000, "36.02", "", "bpom", ["?sabun-cuci-piring"], "the one dish-soap maker holds no bpom"),
    ("kosmetik", "1801.SETDPRD", "Lulur kopi Lampung bingkisan tamu", 50, "pcs", 2500000, "18.01", "", "", ["lulur"], "lulur"),
    # ---- logam
    ("logam", "3602.DISTAN", "Belanja Barang untuk Diserahkan kepada Masyarakat - Cangkul untuk Kelompok Tani", 100, "pcs", 11000000, "36.02", "2026-04-30", "", ["cangkul"], "cangkul"),
    ("logam", "3601.SETDPRD", "Golok Ciomas cinderamata tamu", 10, "pcs", 5500000, "36.01", "2026-04-30", "", ["golok"], "golok, not parang"),
    ("logam", "3601.DISTAN", "Arit rumput kelompok ternak", 50, "pcs", 3500000, "36.01", "2026-04-30", "", ["arit"], "arit"),
    ("logam", "1801.PKMKLD", "Belanja Modal Gedung dan Bangunan - Teralis Besi Jendela Ruang Farmasi Puskesmas", 20, "m2", 10000000, "18.01", "2026-04-30", "", ["teralis"], "teralis"),
    ("logam", "3601.DINKES", "Rak besi siku 5 susun gudang farmasi", 10, "unit", 8000000, "36.01", "2026-04-30", "", ["rak-besi"], "steel rack"),
    ("logam", "3602.DINKES", "Filing cabinet besi 4 laci", 4, "unit", 12000000, "36.02", "", "", ["?lemari-besi"], "filing cabinet only from a besar maker"),
    ("logam", "1801.DISTAN", "Parang kebun 16 inci", 50, "pcs", 5000000, "18.01", "2026-04-30", "", ["parang"], "parang, not golok"),
    # ---- percetakan
    ("percetakan", "3601.SETDPRD", C + "Buku Agenda Surat Masuk dan Surat Keluar", 50, "buku", 3000000, "36.01", "", "", ["buku-agenda"], "buku agenda"),
    ("percetakan", "3601.DISDIK", C + "Map Folder Berlogo Dinas Pendidikan", 1000, "pcs", 8000000, "36.01", "2026-03-31", "", ["map-logo"], "map berlogo"),
    ("percetakan", "1801.DINKES", C + "Spanduk Sosialisasi Pencegahan Stunting", 100, "m2", 3000000, "18.01", "2026-02-20", "", ["spanduk"], "spanduk, either printer"),
    ("percetakan", "3602.DINKES", C + "Leaflet Germas Lipat 3", 5000, "lembar", 6000000, "36.02", "2026-03-15", "", ["leaflet"], "leaflet"),
    ("percetakan", "1801.DISDIK", "Piagam penghargaan lomba + map", 200, "pcs", 4000000, "18.01", "2026-04-15", "", ["piagam"], "piagam"),
    ("percetakan", "3601.RSUD", C + "Blanko Resep NCR 3 Ply", 100, "buku", 2500000, "36.01", "", "", ["blanko-ncr"], "NCR blanko"),
    ("percetakan", "3602.SETDPRD", C + "Amplop Kop Sekretariat DPRD", 20, "box", 1500000, "36.02", "", "", ["amplop-kop"], "amplop kop"),
    ("percetakan", "3602.DISDIK", C + "Cetak Buku Rapor Siswa SD", 5000, "pcs", 150000000, "36.02", "2026-06-30", "", ["?buku-rapor"], "buku rapor only from a besar printer"),
    ("percetakan", "1801.KECKLD", "Dus nasi kotak cetak logo kecamatan", 2000, "pcs", 3000000, "18.01", "2026-03-31", "", ["dus-kemasan"], "printed box (percetakan), not a meal"),
    # ---- pertanian
    ("pertanian", "3602.DISTAN", P + "Benih Padi Inpari 32 Bersertifikat untuk Gerakan Percepatan Tanam", 500, "kg", 8000000, "36.02", "2026-03-15", "sni", ["benih-padi"], "benih padi"),
    ("pertanian", "1801.DISTAN", P + "Pupuk Organik Granul Kemasan 40 kg", 200, "karung", 10000000, "18.01", "2026-03-31", "", ["pupuk-kompos"], "granular compost, not POC"),
    ("pertanian", "1801.DISTAN", P + "Bibit Kopi Robusta Sambung Pucuk Peremajaan Kebun Rakyat", 10000, "batang", 50000000, "18.01", "2026-05-31", "", ["bibit-kopi"], "coffee seedlings, not coffee"),
    ("pertanian", "1801.DKP", "Belanja Bibit Ikan - Benih Ikan Lele Sangkuriang untuk Pokdakan", 20000, "ekor", 6000000, "18.01", "2026-03-31", "", ["benih-lele"], "lele, not nila"),
    ("pertanian", "3601.KECCMK", "Bibit cabe rawit utk pekarangan pangan lestari (P2L)", 2000, "batang", 3000000, "36.01", "2026-03-31", "", ["bibit-cabai"], "cabe = cabai"),
    ("pertanian", "3601.DISTAN", P + "Bibit Kelapa Genjah Kuning", 300, "batang", 15000000, "36.01", "2026-05-31", "", ["bibit-kelapa"], "bibit kelapa genjah"),
    ("pertanian", "1801.PKMNTR", "Belanja Makanan dan Minuman pada Fasilitas Pelayanan Urusan Kesehatan - Telur Ayam Ras PMT Balita Gizi Kurang", 100, "kg", 3200000, "18.01", "2026-02-25", "", ["telur"], "fresh eggs (Lampung Selatan)"),
    ("pertanian", "3602.KECCBR", "Beras premium kemasan 5 kg bantuan warga terdampak banjir", 200, "pcs", 15000000, "36.02", "2026-02-28", "", ["beras"], "beras"),
    ("pertanian", "3601.DISTAN", P + "Bibit Kelapa Sawit DxP", 500, "batang", 20000000, "36.01", "", "", [], "oil palm: nobody (bibit kelapa genjah is another)"),
    ("pertanian", "1801.DISTAN", P + "Pupuk Organik Cair (POC) Demplot Padi", 5000, "botol", 200000000, "18.01", "2026-02-25", "", ["?pupuk-cair"], "one month's POC capacity is far below 5,000"),
    # ---- lainnya
    ("lainnya", "3601.KECLBN", "Belanja Sewa Tenda - Tenda dan Dekorasi Peringatan HUT Kecamatan Labuan", 2, "paket", 3500000, "36.01", "2026-03-20", "", ["sewa-tenda"], "tent hire"),
    ("lainnya", "1801.RSUD", "Belanja Jasa Pencucian - Laundry Linen Rawat Inap", 1000, "kg", 9000000, "18.01", "2026-03-31", "", ["laundry"], "laundry"),
    ("lainnya", "3602.DISDIK", "Belanja Pemeliharaan Alat Pendingin - Service Cuci AC Split Kantor Dinas", 20, "unit", 2000000, "36.02", "2026-03-31", "", ["servis-ac"], "AC service"),
    ("lainnya", "3601.RSUD", "Belanja Pemeliharaan - Isi Ulang APAR Powder 3 kg", 20, "tabung", 3500000, "36.01", "2026-03-31", "", ["isi-ulang-apar"], "APAR refill"),
    ("lainnya", "3602.DINKES", "Service genset 20 kVA", 1, "unit", 3000000, "36.02", "", "", [], "genset service: nobody"),
    ("lainnya", "3601.KECCMK", "Sewa sound system acara Maulid Nabi tingkat kecamatan", 2, "paket", 3000000, "36.01", "2026-04-30", "", ["sewa-sound"], "sound system hire, not tent"),
]

"""Hand-written needs of relevance-blind26 (fictional OPDs' packages, SiRUP style).
Tuple: (category, opd, description, quantity, unit, budget, region, needed_by, certificates, kinds, note).
kinds: the product kinds an officer accepts; empty = no acceptable product; "?kind" = this kind exists but no
maker in the province can do it (build.py checks)."""

OPDS = {
    "KEMENAG.BIMAS": "Kementerian Agama - Direktorat Jenderal Bimbingan Masyarakat Islam",
    "KEMENSOS.PSKBA": "Kementerian Sosial - Direktorat Perlindungan Sosial Korban Bencana Alam",
    "KEMENKES.KESMAS": "Kementerian Kesehatan - Direktorat Jenderal Kesehatan Masyarakat",
    "1.01.01.01": "Dinas Pendidikan dan Kebudayaan Provinsi Banten",
    "1.02.01.01": "Dinas Kesehatan Provinsi Jawa Barat",
    "3.25.01.01": "Dinas Kelautan dan Perikanan Provinsi Banten",
    "3.26.01.01": "Dinas Pariwisata Provinsi Banten",
    "3.27.01.01": "Dinas Pertanian Provinsi Banten",
    "4.01.01.36.71": "Sekretariat Daerah Kota Tangerang",
    "1.02.01.36.71": "Dinas Kesehatan Kota Tangerang",
    "1.03.01.36.71": "Dinas Perumahan dan Permukiman Kota Tangerang",
    "2.11.01.36.71": "Dinas Lingkungan Hidup Kota Tangerang",
    "1.01.01.32.75": "Dinas Pendidikan Kota Bekasi",
    "4.01.01.32.75": "Sekretariat Daerah Kota Bekasi",
    "2.09.01.32.75": "Dinas Ketahanan Pangan Pertanian dan Perikanan Kota Bekasi",
    "3.25.01.18.00": "Dinas Perkebunan Provinsi Lampung",
}

KA, KS, KK = "KEMENAG.BIMAS", "KEMENSOS.PSKBA", "KEMENKES.KESMAS"
DIKBUD, DINKESJB, DKP, DISPAR, DISTAN = "1.01.01.01", "1.02.01.01", "3.25.01.01", "3.26.01.01", "3.27.01.01"
KTSETDA, KTDINKES, KTPERKIM, KTDLH = "4.01.01.36.71", "1.02.01.36.71", "1.03.01.36.71", "2.11.01.36.71"
KBDIK, KBSETDA, KBDKPPP, LPGBUN = "1.01.01.32.75", "4.01.01.32.75", "2.09.01.32.75", "3.25.01.18.00"

NEEDS = [
    # makanan
    ("makanan", KTSETDA, "Belanja Makanan dan Minuman Jamuan Tamu - Otak-Otak Bandeng oleh-oleh tamu kunjungan kerja", 100, "pak", 5000000, "36.71", "2026-04-10", "halal", ["otak-otak-bandeng"], "otak-otak bandeng"),
    ("makanan", DKP, "Belanja Hadiah yang Bersifat Barang - Kerupuk Ikan Tenggiri mentah 500gr untuk stand pameran Gemarikan", 300, "bungkus", 10500000, "36.73", "2026-05-20", "", ["kerupuk-ikan"], "kerupuk ikan tenggiri mentah (not kemplang panggang, not keripik kulit ikan)"),
    ("makanan", KS, "Pengadaan Abon Ikan untuk Paket Permakanan Lansia (Program ATENSI) Kab. Pandeglang", 400, "pcs", 20000000, "36.01", "2026-03-31", "halal", ["abon-ikan"], "abon ikan"),
    ("makanan", KBSETDA, "Sambel bawang botol - parcel lebaran pegawai", 250, "botol", 7500000, "32.75", "2026-03-10", "", ["sambal-bawang"], "sambal bawang (sambel spelling)"),
    ("makanan", DIKBUD, "Belanja Makanan dan Minuman Rapat - Kue Kering (Nastar) toples untuk bingkisan guru berprestasi", 150, "toples", 15000000, "36.73", "2026-03-15", "", ["kue-kering-nastar"], "nastar"),
    ("makanan", KS, "Abon Sapi 250 gr untuk paket sembako lansia terdampak banjir Tanggamus", 300, "pcs", 30000000, "18.06", "2026-04-30", "", [], "no product: abon sapi (only abon ikan tuna)"),
    ("makanan", KS, "Rengginang Mentah 10 ton bantuan pangan dapur umum", 10000, "kg", 450000000, "32.15", "2026-03-20", "", ["?rengginang"], "no product: 10,000 kg in a month, maker does 800 kg/month"),
    ("makanan", KA, "Belanja Konsumsi Pameran MTQ - dodol khas betawi 500gr (kotak)", 200, "kotak", 10000000, "31.75", "2026-04-15", "", ["dodol-betawi"], "dodol betawi"),
    # minuman
    ("minuman", KK, "Belanja Bahan Habis Pakai - Minuman Jahe Merah Instan untuk Posbindu PTM", 600, "pcs", 20000000, "31.71", "2026-04-30", "", ["jahe-instan"], "jahe merah instan (minuman category)"),
    ("minuman", KTSETDA, "Kopi Robusta Bubuk Tanggamus 250gr souvenir delegasi sister city", 200, "pcs", 10000000, "36.71", "2026-05-31", "", ["kopi-robusta-bubuk"], "kopi robusta bubuk"),
    ("minuman", KBSETDA, "Belanja Makanan dan Minuman Rapat - Air Mineral Gelas (AMDK) 240 ml", 500, "dus", 12500000, "32.75", "2026-03-31", "sni", ["amdk-gelas"], "AMDK gelas/cup (besar maker excluded)"),
    ("minuman", KTDINKES, "Teh Rosella Kering 50 gr untuk kelas ibu hamil", 100, "pcs", 3000000, "36.71", "", "", [], "no product: the only rosella maker is inactive"),
    ("minuman", KA, "Kopi Arabika Java Preanger bubuk 250 gr jamuan tamu kementerian", 100, "pcs", 10000000, "31.71", "", "", [], "no product: arabika (only robusta)"),
    ("minuman", LPGBUN, "Bubuk Coklat (Cocoa Powder) murni untuk pameran hasil perkebunan", 100, "pcs", 5000000, "18.10", "2026-06-30", "", ["cokelat-bubuk"], "cokelat bubuk (coklat/cocoa spelling)"),
    ("minuman", KTSETDA, "Welcome drink tamu - Wedang Uwuh celup", 200, "box", 6000000, "36.71", "2026-04-30", "", ["wedang-rempah"], "wedang uwuh"),
    ("minuman", KS, "Air Mineral Botol 600 ml untuk logistik pengungsi", 2000, "dus", 100000000, "36.01", "2026-03-15", "", [], "no product: only the besar maker sells 600 ml bottles"),
    # jasa-boga
    ("jasa-boga", KTSETDA, "Belanja Makanan dan Minuman Rapat - Nasi Kotak Rapat Koordinasi Musrenbang 300 pax", 300, "kotak", 12000000, "36.71", "2026-03-05", "halal", ["nasi-kotak"], "nasi kotak, Kota Tangerang caterer"),
    ("jasa-boga", KA, "Belanja Konsumsi Rapat - Snack Box peserta Rakornas 500 orang", 500, "box", 10000000, "31.71", "2026-03-12", "", ["snack-box"], "snack box = kue kotak, Jakarta caterer"),
    ("jasa-boga", KA, "Coffee break rapat pleno 2 sesi", 200, "pax", 6000000, "31.71", "2026-03-12", "", ["coffee-break"], "coffee break"),
    ("jasa-boga", DIKBUD, "Belanja Makanan dan Minuman Kegiatan - Nasi Box Peserta O2SN tingkat Provinsi", 800, "box", 28000000, "36.73", "2026-04-20", "halal", ["nasi-kotak"], "nasi box = nasi kotak, Kota Serang caterer"),
    ("jasa-boga", KBDIK, "Pemberian Makanan Tambahan (PMT) Balita - bubur kacang hijau dan telur, 2.000 paket", 2000, "paket", 32000000, "32.75", "2026-03-31", "", ["makanan-tambahan"], "PMT paket (Karawang caterer, same province)"),
    ("jasa-boga", KTSETDA, "Nasi Kotak 8.000 box Tabligh Akbar satu hari", 8000, "kotak", 300000000, "36.71", "2026-04-05", "", ["?nasi-kotak"], "no product: 8,000 in one day, nobody makes that many a month"),
    ("jasa-boga", KTSETDA, "Tumpeng Nasi Kuning syukuran HUT Kota", 10, "tumpeng", 5000000, "36.71", "2026-02-28", "", ["nasi-tumpeng"], "tumpeng (Kota Serang, same province)"),
    ("jasa-boga", KS, "Penyediaan makanan siap saji bagi pengungsi banjir - nasi kotak 400 porsi", 400, "kotak", 14000000, "18.07", "2026-03-01", "", ["nasi-kotak"], "nasi kotak Lampung Timur"),
    ("jasa-boga", KA, "Nasi Kebuli Kambing 200 kotak peringatan Maulid", 200, "kotak", 15000000, "31.71", "2026-08-20", "", [], "no product: nasi kebuli"),
    # fesyen
    ("fesyen", DIKBUD, "Belanja Pakaian Seragam Sekolah - Seragam SD merah putih bagi siswa kurang mampu", 1500, "stel", 225000000, "36.73", "2026-06-30", "", ["seragam-sekolah"], "seragam SD"),
    ("fesyen", KTSETDA, "Belanja Pakaian Dinas Harian (PDH) khaki pegawai kelurahan", 400, "stel", 120000000, "36.71", "2026-04-30", "", ["seragam-pdh"], "PDH khaki"),
    ("fesyen", DISPAR, "Belanja Cinderamata - Kain Batik Tulis khas Banten untuk tamu", 20, "lembar", 15000000, "36.73", "2026-04-30", "batikmark", ["batik-tulis"], "batik tulis (not cap)"),
    ("fesyen", KA, "Belanja Perlengkapan Ibadah - Mukena dewasa bantuan majelis taklim", 500, "pcs", 100000000, "31.71", "2026-05-31", "", ["mukena"], "mukena"),
    ("fesyen", KA, "Sarung Tenun dewasa untuk santri pondok pesantren (3 provinsi)", 1000, "pcs", 100000000, "32.06", "2026-05-31", "", ["sarung"], "sarung"),
    ("fesyen", KBSETDA, "Kaos Olahraga Sablon Logo - Jalan Sehat HUT Kota Bekasi 1000 pcs", 1000, "pcs", 75000000, "32.75", "2026-03-01", "", ["kaos-sablon"], "kaos sablon"),
    ("fesyen", KA, "Selendang Tapis Lampung untuk pengalungan tamu", 50, "pcs", 20000000, "31.71", "2026-05-31", "", ["selendang-tapis"], "selendang tapis (not kain tapis)"),
    ("fesyen", KK, "Seminar Kit - Tas Goodie Bag Spunbond peserta", 2000, "pcs", 20000000, "31.71", "2026-04-30", "", ["tas-spunbond"], "spunbond goodie bag"),
    ("fesyen", KTSETDA, "Sepatu PDL Satpol PP (lapangan, kulit, bertali)", 150, "pasang", 90000000, "36.71", "2026-06-30", "", [], "no product: PDL boots (only PDH shoes)"),
    ("fesyen", DISPAR, "Kemeja Batik Tulis Lengan Panjang pria untuk pemandu wisata", 60, "pcs", 30000000, "36.73", "2026-05-31", "", [], "no product: kemeja batik tulis (kemeja is cap, tulis is cloth)"),
    ("fesyen", DIKBUD, "Sabuk / ikat pinggang kulit pelengkap PDH", 300, "pcs", 45000000, "36.73", "2026-05-31", "", ["ikat-pinggang-kulit"], "ikat pinggang kulit (sabuk)"),
    # kerajinan
    ("kerajinan", KS, "Belanja Barang untuk Diserahkan kepada Masyarakat - Tikar Anyaman Pandan 2x3 m bagi pengungsi", 200, "lembar", 40000000, "36.02", "2026-05-31", "", ["tikar-pandan"], "tikar pandan"),
    ("kerajinan", DKP, "Besek Bambu ukuran 20 x 20 wadah ikan Festival", 3000, "pcs", 15000000, "36.73", "2026-04-30", "", ["besek-bambu"], "besek bambu"),
    ("kerajinan", DISPAR, "Belanja Cinderamata - Kendi Gerabah Bumijaya", 100, "pcs", 5000000, "36.73", "", "", ["gerabah-kendi"], "kendi gerabah"),
    ("kerajinan", KTSETDA, "Belanja Hadiah yang Bersifat Barang - Plakat Akrilik penghargaan Adipura", 50, "pcs", 10000000, "36.71", "2026-03-31", "", ["plakat-akrilik"], "plakat akrilik"),
    ("kerajinan", KBDIK, "Belanja Alat Peraga - APE Mainan Edukatif Puzzle Kayu untuk PAUD", 200, "set", 10000000, "32.75", "2026-05-31", "", ["puzzle-kayu"], "puzzle kayu"),
    ("kerajinan", KA, "Souvenir Miniatur Siger khas Lampung untuk delegasi Rakernas", 30, "pcs", 9000000, "31.71", "2026-05-31", "", ["miniatur-siger"], "miniatur siger"),
    ("kerajinan", KS, "Tikar Rotan lesehan untuk posko", 100, "lembar", 30000000, "36.02", "2026-05-31", "", [], "no product: tikar rotan (only tikar pandan)"),
    ("kerajinan", DISPAR, "Plakat Kuningan logo Pemprov", 30, "pcs", 15000000, "36.73", "2026-05-31", "", [], "no product: plakat kuningan (acrylic and wood only)"),
    ("kerajinan", KTDLH, "Pot tanah liat (gerabah) diameter 30 untuk penghijauan kantor", 300, "pcs", 12000000, "36.71", "2026-06-30", "", ["gerabah-pot"], "pot gerabah/tanah liat"),
    # perhiasan
    ("perhiasan", DISPAR, "Bros Perak souvenir ibu-ibu Dharma Wanita", 20, "pcs", 6000000, "36.73", "2026-05-31", "", ["bros-perak"], "bros perak (not imitasi)"),
    ("perhiasan", KA, "Gelang Manik Baduy souvenir peserta", 500, "pcs", 7500000, "31.71", "2026-05-31", "", ["gelang-manik"], "gelang manik"),
    ("perhiasan", KTSETDA, "Pin Logo Pemkot enamel kuningan", 500, "pcs", 15000000, "36.71", "2026-05-31", "", ["pin-logo"], "pin logo"),
    ("perhiasan", KTSETDA, "Belanja Hadiah yang Bersifat Barang - Cincin Emas 24 karat 2 gram purna bakti ASN", 10, "pcs", 35000000, "36.71", "2026-05-31", "", [], "no product: the gold maker is besar"),
    ("perhiasan", DISPAR, "Kalung Perak 925", 10, "pcs", 3000000, "36.73", "", "", ["kalung-perak"], "kalung perak"),
    # furnitur
    ("furnitur", DIKBUD, "Belanja Modal Peralatan dan Mesin - Pengadaan Meubelair Meja Kursi Siswa SMA Negeri Lebak", 200, "set", 150000000, "36.02", "2026-07-31", "", ["meja-kursi-siswa"], "meja kursi siswa"),
    ("furnitur", KBSETDA, "Filing Cabinet 4 laci", 20, "unit", 55000000, "32.75", "2026-05-31", "", ["lemari-arsip-besi"], "filing cabinet besi (not lemari arsip kayu)"),
    ("furnitur", KA, "Rak Mushaf Al-Qur'an kayu untuk masjid binaan", 50, "unit", 25000000, "36.01", "2026-05-31", "", ["rak-alquran"], "rak Al-Quran"),
    ("furnitur", KS, "Kursi Lipat (Folding Chair) rangka besi untuk posko pengungsian", 300, "pcs", 75000000, "32.15", "2026-04-30", "", ["kursi-lipat-besi"], "kursi lipat"),
    ("furnitur", KTPERKIM, "Lemari Pakaian 3 pintu rumah dinas", 5, "unit", 25000000, "36.71", "2026-06-30", "", [], "no product: lemari pakaian"),
    ("furnitur", DINKESJB, "Meja Kerja 1/2 biro ruang pelayanan Puskesmas", 15, "unit", 27000000, "32.73", "2026-05-31", "", ["meja-kerja"], "meja kerja"),
    # herbal
    ("herbal", KTDINKES, "Madu Murni untuk PMT ibu hamil KEK", 200, "botol", 25000000, "36.71", "2026-04-30", "", ["madu-hutan"], "madu"),
    ("herbal", KK, "Jamu Kunyit Asam segar botol - senam sehat Hari Kesehatan", 300, "botol", 3000000, "32.16", "2026-03-10", "", ["jamu-kunyit-asam-cair"], "jamu kunyit asam"),
    ("herbal", DINKESJB, "Belanja Obat-obatan - Suplemen Herbal Kapsul Temulawak (Curcuma) BPOM", 200, "botol", 12000000, "32.73", "2026-05-31", "bpom", ["kapsul-temulawak"], "kapsul temulawak"),
    ("herbal", KTDINKES, "Teh Kelor celup (Moringa Tea) untuk kelas gizi", 300, "box", 9000000, "36.71", "2026-05-31", "", ["teh-kelor"], "teh kelor"),
    ("herbal", KK, "Minuman Herbal Jahe Merah sachet untuk Germas", 500, "box", 17500000, "31.71", "2026-05-31", "", ["minuman-herbal-jahe"], "minuman herbal jahe"),
    ("herbal", KTDINKES, "Madu Kelulut (Trigona) 250 ml", 100, "botol", 15000000, "36.71", "2026-05-31", "", [], "no product: madu kelulut"),
    ("herbal", KS, "Minyak Kayu Putih 60 ml untuk paket hygiene kit", 1000, "botol", 30000000, "36.01", "2026-05-31", "", [], "no product: minyak kayu putih (only minyak sereh)"),
    # kosmetik
    ("kosmetik", DINKESJB, "Sabun Cuci Tangan Cair isi ulang (refill) 5 liter Puskesmas", 100, "jerigen", 12000000, "32.73", "2026-04-30", "", ["sabun-cair-tangan"], "sabun cuci tangan cair"),
    ("kosmetik", KK, "Hand Sanitizer 500 ml", 500, "botol", 25000000, "31.71", "2026-04-30", "bpom", ["hand-sanitizer"], "hand sanitizer (besar maker excluded)"),
    ("kosmetik", KS, "Sabun Mandi batang untuk paket hygiene kit pengungsi", 2000, "pcs", 40000000, "18.07", "2026-04-30", "", ["sabun-batang"], "sabun mandi batang"),
    ("kosmetik", KTSETDA, "Aromatherapy Candle (lilin aromaterapi) souvenir delegasi", 100, "pcs", 6000000, "36.71", "2026-05-31", "", ["lilin-aromaterapi"], "lilin aromaterapi"),
    ("kosmetik", KTDLH, "Sabun Cuci Piring cair 5 liter", 50, "jerigen", 5000000, "36.71", "2026-05-31", "", [], "no product: sabun cuci piring"),
    # logam
    ("logam", DISTAN, "Belanja Bahan/Alat Pertanian - Cangkul untuk kelompok tani", 300, "pcs", 30000000, "36.02", "2026-05-31", "", ["cangkul"], "cangkul/pacul"),
    ("logam", DISPAR, "Golok Ciomas untuk cinderamata", 20, "pcs", 8000000, "36.73", "2026-05-31", "", ["golok-ciomas"], "golok Ciomas (not parang kebun)"),
    ("logam", KS, "Peralatan Dapur Umum - Dandang Aluminium 40 cm", 30, "pcs", 12000000, "36.01", "2026-03-31", "", ["dandang"], "dandang"),
    ("logam", KBDIK, "Panci stainless set untuk dapur makan bergizi sekolah", 50, "set", 15000000, "32.75", "2026-04-30", "", ["panci-stainless"], "panci stainless"),
    ("logam", KTPERKIM, "Pemasangan Teralis besi jendela kantor kelurahan", 60, "m2", 30000000, "36.71", "2026-05-31", "", ["teralis-besi"], "teralis besi"),
    ("logam", KTPERKIM, "Railing Tangga Stainless kantor kecamatan", 20, "m", 30000000, "36.71", "2026-06-30", "", [], "no product: railing stainless"),
    ("logam", KS, "Wajan Teflon Anti Lengket 30 cm dapur umum", 50, "pcs", 10000000, "36.01", "2026-05-31", "", [], "no product: wajan teflon (only wajan besi)"),
    ("logam", KK, "Cutlery Set (sendok + garpu) stainless untuk dapur Posyandu", 40, "lusin", 4000000, "32.16", "2026-04-30", "", ["sendok-garpu"], "sendok garpu"),
    # percetakan
    ("percetakan", KTSETDA, "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor - Kertas HVS A4 70 gram", 200, "rim", 11000000, "36.71", "2026-03-31", "", ["kertas-hvs-a4"], "kertas HVS A4"),
    ("percetakan", KBDIK, "Belanja Alat Tulis - Buku Tulis Sekolah 38 lbr (Program Bantuan Perlengkapan Sekolah)", 500, "pak", 15000000, "32.75", "2026-06-30", "", ["buku-tulis"], "buku tulis"),
    ("percetakan", KA, "Pencetakan Buku Yasin dan Tahlil", 1000, "pcs", 30000000, "31.71", "2026-05-31", "", ["buku-yasin"], "buku yasin"),
    ("percetakan", DISPAR, "Cetak Spanduk/Baliho Flexi", 100, "m2", 3000000, "36.73", "2026-03-31", "", ["spanduk"], "spanduk/banner"),
    ("percetakan", KK, "Belanja Cetak - Sertifikat Peserta Pelatihan Kader", 2000, "lembar", 8000000, "31.71", "2026-04-30", "", ["sertifikat"], "sertifikat/piagam"),
    ("percetakan", DKP, "Dus Kemasan Makanan Olahan Ikan cetak logo", 10000, "pcs", 20000000, "36.73", "2026-04-30", "", ["dus-makanan"], "dus makanan"),
    ("percetakan", KTSETDA, "Kertas Foto Glossy A4", 50, "pak", 5000000, "36.71", "2026-04-30", "", [], "no product: kertas foto"),
    ("percetakan", KA, "Paket Buku Iqro jilid 1 s.d. 6 untuk TPQ", 300, "paket", 10000000, "36.73", "2026-05-31", "", ["iqro"], "iqro"),
    ("percetakan", KA, "Pencetakan Al-Quran Braille untuk tunanetra", 100, "paket", 50000000, "31.71", "2026-06-30", "", [], "no product: Al-Quran braille"),
    # pertanian
    ("pertanian", KBDKPPP, "Bibit Tanaman Obat Keluarga (TOGA) untuk Kampung Sehat", 50, "paket", 5000000, "32.75", "2026-04-30", "", ["bibit-toga"], "bibit TOGA"),
    ("pertanian", DKP, "Belanja Bibit Ikan - Benih Lele Sangkuriang 100.000 ekor", 100000, "ekor", 30000000, "36.01", "2026-04-30", "", ["benih-lele"], "benih lele"),
    ("pertanian", KTPERKIM, "Tanaman Hias Lidah Mertua (Sansevieria) penghijauan kantor", 200, "pot", 8000000, "36.71", "2026-04-30", "", ["sansevieria"], "sansevieria"),
    ("pertanian", LPGBUN, "Belanja Bibit Tanaman Perkebunan - bibit durian MK (Musang King) okulasi untuk 3 kabupaten", 500, "batang", 40000000, "18.07", "2026-06-30", "", ["bibit-durian"], "bibit durian"),
    ("pertanian", KBDIK, "Ikan Betta (Cupang) Halfmoon untuk lomba P5 SMP", 50, "ekor", 2000000, "32.75", "2026-04-30", "", ["ikan-cupang"], "cupang"),
    ("pertanian", KK, "Telur Ayam Kampung PMT Balita", 200, "kg", 10000000, "32.15", "2026-03-31", "", ["telur-ayam"], "telur ayam kampung"),
    ("pertanian", LPGBUN, "Bibit Alpukat Aligator", 300, "batang", 30000000, "18.07", "2026-06-30", "", [], "no product: alpukat aligator (only miki)"),
    ("pertanian", DISTAN, "Belanja Pupuk - Kompos organik kemasan karung 25 kg untuk demplot", 100, "karung", 4000000, "36.72", "2026-04-30", "", ["pupuk-kompos"], "pupuk kompos"),
    # lainnya
    ("lainnya", KTDLH, "Belanja Alat Kebersihan dan Bahan Pembersih - Sapu Lidi Aren kegiatan Jumat Bersih", 500, "pcs", 7500000, "36.71", "2026-04-30", "", ["sapu-lidi"], "sapu lidi"),
    ("lainnya", DIKBUD, "Belanja Modal Peralatan dan Mesin - Pengadaan Alat Peraga Pendidikan (KIT IPA) SD/MI", 10, "set", 40000000, "36.04", "2026-06-30", "", ["kit-ipa"], "KIT IPA"),
    ("lainnya", DINKESJB, "Alat Pel Spin Mop + Ember", 40, "set", 6000000, "32.73", "2026-04-30", "", ["alat-pel"], "spin mop"),
    ("lainnya", KA, "Belanja Hibah Barang kepada Masyarakat - Karpet Sajadah Masjid Roll (per meter)", 100, "meter", 20000000, "31.71", "2026-05-31", "", ["karpet-masjid"], "karpet masjid"),
    ("lainnya", KA, "Belanja Perlengkapan Ibadah - Tasbih Kayu 33 butir paket bantuan masjid & musholla (Banten, Jabar, DKI)", 1000, "pcs", 16000000, "31.71", "2026-05-31", "", ["tasbih"], "tasbih"),
    ("lainnya", KTDLH, "Tempat Sampah Plastik 120 Liter beroda", 40, "unit", 30000000, "36.71", "2026-05-31", "", [], "no product: 120 L wheeled bin"),
    ("lainnya", KTDINKES, "keset kaki sabut kelapa (coir doormat) pintu masuk puskesmas", 100, "pcs", 4000000, "36.71", "2026-05-31", "", ["keset-sabut"], "keset sabut"),
]

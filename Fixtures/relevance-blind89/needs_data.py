"""relevance-blind89: hand-written needs. Rows: (category, region, unit, description, quantity, unit, budget,
needed_by, required certificates, kinds an officer accepts, note). Kinds empty: no acceptable product.
A kind written `?k` is a near miss build.py must find infeasible in the need's province (besar, inactive,
capacity, place)."""
UNITS = {"01": "Sekretariat Daerah", "02": "Dinas Pendidikan", "03": "Dinas Kesehatan", "04": "Dinas Pertanian",
         "05": "Dinas Perikanan", "06": "Dinas Koperasi dan UKM", "07": "Dinas Pariwisata", "08": "DPRD",
         "09": "Badan Pendapatan Daerah", "10": "Dinas Perindustrian dan Perdagangan", "11": "Dinas Lingkungan Hidup",
         "12": "Dinas Pemuda dan Olahraga"}

N = []


def need(cat, region, unit, desc, qty, u, budget, by="", certs="", kinds=(), note=""):
    N.append((cat, region, unit, desc, qty, u, budget, by, certs, list(kinds), note))


# ---- makanan
need("makanan", "18.71", "07", "Belanja Hadiah yang Bersifat Barang - Oleh-oleh Keripik Pisang Lampung untuk tamu Festival Krakatau", 400, "pcs", 10000000, "2026-07-20", "halal", ["keripik-pisang"], "keripik pisang, any flavour")
need("makanan", "36.01", "06", "Emping melinjo 500 gr paket promosi UMKM", 100, "pcs", 6500000, "", "", ["emping-melinjo"], "")
need("makanan", "18.01", "10", "Pengadaan Kerupuk Kemplang Ikan untuk pameran produk unggulan", 300, "pcs", 15000000, "2026-05-10", "", ["kemplang-ikan"], "")
need("makanan", "32.05", "07", "Belanja Makanan dan Minuman Tamu - Dodol Garut kemasan kotak", 200, "box", 8000000, "", "halal", ["dodol-ketan"], "dodol, not chocodot")
need("makanan", "36.73", "06", "Sambal cumi botol untuk bingkisan", 60, "pcs", 2700000, "", "", ["sambal-cumi"], "")
need("makanan", "36.73", "01", "Belanja Makanan dan Minuman Jamuan Tamu - Bandeng Presto Kasemen 100 ekor", 100, "pcs", 3500000, "2026-03-01", "", ["bandeng-presto"], "perishable")
need("makanan", "18.71", "07", "Keripik Nangka Lampung kemasan 250 gr untuk oleh-oleh", 200, "pcs", 6000000, "", "", [], "different fruit: only pisang/singkong chips exist")
need("makanan", "36.04", "06", "Kerupuk kulit sapi (rambak) 250 gr", 100, "pcs", 3000000, "", "", [], "rambak: only fish kemplang exists")
need("makanan", "36.03", "10", "Keripik Singkong Balado 250 gr paket bazar", 500, "pcs", 10000000, "", "", ["?keripik-singkong"], "only maker is besar")
need("makanan", "32.05", "07", "Dodol durian (lempok) kotak 500 gr", 100, "box", 5000000, "", "", [], "different fruit: only ketan dodol")

# ---- minuman
need("minuman", "18.06", "04", "Belanja Hadiah yang Bersifat Barang - Kopi Robusta Bubuk 250 gr Produk Tanggamus", 300, "pcs", 12000000, "", "halal", ["kopi-robusta-bubuk"], "bubuk; biji sangrai is another form")
need("minuman", "32.04", "07", "Kopi Arabika Java Preanger bubuk souvenir", 150, "pcs", 11000000, "", "", ["kopi-arabika-bubuk"], "")
need("minuman", "36.04", "06", "Sirup pala botol 600 ml", 100, "botol", 4000000, "", "", ["sirup-pala"], "")
need("minuman", "36.02", "01", "Belanja Makanan dan Minuman Rapat - Air Mineral Gelas 220 ml (dus)", 300, "dus", 9000000, "2026-02-20", "", ["amdk-gelas"], "gelas, not botol")
need("minuman", "36.73", "08", "AMDK botol 600 ml untuk rapat paripurna", 200, "dus", 10000000, "", "", ["amdk-botol"], "")
need("minuman", "18.06", "07", "Kopi Luwak Lampung bubuk 100 gr untuk cinderamata", 50, "pcs", 10000000, "", "", [], "civet-processed coffee: nobody; robusta exists")
need("minuman", "32.01", "01", "Teh hijau celup untuk pantry", 100, "box", 2500000, "", "", ["?teh-hijau"], "only maker inactive")
need("minuman", "36.04", "01", "Air mineral galon 19 liter isi ulang", 200, "galon", 6000000, "", "", [], "size class nobody makes")

# ---- jasa-boga
need("jasa-boga", "36.72", "01", "Belanja Makanan dan Minuman Rapat - Nasi Kotak Rapat Koordinasi Forkopimda 250 orang", 250, "porsi", 10000000, "2026-03-12", "halal", ["nasi-kotak"], "same kota")
need("jasa-boga", "36.73", "08", "Snack box reses DPRD 300 kotak", 300, "box", 4500000, "2026-02-25", "", ["snack-box"], "")
need("jasa-boga", "36.73", "07", "Tumpeng nasi kuning HUT Provinsi Banten", 5, "paket", 5000000, "2026-10-04", "", ["tumpeng"], "")
need("jasa-boga", "18.72", "03", "Belanja Makanan dan Minuman Rapat - Kue kotak / coffee break Rakor Kesehatan", 150, "box", 2250000, "2026-04-07", "", ["snack-box"], "")
need("jasa-boga", "18.07", "02", "Nasi kotak lomba O2SN 300 peserta", 300, "porsi", 11000000, "2026-05-20", "", ["nasi-kotak"], "no maker in Lamtim: province")
need("jasa-boga", "32.04", "07", "Nasi liwet Sunda untuk kunjungan wisata 150 porsi", 150, "porsi", 5000000, "2026-04-18", "", ["nasi-liwet"], "")
need("jasa-boga", "32.01", "11", "Belanja Makanan dan Minuman Kegiatan - Nasi Box Aksi Bersih Sungai Ciliwung", 400, "porsi", 16000000, "2026-06-05", "", ["nasi-kotak"], "province: Kota Bogor")
need("jasa-boga", "18.07", "01", "Nasi kotak MTQ tingkat provinsi 4000 porsi", 4000, "porsi", 160000000, "2026-07-10", "", ["?nasi-kotak"], "capacity too small everywhere in Lampung")
need("jasa-boga", "36.04", "07", "Catering kambing guling 4 ekor untuk jamuan", 4, "ekor", 20000000, "2026-08-17", "", [], "kambing guling: nobody")
need("jasa-boga", "18.71", "01", "Tumpeng nasi kuning syukuran kantor", 3, "paket", 3000000, "2026-03-15", "", ["?tumpeng"], "only tumpeng is in Banten")

# ---- fesyen
need("fesyen", "36.72", "07", "Kain batik tulis khas Cilegon 2 m untuk cinderamata tamu", 20, "lembar", 15000000, "", "batikmark", ["batik-tulis-krakatau", "batik-tulis-megamendung"], "any batik tulis; a place name does not narrow")
need("fesyen", "36.73", "01", "Belanja Pakaian Dinas - Kemeja Batik Cap Khas Banten", 150, "pcs", 25000000, "2026-04-30", "", ["kemeja-batik-cap"], "cap, kemeja")
need("fesyen", "18.71", "07", "Kain Tapis Lampung benang emas", 5, "lembar", 7000000, "", "", ["kain-tapis"], "kain, not selendang")
need("fesyen", "36.71", "09", "Belanja Pakaian Dinas Harian (PDH) pegawai Bapenda", 100, "stel", 30000000, "2026-05-01", "", ["seragam-pdh"], "")
need("fesyen", "32.73", "01", "Sepatu pantofel kulit pria pegawai", 50, "pasang", 20000000, "", "", ["sepatu-pantofel"], "")
need("fesyen", "32.09", "07", "Batik tulis Mega Mendung 2,25 m", 30, "lembar", 18000000, "", "", ["batik-tulis-megamendung"], "motif Mega Mendung narrows")
need("fesyen", "36.73", "07", "Kain batik tulis sutra motif Banten", 10, "lembar", 15000000, "", "", [], "silk batik tulis: nobody")
need("fesyen", "32.16", "12", "Jaket parasut bordir kontingen Porda", 200, "pcs", 40000000, "", "", ["?jaket-parasut"], "only besar")
need("fesyen", "32.73", "06", "Tas kulit sapi wanita untuk hadiah", 20, "pcs", 10000000, "", "", [], "leather bag: nobody (shoes and tapis bags only)")

# ---- kerajinan
need("kerajinan", "36.01", "07", "Tas anyaman pandan untuk suvenir FLS2N", 100, "pcs", 10000000, "", "", ["tas-pandan"], "")
need("kerajinan", "18.71", "01", "Belanja Hadiah yang Bersifat Barang - Miniatur Siger untuk Cinderamata Tamu Pemprov", 50, "pcs", 7500000, "", "", ["miniatur-siger"], "")
need("kerajinan", "32.76", "03", "Boneka flanel maskot kampanye imunisasi", 200, "pcs", 10000000, "2026-04-01", "", ["boneka-flanel"], "")
need("kerajinan", "32.15", "01", "Kotak tisu kayu jati ukir", 40, "pcs", 3200000, "", "", ["kotak-tisu-kayu"], "kayu, not pandan")
need("kerajinan", "18.07", "07", "Patung gajah kayu Way Kambas 25 cm", 20, "pcs", 4000000, "", "", ["patung-gajah"], "")
need("kerajinan", "36.01", "01", "Kotak tisu untuk ruang rapat", 60, "pcs", 4800000, "", "", ["kotak-tisu-pandan", "kotak-tisu-kayu"], "generic: pandan or wooden")
need("kerajinan", "36.01", "07", "Tas anyaman rotan bulat", 50, "pcs", 7500000, "", "", [], "rotan bag: nobody (pandan exists)")
need("kerajinan", "18.71", "07", "Patung harimau Sumatera kayu ukir", 10, "pcs", 3000000, "", "", [], "different animal")
need("kerajinan", "32.76", "02", "Boneka rajut (amigurumi) untuk hadiah lomba", 50, "pcs", 5000000, "", "", [], "crochet: nobody (flanel exists)")

# ---- perhiasan
need("perhiasan", "36.73", "07", "Cincin perak 925 ukir motif Banten", 20, "pcs", 4000000, "", "", ["cincin-perak"], "")
need("perhiasan", "18.09", "07", "Kalung mutiara laut untuk cinderamata tamu kehormatan", 5, "pcs", 8000000, "", "", ["kalung-mutiara-laut"], "")
need("perhiasan", "36.73", "01", "Bros perak", 10, "pcs", 3000000, "", "", ["bros-perak"], "perak, not tapis brooch")
need("perhiasan", "32.73", "01", "Kalung emas 5 gram penghargaan pegawai teladan", 5, "pcs", 40000000, "", "", ["?kalung-emas"], "only besar")
need("perhiasan", "36.73", "07", "Gelang perak 925", 20, "pcs", 5000000, "", "", [], "silver bangle: nobody")
need("perhiasan", "18.09", "07", "Kalung mutiara air tawar", 20, "pcs", 6000000, "", "", [], "freshwater: only sea pearls")

# ---- furnitur
need("furnitur", "36.03", "01", "Belanja Modal Peralatan dan Mesin - Pengadaan Meubelair Meja Kerja Kayu Jati", 10, "unit", 25000000, "", "svlk", ["meja-kerja-kayu"], "")
need("furnitur", "32.75", "01", "Filing cabinet besi 4 laci", 10, "unit", 26000000, "", "", ["filing-cabinet"], "")
need("furnitur", "18.10", "02", "Pengadaan Meja dan Kursi Siswa SD", 60, "set", 42000000, "2026-07-01", "", ["meja-kursi-siswa"], "")
need("furnitur", "18.10", "02", "Rak buku kayu perpustakaan", 10, "unit", 15000000, "", "", ["rak-buku-kayu"], "kayu, not besi")
need("furnitur", "32.75", "11", "Lemari arsip", 5, "unit", 20000000, "", "", ["filing-cabinet", "lemari-arsip-kayu"], "generic")
need("furnitur", "36.04", "01", "Lemari arsip aluminium", 5, "unit", 20000000, "", "", [], "aluminium: nobody")
need("furnitur", "36.03", "01", "Kursi kantor putar ergonomis", 10, "unit", 15000000, "", "", [], "swivel office chair: nobody")

# ---- herbal
need("herbal", "18.72", "03", "Jamu kunyit asam botol untuk Germas", 300, "botol", 3000000, "2026-03-20", "", ["jamu-kunyit-asam"], "")
need("herbal", "36.01", "06", "Madu hutan Ujung Kulon 500 gr", 50, "botol", 6500000, "", "halal", ["madu-hutan"], "")
need("herbal", "36.01", "07", "Madu kelulut", 20, "botol", 3500000, "", "", ["madu-klanceng"], "kelulut = klanceng = trigona")
need("herbal", "32.01", "03", "Kapsul sambiloto", 100, "botol", 7000000, "", "bpom", ["kapsul-sambiloto"], "")
need("herbal", "36.01", "06", "Madu randu", 30, "botol", 4000000, "", "", [], "kapok-flower honey: nobody")

# ---- kosmetik
need("kosmetik", "32.04", "06", "Sabun susu kambing batang", 200, "pcs", 6000000, "", "bpom", ["sabun-susu-kambing"], "")
need("kosmetik", "36.04", "07", "Lulur mandi bengkoang", 50, "pcs", 2000000, "", "", ["lulur-bengkoang"], "")
need("kosmetik", "18.02", "03", "Sabun cair cuci tangan 500 ml untuk puskesmas", 200, "botol", 5000000, "", "", ["sabun-cair-tangan"], "besar excluded")
need("kosmetik", "32.04", "06", "Sabun susu kuda Sumbawa", 100, "pcs", 3000000, "", "", [], "different animal")
need("kosmetik", "36.71", "03", "Hand sanitizer gel 500 ml", 300, "botol", 12000000, "", "", ["?hand-sanitizer"], "only besar")
need("kosmetik", "18.02", "11", "Sabun cair cuci piring", 100, "botol", 2500000, "", "", [], "dish soap: only hand soap")

# ---- logam
need("logam", "36.04", "07", "Golok Ciomas", 10, "pcs", 4000000, "", "", ["golok"], "")
need("logam", "32.06", "04", "Belanja Bahan-Bahan Pertanian - Cangkul untuk kelompok tani", 100, "pcs", 11000000, "", "", ["cangkul"], "")
need("logam", "36.04", "04", "Arit / sabit rumput untuk poktan", 50, "pcs", 3500000, "", "", ["sabit"], "arit = sabit")
need("logam", "18.10", "06", "Wajan besi cor 50 cm", 10, "pcs", 3000000, "", "", [], "cast iron: only aluminium")

# ---- percetakan
need("percetakan", "36.72", "01", "Belanja Cetak - Spanduk Sosialisasi Pajak", 100, "m2", 3000000, "2026-02-15", "", ["spanduk"], "")
need("percetakan", "36.73", "07", "Plakat akrilik penghargaan", 25, "pcs", 5000000, "", "", ["plakat-akrilik"], "")
need("percetakan", "18.71", "02", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor - Map Snelhecter logo", 2000, "pcs", 10000000, "", "", ["map-snelhecter"], "")
need("percetakan", "32.01", "03", "Dus nasi kraft sablon logo", 5000, "pcs", 10000000, "", "", ["dus-makanan"], "")
need("percetakan", "18.71", "09", "Kalender dinding 2027", 1000, "pcs", 30000000, "", "", ["kalender-dinding"], "")
need("percetakan", "36.73", "07", "Plakat kayu ukir penghargaan", 20, "pcs", 5000000, "", "", [], "wooden plaque: nobody")
need("percetakan", "32.01", "11", "Tas spunbond sablon logo", 1000, "pcs", 8000000, "", "", [], "spunbond: only kraft paper bags")

# ---- pertanian
need("pertanian", "18.72", "05", "Belanja Bibit Ikan - Benih Lele Sangkuriang", 20000, "ekor", 5000000, "", "", ["bibit-lele"], "")
need("pertanian", "32.01", "04", "Bibit durian musang king okulasi", 200, "batang", 15000000, "", "", ["bibit-durian"], "")
need("pertanian", "18.02", "04", "Pupuk kompos organik karung", 500, "karung", 16000000, "", "", ["pupuk-kompos"], "")
need("pertanian", "18.06", "04", "Bibit kopi robusta stek polybag", 10000, "batang", 50000000, "", "", ["bibit-kopi-robusta"], "")
need("pertanian", "32.15", "04", "Benih padi Inpari 32 label biru", 2000, "kg", 30000000, "", "sni", ["benih-padi"], "")
need("pertanian", "18.72", "05", "Belanja Bibit Ikan - Benih Ikan Patin", 10000, "ekor", 3000000, "", "", [], "patin: only lele/nila")
need("pertanian", "32.01", "04", "Bibit durian montong okulasi", 200, "batang", 15000000, "", "", [], "montong: only musang king")
need("pertanian", "32.15", "04", "Pupuk NPK 16-16-16", 100, "karung", 70000000, "", "", ["?pupuk-npk"], "only besar")

# ---- lainnya
need("lainnya", "36.01", "01", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Kebersihan - Sapu Ijuk", 50, "pcs", 1500000, "", "", ["sapu-ijuk"], "")
need("lainnya", "36.74", "11", "Tas belanja daur ulang untuk kampanye kurangi plastik", 200, "pcs", 10000000, "", "", ["tas-daur-ulang"], "")
need("lainnya", "18.71", "12", "Tenda pleton 6x14", 2, "unit", 20000000, "", "", ["tenda-pleton"], "")
need("lainnya", "32.77", "02", "APE puzzle kayu untuk PAUD", 100, "pcs", 6000000, "", "", ["puzzle-kayu"], "")
need("lainnya", "36.01", "01", "Sapu nilon", 50, "pcs", 1500000, "", "", [], "nylon broom: only ijuk/lidi")

NEEDS = N

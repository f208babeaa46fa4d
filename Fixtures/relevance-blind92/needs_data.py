"""relevance-blind92 needs: (category, opd, description, quantity, unit, budget, region, needed_by, certs, kinds, note).

kinds: the labeller's kinds an officer accepts; empty = no product here is acceptable. A kind written `?k`
is one the need names but that must NOT be feasible in the need's province (build.py checks it).
"""

UNITS = {"01": "Sekretariat Daerah", "02": "Dinas Pendidikan dan Kebudayaan", "03": "Dinas Kesehatan",
         "04": "RSUD", "05": "Dinas Pertanian dan Ketahanan Pangan", "06": "Dinas Koperasi UKM dan Perindustrian",
         "07": "Dinas Pariwisata dan Kepemudaan", "08": "BPBD", "09": "Dinas Perikanan", "10": "Dinas Sosial",
         "11": "Sekretariat DPRD", "12": "Bapenda", "13": "Dinas Pemberdayaan Perempuan dan Anak"}

H = "halal"
NEEDS = [
    # ---------------- jasa-boga
    ("jasa-boga", "3673.01", "Belanja Makanan dan Minuman Rapat - Nasi Kotak Rapat Koordinasi TAPD 150 orang x 4 kali", 600, "box", 24000000, "36.73", "2026-03-31", H, ["nasi-kotak"], "nasi kotak, Kota Serang maker"),
    ("jasa-boga", "3601.02", "Belanja Makanan dan Minuman Rapat - Snack Box Sosialisasi Kurikulum Merdeka 300 peserta", 300, "box", 6000000, "36.01", "2026-02-20", H, ["snack-box"], "snack box; none in Pandeglang, Banten makers"),
    ("jasa-boga", "3601.07", "Belanja Makanan dan Minuman Kegiatan - Makan Siang Peserta Festival Tanjung Lesung 1 hari 800 orang", 800, "box", 32000000, "36.01", "2026-04-18", H, ["nasi-kotak"], "nasi kotak 800 in one day: Labuan maker too small, Banten makers"),
    ("jasa-boga", "3601.01", "Nasi kotak Musrenbang Kecamatan Labuan 200 org", 200, "box", 7000000, "36.01", "2026-03-05", H, ["nasi-kotak"], "nasi kotak, Pandeglang maker"),
    ("jasa-boga", "3671.01", "Belanja Makanan dan Minuman Jamuan Tamu - Prasmanan Resepsi HUT Kota Tangerang 1.000 porsi", 1000, "porsi", 80000000, "36.71", "2026-02-28", H, ["prasmanan"], "prasmanan, Kota Tangerang"),
    ("jasa-boga", "3602.04", "Belanja Makanan dan Minuman Pasien - Katering Harian Pasien Rawat Inap RSUD dr. Adjidarmo Maret 2026 (3x sehari)", 8100, "porsi", 283500000, "36.02", "2026-03-01", H, ["katering-pasien"], "katering pasien, Lebak"),
    ("jasa-boga", "3603.04", "Belanja Makanan dan Minuman Pasien RSUD Balaraja bulan April 2026, 15.000 porsi", 15000, "porsi", 600000000, "36.03", "2026-04-01", H, ["?katering-pasien"], "none: only a besar caterer carries 15,000 porsi a month"),
    ("jasa-boga", "1872.10", "Nasi Kotak Rapat Evaluasi Penyaluran Bansos 250 orang", 250, "box", 8000000, "18.72", "2026-02-26", H, ["nasi-kotak"], "nasi kotak, Metro"),
    ("jasa-boga", "1872.13", "Belanja Makanan dan Minuman Kegiatan - Makan Siang Peserta Jambore PKK Kota Metro 1.500 orang (1 hari)", 1500, "box", 60000000, "18.72", "2026-05-09", H, ["nasi-kotak"], "1,500 in one day: Metro maker too small, Lampung makers"),
    ("jasa-boga", "1807.08", "Nasi bungkus untuk relawan posko banjir Way Jepara 400 bungkus", 400, "box", 10000000, "18.07", "2026-02-10", "", ["nasi-kotak"], "nasi bungkus = nasi kotak, Lampung Timur"),
    ("jasa-boga", "1810.01", "Belanja Makanan dan Minuman Jamuan Tamu - Nasi Tumpeng HUT Kabupaten Pringsewu ke-17, 12 tumpeng", 12, "tumpeng", 15000000, "18.10", "2026-04-03", H, ["tumpeng"], "large tumpeng, not tumpeng mini"),
    ("jasa-boga", "3275.13", "Tumpeng mini nasi kuning untuk peserta lomba anak 300 box", 300, "box", 9600000, "32.75", "2026-07-20", H, ["tumpeng-mini"], "tumpeng mini, Kota Bekasi"),
    ("jasa-boga", "3215.06", "Belanja Makanan dan Minuman Rapat - Coffee Break Pelatihan Pengelolaan Keuangan Desa 2 sesi x 5 hari x 120 orang", 1200, "paket", 26400000, "32.15", "2026-03-16", H, ["snack-box"], "coffee break = snack box, Karawang"),
    ("jasa-boga", "3216.01", "Belanja Makanan dan Minuman Jamuan Tamu - Prasmanan Halal Bihalal Pemkab Bekasi 1.200 porsi", 1200, "porsi", 84000000, "32.16", "2026-04-08", H, ["prasmanan"], "prasmanan; Kab. Bekasi caterer inactive, Jawa Barat makers"),
    ("jasa-boga", "3275.01", "Nasi Kotak Rapat Paripurna 700 box", 700, "box", 25000000, "32.75", "2026-03-20", H, ["nasi-kotak"], "nasi kotak; none in Kota Bekasi, Jawa Barat makers"),
    ("jasa-boga", "3275.02", "Belanja Makanan dan Minuman Kegiatan - Snack Box Gebyar PAUD Kota Bekasi 1 hari 6.000 peserta", 6000, "box", 96000000, "32.75", "2026-04-22", H, ["?snack-box"], "none: no caterer makes 6,000 snack boxes within budget for one day"),
    ("jasa-boga", "3601.13", "Paket liwetan (nasi liwet) kegiatan gotong royong Hari Ibu 150 porsi", 150, "porsi", 7000000, "36.01", "2026-02-27", H, ["nasi-liwet"], "nasi liwet, not nasi kotak"),
    ("jasa-boga", "1804.01", "Nasi kotak rapat Forkopimda Liwa 300 orang", 300, "box", 9000000, "18.04", "2026-03-15", H, ["nasi-kotak"], "nasi kotak; none in Lampung Barat, Lampung makers within budget"),
    ("jasa-boga", "3674.13", "Kue tampah jajan pasar untuk pengajian 20 tampah", 20, "tampah", 6000000, "36.74", "2026-03-02", "", ["kue-tampah"], "kue tampah, Tangsel"),
    ("jasa-boga", "3674.01", "Belanja Makanan dan Minuman Rapat - Snack Box Halal Rapat Kerja 200 box", 200, "box", 3200000, "36.74", "2026-03-12", H, ["snack-box"], "snack box halal: Tangsel maker lacks halal, Banten makers"),
    ("jasa-boga", "1801.04", "Belanja Makanan dan Minuman Pasien - Katering Harian Pasien RSUD Bob Bazar bulan Juni 2026", 7500, "porsi", 240000000, "18.01", "2026-06-01", H, ["katering-pasien"], "katering pasien, Lampung Selatan"),
    ("jasa-boga", "1871.01", "Paket nasi kotak halal 2.500 box Upacara HUT Provinsi Lampung (1 hari)", 2500, "box", 95000000, "18.71", "2026-03-18", H, ["nasi-kotak"], "nasi kotak, Bandar Lampung"),
    ("jasa-boga", "3673.06", "Makan 3 kali sehari peserta Diklat 60 orang x 10 hari", 1800, "porsi", 63000000, "36.73", "2026-05-04", H, ["nasi-kotak", "prasmanan"], "nasi kotak or prasmanan, Kota Serang"),
    ("jasa-boga", "3673.07", "Nasi kotak menu vegetarian untuk tamu Waisak 80 box", 80, "box", 4000000, "36.73", "2026-05-20", H, [], "none: nobody offers a vegetarian menu"),
    ("jasa-boga", "3604.03", "Pemberian Makanan Tambahan (PMT) balita gizi kurang 90 hari", 2700, "paket", 40500000, "36.04", "2026-06-30", "", [], "none: no PMT balita catering offered"),
    # ---------------- makanan
    ("makanan", "1871.06", "Belanja Hadiah yang Bersifat Barang - Oleh-oleh Keripik Pisang Cokelat 250 gr untuk Tamu Kunjungan Kerja 200 pack", 200, "pack", 6000000, "18.71", "2026-03-10", H, ["keripik-pisang-coklat"], "keripik pisang cokelat 250 gr"),
    ("makanan", "3601.06", "Emping melinjo mentah 500 gr oleh-oleh peserta Rakor 150 pack", 150, "pack", 9000000, "36.01", "2026-04-10", "", ["emping-mentah"], "emping mentah 500 gr"),
    ("makanan", "3673.07", "Emping melinjo khas Banten 100 pack", 100, "pack", 5000000, "36.73", "", "", ["emping-mentah", "emping-goreng"], "emping, any; budget leaves the 250 gr goreng"),
    ("makanan", "1801.07", "Kerupuk kemplang panggang 250 gr souvenir Festival Krakatau 300 pack", 300, "pack", 9500000, "18.01", "2026-08-01", H, ["kemplang-panggang"], "kemplang panggang, not goreng"),
    ("makanan", "3205.06", "Dodol Garut 500 gr isi 20 untuk bingkisan 400 box", 400, "box", 15000000, "32.05", "2026-03-15", H, ["dodol-500"], "dodol 500 gr, not wijen 250 gr"),
    ("makanan", "3215.10", "Belanja Makanan Pokok - Abon sapi 250 gr paket lansia 200 pack", 200, "pack", 12500000, "32.15", "2026-03-20", H, ["abon-sapi"], "abon sapi"),
    ("makanan", "1806.09", "Abon ikan 100 gr PMT anak sekolah 500 pack", 500, "pack", 15000000, "18.06", "", H, ["abon-ikan"], "abon ikan, not sapi"),
    ("makanan", "3671.07", "Bakpia kacang hijau isi 10 oleh-oleh 250 box", 250, "box", 8000000, "36.71", "2026-03-01", H, ["pia-kacang-hijau"], "pia kacang hijau, not keju"),
    ("makanan", "3672.06", "Gipang khas Banten 250 gr 200 pack", 200, "pack", 4000000, "36.72", "2026-05-01", "", ["gipang"], "gipang"),
    ("makanan", "3602.06", "Rengginang ketan mentah 1 kg 100 pack pameran UMKM", 100, "pack", 5000000, "36.02", "2026-04-15", "", ["rengginang-1kg"], "rengginang 1 kg, not terasi 500 gr"),
    ("makanan", "3201.07", "Keripik talas balado 200 gr 300 pack", 300, "pack", 6500000, "32.01", "2026-03-25", H, ["keripik-talas"], "keripik talas"),
    ("makanan", "3275.06", "Keripik kentang balado 100 gr 1.000 pack", 1000, "pack", 16000000, "32.75", "2026-03-31", H, ["?keripik-kentang"], "none: only a besar maker"),
    ("makanan", "3604.01", "Kue basah jajanan pasar 1.000 pcs untuk rapat", 1000, "pcs", 4000000, "36.04", "2026-02-12", H, ["kue-basah"], "kue basah, Kab. Serang"),
    ("makanan", "3673.07", "Sate bandeng oleh-oleh khas Serang 100 tusuk", 100, "tusuk", 3500000, "36.73", "2026-02-25", H, ["sate-bandeng"], "sate bandeng, Kota Serang"),
    ("makanan", "3603.06", "Keripik tempe halal 500 pack", 500, "pack", 10000000, "36.03", "2026-04-01", H, ["?keripik-tempe"], "none: the keripik tempe maker has no halal certificate"),
    ("makanan", "3671.06", "Kerupuk kulit ikan 200 pack", 200, "pack", 5000000, "36.71", "", "", [], "none: only rambak (kulit sapi) and kerupuk ikan exist"),
    ("makanan", "1871.09", "Bandeng presto duri lunak 200 pack", 200, "pack", 10000000, "18.71", "2026-03-05", "", ["?bandeng-presto"], "none: perishable, made only in Banten"),
    # ---------------- minuman
    ("minuman", "1806.07", "Kopi robusta bubuk Lampung 250 gr souvenir 300 pack", 300, "pack", 11000000, "18.06", "2026-04-01", H, ["kopi-bubuk"], "kopi bubuk"),
    ("minuman", "1871.06", "Kopi biji sangrai robusta 1 kg", 20, "kg", 3000000, "18.71", "", "", ["kopi-biji"], "roast bean, not bubuk"),
    ("minuman", "1809.01", "Belanja Makanan dan Minuman Rapat - Air mineral gelas 240 ml 200 dus", 200, "dus", 5000000, "18.09", "2026-02-20", H, ["amdk-gelas"], "AMDK gelas, not botol"),
    ("minuman", "3202.01", "Teh celup 50 box untuk pantry", 50, "box", 750000, "32.02", "", "", ["teh-celup"], "teh celup, not teh hijau daun"),
    ("minuman", "3673.03", "Susu kedelai botol 250 ml 300 botol", 300, "botol", 3000000, "36.73", "2026-03-01", "", [], "none: nobody makes susu kedelai"),
    # ---------------- fesyen
    ("fesyen", "3673.07", "Kain batik tulis motif Banten 2 m cinderamata tamu 20 lembar", 20, "lembar", 14000000, "36.73", "2026-04-01", "batikmark", ["batik-tulis"], "batik tulis (not cap)"),
    ("fesyen", "3209.06", "Batik cap mega mendung 200 lembar seragam pegawai", 200, "lembar", 32000000, "32.09", "2026-05-01", "", ["batik-cap"], "batik cap, not tulis"),
    ("fesyen", "3603.01", "Belanja Pakaian Dinas - Seragam PDH khaki ASN 500 stel", 500, "stel", 150000000, "36.03", "2026-06-30", "", ["seragam-pdh"], "seragam PDH"),
    ("fesyen", "1871.07", "Selendang tapis 50 pcs cinderamata", 50, "pcs", 18000000, "18.71", "2026-04-15", "", ["selendang-tapis"], "selendang tapis, not kain tapis"),
    ("fesyen", "3602.07", "Kain tenun Baduy 30 lembar", 30, "lembar", 15000000, "36.02", "", "", [], "none: nobody weaves tenun"),
    ("fesyen", "3673.01", "Batik tulis 10 lembar untuk tamu 10 Februari", 10, "lembar", 10000000, "36.73", "2026-02-10", "", ["?batik-tulis"], "none: batik tulis lead time too long"),
    # ---------------- kerajinan
    ("kerajinan", "3275.10", "Keranjang parsel anyaman bambu 200 pcs untuk parsel lebaran", 200, "pcs", 7000000, "32.75", "2026-03-01", "", ["keranjang-parsel"], "keranjang parsel, not besek"),
    ("kerajinan", "1808.05", "Besek bambu 100 ikat wadah nasi berkat", 100, "ikat", 3000000, "18.08", "2026-03-01", "", ["besek"], "besek"),
    ("kerajinan", "3604.07", "Miniatur golok Ciomas gantungan kunci 1.000 pcs", 1000, "pcs", 17000000, "36.04", "2026-04-01", "", ["miniatur-golok"], "miniatur golok"),
    ("kerajinan", "1871.07", "Miniatur rumah adat Lampung 10 pcs cinderamata", 10, "pcs", 5000000, "18.71", "2026-05-01", "", ["miniatur-rumah-adat"], "miniatur rumah adat"),
    ("kerajinan", "3604.02", "Wayang golek 20 pcs cinderamata", 20, "pcs", 6000000, "36.04", "", "", [], "none: nobody makes wayang golek"),
    # ---------------- perhiasan
    ("perhiasan", "1871.01", "Belanja Hadiah yang Bersifat Barang - Bros Siger lapis emas 100 pcs", 100, "pcs", 9000000, "18.71", "2026-03-15", "", ["bros-siger"], "bros siger"),
    ("perhiasan", "1871.07", "Cincin perak 925 30 pcs", 30, "pcs", 8000000, "18.71", "", "", ["cincin-perak"], "cincin perak"),
    ("perhiasan", "3278.01", "Pin emas 2 gram purna bakti ASN 20 pcs", 20, "pcs", 56000000, "32.78", "2026-04-30", "sni", ["pin-emas"], "pin emas, not liontin"),
    ("perhiasan", "3672.07", "Kalung mutiara air tawar 10 pcs", 10, "pcs", 5000000, "36.72", "", "", [], "none: only sea-water pearls"),
    ("perhiasan", "1871.13", "Bros perak 925 50 pcs", 50, "pcs", 7500000, "18.71", "", "", [], "none: the bros is gold-plated; perak only as cincin"),
    # ---------------- furnitur
    ("furnitur", "1801.01", "Belanja Modal Peralatan dan Mesin - Meja kerja 1/2 biro kayu jati 10 unit", 10, "unit", 20000000, "18.01", "2026-04-01", "svlk", ["meja-kerja"], "meja kerja"),
    ("furnitur", "3209.07", "Kursi rotan teras 20 unit", 20, "unit", 14000000, "32.09", "2026-04-01", "", ["kursi-rotan"], "kursi rotan"),
    ("furnitur", "3602.02", "Pengadaan Meubelair Meja Kursi Siswa SD 100 set", 100, "set", 80000000, "36.02", "2026-07-01", "", ["meja-kursi-siswa"], "meja kursi siswa"),
    ("furnitur", "3602.01", "Lemari Arsip", 5, "unit", 12500000, "36.02", "", "", ["lemari-kayu", "lemari-besi"], "lemari arsip, any; besar steel maker excluded"),
    ("furnitur", "3671.01", "Lemari arsip besi 4 laci 10 unit", 10, "unit", 35000000, "36.71", "2026-05-01", "", ["?lemari-besi"], "none: only a besar maker"),
    ("furnitur", "3209.01", "Kursi rotan 500 unit dibutuhkan 10 Maret", 500, "unit", 350000000, "32.09", "2026-03-10", "", ["?kursi-rotan"], "none: capacity too small by the date"),
    # ---------------- herbal
    ("herbal", "1808.06", "Madu hutan murni 500 gr 100 botol", 100, "botol", 12500000, "18.08", "2026-04-01", "", ["madu-hutan"], "madu hutan, not kelulut"),
    ("herbal", "1872.03", "Madu murni 50 botol", 50, "botol", 8000000, "18.72", "", "", ["madu-hutan", "madu-kelulut"], "madu, any"),
    ("herbal", "3602.03", "Kapsul kelor 200 botol", 200, "botol", 11500000, "36.02", "2026-03-31", "bpom", ["kapsul-kelor"], "kapsul kelor, not teh"),
    ("herbal", "3205.03", "Minyak kayu putih 60 ml 500 botol", 500, "botol", 16000000, "32.05", "2026-03-01", "bpom", ["minyak-kayu-putih"], "minyak kayu putih, not sereh"),
    ("herbal", "3673.03", "Minyak telon bayi 300 botol", 300, "botol", 9000000, "36.73", "", "", [], "none: nobody makes minyak telon"),
    # ---------------- kosmetik
    ("kosmetik", "3202.03", "Sabun mandi batang 300 pcs BPOM", 300, "pcs", 5000000, "32.02", "2026-03-15", "bpom", ["sabun-batang"], "sabun batang (both bpom makers)"),
    ("kosmetik", "1872.03", "Hand sanitizer 500 ml 200 botol", 200, "botol", 6500000, "18.72", "2026-02-28", "", ["hand-sanitizer"], "hand sanitizer"),
    ("kosmetik", "3673.13", "Lulur beras kencur 100 jar", 100, "jar", 4000000, "36.73", "", "", ["lulur"], "lulur"),
    ("kosmetik", "3673.07", "Masker wajah bengkoang BPOM 100 jar", 100, "jar", 3500000, "36.73", "", "bpom", ["?masker-bengkoang"], "none: masker maker lacks bpom"),
    # ---------------- logam
    ("logam", "3604.07", "Golok Ciomas 20 pcs cinderamata tamu", 20, "pcs", 7500000, "36.04", "2026-04-01", "", ["golok"], "golok"),
    ("logam", "3214.05", "Belanja Bahan-Bahan Pertanian - Cangkul 500 pcs bantuan kelompok tani", 500, "pcs", 50000000, "32.14", "2026-05-01", "sni", ["cangkul"], "cangkul"),
    ("logam", "3672.08", "Panci aluminium 50 liter 20 pcs dapur umum", 20, "pcs", 18000000, "36.72", "2026-03-01", "", ["panci-besar"], "panci besar, not dandang"),
    ("logam", "3604.05", "Golok 1.000 pcs bantuan petani dibutuhkan 1 Maret", 1000, "pcs", 400000000, "36.04", "2026-03-01", "", ["?golok"], "none: golok capacity too small by the date"),
    # ---------------- percetakan
    ("percetakan", "3673.11", "Cetak spanduk flexi 100 m2", 100, "m2", 3000000, "36.73", "2026-02-20", "", ["spanduk"], "spanduk"),
    ("percetakan", "1871.06", "Dus nasi kotak laminasi 5.000 pcs", 5000, "pcs", 8000000, "18.71", "2026-03-01", "", ["dus-nasi"], "dus nasi (packaging), not snack dus"),
    ("percetakan", "3215.01", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor - Map snelhecter cetak logo 2.000 pcs", 2000, "pcs", 10000000, "32.15", "2026-03-01", "", ["map-snelhecter"], "map snelhecter"),
    ("percetakan", "3674.01", "ID card PVC + lanyard 300 pcs", 300, "pcs", 5000000, "36.74", "2026-03-01", "", ["id-card"], "id card"),
    ("percetakan", "3673.01", "Kalender dinding 2027 1.000 eks", 1000, "eks", 25000000, "36.73", "2026-11-30", "", [], "none: nobody prints calendars"),
    # ---------------- pertanian
    ("pertanian", "1810.09", "Belanja Bibit Ikan - Benih lele sangkuriang 50.000 ekor", 50000, "ekor", 15000000, "18.10", "2026-03-01", "", ["benih-lele"], "benih lele"),
    ("pertanian", "1810.09", "Benih ikan nila merah 30.000 ekor", 30000, "ekor", 13500000, "18.10", "2026-03-15", "", ["benih-nila"], "benih nila, not lele"),
    ("pertanian", "3203.10", "Beras pandan wangi 5 kg paket sembako 300 karung", 300, "karung", 30000000, "32.03", "2026-03-10", "", ["beras-pandanwangi"], "beras pandan wangi, not medium"),
    ("pertanian", "3602.04", "Sayur segar dapur RSUD 500 kg", 500, "kg", 7000000, "36.02", "2026-02-15", "", ["sayur-segar"], "sayur segar, Lebak"),
    ("pertanian", "1806.05", "Bibit kelapa sawit 1.000 batang", 1000, "batang", 30000000, "18.06", "", "", [], "none: nobody sells sawit seedlings"),
    # ---------------- lainnya
    ("lainnya", "3604.01", "Sapu ijuk 100 pcs", 100, "pcs", 3000000, "36.04", "2026-02-20", "", ["sapu-ijuk"], "sapu ijuk"),
    ("lainnya", "3210.10", "Genteng tanah Jatiwangi 10.000 buah rehab rumah", 10000, "buah", 40000000, "32.10", "2026-05-01", "", ["genteng-tanah"], "genteng"),
    ("lainnya", "1872.01", "Paving blok K-300 500 m2", 500, "m2", 40000000, "18.72", "2026-05-01", "sni", ["paving-blok"], "paving blok"),
    ("lainnya", "3672.08", "Kasur busa pengungsi 100 buah", 100, "buah", 30000000, "36.72", "", "", [], "none: nobody makes kasur"),
]

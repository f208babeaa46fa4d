"""relevance-blind94 needs: central-government vertical units (KKP, Kementan) in Lampung, Banten, Jawa Barat.

UNITS: key -> (opd_code, opd_name, delivery region)
NEEDS: (unit key, category, description, quantity, unit, budget, needed_by, required certs, kinds, note)
kinds: the product kinds an officer accepts ([] = nobody offers an acceptable product);
"?kind" = a kind that exists but which the labeller expects to be excluded by a hard constraint
(build.py fails if such an item turns out feasible; for perishables only within the province).
"""

UNITS = {
    "BBPBL": ("032.BBPBL-LPG", "Balai Besar Perikanan Budidaya Laut Lampung", "18.09"),
    "PPNKA": ("032.PPN-KRGT", "Pelabuhan Perikanan Nusantara Karangantu", "36.73"),
    "BLUPPB": ("032.BLUPPB-KRW", "Balai Layanan Usaha Produksi Perikanan Budidaya Karawang", "32.15"),
    "BSIPLA": ("018.BSIP-LPG", "Balai Penerapan Standar Instrumen Pertanian (BPTP) Lampung", "18.71"),
    "BSIPBA": ("018.BSIP-BTN", "Balai Penerapan Standar Instrumen Pertanian (BPTP) Banten", "36.73"),
    "KRTLA": ("018.KRT-LPG", "Balai Karantina Hewan, Ikan dan Tumbuhan Lampung", "18.71"),
    "KRTBA": ("018.KRT-BTN", "Balai Besar Karantina Hewan, Ikan dan Tumbuhan Banten", "36.72"),
    "BVET": ("018.BVET-LPG", "Balai Veteriner Lampung", "18.71"),
    "BBPOPT": ("018.BBPOPT", "Balai Besar Peramalan Organisme Pengganggu Tumbuhan Jatisari", "32.15"),
}

BO = "Belanja Barang Operasional Lainnya - "
BB = "Belanja Bahan - "
BK = "Belanja Barang Persediaan Barang Konsumsi - "
BM = "Belanja Barang untuk Diserahkan kepada Masyarakat - "
MM = "Belanja Makanan dan Minuman Rapat - "
HD = "Belanja Hadiah yang Bersifat Barang - "
MP = "Belanja Modal Peralatan dan Mesin - "

NEEDS = [
    # ---- pertanian / perikanan ----
    ("BBPBL", "pertanian", BB + "Benih Kerapu Cantang ukuran 7 cm untuk Demfarm KJA", 5000, "ekor", 25000000, "2026-04-30", "", ["benih-kerapu-cantang"], "kerapu cantang"),
    ("BBPBL", "pertanian", BO + "Pengadaan Benih Kerapu Macan 10 cm untuk restocking", 3000, "ekor", 15000000, "", "", [], "kerapu macan: nobody offers it (cantang is another fish)"),
    ("BBPBL", "pertanian", BB + "Pakan Ikan Apung (pelet) untuk pembesaran kakap dan kerapu", 60, "sak", 25000000, "", "", ["pakan-ikan-apung"], "floating fish feed; the besar mill is out"),
    ("PPNKA", "pertanian", BM + "Jaring Insang (Gill Net) untuk nelayan Karangantu", 40, "unit", 40000000, "2026-06-30", "", ["jaring-insang"], "gill net from small makers; besar out"),
    ("PPNKA", "pertanian", BO + "Pengadaan Jaring Purse Seine (Pukat Cincin) 1 unit", 1, "unit", 150000000, "", "", [], "purse seine: nobody makes it (gill net is another net)"),
    ("BBPBL", "pertanian", BB + "Jaring KJA ukuran 3x3x3 m penggantian jaring rusak", 12, "unit", 18000000, "", "", ["jaring-keramba"], "KJA net; besar out"),
    ("PPNKA", "pertanian", BB + "Nener Bandeng untuk restocking Teluk Banten", 200000, "ekor", 15000000, "", "", ["nener-bandeng"], "nener = benih bandeng, not gelondongan"),
    ("BSIPBA", "pertanian", BB + "Benih Padi Ciherang Label Biru untuk demplot", 200, "kantong", 15000000, "2026-03-31", "", ["benih-padi-ciherang"], "named variety Ciherang"),
    ("BSIPLA", "pertanian", BB + "Benih Padi Inpari 32 kemasan 5 kg", 300, "kantong", 24000000, "", "", ["benih-padi-inpari32"], "named variety Inpari 32"),
    ("BSIPLA", "pertanian", BM + "Benih Padi Varietas Unggul Baru (VUB) kemasan 5 kg", 150, "kantong", 12000000, "", "", ["benih-padi-inpari32", "benih-padi-ciherang"], "any certified VUB rice seed"),
    ("BSIPLA", "pertanian", BB + "Bibit Kopi Arabika Sigararutang polybag", 5000, "batang", 30000000, "", "", [], "arabica seedlings: only robusta offered"),
    ("BSIPLA", "pertanian", BM + "Bibit Kopi Robusta Sambung Pucuk untuk petani", 10000, "batang", 55000000, "", "", ["bibit-kopi-robusta"], "robusta seedlings"),
    ("BSIPBA", "pertanian", BB + "Bibit Durian Montong okulasi", 100, "batang", 10000000, "", "", [], "Montong: only Musang King offered"),
    ("BSIPBA", "pertanian", "Bibit durian musang king", 50, "batang", 7000000, "", "", ["bibit-durian-musangking"], "Musang King"),
    ("BSIPBA", "pertanian", BB + "Pupuk Organik Granul 40 kg ber-SNI", 500, "sak", 30000000, "", "sni", ["pupuk-organik-granul"], "granular organic fertiliser, SNI"),
    ("BSIPBA", "pertanian", BB + "Pupuk Hayati Cair kemasan 1 liter", 300, "botol", 16000000, "", "", ["pupuk-hayati"], "biofertiliser, not POC"),
    ("BBPOPT", "pertanian", BB + "Agens Hayati Trichoderma sp. untuk pengendalian OPT", 100, "kg", 4000000, "", "", ["trichoderma"], "trichoderma"),
    ("BBPBL", "pertanian", BB + "Benur Udang Vaname PL10", 1000000, "ekor", 60000000, "", "", ["?benur-vaname"], "only hatchery is inactive"),
    ("BLUPPB", "pertanian", BB + "Benih Ikan Nila ukuran 3-7 cm", 100000, "ekor", 50000000, "", "", ["benih-nila-merah", "benih-nila-nirwana"], "any tilapia fry"),
    ("BLUPPB", "pertanian", "Benih nila merah 3-5 cm", 50000, "ekor", 20000000, "", "", ["benih-nila-merah"], "red tilapia only"),
    ("BBPBL", "pertanian", BB + "Pakan Udang Vaname Crumble", 30, "sak", 18000000, "", "", ["pakan-udang"], "shrimp feed"),
    ("BVET", "pertanian", BM + "Bibit Kambing Boer jantan", 10, "ekor", 40000000, "2026-07-31", "", ["kambing-boer"], "boer goat"),
    ("BVET", "pertanian", BB + "Pakan Konsentrat Sapi kemasan 50 kg", 100, "sak", 26000000, "", "", ["pakan-ternak-konsentrat"], "cattle concentrate; besar out"),
    ("PPNKA", "pertanian", BB + "Alat Tangkap Rawai Dasar (long line)", 20, "set", 10000000, "", "", ["rawai"], "long line"),
    ("BBPBL", "pertanian", "Bubu lipat rajungan utk kelompok nelayan binaan", 200, "pcs", 15000000, "", "", ["bubu-rajungan"], "crab trap"),
    # ---- makanan ----
    ("KRTBA", "makanan", BK + "Emping Melinjo untuk suguhan tamu", 20, "kg", 3000000, "", "halal", ["emping-melinjo"], "plain emping (not balado)"),
    ("PPNKA", "makanan", "Sate Bandeng oleh-oleh tamu kunjungan kerja", 100, "ekor", 6000000, "2026-03-10", "halal", ["sate-bandeng"], "perishable, Kota Serang maker"),
    ("BSIPLA", "makanan", MM + "Kue basah tradisional untuk rapat evaluasi", 300, "pcs", 1500000, "2026-02-26", "", ["?kue-basah"], "perishable; only maker is in Banten"),
    ("KRTLA", "makanan", HD + "Keripik Pisang Lampung untuk cinderamata", 200, "bungkus", 6000000, "", "", ["keripik-pisang"], "banana chips"),
    ("BBPBL", "makanan", BK + "Abon Ikan kemasan 100 gr ber-BPOM", 300, "pcs", 10000000, "", "bpom", ["?abon-ikan"], "maker holds only halal+pirt"),
    ("BSIPBA", "makanan", "Gula aren semut 500 gr", 100, "bungkus", 4000000, "", "", ["gula-semut"], "palm sugar granules, not block"),
    ("PPNKA", "makanan", "Bandeng presto duri lunak 500 gr utk tamu", 200, "pcs", 10000000, "2026-03-05", "", ["bandeng-presto"], "perishable, same city"),
    # ---- minuman ----
    ("BSIPLA", "minuman", BK + "Kopi bubuk robusta Lampung 250 gr", 100, "bungkus", 4500000, "", "", ["kopi-robusta-bubuk"], "ground robusta; size does not narrow"),
    ("KRTBA", "minuman", BK + "Kopi Arabika bubuk kemasan 200 gr", 50, "bungkus", 3000000, "", "", [], "arabica: only robusta offered"),
    ("BBPOPT", "minuman", BK + "Teh celup untuk persediaan pantry", 100, "box", 1500000, "", "", ["teh-celup-hitam"], "tea bags"),
    ("KRTBA", "minuman", "Teh rosela kering", 50, "bungkus", 2000000, "", "", [], "rosella tea: nobody makes it"),
    ("BSIPBA", "minuman", BK + "Wedang Jahe instan sachet untuk rapat", 100, "pak", 3000000, "", "", ["wedang-jahe"], "instant ginger drink (minuman)"),
    ("BBPBL", "minuman", BK + "Biji Kopi Robusta Sangrai 1 kg untuk mesin kopi", 20, "kg", 3500000, "", "", ["kopi-robusta-biji"], "roasted beans, not ground"),
    # ---- jasa-boga ----
    ("KRTLA", "jasa-boga", MM + "Rapat Koordinasi Karantina 150 orang (nasi kotak)", 150, "kotak", 6000000, "2026-02-20", "halal", ["nasi-kotak"], "same-city caterer"),
    ("BBPBL", "jasa-boga", MM + "Nasi Kotak Pelatihan Pembudidaya Ikan 200 orang", 200, "kotak", 8000000, "2026-03-12", "halal", ["nasi-kotak"], "same-kabupaten caterer"),
    ("PPNKA", "jasa-boga", MM + "Snack Box Rapat Sosialisasi 300 orang", 300, "kotak", 5000000, "2026-02-25", "", ["snack-box"], "same-city caterer"),
    ("PPNKA", "jasa-boga", MM + "Nasi Kotak Bimtek Nelayan 800 orang", 800, "kotak", 28000000, "2026-04-15", "halal", ["nasi-kotak"], "city caterer too small; province"),
    ("KRTBA", "jasa-boga", MM + "Nasi Kotak Apel Siaga Posko Mudik 5000 porsi satu hari", 5000, "kotak", 200000000, "2026-03-15", "halal", ["?nasi-kotak"], "no Banten caterer can do 5000 in a day"),
    ("BBPBL", "jasa-boga", MM + "Prasmanan Penutupan Diklat 150 pax", 150, "pax", 10000000, "2026-05-20", "", ["prasmanan"], "buffet"),
    ("BSIPBA", "jasa-boga", MM + "Prasmanan Temu Lapang Petani 200 orang", 200, "pax", 14000000, "2026-04-10", "", ["?prasmanan"], "buffet only offered in Lampung"),
    # ---- fesyen ----
    ("BSIPBA", "fesyen", HD + "Kain Batik Tulis Motif Banten untuk cinderamata tamu", 10, "lembar", 12000000, "2026-06-30", "batikmark", ["batik-tulis"], "batik tulis"),
    ("KRTBA", "fesyen", HD + "Kain Batik Tulis khas Banten 40 lembar", 40, "lembar", 48000000, "2026-02-15", "", ["?batik-tulis"], "13 days: lead time too long"),
    ("PPNKA", "fesyen", "Kain batik cap banten 2 m", 100, "lembar", 28000000, "", "", ["batik-cap"], "batik cap, not tulis"),
    ("KRTLA", "fesyen", "Belanja Pakaian Dinas Lapangan (PDL) Petugas Karantina", 120, "pcs", 27000000, "2026-05-31", "", ["baju-pdl"], "PDL"),
    ("BBPBL", "fesyen", BO + "Kaos Polo Bordir Logo KKP", 200, "pcs", 18000000, "", "", ["kaos-polo"], "polo shirt"),
    ("BSIPLA", "fesyen", HD + "Kain Tapis Lampung Sulam Tangan untuk cinderamata pejabat", 5, "lembar", 10000000, "2026-05-31", "", ["tapis-sulam-tangan"], "hand tapis, not machine"),
    ("BSIPBA", "fesyen", HD + "Kain Tenun Baduy", 20, "lembar", 8000000, "", "", ["tenun-baduy"], "tenun baduy cloth"),
    # ---- kerajinan ----
    ("BSIPBA", "kerajinan", HD + "Tas Koja Baduy", 50, "pcs", 5000000, "", "", ["tas-koja"], "koja"),
    ("KRTLA", "kerajinan", HD + "Tas Anyaman Purun", 100, "pcs", 7000000, "", "", [], "purun bag: nobody makes it"),
    ("BBPBL", "kerajinan", BK + "Tikar pandan untuk musala kantor", 10, "lembar", 2000000, "", "", ["tikar-pandan"], "pandan mat"),
    ("BSIPBA", "kerajinan", BB + "Pot Gerabah (tanah liat) diameter 30 cm", 200, "pcs", 8000000, "", "", ["pot-gerabah"], "clay pot"),
    ("BLUPPB", "kerajinan", "Tudung saji bambu", 30, "pcs", 1800000, "", "", ["tudung-saji"], "food cover"),
    ("KRTLA", "kerajinan", HD + "Miniatur Kapal Pinisi souvenir", 20, "pcs", 6000000, "", "", [], "nobody makes it"),
    # ---- perhiasan ----
    ("KRTBA", "perhiasan", HD + "Bros Perak Motif Badak untuk cinderamata", 20, "pcs", 6500000, "", "", ["bros-perak"], "silver brooch"),
    ("BSIPLA", "perhiasan", HD + "Cincin Emas 24 karat", 5, "pcs", 25000000, "", "", [], "gold ring: only silver"),
    ("KRTLA", "perhiasan", "Cincin perak akik lampung", 10, "pcs", 3000000, "", "", ["cincin-perak"], "silver ring"),
    ("BBPBL", "perhiasan", HD + "Kalung Mutiara Laut (South Sea)", 5, "pcs", 15000000, "", "", [], "sea pearl: only freshwater"),
    ("PPNKA", "perhiasan", HD + "Kalung Mutiara", 10, "pcs", 4500000, "", "", ["kalung-mutiara"], "any pearl necklace"),
    # ---- furnitur ----
    ("BSIPLA", "furnitur", MP + "Meja Kerja Kayu Jati 1/2 biro", 8, "unit", 22000000, "2026-06-30", "", ["meja-kerja-kayu"], "wooden desk"),
    ("KRTBA", "furnitur", MP + "Kursi Kerja Ergonomis", 20, "unit", 30000000, "", "", ["?kursi-kerja-ergonomis"], "only a besar maker"),
    ("PPNKA", "furnitur", MP + "Lemari Arsip Besi 4 laci", 5, "unit", 16000000, "", "", ["?lemari-arsip-besi"], "only a besar maker"),
    ("BSIPBA", "furnitur", MP + "Lemari Arsip Kayu 2 pintu", 4, "unit", 15000000, "", "", ["lemari-arsip-kayu"], "wooden filing cabinet"),
    ("BBPBL", "furnitur", MP + "Meja Rapat kayu kapasitas 10 orang", 1, "unit", 10000000, "", "", ["meja-rapat-kayu"], "meeting table"),
    ("BSIPLA", "furnitur", MP + "Kursi Tamu (sofa) Kayu Jati 1 set", 1, "set", 12000000, "", "", ["kursi-tamu-jati"], "guest set"),
    # ---- herbal ----
    ("KRTLA", "herbal", HD + "Madu Hutan Murni 500 ml", 50, "botol", 6000000, "", "", ["madu-hutan"], "forest honey"),
    ("BBPBL", "herbal", "Madu klanceng (trigona)", 30, "botol", 4500000, "", "", [], "stingless-bee honey: nobody"),
    ("BSIPBA", "herbal", BK + "Jahe Merah Instan", 100, "bungkus", 3000000, "", "", ["jahe-instan"], "jahe merah instan"),
    ("KRTBA", "herbal", BK + "Temulawak Instan 200 gr", 100, "bungkus", 2800000, "", "", ["temulawak-instan"], "temulawak"),
    ("BBPOPT", "herbal", "Jamu beras kencur botol 250 ml", 100, "botol", 1500000, "", "", [], "nobody makes it"),
    # ---- kosmetik ----
    ("KRTBA", "kosmetik", BK + "Hand Sanitizer Gel 500 ml", 100, "botol", 4000000, "", "bpom", ["hand-sanitizer"], "hand sanitizer"),
    ("BBPBL", "kosmetik", BK + "Sabun Cuci Tangan cair 5 liter", 20, "jerigen", 2000000, "", "", ["sabun-cuci-tangan"], "liquid hand soap"),
    ("BSIPLA", "kosmetik", BK + "Sabun Mandi batang", 200, "pcs", 3500000, "", "", ["sabun-vco"], "bar soap"),
    ("KRTLA", "kosmetik", BK + "Sabun Cuci Piring cair 5 liter", 20, "jerigen", 1500000, "", "", [], "dish soap: nobody"),
    # ---- logam ----
    ("BSIPLA", "logam", BB + "Cangkul baja untuk kebun percobaan", 100, "pcs", 10000000, "", "", ["cangkul"], "hoe"),
    ("KRTBA", "logam", HD + "Golok Ciomas Asli untuk cinderamata", 20, "pcs", 7000000, "", "", ["?golok-ciomas"], "over budget"),
    ("BSIPBA", "logam", BB + "Arit / sabit rumput", 50, "pcs", 3000000, "", "", ["sabit"], "sickle"),
    ("PPNKA", "logam", MP + "Meja Sortir Ikan Stainless Steel", 4, "unit", 18000000, "", "", ["meja-stainless"], "stainless table"),
    ("BBPBL", "logam", BB + "Pisau Fillet Ikan", 30, "pcs", 1800000, "", "", ["pisau-fillet"], "fillet knife"),
    ("PPNKA", "logam", "Jangkar perahu 10 kg", 10, "pcs", 4000000, "", "", ["jangkar"], "anchor"),
    ("BSIPBA", "logam", BB + "Parang / golok tebas kebun", 30, "pcs", 3500000, "", "", ["parang"], "machete; Ciomas pusaka is another thing"),
    # ---- percetakan ----
    ("BSIPLA", "percetakan", BO + "Cetak Leaflet Teknologi Budidaya Padi", 5000, "lembar", 7500000, "", "", ["leaflet"], "leaflet"),
    ("BBPBL", "percetakan", BO + "Spanduk kegiatan Hari Ikan Nasional", 50, "m2", 1600000, "2026-03-31", "", ["spanduk"], "banner"),
    ("KRTBA", "percetakan", BK + "Alat Tulis Kantor - Map Snelhecter plastik", 500, "pcs", 2000000, "", "", ["map-snelhecter"], "snelhecter"),
    ("BSIPBA", "percetakan", BO + "Cetak Kalender Meja 2027", 300, "pcs", 9000000, "", "", [], "desk calendar: nobody"),
    ("BBPOPT", "percetakan", BO + "Cetak Buku Petunjuk Teknis Pengamatan OPT", 300, "eks", 9000000, "", "", ["buku-juknis"], "juknis book"),
    ("PPNKA", "percetakan", "Cetak piagam penghargaan nelayan teladan", 200, "lembar", 1000000, "", "", ["piagam"], "certificate print"),
    ("BSIPLA", "percetakan", BO + "Cetak Buku Saku Pengendalian Hama", 1000, "eks", 11000000, "", "", ["buku-saku"], "pocket book"),
    # ---- lainnya ----
    ("BBPBL", "lainnya", MP + "Bak Fiber 1 ton untuk pembenihan", 4, "unit", 13000000, "", "", ["bak-fiber"], "fibre tank"),
    ("PPNKA", "lainnya", BB + "Cool Box Ikan 100 liter", 10, "unit", 16000000, "", "", ["cool-box"], "cool box, not styrofoam"),
    ("PPNKA", "lainnya", BB + "Box Styrofoam ikan", 200, "pcs", 10000000, "", "", ["styrofoam-box"], "styrofoam box"),
    ("BLUPPB", "lainnya", BB + "Plastik packing benih ikan", 50, "pak", 3000000, "", "", ["plastik-benih"], "fry bags"),
    ("PPNKA", "lainnya", BM + "Life Jacket untuk nelayan", 100, "pcs", 20000000, "", "", ["life-jacket"], "life jacket"),
    ("KRTBA", "lainnya", BO + "Ring Buoy Pelampung Penolong", 10, "pcs", 3000000, "", "", [], "ring buoy: nobody"),
    ("BSIPLA", "lainnya", BB + "Knapsack Sprayer 16 liter", 20, "unit", 6000000, "", "", ["sprayer-manual"], "sprayer"),
]

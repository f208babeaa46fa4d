"""What suppliers sell and OPDs buy: categories, product templates, prices.

One table serves suppliers (their main product), the catalog (items and
descriptions) and needs (what is asked for), so a need always names something a
catalog row could offer. Prices are rounded *up* to a step, which gives every
category a known floor (ceil(base * PRICE_LO)) that the needs generator uses to
write budgets that can never match.
"""

# Per category, templates of
# (code, stem, unit, base_price, cap_lo, cap_hi, lead_lo, lead_hi, variants, keywords)

T = {
    "makanan": [
        ("EMP", "Emping Melinjo", "kg", 85000, 50, 800, 2, 7, ("", "Super", "Manis", "Pedas", "Tipis Super", "Original"), ("emping melinjo", "camilan khas Banten", "oleh-oleh", "renyah", "tanpa pengawet")),
        ("KPS", "Keripik Pisang", "pcs", 15000, 200, 5000, 2, 7, ("Coklat", "Original", "Manis", "Asin", "Balado", "250 gr"), ("keripik pisang", "oleh-oleh Lampung", "camilan", "snack", "renyah")),
        ("KSG", "Keripik Singkong", "pcs", 12000, 200, 5000, 2, 7, ("Balado", "Original", "Pedas Daun Jeruk", "200 gr"), ("keripik", "singkong", "camilan", "snack", "pedas")),
        ("KRP", "Kerupuk Kemplang", "kg", 70000, 50, 1000, 2, 10, ("Ikan Tenggiri", "Panggang", "Goreng"), ("kerupuk", "kemplang", "ikan tenggiri", "oleh-oleh")),
        ("SMB", "Sambal", "botol", 25000, 100, 3000, 2, 7, ("Roa", "Bawang", "Cumi", "Teri", "Ijo"), ("sambal", "botol kaca", "pedas", "tanpa pengawet")),
        ("KBS", "Kue Basah", "pcs", 2500, 500, 20000, 1, 2, ("Lapis", "Lemper", "Risoles", "Pastel", "Nagasari", "Kue Lumpur"), ("kue basah", "jajanan pasar", "snack rapat", "fresh")),
        ("BLU", "Bolu", "box", 55000, 50, 1500, 1, 3, ("Pandan", "Gulung", "Pisang", "Ketan Hitam"), ("bolu", "kue", "hantaran", "kotak")),
        ("GPG", "Gipang", "pcs", 15000, 100, 3000, 2, 7, ("Beras Ketan", "Wijen"), ("gipang", "kue khas Cilegon", "oleh-oleh Banten", "manis")),
        ("STB", "Sate Bandeng", "ekor", 65000, 50, 1500, 1, 3, ("Serang", "Original"), ("sate bandeng", "khas Banten", "oleh-oleh", "ikan bandeng")),
        ("ABN", "Abon Ikan", "pcs", 35000, 100, 2000, 2, 7, ("Tongkol", "Lele", "Tuna"), ("abon", "ikan", "lauk", "kemasan standing pouch")),
        ("RGN", "Rengginang", "kg", 50000, 50, 1000, 2, 7, ("Terasi", "Original", "Manis"), ("rengginang", "beras ketan", "oleh-oleh")),
        ("LPL", "Lapis Legit", "box", 175000, 20, 500, 2, 5, ("Original", "Prunes", "Keju"), ("lapis legit", "kue premium", "hantaran", "parsel")),
    ],
    "minuman": [
        ("KPR", "Kopi Robusta", "pcs", 45000, 100, 5000, 2, 7, ("Bubuk 250 gr", "Biji Sangrai 500 gr", "Lampung Barat 250 gr", "Premium 200 gr"), ("kopi robusta", "kopi Lampung", "single origin", "oleh-oleh")),
        ("KPA", "Kopi Arabika", "pcs", 75000, 50, 2000, 2, 7, ("Bubuk 200 gr", "Biji Sangrai 250 gr"), ("kopi arabika", "specialty", "roasting", "kopi lokal")),
        ("TRS", "Teh Rosella", "box", 30000, 100, 3000, 2, 7, ("Celup", "Kering"), ("teh herbal", "rosella", "minuman sehat")),
        ("SJH", "Sirup Jahe", "botol", 25000, 100, 3000, 2, 7, ("Merah", "Original"), ("sirup", "jahe", "minuman tradisional")),
        ("SSK", "Susu Kedelai", "botol", 6000, 500, 10000, 1, 2, ("Original", "Cokelat"), ("susu kedelai", "minuman segar", "tanpa pengawet")),
        ("SBH", "Sari Buah", "botol", 8000, 500, 10000, 1, 3, ("Nanas", "Jambu", "Salak"), ("sari buah", "minuman segar", "buah lokal")),
        ("KPL", "Kopi Susu Gula Aren", "liter", 65000, 50, 2000, 1, 2, ("1 Liter", "Literan"), ("kopi susu", "gula aren", "kopi kekinian")),
        ("AMD", "Air Minum Kemasan", "dus", 42000, 200, 5000, 1, 3, ("Gelas 240 ml", "Botol 600 ml"), ("air mineral", "AMDK", "air minum", "konsumsi rapat")),
    ],
    "jasa-boga": [
        ("NSK", "Nasi Kotak", "box", 30000, 500, 10000, 1, 3, ("Ayam Bakar", "Ayam Goreng", "Rendang", "Ikan Bakar", "Paket Lengkap"), ("nasi kotak", "catering", "rapat", "konsumsi kegiatan", "halal")),
        ("SNB", "Snack Box", "box", 15000, 500, 15000, 1, 2, ("3 Kue", "4 Kue", "Premium", "Tradisional"), ("snack box", "kue basah", "rapat", "coffee break", "konsumsi kegiatan")),
        ("PRS", "Prasmanan", "porsi", 55000, 200, 5000, 2, 5, ("Menu Nusantara", "Menu Sunda", "Menu Lengkap"), ("prasmanan", "catering", "acara", "resepsi", "buffet")),
        ("TMP", "Tumpeng", "paket", 750000, 10, 200, 2, 4, ("Nasi Kuning", "Mini", "Syukuran"), ("tumpeng", "nasi kuning", "syukuran", "HUT", "acara")),
        ("CBK", "Coffee Break", "porsi", 25000, 300, 8000, 1, 2, ("Pagi", "Sore", "Paket"), ("coffee break", "snack", "kopi", "teh", "rapat")),
        ("NLW", "Nasi Liwet", "porsi", 35000, 200, 5000, 1, 3, ("Komplit", "Ayam", "Ikan Asin"), ("nasi liwet", "catering", "makan siang", "Sunda")),
        ("RNT", "Katering Harian", "porsi", 25000, 500, 10000, 1, 3, ("Rantangan", "Pegawai", "Siswa"), ("katering harian", "makan siang", "pegawai", "rantangan")),
    ],
    "fesyen": [
        ("BTL", "Batik Tulis", "lembar", 450000, 10, 300, 7, 30, ("Motif Datulaya", "Motif Surosowan", "Motif Kawangsan", "Motif Pasepen", "Krakatau", "Motif Bambu Kuning"), ("batik tulis", "kain batik", "cenderamata", "motif khas daerah", "handmade")),
        ("BTC", "Batik Cap", "lembar", 175000, 50, 1500, 5, 21, ("Motif Banten", "Motif Krakatau", "Motif Bekasi", "Motif Siger"), ("batik cap", "kain batik", "seragam", "motif khas")),
        ("TPS", "Kain Tapis", "lembar", 1500000, 5, 80, 14, 45, ("Lampung", "Motif Jung Sarat", "Motif Raja Medal", "Sulam Usus"), ("tapis", "tenun", "kain tradisional Lampung", "cenderamata premium")),
        ("PDH", "Seragam PDH", "stel", 275000, 50, 2000, 14, 30, ("Pria", "Wanita", "Lengan Panjang"), ("seragam", "PDH", "pakaian dinas", "konveksi", "jahit")),
        ("KMB", "Kemeja Batik", "pcs", 185000, 100, 3000, 7, 21, ("Pria Lengan Panjang", "Wanita", "Seragam Kantor"), ("kemeja batik", "seragam", "batik", "konveksi")),
        ("KOS", "Kaos Sablon", "pcs", 65000, 200, 5000, 5, 14, ("Cotton Combed 30s", "Polo", "Kerah"), ("kaos", "sablon", "seragam kegiatan", "konveksi", "custom logo")),
        ("TSK", "Tas Kanvas", "pcs", 75000, 100, 3000, 5, 14, ("Bordir", "Sablon", "Seminar"), ("tas", "kanvas", "seminar kit", "goodie bag")),
        ("JLB", "Kerudung", "pcs", 45000, 200, 5000, 3, 14, ("Segi Empat", "Instan", "Bordir"), ("kerudung", "jilbab", "busana muslim", "seragam")),
        ("PCI", "Peci", "pcs", 50000, 100, 3000, 3, 14, ("Hitam Polos", "Bordir", "Khas Banten"), ("peci", "kopiah", "busana muslim", "seragam")),
    ],
    "kerajinan": [
        ("APD", "Anyaman Pandan", "pcs", 60000, 50, 2000, 5, 21, ("Tas", "Tikar", "Tempat Tisu", "Kotak Hantaran"), ("anyaman", "pandan", "kerajinan tangan", "souvenir", "ramah lingkungan")),
        ("GKK", "Gantungan Kunci", "pcs", 7500, 500, 20000, 3, 14, ("Golok Mini", "Rumah Adat", "Siger", "Logo Instansi"), ("gantungan kunci", "souvenir", "cenderamata", "custom")),
        ("BNK", "Boneka", "pcs", 55000, 100, 3000, 5, 21, ("Maskot Daerah", "Flanel", "Badak Bercula Satu"), ("boneka", "souvenir", "maskot")),
        ("GRB", "Gerabah", "pcs", 85000, 50, 1500, 7, 30, ("Bumijaya", "Vas Bunga", "Guci", "Celengan"), ("gerabah", "tembikar", "tanah liat", "dekorasi")),
        ("UKR", "Ukiran Kayu", "pcs", 350000, 10, 300, 14, 45, ("Kaligrafi", "Relief", "Hiasan Dinding"), ("ukiran", "kayu", "kerajinan", "dekorasi", "cenderamata")),
        ("PLK", "Plakat", "pcs", 250000, 20, 1000, 5, 21, ("Kayu", "Akrilik", "Kuningan"), ("plakat", "penghargaan", "cenderamata", "custom grafir")),
        ("MNR", "Miniatur", "pcs", 175000, 20, 500, 7, 30, ("Rumah Adat Baduy", "Menara Banten", "Siger Lampung", "Kapal"), ("miniatur", "souvenir", "cenderamata", "pajangan")),
        ("TPR", "Tas Anyaman Purun", "pcs", 90000, 50, 1500, 5, 21, ("Besar", "Kecil", "Motif"), ("tas", "anyaman", "purun", "ramah lingkungan", "souvenir")),
        ("TMB", "Tumbler Bambu", "pcs", 55000, 200, 5000, 5, 21, ("Ukir Logo", "Polos"), ("tumbler", "bambu", "souvenir", "ramah lingkungan", "custom logo")),
    ],
    "perhiasan": [
        ("CPR", "Cincin Perak", "pcs", 250000, 20, 500, 5, 21, ("Ukir", "Batu Kalimaya", "Polos"), ("cincin", "perak", "perhiasan", "handmade")),
        ("BRS", "Bros", "pcs", 45000, 100, 3000, 3, 14, ("Motif Tapis", "Siger", "Mutiara"), ("bros", "aksesoris", "cenderamata")),
        ("KLM", "Kalung Mutiara", "pcs", 650000, 10, 300, 7, 30, ("Air Tawar", "Laut Lampung"), ("kalung", "mutiara", "perhiasan", "cenderamata premium")),
        ("GLB", "Gelang", "pcs", 85000, 50, 2000, 3, 14, ("Akar Bahar", "Perak", "Manik-manik"), ("gelang", "aksesoris", "perhiasan")),
        ("LKL", "Liontin Batu Kalimaya", "pcs", 400000, 10, 300, 7, 30, ("Perak", "Emas Muda"), ("liontin", "batu kalimaya", "batu mulia Banten", "perhiasan")),
    ],
    "furnitur": [
        ("MJK", "Meja Kerja", "unit", 2500000, 5, 100, 14, 45, ("Kayu Jati", "Kayu Mahoni", "1/2 Biro"), ("meja kantor", "kayu jati", "mebel", "furnitur kantor")),
        ("KRT", "Kursi Rotan", "unit", 850000, 10, 200, 14, 30, ("Teras", "Santai", "Set"), ("kursi", "rotan", "mebel", "anyaman rotan")),
        ("LMA", "Lemari Arsip", "unit", 3200000, 5, 80, 14, 45, ("Kayu", "Kaca 2 Pintu", "4 Pintu"), ("lemari arsip", "furnitur kantor", "kayu", "mebel")),
        ("RKB", "Rak Buku", "unit", 900000, 10, 200, 7, 30, ("Kayu", "Minimalis", "5 Susun"), ("rak buku", "perpustakaan", "mebel", "kayu")),
        ("MJL", "Meja Lipat Lesehan", "unit", 250000, 50, 1000, 7, 21, ("Kayu", "Motif"), ("meja lipat", "lesehan", "mebel", "kayu")),
        ("KST", "Kursi Tamu", "set", 6500000, 2, 40, 21, 60, ("Jati Ukir", "Minimalis"), ("kursi tamu", "sofa", "ruang tamu", "mebel", "jati")),
        ("PRB", "Partisi Bambu", "unit", 450000, 10, 300, 7, 21, ("Anyaman", "Lipat"), ("partisi", "bambu", "sekat ruangan", "ramah lingkungan")),
    ],
    "herbal": [
        ("JKA", "Jamu Kunyit Asam", "botol", 10000, 200, 5000, 1, 3, ("250 ml", "500 ml"), ("jamu", "kunyit asam", "minuman herbal", "tradisional")),
        ("JBK", "Jamu Beras Kencur", "botol", 10000, 200, 5000, 1, 3, ("250 ml", "500 ml"), ("jamu", "beras kencur", "minuman herbal", "tradisional")),
        ("JMI", "Jahe Merah Instan", "pcs", 25000, 100, 3000, 2, 7, ("200 gr", "Sachet Box"), ("jahe merah", "serbuk instan", "minuman herbal", "daya tahan tubuh")),
        ("TLW", "Temulawak Instan", "pcs", 25000, 100, 3000, 2, 7, ("200 gr", "Sachet"), ("temulawak", "serbuk instan", "herbal")),
        ("MDH", "Madu Hutan", "botol", 120000, 20, 1000, 2, 7, ("250 ml", "500 ml", "Baduy"), ("madu", "madu hutan", "asli", "herbal")),
        ("MKP", "Minyak Kayu Putih", "botol", 30000, 100, 3000, 2, 7, ("60 ml", "100 ml"), ("minyak kayu putih", "herbal", "oleh-oleh")),
    ],
    "kosmetik": [
        ("SBM", "Sabun Mandi", "pcs", 15000, 200, 10000, 2, 7, ("Sereh", "Kopi", "Susu Kambing", "Madu"), ("sabun", "sabun herbal", "handmade", "perawatan kulit")),
        ("SCP", "Sabun Cuci Piring", "liter", 18000, 200, 8000, 2, 7, ("Jeruk Nipis", "Sereh"), ("sabun cuci", "pembersih", "kebutuhan kantor")),
        ("LLR", "Lulur", "pcs", 35000, 100, 3000, 2, 7, ("Kopi", "Bengkoang", "Beras"), ("lulur", "perawatan tubuh", "kosmetik alami")),
        ("MRK", "Minyak Kemiri", "botol", 30000, 100, 3000, 2, 7, ("100 ml", "Plus Lidah Buaya"), ("minyak kemiri", "perawatan rambut", "alami")),
        ("HSN", "Hand Sanitizer", "botol", 20000, 200, 10000, 1, 5, ("100 ml", "500 ml", "1 Liter"), ("hand sanitizer", "antiseptik", "kebersihan")),
    ],
    "logam": [
        ("GLK", "Golok", "pcs", 450000, 20, 500, 7, 30, ("Ciomas", "Sulangkar", "Pusaka Banten", "Mini Souvenir"), ("golok", "Ciomas", "senjata tradisional", "pusaka", "cenderamata")),
        ("PSD", "Pisau Dapur", "pcs", 60000, 100, 3000, 3, 14, ("Stainless", "Set 3 pcs"), ("pisau", "perkakas dapur", "logam")),
        ("CGK", "Cangkul", "pcs", 85000, 100, 3000, 3, 14, ("Baja", "Gagang Kayu"), ("cangkul", "alat pertanian", "pandai besi")),
        ("PRG", "Parang", "pcs", 150000, 50, 1500, 5, 21, ("Kebun", "Baja Per"), ("parang", "alat pertanian", "pandai besi")),
        ("PGB", "Pagar Besi", "meter", 450000, 20, 500, 14, 45, ("Hollow", "Minimalis"), ("pagar", "besi", "las", "konstruksi")),
        ("TRL", "Teralis", "m2", 350000, 20, 500, 14, 30, ("Besi Minimalis", "Jendela"), ("teralis", "besi", "bengkel las")),
        ("WJN", "Wajan", "pcs", 75000, 100, 3000, 3, 14, ("Aluminium", "Besi"), ("wajan", "perabot dapur", "logam cor")),
        ("TSB", "Tong Sampah", "unit", 650000, 10, 300, 7, 30, ("Besi 2 Pilah", "3 Pilah"), ("tong sampah", "besi", "fasilitas umum")),
    ],
    "percetakan": [
        ("BRO", "Brosur A4", "lembar", 800, 5000, 200000, 2, 7, ("Full Color", "Art Paper 150 gr"), ("brosur", "cetak", "leaflet", "sosialisasi")),
        ("KOP", "Kop Surat", "rim", 250000, 20, 500, 3, 10, ("HVS 80 gr", "Full Color"), ("kop surat", "cetak", "ATK", "kantor")),
        ("MAP", "Map", "pcs", 3500, 1000, 50000, 3, 10, ("Snelhecter", "Logo Instansi", "Batik"), ("map", "ATK", "cetak logo", "kantor")),
        ("SPD", "Spanduk", "m2", 25000, 200, 5000, 1, 3, ("Flexi", "Kain"), ("spanduk", "baliho", "cetak digital", "sosialisasi")),
        ("KLD", "Kalender Dinding", "pcs", 25000, 200, 10000, 5, 14, ("6 Lembar", "12 Lembar", "Meja"), ("kalender", "cetak", "souvenir akhir tahun")),
        ("AGD", "Buku Agenda", "pcs", 45000, 200, 5000, 5, 14, ("Hardcover", "Kulit Sintetis"), ("agenda", "buku", "ATK", "souvenir kantor")),
        ("STP", "Stempel", "pcs", 85000, 50, 2000, 1, 3, ("Flash", "Runaway"), ("stempel", "cap", "ATK", "kantor")),
        ("KMS", "Kotak Kemasan", "pcs", 2500, 2000, 100000, 5, 14, ("Snack Box", "Nasi Kotak", "Custom Logo"), ("kemasan", "dus", "kotak", "packaging")),
        ("UND", "Undangan", "pcs", 5000, 500, 20000, 3, 10, ("Hard Cover", "Soft Cover"), ("undangan", "cetak", "acara")),
        ("SRT", "Piagam", "lembar", 5000, 500, 20000, 2, 7, ("Sertifikat", "Penghargaan"), ("piagam", "sertifikat", "cetak")),
        ("BNR", "Roll Up Banner", "unit", 175000, 20, 1000, 1, 5, ("60x160", "80x200"), ("banner", "roll up", "promosi", "pameran")),
    ],
    "pertanian": [
        ("BRL", "Beras", "kg", 14000, 1000, 50000, 1, 5, ("Pandan Wangi", "Medium", "Premium", "Organik"), ("beras", "hasil tani", "bahan pangan", "lokal")),
        ("GAR", "Gula Aren", "kg", 35000, 100, 3000, 2, 7, ("Cetak", "Semut"), ("gula aren", "gula merah", "hasil hutan")),
        ("BDG", "Ikan Bandeng", "kg", 35000, 200, 5000, 1, 3, ("Segar", "Presto", "Tanpa Duri"), ("bandeng", "ikan", "perikanan tambak", "Serang")),
        ("KOI", "Ikan Koi", "ekor", 50000, 100, 3000, 1, 7, ("Lokal", "Kohaku", "Showa"), ("ikan hias", "koi", "budidaya")),
        ("CPG", "Ikan Cupang", "ekor", 15000, 200, 5000, 1, 7, ("Halfmoon", "Plakat"), ("ikan hias", "cupang", "budidaya")),
        ("BDR", "Bibit Durian", "batang", 35000, 200, 5000, 3, 14, ("Montong", "Musang King", "Lokal"), ("bibit", "durian", "penghijauan", "tanaman buah")),
        ("BKP", "Bibit Kopi", "batang", 5000, 1000, 30000, 3, 14, ("Robusta", "Arabika"), ("bibit", "kopi", "perkebunan")),
        ("PSK", "Pisang Kepok", "sisir", 20000, 200, 5000, 1, 3, ("Lampung", "Matang"), ("pisang", "buah", "hasil tani")),
        ("LDH", "Lada Hitam", "kg", 95000, 50, 2000, 2, 7, ("Lampung", "Bubuk"), ("lada", "rempah", "Lampung", "hasil perkebunan")),
        ("TLR", "Telur Ayam Kampung", "butir", 2500, 1000, 30000, 1, 3, ("Segar", "Omega"), ("telur", "ayam kampung", "peternakan", "bahan pangan")),
    ],
    "lainnya": [
        ("DKR", "Jasa Dekorasi", "paket", 2500000, 2, 60, 3, 14, ("Panggung", "Pelaminan", "Acara Dinas"), ("dekorasi", "panggung", "acara", "bunga")),
        ("TNH", "Tanaman Hias", "pot", 75000, 50, 2000, 1, 7, ("Sansevieria", "Monstera", "Aglonema"), ("tanaman hias", "pot", "penghijauan kantor")),
        ("SPU", "Sapu Ijuk", "pcs", 25000, 200, 5000, 2, 7, ("Gagang Kayu", "Lantai"), ("sapu", "ijuk", "kebersihan", "alat rumah tangga")),
        ("KSB", "Keset Sabut Kelapa", "pcs", 30000, 200, 5000, 2, 7, ("Besar", "Motif"), ("keset", "sabut kelapa", "ramah lingkungan")),
        ("DOK", "Jasa Dokumentasi", "paket", 1500000, 5, 100, 1, 7, ("Foto", "Video", "Foto dan Video"), ("dokumentasi", "foto", "video", "acara")),
        ("LPH", "Lampion Hias", "pcs", 45000, 100, 2000, 3, 14, ("Bambu", "Kertas"), ("lampion", "dekorasi", "hiasan")),
    ],
}
CATEGORIES = list(T)  # contract order
CAT_WEIGHTS = {"makanan": 22, "minuman": 8, "jasa-boga": 10, "fesyen": 12, "kerajinan": 12,
               "perhiasan": 3, "furnitur": 5, "herbal": 5, "kosmetik": 4, "logam": 4,
               "percetakan": 6, "pertanian": 6, "lainnya": 3}
RELATED = {
    "makanan": ("minuman", "jasa-boga", "pertanian", "herbal"),
    "minuman": ("makanan", "herbal"),
    "jasa-boga": ("makanan", "minuman"),
    "fesyen": ("kerajinan", "perhiasan"),
    "kerajinan": ("fesyen", "furnitur", "perhiasan", "lainnya"),
    "perhiasan": ("kerajinan", "fesyen"),
    "furnitur": ("kerajinan", "lainnya"),
    "herbal": ("minuman", "kosmetik", "makanan"),
    "kosmetik": ("herbal",),
    "logam": ("kerajinan", "furnitur", "lainnya"),
    "percetakan": ("kerajinan", "lainnya"),
    "pertanian": ("makanan", "herbal"),
    "lainnya": ("kerajinan", "pertanian"),
}
FOOD = {"makanan", "minuman", "jasa-boga", "herbal"}
# Catalog price = base x factor, factor in [PRICE_LO, PRICE_HI], rounded *up*
# to a step, so no item is ever cheaper than ceil(base * PRICE_LO).
PRICE_LO, PRICE_HI = 0.75, 1.4

# Regional specialities (template codes), picked for ~35% of suppliers there.
SPECIALTY = {
    "36.01": ("EMP", "EMP", "MDH", "GAR"), "36.02": ("MDH", "APD", "GAR", "MNR"),
    "36.03": ("KBS", "KOS", "BDG"), "36.04": ("GLK", "GLK", "GRB", "BDG", "STB"),
    "36.71": ("KOS", "PDH", "SNB"), "36.72": ("BTL", "GPG", "GPG"),
    "36.73": ("STB", "BTC", "RGN"), "36.74": ("SNB", "NSK", "TNH"),
    "32.16": ("KOS", "PDH", "BTC", "KBS"), "32.75": ("BTC", "SNB", "NSK", "KOS"),
    "18.01": ("KPS", "LDH"), "18.04": ("KPR", "KPR", "BKP"), "18.06": ("KPR", "LDH"),
    "18.71": ("KPS", "TPS", "KRP", "KPR"), "18.72": ("TPS", "KPS"),
    "18.02": ("PSK", "KPS"), "18.10": ("APD", "KOI"),
}


def ceil_to(x, step):
    q = int(x // step)
    if q * step < x:
        q += 1
    return q * step


def price_step(base):
    if base < 5_000:
        return 50
    if base < 50_000:
        return 100
    if base < 1_000_000:
        return 500
    return 5_000


"""Hand-written suppliers and products of Fixtures/relevance-market (fictional).

SUPPLIERS: (key, name, scale, region, sentra, certificates, active, products)
  certificates: supplier-level types; "type!" marks a P-IRT number that has already expired.
products: (kind, category, name, unit, unit_price, capacity_per_month, lead_time_days, tkdn, product certificates, description)
  kind is the labeller's own tag of what the product is; it never reaches the CSVs.
Two styles are mixed on purpose: marketplace titles (capitals, brands as buyers type them, sizes, promo words)
and IKM hand-written lists (short plain names).
"""

SUPPLIERS = [
    # ---------------------------------------------------------------- jasa-boga (perishable)
    ("smg-tatik", "Dapur Bu Tatik", "mikro", "33.74", "", ["halal", "pirt"], "ya", [
        ("nasikotak", "jasa-boga", "Nasi kotak ayam bakar", "porsi", 28000, 1500, 2, 92, [], "nasi, ayam bakar, sayur, sambal, buah, air mineral"),
        ("tumpeng", "jasa-boga", "Tumpeng nasi kuning 20 porsi", "paket", 450000, 40, 3, 90, [], "tumpeng lengkap lauk 7 macam, tampah"),
        ("snackbox", "jasa-boga", "Snack box 3 macam", "box", 11000, 2000, 1, 92, [], "kue basah 3 macam, air mineral gelas"),
    ]),
    ("smg-grosirsnack", "Grosir Snack Box Semarang", "kecil", "33.74", "", ["halal"], "ya", [
        ("snackbox", "jasa-boga", "SNACK BOX MURAH ISI 4 KUE + AIR MINERAL CUP | Snack Rapat Kantor Semarang", "box", 12500, 3000, 1, 88, [], "isi lemper, sus vla, risoles, bolu; free dus"),
        ("snackbox", "jasa-boga", "Kue Kotak Jajan Pasar Isi 3 - Bisa Request Isi", "box", 10000, 2500, 1, 88, [], "dus kue, jajan pasar"),
        ("kuekering", "jasa-boga", "Paket Kue Kering Lebaran Toples 500gr (Nastar, Kastengel, Putri Salju)", "paket", 185000, 300, 5, 85, [], "hampers kue kering toples"),
    ]),
    ("smg-sarirasa", "Sari Rasa Prasmanan", "kecil", "33.74", "", ["halal", "iso-9001"], "ya", [
        ("prasmanan", "jasa-boga", "Prasmanan menu nasional per pax", "pax", 65000, 2000, 3, 90, [], "nasi putih, 2 lauk, sayur, kerupuk, buah, es buah; alat saji dan pramusaji"),
        ("nasikotak", "jasa-boga", "Nasi box premium rendang", "box", 42000, 1200, 2, 90, [], "nasi, rendang sapi, sayur, sambal, kerupuk, buah"),
        ("coffeebreak", "jasa-boga", "Coffee break 2 kue + teh/kopi", "pax", 18000, 2500, 2, 90, [], "rehat kopi rapat, teh, kopi, kue"),
    ]),
    ("smg-nusaboga", "PT Boga Nusantara Raya", "besar", "33.74", "", ["halal", "iso-9001"], "ya", [
        ("nasikotak", "jasa-boga", "Nasi Kotak Ekonomis Ayam Goreng", "box", 19000, 20000, 1, 70, [], "catering industri"),
        ("snackbox", "jasa-boga", "Snack Box Ekonomis 2 Kue", "box", 7000, 30000, 1, 70, [], "catering industri"),
    ]),
    ("smg-endah", "Catering Murah Bu Endah", "mikro", "33.74", "", ["halal"], "tidak", [
        ("nasikotak", "jasa-boga", "Nasi kotak ayam goreng", "porsi", 18000, 2000, 1, 90, [], "murah meriah"),
    ]),
    ("ska-sri", "Catering Mbak Sri", "mikro", "33.72", "", ["halal", "pirt"], "ya", [
        ("nasikotak", "jasa-boga", "Nasi box ayam goreng lalapan", "box", 25000, 1000, 2, 93, [], "nasi, ayam goreng, lalapan, sambal, buah"),
        ("nasikotak", "jasa-boga", "Nasi liwet Solo komplit", "porsi", 27000, 800, 2, 93, [], "nasi liwet, suwir ayam, telur, areh, labu siam"),
        ("tumpengmini", "jasa-boga", "Tumpeng mini kotak", "box", 30000, 600, 2, 93, [], "nasi kuning kerucut kecil per orang"),
    ]),
    ("ska-tengkleng", "Warung Tengkleng Mbok Darmi", "mikro", "33.72", "", ["halal"], "ya", [
        ("satekambing", "jasa-boga", "Sate kambing 10 tusuk + nasi", "porsi", 45000, 900, 2, 95, [], "sate kambing muda, gule, nasi"),
        ("tengkleng", "jasa-boga", "Tengkleng kambing porsi", "porsi", 35000, 900, 2, 95, [], "tulang kambing kuah rempah"),
    ]),
    ("yk-harjo", "Gudeg Bu Harjo", "mikro", "34.71", "", ["halal", "pirt!"], "ya", [
        ("nasikotak", "jasa-boga", "Nasi gudeg kotak ayam telur", "box", 30000, 1200, 2, 95, [], "gudeg, krecek, ayam kampung, telur, sambal"),
        ("snackbox", "jasa-boga", "Snack box jajan pasar", "box", 12000, 1500, 1, 95, [], "kue basah tradisional 3 macam"),
        ("gudegkaleng", "makanan", "Gudeg kaleng 210 gram", "kaleng", 32000, 2000, 5, 80, ["bpom"], "gudeg dalam kaleng awet 1 tahun"),
    ]),
    ("slm-wiwik", "Kedai Bu Wiwik", "mikro", "34.04", "", ["halal"], "ya", [
        ("nasikotak", "jasa-boga", "Nasi kotak ayam geprek", "box", 22000, 700, 1, 94, [], "ayam geprek, nasi, lalapan, teh"),
        ("tumpeng", "jasa-boga", "Tumpeng nasi kuning 30 porsi", "paket", 650000, 20, 3, 94, [], "tumpeng besar untuk syukuran"),
    ]),
    ("kds-minsoto", "Soto Kudus Pak Min", "mikro", "33.19", "", ["halal"], "ya", [
        ("soto", "jasa-boga", "Soto Kudus ayam kerbau per mangkok (catering acara)", "porsi", 20000, 1500, 2, 96, [], "soto, nasi, perkedel, sate telur"),
        ("nasikotak", "jasa-boga", "Nasi pindang kerbau kotak", "box", 32000, 500, 2, 96, [], "nasi pindang khas Kudus"),
    ]),
    ("mlg-rawon", "Rawon Setan Mbak Yun Catering", "kecil", "35.73", "", ["halal"], "ya", [
        ("nasikotak", "jasa-boga", "NASI KOTAK RAWON DAGING + TELUR ASIN | Catering Kantor Malang", "box", 35000, 1500, 2, 90, [], "nasi, rawon daging, telur asin, tauge, sambal"),
        ("snackbox", "jasa-boga", "Snack Box Malang isi 3 (Pie Apel, Lemper, Sus)", "box", 13000, 2000, 1, 90, [], "kue basah dan pie apel"),
    ]),
    ("dps-bagus", "Warung Men Bagus", "mikro", "51.71", "", ["halal"], "ya", [
        ("nasikotak", "jasa-boga", "Nasi box ayam betutu", "box", 35000, 800, 2, 92, [], "ayam betutu, sayur urab, sambal matah"),
        ("snackbox", "jasa-boga", "Snack box jaje Bali", "box", 12000, 1000, 1, 92, [], "jaje laklak, klepon, pisang rai"),
    ]),
    ("mtr-taliwang", "Ayam Taliwang Inaq Nur", "mikro", "52.71", "", ["halal"], "ya", [
        ("nasikotak", "jasa-boga", "Nasi kotak ayam taliwang plecing", "box", 32000, 300, 2, 95, [], "ayam taliwang, plecing kangkung"),
    ]),
    ("bkt-kapau", "Nasi Kapau Uni Ema", "mikro", "13.75", "", ["halal"], "ya", [
        ("nasikotak", "jasa-boga", "Nasi bungkus kapau rendang", "bungkus", 30000, 1000, 1, 96, [], "nasi kapau, rendang, gulai nangka, sambal hijau"),
        ("kuekering", "makanan", "Kue Kering Bukittinggi", "toples", 60000, 300, 5, 90, ["pirt"], "kue kering"),
    ]),

    # ---------------------------------------------------------------- makanan
    ("pti-bandeng", "UD Bandeng Juwana Asli", "kecil", "33.18", "Sentra Bandeng Juwana", ["halal", "pirt", "bpom"], "ya", [
        ("bandengpresto", "makanan", "BANDENG PRESTO JUWANA DURI LUNAK 500gr VACUUM - Oleh Oleh Khas Pati", "pak", 45000, 3000, 3, 85, [], "bandeng presto, vakum, tahan 3 hari suhu ruang"),
        ("otakotak", "makanan", "Otak-otak bandeng frozen isi 10", "pak", 38000, 1500, 3, 85, [], "otak otak bandeng, beku"),
        ("kerupukbandeng", "makanan", "Kerupuk kulit bandeng 250 gram", "pak", 25000, 2000, 3, 85, [], "kerupuk"),
    ]),
    ("smg-wingko", "Wingko Babat Cap Kereta Mbak Lies", "mikro", "33.74", "", ["halal", "pirt"], "ya", [
        ("wingko", "makanan", "Wingko babat isi 20", "dus", 40000, 2500, 2, 92, [], "wingko kelapa"),
        ("lumpia", "makanan", "Lumpia Semarang isi rebung (frozen, isi 10)", "pak", 60000, 800, 2, 92, [], "lunpia basah rebung udang"),
        ("bandengpresto", "makanan", "Bandeng presto Semarang 3 ekor", "pak", 65000, 600, 2, 90, [], "bandeng duri lunak"),
    ]),
    ("ska-serabi", "Serabi Notosuman Bu Rini", "mikro", "33.72", "", ["halal", "pirt"], "ya", [
        ("serabi", "makanan", "Serabi Solo isi 10", "dus", 35000, 1500, 1, 95, [], "serabi kuah santan"),
        ("intip", "makanan", "Intip goreng Solo 250 gr", "pak", 20000, 1500, 3, 95, [], "kerak nasi goreng"),
        ("abonsapi", "makanan", "Abon sapi Solo 250 gr", "pak", 70000, 600, 3, 92, [], "abon daging sapi manis gurih"),
    ]),
    ("klt-emping", "Emping Melinjo Bu Sarmi", "mikro", "33.10", "", ["halal", "pirt!"], "ya", [
        ("emping", "makanan", "Emping melinjo super", "kg", 95000, 300, 4, 98, [], "emping tipis mentah"),
        ("emping", "makanan", "Emping pedas manis 250 gr", "pak", 30000, 800, 3, 98, [], "emping balado"),
        ("keripiktempe", "makanan", "Keripik tempe sagu", "pak", 15000, 1500, 3, 98, [], "keripik tempe renyah"),
    ]),
    ("yk-bakpia", "Bakpia Pathuk 212 Mbak Eni", "kecil", "34.71", "Sentra Bakpia Pathuk", ["halal", "pirt", "bpom"], "ya", [
        ("bakpia", "makanan", "BAKPIA PATHUK ISI 20 RASA KACANG HIJAU/KEJU/COKLAT | Oleh2 Khas Jogja Fresh", "dus", 42000, 5000, 2, 90, [], "bakpia kacang hijau, keju, coklat; tahan 5 hari"),
        ("bakpia", "makanan", "Bakpia kumbu hitam isi 15", "dus", 38000, 3000, 2, 90, [], "bakpia"),
        ("yangko", "makanan", "Yangko Kotagede aneka rasa", "dus", 30000, 2000, 2, 90, [], "kue mochi kenyal"),
        ("gethuk", "makanan", "Geplak Bantul warna warni", "dus", 25000, 1500, 3, 90, [], "geplak kelapa gula"),
    ]),
    ("gk-tiwul", "KWT Ngudi Rejeki Gunungkidul", "koperasi", "34.03", "", ["halal", "pirt"], "ya", [
        ("tiwul", "makanan", "Tiwul instan gula jawa 500 gr", "pak", 18000, 2000, 3, 98, [], "singkong olahan"),
        ("keripiksingkong", "makanan", "Keripik singkong balado", "pak", 12000, 3000, 3, 98, [], "keripik singkong"),
        ("belalang", "makanan", "Belalang goreng toples", "toples", 55000, 200, 4, 98, [], "belalang kayu goreng bacem"),
    ]),
    ("mlg-keripik", "CV Sentra Keripik Batu", "kecil", "35.79", "Sentra Keripik Kota Batu", ["halal", "pirt", "bpom"], "ya", [
        ("keripikapel", "makanan", "KERIPIK APEL MALANG 100GR ORIGINAL - OLEH OLEH KHAS BATU READY", "pak", 22000, 8000, 3, 90, [], "keripik buah apel vacuum frying"),
        ("keripiknangka", "makanan", "Keripik nangka 100 gr", "pak", 24000, 5000, 3, 90, [], "keripik buah"),
        ("keripikbuah", "makanan", "Keripik buah mix (apel, nangka, salak, nanas) 250gr", "pak", 48000, 3000, 3, 90, [], "keripik buah campur"),
        ("keripiksingkong", "makanan", "Keripik Singkong Pedas Level 5 250gr", "pak", 16000, 6000, 3, 90, [], "maicih style"),
        ("keripikdurian", "makanan", "Keripik durian 100 gr", "pak", 55000, 800, 3, 90, [], "keripik durian montong vacuum frying"),
    ]),
    ("sda-krupuk", "UD Kerupuk Udang Sidoarjo", "kecil", "35.15", "", ["halal", "pirt"], "ya", [
        ("kerupukudang", "makanan", "Kerupuk udang mentah 1 kg", "kg", 85000, 1500, 4, 88, [], "kerupuk udang Sidoarjo"),
        ("petis", "makanan", "Petis udang 250 gr", "botol", 28000, 1500, 3, 88, [], "petis"),
        ("kerupukikan", "makanan", "Kerupuk ikan tenggiri 500 gr", "pak", 40000, 1500, 4, 88, [], "kerupuk ikan"),
    ]),
    ("mgl-snackfactory", "PT Snack Nusantara Makmur", "besar", "33.08", "", ["halal", "bpom", "iso-9001"], "ya", [
        ("keripiksingkong", "makanan", "Keripik Singkong Original 200gr", "pak", 8000, 100000, 2, 60, [], "pabrik"),
        ("bakpia", "makanan", "Bakpia Kacang Hijau Isi 20 (Pabrik)", "dus", 25000, 50000, 2, 60, [], "pabrik"),
    ]),
    ("bkt-sanjai", "Keripik Sanjai Amak Haji", "mikro", "13.75", "", ["halal", "pirt!"], "ya", [
        ("sanjai", "makanan", "Keripik sanjai balado 500 gr", "pak", 45000, 1200, 4, 97, [], "keripik singkong balado khas Bukittinggi"),
        ("rendangpaket", "makanan", "Rendang daging kering 250 gr (vakum)", "pak", 95000, 400, 5, 95, [], "rendang kering dalam kemasan vakum tahan 1 bulan"),
        ("galamai", "makanan", "Galamai / kalamai Payakumbuh", "pak", 25000, 800, 4, 97, [], "dodol ketan gula aren"),
    ]),
    ("lmb-dodol", "Dodol Rumput Laut Inaq Sinar", "mikro", "52.71", "", ["halal", "pirt"], "ya", [
        ("dodolrumputlaut", "makanan", "Dodol rumput laut 250 gr", "pak", 25000, 1000, 4, 96, [], "dodol"),
        ("keripiktempe", "makanan", "Keripik tempe Lombok", "pak", 15000, 1200, 3, 96, [], "keripik"),
    ]),

    # ---------------------------------------------------------------- minuman
    ("tmg-kopi", "Koperasi Kopi Posong Temanggung", "koperasi", "33.23", "Sentra Kopi Temanggung", ["halal", "pirt"], "ya", [
        ("kopiroasted", "minuman", "Kopi arabika Posong roasted beans 250 gr", "pak", 75000, 1500, 5, 98, [], "biji kopi sangrai medium"),
        ("kopibubuk", "minuman", "Kopi robusta Temanggung bubuk 250 gr", "pak", 40000, 3000, 3, 98, [], "kopi tubruk"),
        ("kopigreen", "pertanian", "Green bean robusta Temanggung 1 kg", "kg", 65000, 2000, 5, 100, [], "biji kopi mentah petik merah"),
    ]),
    ("smg-kopimarket", "Toko Kopi Nusantara Semarang Official", "kecil", "33.74", "", ["halal", "pirt"], "ya", [
        ("kopisachet", "minuman", "KOPI SUSU GULA AREN SACHET 10x20gr | Kopi 3in1 Instan Kekinian", "pak", 28000, 5000, 2, 80, [], "kopi instan sachet"),
        ("kopibubuk", "minuman", "[FREE ONGKIR] Kopi Bubuk Robusta Murni 500gr Tanpa Campuran", "pak", 55000, 4000, 2, 85, [], "kopi bubuk"),
        ("kopisusubotol", "minuman", "Kopi Susu Gula Aren Botol 250ml (Fresh, Tahan 5 Hari Kulkas)", "botol", 18000, 1500, 1, 85, [], "kopi susu siap minum"),
    ]),
    ("yk-uwuh", "Wedang Uwuh Imogiri Mbah Jo", "mikro", "34.02", "", ["halal", "pirt"], "ya", [
        ("wedanguwuh", "minuman", "Wedang uwuh isi 10 sachet", "pak", 20000, 3000, 3, 99, [], "rempah secang, jahe, cengkeh, kayu manis"),
        ("jaheinstan", "minuman", "Jahe merah instan 250 gr", "pak", 25000, 2000, 3, 99, [], "serbuk jahe merah gula aren"),
    ]),
    ("tgl-teh", "Teh Poci Cap Gardu Tegal", "kecil", "33.76", "", ["halal", "bpom"], "ya", [
        ("tehtubruk", "minuman", "Teh tubruk wangi melati 40 gr", "pak", 6000, 20000, 2, 90, [], "teh hitam wangi"),
        ("tehcelup", "minuman", "TEH CELUP MELATI ISI 25 KANTONG BOX - Grosir Murah Tegal", "box", 9000, 20000, 2, 90, [], "teh celup"),
        ("tehpoci", "minuman", "Paket teh poci + gula batu + poci tanah liat", "set", 95000, 300, 4, 90, [], "teh poci lengkap"),
    ]),
    ("pkl-sirup", "Sirup Kawista Ibu Ning", "mikro", "33.17", "", ["halal", "pirt"], "ya", [
        ("sirup", "minuman", "Sirup kawista 620 ml", "botol", 30000, 1500, 3, 97, [], "limun kawista khas Rembang"),
        ("sirupmarkisa", "minuman", "Sirup markisa 620 ml", "botol", 32000, 1000, 3, 97, [], "sirup buah"),
    ]),
    ("mlg-sarikkebun", "Sari Apel Batu Kelompok Tani Makmur", "koperasi", "35.79", "", ["halal", "pirt", "bpom"], "ya", [
        ("sariapel", "minuman", "Sari apel cup 180 ml isi 24", "dus", 42000, 4000, 3, 95, [], "minuman sari buah apel"),
        ("jusjeruk", "minuman", "Sari jeruk Batu botol 250 ml", "botol", 9000, 3000, 3, 95, [], "minuman sari jeruk"),
    ]),
    ("smg-amdk", "PT Tirta Segar Jaya", "besar", "33.74", "", ["halal", "bpom", "sni"], "ya", [
        ("airmineral", "minuman", "Air Mineral Gelas 220ml Isi 48", "dus", 18000, 100000, 1, 70, [], "AMDK"),
    ]),
    ("bly-susu", "KUD Susu Sapi Boyolali", "koperasi", "33.09", "", ["halal", "pirt"], "ya", [
        ("yogurt", "minuman", "Yoghurt susu sapi botol 250 ml", "botol", 12000, 2500, 2, 98, [], "yoghurt fresh, simpan dingin"),
        ("susukaramel", "makanan", "Permen susu karamel Boyolali", "pak", 15000, 2000, 3, 98, [], "dodol susu"),
    ]),
    ("bli-kopi", "Kopi Kintamani Koperasi Subak Abian", "koperasi", "51.06", "", ["halal", "pirt"], "ya", [
        ("kopikintamaniroasted", "minuman", "Kopi Arabika Kintamani Bali Roasted Bean 200gr Fruity Natural Process", "pak", 85000, 1000, 5, 98, [], "arabika single origin"),
        ("kopikintamanibubuk", "minuman", "Kopi bubuk arabika Kintamani 200 gr", "pak", 80000, 1000, 4, 98, [], "kopi bubuk"),
    ]),
    ("agm-kawa", "Kawa Daun Mak Itam", "mikro", "13.06", "", ["halal"], "ya", [
        ("kawadaun", "minuman", "Kawa daun kering 100 gr", "pak", 25000, 500, 4, 99, [], "daun kopi seduh, minuman khas Minang"),
    ]),

    # ---------------------------------------------------------------- fesyen
    ("pkl-batiktulis", "Batik Tulis Pesindon Bu Ratna", "mikro", "33.75", "Kampung Batik Pesindon", ["batikmark"], "ya", [
        ("batiktulis", "fesyen", "Kain batik tulis Pekalongan motif jlamprang 2 m", "lembar", 850000, 40, 21, 100, [], "batik tulis tangan pewarna alam"),
        ("kemejabatiktulis", "fesyen", "Kemeja batik tulis pria lengan panjang", "pcs", 950000, 30, 21, 100, [], "batik tulis, katun primissima"),
        ("batikcap", "fesyen", "Kain batik cap 2 m", "lembar", 175000, 300, 10, 95, [], "batik cap tembaga"),
    ]),
    ("pkl-printing", "Grosir Batik Printing Pekalongan", "kecil", "33.26", "", [], "ya", [
        ("kemejabatikprint", "fesyen", "KEMEJA BATIK PRIA LENGAN PANJANG PREMIUM FULL FURING | Batik Pekalongan Motif Parang Seragam Kantor", "pcs", 95000, 3000, 7, 80, [], "bahan katun printing, size M-XXL"),
        ("kainbatikprint", "fesyen", "Kain Batik Printing Motif Mega Mendung 2 Meter Grosir", "lembar", 45000, 5000, 5, 75, [], "printing"),
        ("seragambatik", "fesyen", "Seragam Batik Kantor Custom Motif Instansi (Printing) Min 50 pcs", "pcs", 135000, 2000, 21, 80, [], "seragam batik motif khusus pemda, cetak printing"),
    ]),
    ("ska-laweyan", "Batik Laweyan Mas Yono", "kecil", "33.72", "Kampung Batik Laweyan", ["batikmark"], "ya", [
        ("kemejabatikcap", "fesyen", "Kemeja batik cap kombinasi tulis Laweyan", "pcs", 285000, 400, 14, 95, [], "batik cap kombinasi"),
        ("batiktulis", "fesyen", "Kain batik tulis sogan Solo 2,25 m", "lembar", 1250000, 20, 30, 100, [], "batik tulis klasik"),
        ("blangkon", "fesyen", "Blangkon Solo mondolan", "pcs", 85000, 500, 7, 98, [], "blangkon gaya Surakarta"),
        ("kebaya", "fesyen", "Kebaya kutubaru batik", "pcs", 325000, 200, 14, 95, [], "kebaya wanita"),
    ]),
    ("ska-kaosmurah", "Konveksi Kaos Murah Mas Didik", "mikro", "33.72", "", [], "tidak", [
        ("kaos", "fesyen", "Kaos oblong sablon satu warna", "pcs", 32000, 3000, 7, 90, [], "kaos katun 30s, sablon manual"),
    ]),
    ("jpr-troso", "Tenun Troso Ibu Asih", "mikro", "33.20", "Sentra Tenun Troso", [], "ya", [
        ("tenuntroso", "fesyen", "Kain tenun ikat Troso 2 m", "lembar", 350000, 150, 14, 98, [], "tenun ikat ATBM"),
        ("kemejatenun", "fesyen", "Kemeja tenun Troso pria", "pcs", 275000, 200, 14, 95, [], "kemeja tenun"),
        ("syal", "fesyen", "Syal tenun Troso", "pcs", 75000, 500, 7, 95, [], "selendang kecil"),
    ]),
    ("lmb-songket", "Songket Sukarara Inaq Rahmi", "mikro", "52.02", "Desa Tenun Sukarara", [], "ya", [
        ("songket", "fesyen", "Kain songket Sukarara benang emas", "lembar", 1500000, 15, 30, 100, [], "songket tenun tangan Lombok"),
        ("tenunlombok", "fesyen", "Kain tenun ikat Lombok 2 m", "lembar", 400000, 60, 14, 100, [], "tenun ikat"),
        ("syal", "fesyen", "Selendang tenun Sukarara", "pcs", 120000, 200, 7, 100, [], "selendang"),
    ]),
    ("smg-konveksi", "Konveksi Seragam Semarang Jaya", "kecil", "33.74", "", ["iso-9001"], "ya", [
        ("pdh", "fesyen", "PDH ASN khaki lengan panjang (jahit ukur)", "stel", 325000, 1500, 21, 90, [], "pakaian dinas harian, drill, bordir nama dan logo"),
        ("pdl", "fesyen", "PDL lapangan 4 saku bahan ripstop", "stel", 375000, 1000, 21, 90, [], "pakaian dinas lapangan"),
        ("kaos", "fesyen", "KAOS POLOS COTTON COMBED 30S SABLON CUSTOM EVENT INSTANSI MIN 24 PCS", "pcs", 55000, 5000, 10, 85, [], "kaos oblong, sablon DTF/plastisol"),
        ("poloshirt", "fesyen", "Polo shirt lacoste CVC bordir logo", "pcs", 85000, 3000, 14, 85, [], "kaos kerah"),
        ("jaket", "fesyen", "Jaket parasut bordir logo instansi", "pcs", 165000, 1000, 14, 85, [], "jaket taslan"),
    ]),
    ("bdg-garmen", "PT Garmen Prima Tekstil", "besar", "33.15", "", ["sni", "iso-9001"], "ya", [
        ("kaos", "fesyen", "Kaos Oblong Polos Cotton 24s (Pabrik)", "pcs", 28000, 100000, 7, 70, [], "kaos pabrik"),
        ("pdh", "fesyen", "Seragam PDH Pabrik Khaki", "stel", 210000, 20000, 14, 70, [], "pabrik"),
    ]),
    ("yk-kulit", "Kerajinan Kulit Manding Pak Darsono", "mikro", "34.02", "Sentra Kulit Manding", [], "ya", [
        ("dompetkulit", "fesyen", "Dompet kulit sapi pria", "pcs", 125000, 400, 7, 98, [], "dompet lipat kulit asli"),
        ("taskulit", "fesyen", "Tas selempang kulit asli", "pcs", 425000, 100, 14, 98, [], "tas kulit sapi"),
        ("jaketkulit", "fesyen", "Jaket kulit domba", "pcs", 1250000, 30, 21, 98, [], "jaket kulit"),
    ]),
    ("ska-tas", "Grosir Tas Seminar Solo", "kecil", "33.72", "", [], "ya", [
        ("totebag", "fesyen", "TOTE BAG KANVAS SABLON LOGO | Tas Seminar Goodie Bag Murah Min 50", "pcs", 22000, 5000, 10, 85, [], "tote bag blacu/kanvas"),
        ("tasseminar", "fesyen", "Tas seminar map resleting dinier", "pcs", 35000, 4000, 10, 85, [], "tas map seminar"),
        ("ranselkantor", "fesyen", "Tas ransel laptop bordir logo", "pcs", 145000, 800, 14, 85, [], "backpack"),
    ]),
    ("kds-bordir", "Bordir Kudus Mbak Ida", "mikro", "33.19", "", [], "ya", [
        ("kerudungbordir", "fesyen", "Kerudung bordir Kudus", "pcs", 125000, 300, 10, 98, [], "jilbab bordir tangan"),
        ("mukenabordir", "fesyen", "Mukena bordir Kudus", "pcs", 285000, 150, 14, 98, [], "mukena katun bordir"),
    ]),

    # ---------------------------------------------------------------- kerajinan
    ("jpr-ukir", "Ukir Jepara Mas Bowo", "mikro", "33.20", "Sentra Ukir Jepara", ["svlk"], "ya", [
        ("plakatukir", "kerajinan", "Plakat kayu jati ukir nama + logo", "pcs", 275000, 300, 14, 98, [], "plakat penghargaan ukir tangan, kotak beludru"),
        ("kaligrafi", "kerajinan", "Kaligrafi ukir kayu jati 60x120", "pcs", 1250000, 40, 21, 98, [], "hiasan dinding ukir"),
        ("miniaturkayu", "kerajinan", "Miniatur perahu pinisi kayu 40 cm", "pcs", 350000, 100, 14, 98, [], "miniatur kapal"),
    ]),
    ("jpr-sardi", "Ukir Kayu Pak Sardi", "mikro", "33.20", "Sentra Ukir Jepara", [], "tidak", [
        ("plakatukir", "kerajinan", "Plakat ukir jati nama pejabat", "pcs", 190000, 200, 10, 98, [], "plakat kayu ukir"),
        ("kaligrafi", "kerajinan", "Kaligrafi ukir jati 50x100", "pcs", 900000, 20, 21, 98, [], "kaligrafi"),
    ]),
    ("smg-souvenir", "Souvenir Kantor Semarang (Toko Daring)", "kecil", "33.74", "", [], "ya", [
        ("mugpolos", "kerajinan", "MUG KERAMIK POLOS PUTIH 11oz | Grosir Mug Souvenir Murah", "pcs", 15000, 10000, 5, 70, [], "mug putih polos"),
        ("mugsablon", "kerajinan", "Mug Custom Printing Logo Instansi Full Color + Box", "pcs", 28000, 5000, 7, 75, [], "mug cetak sublim"),
        ("plakatakrilik", "kerajinan", "Plakat Akrilik Custom Grafir Laser 20cm + Kotak", "pcs", 145000, 1000, 7, 80, [], "plakat penghargaan akrilik"),
        ("gantungankunci", "kerajinan", "Gantungan kunci akrilik custom logo Pemkot Semarang", "pcs", 6000, 20000, 7, 75, [], "gantungan kunci akrilik, souvenir murah"),
        ("pinlogam", "kerajinan", "Pin Bros Logo Instansi Custom (Enamel)", "pcs", 12000, 10000, 10, 75, [], "pin peniti"),
    ]),
    ("ktg-gerabah", "Gerabah Kasongan Pak Warno", "mikro", "34.02", "Sentra Gerabah Kasongan", [], "ya", [
        ("gerabahvas", "kerajinan", "Vas gerabah Kasongan tinggi 50 cm", "pcs", 125000, 300, 10, 99, [], "guci tanah liat terakota"),
        ("gerabahcelengan", "kerajinan", "Celengan gerabah karakter", "pcs", 25000, 1500, 7, 99, [], "celengan tanah liat"),
        ("pot", "kerajinan", "Pot tanah liat diameter 30", "pcs", 35000, 1000, 7, 99, [], "pot bunga"),
    ]),
    ("yk-wayang", "Wayang Kulit Pucung Mas Gandung", "mikro", "34.02", "", [], "ya", [
        ("wayangkulit", "kerajinan", "Wayang kulit tatah sungging ukuran sedang (Arjuna)", "pcs", 750000, 40, 21, 100, [], "wayang kulit kerbau"),
        ("wayangpigura", "kerajinan", "Wayang kulit mini dalam pigura", "pcs", 150000, 300, 10, 100, [], "hiasan dinding wayang"),
        ("gantungankunci", "kerajinan", "Gantungan kunci wayang kulit", "pcs", 8000, 5000, 5, 100, [], "souvenir wayang mini"),
    ]),
    ("gk-anyaman", "Anyaman Pandan Ibu Tumini", "mikro", "34.03", "", [], "ya", [
        ("tasanyaman", "kerajinan", "Tas anyaman pandan", "pcs", 65000, 600, 7, 100, [], "tas jinjing pandan"),
        ("keranjang", "kerajinan", "Keranjang bambu parcel", "pcs", 25000, 2000, 5, 100, [], "keranjang hampers bambu"),
        ("tikar", "kerajinan", "Tikar pandan 2x3 m", "lembar", 150000, 200, 10, 100, [], "tikar anyaman"),
    ]),
    ("bli-ukirbatu", "Bali Art Gianyar", "kecil", "51.04", "", [], "ya", [
        ("patungkayu", "kerajinan", "Patung kayu suar Bali 50 cm", "pcs", 450000, 100, 14, 98, [], "patung ukir"),
        ("topengkayu", "kerajinan", "Topeng kayu Bali hiasan dinding", "pcs", 125000, 300, 10, 98, [], "topeng barong, rangda"),
        ("gantungankunci", "kerajinan", "Gantungan Kunci Kayu Ukir Bali Grosir Isi 50", "pak", 75000, 1000, 5, 95, [], "souvenir kayu"),
    ]),
    ("mgl-boneka", "Boneka Flanel Kreasi Salatiga", "mikro", "33.73", "", [], "ya", [
        ("bonekamaskot", "kerajinan", "Boneka maskot custom flanel 30 cm", "pcs", 95000, 300, 14, 96, [], "boneka maskot daerah/instansi"),
        ("bonekakecil", "kerajinan", "Boneka flanel gantungan 10 cm", "pcs", 12000, 3000, 7, 96, [], "boneka kecil"),
    ]),
    ("sby-plakat", "CV Trophy Plakat Surabaya", "kecil", "35.78", "", [], "ya", [
        ("piala", "kerajinan", "PIALA LOMBA TINGGI 60CM 1 SET (JUARA 1,2,3) | Trophy Custom Tulisan", "set", 450000, 500, 7, 60, [], "piala fiber dan kuningan imitasi"),
        ("medali", "kerajinan", "Medali logam custom tali", "pcs", 17500, 5000, 10, 60, [], "medali lomba"),
        ("plakatkayu", "kerajinan", "Plakat kayu MDF grafir 20x25", "pcs", 85000, 1500, 7, 70, [], "plakat kayu olahan grafir laser, tidak diukir"),
    ]),

    # ---------------------------------------------------------------- perhiasan
    ("yk-kotagede", "Perak Kotagede Mbah Hadi", "mikro", "34.71", "Sentra Perak Kotagede", [], "ya", [
        ("brosperakkotagede", "perhiasan", "Bros perak filigree 925", "pcs", 350000, 100, 14, 100, [], "perak bakar filigri"),
        ("cincinperak", "perhiasan", "Cincin perak 925 ukir", "pcs", 250000, 150, 10, 100, [], "cincin perak"),
        ("miniaturperak", "perhiasan", "Miniatur becak perak filigree", "pcs", 1150000, 20, 21, 100, [], "pajangan perak"),
    ]),
    ("bli-celuk", "Celuk Silver Wayan", "kecil", "51.04", "Desa Perak Celuk", [], "ya", [
        ("kalungperak", "perhiasan", "Kalung perak Bali motif jawan", "pcs", 450000, 100, 14, 98, [], "kalung silver 925"),
        ("gelangperak", "perhiasan", "Gelang perak Bali", "pcs", 375000, 100, 14, 98, [], "gelang silver"),
        ("cincinperak", "perhiasan", "Cincin perak Celuk batu mirah", "pcs", 325000, 150, 10, 98, [], "cincin perak"),
    ]),
    ("lmb-mutiara", "Mutiara Sekarbela Haji Amaq", "kecil", "52.71", "Sentra Mutiara Sekarbela", [], "ya", [
        ("mutiaraasli", "perhiasan", "Kalung mutiara air laut Lombok asli", "pcs", 1750000, 40, 14, 98, [], "mutiara laut Lombok"),
        ("mutiaratawar", "perhiasan", "Gelang mutiara air tawar", "pcs", 150000, 300, 7, 95, [], "mutiara air tawar budidaya"),
        ("brosmutiara", "perhiasan", "Bros mutiara Lombok", "pcs", 275000, 150, 10, 98, [], "bros"),
    ]),
    ("smg-imitasi", "Grosir Perhiasan Imitasi Semarang", "kecil", "33.74", "", [], "ya", [
        ("imitasi", "perhiasan", "KALUNG MUTIARA SINTETIS + ANTING SET | Perhiasan Imitasi Lapis Emas Murah", "set", 45000, 5000, 3, 40, [], "imitasi, xuping"),
        ("imitasi", "perhiasan", "Bros Hijab Imitasi Isi 12 Model Bunga", "pak", 35000, 5000, 3, 40, [], "bros imitasi"),
        ("cincinimitasi", "perhiasan", "Cincin titanium anti karat polos", "pcs", 25000, 5000, 3, 40, [], "titanium"),
    ]),
    ("jpr-monel", "Kerajinan Monel Jepara Ibu Yuli", "mikro", "33.20", "", [], "ya", [
        ("gelangmonel", "perhiasan", "Gelang monel Jepara", "pcs", 55000, 800, 7, 98, [], "gelang monel anti karat"),
        ("kalungmonel", "perhiasan", "Kalung monel ukir nama", "pcs", 85000, 500, 7, 98, [], "kalung monel"),
    ]),
    ("pdg-emas", "Koto Gadang Silver", "mikro", "13.06", "Kerajinan Perak Koto Gadang", [], "ya", [
        ("brosperakkotogadang", "perhiasan", "Bros perak Koto Gadang motif rumah gadang", "pcs", 425000, 60, 14, 100, [], "perak filigri Minang"),
        ("cincinperak", "perhiasan", "Cincin perak Koto Gadang", "pcs", 275000, 80, 10, 100, [], "cincin"),
    ]),

    # ---------------------------------------------------------------- furnitur
    ("jpr-mebel", "CV Mebel Jati Jepara Indah", "kecil", "33.20", "Sentra Mebel Jepara", ["svlk"], "ya", [
        ("mejarapat", "furnitur", "Meja rapat jati oval 12 kursi (set)", "set", 38000000, 6, 45, 95, [], "kayu jati perhutani, finishing melamine"),
        ("kursikantor", "furnitur", "Kursi rapat jati jok busa", "pcs", 1450000, 120, 30, 95, [], "kursi kayu jati"),
        ("lemariarsip", "furnitur", "Lemari arsip kayu jati 4 pintu kaca", "unit", 6500000, 20, 30, 95, [], "lemari"),
        ("sofa", "furnitur", "Kursi tamu sofa jati ukir set 3-2-1 + meja", "set", 14500000, 10, 45, 95, [], "sofa ruang tamu"),
    ]),
    ("jpr-mebelmarket", "Jepara Furniture Official Store", "kecil", "33.20", "", ["svlk"], "ya", [
        ("mejakerja", "furnitur", "MEJA KERJA KANTOR KAYU JATI 120X60 MINIMALIS LACI 3 | Meja Kantor Jepara", "unit", 2750000, 60, 30, 90, [], "meja kerja staf"),
        ("rakbuku", "furnitur", "Rak Buku Jati 5 Susun 180cm Natural Perpustakaan", "unit", 2250000, 40, 30, 90, [], "rak buku besar"),
        ("rakdinding", "furnitur", "Rak dinding ambalan jati 60cm", "pcs", 185000, 500, 7, 90, [], "ambalan"),
        ("mejalipatanak", "furnitur", "Meja lipat anak kayu motif", "pcs", 95000, 800, 7, 85, [], "meja belajar lesehan"),
    ]),
    ("klt-rotan", "Rotan Trangsan Mandiri", "kecil", "33.11", "Sentra Rotan Trangsan", ["svlk"], "ya", [
        ("kursirotan", "furnitur", "Kursi teras rotan sintetis set 2 kursi + meja", "set", 2450000, 60, 21, 90, [], "rotan sintetis"),
        ("kursirotan", "furnitur", "Kursi rotan alam lobi", "pcs", 850000, 120, 21, 95, [], "rotan alam"),
        ("keranjangrotan", "kerajinan", "Keranjang rotan serbaguna", "pcs", 65000, 800, 7, 95, [], "keranjang"),
    ]),
    ("smg-meubel", "UD Meubel Besi Semarang", "kecil", "33.74", "", ["sni"], "ya", [
        ("lemariarsip", "furnitur", "Filing Cabinet Besi 4 Laci Folio (setara Brother/Elite)", "unit", 2350000, 200, 14, 60, [], "lemari arsip besi"),
        ("rakbesi", "furnitur", "Rak besi siku gudang 5 susun", "unit", 850000, 300, 7, 60, [], "rak arsip gudang"),
        ("mejalipatpameran", "furnitur", "Meja lipat besi kaki hitam 180x60 (meja seminar/pameran)", "pcs", 650000, 400, 7, 60, [], "meja pameran, meja seminar lipat"),
        ("kursilipat", "furnitur", "Kursi lipat besi futura", "pcs", 185000, 2000, 7, 60, [], "kursi lipat"),
    ]),
    ("kds-plastik", "PT Plastik Kursi Nusantara", "besar", "33.19", "", ["sni"], "ya", [
        ("kursiplastik", "furnitur", "Kursi Plastik Tanpa Sandaran Napolly Style", "pcs", 45000, 50000, 3, 60, [], "kursi plastik"),
        ("mejakerja", "furnitur", "Meja kantor partikel 1/2 biro", "unit", 850000, 5000, 7, 60, [], "pabrik"),
    ]),
    ("yk-bambu", "Mebel Bambu Sleman Lestari", "mikro", "34.04", "", [], "ya", [
        ("kursibambu", "furnitur", "Kursi bambu set gazebo", "set", 1650000, 20, 21, 100, [], "bambu petung"),
        ("mejabambu", "furnitur", "Meja bambu lesehan", "pcs", 350000, 60, 14, 100, [], "meja"),
        ("pembatasbambu", "furnitur", "Partisi / sekat ruangan bambu", "pcs", 450000, 80, 14, 100, [], "penyekat ruangan"),
    ]),
    ("pti-kasur", "Kapuk Randu Pati Bu Parmi", "mikro", "33.18", "", [], "ya", [
        ("bantal", "furnitur", "Bantal kapuk randu 45x65", "pcs", 45000, 1500, 5, 100, [], "bantal kapuk asli"),
        ("guling", "furnitur", "Guling kapuk randu", "pcs", 50000, 1500, 5, 100, [], "guling"),
    ]),

    # ---------------------------------------------------------------- herbal
    ("skh-jamu", "Jamu Gendong Bu Darsi Nguter", "mikro", "33.11", "Sentra Jamu Nguter", ["pirt"], "ya", [
        ("jamukunyit", "herbal", "Jamu kunyit asam botol 250 ml", "botol", 8000, 3000, 1, 100, [], "jamu segar, simpan dingin 3 hari"),
        ("jamukencur", "herbal", "Jamu beras kencur botol 250 ml", "botol", 8000, 3000, 1, 100, [], "jamu segar"),
        ("jamuserbuk", "herbal", "Jamu serbuk pegal linu 10 sachet", "pak", 15000, 5000, 3, 100, ["bpom"], "serbuk jamu"),
    ]),
    ("skh-jamupabrik", "CV Herbal Nguter Sejahtera", "menengah", "33.11", "Sentra Jamu Nguter", ["bpom", "halal", "iso-9001"], "ya", [
        ("temulawakkapsul", "herbal", "KAPSUL TEMULAWAK 60 KAPSUL BPOM | Herbal Nafsu Makan & Liver Original", "botol", 35000, 20000, 3, 85, [], "ekstrak temulawak"),
        ("jaheinstan", "herbal", "Empon-empon instan (jahe, kunyit, temulawak) 250 gr", "pak", 28000, 8000, 3, 90, [], "minuman rempah instan"),
        ("jamuserbuk", "herbal", "Jamu serbuk sehat wanita", "pak", 12000, 10000, 3, 90, [], "serbuk"),
        ("minyakurut", "herbal", "Minyak urut sereh 60 ml", "botol", 18000, 8000, 3, 85, [], "minyak gosok"),
    ]),
    ("yk-madu", "Madu Klanceng Pak Subur", "mikro", "34.01", "", ["pirt"], "ya", [
        ("maduklanceng", "herbal", "Madu klanceng asli 250 ml", "botol", 125000, 200, 3, 100, [], "madu lebah trigona"),
        ("maduhutan", "herbal", "Madu hutan multiflora 500 ml", "botol", 110000, 300, 3, 100, [], "madu"),
        ("propolis", "herbal", "Propolis trigona 30 ml", "botol", 95000, 300, 3, 100, [], "propolis"),
    ]),
    ("kar-herbal", "Toko Herbal Tawangmangu Official", "kecil", "33.13", "", ["bpom", "halal"], "ya", [
        ("minyakkayuputih", "herbal", "[READY] Minyak Kayu Putih Asli 100ml Tanpa Campuran - Grosir", "botol", 45000, 5000, 2, 85, [], "minyak kayu putih"),
        ("teherbal", "herbal", "Teh herbal daun kelor celup isi 20", "box", 25000, 4000, 2, 95, [], "teh kelor"),
        ("minyakurut", "herbal", "Minyak Urut Gosok Zaitun + Jahe 100ml", "botol", 22000, 5000, 2, 85, [], "minyak urut"),
    ]),
    ("mdr-herbal", "UD Ramuan Madura Ibu Tin", "mikro", "35.26", "", ["pirt"], "ya", [
        ("jamuserbuk", "herbal", "Jamu Madura rapet wangi", "pak", 15000, 3000, 3, 98, [], "jamu"),
        ("bedakdingin", "kosmetik", "Bedak dingin beras kencur", "pak", 10000, 4000, 3, 98, [], "bedak tradisional"),
    ]),
    ("bly-herbal", "Kebun Herbal Merapi", "kecil", "33.09", "", [], "ya", [
        ("simplisiajahe", "herbal", "Simplisia jahe merah kering 1 kg", "kg", 95000, 800, 5, 100, [], "rimpang kering iris"),
        ("simplisiakunyit", "herbal", "Simplisia kunyit kering 1 kg", "kg", 60000, 800, 5, 100, [], "rimpang kering"),
    ]),

    # ---------------------------------------------------------------- kosmetik
    ("yk-sabun", "Sabun Herbal Jogja Lestari", "mikro", "34.04", "", ["bpom", "halal"], "ya", [
        ("sabunbatang", "kosmetik", "Sabun batang sereh 100 gr", "pcs", 15000, 5000, 3, 95, [], "cold process soap"),
        ("sabunbatang", "kosmetik", "Sabun Mandi Susu Kambing Etawa 100gr Handmade BPOM", "pcs", 17500, 5000, 3, 95, [], "sabun susu kambing"),
        ("lulur", "kosmetik", "Lulur mandi bengkoang 200 gr", "pot", 25000, 3000, 3, 95, [], "lulur tradisional"),
    ]),
    ("smg-amenities", "CV Hotel Amenities Semarang", "kecil", "33.74", "", ["bpom", "halal"], "ya", [
        ("amenities", "kosmetik", "PAKET AMENITIES HOTEL (SABUN 25GR + SHAMPO 30ML + SIKAT GIGI) | Grosir Hotel Custom Logo", "paket", 6500, 50000, 7, 60, [], "perlengkapan mandi tamu"),
        ("sabuncair", "kosmetik", "Sabun cuci tangan cair 5 liter jerigen", "jerigen", 65000, 2000, 3, 75, [], "hand soap refill"),
        ("handsanitizer", "kosmetik", "Hand sanitizer gel 500 ml pump", "botol", 28000, 5000, 3, 70, [], "alkohol 70%"),
    ]),
    ("bli-spa", "Bali Spa Natural Ubud", "kecil", "51.04", "", ["bpom"], "ya", [
        ("minyakpijat", "kosmetik", "Massage oil frangipani 250 ml", "botol", 65000, 1500, 5, 85, [], "minyak pijat spa"),
        ("lulur", "kosmetik", "Lulur Bali boreh 200 gr", "pot", 40000, 2000, 5, 90, [], "boreh"),
        ("aromaterapi", "kosmetik", "Lilin aromaterapi sereh 100 gr", "pcs", 35000, 2000, 5, 85, [], "lilin aroma"),
    ]),
    ("mlg-kosmetik", "PT Kosmetika Jaya Abadi", "besar", "35.07", "", ["bpom", "halal", "iso-9001"], "ya", [
        ("sabunbatang", "kosmetik", "Sabun Mandi Batang 85gr (Pabrik)", "pcs", 3500, 500000, 3, 60, [], "pabrik"),
        ("sampo", "kosmetik", "Shampo sachet 10ml isi 12", "pak", 5000, 500000, 3, 60, [], "pabrik"),
    ]),
    ("lmb-vco", "VCO Lombok Inaq Sari", "mikro", "52.03", "", ["pirt", "bpom"], "ya", [
        ("vco", "kosmetik", "Virgin coconut oil 250 ml", "botol", 45000, 800, 4, 100, [], "minyak kelapa murni untuk kulit dan rambut"),
        ("minyakkemiri", "kosmetik", "Minyak kemiri penumbuh rambut 100 ml", "botol", 30000, 800, 4, 100, [], "minyak rambut"),
    ]),

    # ---------------------------------------------------------------- logam
    ("bnt-ciomas", "Pandai Besi Golok Ciomas Abah Uding", "mikro", "36.04", "Sentra Golok Ciomas", [], "ya", [
        ("golok", "logam", "Golok Ciomas sarung kayu", "pcs", 450000, 60, 14, 100, [], "golok tempa baja per"),
        ("golok", "logam", "Golok Ciomas mini hiasan", "pcs", 175000, 150, 10, 100, [], "golok kecil untuk cinderamata"),
    ]),
    ("klt-pisau", "Besi Tempa Ceper Klaten", "kecil", "33.10", "Sentra Logam Ceper", ["sni"], "ya", [
        ("pisaudapur", "logam", "SET PISAU DAPUR STAINLESS 6 PCS + TALENAN | Pisau Masak Tajam Original", "set", 125000, 1500, 5, 80, [], "pisau dapur set"),
        ("cangkul", "logam", "Cangkul baja tempa gagang kayu", "pcs", 95000, 3000, 7, 95, [], "pacul pertanian"),
        ("sabit", "logam", "Arit/sabit rumput baja", "pcs", 55000, 3000, 7, 95, [], "arit"),
    ]),
    ("klt-cor", "Pengecoran Logam Batur Jaya", "kecil", "33.10", "Sentra Logam Ceper", ["sni", "iso-9001"], "ya", [
        ("penutupmanhole", "logam", "Tutup manhole besi cor 60 cm", "pcs", 1250000, 200, 21, 90, [], "cor besi tuang"),
        ("gril", "logam", "Grill saluran air besi cor 50x30", "pcs", 350000, 500, 14, 90, [], "penutup got"),
        ("pagarbesi", "logam", "Pagar besi tempa ornamen per meter", "meter", 850000, 200, 21, 85, [], "teralis pagar"),
    ]),
    ("yk-kuningan", "Kerajinan Kuningan Kotagede", "mikro", "34.71", "", [], "ya", [
        ("plakatkuningan", "logam", "Plakat kuningan grafir nama", "pcs", 325000, 200, 14, 95, [], "plakat logam"),
        ("gongkecil", "logam", "Gong kecil kuningan hiasan", "pcs", 275000, 60, 14, 95, [], "gong"),
        ("tempatlilin", "logam", "Tempat lilin kuningan", "pcs", 85000, 300, 7, 95, [], "kandelar"),
    ]),
    ("smg-aluminium", "Panci Aluminium Sinar Semarang", "kecil", "33.74", "", ["sni"], "ya", [
        ("panci", "logam", "PANCI ALUMINIUM TEBAL 40CM KAPASITAS 30 LITER | Dandang Masak Katering", "pcs", 275000, 800, 5, 80, [], "panci besar"),
        ("wajan", "logam", "Wajan besi 40 cm gagang kayu", "pcs", 85000, 1500, 5, 85, [], "penggorengan"),
        ("kompor", "logam", "Kompor mawar tungku besi", "pcs", 165000, 600, 5, 70, [], "kompor gas tekanan tinggi"),
    ]),
    ("pti-kuningan", "UD Pande Besi Juwana", "mikro", "33.18", "", [], "ya", [
        ("jangkar", "logam", "Jangkar perahu besi 10 kg", "pcs", 350000, 100, 10, 98, [], "jangkar"),
        ("bolabaja", "logam", "Bola baja / steel ball 10 mm isi 100", "pak", 65000, 2000, 7, 60, [], "bola besi bearing, ketapel"),
        ("pemberatpancing", "logam", "Timah pemberat jaring 1 kg", "kg", 75000, 500, 5, 98, [], "pemberat jala"),
    ]),

    # ---------------------------------------------------------------- percetakan
    ("smg-kertas", "Toko ATK Semarang Grosir", "kecil", "33.74", "", [], "ya", [
        ("hvs", "percetakan", "KERTAS HVS A4 70 GSM 1 RIM (SiDU / Bola Dunia / PaperOne) 500 LEMBAR", "rim", 52000, 5000, 2, 40, [], "kertas fotokopi"),
        ("hvsf4", "percetakan", "Kertas HVS F4 / Folio 80 gsm 1 rim", "rim", 62000, 3000, 2, 40, [], "kertas folio"),
        ("atkpaket", "percetakan", "Paket ATK Kantor (Pulpen, Pensil, Stapler, Map, Klip, Lakban)", "paket", 185000, 500, 3, 50, [], "alat tulis kantor lengkap"),
        ("bukutulis", "percetakan", "Buku tulis 58 lembar isi 10", "pak", 35000, 3000, 2, 60, [], "buku tulis sekolah"),
        ("map", "percetakan", "Map snelhecter plastik isi 50", "pak", 75000, 2000, 2, 60, [], "map"),
    ]),
    ("smg-cetak", "Percetakan Sinar Offset Semarang", "kecil", "33.74", "", ["iso-9001"], "ya", [
        ("spanduk", "percetakan", "Spanduk banner flexi 280 gr per meter", "meter", 25000, 20000, 2, 80, [], "cetak spanduk, baliho, backdrop"),
        ("undangan", "percetakan", "Cetak undangan hard cover 1 warna emboss", "pcs", 6500, 20000, 7, 80, [], "undangan acara resmi"),
        ("kartunama", "percetakan", "Kartu nama 2 sisi art carton isi 100", "box", 45000, 3000, 3, 80, [], "kartu nama"),
        ("cetakbuku", "percetakan", "Cetak buku laporan / profil A4 full color 100 hal", "eks", 85000, 3000, 14, 80, [], "cetak buku, binding lem panas"),
        ("kalender", "percetakan", "Kalender dinding 6 lembar custom instansi", "pcs", 28000, 10000, 14, 80, [], "kalender"),
    ]),
    ("yk-buku", "Penerbit & Percetakan Kanisius Rakyat", "menengah", "34.04", "", ["iso-9001"], "ya", [
        ("bukusaku", "percetakan", "Cetak buku saku peraturan daerah A6 softcover", "eks", 15000, 20000, 14, 85, [], "buku saku"),
        ("agenda", "percetakan", "Agenda kulit sintetis 2026 logo instansi", "pcs", 95000, 3000, 21, 80, [], "agenda tahunan"),
        ("blocknote", "percetakan", "Block note A5 kop instansi 50 lembar", "pcs", 9000, 20000, 7, 80, [], "notes kop surat"),
        ("notebook", "percetakan", "Buku tulis hard cover bergaris A5", "pcs", 22000, 10000, 7, 80, [], "notebook"),
    ]),
    ("ska-kemasan", "Kemasan Pangan Solo Kreatif", "kecil", "33.72", "", [], "ya", [
        ("kemasandus", "percetakan", "Dus kue / box snack custom logo 15x15 (min 500)", "pcs", 1500, 50000, 7, 85, [], "kemasan kue, kotak nasi"),
        ("kemasanpouch", "percetakan", "Standing pouch kraft window 15x22 cetak label", "pcs", 1800, 50000, 10, 85, [], "kemasan produk UMKM"),
        ("stiker", "percetakan", "Stiker label produk vinyl cutting A3", "lembar", 15000, 10000, 3, 85, [], "label kemasan"),
        ("kotakcinderamata", "percetakan", "Kotak cinderamata hard box magnet", "pcs", 22000, 10000, 10, 85, [], "box souvenir"),
    ]),
    ("sby-ppk", "PT Kertas Jawa Timur Makmur", "besar", "35.78", "", ["sni", "iso-9001"], "ya", [
        ("hvs", "percetakan", "Kertas HVS A4 70gr (Pabrik) per Rim", "rim", 43000, 1000000, 2, 70, [], "pabrik"),
    ]),
    ("dps-cetak", "Bali Digital Printing", "mikro", "51.71", "", [], "ya", [
        ("spanduk", "percetakan", "Cetak spanduk/banner Denpasar per meter", "meter", 28000, 5000, 2, 80, [], "banner"),
        ("xbanner", "percetakan", "X-Banner 60x160 + rangka", "pcs", 85000, 2000, 2, 80, [], "standing banner"),
        ("sertifikat", "percetakan", "Cetak sertifikat / piagam art paper 260", "lembar", 3500, 20000, 3, 80, [], "piagam penghargaan"),
    ]),

    # ---------------------------------------------------------------- pertanian
    ("bmj-benih", "Penangkar Benih Padi Sri Rejeki", "koperasi", "33.02", "", [], "ya", [
        ("benihpadi", "pertanian", "Benih padi Inpari 32 label ungu 5 kg", "pak", 65000, 5000, 7, 100, ["sni"], "benih bersertifikat"),
        ("beras", "pertanian", "Beras premium pandan wangi 25 kg", "karung", 350000, 2000, 3, 100, [], "beras konsumsi"),
        ("dedak", "pertanian", "Bekatul / dedak 50 kg", "karung", 150000, 1000, 3, 100, [], "pakan ternak"),
    ]),
    ("mgl-sayur", "Kelompok Tani Sayur Ngablak", "koperasi", "33.08", "", [], "ya", [
        ("sayur", "pertanian", "Sayur mayur segar paket (kubis, wortel, buncis) 1 kg", "kg", 12000, 8000, 1, 100, [], "sayuran segar"),
        ("cabai", "pertanian", "Cabai rawit merah segar", "kg", 55000, 2000, 1, 100, [], "cabai"),
        ("bibitsayur", "pertanian", "Bibit cabai polybag siap tanam", "pcs", 1500, 30000, 7, 100, [], "bibit tanaman"),
    ]),
    ("smg-lele", "Pokdakan Mina Makmur Semarang", "koperasi", "33.74", "", [], "ya", [
        ("benihlele", "pertanian", "Benih lele sangkuriang 5-7 cm", "ekor", 250, 200000, 3, 100, [], "bibit lele"),
        ("lelekonsumsi", "pertanian", "Lele konsumsi segar (isi 7-8/kg)", "kg", 24000, 5000, 1, 100, [], "lele"),
        ("pakanikan", "pertanian", "Pelet pakan ikan apung 30 kg", "karung", 385000, 1000, 3, 60, [], "pakan"),
    ]),
    ("klt-nila", "Balai Benih Ikan Rakyat Janti", "mikro", "33.10", "", [], "ya", [
        ("benihnila", "pertanian", "Benih nila merah 5-8 cm", "ekor", 350, 150000, 3, 100, [], "bibit nila"),
        ("benihgurame", "pertanian", "Benih gurame 7-9 cm", "ekor", 1500, 30000, 3, 100, [], "bibit gurame"),
    ]),
    ("yk-cupang", "Cupang Farm Sleman", "mikro", "34.04", "", [], "ya", [
        ("cupang", "pertanian", "Ikan cupang halfmoon", "ekor", 35000, 800, 3, 100, [], "ikan hias cupang"),
        ("koki", "pertanian", "IKAN MAS KOKI OrANDA 5CM SEHAT | Ikan Hias Aquarium Kantor", "ekor", 25000, 1500, 3, 100, [], "ikan hias koki"),
        ("aquarium", "pertanian", "Aquarium kaca 60 cm + filter", "unit", 450000, 100, 7, 60, [], "akuarium"),
    ]),
    ("bly-ternak", "Peternak Kambing Etawa Boyolali", "kecil", "33.09", "", [], "ya", [
        ("kambingbibit", "pertanian", "Kambing etawa betina bibit", "ekor", 3500000, 40, 14, 100, [], "bibit kambing PE"),
        ("susukambing", "pertanian", "Susu kambing etawa segar 1 liter", "liter", 35000, 1000, 1, 100, [], "susu segar"),
        ("pupukkandang", "pertanian", "Pupuk kandang kambing karung 25 kg", "karung", 30000, 3000, 3, 100, [], "pupuk organik"),
    ]),
    ("tmg-bibit", "Kebun Bibit Kopi Sindoro", "mikro", "33.23", "", [], "ya", [
        ("bibitkopi", "pertanian", "Bibit kopi arabika polybag 30 cm", "batang", 4500, 20000, 7, 100, [], "bibit tanaman kopi"),
        ("bibitalpukat", "pertanian", "Bibit alpukat aligator sambung", "batang", 45000, 3000, 7, 100, [], "bibit buah"),
    ]),
    ("lmb-rumputlaut", "Kelompok Pembudidaya Rumput Laut Gerupuk", "koperasi", "52.02", "", [], "ya", [
        ("rumputlaut", "pertanian", "Rumput laut kering cottonii", "kg", 22000, 20000, 5, 100, [], "hasil budidaya"),
        ("bibitrumputlaut", "pertanian", "Bibit rumput laut cottonii segar", "kg", 5000, 20000, 3, 100, [], "bibit"),
    ]),
    ("pkl-pupuk", "UD Pupuk Organik Tani Maju", "kecil", "33.26", "", [], "ya", [
        ("kompos", "pertanian", "PUPUK KOMPOS ORGANIK 25KG | Pupuk Tanaman Hias & Sayur Murah", "karung", 27500, 10000, 3, 100, [], "kompos matang"),
        ("pocair", "pertanian", "Pupuk organik cair 1 liter", "botol", 35000, 5000, 3, 100, [], "POC"),
    ]),

    # ---------------------------------------------------------------- lainnya
    ("smg-kebersihan", "Toko Alat Kebersihan Semarang Jaya", "kecil", "33.74", "", [], "ya", [
        ("mop", "lainnya", "ALAT PEL LANTAI PUTAR + EMBER SPIN MOP 360 | Pel Lantai Praktis Kantor", "set", 165000, 1500, 3, 40, [], "spin mop ember pemeras"),
        ("lap", "lainnya", "Lap microfiber serbaguna 40x40 isi 10", "pak", 45000, 3000, 2, 40, [], "kain lap dapur dan meja"),
        ("sapu", "lainnya", "Sapu ijuk gagang kayu", "pcs", 25000, 5000, 2, 90, [], "sapu lantai"),
        ("keset", "lainnya", "Keset kaki sabut kelapa 40x60", "pcs", 30000, 3000, 3, 95, [], "keset"),
        ("tempatsampah", "lainnya", "Tempat sampah pilah 3 warna 60 L", "set", 850000, 300, 7, 50, [], "tong sampah organik anorganik"),
    ]),
    ("kbm-sapu", "Sapu Ijuk Kebumen Pak Warso", "mikro", "33.05", "", [], "ya", [
        ("sapu", "lainnya", "Sapu ijuk", "pcs", 18000, 3000, 3, 100, [], "sapu"),
        ("sapulidi", "lainnya", "Sapu lidi gagang", "pcs", 12000, 5000, 3, 100, [], "sapu lidi halaman"),
        ("keset", "lainnya", "Keset sabut kelapa", "pcs", 22000, 3000, 3, 100, [], "keset"),
    ]),
    ("ska-keset", "Kain Perca Kreasi Sukoharjo", "mikro", "33.11", "", [], "ya", [
        ("kainpel", "lainnya", "Kain pel lantai katun", "pcs", 12000, 5000, 2, 95, [], "kain pel"),
        ("serbet", "lainnya", "Serbet makan katun isi 12", "lusin", 45000, 2000, 3, 95, [], "lap piring / serbet dapur"),
        ("kesetperca", "lainnya", "Keset kain perca bulat", "pcs", 15000, 3000, 3, 95, [], "keset"),
    ]),
    ("smg-bendera", "Konveksi Bendera Umbul-Umbul Semarang", "mikro", "33.74", "", [], "ya", [
        ("bendera", "lainnya", "Bendera merah putih kain katun 90x135", "pcs", 45000, 3000, 5, 95, [], "bendera"),
        ("umbulumbul", "lainnya", "Umbul-umbul kain 5 m", "pcs", 65000, 2000, 7, 95, [], "umbul umbul HUT"),
        ("tiangbendera", "lainnya", "Tiang bendera stainless 7 m", "pcs", 2750000, 50, 14, 70, [], "tiang bendera"),
    ]),
    ("jpr-mainan", "Mainan Edukasi Kayu Jepara", "mikro", "33.20", "", ["sni"], "ya", [
        ("ape", "lainnya", "Alat permainan edukatif kayu balok 100 pcs", "set", 285000, 200, 14, 95, [], "APE PAUD"),
        ("puzzle", "lainnya", "Puzzle kayu peta Indonesia", "pcs", 65000, 500, 7, 95, [], "mainan edukasi"),
    ]),
    ("smg-plastik", "Grosir Plastik & Ember Semarang", "kecil", "33.74", "", [], "ya", [
        ("ember", "lainnya", "Ember plastik 20 liter tutup", "pcs", 35000, 5000, 2, 40, [], "ember"),
        ("jerigen20", "lainnya", "Jerigen plastik 20 liter", "pcs", 40000, 5000, 2, 40, [], "jerigen"),
        ("jerigen5", "lainnya", "Jerigen 5 liter", "pcs", 12000, 8000, 2, 40, [], "jerigen kecil"),
    ]),
    ("klt-lampu", "Lampion Bambu Kreatif Klaten", "mikro", "33.10", "", [], "ya", [
        ("lampion", "lainnya", "Lampion bambu hias", "pcs", 55000, 500, 7, 100, [], "lampu hias"),
    ]),
]

"""Hand-written suppliers and products for relevance-blind93 (all fictional).

SUPPLIERS rows: (key, name, scale, region, supplier certificates, active, category, products);
product rows: (kind, name as the maker writes it, unit, unit_price, capacity_per_month, lead_time_days).
The kind is the labeller's private reading of what the product is; it never reaches the CSVs.
"""

SUPPLIERS = [
    # ---------------- makanan ----------------
    ("MKB1", "Dapur Kue Bu Imas Cikarang", "mikro", "32.16", "halal;pirt", True, "makanan", [
        ("kue_basah", "Kue basah aneka (lemper, risoles, dadar gulung) per pcs", "pcs", 3000, 6000, 1),
        ("bolu", "Bolu pandan loyang 22 cm", "pcs", 45000, 300, 2)]),
    ("MKR1", "Rengginang Ceu Titin Rengasdengklok", "mikro", "32.15", "pirt", True, "makanan", [
        ("rengginang", "Rengginang ketan mentah 500 gr", "pack", 22000, 800, 3),
        ("opak", "Opak ketan bakar 250 gr", "pack", 15000, 600, 3)]),
    ("MKP1", "Simping Hj. Enok Plered", "mikro", "32.14", "pirt;halal", True, "makanan", [
        ("simping", "Simping kencur khas Purwakarta 250 gr", "pack", 20000, 1000, 3),
        ("kue_semprong", "Kue semprong gulung toples 300 gr", "toples", 30000, 500, 3)]),
    ("MBG1", "Sari Rasa Oleh-oleh Bogor", "kecil", "32.71", "halal;pirt", True, "makanan", [
        ("asinan_sayur", "Asinan sayur Bogor cup 300 ml", "cup", 12000, 2000, 1),
        ("manisan_pala", "Manisan pala kering 250 gr", "pack", 28000, 900, 3),
        ("roti_unyil", "Roti unyil isi 20 per box", "box", 35000, 500, 1)]),
    ("MBT1", "Keripik Pisang Way Halim", "mikro", "18.71", "halal;pirt", True, "makanan", [
        ("keripik_pisang_coklat", "Keripik pisang rasa coklat 250 gr", "pack", 18000, 2000, 3),
        ("keripik_pisang_manis", "Keripik pisang manis original 250 gr", "pack", 16000, 2000, 3)]),
    ("MKB2", "Kerupuk Udang Muara Gembong", "mikro", "32.16", "pirt", True, "makanan", [
        ("kerupuk_udang", "Kerupuk udang mentah 500 gr", "pack", 35000, 1500, 3),
        ("terasi", "Terasi udang blok 250 gr", "pack", 20000, 800, 3)]),
    ("MBE1", "Dodol Betawi Bang Jali", "kecil", "32.75", "halal;pirt", True, "makanan", [
        ("dodol_betawi", "Dodol Betawi ketan hitam 500 gr", "pack", 40000, 700, 3),
        ("kembang_goyang", "Kembang goyang kaleng 400 gr", "kaleng", 45000, 600, 3)]),
    # ---------------- minuman ----------------
    ("MNK1", "Kopi Puncak Gunung Mas", "kecil", "32.01", "halal;pirt", True, "minuman", [
        ("kopi_arabika_bubuk", "Kopi arabika Puncak bubuk 200 gr", "pack", 65000, 800, 3),
        ("kopi_arabika_bean", "Kopi arabika biji sangrai (roasted bean) 1 kg", "kg", 260000, 150, 5)]),
    ("MNL1", "Koperasi Kopi Liwa Sejahtera", "koperasi", "18.04", "halal;pirt", True, "minuman", [
        ("kopi_robusta_bubuk", "Kopi robusta bubuk Lampung 250 gr", "pack", 35000, 3000, 3),
        ("kopi_robusta_green", "Kopi robusta green bean grade 1 per kg", "kg", 70000, 2000, 7)]),
    ("MNP1", "Sirup Pala Cigudeg", "mikro", "32.01", "pirt", True, "minuman", [
        ("sirup_pala", "Sirup pala 600 ml", "botol", 30000, 500, 3)]),
    ("MNK2", "Bandrek Mang Ujang Karawang", "mikro", "32.15", "pirt;halal", True, "minuman", [
        ("bandrek", "Bandrek jahe instan isi 10 sachet", "pack", 22000, 1200, 3),
        ("bajigur", "Bajigur instan isi 10 sachet", "pack", 22000, 800, 3)]),
    ("MNB1", "Tirta Cibarusah Mandiri", "menengah", "32.16", "halal;bpom;sni", True, "minuman", [
        ("air_gelas", "Air mineral gelas 240 ml dus isi 48", "dus", 21000, 20000, 2),
        ("air_botol", "Air mineral botol 600 ml dus isi 24", "dus", 45000, 8000, 2)]),
    ("MNX1", "PT Minuman Nusantara Jaya", "besar", "32.16", "halal;bpom", True, "minuman", [
        ("teh_melati", "Teh melati celup kotak isi 25", "kotak", 12000, 50000, 2)]),
    # ---------------- jasa-boga ----------------
    ("JBK1", "Catering Ibu Rini Cikarang", "kecil", "32.16", "halal", True, "jasa-boga", [
        ("nasi_kotak", "Nasi kotak ayam bakar + 3 lauk", "kotak", 35000, 3000, 2),
        ("snack_box", "Snack box isi 3 kue + air mineral", "kotak", 15000, 4000, 1)]),
    ("JBK2", "Dapur Sunda Teh Nenden Karawang", "mikro", "32.15", "halal", True, "jasa-boga", [
        ("nasi_kotak", "Nasi box liwet Sunda lengkap", "kotak", 30000, 400, 2),
        ("snack_box", "Kue kotak rapat isi 3", "kotak", 12000, 600, 1)]),
    ("JBB1", "Katering Rasa Bogor", "kecil", "32.01", "halal", True, "jasa-boga", [
        ("prasmanan", "Prasmanan menu Sunda min. 100 pax", "pax", 55000, 5000, 3),
        ("nasi_kotak", "Nasi kotak menu rapat", "kotak", 32000, 2500, 2),
        ("tumpeng", "Tumpeng nasi kuning 30 porsi", "buah", 850000, 40, 3)]),
    ("JBE1", "Boga Sejahtera Bekasi Timur", "mikro", "32.75", "halal", True, "jasa-boga", [
        ("snack_box", "Snack box rapat 2 kue", "kotak", 10000, 1500, 1),
        ("nasi_kotak", "Nasi kotak ayam goreng", "kotak", 28000, 800, 1)]),
    ("JBP1", "Sate Maranggi Hj. Yetty", "mikro", "32.14", "halal", True, "jasa-boga", [
        ("sate_maranggi", "Sate maranggi paket nasi (10 tusuk)", "porsi", 40000, 1500, 2),
        ("nasi_kotak", "Nasi kotak sate maranggi", "kotak", 30000, 1000, 2)]),
    ("JBL1", "Katering Tapis Berseri", "kecil", "18.71", "halal", True, "jasa-boga", [
        ("nasi_kotak", "Nasi kotak rapat Lampung", "kotak", 30000, 3000, 2),
        ("snack_box", "Snack box 3 item", "kotak", 13000, 3000, 1)]),
    ("JBS1", "Katering Serang Barokah", "kecil", "36.73", "halal", True, "jasa-boga", [
        ("nasi_kotak", "Nasi kotak rapat", "kotak", 30000, 2500, 2),
        ("prasmanan", "Prasmanan pernikahan/acara dinas", "pax", 50000, 3000, 3)]),
    # ---------------- fesyen ----------------
    ("FSB1", "Batik Tulis Nyi Mas Bekasi", "mikro", "32.16", "batikmark", True, "fesyen", [
        ("batik_tulis_kain", "Kain batik tulis motif Bekasi 2 m", "lembar", 450000, 60, 14),
        ("kemeja_batik_cap", "Kemeja batik cap motif Bekasi", "pcs", 175000, 300, 10)]),
    ("FSK1", "Batik Lumbung Padi Karawang", "kecil", "32.15", "", True, "fesyen", [
        ("kemeja_batik_cap", "Kemeja batik cap motif padi Karawang", "pcs", 165000, 500, 10),
        ("batik_cap_kain", "Kain batik cap 2 m", "lembar", 120000, 400, 7)]),
    ("FSP1", "Konveksi Seragam Purwakarta", "kecil", "32.14", "", True, "fesyen", [
        ("seragam_pdh", "Seragam PDH ASN (kemeja + celana) bahan american drill", "stel", 285000, 800, 21),
        ("polo_bordir", "Kaos polo bordir logo instansi", "pcs", 85000, 2000, 14),
        ("rompi", "Rompi lapangan bordir", "pcs", 90000, 800, 14)]),
    ("FSE1", "Konveksi Jaya Bekasi", "mikro", "32.75", "", True, "fesyen", [
        ("kaos_sablon", "Kaos sablon event cotton combed 30s", "pcs", 55000, 3000, 10),
        ("topi", "Topi bordir logo", "pcs", 35000, 2000, 10),
        ("jaket", "Jaket parasut bordir logo", "pcs", 165000, 600, 14)]),
    ("FSL1", "Tapis Ratu Kinanti", "mikro", "18.71", "", True, "fesyen", [
        ("kain_tapis", "Kain tapis Lampung sulam benang emas", "lembar", 1250000, 25, 30),
        ("selendang_tapis", "Selendang tapis Lampung", "pcs", 350000, 80, 14)]),
    ("FSS1", "Tenun Kanekes Lestari", "mikro", "36.02", "", True, "fesyen", [
        ("tenun_baduy", "Kain tenun Baduy 2 m", "lembar", 400000, 60, 21),
        ("tas_koja", "Tas koja akar Baduy", "pcs", 95000, 300, 10)]),
    ("FSG1", "Seragam Sekolah Cibinong", "kecil", "32.01", "sni", True, "fesyen", [
        ("seragam_sd", "Seragam sekolah SD merah putih (set kemeja + rok/celana)", "stel", 140000, 3000, 21),
        ("seragam_pramuka", "Seragam Pramuka penggalang set", "stel", 150000, 2000, 21)]),
    ("FSX1", "PT Garmen Cikarang Raya", "besar", "32.16", "iso-9001", True, "fesyen", [
        ("seragam_pdl", "Seragam PDL Satpol PP / Linmas lengkap", "stel", 350000, 20000, 30),
        ("batik_printing", "Kemeja batik printing seragam kantor", "pcs", 95000, 30000, 14)]),
    # ---------------- kerajinan ----------------
    ("KRB1", "Akrilik Kreasi Bekasi", "mikro", "32.75", "", True, "kerajinan", [
        ("plakat_akrilik", "Plakat akrilik custom 20x15 cm + box", "buah", 150000, 500, 7),
        ("ganci_akrilik", "Gantungan kunci akrilik custom", "pcs", 5000, 10000, 7),
        ("miniatur_resin", "Miniatur ikon kota resin", "pcs", 125000, 200, 14)]),
    ("KRT1", "Anyaman Mendong Rajapolah", "kecil", "32.06", "", True, "kerajinan", [
        ("tas_mendong", "Tas anyaman mendong", "pcs", 65000, 800, 10),
        ("tempat_tisu_pandan", "Tempat tisu anyaman pandan", "pcs", 35000, 1000, 7),
        ("kotak_pandan", "Kotak hantaran anyaman pandan", "pcs", 45000, 600, 10)]),
    ("KRP1", "Keramik Plered Citeko", "mikro", "32.14", "", True, "kerajinan", [
        ("guci_keramik", "Guci keramik Plered 40 cm", "buah", 275000, 100, 21),
        ("vas_gerabah", "Vas bunga gerabah mini Plered", "pcs", 35000, 1500, 10),
        ("mug_keramik", "Mug keramik custom logo", "pcs", 45000, 1200, 14)]),
    ("KRW1", "Wayang Golek Ki Jaya", "mikro", "32.01", "", True, "kerajinan", [
        ("wayang_golek", "Wayang golek hias 40 cm (Arjuna/Semar)", "buah", 350000, 60, 21),
        ("wayang_golek_mini", "Miniatur wayang golek 15 cm souvenir", "pcs", 65000, 400, 14)]),
    ("KRS1", "Bambu Craft Rangkasbitung", "mikro", "36.02", "", True, "kerajinan", [
        ("keranjang_parsel_bambu", "Keranjang parsel bambu", "pcs", 40000, 1000, 7),
        ("angklung_mini", "Angklung mini souvenir", "pcs", 25000, 1500, 7)]),
    # ---------------- perhiasan ----------------
    ("PHB1", "Perak Silversmith Bekasi", "mikro", "32.75", "", True, "perhiasan", [
        ("cincin_perak", "Cincin perak 925 ukir", "pcs", 250000, 200, 14),
        ("bros_perak", "Bros perak 925 logo instansi", "pcs", 275000, 150, 14)]),
    ("PHL1", "Mutiara Teluk Pesawaran", "mikro", "18.09", "", True, "perhiasan", [
        ("kalung_mutiara", "Kalung mutiara laut Lampung", "pcs", 650000, 60, 14),
        ("anting_mutiara", "Anting mutiara", "pcs", 250000, 100, 10)]),
    ("PHK1", "Aksesori Cantik Karawang", "mikro", "32.15", "", True, "perhiasan", [
        ("bros_lapis_emas", "Bros lapis emas motif Karawang", "pcs", 85000, 600, 10),
        ("pin_lapis_emas", "Pin lapis emas (gold plated) logo Pemda", "pcs", 95000, 800, 14)]),
    ("PHS1", "Kalimaya Banten Permata", "mikro", "36.02", "", True, "perhiasan", [
        ("cincin_kalimaya", "Cincin batu kalimaya Banten", "pcs", 450000, 40, 14)]),
    ("PHX1", "PT Logam Mulia Kreasi", "besar", "36.03", "sni", True, "perhiasan", [
        ("cincin_emas", "Cincin emas 22 karat", "pcs", 2500000, 2000, 14)]),
    # ---------------- furnitur ----------------
    ("FRB1", "Mebel Jati Cibarusah", "kecil", "32.16", "svlk", True, "furnitur", [
        ("meja_kerja_kayu", "Meja kerja kayu jati 120x60", "unit", 1850000, 60, 21),
        ("kursi_kayu", "Kursi kerja kayu jati", "unit", 750000, 100, 21),
        ("lemari_arsip_kayu", "Lemari arsip kayu 2 pintu", "unit", 2750000, 30, 30)]),
    ("FRK1", "Karawang Steel Furniture", "kecil", "32.15", "sni", True, "furnitur", [
        ("filing_cabinet_besi", "Lemari arsip besi 4 laci", "unit", 2350000, 80, 14),
        ("rak_besi", "Rak besi siku 5 susun", "unit", 650000, 200, 10),
        ("loker_besi", "Loker besi 12 pintu", "unit", 2900000, 40, 21)]),
    ("FRP1", "Meubel Sekolah Purwakarta Mandiri", "mikro", "32.14", "svlk", True, "furnitur", [
        ("mebel_siswa", "Meja kursi siswa SD (1 set)", "set", 850000, 150, 30),
        ("papan_tulis", "Papan tulis whiteboard 120x240 rangka aluminium", "unit", 900000, 100, 14)]),
    ("FRL1", "Rotan Jaya Bandar Lampung", "mikro", "18.71", "", True, "furnitur", [
        ("kursi_rotan_set", "Kursi rotan teras set (2 kursi + meja)", "set", 2200000, 20, 21)]),
    ("FRX1", "Sofa Tamu Cileungsi", "mikro", "32.01", "", False, "furnitur", [
        ("sofa_tamu", "Sofa tamu kantor 3-2-1", "set", 8500000, 10, 30)]),
    # ---------------- herbal ----------------
    ("HRB1", "Jamu Bu Sri Bekasi", "mikro", "32.75", "pirt", True, "herbal", [
        ("jamu_kunyit_asam", "Jamu kunyit asam botol 250 ml", "botol", 8000, 2000, 1),
        ("jamu_beras_kencur", "Jamu beras kencur botol 250 ml", "botol", 8000, 2000, 1)]),
    ("HRK1", "Kelor Sehat Karawang", "mikro", "32.15", "pirt;halal", True, "herbal", [
        ("teh_kelor", "Teh daun kelor celup isi 20", "kotak", 30000, 800, 5),
        ("kapsul_kelor", "Kapsul kelor 60 kapsul", "botol", 65000, 500, 7)]),
    ("HRB2", "Rempah Jahe Merah Ciawi", "kecil", "32.01", "bpom;halal", True, "herbal", [
        ("jahe_merah_instan", "Jahe merah instan 250 gr", "pack", 35000, 2000, 3),
        ("madu_murni", "Madu hutan murni 500 gr", "botol", 120000, 600, 5)]),
    ("HRL1", "Madu Trigona Pesawaran", "mikro", "18.09", "pirt", True, "herbal", [
        ("madu_klanceng", "Madu klanceng trigona 250 ml", "botol", 150000, 150, 5)]),
    # ---------------- kosmetik ----------------
    ("KSB1", "Sabun Herbal Cikarang", "mikro", "32.16", "bpom;halal", True, "kosmetik", [
        ("sabun_batang", "Sabun batang herbal sereh / kopi 100 gr", "pcs", 15000, 3000, 5),
        ("sabun_cair_tangan", "Sabun cair cuci tangan 5 liter", "jerigen", 85000, 600, 5)]),
    ("KSK1", "Lulur Nyai Karawang", "mikro", "32.15", "pirt", True, "kosmetik", [
        ("lulur", "Lulur mandi tradisional 200 gr", "pack", 30000, 800, 5),
        ("minyak_urang_aring", "Minyak urang-aring 100 ml", "botol", 25000, 800, 5)]),
    ("KSE1", "Wangi Refill Bekasi", "mikro", "32.75", "", True, "kosmetik", [
        ("parfum", "Parfum / minyak wangi refill 100 ml", "botol", 50000, 1000, 3),
        ("pengharum_ruangan", "Pengharum ruangan gel 75 gr", "pcs", 15000, 2000, 3)]),
    ("KSL1", "Kopi Scrub Metro", "mikro", "18.72", "bpom", True, "kosmetik", [
        ("scrub_kopi", "Body scrub kopi robusta 200 gr", "pcs", 45000, 400, 5)]),
    ("KSS1", "Higienis Serang Abadi", "kecil", "36.73", "bpom", True, "kosmetik", [
        ("hand_sanitizer", "Hand sanitizer gel 500 ml", "botol", 35000, 3000, 3)]),
    # ---------------- logam ----------------
    ("LGS1", "Pandai Besi Ciomas Pusaka", "mikro", "36.04", "", True, "logam", [
        ("golok_ciomas", "Golok Ciomas sarung kayu", "buah", 450000, 60, 21),
        ("arit", "Arit / sabit baja", "buah", 45000, 800, 7)]),
    ("LGK1", "Medali & Pin Karawang", "kecil", "32.15", "", True, "logam", [
        ("medali", "Medali kuningan cetak custom + pita", "pcs", 35000, 5000, 14),
        ("pin_enamel", "Pin logo kuningan enamel", "pcs", 20000, 6000, 14),
        ("piala", "Piala trofi logam 3 tingkat", "buah", 650000, 200, 14)]),
    ("LGB1", "Kuningan Ukir Leuwiliang", "mikro", "32.01", "", True, "logam", [
        ("plakat_kuningan", "Plakat kuningan ukir + kayu jati", "buah", 350000, 300, 14)]),
    ("LGP1", "Pisau & Perkakas Purwakarta", "mikro", "32.14", "", True, "logam", [
        ("pisau_dapur", "Pisau dapur stainless gagang kayu", "buah", 45000, 1000, 7),
        ("cangkul", "Cangkul baja + gagang", "buah", 95000, 600, 7)]),
    ("LGL1", "Las Kalianda Teknik", "mikro", "18.01", "", True, "logam", [
        ("tempat_sampah_besi", "Tempat sampah besi 3 warna (pilah)", "unit", 1850000, 20, 21)]),
    ("LGE1", "Stainless Teknik Bekasi", "kecil", "32.75", "sni", True, "logam", [
        ("tumbler_stainless", "Tumbler stainless 500 ml custom grafir logo", "pcs", 65000, 3000, 10)]),
    # ---------------- percetakan ----------------
    ("PCB1", "Cikarang Grafika", "kecil", "32.16", "iso-9001", True, "percetakan", [
        ("spanduk", "Cetak spanduk / banner flexi 280 gr", "m2", 25000, 5000, 2),
        ("undangan", "Cetak undangan hard cover", "lembar", 8000, 10000, 7),
        ("agenda", "Buku agenda / notes cetak logo", "pcs", 45000, 2000, 14),
        ("seminar_kit", "Seminar kit (map, notes, pulpen) cetak logo", "paket", 35000, 5000, 7)]),
    ("PCK1", "Karawang ATK & Cetak", "mikro", "32.15", "", True, "percetakan", [
        ("map_snelhecter", "Map snelhecter plastik cetak logo", "pcs", 3500, 20000, 7),
        ("stopmap", "Stopmap kertas folio", "pcs", 1500, 30000, 5),
        ("amplop_kop", "Amplop kop dinas 1 box", "box", 120000, 500, 5)]),
    ("PCE1", "Stempel & Sablon Bekasi Jaya", "mikro", "32.75", "", True, "percetakan", [
        ("stempel", "Stempel flash otomatis", "buah", 85000, 500, 3),
        ("id_card", "ID card PVC + tali lanyard", "pcs", 15000, 5000, 5),
        ("piagam", "Cetak sertifikat / piagam art carton", "lembar", 5000, 10000, 3)]),
    ("PCP1", "Purwakarta Print", "mikro", "32.14", "", True, "percetakan", [
        ("paper_bag", "Tas kertas (paper bag) cetak logo", "pcs", 6000, 10000, 10),
        ("brosur", "Cetak brosur / leaflet A4", "lembar", 1200, 50000, 5),
        ("goodie_bag_spunbond", "Goodie bag spunbond sablon", "pcs", 5000, 10000, 7)]),
    ("PCL1", "Lampung Offset", "kecil", "18.71", "", True, "percetakan", [
        ("buku_cetak", "Cetak buku laporan jilid softcover", "eksemplar", 35000, 3000, 14),
        ("kalender_meja", "Kalender meja custom", "pcs", 30000, 3000, 14)]),
    ("PCS1", "Serang Printing", "mikro", "36.73", "", True, "percetakan", [
        ("x_banner", "X-banner + stand 60x160", "buah", 95000, 1000, 3),
        ("spanduk", "Spanduk MMT", "m2", 22000, 4000, 2)]),
    # ---------------- pertanian ----------------
    ("PTK1", "Gapoktan Sri Mukti Karawang", "koperasi", "32.15", "sni", True, "pertanian", [
        ("beras_premium", "Beras premium Karawang 5 kg", "karung", 75000, 5000, 3),
        ("benih_padi", "Benih padi Inpari 32 label biru 5 kg", "pack", 70000, 3000, 7)]),
    ("PTB1", "Pokdakan Muara Jaya", "mikro", "32.16", "", True, "pertanian", [
        ("bandeng_segar", "Ikan bandeng segar per kg", "kg", 38000, 2000, 1),
        ("bibit_lele", "Bibit ikan lele 5-7 cm", "ekor", 200, 50000, 3)]),
    ("PTG1", "Nursery Bibit Tajur Halang", "kecil", "32.01", "", True, "pertanian", [
        ("bibit_buah", "Bibit alpukat / durian okulasi 60 cm", "batang", 35000, 3000, 7),
        ("tanaman_hias", "Tanaman hias pot (sansevieria, aglonema)", "pot", 45000, 1000, 5),
        ("bibit_pohon_penghijauan", "Bibit pohon mahoni / trembesi polybag", "batang", 8000, 20000, 7)]),
    ("PTP1", "Tani Manggis Wanayasa", "mikro", "32.14", "", True, "pertanian", [
        ("manggis", "Manggis segar grade A per kg", "kg", 30000, 3000, 2)]),
    ("PTS1", "Ikan Hias Kramatwatu", "mikro", "36.04", "", True, "pertanian", [
        ("ikan_koki", "Ikan mas koki", "ekor", 15000, 2000, 3),
        ("bibit_nila", "Benih ikan nila 3-5 cm", "ekor", 250, 100000, 3)]),
    # ---------------- lainnya ----------------
    ("LNB1", "Aneka Souvenir Tambun", "mikro", "32.16", "", True, "lainnya", [
        ("payung", "Payung lipat custom logo", "pcs", 45000, 2000, 10),
        ("jam_dinding", "Jam dinding custom logo", "pcs", 55000, 1000, 10),
        ("tumbler_plastik", "Tumbler plastik custom 500 ml", "pcs", 25000, 5000, 7)]),
    ("LNK1", "Sapu Ijuk Telagasari", "mikro", "32.15", "", True, "lainnya", [
        ("sapu_ijuk", "Sapu ijuk gagang kayu", "buah", 25000, 2000, 5),
        ("keset_sabut", "Keset sabut kelapa", "pcs", 30000, 1500, 5),
        ("mop", "Alat pel katun + gagang", "buah", 40000, 1000, 5)]),
    ("LNL1", "Mainan Kayu Metro", "mikro", "18.72", "", True, "lainnya", [
        ("puzzle_kayu", "Mainan edukasi puzzle kayu PAUD", "set", 60000, 500, 14),
        ("balok_kayu", "Balok bangun kayu set", "set", 150000, 300, 14)]),
]

CATEGORY = {key: cat for key, _n, _s, _r, _c, _a, cat, _p in SUPPLIERS}

# Perishable kinds: all catering kinds plus fresh food and fresh jamu (made and eaten within days).
PERISHABLE = {"nasi_kotak", "snack_box", "prasmanan", "tumpeng", "sate_maranggi", "kue_basah", "asinan_sayur",
              "roti_unyil", "bandeng_segar", "manggis", "jamu_kunyit_asam", "jamu_beras_kencur"}

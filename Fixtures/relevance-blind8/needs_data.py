"""Hand-written needs for relevance-blind8, in the style of SiRUP/RUP package names of a kabupaten/kota and a ministry.

Each need: (category, opd, description, quantity, unit, budget, region, needed_by, certificates, kinds, note).
kinds: the product kinds an officer accepts; empty when nothing offered is acceptable. A kind written "?k" means
"no feasible k may exist in the province" (a quantity nobody can make), checked by build.py.
"""

OPDS = {
    "36.04.2.07": "Dinas Koperasi, Usaha Kecil dan Menengah, Perindustrian dan Perdagangan Kabupaten Serang",
    "36.04.1.02": "Dinas Kesehatan Kabupaten Serang",
    "36.04.4.01": "Sekretariat Daerah Kabupaten Serang",
    "36.73.1.01": "Dinas Pendidikan dan Kebudayaan Kota Serang",
    "36.73.4.02": "Sekretariat DPRD Kota Serang",
    "36.73.1.05": "Satuan Polisi Pamong Praja Kota Serang",
    "36.73.2.15": "Dinas Perhubungan Kota Serang",
    "36.01.1.02": "Dinas Kesehatan Kabupaten Pandeglang",
    "36.01.3.25": "Dinas Perikanan Kabupaten Pandeglang",
    "36.01.2.19": "Dinas Pariwisata Kabupaten Pandeglang",
    "36.02.2.19": "Dinas Pariwisata Kabupaten Lebak",
    "36.02.1.06": "Dinas Sosial Kabupaten Lebak",
    "36.71.4.01": "Sekretariat Daerah Kota Tangerang",
    "36.71.2.17": "Dinas Ketahanan Pangan Kota Tangerang",
    "36.03.1.01": "Dinas Pendidikan Kabupaten Tangerang",
    "36.72.2.16": "Dinas Pendidikan dan Kebudayaan Kota Cilegon",
    "36.74.1.02": "Dinas Kesehatan Kota Tangerang Selatan",
    "18.06.2.19": "Dinas Pariwisata Kabupaten Tanggamus",
    "18.06.3.27": "Dinas Pertanian Kabupaten Tanggamus",
    "18.10.4.01": "Sekretariat Daerah Kabupaten Pringsewu",
    "18.10.1.02": "Dinas Kesehatan Kabupaten Pringsewu",
    "18.07.4.01": "Sekretariat Daerah Kabupaten Lampung Timur",
    "18.72.1.01": "Dinas Pendidikan dan Kebudayaan Kota Metro",
    "18.72.1.03": "Dinas Pekerjaan Umum dan Penataan Ruang Kota Metro",
    "18.09.2.07": "Dinas Koperasi, UKM dan Perindustrian Kabupaten Pesawaran",
    "18.71.4.01": "Sekretariat Daerah Kota Bandar Lampung",
    "32.16.1.02": "Dinas Kesehatan Kabupaten Bekasi",
    "32.16.4.01": "Sekretariat Daerah Kabupaten Bekasi",
    "32.15.1.01": "Dinas Pendidikan, Pemuda dan Olahraga Kabupaten Karawang",
    "32.15.4.02": "Sekretariat DPRD Kabupaten Karawang",
    "32.01.1.01": "Dinas Pendidikan Kabupaten Bogor",
    "32.01.3.25": "Dinas Perikanan dan Peternakan Kabupaten Bogor",
    "32.01.1.02": "Dinas Kesehatan Kabupaten Bogor",
    "KL.044.01": "Kementerian Koperasi dan Usaha Kecil dan Menengah - Biro Umum dan Keuangan",
    "KL.025.03": "Kementerian Agama - Direktorat Jenderal Bimbingan Masyarakat Islam",
    "KL.024.06": "Kementerian Kesehatan - Direktorat Gizi dan Kesehatan Ibu dan Anak",
    "KL.023.02": "Kementerian Pendidikan Dasar dan Menengah - Direktorat Sekolah Dasar",
    "KL.032.04": "Kementerian Kelautan dan Perikanan - Direktorat Jenderal Perikanan Budidaya",
    "KL.040.01": "Kementerian Pariwisata - Sekretariat Kementerian",
}

NEEDS = [
    # ---------------- makanan ----------------
    ("makanan", "36.73.4.02", "Belanja Makanan dan Minuman Jamuan Tamu - Penyediaan Oleh-Oleh Khas Daerah (Otak-Otak "
     "Bandeng) bagi Tamu Kunjungan Kerja DPRD Provinsi", 60, "pack", 2700000, "36.73", "2026-03-10", "",
     ["otak-otak"], "otak-otak bandeng; sate bandeng is another product"),
    ("makanan", "18.06.2.19", "Belanja Hadiah yang Bersifat Barang - Paket Kerupuk Ikan Tenggiri Khas Tanggamus untuk "
     "Peserta Festival Teluk Semaka 2026", 200, "pack", 10000000, "18.06", "2026-04-20", "",
     ["kerupuk-ikan"], "kerupuk ikan tenggiri; kemplang/amplang are other products"),
    ("makanan", "36.71.2.17", "Belanja Bahan-Bahan Lainnya - Sambel Bawang Kemasan Botol 150 ml untuk Bazar Pangan "
     "Lokal HUT Kota Tangerang", 300, "botol", 9000000, "36.71", "2026-02-26", "",
     ["sambal-bawang"], "sambal bawang (sambel spelling); sambal cumi is another"),
    ("makanan", "KL.024.06", "Belanja Barang Persediaan Barang Konsumsi - Abon Sapi Kemasan 250 gram (Halal) untuk "
     "Pemberian Makanan Tambahan Balita Lokus Stunting", 1200, "pack", 90000000, "31.74", "2026-05-29", "halal",
     ["abon-sapi"], "ministry; abon sapi; rendang is another"),
    ("makanan", "36.04.1.02", "Belanja Bahan Makanan - Abon Ikan Tuna Kemasan 100 gr untuk PMT Ibu Hamil KEK", 500,
     "pack", 15000000, "36.04", "2026-04-15", "", [], "none: abon ikan tuna nobody makes (abon sapi exists)"),
    ("makanan", "18.72.1.01", "Belanja Makanan dan Minuman Rapat - Kripik Pisang Rasa Coklat Kemasan 250gr untuk "
     "Rapat Koordinasi Kepala Sekolah", 80, "pack", 2400000, "18.72", "2026-03-05", "",
     ["keripik-pisang"], "kripik spelling; keripik pisang coklat"),
    ("makanan", "36.02.2.19", "Pengadaan Palm Sugar / Gula Aren Bubuk Organik untuk Paket Promosi Produk Unggulan "
     "Daerah", 400, "pack", 16000000, "36.02", "2026-06-30", "",
     ["gula-semut"], "gula semut = gula aren bubuk = palm sugar; gula aren cetak is another form"),
    ("makanan", "32.01.1.01", "Belanja Makanan dan Minuman pada Fasilitas Pelayanan Urusan Pendidikan - Milk Candy / "
     "Permen Susu untuk Kegiatan Gebyar PAUD Kecamatan Cibungbulang", 150, "pack", 3750000, "32.01", "2026-04-22", "",
     ["permen-susu"], "olahan susu: permen susu; dodol/kerupuk susu are other"),
    # ---------------- minuman ----------------
    ("minuman", "18.06.3.27", "Belanja Makanan dan Minuman Rapat - Kopi Bubuk Robusta Lampung 250 gr untuk Pameran "
     "Komoditas Kopi", 150, "pack", 6000000, "18.06", "2026-05-15", "",
     ["kopi-robusta"], "robusta bubuk; kopi luwak is another"),
    ("minuman", "36.01.1.02", "Pengadaan Air Minum Dalam Kemasan (AMDK) Botol 330 ml untuk Posyandu Serentak "
     "Bulan Timbang", 200, "dus", 8000000, "36.01", "2026-02-20", "",
     ["amdk-botol-330"], "botol 330 ml; gelas 220 ml is another"),
    ("minuman", "32.01.1.01", "Belanja Bahan Makanan - Susu Pasteurisasi Cup 200 ml Program Minum Susu Anak Sekolah "
     "(Gerimis) SDN se-Kecamatan Ciawi", 4000, "cup", 22000000, "32.01", "2026-03-02", "",
     ["susu-pasteurisasi"], "fresh milk, one month, same kabupaten"),
    ("minuman", "KL.023.02", "Belanja Barang untuk Diserahkan kepada Masyarakat - Susu Pasteurisasi Kemasan Cup 200 ml "
     "untuk 60.000 Siswa SD Daerah 3T (Tahap I, Maret 2026)", 60000, "cup", 330000000, "32.01", "2026-03-15", "",
     ["?susu-pasteurisasi"], "none: 60,000 fresh cups in one month nobody can make"),
    ("minuman", "18.09.2.07", "Belanja Bahan-Bahan Lainnya - Cocoa Powder Murni untuk Pelatihan Pengolahan Hasil "
     "Kakao bagi Kelompok Wanita Tani", 40, "pack", 2000000, "18.09", "2026-03-12", "",
     ["kakao-bubuk"], "pure cocoa powder; instant chocolate drink is another"),
    ("minuman", "36.02.1.06", "Belanja Makanan dan Minuman Jamuan Tamu - Wedang Jahe Merah Instan Kemasan 250 gr", 100,
     "pack", 2500000, "36.02", "2026-02-27", "", ["jahe-instan"], "wedang jahe instan"),
    ("minuman", "KL.040.01", "Belanja Bahan - Sirup Kawista Khas Rembang 600 ml untuk Welcome Drink Tamu Kementerian",
     100, "botol", 4000000, "31.71", "2026-03-30", "", [], "none: sirup kawista nobody makes (sirup markisa exists)"),
    # ---------------- jasa-boga ----------------
    ("jasa-boga", "36.04.2.07", "Belanja Makanan dan Minuman Rapat - Penyediaan Makan Minum Rapat Koordinasi "
     "Musrenbang Kecamatan Ciruas (Nasi Kotak) 300 Kotak", 300, "kotak", 10500000, "36.04", "2026-03-03", "",
     ["nasi-kotak"], "nasi kotak in Kab. Serang"),
    ("jasa-boga", "36.71.4.01", "Belanja Makanan dan Minuman Rapat - Snack Box Rapat Evaluasi Kinerja Triwulan I "
     "Bagian Umum 150 box", 150, "box", 2700000, "36.71", "2026-03-25", "",
     ["snack-box"], "no snack box in Kota Tangerang: Banten province snack box"),
    ("jasa-boga", "KL.044.01", "Belanja Konsumsi Rapat - Paket Lunch Box Rapat Koordinasi Nasional Pendamping KUMKM "
     "400 pax", 400, "box", 20000000, "31.71", "2026-04-14", "halal", ["nasi-kotak"], "ministry; lunch box = nasi box"),
    ("jasa-boga", "KL.044.01", "Belanja Bahan - Konsumsi Coffee Break Bimbingan Teknis Kurator Produk UMKM "
     "(200 orang x 2 kali)", 400, "pax", 11000000, "31.71", "2026-04-15", "", ["coffee-break"], "coffee break"),
    ("jasa-boga", "36.71.4.01", "Belanja Makanan dan Minuman Jamuan Tamu - Tumpeng Mini HUT Kota Tangerang ke-33",
     100, "box", 5000000, "36.71", "2026-02-27", "", ["tumpeng-mini"], "tumpeng mini"),
    ("jasa-boga", "18.72.1.01", "Belanja Makanan dan Minuman Kegiatan - Nasi Kotak Peserta Gerak Jalan dan Pawai "
     "Pembangunan Kota Metro 3.000 Kotak", 3000, "kotak", 105000000, "18.72", "2026-06-09", "",
     ["?nasi-kotak"], "none: 3,000 boxes for one day, no Lampung caterer makes that many a month"),
    ("jasa-boga", "36.04.4.01", "Belanja Makanan dan Minuman Kegiatan - Prasmanan Peringatan Hari Santri Nasional "
     "Tingkat Kabupaten Serang 500 pax", 500, "pax", 30000000, "36.04", "2026-10-20", "",
     ["prasmanan"], "prasmanan"),
    ("jasa-boga", "36.04.1.02", "Belanja Makanan dan Minuman Kegiatan - Nasi Bakar Isi Cakalang 250 Porsi untuk "
     "Kegiatan Germas", 250, "porsi", 7500000, "36.04", "2026-05-12", "",
     [], "none: nasi bakar cakalang nobody offers (nasi kotak exists)"),
    # ---------------- fesyen ----------------
    ("fesyen", "36.73.2.15", "Belanja Pakaian Dinas Harian (PDH) - Kemeja PDH Lengan Panjang Bahan American Drill "
     "Pegawai Dinas Perhubungan 120 stel", 120, "stel", 26400000, "36.73", "2026-05-04", "",
     ["kemeja-pdh"], "kemeja PDH"),
    ("fesyen", "18.10.4.01", "Belanja Pakaian Adat Daerah - Kain Tapis Lampung Motif Pucuk Rebung untuk Pejabat Eselon II",
     12, "lembar", 24000000, "18.10", "2026-05-30", "", ["kain-tapis"], "kain tapis; selendang/peci tapis are other"),
    ("fesyen", "36.72.2.16", "Belanja Pakaian Batik Tradisional - Batik Tulis Khas Cilegon Motif Krakatau untuk Guru "
     "Berprestasi", 25, "lembar", 18000000, "36.72", "2026-06-15", "batikmark",
     ["batik-tulis"], "batik tulis; kemeja batik cap is another"),
    ("fesyen", "36.73.4.02", "Belanja Pakaian Dinas - Sepatu Pantofel Kulit Hitam Pria untuk Anggota DPRD", 45,
     "pasang", 18000000, "36.73", "2026-05-20", "", ["sepatu-pdh"], "pantofel = sepatu PDH kulit"),
    ("fesyen", "36.74.1.02", "Belanja Pakaian Olahraga - Sepatu Running / Sepatu Olahraga Pegawai", 100, "pasang",
     40000000, "36.74", "2026-06-01", "", [], "none: sport shoes nobody makes (leather/safety shoes exist)"),
    ("fesyen", "36.04.4.01", "Belanja Pakaian Olahraga - Kaos Olahraga Dryfit HUT KORPRI 300 pcs", 300, "pcs",
     24000000, "36.04", "2026-11-10", "", ["kaos-olahraga"], "dryfit sport jersey; cotton kaos is another"),
    ("fesyen", "KL.025.03", "Belanja Barang Persediaan untuk Diserahkan kepada Masyarakat - Mukena Dewasa Bahan Katun "
     "Rayon Bantuan Majelis Taklim (Banten, Lampung, Jawa Barat)", 1000, "pcs", 160000000, "31.74", "2026-06-30", "",
     ["mukena"], "ministry; mukena"),
    ("fesyen", "18.10.4.01", "Belanja Pakaian Khusus Hari-Hari Tertentu - Kopiah Hitam Polos Beludru", 150, "pcs",
     7500000, "18.10", "2026-03-20", "", ["peci-hitam"], "kopiah = peci hitam; peci tapis is another"),
    ("fesyen", "32.16.4.01", "Belanja Hadiah yang Bersifat Barang - Dompet Kulit Pria untuk Narasumber Seminar", 30,
     "pcs", 4500000, "32.16", "2026-04-08", "", ["dompet-kulit"], "dompet kulit"),
    # ---------------- kerajinan ----------------
    ("kerajinan", "36.02.2.19", "Belanja Alat/Bahan untuk Kegiatan Kantor - Tikar Pandan Anyam Ukuran 2x3 m", 20,
     "lembar", 4000000, "36.02", "2026-03-15", "", ["tikar-pandan"], "tikar pandan; tas pandan is another"),
    ("kerajinan", "36.01.2.19", "Belanja Barang untuk Dijual/Diserahkan - Besek Bambu Tempat Nasi Berkat Syukuran Hari "
     "Jadi Pandeglang (500 ikat)", 500, "ikat", 15000000, "36.01", "2026-04-01", "", ["besek"], "besek bambu"),
    ("kerajinan", "18.71.4.01", "Belanja Cinderamata - Miniatur Rumah Adat Lampung (Nuwo Sesat) untuk Tamu Kenegaraan",
     40, "pcs", 14000000, "18.71", "2026-04-30", "", ["miniatur-rumah-adat"], "miniatur rumah adat"),
    ("kerajinan", "32.15.4.02", "Belanja Hadiah yang Bersifat Barang - Plakat Kayu Jati Ukir Logo DPRD untuk Purna "
     "Tugas", 25, "pcs", 7500000, "32.15", "2026-05-10", "", ["plakat-kayu"], "plakat kayu; akrilik is another"),
    ("kerajinan", "KL.023.02", "Belanja Barang untuk Diserahkan kepada Masyarakat - APE (Alat Permainan Edukatif) "
     "Puzzle Kayu Huruf Hijaiyah untuk PAUD/RA", 600, "set", 36000000, "32.71", "2026-06-30", "",
     ["puzzle-hijaiyah"], "ministry; puzzle hijaiyah"),
    ("kerajinan", "36.02.2.19", "Belanja Cinderamata - Vas Bunga Bambu Ukir untuk Tamu Seba Baduy", 50, "pcs", 5000000,
     "36.02", "2026-04-20", "", [], "none: bamboo vase nobody makes (bamboo tissue box exists)"),
    ("kerajinan", "32.01.1.01", "Belanja Alat Peraga - Mainan Edukatif Wooden Blocks (Balok Susun Kayu) untuk TK "
     "Negeri Pembina", 40, "set", 4000000, "32.01", "2026-03-31", "", ["balok-susun"], "balok susun"),
    ("kerajinan", "36.73.1.01", "Belanja Cinderamata - Boneka Maskot Pilkada Si Jawara Ukuran 1 Meter", 10, "pcs",
     5000000, "36.73", "2026-05-01", "", [], "none: mascot doll nobody makes (flannel hand puppet exists)"),
    # ---------------- perhiasan ----------------
    ("perhiasan", "KL.040.01", "Belanja Cinderamata - Kalung Mutiara Lampung untuk Pendamping Delegasi Tamu Negara",
     20, "pcs", 20000000, "31.71", "2026-05-15", "", ["kalung-mutiara"], "ministry; kalung mutiara"),
    ("perhiasan", "18.09.2.07", "Belanja Hadiah yang Bersifat Barang - Bros Hijab Mutiara untuk Peserta Lomba "
     "Dekranasda", 100, "pcs", 8000000, "18.09", "2026-04-21", "", ["bros-mutiara"], "bros mutiara; anting is another"),
    ("perhiasan", "36.73.4.02", "Belanja Cinderamata - Cincin Perak 925 Ukir untuk Tamu Studi Banding", 20, "pcs",
     4500000, "36.73", "2026-04-30", "", ["cincin-perak"], "cincin perak"),
    ("perhiasan", "36.02.2.19", "Belanja Cinderamata - Gelang Perak Ukir Motif Baduy", 50, "pcs", 10000000, "36.02",
     "2026-05-30", "", [], "none: silver bracelet nobody makes (silver ring, bead bracelet exist)"),
    ("perhiasan", "36.02.2.19", "Belanja Cinderamata - Gelang Akar Koka Baduy (lusin) untuk Peserta Festival Seba",
     30, "lusin", 2400000, "36.02", "2026-04-20", "", ["gelang-etnik"], "gelang koka baduy"),
    ("perhiasan", "KL.025.03", "Belanja Hadiah - Pendant Perak Kaligrafi untuk Qari/Qariah Terbaik MTQ Nasional", 10,
     "pcs", 3000000, "31.74", "2026-06-10", "", ["liontin-perak"], "pendant = liontin perak"),
    # ---------------- furnitur ----------------
    ("furnitur", "18.07.4.01", "Belanja Modal Mebel - Kursi Teras Rotan 1 Set untuk Rumah Dinas Bupati", 3, "set",
     6000000, "18.07", "2026-04-30", "", ["kursi-rotan-set"], "kursi teras rotan set; sofa is another"),
    ("furnitur", "36.71.4.01", "Belanja Modal Peralatan dan Mesin - Pengadaan Filing Cabinet 4 Laci Bagian Umum", 6,
     "unit", 18000000, "36.71", "2026-04-15", "", ["filing-cabinet"], "filing cabinet; lemari arsip kayu is another"),
    ("furnitur", "32.15.1.01", "Belanja Modal Mebel - Lemari Arsip", 10, "unit", 40000000, "32.15", "2026-06-30", "",
     ["lemari-arsip-kayu", "filing-cabinet"], "generic: any archive cabinet"),
    ("furnitur", "36.04.4.01", "Belanja Modal Mebel - Kursi Kerja Putar Jaring (Mesh) untuk Ruang Staf", 20, "unit",
     20000000, "36.04", "2026-04-30", "", ["kursi-putar"], "kursi kantor putar; kursi lipat is another"),
    ("furnitur", "32.15.1.01", "Belanja Modal Mebel - Meja dan Kursi Murid SD Negeri (Rehab Ruang Kelas)", 120, "set",
     90000000, "32.15", "2026-07-10", "", ["meja-kursi-siswa"], "murid = siswa"),
    ("furnitur", "36.73.4.02", "Belanja Modal Mebel - Sofa Kulit 3 Seater Ruang Tunggu Pimpinan", 2, "unit",
     20000000, "36.73", "2026-05-15", "", [], "none: leather sofa nobody makes (rattan sofa exists)"),
    ("furnitur", "KL.044.01", "Belanja Modal Peralatan dan Mesin - Meja Rapat Oval Kapasitas 20 Orang", 1, "unit",
     35000000, "31.71", "2026-06-01", "", [], "none: big oval meeting table nobody makes"),
    # ---------------- herbal ----------------
    ("herbal", "36.01.2.19", "Belanja Cinderamata - Madu Hutan Murni Ujung Kulon 500 gr", 100, "botol", 13000000,
     "36.01", "2026-04-01", "", ["madu-hutan"], "madu hutan; kelulut is another"),
    ("herbal", "32.16.1.02", "Belanja Obat-Obatan - Madu Trigona (Klanceng) 250 ml untuk Posbindu", 50, "botol",
     7500000, "32.16", "2026-05-01", "", ["madu-kelulut"], "trigona = klanceng = kelulut"),
    ("herbal", "32.01.1.02", "Belanja Obat-Obatan - Kapsul Ekstrak Sambiloto isi 60 (BPOM) untuk Puskesmas", 300,
     "botol", 15000000, "32.01", "2026-03-31", "bpom", ["kapsul-sambiloto"], "kapsul sambiloto"),
    ("herbal", "18.10.1.02", "Belanja Makanan dan Minuman - Jamu Kunyit Asam Segar untuk Senam Sehat Ibu-Ibu PKK",
     400, "botol", 3200000, "18.10", "2026-03-08", "", ["kunyit-asam"], "fresh jamu in Pringsewu"),
    ("herbal", "36.74.1.02", "Belanja Bahan - Moringa Tea / Teh Daun Kelor Celup untuk Kelas Ibu Hamil", 100, "box",
     3500000, "36.74", "2026-04-01", "", ["teh-kelor"], "teh kelor"),
    ("herbal", "32.01.1.02", "Belanja Obat-Obatan - Kapsul Temulawak isi 60 untuk Posyandu Lansia", 200, "botol",
     10000000, "32.01", "2026-04-30", "", [], "none: temulawak capsules nobody makes (simplisia, sambiloto exist)"),
    ("herbal", "KL.024.06", "Belanja Barang Persediaan - Minyak Telon 60 ml untuk Paket Perlengkapan Bayi Baru Lahir",
     2000, "botol", 50000000, "31.75", "2026-05-31", "", ["minyak-telon"], "ministry; minyak telon"),
    # ---------------- kosmetik ----------------
    ("kosmetik", "36.02.1.06", "Belanja Barang untuk Diserahkan kepada Masyarakat - Sabun Mandi Batang Sereh untuk "
     "Paket Bantuan Korban Banjir", 1000, "pcs", 18000000, "36.02", "2026-02-28", "",
     ["sabun-batang"], "sabun batang; hand soap is another"),
    ("kosmetik", "36.74.1.02", "Belanja Bahan Pembersih - Sabun Cuci Tangan Cair Refill 500 ml untuk Puskesmas", 200,
     "botol", 6000000, "36.74", "2026-03-15", "", ["sabun-cuci-tangan"], "hand soap = sabun cuci tangan"),
    ("kosmetik", "36.02.2.19", "Belanja Cinderamata - Aromatherapy Candle Soy Wax untuk Paket Wisata", 100, "pcs",
     5000000, "36.02", "2026-04-15", "", ["lilin-aromaterapi"], "lilin aromaterapi; diffuser is another"),
    ("kosmetik", "18.72.1.01", "Belanja Bahan - Lotion Penolak Nyamuk (Repellent) untuk Siswa Pencegahan DBD", 500,
     "botol", 10000000, "18.72", "2026-03-20", "", ["lotion-nyamuk"], "lotion anti nyamuk"),
    ("kosmetik", "36.74.1.02", "Belanja Bahan - Facial Wash / Sabun Cuci Muka untuk Kegiatan Remaja Sehat", 200,
     "botol", 5000000, "36.74", "2026-04-01", "", [], "none: facial wash nobody makes (bar soap exists)"),
    ("kosmetik", "32.16.1.02", "Belanja Bahan - Sampo Bayi 100 ml Paket Persalinan", 300, "botol", 6000000, "32.16",
     "2026-04-01", "", [], "none: baby shampoo nobody makes"),
    # ---------------- logam ----------------
    ("logam", "36.04.2.07", "Belanja Cinderamata - Golok Ciomas Khas Serang untuk Tamu Kehormatan", 10, "pcs",
     5000000, "36.04", "2026-04-30", "", ["golok"], "golok ciomas; parang is another"),
    ("logam", "18.06.3.27", "Belanja Bahan-Bahan Pertanian - Cangkul Baja untuk Bantuan Kelompok Tani", 200, "pcs",
     22000000, "18.06", "2026-06-30", "", ["cangkul"], "cangkul (only made in Banten, province not required)"),
    ("logam", "18.72.1.03", "Belanja Modal Bangunan - Pemasangan Teralis Jendela Besi Gedung Arsip", 40, "m2",
     20000000, "18.72", "2026-05-30", "", ["teralis-besi"], "teralis besi; pagar is another"),
    ("logam", "36.71.2.17", "Belanja Alat Dapur - Panci Stainless Steel Set (SNI) untuk Dapur Umum", 20, "set",
     8000000, "36.71", "2026-04-01", "sni", ["panci-set"], "panci set; dandang is another"),
    ("logam", "32.15.1.01", "Belanja Alat Praktik Tata Boga SMK - Kitchen Knife Set / Pisau Dapur Set", 30, "set",
     4500000, "32.15", "2026-05-01", "", ["pisau-dapur-set"], "pisau dapur set"),
    ("logam", "36.73.1.05", "Belanja Modal Bangunan - Pagar Stainless Steel Kantor per Meter", 30, "meter",
     30000000, "36.73", "2026-06-30", "", [], "none: stainless fence nobody makes (iron fence exists)"),
    ("logam", "32.16.4.01", "Belanja Hadiah yang Bersifat Barang - Plakat Kuningan Etsa untuk Kepala Desa Berprestasi",
     15, "pcs", 6000000, "32.16", "2026-05-15", "", ["plakat-kuningan"], "plakat kuningan"),
    # ---------------- percetakan ----------------
    ("percetakan", "36.03.1.01", "Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover - Kertas HVS A4 70 gram "
     "100 rim", 100, "rim", 6000000, "36.03", "2026-03-01", "", ["kertas-a4-70"], "A4 70; F4 80 is another"),
    ("percetakan", "36.73.4.02", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak - Cetak Buku Yasin Hard Cover",
     500, "eks", 12500000, "36.73", "2026-04-15", "", ["buku-yasin"], "buku yasin"),
    ("percetakan", "18.10.4.01", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak - Kalender Dinding 2027", 1000,
     "eks", 30000000, "18.10", "2026-11-30", "", ["kalender-dinding"], "kalender dinding (made in Banten)"),
    ("percetakan", "32.16.1.02", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak - Dus Nasi Kotak Printing Logo "
     "Germas", 2000, "pcs", 4000000, "32.16", "2026-04-01", "", ["dus-nasi"], "dus nasi (packaging, not food)"),
    ("percetakan", "KL.032.04", "Belanja Bahan - ID Card dan Lanyard Peserta Rakornas Perikanan Budidaya", 500, "pcs",
     10000000, "31.71", "2026-04-20", "", ["id-card"], "ministry; id card + lanyard"),
    ("percetakan", "36.73.1.01", "Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover - Kertas HVS A3 80 gram",
     50, "rim", 6000000, "36.73", "2026-03-01", "", [], "none: A3 paper nobody offers (A4, F4 exist)"),
    ("percetakan", "36.03.1.01", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak - Piagam Penghargaan Siswa "
     "Berprestasi", 1500, "lembar", 7500000, "36.03", "2026-06-15", "", ["sertifikat"], "piagam = sertifikat"),
    # ---------------- pertanian ----------------
    ("pertanian", "32.16.1.02", "Belanja Bahan-Bahan Bibit Tanaman - Paket Tanaman Obat Keluarga (TOGA) untuk Posyandu",
     50, "paket", 5000000, "32.16", "2026-04-01", "", ["paket-toga"], "paket TOGA"),
    ("pertanian", "KL.032.04", "Belanja Barang untuk Diserahkan kepada Masyarakat - Benih Ikan Nila Ukuran 5-7 cm "
     "Bantuan Pokdakan Lampung Tengah", 50000, "ekor", 25000000, "18.02", "2026-04-30", "",
     ["benih-nila"], "ministry; benih nila; lele is another"),
    ("pertanian", "36.01.3.25", "Belanja Bahan-Bahan Pakan Ternak/Ikan - Pakan Ikan Apung Protein 30% Karung 30 kg",
     40, "karung", 17000000, "36.01", "2026-03-10", "", ["pakan-ikan"], "pakan ikan apung; dedak is another"),
    ("pertanian", "32.01.3.25", "Belanja Bibit Ikan Hias - Ikan Koi Kohaku untuk Kolam Taman Kantor", 30, "ekor",
     2400000, "32.01", "2026-03-01", "", ["koi"], "koi; cupang is another"),
    ("pertanian", "36.01.2.19", "Belanja Bahan-Bahan Bibit Tanaman - Tanaman Hias Aglaonema untuk Taman Pendopo", 60,
     "pot", 6000000, "36.01", "2026-03-20", "", ["aglonema"], "aglaonema = aglonema"),
    ("pertanian", "18.06.3.27", "Belanja Bahan-Bahan Bibit Tanaman - Bibit Durian Musang King Okulasi", 500, "batang",
     25000000, "18.06", "2026-05-01", "", [], "none: durian seedlings nobody offers"),
    ("pertanian", "36.02.1.06", "Belanja Barang untuk Diserahkan kepada Masyarakat - Beras Premium Kemasan 5 kg "
     "Bantuan Pangan", 1000, "sak", 80000000, "36.02", "2026-04-30", "", ["beras"], "beras (Lampung only)"),
    ("pertanian", "36.71.2.17", "Belanja Bahan Makanan - Selada Hidroponik Segar untuk Pasar Tani 2 Ton (8.000 pack)",
     8000, "pack", 120000000, "36.71", "2026-03-10", "", ["?selada"], "none: 8,000 fresh packs in one month"),
    # ---------------- lainnya ----------------
    ("lainnya", "36.04.1.02", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Pembersih - Sabun Cuci Piring Cair 5 Liter",
     30, "jerigen", 2100000, "36.04", "2026-03-01", "", ["sabun-cuci-piring"], "dish soap 5 L"),
    ("lainnya", "36.01.1.02", "Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor - Sapu Ijuk", 60, "pcs",
     1800000, "36.01", "2026-02-27", "", ["sapu-ijuk"], "sapu ijuk; sapu lidi is another"),
    ("lainnya", "KL.023.02", "Belanja Barang untuk Diserahkan kepada Masyarakat - Alat Peraga Matematika SD (KIT) "
     "untuk Sekolah Penggerak", 50, "set", 70000000, "32.01", "2026-07-15", "", ["kit-matematika"], "ministry; KIT"),
    ("lainnya", "36.03.1.01", "Belanja Modal Alat Peraga Praktik Sekolah - Torso Anatomi Manusia untuk Lab IPA SMP",
     8, "unit", 16000000, "36.03", "2026-07-01", "", ["torso"], "torso"),
    ("lainnya", "36.04.4.01", "Belanja Alat Rumah Tangga - Bed Sheet / Sprei Katun 160x200 untuk Mess Pemda", 40, "set", 8000000,
     "36.04", "2026-04-15", "", ["sprei"], "sprei set"),
    ("lainnya", "KL.025.03", "Belanja Barang untuk Diserahkan kepada Masyarakat - Karpet Masjid Roll Tebal untuk "
     "Bantuan Rumah Ibadah", 300, "meter", 60000000, "32.16", "2026-03-15", "", ["karpet-masjid"],
     "ministry; karpet masjid; sajadah is another"),
    ("lainnya", "36.73.1.01", "Belanja Alat/Bahan untuk Kegiatan Kantor-Perabot Kantor - Alat Pel Spin Mop", 20, "set",
     3000000, "36.73", "2026-03-01", "", [], "none: spin mop nobody makes (cloth mop exists)"),
    ("lainnya", "36.71.4.01", "Belanja Alat Rumah Tangga - Gorden Vertical Blind Ruang Rapat per m2", 60, "m2",
     15000000, "36.71", "2026-04-30", "", [], "none: vertical blind nobody makes (blackout curtain exists)"),
]

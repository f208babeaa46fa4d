# Needs written by the rank engineer BEFORE the engine was run on them (issue 15, head terms and
# varieties), against the catalog of ../relevance-sirup. Half ask for a product nobody in the
# catalog makes but share a secondary word (a material, a qualifier, a place of use) with one that
# exists; half name a variety of a product that does exist, next to its cheaper cousins.
# Each need: (id, category, description, quantity, unit, budget, region, acceptable supplier keys,
# note). An empty key list means nothing in the catalog is that product.
NEEDS = [
    ("HEAD-01", "fesyen", "Belanja Jaket Batik Bordir Logo Dinas Pariwisata", 40, "pcs", 12000000, "36.73", [], "nobody makes jackets"),
    ("HEAD-02", "makanan", "Belanja Keju Cheddar Blok untuk PMT Balita Posyandu", 50, "blok", 5000000, "36.73", [], "nobody makes cheese"),
    ("HEAD-03", "herbal", "Belanja Minyak Zaitun Murni untuk Kit Kesehatan Lansia", 30, "botol", 3000000, "36.04", [], "nobody presses olive oil"),
    ("HEAD-04", "logam", "Belanja Wajan Baja Tempa Dapur Umum Bencana", 10, "pcs", 3000000, "36.04", [], "nobody makes woks"),
    ("HEAD-05", "furnitur", "Belanja Kasur Busa Lipat Rumah Singgah Dinas Sosial", 10, "unit", 8000000, "36.73", [], "nobody makes mattresses"),
    ("HEAD-06", "perhiasan", "Belanja Gelang Emas 24K Hadiah Purna Bakti Pegawai", 3, "pcs", 15000000, "36.73", [], "gold bracelets: nobody makes them (titanium ones are another product)"),
    ("HEAD-07", "minuman", "Belanja Jus Jeruk Kemasan Botol untuk Rapat Pimpinan", 100, "botol", 1500000, "36.73", [], "nobody sells orange juice"),
    ("HEAD-08", "percetakan", "Belanja Stempel Flash Custom Nama Instansi", 10, "pcs", 2000000, "36.73", [], "nobody makes rubber stamps"),
    ("HEAD-09", "pertanian", "Belanja Daging Ayam Potong Segar Pasar Murah Kecamatan", 200, "kg", 8000000, "36.72", [], "nobody sells chicken meat"),
    ("HEAD-10", "lainnya", "Belanja Payung Lipat Custom Logo Souvenir Tamu", 50, "pcs", 3000000, "36.73", [], "nobody makes umbrellas"),
    ("HEAD-11", "kosmetik", "Belanja Deodoran Roll On Kit Kebersihan Atlet", 100, "pcs", 2500000, "36.72", [], "nobody makes deodorant"),
    ("HEAD-12", "kerajinan", "Belanja Cinderamata Lukisan Kaca Khas Cirebon untuk Tamu Gubernur", 10, "pcs", 5000000, "36.73", [], "nobody paints glass paintings"),
    ("HEAD-13", "fesyen", "Belanja Batik Cap Seragam Pegawai Kecamatan", 30, "lembar", 9000000, "36.73", ["FS-BATIKBTN", "FS-KRAKATOA", "FS-BATIKBKS"], "batik cap cloth, not printing"),
    ("HEAD-14", "furnitur", "Belanja Rak Buku Kayu Jati Perpustakaan Desa", 4, "unit", 6400000, "36.01", ["FN-JATIPDG"], "a teak bookcase"),
    ("HEAD-15", "minuman", "Belanja Kopi Bubuk Robusta untuk Pantry Kantor", 20, "pack", 1400000, "36.73", ["MN-LIWA", "MN-TANGGAMUS", "MN-CILEGON"], "ground robusta coffee"),
    ("HEAD-16", "makanan", "Belanja Keripik Pisang Oleh-oleh Tamu Dinas", 100, "bungkus", 4000000, "36.73", ["MK-LAMPUNG"], "banana chips, not cassava"),
    ("HEAD-17", "pertanian", "Belanja Bibit Pohon Mangga untuk Penghijauan Sekolah", 50, "batang", 2500000, "36.04", ["PT-TANAMAN"], "mango seedlings"),
    ("HEAD-18", "kosmetik", "Belanja Sabun Cuci Piring Dapur Asrama Haji", 20, "jerigen", 1200000, "32.16", ["KS-SABUNSRG", "KS-BEKASI"], "dish soap"),
    ("HEAD-19", "logam", "Belanja Pisau Dapur Set untuk Dapur Umum Tagana", 10, "set", 2000000, "36.73", ["LG-CIOMAS", "LG-LAMPUNG", "LG-KASEMEN"], "kitchen knife sets"),
    ("HEAD-20", "lainnya", "Belanja Keset Kaki Ruang Pelayanan Kantor Camat", 20, "pcs", 800000, "36.72", ["LN-BERSIH", "LN-LAMPUNG"], "doormats"),
    ("HEAD-21", "perhiasan", "Belanja Cincin Perak Ukir Cenderamata Tamu Kehormatan", 10, "pcs", 3000000, "34.71", ["PH-KOTAGEDE", "PH-BEKASI"], "silver rings"),
    ("HEAD-22", "percetakan", "Belanja Amplop Kop Dinas Sekretariat DPRD", 10, "box", 900000, "32.75", ["PC-BEKASI"], "letterhead envelopes"),
    ("HEAD-23", "herbal", "Belanja Jamu Beras Kencur Kegiatan Senam Lansia", 100, "botol", 1000000, "36.73", ["HB-DARMI"], "fresh beras kencur in Kota Serang"),
    ("HEAD-24", "kerajinan", "Belanja Tas Anyaman Pandan Souvenir Pameran UMKM", 20, "pcs", 2000000, "36.02", ["KR-PANDAN"], "pandan woven bags"),
]

"""Words that make supplier and vendor names sound like West Java, Banten and Lampung.

Kept apart from the generators so names can be varied without touching the
draw order of anything else in a file (the tuples are indexed by the random
stream, so their lengths and order are part of the output).
"""

OWNERS = ("Bu Siti", "Bu Yati", "Mak Eti", "Bu Rohmah", "Pak Haji Udin", "Pak Jaja", "Kang Asep",
          "Ceu Imas", "Teh Neng", "Pak Sanusi", "Mbak Wati", "Bang Ucup", "Bu Ratna", "Mas Joko",
          "Bu Nur", "Pak Dayat", "Bu Lilis", "Hj. Enah", "Bu Marni", "Pak Rahmat", "Bu Ida",
          "Uda Rizal", "Bu Sri", "Pak Karta", "Teh Euis", "Abah Oman", "Bu Tuti", "Cik Mega")
WORDS = ("Berkah", "Sejahtera", "Makmur", "Jaya", "Abadi", "Mandiri", "Barokah", "Sumber Rejeki",
         "Maju Bersama", "Sinar", "Harapan", "Mulya", "Lestari", "Sentosa", "Karya", "Putra",
         "Putri", "Cahaya", "Mekar", "Melati", "Nusantara", "Rizki", "Amanah", "Tirtayasa",
         "Krakatau", "Pandawa", "Siger", "Sai Bumi", "Pusaka", "Sekar", "Kencana", "Mustika",
         "Bintang", "Surya", "Tunas", "Rahayu", "Utama", "Gemilang", "Wijaya", "Mitra")
BIZ_NOUN = {
    "makanan": ("Dapur", "Kue", "Camilan", "Oleh-oleh", "Kedai"),
    "minuman": ("Kopi", "Kedai Kopi", "Minuman", "Sari"),
    "jasa-boga": ("Catering", "Dapur", "Katering", "Boga"),
    "fesyen": ("Konveksi", "Batik", "Butik", "Tapis", "Jahit"),
    "kerajinan": ("Kerajinan", "Souvenir", "Galeri", "Anyaman"),
    "perhiasan": ("Perak", "Galeri Perhiasan", "Aksesoris"),
    "furnitur": ("Mebel", "Furniture", "Meubel"),
    "herbal": ("Jamu", "Herbal", "Madu"),
    "kosmetik": ("Sabun", "Herbal Cantik", "Kosmetik"),
    "logam": ("Pandai Besi", "Bengkel Las", "Golok", "Logam"),
    "percetakan": ("Percetakan", "Digital Printing", "Grafika", "Sablon"),
    "pertanian": ("Tani", "Kelompok Tani", "Tambak", "Kebun", "Ikan Hias"),
    "lainnya": ("Usaha", "Dekorasi", "Toko"),
}
VENDOR_FORMS = ("PT {a} {b}", "PT {a} {b} Indonesia", "CV {a} {b}", "Toko {a}", "Toko {a} {b}",
                "UD {a}", "PT {a} Niaga", "Koperasi Pegawai {a}", "Apotek {a}", "Swalayan {a}")


def slug(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())

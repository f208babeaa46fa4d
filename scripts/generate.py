#!/usr/bin/env python3
"""Deterministic synthetic data generator for sentra.

Writes the five CSV inputs described in docs/CONTRACT (suppliers, catalog,
needs, spend, budgets) with exactly the contract's column headers:

    python3 scripts/generate.py --size S|M|L --out DIR
    python3 scripts/generate.py --catalog 5000 --needs 800 --spend 20000 --out DIR

Sizes: S = 1,000 catalog rows, M = 100,000, L = 1,000,000. By default
suppliers = needs = catalog / 10 and spend = catalog. Budgets has one row per
OPD (200 OPDs; about 5% of them deliberately have no budget row).

Determinism
-----------
* Python 3 standard library only; a fixed seed (override with --seed).
* The same arguments give byte-identical files. Each file has its own random
  stream (seeded from "<seed>/<file>"), so e.g. changing --spend leaves
  suppliers, catalog and needs unchanged.
* Only basic float arithmetic (+ - * /) is used on random numbers, never
  exp/log/sqrt, so output does not depend on the platform's libm.
* Region codes come from --wilayah FILE, else the project's own
  data/wilayah/kabupaten_kota.csv (Kemendagri codes, see its SOURCES.md), else
  a built-in list of 32 real codes. Nothing outside the repository is read. The
  source used is printed on stderr and changes the output.

Memory
------
Rows are streamed straight to disk. Only compact per-supplier arrays
(catalog/10 entries: NIB, NPWP, name, category, scale) and per-need arrays
(opd, category, budget) are kept, because catalog and spend rows refer to them.

Data notes (useful when writing tests)
--------------------------------------
* CSV: UTF-8 without BOM, LF, comma, RFC 4180 minimal quoting. Some
  descriptions contain commas and double quotes (so are quoted), but no field
  contains a line break: `wc -l` minus 1 equals the row count.
* Money is a plain integer of rupiah. Dates are YYYY-MM-DD.
* NIB: 13 digits, unique, about 5% start with "0" (keep them as strings).
  NPWP: 15 digits, unique, about 10% of suppliers have none.
* needs: about 70% are given a budget of 1.15-1.9 x the typical unit price of
  the product asked for; the other 30% get a budget below quantity x the
  cheapest possible catalog price of the need's category, so they can never
  match on price. needed_by is empty or between 2026-02-01 and 2026-12-20;
  catalog lead times are at most 60 days, so use --as-of 2026-01-01 when
  checking the feasibility rate.
* spend: ~80% rows carry supplier_nib (most also the name), ~5% only
  supplier_npwp (+ name) of a directory supplier, the rest only a
  supplier_name of a vendor outside the directory. Dates span all of 2026.
"""

import argparse
import array
from bisect import bisect_right
import csv
import os
import random
import sys

SIZES = {"S": 1_000, "M": 100_000, "L": 1_000_000}
DEFAULT_SEED = 20260317
FISCAL_YEAR = 2026

HEADERS = {
    "suppliers": ["nib", "name", "scale", "region", "sentra", "certifications",
                  "active", "verified_on", "npwp", "phone", "email"],
    "catalog": ["nib", "sku", "name", "category", "unit", "unit_price",
                "capacity_per_month", "lead_time_days", "tkdn", "bmp",
                "certifications", "description"],
    "needs": ["need_id", "opd_code", "opd_name", "fiscal_year", "program",
              "category", "description", "quantity", "unit", "budget", "region",
              "needed_by", "required_certifications"],
    "spend": ["tx_id", "opd_code", "date", "amount", "supplier_nib",
              "supplier_npwp", "supplier_name", "need_id", "category", "tkdn",
              "bmp"],
    "budgets": ["opd_code", "fiscal_year", "goods_services_budget"],
}

# --------------------------------------------------------------------------
# Regions
# --------------------------------------------------------------------------

BUILTIN_REGIONS = [
    ("16.71", "Kota Palembang"),
    ("18.01", "Kabupaten Lampung Selatan"), ("18.02", "Kabupaten Lampung Tengah"),
    ("18.03", "Kabupaten Lampung Utara"), ("18.04", "Kabupaten Lampung Barat"),
    ("18.05", "Kabupaten Tulang Bawang"), ("18.06", "Kabupaten Tanggamus"),
    ("18.07", "Kabupaten Lampung Timur"), ("18.08", "Kabupaten Way Kanan"),
    ("18.09", "Kabupaten Pesawaran"), ("18.10", "Kabupaten Pringsewu"),
    ("18.11", "Kabupaten Mesuji"), ("18.12", "Kabupaten Tulang Bawang Barat"),
    ("18.13", "Kabupaten Pesisir Barat"), ("18.71", "Kota Bandar Lampung"),
    ("18.72", "Kota Metro"),
    ("31.71", "Kota Administrasi Jakarta Pusat"),
    ("31.74", "Kota Administrasi Jakarta Selatan"),
    ("32.01", "Kabupaten Bogor"), ("32.16", "Kabupaten Bekasi"),
    ("32.73", "Kota Bandung"), ("32.75", "Kota Bekasi"),
    ("33.74", "Kota Semarang"), ("35.78", "Kota Surabaya"),
    ("36.01", "Kabupaten Pandeglang"), ("36.02", "Kabupaten Lebak"),
    ("36.03", "Kabupaten Tangerang"), ("36.04", "Kabupaten Serang"),
    ("36.71", "Kota Tangerang"), ("36.72", "Kota Cilegon"),
    ("36.73", "Kota Serang"), ("36.74", "Kota Tangerang Selatan"),
]


def load_regions(path_opt):
    here = os.path.dirname(os.path.abspath(__file__))
    candidates = [path_opt] if path_opt else [
        os.path.normpath(os.path.join(here, "..", "data", "wilayah", "kabupaten_kota.csv")),
    ]
    for path in candidates:
        if path and os.path.isfile(path):
            rows = []
            with open(path, newline="", encoding="utf-8-sig") as f:
                for rec in csv.DictReader(f):
                    code = (rec.get("kode") or "").strip()
                    name = (rec.get("nama") or "").strip()
                    if len(code) == 5 and code[2] == ".":
                        rows.append((code, name))
            if rows:
                rows.sort()
                print(f"generate.py: regions from {path} ({len(rows)} codes)", file=sys.stderr)
                return rows
        elif path_opt:
            sys.exit(f"generate.py: --wilayah {path_opt}: no such file")
    print("generate.py: regions from built-in list (32 codes)", file=sys.stderr)
    return list(BUILTIN_REGIONS)


def region_weight(code):
    if code in ("32.75", "32.16"):
        return 12.0
    if code.startswith("36."):
        return 7.0
    if code.startswith("18."):
        return 3.0
    return 0.06


def short_region(name):
    for p in ("Kota Administrasi ", "Kabupaten Administrasi ", "Kabupaten ", "Kota "):
        if name.startswith(p):
            return name[len(p):]
    return name


# --------------------------------------------------------------------------
# Product taxonomy: per category, templates of
# (code, stem, unit, base_price, cap_lo, cap_hi, lead_lo, lead_hi, variants, keywords)
# --------------------------------------------------------------------------

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

# --------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------

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

# --------------------------------------------------------------------------
# OPDs: 10 pemerintah daerah x 20 unit types = 200
# --------------------------------------------------------------------------

PEMDA = [  # (code prefix, name, level, home region for delivery)
    ("3600", "Provinsi Banten", "prov", "36.73"),
    ("1800", "Provinsi Lampung", "prov", "18.71"),
    ("3604", "Kabupaten Serang", "kab", "36.04"),
    ("3601", "Kabupaten Pandeglang", "kab", "36.01"),
    ("3673", "Kota Serang", "kab", "36.73"),
    ("3672", "Kota Cilegon", "kab", "36.72"),
    ("3603", "Kabupaten Tangerang", "kab", "36.03"),
    ("3275", "Kota Bekasi", "kab", "32.75"),
    ("3216", "Kabupaten Bekasi", "kab", "32.16"),
    ("1871", "Kota Bandar Lampung", "kab", "18.71"),
]
OPD_TYPES = [  # (abbr, name, spend weight, program weights)
    ("SETDA", "Sekretariat Daerah", 3, {"catering": 5, "gift": 3, "office": 2, "uniform": 1}),
    ("SETWAN", "Sekretariat DPRD", 2, {"catering": 5, "gift": 3, "office": 1}),
    ("DISDIK", "Dinas Pendidikan", 5, {"office": 3, "uniform": 3, "catering": 2, "other": 1}),
    ("DINKES", "Dinas Kesehatan", 4, {"catering": 3, "other": 3, "office": 1}),
    ("RSUD", "Rumah Sakit Umum Daerah", 4, {"catering": 4, "other": 2, "office": 1, "uniform": 1}),
    ("DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", 5, {"office": 3, "other": 2, "catering": 2}),
    ("DINSOS", "Dinas Sosial", 2, {"catering": 3, "other": 3, "gift": 1}),
    ("DISKOPUKM", "Dinas Koperasi dan Usaha Kecil Menengah", 1, {"catering": 3, "gift": 3, "other": 1}),
    ("DISPERINDAG", "Dinas Perindustrian dan Perdagangan", 1, {"catering": 2, "gift": 3, "office": 1}),
    ("DISPAR", "Dinas Pariwisata", 1, {"gift": 4, "catering": 3, "other": 1}),
    ("DKP", "Dinas Ketahanan Pangan", 1, {"other": 4, "catering": 2}),
    ("DISLUTKAN", "Dinas Kelautan dan Perikanan", 1, {"other": 4, "catering": 2}),
    ("DISTAN", "Dinas Pertanian", 2, {"other": 5, "catering": 2}),
    ("DLH", "Dinas Lingkungan Hidup", 2, {"other": 3, "office": 2, "catering": 1}),
    ("DISHUB", "Dinas Perhubungan", 2, {"uniform": 3, "office": 2, "catering": 1}),
    ("DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", 1, {"office": 4, "catering": 2}),
    ("DISKOMINFO", "Dinas Komunikasi dan Informatika", 1, {"office": 3, "catering": 2, "gift": 1}),
    ("BAPENDA", "Badan Pendapatan Daerah", 2, {"samsat-reward": 5, "catering": 2, "office": 2, "gift": 1}),
    ("BAPPEDA", "Badan Perencanaan Pembangunan Daerah", 1, {"catering": 5, "office": 2}),
    ("SATPOLPP", "Satuan Polisi Pamong Praja", 2, {"uniform": 5, "catering": 1, "office": 1}),
]
PROGRAM_CATS = {
    "catering": {"jasa-boga": 70, "makanan": 20, "minuman": 10},
    "gift": {"kerajinan": 25, "fesyen": 25, "makanan": 15, "minuman": 10, "perhiasan": 10,
             "herbal": 5, "kosmetik": 5, "logam": 5},
    "samsat-reward": {"makanan": 20, "minuman": 20, "kerajinan": 20, "fesyen": 15,
                      "kosmetik": 10, "herbal": 10, "percetakan": 5},
    "office": {"percetakan": 50, "furnitur": 35, "lainnya": 15},
    "uniform": {"fesyen": 100},
    "other": {"pertanian": 40, "lainnya": 20, "logam": 20, "herbal": 10, "kosmetik": 10},
}
OTHER_CATS = {
    "DINKES": {"herbal": 50, "kosmetik": 50}, "RSUD": {"kosmetik": 60, "herbal": 40},
    "DPUPR": {"logam": 80, "lainnya": 20}, "DKP": {"pertanian": 80, "makanan": 20},
    "DISLUTKAN": {"pertanian": 100}, "DISTAN": {"pertanian": 85, "logam": 15},
    "DLH": {"pertanian": 50, "lainnya": 30, "logam": 20},
}
PROGRAM_MEDIAN = {"catering": 8_000_000, "gift": 15_000_000, "samsat-reward": 200_000_000,
                  "office": 30_000_000, "uniform": 75_000_000, "other": 40_000_000}
PURPOSE = {
    "catering": ("rapat koordinasi", "sosialisasi program", "bimbingan teknis", "musrenbang",
                 "pelatihan pelaku IKM", "rapat evaluasi triwulan", "peringatan HUT RI",
                 "kunjungan kerja", "focus group discussion", "workshop", "pengajian rutin",
                 "rapat paripurna", "lomba desa"),
    "gift": ("tamu kunjungan kerja", "peserta rapat kerja", "pejabat purnabakti",
             "tamu kehormatan HUT daerah", "delegasi daerah mitra", "juara lomba",
             "peserta pameran"),
    "samsat-reward": ("triwulan I", "triwulan II", "triwulan III", "triwulan IV",
                      "program pemutihan", "Samsat keliling", "bulan tertib pajak"),
    "office": ("kebutuhan kantor", "ruang rapat", "pelayanan publik", "arsip dinas",
               "kegiatan sosialisasi", "ruang tunggu"),
    "uniform": ("pegawai", "petugas lapangan", "ASN hari Kamis", "petugas pelayanan",
                "anggota", "tenaga kesehatan"),
    "other": ("bantuan kelompok tani", "program penghijauan", "bantuan pangan",
              "pembinaan UMKM", "kegiatan posyandu", "pasar murah", "fasilitas umum"),
}
# Skewed multipliers (roughly log-normal); literal decimals keep output
# independent of libm.
SKEW = (0.12, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 1.0, 1.0, 1.1, 1.2, 1.3,
        1.5, 1.7, 2.0, 2.4, 3.0, 4.0, 5.5, 8.0, 12.0)
SCALES = ("mikro", "kecil", "menengah", "koperasi", "besar")
SCALE_CUM = (55, 80, 88, 95, 100)
SCALE_CAP = {"mikro": 0.6, "kecil": 1.0, "menengah": 2.5, "koperasi": 1.5, "besar": 5.0}
SPEND_MEDIAN = {"mikro": 3_000_000, "kecil": 8_000_000, "menengah": 25_000_000,
                "koperasi": 10_000_000, "besar": 80_000_000}
MOBILE = ("811", "812", "813", "821", "822", "852", "853", "856", "857", "858", "877", "878",
          "895", "896", "897", "898", "819", "859", "831", "838")


def cum(weights):
    out, t = [], 0
    for w in weights:
        t += w
        out.append(t)
    return out


def year_dates(year, start=(1, 1), end=(12, 31)):
    mdays = (31, 29 if year % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    out = []
    for m in range(1, 13):
        for d in range(1, mdays[m - 1] + 1):
            if start <= (m, d) <= end:
                out.append(f"{year:04d}-{m:02d}-{d:02d}")
    return out


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


def nice_qty(q):
    if q >= 1000:
        return (q + 50) // 100 * 100
    if q >= 100:
        return (q + 5) // 10 * 10
    if q >= 20:
        return (q + 2) // 5 * 5
    return max(1, q)


def slug(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


# --------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------

class Out:
    def __init__(self, d, name):
        self.path = os.path.join(d, name + ".csv")
        self.tmp = self.path + ".tmp"
        self.f = open(self.tmp, "w", newline="", encoding="utf-8", buffering=1 << 20)
        self.w = csv.writer(self.f, lineterminator="\n")
        self.w.writerow(HEADERS[name])

    def close(self):
        self.f.close()
        os.replace(self.tmp, self.path)


def cert_halal(rng, prov):
    return f"halal:ID{prov}110000{rng.randrange(10**9):09d}"


def cert_pirt(rng, region4):
    return f"pirt:{rng.randrange(1, 6)}{rng.randrange(1, 17):02d}{region4}{rng.randrange(1, 30):02d}{rng.randrange(10**4):04d}"


def cert_bpom(rng, cat):
    if cat == "kosmetik":
        return f"bpom:NA{rng.choice((18, 11))}{rng.randrange(19, 26):02d}{rng.randrange(10**7):07d}"
    if cat == "herbal":
        return f"bpom:TR{rng.randrange(10**9):09d}"
    return f"bpom:MD{rng.randrange(10**12):012d}"


def cert_sni(rng):
    return f"sni:SPPT-SNI-{rng.choice(('0228', '7176', '8229', '3551', '1084', '0216'))}-{rng.randrange(10**5):05d}"


def cert_tkdn(rng):
    return f"tkdn:TKDN-IKM-{rng.randrange(2022, 2026)}-{rng.randrange(10**6):06d}"


# --------------------------------------------------------------------------
# Generators
# --------------------------------------------------------------------------

def gen_suppliers(out_dir, n, seed, regions):
    rng = random.Random(f"{seed}/suppliers")
    rnd, choice, randrange = rng.random, rng.choice, rng.randrange
    reg_cw = cum(region_weight(c) for c, _ in regions)
    reg_total = reg_cw[-1]
    cat_cw = cum(CAT_WEIGHTS[c] for c in CATEGORIES)
    tmpl_by_code = {t[0]: (cat, t) for cat in CATEGORIES for t in T[cat]}
    verified_days = year_dates(2023) + year_dates(2024) + year_dates(2025) + year_dates(2026, end=(6, 30))
    nib_prefix = ("9120", "9120", "9120", "8120", "8120", "1262", "2208", "0220")

    # compact per-supplier state for catalog/spend
    S = {
        "nib": [None] * n, "npwp": [None] * n, "name": [None] * n,
        "cat": bytearray(n), "tmpl": array.array("H", bytes(2 * n)),
        "region": array.array("H", bytes(2 * n)), "scale": bytearray(n),
        "with_npwp": array.array("I"),
    }
    tmpl_index = {}
    for cat in CATEGORIES:
        for t in T[cat]:
            tmpl_index[t[0]] = len(tmpl_index)
    S["tmpl_list"] = [t for cat in CATEGORIES for t in T[cat]]

    out = Out(out_dir, "suppliers")
    w = out.w.writerow
    for i in range(n):
        ri = _bisect(reg_cw, rnd() * reg_total)
        code, rname = regions[ri]
        rshort = short_region(rname)
        spec = SPECIALTY.get(code)
        if spec and rnd() < 0.35:
            cat, t = tmpl_by_code[choice(spec)]
        else:
            cat = CATEGORIES[_bisect(cat_cw, rnd() * cat_cw[-1])]
            t = choice(T[cat])
        s = rnd() * 100
        scale = SCALES[0] if s < 55 else SCALES[1] if s < 80 else SCALES[2] if s < 88 else SCALES[3] if s < 95 else SCALES[4]

        stem = t[1]
        noun = choice(BIZ_NOUN[cat])
        form = rnd()
        if scale == "koperasi":
            name = f"Koperasi {choice(('Produsen', 'Serba Usaha', 'Wanita', 'Pengrajin', 'Produsen'))} {stem} {choice(WORDS)}"
        elif scale == "besar":
            name = f"PT {choice(WORDS)} {choice(WORDS)} {choice(('Indonesia', 'Nusantara', 'Abadi', 'Perkasa'))}"
        elif scale == "menengah":
            name = f"{'CV' if form < 0.6 else 'PT'} {noun} {choice(WORDS)} {choice(WORDS)}"
        elif scale == "kecil":
            name = (f"UD {stem} {choice(WORDS)}" if form < 0.4 else
                    f"CV {noun} {choice(WORDS)}" if form < 0.75 else
                    f"{noun} {choice(WORDS)} {rshort}")
        else:
            name = (f"{stem} {choice(OWNERS)}" if form < 0.35 else
                    f"{noun} {choice(OWNERS)}" if form < 0.6 else
                    f"UD {stem} {choice(OWNERS)}" if form < 0.72 else
                    f"KUB {noun} {choice(WORDS)}" if form < 0.82 else
                    f"{stem} Khas {rshort}" if form < 0.92 else
                    f"Rumah {stem} {choice(WORDS)}")

        suffix = (i * 738_219_667 + 104_729_001) % 1_000_000_000
        nib = f"{choice(nib_prefix)}{suffix:09d}"
        if rnd() < 0.9:
            body = (i * 396_040_303 + 27_182_818) % 1_000_000_000
            pre = choice(("01", "02", "03", "21", "31", "41", "53", "66", "71", "72", "80", "82", "84", "86", "90", "93", "96"))
            chk = sum(int(c) for c in str(body)) % 10
            npwp = f"{pre}{body:09d}{chk}000"
            S["with_npwp"].append(i)
        else:
            npwp = ""

        sentra = f"Sentra {stem} {rshort}" if rnd() < 0.4 else ""
        prov, reg4 = code[:2], code[:2] + code[3:]
        certs = []
        if cat in FOOD:
            if rnd() < 0.45:
                certs.append(cert_halal(rng, prov))
            if scale in ("mikro", "kecil", "koperasi") and cat != "jasa-boga" and rnd() < 0.4:
                certs.append(cert_pirt(rng, reg4))
        elif cat == "kosmetik" and rnd() < 0.3:
            certs.append(cert_halal(rng, prov))
        if cat in ("logam", "furnitur", "fesyen") and rnd() < 0.08:
            certs.append(cert_sni(rng))
        if rnd() < 0.06:
            certs.append(cert_tkdn(rng))
        active = "tidak" if rnd() < 0.05 else "ya"
        verified = verified_days[randrange(len(verified_days))] if rnd() < 0.9 else ""
        p = rnd()
        phone = (f"08{choice(MOBILE)[1:]}{randrange(10**7, 10**8)}" if p < 0.7 else
                 f"+62 8{choice(MOBILE)[:2]} {randrange(1000, 10000)} {randrange(1000, 10000)}" if p < 0.8 else
                 f"(0{choice(('254', '253', '252', '21', '721', '725'))}) {randrange(100000, 1000000)}" if p < 0.88 else "")
        e = rnd()
        sl = slug(name)[:24]
        email = (f"{sl}{randrange(10, 100)}@gmail.com" if e < 0.55 else
                 f"{sl}@yahoo.co.id" if e < 0.65 else
                 f"info@{sl}.co.id" if e < 0.75 else "")

        w((nib, name, scale, code, sentra, ";".join(certs), active, verified, npwp, phone, email))
        S["nib"][i] = nib
        S["npwp"][i] = npwp
        S["name"][i] = name
        S["cat"][i] = CATEGORIES.index(cat)
        S["tmpl"][i] = tmpl_index[t[0]]
        S["region"][i] = ri
        S["scale"][i] = SCALES.index(scale)
    out.close()
    return S


def _bisect(cw, x):
    """Index picked by x in [0, cw[-1]) from cumulative weights cw."""
    i = bisect_right(cw, x)
    return i if i < len(cw) else len(cw) - 1


def gen_catalog(out_dir, n, seed, regions, S):
    rng = random.Random(f"{seed}/catalog")
    rnd, choice, randrange = rng.random, rng.choice, rng.randrange
    ns = len(S["nib"])
    out = Out(out_dir, "catalog")
    w = out.w.writerow
    tmpl_list = S["tmpl_list"]
    quality = ("Produk UMKM lokal", "Bahan baku lokal", "Dibuat oleh pengrajin setempat",
               "Bisa pesan partai besar", "Melayani pesanan instansi", "Kualitas ekspor",
               "Harga grosir untuk pemesanan di atas 100", "Garansi kualitas",
               "Bisa custom sesuai permintaan", "Produk binaan Dinas Koperasi dan UKM")
    remaining = n
    for i in range(ns):
        left = ns - i
        if left == 1:
            count = remaining
        else:
            # skewed share of what is left; every supplier gets >= 1 product
            # while there are at least as many rows as suppliers left
            count = int(remaining / left * SKEW[randrange(len(SKEW))] + 0.5)
            if remaining >= left:
                count = max(1, min(count, remaining - (left - 1)))
            else:
                count = min(count, remaining)
        remaining -= count
        if count == 0:
            continue
        nib = S["nib"][i]
        main_cat = CATEGORIES[S["cat"][i]]
        spec = tmpl_list[S["tmpl"][i]]
        scale = SCALES[S["scale"][i]]
        capf = SCALE_CAP[scale]
        code, rname = regions[S["region"][i]]
        rshort = short_region(rname)
        prov, reg4 = code[:2], code[:2] + code[3:]
        for k in range(count):
            r = rnd()
            if r < 0.5:
                cat, t = main_cat, spec
            elif r < 0.87:
                cat = main_cat
                t = choice(T[cat])
            else:
                cat = choice(RELATED[main_cat])
                t = choice(T[cat])
            tcode, stem, unit, base, cap_lo, cap_hi, lead_lo, lead_hi, variants, kws = t
            v = choice(variants)
            name = f"{stem} {v}" if v else stem
            x = rnd()
            if x < 0.08:
                name = f"{name} Khas {rshort}"
            elif x < 0.12:
                name = f"{name} Isi {choice((5, 10, 12, 20, 25))}"
            sku = f"{tcode}-{k + 1:04d}"
            price = ceil_to(base * (PRICE_LO + (PRICE_HI - PRICE_LO) * rnd()), price_step(base))
            cap = "" if rnd() < 0.15 else str(max(1, int((cap_lo + (cap_hi - cap_lo) * rnd()) * capf)))
            lead = "" if rnd() < 0.1 else str(randrange(lead_lo, lead_hi + 1))
            y = rnd()
            tkdn = "" if y < 0.2 else str(randrange(5, 25)) if y < 0.28 else str(randrange(25, 101))
            bmp = "" if rnd() < 0.4 else str(randrange(0, 16))
            certs = []
            if cat in FOOD:
                if rnd() < 0.55:
                    certs.append(cert_halal(rng, prov))
                if cat != "jasa-boga" and scale != "besar" and rnd() < 0.35:
                    certs.append(cert_pirt(rng, reg4))
                if (cat == "herbal" and rnd() < 0.3) or (scale in ("menengah", "besar") and rnd() < 0.3):
                    certs.append(cert_bpom(rng, cat))
            elif cat == "kosmetik":
                if rnd() < 0.6:
                    certs.append(cert_bpom(rng, cat))
                if rnd() < 0.3:
                    certs.append(cert_halal(rng, prov))
            elif cat in ("logam", "furnitur", "fesyen", "percetakan"):
                if cat != "percetakan" and rnd() < 0.12:
                    certs.append(cert_sni(rng))
                if rnd() < 0.15:
                    certs.append(cert_tkdn(rng))
            d = rnd()
            if d < 0.45:
                desc = f"{name}, {choice(kws)}, {choice(kws)}. {choice(quality)}."
            elif d < 0.75:
                desc = f"{choice(kws).capitalize()} {choice(kws)} dari {rshort}. {choice(quality)}"
            elif d < 0.82:
                desc = f'{stem} kemasan "{choice(("standing pouch", "premium", "eksklusif", "hampers"))}", {choice(kws)}'
            elif d < 0.92:
                desc = f"{choice(kws)} {choice(kws)} {choice(kws)}"
            else:
                desc = ""
            w((nib, sku, name, cat, unit, price, cap, lead, tkdn, bmp, ";".join(certs), desc))
    out.close()


def make_opds(regions):
    opds = []  # (code, name, weight, programs_cw, program_names, abbr, pemda, type name)
    for pre, pname, level, home in PEMDA:
        for abbr, tname, wt, progs in OPD_TYPES:
            progs = dict(progs)
            if level != "prov":
                progs.pop("samsat-reward", None)
            name = f"RSUD {pname}" if abbr == "RSUD" else f"{tname} {pname}"
            names = list(progs)
            opds.append((f"{pre}-{abbr}", name, wt, cum(progs[p] for p in names), names, abbr,
                         (pre, level, home), tname))
    return opds


def gen_needs(out_dir, n, seed, regions, opds):
    rng = random.Random(f"{seed}/needs")
    rnd, choice, randrange = rng.random, rng.choice, rng.randrange
    # provincial Bapenda (Samsat) buys a lot of taxpayer rewards: weight it up
    opd_cw = cum(o[2] * (8 if (o[5] == "BAPENDA" and o[6][1] == "prov") else 1) for o in opds)
    codes = [c for c, _ in regions]
    prov_regions = {}
    for c in codes:
        prov_regions.setdefault(c[:2], []).append(c)
    cat_min = {c: min(ceil_to(t[3] * PRICE_LO, price_step(t[3])) for t in T[c]) for c in CATEGORIES}
    days = year_dates(FISCAL_YEAR, start=(2, 1), end=(12, 20))
    prog_cw = {p: (list(d), cum(d.values())) for p, d in PROGRAM_CATS.items()}
    other_cw = {a: (list(d), cum(d.values())) for a, d in OTHER_CATS.items()}

    N = {"opd": array.array("H", bytes(2 * n)), "cat": bytearray(n),
         "budget": array.array("q", bytes(8 * n)), "id": [None] * n}
    out = Out(out_dir, "needs")
    w = out.w.writerow
    for i in range(n):
        oi = _bisect(opd_cw, rnd() * opd_cw[-1])
        ocode, oname, _, pcw, pnames, abbr, (pre, level, home), tname = opds[oi]
        program = pnames[_bisect(pcw, rnd() * pcw[-1])]
        cats, ccw = other_cw[abbr] if (program == "other" and abbr in other_cw) else prog_cw[program]
        cat = cats[_bisect(ccw, rnd() * ccw[-1])]
        t = choice(T[cat])
        tcode, stem, unit, base = t[0], t[1], t[2], t[3]
        v = choice(t[8])
        item = (f"{stem} {v}" if v and rnd() < 0.5 else stem).lower()
        item = item[0].upper() + item[1:]
        target = PROGRAM_MEDIAN[program] * SKEW[randrange(len(SKEW))] * (0.9 + 0.2 * rnd())
        q = nice_qty(max(1, int(target / base)))
        purpose = choice(PURPOSE[program])
        if program == "catering":
            unitword = "orang" if unit in ("box", "porsi") else unit
            desc = f"{item} {purpose} {q} {unitword}"
        elif program == "gift":
            desc = f"{item} cenderamata untuk {purpose}"
        elif program == "samsat-reward":
            desc = f"{item} reward wajib pajak taat Samsat {purpose}"
        elif program == "uniform":
            desc = f"{item} seragam {purpose} {tname}"
        else:
            desc = f"Pengadaan {item[0].lower() + item[1:]} untuk {purpose}"
        if rnd() < 0.7:
            budget = ceil_to(q * base * (1.15 + 0.75 * rnd()), 1000)
        else:
            limit = q * cat_min[cat]
            budget = int(limit * (0.55 + 0.4 * rnd())) // 100 * 100
            if budget <= 0 or budget >= limit:
                budget = limit - 1
        if level == "prov":
            region = choice(prov_regions.get(pre[:2], [home])) if program == "samsat-reward" else home
        else:
            region = home
        needed_by = "" if rnd() < 0.25 else days[randrange(len(days))]
        rc = ""
        if cat in FOOD:
            r = rnd()
            rc = "halal" if r < 0.6 else ("halal;pirt" if r < 0.7 and cat != "jasa-boga" else "")
        elif cat == "kosmetik" and rnd() < 0.3:
            rc = "bpom"
        elif cat in ("logam", "furnitur", "fesyen") and rnd() < 0.05:
            rc = "tkdn"
        need_id = str(40_000_000 + i) if rnd() < 0.6 else f"{ocode}-{FISCAL_YEAR}-{i + 1:06d}"
        w((need_id, ocode, oname, FISCAL_YEAR, program, cat, desc, q, unit, budget, region,
           needed_by, rc))
        N["opd"][i] = oi
        N["cat"][i] = CATEGORIES.index(cat)
        N["budget"][i] = budget
        N["id"][i] = need_id
    out.close()
    return N


def gen_spend(out_dir, n, seed, opds, S, N):
    rng = random.Random(f"{seed}/spend")
    rnd, choice, randrange = rng.random, rng.choice, rng.randrange
    opd_cw = cum(o[2] for o in opds)
    opd_total = opd_cw[-1]
    days = year_dates(FISCAL_YEAR)
    # month weights: spending ramps up towards December
    mw = (3, 5, 6, 7, 8, 8, 8, 9, 10, 11, 12, 14)
    day_cw = cum(mw[int(d[5:7]) - 1] for d in days)
    day_total = day_cw[-1]
    ns = len(S["nib"])
    with_npwp = S["with_npwp"]
    nn = len(N["id"])
    totals = [0] * len(opds)
    nskew = len(SKEW)
    out = Out(out_dir, "spend")
    w = out.w.writerow
    for i in range(n):
        date = days[_bisect(day_cw, rnd() * day_total)]
        nib = npwp = name = need_id = cat = tkdn = bmp = ""
        need = -1
        if nn and rnd() < 0.15:
            need = randrange(nn)
            oi = N["opd"][need]
            need_id = N["id"][need]
        else:
            oi = _bisect(opd_cw, rnd() * opd_total)
        r = rnd()
        if r < 0.85 and ns:
            si = with_npwp[randrange(len(with_npwp))] if (r >= 0.80 and len(with_npwp)) else randrange(ns)
            if r < 0.80:
                nib = S["nib"][si]
                if rnd() < 0.7:
                    name = S["name"][si]
            else:
                npwp = S["npwp"][si] or ""
                if not npwp:  # no supplier has an NPWP: fall back to NIB
                    nib = S["nib"][si]
                name = S["name"][si]
            median = SPEND_MEDIAN[SCALES[S["scale"][si]]]
            cat = CATEGORIES[S["cat"][si]] if rnd() < 0.8 else ""
            y = rnd()
            tkdn = "" if y < 0.4 else str(randrange(25, 101)) if y < 0.9 else str(randrange(0, 25))
        else:
            name = choice(VENDOR_FORMS).format(a=choice(WORDS), b=choice(WORDS))
            median = 40_000_000
            cat = choice(CATEGORIES) if rnd() < 0.7 else ""
            y = rnd()
            tkdn = "" if y < 0.6 else str(randrange(0, 61))
        if need >= 0:
            amount = int(N["budget"][need] * (0.6 + 0.38 * rnd()))
            cat = CATEGORIES[N["cat"][need]]
        else:
            amount = int(median * SKEW[randrange(nskew)] * (0.85 + 0.3 * rnd()))
        a = rnd()
        if a < 0.6:
            amount = amount // 1000 * 1000
        elif a < 0.9:
            amount = amount // 100 * 100
        amount = max(amount, 10_000 if need < 0 else 1)
        if rnd() < 0.3:
            bmp = str(randrange(0, 16))
        totals[oi] += amount
        w((f"TRX-{FISCAL_YEAR}-{i + 1:07d}", opds[oi][0], date, amount, nib, npwp, name,
           need_id, cat, tkdn, bmp))
    out.close()
    return totals


def gen_budgets(out_dir, seed, opds, totals):
    rng = random.Random(f"{seed}/budgets")
    rnd = rng.random
    out = Out(out_dir, "budgets")
    w = out.w.writerow
    for oi, o in enumerate(opds):
        if rnd() < 0.05:
            continue  # no budget row for this OPD
        t = totals[oi]
        if t > 0:
            b = ceil_to(t / (0.55 + 0.4 * rnd()), 1_000_000)
        else:
            b = (1 + int(50 * rnd())) * 100_000_000
        w((o[0], FISCAL_YEAR, b))
    out.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", choices=sorted(SIZES), help="S=1k, M=100k, L=1M catalog rows")
    ap.add_argument("--out", required=True, help="output directory (created if missing)")
    ap.add_argument("--catalog", type=int, help="catalog rows (overrides --size)")
    ap.add_argument("--suppliers", type=int, help="supplier rows (default catalog/10, at least 1)")
    ap.add_argument("--needs", type=int, help="need rows (default catalog/10)")
    ap.add_argument("--spend", type=int, help="spend rows (default = catalog)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})")
    ap.add_argument("--wilayah", help="kabupaten_kota.csv with columns kode,nama")
    a = ap.parse_args()
    if a.catalog is None and a.size is None:
        ap.error("give --size or --catalog")
    n_cat = a.catalog if a.catalog is not None else SIZES[a.size]
    n_sup = a.suppliers if a.suppliers is not None else max(1, n_cat // 10)
    n_need = a.needs if a.needs is not None else n_cat // 10
    n_spend = a.spend if a.spend is not None else n_cat
    for k, v in (("catalog", n_cat), ("suppliers", n_sup), ("needs", n_need), ("spend", n_spend)):
        if v < 0:
            ap.error(f"--{k} must be >= 0")
    if n_sup < 1:
        ap.error("--suppliers must be >= 1")
    if n_sup > 1_000_000_000 or n_need > 60_000_000:
        ap.error("too many rows for unique ids")
    os.makedirs(a.out, exist_ok=True)
    regions = load_regions(a.wilayah)
    opds = make_opds(regions)
    S = gen_suppliers(a.out, n_sup, a.seed, regions)
    gen_catalog(a.out, n_cat, a.seed, regions, S)
    N = gen_needs(a.out, n_need, a.seed, regions, opds)
    totals = gen_spend(a.out, n_spend, a.seed, opds, S, N)
    gen_budgets(a.out, a.seed, opds, totals)
    print(f"generate.py: wrote {a.out}: suppliers={n_sup} catalog={n_cat} needs={n_need} "
          f"spend={n_spend} budgets<={len(opds)}", file=sys.stderr)


if __name__ == "__main__":
    main()

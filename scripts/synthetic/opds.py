"""The buyers: 10 local governments x 20 unit types = 200 OPDs, and what they buy.

Needs, spend and budgets all refer to OPDs by index into make_opds(), so the
list order is part of the output. Program weights decide what each kind of OPD
asks for (a Satpol PP buys uniforms, a Setda buys catering and gifts); only
provincial Bapenda run the Samsat taxpayer rewards.
"""

from .weights import cum

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

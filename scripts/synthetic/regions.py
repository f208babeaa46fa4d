"""Where suppliers and OPDs are: Kemendagri kabupaten/kota codes and names.

The list comes from the project's own data/wilayah/kabupaten_kota.csv (or
--wilayah FILE), never from a path outside the repository, so a fresh clone
generates the same files as the team's machines. The built-in list of 32 codes
is a last resort for a copy of scripts/ without data/; it changes the output,
which is why the source used is named on stderr. The weights concentrate
suppliers in Banten, Bekasi and Lampung, where the generated OPDs are (opds.py).
"""

import csv
import os
import sys

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
        os.path.normpath(os.path.join(here, "..", "..", "data", "wilayah", "kabupaten_kota.csv")),
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

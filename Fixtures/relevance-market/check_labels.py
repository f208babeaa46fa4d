#!/usr/bin/env python3
"""Independent checker of Fixtures/relevance-market (stdlib; reads only the four CSVs and the
Kemendagri region list). It does not import build.py or the data files: the product each need asks
for is restated here as a pattern over catalog names, so a labelling slip in the data shows up as a
disagreement. Exit code 0 means every rule of README.md "Labelling rules" holds.

Run: python3 check_labels.py
"""
import csv
import datetime as dt
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
WILAYAH = os.path.join(HERE, "..", "..", "data", "wilayah", "kabupaten_kota.csv")
AS_OF = dt.date(2026, 2, 2)
CATEGORIES = {"makanan", "minuman", "jasa-boga", "fesyen", "kerajinan", "perhiasan", "furnitur", "herbal",
              "kosmetik", "logam", "percetakan", "pertanian", "lainnya"}
SCALES = {"mikro", "kecil", "menengah", "koperasi", "besar"}
# Goods made for the day: produced in the delivery month, taken from the nearest producers.
PERISHABLE_NAME = re.compile(r"jamu kunyit|beras kencur|yoghurt|kopi susu.*botol|sayur|cabai|lele konsumsi|"
                             r"benih (lele|nila|gurame)|susu kambing.*segar|bibit rumput laut", re.I)

# need_id: (pattern the acceptable product's name matches, pattern that excludes a look-alike).
# For a need without an acceptable product the pattern names the product it asks for: no feasible
# item of its category may match it.
WANT = {
    1: (r"nasi (kotak|box)|nasi liwet|nasi bungkus|nasi pindang|nasi gudeg", None),
    2: (r"snack box|kue kotak|coffee break", None),
    3: (r"prasmanan", None),
    4: (r"tumpeng", r"mini"),
    5: (r"nasi (kotak|box)|nasi gudeg|nasi liwet|nasi pindang", None),
    6: (r"nasi (kotak|box)|nasi gudeg|nasi liwet", None),
    7: (r"snack box|kue kotak|coffee break", None),
    8: (r"soto", None),
    9: (r"nasi (kotak|box)", None),
    10: (r"nasi (kotak|box)", None),
    11: (r"nasi (kotak|box)", None),
    12: (r"kambing guling", None),
    13: (r"snack box", None),
    14: (r"nasi (kotak|box|bungkus)", None),
    15: (r"nasi (kotak|box)", None),
    16: (r"kue kering", None),
    17: (r"bandeng presto", None),
    18: (r"wingko", None),
    19: (r"bakpia", None),
    20: (r"emping", None),
    21: (r"keripik apel", None),
    22: (r"kerupuk udang", None),
    23: (r"rendang", None),
    24: (r"abon (ikan )?lele", None),
    25: (r"pancake", None),
    26: (r"keripik kentang", None),
    27: (r"enting|gepuk", None),
    28: (r"abon sapi", None),
    29: (r"lumpia|lunpia", None),
    30: (r"keripik singkong", None),
    31: (r"dodol rumput laut", None),
    32: (r"gudeg kaleng", None),
    33: (r"arabika.*roasted|roasted.*arabika", None),
    34: (r"kopi (bubuk|robusta)|bubuk", r"sachet|3in1"),
    35: (r"wedang uwuh", None),
    36: (r"teh (celup|tubruk)", None),
    37: (r"sirup kawista", None),
    38: (r"sari apel", None),
    39: (r"yoghurt", None),
    40: (r"susu sapi (segar|pasteur)", None),
    41: (r"air mineral", None),
    42: (r"luwak", None),
    43: (r"kawa daun", None),
    44: (r"kopi bubuk.*kintamani", None),
    45: (r"kopi susu.*botol", None),
    46: (r"jahe merah instan", None),
    47: (r"kain batik tulis", None),
    48: (r"\bpdh\b", None),
    49: (r"\bpdl\b", None),
    50: (r"\bkaos\b", None),
    51: (r"blangkon", None),
    52: (r"seragam batik", None),
    53: (r"kemeja batik tulis", None),
    54: (r"kain tenun ikat troso", None),
    55: (r"songket", None),
    56: (r"ikat pinggang|sabuk|gesper", None),
    57: (r"sepatu", None),
    58: (r"\btopi\b", None),
    59: (r"tas .*kulit", None),
    60: (r"tote bag|tas seminar", None),
    61: (r"mukena", None),
    62: (r"plakat kayu jati ukir", None),
    63: (r"mug (custom|cetak|sablon|printing)", None),
    64: (r"wayang kulit tatah", None),
    65: (r"vas gerabah", None),
    66: (r"tas anyaman", None),
    67: (r"piala", None),
    68: (r"medali", None),
    69: (r"boneka maskot", None),
    70: (r"topeng", None),
    71: (r"tugu muda", None),
    72: (r"lukisan", None),
    73: (r"\bjam\b", None),
    74: (r"gantungan kunci", None),
    75: (r"kaligrafi", None),
    76: (r"bros perak filigree", None),
    77: (r"mutiara (air )?laut", None),
    78: (r"(kalung|gelang) perak", None),
    79: (r"gelang monel", None),
    80: (r"bros perak koto gadang", None),
    81: (r"emas 24|cincin emas", None),
    82: (r"akik|bacan", None),
    83: (r"cincin perak", None),
    84: (r"miniatur becak perak", None),
    85: (r"mutiara air tawar", None),
    86: (r"meja rapat.*12", None),
    87: (r"rak buku", None),
    88: (r"lemari arsip|filing cabinet", None),
    89: (r"meja lipat besi", None),
    90: (r"sofa", None),
    91: (r"kursi lipat", None),
    92: (r"kursi rotan", None),
    93: (r"kursi bambu", None),
    94: (r"kasur|spring ?bed", None),
    95: (r"lemari pakaian", None),
    96: (r"pingpong|tenis meja", None),
    97: (r"meja kerja", None),
    98: (r"bantal", None),
    99: (r"jamu kunyit asam", None),
    100: (r"minyak kayu putih", None),
    101: (r"madu klanceng", None),
    102: (r"kapsul temulawak", None),
    103: (r"empon-empon", None),
    104: (r"simplisia jahe", None),
    105: (r"teh herbal.*kelor", None),
    106: (r"telon", None),
    107: (r"kunyit putih", None),
    108: (r"beras kencur", None),
    109: (r"minyak urut", None),
    110: (r"sabun (batang|mandi susu)", None),
    111: (r"amenities", None),
    112: (r"sabun cuci tangan cair", None),
    113: (r"massage oil", None),
    114: (r"virgin coconut", None),
    115: (r"pasta gigi|odol", None),
    116: (r"minyak wangi|parfum", None),
    117: (r"lulur", None),
    118: (r"hand sanitizer", None),
    119: (r"golok ciomas", None),
    120: (r"cangkul", None),
    121: (r"pisau dapur", None),
    122: (r"manhole", None),
    123: (r"panci", None),
    124: (r"plakat kuningan", None),
    125: (r"keris", None),
    126: (r"gunting", None),
    127: (r"jangkar", None),
    128: (r"pagar besi", None),
    129: (r"wajan", None),
    130: (r"hvs a4", None),
    131: (r"paket atk", None),
    132: (r"cetak buku laporan", None),
    133: (r"spanduk", None),
    134: (r"piagam", None),
    135: (r"agenda", None),
    136: (r"undangan", None),
    137: (r"kartu nama", None),
    138: (r"standing pouch", None),
    139: (r"kalender", None),
    140: (r"tinta", None),
    141: (r"thermal", None),
    142: (r"stempel", None),
    143: (r"buku saku", None),
    144: (r"kotak cinderamata|hard box", None),
    145: (r"benih padi", None),
    146: (r"benih lele", None),
    147: (r"benih nila", None),
    148: (r"cupang", None),
    149: (r"bibit kopi", None),
    150: (r"kompos", None),
    151: (r"bibit rumput laut", None),
    152: (r"kambing etawa betina", None),
    153: (r"sayur", None),
    154: (r"durian", None),
    155: (r"daging", None),
    156: (r"udang|benur", None),
    157: (r"koki", None),
    158: (r"pakan ikan", None),
    159: (r"susu kambing", None),
    160: (r"mop|alat pel", None),
    161: (r"serbet", None),
    162: (r"sapu ijuk", None),
    163: (r"keset.*sabut", None),
    164: (r"bendera merah putih", None),
    165: (r"umbul", None),
    166: (r"edukatif.*balok|balok", None),
    167: (r"tempat sampah pilah", None),
    168: (r"vacuum|penyedot", None),
    169: (r"tempat sampah.*injak|injak", None),
    170: (r"jerigen.*20 liter", None),
    171: (r"\bled\b|tumblr", None),
    172: (r"lampion", None),
}

errors = []


def err(msg):
    errors.append(msg)


def read(name):
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def cert_types(cell):
    out = set()
    for part in cell.split(";"):
        if not part:
            continue
        t, _, number = part.partition(":")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", t) or not number:
            err(f"certificate {part!r} is not type:number with a slug type")
        out.add(t)
    return out


def main():
    regions = {r["kode"] for r in csv.DictReader(open(WILAYAH, encoding="utf-8"))}
    sups = read("suppliers.csv")
    items = read("catalog.csv")
    needs = {n["need_id"]: n for n in read("needs.csv")}
    labels = read("labels.csv")

    sup = {}
    for s in sups:
        if not re.fullmatch(r"\d{13}", s["nib"]) or s["nib"] in sup:
            err(f"supplier NIB {s['nib']} not 13 digits or not unique")
        if s["scale"] not in SCALES or s["region"] not in regions or s["active"] not in ("ya", "tidak"):
            err(f"supplier {s['nib']}: scale/region/active {s['scale']} {s['region']} {s['active']}")
        s["certs"] = cert_types(s["certifications"])
        sup[s["nib"]] = s
    skus = set()
    for it in items:
        if it["sku"] in skus:
            err(f"SKU {it['sku']} not unique")
        skus.add(it["sku"])
        if it["nib"] not in sup or it["category"] not in CATEGORIES or not it["unit_price"].isdigit():
            err(f"item {it['sku']}: nib/category/price")
        if it["tkdn"] and not 0 <= int(it["tkdn"]) <= 100:
            err(f"item {it['sku']}: tkdn {it['tkdn']}")
        it["certs"] = cert_types(it["certifications"])
    by_sku = {it["sku"]: it for it in items}

    def feasible(it, n):
        s = sup[it["nib"]]
        if s["active"] != "ya" or s["scale"] == "besar" or it["category"] != n["category"]:
            return False
        if not set(filter(None, n["required_certifications"].split(";"))) <= (it["certs"] | s["certs"]):
            return False
        q = int(n["quantity"])
        if int(it["unit_price"]) * q > int(n["budget"]):
            return False
        deadline = dt.date.fromisoformat(n["needed_by"]) if n["needed_by"] else dt.date(int(n["fiscal_year"]), 12, 31)
        days = (deadline - AS_OF).days
        if days < 0 or int(it["lead_time_days"]) > days:
            return False
        if it["capacity_per_month"]:
            per = 1 if (it["category"] == "jasa-boga" or PERISHABLE_NAME.search(it["name"])) else min(12, max(1, days // 30))
            if int(it["capacity_per_month"]) * per < q:
                return False
        return True

    def nearest(cands, n):
        """Perishables come from the need's kabupaten/kota when any qualifies, else from its province."""
        if not any(c["category"] == "jasa-boga" or PERISHABLE_NAME.search(c["name"]) for c in cands):
            return cands
        kab = [c for c in cands if sup[c["nib"]]["region"] == n["region"]]
        prov = [c for c in cands if sup[c["nib"]]["region"][:2] == n["region"][:2]]
        return kab or prov

    if set(needs) != {l["need_id"] for l in labels}:
        err("needs.csv and labels.csv do not list the same needs")
    split_count = {}
    for l in labels:
        n = needs[l["need_id"]]
        if n["region"] not in regions or n["category"] not in CATEGORIES:
            err(f"{l['need_id']}: region/category")
        num = int(l["need_id"].split("-")[1])
        want, exclude = WANT[num]
        acc = [s for s in l["acceptable_skus"].split(";") if s]
        nibs = {s for s in l["acceptable_nibs"].split(";") if s}
        if nibs != {by_sku[s]["nib"] for s in acc}:
            err(f"{l['need_id']}: acceptable_nibs are not the suppliers of acceptable_skus")
        for s in acc:
            it = by_sku[s]
            if not feasible(it, n):
                err(f"{l['need_id']}: {s} breaks a hard constraint")
            if not re.search(want, it["name"], re.I) or (exclude and re.search(exclude, it["name"], re.I)):
                err(f"{l['need_id']}: {s} {it['name']!r} is not the product asked for")
        matching = [it for it in items if feasible(it, n) and re.search(want, it["name"], re.I)
                    and not (exclude and re.search(exclude, it["name"], re.I))]
        expected = sorted(it["sku"] for it in nearest(matching, n))
        if sorted(acc) != expected:
            err(f"{l['need_id']}: labelled {sorted(acc)} but the pattern finds {expected}")
        if not acc:
            others = [it for it in items if feasible(it, n)]
            if not others:
                err(f"{l['need_id']}: no acceptable product and no feasible item at all (too easy)")
        key = (n["category"], bool(acc))
        split_count.setdefault(key, {"tune": 0, "holdout": 0})[l["split"]] += 1
    for key, c in sorted(split_count.items()):
        if abs(c["tune"] - c["holdout"]) > 1:
            err(f"split unbalanced for {key}: {c}")

    for e in errors:
        print("ERROR", e)
    empty = sum(1 for l in labels if not l["acceptable_skus"])
    print(f"{len(sups)} suppliers, {len(items)} items, {len(labels)} needs ({empty} without a product): "
          f"{'OK' if not errors else str(len(errors)) + ' errors'}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""relevance-blind91: writes suppliers.csv, catalog.csv, needs.csv, labels.csv (stdlib, seeded, same bytes each run).

    python3 build.py && python3 check_labels.py

Every hand-written product is listed once as written, then re-listed 0-2 times the way marketplace sellers
do (capitals, promo tags, sizes, doubled spaces; price -10%..+25%, capacity +-40%, lead +0..3 days).
A listing is acceptable for a need when its kind is one the need accepts and it meets every hard
constraint at AS_OF. Perishable kinds (every jasa-boga product) must be cooked within one month
(capacity_per_month >= quantity) and come from the need's kabupaten/kota when any listing there
qualifies, else from its province; never from another province.
"""
import csv
import datetime as dt
import os
import random

from catalog_data import CATEGORY, PERISHABLE, SUPPLIERS
from needs_data import NEEDS, UNITS

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 2, 2)
YEAR_END = dt.date(2026, 12, 31)
REGIONS = "/work/shared/data/wilayah/kabupaten_kota.csv"
rng = random.Random(9102026)

TAGS_BEFORE = ["[FREE ONGKIR]", "[READY STOCK]", "[TERLARIS]", "PROMO!!", "[COD]", "Harga Grosir", "ORI 100%",
               "[BISA CUSTOM]", "HOT SALE", "Produk UMKM", "[Star Seller]"]
TAGS_AFTER = ["BUY 3 GET 1", "Harga Instansi", "- Bisa Nego", "| Kirim Hari Ini", "Murah Meriah", "Terlaris 2026",
              "Bisa Invoice / Faktur", "Siap Partai Besar", "Gratis Desain", "COD Bayar Ditempat", "e-Katalog"]
SIZES = ["Ukuran Lengkap", "All Size", "(1 Pcs)", "Per Pack", "Isi Banyak", "Jumbo"]


def relisted(name):
    t = name
    r = rng.random()
    if r < 0.35:
        t = t.upper()
    elif r < 0.55:
        t = t.title()
    elif r < 0.65:
        t = t.lower()
    if rng.random() < 0.6:
        t = f"{rng.choice(TAGS_BEFORE)} {t}"
    if rng.random() < 0.5:
        t = f"{t} {rng.choice(TAGS_AFTER)}"
    if rng.random() < 0.25:
        t = f"{t} {rng.choice(SIZES)}"
    if rng.random() < 0.25:
        words = t.split(" ")
        i = rng.randrange(1, len(words))
        t = " ".join(words[:i]) + "  " + " ".join(words[i:])
    return t


def certificates(spec):
    cells = []
    for c in filter(None, spec.split(";")):
        number = {"halal": lambda: f"ID{rng.randrange(10**13, 10**14)}",
                  "pirt": lambda: f"{rng.randrange(10**14, 10**15)}-26",
                  "bpom": lambda: f"MD{rng.randrange(10**11, 10**12)}",
                  "sni": lambda: f"SNI-{rng.randrange(10**5, 10**6)}",
                  "svlk": lambda: f"SVLK-{rng.randrange(10**4, 10**5)}",
                  "iso-9001": lambda: f"ISO-{rng.randrange(10**5, 10**6)}",
                  "batikmark": lambda: f"BTM-{rng.randrange(10**3, 10**4)}"}.get(c, lambda: str(rng.randrange(10**5, 10**6)))()
        cells.append(f"{c}:{number}")
    return ";".join(cells)


def rounded(p):
    step = 100 if p < 20000 else 500 if p < 1000000 else 25000
    return max(step, round(p / step) * step)


def catalog():
    sups, items, used = [], [], set()
    for key, name, scale, region, certs, active, _cat, products in SUPPLIERS:
        nib = str(rng.randrange(10**12, 10**13))
        while nib in used:
            nib = str(rng.randrange(10**12, 10**13))
        used.add(nib)
        sups.append(dict(nib=nib, name=name, scale=scale, region=region, sentra="", certifications=certificates(certs),
                         active="ya" if active else "tidak",
                         verified_on=f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                         npwp=str(rng.randrange(10**14, 10**15)), phone=f"08{rng.randrange(10**9, 10**10)}",
                         email=f"{key.lower()}.ikm@contoh.id"))
        n = 0
        for kind, pname, unit, price, cap, lead in products:
            rows = [(pname, price, cap, lead)]
            for _ in range(rng.choices([0, 1, 2], weights=[4, 4, 2])[0]):
                rows.append((relisted(pname), rounded(price * rng.uniform(0.9, 1.25)),
                             max(1, round(cap * rng.uniform(0.6, 1.4))), lead + rng.choice([0, 0, 1, 3])))
            for title, p, c, lt in rows:
                n += 1
                items.append(dict(nib=nib, sku=f"{key}-{n:02d}", name=title, category=CATEGORY[key], unit=unit,
                                  unit_price=str(p), capacity_per_month=str(c), lead_time_days=str(lt),
                                  tkdn=str(rng.randint(30, 90)), bmp=str(rng.randint(0, 15)), certifications="",
                                  description="", _kind=kind))
    return sups, items


def meets(it, need, s):
    if s["active"] != "ya" or s["scale"] == "besar" or it["category"] != need["category"]:
        return False
    held = {c.split(":")[0] for c in (it["certifications"] + ";" + s["certifications"]).split(";") if c}
    if not {r for r in need["required_certifications"].split(";") if r} <= held:
        return False
    q = int(need["quantity"])
    if int(it["unit_price"]) * q > int(need["budget"]):
        return False
    days = ((dt.date.fromisoformat(need["needed_by"]) if need["needed_by"] else YEAR_END) - AS_OF).days
    if int(it["lead_time_days"]) > days:
        return False
    months = 1 if it["_kind"] in PERISHABLE else min(12, max(1, days // 30))
    return int(it["capacity_per_month"]) * months >= q


def acceptable(kinds, need, items, sup):
    ok = [it for it in items if it["_kind"] in kinds and meets(it, need, sup[it["nib"]])]
    perish = [it for it in ok if it["_kind"] in PERISHABLE]
    if perish:
        same = [it for it in perish if sup[it["nib"]]["region"] == need["region"]]
        prov = [it for it in perish if sup[it["nib"]]["region"][:2] == need["region"][:2]]
        ok = [it for it in ok if it["_kind"] not in PERISHABLE] + (same or prov)
    return ok


def main():
    with open(REGIONS, newline="", encoding="utf-8") as f:
        place = {r["kode"]: r["nama"] for r in csv.DictReader(f)}
    sups, items = catalog()
    sup = {s["nib"]: s for s in sups}
    kinds_known = {it["_kind"] for it in items}
    needs, labels = [], []
    for i, (cat, opd, desc, qty, unit, budget, region, by, certs, kinds, note) in enumerate(NEEDS, 1):
        code, unit_key = opd.split(".")
        need = dict(need_id=f"BL91-{i:03d}", opd_code=opd,
                    opd_name=f"{UNITS[unit_key]} {place[code[:2] + '.' + code[2:]]}", fiscal_year="2026",
                    program="", category=cat, description=desc, quantity=str(qty), unit=unit, budget=str(budget),
                    region=region, needed_by=by, required_certifications=certs)
        needs.append(need)
        wanted = [k for k in kinds if not k.startswith("?")]
        doomed = [k[1:] for k in kinds if k.startswith("?")]
        for k in wanted + doomed:
            if k not in kinds_known:
                raise SystemExit(f"{need['need_id']}: unknown kind {k}")
        if doomed:
            near = [it for it in acceptable(doomed, need, items, sup) if sup[it["nib"]]["region"][:2] == region[:2]]
            if near:
                raise SystemExit(f"{need['need_id']} {desc}: {near[0]['sku']} is feasible, meant to be none")
        ok = acceptable(wanted, need, items, sup)
        if wanted and not ok:
            raise SystemExit(f"{need['need_id']} {desc}: no acceptable listing")
        labels.append(dict(need_id=need["need_id"], acceptable_nibs=";".join(sorted({it["nib"] for it in ok})),
                           acceptable_skus=";".join(sorted(it["sku"] for it in ok)), split="holdout", note=note))

    def write(name, rows, cols):
        with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
            w.writeheader()
            w.writerows(rows)

    write("suppliers.csv", sups, ["nib", "name", "scale", "region", "sentra", "certifications", "active",
                                  "verified_on", "npwp", "phone", "email"])
    write("catalog.csv", items, ["nib", "sku", "name", "category", "unit", "unit_price", "capacity_per_month",
                                 "lead_time_days", "tkdn", "bmp", "certifications", "description"])
    write("needs.csv", needs, list(needs[0]))
    write("labels.csv", labels, ["need_id", "acceptable_nibs", "acceptable_skus", "split", "note"])
    empty = sum(1 for lab in labels if not lab["acceptable_nibs"])
    print(f"{len(sups)} suppliers, {len(items)} items, {len(needs)} needs ({empty} with no acceptable product)")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""relevance-blind89: writes suppliers.csv, catalog.csv, needs.csv, labels.csv from catalog_data.py + needs_data.py.

    python3 build.py && python3 check_labels.py     # stdlib only; seeded, same bytes every run

Every hand-written product is listed once as written, then re-listed 0-2 times the way marketplace sellers do
(capitals, promo words, doubled spaces, a size; price -10%..+25%, capacity +-40%, lead time +0..3 days).
Labels: an item is acceptable when its kind is one the need accepts and it passes every hard constraint at
AS_OF. Perishable kinds (catalog_data.PERISHABLE) need capacity_per_month >= quantity and come from the need's
kabupaten/kota when any qualifies there, else from its province (else nothing).
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
rng = random.Random(8902022026)

PREFIX = ["[FREE ONGKIR]", "[READY STOCK]", "PROMO!!", "Grosir", "Termurah", "[COD]", "ASLI", "Best Seller",
          "[Bisa Custom]", "Produk UMKM", "Harga Pabrik"]
SUFFIX = ["BUY 3 GET 1", "Harga Instansi", "| Stok Banyak", "- Kualitas Ekspor", "Bisa Partai", "Kirim Cepat",
          "Bergaransi", "Murah Meriah", "TERLARIS", "(Bisa Nego)"]
SIZES = ["", "", "", " Size L", " Jumbo", " Kecil", " Ukuran Besar"]


def relist(name):
    t = name
    r = rng.random()
    if r < 0.35:
        t = t.upper()
    elif r < 0.55:
        t = t.title()
    elif r < 0.65:
        t = t.lower()
    t += rng.choice(SIZES) if rng.random() < 0.15 else ""
    if rng.random() < 0.6:
        t = f"{rng.choice(PREFIX)} {t}"
    if rng.random() < 0.5:
        t = f"{t} {rng.choice(SUFFIX)}"
    if rng.random() < 0.25:
        i = t.find(" ", len(t) // 3)
        if i > 0:
            t = t[:i] + "  " + t[i + 1:]
    return t


def certs(spec):
    fmt = {"halal": lambda: f"ID{rng.randrange(10**13, 10**14)}", "pirt": lambda: f"P-IRT {rng.randrange(10**14, 10**15)}",
           "bpom": lambda: f"NA{rng.randrange(10**10, 10**11)}", "sni": lambda: f"SNI-{rng.randrange(10**5, 10**6)}",
           "svlk": lambda: f"SVLK-{rng.randrange(10**4, 10**5)}", "iso-9001": lambda: f"ISO-{rng.randrange(10**5, 10**6)}",
           "batikmark": lambda: f"BTM-{rng.randrange(1000, 9999)}"}
    return ";".join(f"{c}:{fmt[c]()}" for c in spec.split(";") if c)


def rounded(p):
    step = 100 if p < 20000 else 500 if p < 1000000 else 25000
    return max(step, round(p / step) * step)


def catalog():
    sups, items, seen = [], [], set()
    for key, name, scale, region, cert, active, _cat, products in SUPPLIERS:
        nib = str(rng.randrange(10**12, 10**13))
        while nib in seen:
            nib = str(rng.randrange(10**12, 10**13))
        seen.add(nib)
        sups.append(dict(nib=nib, name=name, scale=scale, region=region, sentra="", certifications=certs(cert),
                         active="ya" if active else "tidak",
                         verified_on=f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                         npwp=str(rng.randrange(10**14, 10**15)), phone=f"08{rng.randrange(10**9, 10**10)}",
                         email=f"{key.lower()}@umkm-contoh.id"))
        n = 0
        for kind, pname, unit, price, cap, lead in products:
            rows = [(pname, price, cap, lead)]
            for _ in range(rng.choices([0, 1, 2], weights=[3, 5, 2])[0]):
                rows.append((relist(pname), rounded(price * rng.uniform(0.9, 1.25)),
                             max(1, int(cap * rng.uniform(0.6, 1.4))), lead + rng.choice([0, 0, 1, 3])))
            for title, p, c, lt in rows:
                n += 1
                items.append(dict(nib=nib, sku=f"{key}-{n:02d}", name=title, category=CATEGORY[key], unit=unit,
                                  unit_price=str(p), capacity_per_month=str(c), lead_time_days=str(lt),
                                  tkdn=str(rng.randint(30, 95)), bmp=str(rng.randint(0, 15)), certifications="",
                                  description="", kind=kind))
    return sups, items


def passes(it, need, sup):
    s = sup[it["nib"]]
    if s["active"] != "ya" or s["scale"] == "besar" or it["category"] != need["category"]:
        return False
    held = {c.split(":")[0] for c in s["certifications"].split(";") + it["certifications"].split(";") if c}
    if not {c for c in need["required_certifications"].split(";") if c} <= held:
        return False
    q = int(need["quantity"])
    if int(it["unit_price"]) * q > int(need["budget"]):
        return False
    end = dt.date.fromisoformat(need["needed_by"]) if need["needed_by"] else YEAR_END
    days = (end - AS_OF).days
    if int(it["lead_time_days"]) > days:
        return False
    cap = int(it["capacity_per_month"])
    if it["kind"] in PERISHABLE:
        return cap >= q
    return cap * min(12, max(1, days // 30)) >= q


def main():
    with open(REGIONS, newline="", encoding="utf-8") as f:
        names = {r["kode"]: r["nama"] for r in csv.DictReader(f)}
    sups, items = catalog()
    sup = {s["nib"]: s for s in sups}
    kinds_known = {it["kind"] for it in items}
    needs, labels = [], []
    for i, (cat, region, unit, desc, qty, u, budget, by, cert, kinds, note) in enumerate(NEEDS, 1):
        n = dict(need_id=f"BL89-{i:03d}", opd_code=f"{region}.{unit}", opd_name=f"{UNITS[unit]} {names[region]}",
                 fiscal_year="2026", program="", category=cat, description=desc, quantity=str(qty), unit=u,
                 budget=str(budget), region=region, needed_by=by, required_certifications=cert)
        needs.append(n)
        want = [k for k in kinds if not k.startswith("?")]
        near = [k[1:] for k in kinds if k.startswith("?")]
        for k in want + near:
            if k not in kinds_known:
                raise SystemExit(f"{n['need_id']}: unknown kind {k}")
        bad = [it["sku"] for it in items if it["kind"] in near and passes(it, n, sup) and sup[it["nib"]]["region"][:2] == region[:2]]
        if bad:
            raise SystemExit(f"{n['need_id']} {desc}: near-miss kind is feasible: {bad}")
        ok = [it for it in items if it["kind"] in want and passes(it, n, sup)]
        if any(it["kind"] in PERISHABLE for it in ok):
            ok = ([it for it in ok if sup[it["nib"]]["region"] == region]
                  or [it for it in ok if sup[it["nib"]]["region"][:2] == region[:2]])
        if want and not ok:
            raise SystemExit(f"{n['need_id']} {desc}: nothing acceptable")
        labels.append(dict(need_id=n["need_id"], acceptable_nibs=";".join(sorted({it["nib"] for it in ok})),
                           acceptable_skus=";".join(sorted(it["sku"] for it in ok)), split="holdout", note=note))

    def write(fname, rows, cols):
        with open(os.path.join(HERE, fname), "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
            w.writeheader()
            w.writerows(rows)

    write("suppliers.csv", sups, ["nib", "name", "scale", "region", "sentra", "certifications", "active",
                                  "verified_on", "npwp", "phone", "email"])
    write("catalog.csv", items, ["nib", "sku", "name", "category", "unit", "unit_price", "capacity_per_month",
                                 "lead_time_days", "tkdn", "bmp", "certifications", "description"])
    write("needs.csv", needs, list(needs[0]))
    write("labels.csv", labels, ["need_id", "acceptable_nibs", "acceptable_skus", "split", "note"])
    none = sum(1 for lab in labels if not lab["acceptable_nibs"])
    print(f"{len(sups)} suppliers, {len(items)} items, {len(needs)} needs ({none} with no acceptable product)")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds suppliers.csv, catalog.csv, needs.csv and labels.csv for relevance-blind87.

    python3 build.py && python3 check_labels.py     # stdlib, seeded: the same bytes every run

Every hand-written product (catalog_data.py) is listed once as written, then re-listed 0-2 times the way
marketplace sellers re-list it (capitals, promo words, sizes, doubled spaces; price -10%..+25%, capacity
+-40%, lead time +0..3 days). Labels come from the kinds: an item is acceptable when its kind is one the
need accepts (needs_data.py) and it meets every hard constraint at AS_OF. Perishable kinds must be made
within one month (capacity_per_month >= quantity) by a maker in the need's kabupaten/kota when one qualifies,
else in its province; never from another province.
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
rng = random.Random(8702022026)

PREFIX = ["[FREE ONGKIR]", "[READY STOCK]", "PROMO", "TERLARIS", "[COD]", "Grosir", "ASLI", "[Harga Instansi]",
          "Produk UMKM", "NEW", "[Bisa Nego]"]
SUFFIX = ["BUY 3 GET 1", "Harga Instansi", "- Ready Stok", "Kualitas Premium", "| UMKM Banten", "Bisa COD",
          "Murah Meriah", "Siap Kirim", "Partai Besar OK", "Termurah Se-Indonesia", "(Ukuran Lengkap)"]


def relist(name):
    t = name
    r = rng.random()
    if r < 0.35:
        t = t.upper()
    elif r < 0.55:
        t = t.title()
    elif r < 0.65:
        t = t.lower()
    if rng.random() < 0.6:
        t = rng.choice(PREFIX) + " " + t
    if rng.random() < 0.5:
        t = t + " " + rng.choice(SUFFIX)
    if rng.random() < 0.25:
        i = t.find(" ", len(t) // 2)
        if i > 0:
            t = t[:i] + "  " + t[i + 1:]
    return t


def certificate(kind):
    n = {"halal": lambda: "ID%014d" % rng.randrange(10**13),
         "pirt": lambda: "P-IRT %015d" % rng.randrange(10**14),
         "bpom": lambda: "MD%012d" % rng.randrange(10**11),
         "sni": lambda: "SNI-%06d" % rng.randrange(10**5),
         "svlk": lambda: "SVLK-%05d" % rng.randrange(10**4),
         "batikmark": lambda: "BM%04d" % rng.randrange(10**3),
         "iso-9001": lambda: "QMS%06d" % rng.randrange(10**5)}[kind]()
    return f"{kind}:{n.replace(':', '')}"


def rounded(p):
    step = 100 if p < 50000 else 1000 if p < 1000000 else 25000
    return max(step, round(p / step) * step)


def catalog():
    suppliers, items, used = [], [], set()
    for key, name, scale, region, certs, active, _cat, products in SUPPLIERS:
        nib = "".join(str(rng.randrange(10)) for _ in range(13))
        while nib in used or nib[0] == "0":
            nib = "".join(str(rng.randrange(10)) for _ in range(13))
        used.add(nib)
        suppliers.append(dict(
            nib=nib, name=name, scale=scale, region=region, sentra="",
            certifications=";".join(certificate(c) for c in certs.split(";") if c), active="ya" if active else "tidak",
            verified_on=(dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(360))).isoformat(),
            npwp="%015d" % rng.randrange(10**14, 10**15), phone="08%d" % rng.randrange(10**9, 10**10),
            email=f"{key.lower()}@umkm-contoh.id"))
        k = 0
        for kind, pname, unit, price, cap, lead in products:
            rows = [(pname, price, cap, lead)]
            for _ in range(rng.choices([0, 1, 2], weights=[3, 5, 2])[0]):
                rows.append((relist(pname), rounded(price * rng.uniform(0.9, 1.25)),
                             max(1, round(cap * rng.uniform(0.6, 1.4))), lead + rng.choice([0, 0, 1, 2, 3])))
            for title, p, c, lt in rows:
                k += 1
                items.append(dict(nib=nib, sku=f"{key}-{k:02d}", name=title, category=CATEGORY[key], unit=unit,
                                  unit_price=str(p), capacity_per_month=str(c), lead_time_days=str(lt),
                                  tkdn=str(rng.randint(40, 95)), bmp=str(rng.randint(0, 15)), certifications="",
                                  description="", _kind=kind))
    return suppliers, items


def meets(it, need, sup):
    s = sup[it["nib"]]
    if s["active"] != "ya" or s["scale"] == "besar" or it["category"] != need["category"]:
        return False
    held = {c.split(":")[0] for c in f"{it['certifications']};{s['certifications']}".split(";") if c}
    if not {c for c in need["required_certifications"].split(";") if c} <= held:
        return False
    qty = int(need["quantity"])
    if int(it["unit_price"]) * qty > int(need["budget"]):
        return False
    end = dt.date.fromisoformat(need["needed_by"]) if need["needed_by"] else YEAR_END
    days = (end - AS_OF).days
    if int(it["lead_time_days"]) > days:
        return False
    months = 1 if it["_kind"] in PERISHABLE else min(12, max(1, days // 30))
    return int(it["capacity_per_month"]) * months >= qty


def main():
    with open(REGIONS, newline="", encoding="utf-8") as f:
        area = {r["kode"]: r["nama"] for r in csv.DictReader(f)}
    suppliers, items = catalog()
    sup = {s["nib"]: s for s in suppliers}
    kinds = {it["_kind"] for it in items}
    needs, labels = [], []
    for i, (cat, opd, desc, qty, unit, budget, region, by, certs, accept, note) in enumerate(NEEDS, 1):
        code = opd.split(".")[0]
        need = dict(need_id=f"BL87-{i:03d}", opd_code=opd,
                    opd_name=f"{UNITS[opd.split('.')[1]]} {area[code[:2] + '.' + code[2:]]}", fiscal_year="2026",
                    program="", category=cat, description=desc, quantity=str(qty), unit=unit, budget=str(budget),
                    region=region, needed_by=by, required_certifications=certs)
        needs.append(need)
        wanted = [k for k in accept if not k.startswith("?")]
        blocked = [k[1:] for k in accept if k.startswith("?")]
        unknown = [k for k in wanted + blocked if k not in kinds]
        if unknown:
            raise SystemExit(f"{need['need_id']}: unknown kind {unknown}")
        near = [it["sku"] for it in items if it["_kind"] in blocked and meets(it, need, sup)
                and sup[it["nib"]]["region"][:2] == region[:2]]
        if near:
            raise SystemExit(f"{need['need_id']} {desc}: {blocked} should be out of reach, {near} qualifies")
        ok = [it for it in items if it["_kind"] in wanted and meets(it, need, sup)]
        if any(k in PERISHABLE for k in wanted):
            same = [it for it in ok if sup[it["nib"]]["region"] == region]
            ok = same or [it for it in ok if sup[it["nib"]]["region"][:2] == region[:2]]
        if wanted and not ok:
            raise SystemExit(f"{need['need_id']} {desc}: nothing acceptable")
        labels.append(dict(need_id=need["need_id"], acceptable_nibs=";".join(sorted({it["nib"] for it in ok})),
                           acceptable_skus=";".join(sorted(it["sku"] for it in ok)), split="holdout", note=note))

    def write(name, rows, cols):
        with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
            w.writeheader()
            w.writerows(rows)

    write("suppliers.csv", suppliers, ["nib", "name", "scale", "region", "sentra", "certifications", "active",
                                       "verified_on", "npwp", "phone", "email"])
    write("catalog.csv", items, ["nib", "sku", "name", "category", "unit", "unit_price", "capacity_per_month",
                                 "lead_time_days", "tkdn", "bmp", "certifications", "description"])
    write("needs.csv", needs, list(needs[0]))
    write("labels.csv", labels, ["need_id", "acceptable_nibs", "acceptable_skus", "split", "note"])
    empty = sum(1 for lab in labels if not lab["acceptable_nibs"])
    print(f"{len(suppliers)} suppliers, {len(items)} items, {len(needs)} needs, {empty} with no acceptable product")


if __name__ == "__main__":
    main()

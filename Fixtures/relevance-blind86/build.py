#!/usr/bin/env python3
"""Writes suppliers.csv, catalog.csv, needs.csv and labels.csv from catalog_data.py and needs_data.py.

    python3 build.py      # stdlib, seeded: same bytes every run; then python3 check_labels.py

Each hand-written product is listed once as written and re-listed 0-2 times the way marketplace sellers
re-list (capitals, promo words, doubled spaces; price -10%..+25%, capacity +-40%). Labels come from the
labeller's kinds: an item is acceptable when its kind is one the need accepts and it meets every hard
constraint at AS_OF; perishable kinds must be made in one month and bought in the need's kabupaten/kota
when any qualifies there, else in its province.
"""
import csv
import datetime as dt
import os
import random

from catalog_data import CATEGORY, PERISHABLE, SUPPLIERS
from needs_data import NEEDS, UNITS

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 2, 2)
REGIONS = "/work/shared/data/wilayah/kabupaten_kota.csv"
rng = random.Random(86020226)

FRONT = ["[FREE ONGKIR]", "[READY STOCK]", "PROMO", "Grosir", "TERMURAH", "[COD]", "ORIGINAL", "Best Seller",
         "[Bisa Custom]", "NEW ARRIVAL", "Harga Pabrik"]
BACK = ["BUY 3 GET 1", "Harga Instansi", "| Ready Banyak", "- UMKM Lokal", "Kualitas Ekspor", "Murah Berkualitas",
        "Bisa Partai Besar", "Siap Kirim Seluruh Indonesia", "Garansi", "PROMO AKHIR TAHUN"]


def relist(name):
    title = name
    roll = rng.random()
    if roll < 0.4:
        title = title.upper()
    elif roll < 0.6:
        title = title.title()
    if rng.random() < 0.65:
        title = f"{rng.choice(FRONT)} {title}"
    if rng.random() < 0.55:
        title = f"{title} {rng.choice(BACK)}"
    if rng.random() < 0.2:
        title = title.replace(" ", "  ", 1)
    return title


def cert_cell(spec):
    out = []
    for c in [c for c in spec.split(";") if c]:
        number = {"halal": f"ID{rng.randrange(10**13, 10**14)}", "pirt": f"{rng.randrange(10**14, 10**15)}-30",
                  "bpom": f"MD{rng.randrange(10**11, 10**12)}", "sni": f"SPPT-{rng.randrange(10**5, 10**6)}",
                  "svlk": f"VLK-{rng.randrange(10**4, 10**5)}", "iso-9001": f"QMS-{rng.randrange(10**5, 10**6)}",
                  "batikmark": f"BM-{rng.randrange(10**3, 10**4)}"}.get(c, str(rng.randrange(10**5, 10**6)))
        out.append(f"{c}:{number}")
    return ";".join(out)


def price_step(p):
    step = 100 if p < 20000 else 500 if p < 1000000 else 50000
    return max(step, int(round(p / step)) * step)


def build_catalog():
    suppliers, items, nibs = [], [], set()
    for key, name, scale, region, certs, active, _cat, products in SUPPLIERS:
        nib = str(rng.randrange(10**12, 10**13))
        while nib in nibs:
            nib = str(rng.randrange(10**12, 10**13))
        nibs.add(nib)
        suppliers.append(dict(
            nib=nib, name=name, scale=scale, region=region, sentra="", certifications=cert_cell(certs),
            active="ya" if active else "tidak", verified_on=f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            npwp=str(rng.randrange(10**14, 10**15)), phone=f"08{rng.randrange(10**9, 10**10)}",
            email=f"{key.lower()}@contoh.id"))
        n = 0
        for kind, pname, unit, price, cap, lead in products:
            listings = [(pname, price, cap, lead)]
            for _ in range(rng.choices([0, 1, 2], weights=[4, 5, 1])[0]):
                listings.append((relist(pname), price_step(price * rng.uniform(0.9, 1.25)),
                                 max(1, int(cap * rng.uniform(0.6, 1.4))), lead + rng.choice([0, 0, 1, 3])))
            for title, p, c, lt in listings:
                n += 1
                items.append(dict(
                    nib=nib, sku=f"{key}-{n:02d}", name=title, category=CATEGORY[key], unit=unit,
                    unit_price=str(p), capacity_per_month=str(c), lead_time_days=str(lt),
                    tkdn=str(rng.randint(35, 95)), bmp=str(rng.randint(0, 15)), certifications="",
                    description="", _kind=kind))
    return suppliers, items


def feasible(it, need, sup):
    s = sup[it["nib"]]
    if s["active"] != "ya" or s["scale"] == "besar" or it["category"] != need["category"]:
        return False
    held = {c.split(":")[0] for c in (it["certifications"] + ";" + s["certifications"]).split(";") if c}
    if any(r not in held for r in need["required_certifications"].split(";") if r):
        return False
    q = int(need["quantity"])
    if int(it["unit_price"]) * q > int(need["budget"]):
        return False
    deadline = dt.date.fromisoformat(need["needed_by"]) if need["needed_by"] else dt.date(2026, 12, 31)
    days = (deadline - AS_OF).days
    if int(it["lead_time_days"]) > days:
        return False
    cap = int(it["capacity_per_month"])
    if it["_kind"] in PERISHABLE:
        return cap >= q
    return cap * min(12, max(1, days // 30)) >= q


def main():
    with open(REGIONS, newline="", encoding="utf-8") as f:
        place = {r["kode"]: r["nama"] for r in csv.DictReader(f)}
    suppliers, items = build_catalog()
    sup = {s["nib"]: s for s in suppliers}
    needs, labels = [], []
    for i, (cat, opd, desc, qty, unit, budget, region, by, certs, kinds, note) in enumerate(NEEDS, 1):
        area = place[f"{opd[:2]}.{opd[2:4]}"]
        n = dict(need_id=f"BL86-{i:03d}", opd_code=opd, opd_name=f"{UNITS[opd.split('.')[1]]} {area}",
                 fiscal_year="2026", program="", category=cat, description=desc, quantity=str(qty), unit=unit,
                 budget=str(budget), region=region, needed_by=by, required_certifications=certs)
        needs.append(n)
        wanted = [k for k in kinds if not k.startswith("?")]
        absent = [k[1:] for k in kinds if k.startswith("?")]
        for k in wanted + absent:
            if not any(it["_kind"] == k for it in items):
                raise SystemExit(f"{n['need_id']}: unknown kind {k}")
        if absent:
            near = [it for it in items if it["_kind"] in absent and feasible(it, n, sup)
                    and sup[it["nib"]]["region"][:2] == region[:2]]
            if near:
                raise SystemExit(f"{n['need_id']} {desc}: expected no feasible {absent}, got {near[0]['sku']}")
        ok = [it for it in items if it["_kind"] in wanted and feasible(it, n, sup)]
        if ok and ok[0]["_kind"] in PERISHABLE:
            same = [it for it in ok if sup[it["nib"]]["region"] == region]
            prov = [it for it in ok if sup[it["nib"]]["region"][:2] == region[:2]]
            ok = same or prov
        if wanted and not ok:
            raise SystemExit(f"{n['need_id']} {desc}: no acceptable item")
        labels.append(dict(need_id=n["need_id"], acceptable_nibs=";".join(sorted({it["nib"] for it in ok})),
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
    write("needs.csv", needs, list(needs[0].keys()))
    write("labels.csv", labels, ["need_id", "acceptable_nibs", "acceptable_skus", "split", "note"])
    empty = sum(1 for lab in labels if not lab["acceptable_nibs"])
    print(f"{len(suppliers)} suppliers, {len(items)} items, {len(needs)} needs ({empty} with no acceptable product)")


if __name__ == "__main__":
    main()

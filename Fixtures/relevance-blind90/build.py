#!/usr/bin/env python3
"""Writes suppliers.csv, catalog.csv, needs.csv and labels.csv of relevance-blind90 from catalog_data.py and
needs_data.py (stdlib only, seeded: byte-identical output every run).

    python3 build.py && python3 check_labels.py

Every hand-written product is listed once as its maker writes it and re-listed 0-2 times the way marketplace
sellers re-list (capitals, promo tags, doubled spaces, a size; price -10%..+25%, capacity +-40%, lead +0..3).
Labels: an item is acceptable when its kind is one the need accepts and it meets every hard constraint at
AS_OF. For a need whose kinds are perishable the item must make the whole quantity within one month, and only
makers in the need's kabupaten/kota count when any qualifies there, else makers in its province.
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
rng = random.Random(90_020_226)

TAGS_FRONT = ["[FREE ONGKIR]", "[READY STOCK]", "PROMO!!", "Grosir", "TERLARIS", "[COD]", "ASLI", "Star Seller",
              "[Harga Grosir]", "NEW", "Langsung Produsen"]
TAGS_BACK = ["BUY 3 GET 1", "Harga Instansi", "| Stok Banyak", "- Produk UMKM", "Bisa Nego", "Kirim Cepat",
             "Bisa Partai", "Kirim Seluruh Indonesia", "Original 100%", "Terima Faktur"]


def relist(name, unit):
    title = name
    r = rng.random()
    if r < 0.35:
        title = title.upper()
    elif r < 0.55:
        title = title.title()
    if rng.random() < 0.6:
        title = f"{rng.choice(TAGS_FRONT)} {title}"
    if rng.random() < 0.5:
        title = f"{title} {rng.choice(TAGS_BACK)}"
    if rng.random() < 0.15:
        title = f"{title} (1 {unit})"
    if rng.random() < 0.2 and " " in title:
        title = title.replace(" ", "  ", 1)
    return title


def cert_cell(spec):
    out = []
    for c in [c for c in spec.split(";") if c]:
        num = {"halal": f"ID{rng.randrange(10**13, 10**14)}", "pirt": f"P-IRT {rng.randrange(10**14, 10**15)}",
               "bpom": f"NA{rng.randrange(10**10, 10**11)}", "sni": f"SPPT-SNI-{rng.randrange(10**5, 10**6)}",
               "svlk": f"VLK-{rng.randrange(10**4, 10**5)}", "iso-9001": f"QMS-{rng.randrange(10**5, 10**6)}",
               "batikmark": f"BM-{rng.randrange(10**3, 10**4)}", "cpotb": f"CPOTB-{rng.randrange(10**4, 10**5)}"}[c]
        out.append(f"{c}:{num}")
    return ";".join(out)


def rupiah_round(p):
    step = 100 if p < 20000 else 500 if p < 1000000 else 10000
    return max(step, int(round(p / step)) * step)


def build_catalog():
    suppliers, items, nibs = [], [], set()
    for key, name, scale, region, certs, active, cat, products in SUPPLIERS:
        nib = str(rng.randrange(10**12, 10**13))
        while nib in nibs:
            nib = str(rng.randrange(10**12, 10**13))
        nibs.add(nib)
        suppliers.append(dict(
            nib=nib, name=name, scale=scale, region=region, sentra="", certifications=cert_cell(certs),
            active="ya" if active else "tidak",
            verified_on=f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            npwp=str(rng.randrange(10**14, 10**15)), phone=f"08{rng.randrange(10**9, 10**10)}",
            email=f"{key.lower()}90@contoh.id"))
        n = 0
        for prod in products:
            kind, pname, unit, price, cap, lead = prod[:6]
            icerts = cert_cell(prod[6]) if len(prod) > 6 else ""
            listings = [(pname, price, cap, lead)]
            for _ in range(rng.choices([0, 1, 2], weights=[3, 5, 2])[0]):
                listings.append((relist(pname, unit), rupiah_round(price * rng.uniform(0.9, 1.25)),
                                 max(1, int(cap * rng.uniform(0.6, 1.4))), lead + rng.choice([0, 0, 1, 3])))
            for title, p, c, lt in listings:
                n += 1
                items.append(dict(nib=nib, sku=f"{key}-{n:02d}", name=title, category=cat, unit=unit,
                                  unit_price=str(p), capacity_per_month=str(c), lead_time_days=str(lt),
                                  tkdn=str(rng.randint(40, 95)), bmp=str(rng.randint(0, 15)),
                                  certifications=icerts, description="", _kind=kind))
    return suppliers, items


def feasible(it, need, sup, perishable):
    s = sup[it["nib"]]
    if s["active"] != "ya" or s["scale"] == "besar" or it["category"] != need["category"]:
        return False
    held = {c.split(":")[0] for c in (it["certifications"] + ";" + s["certifications"]).split(";") if c}
    if any(r not in held for r in need["required_certifications"].split(";") if r):
        return False
    q = int(need["quantity"])
    if int(it["unit_price"]) * q > int(need["budget"]):
        return False
    end = dt.date.fromisoformat(need["needed_by"]) if need["needed_by"] else YEAR_END
    days = (end - AS_OF).days
    if int(it["lead_time_days"]) > days:
        return False
    months = 1 if perishable else min(12, max(1, days // 30))
    return int(it["capacity_per_month"]) * months >= q


def main():
    with open(REGIONS, newline="", encoding="utf-8") as f:
        place = {r["kode"]: r["nama"] for r in csv.DictReader(f)}
    suppliers, items = build_catalog()
    sup = {s["nib"]: s for s in suppliers}
    kinds_known = {it["_kind"] for it in items}
    needs, labels = [], []
    for i, (cat, opd, desc, qty, unit, budget, by, certs, kinds, note) in enumerate(NEEDS, 1):
        code, unit_key = opd.split(".")
        region = f"{code[:2]}.{code[2:]}"
        need = dict(need_id=f"BL90-{i:03d}", opd_code=opd, opd_name=f"{UNITS[unit_key]} {place[region]}",
                    fiscal_year="2026", program="", category=cat, description=desc, quantity=str(qty), unit=unit,
                    budget=str(budget), region=region, needed_by=by, required_certifications=certs)
        needs.append(need)
        wanted = [k for k in kinds if not k.startswith("?")]
        absent = [k[1:] for k in kinds if k.startswith("?")]
        for k in wanted + absent:
            if k not in kinds_known:
                raise SystemExit(f"{need['need_id']}: unknown kind {k}")
        perishable = any(k in PERISHABLE for k in wanted + absent)
        for it in items:
            if it["_kind"] in absent and feasible(it, need, sup, perishable) \
                    and sup[it["nib"]]["region"][:2] == region[:2]:
                raise SystemExit(f"{need['need_id']} {desc}: {it['sku']} is feasible but meant not to be")
        ok = [it for it in items if it["_kind"] in wanted and feasible(it, need, sup, perishable)]
        if perishable:
            here = [it for it in ok if sup[it["nib"]]["region"] == region]
            ok = here or [it for it in ok if sup[it["nib"]]["region"][:2] == region[:2]]
        if wanted and not ok:
            raise SystemExit(f"{need['need_id']} {desc}: no acceptable item")
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
    print(f"{len(suppliers)} suppliers, {len(items)} items, {len(needs)} needs ({empty} with no acceptable product)")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes suppliers.csv, catalog.csv, needs.csv and labels.csv from the hand-written data (stdlib, seeded).

    python3 build.py      # same bytes every run; then python3 check_labels.py
"""
import csv
import datetime as dt
import os
import random

from catalog_data import CATEGORY, PERISHABLE, SUPPLIERS
from needs_data import NEEDS, OPDS

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 2, 2)
rng = random.Random(20260202085)

PROMO_BEFORE = ["[FREE ONGKIR]", "[COD]", "PROMO", "READY STOCK", "TERMURAH", "Grosir", "Best Seller", "ORI",
                "NEW", "[BISA COD]", "HOT SALE", "Grosir Murah", "[READY]", "Termurah"]
PROMO_AFTER = ["BUY 3 GET 1", "| Bisa Custom", "Harga Instansi", "Kualitas Premium", "Murah Meriah",
               "- Produk UMKM", "Siap Kirim", "Stok Banyak", "Bisa Nego", "100% Asli", "Original", "Kirim Cepat", "(Bisa Custom Logo)"]


def messy(name):
    """A marketplace re-listing title of the same product."""
    title = name
    roll = rng.random()
    if roll < 0.35:
        title = title.upper()
    elif roll < 0.55:
        title = title.title()
    if rng.random() < 0.6:
        title = f"{rng.choice(PROMO_BEFORE)} {title}"
    if rng.random() < 0.6:
        title = f"{title} {rng.choice(PROMO_AFTER)}"
    if rng.random() < 0.15:
        title = title.replace(" ", "  ", 1)
    return title


def cert_cell(spec):
    out = []
    for c in [c for c in spec.split(";") if c]:
        if ":" in c:
            out.append(c)
        elif c == "pirt-expired":
            out.append(f"pirt:{rng.randrange(10**14, 10**15)}-23")
        elif c == "pirt":
            out.append(f"pirt:{rng.randrange(10**14, 10**15)}-29")
        elif c == "halal":
            out.append(f"halal:ID{rng.randrange(10**13, 10**14)}")
        elif c == "bpom":
            out.append(f"bpom:MD{rng.randrange(10**11, 10**12)}")
        elif c == "sni":
            out.append(f"sni:SPPT-{rng.randrange(10**5, 10**6)}")
        elif c == "iso-9001":
            out.append(f"iso-9001:QMS-{rng.randrange(10**5, 10**6)}")
        elif c == "svlk":
            out.append(f"svlk:VLK-{rng.randrange(10**4, 10**5)}")
        else:
            out.append(f"{c}:{rng.randrange(10**5, 10**6)}")
    return ";".join(out)


def round_price(p):
    step = 100 if p < 20000 else 500 if p < 1000000 else 50000
    return max(step, int(round(p / step)) * step)


def build():
    suppliers, items = [], []
    nibs = set()
    for key, name, scale, region, certs, active, products in SUPPLIERS:
        nib = str(rng.randrange(10**12, 10**13))
        while nib in nibs:
            nib = str(rng.randrange(10**12, 10**13))
        nibs.add(nib)
        suppliers.append(dict(
            nib=nib, name=name, scale=scale, region=region, sentra="", certifications=cert_cell(certs),
            active="ya" if active else "tidak", verified_on=f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            npwp=str(rng.randrange(10**14, 10**15)), phone=f"08{rng.randrange(10**9, 10**10)}",
            email=f"{key.lower()}@contoh.id", _key=key, _active=active))
        n = 0
        for kind, pname, unit, price, cap, lead in products:
            listings = [(pname, price, cap, lead)]
            extra = rng.choices([0, 1, 2], weights=[5, 4, 1])[0]
            for _ in range(extra):
                listings.append((messy(pname), round_price(price * rng.uniform(0.9, 1.25)),
                                 max(1, int(cap * rng.uniform(0.6, 1.4))), lead + rng.choice([0, 0, 1, 2])))
            for title, p, c, lt in listings:
                n += 1
                items.append(dict(
                    nib=nib, sku=f"{key}-{n:02d}", name=title, category=CATEGORY[key[0]], unit=unit,
                    unit_price=str(p), capacity_per_month=str(c), lead_time_days=str(lt),
                    tkdn=str(rng.randint(40, 90)), bmp=str(rng.randint(0, 15)), certifications="",
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
    suppliers, items = build()
    sup = {s["nib"]: s for s in suppliers}
    needs, labels = [], []
    for i, (cat, opd, desc, qty, unit, budget, region, by, certs, kinds, note) in enumerate(NEEDS, 1):
        n = dict(need_id=f"BL85-{i:03d}", opd_code=opd, opd_name=OPDS[opd], fiscal_year="2026", program="",
                 category=cat, description=desc, quantity=str(qty), unit=unit, budget=str(budget),
                 region=region, needed_by=by, required_certifications=certs)
        needs.append(n)
        ok = [it for it in items if it["_kind"] in kinds and feasible(it, n, sup)]
        absent = [k[1:] for k in kinds if k.startswith("?")]
        if absent:
            near = [it for it in items if it["_kind"] in absent and feasible(it, n, sup)
                    and sup[it["nib"]]["region"][:2] == region[:2]]
            if near:
                raise SystemExit(f"{n['need_id']} {desc}: expected no feasible {absent}, got {near[0]['sku']}")
        if ok and ok[0]["_kind"] in PERISHABLE:
            same = [it for it in ok if sup[it["nib"]]["region"] == region]
            prov = [it for it in ok if sup[it["nib"]]["region"][:2] == region[:2]]
            ok = same or prov
        if any(not k.startswith("?") for k in kinds) and not ok:
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
    empty = sum(1 for l in labels if not l["acceptable_nibs"])
    print(f"{len(suppliers)} suppliers, {len(items)} items, {len(needs)} needs ({empty} with no acceptable product)")


if __name__ == "__main__":
    main()

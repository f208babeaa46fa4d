#!/usr/bin/env python3
"""Writes suppliers.csv, catalog.csv, needs.csv and labels.csv from data.py (stdlib, seeded).

    python3 build.py      # same bytes every run; then python3 check_labels.py

Labels come from the labeller's kinds (data.py) and the hard constraints of CONTRACT.md "Matching" at
AS_OF; perishable kinds must be made within one month and come from the need's province.
"""
import csv
import datetime as dt
import os
import random

from data import CATEGORY, NEEDS, OPDS, PERISHABLE, SUPPLIERS

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 2, 2)
rng = random.Random(75020226)

BEFORE = ["[FREE ONGKIR]", "[COD]", "READY STOCK", "TERMURAH", "Grosir", "PROMO", "Best Seller", "ORIGINAL",
          "[Bisa COD]", "NEW", "SALE"]
AFTER = ["BUY 3 GET 1", "| Bisa Custom", "Harga Grosir", "Termurah", "- Produk UMKM Asli", "Kirim Cepat",
         "Stok Banyak", "Bisa Nego", "Kualitas Ekspor", "Harga Instansi", "100% Original"]


def messy(name):
    """A marketplace re-listing title of the same product."""
    roll = rng.random()
    title = name.upper() if roll < 0.3 else name.title() if roll < 0.55 else name
    if rng.random() < 0.55:
        title = f"{rng.choice(BEFORE)} {title}"
    if rng.random() < 0.55:
        title = f"{title} {rng.choice(AFTER)}"
    if rng.random() < 0.2:
        words = title.split(" ")
        k = rng.randrange(1, len(words)) if len(words) > 1 else 0
        title = " ".join(words[:k]) + "  " + " ".join(words[k:]) if k else title
    return title


def cert_cell(spec):
    out = []
    for c in [c for c in spec.split(";") if c]:
        if c == "pirt-expired":
            out.append(f"pirt:{rng.randrange(10**14, 10**15)}-24")
        elif c == "pirt":
            out.append(f"pirt:{rng.randrange(10**14, 10**15)}-30")
        elif c == "halal":
            out.append(f"halal:ID{rng.randrange(10**13, 10**14)}")
        elif c == "bpom":
            out.append(f"bpom:MD{rng.randrange(10**11, 10**12)}")
        elif c == "sni":
            out.append(f"sni:SPPT-{rng.randrange(10**5, 10**6)}")
        else:
            out.append(f"{c}:{c[:3].upper()}-{rng.randrange(10**5, 10**6)}")
    return ";".join(out)


def round_price(p):
    step = 100 if p < 20000 else 500 if p < 1000000 else 50000
    return max(step, int(round(p / step)) * step)


def build():
    suppliers, items, nibs = [], [], set()
    for key, name, scale, region, certs, active, products in SUPPLIERS:
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
            for _ in range(rng.choices([0, 1, 2], weights=[5, 4, 1])[0]):
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
        return cap >= q and s["region"][:2] == need["region"][:2]
    return cap * min(12, max(1, days // 30)) >= q


def main():
    suppliers, items = build()
    sup = {s["nib"]: s for s in suppliers}
    needs, labels = [], []
    for i, (cat, opd, desc, qty, unit, budget, by, certs, kinds, note) in enumerate(NEEDS, 1):
        name, region = OPDS[opd]
        n = dict(need_id=f"B75-{i:03d}", opd_code=opd, opd_name=name, fiscal_year="2026", program="",
                 category=cat, description=desc, quantity=str(qty), unit=unit, budget=str(budget),
                 region=region, needed_by=by, required_certifications=certs)
        needs.append(n)
        impossible = [k[1:] for k in kinds if k.startswith("!")]
        for k in impossible:
            hit = [it["sku"] for it in items if it["_kind"] == k and feasible(it, n, sup)]
            if hit:
                raise SystemExit(f"{n['need_id']}: expected no feasible {k}, got {hit}")
        if not any(it["_kind"] in impossible and it["category"] == cat for it in items) and impossible:
            raise SystemExit(f"{n['need_id']}: the impossible kind does not exist")
        ok = [it for it in items if it["_kind"] in kinds and feasible(it, n, sup)]
        if any(not k.startswith("!") for k in kinds) and not ok:
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

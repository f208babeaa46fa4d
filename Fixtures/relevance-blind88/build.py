#!/usr/bin/env python3
"""Builds suppliers.csv, catalog.csv, needs.csv, labels.csv for relevance-blind88 (stdlib, seeded).

    python3 build.py && python3 check_labels.py

Every hand-written product is listed once as written, then re-listed 0-2 times as marketplace sellers do
(capitals, promo words, doubled spaces, a size; price -10%..+25%, capacity +-40%, lead +0..3 days).
A label is every item whose kind the need accepts and that meets every hard constraint at AS_OF.
Perishable kinds: capacity_per_month >= quantity, and only makers in the need's kabupaten/kota when any
qualifies there, else in its province (none outside the province).
"""
import csv
import datetime as dt
import os
import random

from catalog_data import CATEGORY, PERISHABLE, SUPPLIERS
from needs_data import NEEDS, OPDS

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 2, 2)
YEAR_END = dt.date(2026, 12, 31)
rng = random.Random(880202)

PREFIX = ["[FREE ONGKIR]", "[READY STOCK]", "PROMO", "Grosir", "[COD]", "Harga Pabrik", "Best Seller", "NEW"]
SUFFIX = ["BUY 3 GET 1", "Harga Instansi", "- UMKM", "Bisa Custom", "Siap Kirim", "Ready Banyak", "Grosir Murah"]
SIZES = ["Ukuran Besar", "Size L", "Jumbo", "Mini", "Isi Banyak"]
CERTNO = {"halal": lambda: f"ID{rng.randrange(10**13, 10**14)}", "pirt": lambda: f"P-IRT {rng.randrange(10**14, 10**15)}",
          "bpom": lambda: f"MD{rng.randrange(10**11, 10**12)}", "sni": lambda: f"SNI-{rng.randrange(10**5, 10**6)}",
          "svlk": lambda: f"SVLK-{rng.randrange(10**4, 10**5)}", "iso-9001": lambda: f"ISO-{rng.randrange(10**5, 10**6)}",
          "batikmark": lambda: f"BTK-{rng.randrange(10**3, 10**4)}"}


def messy(name):
    t = name
    r = rng.random()
    t = t.upper() if r < 0.35 else t.title() if r < 0.55 else t.lower() if r < 0.6 else t
    if rng.random() < 0.6:
        t = rng.choice(PREFIX) + " " + t
    if rng.random() < 0.5:
        t = t + " " + rng.choice(SUFFIX)
    if rng.random() < 0.15:
        t = t + " " + rng.choice(SIZES)
    if rng.random() < 0.25:
        t = t.replace(" ", "  ", 1)
    return t


def rupiah(x):
    step = 100 if x < 20000 else 500 if x < 1000000 else 10000
    return max(step, round(x / step) * step)


def make():
    sups, items, seen = [], [], set()
    for key, name, scale, region, certs, active, _cat, products in SUPPLIERS:
        nib = str(rng.randrange(10**12, 10**13))
        while nib in seen:
            nib = str(rng.randrange(10**12, 10**13))
        seen.add(nib)
        sups.append(dict(nib=nib, name=name, scale=scale, region=region, sentra="",
                         certifications=";".join(f"{c}:{CERTNO[c]()}" for c in certs.split(";") if c),
                         active="ya" if active else "tidak",
                         verified_on=f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                         npwp=str(rng.randrange(10**14, 10**15)), phone=f"08{rng.randrange(10**9, 10**10)}",
                         email=f"{key.lower()}88@contoh.id"))
        n = 0
        for kind, pname, unit, price, cap, lead in products:
            rows = [(pname, price, cap, lead)]
            for _ in range(rng.choices([0, 1, 2], weights=[3, 5, 2])[0]):
                rows.append((messy(pname), rupiah(price * rng.uniform(0.9, 1.25)),
                             max(1, round(cap * rng.uniform(0.6, 1.4))), lead + rng.choice([0, 0, 1, 3])))
            for title, p, c, lt in rows:
                n += 1
                items.append(dict(nib=nib, sku=f"{key}88-{n:02d}", name=title, category=CATEGORY[key], unit=unit,
                                  unit_price=str(p), capacity_per_month=str(c), lead_time_days=str(lt),
                                  tkdn=str(rng.randint(30, 95)), bmp=str(rng.randint(0, 15)), certifications="",
                                  description="", kind=kind))
    return sups, items


def fits(it, need, sup):
    s = sup[it["nib"]]
    if s["active"] != "ya" or s["scale"] == "besar" or it["category"] != need["category"]:
        return False
    held = {c.split(":")[0] for c in s["certifications"].split(";") + it["certifications"].split(";") if c}
    if not {c for c in need["required_certifications"].split(";") if c} <= held:
        return False
    q = int(need["quantity"])
    if int(it["unit_price"]) * q > int(need["budget"]):
        return False
    days = ((dt.date.fromisoformat(need["needed_by"]) if need["needed_by"] else YEAR_END) - AS_OF).days
    if int(it["lead_time_days"]) > days:
        return False
    cap = int(it["capacity_per_month"])
    if it["kind"] in PERISHABLE:
        return cap >= q
    return cap * min(12, max(1, days // 30)) >= q


def main():
    sups, items = make()
    sup = {s["nib"]: s for s in sups}
    kinds_known = {it["kind"] for it in items}
    needs, labels = [], []
    for i, (cat, opd, desc, qty, unit, budget, region, by, certs, kinds, note) in enumerate(NEEDS, 1):
        need = dict(need_id=f"BL88-{i:03d}", opd_code=opd, opd_name=OPDS[opd], fiscal_year="2026", program="",
                    category=cat, description=desc, quantity=str(qty), unit=unit, budget=str(budget),
                    region=region, needed_by=by, required_certifications=certs)
        expect_empty = any(k.startswith("?") for k in kinds)
        want = [k.lstrip("?") for k in kinds]
        for k in want:
            if k not in kinds_known:
                raise SystemExit(f"{need['need_id']}: unknown kind {k}")
        ok = [it for it in items if it["kind"] in want and fits(it, need, sup)]
        if any(it["kind"] in PERISHABLE for it in ok):
            same = [it for it in ok if sup[it["nib"]]["region"] == region]
            prov = [it for it in ok if sup[it["nib"]]["region"][:2] == region[:2]]
            ok = same or prov
        if expect_empty and ok:
            raise SystemExit(f"{need['need_id']} {desc}: meant to be infeasible, {ok[0]['sku']} fits")
        if want and not expect_empty and not ok:
            raise SystemExit(f"{need['need_id']} {desc}: no acceptable item")
        needs.append(need)
        labels.append(dict(need_id=need["need_id"], acceptable_nibs=";".join(sorted({it["nib"] for it in ok})),
                           acceptable_skus=";".join(sorted(it["sku"] for it in ok)), split="holdout", note=note))

    def out(name, rows, cols):
        with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
            w.writeheader()
            w.writerows(rows)

    out("suppliers.csv", sups, ["nib", "name", "scale", "region", "sentra", "certifications", "active",
                                "verified_on", "npwp", "phone", "email"])
    out("catalog.csv", items, ["nib", "sku", "name", "category", "unit", "unit_price", "capacity_per_month",
                               "lead_time_days", "tkdn", "bmp", "certifications", "description"])
    out("needs.csv", needs, list(needs[0]))
    out("labels.csv", labels, ["need_id", "acceptable_nibs", "acceptable_skus", "split", "note"])
    empty = sum(1 for lab in labels if not lab["acceptable_skus"])
    print(f"{len(sups)} suppliers, {len(items)} items, {len(needs)} needs, {empty} with no acceptable product")


if __name__ == "__main__":
    main()
